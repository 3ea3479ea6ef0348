import type { FieldMap } from '../config/fields';
import { lagDocsThatMatter, notableLag } from '../domain/baseline';
import type { WindowCounts } from '../domain/spike';
import type { TriageStatus } from '../domain/types';
import { z } from 'zod';
import { AppError, ErrorCode } from '../errors';
import { canonicalStatus, statusAggSize, statusesQuery } from './statusForms';
import { aggsOf, firstHitTime, SearchResponse, totalHits } from './responses';
import { BASELINE_DAYS, baselineRanges, DAY_MS, presenceRanges, Query, range, SearchBody } from './triageQueries';

/**
 * The watcher's searches per tick, sent as one request: every watched service and status, the current
 * window, the same window on each previous day and the trailing 24 hours. Their cost grows with buckets
 * and with the documents of the periods they read, not with round trips: one request whatever the number
 * of services.
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
  /** How the logs store a status: numbers, or strings such as "404" (default number). */
  statusKind?: 'number' | 'keyword';
  /** False where the cluster refuses regexp queries: a keyword status is matched by its listed forms (statusForms). */
  regexps?: boolean;
  /**
   * Services found busy by an earlier tick (`WatchCountsRead.readAlone`): their first document around the
   * baseline days comes from a sorted search of their own. Only a cost hint: the answer is the same.
   */
  readAlone?: readonly string[];
  /**
   * Services whose first document around the baseline days an earlier tick read (`WatchCountsRead.firsts`)
   * and still trusts (see `PresenceMemory`): they are not read again, and their remembered time is used.
   */
  knownFirsts?: ReadonlyMap<string, number>;
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
 * A service whose documents around the baseline days number at least this many is read alone on the next
 * tick (`WatchPlan.readAlone`): its first document is then found by a sorted search that stops early,
 * instead of aggregating every one of its requests (a busy service logs millions around those days).
 */
export const BUSY_AROUND_DOCS = 20_000;
/** At most this many services are read alone: each costs a search of its own in the tick's request. */
export const MAX_READ_ALONE = 20;

/**
 * The tick's searches, sent together in one request (with the state read: services/watch). Each reads
 * the doc values of the documents its query matches, and nothing else: no filter marks every matching
 * document of the whole index (a `filters` cell per status and period did, 30–80 ms each on 20 M
 * documents, for every tick whatever services it watched). What still grows with a service's traffic:
 * the counts read each of its 403s and 404s in the periods (the trailing day's are most of them), and
 * presence reads every request around the baseline days of a service not (yet) read alone.
 */
export interface WatchSearch {
  /** Target-status requests per period, status and service. */
  counts: SearchBody;
  /** The newest document of the current window (how far ingestion lags) and how many there are, up to a cap. */
  newest: SearchBody;
  /** Each service's first document around the baseline days, aggregated; null when none is left to aggregate. */
  presence: SearchBody | null;
  /** The first document around the baseline days of each service read alone (sorted, it stops early). */
  firsts: Array<{ service: string; body: SearchBody }>;
}

/** The first document of `service` (null: the whole index pattern) in `ranges`, by a search sorted on time. */
function firstDocumentSearch(fields: FieldMap, service: string | null, ranges: readonly PeriodRange[]): SearchBody {
  const filter: Query[] = [anyOf(fields, ranges)];
  if (service !== null) filter.unshift({ term: { [fields.service]: service } });
  return {
    size: 1,
    _source: false,
    track_total_hits: false,
    sort: [{ [fields.time]: { order: 'asc', format: 'strict_date_optional_time' } }],
    query: { bool: { filter } },
  };
}

function anyOf(fields: FieldMap, ranges: readonly PeriodRange[]): Query {
  return { bool: { should: ranges.map((p) => range(fields.time, p.from, p.to)), minimum_should_match: 1 } };
}

const HOUR_MS = 3_600_000;

