import { errors } from '@elastic/elasticsearch';
import type { SearchEngine, SearchRequest } from '../../src/elasticsearch/engine';
import { createFieldDiscovery } from '../../src/elasticsearch/fieldDiscovery';

/**
 * Discovery's probe of `search.allow_expensive_queries`, against the answers Elasticsearch 8.14 gave it with
 * the setting false (trimmed): all shards refusing (an error), some refusing (a 200 with shard failures, where
 * some indices of the pattern do not map the field), none.
 */
const REASON = "[regexp] queries cannot be executed when 'search.allow_expensive_queries' is set to false.";
const CAPS = {
  indices: ['logs-a', 'logs-b'],
  fields: {
    '@timestamp': { date: { type: 'date', aggregatable: true, searchable: true } },
    'service.name': { keyword: { type: 'keyword', aggregatable: true, searchable: true } },
    'http.response.status_code': { keyword: { type: 'keyword', aggregatable: true, searchable: true } },
    'url.path': { keyword: { type: 'keyword', aggregatable: true, searchable: true } },
  },
};
const EMPTY = { hits: { hits: [] } };
const SOME_SHARDS_REFUSE = {
  timed_out: false,
  _shards: { total: 2, successful: 1, skipped: 0, failed: 1, failures: [{ shard: 0, index: 'logs-a', reason: { type: 'query_shard_exception', reason: `failed to create query: ${REASON}` } }] },
  hits: { hits: [] },
};
const ALL_REFUSE = new errors.ResponseError({
  body: { error: { root_cause: [{ type: 'exception', reason: REASON }], type: 'search_phase_execution_exception', reason: 'all shards failed' }, status: 400 },
  statusCode: 400,
  headers: {},
  warnings: null,
  meta: {} as never,
});

/** An engine whose answer to the probe (the one search with a regexp) is `probe`. */
function engine(probe: () => unknown): SearchEngine {
  const fake: Partial<SearchEngine> = {
    fieldCaps: async () => CAPS,
    search: async (request: SearchRequest) => (JSON.stringify(request.body).includes('"regexp"') ? probe() : EMPTY),
  };
  return fake as SearchEngine;
}

async function probed(probe: () => unknown): Promise<boolean | undefined> {
  const discovery = createFieldDiscovery({ client: engine(probe), index: 'logs-*', settings: { fields: {}, indexService: undefined }, location: 'test', timeoutMs: 1000 });
  return (await discovery.current()).expensiveQueries;
}

describe('the probe of search.allow_expensive_queries', () => {
  it('reads a refusal by every shard as refused', async () => {
    expect(
      await probed(() => {
        throw ALL_REFUSE;
      }),
    ).toBe(false);
  });

  it('reads a refusal by some shards only (indices that lack the field answered) as refused', async () => {
    expect(await probed(() => SOME_SHARDS_REFUSE)).toBe(false);
  });

  it('reads an answer, another shard failure or another error as allowed', async () => {
    expect(await probed(() => EMPTY)).toBe(true);
    const otherFailure = { ...SOME_SHARDS_REFUSE, _shards: { ...SOME_SHARDS_REFUSE._shards, failures: [{ shard: 0, reason: { type: 'node_disconnected_exception', reason: 'node left' } }] } };
    expect(await probed(() => otherFailure)).toBe(true);
    expect(
      await probed(() => {
        throw new errors.TimeoutError('Request timed out');
      }),
    ).toBe(true);
  });
});
