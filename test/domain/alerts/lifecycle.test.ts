import type { IncidentRecord, Lease } from '../../../src/domain/alerts/incident';
import { AlertStep, LifecycleInput, nextStep } from '../../../src/domain/alerts/lifecycle';
import { measuresToHandle } from '../../../src/domain/alerts/tick';
import { DEFAULT_THRESHOLDS, measureSpike, MuteRule, SpikeMeasure } from '../../../src/domain/spike';

const MIN = 60_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const AT = new Date(NOW).toISOString();
const iso = (ms: number): string => new Date(ms).toISOString();
const t = DEFAULT_THRESHOLDS;
const WINDOW = 15 * MIN;

/** Measures over a steady baseline of 25 per window: a spike, a level that keeps an incident open, calm. */
function measure(count: number, service = 'checkout'): SpikeMeasure {
  return measureSpike({ service, status: 404, count, perDay: Array(7).fill(25), trailing24h: 25 * 96, trailingCovered: true, lagMs: null }, WINDOW, t);
}
const SPIKE = measure(300);
const WORSE = measure(700);
const ELEVATED = measure(45); // over the resolve thresholds, under the firing ones
const CALM = measure(26);

const ME: Lease = { owner: 'me', token: 'new-token', until: iso(NOW + 2 * MIN) };
const snap = (count: number, at = NOW - 30 * MIN) => ({ count, expected: 25, ratio: count / 25, changePct: 0, at: iso(at) });

function record(over: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    kind: 'alert',
    service: 'checkout',
    status: 404,
    incidentId: `checkout/404/${iso(NOW - 30 * MIN)}`,
    phase: 'firing',
    firedAt: iso(NOW - 30 * MIN),
    resolvedAt: null,
    updatedAt: iso(NOW - 30 * MIN),
    fired: snap(300),
    notified: snap(300),
    resolution: null,
    refires: 0,
    channel: 'C1',
    ts: '1700000000.000100',
    pending: null,
    lease: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    alert: null,
    ...over,
  };
}
const FIRING = record();
const FIRING_ACKED = record({ acknowledgedBy: 'U1', acknowledgedAt: iso(NOW - 10 * MIN) });
const RESOLVED_RECENTLY = record({ phase: 'resolved', resolvedAt: iso(NOW - 5 * MIN), resolution: snap(20, NOW - 5 * MIN), acknowledgedBy: 'U1', acknowledgedAt: iso(NOW - 20 * MIN) });
const RESOLVED_LONG_AGO = record({ phase: 'resolved', resolvedAt: iso(NOW - 3 * 60 * MIN), resolution: snap(20) });
const FIRING_NEVER_POSTED = record({ ts: null });
const liveLease = (owner: string): Lease => ({ owner, token: 'old-token', until: iso(NOW + MIN) });
const deadLease = (owner: string): Lease => ({ owner, token: 'old-token', until: iso(NOW - MIN) });
const CLAIMED_POST = (lease: Lease) => record({ ts: null, pending: 'post', lease });
const CLAIMED_RESOLVE = (lease: Lease) => record({ phase: 'resolved', resolvedAt: iso(NOW - 2 * MIN), resolution: snap(20), pending: 'resolve', lease });
const CLAIMED_REFIRE = (lease: Lease) => record({ refires: 1, pending: 'refire', lease });
const MUTED: MuteRule[] = [{ service: 'checkout', status: 404, untilMs: NOW + 60 * MIN }];
const MUTE_OVER: MuteRule[] = [{ service: 'checkout', status: 404, untilMs: NOW - 1 }];
const MUTE_ALL: MuteRule[] = [{ service: '*', status: null, untilMs: NOW + 60 * MIN }];

function input(m: SpikeMeasure, stored: IncidentRecord | null, over: Partial<LifecycleInput> = {}): LifecycleInput {
  return { measure: m, stored, mutes: [], nowMs: NOW, thresholds: t, channel: 'C1', lease: ME, partial: false, doneHere: false, ...over };
}

/** The step, reduced to what a reader checks in the table. */
function summary(step: AlertStep): string {
  if (step.kind === 'none') return 'none';
  if (step.kind === 'skip') return `skip:${step.reason}`;
  return `${step.transition}/${step.write}→${step.deliver}`;
}

