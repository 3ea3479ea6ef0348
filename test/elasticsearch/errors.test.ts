import { errors } from '@elastic/elasticsearch';
import { errors as osErrors } from '@opensearch-project/opensearch';
import { elasticsearchError, failureStatus, failureType, formatTimeout, isAmbiguousFailure, isConnectionClosed, oneLine, refusesExpensiveQueries } from '../../src/elasticsearch/errors';
import { describeLastAnswer } from '../../src/elasticsearch/lastAnswer';
import { hitValues, isPartial, msearchItems, SearchResponse, sortRows } from '../../src/elasticsearch/responses';
import { ErrorCode } from '../../src/errors';

const AT = 'http://user:secret@es.internal:9200';
const NOW = new Date('2026-11-20T12:00:00Z');

function responseError(statusCode: number, body: unknown, headers: Record<string, string> = {}): errors.ResponseError {
  return new errors.ResponseError({ body, statusCode, headers, warnings: null, meta: {} } as unknown as ConstructorParameters<typeof errors.ResponseError>[0]);
}

describe('elasticsearchError', () => {
  it('says since when nothing has worked, when that is known', () => {
    const last = new Date(NOW.getTime() - 4 * 60_000);
    const timeout = elasticsearchError(new errors.TimeoutError('Request timed out'), AT, 10_000, { lastAnswer: last, now: NOW });
    expect(timeout.code).toBe(ErrorCode.ElasticsearchTimeout);
    expect(timeout.message).toBe('Elasticsearch at http://es.internal:9200 did not answer within 10 s; the last successful query was 4 min ago (2026-11-20T11:56:00Z)');
    const refused = elasticsearchError(new errors.ConnectionError('connect ECONNREFUSED 10.0.0.1:9200'), AT, 10_000, { lastAnswer: null, now: NOW });
    expect(refused.message).toBe('cannot reach Elasticsearch at http://es.internal:9200 (connection refused)');
  });

  it('never leaks credentials, socket addresses or raw markup, and stays on one line', () => {
    const cases = [
      new errors.ConnectionError('other side closed - Local: 127.0.0.1:5000, Remote: 10.0.0.1:9200'),
      new errors.ConnectionError('Body Timeout Error'),
      responseError(503, '<html>\n<body><h1>503 Service Unavailable</h1>\n</body></html>'),
      responseError(429, { error: { type: 'es_rejected_execution_exception', reason: 'rejected\nexecution', root_cause: [{ type: 'x', reason: 'queue\tfull\n' }] }, status: 429 }, { 'retry-after': '7' }),
      responseError(502, ''),
      responseError(400, 'x'.repeat(5000)),
      new Error('boom\n    at somewhere (file.js:1:1)'),
    ];
    for (const error of cases) {
      const message = elasticsearchError(error, AT, 10_000).message;
      expect(message).not.toMatch(/secret|user:|Local:|Remote:|<\/?[a-z]+>|\n/);
      expect(message.length).toBeLessThan(400);
    }
    expect(elasticsearchError(cases[1], AT, 1500).message).toContain('did not answer within 1.5 s');
    expect(elasticsearchError(cases[3], AT, 10_000).hint).toBe('try again in 7 s');
    expect(elasticsearchError(cases[4], AT, 10_000)).toMatchObject({ code: ErrorCode.ElasticsearchUnreachable, message: expect.stringContaining('answered 502 (Bad Gateway)') });
  });
});

describe('small formatters', () => {
  it('formatTimeout never reads as 0 s', () => {
    expect([formatTimeout(250), formatTimeout(1000), formatTimeout(1500), formatTimeout(10_000), formatTimeout(90_000)]).toEqual(['250 ms', '1 s', '1.5 s', '10 s', '90 s']);
  });

  it('describeLastAnswer reads like a person would say it', () => {
    const ago = (ms: number) => describeLastAnswer(new Date(NOW.getTime() - ms), NOW).split(' (')[0];
    expect([ago(0), ago(45_000), ago(10 * 60_000), ago(5 * 3_600_000), ago(3 * 86_400_000), ago(-5000)]).toEqual(['0 s ago', '45 s ago', '10 min ago', '5 h ago', '3 days ago', '0 s ago']);
  });

  it('oneLine flattens, strips markup and bounds', () => {
    expect(oneLine('<p>a\n\tb</p>\u0000c')).toBe('a b c');
    expect(oneLine('x'.repeat(500))).toHaveLength(200);
  });
});

