import type { SearchEngine } from '../../src/elasticsearch/engine';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logging';
import { createTriageService } from '../../src/services/triage';
import { runWatchOnce } from '../../src/services/watch';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { msearchItems } from '../../src/elasticsearch/responses';
import { watchAnswers, watchBodies, WatchPlan, watchCounts, watchSearch } from '../../src/elasticsearch/watchQueries';
import { DAY, Doc, expectOneClearLine, HOUR, logDoc, MIN, NOW, runRealCli } from '../reliability/support';
import { bulkLoad, createAccessLogIndex, testClient, uniqueIndexName, testEngineEnv } from '../support/elasticsearch';

/**
 * What real retention and real pipelines do to baselines, against the real Elasticsearch: a service whose
 * logs begin two days ago, one with a six-hour ingest gap last week, a pipeline a few minutes behind, and
 * logs with no service field at all. Calm services must stay calm, and a real incident must still show.
 */
const LAG = 3 * MIN;
/** The pipeline's newest document: everything after it is not indexed yet. */
const INDEXED_UNTIL = NOW - LAG;

/** Steady traffic: a 200 every minute and a 404 every 90 s (items that exist, and ids that do not), from `from` to `to`, skipping `gaps`. */
function steady(service: string, from: number, to: number, gaps: Array<[number, number]> = [], extra: Doc = {}): Doc[] {
  const docs: Doc[] = [];
  const inGap = (t: number): boolean => gaps.some(([a, b]) => t >= a && t < b);
  for (let t = from; t < to; t += MIN) if (!inGap(t)) docs.push(logDoc(service, 200, t, { 'url.path': `/v1/items/${t % 89}`, ...extra }));
  for (let t = from + 7_000; t < to; t += 90_000) if (!inGap(t)) docs.push(logDoc(service, 404, t, { 'url.path': `/v1/items/${t % 97}`, ...extra }));
  return docs;
}

