import type { SearchEngine } from '../../src/elasticsearch/engine';
import { Writable } from 'node:stream';
import { Config, loadConfig } from '../../src/config';
import { CAUSE_IDS, TriageResult } from '../../src/domain/types';
import { AppError, ErrorCode } from '../../src/errors';
import { createLogger, Logger } from '../../src/logging';
import { Alert, AlertPoster, AlertState, createWatcher, FollowUp, runWatchOnce, Watcher, WatchOptions } from '../../src/services/watch';
import { createTriageService } from '../../src/services/triage';
import { createSearchEngine } from '../../src/elasticsearch/client';
import type { TriageRequest, TriageService } from '../../src/services/types';
import { bulkLoad, createAccessLogIndex, deleteIndex, testClient, uniqueIndexName, testEngineEnv } from '../support/elasticsearch';
import { burst, history as spikeHistory } from '../support/spikeDocs';

const MIN = 60_000;
const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const WINDOW = 15 * MIN;
const WATCHED = ['checkout', 'calm-a', 'calm-b', 'tiny', 'silent'];

const history = (service: string, status: number, perDay: number, current: number): Array<Record<string, unknown>> =>
  spikeHistory(service, status, perDay, current, NOW);

/**
 * checkout: 404s jump from 5 to 300 in the current window (the incident); calm-a and calm-b hold their
 * level; tiny's 403s rise from 3 to 9 (noise under the volume floor); silent has no logs at all.
 * A second checkout spike three hours later tests re-opening within the cooldown.
 */
function fixture(): Array<Record<string, unknown>> {
  return [
    ...history('checkout', 404, 5, 300),
    ...history('checkout', 200, 100, 100),
    ...history('calm-a', 404, 30, 32),
    ...history('calm-b', 403, 60, 70),
    ...history('tiny', 403, 3, 9),
    ...burst('checkout', 404, NOW + 3 * HOUR, 300),
    // Many other services with a little traffic, for the requests-per-tick check.
    ...Array.from({ length: 40 }, (_, i) => burst(`svc-${i}`, 404, NOW, 2)).flat(),
  ];
}

interface Recorder extends AlertPoster {
  posts: Alert[];
  resolves: AlertState[];
  notes: Array<{ state: AlertState; note: FollowUp }>;
}

