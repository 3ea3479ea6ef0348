import type { Config, Env } from '../config';
import { demoDataset } from '../data/generator';
import { startLocalElasticsearch } from '../devtools/localElasticsearch';
import { bulkLoadStream, recreateAccessLogIndex } from '../elasticsearch/bulkLoad';
import { createSearchEngine } from '../elasticsearch/client';
import type { Logger } from '../logging';
import { createTriageService } from '../services/triage';
import type { CliIo } from './program';
import { renderTriageText } from './render';

/** Matches the default ELASTICSEARCH_INDEX (`logs-*`), so plain `status-triage triage …` works afterwards. */
export const DEMO_INDEX = 'logs-demo';

/**
 * `npm run demo`: a local Elasticsearch (unless ELASTICSEARCH_URL is set), a week of generated traffic
 * for five services with four incidents in progress, and the triage of each.
 */
export async function runDemo(config: Config, logger: Logger, io: CliIo, env: Env): Promise<void> {
  const say = (line: string): void => io.stderr(`${line}\n`);
  const started = Date.now();
  let url = config.elasticsearch.url;
  if (!env.ELASTICSEARCH_URL && !env.OPENSEARCH_URL && !config.elasticsearch.cloudId) {
    url = (await startLocalElasticsearch({ progress: say })).url;
  } else {
    const setting = config.elasticsearch.engine === 'opensearch' ? `OpenSearch at ${url} (OPENSEARCH_URL)` : `Elasticsearch at ${url} (ELASTICSEARCH_URL)`;
    say(`using the ${setting}; the demo writes to its index ${DEMO_INDEX}`);
  }
  const demoConfig: Config = { ...config, elasticsearch: { ...config.elasticsearch, url, index: DEMO_INDEX } };
  const client = createSearchEngine({ ...demoConfig.elasticsearch, timeoutMs: 60_000 });
  try {
    const end = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const dataset = demoDataset(end, { ratePerMinute: 3, fields: config.fields });
    say(`generating a week of access logs for ${dataset.services.join(', ')} (~${dataset.expectedDocs.toLocaleString('en-US')} documents)…`);
    await recreateAccessLogIndex(client, DEMO_INDEX, config.fields);
    const loaded = await bulkLoadStream(client, DEMO_INDEX, dataset.docs(), (n) => say(`  loaded ${n.toLocaleString('en-US')}…`));
    say(`loaded ${loaded.toLocaleString('en-US')} documents into ${DEMO_INDEX} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

    const triage = createTriageService({ client, config: demoConfig, logger });
    const runs = [...dataset.incidents.map((i) => ({ service: i.service, status: i.status, note: `incident: ${i.id}` })), ...dataset.calm.map((service) => ({ service, status: 404 as const, note: 'calm service' }))];
    for (const run of runs) {
      const result = await triage.triage({ status: run.status, service: run.service, window: '1h', environment: null, at: end });
      io.stdout(`━━━ status-triage triage ${run.status} ${run.service}   (${run.note})\n${renderTriageText(result)}\n\n`);
    }
    io.stdout(
      [
        `The demo data stays in ${DEMO_INDEX} on ${url}. Try, for example:`,
        '  node dist/cli/index.js triage 403 accounts-api 1h',
        '  node dist/cli/index.js triage 404 checkout-api 6h --json',
        '  node dist/cli/index.js ask "token expired, should that be 401 or 403?"',
        'Stop the local Elasticsearch with: npm run es:stop',
        '',
      ].join('\n'),
    );
  } finally {
    await client.close();
  }
}
