import { baselineLevel, indexedShare, lagDocsThatMatter, notableLag, spikeRatio } from '../../src/domain/baseline';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('baselineLevel', () => {
  it('uses a median so one bad day does not hide an incident', () => {
    const level = baselineLevel({ perDay: [10, 12, 11, 500, 9, 10, 11], trailing: { count: 240, coveredMs: DAY }, windowMs: HOUR });
    expect(level).toEqual({ expected: 10.5, periods: 8, trailingPerDay: 240 });
    expect(spikeRatio(420, 10.5)).toBe(40);
    expect(spikeRatio(5, 0)).toBeNull();
    expect(spikeRatio(5, null)).toBeNull();
  });

  it('leaves out days without logs instead of reading them as zero (logs that began 3 days ago)', () => {
    // The case: earlier days held 65, 64 and 25; the four days before the logs begin are missing.
    const level = baselineLevel({ perDay: [65, 64, 25, null, null, null, null], trailing: { count: 65, coveredMs: DAY }, windowMs: DAY });
    expect(level.periods).toBe(4);
    expect(level.expected).toBe(64.5);
    // Read as zeros they would have made the usual level a fifth of the truth, and every day a spike.
    expect(baselineLevel({ perDay: [65, 64, 25, 0, 0, 0, 0], trailing: { count: 65, coveredMs: DAY }, windowMs: DAY }).expected).toBe(12.5);
  });

  it('scales a partly covered trailing day to a full day, and ignores one shorter than the window', () => {
    const half = baselineLevel({ perDay: Array(7).fill(null), trailing: { count: 60, coveredMs: 12 * HOUR }, windowMs: HOUR });
    expect(half).toEqual({ expected: 5, periods: 1, trailingPerDay: 120 });
    const tooShort = baselineLevel({ perDay: Array(7).fill(null), trailing: { count: 3, coveredMs: 20 * 60_000 }, windowMs: HOUR });
    expect(tooShort).toEqual({ expected: null, periods: 0, trailingPerDay: null });
  });

  it('says there is no baseline yet when no earlier period has logs', () => {
    expect(baselineLevel({ perDay: Array(7).fill(null), trailing: null, windowMs: HOUR })).toEqual({ expected: null, periods: 0, trailingPerDay: null });
  });

  it('keeps a real zero (a quiet night with logs around it) as a sample', () => {
    const level = baselineLevel({ perDay: [0, 0, 0, 0, 0, 0, 0], trailing: { count: 24, coveredMs: DAY }, windowMs: HOUR });
    expect(level.periods).toBe(8);
    expect(level.expected).toBe(0);
  });
});

describe('indexedShare', () => {
  it('is the part of the window already indexed', () => {
    expect(indexedShare(HOUR, null)).toBe(1);
    expect(indexedShare(HOUR, 0)).toBe(1);
    expect(indexedShare(HOUR, 6 * 60_000)).toBeCloseTo(0.9);
    expect(indexedShare(HOUR, 2 * HOUR)).toBe(0);
  });
});

describe('notableLag', () => {
  it('is the newest document\'s age when it is well past the usual gap, else null', () => {
    expect(notableLag(null, 100, HOUR)).toBeNull();
    // 6,000 documents an hour: 3 minutes of nothing is a pipeline behind.
    expect(notableLag(180_000, 6000, HOUR)).toBe(180_000);
    // Under half a minute is never worth a word.
    expect(notableLag(20_000, 6000, HOUR)).toBeNull();
    // 60 documents an hour: a minute of nothing is the usual gap.
    expect(notableLag(60_000, 60, HOUR)).toBeNull();
    expect(notableLag(240_000, 60, HOUR)).toBe(240_000);
  });

  it('answers the same for every count from lagDocsThatMatter on (what a capped count may stop at)', () => {
    for (const span of [15 * 60_000, HOUR, 24 * HOUR]) {
      const cap = lagDocsThatMatter(span);
      for (const lag of [0, 29_999, 30_000, 3 * (span / cap) + 1, 90_000, span]) {
        for (const docs of [cap + 1, 10 * cap, 1e9]) expect(notableLag(lag, docs, span)).toBe(notableLag(lag, cap, span));
      }
      // One fewer and the count still matters: a lag just past the notice threshold reads as a quiet gap.
      expect(notableLag(30_000 + 1, cap - 1, span)).toBeNull();
    }
  });
});
