import { displayFieldName } from '../../config/fields';
import type { Evidence, EvidenceRole, UserEvidence, VersionEvidence } from '../evidence';
import type { TermCount } from '../types';

/**
 * Structural measurements shared by the cause rules. Everything here is a pure function of the evidence;
 * the rules decide what the numbers mean.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function clamp01(value: number): number {
  if (!Number.isFinite(value)) return value > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, value));
}

/** 0 at or below `low`, 1 at or above `high`, linear in between. */
export function ramp(value: number, low: number, high: number): number {
  return clamp01((value - low) / (high - low));
}

export function sumCounts(terms: readonly TermCount[]): number {
  return terms.reduce((sum, term) => sum + term.count, 0);
}

export function countOf(terms: readonly TermCount[], value: string): number {
  return terms.find((term) => term.value === value)?.count ?? 0;
}

export function countWhere(terms: readonly TermCount[], match: (value: string) => boolean): number {
  return terms.reduce((sum, term) => (match(term.value) ? sum + term.count : sum), 0);
}

export interface WindowBounds {
  fromMs: number;
  toMs: number;
  windowMs: number;
}

export function bounds(evidence: Evidence): WindowBounds {
  const fromMs = Date.parse(evidence.query.from);
  const toMs = Date.parse(evidence.query.to);
  return { fromMs, toMs, windowMs: Math.max(MINUTE, toMs - fromMs) };
}

/** total / expected, computed when the evidence left it null but something was expected. */
export function volumeRatio(evidence: Evidence): number | null {
  if (evidence.baseline.ratio !== null) return evidence.baseline.ratio;
  return evidence.baseline.expected > 0 ? evidence.total / evidence.baseline.expected : null;
}

/**
 * How clearly the window is a spike, 0–1. Needs both a high ratio and a count that noise cannot explain
 * (a Poisson-like z score), so 10 denials against 4 expected is not an incident. Nothing expected at all
 * (a new service, no history) counts as a spike once a handful of denials arrive.
 */
export function spikeStrength(evidence: Evidence): number {
  const { total } = evidence;
  if (total <= 0) return 0;
  const expected = Math.max(0, evidence.baseline.expected);
  const z = (total - expected) / Math.sqrt(Math.max(expected, 1));
  const ratioValue = volumeRatio(evidence);
  const byRatio = ratioValue === null ? 1 : ramp(ratioValue, 1.3, 3);
  return Math.min(byRatio, ramp(z, 2, 6));
}

/**
 * Weight for causes that describe an incident (a policy change, a blocked IP…): a pattern in calm traffic is
 * worth about a third (`floor`) of the same pattern in a spike, which keeps the everyday denials of a calm
 * service below the reporting threshold.
 */
export function incidentWeight(evidence: Evidence, floor = 0.35): number {
  return floor + (1 - floor) * spikeStrength(evidence);
}

/**
 * Share of the incident (the denials above the expected level) that `count` new denials make up. For
 * patterns whose own history proves they are new (a route that never 404ed), so that a long window full of
 * everyday noise does not dilute them. The floor (a quarter of the total) keeps small excesses from
 * inflating it.
 */
export function incidentShare(evidence: Evidence, count: number): number {
  const total = effectiveTotal(evidence);
  const excess = total - Math.max(0, evidence.baseline.expected);
  return clamp01(count / Math.max(excess, 0.25 * total, 1));
}

/** Too few denials to trust any pattern fully: 3 matching requests are an anecdote. */
export function volumeWeight(evidence: Evidence): number {
  return Math.min(1, 0.5 + evidence.total / 40);
}

/**
 * Structural confidence (capped at 0.9: structure alone never makes certainty) combined with corroboration
 * from the application's own reason text (at most half a vote), as independent pieces of evidence.
 */
export function combine(structural: number, reasonStrength: number): number {
  const s = Math.min(0.9, clamp01(structural));
  const r = 0.5 * clamp01(reasonStrength);
  return 1 - (1 - s) * (1 - r);
}

// ---------------------------------------------------------------------------------------------------------
// Fields

export function fieldName(evidence: Evidence, role: EvidenceRole): string {
  return displayFieldName(role, evidence.fields[role].field);
}