describe('the alert lifecycle (measure + stored incident + mutes + now → step)', () => {
  const table: Array<[string, LifecycleInput, string]> = [
    // Detection meets no incident.
    ['calm, nothing stored', input(CALM, null), 'none'],
    ['a spike, nothing stored: fire with a new record', input(SPIKE, null), 'fire/create→post'],
    ['a spike after an old resolution: a new incident over the old record', input(SPIKE, RESOLVED_LONG_AGO), 'fire/replace→post'],
    ['a spike without ALERT_CHANNEL', input(SPIKE, null, { channel: null }), 'skip:no_channel'],
    // Silencing.
    ['a spike while muted', input(SPIKE, null, { mutes: MUTED }), 'skip:muted'],
    ['a spike while every service is muted', input(SPIKE, null, { mutes: MUTE_ALL }), 'skip:muted'],
    ['a spike after the mute ended', input(SPIKE, null, { mutes: MUTE_OVER }), 'fire/create→post'],
    ['a firing incident still spiking: hold, reported', input(SPIKE, FIRING), 'skip:firing'],
    ['a firing incident merely elevated: hold quietly (hysteresis)', input(ELEVATED, FIRING), 'none'],
    ['a firing incident much worse: a thread note', input(WORSE, FIRING), 'worsen/replace→worsened'],
    ['much worse but acknowledged: hold', input(WORSE, FIRING_ACKED), 'skip:firing'],
    ['much worse but muted: hold', input(WORSE, FIRING, { mutes: MUTED }), 'skip:firing'],
    // Resolution.
    ['back to normal: resolve and update the message', input(CALM, FIRING), 'resolve/replace→resolve'],
    ['back to normal while muted: still resolves', input(CALM, FIRING, { mutes: MUTED }), 'resolve/replace→resolve'],
    ['back to normal on partial counts: not over', input(CALM, FIRING, { partial: true }), 'none'],
    ['back to normal, never posted: closes with nothing to send', input(CALM, FIRING_NEVER_POSTED), 'resolve/replace→close'],
    // Re-opening within the cooldown.
    ['a spike soon after a resolution: re-open in the thread', input(SPIKE, RESOLVED_RECENTLY), 'refire/replace→refired'],
    ['a spike soon after a resolution, muted', input(SPIKE, RESOLVED_RECENTLY, { mutes: MUTED }), 'skip:muted'],
    ['a spike soon after a resolution with no message to thread under: a new alert', input(SPIKE, record({ ...RESOLVED_RECENTLY, ts: null })), 'fire/replace→post'],
    // Deduplication across replicas: claimed work.
    ['a post claimed by a live replica', input(SPIKE, CLAIMED_POST(liveLease('other'))), 'skip:lease_held'],
    ['a post claimed by a live replica, calm now: quiet', input(CALM, CLAIMED_POST(liveLease('other'))), 'none'],
    ['a post whose claimant died, still spiking: take it over', input(SPIKE, CLAIMED_POST(deadLease('other'))), 'takeover/replace→post'],
    ['a post whose claimant died, over now: closed quietly', input(CALM, CLAIMED_POST(deadLease('other'))), 'takeover/replace→close'],
    ['our own post, done but unrecorded, lease live: record it now', input(SPIKE, CLAIMED_POST(liveLease('me')), { doneHere: true }), 'takeover/replace→post'],
    ['our own post, done but unrecorded, over now: still recorded (the message exists)', input(CALM, CLAIMED_POST(deadLease('me')), { doneHere: true }), 'takeover/replace→post'],
    ['our own live claim not done here: wait for it', input(SPIKE, CLAIMED_POST(liveLease('me'))), 'skip:lease_held'],
    ['a resolution whose claimant died', input(CALM, CLAIMED_RESOLVE(deadLease('other'))), 'takeover/replace→resolve'],
    ['a re-opening whose claimant died', input(SPIKE, CLAIMED_REFIRE(deadLease('other'))), 'takeover/replace→refired'],
  ];

  it.each(table)('%s', (_name, given, expected) => {
    expect(summary(nextStep(given))).toBe(expected);
  });

  it('a new incident is claimed with this watcher’s lease, the measure it fired on, and the post still pending', () => {
    const step = nextStep(input(SPIKE, null));
    expect(step).toMatchObject({ kind: 'claim', next: { incidentId: `checkout/404/${AT}`, phase: 'firing', firedAt: AT, pending: 'post', lease: ME, channel: 'C1', ts: null, refires: 0 } });
    if (step.kind === 'claim') expect(step.next.fired).toEqual({ count: 300, expected: 25, ratio: 12, changePct: 1100, at: AT });
  });

  it('a re-opening keeps the incident and its message, counts the re-opening and drops the old acknowledgement', () => {
    const step = nextStep(input(SPIKE, RESOLVED_RECENTLY));
    expect(step).toMatchObject({
      next: { incidentId: RESOLVED_RECENTLY.incidentId, ts: RESOLVED_RECENTLY.ts, phase: 'firing', resolvedAt: null, resolution: null, refires: 1, acknowledgedBy: null, pending: 'refire', lease: ME },
    });
  });

  it('a "worsened" note moves what people were told to the new count, and keeps the acknowledgement state', () => {
    const step = nextStep(input(WORSE, FIRING));
    expect(step).toMatchObject({ next: { notified: { count: 700 }, fired: { count: 300 }, pending: 'worsened', phase: 'firing' } });
  });

  it('a resolution records the final measure; without a message it needs no claim on Slack', () => {
    expect(nextStep(input(CALM, FIRING))).toMatchObject({ next: { phase: 'resolved', resolvedAt: AT, resolution: { count: 26 }, pending: 'resolve', lease: ME } });
    expect(nextStep(input(CALM, FIRING_NEVER_POSTED))).toMatchObject({ next: { phase: 'resolved', pending: null, lease: null } });
  });

  it('taking over keeps the pending work and puts this watcher’s lease on it; closing quietly clears both', () => {
    expect(nextStep(input(SPIKE, CLAIMED_POST(deadLease('other'))))).toMatchObject({ next: { pending: 'post', lease: ME, phase: 'firing' } });
    expect(nextStep(input(CALM, CLAIMED_POST(deadLease('other'))))).toMatchObject({ next: { pending: null, lease: null, phase: 'resolved', resolvedAt: AT } });
  });
});

