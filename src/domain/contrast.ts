/**
 * Contrast over every field (what Kibana's log rate analysis and Honeycomb's BubbleUp show): which values
 * are over-represented among the window's 403s/404s compared with the service's normal traffic (its
 * successful requests in the same window). Pure: counts in, ranked findings out.
 */

export interface ContrastCandidate {
  field: string;
  value: string;
  /** Target-status requests in the window with this value. */
  count: number;
  /** Successful requests of the service in the window with this value. */
  baselineCount: number;
}

export interface ContrastFinding {
  field: string;
  value: string;
  /** Share of the window's target-status requests with this value. */
  share: number;
  /** Share of the service's successful requests in the window with this value. */
  baselineShare: number;
  count: number;
}

/** A value must carry at least this share of the errors to be worth a line. */
export const CONTRAST_MIN_SHARE = 0.2;
/** …and be at least this many times more common among them than in normal traffic. */
export const CONTRAST_MIN_LIFT = 2;
export const CONTRAST_MAX = 8;
/** Below this many errors every value is "100% of these": no contrast is drawn from one or two. */
export const CONTRAST_MIN_TOTAL = 5;

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * The values over-represented among the errors, strongest first (largest difference of shares). One
 * line per value; a value that stands for the same requests under two fields (`agent` and its copy) is
 * shown once, under the first field.
 */
export function rankContrast(candidates: readonly ContrastCandidate[], total: number, baselineTotal: number): ContrastFinding[] {
  if (total < CONTRAST_MIN_TOTAL) return [];
  const findings = candidates
    .map((c) => ({ field: c.field, value: c.value, count: c.count, share: round(c.count / total), baselineShare: baselineTotal > 0 ? round(c.baselineCount / baselineTotal) : 0 }))
    .filter((f) => f.share >= CONTRAST_MIN_SHARE && (f.baselineShare === 0 || f.share / f.baselineShare >= CONTRAST_MIN_LIFT))
    .sort((a, b) => b.share - b.baselineShare - (a.share - a.baselineShare) || a.field.localeCompare(b.field) || a.value.localeCompare(b.value));
  const seen = new Set<string>();
  const out: ContrastFinding[] = [];
  for (const f of findings) {
    const key = `${f.value}\u0000${f.count}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
    if (out.length === CONTRAST_MAX) break;
  }
  return out;
}

/** Fields never worth contrasting: per-request ids, times, raw lines, and anything that may hold a secret. */
const SKIP =
  /(^|[._@-])(uuid|guid|(trace|span|transaction|request|req|correlation|event|log)[._]?id|offset|timestamp|time|date|time_local|time_iso8601|message|original|hash|checksum|seq|sequence)(\.keyword)?$|authorization|cookie|token|secret|password|passwd|api[_-]?key|session|signature/i;

/**
 * The fields a contrast reads: at most `max`; the roles' resolved fields (`prefer`, any aggregatable type)
 * always, first; never those in `exclude` (the status itself, time, sizes: the fields that say nothing
 * about who or what, even when a pipeline stored them as strings).
 */
export function contrastFields(keywordFields: readonly string[], prefer: readonly string[], max = 40, exclude: readonly string[] = []): string[] {
  const preferred = [...new Set(prefer)].filter((f) => !exclude.includes(f));
  const rest = keywordFields.filter((f) => !SKIP.test(f) && !f.startsWith('_') && !preferred.includes(f) && !exclude.includes(f));
  return [...new Set([...preferred, ...rest])].slice(0, max);
}
