import type { SearchEngine } from '../../src/elasticsearch/engine';
import { loadConfig } from '../../src/config';
import { generateDataset, INCIDENT_STATUS, type IncidentSpec } from '../../src/data/generator';
import { LogShape, reshape } from '../../src/data/shapes';
import type { CauseId, TriageResult } from '../../src/domain/types';
import { createFieldDiscovery } from '../../src/elasticsearch/fieldDiscovery';
import { msearchItems } from '../../src/elasticsearch/responses';
import { watchAnswers, watchBodies, WatchPlan, watchCounts, watchSearch } from '../../src/elasticsearch/watchQueries';
import { createLogger } from '../../src/logging';
import { createCheckService, type CheckReport } from '../../src/services/check';
import { createTriageService } from '../../src/services/triage';
import { bulkLoad, testClient, testEngineEnv, uniqueIndexName } from '../support/elasticsearch';

/**
 * Statuses as pipelines really leave them. HAProxy's grok captures strings, and a hand-written pipeline
 * (a `mutate` that converts to float and back, a padded field, a `split` on the line) leaves `"404 "`,
 * `"404.0"` and `" 404"` beside `"404"`; a template may map the status as `float`. Each must count as its
 * code: every case gives the clean copy's totals, causes and confidences, and the watcher its counts.
 */
const END = new Date('2026-11-20T14:00:00Z');
const FROM = new Date(END.getTime() - 40 * 60_000);
const INCIDENTS: CauseId[] = ['retry_storm', 'scanner_probe', 'routing_regression', 'ip_allowlist_block', 'broken_redirect_or_rule'];
const CALM = ['calm-www'];
const serviceOf = (id: CauseId): string => `shp-${id.replace(/_/g, '-')}`;
const cases = [
  ...INCIDENTS.map((id) => ({ service: serviceOf(id), status: INCIDENT_STATUS[id] })),
  ...CALM.flatMap((service) => [403, 404].map((status) => ({ service, status: status as 403 | 404 }))),
];

/** Half the statuses (successes too) in an odd form: a trailing space, a float's `.0`, a leading space. */
function oddForm(doc: Record<string, unknown>, i: number): Record<string, unknown> {
  const code = String(doc.http_status_code);
  const forms: Record<number, string> = { 1: `${code} `, 5: `${code} `, 2: `${code}.0`, 6: ` ${code}` };
  return forms[i % 8] === undefined ? doc : { ...doc, http_status_code: forms[i % 8] };
}

/** The float copy and its control hold two services (a 404 incident and a calm one): enough to compare, half the load. */
const NUMBER_SERVICES = [serviceOf('retry_storm'), ...CALM];
const COPIES: Array<{ copy: string; shape: LogShape; odd: boolean; only?: readonly string[]; mappings?: Record<string, unknown> }> = [
  { copy: 'clean', shape: 'haproxy', odd: false },
  { copy: 'odd', shape: 'haproxy', odd: true },
  { copy: 'long', shape: 'nginx-json', odd: false, only: NUMBER_SERVICES },
  // A template that maps the status as a float (the rest left to dynamic mapping).
  { copy: 'float', shape: 'nginx-json', odd: false, only: NUMBER_SERVICES, mappings: { properties: { status: { type: 'float' } } } },
];

describe('statuses stored as strings in odd forms, or as floats', () => {
  let client: SearchEngine;
  let base: string;
  const results = new Map<string, TriageResult>();
  const checks = new Map<string, CheckReport>();
  const configFor = (copy: string) => loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-${copy}`, ELASTICSEARCH_TIMEOUT: '30s' });

  beforeAll(async () => {
    client = testClient();
    base = uniqueIndexName('st-status');
    const specs: IncidentSpec[] = INCIDENTS.map((id) => ({ id, service: serviceOf(id), from: FROM, to: END }));
    const docs = [...generateDataset({ end: END, days: 3, ratePerMinute: 1, services: [...specs.map((s) => s.service), ...CALM], incidents: specs, withReason: false })];
    for (const { copy, shape, odd, only, mappings } of COPIES) {
      const index = `${base}-${copy}`;
      await client.createIndex(mappings ? { index, mappings } : { index });
      const kept = only ? docs.filter((doc) => only.includes(String(doc['service.name']))) : docs;
      await bulkLoad(client, index, kept.map((doc, i) => reshape(doc, shape, i)).map((doc, i) => (odd ? oddForm(doc, i) : doc)));
      const config = configFor(copy);
      const triage = createTriageService({ client, config, logger: createLogger({ level: 'silent' }) });
      for (const c of cases.filter((x) => !only || only.includes(x.service))) results.set(`${copy}:${c.service}:${c.status}`, await triage.triage({ status: c.status, service: c.service, window: '1h', environment: null, at: END }));
      checks.set(copy, await createCheckService({ client, config, now: () => END }).check());
    }
  }, 300_000);

  afterAll(async () => {
    await client.deleteIndex(`${base}-*`);
    await client.close();
  });

  const read = (copy: string, c: { service: string; status: number }) => {
    const r = results.get(`${copy}:${c.service}:${c.status}`);
    return { total: r?.total, expected: r?.baseline.expected, causes: r?.causes.map((x) => ({ id: x.id, confidence: x.confidence })) };
  };

  it('the clean copy finds each incident', () => {
    for (const id of INCIDENTS) expect({ id, top: results.get(`clean:${serviceOf(id)}:${INCIDENT_STATUS[id]}`)?.causes[0]?.id }).toEqual({ id, top: id });
  });

  it.each([
    ['odd', 'clean'],
    ['float', 'long'],
  ])('the %s copy gives the %s copy’s totals, baselines, causes and confidences', (copy, like) => {
    const compared = cases.filter((c) => results.has(`${copy}:${c.service}:${c.status}`));
    expect(compared.length).toBeGreaterThanOrEqual(copy === 'odd' ? cases.length : 3);
    for (const c of compared) expect({ ...c, ...read(copy, c) }).toEqual({ ...c, ...read(like, c) });
  });

  it('the watcher counts every form', async () => {
    const counts = async (copy: string) => {
      const resolution = await createFieldDiscovery({ client, index: `${base}-${copy}`, settings: { fields: {}, indexService: undefined }, location: 'test', timeoutMs: 30_000 }).require();
      const plan: WatchPlan = { services: copy === 'long' || copy === 'float' ? NUMBER_SERVICES : [...INCIDENTS.map(serviceOf), ...CALM], statuses: [403, 404], to: END.getTime(), windowMs: 15 * 60_000, fields: resolution.fields, statusKind: resolution.statusKind };
      const search = watchSearch(plan);
      const bodies = watchBodies(search);
      const raw = await client.msearch({ searches: bodies.flatMap((body) => [{ index: `${base}-${copy}` }, body]) });
      return watchCounts(watchAnswers(search, msearchItems(raw, bodies.length)), plan).counts;
    };
    const clean = await counts('clean');
    expect(clean.some((c) => c.count > 0)).toBe(true);
    expect(await counts('odd')).toEqual(clean);
    expect(await counts('float')).toEqual(await counts('long'));
  });

  it('check says which forms the status takes', () => {
    expect(checks.get('odd')?.fields.status).toMatchObject({ field: 'http_status_code.keyword', note: expect.stringMatching(/"404 ".*"404\.0"|"404\.0".*"404 "/) });
    expect(checks.get('odd')?.fields.status?.note).toContain('" 404"');
    expect(checks.get('clean')?.fields.status?.note).toBeUndefined();
  });
});
