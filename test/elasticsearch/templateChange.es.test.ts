import type { SearchEngine } from '../../src/elasticsearch/engine';
import { loadConfig } from '../../src/config';
import { FIELD_DEFAULTS } from '../../src/config/fields';
import { generateDataset, INCIDENT_STATUS, type IncidentSpec } from '../../src/data/generator';
import { accessLogMappings, ACCESS_LOG_SETTINGS } from '../../src/elasticsearch/mapping';
import type { CauseId, TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { createCheckService, type CheckReport } from '../../src/services/check';
import { createTriageService } from '../../src/services/triage';
import { bulkLoad, testClient, testEngineEnv, uniqueIndexName } from '../support/elasticsearch';

/**
 * Daily indices across a template change, as clusters have them for a week after someone adds an ECS
 * template: the older days were mapped dynamically (every string `text` + `.keyword`), today's index
 * has `keyword` and `ip`. More indices hold the old form, but the window people ask about lives in the
 * newest one: reading the old form answered "no 404s in this window" in the middle of an incident.
 */
const END = new Date('2026-11-20T14:00:00Z');
const FROM = new Date(END.getTime() - 40 * 60_000);
const INCIDENTS: CauseId[] = ['routing_regression', 'scanner_probe', 'retry_storm'];
const serviceOf = (id: CauseId): string => `tpl-${id.replace(/_/g, '-')}`;
const CASES = [...INCIDENTS.map((id) => ({ service: serviceOf(id), status: INCIDENT_STATUS[id] })), { service: 'tpl-calm', status: 404 as const }];

describe('daily indices across a template change', () => {
  let client: SearchEngine;
  let base: string;
  const results = new Map<string, TriageResult>();
  let report: CheckReport;

  beforeAll(async () => {
    client = testClient();
    base = uniqueIndexName('st-tplchange');
    const specs: IncidentSpec[] = INCIDENTS.map((id) => ({ id, service: serviceOf(id), from: FROM, to: END }));
    const docs = [...generateDataset({ end: END, days: 3, ratePerMinute: 1, services: [...specs.map((s) => s.service), 'tpl-calm'], incidents: specs, withReason: false })];
    // The same documents in one ECS index, and split by day with only the newest day under the template.
    await client.createIndex({ index: `${base}-ecs`, settings: ACCESS_LOG_SETTINGS, mappings: accessLogMappings({ ...FIELD_DEFAULTS }) });
    await bulkLoad(client, `${base}-ecs`, docs);
    const days = [...new Set(docs.map((d) => String(d['@timestamp']).slice(0, 10)))].sort();
    for (const day of days) {
      const index = `${base}-daily-${day}`;
      const templated = day === days[days.length - 1];
      await client.createIndex({ index, settings: ACCESS_LOG_SETTINGS, ...(templated ? { mappings: accessLogMappings({ ...FIELD_DEFAULTS }) } : {}) });
      await bulkLoad(client, index, docs.filter((d) => String(d['@timestamp']).startsWith(day)));
    }
    for (const pattern of ['ecs', 'daily-*']) {
      const config = loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-${pattern}`, ELASTICSEARCH_TIMEOUT: '30s' });
      const triage = createTriageService({ client, config, logger: createLogger({ level: 'silent' }) });
      for (const c of CASES) results.set(`${pattern}:${c.service}`, await triage.triage({ ...c, window: '1h', environment: null, at: END }));
      if (pattern === 'daily-*') report = await createCheckService({ client, config, now: () => END }).check();
    }
  }, 300_000);

  afterAll(async () => {
    await client.deleteIndex(`${base}-*`);
    await client.close();
  });

  it.each(CASES)('$service: the window holds the same errors and the same top cause as in one ECS index', ({ service }) => {
    const ecs = results.get(`ecs:${service}`);
    const daily = results.get(`daily-*:${service}`);
    expect(ecs?.total).toBeGreaterThan(0);
    expect({ total: daily?.total, series: daily?.series, top: daily?.causes[0]?.id }).toEqual({ total: ecs?.total, series: ecs?.series, top: ecs?.causes[0]?.id });
  });

  it('check reads the form the newest index has, and says which older indices it cannot read', () => {
    expect(report.problems).toEqual([]);
    expect(report.fields.service?.field).toBe('service.name');
    expect(report.fields.path?.field).toBe('url.path');
    // The last 24 h reach back into yesterday's dynamic index: today's 14 hours are read.
    expect(report.fields.service?.coverage).toBeGreaterThan(0.5);
    expect(report.fields.service?.note).toMatch(/not usable in 3 of 4 indices/);
  });
});
