import { webApi } from '@slack/bolt';
import { requireSlackCredentials, type Config } from '../../config';
import { subsystem, type Logger } from '../../logging';
import { slackApiUrl } from '../app';
import { createBoltLogger } from '../boltLogger';
import { createSlackAlertPoster, type SlackAlertPoster, type SlackAlertPosterOptions } from './poster';
import { alertWebFromClient } from './web';

export { createSlackAlertPoster, isPermanent, platformError, rateLimitedMs } from './poster';
export type { SlackAlertPoster, SlackAlertPosterOptions } from './poster';
export { alertWebFromClient } from './web';
export type { AlertWeb } from './web';

/**
 * The poster `serve` gives the watcher: its own WebClient, because alerts want another retry policy than
 * answers. 429s are rejected by the client and waited out by the poster (bounded, per channel); the client
 * retries only what never reached Slack's answer (network failures, 5xx), a few times, quickly.
 */
export function createAlertPoster(deps: {
  config: Config;
  logger: Logger;
  options?: Omit<SlackAlertPosterOptions, 'web' | 'logger'>;
}): SlackAlertPoster {
  const { botToken } = requireSlackCredentials(deps.config);
  const apiUrl = slackApiUrl(deps.config.slack.apiUrl);
  const client = new webApi.WebClient(botToken, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    logger: createBoltLogger(subsystem(deps.logger, 'bolt')),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
    timeout: 10_000,
  });
  return createSlackAlertPoster({ web: alertWebFromClient(client), logger: subsystem(deps.logger, 'alerts'), ...deps.options });
}
