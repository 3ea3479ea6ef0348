import { FIELD_DEFAULTS } from '../../src/config/fields';
import { CAUSE_IDS, CauseId } from '../../src/domain/types';
import { PROBE_PATHS, SCANNER_AGENTS } from '../../src/data/catalog';
import { INCIDENT_STATUS, IncidentOptions, demoDataset, generateDataset, generateIncident, generateTraffic } from '../../src/data/generator';
import { Doc, countBy, isSuccess, list, path, status, str, take, template, tenantInPath, time } from './support';

const TO = new Date('2025-03-14T12:00:00Z');
const FROM = new Date(TO.getTime() - 60 * 60_000);
const DAY = 86_400_000;
const MINUTE = 60_000;

interface Split {
  all: Doc[];
  /** Documents inside the window. */
  window: Doc[];
  /** The window's documents with the cause's status. */
  signature: Doc[];
  /** Documents before the window (the surroundings). */
  before: Doc[];
}

function incident(id: CauseId, service: string, extra: Partial<IncidentOptions> = {}): Split {
  const all = [...generateIncident(id, { service, from: FROM, to: TO, ...extra })];
  const window = all.filter((d) => time(d) >= FROM.getTime() && time(d) < TO.getTime());
  const code = extra.status ?? INCIDENT_STATUS[id];
  return { all, window, signature: window.filter((d) => status(d) === code), before: all.filter((d) => time(d) < FROM.getTime()) };
}

function days(docs: readonly Doc[]): Set<number> {
  return new Set(docs.map((d) => Math.floor(time(d) / DAY)));
}

