import type { SearchEngine } from '../elasticsearch/engine';
import type { Config } from '../config';
import { FIELD_DEFAULTS, FIELD_ROLES, FieldRole, fieldSettingName } from '../config/fields';
import type { ShapeName } from '../config/shapes';
import { causeReadiness, ROUTE_HISTORY_CAUSES } from '../domain/readiness';
import type { CauseId } from '../domain/types';
import { coverageSearch, edgeSearch } from '../elasticsearch/checkQueries';
import { discoveryFor, type FieldDiscovery } from '../elasticsearch/fieldDiscovery';
import { FieldResolution, indicesPhrase, isResolved, requiredProblems } from '../elasticsearch/fieldResolution';
import { aggsOf, bucketKey, buckets, docCount, metric, firstHitTime, totalHits } from '../elasticsearch/responses';
import { isListedForm, oddForms } from '../elasticsearch/statusForms';
import type { TermCount } from '../domain/types';
import { msearch, readerFor } from '../elasticsearch/triageReader';

/** `status-triage check`: do these logs fit, and what can be judged on them? The contract's `check --json`. */
export interface CheckReport {
  index: string;
  /** Indices the pattern matches. */
  indices: number;
  docs24h: number;
  newest: string | null;
  oldest: string | null;
  /** How far the newest document lags now, ms (null without documents). */
  lagMs: number | null;
  shape: ShapeName | null;
  /** End of the 24 h the coverage is measured over: now, or the newest document when the last 24 h are empty (old or stopped logs). */
  coverageTo: string | null;
  /** Role → the field read, its type and the share of the last 24 h's documents that carry it; null: missing. */
  fields: Record<FieldRole, { field: string; type: string; coverage: number; source: 'setting' | 'detected'; note?: string } | null>;
  /** Why each missing role is missing. */
  missing: Partial<Record<FieldRole, string>>;
  causes: Record<CauseId, string>;
  /** Distinct services in the last 24 h (approximate above a few thousand); null without a service field. */
  services: number | null;
  /** `FIELD_*` lines for what was found under another name than ECS's (paste into .env to pin it). */
  env: string;
  /** What stops the product from answering at all (time, status or service not found); empty when it fits. */
  problems: string[];
}

export interface CheckService {
  check(): Promise<CheckReport>;
}

export interface CheckServiceDeps {
  client: SearchEngine;
  config: Config;
  discovery?: FieldDiscovery;
  now?: () => Date;
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}

/** `.env` lines for the roles found under names other than the ECS defaults, and INDEX_SERVICE when it is set. */
export function envBlock(resolution: FieldResolution, indexService: string | undefined): string {
  const lines = FIELD_ROLES.flatMap((role) => {
    const r = resolution.roles[role];
    return isResolved(r) && r.field !== FIELD_DEFAULTS[role] ? [`${fieldSettingName(role)}=${r.field}`] : [];
  });
  if (indexService !== undefined) lines.push(`INDEX_SERVICE=${indexService}`);
  return lines.join('\n');
}

/** What `check`'s round trip read. `hasSource`: documents whose text field (behind a role's keyword sub-field) has a value. */
export interface CoverageRead {
  docs24h: number;
  covered: number;
  has: (role: FieldRole) => number;
  hasSource?: (role: FieldRole) => number | null;
  coverageTo: number | null;
  newestMs: number | null;
  oldestMs: number | null;
  services: number | null;
  /** A keyword status's values in the last 24 h, each with its count (absent: a numeric status, not listed). */
  statusForms?: TermCount[];
}

/** Below this share of its text field's values, a keyword sub-field is said to lose values. */
const KEPT_VALUES_BAR = 0.9;

/**
 * Why a role's keyword sub-field holds fewer values than its text field, when it does: `ignore_above`
 * (256 characters when Elasticsearch made the sub-field itself) drops long values, such as signed links.
 */
function lostValuesNote(r: { field: string; sourceField: string }, has: number, source: number | null): string | undefined {
  if (r.field === r.sourceField || source === null || source === 0 || has >= KEPT_VALUES_BAR * source) return undefined;
  const pct = Math.round((100 * has) / source);
  return `holds ${pct}% of the values \`${r.sourceField}\` has: a keyword sub-field leaves out values longer than its \`ignore_above\` (256 characters where no template made it); map \`${r.sourceField}\` as \`keyword\` with a larger \`ignore_above\``;
}

