import { type FieldMap, MISSING_FIELD_PREFIX } from '../config/fields';
import { QUERY_FREE_PATH_FIELDS } from '../config/shapes';
import { EVIDENCE_ROLES, EvidenceRole, SUCCESS_BEFORE_CAP } from '../domain/evidence';
import { isListedProbe } from '../domain/probes';
import { templateToLuceneRegexp } from '../domain/routes';
import { SUCCESS_STATUS } from '../domain/status';
import { clientsQuery, LIST_FANOUT } from './clientLists';
import { listedSuccessForms, statusAggSize, statusesQuery, successRegexp } from './statusForms';
import type { TriageStatus } from '../domain/types';

/**
 * Pure builders of the triage searches. Round one gathers the window's errors (count, series, paths and
 * clients exact; top values from a fixed-size random sample), the baseline, presence, the newest document
 * and the traffic count. Round two reads the shares (sampled on a busy service) and, when there is
 * something to explain, how the top routes, users and addresses behaved before. User text only ever
 * appears as a literal value in `term`/`terms` queries or as an escaped regexp literal.
 */
export const DAY_MS = 86_400_000;
export const BASELINE_DAYS = 7;
/** How far back route history and users' first-seen are looked up. */
export const HISTORY_DAYS = 30;
/** Top values kept per role in the window and the baseline. */
export const TOP_TERMS = 10;
/** Top values kept per role among the window's successful requests (the contrast rules compare against them). */
export const TOP_SUCCESS_TERMS = 20;
/**
 * Raw paths listed per window (then grouped into route templates). A scanner alone walks hundreds of paths,
 * a request or two each, and a route spread over ids lists one path per request: with 200, a scan filled
 * the list and the routes next to it were not seen at all.
 */
export const TOP_PATHS = 1000;
export const TOP_USERS = 25;
export const HISTORY_TEMPLATES = 15;
export const HISTORY_IPS = 10;
/** Retry storms are measured over the window's last hour, minute by minute. */
export const REPEAT_SPAN_MS = 3_600_000;
/** Clients and agents whose activity is read (actors, scanners, stale clients). */
export const TOP_CLIENTS = 5;
export const TOP_AGENTS = TOP_CLIENTS;
/** Paths kept per client or agent. */
export const CLIENT_PATHS = 3;

export interface TriageScope {
  status: TriageStatus;
  service: string;
  environment: string | null;
  from: number;
  to: number;
  fields: FieldMap;
  /** How the logs store a status: numbers, or strings such as "404" (default number). */
  statusKind?: 'number' | 'keyword';
  /** The whole index pattern is this one service (INDEX_SERVICE): no service filter. */
  singleService?: boolean;
  /** Keyword fields the contrast reads (domain/contrast), beyond the roles; none by default. */
  contrastFields?: readonly string[];
  /** A Lucene regexp of the paths that name a resource tenant (the configured tenant pattern), when it has one. */
  tenantPaths?: string | null;
  /** The client field holds X-Forwarded-For lists: a client is its first address (clientLists). */
  clientLists?: boolean;
  /**
   * False where the cluster refuses regexp and prefix queries (`search.allow_expensive_queries: false`): a
   * keyword status is matched by its listed forms, a client list by its bare address, and the route history
   * and tenant paths, which only a regexp can read, are not read. Default true.
   */
  regexps?: boolean;
}

/** Top values per contrast field among the window's target-status requests. */
export const CONTRAST_VALUES = 5;

export type SearchBody = Record<string, unknown>;
export type Query = Record<string, unknown>;

/**
 * A random sample of the documents a search matches (Elasticsearch's `random_sampler`, 8.2+): each document
 * is kept with `probability`, the same ones for the same `seed` on the same data. Null: every document.
 * Only aggregations that may be estimated (shares, contrasts, history of busy routes) are ever wrapped.
 */
export interface Sampling {
  probability: number;
  seed: number;
}

/** The bucket the sampled aggregations hang under; the reader looks under it (responses `unsampled`). */
export const SAMPLE_AGG = 'sample';

/**
 * `aggs` as they are without sampling, else under one `random_sampler` bucket. Elasticsearch scales the
 * doc counts inside it back up (÷ probability); the bucket's own doc_count is the sample's size.
 */
export function sampled(aggs: Record<string, unknown>, sampling: Sampling | null): Record<string, unknown> {
  if (sampling === null) return aggs;
  return { [SAMPLE_AGG]: { random_sampler: { probability: sampling.probability, seed: sampling.seed }, aggs } };
}

/**
 * `aggs` over at most `docs` of the matched documents, chosen at random (null: over all of them): a
 * `sampler` keeps the best-scoring documents, and `randomOrder` scores every match by a seeded hash, so
 * the best are a uniform random sample of a fixed size, whatever the count — which round one does not know
 * beforehand unless a recent triage counted the window (sampling `windowDraw`). Fewer matches than `docs`:
 * all are kept, and the answer is exact.
 */
export function fixedSample(aggs: Record<string, unknown>, docs: number | null): Record<string, unknown> {
  if (docs === null) return aggs;
  // Split by index: each index's part is scaled by its own exact count (`matchesByIndex`, sampling `withSample`).
  return { [SAMPLE_AGG]: { sampler: { shard_size: docs }, aggs: { [BY_INDEX_AGG]: { terms: { field: '_index', size: SAMPLE_INDICES }, aggs } } } };
}

/** Where a fixed-size sample's parts sit, one per index (`fixedSample`). */
export const BY_INDEX_AGG = 'by_index';
/** The exact matches per index beside a fixed-size sample (`matchesByIndex`). */
export const INDICES_AGG = 'indices';
/** More indices than a window and its baseline days ever span (daily indices: 8; hourly: 170). */
export const SAMPLE_INDICES = 500;

