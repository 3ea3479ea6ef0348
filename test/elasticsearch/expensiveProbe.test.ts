import { errors } from '@elastic/elasticsearch';
import { refusesExpensiveQueries, shardsRefuseExpensiveQueries } from '../../src/elasticsearch/errors';
import { msearchItems } from '../../src/elasticsearch/responses';
import { isExpensiveQueriesRefusal } from '../../src/elasticsearch/errors';

/**
 * How a refusal for `search.allow_expensive_queries` reads, on the answers Elasticsearch 8.14 gave with the
 * setting false (trimmed): every shard refusing (an error), some refusing (a 200 with shard failures, where
 * some indices of the pattern do not map the field), and inside an `_msearch`. Discovery's probe reads the
 * first two; a triage that meets the third refreshes discovery and asks again (services/triage).
 */
const REASON = "[regexp] queries cannot be executed when 'search.allow_expensive_queries' is set to false.";
const REFUSAL = { error: { root_cause: [{ type: 'exception', reason: REASON }], type: 'search_phase_execution_exception', reason: 'all shards failed' }, status: 400 };
const SOME_SHARDS_REFUSE = {
  took: 1,
  timed_out: false,
  _shards: { total: 2, successful: 1, skipped: 0, failed: 1, failures: [{ shard: 0, index: 'logs-a', reason: { type: 'query_shard_exception', reason: `failed to create query: ${REASON}` } }] },
  hits: { hits: [] },
};

describe('a refusal for search.allow_expensive_queries', () => {
  it('is read from an error of every shard, and from the failures of some', () => {
    const all = new errors.ResponseError({ body: REFUSAL, statusCode: 400, headers: {}, warnings: null, meta: {} as never });
    expect(refusesExpensiveQueries(all)).toBe(true);
    expect(shardsRefuseExpensiveQueries(SOME_SHARDS_REFUSE)).toBe(true);
  });

  it('is not read from an answer, another shard failure or another error', () => {
    expect(shardsRefuseExpensiveQueries({ ...SOME_SHARDS_REFUSE, _shards: { total: 2, successful: 2, skipped: 0, failed: 0 } })).toBe(false);
    const other = { ...SOME_SHARDS_REFUSE, _shards: { ...SOME_SHARDS_REFUSE._shards, failures: [{ shard: 0, reason: { type: 'node_disconnected_exception', reason: 'node left' } }] } };
    expect(shardsRefuseExpensiveQueries(other)).toBe(false);
    expect(refusesExpensiveQueries(new errors.TimeoutError('Request timed out'))).toBe(false);
  });

  it('inside an _msearch, is a coded error that says what to do and that a triage knows to retry on', () => {
    let thrown: unknown;
    try {
      msearchItems({ took: 1, responses: [SOME_SHARDS_REFUSE, REFUSAL] }, 2);
    } catch (error) {
      thrown = error;
    }
    expect(isExpensiveQueriesRefusal(thrown)).toBe(true);
    expect(String((thrown as Error).message)).toMatch(/allow_expensive_queries/);
    let other: unknown;
    try {
      msearchItems({ took: 1, responses: [{ error: { type: 'query_shard_exception', reason: 'no such field' }, status: 400 }] }, 1);
    } catch (error) {
      other = error;
    }
    expect(isExpensiveQueriesRefusal(other)).toBe(false);
  });
});
