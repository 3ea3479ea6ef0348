import { baselineLevel, indexedShare, spikeRatio } from './baseline';
import type { Cause, SeriesPoint, TriageStatus } from './types';

/**
 * Spike detection for the watcher, pure: counts in, verdicts out. The counts come from one request per
 * tick (elasticsearch/watchQueries); what to do about a verdict (claim, post, resolve) is services/watch.
 */

const DAY_MS = 86_400_000;

export interface SpikeThresholds {
  /** Volume floor: a window with fewer target-status requests never fires, whatever the ratio (3 → 9 is noise). */
  minCount: number;
  /** A window fires when its count is at least this many times the expected count. */
  minRatio: number;
  /**
   * Hysteresis: a firing incident stays firing until its count falls below `resolveRatio` × expected or
   * below `resolveCount`, so a rate hovering around the firing threshold does not flap.
   */
  resolveRatio: number;
  resolveCount: number;
  /** After a resolution, a new spike within this span re-opens the same incident (a thread note, not a new post). */
  cooldownMs: number;
  /** A firing, unacknowledged incident whose count reaches this multiple of the last notified count gets a thread note. */
  worsenFactor: number;
}

export const DEFAULT_THRESHOLDS: SpikeThresholds = {
  minCount: 50,
  minRatio: 3,
  resolveRatio: 1.5,
  resolveCount: 25,
  cooldownMs: 30 * 60_000,
  worsenFactor: 2,
};

/**
 * Thresholds from the settings that exist (`WATCH_MIN_COUNT`, `WATCH_MIN_RATIO`, `ALERT_COOLDOWN`);
 * the resolve thresholds follow them (half the floor; halfway between normal and the firing ratio, at
 * least 1.2×) unless given.
 */
export function thresholdsFrom(
  settings: { minCount: number; minRatio: number; cooldownMs: number },
  overrides: Partial<SpikeThresholds> = {},
): SpikeThresholds {
  const resolveRatio = Math.max(1.2, Math.min(settings.minRatio, 1 + (settings.minRatio - 1) / 4));
  return {
    minCount: settings.minCount,
    minRatio: settings.minRatio,
    resolveRatio: Math.min(resolveRatio, settings.minRatio),
    resolveCount: Math.max(1, Math.floor(settings.minCount / 2)),
    cooldownMs: settings.cooldownMs,
    worsenFactor: DEFAULT_THRESHOLDS.worsenFactor,
    ...overrides,
  };
}

/** Counts of one service and status: the current window and the same window before. */
export interface WindowCounts {
  service: string;
  status: TriageStatus;
  /** Target-status requests in the current window. */
  count: number;
  /** The same window on each of the previous days, most recent first; null where the service logged nothing around it. */
  perDay: Array<number | null>;
  /** The 24 hours before the current window. */
  trailing24h: number;
  /** Whether the logs cover the whole trailing day (the service logged around its start). */
  trailingCovered: boolean;
  /** How far the newest indexed document lags the window's end; null when unknown. */
  lagMs: number | null;
}

export interface SpikeMeasure {
  service: string;
  status: TriageStatus;
  count: number;
  /** Expected count for the window (median of the previous days and the scaled trailing 24 h). */
  expected: number;
  /** count / expected, one decimal; null when nothing was expected. */
  ratio: number | null;
  /** (count − expected) / expected in percent, rounded; null when nothing was expected. */
  changePct: number | null;
  /** Over the firing thresholds. */
  spiking: boolean;
  /** Over the (lower) resolve thresholds: a firing incident stays firing. */
  elevated: boolean;
  /** How many earlier periods with data the expected count rests on; 0: no baseline yet, only the volume floor applies. */
  periods: number;
  /** Why it is, or is not, a spike, in words for logs and tick reports. */
  reason: string;
}

