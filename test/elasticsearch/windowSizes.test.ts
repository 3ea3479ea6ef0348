import { WINDOW_SIZE_TTL_MS, WINDOW_SIZES_KEPT, WindowSizes } from '../../src/elasticsearch/windowSizes';

const key = { index: 'logs-*', service: 'checkout', environment: null, status: 404 };
const HOUR = 3_600_000;
const T = Date.parse('2026-12-06T12:00:00Z');

describe('window sizes a recent triage counted', () => {
  it('expects the rate last seen over the window asked now, for the same index, service, environment and status only', () => {
    const sizes = new WindowSizes();
    expect(sizes.expected(key, HOUR, T)).toBeNull();
    sizes.remember(key, 14_000, HOUR, T);
    expect(sizes.expected(key, HOUR, T + 60_000)).toBe(14_000);
    expect(sizes.expected(key, 15 * 60_000, T + 60_000)).toBe(3_500);
    expect(sizes.expected({ ...key, status: 403 }, HOUR, T)).toBeNull();
    expect(sizes.expected({ ...key, environment: 'prod' }, HOUR, T)).toBeNull();
    expect(sizes.expected({ ...key, index: 'other-*' }, HOUR, T)).toBeNull();
    // A newer count replaces the older.
    sizes.remember(key, 700, HOUR, T + 120_000);
    expect(sizes.expected(key, HOUR, T + 120_000)).toBe(700);
  });

  it('forgets a count once the window asked is further than the TTL from it, before or after', () => {
    const sizes = new WindowSizes();
    sizes.remember(key, 14_000, HOUR, T);
    expect(sizes.expected(key, HOUR, T + WINDOW_SIZE_TTL_MS)).toBe(14_000);
    expect(sizes.expected(key, HOUR, T + WINDOW_SIZE_TTL_MS + 1)).toBeNull();
    expect(sizes.expected(key, HOUR, T - WINDOW_SIZE_TTL_MS - 1)).toBeNull();
  });

  it('keeps at most WINDOW_SIZES_KEPT services, dropping the least recently counted', () => {
    const sizes = new WindowSizes();
    for (let i = 0; i <= WINDOW_SIZES_KEPT; i++) sizes.remember({ ...key, service: `s${i}` }, i + 1, HOUR, T);
    expect(sizes.expected({ ...key, service: 's0' }, HOUR, T)).toBeNull();
    expect(sizes.expected({ ...key, service: 's1' }, HOUR, T)).toBe(2);
    expect(sizes.expected({ ...key, service: `s${WINDOW_SIZES_KEPT}` }, HOUR, T)).toBe(WINDOW_SIZES_KEPT + 1);
  });
});