/** The exact matches per index, beside a fixed-size sample of them (none without sampling). */
export function matchesByIndex(docs: number | null): Record<string, unknown> {
  return docs === null ? {} : { [INDICES_AGG]: { terms: { field: '_index', size: SAMPLE_INDICES } } };
}

/** The query, each match scored by a seeded hash of its sequence number (so `fixedSample` draws at random). */
export function randomOrder(query: Query, docs: number | null): Query {
  if (docs === null) return query;
  return { function_score: { query, random_score: { seed: RANDOM_ORDER_SEED, field: '_seq_no' }, boost_mode: 'replace' } };
}

/** Fixed: the same documents are drawn each time, so asking twice gives the same answer. */
export const RANDOM_ORDER_SEED = 14;

export function range(field: string, from: number, to: number): Query {
  return { range: { [field]: { gte: from, lt: to, format: 'epoch_millis' } } };
}

export function term(field: string, value: string | number): Query {
  return { term: { [field]: value } };
}

function serviceFilters(scope: TriageScope): Query[] {
  const filters: Query[] = scope.singleService ? [] : [term(scope.fields.service, scope.service)];
  if (scope.environment !== null) filters.push(term(scope.fields.environment, scope.environment));
  return filters;
}

function statusFilter(scope: TriageScope): Query {
  return statusesQuery(scope.fields.status, scope.statusKind, [scope.status], scope.regexps !== false);
}

/**
 * The success filter (domain/status): a status stored as a string is matched in every form it takes
 * (`"200"`, `"200 "`, `"200.0"`: statusForms), the codes 200–399 and nothing else.
 */
export function successFilter(field: string, kind: 'number' | 'keyword' = 'number', regexps = true): Query {
  const { gte, lt } = SUCCESS_STATUS;
  if (kind !== 'keyword') return { range: { [field]: { gte, lt } } };
  return regexps ? { regexp: { [field]: { value: successRegexp(), flags: 'NONE' } } } : { terms: { [field]: listedSuccessForms() } };
}

function success(scope: TriageScope): Query {
  return successFilter(scope.fields.status, scope.statusKind, scope.regexps !== false);
}

/** Chooses a bucket size that gives about 30–60 points for any window. */
export function seriesInterval(windowMs: number): number {
  const steps = [60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000, 30 * 60_000, 3_600_000, 3 * 3_600_000, 6 * 3_600_000];
  return steps.find((step) => windowMs / step <= 60) ?? DAY_MS;
}

/** Values asked for per client wanted: a client logged under several lists needs each of them (clientLists). */
export function clientSize(scope: Pick<TriageScope, 'clientLists'>, size: number): number {
  return scope.clientLists ? size * LIST_FANOUT : size;
}

function roleAggs(scope: Pick<TriageScope, 'fields' | 'clientLists'>, roles: readonly EvidenceRole[], size: number): Record<string, unknown> {
  const { fields } = scope;
  const aggs: Record<string, unknown> = {};
  for (const role of roles) {
    aggs[`top_${role}`] = { terms: { field: fields[role], size: role === 'clientIp' ? clientSize(scope, size) : size } };
    aggs[`has_${role}`] = { filter: { exists: { field: fields[role] } } };
  }
  return aggs;
}

/** The same window on each of the previous days, most recent first. */
export function baselineRanges(from: number, to: number): Array<{ key: string; from: number; to: number }> {
  return Array.from({ length: BASELINE_DAYS }, (_, i) => ({ key: `d${i + 1}`, from: from - (i + 1) * DAY_MS, to: to - (i + 1) * DAY_MS }));
}

/**
 * A baseline period counts only if the service logged anything (any status) around it: within this
 * margin on either side. A quiet night is a real zero; a period before the logs begin, or inside an
 * ingest gap, has no data at all and is left out instead of read as zero.
 */
export function presenceMargin(windowMs: number): number {
  return Math.min(windowMs, 3_600_000);
}

/** `d1_around` …: each baseline day widened by the presence margin. */
export function presenceRanges(from: number, to: number): Array<{ key: string; from: number; to: number }> {
  const margin = presenceMargin(to - from);
  return baselineRanges(from, to).map((d) => ({ key: `${d.key}_around`, from: d.from - margin, to: d.to + margin }));
}

/**
 * Roles whose top values among the window's successful requests are read: for contrast, and for what the
 * site itself is (the paths it serves, e.g. `.php`; the hosts that refer its own traffic).
 */
export const SUCCESS_ROLES: readonly EvidenceRole[] = ['user', 'roles', 'tenant', 'scopes', 'clientIp', 'userAgent', 'auth', 'version', 'method', 'path', 'referrer'];

/**
 * The window's target-status requests, exactly: count, series, paths, tenant paths, clients and repeats.
 * Their top values per role, users, tenant pairs and contrast fields come from `windowSampleSearch`.
 */
export function windowSearch(scope: TriageScope): SearchBody {
  const { fields, from, to } = scope;
  const bucketMs = seriesInterval(to - from);
  return {
    size: 0,
    track_total_hits: true,
    query: windowErrors(scope),
    aggs: {
      series: {
        date_histogram: {
          field: fields.time,
          fixed_interval: `${bucketMs / 1000}s`,
          // Buckets start at the window's start, not at epoch multiples of the interval.
          offset: `${from % bucketMs}ms`,
          min_doc_count: 0,
          extended_bounds: { min: from, max: to - 1 },
          hard_bounds: { min: from, max: to },
        },
      },
      // Exact, because they are how a small pattern beside a big one is seen (a scanner's distinct paths,
      // a job's runs): a sample would thin them out first.
      raw_paths: { terms: { field: fields.path, size: TOP_PATHS } },
      ...tenantPathAggs(scope),
      ...clientAggs(scope),
      repeats: repeatAggs(scope),
    },
  };
}

