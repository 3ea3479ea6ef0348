import type { Config } from './config';
import { createElasticsearchClient } from './elasticsearch/client';
import { safeLocation } from './elasticsearch/errors';
import { checkElasticsearch } from './elasticsearch/health';
import type { Logger } from './logging';
import { createAskService } from './services/ask';
import { createTriageService } from './services/triage';
import { createSlackApp } from './slack/app';

/**
 * `status-triage serve`: wiring only. Settings → Elasticsearch client → services → Slack app; SIGTERM and
 * SIGINT stop taking requests, let in-flight answers finish, then close the client.
 */
export async function serve(config: Config, logger: Logger): Promise<void> {
  const client = createElasticsearchClient(config.elasticsearch);
  const location = config.elasticsearch.cloudId ? 'Elastic Cloud' : safeLocation(config.elasticsearch.url);
  const triage = createTriageService({ client, config, logger });
  const slack = createSlackApp({
    config,
    logger,
    triage,
    ask: createAskService(),
    health: async () => ({ elasticsearch: await checkElasticsearch(client, location) }),
  });
  await slack.start();
  logger.info({ mode: config.slack.socketMode ? 'socket' : 'http', port: slack.port(), elasticsearch: location }, 'status-triage is running');

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string): void => {
      logger.info({ signal, inFlight: slack.inFlight() }, 'shutting down');
      slack
        .stop()
        .catch((error: unknown) => logger.error({ err: error }, 'stopping the Slack app failed'))
        .finally(() => {
          void client.close().finally(resolve);
        });
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
}
