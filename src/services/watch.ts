import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { SearchEngine } from '../elasticsearch/engine';
import type { Config } from '../config';
import { nextStep } from '../domain/alerts/lifecycle';
import { byConcern, measuresToHandle } from '../domain/alerts/tick';
import { PresenceMemory, rememberFirsts, trustedFirsts } from '../domain/presenceMemory';
import { isMuted, measureSpike, MuteRule, SpikeMeasure, SpikeThresholds, thresholdsFrom } from '../domain/spike';
import type { Cause, TriageStatus } from '../domain/types';
import { coveringWindow } from '../domain/window';
import { AppError, describeError, ErrorCode } from '../errors';
import { AlertDoc, alertId, AlertState, AlertStore, createAlertStore, MuteDoc, muteId, StateSnapshot, Versioned } from '../elasticsearch/alertState';
import { clusterLocation } from '../elasticsearch/errors';
import { discoveryFor, FieldDiscovery, withRediscovery } from '../elasticsearch/fieldDiscovery';
import type { FieldResolution } from '../elasticsearch/fieldResolution';
import { isPartial } from '../elasticsearch/responses';
import { watchAnswers, watchBodies, WatchCountsRead, WatchPlan, watchCounts, watchedServices, watchSearch } from '../elasticsearch/watchQueries';
import type { Logger } from '../logging';
import { AlertExecutor, createAlertExecutor, stateOf } from './alertExecutor';
import type { TriageService } from './types';
import { createTickLoop } from './watchLoop';
import type { AlertPoster, TickReport } from './watchTypes';

/**
 * The watcher, in the stages alerting systems that last are split into:
 *
 * 1. detection: every `WATCH_INTERVAL`, ONE request (a few searches in one `_msearch`) measures every
 *    watched service and status and reads the alert state in the same round trip (elasticsearch/watchQueries,
 *    domain/spike);
 * 2. silencing and deduplication: the lifecycle decides, per service and status, from the measure, the
 *    stored incident, the mutes and the time, whether to fire, hold, resolve, note or take over
 *    (domain/alerts/lifecycle, pure);
 * 3. notification: the executor claims each transition with a conditional write, and only the replica
 *    that won talks to Slack, then records it (services/alertExecutor).
 *
 * This file wires them together and offers mutes, acknowledgements and the state listing.
 */

export type { Alert, AlertPoster, AlertState, FollowUp, IncidentRef, SkipReason, TickReport } from './watchTypes';

/** The smallest triage window covering the watch window. */
export const triageWindowFor = coveringWindow;

export interface WatchOptions {
  /** Owner name written in leases (logs and debugging); default host-pid-random. */
  instanceId?: string;
  /** How long a claim protects unfinished Slack work before another replica may take it over. */
  leaseMs?: number;
  /** Minimum spacing between this watcher's Slack calls (Slack allows about one message per second per channel). */
  postGapMs?: number;
  /** Longest wait between ticks while Elasticsearch keeps failing. */
  maxBackoffMs?: number;
  /** Causes carried by an alert. */
  topCauses?: number;
  thresholds?: Partial<SpikeThresholds>;
}

export interface WatcherDeps {
  client: SearchEngine;
  config: Config;
  logger: Logger;
  triage: TriageService;
  poster: AlertPoster;
  now?: () => Date;
  options?: WatchOptions;
  /** Which field serves each role; serve shares one with triage. Default: built from config. */
  discovery?: FieldDiscovery;
}

export interface MuteState {
  service: string;
  /** null: every status. */
  status: TriageStatus | null;
  until: string;
  by: string;
  createdAt: string;
}

export interface WatchStateList {
  firing: AlertState[];
  muted: MuteState[];
  /** Resolved in the last 24 hours, newest first. */
  resolved: AlertState[];
}

export interface Watcher {
  /** One detection and its transitions. Throws when Elasticsearch cannot be read; Slack failures land in `errors`. */
  tick(): Promise<TickReport>;
  /** Ticks every `WATCH_INTERVAL` until stopped; failures are logged and retried with backoff, never thrown. */
  start(): void;
  /** Stops the loop and waits for a tick in flight. */
  stop(): Promise<void>;
  mute(service: string, status: TriageStatus | null, durationMs: number, by: string): Promise<MuteState>;
  /** `status` null removes every mute of the service. */
  unmute(service: string, status: TriageStatus | null): Promise<{ removed: number; remaining: MuteState[] }>;
  /** Marks the firing incident acknowledged (no more "worsened" notes); null when nothing is firing. */
  acknowledge(service: string, status: TriageStatus, by: string): Promise<AlertState | null>;
  listState(): Promise<WatchStateList>;
}