describe('partial answers', () => {
  const base: SearchResponse = { hits: { hits: [] } };
  it('counts shard failures, timeouts and skipped or failed remote clusters as partial', () => {
    expect(isPartial(base)).toBe(false);
    expect(isPartial({ ...base, _shards: { failed: 1 } })).toBe(true);
    expect(isPartial({ ...base, timed_out: true })).toBe(true);
    expect(isPartial({ ...base, _clusters: { skipped: 1 } })).toBe(true);
    expect(isPartial({ ...base, _clusters: { partial: 1 } })).toBe(true);
    expect(isPartial({ ...base, _clusters: { failed: 1 } })).toBe(true);
    expect(isPartial({ ...base, _clusters: { skipped: 0, partial: 0, failed: 0 } })).toBe(false);
  });

  it('an msearch item that failed everywhere is named by its root cause, and overload as overload', () => {
    const failed = { error: { type: 'search_phase_execution_exception', reason: 'all shards failed', root_cause: [{ type: 'query_shard_exception', reason: 'regex too long' }] }, status: 400 };
    expect(() => msearchItems({ responses: [failed] }, 1)).toThrow('Elasticsearch rejected search 1: query_shard_exception: regex too long');
    const busy = { error: { type: 'es_rejected_execution_exception', reason: 'queue full' }, status: 429 };
    expect(() => msearchItems({ responses: [busy] }, 1)).toThrow('Elasticsearch is overloaded and turned down search 1 (429: es_rejected_execution_exception: queue full)');
  });

  it('checks a hit where it is read: a bad hit is a coded error there, and hits nobody reads cost nothing', () => {
    const [answer] = msearchItems({ responses: [{ hits: { hits: [{ sort: 'not a list' }, { fields: { 'url.path': ['/a'] } }] } }] }, 1);
    if (!answer) throw new Error('no answer');
    expect(() => sortRows(answer)).toThrow('Elasticsearch answered in an unexpected shape (hit 1)');
    const [good] = msearchItems({ responses: [{ hits: { hits: [{ fields: { 'url.path': ['/a'] } }, { fields: {} }] } }] }, 1);
    if (!good) throw new Error('no answer');
    expect(hitValues(good, 'url.path')).toEqual(['/a']);
    // An item with an `error` it cannot read is still an unexpected answer, not a crash.
    expect(() => msearchItems({ responses: [{ error: 42 }] }, 1)).toThrow('Elasticsearch answered in an unexpected shape (search 1)');
  });
});

