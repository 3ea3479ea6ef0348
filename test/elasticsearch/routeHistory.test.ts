import { FIELD_DEFAULTS } from '../../src/config/fields';
import { GONE_AFTER_MS } from '../../src/domain/causes/goneShouldBe410';
import { busyRouteHistory, historySearches, MIN_ROUTE_SAMPLE, routeTrafficOf } from '../../src/elasticsearch/routeHistory';
import { calmEvidence } from '../support/recordedEvidence';
import { routeTemplate } from '../../src/domain/routes';
import { DEFAULT_SAMPLE_DOCS, routeSampling, SAMPLING_SEED } from '../../src/elasticsearch/sampling';
import {
  BUSY_ROUTE_ABOVE,
  DAY_MS,
  HISTORY_DAYS,
  HISTORY_MIN_SHARE,
  HISTORY_TEMPLATES,
  historyTemplates,
  MAX_REGEXP_LENGTH,
  ROUTE_EARLIEST,
  ROUTE_SAMPLE_DOCS,
  routeEarliestSearch,
  routeLastSuccessSearch,
  routeAnySuccessSearch,
  routeSampleSearch,
  routeWindowCountSearch,
  TriageScope,
} from '../../src/elasticsearch/triageQueries';

const HOUR = 3_600_000;
const FROM = 40 * DAY_MS;
const scope: TriageScope = { status: 404, service: 'checkout', environment: null, from: FROM, to: FROM + HOUR, fields: FIELD_DEFAULTS };
const auto = { sampleDocs: DEFAULT_SAMPLE_DOCS, probability: null };
const text = (v: unknown): string => JSON.stringify(v);

/** `n` requests, one a minute from `start`, each with `status`. */
const rows = (n: number, start: number, status: number): number[][] => Array.from({ length: n }, (_, i) => [start + i * 60_000, status]);

describe('which routes have their history read', () => {
  const one = (templates: readonly string[]) => templates.map((template) => ({ template, count: 1 }));
  it('the top ones, but never a scanner’s probe paths: on a service being scanned they would take every slot from its real routes', () => {
    const probes = ['/.env', '/wp-login.php', '/.git/config', '/actuator/env', '/backup.sql', '/server-status', '/cgi-bin/luci', '/phpmyadmin/index.php', '/.aws/credentials', '/xmlrpc.php', '/wp-admin/setup-config.php', '/.DS_Store', '/HNAP1/', '/boaform/admin/formLogin', '/owa/auth/logon.aspx'];
    const routes = ['/v1/orders/{id}', '/v1/legacy/export', '/api/users/me'];
    expect(historyTemplates(one([...probes, ...routes]), 18)).toEqual(routes);
    // A script URL is not left out on that alone: the service may serve scripts (its successes tell, later).
    expect(historyTemplates(one(['/index.php', '/v1/orders/{id}']), 2)).toEqual(['/index.php', '/v1/orders/{id}']);
    // Still at most HISTORY_TEMPLATES, and never a regexp Elasticsearch would refuse.
    const many = Array.from({ length: HISTORY_TEMPLATES + 5 }, (_, i) => `/v1/r${i}`);
    expect(historyTemplates(one(many), many.length)).toEqual(many.slice(0, HISTORY_TEMPLATES));
    expect(historyTemplates(one([`/${'../'.repeat(MAX_REGEXP_LENGTH)}`, '/v1/a']), 2)).toEqual(['/v1/a']);
  });

  it('not a route holding under 1 % of the errors (a search each on a busy service, weighed by no rule); under 100 errors, every route', () => {
    // The hot bench service: one route with 12,791 of 14,331 404s, the next with 54 (0.4 %).
    const hot = [{ template: '/v1/tenants/{tenant}/workflows/{id}', count: 12_791 }, { template: '/oauth/authorize-legacy', count: 54 }, { template: '/v1/sandbox/workflows', count: 47 }];
    expect(historyTemplates(hot, 14_331)).toEqual(['/v1/tenants/{tenant}/workflows/{id}']);
    expect(HISTORY_MIN_SHARE * 14_331).toBeGreaterThan(54);
    // A quiet night: 6 errors over 6 routes, each 17 %.
    const night = one(['/a', '/b', '/c', '/d', '/e', '/f']);
    expect(historyTemplates(night, 6)).toHaveLength(6);
    // 99 errors: a route with one of them still holds 1 %.
    expect(historyTemplates([{ template: '/big', count: 98 }, { template: '/small', count: 1 }], 99)).toEqual(['/big', '/small']);
  });
});

