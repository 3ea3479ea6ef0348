import type { SearchEngine } from '../../src/elasticsearch/engine';
import { loadConfig } from '../../src/config';
import { generateDataset, INCIDENT_STATUS, type IncidentSpec } from '../../src/data/generator';
import { loggedServiceName, reshape } from '../../src/data/shapes';
import type { CauseId, TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { createCheckService, type CheckReport } from '../../src/services/check';
import { createTriageService } from '../../src/services/triage';
import { bulkLoad, testClient, testEngineEnv, uniqueIndexName } from '../support/elasticsearch';

/**
 * A client logged as an X-Forwarded-For list: Istio's `x_forwarded_for` behind a load balancer of three
 * nodes holds "<client>, <node>", the node a different one per request (a few requests came straight in and
 * hold the address alone). Indexed with no template, the field is one keyword per whole list. The client is
 * its first address: every cause and confidence must be what the same traffic gives with the address alone.
 */
const END = new Date('2026-11-20T14:00:00Z');
const FROM = new Date(END.getTime() - 40 * 60_000);
const INCIDENTS: CauseId[] = ['retry_storm', 'stale_client', 'ip_allowlist_block', 'scanner_probe'];
const CALM = ['calm-www'];
const serviceOf = (id: CauseId): string => `shp-${id.replace(/_/g, '-')}`;
const cases = [...INCIDENTS.map((id) => ({ service: serviceOf(id), status: INCIDENT_STATUS[id] })), ...CALM.map((service) => ({ service, status: 404 as const }))];

/** The list a proxy behind a three-node load balancer logs: the client, then the node it came through. */
function forwardedFor(doc: Record<string, unknown>, i: number): Record<string, unknown> {
  const ip = doc.x_forwarded_for;
  if (typeof ip !== 'string' || i % 10 === 0) return doc;
  return { ...doc, x_forwarded_for: `${ip}, 10.0.3.${11 + (i % 3)}` };
}

describe('a client logged as an X-Forwarded-For list', () => {
  let client: SearchEngine;
  let base: string;
  const results = new Map<string, TriageResult>();
  const checks = new Map<string, CheckReport>();
  const configFor = (copy: string) => loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: `${base}-${copy}`, ELASTICSEARCH_TIMEOUT: '30s' });

  beforeAll(async () => {
    client = testClient();
    base = uniqueIndexName('st-xff');
    const specs: IncidentSpec[] = INCIDENTS.map((id) => ({ id, service: serviceOf(id), from: FROM, to: END }));
    const docs = [...generateDataset({ end: END, days: 3, ratePerMinute: 1, services: [...specs.map((s) => s.service), ...CALM], incidents: specs, withReason: false })];
    const envoy = docs.map((doc, i) => reshape(doc, 'envoy', i));
    for (const [copy, load] of [['single', envoy], ['list', envoy.map(forwardedFor)]] as const) {
      await client.createIndex({ index: `${base}-${copy}` });
      await bulkLoad(client, `${base}-${copy}`, load);
      const config = configFor(copy);
      const triage = createTriageService({ client, config, logger: createLogger({ level: 'silent' }) });
      for (const c of cases) results.set(`${copy}:${c.service}`, await triage.triage({ status: c.status, service: loggedServiceName('envoy', c.service), window: '1h', environment: null, at: END }));
      checks.set(copy, await createCheckService({ client, config, now: () => END }).check());
    }
  }, 300_000);

  afterAll(async () => {
    await client.deleteIndex(`${base}-*`);
    await client.close();
  });

  const causes = (copy: string, service: string) => results.get(`${copy}:${service}`)?.causes.map((c) => ({ id: c.id, confidence: c.confidence }));

  it('the address alone finds each incident', () => {
    for (const id of INCIDENTS) expect({ id, top: results.get(`single:${serviceOf(id)}`)?.causes[0]?.id }).toEqual({ id, top: id });
  });

  it('read as lists, every case gives the same total, causes and confidences as the address alone', () => {
    for (const c of cases) {
      expect({ ...c, total: results.get(`list:${c.service}`)?.total, causes: causes('list', c.service) }).toEqual({ ...c, total: results.get(`single:${c.service}`)?.total, causes: causes('single', c.service) });
    }
  });

  it('answers name the client by its first address, never by the list or a load-balancer node', () => {
    for (const c of cases) {
      const said = JSON.stringify(results.get(`list:${c.service}`)?.causes ?? []);
      expect({ ...c, lists: said.match(/\d+\.\d+\.\d+\.\d+, 10\.0\.3\.\d+/g) ?? [], nodes: said.match(/10\.0\.3\.1[123]\b/g) ?? [] }).toEqual({ ...c, lists: [], nodes: [] });
    }
  });

  it('check says the client field holds lists and that the first address is read; nothing of the kind for addresses alone', () => {
    expect(checks.get('list')?.fields.clientIp).toMatchObject({ field: 'x_forwarded_for.keyword', note: expect.stringMatching(/lists of addresses.*first/) });
    expect(checks.get('single')?.fields.clientIp?.note ?? '').not.toMatch(/list/);
  });

  it('sample requests show the client by its first address', async () => {
    const triage = createTriageService({ client, config: configFor('list'), logger: createLogger({ level: 'silent' }) });
    const c = cases.find((x) => x.service === serviceOf('retry_storm'));
    const samples = await triage.samples({ status: 404, service: loggedServiceName('envoy', c?.service ?? ''), window: '1h', environment: null, at: END }, 10);
    expect(samples.length).toBe(10);
    for (const sample of samples) expect(sample.clientIp).toMatch(/^[\d.]+$|:/);
  });
});
