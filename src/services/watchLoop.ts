import { describeError } from '../errors';
import type { Logger } from '../logging';
import type { TickReport } from './watchTypes';

/**
 * When the watcher ticks: every interval, one tick at a time, with growing (jittered) waits while
 * Elasticsearch keeps failing. Failures are logged, never thrown.
 */

export interface TickLoopDeps {
  runTick: () => Promise<TickReport>;
  log: Logger;
  intervalMs: number;
  maxBackoffMs: number;
}

export interface TickLoop {
  /** One tick now; a tick asked for while one runs shares its result. */
  tick(): Promise<TickReport>;
  /** false when it was already running. */
  start(): boolean;
  /** Stops the loop and waits for a tick in flight. */
  stop(): Promise<void>;
}

export function createTickLoop(deps: TickLoopDeps): TickLoop {
  const { log, intervalMs } = deps;
  let inFlight: Promise<TickReport> | null = null;
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;

  function tick(): Promise<TickReport> {
    // One tick at a time per watcher: a manual tick during a loop tick shares its result.
    if (inFlight === null) inFlight = deps.runTick().finally(() => (inFlight = null));
    return inFlight;
  }

  function backoffMs(): number {
    const base = Math.min(deps.maxBackoffMs, intervalMs * 2 ** Math.min(failures, 20));
    // Jitter keeps replicas that failed together from retrying in lockstep.
    return Math.round(base * (0.9 + Math.random() * 0.2));
  }

  async function loop(): Promise<void> {
    timer = null;
    if (!running) return;
    const started = Date.now();
    let delay: number;
    try {
      const report = await tick();
      failures = 0;
      delay = Math.max(0, intervalMs - (Date.now() - started));
      if (report.errors.length > 0) log.warn({ errors: report.errors.length }, 'some alert transitions failed; they are retried next tick');
    } catch (error) {
      failures++;
      delay = backoffMs();
      log.error({ err: error, failures, retryInMs: delay }, `watch tick failed: ${describeError(error)}`);
    }
    if (running) timer = setTimeout(() => void loop(), delay);
  }

  return {
    tick,
    start() {
      if (running) return false;
      running = true;
      failures = 0;
      timer = setTimeout(() => void loop(), 0);
      return true;
    },
    async stop() {
      running = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (inFlight !== null) await inFlight.catch(() => undefined);
    },
  };
}