export function measureSpike(counts: WindowCounts, windowMs: number, t: SpikeThresholds): SpikeMeasure {
  const { count } = counts;
  const level = baselineLevel({
    perDay: counts.perDay,
    trailing: counts.trailingCovered ? { count: counts.trailing24h, coveredMs: DAY_MS } : null,
    windowMs,
  });
  // Not yet indexed is not yet counted: expect only what the indexed part of the window should hold.
  const expected = level.expected === null ? 0 : Math.round(level.expected * indexedShare(windowMs, counts.lagMs) * 10) / 10;
  const ratio = spikeRatio(count, expected);
  const changePct = expected > 0 ? Math.round(((count - expected) / expected) * 100) : null;
  // Decisions use the exact ratio: a displayed 3.0 may be 2.96.
  const over = (factor: number): boolean => expected <= 0 || count >= factor * expected;
  const spiking = count >= t.minCount && over(t.minRatio);
  const elevated = count >= t.resolveCount && over(t.resolveRatio);
  let reason: string;
  if (count < t.minCount) reason = `${count} is under the volume floor of ${t.minCount}`;
  else if (level.periods === 0) reason = `${count} is over the volume floor of ${t.minCount}; no baseline yet (no earlier logs for this service)`;
  else if (!over(t.minRatio)) reason = `${count} is ${ratio ?? '–'}× the expected ${expected}, under ${t.minRatio}×`;
  else reason = expected > 0 ? `${count} is ${ratio}× the expected ${expected}` : `${count} where nothing was expected`;
  return { service: counts.service, status: counts.status, count, expected, ratio, changePct, spiking, elevated, periods: level.periods, reason };
}

/** What the watcher knows about the last incident of one service and status. */
export interface IncidentView {
  phase: 'firing' | 'resolved';
  /** Epoch ms of the resolution, for the cooldown; null while firing. */
  resolvedAtMs: number | null;
  /** The count people were last told about (at firing or the last "worsened" note). */
  notifiedCount: number;
  acknowledged: boolean;
}

export type Decision =
  /** Calm and nothing firing. */
  | { action: 'none' }
  /** A new incident: post an alert. */
  | { action: 'fire' }
  /** A spike within the cooldown after a resolution: re-open the incident in its thread. */
  | { action: 'refire' }
  /** Firing and still elevated. */
  | { action: 'hold' }
  /** Firing and much worse than people were told: a thread note. */
  | { action: 'worsened' }
  /** Firing and back to normal. */
  | { action: 'resolve' }
  /** A spike nobody is told about, and why. */
  | { action: 'suppressed'; reason: 'muted' };

/**
 * The transition for one service and status. A mute stops new alerts and notes but not resolutions:
 * the message that said "firing" should still say when it ended.
 */
export function decide(measure: SpikeMeasure, incident: IncidentView | null, muted: boolean, nowMs: number, t: SpikeThresholds): Decision {
  if (incident?.phase === 'firing') {
    if (!measure.elevated) return { action: 'resolve' };
    const worse = measure.spiking && incident.notifiedCount > 0 && measure.count >= incident.notifiedCount * t.worsenFactor;
    if (worse && !muted && !incident.acknowledged) return { action: 'worsened' };
    return { action: 'hold' };
  }
  if (!measure.spiking) return { action: 'none' };
  if (muted) return { action: 'suppressed', reason: 'muted' };
  const cooling = incident?.phase === 'resolved' && incident.resolvedAtMs !== null && nowMs - incident.resolvedAtMs < t.cooldownMs;
  return cooling ? { action: 'refire' } : { action: 'fire' };
}

/** A mute as the domain sees it: `status` null mutes every status; service `*` mutes every service. */
export interface MuteRule {
  service: string;
  status: TriageStatus | null;
  untilMs: number;
}

export function isMuted(mutes: readonly MuteRule[], service: string, status: TriageStatus, nowMs: number): boolean {
  return mutes.some((m) => m.untilMs > nowMs && (m.service === service || m.service === '*') && (m.status === null || m.status === status));
}

/** `+3500%`, `-40%`, or `new` when there was nothing to compare with. */
export function formatChange(changePct: number | null): string {
  if (changePct === null) return 'new';
  return `${changePct >= 0 ? '+' : ''}${changePct}%`;
}

/** What an alert says: the poster's input, also kept in the state index to re-render the message when it resolves. */
export interface SpikeAlert {
  /** `<service>/<status>/<firedAt ISO>`: stable for the incident's whole life, re-openings included. */
  incidentId: string;
  service: string;
  status: TriageStatus;
  count: number;
  expected: number;
  ratio: number | null;
  changePct: number | null;
  /** The detection window (ISO). */
  window: { from: string; to: string };
  firedAt: string;
  /** The window's counts over time, from the triage (for a sparkline); empty when the triage failed. */
  series: SeriesPoint[];
  /** Top causes from the triage engine, highest confidence first, each with its remediation steps. */
  causes: Cause[];
  /** What a reader should know (e.g. the triage failed, so there are no causes). */
  notes: string[];
  /** Where it goes (`ALERT_CHANNEL`). */
  channel: string;
}