/** The field appears somewhere in these logs (denials now, denials before, or successes). */
export function inLogs(evidence: Evidence, role: EvidenceRole): boolean {
  const f = evidence.fields[role];
  return f.windowWithField > 0 || f.baselineWithField > 0 || f.successWithField > 0;
}

/** The denied requests of this window carry the field. */
export function onDenials(evidence: Evidence, role: EvidenceRole): boolean {
  return evidence.fields[role].windowWithField > 0;
}

export function absentSentence(evidence: Evidence, role: EvidenceRole): string {
  return `no \`${fieldName(evidence, role)}\` in these logs`;
}

/** Target-status documents in the baseline windows, summed over the days (the denominator of `baseline`). */
export function baselineDenials(evidence: Evidence): number {
  return evidence.baseline.perDay.reduce((sum, n) => sum + n, 0);
}

/**
 * How many of this window's denials a pattern would explain if the window looked like the baseline:
 * the expected count times the pattern's share of the baseline denials.
 */
export function expectedMatching(evidence: Evidence, role: EvidenceRole, match: (value: string) => boolean): number {
  const denominator = baselineDenials(evidence);
  if (denominator <= 0 || evidence.baseline.expected <= 0) return 0;
  const matching = countWhere(evidence.fields[role].baseline, match);
  return evidence.baseline.expected * Math.min(1, matching / denominator);
}

/** A client+path pair repeating at least this often in its busiest minute is a loop, not a person. */
export const STORM_PER_MINUTE = 20;
/** …or this often on average over the whole window (a slower loop that never stops). */
export const SUSTAINED_PER_MINUTE = 10;

/** Denials that come from clients looping on one URL. */
export function stormCount(evidence: Evidence): number {
  const minutes = bounds(evidence).windowMs / MINUTE;
  return evidence.repeats
    .filter((r) => r.maxPerMinute >= STORM_PER_MINUTE || r.count / minutes >= SUSTAINED_PER_MINUTE)
    .reduce((s, r) => s + r.count, 0);
}

/**
 * The denials as distinct attempts: a looping client's thousands of copies of one request count for a
 * tenth, so they do not drown a cause that happens alongside them (any cause + retry_storm).
 */
export function effectiveTotal(evidence: Evidence): number {
  return Math.max(1, evidence.total - 0.9 * stormCount(evidence));
}

/** count / effectiveTotal, at most 1. */
export function shareOf(evidence: Evidence, count: number): number {
  return evidence.total > 0 ? clamp01(count / effectiveTotal(evidence)) : 0;
}

/**
 * How much of the incident a pattern carries: its denials beyond what the baseline predicts (less two
 * Poisson standard deviations, so 6 where 2.5 were expected is not "excess"), over the denials beyond the
 * expected level (at least a quarter of the total, so a small excess cannot inflate it). Calm traffic gives
 * ~0; in a long window the everyday noise does not dilute a real incident.
 */
export function excessShare(evidence: Evidence, windowCount: number, expectedCount: number): number {
  if (evidence.total <= 0) return 0;
  const total = effectiveTotal(evidence);
  const excess = total - Math.max(0, evidence.baseline.expected);
  const beyondNoise = windowCount - expectedCount - 2 * Math.sqrt(Math.max(expectedCount, 1));
  return clamp01(beyondNoise / Math.max(excess, 0.25 * total, 1));
}

/** Successful (2xx/3xx) requests of the service in the window. */
export function successTotal(evidence: Evidence): number {
  return evidence.requests.byStatus.reduce((sum, term) => {
    const code = Number(term.value);
    return code >= 200 && code < 400 ? sum + term.count : sum;
  }, 0);
}

/** Values carrying at least `minShare` of the denials (at least the top one), for evidence and remediation. */
export function mainValues(evidence: Evidence, role: EvidenceRole, minShare = 0.2, max = 3): string[] {
  const terms = evidence.fields[role].window;
  const main = terms.filter((t) => t.count >= minShare * Math.max(1, evidence.total));
  return (main.length > 0 ? main : terms.slice(0, 1)).slice(0, max).map((t) => t.value);
}

/** Route templates carrying at least `minShare` of the denials (at least the top one). */
export function mainRoutes(evidence: Evidence, minShare = 0.2, max = 3): string[] {
  const main = evidence.paths.filter((p) => p.count >= minShare * Math.max(1, evidence.total));
  return (main.length > 0 ? main : evidence.paths.slice(0, 1)).slice(0, max).map((p) => p.template);
}

