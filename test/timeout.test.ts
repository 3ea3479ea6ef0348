import { withTimeout } from '../src/timeout';

describe('withTimeout', () => {
  it('answers the work when it finishes first, and the fallback when time runs out first', async () => {
    await expect(withTimeout(Promise.resolve('done'), 1000, 'late')).resolves.toBe('done');
    await expect(withTimeout(new Promise<string>(() => undefined), 10, 'late')).resolves.toBe('late');
  });

  it('passes the work\'s failure through', async () => {
    await expect(withTimeout(Promise.reject(new Error('boom')), 1000, 'late')).rejects.toThrow('boom');
  });

  it('leaves no timer behind once the work has won', async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    await withTimeout(Promise.resolve(1), 60_000, 0);
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(before);
  });
});
