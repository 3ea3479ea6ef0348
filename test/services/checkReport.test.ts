import { assumedResolution } from '../../src/elasticsearch/fieldResolution';
import { buildCheckReport, envBlock } from '../../src/services/check';

const NOW = Date.parse('2026-12-05T12:00:00Z');

describe('buildCheckReport', () => {
  const base = assumedResolution({ fields: {}, indexService: undefined });
  const resolution = { ...base, indices: ['logs-a'], roles: { ...base.roles, roles: { missing: '`user.roles` is text only, no keyword sub-field' } } };

  it('measures coverage over the last day that has documents when the last 24 h are empty (old or stopped logs)', () => {
    const newest = Date.parse('2015-05-20T21:05:59Z');
    const report = buildCheckReport('logs-*', resolution, { docs24h: 0, covered: 200, has: (role) => (role === 'userAgent' ? 150 : 200), coverageTo: newest + 1, newestMs: newest, oldestMs: newest - 3 * 86_400_000, services: 3 }, NOW, undefined);
    expect(report.docs24h).toBe(0);
    expect(report.coverageTo).toBe('2015-05-20T21:05:59.001Z');
    expect(report.fields.userAgent).toMatchObject({ field: 'user_agent.original', coverage: 0.75 });
    expect(report.lagMs).toBe(NOW - newest);
    expect(report.problems).toEqual([]);
  });

  it('says why a cause cannot be judged, from the mapping\'s reason', () => {
    const report = buildCheckReport('logs-*', resolution, { docs24h: 10, covered: 10, has: (role) => (role === 'reason' ? 0 : 10), coverageTo: NOW, newestMs: NOW, oldestMs: NOW, services: 1 }, NOW, undefined);
    expect(report.causes.rbac_policy_mismatch).toBe('needs roles or reason (`user.roles` is text only, no keyword sub-field)');
    expect(report.causes.routing_regression).toBe('ok');
    expect(report.missing.roles).toBe('`user.roles` is text only, no keyword sub-field');
  });

  it('says when a keyword sub-field holds fewer values than its text field (ignore_above), and only then', () => {
    const request = { field: 'request.keyword', sourceField: 'request', kind: 'keyword' as const, type: 'keyword', source: 'detected' as const, uncovered: [] };
    const withPath = { ...resolution, roles: { ...resolution.roles, path: request } };
    const read = (kept: number) => ({ docs24h: 100, covered: 100, has: (role: string) => (role === 'path' ? kept : 100), hasSource: (role: string) => (role === 'path' ? 100 : null), coverageTo: NOW, newestMs: NOW, oldestMs: NOW, services: 1 });
    expect(buildCheckReport('logs-*', withPath, read(40), NOW, undefined).fields.path?.note).toMatch(/^holds 40% of the values `request` has: .*ignore_above.*map `request` as `keyword`/);
    expect(buildCheckReport('logs-*', withPath, read(95), NOW, undefined).fields.path?.note).toBeUndefined();
  });

  it('where the cluster refuses regexp queries, the causes a route\'s history decides are not judged, and odd status forms outside the listed ones are named as not counted', () => {
    const status = { field: 'status', sourceField: 'status', kind: 'keyword' as const, type: 'keyword', source: 'detected' as const, uncovered: [] };
    const keyword = { ...resolution, roles: { ...resolution.roles, status }, statusKind: 'keyword' as const };
    const statusForms = [{ value: '200', count: 80 }, { value: '404 ', count: 10 }, { value: '404.000', count: 6 }];
    const read = { docs24h: 100, covered: 100, has: () => 100, coverageTo: NOW, newestMs: NOW, oldestMs: NOW, services: 1, statusForms };
    const refused = buildCheckReport('logs-*', { ...keyword, expensiveQueries: false }, read, NOW, undefined);
    for (const id of ['routing_regression', 'broken_redirect_or_rule', 'gone_should_be_410'] as const) expect({ id, why: refused.causes[id] }).toEqual({ id, why: expect.stringMatching(/^needs route history.*allow_expensive_queries/) });
    expect(refused.causes.scanner_probe).toBe('ok');
    expect(refused.fields.path?.note).toMatch(/no route history is read: routing_regression, broken_redirect_or_rule, gone_should_be_410 are not judged/);
    expect(refused.fields.status?.note).toMatch(/"404\.000" not counted \(6 documents\)/);
    expect(refused.fields.status?.note).not.toMatch(/"404 " not counted/);
    const allowed = buildCheckReport('logs-*', keyword, read, NOW, undefined);
    expect(allowed.causes.routing_regression).toBe('ok');
    expect(allowed.fields.status?.note).toMatch(/each is counted as its code$/);
  });

  it('names no index as the first problem when the pattern matches nothing', () => {
    const report = buildCheckReport('nothing-*', base, { docs24h: 0, covered: 0, has: () => 0, coverageTo: null, newestMs: null, oldestMs: null, services: null }, NOW, undefined);
    expect(report.problems[0]).toBe('no index matches nothing-*');
  });
});

describe('envBlock', () => {
  it('pins what was found under non-ECS names, and INDEX_SERVICE when set', () => {
    const base = assumedResolution({ fields: { status: 'response.keyword', path: 'url.path' }, indexService: undefined });
    expect(envBlock(base, 'www')).toBe('FIELD_STATUS=response.keyword\nINDEX_SERVICE=www');
  });
});