describe('the same sentence from either client', () => {
  const OS_AT = 'http://admin:secret@os.internal:9200';

  function osResponseError(statusCode: number, body: unknown, headers: Record<string, string> = {}): osErrors.ResponseError {
    return new osErrors.ResponseError({ body, statusCode, headers, warnings: null, meta: {} } as unknown as ConstructorParameters<typeof osErrors.ResponseError>[0]);
  }

  it('names OpenSearch and its settings, with the Elasticsearch client\'s codes and wording', () => {
    const refused = elasticsearchError(new osErrors.ConnectionError('connect ECONNREFUSED 10.0.0.1:9200'), OS_AT, 10_000);
    expect(refused).toMatchObject({ code: ErrorCode.ElasticsearchUnreachable, message: 'cannot reach OpenSearch at http://os.internal:9200 (connection refused)', hint: 'check OPENSEARCH_URL and that the cluster is up' });
    const slow = elasticsearchError(new osErrors.TimeoutError('Request timed out', undefined as never), OS_AT, 1500);
    expect(slow).toMatchObject({ code: ErrorCode.ElasticsearchTimeout, message: 'OpenSearch at http://os.internal:9200 did not answer within 1.5 s' });
    const cut = elasticsearchError(new osErrors.ConnectionError('Response aborted while reading the body'), OS_AT, 10_000);
    expect(cut.message).toBe('OpenSearch at http://os.internal:9200 closed the connection before it finished answering');
    expect(isConnectionClosed(new osErrors.ConnectionError('Response aborted while reading the body'))).toBe(true);
    const denied = elasticsearchError(osResponseError(403, { error: { type: 'security_exception', reason: 'no permissions for [indices:data/read/search]' } }), OS_AT, 10_000);
    expect(denied).toMatchObject({ code: ErrorCode.ElasticsearchResponse, message: 'OpenSearch at http://os.internal:9200 refused the credentials (403)' });
    expect(denied.hint).toContain('OPENSEARCH_USERNAME');
  });

  it('reads a proxy\'s page or an empty body as the Elasticsearch client does (its message is only "Response Error")', () => {
    expect(elasticsearchError(osResponseError(502, ''), OS_AT, 10_000).message).toBe('cannot reach OpenSearch at http://os.internal:9200: the proxy in front of it answered 502 (Bad Gateway)');
    expect(elasticsearchError(osResponseError(503, '<html><body><h1>503</h1> No server</body></html>'), OS_AT, 10_000).message).toBe('OpenSearch at http://os.internal:9200 is overloaded (503: 503 No server)');
    const conflict = osResponseError(409, { error: { type: 'version_conflict_engine_exception', reason: 'version conflict' } });
    expect(failureStatus(conflict)).toBe(409);
    expect(failureType(osResponseError(400, { error: { type: 'resource_already_exists_exception' } }))).toBe('resource_already_exists_exception');
    expect(isAmbiguousFailure(new osErrors.TimeoutError('Request timed out', undefined as never))).toBe(true);
    expect(isAmbiguousFailure(conflict)).toBe(false);
  });

  it('an Elasticsearch client pointed at another product says so and where to set OpenSearch', () => {
    const error = elasticsearchError(new errors.ProductNotSupportedError('Elasticsearch', { body: {}, statusCode: 200, headers: {}, warnings: null, meta: {} } as never), AT, 10_000);
    expect(error.message).toBe('the server at http://es.internal:9200 is not Elasticsearch');
    expect(error.hint).toBe('for OpenSearch, set OPENSEARCH_URL instead of ELASTICSEARCH_URL');
  });
});

describe('refusesExpensiveQueries', () => {
  // What Elasticsearch 8.14 answered a regexp with search.allow_expensive_queries set to false (trimmed).
  const refusal = {
    error: {
      root_cause: [{ type: 'exception', reason: "[regexp] queries cannot be executed when 'search.allow_expensive_queries' is set to false." }],
      type: 'search_phase_execution_exception',
      reason: 'all shards failed',
      caused_by: { type: 'exception', reason: "[regexp] queries cannot be executed when 'search.allow_expensive_queries' is set to false." },
    },
    status: 400,
  };

  it('reads the refusal, from either client', () => {
    expect(refusesExpensiveQueries(responseError(400, refusal))).toBe(true);
    const os = new osErrors.ResponseError({ body: refusal, statusCode: 400, headers: {}, warnings: null, meta: {} } as unknown as ConstructorParameters<typeof osErrors.ResponseError>[0]);
    expect(refusesExpensiveQueries(os)).toBe(true);
  });

  it('reads nothing else as one: another bad request, a timeout, a plain error', () => {
    expect(refusesExpensiveQueries(responseError(400, { error: { type: 'query_shard_exception', reason: 'failed to create query: field [x] not found' }, status: 400 }))).toBe(false);
    expect(refusesExpensiveQueries(new errors.TimeoutError('Request timed out'))).toBe(false);
    expect(refusesExpensiveQueries(new Error('allow_expensive_queries'))).toBe(false);
  });
});