const DAY_MS = 86_400_000;

/** WATCH_SERVICES names nothing: there is nothing to measure. */
function watchesNothing(services: string[] | 'all'): boolean {
  return services !== 'all' && services.length === 0;
}

function planFor(config: Config, services: string[] | 'all', resolution: FieldResolution, nowMs: number, readAlone: readonly string[] = [], knownFirsts?: ReadonlyMap<string, number>): WatchPlan {
  return {
    services,
    statuses: config.watch.statuses,
    to: nowMs,
    windowMs: config.watch.windowMs,
    fields: resolution.fields,
    singleService: resolution.singleService,
    statusKind: resolution.statusKind,
    regexps: resolution.expensiveQueries !== false,
    readAlone,
    knownFirsts,
  };
}

function storeFor(client: SearchEngine, config: Config): AlertStore {
  return createAlertStore({ client, index: config.elasticsearch.stateIndex, location: clusterLocation(config.elasticsearch), timeoutMs: config.elasticsearch.timeoutMs });
}

function muteRules(snapshot: StateSnapshot): MuteRule[] {
  return snapshot.mutes.map((m) => ({ service: m.doc.service, status: m.doc.status, untilMs: Date.parse(m.doc.until) }));
}

interface Detection {
  read: WatchCountsRead;
  /** Some of the data did not answer (shard failures, timeouts): counts may be low. */
  partial: boolean;
  snapshot: StateSnapshot;
}

/** The tick's searches and the stored state, in one request. */
async function detect(store: AlertStore, index: string, plan: WatchPlan): Promise<Detection> {
  const search = watchSearch(plan);
  const { responses, snapshot } = await store.snapshotWith({ index, bodies: watchBodies(search) });
  return { read: watchCounts(watchAnswers(search, responses), plan), partial: responses.some(isPartial), snapshot };
}

function measuresOf(read: WatchCountsRead, plan: WatchPlan, thresholds: SpikeThresholds): { measures: SpikeMeasure[]; truncated: boolean } {
  return { measures: read.counts.map((c) => measureSpike(c, plan.windowMs, thresholds)), truncated: read.truncated };
}

function toMuteState(doc: MuteDoc): MuteState {
  return { service: doc.service, status: doc.status, until: doc.until, by: doc.by, createdAt: doc.createdAt };
}

function emptyReport(nowMs: number): TickReport {
  return { at: new Date(nowMs).toISOString(), durationMs: 0, checked: 0, spikes: [], posted: [], resolved: [], notes: [], skipped: [], errors: [], truncated: false };
}

interface TickDeps {
  config: Config;
  store: AlertStore;
  discovery: FieldDiscovery;
  executor: AlertExecutor;
  thresholds: SpikeThresholds;
  log: Logger;
  now: () => Date;
}

