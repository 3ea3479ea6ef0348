import {
  decide,
  DEFAULT_THRESHOLDS,
  formatChange,
  IncidentView,
  isMuted,
  measureSpike,
  SpikeMeasure,
  thresholdsFrom,
  WindowCounts,
} from '../../src/domain/spike';

const WINDOW = 15 * 60_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const t = DEFAULT_THRESHOLDS;

function counts(count: number, perDay: number[], trailing24h = 0): WindowCounts {
  return { service: 'svc', status: 404, count, perDay, trailing24h, trailingCovered: true, lagMs: null };
}

/** A steady baseline of `n` per window: the same on each day and over the trailing 24 h. */
function steady(count: number, n: number): WindowCounts {
  return counts(count, Array(7).fill(n), n * 96);
}

describe('measureSpike', () => {
  it('fires on a big jump over the service’s own baseline and reports ratio and % change', () => {
    const m = measureSpike(steady(900, 25), WINDOW, t);
    expect(m).toMatchObject({ count: 900, expected: 25, ratio: 36, changePct: 3500, spiking: true, elevated: true });
    expect(m.reason).toContain('36×');
  });

  it('never fires under the volume floor, whatever the ratio: 3 → 9 pages nobody', () => {
    const m = measureSpike(steady(9, 3), WINDOW, t);
    expect(m.ratio).toBe(3);
    expect(m.changePct).toBe(200);
    expect(m.spiking).toBe(false);
    expect(m.reason).toContain('volume floor');
  });

  it('does not fire on a busy service at its usual level', () => {
    const m = measureSpike(steady(1200, 1000), WINDOW, t);
    expect(m.spiking).toBe(false);
    expect(m.elevated).toBe(false);
  });

  it('decides on the exact ratio, not the rounded one', () => {
    // 296 / 100 = 2.96, shown as 3.0 but under 3×.
    const m = measureSpike(steady(296, 100), WINDOW, t);
    expect(m.ratio).toBe(3);
    expect(m.spiking).toBe(false);
  });

  it('fires when nothing was expected and the floor is reached; ratio and change are then null', () => {
    const m = measureSpike(counts(60, Array(7).fill(0), 0), WINDOW, t);
    expect(m).toMatchObject({ expected: 0, ratio: null, changePct: null, spiking: true });
  });

  it('uses the median of previous days and the trailing 24 h, so one bad day does not hide an incident', () => {
    const m = measureSpike(counts(300, [20, 20, 900, 20, 20, 20, 20], 20 * 96), WINDOW, t);
    expect(m.expected).toBe(20);
    expect(m.spiking).toBe(true);
  });

  it('stays elevated between the resolve and firing thresholds (hysteresis)', () => {
    const m = measureSpike(steady(50, 25), WINDOW, t); // 2× expected: under 3× to fire, over 1.5× to resolve
    expect(m.spiking).toBe(false);
    expect(m.elevated).toBe(true);
  });
});

describe('decide', () => {
  const spike = measureSpike(steady(900, 25), WINDOW, t);
  const calm = measureSpike(steady(26, 25), WINDOW, t);
  const hovering = measureSpike(steady(60, 25), WINDOW, t);
  const firing: IncidentView = { phase: 'firing', resolvedAtMs: null, notifiedCount: 900, acknowledged: false };
  const resolvedAgo = (ms: number): IncidentView => ({ phase: 'resolved', resolvedAtMs: NOW - ms, notifiedCount: 900, acknowledged: false });

  it('fires a new incident', () => {
    expect(decide(spike, null, false, NOW, t)).toEqual({ action: 'fire' });
  });

  it('holds a firing incident while it stays elevated, and resolves it when back to normal', () => {
    expect(decide(spike, firing, false, NOW, t)).toEqual({ action: 'hold' });
    expect(decide(hovering, firing, false, NOW, t)).toEqual({ action: 'hold' });
    expect(decide(calm, firing, false, NOW, t)).toEqual({ action: 'resolve' });
  });

  it('still resolves a muted incident (the message should say it ended)', () => {
    expect(decide(calm, firing, true, NOW, t)).toEqual({ action: 'resolve' });
  });

  it('suppresses a muted spike', () => {
    expect(decide(spike, null, true, NOW, t)).toEqual({ action: 'suppressed', reason: 'muted' });
  });

  it('re-opens within the cooldown instead of posting again, and fires anew after it', () => {
    expect(decide(spike, resolvedAgo(5 * 60_000), false, NOW, t)).toEqual({ action: 'refire' });
    expect(decide(spike, resolvedAgo(t.cooldownMs + 1), false, NOW, t)).toEqual({ action: 'fire' });
    expect(decide(calm, resolvedAgo(5 * 60_000), false, NOW, t)).toEqual({ action: 'none' });
  });

  it('notes a firing incident that doubled since people were told, unless acknowledged or muted', () => {
    const worse: SpikeMeasure = measureSpike(steady(1800, 25), WINDOW, t);
    expect(decide(worse, firing, false, NOW, t)).toEqual({ action: 'worsened' });
    expect(decide(worse, { ...firing, acknowledged: true }, false, NOW, t)).toEqual({ action: 'hold' });
    expect(decide(worse, firing, true, NOW, t)).toEqual({ action: 'hold' });
  });

  it('does nothing for calm services', () => {
    expect(decide(calm, null, false, NOW, t)).toEqual({ action: 'none' });
  });
});

describe('thresholdsFrom', () => {
  it('derives resolve thresholds from the settings', () => {
    expect(thresholdsFrom({ minCount: 50, minRatio: 3, cooldownMs: 1_800_000 })).toEqual(DEFAULT_THRESHOLDS);
    const strict = thresholdsFrom({ minCount: 200, minRatio: 5, cooldownMs: 60_000 });
    expect(strict).toMatchObject({ resolveCount: 100, resolveRatio: 2, cooldownMs: 60_000 });
  });

  it('never resolves above the firing ratio', () => {
    const low = thresholdsFrom({ minCount: 10, minRatio: 1.1, cooldownMs: 0 });
    expect(low.resolveRatio).toBeLessThanOrEqual(low.minRatio);
  });
});

describe('isMuted', () => {
  const rules = [
    { service: 'checkout', status: 404 as const, untilMs: NOW + 1000 },
    { service: 'search', status: null, untilMs: NOW + 1000 },
    { service: 'old', status: null, untilMs: NOW - 1 },
  ];

  it('matches service and status, null meaning every status, and ignores expired mutes', () => {
    expect(isMuted(rules, 'checkout', 404, NOW)).toBe(true);
    expect(isMuted(rules, 'checkout', 403, NOW)).toBe(false);
    expect(isMuted(rules, 'search', 403, NOW)).toBe(true);
    expect(isMuted(rules, 'old', 404, NOW)).toBe(false);
    expect(isMuted([{ service: '*', status: 403, untilMs: NOW + 1 }], 'any', 403, NOW)).toBe(true);
  });
});

describe('formatChange', () => {
  it('signs the change', () => {
    expect(formatChange(3500)).toBe('+3500%');
    expect(formatChange(-40)).toBe('-40%');
    expect(formatChange(null)).toBe('new');
  });
});
