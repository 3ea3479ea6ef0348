import type { Client } from '@elastic/elasticsearch';
import type { Config } from '../src/config';
import type { Logger } from '../src/logging';
import { AlertPoster, createWatcher, Watcher } from '../src/services/watch';
import { createTriageService } from '../src/services/triage';
import type { LoadedDataset } from './datasets';
import type { RequestLog } from './instrument';
import { median, p95, round, timed } from './stats';
import { elasticsearchEngine } from '../src/elasticsearch/engines/elastic';

/**
 * Watcher cost: one detection tick for 10, 100 and 1,000 watched services, requests counted on the wire;
 * and the same with the hot service among the watched ones, over the hot and watch indices together.
 * No ALERT_CHANNEL is set, so spikes are detected and skipped: the tick is the detection alone, which is
 * what runs every WATCH_INTERVAL (posting an alert happens once per incident, not per tick).
 */

export interface TickSize {
  watched: number;
  /** Of the watched names, how many have logs in the index. */
  withLogs: number;
  /** Requests per tick once the state index is known (max over the timed ticks). */
  requests: number;
  /** Requests of the watcher's very first tick (it checks for its state index once). */
  firstTickRequests: number;
  /** The very first tick's time: it has not yet learnt which services are busy. */
  firstTickMs: number;
  medianMs: number;
  p95Ms: number;
  /** Service × status pairs measured per tick. */
  checked: number;
  spikes: number;
}

export interface WatchBenchResult {
  index: string;
  docs: number;
  services: number;
  ticks: number;
  sizes: TickSize[];
}

const silentPoster: AlertPoster = {
  post: () => Promise.reject(new Error('the benchmark never posts')),
  resolve: () => Promise.resolve(),
};

export interface WatchBenchDeps {
  client: Client;
  log: RequestLog;
  config: Config;
  logger: Logger;
  dataset: LoadedDataset;
  stateIndex: string;
  /** Watched-service counts; a count above the services in the index is filled with names that have no logs. */
  sizes: readonly number[];
  ticks: number;
  /** Untimed ticks of every watcher before the timed ones (see `BenchOptions.warmTicks`). */
  warmTicks: number;
  say: (line: string) => void;
}

/** One watched set: which services, over which index target. */
interface WatchedSet {
  index: string;
  names: string[];
  /** Of the names, how many have logs in the target. */
  withLogs: number;
}

interface TickDeps {
  client: Client;
  log: RequestLog;
  config: Config;
  logger: Logger;
  stateIndex: string;
  /** The clock of every tick: the end of the data, plus `clockStepMs` more for each tick taken (0: always the end). */
  end: Date;
  clockStepMs: number;
  ticks: number;
  warmTicks: number;
}

/**
 * One watcher per set, a first tick (it learns its state index and which services are busy), untimed ticks
 * until the node is warm, then the timed ones; the sets take turns throughout, so that drift on a shared
 * machine falls on all of them alike. With a clock step, no two ticks search the same time ranges, as in
 * production where every tick's window has moved: the warm-up cannot hand a timed tick its answers.
 */
async function measureTicks(deps: TickDeps, sets: readonly WatchedSet[]): Promise<TickSize[]> {
  const { log } = deps;
  let taken = 0;
  const now = (): Date => new Date(deps.end.getTime() + taken * deps.clockStepMs);
  const tick = async (watcher: Watcher): Promise<{ ms: number; value: Awaited<ReturnType<Watcher['tick']>> }> => {
    taken++;
    return timed(() => watcher.tick());
  };
  await deps.client.indices.delete({ index: deps.stateIndex, ignore_unavailable: true });
  const watchers: Array<WatchedSet & { watcher: Watcher; firstTick: number; firstTickMs: number; ms: number[]; requests: number; checked: number; spikes: number }> = [];
  // One engine for every watcher: each engine listens to the client's answers once.
  const engine = elasticsearchEngine(deps.client);
  for (const set of sets) {
    const config: Config = {
      ...deps.config,
      elasticsearch: { ...deps.config.elasticsearch, index: set.index, stateIndex: deps.stateIndex },
      watch: { ...deps.config.watch, services: set.names, alertChannel: undefined },
    };
    const triage = createTriageService({ client: engine, config, logger: deps.logger, now });
    const watcher = createWatcher({ client: engine, config, logger: deps.logger, triage, poster: silentPoster, now });
    log.reset();
    const first = await tick(watcher);
    watchers.push({ ...set, watcher, firstTick: log.count(), firstTickMs: first.ms, ms: [], requests: 0, checked: 0, spikes: 0 });
  }
  for (let i = 0; i < deps.warmTicks; i++) {
    for (const w of watchers) await tick(w.watcher);
  }
  for (let i = 0; i < deps.ticks; i++) {
    for (const w of watchers) {
      log.reset();
      const { ms, value } = await tick(w.watcher);
      w.ms.push(ms);
      w.requests = Math.max(w.requests, log.count());
      w.checked = value.checked;
      w.spikes = value.spikes.length;
    }
  }
  await deps.client.indices.delete({ index: deps.stateIndex, ignore_unavailable: true });
  return watchers.map(
    (w): TickSize => ({
      watched: w.names.length,
      withLogs: w.withLogs,
      requests: w.requests,
      firstTickRequests: w.firstTick,
      firstTickMs: round(w.firstTickMs),
      medianMs: round(median(w.ms)),
      p95Ms: round(p95(w.ms)),
      checked: w.checked,
      spikes: w.spikes,
    }),
  );
}

