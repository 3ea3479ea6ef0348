import type { FieldMap } from '../config/fields';
import type { WindowCounts } from '../domain/spike';
import type { TriageStatus } from '../domain/types';
import { Aggs, aggsOf, bucketKey, buckets, child, keyedChildren, keyedCounts, SearchResponse } from './responses';
import { BASELINE_DAYS, baselineRanges, DAY_MS, Query, range, SearchBody } from './triageQueries';

/**
 * The watcher's one search per tick: every watched service and status, the current window, the same
 * window on each previous day and the trailing 24 hours, as aggregations. Its cost grows with buckets,
 * not with round trips: one request whatever the number of services.
 */

/** With `WATCH_SERVICES=*`, the busiest services up to this many are watched (9 ranges × 2 statuses each stays far under `search.max_buckets`). */
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

export function watchSearch(plan: WatchPlan): SearchBody {
  const { fields, statuses } = plan;
  const periods = watchPeriods(plan.to, plan.windowMs);
  const filter: Query[] = [
    { terms: { [fields.status]: statuses } },
    { bool: { should: periods.map((p) => range(fields.time, p.from, p.to)), minimum_should_match: 1 } },
  ];
  if (plan.services !== 'all') filter.unshift({ terms: { [fields.service]: plan.services } });
  const size = plan.services === 'all' ? ALL_SERVICES_LIMIT : Math.max(1, plan.services.length);
  return {
    size: 0,
    // Totals are not needed; counting exactly would only cost time on big indices.
    track_total_hits: false,
    query: { bool: { filter } },
    aggs: {
      services: {
        terms: { field: fields.service, size, order: [{ _count: 'desc' }, { _key: 'asc' }] },
        aggs: {
          statuses: {
            // `filters` (not `terms`) so that every status answers, even with zero documents.
            filters: { filters: Object.fromEntries(statuses.map((s) => [String(s), { term: { [fields.status]: s } }])) },
            aggs: {
              periods: {
                date_range: {
                  field: fields.time,
                  format: 'epoch_millis',
                  keyed: true,
                  ranges: periods.map((p) => ({ key: p.key, from: p.from, to: p.to })),
                },
              },
            },
          },
        },
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
  const aggs = aggsOf(response);
  const byService = new Map<string, Aggs>();
  for (const b of buckets(aggs, 'services')) byService.set(bucketKey(b), b as Aggs);
  const names = plan.services === 'all' ? [...byService.keys()] : plan.services;
  const counts: WindowCounts[] = [];
  for (const service of names) {
    const statuses = keyedChildren(byService.get(service) ?? {}, 'statuses');
    for (const status of plan.statuses) {
      const periods = keyedCounts(statuses[String(status)] ?? {}, 'periods');
      counts.push({
        service,
        status,
        count: periods.current ?? 0,
        perDay: Array.from({ length: BASELINE_DAYS }, (_, i) => periods[`d${i + 1}`] ?? 0),
        trailing24h: periods.trailing ?? 0,
      });
    }
  }
  const other = child(aggs, 'services').sum_other_doc_count;
  return { counts, truncated: plan.services === 'all' && typeof other === 'number' && other > 0 };
}
