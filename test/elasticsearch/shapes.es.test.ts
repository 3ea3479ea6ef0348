import { loggedServiceName, LogShape } from '../../src/data/shapes';
import type { SearchEngine } from '../../src/elasticsearch/engine';
import { DEFAULT_SAMPLE_DOCS, type SamplingPolicy } from '../../src/elasticsearch/sampling';
import { createLogger } from '../../src/logging';
import { createTriageService } from '../../src/services/triage';
import { CALM, Case, cases, END, INCIDENTS, serviceOf, useSameTraffic } from '../support/sameTraffic';

/**
 * The same traffic (incidents among calm services, three days of retention) in four real shapes: ECS with
 * an explicit mapping, and Logstash grok, nginx JSON and Fluent Bit names in indices with no mapping at
 * all (every string `text` + `.keyword`, statuses as strings in two of them, paths with query strings,
 * no `service.name`). Without any FIELD_* setting, and with only the lines `check` suggests, every shape
 * must give the same totals, top cause and causes as the ECS copy. (The gateways' shapes: gatewayShapes.es.test.ts.)
 */
const SHAPES = ['ecs', 'logstash', 'nginx-json', 'fluent'] as const satisfies readonly LogShape[];

describe('the same traffic in four index shapes', () => {
  const traffic = useSameTraffic('st-shapes', SHAPES);
  const top = (label: string, c: Case): string | undefined => traffic.result(label, c)?.causes[0]?.id;
  const total = (label: string, c: Case): number | undefined => traffic.result(label, c)?.total;

  it('the ECS copy finds the incidents these fields can show', () => {
    for (const id of INCIDENTS) {
      const c = cases.find((x) => x.service === serviceOf(id)) as Case;
      expect({ service: c.service, top: top('ecs', c) }).toEqual({ service: c.service, top: id });
      expect(total('ecs', c)).toBeGreaterThan(20);
    }
    for (const c of cases.filter((x) => CALM.includes(x.service))) {
      for (const cause of traffic.result('ecs', c)?.causes ?? []) expect({ c, id: cause.id }).toEqual({ c, id: 'baseline_noise' });
    }
  });

  it.each(SHAPES.filter((s) => s !== 'ecs').flatMap((s) => [s, `${s}+settings`]))('%s: the same totals, top cause and causes as ECS', (label) => {
    const ids = (l: string, c: Case): string[] | undefined => traffic.result(l, c)?.causes.map((cause) => cause.id);
    for (const c of cases) {
      expect({ ...c, total: total(label, c), top: top(label, c) }).toEqual({ ...c, total: total('ecs', c), top: top('ecs', c) });
      // Their paths carry query strings: a retry loop's varying parameters must not split it into many requests.
      expect({ ...c, causes: ids(label, c) }).toEqual({ ...c, causes: ids('ecs', c) });
    }
  });

  it("asked twice with sampling forced, a shape with no mapping draws the window's top values at random the second time (Elasticsearch) and answers as ECS does", async () => {
    // 20 of the window's errors: a random draw from the second triage on wherever the window holds 45 or more.
    const forced: SamplingPolicy = { sampleDocs: DEFAULT_SAMPLE_DOCS, probability: 0.25, errorSampleDocs: 20 };
    const base = traffic.client();
    let drawn = 0;
    for (const shape of ['logstash', 'nginx-json', 'fluent'] as const) {
      const sent: string[] = [];
      const watching: SearchEngine = { ...base, msearch: (...args: Parameters<SearchEngine['msearch']>) => (sent.push(...args[0].searches.map((line) => JSON.stringify(line))), base.msearch(...args)) };
      const triage = createTriageService({ client: watching, config: { ...traffic.configFor(shape), triageSampling: forced }, logger: createLogger({ level: 'silent' }) });
      for (const c of cases.filter((x) => (total('ecs', x) ?? 0) >= 45)) {
        const request = { status: c.status, service: loggedServiceName(shape, c.service), window: '1h' as const, environment: null, at: END };
        await triage.triage(request);
        sent.length = 0;
        const again = await triage.triage(request);
        // The window's top values came from a random_sampler this time (the seeded ranking is gone); OpenSearch has
        // no random_sampler and keeps the seeded ranking.
        const windowSample = sent.find((body) => body.includes('"top_users"'));
        const randomSampler = base.capabilities.randomSampler;
        expect({ shape, service: c.service, random: windowSample?.includes('random_sampler'), ranked: windowSample?.includes('random_score') }).toEqual({ shape, service: c.service, random: randomSampler, ranked: !randomSampler });
        drawn += 1;
        expect({ shape, service: c.service, total: again.total, top: again.causes[0]?.id }).toEqual({ shape, service: c.service, total: total('ecs', c), top: top('ecs', c) });
      }
    }
    expect(drawn).toBeGreaterThan(3);
  });

  it('shows sample requests from where each value sits in the document, as people mean it', async () => {
    const c = cases.find((x) => x.service.includes('scanner')) as Case;
    for (const shape of ['logstash', 'fluent'] as const) {
      const triage = createTriageService({ client: traffic.client(), config: traffic.configFor(shape), logger: createLogger({ level: 'silent' }) });
      const samples = await triage.samples({ status: c.status, service: c.service, window: '1h', environment: null, at: END }, 5);
      expect(samples).toHaveLength(5);
      for (const sample of samples) {
        expect({ shape, status: sample.status }).toEqual({ shape, status: c.status });
        expect(sample.path).toMatch(/^\//);
        expect(sample.clientIp).not.toBeNull();
        // Logstash keeps the agent's quotes and writes '-' for none: neither reaches people.
        expect(sample.userAgent ?? '').not.toMatch(/^"|^-$/);
      }
    }
  });

  it('check recognises each shape and resolves status and client address without settings', () => {
    const expected: Record<(typeof SHAPES)[number], { shape: string; status: string; clientIp: string; service: string; path: string }> = {
      ecs: { shape: 'ecs', status: 'http.response.status_code', clientIp: 'source.ip', service: 'service.name', path: 'url.path' },
      logstash: { shape: 'logstash', status: 'response.keyword', clientIp: 'clientip.keyword', service: 'app.keyword', path: 'request.keyword' },
      'nginx-json': { shape: 'nginx-json', status: 'status', clientIp: 'remote_addr.keyword', service: 'server_name.keyword', path: 'request_uri.keyword' },
      fluent: { shape: 'fluent', status: 'code.keyword', clientIp: 'remote.keyword', service: 'kubernetes.labels.app.keyword', path: 'path.keyword' },
    };
    for (const shape of SHAPES) {
      const report = traffic.check(shape);
      const want = expected[shape];
      expect({ shape, problems: report.problems, got: report.shape }).toEqual({ shape, problems: [], got: want.shape });
      expect(report.fields.status?.field).toBe(want.status);
      expect(report.fields.clientIp?.field).toBe(want.clientIp);
      expect(report.fields.service?.field).toBe(want.service);
      expect(report.fields.path?.field).toBe(want.path);
      expect(report.fields.time?.type).toBe('date');
      expect(report.fields.status?.coverage).toBe(1);
      expect(report.services).toBe(INCIDENTS.length + CALM.length);
      expect(report.docs24h).toBe(traffic.check('ecs').docs24h);
      expect(report.causes.ip_allowlist_block).toBe('ok');
      expect(report.causes.routing_regression).toBe('ok');
    }
    // Application fields no web server logs: said, with the reason, not guessed.
    expect(traffic.check('logstash').causes.tenant_isolation_violation).toMatch(/^needs tenant/);
    expect(traffic.check('logstash').missing.roles).toBeDefined();
    // The ECS copy needs no setting; the others get one line per field found under another name.
    expect(traffic.check('ecs').env).toBe('');
    expect(traffic.check('logstash').env).toContain('FIELD_STATUS=response.keyword');
    expect(traffic.check('fluent').env).toContain('FIELD_CLIENT_IP=remote.keyword');
  });
});
