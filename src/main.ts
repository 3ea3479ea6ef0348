import type { Config } from './config';
import { createSearchEngine } from './elasticsearch/client';
import { clusterLocation } from './elasticsearch/errors';
import { discoveryFor } from './elasticsearch/fieldDiscovery';
import { checkElasticsearch } from './elasticsearch/health';
import { subsystem, type Logger } from './logging';
import { createAskService } from './services/ask';
import { createCheckService } from './services/check';
import { createTriageService } from './services/triage';
import { createWatcher, type Watcher, type WatchOptions } from './services/watch';
import { createAlertPoster } from './slack/alerts';
import { createSlackApp, type SlackAppHandle } from './slack/app';
import { withTimeout } from './timeout';

/**
 * `status-triage serve`: wiring only. Settings → Elasticsearch client → services → Slack app, then the spike
 * watcher once Slack can take its alerts. SIGTERM and SIGINT stop the watcher (its tick in flight finishes),
 * then stop taking Slack requests and let in-flight answers finish, then close the client.
 */

export type WatcherPlan = { enabled: true } | { enabled: false; reason: string };

/** Whether `serve` runs the watcher: it needs services to watch and a channel to post to. */
export function watcherPlan(config: Config): WatcherPlan {
  const missing: string[] = [];
  if (config.watch.services.length === 0) missing.push('WATCH_SERVICES');
  if (!config.watch.alertChannel) missing.push('ALERT_CHANNEL');
  if (missing.length === 0) return { enabled: true };
  return { enabled: false, reason: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set` };
}

export interface Server {
  slack: SlackAppHandle;
  watcher: Watcher | null;
  /** Watcher first (no alert half-posted), then Slack (answers in flight finish), then Elasticsearch. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Longest wait for the watcher's tick in flight at shutdown before it is abandoned (its lease expires on its own). */
  watcherStopMs?: number;
  watchOptions?: WatchOptions;
  /** The clock of triage, watcher and Slack app (default: the real one; the benchmark replays its data set's time). */
  now?: () => Date;
}

function within(work: Promise<void>, ms: number): Promise<boolean> {
  return withTimeout(work.then(() => true as const), ms, false);
}

/** Starts everything `serve` runs and answers how to stop it; `serve` adds the signals. */
export async function startServer(config: Config, logger: Logger, options: ServerOptions = {}): Promise<Server> {
  const client = createSearchEngine(config.elasticsearch);
  const location = clusterLocation(config.elasticsearch);
  const clock = options.now ? { now: options.now } : {};
  // One reading of the mapping for triage and the watcher, refreshed in the background.
  const discovery = discoveryFor(client, config);
  discovery.start(undefined, (error) => subsystem(logger, 'fields').warn({ err: error }, 'could not refresh the field mapping; keeping the last one'));
  const triage = createTriageService({ client, config, logger, discovery, ...clock });

  const plan = watcherPlan(config);
  const watcher = plan.enabled
    ? createWatcher({ client, config, logger, triage, discovery, poster: createAlertPoster({ config, logger }), ...clock, ...(options.watchOptions ? { options: options.watchOptions } : {}) })
    : null;
  if (!plan.enabled) subsystem(logger, 'watcher').warn(`spike watcher is off: ${plan.reason} (set both to post spike alerts)`);

  const slack = createSlackApp({
    config,
    logger,
    triage,
    ask: createAskService(),
    check: createCheckService({ client, config, discovery, ...clock }),
    health: async () => ({ elasticsearch: await checkElasticsearch(client, location) }),
    ...clock,
    ...(watcher ? { watcher } : {}),
  });
  try {
    await slack.start();
  } catch (error) {
    discovery.stop();
    await client.close().catch(() => undefined);
    throw error;
  }
  // Only now: an alert found before Slack could take it would wait a tick anyway.
  watcher?.start();
  logger.info({ mode: config.slack.socketMode ? 'socket' : 'http', port: slack.port(), elasticsearch: location, watcher: watcher !== null }, 'status-triage is running');

  const watcherStopMs = options.watcherStopMs ?? 20_000;
  let stopping: Promise<void> | null = null;
  return {
    slack,
    watcher,
    stop() {
      stopping ??= (async () => {
        if (watcher) {
          const stopped = await within(watcher.stop(), watcherStopMs).catch((error: unknown) => {
            logger.error({ err: error }, 'stopping the watcher failed');
            return true;
          });
          if (!stopped) logger.warn({ waitedMs: watcherStopMs }, 'the watcher tick in flight did not finish; abandoned (its claims expire on their own)');
        }
        await slack.stop().catch((error: unknown) => logger.error({ err: error }, 'stopping the Slack app failed'));
        discovery.stop();
        await client.close().catch(() => undefined);
      })();
      return stopping;
    },
  };
}

export async function serve(config: Config, logger: Logger): Promise<void> {
  // A promise nobody awaited must not take the bot down in the middle of an incident: log it and go on.
  const onUnhandled = (reason: unknown): void => {
    logger.error({ err: reason }, 'unhandled promise rejection (kept running)');
  };
  process.on('unhandledRejection', onUnhandled);
  let server: Server;
  try {
    server = await startServer(config, logger);
  } catch (error) {
    process.off('unhandledRejection', onUnhandled);
    throw error;
  }

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string): void => {
      logger.info({ signal, inFlight: server.slack.inFlight() }, 'shutting down');
      void server.stop().finally(() => {
        process.off('unhandledRejection', onUnhandled);
        resolve();
      });
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
}