/**
 * The clients (address, user) that ask the same path again and again over the window's last hour, each
 * one's requests per minute. Exact, because a retry storm is judged by a client's busiest minute: counts
 * per minute read from a sample and scaled up make a steady client look like a storm (8 a minute read
 * as 24 to 48 from a sixth of the errors).
 */
function repeatAggs(scope: TriageScope): Record<string, unknown> {
  const { fields, from, to } = scope;
  const repeatFrom = Math.max(from, to - REPEAT_SPAN_MS);
  const repeatsBy = (field: string, size: number): Record<string, unknown> => ({
    terms: { field, size },
    aggs: {
      paths: {
        terms: { field: fields.path, size: repeatPathVariants(fields.path) },
        aggs: { per_minute: { date_histogram: { field: fields.time, fixed_interval: '1m', min_doc_count: 1 } } },
      },
    },
  });
  return {
    // Over the window's last hour; a filter on the whole window would first mark every document of it.
    filter: repeatFrom <= from ? { match_all: {} } : range(fields.time, repeatFrom, to),
    aggs: {
      by_ip: repeatsBy(fields.clientIp, clientSize(scope, REPEAT_CLIENTS)),
      // The users are read only where no request carries an address (by_ip then has no bucket): over the
      // requests without one, they are the same users, and where addresses are logged they cost nothing
      // (on a busy service's 14,000 errors, about half of this search's time).
      no_address: { filter: { bool: { must_not: [{ exists: { field: fields.clientIp } }] } }, aggs: { by_user: repeatsBy(fields.user, REPEAT_CLIENTS) } },
    },
  };
}

/** Clients (addresses, users) read for repeats. */
export const REPEAT_CLIENTS = 10;

/** Paths read per repeating client: the top 3, or, where the path may carry a query string, the top 12 names to merge into them. */
export const REPEAT_PATHS = 3;
export const REPEAT_PATH_VARIANTS = 12;

/**
 * A retry loop that adds a cache-buster or a page token logs the same request under many names
 * (`/v1/events/7?_=1`, `/v1/events/7?_=2`): where the path field may hold a query string, more names are
 * read and the reader adds up those of one path (triageReader `repeatsFrom`).
 */
export function repeatPathVariants(pathField: string): number {
  return QUERY_FREE_PATH_FIELDS.has(pathField) ? REPEAT_PATHS : REPEAT_PATH_VARIANTS;
}

function windowErrors(scope: TriageScope): Query {
  return { bool: { filter: [...serviceFilters(scope), statusFilter(scope), range(scope.fields.time, scope.from, scope.to)] } };
}

/**
 * Round one's window searches, sent side by side in its `_msearch` (a search runs on one thread per shard;
 * on a busy service the window's errors are many: interleaved A/B on the hot window's 14,000 errors, one
 * node of two cores, about 140 ms in one search against 100 ms in parts): the exact aggregations cut in
 * four (the first one counts), then the sampled top values (`windowSampleSearch`). Their aggregations,
 * merged, are the whole window's.
 */
const EXACT_PARTS: ReadonlyArray<readonly string[]> = [['clients'], ['agents'], ['repeats']];

export function windowSearches(scope: TriageScope, draw: ErrorDraw = null): SearchBody[] {
  const whole = windowSearch(scope);
  const aggs = whole.aggs as Record<string, unknown>;
  const later = new Set(EXACT_PARTS.flat());
  const pick = (keep: (name: string) => boolean): Record<string, unknown> => Object.fromEntries(Object.entries(aggs).filter(([name]) => keep(name)));
  return [
    { ...whole, aggs: pick((name) => !later.has(name)) },
    ...EXACT_PARTS.map((names) => ({ ...whole, track_total_hits: false, aggs: pick((name) => names.includes(name)) })),
    windowSampleSearch(scope, draw),
  ];
}

/**
 * The window's target-status requests: the top values of every role, the users, tenant pairs and contrast
 * fields, over those `draw` takes (null: all of them; sampling `windowDraw`).
 */
export function windowSampleSearch(scope: TriageScope, draw: ErrorDraw = null): SearchBody {
  const { fields } = scope;
  return drawnSearch(
    windowErrors(scope),
    {
      ...roleAggs(scope, EVIDENCE_ROLES, TOP_TERMS),
      top_users: { terms: { field: fields.user, size: TOP_USERS } },
      tenant_pairs: {
        terms: { field: fields.tenant, size: 20 },
        aggs: { resource: { terms: { field: fields.resourceTenant, size: 10 } }, paths: { terms: { field: fields.path, size: 20 } } },
      },
      ...contrastAggs(fields, scope.contrastFields ?? []),
    },
    draw,
  );
}

/**
 * A search of `aggs` over the documents `draw` takes of those `query` matches: all of them (null); a
 * `random_sampler` at a known probability; or a fixed number ranked by a seeded hash, with the exact
 * matches per index beside them to scale each index's part by (sampling `drawnAggs` reads all three).
 */
function drawnSearch(query: Query, aggs: Record<string, unknown>, draw: ErrorDraw): SearchBody {
  const fixed = draw !== null && 'fixed' in draw ? draw.fixed : null;
  return {
    size: 0,
    track_total_hits: fixed !== null,
    query: randomOrder(query, fixed),
    aggs: draw !== null && 'random' in draw ? sampled(aggs, draw.random) : { ...fixedSample(aggs, fixed), ...matchesByIndex(fixed) },
  };
}

