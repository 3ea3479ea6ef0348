import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig, type Config } from '../src/config';
import { createLogger } from '../src/logging';
import { startServer } from '../src/main';

/**
 * The bot under measurement, in a process of its own (forked by slackBench with --expose-gc): exactly
 * what `status-triage serve` runs (startServer: Slack app, triage, the watcher when configured), on a
 * free port, with its clock set to the data set's end so that "the last hour" is the data's last hour.
 * It answers the parent over IPC: `memory` (after forcing garbage collection, with the event-loop
 * delay since the previous reading) and `stop`.
 */

export type ParentMessage = { type: 'memory' } | { type: 'stop' };
export interface LoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}
export type BotMessage =
  | { type: 'ready'; port: number; watcher: boolean }
  | { type: 'memory'; rss: number; heapUsed: number; gcForced: boolean; loopDelay: LoopDelay }
  | { type: 'failed'; message: string };

function send(message: BotMessage): void {
  process.send?.(message);
}

const loop = monitorEventLoopDelay({ resolution: 5 });

async function settledMemory(): Promise<BotMessage> {
  const ns = 1e6;
  const loopDelay = { p50Ms: loop.percentile(50) / ns, p99Ms: loop.percentile(99) / ns, maxMs: loop.max / ns };
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3 && gc; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const usage = process.memoryUsage();
  loop.reset();
  return { type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed, gcForced: gc !== undefined, loopDelay };
}

async function main(): Promise<void> {
  const offsetMs = Number(process.env.BENCH_CLOCK_OFFSET_MS ?? '0');
  const now = (): Date => new Date(Date.now() + offsetMs);
  const loaded = loadConfig(process.env);
  // Port 0: the operating system picks a free one (the settings schema only accepts 1–65535).
  const config: Config = { ...loaded, slack: { ...loaded.slack, port: 0 } };
  const logger = createLogger({ level: config.logLevel, pretty: false });
  const server = await startServer(config, logger, { now });
  loop.enable();
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'memory') {
      void settledMemory().then(send);
      return;
    }
    void server.stop().finally(() => process.exit(0));
  });
  send({ type: 'ready', port: server.slack.port() ?? 0, watcher: server.watcher !== null });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
