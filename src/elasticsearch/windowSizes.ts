/**
 * How many target-status requests a service's window held the last time it was triaged, kept for a few
 * minutes (issue #14). Round one cannot learn the window's count before its own answer, so without this it
 * draws the window's top values from a fixed number of errors ranked by a seeded hash, which scores every
 * error of the window (about 25 ms on 14,000 of them). With a recent count it knows how big the window is
 * before it asks, and draws them with a `random_sampler` at the probability that keeps about as many,
 * which reads only those (about 9 ms). Nothing here reads a clock: every call says when it is.
 */

export interface WindowKey {
  index: string;
  service: string | null;
  environment: string | null;
  status: number;
}

interface Remembered {
  /** Target-status requests per millisecond of the window. */
  rate: number;
  /** The window's end (ms since the epoch). */
  at: number;
}

/** A count older than this says little about the window asked now (an incident changes within minutes). */
export const WINDOW_SIZE_TTL_MS = 15 * 60_000;
/** Services remembered at most; the least recently asked go first. */
export const WINDOW_SIZES_KEPT = 1_000;

const keyOf = (k: WindowKey): string => JSON.stringify([k.index, k.service, k.environment, k.status]);

export class WindowSizes {
  private readonly sizes = new Map<string, Remembered>();

  /** Records what a triage counted: `count` target-status requests in a window of `windowMs` ending at `at`. */
  remember(key: WindowKey, count: number, windowMs: number, at: number): void {
    const id = keyOf(key);
    this.sizes.delete(id);
    this.sizes.set(id, { rate: count / Math.max(1, windowMs), at });
    if (this.sizes.size > WINDOW_SIZES_KEPT) {
      const oldest = this.sizes.keys().next().value;
      if (oldest !== undefined) this.sizes.delete(oldest);
    }
  }

  /**
   * The count expected in a window of `windowMs` ending at `at`, at the rate last seen; null when nothing
   * recent is known (never asked, or asked more than WINDOW_SIZE_TTL_MS away from `at`).
   */
  expected(key: WindowKey, windowMs: number, at: number): number | null {
    const seen = this.sizes.get(keyOf(key));
    if (seen === undefined || Math.abs(at - seen.at) > WINDOW_SIZE_TTL_MS) return null;
    return Math.round(seen.rate * windowMs);
  }
}