/**
 * Each caller tenant's requests on paths that name a resource tenant: exactly how many, and the top ones to
 * read the tenants from. (Ids make every path of a violation unique, so the top paths alone are a sample.)
 * Only for 403s, where tenant isolation is judged, and logs that say the caller's tenant: the regexp reads
 * the whole path dictionary (about 10-15 ms on a million documents).
 */
function tenantPathAggs(scope: TriageScope): Record<string, unknown> {
  if (!scope.tenantPaths || scope.status !== 403 || scope.fields.tenant.startsWith(MISSING_FIELD_PREFIX) || scope.regexps === false) return {};
  const { fields } = scope;
  return {
    tenant_paths: {
      filter: { regexp: { [fields.path]: { value: scope.tenantPaths, flags: 'NONE' } } },
      aggs: { callers: { terms: { field: fields.tenant, size: 20 }, aggs: { paths: { terms: { field: fields.path, size: 20 } } } } },
    },
  };
}

/**
 * Buckets for a client's activity: fine enough to see a job every few minutes, at most a few hundred per
 * client over any window (1 min up to 6 h, 5 min for a day, 30 min for a week).
 */
export function activityInterval(windowMs: number): number {
  const steps = [60_000, 5 * 60_000, 10 * 60_000, 30 * 60_000, 3_600_000, 3 * 3_600_000];
  return steps.find((step) => windowMs / step <= 400) ?? DAY_MS;
}

/**
 * Who sends the target-status requests: the top clients by address and the top user agents (with how many
 * addresses send each), each with its paths and its activity over time. With no address in the logs, the
 * agents stand in for the clients.
 */
function clientAggs(scope: TriageScope): Record<string, unknown> {
  const { fields, from, to } = scope;
  const bucketMs = activityInterval(to - from);
  const activity = (field: string, size: number, extra: Record<string, unknown>): Record<string, unknown> => ({
    terms: { field, size },
    aggs: {
      ...extra,
      distinct_paths: { cardinality: { field: fields.path, precision_threshold: 200 } },
      top_paths: { terms: { field: fields.path, size: CLIENT_PATHS } },
      first: { min: { field: fields.time } },
      last: { max: { field: fields.time } },
      active: {
        date_histogram: { field: fields.time, fixed_interval: `${bucketMs / 1000}s`, offset: `${from % bucketMs}ms`, min_doc_count: 1 },
      },
    },
  });
  // Where the client field holds lists, a client's values are merged (triageReader): its distinct paths
  // and an agent's distinct clients are counted from the values listed, up to LISTED_DISTINCT each.
  const listed = (field: string): Record<string, unknown> => (scope.clientLists ? { listed: { terms: { field, size: LISTED_DISTINCT } } } : {});
  return {
    clients: activity(fields.clientIp, clientSize(scope, TOP_CLIENTS), { agent: { terms: { field: fields.userAgent, size: 1 } }, ...listed(fields.path) }),
    agents: activity(fields.userAgent, TOP_AGENTS, { distinct_ips: { cardinality: { field: fields.clientIp, precision_threshold: 200 } }, ...listed(fields.clientIp) }),
  };
}

/** Values listed per client or agent to count its distinct paths or clients where the client field holds lists. */
export const LISTED_DISTINCT = 200;

/**
 * The aggregation of the window's sample whose buckets are a contrast field's top values: a role's own
 * top values when the field is a role's (its first CONTRAST_VALUES), else one of its own.
 */
export function contrastSource(fields: FieldMap, contrastFields: readonly string[], i: number): string {
  const role = EVIDENCE_ROLES.find((r) => fields[r] === contrastFields[i]);
  return role === undefined ? `contrast_${i}` : `top_${role}`;
}

function contrastAggs(fields: FieldMap, contrastFields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    contrastFields.flatMap((field, i) => {
      const name = contrastSource(fields, contrastFields, i);
      return name.startsWith('top_') ? [] : [[name, { terms: { field, size: CONTRAST_VALUES } }]];
    }),
  );
}

/**
 * Round two of the contrast: how often the errors' top values occur among the service's successful
 * requests in the same window (only those values are counted, so the count is exact whatever their rank).
 */
export function contrastSearch(scope: TriageScope, picks: ReadonlyArray<{ field: string; values: readonly string[] }>, sampling: Sampling | null = null): SearchBody {
  const { fields, from, to } = scope;
  const aggs: Record<string, unknown> = {};
  // A terms aggregation limited to the values, not a filter per value: it reads each sampled document's
  // value, where a filter on an address field first marks every document of the index with that address.
  picks.forEach((pick, i) => {
    aggs[`c${i}`] = { terms: { field: pick.field, include: [...pick.values], size: pick.values.length } };
  });
  // Sampled, the number of successes comes from the sample's size: counting them all is what sampling saves.
  const query = { bool: { filter: [...serviceFilters(scope), success(scope), range(fields.time, from, to)] } };
  return { size: 0, track_total_hits: sampling === null, query, aggs: sampled(aggs, sampling) };
}

/**
 * The baseline: target-status counts in the same window on each previous day (the 24 h before the window
 * are counted by `trailingSearch`), exact, in round one. Only target-status documents are read, so its
 * cost follows the service's errors, not its traffic; whether the service logged at all around each
 * period comes from `presenceSearches`. Their top values come in round two (`baselineValuesSearch`),
 * drawn from a sample sized by these counts.
 */