describe('a busy service’s busy route: which routes, and how they are read', () => {
  it('samples a route only when the window’s rate would give BUSY_ROUTE_ABOVE requests over the lookback', () => {
    const atRate = (count: number) => routeSampling(auto, count, HOUR);
    const busyBar = Math.ceil(BUSY_ROUTE_ABOVE / (HISTORY_DAYS * 24));
    expect(atRate(busyBar - 1)).toBeNull();
    const chosen = atRate(busyBar * 10);
    expect(chosen?.seed).toBe(SAMPLING_SEED);
    // The sample is sized from the same estimate: about ROUTE_SAMPLE_DOCS requests.
    expect((chosen?.probability ?? 0) * busyBar * 10 * HISTORY_DAYS * 24).toBeCloseTo(ROUTE_SAMPLE_DOCS, -3);
    expect(routeSampling(null, busyBar * 10, HOUR)).toBeNull();
    // Forced (tests, comparisons): every route.
    expect(routeSampling({ ...auto, probability: 0.25 }, 1, HOUR)).toEqual({ probability: 0.25, seed: SAMPLING_SEED });
  });

  it('never aggregates the route whole: a count with a sampled status split, its earliest requests as sort values, a window count', () => {
    const sampled = routeSampleSearch(scope, '/v1/orders/{id}', { probability: 0.01, seed: SAMPLING_SEED });
    expect(sampled).toMatchObject({ size: 0, track_total_hits: true, aggs: { sample: { random_sampler: { probability: 0.01, seed: SAMPLING_SEED } } } });
    expect(text(sampled.query)).toContain(`"gte":${FROM - HISTORY_DAYS * DAY_MS},"lt":${FROM}`);
    const earliest = routeEarliestSearch(scope, '/v1/orders/{id}');
    expect(earliest).toMatchObject({ size: ROUTE_EARLIEST, _source: false, track_total_hits: false });
    expect(earliest.aggs).toBeUndefined();
    expect(text(earliest.sort)).toMatch(/^\[\{"@timestamp":\{"order":"asc".*"http.response.status_code"/);
    const inWindow = routeWindowCountSearch(scope, '/v1/orders/{id}');
    expect(inWindow).toMatchObject({ size: 0, track_total_hits: true });
    expect(inWindow.aggs).toBeUndefined();
    expect(text(inWindow.query)).toContain(`"gte":${FROM},"lt":${FROM + HOUR}`);
    // Its last success over the last day (sorted, newest first), and its successes over the gone rule's days, counted.
    const lastOk = routeLastSuccessSearch(scope, '/v1/orders/{id}');
    expect(lastOk).toMatchObject({ size: 1, _source: false, track_total_hits: false, sort: [{ '@timestamp': { order: 'desc' } }] });
    expect(lastOk.aggs).toBeUndefined();
    expect(text(lastOk.query)).toContain(`"gte":${FROM - DAY_MS},"lt":${FROM}`);
    const okCount = routeAnySuccessSearch(scope, '/v1/orders/{id}', GONE_AFTER_MS);
    expect(okCount).toMatchObject({ size: 0, track_total_hits: true, terminate_after: 1 });
    expect(text(okCount.query)).toContain(`"gte":${FROM - GONE_AFTER_MS},"lt":${FROM}`);
    for (const body of [lastOk, okCount]) expect(text(body.query)).toContain('"http.response.status_code":{"gte":200,"lt":400}');
    for (const body of [sampled, earliest, inWindow, lastOk, okCount]) expect(text(body.query)).toContain('regexp');
  });
});

describe('which routes of a busy service are read with bounded searches', () => {
  // A calm window's evidence, its top 404 route given a handful of errors and the service a busy hour.
  const base = calmEvidence(404);
  const template = base.paths[0]?.template ?? '/';
  const evidence = { ...base, requests: { ...base.requests, total: 100_000 }, paths: base.paths.map((p, i) => (i === 0 ? { ...p, count: 5 } : p)) };
  const bounded = (searches: ReturnType<typeof historySearches>): boolean => searches.some((s) => text(s.body).includes('random_sampler'));
  const only = (t: string) => historySearches(scope, evidence, [t], true, auto, routeTrafficOf([...Array(300).fill(`${t.replace(/\{[^}]+\}/g, '1')}`), ...Array(700).fill('/other')]));

  it('a route that errs little but carries 30 % of a busy service\'s traffic is busy by its traffic', () => {
    expect(routeTrafficOf(['/v1/orders/12', '/v1/orders/13?x=1', '/health']).byTemplate.get(routeTemplate('/v1/orders/12'))).toBe(2);
    expect(bounded(only(template))).toBe(true);
    // Without the snapshot (or with the route absent from it), its five errors make it quiet: read exactly.
    expect(bounded(historySearches(scope, evidence, [template], true, auto))).toBe(false);
    expect(bounded(historySearches(scope, evidence, [template], true, auto, routeTrafficOf(Array(1000).fill('/other'))))).toBe(false);
    // An ordinary service reads every route exactly, in one search.
    expect(historySearches(scope, evidence, [template], false, auto, routeTrafficOf(Array(1000).fill(template)))).toHaveLength(1);
  });
});

describe('busyRouteHistory', () => {
  const start = FROM - 20 * DAY_MS;
  /** Its exact searches found no success in the days before the window. */
  const NO_RECENT_SUCCESS = { fromMs: FROM, recentSuccess: null, succeededWithin: false };

  it('is exact when the route had fewer requests than the earliest read (a quiet route is never estimated)', () => {
    const earliest = [...rows(3, start, 200), ...rows(2, start + DAY_MS, 404)];
    const history = busyRouteHistory({ total: 5, sample: { status: { buckets: [] } }, sampleDocs: 0, earliest, ...NO_RECENT_SUCCESS });
    expect(history).toEqual({
      byStatus: { '200': 3, '404': 2 },
      lastSuccess: new Date(start + 2 * 60_000).toISOString(),
      firstSeen: new Date(start).toISOString(),
    });
    expect(busyRouteHistory({ total: 0, sample: {}, sampleDocs: 0, earliest: [], ...NO_RECENT_SUCCESS })).toEqual({ byStatus: {}, lastSuccess: null, firstSeen: null });
  });

  it('reads a busy route’s shares from the sample, scaled to the exact count, and its last success from its exact searches', () => {
    const earliest = rows(ROUTE_EARLIEST, start, 200);
    const sample = { status: { buckets: [{ key: 200, doc_count: 9_000, last: { value: FROM - 12 * DAY_MS } }, { key: 404, doc_count: 1_000, last: { value: FROM - 60_000 } }] } };
    const read = { total: 50_000, sample, sampleDocs: 400, earliest, fromMs: FROM };
    const history = busyRouteHistory({ ...read, recentSuccess: FROM - HOUR, succeededWithin: true });
    expect(history.byStatus).toEqual({ '200': 45_000, '404': 5_000 });
    expect(history.lastSuccess).toBe(new Date(FROM - HOUR).toISOString());
    expect(history.firstSeen).toBe(new Date(start).toISOString());
  });

  it.each([
    ['a success 36 hours ago, none in the last day, the sample’s last 12 days ago: between one and three days ago', true, FROM - 12 * DAY_MS, [FROM - GONE_AFTER_MS, FROM - DAY_MS]],
    ['the same, the sample saw none: between one and three days ago', true, null, [FROM - GONE_AFTER_MS, FROM - DAY_MS]],
    ['no success in three days, the sample’s last 12 days ago: 12 days ago', false, FROM - 12 * DAY_MS, [FROM - 12 * DAY_MS, FROM - 12 * DAY_MS]],
    ['no success in three days, a sample that drew one 2 days ago cannot be right: over three days ago', false, FROM - 2 * DAY_MS, [FROM - 30 * DAY_MS, FROM - GONE_AFTER_MS]],
  ])('never lets a sample decide whether a busy route is gone: %s', (_, succeededWithin, sampledLast, [low, high]) => {
    const sample = { status: { buckets: [{ key: 200, doc_count: 9_000, last: { value: sampledLast ?? Number.NaN } }, { key: 404, doc_count: 1_000, last: { value: FROM - 60_000 } }] } };
    const noOk = { status: { buckets: [{ key: 404, doc_count: 1_000, last: { value: FROM - 60_000 } }] } };
    const read = { total: 50_000, sample: sampledLast === null ? noOk : sample, sampleDocs: 400, earliest: rows(ROUTE_EARLIEST, start, 404), fromMs: FROM, recentSuccess: null, succeededWithin };
    const last = Date.parse(busyRouteHistory(read).lastSuccess ?? '');
    expect(last).toBeGreaterThanOrEqual(low as number);
    expect(last).toBeLessThanOrEqual(high as number);
    // What the gone rule reads: a success within its days, or none.
    expect(FROM - last < GONE_AFTER_MS).toBe(succeededWithin);
  });

  it('falls back to the earliest requests when the sample is too thin to give shares', () => {
    const earliest = [...rows(ROUTE_EARLIEST / 2, start, 200), ...rows(ROUTE_EARLIEST / 2, start + DAY_MS, 301)];
    const sample = { status: { buckets: [{ key: 404, doc_count: 300, last: { value: FROM - 60_000 } }] } };
    const history = busyRouteHistory({ total: 1_000, sample, sampleDocs: MIN_ROUTE_SAMPLE - 1, earliest, ...NO_RECENT_SUCCESS });
    expect(history.byStatus).toEqual({ '200': 500, '301': 500 });
    // 301 is a success (2xx/3xx); the latest of the earliest requests is one.
    expect(history.lastSuccess).toBe(new Date(start + DAY_MS + (ROUTE_EARLIEST / 2 - 1) * 60_000).toISOString());
  });
});
