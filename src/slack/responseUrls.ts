/**
 * Slack's `response_url` works for 30 minutes and 5 posts. This keeps count, so a late answer goes straight
 * to `chat.postMessage` instead of failing against an expired URL first. Clock passed in; pure bookkeeping.
 */
export const RESPONSE_URL_MAX_AGE_MS = 30 * 60_000;
export const RESPONSE_URL_MAX_USES = 5;
/** Margin for clock skew and for the time the request spent reaching us. */
const SAFETY_MS = 60_000;

export interface ResponseUrlBudget {
  /** Notes when Slack handed us this URL (first sighting wins). */
  issued(url: string): void;
  usable(url: string): boolean;
  used(url: string): void;
  /** Slack said the URL is expired or used up: never try it again. */
  exhausted(url: string): void;
}

export function createResponseUrlBudget(options: { now: () => Date; maxAgeMs?: number; maxUses?: number }): ResponseUrlBudget {
  const maxAgeMs = (options.maxAgeMs ?? RESPONSE_URL_MAX_AGE_MS) - SAFETY_MS;
  const maxUses = options.maxUses ?? RESPONSE_URL_MAX_USES;
  const entries = new Map<string, { issuedAt: number; uses: number }>();

  function prune(nowMs: number): void {
    for (const [url, entry] of entries) {
      if (nowMs - entry.issuedAt <= maxAgeMs + SAFETY_MS) break;
      entries.delete(url);
    }
  }

  return {
    issued(url) {
      const nowMs = options.now().getTime();
      prune(nowMs);
      if (!entries.has(url)) entries.set(url, { issuedAt: nowMs, uses: 0 });
    },
    usable(url) {
      const entry = entries.get(url);
      // A URL we never saw issued (e.g. after a restart) is worth one try; a failure falls back anyway.
      if (entry === undefined) return true;
      return entry.uses < maxUses && options.now().getTime() - entry.issuedAt < maxAgeMs;
    },
    used(url) {
      const entry = entries.get(url);
      if (entry) entry.uses += 1;
      else entries.set(url, { issuedAt: options.now().getTime(), uses: 1 });
    },
    exhausted(url) {
      const entry = entries.get(url);
      if (entry) entry.uses = maxUses;
      else entries.set(url, { issuedAt: options.now().getTime(), uses: maxUses });
    },
  };
}
