import type { SearchEngine } from '../../src/elasticsearch/engine';
import { Config, loadConfig } from '../../src/config';
import { STATE_MAPPINGS, STATE_SETTINGS } from '../../src/elasticsearch/alertState';
import { createSearchEngine } from '../../src/elasticsearch/client';
import { Alert, AlertPoster, AlertState, createWatcher, FollowUp, Watcher, WatchOptions } from '../../src/services/watch';
import { createTriageService } from '../../src/services/triage';
import { bulkLoad, createAccessLogIndex, deleteIndex, testClient, testElasticsearchUrl, testEngineEnv, testEngineLabel, uniqueIndexName } from '../support/elasticsearch';
import { overloaded, startTcpProxy, TcpProxy } from '../support/tcpProxy';
import { burst, captureLogger, Doc, history, MIN, NOW } from './support';

/**
 * The real watcher, its real loop (`start()`), the real triage engine and the real Elasticsearch behind
 * a proxy that fails on demand. Slack is a recording poster. What must hold: the loop survives the
 * outage and backs off, and once Elasticsearch is back every incident still going on is (or stays)
 * alerted exactly once.
 */
interface Recorder extends AlertPoster {
  posts: Alert[];
  resolves: AlertState[];
  notes: Array<{ state: AlertState; note: FollowUp }>;
  /** Runs inside `post`, after Slack "accepted" the message and before the watcher records it. */
  afterPost: (() => void) | null;
}

