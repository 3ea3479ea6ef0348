import type { SearchEngine } from '../../src/elasticsearch/engine';
import { createServer } from 'node:net';
import { Config, loadConfig } from '../../src/config';
import { createSearchEngine } from '../../src/elasticsearch/client';
import { AppError, ErrorCode } from '../../src/errors';
import { createTriageService } from '../../src/services/triage';
import type { TriageService } from '../../src/services/types';
import { bulkLoad, createAccessLogIndex, deleteIndex, testClient, testElasticsearchUrl, testEngineEnv, testEngineKind, testEngineLabel, uniqueIndexName } from '../support/elasticsearch';
import { elasticsearchErrorBody, overloaded, startTcpProxy, TcpProxy } from '../support/tcpProxy';
import { burst, Doc, expectOneClearLine, history, NOW, runRealCli, silentLogger } from './support';

/**
 * The real triage service and CLI, talking to the real Elasticsearch through a TCP proxy that fails
 * on demand. Each test asserts what the person sees: one clear line naming the cluster, the right exit
 * code, and an answer again as soon as the cluster is back.
 */
const TIMEOUT_MS = 1000;
const AT = new Date(NOW).toISOString();

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** `Elasticsearch` or `OpenSearch`: the engine the messages name. */
const ENGINE = testEngineLabel();