/** The periods widened to whole hours, overlaps merged, oldest first. */
export function wholeHours(periods: readonly PeriodRange[]): PeriodRange[] {
  const widened = periods.map((p) => ({ from: Math.floor(p.from / HOUR_MS) * HOUR_MS, to: Math.ceil(p.to / HOUR_MS) * HOUR_MS })).sort((x, y) => x.from - y.from);
  const merged: Array<{ from: number; to: number }> = [];
  for (const h of widened) {
    const last = merged[merged.length - 1];
    if (last !== undefined && h.from <= last.to) last.to = Math.max(last.to, h.to);
    else merged.push({ ...h });
  }
  return merged.map((h, i) => ({ key: `hours${i}`, ...h }));
}

/**
 * The target-status requests of the periods' whole hours, as a query: it changes twice an hour, not every
 * tick, so Elasticsearch's query cache keeps what it matched (its own advice: search rounded dates) instead
 * of walking every 403 and 404 of the index's days again each tick (281 k of them on the bench's 20 M
 * documents, for a trailing day that holds 49 k). The counts are of the exact periods: the date_range
 * aggregation leaves out the minutes around them.
 */
function targetRequests(plan: WatchPlan, periods: readonly PeriodRange[]): Query {
  return { bool: { filter: [statusesQuery(plan.fields.status, plan.statusKind, plan.statuses, plan.regexps !== false), anyOf(plan.fields, wholeHours(periods))] } };
}

/**
 * Per period (`date_range` over the time field's doc values), per status, the services with documents.
 * Empty services cost nothing this way (a terms-per-service layout returned services × statuses × periods
 * buckets, mostly zeros: 18,000 buckets and 1.8 MB of JSON for 1,000 services).
 */
function countsSearch(plan: WatchPlan, periods: readonly PeriodRange[], serviceFilter: Query[], size: number): SearchBody {
  const { fields } = plan;
  const services = { terms: { field: fields.service, size, order: [{ _count: 'desc' }, { _key: 'asc' }] } };
  return {
    size: 0,
    // Totals are not needed; counting exactly would only cost time on big indices.
    track_total_hits: false,
    query: { bool: { filter: [...serviceFilter, targetRequests(plan, periods)] } },
    aggs: {
      cells: {
        date_range: { field: fields.time, format: 'epoch_millis', keyed: true, ranges: periods.map((p) => ({ key: p.key, from: p.from, to: p.to })) },
        aggs: { statuses: { terms: { field: fields.status, size: statusAggSize(plan.statusKind, plan.statuses.length) }, ...(isSingle(plan) ? {} : { aggs: { services } }) } },
      },
    },
  };
}

function isSingle(plan: WatchPlan): boolean {
  return plan.singleService !== undefined && plan.singleService !== null;
}

/**
 * The watcher's searches for one tick: every watched service and status, the current window, the same
 * window on each previous day and the trailing 24 hours; the newest document of the window; each
 * service's first document around the baseline days (days before its logs begin are missing, not zero).
 * Busy services named in `readAlone` get that first document from a sorted search of their own.
 */
export function watchSearch(plan: WatchPlan): WatchSearch {
  const { fields } = plan;
  const periods = watchPeriods(plan.to, plan.windowMs);
  const current = periods[0] as PeriodRange;
  const around = presenceRanges(current.from, current.to);
  const single = isSingle(plan);
  const named = plan.services !== 'all' && !single ? plan.services : null;
  const serviceFilter: Query[] = named === null ? [] : [{ terms: { [fields.service]: named } }];
  const size = plan.services === 'all' ? ALL_SERVICES_LIMIT : Math.max(1, plan.services.length);
  const newest: SearchBody = {
    size: 1,
    _source: false,
    // Beyond this many documents the count no longer changes whether a lag is worth a word.
    track_total_hits: lagDocsThatMatter(plan.windowMs),
    sort: [{ [fields.time]: { order: 'desc', format: 'strict_date_optional_time' } }],
    query: { bool: { filter: [...serviceFilter, range(fields.time, current.from, current.to)] } },
  };
  const counts = countsSearch(plan, periods, serviceFilter, size);
  const known = plan.knownFirsts ?? new Map<string, number>();
  if (single) {
    const service = plan.singleService as string;
    return { counts, newest, presence: null, firsts: known.has(service) ? [] : [{ service, body: firstDocumentSearch(fields, null, around) }] };
  }
  const alone = [...new Set(plan.readAlone ?? [])].filter((s) => (named === null || named.includes(s)) && !known.has(s)).slice(0, MAX_READ_ALONE);
  const rest = named === null ? null : named.filter((s) => !alone.includes(s) && !known.has(s));
  const firsts = alone.map((service) => ({ service, body: firstDocumentSearch(fields, service, around) }));
  if (rest !== null && rest.length === 0) return { counts, newest, presence: null, firsts };
  const skipped = [...alone, ...(named === null ? known.keys() : [])];
  const restFilter: Query[] = rest !== null ? [{ terms: { [fields.service]: rest } }] : skipped.length > 0 ? [{ bool: { must_not: [{ terms: { [fields.service]: skipped } }] } }] : [];
  const presence: SearchBody = {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter: [...restFilter, anyOf(fields, around)] } },
    aggs: { services: { terms: { field: fields.service, size }, aggs: { at: { min: { field: fields.time } } } } },
  };
  return { counts, newest, presence, firsts };
}

