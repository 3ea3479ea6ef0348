import type { Evidence, PathHistory } from '../domain/evidence';
import { GONE_AFTER_MS } from '../domain/causes/goneShouldBe410';
import { routeTemplate } from '../domain/routes';
import { isSuccessStatus } from '../domain/status';
import { canonicalStatus } from './statusForms';
import { Aggs, aggsOf, bucketKey, buckets, docCount, firstHitTime, keyedChildren, metric, SearchResponse, sortRows, totalHits } from './responses';
import { routeSampling, SamplingPolicy, unsampled } from './sampling';
import type { Sampling } from './triageQueries';
import {
  BUSY_BY_TRAFFIC_ABOVE,
  DAY_MS,
  HISTORY_DAYS,
  pathHistorySearch,
  ROUTE_EARLIEST,
  routeEarliestSearch,
  routeHistorySearch,
  LAST_SUCCESS_SPAN_MS,
  routeLastSuccessSearch,
  routeSampleSearch,
  routeAnySuccessSearch,
  routeWindowCountSearch,
  SAMPLE_AGG,
  SearchBody,
  TriageScope,
} from './triageQueries';

/**
 * How the window's top routes answered before it (round two of the reader). An ordinary service reads them
 * all in one search; a busy one reads each route on its own, and a busy route of it (BUSY_ROUTE_ABOVE)
 * from a count, a sample and its earliest requests, so that no route is ever aggregated whole there.
 */

export type Search = { body: SearchBody; apply: (response: SearchResponse) => void };

/**
 * Sets a route's history, and its window count where the exact count (`inWindow`) is higher than its
 * listed paths': the raw-path list only holds the window's most frequent paths, so a route spread over
 * many ids (`/v1/orders/{id}/receipt`, one request each) is undercounted there. A template's regexp reads
 * `{id}` as any segment, so it can also match another template's paths: what is added never takes the
 * listed paths past the window's total.
 */
function setRouteHistory(evidence: Evidence, template: string, history: PathHistory, inWindow: number): void {
  const path = evidence.paths.find((p) => p.template === template);
  if (!path) return;
  path.history = history;
  const unlisted = Math.max(0, evidence.total - evidence.paths.reduce((sum, p) => sum + p.count, 0));
  path.count += Math.min(unlisted, Math.max(0, inWindow - path.count));
  evidence.paths.sort((a, b) => b.count - a.count);
}

/**
 * A route's requests per status (`status` buckets with their `last` request): a keyword status lists each
 * form (`"404"`, `"404 "`, `"404.0"`) apart, and they are one code (statusForms).
 */
function statusesOf(aggs: Aggs): Map<string, { count: number; last: number }> {
  const out = new Map<string, { count: number; last: number }>();
  for (const bk of buckets(aggs, 'status')) {
    const status = canonicalStatus(bucketKey(bk));
    const seen = out.get(status) ?? { count: 0, last: Number.NEGATIVE_INFINITY };
    out.set(status, { count: seen.count + bk.doc_count, last: Math.max(seen.last, metric(bk as Aggs, 'last') ?? Number.NEGATIVE_INFINITY) });
  }
  return out;
}

const isoOrNull = (ms: number | null): string | null => (ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString());

/** Routes read exactly: before and in the window told apart by a date range, each status with its last request. */
function applyPathHistory(evidence: Evidence, templates: readonly string[], response: SearchResponse): void {
  const read = aggsOf(response);
  const history = templates.length === 1 ? { t0: read } : keyedChildren(read, 'templates');
  templates.forEach((template, i) => {
    const aggs = history[`t${i}`];
    if (!aggs) return;
    const when = keyedChildren(aggs, 'when');
    const before = when.before ?? {};
    const statuses = [...statusesOf(before)];
    const okTimes = statuses.filter(([status]) => isSuccessStatus(Number(status))).map(([, v]) => v.last);
    const inWindow = statusesOf(when.window ?? {}).get(String(evidence.query.status))?.count ?? 0;
    const read: PathHistory = {
      byStatus: Object.fromEntries(statuses.map(([status, v]) => [status, v.count])),
      lastSuccess: isoOrNull(okTimes.length > 0 ? Math.max(...okTimes) : null),
      firstSeen: isoOrNull(metric(before, 'first')),
    };
    setRouteHistory(evidence, template, read, inWindow);
  });
}

