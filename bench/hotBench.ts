import type { Client } from '@elastic/elasticsearch';
import type { Config } from '../src/config';
import type { TriageRequest } from '../src/services/types';
import type { Logger } from '../src/logging';
import { createTriageService } from '../src/services/triage';
import { elasticsearchEngine } from '../src/elasticsearch/engines/elastic';
import type { LoadedDataset } from './datasets';
import type { RequestLog } from './instrument';
import { median, p95, round, timed } from './stats';

/**
 * A hot service: triage on one service logging millions of requests a day, timed in the same loop as a
 * triage of the same cause on an ordinary service of the main data set (runs alternate which goes first,
 * so the machine's noise falls on both), and its answer compared with an exact (unsampled) triage.
 */

export interface HotBenchResult {
  index: string;
  service: string;
  /** Documents of the hot service alone. */
  serviceDocs: number;
  status: number;
  window: string;
  total: number;
  topCause: string | null;
  /** The same triage with sampling off (TRIAGE_SAMPLING=off). */
  exactTopCause: string | null;
  exactCauses: string[];
  causes: string[];
  topCauseAgrees: boolean;
  hotMedianMs: number;
  hotP95Ms: number;
  /** The exact triage's time, once (for scale: what sampling saves). */
  exactMs: number;
  /** The first sampled triage, once: no window count kept yet, so round one draws by a seeded hash. */
  firstMs: number;
  ordinaryService: string;
  ordinaryMedianMs: number;
  ordinaryP95Ms: number;
  /** Median hot ÷ median ordinary. */
  ratio: number;
  requests: number;
  /** random_sampler probabilities found in a timed hot triage's requests (a count kept from the one before). */
  probabilities: number[];
  runs: number;
}

export interface HotBenchDeps {
  client: Client;
  log: RequestLog;
  config: Config;
  logger: Logger;
  hot: LoadedDataset;
  main: LoadedDataset;
  runs: number;
  warmup: number;
  say: (line: string) => void;
}

function requestFor(dataset: LoadedDataset): TriageRequest & { status: 403 | 404 } {
  const incident = dataset.spec.incidents[0];
  if (!incident) throw new Error(`${dataset.spec.index} has no incident to triage`);
  return { status: incident.status, service: incident.service, window: '1h', environment: null, at: new Date(dataset.spec.end) };
}

export async function benchHot(deps: HotBenchDeps): Promise<HotBenchResult> {
  const { client, log, config, hot, main } = deps;
  const forIndex = (index: string, sampling: Config['triageSampling']): Config => ({ ...config, elasticsearch: { ...config.elasticsearch, index }, triageSampling: sampling });
  // One engine for every triage service: each engine listens to the client's answers once.
  const engine = elasticsearchEngine(client);
  const service = (c: Config, end: string) => createTriageService({ client: engine, config: c, logger: deps.logger, now: () => new Date(end) });
  const hotTriage = service(forIndex(hot.spec.index, config.triageSampling), hot.spec.end);
  // Exact on 20 M documents takes long: it is timed once, for scale, with room to finish.
  const exactConfig = forIndex(hot.spec.index, null);
  const exactTriage = service({ ...exactConfig, elasticsearch: { ...exactConfig.elasticsearch, timeoutMs: 300_000 } }, hot.spec.end);
  const mainTriage = service(forIndex(main.spec.index, config.triageSampling), main.spec.end);
  const hotRequest = requestFor(hot);
  const mainRequest = requestFor(main);
  const serviceDocs = (await client.count({ index: hot.spec.index, query: { term: { [config.fields.service]: hotRequest.service } } })).count;

  const exact = await timed(() => exactTriage.triage(hotRequest));
  const first = await timed(() => hotTriage.triage(hotRequest));
  const sampledAt = (): number[] => [...log.sent().map((r) => r.body).join('\n').matchAll(/"random_sampler":\{"probability":([0-9.e-]+)/g)].map((m) => Number(m[1]));
  let probabilities: number[] = [];
  let warm = first.value;
  for (let i = 0; i < deps.warmup; i++) {
    await hotTriage.triage(hotRequest);
    await mainTriage.triage(mainRequest);
  }
  const hotMs: number[] = [];
  const mainMs: number[] = [];
  let requests = 0;
  for (let i = 0; i < deps.runs; i++) {
    const runHot = async (): Promise<void> => {
      log.reset();
      const run = await timed(() => hotTriage.triage(hotRequest));
      hotMs.push(run.ms);
      warm = run.value;
      requests = Math.max(requests, log.count());
      probabilities = sampledAt();
    };
    const runMain = async (): Promise<void> => void mainMs.push((await timed(() => mainTriage.triage(mainRequest))).ms);
    if (i % 2 === 0) {
      await runHot();
      await runMain();
    } else {
      await runMain();
      await runHot();
    }
  }
  const ids = (causes: ReadonlyArray<{ id: string }>): string[] => causes.map((c) => c.id);
  const result: HotBenchResult = {
    index: hot.spec.index,
    service: hotRequest.service,
    serviceDocs,
    status: hotRequest.status,
    window: '1h',
    total: warm.total,
    topCause: warm.causes[0]?.id ?? null,
    exactTopCause: exact.value.causes[0]?.id ?? null,
    causes: ids(warm.causes),
    exactCauses: ids(exact.value.causes),
    // Both draws: the first triage's (seeded hash) and the timed ones' (random_sampler from the count kept).
    topCauseAgrees: [first.value, warm].every((r) => (r.causes[0]?.id ?? null) === (exact.value.causes[0]?.id ?? null)),
    hotMedianMs: round(median(hotMs)),
    hotP95Ms: round(p95(hotMs)),
    exactMs: round(exact.ms),
    firstMs: round(first.ms),
    ordinaryService: mainRequest.service,
    ordinaryMedianMs: round(median(mainMs)),
    ordinaryP95Ms: round(p95(mainMs)),
    ratio: round(median(hotMs) / median(mainMs), 2),
    requests,
    probabilities,
    runs: deps.runs,
  };
  deps.say(
    `  ${result.status} ${result.service} (${serviceDocs.toLocaleString('en-US')} docs): triage ${result.hotMedianMs} ms (p95 ${result.hotP95Ms}; first, no count kept, ${result.firstMs} ms; exact ${result.exactMs} ms) vs ${result.ordinaryService} on the main data set ${result.ordinaryMedianMs} ms: ×${result.ratio}, ${requests} round trips, top cause ${result.topCause ?? 'none'} (exact: ${result.exactTopCause ?? 'none'}), sampled at ${probabilities.join(', ') || 'nothing'}`,
  );
  return result;
}