export async function benchWatch(deps: WatchBenchDeps): Promise<WatchBenchResult> {
  const { dataset } = deps;
  const sets = deps.sizes.map((size): WatchedSet => {
    const real = dataset.serviceNames.slice(0, size);
    const absent = Array.from({ length: size - real.length }, (_, i) => `no-logs-service-${i + 1}`);
    return { index: dataset.spec.index, names: [...real, ...absent], withLogs: real.length };
  });
  const sizes = await measureTicks({ ...deps, end: new Date(dataset.spec.end), clockStepMs: 0 }, sets);
  for (const s of sizes) {
    deps.say(`  ${dataset.spec.index}: ${s.watched} watched (${s.withLogs} with logs): ${s.medianMs} ms (p95 ${s.p95Ms}), ${s.requests} request(s) per tick, ${s.spikes} spikes`);
  }
  return { index: dataset.spec.index, docs: dataset.count, services: dataset.spec.services, ticks: deps.ticks, sizes };
}

export interface HotTickResult {
  /** The index target: the watch and hot data sets together, as one comma-separated ELASTICSEARCH_INDEX. */
  index: string;
  hotService: string;
  /** The hot service's requests over the data set's days. */
  hotDocs: number;
  ticks: number;
  /** How far the watcher's clock moves per tick (ms). */
  clockStepMs: number;
  /** 10 ordinary services of the watch data set, over the same target: what the hot tick is held against. */
  ordinary: TickSize;
  /** The hot service and 9 ordinary ones. */
  hot10: TickSize;
  /** The hot service and 999 ordinary ones. */
  hot1000: TickSize;
  /** hot1000 ÷ hot10 (medians). */
  ratio1000vs10: number;
  /** hot10 ÷ ordinary (medians). */
  hotVsOrdinary: number;
}

export interface HotTickDeps extends Omit<WatchBenchDeps, 'dataset' | 'sizes'> {
  watchData: LoadedDataset;
  hot: LoadedDataset;
  /** Default 100 ms: every tick searches new time ranges, as in production. */
  clockStepMs?: number;
}

/**
 * The tick with a hot service among the watched ones: 10 and 1,000 services including the hot one, and
 * 10 ordinary ones beside them, all over the hot and watch indices together, taking turns in one loop.
 */
export async function benchWatchHot(deps: HotTickDeps): Promise<HotTickResult> {
  const hotService = deps.hot.spec.hot?.service;
  if (hotService === undefined) throw new Error(`${deps.hot.spec.index} has no hot service`);
  const index = `${deps.watchData.spec.index},${deps.hot.spec.index}`;
  const others = deps.watchData.serviceNames.filter((name) => name !== hotService);
  const set = (names: string[]): WatchedSet => ({ index, names, withLogs: names.length });
  const clockStepMs = deps.clockStepMs ?? 100;
  const [ordinary, hot10, hot1000] = (await measureTicks({ ...deps, end: new Date(deps.hot.spec.end), clockStepMs }, [
    set(others.slice(0, 10)),
    set([hotService, ...others.slice(0, 9)]),
    set([hotService, ...others.slice(0, 999)]),
  ])) as [TickSize, TickSize, TickSize];
  const result: HotTickResult = {
    index,
    hotService,
    hotDocs: deps.hot.spec.hot?.docs ?? 0,
    ticks: deps.ticks,
    clockStepMs,
    ordinary,
    hot10,
    hot1000,
    ratio1000vs10: round(hot1000.medianMs / hot10.medianMs, 2),
    hotVsOrdinary: round(hot10.medianMs / ordinary.medianMs, 2),
  };
  for (const [label, s] of [['10 ordinary', ordinary], [`${hotService} + 9`, hot10], [`${hotService} + 999`, hot1000]] as const) {
    deps.say(`  ${index}, ${label}: ${s.medianMs} ms (p95 ${s.p95Ms}; first tick ${s.firstTickMs} ms), ${s.requests} request(s) per tick, ${s.spikes} spikes`);
  }
  return result;
}
