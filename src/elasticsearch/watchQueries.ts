import type { FieldMap } from '../config/fields';
import type { WindowCounts } from '../domain/spike';
import type { TriageStatus } from '../domain/types';
import { aggsOf, bucketKey, buckets, child, keyedChildren, SearchResponse } from './responses';
import { BASELINE_DAYS, baselineRanges, DAY_MS, Query, range, SearchBody } from './triageQueries';

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
 * buckets, mostly zeros: 18,000 buckets and 1.8 MB of JSON for 1,000 services).
 */
export function watchSearch(plan: WatchPlan): SearchBody {
  const { fields, statuses } = plan;
  const periods = watchPeriods(plan.to, plan.windowMs);
  const filter: Query[] = [
    { terms: { [fields.status]: statuses } },
    { bool: { should: periods.map((p) => range(fields.time, p.from, p.to)), minimum_should_match: 1 } },
  ];
  if (plan.services !== 'all') filter.unshift({ terms: { [fields.service]: plan.services } });
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
        aggs: { services: { terms: { field: fields.service, size, order: [{ _count: 'desc' }, { _key: 'asc' }] } } },
      },
    },
  };
}

export interface WatchCountsRead {
  counts: WindowCounts[];
  /** With `*`: services beyond the limit were not checked. */
  truncated: boolean;
}

/**
 * Counts per watched service and status. Watched services without a single document still appear
 * (all zeros), so a firing incident of a service that went silent can resolve.
 */
export function watchCounts(response: SearchResponse, plan: WatchPlan): WatchCountsRead {
  const cells = keyedChildren(aggsOf(response), 'cells');
  const counts = new Map<string, number>();
  const seen = new Map<string, number>();
  let truncated = false;
  for (const [key, cell] of Object.entries(cells)) {
    for (const b of buckets(cell, 'services')) {
      const service = bucketKey(b);
      counts.set(`${service}\u0000${key}`, b.doc_count);
      seen.set(service, (seen.get(service) ?? 0) + b.doc_count);
    }
    const other = child(cell, 'services').sum_other_doc_count;
    if (typeof other === 'number' && other > 0) truncated = true;
  }
  const names =
    plan.services === 'all' ? [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name) : plan.services;
  const at = (service: string, status: TriageStatus, period: string): number => counts.get(`${service}\u0000${cellKey(status, period)}`) ?? 0;
  const out: WindowCounts[] = [];
  for (const service of names) {
    for (const status of plan.statuses) {
      out.push({
        service,
        status,
        count: at(service, status, 'current'),
        perDay: Array.from({ length: BASELINE_DAYS }, (_, i) => at(service, status, `d${i + 1}`)),
        trailing24h: at(service, status, 'trailing'),
      });
    }
  }
  return { counts: out, truncated: plan.services === 'all' && truncated };
}