// ---------------------------------------------------------------------------------------------------------
// The application's reason text: corroboration, never the sole basis

export type ReasonKind = 'scope' | 'unauthenticated' | 'ip' | 'tenant' | 'role' | 'other';

/** Order matters: "ip not allowed" is an IP reason even though "not allowed" sounds like RBAC. */
export function reasonKind(text: string): ReasonKind {
  const t = text.toLowerCase();
  if (/insufficient[_ ]scope|\bscopes?\b/.test(t)) return 'scope';
  if (
    /invalid[_ ]token|token (has )?expired|expired token|unauthenticated|not authenticated|no credentials|missing (credentials|token|authorization|auth\b|bearer)|no (auth|token|bearer)\b|authentication required|login required|anonymous/.test(
      t,
    )
  ) {
    return 'unauthenticated';
  }
  if (/\bip\b|allow ?list|whitelist|deny ?list|block ?list|source address|\bcidr\b|network policy|geo.?block|\bsubnet\b/.test(t)) {
    return 'ip';
  }
  if (/tenant|organi[sz]ation|\borg\b|cross[- ]account|isolation|not a member|owner mismatch/.test(t)) return 'tenant';
  if (/role|permission|privilege|not permitted|\brbac\b|polic(y|ies)|not authori[sz]ed|access denied|entitlement|\bacl\b/.test(t)) {
    return 'role';
  }
  return 'other';
}

export interface ReasonSignal {
  /** Denials whose reason is of this kind. */
  count: number;
  /** count / total. */
  share: number;
  /** The most frequent reason text of this kind. */
  top: TermCount | null;
}

export function reasonSignal(evidence: Evidence, kind: ReasonKind): ReasonSignal {
  const matching = evidence.fields.reason.window.filter((term) => reasonKind(term.value) === kind);
  const count = sumCounts(matching);
  return { count, share: evidence.total > 0 ? clamp01(count / evidence.total) : 0, top: matching[0] ?? null };
}

/**
 * Share of the denials whose reason names a different known cause ("ip not allowed" when judging RBAC).
 * The app's own words cannot prove a cause, but they can make a structurally similar one unlikely.
 */
export function reasonContradiction(evidence: Evidence, ...kinds: ReasonKind[]): number {
  if (evidence.total <= 0) return 0;
  const against = countWhere(evidence.fields.reason.window, (value) => {
    const kind = reasonKind(value);
    return kind !== 'other' && !kinds.includes(kind);
  });
  return clamp01(against / evidence.total);
}

/** How much a contradicting reason discounts a cause: at most 75%. */
export function contradictionWeight(evidence: Evidence, ...kinds: ReasonKind[]): number {
  return 1 - 0.75 * reasonContradiction(evidence, ...kinds);
}