describe('measuresToHandle', () => {
  const silent = { statuses: [403, 404] as const, windowMs: WINDOW, thresholds: t };

  it('orders the worst first, so Slack pacing delays the least important alerts', () => {
    const ordered = measuresToHandle([CALM, measure(80, 'b'), SPIKE], [record({ service: 'calm' })], null).map((m) => `${m.service}:${m.count}`);
    expect(ordered).toEqual(['checkout:300', 'b:80']);
    const withIncident = measuresToHandle([measure(26, 'calm'), measure(80, 'b')], [record({ service: 'calm' })], null).map((m) => `${m.service}:${m.count}`);
    expect(withIncident).toEqual(['b:80', 'calm:26']);
  });

  it('leaves out calm measures with no stored incident: the lifecycle has nothing to decide on them', () => {
    const calmServices = Array.from({ length: 50 }, (_, i) => measure(20 + (i % 7), `calm-${i}`));
    for (const m of calmServices) expect(nextStep(input(m, null))).toEqual({ kind: 'none' });
    expect(measuresToHandle(calmServices, [], null)).toEqual([]);
    // Over the resolve thresholds but not the firing ones, with no incident: still nothing to decide.
    expect(measuresToHandle([ELEVATED], [], null)).toEqual([]);
    expect(measuresToHandle([ELEVATED], [FIRING], null)).toEqual([ELEVATED]);
  });

  it('with every service watched, measures a firing incident whose service logged nothing as silent, so it can resolve', () => {
    const handled = measuresToHandle([measure(30, 'other')], [record({ service: 'gone' }), record({ service: 'other' }), RESOLVED_LONG_AGO], { ...silent, statuses: [...silent.statuses] });
    // Nothing expected reads as the highest concern: the silent incident comes first.
    expect(handled.map((m) => [m.service, m.count, m.elevated])).toEqual([
      ['gone', 0, false],
      ['other', 30, false],
    ]);
    expect(nextStep(input(handled[0] as SpikeMeasure, record({ service: 'gone' })))).toMatchObject({ kind: 'claim', transition: 'resolve' });
  });

  it('adds nothing when services are named (their zeros are measured) or when the status is not watched', () => {
    expect(measuresToHandle([], [FIRING], null)).toEqual([]);
    expect(measuresToHandle([], [FIRING], { ...silent, statuses: [403] })).toEqual([]);
  });
});
