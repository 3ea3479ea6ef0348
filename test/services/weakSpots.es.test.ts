import type { SearchEngine } from '../../src/elasticsearch/engine';
import { loadConfig } from '../../src/config';
import { generateDataset, type IncidentSpec } from '../../src/data/generator';
import { bulkLoadStream, recreateAccessLogIndex } from '../../src/elasticsearch/bulkLoad';
import type { TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { createTriageService } from '../../src/services/triage';
import { testClient, testEngineEnv, uniqueIndexName } from '../support/elasticsearch';

/**
 * A weak spot #12 names, on generated incidents in the real Elasticsearch over several seeds: an
 * IP-allowlist incident must not show a policy mismatch as a close second. (The other, URLs retired long ago
 * and asked for only a few times an hour ranking after baseline noise, is not mended: see the note.)
 */
const END = new Date('2026-11-20T14:00:00Z');
const FROM = new Date(END.getTime() - 40 * 60_000);
const SEEDS = [11, 12, 13];

describe('#12 weak spots on a real Elasticsearch', () => {
  let client: SearchEngine;
  const indices: string[] = [];
  const results = new Map<string, TriageResult>();

  beforeAll(async () => {
    client = testClient();
    for (const seed of SEEDS) {
      const index = uniqueIndexName(`st-weak-${seed}`);
      indices.push(index);
      const config = loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: index, ELASTICSEARCH_TIMEOUT: '30s' });
      await recreateAccessLogIndex(client, index, config.fields);
      const incidents: IncidentSpec[] = [
        { id: 'ip_allowlist_block', service: 'weak-ip', from: FROM, to: END },
      ];
      await bulkLoadStream(client, index, generateDataset({ end: END, days: 7, ratePerMinute: 1.5, seed, services: incidents.map((i) => i.service), incidents }));
      const triage = createTriageService({ client, config, logger: createLogger({ level: 'silent' }) });
      const ask = (service: string, status: 403 | 404, window: '1h' | '24h'): Promise<TriageResult> => triage.triage({ status, service, window, environment: null, at: END });
      results.set(`ip:${seed}`, await ask('weak-ip', 403, '1h'));
    }
  }, 600_000);

  afterAll(async () => {
    for (const index of indices) await client.deleteIndex(index);
    await client.close();
  });

  it.each(SEEDS)('seed %i: an IP allowlist incident ranks first, and a policy mismatch is at most a distant second', (seed) => {
    const causes = results.get(`ip:${seed}`)?.causes ?? [];
    expect(causes[0]?.id).toBe('ip_allowlist_block');
    const rbac = causes.find((c) => c.id === 'rbac_policy_mismatch');
    expect(rbac === undefined || rbac.confidence <= 0.6 * (causes[0]?.confidence ?? 0)).toBe(true);
  });
});
