import type { SearchEngine } from '../../src/elasticsearch/engine';
import { loadConfig } from '../../src/config';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { generateDataset, type IncidentSpec } from '../../src/data/generator';
import { accessLogMappings, ACCESS_LOG_SETTINGS } from '../../src/elasticsearch/mapping';
import type { TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { createTriageService } from '../../src/services/triage';
import { runRealCli } from '../reliability/support';
import { bulkLoad, testClient, testEngineEnv, uniqueIndexName } from '../support/elasticsearch';

/**
 * The review after an incident (`--at`), across a template change made since: daily indices mapped
 * dynamically (`text` + `.keyword`) until two days ago, under the ECS template after. Discovery reads a
 * role in the form the newest index has (a3493e8), which is right for now, but the incident four days ago
 * lives in the older indices: `triage --at` answered "no 404s in this window" (with a shard failure) where
 * the same documents in one ECS index show 200-odd 404s and a routing regression.
 */
const END = new Date('2026-11-20T14:00:00Z');
const INCIDENT_END = new Date(END.getTime() - 4 * 86_400_000);
const SERVICE = 'review-api';

describe('--at before a template change', () => {
  let client: SearchEngine;
  let base: string;
  const results = new Map<string, TriageResult>();

  beforeAll(async () => {
    client = testClient();
    base = uniqueIndexName('st-pasttpl');
    const incident: IncidentSpec = { id: 'routing_regression', service: SERVICE, from: new Date(INCIDENT_END.getTime() - 40 * 60_000), to: INCIDENT_END };
    const docs = [...generateDataset({ end: END, days: 12, ratePerMinute: 1, services: [SERVICE], incidents: [incident], withReason: false })];
    await client.createIndex({ index: `${base}-ecs`, settings: ACCESS_LOG_SETTINGS, mappings: accessLogMappings({ ...FIELD_DEFAULTS }) });
    await bulkLoad(client, `${base}-ecs`, docs);
    const days = [...new Set(docs.map((d) => String(d['@timestamp']).slice(0, 10)))].sort();
    for (const [i, day] of days.entries()) {
      const templated = i >= days.length - 2;
      await client.createIndex({ index: `${base}-daily-${day}`, settings: ACCESS_LOG_SETTINGS, ...(templated ? { mappings: accessLogMappings({ ...FIELD_DEFAULTS }) } : {}) });
      await bulkLoad(client, `${base}-daily-${day}`, docs.filter((d) => String(d['@timestamp']).startsWith(day)));
    }
    for (const pattern of ['ecs', 'daily-*']) {
      const config = loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-${pattern}`, ELASTICSEARCH_TIMEOUT: '30s' });
      const triage = createTriageService({ client, config, logger: createLogger({ level: 'silent' }), now: () => END });
      results.set(pattern, await triage.triage({ status: 404, service: SERVICE, window: '1h', environment: null, at: INCIDENT_END }));
    }
  }, 300_000);

  afterAll(async () => {
    await client.deleteIndex(`${base}-*`);
    await client.close();
  });

  it('reads the incident as the indices of that day hold it: the same errors, series and top cause as one ECS index', () => {
    const ecs = results.get('ecs');
    const daily = results.get('daily-*');
    expect(ecs?.total).toBeGreaterThan(100);
    expect(ecs?.causes[0]?.id).toBe('routing_regression');
    expect({ total: daily?.total, series: daily?.series, baseline: daily?.baseline, top: daily?.causes[0]?.id }).toEqual({
      total: ecs?.total,
      series: ecs?.series,
      baseline: ecs?.baseline,
      top: 'routing_regression',
    });
    expect(daily?.notes.join('\n')).not.toMatch(/shard failures/);
  });

  it('the CLI review (`triage --at`) finds it too', async () => {
    const run = await runRealCli(['triage', '404', SERVICE, '1h', '--at', INCIDENT_END.toISOString(), '--json'], { ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-daily-*` });
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as TriageResult;
    expect(answer.total).toBe(results.get('ecs')?.total);
    expect(answer.causes[0]?.id).toBe('routing_regression');
  });
});
