export interface DiscoverQuery {
  kibanaUrl: string;
  /** `service` null: the index is the one service, no clause; `statusText`: the status is kept as text. */
  fields: { service: string | null; status: string; environment: string | null; statusText?: boolean };
  service: string;
  status: number;
  environment: string | null;
  from: string;
  to: string;
}

/** Rison string: single-quoted, with `!` and `'` escaped by `!` (Kibana's URL state format). */
function risonString(value: string): string {
  return `'${value.replace(/!/g, '!!').replace(/'/g, "!'")}'`;
}

/** A KQL phrase: a literal value in double quotes, so nothing the user typed is read as query syntax. */
function kqlPhrase(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The Kibana Discover view of the same documents the triage counted (service, status, environment, window).
 * Null when the settings do not make a usable URL.
 */
export function discoverUrl(query: DiscoverQuery): string | null {
  let base: URL;
  try {
    base = new URL(query.kibanaUrl);
  } catch {
    return null;
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') return null;
  const root = base.toString().replace(/\/+$/, '');
  const { fields } = query;
  // A status kept as text may be padded or carry `.0` ("404 ", "404.0"): the triage counted those too.
  const status = fields.statusText ? `${fields.status}:*${query.status}*` : `${fields.status}:${query.status}`;
  const clauses = [...(fields.service === null ? [] : [`${fields.service}:${kqlPhrase(query.service)}`]), status];
  if (query.environment !== null && fields.environment !== null) clauses.push(`${fields.environment}:${kqlPhrase(query.environment)}`);
  const g = `(time:(from:${risonString(query.from)},to:${risonString(query.to)}))`;
  const a = `(query:(language:kuery,query:${risonString(clauses.join(' and '))}))`;
  return `${root}/app/discover#/?_g=${encodeURIComponent(g)}&_a=${encodeURIComponent(a)}`;
}