/** The searches of a tick in the order they are sent, and back: `watchAnswers` reads the answers in that order. */
export function watchBodies(search: WatchSearch): SearchBody[] {
  return [search.counts, search.newest, ...(search.presence === null ? [] : [search.presence]), ...search.firsts.map((f) => f.body)];
}

/** The answers of a tick's searches, by part. */
export interface WatchAnswers {
  counts: SearchResponse;
  newest: SearchResponse;
  presence: SearchResponse | null;
  /** Per service read alone, its first document's answer. */
  firsts: Map<string, SearchResponse>;
}

export function watchAnswers(search: WatchSearch, responses: readonly SearchResponse[]): WatchAnswers {
  const expected = watchBodies(search).length;
  if (responses.length !== expected) throw new AppError(ErrorCode.ElasticsearchUnexpected, `Elasticsearch answered ${responses.length} of ${expected} searches`);
  const [counts, newest] = responses as [SearchResponse, SearchResponse];
  const presence = search.presence === null ? null : (responses[2] as SearchResponse);
  const offset = search.presence === null ? 2 : 3;
  return { counts, newest, presence, firsts: new Map(search.firsts.map((f, i) => [f.service, responses[offset + i] as SearchResponse])) };
}

export interface WatchCountsRead {
  counts: WindowCounts[];
  /** With `*`: services beyond the limit were not checked. */
  truncated: boolean;
  /** The services the next tick should read alone (`WatchPlan.readAlone`): busy around the baseline days. */
  readAlone: string[];
  /** Each service's first document around the baseline days, as read by this tick (not the remembered ones). */
  firsts: Map<string, number>;
}

// The parts of the tick's answer it reads, each checked by one schema built once: a tick parses a
// few thousand buckets, and per-bucket parsing calls (and string keys per service and cell) were most
// of its CPU at 1,000 services.
const termsBucket = z.object({ key: z.union([z.string(), z.number()]), key_as_string: z.string().optional(), doc_count: z.number() });
const servicesAgg = z.object({ buckets: z.array(termsBucket), sum_other_doc_count: z.number().optional() });
const cellsAgg = z.object({
  buckets: z.record(z.string(), z.object({ statuses: z.object({ buckets: z.array(termsBucket.extend({ services: servicesAgg.optional() })) }).optional() })),
});
const presenceAgg = z.object({ buckets: z.array(termsBucket.extend({ at: z.object({ value: z.number().nullable() }) })) });

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

/** Per service, the count of each status × period cell (one synthetic service when the index pattern is the service). */
function cellCounts(response: SearchResponse, plan: WatchPlan): CellRows {
  const periods = parsePart(cellsAgg, aggsOf(response).cells, 'cells')?.buckets ?? {};
  const index = cellIndex(plan);
  const rows = new Map<string, number[]>();
  const seen = new Map<string, number>();
  let truncated = false;
  const single = plan.singleService ?? null;
  // A keyword status lists each of its forms (`"404"`, `"404 "`) apart: they add up in the code's cell.
  const add = (service: string, at: number, count: number): void => {
    let row = rows.get(service);
    if (row === undefined) rows.set(service, (row = new Array<number>(index.size).fill(0)));
    row[at] = (row[at] ?? 0) + count;
    seen.set(service, (seen.get(service) ?? 0) + count);
  };
  for (const [period, cell] of Object.entries(periods)) {
    for (const status of cell.statuses?.buckets ?? []) {
      const at = index.get(`${canonicalStatus(keyOf(status))}:${period}`);
      if (at === undefined) continue;
      if (single !== null) {
        if (status.doc_count > 0) add(single, at, status.doc_count);
        continue;
      }
      for (const b of status.services?.buckets ?? []) if (b.doc_count > 0) add(keyOf(b), at, b.doc_count);
      if ((status.services?.sum_other_doc_count ?? 0) > 0) truncated = true;
    }
  }
  return { rows, seen, truncated };
}

