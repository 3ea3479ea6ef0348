import { type FieldMap, MISSING_FIELD_PREFIX } from '../config/fields';
import { EVIDENCE_ROLES, EvidenceRole } from '../domain/evidence';
import { templateToLuceneRegexp } from '../domain/routes';
import { SUCCESS_STATUS } from '../domain/status';
import type { TriageStatus } from '../domain/types';

/**
 * Pure builders of the triage searches. Round one (always) gathers the window, the baseline, the
 * success contrast and the deploy markers; round two (only when there is something to explain) asks
 * how the top routes answered before and when the top users were first seen. User text only ever
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
}

/** Top values per contrast field among the window's target-status requests. */
export const CONTRAST_VALUES = 5;

export type SearchBody = Record<string, unknown>;
export type Query = Record<string, unknown>;

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
  return term(scope.fields.status, scope.status);
}

/**
 * The success filter (domain/status): a status stored as a string is compared as one, and "200" ≤ s <
 * "400" holds exactly the three-digit codes 200–399.
 */
export function successFilter(field: string, kind: 'number' | 'keyword' = 'number'): Query {
  const { gte, lt } = SUCCESS_STATUS;
  return kind === 'keyword' ? { range: { [field]: { gte: String(gte), lt: String(lt) } } } : { range: { [field]: { gte, lt } } };
}

function success(scope: TriageScope): Query {
  return successFilter(scope.fields.status, scope.statusKind);
}

/** Chooses a bucket size that gives about 30–60 points for any window. */
export function seriesInterval(windowMs: number): number {
  const steps = [60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000, 30 * 60_000, 3_600_000, 3 * 3_600_000, 6 * 3_600_000];
  return steps.find((step) => windowMs / step <= 60) ?? DAY_MS;
}

