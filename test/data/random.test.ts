import { Random, WeightedTable, hashOf, hexOf, unitOf, uuidOf } from '../../src/data/random';

function draws(rng: Random, n: number): number[] {
  return Array.from({ length: n }, () => rng.next());
}

describe('Random', () => {
  it('repeats itself for the same seed and differs for another', () => {
    expect(draws(new Random('seed-a'), 50)).toEqual(draws(new Random('seed-a'), 50));
    expect(draws(new Random('seed-a'), 50)).not.toEqual(draws(new Random('seed-b'), 50));
    expect(draws(new Random(42, 'x'), 5)).toEqual(draws(new Random('42', 'x'), 5));
  });

  it('forks independent streams that do not depend on what the parent drew', () => {
    const a = new Random('s');
    const b = new Random('s');
    draws(b, 100);
    expect(draws(a.fork('child'), 10)).toEqual(draws(b.fork('child'), 10));
    expect(draws(a.fork('child'), 10)).not.toEqual(draws(a.fork('other'), 10));
  });

  it('draws uniform numbers in [0, 1) and integers in range', () => {
    const rng = new Random('uniform');
    const xs = draws(rng, 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1);
    const ints = Array.from({ length: 5000 }, () => rng.intBetween(3, 6));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6]));
    const skewed = Array.from({ length: 5000 }, () => rng.skewed(100, 2));
    expect(Math.max(...skewed)).toBeLessThan(100);
    expect(skewed.filter((k) => k < 25).length).toBeGreaterThan(skewed.filter((k) => k >= 75).length * 2);
  });

  it('picks by weight', () => {
    const rng = new Random('weights');
    const table = new WeightedTable([
      ['a', 1],
      ['b', 3],
      ['never', 0],
    ]);
    expect(table.items).toEqual(['a', 'b']);
    const counts = { a: 0, b: 0 } as Record<string, number>;
    for (let i = 0; i < 8000; i++) {
      const item = rng.weighted(table);
      counts[item] = (counts[item] ?? 0) + 1;
    }
    expect((counts.b ?? 0) / ((counts.a ?? 0) + (counts.b ?? 0))).toBeCloseTo(0.75, 1);
    expect(() => new WeightedTable([['x', 0]])).toThrow(RangeError);
  });

  it('has gaussian and poisson draws with the right means', () => {
    const rng = new Random('shapes');
    const g = Array.from({ length: 20_000 }, () => rng.gaussian(10, 2));
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    const sd = Math.sqrt(g.reduce((a, b) => a + (b - mean) ** 2, 0) / g.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
    for (const lambda of [0.3, 4, 120]) {
      const p = Array.from({ length: 10_000 }, () => rng.poisson(lambda));
      expect(p.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
      expect(p.reduce((a, b) => a + b, 0) / p.length).toBeCloseTo(lambda, lambda > 10 ? 0 : 1);
    }
    expect(rng.poisson(0)).toBe(0);
  });

  it('samples without repetition', () => {
    const rng = new Random('sample');
    const s = rng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(s).size).toBe(4);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
    expect(() => rng.pick([])).toThrow(RangeError);
  });
});

describe('stateless hashes', () => {
  it('are stable and well spread', () => {
    expect(hashOf('a', 1)).toBe(hashOf('a', 1));
    expect(hashOf('a', 1)).not.toBe(hashOf('a', 2));
    expect(hashOf('a', 1)).not.toBe(hashOf('a', '1'));
    expect(unitOf('x')).toBeGreaterThanOrEqual(0);
    expect(unitOf('x')).toBeLessThan(1);
    expect(hexOf(7, 20)).toMatch(/^[0-9a-f]{20}$/);
    expect(uuidOf(123)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
