import type { FieldRole } from '../../src/config/fields';
import type { TriageResult } from '../../src/domain/types';
import { loggedServiceName, LogShape } from '../../src/data/shapes';
import { createLogger } from '../../src/logging';
import { createTriageService } from '../../src/services/triage';
import { CALM, Case, cases, END, INCIDENTS, serviceOf, useSameTraffic } from '../support/sameTraffic';

/**
 * The same traffic as an ECS copy, as gateways and proxies log it and a shipper indexes it with no template:
 * Traefik's JSON access log, Envoy with Istio's JSON format, Kong's log plugins (nested objects, lower-case
 * headers), Caddy's access log (nested, each header an array) and HAProxy's httplog through Logstash's grok
 * (strings). Each names its services its own way (`shp-x@docker`, `outbound|8080||shp-x…`, a host), and is
 * asked by that name. Without any FIELD_* setting, and with only `check`'s lines, each must give the ECS
 * copy's totals, top cause and causes, except where it lacks the field a rule needs: then `check` says so.
 * Every gateway logs the path with its query string, and so does the ECS copy's `url.original`: read
 * through it, the ECS copy must give the very same causes as through `url.path`.
 */
const SHAPES = ['ecs', 'traefik', 'envoy', 'kong', 'caddy', 'haproxy'] as const satisfies readonly LogShape[];
type Shape = (typeof SHAPES)[number];

/** The fields `check` must find in each shape without settings. */
const EXPECTED: Record<Exclude<Shape, 'ecs'>, Partial<Record<FieldRole, string>>> = {
  traefik: { status: 'DownstreamStatus', method: 'RequestMethod.keyword', path: 'RequestPath.keyword', clientIp: 'ClientHost.keyword', userAgent: 'request_User-Agent.keyword', user: 'ClientUsername.keyword', service: 'ServiceName.keyword' },
  envoy: { status: 'response_code', method: 'method.keyword', path: 'path.keyword', clientIp: 'x_forwarded_for.keyword', userAgent: 'user_agent.keyword', service: 'upstream_cluster.keyword' },
  kong: { status: 'response.status', method: 'request.method.keyword', path: 'request.uri.keyword', clientIp: 'client_ip.keyword', userAgent: 'request.headers.user-agent.keyword', user: 'consumer.username.keyword', service: 'service.name.keyword' },
  caddy: { status: 'status', method: 'request.method.keyword', path: 'request.uri.keyword', clientIp: 'request.client_ip.keyword', userAgent: 'request.headers.User-Agent.keyword', user: 'user_id.keyword', service: 'request.host.keyword' },
  haproxy: { status: 'http_status_code.keyword', method: 'http_verb.keyword', path: 'http_request.keyword', clientIp: 'client_ip.keyword', userAgent: 'request_header_user_agent.keyword', service: 'backend_name.keyword' },
};
const GATEWAYS = SHAPES.filter((s): s is Exclude<Shape, 'ecs'> => s !== 'ecs');
const SETTINGS_RUNS: readonly Shape[] = ['kong', 'haproxy'];