/** Fewer sampled requests than this: a busy route's statuses are read from its earliest requests instead. */
export const MIN_ROUTE_SAMPLE = 50;

/** What the searches of a busy route read (see triageQueries `routeSampleSearch`). */
export interface BusyRouteRead {
  /** Its requests before the window, exact. */
  total: number;
  /** The sample's status buckets (counts already scaled up by Elasticsearch) and its size. */
  sample: Aggs;
  sampleDocs: number;
  /** Its earliest requests, [time ms, status] each, in time order. */
  earliest: ReadonlyArray<readonly number[]>;
  /** The window's start (epoch ms). */
  fromMs: number;
  /** Its last successful request in the LAST_SUCCESS_SPAN_MS before the window (epoch ms), exact; null: none then. */
  recentSuccess: number | null;
  /** Whether it succeeded at all in the GONE_AFTER_MS before the window (exact). */
  succeededWithin: boolean;
}

function countStatuses(rows: ReadonlyArray<readonly number[]>): Map<string, { count: number; last: number }> {
  const byStatus = new Map<string, { count: number; last: number }>();
  for (const [ms = Number.NaN, status = Number.NaN] of rows) {
    if (!Number.isFinite(status)) continue;
    const seen = byStatus.get(String(status)) ?? { count: 0, last: Number.NEGATIVE_INFINITY };
    byStatus.set(String(status), { count: seen.count + 1, last: Math.max(seen.last, Number.isFinite(ms) ? ms : Number.NEGATIVE_INFINITY) });
  }
  return byStatus;
}

/**
 * A busy route's last success: exact when it falls in the day before the window (nearly always, on a busy
 * route that works). Older, its time is what the sample or the earliest requests saw, held on the side of
 * the exact count of successes over the days that decide whether the route is gone: the count says
 * whether there was one, so "no success for days" is never a sample's guess.
 */
function lastSuccessOf(read: BusyRouteRead, seen: number | null): number | null {
  if (read.recentSuccess !== null) return read.recentSuccess;
  const dayBefore = read.fromMs - LAST_SUCCESS_SPAN_MS;
  const goneBefore = read.fromMs - GONE_AFTER_MS;
  // A success within the deciding days but not in the last one: it lies between them.
  if (read.succeededWithin) return Math.min(dayBefore - 1, Math.max(goneBefore + 1, seen ?? goneBefore + 1));
  return seen === null ? null : Math.min(seen, goneBefore - 1);
}

/**
 * A busy route's history. All its requests were read one by one when they were at most ROUTE_EARLIEST:
 * exact. Otherwise the statuses' shares come from the sample (from the earliest requests if the sample
 * holds fewer than MIN_ROUTE_SAMPLE), scaled to the exact count. The first request is exact, and whether
 * it succeeded lately (`lastSuccessOf`).
 */
export function busyRouteHistory(read: BusyRouteRead): PathHistory {
  const early = countStatuses(read.earliest);
  const firstSeen = isoOrNull(read.earliest[0]?.[0] ?? null);
  const complete = read.earliest.length < ROUTE_EARLIEST || read.total <= read.earliest.length;
  const sampled = statusesOf(read.sample);
  const shares = complete || read.sampleDocs < MIN_ROUTE_SAMPLE ? early : sampled;
  const seen = [...shares.values()].reduce((s, v) => s + v.count, 0);
  const scale = complete || seen === 0 ? 1 : read.total / seen;
  const okTimes = [...early, ...(complete ? [] : sampled)].filter(([status]) => isSuccessStatus(Number(status))).map(([, v]) => v.last);
  return {
    byStatus: Object.fromEntries([...shares].map(([status, v]) => [status, Math.round(v.count * scale)])),
    lastSuccess: isoOrNull(lastSuccessOf(read, okTimes.length > 0 ? Math.max(...okTimes) : null)),
    firstSeen,
  };
}

