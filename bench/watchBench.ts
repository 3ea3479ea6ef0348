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
 * Watcher cost: one detection tick for 10, 100 and 1,000 watched services, requests counted on the wire.
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
  say: (line: string) => void;
}

export async function benchWatch(deps: WatchBenchDeps): Promise<WatchBenchResult> {
  const { client, log, dataset } = deps;
  const end = new Date(dataset.spec.end);
  await client.indices.delete({ index: deps.stateIndex, ignore_unavailable: true });
  const watchers: Array<{ size: number; withLogs: number; watcher: Watcher; firstTick: number; ms: number[]; requests: number; checked: number; spikes: number }> = [];
  for (const size of deps.sizes) {
    const real = dataset.serviceNames.slice(0, size);
    const absent = Array.from({ length: size - real.length }, (_, i) => `no-logs-service-${i + 1}`);
    const config: Config = {
      ...deps.config,
      elasticsearch: { ...deps.config.elasticsearch, index: dataset.spec.index, stateIndex: deps.stateIndex },
      watch: { ...deps.config.watch, services: [...real, ...absent], alertChannel: undefined },
    };
    const engine = elasticsearchEngine(client);
    const triage = createTriageService({ client: engine, config, logger: deps.logger, now: () => end });
    const watcher = createWatcher({ client: engine, config, logger: deps.logger, triage, poster: silentPoster, now: () => end });
    log.reset();
    await watcher.tick();
    watchers.push({ size, withLogs: real.length, watcher, firstTick: log.count(), ms: [], requests: 0, checked: 0, spikes: 0 });
  }
  // Warm-up, then the sizes take turns so that drift on a shared machine falls on all of them alike.
  for (const w of watchers) await w.watcher.tick();
  for (let i = 0; i < deps.ticks; i++) {
    for (const w of watchers) {
      log.reset();
      const { ms, value } = await timed(() => w.watcher.tick());
      w.ms.push(ms);
      w.requests = Math.max(w.requests, log.count());
      w.checked = value.checked;
      w.spikes = value.spikes.length;
    }
  }
  const sizes = watchers.map(
    (w): TickSize => ({
      watched: w.size,
      withLogs: w.withLogs,
      requests: w.requests,
      firstTickRequests: w.firstTick,
      medianMs: round(median(w.ms)),
      p95Ms: round(p95(w.ms)),
      checked: w.checked,
      spikes: w.spikes,
    }),
  );
  for (const s of sizes) {
    deps.say(`  ${dataset.spec.index}: ${s.watched} watched (${s.withLogs} with logs): ${s.medianMs} ms (p95 ${s.p95Ms}), ${s.requests} request(s) per tick, ${s.spikes} spikes`);
  }
  await client.indices.delete({ index: deps.stateIndex, ignore_unavailable: true });
  return { index: dataset.spec.index, docs: dataset.count, services: dataset.spec.services, ticks: deps.ticks, sizes };
}
