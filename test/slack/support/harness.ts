import { loadConfig, type Config, type Env } from '../../../src/config';
import type { CheckService } from '../../../src/services/check';
import type { AskService, TriageService } from '../../../src/services/types';
import type { Watcher } from '../../../src/services/watch';
import { createSlackApp, type SlackAppHandle } from '../../../src/slack/app';
import type { HealthCheck } from '../../../src/slack/health';
import { startSlackRecorder, type SlackRecorder } from '../../support/slackRecorder';
import { captureLogs, type CapturedLogs } from './logs';
import { postToSlackEndpoint, type PostOptions, type PostResult } from './signing';

export const SIGNING_SECRET = 'e2e-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-e2e-0000-secret-bot-token';

export interface Harness {
  slack: SlackRecorder;
  app: SlackAppHandle;
  config: Config;
  logs: CapturedLogs;
  /** `http://127.0.0.1:<port>` of the running app. */
  baseUrl: string;
  /** Posts a raw body to /slack/events, signed with the app's secret unless `options` says otherwise. */
  post(rawBody: string, contentType: string, options?: Partial<PostOptions>): Promise<PostResult>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  triage: TriageService;
  ask: AskService;
  env?: Env;
  now?: () => Date;
  health?: HealthCheck;
  triageDeadlineMs?: number;
  /** A recorder started beforehand (e.g. because a watcher's poster already points at it); closed by `stop`. */
  recorder?: SlackRecorder;
  watcher?: Watcher;
  check?: CheckService;
}

/** Starts the real Bolt app in HTTP mode on a free port, talking to a local Slack recorder. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const slack = options.recorder ?? (await startSlackRecorder({ botUserId: 'U0BOT', botId: 'B0BOT' }));
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_SOCKET_MODE: 'false',
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  // PORT 0: the operating system picks a free port (the settings schema only accepts 1–65535).
  const config: Config = { ...loaded, slack: { ...loaded.slack, port: 0 } };
  const logs = captureLogs();
  const app = createSlackApp({
    config,
    logger: logs.logger,
    triage: options.triage,
    ask: options.ask,
    ...(options.now ? { now: options.now } : {}),
    ...(options.health ? { health: options.health } : {}),
    ...(options.triageDeadlineMs ? { triageDeadlineMs: options.triageDeadlineMs } : {}),
    ...(options.watcher ? { watcher: options.watcher } : {}),
    ...(options.check ? { check: options.check } : {}),
  });
  await app.start();
  const baseUrl = `http://127.0.0.1:${app.port()}`;
  return {
    slack,
    app,
    config,
    logs,
    baseUrl,
    post: (rawBody, contentType, postOptions = {}) =>
      postToSlackEndpoint(`${baseUrl}/slack/events`, rawBody, contentType, { secret: SIGNING_SECRET, ...postOptions }),
    async stop() {
      await app.stop({ drainMs: 5000 });
      await slack.close();
    },
  };
}
