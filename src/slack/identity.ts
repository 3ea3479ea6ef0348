import { withTimeout } from '../timeout';

/**
 * The bot's own ids (from `auth.test`), needed to ignore its own messages and to strip its mention.
 * Bolt's built-in single-workspace authorize caches a failed `auth.test` forever (a Slack blip at boot would
 * leave the bot deaf); this one retries after a pause, bounds the wait so an acknowledgement is never held up
 * for long, and shares one call between concurrent requests.
 */
export interface BotIdentity {
  botUserId: string | undefined;
  botId: string | undefined;
  teamId: string | undefined;
}

export interface IdentityCache {
  /** The identity, or null while Slack cannot be reached (callers carry on without it). */
  get(): Promise<BotIdentity | null>;
}

export function createIdentityCache(options: {
  fetchIdentity: () => Promise<BotIdentity>;
  now: () => Date;
  retryAfterMs?: number;
  waitMs?: number;
}): IdentityCache {
  const retryAfterMs = options.retryAfterMs ?? 30_000;
  const waitMs = options.waitMs ?? 1500;
  let known: BotIdentity | null = null;
  let inFlight: Promise<BotIdentity | null> | null = null;
  let failedAt: number | null = null;

  function refresh(): Promise<BotIdentity | null> {
    if (inFlight) return inFlight;
    inFlight = options
      .fetchIdentity()
      .then((identity) => {
        known = identity;
        failedAt = null;
        return identity;
      })
      .catch(() => {
        failedAt = options.now().getTime();
        return null;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  return {
    async get(): Promise<BotIdentity | null> {
      if (known) return known;
      if (failedAt !== null && options.now().getTime() - failedAt < retryAfterMs) return null;
      return withTimeout(refresh(), waitMs, null);
    },
  };
}