/** A busy route's searches; the last one's answer sets its history. */
function busyRouteSearches(scope: TriageScope, evidence: Evidence, template: string, sampling: Sampling): Search[] {
  let sample: SearchResponse | null = null;
  let earliest: SearchResponse | null = null;
  let recentSuccess: number | null = null;
  let succeededWithin = false;
  return [
    { body: routeSampleSearch(scope, template, sampling), apply: (res) => void (sample = res) },
    { body: routeEarliestSearch(scope, template), apply: (res) => void (earliest = res) },
    { body: routeLastSuccessSearch(scope, template), apply: (res) => void (recentSuccess = firstHitTime(res)) },
    { body: routeAnySuccessSearch(scope, template, GONE_AFTER_MS), apply: (res) => void (succeededWithin = totalHits(res) > 0) },
    {
      body: routeWindowCountSearch(scope, template),
      apply: (res) => {
        if (sample === null || earliest === null) return;
        const read = {
          total: totalHits(sample),
          sample: unsampled(sample),
          sampleDocs: docCount(aggsOf(sample), SAMPLE_AGG),
          earliest: sortRows(earliest),
          fromMs: scope.from,
          recentSuccess,
          succeededWithin,
        };
        setRouteHistory(evidence, template, busyRouteHistory(read), totalHits(res));
      },
    },
  ];
}

/** The routes of a snapshot of the window's requests (triageQueries `trafficSnapshotSearch`): how many of them each. */
export interface RouteTraffic {
  docs: number;
  byTemplate: Map<string, number>;
}

export function routeTrafficOf(paths: readonly string[]): RouteTraffic {
  const byTemplate = new Map<string, number>();
  for (const path of paths) {
    const template = routeTemplate(path);
    byTemplate.set(template, (byTemplate.get(template) ?? 0) + 1);
  }
  return { docs: paths.length, byTemplate };
}

/**
 * A route's requests in the window that decide how its history is read: its errors (exact), or, when its
 * share of the snapshot of the window's traffic times the service's requests would give it
 * BUSY_BY_TRAFFIC_ABOVE requests over the lookback, that estimate: a route that errs little but serves a
 * great deal is busy by its traffic.
 */
function windowRequestsOf(evidence: Evidence, template: string, traffic: RouteTraffic | null, windowMs: number): number {
  const errors = evidence.paths.find((p) => p.template === template)?.count ?? 0;
  if (traffic === null || traffic.docs === 0) return errors;
  const requests = ((traffic.byTemplate.get(template) ?? 0) / traffic.docs) * evidence.requests.total;
  const overLookback = (requests / Math.max(1, windowMs)) * HISTORY_DAYS * DAY_MS;
  return overLookback >= BUSY_BY_TRAFFIC_ABOVE ? Math.max(errors, requests) : errors;
}

/**
 * The routes' history: one search over them all on an ordinary service. On a busy one, each route on its
 * own (its pattern matched once, not twice as inside a search over them all), exactly, or, when the route
 * itself is busy by its errors or its traffic, from bounded searches (`busyRouteSearches`): a quiet route
 * is never judged from a sample ("never requested before" must be true), and Elasticsearch does not stop
 * an aggregation early.
 */
export function historySearches(scope: TriageScope, evidence: Evidence, templates: readonly string[], busy: boolean, policy: SamplingPolicy | null, traffic: RouteTraffic | null = null): Search[] {
  if (!busy) return [{ body: pathHistorySearch(scope, templates), apply: (res) => applyPathHistory(evidence, templates, res) }];
  const windowMs = scope.to - scope.from;
  return templates.flatMap((template): Search[] => {
    const sampling = routeSampling(policy, windowRequestsOf(evidence, template, traffic, windowMs), windowMs);
    if (sampling !== null) return busyRouteSearches(scope, evidence, template, sampling);
    return [{ body: routeHistorySearch(scope, template), apply: (res) => applyPathHistory(evidence, [template], res) }];
  });
}
