import { createWorkTracker } from '../../src/slack/work';

describe('createWorkTracker', () => {
  it('drains finished and failed work', async () => {
    const work = createWorkTracker();
    void work.track(new Promise((resolve) => setTimeout(resolve, 20)));
    work.track(Promise.reject(new Error('x'))).catch(() => undefined);
    expect(work.inFlight()).toBe(2);
    expect(await work.drain(1000)).toBe(true);
    expect(work.inFlight()).toBe(0);
  });

  it('gives up at the deadline', async () => {
    const work = createWorkTracker();
    void work.track(new Promise(() => undefined));
    expect(await work.drain(30)).toBe(false);
  });
});
