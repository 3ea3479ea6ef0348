import type { FieldMap } from '../config/fields';
import { notableLag } from '../domain/baseline';
import type { WindowCounts } from '../domain/spike';
import type { TriageStatus } from '../domain/types';
import { aggsOf, bucketKey, buckets, child, docCount, keyedChildren, metric, SearchResponse } from './responses';
import { BASELINE_DAYS, baselineRanges, DAY_MS, presenceRanges, Query, range, SearchBody } from './triageQueries';

/**
 * The watcher's one search per tick: every watched service and status, the current window, the same
 * window on each previous day and the trailing 24 hours, as aggregations. Its cost grows with buckets,
 * not with round trips: one request whatever the number of services.
 */

/** With `WATCH_SERVICES=*`, the busiest services (per status and period) up to this many are watched. */
export const ALL_SERVICES_LIMIT = 1000;

export interface WatchPlan {
  /** Explicit names, or `all` for every service in the logs. */
  services: string[] | 'all';
  statuses: TriageStatus[];
  /** End of the current window (epoch ms, exclusive). */
  to: number;
  windowMs: number;
  fields: FieldMap;
  /** The whole index pattern is this one service (INDEX_SERVICE): counted without a service field. */
  singleService?: string | null;
}

/** `['*']` (or any `*` in the list) means all services; duplicates and blanks are dropped. */
export function watchedServices(names: readonly string[]): string[] | 'all' {
  if (names.some((n) => n.trim() === '*')) return 'all';
  return [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
}

export interface PeriodRange {
  key: string;
  from: number;
  to: number;
}

/** `current`, then `d1`…`d7` (the same window on previous days), then `trailing` (the 24 h before the window). */
export function watchPeriods(to: number, windowMs: number): PeriodRange[] {
  const from = to - windowMs;
  return [{ key: 'current', from, to }, ...baselineRanges(from, to), { key: 'trailing', from: from - DAY_MS, to: from }];
}

/** The key of one status × period cell in the tick's search (`404:current`, `403:d3`, …). */
export function cellKey(status: TriageStatus, period: string): string {
  return `${status}:${period}`;
}

/**
 * One `filters` cell per status and period, each with the services that have documents in it. Empty
 * services cost nothing this way (a terms-per-service layout returned services × statuses × periods
 * buckets, mostly zeros: 18,000 buckets and 1.8 MB of JSON for 1,000 services). Beside them, each
 * service's first document of any status around the baseline days (days before its logs begin are
 * missing, not zero: one bucket per service, where a cell per day cost seven) and the newest document
 * of the current window (how far ingestion lags).
 */
export function watchSearch(plan: WatchPlan): SearchBody {
  const { fields, statuses } = plan;
  const periods = watchPeriods(plan.to, plan.windowMs);
  const current = periods[0] as PeriodRange;
  const around = presenceRanges(current.from, current.to);
  const errors: Query = {
    bool: { filter: [{ terms: { [fields.status]: statuses } }, { bool: { should: periods.map((p) => range(fields.time, p.from, p.to)), minimum_should_match: 1 } }] },
  };
  const anyStatus: Query = { bool: { should: [current, ...around].map((p) => range(fields.time, p.from, p.to)), minimum_should_match: 1 } };
  const filter: Query[] = [{ bool: { should: [errors, anyStatus], minimum_should_match: 1 } }];
  const single = plan.singleService !== undefined && plan.singleService !== null;
  if (plan.services !== 'all' && !single) filter.unshift({ terms: { [fields.service]: plan.services } });
  const size = plan.services === 'all' ? ALL_SERVICES_LIMIT : Math.max(1, plan.services.length);
  const cells: Record<string, Query> = {};
  for (const status of statuses) {
    for (const p of periods) cells[cellKey(status, p.key)] = { bool: { filter: [{ term: { [fields.status]: status } }, range(fields.time, p.from, p.to)] } };
  }
  return {
    size: 0,
    // Totals are not needed; counting exactly would only cost time on big indices.
    track_total_hits: false,
    query: { bool: { filter } },
    aggs: {
      cells: {
        filters: { filters: cells },
        ...(single ? {} : { aggs: { services: { terms: { field: fields.service, size, order: [{ _count: 'desc' }, { _key: 'asc' }] } } } }),
      },
      newest: { filter: range(fields.time, current.from, current.to), aggs: { at: { max: { field: fields.time } } } },
      first_seen: {
        filter: { bool: { should: around.map((p) => range(fields.time, p.from, p.to)), minimum_should_match: 1 } },
        aggs: single ? { at: { min: { field: fields.time } } } : { services: { terms: { field: fields.service, size }, aggs: { at: { min: { field: fields.time } } } } },
      },
    },
  };
}

export interface WatchCountsRead {
  counts: WindowCounts[];
  /** With `*`: services beyond the limit were not checked. */
  truncated: boolean;
}

/** Per cell, the count of each service (one synthetic service when the index pattern is the service). */
function cellCounts(response: SearchResponse, plan: WatchPlan): { counts: Map<string, number>; seen: Map<string, number>; truncated: boolean } {
  const cells = keyedChildren(aggsOf(response), 'cells');
  const counts = new Map<string, number>();
  const seen = new Map<string, number>();
  let truncated = false;
  const single = plan.singleService ?? null;
  for (const [key, cell] of Object.entries(cells)) {
    const perService = single !== null ? [{ service: single, count: typeof cell.doc_count === 'number' ? cell.doc_count : 0 }] : buckets(cell, 'services').map((b) => ({ service: bucketKey(b), count: b.doc_count }));
    for (const { service, count } of perService) {
      if (count === 0) continue;
      counts.set(`${service}\u0000${key}`, count);
      seen.set(service, (seen.get(service) ?? 0) + count);
    }
    const other = child(cell, 'services').sum_other_doc_count;
    if (typeof other === 'number' && other > 0) truncated = true;
  }
  return { counts, seen, truncated };
}

/** Each service's first document (any status) around the baseline days. */
function firstSeenBy(response: SearchResponse, single: string | null): Map<string, number> {
  const agg = child(aggsOf(response), 'first_seen');
  if (single !== null) {
    const at = metric(agg, 'at');
    return at === null ? new Map() : new Map([[single, at]]);
  }
  return new Map(buckets(agg, 'services').flatMap((b) => {
    const at = metric(b as Record<string, unknown>, 'at');
    return at === null ? [] : [[bucketKey(b), at] as [string, number]];
  }));
}

/**
 * Counts per watched service and status. Watched services without a single document still appear
 * (all zeros), so a firing incident of a service that went silent can resolve.
 */
export function watchCounts(response: SearchResponse, plan: WatchPlan): WatchCountsRead {
  const { counts, seen, truncated } = cellCounts(response, plan);
  const single = plan.singleService ?? null;
  const names =
    single !== null
      ? [single]
      : plan.services === 'all'
        ? [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name)
        : plan.services;
  const at = (service: string, key: string): number => counts.get(`${service}\u0000${key}`) ?? 0;
  const newest = metric(child(aggsOf(response), 'newest'), 'at');
  const hasNewest = docCount(aggsOf(response), 'newest') > 0 && newest !== null;
  const lagMs = notableLag(hasNewest ? Math.max(0, plan.to - (newest as number)) : null, docCount(aggsOf(response), 'newest'), plan.windowMs);
  const firstSeen = firstSeenBy(response, single);
  const around = presenceRanges(plan.to - plan.windowMs, plan.to);
  const out: WindowCounts[] = [];
  for (const service of names) {
    // A day counts from the service's first document around the baseline days on (the logs had begun).
    const first = firstSeen.get(service);
    const present = (day: number): boolean => first !== undefined && first < (around[day - 1]?.to ?? 0);
    for (const status of plan.statuses) {
      out.push({
        service,
        status,
        count: at(service, cellKey(status, 'current')),
        perDay: Array.from({ length: BASELINE_DAYS }, (_, i) => (present(i + 1) ? at(service, cellKey(status, `d${i + 1}`)) : null)),
        trailing24h: at(service, cellKey(status, 'trailing')),
        // The trailing day starts where yesterday's window does: logs around it mean the day is covered.
        trailingCovered: present(1),
        lagMs,
      });
    }
  }
  return { counts: out, truncated: plan.services === 'all' && single === null && truncated };
}