export function baselineSearch(scope: TriageScope): SearchBody {
  const days = baselineRanges(scope.from, scope.to);
  return {
    size: 0,
    // Every day's errors counted once (days overlap when the window is longer than a day): what samples are sized from.
    track_total_hits: true,
    query: baselineQuery(scope),
    aggs: { periods: { date_range: { field: scope.fields.time, format: 'epoch_millis', keyed: true, ranges: days.map((d) => ({ key: d.key, from: d.from, to: d.to })) } } },
  };
}

function baselineQuery(scope: TriageScope): Query {
  const dayFilter: Query = { bool: { should: baselineRanges(scope.from, scope.to).map((d) => range(scope.fields.time, d.from, d.to)), minimum_should_match: 1 } };
  return { bool: { filter: [...serviceFilters(scope), statusFilter(scope), dayFilter] } };
}

/**
 * How the baseline days' top values are drawn: every error (null), a `random_sampler` at a probability
 * chosen from round one's exact count, or, where the engine has no `random_sampler`, a fixed number of
 * them ranked by a seeded hash (`fixedSample`).
 */
export type ErrorDraw = { random: Sampling } | { fixed: number } | null;

/** The top values of the baseline days' target-status requests (the counts are round one's). */
export function baselineValuesSearch(scope: TriageScope, draw: ErrorDraw): SearchBody {
  return drawnSearch(baselineQuery(scope), roleAggs(scope, EVIDENCE_ROLES, TOP_TERMS), draw);
}

/**
 * The target-status requests of the 24 hours before the window, counted. A search of its own: inside the
 * baseline's, the day's range made Elasticsearch mark every document of that day in the index first
 * (about 40 ms on a service logging 3 M requests a day), where a count reads only the service's errors.
 */
export function trailingSearch(scope: TriageScope): SearchBody {
  const { fields, from } = scope;
  return { size: 0, track_total_hits: true, query: { bool: { filter: [...serviceFilters(scope), statusFilter(scope), range(fields.time, from - DAY_MS, from)] } } };
}

/**
 * The trailing day's first document is looked for among at most this many of the service's documents
 * that day, in the order they are stored (roughly arrival order, so the earliest come first). Elasticsearch
 * does not answer a sort on time by skipping on every index (it read all 3 M of a busy service's documents
 * of a day here), and the answer only matters when the logs begin within that day.
 */
export const FIRST_DOCUMENT_CAP = 10_000;

/**
 * Whether the service logged anything (any status) around each baseline day, and its first document of
 * the trailing day (how much of that day the logs cover). Each search stops early (`terminate_after`: the
 * first match, or FIRST_DOCUMENT_CAP documents), so a busy service costs no more than a quiet one. Keys:
 * `d1_around` … `d7_around`, then `trailing`.
 */
export function presenceSearches(scope: TriageScope): Array<{ key: string; body: SearchBody }> {
  const { fields, from } = scope;
  const around = presenceRanges(from, scope.to).map((r) => ({
    key: r.key,
    body: { size: 0, terminate_after: 1, track_total_hits: true, query: { bool: { filter: [...serviceFilters(scope), range(fields.time, r.from, r.to)] } } },
  }));
  const trailing = {
    key: 'trailing',
    body: {
      size: 1,
      _source: false,
      track_total_hits: false,
      terminate_after: FIRST_DOCUMENT_CAP,
      sort: [{ [fields.time]: { order: 'asc', format: 'strict_date_optional_time' } }],
      query: { bool: { filter: [...serviceFilters(scope), range(fields.time, from - DAY_MS, from)] } },
    },
  };
  return [...around, trailing];
}

/** The service's requests (any status) in the window, counted only: what sampling probabilities are chosen from. */
export function trafficSearch(scope: TriageScope): SearchBody {
  const { fields, from, to } = scope;
  return { size: 0, track_total_hits: true, query: { bool: { filter: [...serviceFilters(scope), range(fields.time, from, to)] } } };
}

/**
 * How many of the window's requests (any status) tell a busy service's routes apart by traffic: a route
 * that errs little can serve a great deal, and only its traffic says it must be read with bounded
 * searches (routeHistory `historySearches`).
 */
export const TRAFFIC_SNAPSHOT = 500;

/**
 * The paths of the service's first TRAFFIC_SNAPSHOT requests in the window, in stored order (hits with
 * the path's doc value, nothing else fetched): a search that stops there whatever the traffic. Its mix of
 * routes stands for the window's (routes' shares hardly change within an hour; the window's start is
 * what it sees).
 */
export function trafficSnapshotSearch(scope: TriageScope): SearchBody {
  const { fields, from, to } = scope;
  return {
    size: TRAFFIC_SNAPSHOT,
    _source: false,
    stored_fields: '_none_',
    docvalue_fields: [fields.path],
    track_total_hits: false,
    terminate_after: TRAFFIC_SNAPSHOT,
    query: { bool: { filter: [...serviceFilters(scope), range(fields.time, from, to)] } },
  };
}

/**
 * The newest document of the whole index pattern before the window's end (plus a minute of clock skew):
 * how far ingestion lags. A sorted top hit, which Elasticsearch answers without counting.
 */
/** How far back the newest document is looked for. */
export const NEWEST_SPAN_MS = 3_600_000;
export const NEWEST_COUNT_CAP = 1000;

export function newestSearch(scope: TriageScope): SearchBody {
  const { fields, to } = scope;
  return {
    size: 1,
    _source: false,
    // The hour's count tells a lagging pipeline from a quiet one (domain/baseline notableLag). Beyond a
    // thousand documents an hour the usual gap (under 4 s) is below the lag worth noticing: no need to count on.
    track_total_hits: NEWEST_COUNT_CAP,
    sort: [{ [fields.time]: { order: 'desc', format: 'strict_date_optional_time' } }],
    query: { bool: { filter: [range(fields.time, to - NEWEST_SPAN_MS, to + 60_000)] } },
  };
}

