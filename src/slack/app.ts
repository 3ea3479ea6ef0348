import type { Server } from 'node:http';
import { App, HTTPReceiver, webApi, type AuthorizeResult } from '@slack/bolt';
import { requireSlackCredentials, type Config } from '../config';
import { AppError, ErrorCode } from '../errors';
import { type Logger, subsystem } from '../logging';
import type { CheckService } from '../services/check';
import type { AskService, TriageService } from '../services/types';
import type { Watcher } from '../services/watch';
import { checkAccess } from './access';
import { alertWebFromClient } from './alerts/web';
import { createBoltLogger } from './boltLogger';
import { createEventDeduper } from './dedupe';
import { createDelivery, slackWebFromClient } from './delivery';
import { healthRoutes, type HealthCheck, type Reachability } from './health';
import { createIdentityCache } from './identity';
import { registerListeners, type ListenerDeps } from './listeners';
import { EVENTS_PATH } from './registry';
import { createResponseUrlBudget } from './responseUrls';
import { createWorkTracker } from './work';

export interface SlackAppDeps {
  config: Config;
  logger: Logger;
  triage: TriageService;
  ask: AskService;
  /** `/status-triage check`; without it the command says it is not available. */
  check?: CheckService;
  now?: () => Date;
  /** Elasticsearch reachability for `/healthz`; without it the report says "not checked". */
  health?: HealthCheck;
  /** How `response_url` is posted to (tests and proxies may pass their own). */
  fetch?: typeof fetch;
  /**
   * Backstop after which the asker is told the triage is taking too long (default: three times
   * ELASTICSEARCH_TIMEOUT, at least 15 s). A result that still arrives is posted, marked late.
   */
  triageDeadlineMs?: number;
  /**
   * The spike watcher, when one runs in this process: the alert buttons (mute, acknowledge) and the
   * `alerts` / `mute` / `unmute` commands act through it. Without it they answer that alerts are off.
   * The app neither starts nor stops it: `serve` does.
   */
  watcher?: Watcher;
}

export interface SlackAppHandle {
  app: App;
  start(): Promise<void>;
  /** Stops taking requests, then lets in-flight answers finish for up to `drainMs` (default 15 s). */
  stop(options?: { drainMs?: number }): Promise<void>;
  /** The HTTP port actually listened on (useful with PORT 0), once started. */
  port(): number | undefined;
  /** Triage runs and posts still in progress. */
  inFlight(): number;
}

/** Bolt's Web API base must end with a slash: `https://slack.com/api/`. */
export function slackApiUrl(configured: string | undefined): string | undefined {
  if (configured === undefined) return undefined;
  return configured.endsWith('/') ? configured : `${configured}/`;
}

/**
 * Builds the Bolt app: Socket Mode when configured (SLACK_APP_TOKEN), otherwise HTTP on `config.slack.port`
 * with `/slack/events`, plus `/healthz` and `/livez` in both modes. The transport only carries requests;
 * the listeners hold the logic and receive everything they use from here.
 */
