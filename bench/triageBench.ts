import type { Client } from '@elastic/elasticsearch';
import type { Config } from '../src/config';
import type { TriageResult, TriageStatus } from '../src/domain/types';
import type { WindowName } from '../src/domain/window';
import type { Logger } from '../src/logging';
import { createTriageService } from '../src/services/triage';
import type { TriageRequest } from '../src/services/types';
import type { LoadedDataset } from './datasets';
import type { RequestLog, SentRequest } from './instrument';
import { median, p95, round, timed } from './stats';
import { elasticsearchEngine } from '../src/elasticsearch/engines/elastic';

/**
 * Triage cost: the triage service end to end (queries, parsing, classification, guidance) against the
 * floor, the very same `_msearch` requests sent with the client and nothing else. Runs alternate which
 * goes first, and each triage run is paired with the floor run next to it.
 */

export interface TriageCase {
  label: string;
  status: TriageStatus;
  service: string;
  window: WindowName;
}

export interface CaseResult extends TriageCase {
  /** Target-status documents in the window. */
  total: number;
  topCause: string | null;
  triageMedianMs: number;
  triageP95Ms: number;
  floorMedianMs: number;
  floorP95Ms: number;
  /** Median triage ÷ median floor. */
  ratio: number;
  /** Round trips counted on the wire for one triage (max over the runs). */
  requests: number;
  /** What the triage itself reports (`elasticsearchRequests`). */
  reportedRequests: number;
  /** The floor's requests were byte for byte the triage's (checked once per case). */
  identical: boolean;
}

export interface TriageBenchResult {
  index: string;
  docs: number;
  runs: number;
  cases: CaseResult[];
  /** Median over every run of every case of (triage run ÷ its paired floor run). */
  ratio: number;
  ratioP95: number;
  triageMedianMs: number;
  triageP95Ms: number;
  floorMedianMs: number;
  floorP95Ms: number;
  maxRequests: number;
}

export function triageCases(dataset: LoadedDataset): TriageCase[] {
  const incidents = dataset.spec.incidents;
  const taken = new Set(incidents.map((i) => i.service));
  const calm = dataset.serviceNames.filter((n) => !taken.has(n));
  const first = incidents[0];
  const cases: TriageCase[] = incidents.map((i) => ({ label: i.id, status: i.status, service: i.service, window: '1h' }));
  if (calm[0]) cases.push({ label: 'calm service', status: 404, service: calm[0], window: '1h' });
  if (calm[1]) cases.push({ label: 'calm service', status: 403, service: calm[1], window: '1h' });
  if (first) cases.push({ label: `${first.id}, 24h window`, status: first.status, service: first.service, window: '24h' });
  // A misspelt name: nothing in the window, so round two lists the services with logs (for "did you mean").
  cases.push({ label: 'unknown service (typo)', status: 404, service: `${(calm[0] ?? 'checkout-api').slice(0, -1)}x`, window: '1h' });
  return cases;
}

/**
 * The floor: the requests one triage sent, replayed byte for byte with the client's transport (the same
 * connection pool, timeout and response parsing), one after another, and nothing else.
 */
function replay(client: Client, sent: readonly SentRequest[], timeoutMs: number): () => Promise<void> {
  return async () => {
    for (const request of sent) {
      await client.transport.request(
        { method: request.method, path: request.path, bulkBody: request.body, querystring: Object.fromEntries(new URLSearchParams(request.querystring)) },
        { requestTimeout: timeoutMs, maxRetries: 0 },
      );
    }
  };
}

export interface TriageBenchDeps {
  client: Client;
  log: RequestLog;
  config: Config;
  logger: Logger;
  dataset: LoadedDataset;
  runs: number;
  warmup: number;
  say: (line: string) => void;
}

export async function benchTriage(deps: TriageBenchDeps): Promise<TriageBenchResult> {
  const { client, log, config, dataset } = deps;
  const end = new Date(dataset.spec.end);
  const index = dataset.spec.index;
  const caseConfig: Config = { ...config, elasticsearch: { ...config.elasticsearch, index } };
  const triage = createTriageService({ client: elasticsearchEngine(client), config: caseConfig, logger: deps.logger, now: () => end });

  const cases: CaseResult[] = [];
  const pairedRatios: number[] = [];
  const allTriage: number[] = [];
  const allFloor: number[] = [];
  interface Prepared {
    c: TriageCase;
    request: TriageRequest;
    floor: () => Promise<void>;
    first: TriageResult;
    identical: boolean;
  }
  const prepared: Prepared[] = [];
  for (const c of triageCases(dataset)) {
    const request: TriageRequest = { status: c.status, service: c.service, window: c.window, environment: null, at: end };
    log.reset();
    const first = await triage.triage(request);
    const triageSent = [...log.sent()];
    const floor = replay(client, triageSent, config.elasticsearch.timeoutMs);
    log.reset();
    await floor();
    const identical = JSON.stringify(triageSent) === JSON.stringify(log.sent());
    if (!identical) deps.say(`  warning: the floor for ${c.label} does not send what the triage sends`);
    prepared.push({ c, request, floor, first, identical });
  }
  // Warm-up over every case first: the JIT, the client's connections and Elasticsearch's caches are then
  // as warm for the first case timed as for the last.
  for (let i = 0; i < deps.warmup; i++) {
    for (const p of prepared) {
      await triage.triage(p.request);
      await p.floor();
    }
  }

  for (const { c, request, floor, first, identical } of prepared) {
    const triageMs: number[] = [];
    const floorMs: number[] = [];
    let requests = 0;
    let reported = 0;
    for (let i = 0; i < deps.runs; i++) {
      const runTriage = async (): Promise<number> => {
        log.reset();
        const { ms, value } = await timed(() => triage.triage(request));
        requests = Math.max(requests, log.count());
        reported = Math.max(reported, value.elasticsearchRequests);
        return ms;
      };
      const runFloor = async (): Promise<number> => (await timed(floor)).ms;
      let t: number;
      let f: number;
      if (i % 2 === 0) {
        t = await runTriage();
        f = await runFloor();
      } else {
        f = await runFloor();
        t = await runTriage();
      }
      triageMs.push(t);
      floorMs.push(f);
      pairedRatios.push(t / f);
    }
    allTriage.push(...triageMs);
    allFloor.push(...floorMs);
    const result: CaseResult = {
      ...c,
      total: first.total,
      topCause: first.causes[0]?.id ?? null,
      triageMedianMs: round(median(triageMs)),
      triageP95Ms: round(p95(triageMs)),
      floorMedianMs: round(median(floorMs)),
      floorP95Ms: round(p95(floorMs)),
      ratio: round(median(triageMs) / median(floorMs), 2),
      requests,
      reportedRequests: reported,
      identical,
    };
    cases.push(result);
    deps.say(
      `  ${c.status} ${c.service} ${c.window} (${c.label}): triage ${result.triageMedianMs} ms (p95 ${result.triageP95Ms}), floor ${result.floorMedianMs} ms (p95 ${result.floorP95Ms}), ×${result.ratio}, ${requests} round trips, top cause ${result.topCause ?? 'none'}`,
    );
  }
  return {
    index,
    docs: dataset.count,
    runs: deps.runs,
    cases,
    ratio: round(median(pairedRatios), 3),
    ratioP95: round(p95(pairedRatios), 3),
    triageMedianMs: round(median(allTriage)),
    triageP95Ms: round(p95(allTriage)),
    floorMedianMs: round(median(allFloor)),
    floorP95Ms: round(p95(allFloor)),
    maxRequests: Math.max(...cases.map((c) => c.requests)),
  };
}
