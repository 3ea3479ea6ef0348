/**
 * The expected count for a window, from the same window on previous days and the trailing 24 hours: one
 * definition for triage and the watcher. A median, so that one bad day last week does not make today's
 * incident look normal. A period with no logs at all (before the logs begin, an ingest gap) is missing,
 * not zero: the median rests only on the periods with data, and with none there is no baseline yet.
 */

const DAY_MS = 86_400_000;

export interface BaselineInput {
  /** Target-status count on each previous day, most recent first; null where the service logged nothing around it. */
  perDay: ReadonlyArray<number | null>;
  /** The 24 h before the window: its count and how much of it the logs cover (null: not covered at all). */
  trailing: { count: number; coveredMs: number } | null;
  windowMs: number;
}

export interface BaselineLevel {
  /** Expected count for the window; null when no period has data. */
  expected: number | null;
  /** How many periods the level rests on (days with data, plus the trailing day when covered). */
  periods: number;
  /** The trailing day's count scaled to a full day (its rate), null when not covered. */
  trailingPerDay: number | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The trailing day counts once it covers at least a window's length (a rate from a few minutes is noise). */
export function baselineLevel(input: BaselineInput): BaselineLevel {
  const samples = input.perDay.filter((n): n is number => n !== null);
  const trailing = input.trailing !== null && input.trailing.coveredMs >= Math.min(input.windowMs, DAY_MS) ? input.trailing : null;
  const trailingPerDay = trailing === null ? null : (trailing.count * DAY_MS) / Math.min(trailing.coveredMs, DAY_MS);
  if (trailingPerDay !== null) samples.push((trailingPerDay * input.windowMs) / DAY_MS);
  if (samples.length === 0) return { expected: null, periods: 0, trailingPerDay };
  return { expected: Math.round(median(samples) * 10) / 10, periods: samples.length, trailingPerDay };
}

export function spikeRatio(total: number, expected: number | null): number | null {
  if (expected === null || expected <= 0) return null;
  return Math.round((total / expected) * 10) / 10;
}

/**
 * Logs arrive late: when the newest indexed document is `lagMs` old, the last part of a window ending now
 * is not counted yet. The share of the window that is, so expectations compare like with like.
 */
export function indexedShare(windowMs: number, lagMs: number | null): number {
  if (lagMs === null || lagMs <= 0) return 1;
  return Math.max(0, Math.min(1, (windowMs - lagMs) / windowMs));
}

/** Below this, a newest document's age is not worth a word. */
export const LAG_NOTICE_MS = 30_000;

/**
 * How far ingestion really lags, or null when it does not: the newest document's age counts only when it
 * is well beyond the usual gap between documents (`docs` seen over `spanMs`). A quiet index whose last
 * request came a minute ago is quiet, not behind.
 */
export function notableLag(lagMs: number | null, docs: number, spanMs: number): number | null {
  if (lagMs === null) return null;
  const usualGap = spanMs / Math.max(1, docs);
  return lagMs >= Math.max(LAG_NOTICE_MS, 3 * usualGap) ? lagMs : null;
}

/**
 * How many documents over `spanMs` decide `notableLag`: with at least this many the usual gap is a third of
 * LAG_NOTICE_MS or less, so the threshold is LAG_NOTICE_MS whatever the count. Counting further is waste.
 */
export function lagDocsThatMatter(spanMs: number): number {
  return Math.max(1, Math.ceil((3 * spanMs) / LAG_NOTICE_MS));
}