export function createSlackApp(deps: SlackAppDeps): SlackAppHandle {
  const { config } = deps;
  const { botToken, signingSecret } = requireSlackCredentials(config);
  const now = deps.now ?? (() => new Date());
  const log = subsystem(deps.logger, 'slack');
  const boltLogger = createBoltLogger(subsystem(deps.logger, 'bolt'));
  const mode: 'http' | 'socket' = config.slack.socketMode ? 'socket' : 'http';

  const names = config.slack.allowedChannels.filter((c) => !/^[CGD][A-Z0-9]+$/.test(c));
  if (names.length > 0) {
    // Mentions and DMs carry only channel ids; a name matches slash commands and buttons alone.
    log.warn({ entries: names }, 'ALLOWED_CHANNELS has channel names: they match slash commands and buttons only; use channel ids (C…) to allow mentions too');
  }

  const alertChannel = config.watch.alertChannel;
  // The alert channel is checked as a click there would be: by id, or by name.
  const alertChannelAllowed = (channel: string): boolean =>
    checkAccess({ userId: '', channelId: channel, channelName: channel }, { allowedUsers: [], allowedChannels: config.slack.allowedChannels }).allowed;
  if (deps.watcher && alertChannel && !alertChannelAllowed(alertChannel)) {
    // A name in ALLOWED_CHANNELS may still match the clicks (they carry the name); the id cannot be resolved here.
    log.warn({ alertChannel }, 'ALERT_CHANNEL is not in ALLOWED_CHANNELS as written: buttons on alerts are refused unless the channel is allowed by its name');
  }

  const apiUrl = slackApiUrl(config.slack.apiUrl);
  const clientOptions: webApi.WebClientOptions = {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    logger: boltLogger,
    // An answer minutes late is no answer: a few quick retries (429s are waited out as Slack asks), then fall back.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
    timeout: 10_000,
  };
  const web = new webApi.WebClient(botToken, clientOptions);

  const identity = createIdentityCache({
    now,
    fetchIdentity: async () => {
      const result = await web.auth.test();
      return { botUserId: result.user_id, botId: result.bot_id, teamId: result.team_id };
    },
  });
  const authorize = async (): Promise<AuthorizeResult> => {
    const self = await identity.get();
    return { botToken, botUserId: self?.botUserId, botId: self?.botId };
  };

  const work = createWorkTracker();
  const checkSlack = async (): Promise<Reachability> => {
    const started = Date.now();
    await web.auth.test();
    return { reachable: true, latencyMs: Date.now() - started };
  };
  const customRoutes = healthRoutes({ mode, checkSlack, health: deps.health, inFlight: () => work.inFlight(), now });

  let app: App;
  if (mode === 'socket') {
    const appToken = config.slack.appToken;
    if (!appToken) throw new AppError(ErrorCode.ConfigInvalid, 'missing setting: SLACK_APP_TOKEN (needed for Socket Mode)');
    app = new App({
      authorize,
      appToken,
      socketMode: true,
      port: config.slack.port,
      customRoutes,
      logger: boltLogger,
      clientOptions,
      convoStore: false,
    });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret,
      endpoints: EVENTS_PATH,
      port: config.slack.port,
      customRoutes,
      logger: boltLogger,
      // Acknowledge as soon as a listener calls ack(); slow work continues after the HTTP response.
      processBeforeResponse: false,
    });
    app = new App({ receiver, authorize, logger: boltLogger, clientOptions, convoStore: false });
  }

  const budget = createResponseUrlBudget({ now });
  const listenerDeps: ListenerDeps = {
    config,
    logger: log,
    triage: deps.triage,
    ask: deps.ask,
    check: deps.check,
    now,
    budget,
    dedupe: createEventDeduper({ now }),
    work,
    delivery: createDelivery({ web: slackWebFromClient(web), budget, logger: log, ...(deps.fetch ? { fetch: deps.fetch } : {}) }),
    // The triage service has its own Elasticsearch timeout; this backstop only catches what slips past it.
    triageDeadlineMs: deps.triageDeadlineMs ?? Math.max(15_000, config.elasticsearch.timeoutMs * 3),
    watcher: deps.watcher,
    alertWeb: alertWebFromClient(web),
  };
  registerListeners(app, listenerDeps);
  app.error(async (error) => {
    log.error({ err: error }, 'unhandled error in a Slack listener');
  });

  let listeningPort: number | undefined;
  let httpServer: Server | undefined;
  let started = false;
  return {
    app,
    async start() {
      // Learn the bot's identity before the first request, so no acknowledgement waits for auth.test.
      void identity.get();
      const server: unknown = await app.start(config.slack.port);
      started = true;
      if (mode === 'http' && isServer(server)) {
        httpServer = server;
        const address = server.address();
        listeningPort = typeof address === 'object' && address !== null ? address.port : config.slack.port;
      } else {
        listeningPort = config.slack.port;
      }
      log.info({ mode, port: listeningPort, apiUrl: apiUrl ?? 'https://slack.com/api/' }, 'Slack app started');
    },
    async stop(options = {}) {
      const drainMs = options.drainMs ?? 15_000;
      if (started) {
        started = false;
        // A connection that never finishes (a client that stalls mid-request) must not hold shutdown hostage.
        const stopped = app.stop();
        const forced = setTimeout(() => httpServer?.closeAllConnections(), Math.min(drainMs, 5000));
        forced.unref();
        await stopped.finally(() => clearTimeout(forced));
      }
      const drained = await work.drain(drainMs);
      if (!drained) log.warn({ inFlight: work.inFlight() }, 'stopped with answers still in progress; they are abandoned');
      log.info('Slack app stopped');
    },
    port: () => listeningPort,
    inFlight: () => work.inFlight(),
  };
}

function isServer(value: unknown): value is Server {
  return typeof value === 'object' && value !== null && 'address' in value && typeof (value as Server).address === 'function';
}
