import type { SearchEngine } from '../../src/elasticsearch/engine';
import { Config, loadConfig } from '../../src/config';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { generateDataset, INCIDENT_STATUS, type IncidentSpec } from '../../src/data/generator';
import { LOG_SHAPES, LogShape, reshape } from '../../src/data/shapes';
import { accessLogMappings, ACCESS_LOG_SETTINGS } from '../../src/elasticsearch/mapping';
import type { CauseId, TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { createCheckService, type CheckReport } from '../../src/services/check';
import { createTriageService } from '../../src/services/triage';
import { bulkLoad, testClient, uniqueIndexName, testEngineEnv } from '../support/elasticsearch';

/**
 * The same traffic (incidents among calm services, three days of retention) in four real shapes: ECS with
 * an explicit mapping, and Logstash grok, nginx JSON and Fluent Bit names in indices with no mapping at
 * all (every string `text` + `.keyword`, statuses as strings in two of them, paths with query strings,
 * no `service.name`). Without any FIELD_* setting, and with only the lines `check` suggests, every shape
 * must give the same totals and the same top cause as the ECS copy.
 */
const END = new Date('2026-11-20T14:00:00Z');
const FROM = new Date(END.getTime() - 40 * 60_000);
/** Causes these pipelines can show: they carry path, client, agent, user and status, nothing of roles or tenants. */
const INCIDENTS: CauseId[] = ['ip_allowlist_block', 'retry_storm', 'routing_regression', 'broken_redirect_or_rule', 'scanner_probe', 'new_user_missing_role'];
const CALM = ['calm-www', 'calm-api'];

interface Case {
  service: string;
  status: 403 | 404;
}

const cases: Case[] = [
  ...INCIDENTS.map((id) => ({ service: `shp-${id.replace(/_/g, '-')}`, status: INCIDENT_STATUS[id] })),
  ...CALM.flatMap((service) => [403, 404].map((status) => ({ service, status: status as 403 | 404 }))),
];

function configFor(index: string, extra: Record<string, string> = {}): Config {
  return loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: index, ELASTICSEARCH_TIMEOUT: '30s', ...extra });
}