describe('the same traffic as gateways and proxies log it', () => {
  // `check`'s lines are tried on the nested (Kong) and the all-strings (HAProxy) shapes: the others' lines
  // come from the same resolution, whose fields the check test below asserts one by one.
  const traffic = useSameTraffic('st-gateways', SHAPES, SETTINGS_RUNS);
  const top = (label: string, c: Case): string | undefined => traffic.result(label, c)?.causes[0]?.id;
  const total = (label: string, c: Case): number | undefined => traffic.result(label, c)?.total;
  const ids = (r: TriageResult | undefined): string[] | undefined => r?.causes.map((cause) => cause.id);
  /** The ECS copy read through `url.original`: the paths with their query strings, as every gateway logs them. */
  const withQuery = new Map<Case, TriageResult>();

  beforeAll(async () => {
    const triage = createTriageService({ client: traffic.client(), config: traffic.configFor('ecs', { FIELD_PATH: 'url.original' }), logger: createLogger({ level: 'silent' }) });
    for (const c of cases) withQuery.set(c, await triage.triage({ status: c.status, service: c.service, window: '1h', environment: null, at: END }));
  }, 120_000);
  /** A shape with no user field cannot tell new users: that rule is not compared there (check says why). */
  const comparable = (shape: Shape, c: Case): boolean => c.service !== serviceOf('new_user_missing_role') || EXPECTED[shape as Exclude<Shape, 'ecs'>]?.user !== undefined;

  it('the ECS copy finds the incidents these fields can show', () => {
    for (const id of INCIDENTS) {
      const c = cases.find((x) => x.service === serviceOf(id)) as Case;
      expect({ service: c.service, top: top('ecs', c) }).toEqual({ service: c.service, top: id });
    }
    for (const c of cases.filter((x) => CALM.includes(x.service))) {
      for (const cause of traffic.result('ecs', c)?.causes ?? []) expect({ c, id: cause.id }).toEqual({ c, id: 'baseline_noise' });
    }
  });

  it('the ECS copy gives the same causes read through its paths with query strings (`url.original`)', () => {
    // A retry loop's cache-busters and tracking parameters are one request repeated, not many.
    for (const c of cases) expect({ ...c, causes: ids(withQuery.get(c)) }).toEqual({ ...c, causes: ids(traffic.result('ecs', c)) });
  });

  const runs: Array<[Exclude<Shape, 'ecs'>, string]> = GATEWAYS.flatMap((s): Array<[Exclude<Shape, 'ecs'>, string]> => [[s, s], ...(SETTINGS_RUNS.includes(s) ? [[s, `${s}+settings`] as [Exclude<Shape, 'ecs'>, string]] : [])]);
  it.each(runs)('%s (%s): the same totals, top cause and causes as ECS', (shape, label) => {
    const compared = cases.filter((c) => comparable(shape, c));
    expect(compared.length).toBeGreaterThanOrEqual(cases.length - 1);
    for (const c of compared) {
      expect({ ...c, total: total(label, c), top: top(label, c) }).toEqual({ ...c, total: total('ecs', c), top: top('ecs', c) });
      expect({ ...c, causes: ids(traffic.result(label, c)) }).toEqual({ ...c, causes: ids(traffic.result('ecs', c)) });
    }
  });

  it('check names each shape and finds its fields, its services included, without settings', () => {
    for (const shape of GATEWAYS) {
      const report = traffic.check(shape);
      expect({ shape, problems: report.problems, got: report.shape }).toEqual({ shape, problems: [], got: shape });
      const found = Object.fromEntries(Object.keys(EXPECTED[shape]).map((role) => [role, report.fields[role as FieldRole]?.field]));
      expect({ shape, found }).toEqual({ shape, found: EXPECTED[shape] });
      expect(report.fields.time).toMatchObject({ field: '@timestamp', type: 'date' });
      expect(report.fields.status?.coverage).toBe(1);
      expect(report.services).toBe(INCIDENTS.length + CALM.length);
      expect(report.docs24h).toBe(traffic.check('ecs').docs24h);
      expect(report.causes.ip_allowlist_block).toBe('ok');
      expect(report.causes.routing_regression).toBe('ok');
      if (EXPECTED[shape].user === undefined) expect({ shape, cause: report.causes.new_user_missing_role }).toEqual({ shape, cause: expect.stringMatching(/^needs user/) });
    }
  });

  it('shows sample requests from nested objects and header arrays, as people mean them', async () => {
    const c = cases.find((x) => x.service === serviceOf('scanner_probe')) as Case;
    for (const shape of ['kong', 'caddy', 'traefik'] as const) {
      const triage = createTriageService({ client: traffic.client(), config: traffic.configFor(shape), logger: createLogger({ level: 'silent' }) });
      const samples = await triage.samples({ status: c.status, service: loggedServiceName(shape, c.service), window: '1h', environment: null, at: END }, 5);
      expect({ shape, n: samples.length }).toEqual({ shape, n: 5 });
      for (const sample of samples) {
        expect({ shape, status: sample.status, method: sample.method }).toEqual({ shape, status: c.status, method: expect.stringMatching(/^[A-Z]+$/) });
        expect(sample.path).toMatch(/^\//);
        expect(sample.clientIp).toMatch(/^[\d.]+$|:/);
        expect(sample.userAgent ?? '').not.toMatch(/^\[|^"|^-$/);
      }
    }
  });
});
