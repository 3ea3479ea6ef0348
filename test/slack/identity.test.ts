import { createIdentityCache } from '../../src/slack/identity';

const me = { botUserId: 'U0BOT', botId: 'B0BOT', teamId: 'T0' };

describe('createIdentityCache', () => {
  it('asks once and remembers', async () => {
    let calls = 0;
    const cache = createIdentityCache({ now: () => new Date(0), fetchIdentity: async () => ((calls += 1), me) });
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([me, me]);
    expect(await cache.get()).toEqual(me);
    expect(calls).toBe(1);
  });

  it('carries on without an identity when Slack fails, and retries after a pause', async () => {
    let now = 0;
    let fail = true;
    let calls = 0;
    const cache = createIdentityCache({
      now: () => new Date(now),
      retryAfterMs: 1000,
      fetchIdentity: async () => {
        calls += 1;
        if (fail) throw new Error('slack down');
        return me;
      },
    });
    expect(await cache.get()).toBeNull();
    fail = false;
    expect(await cache.get()).toBeNull();
    expect(calls).toBe(1);
    now = 1500;
    expect(await cache.get()).toEqual(me);
  });

  it('does not hold a request up for longer than it may wait', async () => {
    // Fake timers: the wait is asserted on the clock the cache uses, not on a shared machine's wall clock.
    jest.useFakeTimers();
    try {
      const cache = createIdentityCache({ now: () => new Date(0), waitMs: 50, fetchIdentity: () => new Promise(() => undefined) });
      let answered: unknown = 'pending';
      void cache.get().then((identity) => (answered = identity));
      await jest.advanceTimersByTimeAsync(49);
      expect(answered).toBe('pending');
      await jest.advanceTimersByTimeAsync(1);
      expect(answered).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });
});