describe('generateIncident', () => {
  it.each(CAUSE_IDS.map((id) => [id]))('%s produces signature documents on an API and on a site, deterministically', (id) => {
    for (const service of ['billing-api', 'web-frontend']) {
      const a = incident(id, service);
      expect(a.signature.length).toBeGreaterThan(0);
      expect(a.all.every((d) => d['service.name'] === service)).toBe(true);
      expect(a.all.every((d) => time(d) >= FROM.getTime() - 7 * DAY - MINUTE && time(d) < TO.getTime())).toBe(true);
      expect(JSON.stringify(a.all)).toBe(JSON.stringify(incident(id, service).all));
    }
  });

  it('honours count and intensity', () => {
    expect(incident('should_be_401', 'billing-api', { count: 37 }).signature).toHaveLength(37);
    const base = incident('scanner_probe', 'billing-api').signature.length;
    expect(incident('scanner_probe', 'billing-api', { intensity: 2 }).signature.length).toBe(base * 2);
    expect(() => take(generateIncident('scanner_probe', { service: 'x-api', from: TO, to: FROM }), 1)).toThrow(RangeError);
  });

  it('rbac_policy_mismatch: established users lose a route they used every day', () => {
    const { signature, before, window } = incident('rbac_policy_mismatch', 'billing-api');
    const reasons = new Set(signature.map((d) => d['event.reason']));
    expect(reasons).toEqual(new Set(['missing role: billing-admin']));
    const templates = new Set(signature.map((d) => template(path(d))));
    expect(templates.size).toBe(1);
    const denied = new Set(signature.map((d) => str(d, 'user.id')));
    for (const user of denied) {
      const earlier = before.filter((d) => d['user.id'] === user && isSuccess(status(d)) && templates.has(template(path(d))));
      expect(earlier.length).toBeGreaterThan(0);
      expect(days(earlier).size).toBeGreaterThanOrEqual(3);
    }
    expect(signature.every((d) => !list(d, 'user.roles')?.includes('billing-admin') && !list(d, 'user.roles')?.includes('admin'))).toBe(true);
    // Holders of the role still pass.
    expect(window.some((d) => isSuccess(status(d)) && templates.has(template(path(d))))).toBe(true);
  });

  it('rbac_policy_mismatch: denied users are people the baseline knows', () => {
    const { signature } = incident('rbac_policy_mismatch', 'billing-api');
    const baseline = [...generateTraffic({ end: FROM, days: 7, services: ['billing-api'], ratePerMinute: 6 })];
    const known = new Set(baseline.filter((d) => isSuccess(status(d))).map((d) => str(d, 'user.id')));
    const denied = [...new Set(signature.map((d) => str(d, 'user.id')))];
    expect(denied.filter((u) => known.has(u)).length).toBeGreaterThanOrEqual(denied.length / 2);
  });

  it('new_user_missing_role: users first seen in the last hours, with no or too few roles', () => {
    const { signature, all } = incident('new_user_missing_role', 'billing-api');
    const users = new Set(signature.map((d) => str(d, 'user.id')));
    expect(users.size).toBeGreaterThanOrEqual(3);
    for (const user of users) {
      const first = Math.min(...all.filter((d) => d['user.id'] === user).map(time));
      expect(first).toBeGreaterThan(FROM.getTime() - 7 * 3_600_000);
    }
    expect(signature.every((d) => (list(d, 'user.roles') ?? []).length <= 1 && !(list(d, 'user.roles') ?? []).some((r) => r !== 'viewer'))).toBe(true);
    const baseline = [...generateTraffic({ end: TO, days: 3, services: ['billing-api'], ratePerMinute: 4 })];
    expect(baseline.some((d) => users.has(str(d, 'user.id')))).toBe(false);
  });

  it('tenant_isolation_violation: callers of one organization reach another one’s resources', () => {
    for (const service of ['accounts-api', 'web-frontend']) {
      const { signature, before } = incident('tenant_isolation_violation', service);
      const callers = new Set(signature.map((d) => str(d, 'organization.id')));
      expect(callers.size).toBe(1);
      for (const d of signature) {
        const target = tenantInPath(path(d));
        expect(target).not.toBeNull();
        expect(target).not.toBe(d['organization.id']);
        if (d['labels.resource_tenant'] !== undefined) expect(d['labels.resource_tenant']).toBe(target);
      }
      expect(before.every((d) => tenantInPath(path(d)) === d['organization.id'] && isSuccess(status(d)))).toBe(true);
    }
  });

  it('oauth_scope_insufficient: bearer tokens lacking the scope that working tokens carry', () => {
    const { signature, window, before } = incident('oauth_scope_insufficient', 'billing-api');
    const route = new Set(signature.map((d) => template(path(d))));
    expect(route.size).toBe(1);
    expect(signature.every((d) => d['labels.auth'] === 'bearer' && d['http.request.method'] !== 'GET' && d['event.reason'] === 'insufficient_scope')).toBe(true);
    const working = [...before, ...window].filter((d) => isSuccess(status(d)) && route.has(template(path(d))) && d['http.request.method'] !== 'GET');
    expect(working.length).toBeGreaterThan(0);
    // The one scope every working token has and no denied token has.
    const common = (docs: Doc[]): Set<string> => new Set(docs.map((d) => list(d, 'labels.token_scopes') ?? []).reduce((a, b) => a.filter((s) => b.includes(s))));
    const deniedScopes = new Set(signature.flatMap((d) => [...(list(d, 'labels.token_scopes') ?? [])]));
    const missing = [...common(working)].filter((s) => !deniedScopes.has(s));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^[a-z-]+:write$/);
    expect(deniedScopes.size).toBeGreaterThan(0);
  });

  it('ip_allowlist_block: a known, authenticated client denied from an address never seen before', () => {
    const { signature, before, window } = incident('ip_allowlist_block', 'billing-api');
    const ips = new Set(signature.map((d) => str(d, 'source.ip')));
    const users = new Set(signature.map((d) => str(d, 'user.id')));
    expect(ips.size).toBe(1);
    expect(users.size).toBe(1);
    expect(signature.every((d) => d['event.reason'] === 'ip not allowed' && d['labels.auth'] !== 'none')).toBe(true);
    const [ip] = [...ips];
    const [user] = [...users];
    expect(before.some((d) => d['source.ip'] === ip)).toBe(false);
    expect(before.filter((d) => d['user.id'] === user && isSuccess(status(d))).length).toBeGreaterThan(100);
    expect(window.some((d) => d['user.id'] === user && d['source.ip'] !== ip && isSuccess(status(d)))).toBe(true);
    const baseline = [...generateTraffic({ end: FROM, days: 3, services: ['billing-api'], ratePerMinute: 4 })];
    expect(baseline.some((d) => d['source.ip'] === ip)).toBe(false);
  });

  it('should_be_401: 403s to requests without credentials', () => {
    const { signature } = incident('should_be_401', 'billing-api');
    expect(signature.every((d) => d['labels.auth'] === 'none' && d['user.id'] === undefined && d['user.roles'] === undefined)).toBe(true);
  });

  it('baseline_noise: the ordinary 404s at the ordinary level, day after day', () => {
    const { all, signature } = incident('baseline_noise', 'web-frontend');
    expect(all.every((d) => status(d) === 404)).toBe(true);
    const perDay = [...countBy(all, (d) => String(Math.floor((TO.getTime() - time(d) - 1) / DAY))).values()];
    expect(perDay.length).toBeGreaterThanOrEqual(7);
    expect(signature.length).toBeLessThan(30);
    expect(new Set(all.map(path)).size).toBeGreaterThan(all.length / 4);
  });

  it('deploy_broke_routes: a new version at the window start, one route family 404s, the rest answers', () => {
    const { signature, window, before } = incident('deploy_broke_routes', 'checkout-api');
    const versions = new Set(signature.map((d) => d['service.version']));
    expect(versions.size).toBe(1);
    const [version] = [...versions];
    expect(before.some((d) => d['service.version'] === version)).toBe(false);
    const broken = new Set(signature.map((d) => template(path(d))));
    expect(broken.size).toBe(1);
    expect(before.some((d) => broken.has(template(path(d))) && status(d) === 200)).toBe(true);
    const healthy = window.filter((d) => isSuccess(status(d)));
    expect(healthy.length).toBeGreaterThan(signature.length / 3);
    expect(healthy.every((d) => d['service.version'] === version && !broken.has(template(path(d))))).toBe(true);
  });

  it('routing_regression: URLs that answered 200 every day of last week now 404', () => {
    for (const service of ['checkout-api', 'web-frontend']) {
      const { signature, before } = incident('routing_regression', service);
      const urls = new Set(signature.map(path));
      expect(urls.size).toBeGreaterThanOrEqual(6);
      for (const url of urls) {
        const ok = before.filter((d) => path(d) === url && status(d) === 200);
        expect(days(ok).size).toBeGreaterThanOrEqual(5);
      }
      expect(new Set(signature.map((d) => d['service.version'])).size).toBe(1);
    }
  });

  it('broken_redirect_or_rule: one template that used to redirect now misses, often from our own pages', () => {
    const { signature, before } = incident('broken_redirect_or_rule', 'web-frontend');
    const templates = new Set(signature.map((d) => template(path(d))));
    expect(templates).toEqual(new Set(['/blog/post/{id}']));
    expect(new Set(signature.map(path)).size).toBeGreaterThan(50);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((d) => status(d) === 301)).toBe(true);
    const internal = signature.filter((d) => str(d, 'http.request.referrer')?.startsWith('https://www.example.com/'));
    expect(internal.length).toBeGreaterThan(signature.length / 3);
  });

  it('gone_should_be_410: long-removed URLs keep being asked for, every day, mostly by crawlers', () => {
    const { all } = incident('gone_should_be_410', 'web-frontend');
    expect(all.every((d) => status(d) === 404)).toBe(true);
    const urls = new Set(all.map(path));
    expect(urls.size).toBeLessThanOrEqual(6);
    for (const url of urls) expect(days(all.filter((d) => path(d) === url)).size).toBeGreaterThanOrEqual(5);
    expect(all.filter((d) => /Googlebot|bingbot/.test(str(d, 'user_agent.original') ?? '')).length).toBeGreaterThan(all.length / 2);
  });

  it('scanner_probe: a few addresses with scanner agents sweeping well-known paths', () => {
    const { signature } = incident('scanner_probe', 'web-frontend');
    expect(new Set(signature.map((d) => d['source.ip'])).size).toBeLessThanOrEqual(4);
    expect(signature.every((d) => SCANNER_AGENTS.includes(str(d, 'user_agent.original') ?? '') && PROBE_PATHS.includes(path(d)))).toBe(true);
    expect(signature.map(path)).toEqual(expect.arrayContaining(['/wp-login.php', '/.env', '/.git/config']));
  });

  it('cached_404: 404s served from the cache with max-age on a dynamic route', () => {
    const { signature, window } = incident('cached_404', 'billing-api');
    expect(signature.every((d) => d['labels.cache_control'] === 'public, max-age=3600')).toBe(true);
    const hits = signature.filter((d) => d['labels.cache_status'] === 'HIT');
    expect(hits.length).toBeGreaterThan(signature.length * 0.8);
    expect(signature.some((d) => d['labels.cache_status'] === 'MISS')).toBe(true);
    expect(new Set(signature.map((d) => d['http.response.body.bytes'])).size).toBe(1);
    const route = template(path(signature[0] as Doc));
    expect(route).toMatch(/\{id\}$/);
    expect(window.some((d) => status(d) === 200 && template(path(d)) === route && d['labels.cache_control'] !== 'public, max-age=3600')).toBe(true);
  });

  it('retry_storm: the same client and path dozens of times a minute, for 404 or 403', () => {
    for (const code of [404, 403] as const) {
      const { signature } = incident('retry_storm', 'billing-api', { status: code });
      const pairs = countBy(signature, (d) => `${str(d, 'source.ip')} ${path(d)}`);
      expect(pairs.size).toBeLessThanOrEqual(3);
      const perMinute = countBy(signature, (d) => `${str(d, 'source.ip')} ${path(d)} ${Math.floor(time(d) / MINUTE)}`);
      expect(Math.max(...perMinute.values())).toBeGreaterThanOrEqual(20);
      if (code === 403) expect(signature.every((d) => typeof d['event.reason'] === 'string')).toBe(true);
    }
  });

  it('writes renamed fields and no reason when asked', () => {
    const fields = { ...FIELD_DEFAULTS, status: 'status', tenant: 'tenant.id', reason: 'deny.reason' };
    const docs = [...generateIncident('tenant_isolation_violation', { service: 'accounts-api', from: FROM, to: TO, fields })];
    expect(docs.every((d) => typeof d.status === 'number' && !('http.response.status_code' in d))).toBe(true);
    expect(docs.some((d) => d['deny.reason'] !== undefined && d['tenant.id'] !== undefined)).toBe(true);
    for (const id of CAUSE_IDS) {
      const bare = [...generateIncident(id, { service: 'billing-api', from: FROM, to: TO, withReason: false })];
      expect(bare.some((d) => 'event.reason' in d)).toBe(false);
    }
  });
});

