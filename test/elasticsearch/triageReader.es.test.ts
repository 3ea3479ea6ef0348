import type { SearchEngine } from '../../src/elasticsearch/engine';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { readEvidence, ReaderDeps } from '../../src/elasticsearch/triageReader';
import { TriageScope } from '../../src/elasticsearch/triageQueries';
import { bulkLoad, createAccessLogIndex, deleteIndex, testClient, testElasticsearchUrl, uniqueIndexName } from '../support/elasticsearch';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const TO = Date.parse('2026-11-20T12:00:00Z');

function doc(at: number, status: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@timestamp': new Date(at).toISOString(),
    'service.name': 'orders-api',
    'service.environment': 'prod',
    'service.version': '1.4.0',
    'http.response.status_code': status,
    'http.request.method': 'GET',
    'url.path': '/v1/orders/1',
    'source.ip': '10.0.0.1',
    'user.id': 'u-old',
    'labels.auth': 'session',
    ...extra,
  };
}

describe('readEvidence against a real Elasticsearch', () => {
  let client: SearchEngine;
  let index: string;
  let deps: ReaderDeps;

  beforeAll(async () => {
    client = testClient();
    index = uniqueIndexName();
    await createAccessLogIndex(client, index);
    const docs: Record<string, unknown>[] = [];
    // Last week the route answered 200 every day at this time, with a trickle of 404s.
    for (let day = 1; day <= 7; day++) {
      for (let i = 0; i < 20; i++) docs.push(doc(TO - day * DAY - 30 * MIN + i * MIN, 200, { 'url.path': `/v1/orders/${100 + i}` }));
      docs.push(doc(TO - day * DAY - 10 * MIN, 404, { 'url.path': '/old-page', 'user.id': 'u-x' }));
      docs.push(doc(TO - day * DAY - 12 * MIN, 404, { 'url.path': '/typo', 'user.id': 'u-y' }));
    }
    // A new version at the window start; the route now 404s, one client hammering it.
    for (let i = 0; i < 120; i++) {
      docs.push(doc(TO - 40 * MIN + Math.floor(i / 4) * MIN, 404, { 'service.version': '1.5.0', 'url.path': `/v1/orders/${i % 30}`, 'source.ip': i % 2 === 0 ? '10.0.0.9' : '10.0.0.1', 'user.id': i % 3 === 0 ? 'u-new' : 'u-old' }));
    }
    for (let i = 0; i < 30; i++) docs.push(doc(TO - 40 * MIN + i * MIN, 200, { 'service.version': '1.5.0', 'url.path': '/v1/health' }));
    // One client retrying the same path 25 times within a minute.
    for (let i = 0; i < 25; i++) docs.push(doc(TO - 5 * MIN + i * 1000, 404, { 'service.version': '1.5.0', 'url.path': '/v1/orders/7', 'source.ip': '10.0.0.66' }));
    // The window's last second still counts (the series must not drop its last bucket).
    docs.push(doc(TO - 1000, 404, { 'service.version': '1.5.0', 'url.path': '/v1/orders/8', 'source.ip': '10.0.0.77' }));
    // Someone else's service must not leak in.
    for (let i = 0; i < 50; i++) docs.push({ ...doc(TO - 20 * MIN, 404), 'service.name': 'other-api' });
    await bulkLoad(client, index, docs);
    deps = { client, index, location: testElasticsearchUrl(), timeoutMs: 20_000, tenantPathPattern: /\/tenants\/([^/]+)/ };
  });

  afterAll(async () => {
    await deleteIndex(client, index);
    await client.close();
  });

  const scope = (overrides: Partial<TriageScope> = {}): TriageScope => ({
    status: 404, service: 'orders-api', environment: null, from: TO - HOUR, to: TO, fields: { ...FIELD_DEFAULTS }, ...overrides,
  });

  it('measures the window against the same hour on previous days, in two round trips', async () => {
    const { evidence, requests } = await readEvidence(deps, scope());
    expect(requests).toBe(2);
    expect(evidence.total).toBe(146);
    expect(evidence.baseline.perDay).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(evidence.baseline.expected).toBeGreaterThan(0);
    expect(evidence.baseline.ratio).toBeGreaterThan(20);
    expect(evidence.series.reduce((sum, p) => sum + p.count, 0)).toBe(146);
    expect(evidence.series[evidence.series.length - 1]?.count).toBe(1);
    expect(evidence.series[0]?.t).toBe(new Date(TO - HOUR).toISOString());
    expect(evidence.requests.total).toBe(176);
    expect(evidence.partial).toBe(false);
  });

  it('groups paths into route templates and reads how they answered before', async () => {
    const { evidence } = await readEvidence(deps, scope());
    const orders = evidence.paths[0];
    expect(orders?.template).toBe('/v1/orders/{id}');
    expect(orders?.count).toBe(146);
    expect(orders?.history?.byStatus['200']).toBe(140);
    expect(orders?.history?.lastSuccess).not.toBeNull();
  });

  it('reports versions, users and repeated requests', async () => {
    const { evidence } = await readEvidence(deps, scope());
    const newest = evidence.versions[evidence.versions.length - 1];
    expect(newest).toMatchObject({ version: '1.5.0', denied: 146, requests: 176 });
    expect(evidence.fields.version.window).toEqual([{ value: '1.5.0', count: 146 }]);
    // A 404 triage reads what its rules read (CLIENT_READS): what the top addresses asked in the window,
    // not when the users first came or whether they used to succeed (the 403 scenarios read those).
    const oldUser = evidence.users.find((u) => u.id === 'u-old');
    expect(oldUser).toMatchObject({ firstSeen: null, successBefore: 0 });
    expect(evidence.ips.find((ip) => ip.ip === '10.0.0.9')?.windowRequests).toBeGreaterThan(0);
    expect(evidence.repeats[0]).toMatchObject({ client: '10.0.0.66', path: '/v1/orders/7', count: 25, maxPerMinute: 25 });
    expect(evidence.fields.reason.windowWithField).toBe(0);
    expect(evidence.fields.clientIp.window.map((t) => t.value).sort()).toEqual(['10.0.0.1', '10.0.0.66', '10.0.0.77', '10.0.0.9']);
  });

  it('says when the window is empty and lists the services that exist', async () => {
    const { evidence, requests, knownServices } = await readEvidence(deps, scope({ service: 'order-api' }));
    expect(evidence.total).toBe(0);
    expect(requests).toBe(2);
    expect(knownServices).toEqual(expect.arrayContaining(['orders-api', 'other-api']));
  });

  it('filters by environment', async () => {
    const { evidence } = await readEvidence(deps, scope({ environment: 'staging' }));
    expect(evidence.total).toBe(0);
  });
});