/** What `check` says of a client field that holds X-Forwarded-For lists (see elasticsearch/clientLists). */
export const CLIENT_LISTS_NOTE =
  'holds lists of addresses (X-Forwarded-For: the client, then each proxy it came through): each client is read as its first address, so one client behind several load-balancer nodes counts once';

/**
 * What `check` says where the cluster refuses regexp and prefix queries (`search.allow_expensive_queries:
 * false`, found by discovery): what each role is then read with, and what cannot be read at all.
 */
export const REFUSED_NOTES: Partial<Record<FieldRole, string>> = {
  status:
    'this cluster refuses regexp queries (search.allow_expensive_queries: false), so a status stored as text is matched in its usual forms only (the code, a ".0", a blank around it)',
  path: `this cluster refuses regexp queries (search.allow_expensive_queries: false), so no route history is read: ${ROUTE_HISTORY_CAUSES.join(', ')} are not judged`,
  clientIp: 'this cluster refuses prefix queries (search.allow_expensive_queries: false), so a client\'s earlier requests are found only where the bare address was logged',
};

/** The note for a role where the cluster refuses expensive queries, when that role is read differently for it. */
function refusedNote(role: FieldRole, resolution: FieldResolution): string | undefined {
  if (resolution.expensiveQueries !== false) return undefined;
  if (role === 'status' && resolution.statusKind !== 'keyword') return undefined;
  if (role === 'clientIp' && resolution.clientLists !== true) return undefined;
  return REFUSED_NOTES[role];
}

/** Where the cluster refuses regexp queries, the causes a route's history decides cannot be judged. */
function withoutRouteHistory(causes: Record<CauseId, string>, resolution: FieldResolution): Record<CauseId, string> {
  if (resolution.expensiveQueries !== false) return causes;
  const out = { ...causes };
  for (const id of ROUTE_HISTORY_CAUSES) {
    if (out[id] === 'ok') out[id] = 'needs route history, which this cluster refuses to read (search.allow_expensive_queries: false refuses regexp queries)';
  }
  return out;
}

/** Odd forms named by `check`, at most. */
const FORMS_NAMED = 6;

/** Forms named, at most FORMS_NAMED of them. */
function namedForms(forms: readonly TermCount[]): string {
  return forms.slice(0, FORMS_NAMED).map((t) => JSON.stringify(t.value)).join(', ') + (forms.length > FORMS_NAMED ? `, and ${forms.length - FORMS_NAMED} more` : '');
}

/**
 * What `check` says of a status stored as text in more forms than the bare code (`"404 "`, `"404.0"`), when
 * it is: which, and that each is counted as its code (elasticsearch/statusForms); where the cluster refuses
 * regexps (`refused`), only the listed forms are, and those outside the list are named as not counted.
 */
export function statusFormsNote(values: readonly TermCount[], refused = false): string | undefined {
  const odd = oddForms(values);
  if (odd.length === 0) return undefined;
  const docs = odd.reduce((sum, t) => sum + t.count, 0);
  const all = values.reduce((sum, t) => sum + t.count, 0);
  const lost = refused ? odd.filter((t) => !isListedForm(t.value)) : [];
  const counted = lost.length === 0 ? 'each is counted as its code' : `${namedForms(lost)} not counted (${lost.reduce((sum, t) => sum + t.count, 0)} documents): only the usual forms are, where the cluster refuses regexp queries`;
  return `holds codes in other forms than the bare number (${namedForms(odd)}: ${docs} of ${all} documents in the last 24 h); ${counted}`;
}