function recordingPoster(): Recorder {
  const recorder: Recorder = {
    posts: [],
    resolves: [],
    notes: [],
    afterPost: null,
    async post(alert) {
      recorder.posts.push(alert);
      recorder.afterPost?.();
      return { channel: alert.channel, ts: `1700000000.${String(recorder.posts.length).padStart(6, '0')}` };
    },
    async resolve(state) {
      recorder.resolves.push(state);
    },
    async followUp(state, note) {
      recorder.notes.push({ state, note });
    },
  };
  return recorder;
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const posted = (r: Recorder): string[] => r.posts.map((a) => `${a.service}/${a.status}`);

describe('the watcher through an Elasticsearch outage', () => {
  let direct: SearchEngine;
  let proxy: TcpProxy;
  let logs: string;
  const stateIndices: string[] = [];
  const clients: SearchEngine[] = [];

  beforeAll(async () => {
    direct = testClient();
    logs = `${uniqueIndexName('st-rel-watch')}-logs`;
    await createAccessLogIndex(direct, logs);
    const docs: Doc[] = [
      ...history('checkout', 404, 5, 300),
      ...history('checkout', 200, 100, 100),
      ...history('calm', 403, 30, 32),
      // `payments` has its usual trickle; its incident arrives during the outage (see below).
      ...history('payments', 403, 4, 4),
    ];
    await bulkLoad(direct, logs, docs);
    proxy = await startTcpProxy(testElasticsearchUrl());
  });

  afterEach(async () => {
    proxy.set({ kind: 'pass' });
    await proxy.up();
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await proxy.close();
    for (const index of [logs, ...stateIndices]) await deleteIndex(direct, index);
    await direct.close();
  });

  /** The state index is made up front: creating it is not under test here, and can be slow on a busy machine. */
  async function setup(env: Record<string, string> = {}, options: WatchOptions = {}): Promise<{ watcher: Watcher; poster: Recorder; lines: Array<Record<string, unknown>>; at: { now: number }; config: Config }> {
    const stateIndex = uniqueIndexName('st-rel-state');
    stateIndices.push(stateIndex);
    await direct.createIndex({ index: stateIndex, settings: STATE_SETTINGS, mappings: STATE_MAPPINGS });
    await direct.clusterHealth({ index: stateIndex, wait_for_active_shards: 1 });
    const config = loadConfig({
      ...testEngineEnv(proxy.url),
      ELASTICSEARCH_INDEX: logs,
      ELASTICSEARCH_TIMEOUT: '800ms',
      STATE_INDEX: stateIndex,
      WATCH_SERVICES: 'checkout,calm,payments',
      WATCH_WINDOW: '15m',
      WATCH_INTERVAL: '50ms',
      ALERT_CHANNEL: 'C0ALERTS',
      ...env,
    });
    const client = createSearchEngine(config.elasticsearch);
    clients.push(client);
    const { logger, lines } = captureLogger();
    const at = { now: NOW };
    const now = () => new Date(at.now);
    const poster = recordingPoster();
    const triage = createTriageService({ client, config, logger, now });
    const watcher = createWatcher({ client, config, logger, triage, poster, now, options: { postGapMs: 0, maxBackoffMs: 400, ...options } });
    return { watcher, poster, lines, at, config };
  }

  it('keeps ticking through the outage with growing waits, then alerts what started meanwhile, once, and nothing twice', async () => {
    const { watcher, poster, lines } = await setup();
    watcher.start();
    try {
      // Posted and recorded (the outage right between the two is the next test's business).
      await waitFor('the first alert', () => lines.some((l) => l.msg === 'alert posted'));
      expect(posted(poster)).toEqual(['checkout/404']);

      // The cluster hangs: requests go unanswered.
      proxy.set({ kind: 'drop' });
      const outageStart = lines.length;
      const failures = () => lines.slice(outageStart).filter((l) => String(l.msg).startsWith('watch tick failed'));
      await waitFor('a failed tick', () => failures().length >= 1);
      // The failure names the cluster and the timeout, and since when nothing has worked.
      expect(String(failures()[0]?.msg)).toMatch(new RegExp(`${testEngineLabel()} at http://127\\.0\\.0\\.1:\\d+ did not answer within 800 ms; the last successful query was \\d+ s ago`));

      // A new incident starts while Elasticsearch cannot be read; then the cluster goes down altogether (port closed).
      await bulkLoad(direct, logs, burst('payments', 403, NOW, 250));
      await proxy.down();
      await waitFor('more failed ticks, now refused', () => failures().length >= 4 && failures().some((l) => /connection refused/.test(String(l.msg))));
      const waits = failures().map((l) => Number(l.retryInMs));
      for (let i = 1; i < 3; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1] as number);
      expect(Math.max(...waits)).toBeLessThanOrEqual(400 * 1.1);
      expect(poster.posts).toHaveLength(1);
      expect(poster.resolves).toEqual([]);

      await proxy.up();
      proxy.set({ kind: 'pass' });
      await waitFor('the alert for the incident that started during the outage', () => poster.posts.length >= 2);
      // A few more healthy ticks must change nothing.
      const ticks = () => lines.filter((l) => l.msg === 'watch tick').length;
      const healthy = ticks();
      await waitFor('three more healthy ticks', () => ticks() >= healthy + 3);
    } finally {
      await watcher.stop();
    }
    expect(posted(poster).sort()).toEqual(['checkout/404', 'payments/403']);
    expect(poster.resolves).toEqual([]);
    expect(poster.notes).toEqual([]);
    const state = await watcher.listState();
    expect(state.firing.map((a) => `${a.service}/${a.status}`).sort()).toEqual(['checkout/404', 'payments/403']);
    expect(state.firing.every((a) => a.pending === null && a.ts !== null)).toBe(true);
  });

  it('an outage right after Slack took an alert does not post it again once Elasticsearch is back', async () => {
    const { watcher, poster, at } = await setup({ WATCH_SERVICES: 'checkout' });
    // Slack accepts the alert, and at that very moment Elasticsearch becomes unavailable: the watcher
    // cannot record that it posted.
    poster.afterPost = () => {
      poster.afterPost = null;
      proxy.set(overloaded(503));
    };
    const first = await watcher.tick();
    expect(poster.posts).toHaveLength(1);
    expect(first.errors).toEqual([expect.objectContaining({ service: 'checkout', status: 404 })]);

    proxy.set({ kind: 'pass' });
    at.now = NOW + MIN;
    const second = await watcher.tick();
    expect(second.errors).toEqual([]);
    expect(poster.posts).toHaveLength(1);
    // Later ticks, even after the claim's lease would have run out, stay quiet.
    at.now = NOW + 5 * MIN;
    await watcher.tick();
    expect(poster.posts).toHaveLength(1);
    const state = await watcher.listState();
    expect(state.firing).toEqual([expect.objectContaining({ service: 'checkout', status: 404, pending: null, ts: '1700000000.000001' })]);
  });

  it('does not resolve a firing incident on partial counts (shard failures), and does not re-alert after', async () => {
    const base = uniqueIndexName('st-rel-shards');
    const current = burst('checkout', 404, NOW, 300);
    await createAccessLogIndex(direct, `${base}-history`);
    await bulkLoad(direct, `${base}-history`, [...history('checkout', 404, 5, 0), ...history('checkout', 200, 100, 100)]);
    await createAccessLogIndex(direct, `${base}-today`);
    await bulkLoad(direct, `${base}-today`, current);
    const { watcher, poster } = await setup({ ELASTICSEARCH_INDEX: `${base}-*`, WATCH_SERVICES: 'checkout' });
    try {
      expect((await watcher.tick()).posted).toHaveLength(1);

      // Today's index comes back without its mapping: its shard fails every aggregation, so the
      // detection search answers without the incident's documents, and says so (_shards.failed).
      await deleteIndex(direct, `${base}-today`);
      await direct.createIndex({ index: `${base}-today-unmapped`, settings: { number_of_shards: 1, number_of_replicas: 0 } });
      await bulkLoad(direct, `${base}-today-unmapped`, current);
      const during = await watcher.tick();
      expect(during.errors).toEqual([]);
      expect(poster.resolves).toEqual([]);
      expect((await watcher.listState()).firing.map((a) => a.service)).toEqual(['checkout']);

      // Repaired: the incident is still going on and was told once.
      await deleteIndex(direct, `${base}-today-unmapped`);
      await createAccessLogIndex(direct, `${base}-today`);
      await bulkLoad(direct, `${base}-today`, current);
      await watcher.tick();
      expect(poster.posts).toHaveLength(1);
      expect(poster.resolves).toEqual([]);
      expect(poster.notes).toEqual([]);
    } finally {
      await direct.deleteIndex(`${base}-*`);
    }
  });
});
