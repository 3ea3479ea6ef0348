import { createEventDeduper } from '../../src/slack/dedupe';

describe('createEventDeduper', () => {
  it('reports a redelivery as a duplicate within the window, and forgets after it', () => {
    let now = 0;
    const dedupe = createEventDeduper({ now: () => new Date(now), ttlMs: 1000 });
    expect(dedupe.isDuplicate('Ev1')).toBe(false);
    expect(dedupe.isDuplicate('Ev1')).toBe(true);
    expect(dedupe.isDuplicate('Ev2')).toBe(false);
    now = 1500;
    expect(dedupe.isDuplicate('Ev1')).toBe(false);
    expect(dedupe.size()).toBe(1);
  });

  it('stays bounded', () => {
    const dedupe = createEventDeduper({ now: () => new Date(0), maxEntries: 100 });
    for (let i = 0; i < 1000; i += 1) dedupe.isDuplicate(`Ev${i}`);
    expect(dedupe.size()).toBeLessThanOrEqual(101);
    expect(dedupe.isDuplicate('Ev999')).toBe(true);
  });
});
