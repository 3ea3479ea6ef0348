import type { SearchEngine } from '../elasticsearch/engine';
import type { Config } from '../config';
import { createSearchEngine } from '../elasticsearch/client';
import { discoveryFor } from '../elasticsearch/fieldDiscovery';
import type { Logger } from '../logging';
import { createAskService } from '../services/ask';
import { createCheckService } from '../services/check';
import { createTriageService } from '../services/triage';
import { runWatchOnce } from '../services/watch';
import type { CliServices } from './program';

/** The CLI's services over one client and one reading of the mapping; `client` is returned so callers can close it. */
export function buildCliServices(config: Config, logger: Logger): Omit<CliServices, 'config' | 'logger'> & { client: SearchEngine } {
  const client = createSearchEngine(config.elasticsearch);
  const discovery = discoveryFor(client, config);
  const triage = createTriageService({ client, config, logger, discovery });
  return {
    client,
    triage,
    ask: createAskService(),
    watchOnce: () => runWatchOnce({ client, config, logger, triage, discovery }),
    check: () => createCheckService({ client, config, discovery }).check(),
  };
}