/** Pure: the report from the resolution and what the one round trip read. */
export function buildCheckReport(
  index: string,
  resolution: FieldResolution,
  read: CoverageRead,
  nowMs: number,
  indexService: string | undefined,
): CheckReport {
  const fields = {} as CheckReport['fields'];
  const missing: CheckReport['missing'] = {};
  for (const role of FIELD_ROLES) {
    const r = resolution.roles[role];
    if (!isResolved(r)) {
      fields[role] = null;
      missing[role] = r.missing;
      continue;
    }
    const coverage = read.covered > 0 ? round(read.has(role) / read.covered) : 0;
    const uncovered = r.uncovered.length > 0 ? `not usable in ${indicesPhrase(r.uncovered, resolution.indices.length)}` : undefined;
    const lost = lostValuesNote(r, read.has(role), read.hasSource?.(role) ?? null);
    const lists = role === 'clientIp' && resolution.clientLists ? CLIENT_LISTS_NOTE : undefined;
    const forms = role === 'status' ? statusFormsNote(read.statusForms ?? [], resolution.expensiveQueries === false) : undefined;
    const note = [uncovered, lost, lists, forms, refusedNote(role, resolution)].filter((n): n is string => n !== undefined).join('; ') || undefined;
    fields[role] = { field: r.field, type: r.type, coverage, source: r.source, ...(note ? { note } : {}) };
  }
  // A role counts as available when some document of the last day carries it (or, with no recent logs, when it is mapped).
  const available = (role: FieldRole): boolean => fields[role] !== null && (read.covered === 0 || read.has(role) > 0);
  const why = (role: FieldRole): string | null => missing[role] ?? (fields[role] !== null ? `\`${fields[role]?.field}\` is mapped but empty in the last 24 h` : null);
  const problems = requiredProblems(resolution);
  if (resolution.indices.length === 0) problems.unshift(`no index matches ${index}`);
  return {
    index,
    indices: resolution.indices.length,
    docs24h: read.docs24h,
    coverageTo: read.coverageTo === null ? null : new Date(read.coverageTo).toISOString(),
    newest: read.newestMs === null ? null : new Date(read.newestMs).toISOString(),
    oldest: read.oldestMs === null ? null : new Date(read.oldestMs).toISOString(),
    lagMs: read.newestMs === null ? null : Math.max(0, nowMs - read.newestMs),
    shape: resolution.shape,
    fields,
    missing,
    causes: withoutRouteHistory(causeReadiness(available, why), resolution),
    services: resolution.singleService !== null ? 1 : read.services,
    env: envBlock(resolution, indexService),
    problems,
  };
}

/** The text fields behind the roles read through a keyword sub-field (`request` for `request.keyword`). */
function textSources(resolution: FieldResolution): Partial<Record<FieldRole, string>> {
  const out: Partial<Record<FieldRole, string>> = {};
  for (const role of FIELD_ROLES) {
    const r = resolution.roles[role];
    if (isResolved(r) && r.sourceField !== r.field) out[role] = r.sourceField;
  }
  return out;
}

export function createCheckService(deps: CheckServiceDeps): CheckService {
  const { client, config } = deps;
  const now = deps.now ?? (() => new Date());
  const discovery = deps.discovery ?? discoveryFor(client, config);
  const reader = readerFor(client, config);
  return {
    async check() {
      const resolution = await discovery.refresh();
      const nowMs = now().getTime();
      const empty = { docs24h: 0, covered: 0, has: () => 0, coverageTo: null, newestMs: null, oldestMs: null, services: null };
      if (resolution.indices.length === 0 || !isResolved(resolution.roles.time)) {
        return buildCheckReport(config.elasticsearch.index, resolution, empty, nowMs, config.fieldSettings.indexService);
      }
      const countServices = resolution.singleService === null && isResolved(resolution.roles.service);
      const sources = textSources(resolution);
      const statusForms = resolution.statusKind === 'keyword' && isResolved(resolution.roles.status);
      const [coverage, newest, oldest] = await msearch(reader, [
        coverageSearch(resolution.fields, FIELD_ROLES, nowMs, countServices, sources, statusForms),
        edgeSearch(resolution.fields, 'desc'),
        edgeSearch(resolution.fields, 'asc'),
      ]);
      const docs24h = coverage ? totalHits(coverage) : 0;
      const newestMs = newest ? firstHitTime(newest) : null;
      // Old or stopped logs: measure coverage over the last day that has documents, not an empty one.
      const [last] = docs24h === 0 && newestMs !== null ? await msearch(reader, [coverageSearch(resolution.fields, FIELD_ROLES, newestMs + 1, countServices, sources, statusForms)]) : [coverage];
      const aggs = last ? aggsOf(last) : {};
      const services = metric(aggs, 'services');
      return buildCheckReport(
        config.elasticsearch.index,
        resolution,
        {
          docs24h,
          covered: last ? totalHits(last) : 0,
          has: (role) => docCount(aggs, `has_${role}`),
          hasSource: (role) => (sources[role] === undefined ? null : docCount(aggs, `source_${role}`)),
          coverageTo: docs24h === 0 && newestMs !== null ? newestMs + 1 : nowMs,
          newestMs,
          oldestMs: oldest ? firstHitTime(oldest) : null,
          services: countServices && services !== null ? services : null,
          ...(statusForms ? { statusForms: buckets(aggs, 'status_forms').map((b) => ({ value: bucketKey(b), count: b.doc_count })) } : {}),
        },
        nowMs,
        config.fieldSettings.indexService,
      );
    },
  };
}

/** The shape's name as people know it. */
export { shapeLabel } from '../config/shapes';
