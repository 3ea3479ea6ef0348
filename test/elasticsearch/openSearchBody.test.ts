import { openSearchBody } from '../../src/elasticsearch/engines/opensearch';

describe('search bodies as OpenSearch takes them', () => {
  it('a date sort with `format` (Elasticsearch 8) becomes epoch milliseconds for date and date_nanos alike', () => {
    const body = { size: 1, sort: [{ '@timestamp': { order: 'desc', format: 'strict_date_optional_time' } }, '_doc'], query: { match_all: {} } };
    expect(openSearchBody(body)).toEqual({ size: 1, sort: [{ '@timestamp': { order: 'desc', numeric_type: 'date' } }, '_doc'], query: { match_all: {} } });
    // The caller's body is left as it was (the same body may go to another engine or be retried).
    expect(body.sort[0]).toEqual({ '@timestamp': { order: 'desc', format: 'strict_date_optional_time' } });
  });

  it('leaves every other body untouched', () => {
    const plain = { size: 0, aggs: { s: { terms: { field: 'service.name' } } } };
    expect(openSearchBody(plain)).toBe(plain);
    const sorted = { sort: [{ 'http.response.status_code': { order: 'asc' } }] };
    expect(openSearchBody(sorted)).toEqual(sorted);
  });
});