/** One tick: detection, then the lifecycle's step for each measure, carried out worst first. */
function createTick(deps: TickDeps): () => Promise<TickReport> {
  const { config, store, executor, log } = deps;
  const channel = config.watch.alertChannel ?? null;
  const services = watchedServices(config.watch.services);
  let warnedNoServices = false;
  // Services found busy by the last tick: read alone, they cost this tick what a quiet one does.
  let readAlone: readonly string[] = [];
  // Services' first documents around the baseline days, read by earlier ticks: not read again for an hour.
  let presence: PresenceMemory = new Map();
  return async function runTick() {
    const started = Date.now();
    const nowMs = deps.now().getTime();
    const report = emptyReport(nowMs);
    if (watchesNothing(services)) {
      if (!warnedNoServices) log.warn('WATCH_SERVICES is empty: nothing to watch (name services, or * for all)');
      warnedNoServices = true;
      return report;
    }
    const planNow = async (): Promise<WatchPlan> => planFor(config, services, await deps.discovery.require(), nowMs, readAlone, trustedFirsts(presence, nowMs));
    let plan = await planNow();
    await store.ensureIndex();
    // A regexp refused where discovery believed the cluster ran it (the setting changed since its probe):
    // discovery looks again and the tick reads once more without it.
    const { read, partial, snapshot } = await withRediscovery(
      deps.discovery,
      () => detect(store, config.elasticsearch.index, plan),
      async () => {
        log.warn('the cluster refused a regexp query: looked at it again');
        plan = await planNow();
      },
    );
    readAlone = read.readAlone;
    // A search that answered in part may have missed a service's earliest documents: nothing is remembered from it.
    if (!partial) presence = rememberFirsts(presence, read.firsts, nowMs);
    if (snapshot.invalid > 0) log.warn({ invalid: snapshot.invalid, index: store.index }, 'state documents with an unexpected shape were ignored');
    const { measures, truncated } = measuresOf(read, plan, deps.thresholds);
    if (partial) log.warn('the detection search answered in part (shard failures): no incident is resolved on these counts');
    report.truncated = truncated;
    if (truncated) log.warn({ limit: plan.services }, 'more services have logs than one tick checks; the quietest are skipped');
    report.checked = measures.length;
    report.spikes = measures.filter((m) => m.spiking).sort(byConcern);

    const stored = new Map(snapshot.alerts.map((a) => [a.id, a]));
    const mutes = muteRules(snapshot);
    // One lease for every claim of this tick: its token tells this tick's claims from any earlier one.
    const lease = executor.lease(nowMs);
    // An incident whose service had no logs at all this time (only possible with `*`) is measured as silent.
    const silent = plan.services === 'all' && !truncated ? { statuses: plan.statuses, windowMs: plan.windowMs, thresholds: deps.thresholds } : null;
    for (const m of measuresToHandle(measures, snapshot.alerts.map((a) => a.doc), silent)) {
      const current: Versioned<AlertDoc> | null = stored.get(alertId(m.service, m.status)) ?? null;
      try {
        const step = nextStep({ measure: m, stored: current?.doc ?? null, mutes, nowMs, thresholds: deps.thresholds, channel, lease, partial, doneHere: current !== null && executor.doneHere(current) });
        await executor.apply(step, m, current, nowMs, report);
      } catch (error) {
        report.errors.push({ service: m.service, status: m.status, message: describeError(error) });
        log.error({ err: error, service: m.service, status: m.status }, 'alert transition failed; retried next tick');
      }
    }
    report.durationMs = Date.now() - started;
    log.debug({ checked: report.checked, spikes: report.spikes.length, posted: report.posted.length, resolved: report.resolved.length, ms: report.durationMs }, 'watch tick');
    return report;
  };
}

export function createWatcher(deps: WatcherDeps): Watcher {
  const { config } = deps;
  const now = deps.now ?? (() => new Date());
  const options = deps.options ?? {};
  const log = deps.logger.child({ subsystem: 'watcher' });
  const store = storeFor(deps.client, config);
  const thresholds = thresholdsFrom(config.watch, options.thresholds);
  const instanceId = options.instanceId ?? `${hostname()}-${process.pid}-${randomBytes(2).toString('hex')}`;
  const intervalMs = config.watch.intervalMs;
  const executor = createAlertExecutor({
    store,
    poster: deps.poster,
    triage: deps.triage,
    log,
    now,
    instanceId,
    leaseMs: options.leaseMs ?? Math.max(120_000, 2 * intervalMs),
    postGapMs: options.postGapMs ?? 1100,
    topCauses: options.topCauses ?? 3,
    channel: config.watch.alertChannel ?? null,
    windowMs: config.watch.windowMs,
  });
  const runTick = createTick({ config, store, discovery: deps.discovery ?? discoveryFor(deps.client, config), executor, thresholds, log, now });
  const loop = createTickLoop({ runTick, log, intervalMs, maxBackoffMs: options.maxBackoffMs ?? Math.max(intervalMs, 5 * 60_000) });
  return {
    tick: loop.tick,
    start() {
      if (loop.start()) log.info({ intervalMs, services: config.watch.services, statuses: config.watch.statuses, instanceId }, 'watcher started');
    },
    async stop() {
      await loop.stop();
      log.info({ instanceId }, 'watcher stopped');
    },
    ...stateCommands(store, now, log),
  };
}

type StateCommands = Pick<Watcher, 'mute' | 'unmute' | 'acknowledge' | 'listState'>;