describe('search engine faults, seen through the triage service and the CLI', () => {
  let direct: SearchEngine;
  let proxy: TcpProxy;
  let logs: string;
  let config: Config;
  let client: SearchEngine;
  let triage: TriageService;
  const request = { status: 404 as const, service: 'checkout', window: '1h' as const, environment: null, at: new Date(NOW) };

  const cli = (argv: string[], env: Record<string, string> = {}) =>
    runRealCli(argv, { ...testEngineEnv(proxy.url), ELASTICSEARCH_INDEX: logs, ELASTICSEARCH_TIMEOUT: `${TIMEOUT_MS}ms`, ...env });

  beforeAll(async () => {
    direct = testClient();
    logs = `${uniqueIndexName('st-rel-faults')}-logs`;
    await createAccessLogIndex(direct, logs);
    const docs: Doc[] = [...history('checkout', 404, 5, 300), ...history('checkout', 200, 100, 100)];
    await bulkLoad(direct, logs, docs);
    proxy = await startTcpProxy(testElasticsearchUrl());
    config = loadConfig({ ...testEngineEnv(proxy.url), ELASTICSEARCH_INDEX: logs, ELASTICSEARCH_TIMEOUT: `${TIMEOUT_MS}ms` });
    client = createSearchEngine(config.elasticsearch);
    triage = createTriageService({ client, config, logger: silentLogger(), now: () => new Date(NOW) });
    // The first searches of a fresh index are the slowest, and the suites beside this one load the same
    // engine: warm the index up directly, with time to spare, so the 1 s budgets below time the faults.
    const warm = loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: logs, ELASTICSEARCH_TIMEOUT: '30s' });
    await createTriageService({ client: direct, config: warm, logger: silentLogger(), now: () => new Date(NOW) }).triage(request);
  });

  afterEach(async () => {
    proxy.set({ kind: 'pass' });
    await proxy.up();
  });

  afterAll(async () => {
    await client.close();
    await proxy.close();
    await deleteIndex(direct, logs);
    await direct.close();
  });

  it('answers through the proxy when nothing is wrong (the baseline for every fault below)', async () => {
    const result = await triage.triage(request);
    expect(result.total).toBe(300);
    expect(result.partial).toBe(false);
    const run = await cli(['triage', '404', 'checkout', '1h', '--at', AT, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 404, service: 'checkout', total: 300, partial: false });
  });

  describe('cluster down', () => {
    it('CLI: a proxy that stopped listening gives one line naming the URL, exit 1', async () => {
      await proxy.down();
      const run = await cli(['triage', '404', 'checkout', '--json']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expectOneClearLine(run.stderr);
      expect(run.stderr).toContain(`cannot reach ${ENGINE} at ${proxy.url} (connection refused)`);
      expect(run.stderr).toContain(`check ${Object.keys(testEngineEnv())[0]}`);
    });

    it('CLI: a port with nothing listening, for every command that reads Elasticsearch', async () => {
      const url = `http://127.0.0.1:${await unusedPort()}`;
      for (const argv of [['triage', '403', 'checkout'], ['watch', '--once', '--json']]) {
        const run = await cli(argv, { ...testEngineEnv(url), WATCH_SERVICES: 'checkout' });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expectOneClearLine(run.stderr);
        expect(run.stderr).toContain(`cannot reach ${ENGINE} at ${url}`);
      }
    });

    it('service: the message says when the last query succeeded; the next call after recovery answers', async () => {
      await triage.triage(request);
      await proxy.down();
      const error = await failure(triage.triage(request));
      expect(error.code).toBe(ErrorCode.ElasticsearchUnreachable);
      expect(error.message).toMatch(new RegExp(`^cannot reach ${ENGINE} at ${proxy.url.replace(/\./g, '\\.')} \\(connection refused\\); the last successful query was \\d+ s ago \\(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)$`));
      await proxy.up();
      expect((await triage.triage(request)).total).toBe(300);
    });
  });

  describe('slow beyond ELASTICSEARCH_TIMEOUT', () => {
    it.each([
      ['answers late', { kind: 'delay', ms: 3000 } as const],
      ['never answers', { kind: 'drop' } as const],
      ['stalls mid-answer', { kind: 'stall', bodyBytes: 20 } as const],
    ])('CLI: a cluster that %s gives "did not answer within …" in time, exit 1', async (_name, mode) => {
      proxy.set(mode);
      const before = { requests: proxy.stats.requests, connections: proxy.stats.connections };
      const run = await cli(['triage', '404', 'checkout', '--json']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expectOneClearLine(run.stderr);
      expect(run.stderr).toContain(`${ENGINE} at ${proxy.url} did not answer within 1 s`);
      // One request, no silent retries: the person waits the timeout, not a multiple of it. Counted at the
      // proxy: a wall-clock bound (once 2.5 s) also measured the test worker's load, and failed a CI run at 3.0 s.
      // Only the CLI's own connections count (those opened during its run): a CI run on Elasticsearch 9 once
      // counted 3 requests here, from connections this count could not tell apart then.
      const arrived = proxy.stats.log.filter((r) => r.seq > before.requests);
      const fromCli = arrived.filter((r) => r.connection > before.connections).map((r) => r.line);
      expect({ cli: fromCli, all: arrived.map((r) => `${r.connection} ${r.line}`) }).toEqual({ cli: [expect.stringMatching(/\/_field_caps\?/)], all: expect.anything() });
    });

    it('service: "did not answer within …; the last successful query was …"', async () => {
      await triage.triage(request);
      proxy.set({ kind: 'drop' });
      const error = await failure(triage.triage(request));
      expect(error.code).toBe(ErrorCode.ElasticsearchTimeout);
      expect(error.message).toMatch(new RegExp(`^${ENGINE} at http://127\\.0\\.0\\.1:\\d+ did not answer within 1 s; the last successful query was \\d+ s ago \\(`));
      proxy.set({ kind: 'pass' });
      expect((await triage.triage(request)).total).toBe(300);
    });

    it('a delay under the timeout is only slower, not an error', async () => {
      proxy.set({ kind: 'delay', ms: 150 });
      expect((await triage.triage(request)).total).toBe(300);
    });
  });

  describe('overloaded: 429 and 503', () => {
    it.each([
      [429, 'rejected execution of coordinating operation', 'try again in 5 s'],
      [503, 'blocked by: [SERVICE_UNAVAILABLE', 'try again in a minute'],
    ] as const)('CLI: %i gives "is overloaded" with the server\'s reason, exit 1', async (status, reason, hint) => {
      proxy.set(overloaded(status, status === 429 ? 5 : undefined));
      const run = await cli(['triage', '404', 'checkout']);
      expect(run.code).toBe(1);
      expectOneClearLine(run.stderr);
      expect(run.stderr).toContain(`${ENGINE} at ${proxy.url} is overloaded (${status}: ${reason}`);
      expect(run.stderr).toContain(hint);
    });

    it('a load balancer\'s HTML error page becomes one line of its text', async () => {
      proxy.set({ kind: 'respond', status: 503, body: '<html>\n<head><title>503</title></head>\n<body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n', headers: { 'content-type': 'text/html' } });
      const run = await cli(['triage', '404', 'checkout']);
      expect(run.code).toBe(1);
      expectOneClearLine(run.stderr);
      expect(run.stderr).toContain('is overloaded (503: 503 503 Service Unavailable No server is available to handle this request.)');
    });

    it('a 502 from the proxy in front of the cluster reads as unreachable, even with an empty body', async () => {
      proxy.set({ kind: 'respond', status: 502, body: '' });
      const run = await cli(['triage', '404', 'checkout']);
      expect(run.code).toBe(1);
      expectOneClearLine(run.stderr);
      expect(run.stderr).toContain(`cannot reach ${ENGINE} at ${proxy.url}: the proxy in front of it answered 502 (Bad Gateway)`);
    });

    it('a search that Elasticsearch turns down inside an msearch (429 per item) is named as overload', async () => {
      const item = { error: JSON.parse(elasticsearchErrorBody(429, 'es_rejected_execution_exception', 'rejected execution of TimedRunnable')).error, status: 429 };
      proxy.set({
        kind: 'respond',
        status: 200,
        // As many items as the triage's first round trip holds searches: the window (four exact parts and
        // its sample), the baseline, the trailing day's count, the newest document, the traffic count and
        // its snapshot of routes (where round two samples: not on OpenSearch), and the seven presence probes
        // and the trailing day's first document.
        body: JSON.stringify({ took: 1, responses: Array.from({ length: testEngineKind() === 'opensearch' ? 17 : 18 }, () => item) }),
        headers: { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' },
      });
      const error = await failure(triage.triage(request));
      expect(error.message).toBe('Elasticsearch is overloaded and turned down search 1 (429: es_rejected_execution_exception: rejected execution of TimedRunnable)');
      expect(error.hint).toBe('try again in a minute');
    });
  });

  describe('connection cut mid-response', () => {
    it.each([
      ['in the middle of the body', { kind: 'cut', bodyBytes: 40 } as const],
      ['right after the headers', { kind: 'cut', bodyBytes: 0 } as const],
      ['before any answer', { kind: 'reset' } as const],
    ])('CLI: cut %s gives one clear line, never a stack trace, exit 1', async (_name, mode) => {
      proxy.set(mode);
      const run = await cli(['triage', '404', 'checkout', '--json']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expectOneClearLine(run.stderr);
      expect(run.stderr).toContain(`${ENGINE} at ${proxy.url} closed the connection before it finished answering`);
      expect(run.stderr).not.toMatch(/Local: |Remote: |ConnectionError/);
    });

    it('a restart mid-run (every connection cut, the port closed, then back) costs one failed call, not the service', async () => {
      expect((await triage.triage(request)).total).toBe(300);
      proxy.cutAll();
      await proxy.down();
      const during = await failure(triage.triage(request));
      expect(during.code).toBe(ErrorCode.ElasticsearchUnreachable);
      await proxy.up();
      expect((await triage.triage(request)).total).toBe(300);
      // Kept-alive connections cut between two calls do not fail the next one.
      proxy.cutAll();
      expect((await triage.triage(request)).total).toBe(300);
    });
  });
});

describe('partial shard failures are flagged, never shown as complete', () => {
  let direct: SearchEngine;
  let base: string;
  let client: SearchEngine;
  let triage: TriageService;
  const env = () => ({ ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-*` });

  beforeAll(async () => {
    direct = testClient();
    base = uniqueIndexName('st-rel-partial');
    // One index with the access-log mapping, one created without it (strings mapped as text): every
    // aggregation on a text field fails on that index's shard, so Elasticsearch answers in part.
    await createAccessLogIndex(direct, `${base}-mapped`);
    await bulkLoad(direct, `${base}-mapped`, [...history('checkout', 404, 5, 200), ...history('checkout', 200, 100, 100)]);
    await direct.createIndex({ index: `${base}-unmapped`, settings: { number_of_shards: 1, number_of_replicas: 0 } });
    await bulkLoad(direct, `${base}-unmapped`, [...burst('checkout', 404, NOW, 100), ...burst('legacy', 404, NOW, 50)]);
    const config = loadConfig(env());
    client = createSearchEngine(config.elasticsearch);
    triage = createTriageService({ client, config, logger: silentLogger(), now: () => new Date(NOW) });
  });

  afterAll(async () => {
    await client.close();
    await direct.deleteIndex(`${base}-*`);
    await direct.close();
  });

  it('the service flags the result partial and says so first in its notes', async () => {
    const result = await triage.triage({ status: 404, service: 'checkout', window: '1h', environment: null, at: new Date(NOW) });
    expect(result.partial).toBe(true);
    // The mapped index answered (200 of the 300 there are): a lower bound, not the truth.
    expect(result.total).toBe(200);
    expect(result.notes[0]).toMatch(/^Elasticsearch reported shard failures: .*counts .*may be low\.$/);
  });

  it('CLI --json carries partial: true and the note; the text output warns', async () => {
    const json = await runRealCli(['triage', '404', 'checkout', '1h', '--at', AT, '--json'], env());
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { partial: boolean; notes: string[] };
    expect(parsed.partial).toBe(true);
    expect(parsed.notes[0]).toMatch(/shard failures/);
    const text = await runRealCli(['triage', '404', 'checkout', '1h', '--at', AT], env());
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('⚠ partial results');
  });

  it('"no logs" from a partial search is not presented as a finding', async () => {
    // `legacy` only has logs in the index whose shard fails: the answer is empty, but not complete.
    const result = await triage.triage({ status: 404, service: 'legacy', window: '1h', environment: null, at: new Date(NOW) });
    expect(result.total).toBe(0);
    expect(result.partial).toBe(true);
    const text = await runRealCli(['triage', '404', 'legacy', '1h', '--at', AT], env());
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[1]).toBe('⚠ partial results: some shards failed, so this may be incomplete');
  });
});
