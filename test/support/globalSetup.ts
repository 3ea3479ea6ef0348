import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { elasticsearchFromEnv, elasticsearchPortFromEnv, startLocalElasticsearch } from '../../src/devtools/localElasticsearch';

/**
 * Every test run talks to a real engine: OPENSEARCH_URL or ELASTICSEARCH_URL when set, otherwise the local node of
 * LOCAL_ES_VERSION (8, the default, or 9) on LOCAL_ES_PORT or its own port, started here (and stopped in globalTeardown only if this run
 * started it).
 */
export default async function globalSetup(): Promise<void> {
  // OPENSEARCH_URL runs every integration suite against that OpenSearch instead (test/support/elasticsearch.ts).
  const engine = process.env.OPENSEARCH_URL ? 'opensearch' : 'elasticsearch';
  if (engine === 'opensearch' && process.env.ELASTICSEARCH_URL) throw new Error('set OPENSEARCH_URL or ELASTICSEARCH_URL for the tests, not both');
  let url = process.env.OPENSEARCH_URL ?? process.env.ELASTICSEARCH_URL;
  let startedByUs = false;
  let port: number | undefined;
  if (!url) {
    const handle = await startLocalElasticsearch({ engine: elasticsearchFromEnv(), port: elasticsearchPortFromEnv(), progress: (line) => process.stderr.write(`\n[es] ${line}`) });
    url = handle.url;
    startedByUs = handle.startedByUs;
    port = handle.port;
  }
  process.env.TEST_ELASTICSEARCH_URL = url;
  process.env.TEST_ENGINE = engine;
  writeFileSync(join(__dirname, '..', '..', '.es-test-run.json'), JSON.stringify({ url, startedByUs, port }));
}