describe('honest baselines on the logs real clusters keep', () => {
  let client: SearchEngine;
  let index: string;

  beforeAll(async () => {
    client = testClient();
    index = uniqueIndexName('st-baselines');
    await createAccessLogIndex(client, index);
    // Last week, four days ago: six hours without logs around this time of day (a broken shipper).
    const gap: [number, number] = [NOW - 4 * DAY - 3 * HOUR, NOW - 4 * DAY + 3 * HOUR];
    const docs = [
      ...steady('young', NOW - 2 * DAY - 2 * HOUR, INDEXED_UNTIL),
      ...steady('gappy', NOW - 8 * DAY, INDEXED_UNTIL, [gap]),
      // The same young service's twin, with a real incident in the last quarter hour.
      ...steady('young-incident', NOW - 2 * DAY - 2 * HOUR, INDEXED_UNTIL),
      ...Array.from({ length: 120 }, (_, i) => logDoc('young-incident', 404, NOW - 14 * MIN + i * 5_000, { 'url.path': '/v2/checkout/confirm' })),
    ].filter((d) => Date.parse(String(d['@timestamp'])) < INDEXED_UNTIL);
    await bulkLoad(client, index, docs);
  }, 120_000);

  afterAll(async () => {
    await client.deleteIndex(index);
    await client.close();
  });

  const config = () =>
    loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: index, WATCH_SERVICES: 'young,gappy,young-incident', WATCH_MIN_COUNT: '5', WATCH_WINDOW: '15m', STATE_INDEX: `${index}-state` });

  it('a service whose logs begin two days ago has a baseline of the days it has, not of zeros', async () => {
    const triage = createTriageService({ client, config: config(), logger: createLogger({ level: 'silent' }), now: () => new Date(NOW) });
    const result = await triage.triage({ status: 404, service: 'young', window: '1h', environment: null });
    // 40 404s an hour, of which the last 3 minutes are not indexed yet.
    expect(result.total).toBe(38);
    expect(result.baseline.periods).toBe(3);
    expect(result.baseline.expected).toBeGreaterThanOrEqual(34);
    expect(result.baseline.expected).toBeLessThanOrEqual(40);
    expect(result.baseline.ratio).toBeLessThan(1.3);
    expect(result.notes.join('\n')).toMatch(/baseline rests on 3 earlier periods: 5 of the last 7 days have no logs/);
    expect(result.causes.filter((c) => c.id !== 'baseline_noise')).toEqual([]);
  });

  it('says how far the logs are behind, and leaves the unindexed minutes out of the series', async () => {
    const triage = createTriageService({ client, config: config(), logger: createLogger({ level: 'silent' }), now: () => new Date(NOW) });
    const result = await triage.triage({ status: 404, service: 'gappy', window: '15m', environment: null });
    // The shipper stopped 3 minutes ago; its last document (a 200, one a minute) is from a minute before that.
    expect(result.notes[0]).toMatch(/^logs are 4 min behind: the newest document is from 2026-11-20T11:56:00.000Z/);
    const last = result.series[result.series.length - 1];
    expect(Date.parse(last?.t ?? '')).toBeLessThanOrEqual(INDEXED_UNTIL);
    // A six-hour gap four days ago: that day is left out, the other six and the trailing day count.
    expect(result.baseline.periods).toBe(7);
    expect(result.causes.filter((c) => c.id !== 'baseline_noise')).toEqual([]);
  });

  it('the watcher alerts on the real incident only: no spike for the young or the gappy service', async () => {
    const triage = createTriageService({ client, config: config(), logger: createLogger({ level: 'silent' }), now: () => new Date(NOW) });
    const { alerts } = await runWatchOnce({ client, config: config(), logger: createLogger({ level: 'silent' }), triage, now: () => new Date(NOW) });
    expect(alerts.map((a) => `${a.service}/${a.status}`)).toEqual(['young-incident/404']);
    expect(alerts[0]?.ratio).toBeGreaterThan(5);
  });

  it('read alone, as a busy service is, a service reads what it reads among the others: days before its logs began stay missing', async () => {
    const read = async (readAlone: string[]) => {
      const plan: WatchPlan = { services: ['young', 'gappy', 'young-incident'], statuses: [403, 404], to: NOW, windowMs: 15 * MIN, fields: FIELD_DEFAULTS, readAlone };
      const search = watchSearch(plan);
      const bodies = watchBodies(search);
      const raw = await client.msearch({ searches: bodies.flatMap((body) => [{ index }, body]) });
      return watchCounts(watchAnswers(search, msearchItems(raw, bodies.length)), plan);
    };
    const together = await read([]);
    const alone = await read(['young', 'gappy']);
    expect(alone.counts).toEqual(together.counts);
    // The young service's logs begin two days ago: two days of real counts, then missing days, not zeros.
    const young = alone.counts.find((c) => c.service === 'young' && c.status === 404);
    expect(young?.perDay.slice(0, 2).every((n) => n !== null && n > 0)).toBe(true);
    expect(young?.perDay.slice(2)).toEqual([null, null, null, null, null]);
    // The gappy one logged before the baseline days: all seven count (its gap is hours away from this time of day).
    expect(alone.counts.find((c) => c.service === 'gappy' && c.status === 404)?.perDay.every((n) => n !== null)).toBe(true);
    expect(young?.lagMs).toBe(together.counts[0]?.lagMs);
    expect(young?.lagMs).toBeGreaterThanOrEqual(LAG);
  });

  it('a later tick that remembers the first documents reads the same counts as one that reads them again', async () => {
    const read = async (to: number, knownFirsts?: ReadonlyMap<string, number>) => {
      const plan: WatchPlan = { services: ['young', 'gappy', 'young-incident'], statuses: [403, 404], to, windowMs: 15 * MIN, fields: FIELD_DEFAULTS, knownFirsts };
      const search = watchSearch(plan);
      const bodies = watchBodies(search);
      const raw = await client.msearch({ searches: bodies.flatMap((body) => [{ index }, body]) });
      return { bodies: bodies.length, read: watchCounts(watchAnswers(search, msearchItems(raw, bodies.length)), plan) };
    };
    const first = await read(NOW - 40 * MIN);
    expect([...first.read.firsts.keys()].sort()).toEqual(['gappy', 'young', 'young-incident']);
    for (const later of [NOW - 25 * MIN, NOW]) {
      const remembered = await read(later, first.read.firsts);
      expect(remembered.bodies).toBe(2);
      expect(remembered.read.counts).toEqual((await read(later)).read.counts);
    }
    // The young service's days before its logs began stay missing with the remembered time too.
    const young = (await read(NOW, first.read.firsts)).read.counts.find((c) => c.service === 'young' && c.status === 404);
    expect(young?.perDay.slice(2)).toEqual([null, null, null, null, null]);
  });

  it('an index with no service field: INDEX_SERVICE makes the whole pattern one service; check says what to do without it', async () => {
    const bare = `${index}-bare`;
    await client.createIndex({ index: bare, settings: { number_of_shards: 1, number_of_replicas: 0 } });
    const docs = steady('x', NOW - 2 * DAY, NOW).map(({ 'service.name': _drop, ...rest }) => rest);
    await bulkLoad(client, bare, docs);
    const env = { ...testEngineEnv(), ELASTICSEARCH_INDEX: bare };
    const without = await runRealCli(['check', '--json'], env);
    expect(without.code).toBe(1);
    expectOneClearLine(without.stderr);
    expect(without.stderr).toMatch(/no service field \(FIELD_SERVICE\)/);
    const one = await runRealCli(['triage', '404', 'www', '1h', '--at', new Date(NOW).toISOString(), '--json'], { ...env, INDEX_SERVICE: 'www' });
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { total: number }).total).toBe(40);
    const other = await runRealCli(['triage', '404', 'checkout', '1h', '--at', new Date(NOW).toISOString(), '--json'], { ...env, INDEX_SERVICE: 'www' });
    expect(JSON.parse(other.stdout)).toMatchObject({ total: 0, serviceKnown: false, suggestions: [] });
    const checked = await runRealCli(['check', '--json'], { ...env, INDEX_SERVICE: 'www' });
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ services: 1, problems: [] });
  });

  it('contrast names what is different about the errors, over every field, not only the roles', async () => {
    const jobs = `${index}-jobs`;
    await client.createIndex({ index: jobs, settings: { number_of_shards: 1, number_of_replicas: 0 } });
    // A backup job asks every 5 minutes for a file that is not there; everything else is ordinary traffic.
    const job = Array.from({ length: 24 }, (_, i) =>
      logDoc('files', 404, NOW - 2 * HOUR + i * 5 * MIN, { 'url.path': '/files/backup.tar.gz', 'user_agent.original': 'backup-agent/2.1', 'source.ip': '10.9.8.7', 'labels.job': 'nightly-sync' }),
    );
    const ordinary = steady('files', NOW - 2 * DAY, NOW, [], { 'user_agent.original': 'Mozilla/5.0 (X11; Linux x86_64)', 'labels.job': 'web' });
    await bulkLoad(client, jobs, [...job, ...ordinary]);
    const run = await runRealCli(['triage', '404', 'files', '1h', '--at', new Date(NOW).toISOString(), '--json'], { ...testEngineEnv(), ELASTICSEARCH_INDEX: jobs });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { total: number; contrast: Array<{ field: string; value: string; share: number; baselineShare: number }>; elasticsearchRequests: number };
    expect(result.total).toBe(52);
    const byField = Object.fromEntries(result.contrast.map((c) => [`${c.field}=${c.value}`, c]));
    // 12 of the hour's 52 404s, and none of its successful requests.
    expect(byField['user_agent.original.keyword=backup-agent/2.1']).toEqual({ field: 'user_agent.original.keyword', value: 'backup-agent/2.1', share: 0.231, baselineShare: 0 });
    // A field no role reads (the job's own label) is contrasted too.
    expect(byField['labels.job.keyword=nightly-sync']).toMatchObject({ share: 0.231, baselineShare: 0 });
    expect(result.contrast.map((c) => c.value)).toContain('10.9.8.7');
    expect(result.elasticsearchRequests).toBe(2);
    const text = await runRealCli(['triage', '404', 'files', '1h', '--at', new Date(NOW).toISOString()], { ...testEngineEnv(), ELASTICSEARCH_INDEX: jobs });
    expect(text.stdout).toMatch(/What is different about these 404s[^\n]*\n(\s+.*\n)*\s+user_agent\.original\.keyword "backup-agent\/2\.1": 23% of these, 0% of successful requests/);
    // One request a minute, the last a minute ago: a quiet index, not a late one.
    expect(text.stdout).not.toMatch(/behind/);
    // A role these logs lack is named by its ECS name, never by the placeholder that keeps queries safe.
    expect(text.stdout).not.toContain('status_triage_missing');
  });

  it('check exits non-zero with one line when the status field does not exist', async () => {
    const nostatus = `${index}-nostatus`;
    await client.createIndex({ index: nostatus, settings: { number_of_shards: 1, number_of_replicas: 0 } });
    await bulkLoad(client, nostatus, steady('x', NOW - HOUR, NOW).map(({ 'http.response.status_code': _drop, ...rest }) => rest));
    const run = await runRealCli(['check', '--json'], { ...testEngineEnv(), ELASTICSEARCH_INDEX: nostatus });
    expect(run.code).toBe(1);
    expectOneClearLine(run.stderr);
    expect(run.stderr).toMatch(/^these logs cannot be triaged: no status field \(FIELD_STATUS\)/);
    const report = JSON.parse(run.stdout) as { fields: { status: unknown; service: { field: string } }; causes: Record<string, string> };
    expect(report.fields.status).toBeNull();
    expect(report.fields.service.field).toBe('service.name.keyword');
    // The triage says the same in one line, never an Elasticsearch error.
    const triage = await runRealCli(['triage', '404', 'x'], { ...testEngineEnv(), ELASTICSEARCH_INDEX: nostatus });
    expect(triage.code).toBe(1);
    expectOneClearLine(triage.stderr);
    expect(triage.stderr).toMatch(/cannot be read: no status field/);
  });
});
