import type { SearchEngine } from '../../src/elasticsearch/engine';
import { loadConfig } from '../../src/config';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { accessLogMappings, ACCESS_LOG_SETTINGS } from '../../src/elasticsearch/mapping';
import type { TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { createCheckService } from '../../src/services/check';
import { createTriageService } from '../../src/services/triage';
import { DAY, MIN, NOW } from '../reliability/support';
import { bulkLoad, testClient, testEngineEnv, uniqueIndexName } from '../support/elasticsearch';

/**
 * Logstash's combined grok keeps the query string in `request`; with no template, `request.keyword` keeps
 * only values up to 256 characters. A download route whose links are presigned (about 290 characters
 * each) starts answering 404: in ECS the route is read and the regression found; in the Logstash index
 * its paths are not indexed, and the answer said "nothing stands out: these 404s look like the service's
 * usual mix" about 303 404s against 3 expected. It must say what it could not read instead.
 */
const presigned = (i: number): string =>
  `?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261120%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261120T1150${i % 10}0Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${(i * 7919).toString(16).padStart(8, '0').repeat(8)}`;

interface Request {
  at: number;
  status: number;
  path: string;
  query: string;
  ip: string;
}

function traffic(): Request[] {
  const out: Request[] = [];
  const ip = (t: number): string => `10.0.${Math.floor(t / MIN) % 50}.${Math.floor(t / 1000) % 200}`;
  for (let t = NOW - 8 * DAY; t < NOW; t += MIN) {
    out.push({ at: t, status: 200, path: `/reports/${t % 997}/download`, query: presigned(t / MIN), ip: ip(t) });
    if ((t / MIN) % 20 === 0) out.push({ at: t + 5000, status: 404, path: `/reports/x${t % 89}/download`, query: '', ip: ip(t) });
  }
  for (let i = 0; i < 300; i++) out.push({ at: NOW - 30 * MIN + i * 6000, status: 404, path: `/reports/${i % 997}/download`, query: presigned(i), ip: ip(i * 6000) });
  return out;
}

const ecs = (r: Request): Record<string, unknown> => ({
  '@timestamp': new Date(r.at).toISOString(),
  'service.name': 'dl-api',
  'http.response.status_code': r.status,
  'http.request.method': 'GET',
  'url.path': r.path,
  'url.original': r.path + r.query,
  'source.ip': r.ip,
  'user_agent.original': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
});

const logstash = (r: Request): Record<string, unknown> => ({
  '@timestamp': new Date(r.at).toISOString(),
  app: 'dl-api',
  clientip: r.ip,
  verb: 'GET',
  request: r.path + r.query,
  response: String(r.status),
  bytes: '512',
  referrer: '"-"',
  agent: '"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
});

describe('URLs longer than a dynamic keyword keeps', () => {
  let client: SearchEngine;
  let base: string;
  const results = new Map<string, TriageResult>();

  beforeAll(async () => {
    client = testClient();
    base = uniqueIndexName('st-longurl');
    const requests = traffic();
    await client.createIndex({ index: `${base}-ecs`, settings: ACCESS_LOG_SETTINGS, mappings: accessLogMappings({ ...FIELD_DEFAULTS }) });
    await bulkLoad(client, `${base}-ecs`, requests.map(ecs));
    await client.createIndex({ index: `${base}-logstash`, settings: ACCESS_LOG_SETTINGS });
    await bulkLoad(client, `${base}-logstash`, requests.map(logstash));
    for (const shape of ['ecs', 'logstash']) {
      const config = loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-${shape}`, ELASTICSEARCH_TIMEOUT: '30s' });
      const triage = createTriageService({ client, config, logger: createLogger({ level: 'silent' }) });
      results.set(shape, await triage.triage({ status: 404, service: 'dl-api', window: '1h', environment: null, at: new Date(NOW) }));
    }
  }, 180_000);

  afterAll(async () => {
    await client.deleteIndex(`${base}-*`);
    await client.close();
  });

  it('the ECS copy finds the route that answered 2xx and now 404s', () => {
    expect(results.get('ecs')?.causes[0]?.id).toBe('routing_regression');
  });

  it('the Logstash copy counts the same 404s and says their routes could not be read, not that they look usual', () => {
    const result = results.get('logstash');
    expect(result?.total).toBe(results.get('ecs')?.total);
    const notes = result?.notes.join('\n') ?? '';
    expect(notes).toMatch(/`request\.keyword` is empty on 300 of these 303 404s \(99%\): their routes are not read/);
    expect(notes).toMatch(/at most 256 characters/);
    expect(notes).not.toMatch(/usual mix/);
  });

  it('check says the path sub-field loses the long values, and why, before any incident', async () => {
    const config = loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-logstash`, ELASTICSEARCH_TIMEOUT: '30s' });
    const report = await createCheckService({ client, config, now: () => new Date(NOW) }).check();
    expect(report.fields.path?.field).toBe('request.keyword');
    expect(report.fields.path?.note).toMatch(/^holds \d+% of the values `request` has: a keyword sub-field leaves out values longer than its `ignore_above`/);
    // Short values are all kept: the client address's sub-field gets no such note.
    expect(report.fields.clientIp?.note).toBeUndefined();
    const ecsConfig = loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-ecs`, ELASTICSEARCH_TIMEOUT: '30s' });
    expect((await createCheckService({ client, config: ecsConfig, now: () => new Date(NOW) }).check()).fields.path?.note).toBeUndefined();
  });
});
