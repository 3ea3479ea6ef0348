import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { FIELD_DEFAULTS, FieldMap } from '../../src/config/fields';
import { createSearchEngine } from '../../src/elasticsearch/client';
import type { EngineKind, SearchEngine } from '../../src/elasticsearch/engine';
import { ACCESS_LOG_SETTINGS, accessLogMappings } from '../../src/elasticsearch/mapping';

/** The real engine that globalSetup started or found (see test/support/globalSetup.ts): its URL. */
export function testElasticsearchUrl(): string {
  const url = process.env.TEST_ELASTICSEARCH_URL ?? process.env.OPENSEARCH_URL ?? process.env.ELASTICSEARCH_URL;
  if (!url) throw new Error('no test Elasticsearch: globalSetup did not run');
  return url;
}

/** Which engine the run talks to: OpenSearch when OPENSEARCH_URL is set, else Elasticsearch. */
export function testEngineKind(): EngineKind {
  const kind = process.env.TEST_ENGINE ?? (process.env.OPENSEARCH_URL ? 'opensearch' : 'elasticsearch');
  if (kind !== 'elasticsearch' && kind !== 'opensearch') throw new Error(`TEST_ENGINE must be elasticsearch or opensearch, not ${kind}`);
  return kind;
}

/** For expected messages: `Elasticsearch` or `OpenSearch`. */
export function testEngineLabel(): string {
  return testEngineKind() === 'opensearch' ? 'OpenSearch' : 'Elasticsearch';
}

/** The setting that points the product at the test engine, as a user would set it. */
export function testEngineEnv(url = testElasticsearchUrl()): Record<string, string> {
  return testEngineKind() === 'opensearch' ? { OPENSEARCH_URL: url } : { ELASTICSEARCH_URL: url };
}

/** An engine on the test cluster, built by the product's own factory (generous timeout for setup work). */
export function testClient(): SearchEngine {
  return createSearchEngine({ ...loadConfig(testEngineEnv()).elasticsearch, timeoutMs: 30_000 });
}

/**
 * Filtered aliases, for tests that show the reader a slice of one index. Plain HTTP: `_aliases` takes the
 * same body on both engines, and the product itself never creates aliases, so its engine interface has none.
 */
export async function addAliases(aliases: ReadonlyArray<{ index: string; alias: string; filter: Record<string, unknown> }>): Promise<void> {
  const response = await fetch(`${testElasticsearchUrl()}/_aliases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ actions: aliases.map((add) => ({ add })) }),
  });
  if (!response.ok) throw new Error(`adding aliases failed: ${response.status} ${await response.text()}`);
}

/** A fresh index per test file (never matching `logs-*-*`, which real clusters map to data streams). */
export function uniqueIndexName(prefix = 'st-test'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

export async function createAccessLogIndex(client: SearchEngine, name: string, fields: FieldMap = { ...FIELD_DEFAULTS }): Promise<void> {
  await client.createIndex({ index: name, settings: ACCESS_LOG_SETTINGS, mappings: accessLogMappings(fields) });
}

/** Bulk-loads documents and refreshes so they are searchable at once. Fails loudly on any item error. */
export async function bulkLoad(client: SearchEngine, index: string, docs: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  const chunk = 5000;
  for (let i = 0; i < docs.length; i += chunk) {
    const operations = docs.slice(i, i + chunk).flatMap((doc) => [{ index: { _index: index } }, doc]);
    const response = await client.bulk({ operations, refresh: false });
    if (response.errors) {
      const first = response.items.find((item) => item.index?.error)?.index?.error;
      throw new Error(`bulk load into ${index} failed: ${JSON.stringify(first)}`);
    }
  }
  await client.refresh(index);
}

export async function deleteIndex(client: SearchEngine, name: string): Promise<void> {
  await client.deleteIndex(name);
}