interface Presence {
  /** Each service's first document (any status) around the baseline days. */
  first: Map<string, number>;
  /** Services busy around the baseline days, to read alone next time. */
  busy: string[];
}

function presenceOf(answers: WatchAnswers): Presence {
  const first = new Map<string, number>();
  const busy: string[] = [];
  for (const [service, response] of answers.firsts) {
    const at = firstHitTime(response);
    if (at !== null) first.set(service, at);
    // Once read alone, a service stays so: its sorted search costs little whatever its traffic.
    busy.push(service);
  }
  const agg = answers.presence === null ? null : parsePart(presenceAgg, aggsOf(answers.presence).services, 'presence');
  for (const b of agg?.buckets ?? []) {
    if (b.at.value !== null) first.set(keyOf(b), b.at.value);
    if (b.doc_count >= BUSY_AROUND_DOCS) busy.push(keyOf(b));
  }
  return { first, busy: busy.slice(0, MAX_READ_ALONE) };
}

/** How far ingestion lags the window's end, when notably (see domain/baseline `notableLag`). */
function lagOf(answers: WatchAnswers, plan: WatchPlan): number | null {
  const newest = firstHitTime(answers.newest);
  return notableLag(newest === null ? null : Math.max(0, plan.to - newest), totalHits(answers.newest), plan.windowMs);
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
export function watchCounts(answers: WatchAnswers, plan: WatchPlan): WatchCountsRead {
  const { rows, seen, truncated } = cellCounts(answers.counts, plan);
  const single = plan.singleService ?? null;
  const names =
    single !== null
      ? [single]
      : plan.services === 'all'
        ? [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name)
        : plan.services;
  const lagMs = lagOf(answers, plan);
  const presence = presenceOf(answers);
  const firstOf = (service: string): number | undefined => presence.first.get(service) ?? plan.knownFirsts?.get(service);
  const around = presenceRanges(plan.to - plan.windowMs, plan.to);
  const width = watchPeriods(plan.to, plan.windowMs).length;
  const empty = new Array<number>(width * plan.statuses.length).fill(0);
  const out: WindowCounts[] = [];
  for (const service of names) {
    const row = rows.get(service) ?? empty;
    const present = daysPresent(firstOf(service), around);
    plan.statuses.forEach((status, s) => {
      const base = s * width;
      const perDay = new Array<number | null>(BASELINE_DAYS);
      for (let i = 0; i < BASELINE_DAYS; i++) perDay[i] = i < present ? (row[base + 1 + i] as number) : null;
      // The trailing day starts where yesterday's window does: logs around it mean the day is covered.
      out.push({ service, status, count: row[base] as number, perDay, trailing24h: row[base + width - 1] as number, trailingCovered: present >= 1, lagMs });
    });
  }
  return { counts: out, truncated: plan.services === 'all' && single === null && truncated, readAlone: single === null ? stillAlone(presence.busy, plan) : [], firsts: presence.first };
}

/**
 * The services the next tick reads alone: those found busy now, and those read alone before that this tick
 * did not read at all because it remembered their first document — still busy, and when the memory ends
 * they must be read alone again, not aggregated with every request they logged around the baseline days.
 */
function stillAlone(busy: readonly string[], plan: WatchPlan): string[] {
  const remembered = (plan.readAlone ?? []).filter((s) => plan.knownFirsts?.has(s) === true);
  return [...new Set([...busy, ...remembered])].slice(0, MAX_READ_ALONE);
}