/** `FIELD_X=y` lines → settings. */
function settingsFrom(env: string): Record<string, string> {
  return Object.fromEntries(env.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('the same traffic in four index shapes', () => {
  let client: SearchEngine;
  let base: string;
  const results = new Map<string, TriageResult>();
  const checks = new Map<LogShape, CheckReport>();

  async function triageAll(label: string, config: Config): Promise<void> {
    const triage = createTriageService({ client, config, logger: createLogger({ level: 'silent' }) });
    for (const c of cases) results.set(`${label}:${c.service}:${c.status}`, await triage.triage({ status: c.status, service: c.service, window: '1h', environment: null, at: END }));
  }

  beforeAll(async () => {
    client = testClient();
    base = uniqueIndexName('st-shapes');
    const specs: IncidentSpec[] = INCIDENTS.map((id) => ({ id, service: `shp-${id.replace(/_/g, '-')}`, from: FROM, to: END }));
    const docs = [...generateDataset({ end: END, days: 3, ratePerMinute: 1, services: [...specs.map((s) => s.service), ...CALM], incidents: specs, withReason: false })];
    for (const shape of LOG_SHAPES) {
      const index = `${base}-${shape}`;
      // Only the ECS copy has a mapping; the others are what a pipeline with no template produces.
      if (shape === 'ecs') await client.createIndex({ index, settings: ACCESS_LOG_SETTINGS, mappings: accessLogMappings({ ...FIELD_DEFAULTS }) });
      else await client.createIndex({ index, settings: ACCESS_LOG_SETTINGS });
      await bulkLoad(client, index, docs.map((doc, i) => reshape(doc, shape, i)));
    }
    for (const shape of LOG_SHAPES) {
      const config = configFor(`${base}-${shape}`);
      await triageAll(shape, config);
      const report = await createCheckService({ client, config, now: () => END }).check();
      checks.set(shape, report);
      await triageAll(`${shape}+settings`, configFor(`${base}-${shape}`, settingsFrom(report.env)));
    }
  }, 300_000);

  afterAll(async () => {
    await client.deleteIndex(`${base}-*`);
    await client.close();
  });

  const top = (label: string, c: Case): string | undefined => results.get(`${label}:${c.service}:${c.status}`)?.causes[0]?.id;
  const total = (label: string, c: Case): number | undefined => results.get(`${label}:${c.service}:${c.status}`)?.total;

  it('the ECS copy finds the incidents these fields can show', () => {
    for (const id of INCIDENTS) {
      const c = cases.find((x) => x.service === `shp-${id.replace(/_/g, '-')}`) as Case;
      expect({ service: c.service, top: top('ecs', c) }).toEqual({ service: c.service, top: id });
      expect(total('ecs', c)).toBeGreaterThan(20);
    }
    for (const c of cases.filter((x) => CALM.includes(x.service))) {
      for (const cause of results.get(`ecs:${c.service}:${c.status}`)?.causes ?? []) expect({ c, id: cause.id }).toEqual({ c, id: 'baseline_noise' });
    }
  });

  it.each(LOG_SHAPES.filter((s) => s !== 'ecs').flatMap((s) => [s, `${s}+settings`]))('%s: the same totals and top causes as ECS', (label) => {
    for (const c of cases) {
      expect({ ...c, total: total(label, c), top: top(label, c) }).toEqual({ ...c, total: total('ecs', c), top: top('ecs', c) });
    }
  });

  it('shows sample requests from where each value sits in the document, as people mean it', async () => {
    const c = cases.find((x) => x.service.includes('scanner')) as Case;
    for (const shape of ['logstash', 'fluent'] as const) {
      const triage = createTriageService({ client, config: configFor(`${base}-${shape}`), logger: createLogger({ level: 'silent' }) });
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
    const expected: Record<LogShape, { shape: string; status: string; clientIp: string; service: string; path: string }> = {
      ecs: { shape: 'ecs', status: 'http.response.status_code', clientIp: 'source.ip', service: 'service.name', path: 'url.path' },
      logstash: { shape: 'logstash', status: 'response.keyword', clientIp: 'clientip.keyword', service: 'app.keyword', path: 'request.keyword' },
      'nginx-json': { shape: 'nginx-json', status: 'status', clientIp: 'remote_addr.keyword', service: 'server_name.keyword', path: 'request_uri.keyword' },
      fluent: { shape: 'fluent', status: 'code.keyword', clientIp: 'remote.keyword', service: 'kubernetes.labels.app.keyword', path: 'path.keyword' },
    };
    for (const shape of LOG_SHAPES) {
      const report = checks.get(shape) as CheckReport;
      const want = expected[shape];
      expect({ shape, problems: report.problems, got: report.shape }).toEqual({ shape, problems: [], got: want.shape });
      expect(report.fields.status?.field).toBe(want.status);
      expect(report.fields.clientIp?.field).toBe(want.clientIp);
      expect(report.fields.service?.field).toBe(want.service);
      expect(report.fields.path?.field).toBe(want.path);
      expect(report.fields.time?.type).toBe('date');
      expect(report.fields.status?.coverage).toBe(1);
      expect(report.services).toBe(INCIDENTS.length + CALM.length);
      expect(report.docs24h).toBe(checks.get('ecs')?.docs24h);
      expect(report.causes.ip_allowlist_block).toBe('ok');
      expect(report.causes.routing_regression).toBe('ok');
    }
    // Application fields no web server logs: said, with the reason, not guessed.
    expect(checks.get('logstash')?.causes.tenant_isolation_violation).toMatch(/^needs tenant/);
    expect(checks.get('logstash')?.missing.roles).toBeDefined();
    // The ECS copy needs no setting; the others get one line per field found under another name.
    expect(checks.get('ecs')?.env).toBe('');
    expect(checks.get('logstash')?.env).toContain('FIELD_STATUS=response.keyword');
    expect(checks.get('fluent')?.env).toContain('FIELD_CLIENT_IP=remote.keyword');
  });
});