/** Every request of the service in the window: the status mix and what successful requests look like. */
export function requestsSearch(scope: TriageScope, sampling: Sampling | null = null): SearchBody {
  const { fields, from, to } = scope;
  return {
    size: 0,
    track_total_hits: sampling === null,
    query: { bool: { filter: [...serviceFilters(scope), range(fields.time, from, to)] } },
    aggs: sampled(
      {
        by_status: { terms: { field: fields.status, size: statusAggSize(scope.statusKind, 20) } },
        success: { filter: success(scope), aggs: roleAggs(scope, SUCCESS_ROLES, TOP_SUCCESS_TERMS) },
      },
      sampling,
    ),
  };
}

/** Versions that answered from a day before the window to its end: deployment markers. */
export function versionsSearch(scope: TriageScope, sampling: Sampling | null = null): SearchBody {
  const { fields, from, to } = scope;
  return {
    size: 0,
    query: { bool: { filter: [...serviceFilters(scope), range(fields.time, from - DAY_MS, to)] } },
    aggs: sampled({
      versions: {
        terms: { field: fields.version, size: 10 },
        aggs: {
          first: { min: { field: fields.time } },
          last: { max: { field: fields.time } },
          in_window: {
            filter: range(fields.time, from, to),
            aggs: { denied: { filter: statusFilter(scope) } },
          },
        },
      },
      // From a sample, every request of the window, versioned or not: the estimate the exact count corrects.
      ...(sampling ? { window_requests: { filter: range(fields.time, from, to) } } : {}),
    }, sampling),
  };
}

/** Elasticsearch refuses longer regular expressions (`index.max_regex_length`, 1000 by default). */
export const MAX_REGEXP_LENGTH = 1000;

/**
 * The route templates whose history is looked up: the top ones (HISTORY_MIN_SHARE of the errors or more),
 * leaving out any whose regexp Elasticsearch would refuse (one hostile path in the logs, a scanner's
 * 600-character `/../../…`, must not fail the whole lookup) and the paths scanners ask every server for
 * (`/.env`, `/wp-login.php`): the route rules leave probes out, and on a service being scanned they would
 * take every slot from its real routes. (What is lost: a client asking for a listed path that used to
 * answer 2xx, `/actuator/health` say, is no longer excused from looking like a scanner by that path's past.)
 */
export function historyTemplates(paths: ReadonlyArray<{ template: string; count: number }>, total: number): string[] {
  const floor = total * HISTORY_MIN_SHARE;
  return paths
    .filter((p) => p.count >= floor && routeRegexp(p.template).length <= MAX_REGEXP_LENGTH && !isListedProbe(p.template))
    .slice(0, HISTORY_TEMPLATES)
    .map((p) => p.template);
}

/**
 * A route holding less than this share of the window's errors has no history read: no rule that reads a
 * route's past weighs one that small (a regressed route counts from 2 % of the errors, and the route rules
 * want a sixth to two fifths of them on the routes they name), and on a busy service each such route is a
 * search of its own (the hot bench service's 13 quiet routes, 0.1-0.4 % each). Under 100 errors every
 * route holds at least 1 %, so a quiet night keeps all of them. (What is lost: many small templates under
 * one prefix, together a large share, are grouped without their members' past.)
 */
export const HISTORY_MIN_SHARE = 0.01;

/**
 * Every logged path of a route, with or without a query string: path fields such as `url.original`,
 * Logstash's `request` or nginx's `request_uri` carry `?…`, and the route is judged without it.
 */
export function routeRegexp(template: string): string {
  return `${templateToLuceneRegexp(template)}(\\?.*)?`;
}

/** Every logged path of a route (its template's regexp, query strings allowed). */
function routeQuery(fields: FieldMap, template: string): Query {
  return { regexp: { [fields.path]: { value: routeRegexp(template), flags: 'NONE' } } };
}

/** A route's requests per status, each status with its last request (the last success is read from them). */
function statusesWithLast(scope: TriageScope): Record<string, unknown> {
  const { fields } = scope;
  return { status: { terms: { field: fields.status, size: statusAggSize(scope.statusKind, 20) }, aggs: { last: { max: { field: fields.time } } } } };
}

/**
 * How each top route template answered before the window, and how many target-status requests it really
 * had in the window: the window's raw-path list holds the most frequent paths only, so a route spread over
 * many ids (`/v1/orders/{id}/receipt`, one request each) is undercounted there, and the more so the more
 * other distinct paths the window holds. Before and in the window are told apart by a date range, and each
 * status carries its last request (the last success is the latest of the 2xx/3xx ones): a filter on a time
 * or status range would first mark every matching document of the index.
 */
export function pathHistorySearch(scope: TriageScope, templates: readonly string[]): SearchBody {
  const { fields, from, to } = scope;
  const filters: Record<string, Query> = {};
  templates.forEach((template, i) => {
    filters[`t${i}`] = routeQuery(fields, template);
  });
  const anyRoute: Query = { bool: { should: Object.values(filters), minimum_should_match: 1 } };
  const periods = [
    { key: 'before', from: from - HISTORY_DAYS * DAY_MS, to: from },
    { key: 'window', from, to },
  ];
  const history = {
    when: {
      date_range: { field: fields.time, format: 'epoch_millis', keyed: true, ranges: periods },
      aggs: { ...statusesWithLast(scope), first: { min: { field: fields.time } } },
    },
  };
  return {
    size: 0,
    query: { bool: { filter: [...serviceFilters(scope), range(fields.time, from - HISTORY_DAYS * DAY_MS, to), anyRoute] } },
    // One route: the query already holds only its requests, and matching its pattern twice costs twice.
    aggs: templates.length === 1 ? history : { templates: { filters: { filters }, aggs: history } },
  };
}

