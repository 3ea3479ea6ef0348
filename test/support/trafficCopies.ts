import type { MsearchRequest, RequestOptions, SearchEngine, SearchRequest } from '../../src/elasticsearch/engine';
import { Config, loadConfig } from '../../src/config';
import { generateDataset, INCIDENT_STATUS, type IncidentSpec } from '../../src/data/generator';
import { loggedServiceName, LogShape, reshape } from '../../src/data/shapes';
import type { CauseId, TriageResult } from '../../src/domain/types';
import { createLogger } from '../../src/logging';
import { discoveryFor, type FieldDiscovery } from '../../src/elasticsearch/fieldDiscovery';
import type { FieldResolution } from '../../src/elasticsearch/fieldResolution';
import { createCheckService, type CheckReport } from '../../src/services/check';
import { createTriageService } from '../../src/services/triage';
import { bulkLoad, testClient, testEngineEnv, uniqueIndexName } from './elasticsearch';

/**
 * One traffic (incidents among calm services, three days, one request a minute) loaded in several copies
 * into indices with no template, each copy reshaped and then altered the way a real pipeline leaves its
 * logs (a client logged as a list, a status padded with blanks …), every case triaged and each copy
 * checked. A test compares a copy's answers with its clean twin's.
 */
export const END = new Date('2026-11-20T14:00:00Z');
const FROM = new Date(END.getTime() - 40 * 60_000);
export const CALM = 'calm-www';

export const serviceOf = (id: CauseId): string => `shp-${id.replace(/_/g, '-')}`;

export interface Case {
  service: string;
  status: 403 | 404;
}

export interface TrafficCopy {
  copy: string;
  shape: LogShape;
  /** What the pipeline did to each document (`i`: its place in the copy). */
  alter?: (doc: Record<string, unknown>, i: number) => Record<string, unknown>;
  /** Only these services' documents (and cases) in this copy. */
  only?: readonly string[];
  mappings?: Record<string, unknown>;
  /** Read another copy's index instead of loading one (with `resolved`: the same logs read differently). */
  of?: string;
  /** What discovery's answer becomes for this copy (say, the probes' findings on another cluster). */
  resolved?: (resolution: FieldResolution) => FieldResolution;
}

/** A discovery whose every answer is `change`d: a copy read as another cluster would have it read. */
function changedDiscovery(inner: FieldDiscovery, change: (resolution: FieldResolution) => FieldResolution): FieldDiscovery {
  return {
    current: async () => change(await inner.current()),
    require: async () => change(await inner.require()),
    requireAt: async (atMs) => change(await inner.requireAt(atMs)),
    refresh: async () => change(await inner.refresh()),
    start: (intervalMs, onError) => inner.start(intervalMs, onError),
    stop: () => inner.stop(),
  };
}

export interface TrafficCopies {
  client(): SearchEngine;
  configFor(copy: string): Config;
  /** A case's answer in one copy; undefined where the copy does not hold the service. */
  result(copy: string, c: Case): TriageResult | undefined;
  check(copy: string): CheckReport | undefined;
  /** Every search body a copy's triages and check sent, as JSON. */
  sent(copy: string): string[];
}

/** The engine, recording every search body sent through it (`_msearch` lines and single searches). */
function recording(engine: SearchEngine, sent: string[]): SearchEngine {
  return new Proxy(engine, {
    get(target, property, receiver) {
      if (property === 'msearch') return (request: MsearchRequest, options?: RequestOptions) => (sent.push(...request.searches.map((s) => JSON.stringify(s))), target.msearch(request, options));
      if (property === 'search') return (request: SearchRequest, options?: RequestOptions) => (sent.push(JSON.stringify(request.body ?? {})), target.search(request, options));
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** The incidents' cases and the calm service's, for 404 (and 403 when `calm403`). */
export function casesOf(incidents: readonly CauseId[], calm403 = false): Case[] {
  return [...incidents.map((id) => ({ service: serviceOf(id), status: INCIDENT_STATUS[id] })), ...(calm403 ? [{ service: CALM, status: 403 as const }] : []), { service: CALM, status: 404 }];
}

/** Registers the loading and the runs in the calling `describe`; read the answers in its tests. */
export function useTrafficCopies(prefix: string, incidents: readonly CauseId[], cases: readonly Case[], copies: readonly TrafficCopy[]): TrafficCopies {
  let client: SearchEngine;
  let base: string;
  const results = new Map<string, TriageResult>();
  const checks = new Map<string, CheckReport>();
  const bodies = new Map<string, string[]>();
  const indexOf = (copy: string): string => `${base}-${copies.find((c) => c.copy === copy)?.of ?? copy}`;
  const configFor = (copy: string): Config => loadConfig({ ...testEngineEnv(), ELASTICSEARCH_INDEX: indexOf(copy), ELASTICSEARCH_TIMEOUT: '30s' });
  const key = (copy: string, c: Case): string => `${copy}:${c.service}:${c.status}`;

  beforeAll(async () => {
    client = testClient();
    base = uniqueIndexName(prefix);
    const specs: IncidentSpec[] = incidents.map((id) => ({ id, service: serviceOf(id), from: FROM, to: END }));
    const docs = [...generateDataset({ end: END, days: 3, ratePerMinute: 1, services: [...specs.map((s) => s.service), CALM], incidents: specs, withReason: false })];
    for (const { copy, shape, alter, only, mappings, of, resolved } of copies) {
      if (of === undefined) {
        const index = `${base}-${copy}`;
        await client.createIndex(mappings ? { index, mappings } : { index });
        const kept = only ? docs.filter((doc) => only.includes(String(doc['service.name']))) : docs;
        const reshaped = kept.map((doc, i) => reshape(doc, shape, i));
        await bulkLoad(client, index, alter ? reshaped.map(alter) : reshaped);
      }
      const config = configFor(copy);
      const sent: string[] = [];
      bodies.set(copy, sent);
      const engine = recording(client, sent);
      const discovery = resolved ? changedDiscovery(discoveryFor(engine, config), resolved) : undefined;
      const triage = createTriageService({ client: engine, config, logger: createLogger({ level: 'silent' }), ...(discovery ? { discovery } : {}) });
      for (const c of cases.filter((x) => !only || only.includes(x.service))) {
        // Each case is asked by the name its shape logs, as people would ask.
        results.set(key(copy, c), await triage.triage({ status: c.status, service: loggedServiceName(shape, c.service), window: '1h', environment: null, at: END }));
      }
      checks.set(copy, await createCheckService({ client: engine, config, now: () => END, ...(discovery ? { discovery } : {}) }).check());
    }
  }, 300_000);

  afterAll(async () => {
    await client.deleteIndex(`${base}-*`);
    await client.close();
  });

  return {
    client: () => client,
    configFor,
    result: (copy, c) => results.get(key(copy, c)),
    check: (copy) => checks.get(copy),
    sent: (copy) => bodies.get(copy) ?? [],
  };
}
