import { FIELD_DEFAULTS } from '../../src/config/fields';
import { byFirstAddress, clientsQuery, firstAddress, holdsLists, LIST_FANOUT } from '../../src/elasticsearch/clientLists';
import { ipHistorySearch, TOP_TERMS, TriageScope, windowSampleSearch, windowSearch } from '../../src/elasticsearch/triageQueries';

const scope = (clientLists: boolean): TriageScope => ({
  status: 403,
  service: 'api',
  environment: null,
  from: 0,
  to: 3_600_000,
  fields: { ...FIELD_DEFAULTS, clientIp: 'x_forwarded_for.keyword' },
  statusKind: 'number',
  clientLists,
});

describe('client fields holding X-Forwarded-For lists', () => {
  it('the client is the first address of a list, or the value itself', () => {
    expect(firstAddress('203.0.113.7, 10.0.3.12')).toBe('203.0.113.7');
    expect(firstAddress('203.0.113.7,10.0.3.12,10.0.0.1')).toBe('203.0.113.7');
    expect(firstAddress('2001:db8::1, 10.0.3.12')).toBe('2001:db8::1');
    expect(firstAddress('203.0.113.7')).toBe('203.0.113.7');
  });

  it('tells lists from addresses by a comma after an address', () => {
    expect(holdsLists(['203.0.113.7', '198.51.100.2, 10.0.3.11'])).toBe(true);
    expect(holdsLists(['203.0.113.7', '2001:db8::1'])).toBe(false);
    expect(holdsLists([', 10.0.3.11'])).toBe(false);
  });

  it('groups a client logged through several load-balancer nodes into one, biggest first', () => {
    const groups = byFirstAddress(
      [
        { key: '198.51.100.2, 10.0.3.11', doc_count: 5 },
        { key: '203.0.113.7, 10.0.3.11', doc_count: 4 },
        { key: '203.0.113.7, 10.0.3.12', doc_count: 4 },
        { key: '203.0.113.7', doc_count: 1 },
      ],
      (b) => String(b.key),
    );
    expect(groups.map((g) => [g.key, g.count, g.parts.length])).toEqual([
      ['203.0.113.7', 9, 3],
      ['198.51.100.2', 5, 1],
    ]);
  });

  it('finds a client whatever list it heads, and no address that merely starts like it', () => {
    const query = JSON.stringify(clientsQuery('xff', ['203.0.113.7'], true));
    expect(query).toContain('{"term":{"xff":"203.0.113.7"}}');
    expect(query).toContain('{"prefix":{"xff":"203.0.113.7,"}}');
    // `203.0.113.70, …` must not match: every prefix ends at the address's end.
    expect(query).not.toMatch(/"prefix":\{"xff":"203\.0\.113\.7"\}/);
    expect(clientsQuery('ip', ['203.0.113.7'], false)).toEqual({ terms: { ip: ['203.0.113.7'] } });
  });

  it('reads each client of the history by a keyed filter where the field holds lists, by a terms aggregation otherwise', () => {
    const lists = ipHistorySearch(scope(true), ['203.0.113.7', '198.51.100.2']) as { aggs: { ips: Record<string, unknown> } };
    expect(Object.keys((lists.aggs.ips.filters as { filters: object }).filters)).toEqual(['203.0.113.7', '198.51.100.2']);
    const plain = ipHistorySearch(scope(false), ['203.0.113.7']) as { aggs: { ips: Record<string, unknown> } };
    expect(plain.aggs.ips.terms).toEqual({ field: 'x_forwarded_for.keyword', size: 1 });
  });

  it('asks for more values of a list-holding client field, so that each top client has all its lists', () => {
    const top = (s: TriageScope): unknown => JSON.stringify(windowSampleSearch(s)).match(/"top_clientIp":\{"terms":\{[^}]*"size":(\d+)/)?.[1];
    expect(top(scope(false))).toBe(String(TOP_TERMS));
    expect(top(scope(true))).toBe(String(TOP_TERMS * LIST_FANOUT));
    expect(JSON.stringify(windowSearch(scope(true)))).toContain('"listed"');
    expect(JSON.stringify(windowSearch(scope(false)))).not.toContain('"listed"');
  });
});
