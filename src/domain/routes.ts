/**
 * Route templates: `/orders/123` and `/orders/456` are one route, `/orders/{id}`, so that systematic
 * patterns show up in counts. Pure string work; the Elasticsearch side turns a template back into a
 * Lucene regular expression to ask how the whole route answered in the past.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{16,}$/i;
const NUMBER = /^\d+$/;
/** ids with a prefix or mixed case/digits, e.g. `ord_8f3k2`, `inv-20240101-77`, base64-ish tokens. */
const MIXED_ID = /^(?=.*\d)[A-Za-z0-9_-]{8,}$/;
/**
 * A slug made of words is a page, not an id, even with digits in it: `api-v0-sunset` (two words),
 * `pricing-2022` (a word and a year). `inv-20240101-77` and `order-12345` stay ids.
 */
function isWordySlug(segment: string): boolean {
  const parts = segment.split(/[-_.]/).filter((p) => p.length > 0);
  const words = parts.filter((p) => /^[A-Za-z]{3,}$/.test(p));
  if (words.length >= 2) return true;
  return words.some((w) => w.length >= 4) && parts.every((p) => /^[A-Za-z]+$/.test(p) || /^\d{1,4}$/.test(p));
}

const TENANT_PARENTS = new Set(['tenants', 'tenant', 'orgs', 'org', 'organizations', 'accounts', 'account', 'workspaces']);

/** `/a/b?x=1#top` → `/a/b`: what was asked for, without its query string or fragment. */
export function pathWithoutQuery(rawPath: string): string {
  return rawPath.split(/[?#]/, 1)[0] ?? '';
}

export function routeTemplate(rawPath: string): string {
  const path = pathWithoutQuery(rawPath);
  const segments = path.split('/');
  const out = segments.map((segment, index) => {
    if (segment === '') return segment;
    const parent = (segments[index - 1] ?? '').toLowerCase();
    if (TENANT_PARENTS.has(parent)) return '{tenant}';
    if (NUMBER.test(segment)) return '{id}';
    if (UUID.test(segment)) return '{uuid}';
    if (HEX.test(segment)) return '{hash}';
    if (MIXED_ID.test(segment) && !/^v\d+$/i.test(segment) && !isWordySlug(segment)) return '{id}';
    return segment;
  });
  return out.join('/') || '/';
}

/**
 * A Lucene regular expression matching every path of a template (`/v1/orders/{id}` →
 * `/v1/orders/[^/]+`). Literal characters are escaped one by one, so no user or log text can become
 * query syntax.
 */
export function templateToLuceneRegexp(template: string): string {
  return template
    .split(/(\{[a-z]+\})/)
    // `u`: astral characters (emoji) are escaped whole, not one UTF-16 half at a time.
    .map((part) => (/^\{[a-z]+\}$/.test(part) ? '[^/]+' : part.replace(/[^A-Za-z0-9]/gu, (c) => `\\${c}`)))
    .join('');
}

/** Extracts the resource's tenant from a path with the configured pattern (first capture group). */
export function tenantFromPath(path: string, pattern: RegExp): string | null {
  const match = pattern.exec(path);
  return match?.[1] ?? null;
}

/**
 * The Lucene regular expression of the paths a JavaScript pattern finds a match in (an unanchored search,
 * as `RegExp.test` does), for the configured tenant pattern; null when the pattern uses what Lucene
 * regexps cannot say (lookarounds, backreferences, `\s`, `\b`, anchors inside it). Supports groups
 * (`(?:…)` too), alternation, classes, quantifiers, `.`, `\d`, `\w` and escaped literals.
 */
export function searchPatternToLuceneRegexp(source: string): string | null {
  let body = source;
  const anchoredStart = body.startsWith('^');
  if (anchoredStart) body = body.slice(1);
  const anchoredEnd = body.endsWith('$') && !body.endsWith('\\$');
  if (anchoredEnd) body = body.slice(0, -1);
  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '\\') {
      const next = body[i + 1];
      if (next === undefined) return null;
      i++;
      if (next === 'd') out += inClass ? '0-9' : '[0-9]';
      else if (next === 'w') out += inClass ? 'A-Za-z0-9_' : '[A-Za-z0-9_]';
      else if (/[A-Za-z0-9]/.test(next)) return null; // \s, \b, \D, \1 …: nothing Lucene says alike
      else out += `\\${next}`;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c === '"' ? '\\"' : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(') {
      if (body[i + 1] === '?') {
        if (body[i + 2] !== ':') return null; // lookarounds and named groups
        i += 2;
      }
      out += '(';
    } else if (c === '^' || c === '$') {
      return null;
    } else if ('"~&<>@#'.includes(c)) {
      out += `\\${c}`;
    } else {
      out += c;
    }
  }
  if (inClass) return null;
  return `${anchoredStart ? '' : '.*'}(${out})${anchoredEnd ? '' : '.*'}`;
}
