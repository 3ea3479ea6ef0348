import type { SearchEngine } from '../../src/elasticsearch/engine';
import { Config, loadConfig } from '../../src/config';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { generateDataset, INCIDENT_STATUS, type IncidentSpec } from '../../src/data/generator';
import { loggedServiceName, LogShape, reshape } from '../../src/data/shapes';
import { accessLogMappings, ACCESS_LOG_SETTINGS } from '../../src/elasticsearch/mapping';
import type { CauseId, TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { createCheckService, type CheckReport } from '../../src/services/check';
import { createTriageService } from '../../src/services/triage';
import { bulkLoad, testClient, uniqueIndexName, testEngineEnv } from './elasticsearch';

/**
 * The same traffic (incidents among calm services, three days of retention) loaded once per shape into the
 * real Elasticsearch: ECS with an explicit mapping, every other shape in an index with no mapping at all
 * (every string `text` + `.keyword`), as a pipeline with no template leaves it. Each shape is then triaged
 * with no FIELD_* setting, checked, and triaged again with only the lines `check` suggests.
 */
export const END = new Date('2026-11-20T14:00:00Z');
const FROM = new Date(END.getTime() - 40 * 60_000);
/** Causes these pipelines can show: they carry path, client, agent, user and status, nothing of roles or tenants. */
export const INCIDENTS: CauseId[] = ['ip_allowlist_block', 'retry_storm', 'routing_regression', 'broken_redirect_or_rule', 'scanner_probe', 'new_user_missing_role'];
export const CALM = ['calm-www', 'calm-api'];

export interface Case {
  service: string;
  status: 403 | 404;
}

export const serviceOf = (id: CauseId): string => `shp-${id.replace(/_/g, '-')}`;

export const cases: Case[] = [
  ...INCIDENTS.map((id) => ({ service: serviceOf(id), status: INCIDENT_STATUS[id] })),
  ...CALM.flatMap((service) => [403, 404].map((status) => ({ service, status: status as 403 | 404 }))),
];

export interface SameTraffic {
  client(): SearchEngine;
  configFor(shape: LogShape, extra?: Record<string, string>): Config;
  /** A case's result; `label` is a shape, or `<shape>+settings` for the run with `check`'s lines. */
  result(label: string, c: Case): TriageResult | undefined;
  check(shape: LogShape): CheckReport;
}

/** `FIELD_X=y` lines → settings. */
function settingsFrom(env: string): Record<string, string> {
  return Object.fromEntries(env.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

/**
 * Registers the loading and the runs in the calling `describe`; read the answers in its tests.
 * `withSettings`: the shapes triaged a second time with only `check`'s lines (every one but ECS by default).
 */
export function useSameTraffic(prefix: string, shapes: readonly LogShape[], withSettings: readonly LogShape[] = shapes.filter((s) => s !== 'ecs')): SameTraffic {
  let client: SearchEngine;
  let base: string;
  const results = new Map<string, TriageResult>();
  const checks = new Map<LogShape, CheckReport>();
  const configFor = (shape: LogShape, extra: Record<string, string> = {}): Config =>
    loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-${shape}`, ELASTICSEARCH_TIMEOUT: '30s', ...extra });

  async function triageAll(shape: LogShape, label: string, config: Config): Promise<void> {
    const triage = createTriageService({ client, config, logger: createLogger({ level: 'silent' }) });
    for (const c of cases) {
      // Each case is asked by the name its shape logs (`shp-x@docker` in Traefik), as people would ask.
      const service = loggedServiceName(shape, c.service);
      results.set(`${label}:${c.service}:${c.status}`, await triage.triage({ status: c.status, service, window: '1h', environment: null, at: END }));
    }
  }

  beforeAll(async () => {
    client = testClient();
    base = uniqueIndexName(prefix);
    const specs: IncidentSpec[] = INCIDENTS.map((id) => ({ id, service: serviceOf(id), from: FROM, to: END }));
    const docs = [...generateDataset({ end: END, days: 3, ratePerMinute: 1, services: [...specs.map((s) => s.service), ...CALM], incidents: specs, withReason: false })];
    for (const shape of shapes) {
      const index = `${base}-${shape}`;
      // Only the ECS copy has a mapping; the others are what a pipeline with no template produces.
      if (shape === 'ecs') await client.createIndex({ index, settings: ACCESS_LOG_SETTINGS, mappings: accessLogMappings({ ...FIELD_DEFAULTS }) });
      else await client.createIndex({ index, settings: ACCESS_LOG_SETTINGS });
      await bulkLoad(client, index, docs.map((doc, i) => reshape(doc, shape, i)));
    }
    for (const shape of shapes) {
      const config = configFor(shape);
      await triageAll(shape, shape, config);
      const report = await createCheckService({ client, config, now: () => END }).check();
      checks.set(shape, report);
      if (withSettings.includes(shape)) await triageAll(shape, `${shape}+settings`, configFor(shape, settingsFrom(report.env)));
    }
  }, 600_000);

  afterAll(async () => {
    await client.deleteIndex(`${base}-*`);
    await client.close();
  });

  return {
    client: () => client,
    configFor,
    result: (label, c) => results.get(`${label}:${c.service}:${c.status}`),
    check: (shape) => {
      const report = checks.get(shape);
      if (!report) throw new Error(`no check for ${shape}`);
      return report;
    },
  };
}