/** One route's history, exact (a busy service reads each top route on its own). */
export function routeHistorySearch(scope: TriageScope, template: string): SearchBody {
  return pathHistorySearch(scope, [template]);
}

/**
 * A busy route (its window's rate would give BUSY_ROUTE_ABOVE target-status requests over the lookback) is
 * never aggregated whole: one aggregation over its 900,000 requests of 30 days costs about 200 ms, a count
 * of them 4. It is read with searches that each cost about the same whatever its traffic: its requests
 * before the window counted exactly, with their statuses from a `random_sampler` (`routeSampleSearch`);
 * its ROUTE_EARLIEST earliest requests one by one, which are all of them when it was quiet after all
 * (`routeEarliestSearch`); its last success in the day before the window and its successes over the days
 * that decide whether it is gone, counted (`routeLastSuccessSearch`, `routeAnySuccessSearch`); and its
 * target-status requests in the window, counted (`routeWindowCountSearch`).
 */
export const BUSY_ROUTE_ABOVE = 100_000;
/**
 * A route busy by its traffic alone (few errors, much else: triageQueries `trafficSnapshotSearch`) is read
 * with the bounded searches from this many requests over the lookback: below it, reading it whole costs
 * less than they do (about 45 ms per million requests here; the bounded searches 20-50 ms together).
 */
export const BUSY_BY_TRAFFIC_ABOVE = 1_000_000;
/** Requests a busy route's sample should hold (at the window's rate; a spike over-estimates, a smaller sample). */
export const ROUTE_SAMPLE_DOCS = 20_000;
/** A busy route's earliest requests read one by one: below this many, its history is exact. */
export const ROUTE_EARLIEST = 100;

function routeBefore(scope: TriageScope, template: string): Query {
  const { fields, from } = scope;
  return { bool: { filter: [...serviceFilters(scope), range(fields.time, from - HISTORY_DAYS * DAY_MS, from), routeQuery(fields, template)] } };
}

/** A busy route before the window: every request counted, the statuses (and each one's last time) sampled. */
export function routeSampleSearch(scope: TriageScope, template: string, sampling: Sampling): SearchBody {
  return { size: 0, track_total_hits: true, query: routeBefore(scope, template), aggs: sampled(statusesWithLast(scope), sampling) };
}

/**
 * A busy route's earliest requests before the window, time and status each (as sort values: nothing is
 * fetched). Sorted on the time field, Elasticsearch skips to them instead of reading the route whole.
 */
export function routeEarliestSearch(scope: TriageScope, template: string): SearchBody {
  const { fields } = scope;
  return {
    size: ROUTE_EARLIEST,
    _source: false,
    stored_fields: '_none_',
    track_total_hits: false,
    sort: [{ [fields.time]: { order: 'asc', format: 'epoch_millis' } }, { [fields.status]: { order: 'asc', unmapped_type: scope.statusKind === 'keyword' ? 'keyword' : 'long' } }],
    query: routeBefore(scope, template),
  };
}

/**
 * How far back a busy route's last success is looked for by a sorted search (`routeLastSuccessSearch`):
 * a search sorted newest first reads every match of its span (Elasticsearch skips ahead only in the
 * index's own order, oldest first), about 7 ms for the hot route's last day against 45 for its 30 days.
 */
export const LAST_SUCCESS_SPAN_MS = DAY_MS;

/**
 * A busy route's last successful request in the day before the window (its time as a sort value), exact:
 * with `routeAnySuccessSearch` it is what "no success for days" rests on, a claim of absence a sample
 * cannot make (a sample's last success is only the last one it happened to draw).
 */
export function routeLastSuccessSearch(scope: TriageScope, template: string): SearchBody {
  return {
    size: 1,
    _source: false,
    stored_fields: '_none_',
    track_total_hits: false,
    sort: [{ [scope.fields.time]: { order: 'desc', format: 'strict_date_optional_time' } }],
    query: routeSuccesses(scope, template, LAST_SUCCESS_SPAN_MS),
  };
}

/**
 * Whether a busy route succeeded at all in the `spanMs` before the window: a search that stops at the first
 * success (counting them all read 400,000 requests of the hot route's 3 days, 80-110 ms). Its count is 0
 * or, per shard that found one, 1.
 */
export function routeAnySuccessSearch(scope: TriageScope, template: string, spanMs: number): SearchBody {
  return { size: 0, track_total_hits: true, terminate_after: 1, query: routeSuccesses(scope, template, spanMs) };
}

function routeSuccesses(scope: TriageScope, template: string, spanMs: number): Query {
  const { fields, from } = scope;
  return { bool: { filter: [...serviceFilters(scope), range(fields.time, from - spanMs, from), routeQuery(fields, template), success(scope)] } };
}

/** A busy route's target-status requests in the window, counted. */
export function routeWindowCountSearch(scope: TriageScope, template: string): SearchBody {
  const { fields, from, to } = scope;
  const filter = [...serviceFilters(scope), statusFilter(scope), range(fields.time, from, to), routeQuery(fields, template)];
  return { size: 0, track_total_hits: true, query: { bool: { filter } } };
}