/** A fake of Slack only: records what would be posted. */
function recordingPoster(delayMs = 0): Recorder {
  const recorder: Recorder = {
    posts: [],
    resolves: [],
    notes: [],
    async post(alert) {
      recorder.posts.push(alert);
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      return { channel: alert.channel, ts: `17000000${recorder.posts.length}.000100` };
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

function triageResult(request: TriageRequest): TriageResult {
  return {
    status: request.status,
    service: request.service,
    environment: null,
    window: { from: new Date(NOW - WINDOW).toISOString(), to: new Date(NOW).toISOString() },
    total: 300,
    baseline: { expected: 5, ratio: 60, periods: 8 },
    series: [{ t: new Date(NOW - WINDOW).toISOString(), count: 300 }],
    causes: [
      { id: 'deploy_broke_routes', confidence: 0.8, title: 'A deployment broke routes', evidence: ['v2 at 11:50'], remediation: ['Roll back'] },
      { id: 'routing_regression', confidence: 0.5, title: 'Routes that were 200 now 404', evidence: [], remediation: ['Check the router'] },
      { id: 'scanner_probe', confidence: 0.2, title: 'Probes', evidence: [], remediation: ['Ignore'] },
      { id: 'baseline_noise', confidence: 0.1, title: 'Noise', evidence: [], remediation: ['Nothing'] },
    ],
    contrast: [],
    decisionRule: { summary: '404', explanation: 'not found' },
    elasticsearchRequests: 2,
    notes: [],
    missingFields: [],
    partial: false,
    serviceKnown: true,
    suggestions: [],
  };
}

/**
 * The triage engine's cause rules (src/domain/causes) are written elsewhere; the watcher only needs the
 * TriageService interface, so a minimal one stands in and records what it was asked.
 */
function fakeTriage(): TriageService & { calls: TriageRequest[] } {
  const calls: TriageRequest[] = [];
  return {
    calls,
    async triage(request) {
      calls.push(request);
      return triageResult(request);
    },
    async samples() {
      return [];
    },
    async knownServices() {
      return [];
    },
  };
}

function captureLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines };
}

describe('the watcher against a real Elasticsearch', () => {
  let client: SearchEngine;
  let logs: string;
  const stateIndices: string[] = [];
  const clients: SearchEngine[] = [];
  const { logger } = captureLogger();

  function config(stateIndex: string, env: Record<string, string> = {}): Config {
    stateIndices.push(stateIndex);
    return loadConfig({
      ...testEngineEnv(),
      ELASTICSEARCH_INDEX: logs,
      STATE_INDEX: stateIndex,
      WATCH_SERVICES: WATCHED.join(','),
      WATCH_STATUSES: '403,404',
      WATCH_WINDOW: '15m',
      ALERT_CHANNEL: 'C0ALERTS',
      ...env,
    });
  }

  function watcher(cfg: Config, poster: AlertPoster, at: { now: number }, extra: { client?: SearchEngine; triage?: TriageService; options?: WatchOptions } = {}): Watcher {
    return createWatcher({
      client: extra.client ?? client,
      config: cfg,
      logger,
      triage: extra.triage ?? fakeTriage(),
      poster,
      now: () => new Date(at.now),
      options: { postGapMs: 0, ...extra.options },
    });
  }

  function freshClient(): SearchEngine {
    const c = testClient();
    clients.push(c);
    return c;
  }

  beforeAll(async () => {
    client = testClient();
    const base = uniqueIndexName('st-watch');
    logs = `${base}-logs`;
    await createAccessLogIndex(client, logs);
    await bulkLoad(client, logs, fixture());
  });

  afterAll(async () => {
    for (const index of [logs, ...stateIndices]) await deleteIndex(client, index);
    for (const c of clients) await c.close();
    await client.close();
  });

  describe('one incident, from spike to recovery, across a restart', () => {
    const at = { now: NOW };
    const poster = recordingPoster();
    let cfg: Config;
    const triage = fakeTriage();

    beforeAll(() => {
      cfg = config(uniqueIndexName('st-state'), { ALERT_COOLDOWN: '2h' });
    });

    it('posts exactly one alert: the spiking service, none for calm ones nor for 3 → 9', async () => {
      const report = await watcher(cfg, poster, at, { triage }).tick();
      expect(report.checked).toBe(WATCHED.length * 2);
      expect(report.spikes.map((s) => `${s.service}/${s.status}`)).toEqual(['checkout/404']);
      expect(report.posted).toHaveLength(1);
      expect(report.errors).toEqual([]);
      expect(poster.posts).toHaveLength(1);
      const alert = poster.posts[0] as Alert;
      expect(alert).toMatchObject({ service: 'checkout', status: 404, count: 300, expected: 5, ratio: 60, changePct: 5900, channel: 'C0ALERTS' });
      expect(alert.causes.map((c) => c.id)).toEqual(['deploy_broke_routes', 'routing_regression', 'scanner_probe']);
      expect(alert.series.length).toBeGreaterThan(0);
      expect(triage.calls).toEqual([{ status: 404, service: 'checkout', window: '15m', environment: null, at: new Date(NOW) }]);
    });

    it('posts nothing new on the next tick while the incident is firing', async () => {
      at.now = NOW + MIN;
      const report = await watcher(cfg, poster, at).tick();
      expect(report.spikes.map((s) => s.service)).toEqual(['checkout']);
      expect(report.skipped).toEqual([{ service: 'checkout', status: 404, reason: 'firing' }]);
      expect(poster.posts).toHaveLength(1);
    });

    it('does not re-alert after a restart in the middle of the incident, and lists it as firing', async () => {
      at.now = NOW + 2 * MIN;
      const restarted = watcher(cfg, poster, at);
      const report = await restarted.tick();
      expect(report.posted).toEqual([]);
      expect(poster.posts).toHaveLength(1);
      const state = await restarted.listState();
      expect(state.firing).toHaveLength(1);
      expect(state.firing[0]).toMatchObject({ service: 'checkout', status: 404, phase: 'firing', channel: 'C0ALERTS', ts: '170000001.000100', pending: null });
    });

    it('records an acknowledgement', async () => {
      const acked = await watcher(cfg, poster, at).acknowledge('checkout', 404, 'U0ONCALL');
      expect(acked).toMatchObject({ acknowledgedBy: 'U0ONCALL' });
      expect(await watcher(cfg, poster, at).acknowledge('calm-a', 404, 'U0ONCALL')).toBeNull();
    });

    it('resolves once when the rate is back to normal, updating the original message', async () => {
      at.now = NOW + 2 * HOUR;
      const w = watcher(cfg, poster, at);
      const report = await w.tick();
      expect(report.resolved.map((r) => r.service)).toEqual(['checkout']);
      expect(poster.resolves).toHaveLength(1);
      expect(poster.resolves[0]).toMatchObject({ service: 'checkout', status: 404, phase: 'resolved', channel: 'C0ALERTS', ts: '170000001.000100' });
      expect(poster.resolves[0]?.resolution?.count).toBe(0);
      expect(poster.resolves[0]?.alert?.causes).toHaveLength(3);

      at.now = NOW + 2 * HOUR + MIN;
      await watcher(cfg, poster, at).tick();
      expect(poster.resolves).toHaveLength(1);
      expect(poster.posts).toHaveLength(1);
      const state = await w.listState();
      expect(state.firing).toEqual([]);
      expect(state.resolved.map((a) => a.service)).toEqual(['checkout']);
    });

    it('re-opens in the thread, not with a new post, when it spikes again within the cooldown', async () => {
      at.now = NOW + 3 * HOUR;
      const report = await watcher(cfg, poster, at).tick();
      expect(report.notes).toEqual([expect.objectContaining({ service: 'checkout', kind: 'refired' })]);
      expect(poster.posts).toHaveLength(1);
      expect(poster.notes).toHaveLength(1);
      expect(poster.notes[0]?.state).toMatchObject({ phase: 'firing', refires: 1, ts: '170000001.000100', acknowledgedBy: null });
    });
  });

  it('two or more watchers ticking at once against the same cluster post exactly one alert', async () => {
    const cfg = config(uniqueIndexName('st-state'));
    const poster = recordingPoster(50);
    const at = { now: NOW };
    const watchers = [0, 1, 2].map((i) => watcher(cfg, poster, at, { client: freshClient(), options: { instanceId: `replica-${i}` } }));
    const reports = await Promise.all(watchers.map((w) => w.tick()));
    expect(poster.posts).toHaveLength(1);
    expect(reports.flatMap((r) => r.posted)).toHaveLength(1);
    expect(reports.flatMap((r) => r.errors)).toEqual([]);
    const losers = reports.flatMap((r) => r.skipped).map((s) => s.reason);
    expect(losers).toHaveLength(2);
    expect(losers.every((r) => r === 'claimed_elsewhere' || r === 'lease_held')).toBe(true);

    // And again on the next round, with the incident firing: nothing.
    at.now = NOW + MIN;
    await Promise.all(watchers.map((w) => w.tick()));
    expect(poster.posts).toHaveLength(1);
  });

  it('a mute holds across a restart, and unmute lets the alert through', async () => {
    const cfg = config(uniqueIndexName('st-state'));
    const poster = recordingPoster();
    const at = { now: NOW };
    const mute = await watcher(cfg, poster, at).mute('checkout', 404, HOUR, 'U0ONCALL');
    expect(mute).toEqual({ service: 'checkout', status: 404, until: new Date(NOW + HOUR).toISOString(), by: 'U0ONCALL', createdAt: new Date(NOW).toISOString() });

    const restarted = watcher(cfg, poster, at);
    const report = await restarted.tick();
    expect(report.skipped).toEqual([{ service: 'checkout', status: 404, reason: 'muted' }]);
    expect(poster.posts).toEqual([]);
    expect((await restarted.listState()).muted).toEqual([mute]);

    const unmuted = await restarted.unmute('checkout', null);
    expect(unmuted).toEqual({ removed: 1, remaining: [] });
    await restarted.tick();
    expect(poster.posts).toHaveLength(1);
  });

  it('a mute for every status of a service also holds, and ends on its own', async () => {
    const cfg = config(uniqueIndexName('st-state'));
    const poster = recordingPoster();
    const at = { now: NOW };
    await watcher(cfg, poster, at).mute('checkout', null, 5 * MIN, 'U0ONCALL');
    expect((await watcher(cfg, poster, at).tick()).skipped).toEqual([{ service: 'checkout', status: 404, reason: 'muted' }]);
    at.now = NOW + 6 * MIN;
    await watcher(cfg, poster, at).tick();
    expect(poster.posts).toHaveLength(1);
  });

  it('makes one search engine request per tick whatever the number of services', async () => {
    const counted = freshClient();
    const paths: string[] = [];
    counted.onAnswer(({ path }) => paths.push(path));
    const stateIndex = uniqueIndexName('st-state');
    const at = { now: NOW };
    const perTick: Record<string, string[]> = {};
    for (const services of ['checkout,calm-a', [...WATCHED, ...Array.from({ length: 40 }, (_, i) => `svc-${i}`)].join(','), '*']) {
      const w = watcher(config(stateIndex, { WATCH_SERVICES: services }), recordingPoster(), at, { client: counted });
      await w.tick(); // creates the state index and fires checkout once
      paths.length = 0;
      const report = await w.tick();
      perTick[services.slice(0, 20)] = [...paths];
      expect(report.checked).toBeGreaterThanOrEqual(4);
    }
    expect(Object.values(perTick)).toEqual([['/_msearch'], ['/_msearch'], ['/_msearch']]);
  });

  it('reads each service\'s first document around the baseline days once, then remembers it for an hour', async () => {
    const base = freshClient();
    const searches: number[] = [];
    const counting = { ...base, msearch: (...args: Parameters<typeof base.msearch>) => (searches.push(args[0].searches.length / 2), base.msearch(...args)) };
    const at = { now: NOW };
    // A service with no logs at all ('silent') has no first document to remember: it would be asked every tick.
    const logging = WATCHED.filter((s) => s !== 'silent');
    const w = watcher(config(uniqueIndexName('st-state'), { WATCH_SERVICES: logging.join(',') }), recordingPoster(), at, { client: counting });
    const first = await w.tick();
    const sent = (): number => searches[searches.length - 1] ?? 0;
    const full = sent();
    at.now = NOW + MIN;
    const next = await w.tick();
    // The presence aggregation is left out: counts, newest document and the stored state remain.
    expect(sent()).toBe(full - 1);
    expect(next.spikes.map((s) => s.service)).toEqual(first.spikes.map((s) => s.service));
    at.now = NOW + 61 * MIN;
    await w.tick();
    expect(sent()).toBe(full);
  });

  it('runWatchOnce reports the spikes with their causes in the contract’s shape, without posting or writing state', async () => {
    const stateIndex = uniqueIndexName('st-state');
    const cfg = config(stateIndex);
    const result = await runWatchOnce({ client, config: cfg, logger, triage: fakeTriage(), now: () => new Date(NOW) });
    expect(result.alerts).toHaveLength(1);
    expect(result.alerts[0]).toMatchObject({ service: 'checkout', status: 404, count: 300, expected: 5, ratio: 60 });
    expect(result.alerts[0]?.causes.map((c) => c.id)).toEqual(['deploy_broke_routes', 'routing_regression', 'scanner_probe', 'baseline_noise']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(await client.indexExists(stateIndex)).toBe(false);
  });

  it('keeps running with backoff while Elasticsearch is unreachable, and stops cleanly', async () => {
    const { logger: captured, lines } = captureLogger();
    const cfg = loadConfig({ ...testEngineEnv('http://127.0.0.1:9'), WATCH_SERVICES: 'checkout', WATCH_INTERVAL: '20ms', STATE_INDEX: 'st-unreachable' });
    const dead = createSearchEngine({ ...cfg.elasticsearch, timeoutMs: 500 });
    clients.push(dead);
    const w = createWatcher({ client: dead, config: cfg, logger: captured, triage: fakeTriage(), poster: recordingPoster(), options: { maxBackoffMs: 80 } });

    await expect(w.tick()).rejects.toMatchObject({ code: ErrorCode.ElasticsearchUnreachable });
    w.start();
    await new Promise((r) => setTimeout(r, 600));
    await w.stop();
    const failures = lines.filter((l) => String(l.msg).startsWith('watch tick failed'));
    expect(failures.length).toBeGreaterThanOrEqual(3);
    const waits = failures.map((l) => Number(l.retryInMs));
    expect(waits[0]).toBeLessThan(waits[waits.length - 1] as number);
    expect(Math.max(...waits)).toBeLessThanOrEqual(80 * 1.1);
    const after = lines.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(lines.length).toBe(after);
  });

  it('with the real triage engine, the alert carries the window’s series and ranked causes with remediation', async () => {
    const cfg = config(uniqueIndexName('st-state'));
    const poster = recordingPoster();
    const triage = createTriageService({ client, config: cfg, logger, now: () => new Date(NOW) });
    const report = await watcher(cfg, poster, { now: NOW }, { triage }).tick();
    expect(report.posted).toHaveLength(1);
    const alert = poster.posts[0] as Alert;
    expect(alert.series.length).toBeGreaterThan(0);
    expect(alert.series.reduce((sum, p) => sum + p.count, 0)).toBeGreaterThan(0);
    expect(alert.causes.length).toBeLessThanOrEqual(3);
    for (const cause of alert.causes) {
      expect(CAUSE_IDS).toContain(cause.id);
      expect(cause.remediation.length).toBeGreaterThan(0);
    }
    const once = await runWatchOnce({ client, config: cfg, logger, triage, now: () => new Date(NOW) });
    expect(once.alerts.map((a) => `${a.service}/${a.status}`)).toEqual(['checkout/404']);
  });

  it('when Slack fails, keeps the claim pending and posts once on a later tick (any replica)', async () => {
    const cfg = config(uniqueIndexName('st-state'));
    const poster = recordingPoster();
    let failNext = true;
    const flaky: AlertPoster = {
      ...poster,
      async post(alert) {
        if (failNext) {
          failNext = false;
          throw new Error('slack: ratelimited');
        }
        return poster.post(alert);
      },
    };
    const at = { now: NOW };
    const first = await watcher(cfg, flaky, at).tick();
    expect(first.errors).toEqual([{ service: 'checkout', status: 404, message: expect.stringContaining('ratelimited') }]);
    expect(poster.posts).toHaveLength(0);

    at.now = NOW + MIN;
    const other = watcher(cfg, flaky, at, { options: { instanceId: 'replica-b' } });
    const second = await other.tick();
    expect(second.posted).toHaveLength(1);
    expect(poster.posts).toHaveLength(1);
    expect((await other.listState()).firing[0]).toMatchObject({ pending: null, lease: null, ts: '170000001.000100' });
    await other.tick();
    expect(poster.posts).toHaveLength(1);
  });

  it('refuses a mute without a service or duration', async () => {
    const w = watcher(config(uniqueIndexName('st-state')), recordingPoster(), { now: NOW });
    await expect(w.mute(' ', 404, HOUR, 'U')).rejects.toBeInstanceOf(AppError);
    await expect(w.mute('checkout', 404, 0, 'U')).rejects.toMatchObject({ code: ErrorCode.BadInput });
  });

});
