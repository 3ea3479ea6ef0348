import { withTimeout } from '../timeout';

/**
 * Work that continues after Slack has been acknowledged (triage runs, posts). Tracked so a graceful
 * shutdown can finish it, or give up on it after a deadline, instead of cutting answers off mid-post.
 */
export interface WorkTracker {
  track<T>(work: Promise<T>): Promise<T>;
  inFlight(): number;
  /** Resolves when all tracked work has settled or `timeoutMs` has passed; true when everything finished. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function createWorkTracker(): WorkTracker {
  const pending = new Set<Promise<unknown>>();
  return {
    track<T>(work: Promise<T>): Promise<T> {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
      return work;
    },
    inFlight: () => pending.size,
    drain(timeoutMs: number): Promise<boolean> {
      const all = (async (): Promise<true> => {
        while (pending.size > 0) await Promise.all([...pending]);
        return true;
      })();
      return withTimeout(all, timeoutMs, false);
    },
  };
}