/** What people do to the state from Slack: mute, unmute, acknowledge, list. */
function stateCommands(store: AlertStore, now: () => Date, log: Logger): StateCommands {
  async function activeMutes(service?: string): Promise<MuteState[]> {
    const nowMs = now().getTime();
    const snapshot = await store.snapshot();
    return snapshot.mutes
      .filter((m) => Date.parse(m.doc.until) > nowMs && (service === undefined || m.doc.service === service))
      .map((m) => toMuteState(m.doc))
      .sort((a, b) => a.service.localeCompare(b.service) || String(a.status).localeCompare(String(b.status)));
  }

  return {
    async mute(service, status, durationMs, by) {
      const name = service.trim();
      if (name.length === 0) throw new AppError(ErrorCode.BadInput, 'name the service to mute');
      if (!Number.isFinite(durationMs) || durationMs <= 0) throw new AppError(ErrorCode.BadInput, 'a mute needs a positive duration', { hint: 'e.g. 30m, 2h or 1d' });
      const nowMs = now().getTime();
      const doc: MuteDoc = { kind: 'mute', service: name, status, until: new Date(nowMs + durationMs).toISOString(), by, createdAt: new Date(nowMs).toISOString() };
      await store.ensureIndex();
      await store.putMute(doc);
      log.info({ service: name, status, until: doc.until, by }, 'muted');
      return toMuteState(doc);
    },

    async unmute(service, status) {
      const name = service.trim();
      const ids = status === null ? [muteId(name, null), muteId(name, 403), muteId(name, 404)] : [muteId(name, status)];
      const removed = await store.deleteMutes(ids);
      log.info({ service: name, status, removed }, 'unmuted');
      return { removed, remaining: await activeMutes(name) };
    },

    async acknowledge(service, status, by) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = await store.get(alertId(service, status));
        if (current === null || current.doc.phase !== 'firing') return null;
        const at = now().toISOString();
        const written = await store.replace(current, { ...current.doc, acknowledgedBy: by, acknowledgedAt: at, updatedAt: at });
        if (written !== null) return stateOf(written);
      }
      throw new AppError(ErrorCode.Internal, `could not record the acknowledgement of ${service} ${status}: it kept changing`, { hint: 'try again' });
    },

    async listState() {
      const nowMs = now().getTime();
      const snapshot = await store.snapshot();
      const alerts = snapshot.alerts.map(stateOf);
      return {
        firing: alerts.filter((a) => a.phase === 'firing').sort((a, b) => a.firedAt.localeCompare(b.firedAt)),
        muted: snapshot.mutes
          .filter((m) => Date.parse(m.doc.until) > nowMs)
          .map((m) => toMuteState(m.doc))
          .sort((a, b) => a.until.localeCompare(b.until)),
        resolved: alerts
          .filter((a) => a.phase === 'resolved' && a.resolvedAt !== null && nowMs - Date.parse(a.resolvedAt) < DAY_MS)
          .sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? '')),
      };
    },
  };
}

export type WatchOnceAlert = Pick<SpikeMeasure, 'service' | 'status' | 'count' | 'expected' | 'ratio' | 'changePct'> & { causes: Cause[] };

export interface WatchOnceDeps {
  client: SearchEngine;
  config: Config;
  logger: Logger;
  triage: TriageService;
  now?: () => Date;
  thresholds?: Partial<SpikeThresholds>;
  discovery?: FieldDiscovery;
}

/**
 * One detection for `status-triage watch --once --json`: the spikes a tick would alert on, triaged,
 * without posting and without touching the state (muted spikes are left out, as a tick would).
 */
export async function runWatchOnce(deps: WatchOnceDeps): Promise<{ alerts: WatchOnceAlert[] }> {
  const { config } = deps;
  const log = deps.logger.child({ subsystem: 'watcher' });
  const nowMs = (deps.now ?? (() => new Date()))().getTime();
  const services = watchedServices(config.watch.services);
  if (watchesNothing(services)) {
    log.warn('WATCH_SERVICES is empty: nothing to watch (name services, or * for all)');
    return { alerts: [] };
  }
  const plan = planFor(config, services, await (deps.discovery ?? discoveryFor(deps.client, config)).require(), nowMs);
  const thresholds = thresholdsFrom(config.watch, deps.thresholds);
  const { read, partial, snapshot } = await detect(storeFor(deps.client, config), config.elasticsearch.index, plan);
  const mutes = muteRules(snapshot);
  if (partial) log.warn('the detection search answered in part (shard failures): spikes may be missing and counts may be low');
  const spikes = measuresOf(read, plan, thresholds).measures.filter((m) => m.spiking).sort(byConcern);
  const alerts: WatchOnceAlert[] = [];
  for (const m of spikes) {
    if (isMuted(mutes, m.service, m.status, nowMs)) {
      log.info({ service: m.service, status: m.status }, 'spike left out: muted');
      continue;
    }
    let causes: Cause[] = [];
    try {
      const result = await deps.triage.triage({ status: m.status, service: m.service, window: coveringWindow(plan.windowMs), environment: null, at: new Date(nowMs) });
      causes = result.causes;
    } catch (error) {
      log.warn({ err: error, service: m.service, status: m.status }, `triage failed: ${describeError(error)}`);
    }
    alerts.push({ service: m.service, status: m.status, count: m.count, expected: m.expected, ratio: m.ratio, changePct: m.changePct, causes });
  }
  return { alerts };
}