function roleAggs(fields: FieldMap, roles: readonly EvidenceRole[], size: number): Record<string, unknown> {
  const aggs: Record<string, unknown> = {};
  for (const role of roles) {
    aggs[`top_${role}`] = { terms: { field: fields[role], size } };
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

export function windowSearch(scope: TriageScope): SearchBody {
  const { fields, from, to } = scope;
  const bucketMs = seriesInterval(to - from);
  const repeatFrom = Math.max(from, to - REPEAT_SPAN_MS);
  const repeatsBy = (field: string): Record<string, unknown> => ({
    terms: { field, size: 10 },
    aggs: {
      paths: {
        terms: { field: fields.path, size: 3 },
        aggs: { per_minute: { date_histogram: { field: fields.time, fixed_interval: '1m', min_doc_count: 1 } } },
      },
    },
  });
  return {
    size: 0,
    track_total_hits: true,
    query: { bool: { filter: [...serviceFilters(scope), statusFilter(scope), range(fields.time, from, to)] } },
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
      ...roleAggs(fields, EVIDENCE_ROLES, TOP_TERMS),
      raw_paths: { terms: { field: fields.path, size: TOP_PATHS } },
      top_users: { terms: { field: fields.user, size: TOP_USERS } },
      repeats: {
        filter: range(fields.time, repeatFrom, to),
        aggs: { by_ip: repeatsBy(fields.clientIp), by_user: repeatsBy(fields.user) },
      },
      tenant_pairs: {
        terms: { field: fields.tenant, size: 20 },
        aggs: { resource: { terms: { field: fields.resourceTenant, size: 10 } }, paths: { terms: { field: fields.path, size: 20 } } },
      },
      ...tenantPathAggs(scope),
      ...clientAggs(scope),
      ...contrastAggs(scope.contrastFields ?? []),
    },
  };
}

/**
 * Each caller tenant's requests on paths that name a resource tenant: exactly how many, and the top ones to
 * read the tenants from. (Ids make every path of a violation unique, so the top paths alone are a sample.)
 * Only for 403s, where tenant isolation is judged, and logs that say the caller's tenant: the regexp reads
 * the whole path dictionary (about 10-15 ms on a million documents).
 */
function tenantPathAggs(scope: TriageScope): Record<string, unknown> {
  if (!scope.tenantPaths || scope.status !== 403 || scope.fields.tenant.startsWith(MISSING_FIELD_PREFIX)) return {};
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
  return {
    clients: activity(fields.clientIp, TOP_CLIENTS, { agent: { terms: { field: fields.userAgent, size: 1 } } }),
    agents: activity(fields.userAgent, TOP_AGENTS, { distinct_ips: { cardinality: { field: fields.clientIp, precision_threshold: 200 } } }),
  };
}

function contrastAggs(contrastFields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(contrastFields.map((field, i) => [`contrast_${i}`, { terms: { field, size: CONTRAST_VALUES } }]));
}

/**
 * Round two of the contrast: how often the errors' top values occur among the service's successful
 * requests in the same window (each value a `term` filter, so the count is exact whatever its rank there).
 */
export function contrastSearch(scope: TriageScope, picks: ReadonlyArray<{ field: string; values: readonly string[] }>): SearchBody {
  const { fields, from, to } = scope;
  const aggs: Record<string, unknown> = {};
  picks.forEach((pick, i) => {
    aggs[`c${i}`] = { filters: { filters: Object.fromEntries(pick.values.map((value, j) => [`v${j}`, term(pick.field, value)])) } };
  });
  return { size: 0, track_total_hits: true, query: { bool: { filter: [...serviceFilters(scope), success(scope), range(fields.time, from, to)] } }, aggs };
}

/**
 * The baseline: target-status counts in the same window on each previous day and in the 24 h before the
 * window, and, over every status, whether the service logged anything around each period (presence) and
 * when its first document of the trailing day came (coverage). Top values only for the target status.
 */
export function baselineSearch(scope: TriageScope): SearchBody {
  const { fields, from, to } = scope;
  const days = baselineRanges(from, to);
  const around = presenceRanges(from, to);
  const trailing = { key: 'trailing', from: from - DAY_MS, to: from };
  const dayFilter: Query = { bool: { should: days.map((d) => range(fields.time, d.from, d.to)), minimum_should_match: 1 } };
  return {
    size: 0,
    track_total_hits: false,
    query: {
      bool: {
        filter: [...serviceFilters(scope), { bool: { should: [...around, trailing].map((r) => range(fields.time, r.from, r.to)), minimum_should_match: 1 } }],
      },
    },
    aggs: {
      periods: {
        date_range: {
          field: fields.time,
          format: 'epoch_millis',
          keyed: true,
          ranges: [...days, trailing, ...around].map((d) => ({ key: d.key, from: d.from, to: d.to })),
        },
        aggs: { target: { filter: statusFilter(scope) }, first: { min: { field: fields.time } } },
      },
      same_time: { filter: { bool: { filter: [dayFilter, statusFilter(scope)] } }, aggs: roleAggs(fields, EVIDENCE_ROLES, TOP_TERMS) },
    },
  };
}

/**
 * The newest document of the whole index pattern before the window's end (plus a minute of clock skew):
 * how far ingestion lags. A sorted top hit, which Elasticsearch answers without counting.
 */
/** How far back the newest document is looked for. */
export const NEWEST_SPAN_MS = 3_600_000;

export function newestSearch(scope: TriageScope): SearchBody {
  const { fields, to } = scope;
  return {
    size: 1,
    _source: false,
    // The hour's count tells a lagging pipeline from a quiet one (domain/baseline notableLag).
    track_total_hits: true,
    sort: [{ [fields.time]: { order: 'desc', format: 'strict_date_optional_time' } }],
    query: { bool: { filter: [range(fields.time, to - NEWEST_SPAN_MS, to + 60_000)] } },
  };
}

/** Every request of the service in the window: the status mix and what successful requests look like. */
export function requestsSearch(scope: TriageScope): SearchBody {
  const { fields, from, to } = scope;
  return {
    size: 0,
    track_total_hits: true,
    query: { bool: { filter: [...serviceFilters(scope), range(fields.time, from, to)] } },
    aggs: {
      by_status: { terms: { field: fields.status, size: 20 } },
      success: { filter: success(scope), aggs: roleAggs(fields, SUCCESS_ROLES, TOP_SUCCESS_TERMS) },
    },
  };
}

/** Versions that answered from a day before the window to its end: deployment markers. */
export function versionsSearch(scope: TriageScope): SearchBody {
  const { fields, from, to } = scope;
  return {
    size: 0,
    query: { bool: { filter: [...serviceFilters(scope), range(fields.time, from - DAY_MS, to)] } },
    aggs: {
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
    },
  };
}

/** Elasticsearch refuses longer regular expressions (`index.max_regex_length`, 1000 by default). */
export const MAX_REGEXP_LENGTH = 1000;

/**
 * The route templates whose history is looked up: the top ones, leaving out any whose regexp
 * Elasticsearch would refuse. One hostile path in the logs (a scanner's 600-character `/../../…`)
 * must not fail the whole lookup.
 */
export function historyTemplates(templates: readonly string[]): string[] {
  return templates.filter((template) => routeRegexp(template).length <= MAX_REGEXP_LENGTH).slice(0, HISTORY_TEMPLATES);
}

/**
 * Every logged path of a route, with or without a query string: path fields such as `url.original`,
 * Logstash's `request` or nginx's `request_uri` carry `?…`, and the route is judged without it.
 */
export function routeRegexp(template: string): string {
  return `${templateToLuceneRegexp(template)}(\\?.*)?`;
}

/**
 * How each top route template answered before the window, and how many target-status requests it really
 * had in the window: the window's raw-path list holds the most frequent paths only, so a route spread over
 * many ids (`/v1/orders/{id}/receipt`, one request each) is undercounted there, and the more so the more
 * other distinct paths the window holds.
 */
export function pathHistorySearch(scope: TriageScope, templates: readonly string[]): SearchBody {
  const { fields, from, to } = scope;
  const filters: Record<string, Query> = {};
  templates.forEach((template, i) => {
    filters[`t${i}`] = { regexp: { [fields.path]: { value: routeRegexp(template), flags: 'NONE' } } };
  });
  return {
    size: 0,
    query: { bool: { filter: [...serviceFilters(scope), range(fields.time, from - HISTORY_DAYS * DAY_MS, to)] } },
    aggs: {
      templates: {
        filters: { filters },
        aggs: {
          before: {
            filter: range(fields.time, from - HISTORY_DAYS * DAY_MS, from),
            aggs: {
              status: { terms: { field: fields.status, size: 10 } },
              first: { min: { field: fields.time } },
              ok: { filter: success(scope), aggs: { last: { max: { field: fields.time } } } },
            },
          },
          in_window: { filter: { bool: { filter: [statusFilter(scope), range(fields.time, from, to)] } } },
        },
      },
    },
  };
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
  return {
    size: 0,
    query: {
      bool: { filter: [...serviceFilters(scope), { terms: { [fields.clientIp]: ips } }, range(fields.time, from - HISTORY_DAYS * DAY_MS, to)] },
    },
    aggs: {
      ips: {
        terms: { field: fields.clientIp, size: ips.length },
        aggs: {
          first: { min: { field: fields.time } },
          ok_before: { filter: { bool: { filter: [success(scope), range(fields.time, from - HISTORY_DAYS * DAY_MS, from)] } } },
          in_window: { filter: range(fields.time, from, to), aggs: { ok: { filter: success(scope) } } },
        },
      },
    },
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
