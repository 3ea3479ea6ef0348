import { createSearchEngine } from '../../src/elasticsearch/client';
import { edgeSearch } from '../../src/elasticsearch/checkQueries';
import type { SearchEngine } from '../../src/elasticsearch/engine';
import { elasticsearchError, failureStatus } from '../../src/elasticsearch/errors';
import { fieldCapsResponse } from '../../src/elasticsearch/fieldResolution';
import { firstHitTime, msearchItems, searchResponse } from '../../src/elasticsearch/responses';
import { loadConfig } from '../../src/config';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { AppError } from '../../src/errors';
import { testClient, testElasticsearchUrl, testEngineKind, uniqueIndexName } from '../support/elasticsearch';

/**
 * What the engine interface promises, on whichever engine the run uses (OPENSEARCH_URL or
 * ELASTICSEARCH_URL): the places where Elasticsearch and OpenSearch differ are answered the same.
 */
describe(`the search engine interface on ${testEngineKind()}`, () => {
  let client: SearchEngine;
  const index = uniqueIndexName('st-engine');

  beforeAll(async () => {
    client = testClient();
    await client.createIndex({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: { properties: { '@timestamp': { type: 'date_nanos' }, 'source.ip': { type: 'ip' }, kind: { type: 'keyword' } } },
    });
    await client.bulk({
      operations: [
        { index: { _index: index } }, { '@timestamp': '2026-03-01T10:00:00.123456789Z', 'source.ip': '10.1.2.3', kind: 'a' },
        { index: { _index: index } }, { '@timestamp': '2026-03-01T09:00:00.5Z', 'source.ip': '192.0.2.7', kind: 'b' },
      ],
      refresh: true,
    });
  });

  afterAll(async () => {
    await client.deleteIndex(index);
    await client.close();
  });

  it('reads the newest and oldest time of a date_nanos field as milliseconds (a date sort has no `format` on OpenSearch)', async () => {
    const fields = { ...FIELD_DEFAULTS };
    const raw = await client.msearch({ searches: [{ index }, edgeSearch(fields, 'desc'), { index }, edgeSearch(fields, 'asc')] });
    const [newest, oldest] = msearchItems(raw, 2);
    expect(firstHitTime(newest!)).toBe(Date.parse('2026-03-01T10:00:00.123Z'));
    expect(firstHitTime(oldest!)).toBe(Date.parse('2026-03-01T09:00:00.500Z'));
  });

  it('describes date_nanos and ip fields in the _field_caps shape the resolution reads', async () => {
    const caps = fieldCapsResponse.parse(await client.fieldCaps({ index, fields: '*', include_unmapped: true, ignore_unavailable: true, allow_no_indices: true }));
    expect(caps.indices).toEqual([index]);
    expect(Object.keys(caps.fields['@timestamp'] ?? {})).toEqual(['date_nanos']);
    expect(Object.keys(caps.fields['source.ip'] ?? {})).toEqual(['ip']);
    expect(await client.count({ index, query: { term: { 'source.ip': '10.0.0.0/8' } } })).toBe(1);
  });

  it('writes conditionally: a second create and a stale version both lose with 409, a missing document reads as not found', async () => {
    const first = await client.index({ index, id: 'claim', document: { kind: 'x' }, op_type: 'create', refresh: true });
    expect(first.result).toBe('created');
    const again = await client.index({ index, id: 'claim', document: { kind: 'y' }, op_type: 'create' }).catch((error: unknown) => error);
    expect(failureStatus(again)).toBe(409);
    const read = await client.get({ index, id: 'claim' }, { ignore: [404] });
    expect(read).toMatchObject({ found: true, _source: { kind: 'x' } });
    const next = await client.index({ index, id: 'claim', document: { kind: 'z' }, if_seq_no: read._seq_no!, if_primary_term: read._primary_term!, refresh: true });
    expect(next.result).toBe('updated');
    const stale = await client.index({ index, id: 'claim', document: { kind: 'w' }, if_seq_no: read._seq_no!, if_primary_term: read._primary_term! }).catch((error: unknown) => error);
    expect(failureStatus(stale)).toBe(409);
    expect((await client.get({ index, id: 'nothing' }, { ignore: [404] })).found).toBe(false);
    expect((await client.get({ index: `${index}-missing`, id: 'nothing' }, { ignore: [404] })).found).toBe(false);
    expect((await client.delete({ index, id: 'nothing', refresh: true }, { ignore: [404] })).result).toBe('not_found');
  });

  it('capabilities.randomSampler says whether the engine runs a random_sampler aggregation', async () => {
    const body = { size: 0, aggs: { sampled: { random_sampler: { probability: 0.5, seed: 1 }, aggs: { kinds: { terms: { field: 'kind' } } } } } };
    const answer = client.search({ index, body }).then((raw) => searchResponse.parse(raw));
    if (client.capabilities.randomSampler) await expect(answer).resolves.toMatchObject({ aggregations: { sampled: expect.anything() } });
    else await expect(answer.catch((error: unknown) => elasticsearchError(error, testElasticsearchUrl(), 1000))).resolves.toMatchObject({ message: expect.stringMatching(/answered 400: .*random_sampler/) });
  });

  it('each client refuses the other engine plainly, or answers: the product check is the Elasticsearch client\'s', async () => {
    const env = testEngineKind() === 'opensearch' ? { ELASTICSEARCH_URL: testElasticsearchUrl() } : { OPENSEARCH_URL: testElasticsearchUrl() };
    const other = createSearchEngine({ ...loadConfig(env).elasticsearch, timeoutMs: 10_000 });
    try {
      const outcome = await other.count({ index }).catch((error: unknown) => elasticsearchError(error, testElasticsearchUrl(), 10_000));
      // The Elasticsearch client on OpenSearch: one sentence and the setting to use instead.
      if (testEngineKind() === 'opensearch') expect(outcome).toMatchObject({ message: expect.stringContaining('is not Elasticsearch'), hint: expect.stringContaining('OPENSEARCH_URL') });
      // The OpenSearch client has no product check: it reads Elasticsearch's answer.
      else expect(outcome instanceof AppError ? outcome.message : outcome).toBe(3);
    } finally {
      await other.close();
    }
  });
});