describe('generateDataset', () => {
  it('makes the baseline follow the incident: new version everywhere, the broken route fails for everyone', () => {
    const docs = [
      ...generateDataset({ end: TO, days: 2, services: ['checkout-api', 'search-api'], ratePerMinute: 8, incidents: [{ id: 'deploy_broke_routes', service: 'checkout-api', from: FROM, to: TO }] }),
    ];
    const checkout = docs.filter((d) => d['service.name'] === 'checkout-api' && d['service.environment'] === 'prod');
    const inWindow = checkout.filter((d) => time(d) >= FROM.getTime());
    const versions = new Set(inWindow.map((d) => d['service.version']));
    expect(versions.size).toBe(1);
    expect(checkout.some((d) => time(d) < FROM.getTime() && versions.has(d['service.version']))).toBe(false);
    const broken = new Set(inWindow.filter((d) => status(d) === 404).map((d) => template(path(d))));
    const brokenRoute = [...countBy(inWindow.filter((d) => status(d) === 404), (d) => template(path(d))).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(broken.size).toBeGreaterThan(0);
    expect(inWindow.some((d) => template(path(d)) === brokenRoute && isSuccess(status(d)))).toBe(false);
    // Lookback surroundings never reach back before the traffic.
    expect(Math.min(...docs.map(time))).toBeGreaterThanOrEqual(TO.getTime() - 2 * DAY);
  });

  it('demoDataset: four services in trouble, one calm, streamed the same way each time', () => {
    const demo = demoDataset(TO, { days: 1, ratePerMinute: 2 });
    expect(demo.services).toEqual(['checkout-api', 'billing-api', 'accounts-api', 'web-frontend', 'search-api']);
    expect(demo.calm).toEqual(['search-api']);
    expect(demo.incidents.map((i) => [i.service, i.id, i.status])).toEqual([
      ['checkout-api', 'deploy_broke_routes', 404],
      ['billing-api', 'oauth_scope_insufficient', 403],
      ['accounts-api', 'tenant_isolation_violation', 403],
      ['web-frontend', 'scanner_probe', 404],
    ]);
    const docs = [...demo.docs()];
    expect(Math.abs(docs.length - demo.expectedDocs)).toBeLessThan(demo.expectedDocs * 0.5);
    expect(JSON.stringify(take(demo.docs(), 500))).toBe(JSON.stringify(docs.slice(0, 500)));
    const recent = docs.filter((d) => time(d) >= TO.getTime() - 40 * MINUTE);
    const count = (service: string, code: number): number => recent.filter((d) => d['service.name'] === service && status(d) === code).length;
    expect(count('checkout-api', 404)).toBeGreaterThan(100);
    expect(count('billing-api', 403)).toBeGreaterThan(100);
    expect(count('accounts-api', 403)).toBeGreaterThan(100);
    expect(count('web-frontend', 404)).toBeGreaterThan(100);
    expect(count('search-api', 404) + count('search-api', 403)).toBeLessThan(10);
  });
});