/** "missing role: billing-admin" → "billing-admin". */
export function roleNamedIn(text: string): string | null {
  const match =
    /(?:missing|requires?|required|needs?|lacks?)\s+(?:the\s+)?role[\s:=]+["'`]?([\w.:/-]+)/i.exec(text) ??
    /role\s+["'`]?([\w.:/-]+)["'`]?\s+(?:is\s+)?(?:required|missing)/i.exec(text);
  return match?.[1] ?? null;
}

/** "insufficient_scope: orders:write" / "missing scope orders:write" → "orders:write". */
export function scopeNamedIn(text: string): string | null {
  const match = /scope[\s:=]+["'`]?([\w.:/-]*\w)/i.exec(text);
  return match?.[1] ?? null;
}

/** A reason line quoted for people: "`missing role: billing-admin` on 540 of them (90%)"; null when too rare to matter. */
export function quoteReason(evidence: Evidence, signal: ReasonSignal): string | null {
  if (!signal.top || signal.share < 0.2) return null;
  return `the app's own reason (\`${fieldName(evidence, 'reason')}\`) agrees: \`${signal.top.value}\` on ${signal.top.count.toLocaleString('en-US')} of them (${Math.round((signal.top.count / Math.max(1, evidence.total)) * 100)}%)`;
}

// ---------------------------------------------------------------------------------------------------------
// Users

export interface UserSplit {
  /** Denials carried by the listed users (the denominator of the shares below). */
  listed: number;
  fresh: UserEvidence[];
  established: UserEvidence[];
  freshCount: number;
  establishedCount: number;
  /** Shares of `listed`. */
  freshShare: number;
  establishedShare: number;
  /** Users first seen at or after this instant count as new. */
  recentSinceMs: number;
}

/**
 * New: first seen within 48 h of the window end (or since the day before the window, for long windows).
 * Established: first seen earlier, or had 2xx before the window. A user with no first-seen time and no prior
 * success is left out of both: nothing says which they are.
 */
export function splitUsers(evidence: Evidence): UserSplit {
  const { fromMs, toMs } = bounds(evidence);
  const recentSinceMs = Math.min(toMs - 2 * DAY, fromMs - DAY);
  const fresh: UserEvidence[] = [];
  const established: UserEvidence[] = [];
  let listed = 0;
  for (const user of evidence.users) {
    listed += user.count;
    const firstSeenMs = user.firstSeen === null ? null : Date.parse(user.firstSeen);
    if (firstSeenMs !== null && firstSeenMs >= recentSinceMs) fresh.push(user);
    else if (firstSeenMs !== null || user.successBefore > 0) established.push(user);
  }
  const freshCount = fresh.reduce((s, u) => s + u.count, 0);
  const establishedCount = established.reduce((s, u) => s + u.count, 0);
  return {
    listed,
    fresh,
    established,
    freshCount,
    establishedCount,
    freshShare: listed > 0 ? freshCount / listed : 0,
    establishedShare: listed > 0 ? establishedCount / listed : 0,
    recentSinceMs,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Versions (deployment markers)

export type Timing = 'aligned' | 'misaligned' | 'unknown';

export interface VersionSignal {
  version: VersionEvidence;
  previous: VersionEvidence | null;
  firstSeenMs: number;
  /** Share of the window's denials (or of their rise above the usual level, if larger) answered by the new version. */
  carry: number;
  /** Denial rate of the new version over the others', when the others served enough requests in the window. */
  lift: number | null;
  /** 0–1: the new version denies far more than the old (or, when the old no longer serves, a spike). */
  liftScore: number;
  /** 1 when it appeared inside the window or up to 2 h before; less for older deploys. */
  recency: number;
  /** Whether the rise of the denials starts when the version appears. */
  timing: Timing;
  /** Denials per bucket before and after the rise inside the window (null when the window has no rise). */
  perBucketBefore: number | null;
  perBucketAfter: number | null;
}

/** The version first seen within the versions lookback (the window and the 24 h before) that carries most denials. */
export function versionSignal(evidence: Evidence): VersionSignal | null {
  const { fromMs } = bounds(evidence);
  const lookbackStart = fromMs - DAY;
  const fresh = evidence.versions
    .filter((v) => Date.parse(v.firstSeen) > lookbackStart + 10 * MINUTE && v.denied > 0)
    .sort((a, b) => b.denied - a.denied);
  const version = fresh[0];
  if (!version || evidence.total <= 0) return null;
  const firstSeenMs = Date.parse(version.firstSeen);
  const others = evidence.versions.filter((v) => v.version !== version.version);
  const previous =
    others
      .filter((v) => Date.parse(v.firstSeen) < firstSeenMs)
      .sort((a, b) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen))[0] ?? null;
  const oldRequests = others.reduce((s, v) => s + v.requests, 0);
  const oldDenied = others.reduce((s, v) => s + v.denied, 0);
  let lift: number | null = null;
  let liftScore: number;
  if (oldRequests >= 30 && version.requests >= 10) {
    const newRate = version.denied / version.requests;
    const oldRate = Math.max(oldDenied / oldRequests, 1 / oldRequests);
    lift = newRate / oldRate;
    // Either many times the old rate, or a large absolute jump (90% of answers against 15%).
    liftScore = Math.max(ramp(lift, 2, 8), ramp(newRate - oldRate, 0.1, 0.4));
  } else {
    liftScore = spikeStrength(evidence);
  }
  const lead = fromMs - firstSeenMs;
  const recency = lead <= 2 * HOUR ? 1 : lead <= 6 * HOUR ? 0.7 : 0.35;
  const rise = riseInWindow(evidence);
  return {
    version,
    previous,
    firstSeenMs,
    carry: Math.max(clamp01(version.denied / evidence.total), excessCarry(evidence, version)),
    lift,
    liftScore,
    recency,
    timing: timingOf(evidence, firstSeenMs, rise),
    perBucketBefore: rise ? rise.before : null,
    perBucketAfter: rise ? rise.after : null,
  };
}

/** The version's denials beyond what its share of the traffic would bring at the usual level, over the excess. */
function excessCarry(evidence: Evidence, version: VersionEvidence): number {
  const excess = evidence.total - evidence.baseline.expected;
  if (excess <= 0 || evidence.requests.total <= 0) return 0;
  const usual = evidence.baseline.expected * (version.requests / evidence.requests.total);
  return clamp01((version.denied - usual) / excess);
}

export interface Rise {
  /** Start of the first elevated bucket. */
  atMs: number;
  /** Mean denials per bucket before and after. */
  before: number;
  after: number;
}

/** A step in sparse buckets counts when it adds at least this many denials over the earlier level. */
const SPARSE_RISE_MIN = 20;

/**
 * The step up inside the window, if there is one: the split that maximises the cumulative deviation from
 * the mean (a CUSUM change point), kept when the level after it is at least three times the level before.
 */
export function riseInWindow(evidence: Evidence): Rise | null {
  const points = [...evidence.series].sort((a, b) => Date.parse(a.t) - Date.parse(b.t));
  const n = points.length;
  if (n < 4) return null;
  const counts = points.map((p) => p.count);
  const mean = counts.reduce((s, x) => s + x, 0) / n;
  let cumulative = 0;
  let lowest = 0;
  let split = 0;
  for (let k = 0; k < n - 1; k += 1) {
    cumulative += (counts[k] as number) - mean;
    if (cumulative < lowest) {
      lowest = cumulative;
      split = k + 1;
    }
  }
  if (split === 0) return null;
  const before = counts.slice(0, split).reduce((s, x) => s + x, 0) / split;
  const after = counts.slice(split).reduce((s, x) => s + x, 0) / (n - split);
  // At night a step of one 404 a minute is as real as ten a minute by day: below half a denial per bucket,
  // the step counts when it adds at least SPARSE_RISE_MIN denials over the earlier level.
  const clear = after >= 3 * Math.max(before, 0.5) || (after >= 3 * before && (after - before) * (n - split) >= SPARSE_RISE_MIN);
  if (!clear) return null;
  return { atMs: Date.parse((points[split] as { t: string }).t), before, after };
}

/**
 * Does the rise of the denials start with the version? Inside the window the series tells. For a version
 * that appeared before the window, the window must be elevated from its start, and the 24 h before it must
 * hold roughly the extra denials that the current rate would have produced since the version appeared.
 */
function timingOf(evidence: Evidence, firstSeenMs: number, rise: Rise | null): Timing {
  const { fromMs, windowMs } = bounds(evidence);
  const tolerance = Math.max(2 * evidence.bucketMs, 10 * MINUTE);
  if (rise) return Math.abs(rise.atMs - firstSeenMs) <= tolerance ? 'aligned' : 'misaligned';
  if (spikeStrength(evidence) < 0.5) return 'unknown';
  if (firstSeenMs > fromMs + tolerance) return 'misaligned';
  // A deploy within a window's length (at most an hour) before an elevated window is taken at its word.
  const lead = fromMs - firstSeenMs;
  if (lead <= Math.max(tolerance, Math.min(windowMs, HOUR))) return 'aligned';
  const days = evidence.baseline.perDay;
  const usualPerWindow = days.length > 0 ? days.reduce((s, n) => s + n, 0) / days.length : evidence.baseline.expected;
  const trailingExcess = evidence.baseline.trailing24h - (usualPerWindow * DAY) / windowMs;
  const excessRate = (evidence.total - evidence.baseline.expected) / windowMs;
  const predicted = excessRate * Math.min(lead, DAY);
  if (predicted <= 0) return 'unknown';
  const ratioSeen = trailingExcess / predicted;
  return ratioSeen >= 0.5 ? 'aligned' : ratioSeen < 0.2 ? 'misaligned' : 'unknown';
}
