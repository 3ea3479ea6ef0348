import { randomBytes } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { FIELD_DEFAULTS, FieldMap } from '../../src/config/fields';
import { ACCESS_LOG_SETTINGS, accessLogMappings } from '../../src/elasticsearch/mapping';

/** The real Elasticsearch that globalSetup started or found (see test/support/globalSetup.ts). */
export function testElasticsearchUrl(): string {
  const url = process.env.TEST_ELASTICSEARCH_URL ?? process.env.ELASTICSEARCH_URL;
  if (!url) throw new Error('no test Elasticsearch: globalSetup did not run');
  return url;
}

export function testClient(): Client {
  return new Client({ node: testElasticsearchUrl(), requestTimeout: 30_000 });
}

/** A fresh index per test file (never matching `logs-*-*`, which real clusters map to data streams). */
export function uniqueIndexName(prefix = 'st-test'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

export async function createAccessLogIndex(client: Client, name: string, fields: FieldMap = { ...FIELD_DEFAULTS }): Promise<void> {
  await client.indices.create({ index: name, settings: ACCESS_LOG_SETTINGS, mappings: accessLogMappings(fields) });
}

/** Bulk-loads documents and refreshes so they are searchable at once. Fails loudly on any item error. */
export async function bulkLoad(client: Client, index: string, docs: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  const chunk = 5000;
  for (let i = 0; i < docs.length; i += chunk) {
    const operations = docs.slice(i, i + chunk).flatMap((doc) => [{ index: { _index: index } }, doc]);
    const response = await client.bulk({ operations, refresh: false });
    if (response.errors) {
      const first = response.items.find((item) => item.index?.error)?.index?.error;
      throw new Error(`bulk load into ${index} failed: ${JSON.stringify(first)}`);
    }
  }
  await client.indices.refresh({ index });
}

export async function deleteIndex(client: Client, name: string): Promise<void> {
  await client.indices.delete({ index: name, ignore_unavailable: true });
}
