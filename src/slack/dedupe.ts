/**
 * Remembers recently seen Slack event ids, so a retried delivery (`X-Slack-Retry-Num`, Socket Mode
 * `retry_attempt`) does not run a triage twice. In memory: one process per app is how this bot is run;
 * after a restart a retry is processed once, which is what Slack's retry is for.
 */
export interface EventDeduper {
  /** True when `id` was seen within the window (a duplicate); otherwise records it and returns false. */
  isDuplicate(id: string): boolean;
  size(): number;
}

export function createEventDeduper(options: { now: () => Date; ttlMs?: number; maxEntries?: number }): EventDeduper {
  // Slack retries three times within about an hour at most.
  const ttlMs = options.ttlMs ?? 2 * 60 * 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const seen = new Map<string, number>();

  function prune(nowMs: number): void {
    for (const [id, at] of seen) {
      if (nowMs - at < ttlMs && seen.size <= maxEntries) break;
      seen.delete(id);
    }
  }

  return {
    isDuplicate(id: string): boolean {
      const nowMs = options.now().getTime();
      prune(nowMs);
      const at = seen.get(id);
      if (at !== undefined && nowMs - at < ttlMs) return true;
      seen.set(id, nowMs);
      return false;
    },
    size: () => seen.size,
  };
}
