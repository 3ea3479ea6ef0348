import type { FieldMap } from '../config/fields';
import { notableLag } from '../domain/baseline';
import type { WindowCounts } from '../domain/spike';
import type { TriageStatus } from '../domain/types';
import { z } from 'zod';
import { AppError, ErrorCode } from '../errors';
import { aggsOf, child, docCount, metric, SearchResponse } from './responses';
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

// The parts of the tick's answer it reads, each checked by one schema built once: a tick parses a
// few thousand buckets, and per-bucket parsing calls (and string keys per service and cell) were most
// of its CPU at 1,000 services.
const termsBucket = z.object({ key: z.union([z.string(), z.number()]), key_as_string: z.string().optional(), doc_count: z.number() });
const cellsAgg = z.object({
  buckets: z.record(z.string(), z.object({ doc_count: z.number(), services: z.object({ buckets: z.array(termsBucket), sum_other_doc_count: z.number().optional() }).optional() })),
});
const timeMetric = z.object({ value: z.number().nullable() });
const firstSeenAgg = z.object({
  at: timeMetric.optional(),
  services: z.object({ buckets: z.array(termsBucket.extend({ at: timeMetric })) }).optional(),
});

function parsePart<T>(schema: z.ZodType<T>, value: unknown, name: string): T | null {
  if (value === undefined) return null;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError(ErrorCode.ElasticsearchUnexpected, `Elasticsearch answered in an unexpected shape (${name})`, { cause: parsed.error });
  return parsed.data;
}

function keyOf(b: z.infer<typeof termsBucket>): string {
  return typeof b.key === 'number' && b.key_as_string === undefined ? String(b.key) : b.key_as_string ?? String(b.key);
}

/** Where each cell's count sits in a service's row: status-major, periods in `watchPeriods` order. */
function cellIndex(plan: WatchPlan): Map<string, number> {
  const periods = watchPeriods(plan.to, plan.windowMs);
  const index = new Map<string, number>();
  plan.statuses.forEach((status, s) => periods.forEach((p, i) => index.set(cellKey(status, p.key), s * periods.length + i)));
  return index;
}

interface CellRows {
  /** Per service, its count in every cell (see `cellIndex`); services without documents have no row. */
  rows: Map<string, number[]>;
  /** Per service, its documents over all cells (the busiest first when every service is watched). */
  seen: Map<string, number>;
  truncated: boolean;
}

/** Per service, the count of each cell (one synthetic service when the index pattern is the service). */
function cellCounts(response: SearchResponse, plan: WatchPlan): CellRows {
  const cells = parsePart(cellsAgg, aggsOf(response).cells, 'cells')?.buckets ?? {};
  const index = cellIndex(plan);
  const rows = new Map<string, number[]>();
  const seen = new Map<string, number>();
  let truncated = false;
  const single = plan.singleService ?? null;
  const add = (service: string, at: number, count: number): void => {
    let row = rows.get(service);
    if (row === undefined) rows.set(service, (row = new Array<number>(index.size).fill(0)));
    row[at] = count;
    seen.set(service, (seen.get(service) ?? 0) + count);
  };
  for (const [key, cell] of Object.entries(cells)) {
    const at = index.get(key);
    if (at === undefined) continue;
    if (single !== null) {
      if (cell.doc_count > 0) add(single, at, cell.doc_count);
      continue;
    }
    for (const b of cell.services?.buckets ?? []) if (b.doc_count > 0) add(keyOf(b), at, b.doc_count);
    if ((cell.services?.sum_other_doc_count ?? 0) > 0) truncated = true;
  }
  return { rows, seen, truncated };
}

/** Each service's first document (any status) around the baseline days. */
function firstSeenBy(response: SearchResponse, single: string | null): Map<string, number> {
  const agg = parsePart(firstSeenAgg, aggsOf(response).first_seen, 'first_seen');
  const out = new Map<string, number>();
  if (agg === null) return out;
  if (single !== null) {
    const at = agg.at?.value ?? null;
    if (at !== null) out.set(single, at);
    return out;
  }
  for (const b of agg.services?.buckets ?? []) if (b.at.value !== null) out.set(keyOf(b), b.at.value);
  return out;
}

/** How many of the baseline days (from the most recent) the service had logged around: days before its logs begin are missing. */
function daysPresent(first: number | undefined, around: ReadonlyArray<{ to: number }>): number {
  if (first === undefined) return 0;
  let days = 0;
  // A day counts from the service's first document around the baseline days on (the logs had begun).
  for (let day = 1; day <= BASELINE_DAYS; day++) if (first < (around[day - 1]?.to ?? 0)) days = day;
  return days;
}

/**
 * Counts per watched service and status. Watched services without a single document still appear
 * (all zeros), so a firing incident of a service that went silent can resolve.
 */
export function watchCounts(response: SearchResponse, plan: WatchPlan): WatchCountsRead {
  const { rows, seen, truncated } = cellCounts(response, plan);
  const single = plan.singleService ?? null;
  const names =
    single !== null
      ? [single]
      : plan.services === 'all'
        ? [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name)
        : plan.services;
  const newest = metric(child(aggsOf(response), 'newest'), 'at');
  const hasNewest = docCount(aggsOf(response), 'newest') > 0 && newest !== null;
  const lagMs = notableLag(hasNewest ? Math.max(0, plan.to - (newest as number)) : null, docCount(aggsOf(response), 'newest'), plan.windowMs);
  const firstSeen = firstSeenBy(response, single);
  const around = presenceRanges(plan.to - plan.windowMs, plan.to);
  const width = watchPeriods(plan.to, plan.windowMs).length;
  const empty = new Array<number>(width * plan.statuses.length).fill(0);
  const out: WindowCounts[] = [];
  for (const service of names) {
    const row = rows.get(service) ?? empty;
    const present = daysPresent(firstSeen.get(service), around);
    plan.statuses.forEach((status, s) => {
      const base = s * width;
      const perDay = new Array<number | null>(BASELINE_DAYS);
      for (let i = 0; i < BASELINE_DAYS; i++) perDay[i] = i < present ? (row[base + 1 + i] as number) : null;
      // The trailing day starts where yesterday's window does: logs around it mean the day is covered.
      out.push({ service, status, count: row[base] as number, perDay, trailing24h: row[base + width - 1] as number, trailingCovered: present >= 1, lagMs });
    });
  }
  return { counts: out, truncated: plan.services === 'all' && single === null && truncated };
}
