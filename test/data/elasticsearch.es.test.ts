import type { SearchEngine } from '../../src/elasticsearch/engine';
import { fieldCapsResponse } from '../../src/elasticsearch/fieldResolution';
import { searchResponse } from '../../src/elasticsearch/responses';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { generateDataset } from '../../src/data/generator';
import { bulkLoad, createAccessLogIndex, deleteIndex, testClient, uniqueIndexName } from '../support/elasticsearch';

const END = new Date('2025-03-14T12:00:00Z');
const FROM = new Date(END.getTime() - 30 * 60_000);

interface Bucket {
  key: string | number;
  doc_count: number;
}

function buckets(aggregations: unknown, name: string): Bucket[] {
  const agg = (aggregations as Record<string, { buckets?: Bucket[] }> | undefined)?.[name];
  return agg?.buckets ?? [];
}

describe('generated logs in a real Elasticsearch', () => {
  let client: SearchEngine;
  const indices: string[] = [];

  beforeAll(() => {
    client = testClient();
  });

  afterAll(async () => {
    for (const index of indices) await deleteIndex(client, index);
    await client.close();
  });

  it('index under the ECS mapping and aggregate by their real types', async () => {
    const index = uniqueIndexName('st-data');
    indices.push(index);
    await createAccessLogIndex(client, index);
    const docs = [
      ...generateDataset({
        end: END,
        days: 1,
        services: ['billing-api', 'web-frontend'],
        totalDocs: 3000,
        incidents: [{ id: 'tenant_isolation_violation', service: 'billing-api', from: FROM, to: END, count: 150 }],
      }),
    ];
    expect(docs.length).toBeGreaterThan(3000);
    await bulkLoad(client, index, docs);

    const response = searchResponse.parse(await client.search({
      index,
      body: {
      size: 0,
      track_total_hits: true,
      query: { bool: { filter: [{ term: { 'service.name': 'billing-api' } }, { range: { '@timestamp': { gte: FROM.toISOString(), lt: END.toISOString() } } }] } },
      aggs: {
        status: { terms: { field: 'http.response.status_code', size: 20 } },
        callers: { filter: { term: { 'http.response.status_code': 403 } }, aggs: { tenants: { terms: { field: 'organization.id' } } } },
        roles: { terms: { field: 'user.roles' } },
        bytes: { sum: { field: 'http.response.body.bytes' } },
        perMinute: { date_histogram: { field: '@timestamp', fixed_interval: '5m' } },
      },
      },
    }));
    const total = typeof response.hits.total === 'number' ? response.hits.total : (response.hits.total?.value ?? 0);
    expect(total).toBeGreaterThan(150);
    const statuses = buckets(response.aggregations, 'status');
    expect(statuses.find((b) => b.key === 403)?.doc_count ?? 0).toBeGreaterThanOrEqual(150);
    expect(buckets(response.aggregations, 'roles').length).toBeGreaterThan(1);
    expect(buckets(response.aggregations, 'perMinute').length).toBe(6);
    const aggs = response.aggregations as Record<string, { value?: number; doc_count?: number; tenants?: { buckets: Bucket[] } }>;
    expect(aggs.bytes?.value ?? 0).toBeGreaterThan(0);
    expect(aggs.callers?.tenants?.buckets[0]?.doc_count ?? 0).toBeGreaterThanOrEqual(150);

    // source.ip is an ip field: a CIDR term finds the platform's internal callers.
    const internal = await client.count({ index, query: { term: { 'source.ip': '10.0.0.0/8' } } });
    expect(internal).toBeGreaterThan(0);

    // The resource tenant is searchable both ways the reader looks for it.
    const crossTenant = await client.count({ index, query: { bool: { filter: [{ term: { 'http.response.status_code': 403 } }, { regexp: { 'url.path': '/v1/tenants/[^/]+/.*' } }] } } });
    expect(crossTenant).toBeGreaterThanOrEqual(150);

    const caps = fieldCapsResponse.parse(await client.fieldCaps({ index, fields: ['source.ip', 'user.roles', 'event.duration', 'host.name'] }));
    const type = (field: string): unknown => Object.keys(caps.fields[field] ?? {}).join(',');
    expect(type('source.ip')).toBe('ip');
    expect(type('user.roles')).toBe('keyword');
    expect(type('event.duration')).toBe('long');
    expect(type('host.name')).toBe('keyword');
  });

  it('index under renamed fields', async () => {
    const index = uniqueIndexName('st-data');
    indices.push(index);
    const fields = { ...FIELD_DEFAULTS, status: 'response.code', service: 'app.name', clientIp: 'client.address' };
    await createAccessLogIndex(client, index, fields);
    const docs = [...generateDataset({ end: END, days: 1, services: ['web-frontend'], totalDocs: 1500, fields, incidents: [{ id: 'scanner_probe', service: 'web-frontend', from: FROM, to: END, count: 80 }] })];
    await bulkLoad(client, index, docs);
    const response = searchResponse.parse(await client.search({
      index,
      body: {
        size: 0,
        query: { bool: { filter: [{ term: { 'app.name': 'web-frontend' } }, { term: { 'response.code': 404 } }] } },
        aggs: { ips: { terms: { field: 'client.address', size: 5 } } },
      },
    }));
    const ips = buckets(response.aggregations, 'ips');
    expect(ips.length).toBeGreaterThan(0);
    expect(ips.reduce((sum, b) => sum + b.doc_count, 0)).toBeGreaterThanOrEqual(80);
  });
});