/**
 * Documents one user's or address's history reads on a busy service. Elasticsearch ignores
 * `terminate_after` in a search with aggregations (it read all 3.6 M requests of one address of the hot
 * service), so a busy service asks with hits and counts, which do stop: the client's earliest document
 * among the first CLIENT_EXACT_CAP it has, in the order they are stored (roughly arrival order, so its
 * oldest), and its successes before the window up to SUCCESS_COUNT_CAP. Seen before the last two days
 * means established, a success means it used to work; below the caps both are exact.
 */
export const CLIENT_EXACT_CAP = 1000;
/** Successes counted before the window, at most: what reads them saturates well below (20). */
export const SUCCESS_COUNT_CAP = SUCCESS_BEFORE_CAP;

type ClientKind = 'users' | 'ips';

/**
 * A client list is matched by its first address with prefix queries; where the cluster refuses them, only
 * the requests that logged the bare address are matched (`TriageScope.regexps`).
 */
function listsByPrefix(scope: TriageScope): boolean {
  return scope.clientLists === true && scope.regexps !== false;
}

function clientFilter(scope: TriageScope, kind: ClientKind, keys: readonly string[]): Query {
  return kind === 'users' ? { terms: { [scope.fields.user]: keys } } : clientsQuery(scope.fields.clientIp, keys, listsByPrefix(scope));
}

/** A busy service's client: its first request over the lookback, among its first CLIENT_EXACT_CAP. */
export function clientFirstSearch(scope: TriageScope, kind: ClientKind, key: string): SearchBody {
  const { fields, from, to } = scope;
  return {
    size: 1,
    _source: false,
    track_total_hits: false,
    terminate_after: CLIENT_EXACT_CAP,
    sort: [{ [fields.time]: { order: 'asc', format: 'strict_date_optional_time' } }],
    query: { bool: { filter: [...serviceFilters(scope), clientFilter(scope, kind, [key]), range(fields.time, from - HISTORY_DAYS * DAY_MS, to)] } },
  };
}

/** A busy service's client: how many of its requests before the window succeeded, up to SUCCESS_COUNT_CAP. */
export function clientSuccessSearch(scope: TriageScope, kind: ClientKind, key: string): SearchBody {
  const { fields, from } = scope;
  return {
    size: 0,
    track_total_hits: true,
    terminate_after: SUCCESS_COUNT_CAP,
    query: { bool: { filter: [...serviceFilters(scope), clientFilter(scope, kind, [key]), success(scope), range(fields.time, from - HISTORY_DAYS * DAY_MS, from)] } },
  };
}

/**
 * A busy service's address: how many requests it sent in the window (`ok`: and how many of them succeeded).
 * Counts only, exact: a scanner sends little else, a crawler or a user mostly succeeds. Aggregating them
 * instead reads each of a busy address's requests (56,000 in the hot service's hour).
 */
export function windowCountSearch(scope: TriageScope, ip: string, ok: boolean): SearchBody {
  const { fields, from, to } = scope;
  const filter = [...serviceFilters(scope), clientFilter(scope, 'ips', [ip]), range(fields.time, from, to)];
  return { size: 0, track_total_hits: true, query: { bool: { filter: ok ? [...filter, success(scope)] : filter } } };
}

export function userHistorySearch(scope: TriageScope, users: readonly string[]): SearchBody {
  const { fields, from, to } = scope;
  return {
    size: 0,
    query: {
      bool: { filter: [...serviceFilters(scope), { terms: { [fields.user]: users } }, range(fields.time, from - HISTORY_DAYS * DAY_MS, to)] },
    },
    aggs: {
      users: {
        terms: { field: fields.user, size: users.length },
        aggs: {
          first: { min: { field: fields.time } },
          ok_before: { filter: { bool: { filter: [success(scope), range(fields.time, from - HISTORY_DAYS * DAY_MS, from)] } } },
        },
      },
    },
  };
}

/**
 * When the top denied addresses first appeared and whether they ever succeeded (allowlists), and everything
 * they asked in the window (a scanner sends little else; a crawler or a user mostly succeeds).
 */
export function ipHistorySearch(scope: TriageScope, ips: readonly string[]): SearchBody {
  const { fields, from, to } = scope;
  const aggs = {
    first: { min: { field: fields.time } },
    ok_before: { filter: { bool: { filter: [success(scope), range(fields.time, from - HISTORY_DAYS * DAY_MS, from)] } } },
    in_window: { filter: range(fields.time, from, to), aggs: { ok: { filter: success(scope) } } },
  };
  // Lists: one keyed filter per client (its term and prefixes), where a terms aggregation would split it.
  const byIp = listsByPrefix(scope)
    ? { filters: { filters: Object.fromEntries(ips.map((ip) => [ip, clientsQuery(fields.clientIp, [ip], true)])) }, aggs }
    : { terms: { field: fields.clientIp, size: ips.length }, aggs };
  return {
    size: 0,
    query: {
      bool: { filter: [...serviceFilters(scope), clientsQuery(fields.clientIp, ips, listsByPrefix(scope)), range(fields.time, from - HISTORY_DAYS * DAY_MS, to)] },
    },
    aggs: { ips: byIp },
  };
}

/** Services with logs lately: whether a name exists at all, and close names for "did you mean". */
export function servicesSearch(fields: FieldMap, to: number, days = BASELINE_DAYS): SearchBody {
  return {
    size: 0,
    query: { bool: { filter: [range(fields.time, to - days * DAY_MS, to)] } },
    aggs: { services: { terms: { field: fields.service, size: 1000 } } },
  };
}

export function samplesSearch(scope: TriageScope, size: number): SearchBody {
  const { fields, from, to } = scope;
  return {
    size,
    sort: [{ [fields.time]: { order: 'desc' } }],
    query: { bool: { filter: [...serviceFilters(scope), statusFilter(scope), range(fields.time, from, to)] } },
  };
}
