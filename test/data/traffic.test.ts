import { FIELD_DEFAULTS } from '../../src/config/fields';
import { estimateTraffic, generateTraffic, serviceNames, trafficServices } from '../../src/data/generator';
import { CRAWLERS, SCANNER_AGENTS } from '../../src/data/catalog';
import { Doc, countBy, isSuccess, list, path, status, str, take, tenantInPath, time, validIp } from './support';

const END = new Date('2025-03-14T12:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('generateTraffic', () => {
  const services = ['checkout-api', 'billing-api', 'web-frontend'];
  let week: Doc[];

  beforeAll(() => {
    week = [...generateTraffic({ end: END, days: 7, services, totalDocs: 40_000 })];
  });

  it('is deterministic for a seed and differs for another', () => {
    const options = { end: END, days: 1, services, totalDocs: 3000 };
    const a = [...generateTraffic(options)];
    expect(JSON.stringify(a)).toBe(JSON.stringify([...generateTraffic(options)]));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify([...generateTraffic({ ...options, seed: 'another' })]));
  });

  it('gives a service the same documents whatever other services are generated with it', () => {
    const alone = [...generateTraffic({ end: END, days: 1, services: ['billing-api'], ratePerMinute: 2 })];
    const together = [...generateTraffic({ end: END, days: 1, services: ['checkout-api', 'billing-api'], ratePerMinute: 2 })].filter((d) => d['service.name'] === 'billing-api');
    expect(together).toEqual(alone);
  });

  it('hits the requested total and the estimate', () => {
    expect(Math.abs(week.length - 40_000) / 40_000).toBeLessThan(0.03);
    const small = [...generateTraffic({ end: END, days: 2, services: 4, totalDocs: 3000 })];
    expect(Math.abs(small.length - 3000)).toBeLessThan(200);
    expect(estimateTraffic({ end: END, days: 2, services: 4, totalDocs: 3000 })).toBeCloseTo(3000, -1);
    const byRate = estimateTraffic({ end: END, days: 1, services: ['billing-api'], ratePerMinute: 10 });
    expect(byRate).toBeGreaterThan(0);
  });

  it('stays inside [end - days, end) and writes ISO timestamps', () => {
    const start = END.getTime() - 7 * DAY;
    expect(week.every((d) => time(d) >= start && time(d) < END.getTime())).toBe(true);
    expect(week.every((d) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(d['@timestamp'] as string))).toBe(true);
    // Both ends of the week are populated.
    expect(week.some((d) => time(d) < start + HOUR * 6)).toBe(true);
    expect(week.some((d) => time(d) > END.getTime() - HOUR)).toBe(true);
  });

  it('is busier in the daytime than at night', () => {
    const humans = week.filter((d) => d['service.name'] === 'web-frontend');
    const byHour = new Array<number>(24).fill(0);
    // web-frontend's users are in one time zone; find the peak hour instead of assuming it.
    for (const d of humans) byHour[new Date(time(d)).getUTCHours()] = (byHour[new Date(time(d)).getUTCHours()] ?? 0) + 1;
    expect(Math.max(...byHour)).toBeGreaterThan(3 * Math.min(...byHour));
  });

  it('deploys every day or two, and a version never comes back once replaced', () => {
    for (const service of services) {
      const prod = week.filter((d) => d['service.name'] === service && d['service.environment'] === 'prod').sort((a, b) => time(a) - time(b));
      const order: string[] = [];
      for (const d of prod) if (order[order.length - 1] !== d['service.version']) order.push(d['service.version'] as string);
      expect(order.length).toBeGreaterThanOrEqual(3);
      expect(new Set(order).size).toBe(order.length);
    }
    expect(new Set(week.map((d) => d['service.environment']))).toEqual(new Set(['prod', 'staging']));
  });

  it('answers mostly 200, with the other successes and small baselines of 404 and 403', () => {
    const codes = countBy(week, (d) => String(status(d)));
    const share = (code: number): number => (codes.get(String(code)) ?? 0) / week.length;
    expect(share(200)).toBeGreaterThan(0.8);
    for (const code of [201, 204, 301, 302, 304]) expect(share(code)).toBeGreaterThan(0);
    expect(share(404)).toBeGreaterThan(0.003);
    expect(share(404)).toBeLessThan(0.03);
    expect(share(403)).toBeGreaterThan(0.0005);
    expect(share(403)).toBeLessThan(0.01);
    expect([...codes.keys()].every((c) => ['200', '201', '204', '301', '302', '304', '403', '404'].includes(c))).toBe(true);
  });

  it('explains its 403s, and its 404s are the ordinary kinds', () => {
    const denied = week.filter((d) => status(d) === 403);
    expect(denied.every((d) => typeof d['event.reason'] === 'string')).toBe(true);
    expect(new Set(denied.map((d) => d['event.reason']))).toContain('missing role: editor');
    const missing = week.filter((d) => status(d) === 404);
    expect(missing.some((d) => str(d, 'http.request.referrer')?.startsWith('https://') && !str(d, 'http.request.referrer')?.includes('example.com'))).toBe(true);
    expect(missing.some((d) => CRAWLERS.some((c) => c.agent === d['user_agent.original']))).toBe(true);
    expect(week.filter((d) => status(d) !== 403).every((d) => d['event.reason'] === undefined)).toBe(true);
  });

  it('carries credentials, roles, scopes and tenants consistently', () => {
    const auths = new Set(week.map((d) => d['labels.auth']));
    expect(auths).toEqual(new Set(['none', 'session', 'bearer', 'api_key']));
    const problems: string[] = [];
    for (const d of week) {
      const scopes = list(d, 'labels.token_scopes');
      if (scopes !== undefined && (d['labels.auth'] !== 'bearer' || !Array.isArray(scopes))) problems.push(`scopes without bearer: ${JSON.stringify(d)}`);
      if (d['labels.auth'] === 'none' && d['user.id'] !== undefined) problems.push(`user without credentials: ${JSON.stringify(d)}`);
      if (d['user.id'] !== undefined && !Array.isArray(d['user.roles'])) problems.push(`user without roles array: ${JSON.stringify(d)}`);
      if (!validIp(d['source.ip'])) problems.push(`bad ip: ${JSON.stringify(d)}`);
      const inPath = tenantInPath(path(d));
      if (inPath !== null && d['labels.resource_tenant'] !== undefined && d['labels.resource_tenant'] !== inPath) problems.push(`tenant field/path disagree: ${JSON.stringify(d)}`);
    }
    expect(problems.slice(0, 3)).toEqual([]);
    const roles = new Set(week.flatMap((d) => [...(list(d, 'user.roles') ?? [])]));
    for (const role of ['viewer', 'editor', 'admin', 'billing-admin']) expect(roles).toContain(role);
    expect(week.some((d) => list(d, 'labels.token_scopes')?.includes('invoices:write'))).toBe(true);
    expect(week.some((d) => d['labels.cache_status'] === 'HIT')).toBe(true);
    expect(week.every((d) => typeof d['http.response.body.bytes'] === 'number')).toBe(true);
  });

  it('has a stable population with a few new users a day', () => {
    const firstSeen = new Map<string, number>();
    for (const d of [...week].sort((a, b) => time(a) - time(b))) {
      const user = str(d, 'user.id');
      if (user !== undefined && user.startsWith('u-') && !firstSeen.has(user)) firstSeen.set(user, time(d));
    }
    const start = END.getTime() - 7 * DAY;
    const lastDays = [...firstSeen.values()].filter((t) => t >= start + 4 * DAY).length;
    // Most people of the last three days were already there in the first four.
    expect(lastDays).toBeLessThan(firstSeen.size * 0.25);
    expect(firstSeen.size).toBeGreaterThan(100);
  });

  it('has many clients: browsers, apps, SDKs, crawlers and the odd scanner', () => {
    const agents = new Set(week.map((d) => str(d, 'user_agent.original') ?? ''));
    expect([...agents].some((a) => a.includes('Googlebot'))).toBe(true);
    expect([...agents].some((a) => a.includes('bingbot'))).toBe(true);
    expect([...agents].some((a) => a.startsWith('ExampleApp/'))).toBe(true);
    expect([...agents].some((a) => a.startsWith('example-sdk-'))).toBe(true);
    expect([...agents].some((a) => a.startsWith('Mozilla/5.0 (Windows'))).toBe(true);
    expect([...agents].some((a) => SCANNER_AGENTS.includes(a))).toBe(true);
    expect(week.some((d) => String(d['source.ip']).startsWith('10.'))).toBe(true);
    expect(new Set(week.map((d) => d['organization.id']).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
  });

  it('has route families per service', () => {
    const api = week.filter((d) => d['service.name'] === 'billing-api' && isSuccess(status(d))).map(path);
    expect(api.some((p) => /^\/v1\/invoices\/\d+$/.test(p))).toBe(true);
    expect(api.some((p) => /^\/v1\/tenants\/org-[a-z]+\/[a-z-]+/.test(p))).toBe(true);
    expect(api.some((p) => /^\/api\/users\/[0-9a-f-]{36}$/.test(p))).toBe(true);
    const web = week.filter((d) => d['service.name'] === 'web-frontend').map(path);
    expect(web).toContain('/');
    expect(web.some((p) => p.startsWith('/docs/'))).toBe(true);
    expect(web.some((p) => p.startsWith('/assets/'))).toBe(true);
  });

  it('writes under renamed fields and leaves out omitted roles', () => {
    const fields = { ...FIELD_DEFAULTS, status: 'response.code', path: 'request.uri', roles: 'auth.groups' };
    const docs = [...generateTraffic({ end: END, days: 1, services: ['billing-api'], totalDocs: 500, fields, omit: ['tenant', 'cacheStatus'] })];
    expect(docs.length).toBeGreaterThan(300);
    expect(docs.every((d) => typeof d['response.code'] === 'number' && typeof d['request.uri'] === 'string')).toBe(true);
    expect(docs.some((d) => Array.isArray(d['auth.groups']))).toBe(true);
    for (const gone of ['http.response.status_code', 'url.path', 'user.roles', 'organization.id', 'labels.cache_status']) {
      expect(docs.some((d) => gone in d)).toBe(false);
    }
  });

  it('never writes event.reason when asked not to', () => {
    const docs = [...generateTraffic({ end: END, days: 3, services, totalDocs: 8000, withReason: false })];
    expect(docs.some((d) => status(d) === 403)).toBe(true);
    expect(docs.some((d) => 'event.reason' in d)).toBe(false);
  });

  it('names services stably and resolves counts to names', () => {
    expect(serviceNames(200)).toHaveLength(200);
    expect(new Set(serviceNames(200)).size).toBe(200);
    expect(serviceNames(5)).toEqual(serviceNames(5));
    expect(trafficServices({ services: 3 })).toEqual(serviceNames(3));
    expect(trafficServices({ services: ['a-api', 'a-api'] })).toEqual(['a-api']);
  });

  it('rejects a bad period', () => {
    expect(() => take(generateTraffic({ end: new Date('nope') }), 1)).toThrow(RangeError);
    expect(() => take(generateTraffic({ end: END, days: 0 }), 1)).toThrow(RangeError);
  });

  // How fast it streams is the benchmark's business (npm run bench loads millions), not a timed unit test's.
  it('streams about the number of documents asked for, one at a time', () => {
    let n = 0;
    for (const d of generateTraffic({ end: END, days: 7, services: 20, totalDocs: 100_000 })) if (d) n++;
    expect(n).toBeGreaterThan(95_000);
    expect(n).toBeLessThan(105_000);
  });
});
