import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SearchEngine } from '../elasticsearch/engine';
import type { Config } from '../config';
import {
  decide,
  IncidentView,
  isMuted,
  measureSpike,
  MuteRule,
  SpikeAlert,
  SpikeMeasure,
  SpikeThresholds,
  thresholdsFrom,
} from '../domain/spike';
import type { Cause, TriageStatus } from '../domain/types';
import { parseWindow, WINDOWS, WindowName } from '../domain/window';
import { AppError, describeError, ErrorCode } from '../errors';
import {
  AlertDoc,
  alertId,
  AlertState,
  AlertStore,
  createAlertStore,
  MeasureSnapshot,
  MuteDoc,
  muteId,
  StateSnapshot,
  Versioned,
} from '../elasticsearch/alertState';
import { clusterLocation } from '../elasticsearch/errors';
import { discoveryFor, FieldDiscovery } from '../elasticsearch/fieldDiscovery';
import type { FieldResolution } from '../elasticsearch/fieldResolution';
import { isPartial } from '../elasticsearch/responses';
import { WatchPlan, watchCounts, watchedServices, watchSearch } from '../elasticsearch/watchQueries';
import type { Logger } from '../logging';
import type { TriageService } from './types';

/**
 * The watcher: every `WATCH_INTERVAL`, one search measures every watched service and status (and
 * reads the alert state in the same round trip); each transition (fire, re-open, worsen, resolve) is
 * first claimed in the state index with a conditional write, and only the replica that won talks to Slack.
 */

export type Alert = SpikeAlert;
export type { AlertState } from '../elasticsearch/alertState';

export type FollowUp = { kind: 'refired'; measure: SpikeMeasure } | { kind: 'worsened'; measure: SpikeMeasure };

/** Where alerts go. The Slack implementation lives in slack/alerts; tests pass a recorder. */
export interface AlertPoster {
  /** Posts a new alert to `alert.channel`; answers where it landed. */
  post(alert: Alert): Promise<{ channel: string; ts: string }>;
  /** Marks the original message (`state.channel`/`state.ts`) resolved and notes it in its thread; `state.resolution` holds the final measure. */
  resolve(state: AlertState): Promise<void>;
  /** A note in the alert's thread (re-opened within the cooldown, or much worse than first told). */
  followUp?(state: AlertState, note: FollowUp): Promise<void>;
}

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

export interface IncidentRef {
  service: string;
  status: TriageStatus;
  incidentId: string;
}

export type SkipReason = 'muted' | 'firing' | 'claimed_elsewhere' | 'lease_held' | 'no_channel';

export interface TickReport {
  at: string;
  durationMs: number;
  /** Service × status pairs measured. */
  checked: number;
  /** Every measure over the firing thresholds, alerted or not. */
  spikes: SpikeMeasure[];
  posted: Array<IncidentRef & { channel: string; ts: string }>;
  resolved: IncidentRef[];
  notes: Array<IncidentRef & { kind: FollowUp['kind'] }>;
  skipped: Array<{ service: string; status: TriageStatus; reason: SkipReason }>;
  errors: Array<{ service: string; status: TriageStatus; message: string }>;
  /** With `WATCH_SERVICES=*`: more services have logs than one tick checks. */
  truncated: boolean;
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

/** The smallest triage window covering the watch window. */
export function triageWindowFor(windowMs: number): WindowName {
  return WINDOWS.find((w) => (parseWindow(w) ?? 0) >= windowMs) ?? WINDOWS[WINDOWS.length - 1] ?? '1h';
}

/** WATCH_SERVICES names nothing: there is nothing to measure. */
function watchesNothing(config: Config): boolean {
  const services = watchedServices(config.watch.services);
  return services !== 'all' && services.length === 0;
}

function planFor(config: Config, resolution: FieldResolution, nowMs: number): WatchPlan {
  return {
    services: watchedServices(config.watch.services),
    statuses: config.watch.statuses,
    to: nowMs,
    windowMs: config.watch.windowMs,
    fields: resolution.fields,
    singleService: resolution.singleService,
  };
}

function locationOf(config: Config): string {
  return clusterLocation(config.elasticsearch);
}

function storeFor(client: SearchEngine, config: Config): AlertStore {
  return createAlertStore({ client, index: config.elasticsearch.stateIndex, location: locationOf(config), timeoutMs: config.elasticsearch.timeoutMs });
}

function muteRules(snapshot: StateSnapshot): MuteRule[] {
  return snapshot.mutes.map((m) => ({ service: m.doc.service, status: m.doc.status, untilMs: Date.parse(m.doc.until) }));
}

function measuresOf(response: Parameters<typeof watchCounts>[0], plan: WatchPlan, thresholds: SpikeThresholds): { measures: SpikeMeasure[]; truncated: boolean } {
  const read = watchCounts(response, plan);
  return { measures: read.counts.map((c) => measureSpike(c, plan.windowMs, thresholds)), truncated: read.truncated };
}

function byConcern(a: SpikeMeasure, b: SpikeMeasure): number {
  return (b.ratio ?? Number.POSITIVE_INFINITY) - (a.ratio ?? Number.POSITIVE_INFINITY) || b.count - a.count || a.service.localeCompare(b.service);
}

function snap(m: SpikeMeasure, atMs: number): MeasureSnapshot {
  return { count: m.count, expected: m.expected, ratio: m.ratio, changePct: m.changePct, at: new Date(atMs).toISOString() };
}

function stateOf(v: Versioned<AlertDoc>): AlertState {
  return { ...v.doc, id: v.id };
}

function toMuteState(doc: MuteDoc): MuteState {
  return { service: doc.service, status: doc.status, until: doc.until, by: doc.by, createdAt: doc.createdAt };
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
  const leaseMs = options.leaseMs ?? Math.max(120_000, 2 * intervalMs);
  const postGapMs = options.postGapMs ?? 1100;
  const maxBackoffMs = options.maxBackoffMs ?? Math.max(intervalMs, 5 * 60_000);
  const topCauses = options.topCauses ?? 3;
  const channel = config.watch.alertChannel ?? null;
  const discovery = deps.discovery ?? discoveryFor(deps.client, config);

  let lastSlackCall = 0;
  let warnedNoServices = false;
  let warnedNoChannel = false;

  /**
   * Slack work that succeeded but could not be recorded (Elasticsearch failed right after Slack
   * answered), by claim. When this watcher takes the claim up again it records the outcome instead of
   * repeating the Slack call. Only this process knows: a replica taking the claim over would repeat it.
   */
  const unrecorded = new Map<string, { alert: Alert; where: { channel: string; ts: string } } | 'done'>();
  function workKey(claimed: Versioned<AlertDoc>): string {
    const { doc } = claimed;
    return [claimed.id, doc.incidentId, doc.pending, doc.pending === 'resolve' ? doc.resolution?.at : doc.notified.at].join('|');
  }
  function remember(key: string, outcome: { alert: Alert; where: { channel: string; ts: string } } | 'done'): void {
    unrecorded.set(key, outcome);
    for (const oldest of unrecorded.keys()) {
      if (unrecorded.size <= 500) break;
      unrecorded.delete(oldest);
    }
  }

  /** Spaces this watcher's Slack calls; the poster still honours 429 Retry-After on its own. */
  async function pace(): Promise<void> {
    const wait = lastSlackCall + postGapMs - Date.now();
    if (wait > 0) await sleep(wait);
    lastSlackCall = Date.now();
  }

  function newLease(nowMs: number): AlertDoc['lease'] {
    return { owner: instanceId, token: randomUUID(), until: new Date(nowMs + leaseMs).toISOString() };
  }

  function leaseLive(doc: AlertDoc, nowMs: number): boolean {
    return doc.lease !== null && Date.parse(doc.lease.until) > nowMs;
  }

  /**
   * Writes the outcome of claimed work. A concurrent acknowledgement may have moved the version on:
   * then the change is re-applied to the newest version, as long as our lease is still the one there.
   */
  async function finish(claimed: Versioned<AlertDoc>, change: (doc: AlertDoc) => AlertDoc): Promise<Versioned<AlertDoc>> {
    const token = claimed.doc.lease?.token;
    let current: Versioned<AlertDoc> | null = claimed;
    for (let attempt = 0; attempt < 5 && current !== null; attempt++) {
      try {
        const written = await store.replace(current, { ...change(current.doc), updatedAt: now().toISOString() });
        if (written !== null) return written;
        current = await store.get(claimed.id);
      } catch (error) {
        // Slack already has the message: losing its ts now would repeat it later, so try a little harder.
        if (attempt >= 2) throw error;
        log.warn({ err: error, id: claimed.id, attempt }, 'could not record alert state; retrying');
        await sleep(500 * (attempt + 1));
        continue;
      }
      if (current !== null && current.doc.lease?.token !== token) break;
    }
    throw new AppError(ErrorCode.Internal, `lost the claim on ${claimed.id} while finishing it (lease expired?): the Slack message may be repeated`);
  }

  async function release(claimed: Versioned<AlertDoc>, nowMs: number): Promise<void> {
    // Keeps `pending` so that the next tick (here or on another replica) retries the Slack call.
    try {
      await finish(claimed, (doc) => ({ ...doc, lease: doc.lease === null ? null : { ...doc.lease, until: new Date(nowMs).toISOString() } }));
    } catch (error) {
      log.warn({ err: error, id: claimed.id }, 'could not release a claim; it expires on its own');
    }
  }

  async function buildAlert(m: SpikeMeasure, doc: AlertDoc, nowMs: number, target: string): Promise<Alert> {
    const windowMs = config.watch.windowMs;
    let causes: Cause[] = [];
    let series: Alert['series'] = [];
    const notes: string[] = [];
    try {
      const result = await deps.triage.triage({ status: m.status, service: m.service, window: triageWindowFor(windowMs), environment: null, at: new Date(nowMs) });
      causes = result.causes.slice(0, topCauses);
      series = result.series;
      notes.push(...result.notes);
    } catch (error) {
      // An alert without causes beats no alert: the spike itself is the news.
      log.warn({ err: error, service: m.service, status: m.status }, 'triage for an alert failed');
      notes.push(`The triage could not run: ${describeError(error)}`);
    }
    return {
      incidentId: doc.incidentId,
      service: m.service,
      status: m.status,
      count: m.count,
      expected: m.expected,
      ratio: m.ratio,
      changePct: m.changePct,
      window: { from: new Date(nowMs - windowMs).toISOString(), to: new Date(nowMs).toISOString() },
      firedAt: doc.firedAt,
      series,
      causes,
      notes,
      channel: target,
    };
  }

  async function deliverPost(claimed: Versioned<AlertDoc>, m: SpikeMeasure, nowMs: number, report: TickReport): Promise<void> {
    const target = claimed.doc.channel ?? channel;
    if (target === null) throw new AppError(ErrorCode.ConfigInvalid, 'ALERT_CHANNEL is not set');
    const key = workKey(claimed);
    const known = unrecorded.get(key);
    let alert: Alert;
    let where: { channel: string; ts: string };
    if (known !== undefined && known !== 'done') {
      ({ alert, where } = known);
    } else {
      alert = await buildAlert(m, claimed.doc, nowMs, target);
      try {
        await pace();
        where = await deps.poster.post(alert);
      } catch (error) {
        await release(claimed, nowMs);
        throw error;
      }
      remember(key, { alert, where });
    }
    const done = await finish(claimed, (doc) => ({ ...doc, alert, channel: where.channel, ts: where.ts, pending: null, lease: null }));
    unrecorded.delete(key);
    report.posted.push({ service: m.service, status: m.status, incidentId: done.doc.incidentId, channel: where.channel, ts: where.ts });
    log.info({ service: m.service, status: m.status, count: m.count, expected: m.expected, ratio: m.ratio, channel: where.channel, ts: where.ts }, 'alert posted');
  }

  /**
   * Sends one Slack update for a claimed step at most once per process (a step Slack already took but the
   * state did not record is not sent again), then clears the step. A failed send releases the claim.
   */
  async function sendOnceAndFinish(claimed: Versioned<AlertDoc>, nowMs: number, send: (() => Promise<void>) | null): Promise<void> {
    const key = workKey(claimed);
    if (send !== null && !unrecorded.has(key)) {
      try {
        await pace();
        await send();
      } catch (error) {
        await release(claimed, nowMs);
        throw error;
      }
      remember(key, 'done');
    }
    await finish(claimed, (doc) => ({ ...doc, pending: null, lease: null }));
    unrecorded.delete(key);
  }

  async function deliverResolve(claimed: Versioned<AlertDoc>, nowMs: number, report: TickReport): Promise<void> {
    await sendOnceAndFinish(claimed, nowMs, () => deps.poster.resolve(stateOf(claimed)));
    report.resolved.push({ service: claimed.doc.service, status: claimed.doc.status, incidentId: claimed.doc.incidentId });
    log.info({ service: claimed.doc.service, status: claimed.doc.status, incidentId: claimed.doc.incidentId }, 'alert resolved');
  }

  async function deliverNote(claimed: Versioned<AlertDoc>, note: FollowUp, nowMs: number, report: TickReport): Promise<void> {
    const followUp = deps.poster.followUp;
    // Without a poster that threads notes, or a message to thread them under, the step just clears.
    const send = followUp && claimed.doc.ts !== null ? () => followUp.call(deps.poster, stateOf(claimed), note) : null;
    await sendOnceAndFinish(claimed, nowMs, send);
    report.notes.push({ service: claimed.doc.service, status: claimed.doc.status, incidentId: claimed.doc.incidentId, kind: note.kind });
  }

  async function fire(m: SpikeMeasure, stored: Versioned<AlertDoc> | null, nowMs: number, report: TickReport): Promise<void> {
    if (channel === null) {
      if (!warnedNoChannel) log.warn('ALERT_CHANNEL is not set: spikes are detected but not posted');
      warnedNoChannel = true;
      report.skipped.push({ service: m.service, status: m.status, reason: 'no_channel' });
      return;
    }
    const at = new Date(nowMs).toISOString();
    const doc: AlertDoc = {
      kind: 'alert',
      service: m.service,
      status: m.status,
      incidentId: `${m.service}/${m.status}/${at}`,
      phase: 'firing',
      firedAt: at,
      resolvedAt: null,
      updatedAt: at,
      fired: snap(m, nowMs),
      notified: snap(m, nowMs),
      resolution: null,
      refires: 0,
      channel,
      ts: null,
      pending: 'post',
      lease: newLease(nowMs),
      acknowledgedBy: null,
      acknowledgedAt: null,
      alert: null,
    };
    const claimed = stored === null ? await store.create(alertId(m.service, m.status), doc) : await store.replace(stored, doc);
    if (claimed === null) {
      report.skipped.push({ service: m.service, status: m.status, reason: 'claimed_elsewhere' });
      return;
    }
    await deliverPost(claimed, m, nowMs, report);
  }

  async function resolve(m: SpikeMeasure, stored: Versioned<AlertDoc>, nowMs: number, report: TickReport): Promise<void> {
    const posted = stored.doc.ts !== null;
    const claimed = await store.replace(stored, {
      ...stored.doc,
      phase: 'resolved',
      resolvedAt: new Date(nowMs).toISOString(),
      updatedAt: new Date(nowMs).toISOString(),
      resolution: snap(m, nowMs),
      pending: posted ? 'resolve' : null,
      lease: posted ? newLease(nowMs) : null,
    });
    if (claimed === null) {
      report.skipped.push({ service: m.service, status: m.status, reason: 'claimed_elsewhere' });
      return;
    }
    if (posted) await deliverResolve(claimed, nowMs, report);
    else report.resolved.push({ service: m.service, status: m.status, incidentId: claimed.doc.incidentId });
  }

  async function note(kind: FollowUp['kind'], m: SpikeMeasure, stored: Versioned<AlertDoc>, nowMs: number, report: TickReport): Promise<void> {
    const reopened = kind === 'refired';
    const claimed = await store.replace(stored, {
      ...stored.doc,
      phase: 'firing',
      resolvedAt: reopened ? null : stored.doc.resolvedAt,
      resolution: reopened ? null : stored.doc.resolution,
      refires: stored.doc.refires + (reopened ? 1 : 0),
      // A re-opened incident is a new episode: an old acknowledgement does not cover it.
      acknowledgedBy: reopened ? null : stored.doc.acknowledgedBy,
      acknowledgedAt: reopened ? null : stored.doc.acknowledgedAt,
      notified: snap(m, nowMs),
      updatedAt: new Date(nowMs).toISOString(),
      pending: reopened ? 'refire' : 'worsened',
      lease: newLease(nowMs),
    });
    if (claimed === null) {
      report.skipped.push({ service: m.service, status: m.status, reason: 'claimed_elsewhere' });
      return;
    }
    await deliverNote(claimed, { kind, measure: m }, nowMs, report);
  }

  /** Slack work that a crashed or failed claimant left behind, once its lease has run out. */
  async function resume(m: SpikeMeasure, stored: Versioned<AlertDoc>, nowMs: number, report: TickReport): Promise<void> {
    const pending = stored.doc.pending;
    // A post that Slack took but that could not be recorded is finished, not closed quietly: the message exists.
    const neverPosted = pending === 'post' && stored.doc.phase === 'firing' && !m.elevated && !unrecorded.has(workKey(stored));
    const claimed = await store.replace(stored, {
      ...stored.doc,
      updatedAt: new Date(nowMs).toISOString(),
      // A spike that ended before anyone could post it is closed quietly: a "resolved" with no alert helps nobody.
      ...(neverPosted ? { phase: 'resolved' as const, resolvedAt: new Date(nowMs).toISOString(), resolution: snap(m, nowMs), pending: null, lease: null } : { lease: newLease(nowMs) }),
    });
    if (claimed === null) {
      report.skipped.push({ service: m.service, status: m.status, reason: 'claimed_elsewhere' });
      return;
    }
    log.info({ service: m.service, status: m.status, pending, previousOwner: stored.doc.lease?.owner }, 'taking over unfinished alert work');
    if (neverPosted) report.resolved.push({ service: m.service, status: m.status, incidentId: claimed.doc.incidentId });
    else if (pending === 'post') await deliverPost(claimed, m, nowMs, report);
    else if (pending === 'resolve') await deliverResolve(claimed, nowMs, report);
    else if (pending === 'refire' || pending === 'worsened') await deliverNote(claimed, { kind: pending === 'refire' ? 'refired' : 'worsened', measure: m }, nowMs, report);
  }

  async function handle(m: SpikeMeasure, stored: Versioned<AlertDoc> | null, mutes: MuteRule[], nowMs: number, report: TickReport, partial: boolean): Promise<void> {
    if (stored !== null && stored.doc.pending !== null) {
      // Our own claim whose Slack work is done but unrecorded needs no waiting for the lease: only the record is missing.
      const ours = stored.doc.lease?.owner === instanceId && unrecorded.has(workKey(stored));
      if (ours || !leaseLive(stored.doc, nowMs)) await resume(m, stored, nowMs, report);
      else if (m.spiking) report.skipped.push({ service: m.service, status: m.status, reason: 'lease_held' });
      return;
    }
    const view: IncidentView | null =
      stored === null
        ? null
        : {
            phase: stored.doc.phase,
            resolvedAtMs: stored.doc.resolvedAt === null ? null : Date.parse(stored.doc.resolvedAt),
            notifiedCount: stored.doc.notified.count,
            acknowledged: stored.doc.acknowledgedBy !== null,
          };
    const decision = decide(m, view, isMuted(mutes, m.service, m.status, nowMs), nowMs, thresholds);
    switch (decision.action) {
      case 'none':
        return;
      case 'hold':
        if (m.spiking) report.skipped.push({ service: m.service, status: m.status, reason: 'firing' });
        return;
      case 'suppressed':
        report.skipped.push({ service: m.service, status: m.status, reason: decision.reason });
        return;
      case 'fire':
        return fire(m, stored, nowMs, report);
      case 'refire':
        // Re-opening needs a message to thread under; without one it is a new alert.
        if (stored === null || stored.doc.ts === null) return fire(m, stored, nowMs, report);
        return note('refired', m, stored, nowMs, report);
      case 'worsened':
        return stored === null ? undefined : note('worsened', m, stored, nowMs, report);
      case 'resolve':
        // Counts from a search that lost shards are a lower bound: an incident is not over on them.
        if (partial) return;
        return stored === null ? undefined : resolve(m, stored, nowMs, report);
    }
  }

  async function runTick(): Promise<TickReport> {
    const started = Date.now();
    const nowMs = now().getTime();
    const report: TickReport = {
      at: new Date(nowMs).toISOString(),
      durationMs: 0,
      checked: 0,
      spikes: [],
      posted: [],
      resolved: [],
      notes: [],
      skipped: [],
      errors: [],
      truncated: false,
    };
    if (watchesNothing(config)) {
      if (!warnedNoServices) log.warn('WATCH_SERVICES is empty: nothing to watch (name services, or * for all)');
      warnedNoServices = true;
      return report;
    }
    const plan = planFor(config, await discovery.require(), nowMs);
    await store.ensureIndex();
    const { response, snapshot } = await store.snapshotWith({ index: config.elasticsearch.index, body: watchSearch(plan) });
    if (snapshot.invalid > 0) log.warn({ invalid: snapshot.invalid, index: store.index }, 'state documents with an unexpected shape were ignored');
    const { measures, truncated } = measuresOf(response, plan, thresholds);
    const partial = isPartial(response);
    if (partial) log.warn('the detection search answered in part (shard failures): no incident is resolved on these counts');
    report.truncated = truncated;
    if (truncated) log.warn({ limit: plan.services }, 'more services have logs than one tick checks; the quietest are skipped');

    const stored = new Map(snapshot.alerts.map((a) => [a.id, a]));
    const measured = new Map(measures.map((m) => [alertId(m.service, m.status), m]));
    // An incident whose service had no logs at all this time (only possible with `*`) is measured as silent.
    if (plan.services === 'all' && !truncated) {
      for (const a of snapshot.alerts) {
        if (!measured.has(a.id) && (a.doc.phase === 'firing' || a.doc.pending !== null) && plan.statuses.includes(a.doc.status)) {
          measured.set(a.id, measureSpike({ service: a.doc.service, status: a.doc.status, count: 0, perDay: [], trailing24h: 0, trailingCovered: false, lagMs: null }, plan.windowMs, thresholds));
        }
      }
    }
    report.checked = measures.length;
    report.spikes = measures.filter((m) => m.spiking).sort(byConcern);
    const mutes = muteRules(snapshot);

    // Worst first, so that Slack pacing delays the least important alerts.
    for (const m of [...measured.values()].sort(byConcern)) {
      try {
        await handle(m, stored.get(alertId(m.service, m.status)) ?? null, mutes, nowMs, report, partial);
      } catch (error) {
        report.errors.push({ service: m.service, status: m.status, message: describeError(error) });
        log.error({ err: error, service: m.service, status: m.status }, 'alert transition failed; retried next tick');
      }
    }
    report.durationMs = Date.now() - started;
    log.debug({ checked: report.checked, spikes: report.spikes.length, posted: report.posted.length, resolved: report.resolved.length, ms: report.durationMs }, 'watch tick');
    return report;
  }

  let inFlight: Promise<TickReport> | null = null;
  function tick(): Promise<TickReport> {
    // One tick at a time per watcher: a manual tick during a loop tick shares its result.
    if (inFlight === null) inFlight = runTick().finally(() => (inFlight = null));
    return inFlight;
  }

  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;

  function backoffMs(): number {
    const base = Math.min(maxBackoffMs, intervalMs * 2 ** Math.min(failures, 20));
    // Jitter keeps replicas that failed together from retrying in lockstep.
    return Math.round(base * (0.9 + Math.random() * 0.2));
  }

  async function loop(): Promise<void> {
    timer = null;
    if (!running) return;
    const started = Date.now();
    let delay: number;
    try {
      const report = await tick();
      failures = 0;
      delay = Math.max(0, intervalMs - (Date.now() - started));
      if (report.errors.length > 0) log.warn({ errors: report.errors.length }, 'some alert transitions failed; they are retried next tick');
    } catch (error) {
      failures++;
      delay = backoffMs();
      log.error({ err: error, failures, retryInMs: delay }, `watch tick failed: ${describeError(error)}`);
    }
    if (running) timer = setTimeout(() => void loop(), delay);
  }

  async function activeMutes(service?: string): Promise<MuteState[]> {
    const nowMs = now().getTime();
    const snapshot = await store.snapshot();
    return snapshot.mutes
      .filter((m) => Date.parse(m.doc.until) > nowMs && (service === undefined || m.doc.service === service))
      .map((m) => toMuteState(m.doc))
      .sort((a, b) => a.service.localeCompare(b.service) || String(a.status).localeCompare(String(b.status)));
  }

  return {
    tick,

    start() {
      if (running) return;
      running = true;
      failures = 0;
      log.info({ intervalMs, services: config.watch.services, statuses: config.watch.statuses, instanceId }, 'watcher started');
      timer = setTimeout(() => void loop(), 0);
    },

    async stop() {
      running = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (inFlight !== null) await inFlight.catch(() => undefined);
      log.info({ instanceId }, 'watcher stopped');
    },

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
  if (watchesNothing(config)) {
    log.warn('WATCH_SERVICES is empty: nothing to watch (name services, or * for all)');
    return { alerts: [] };
  }
  const plan = planFor(config, await (deps.discovery ?? discoveryFor(deps.client, config)).require(), nowMs);
  const thresholds = thresholdsFrom(config.watch, deps.thresholds);
  const { response, snapshot } = await storeFor(deps.client, config).snapshotWith({ index: config.elasticsearch.index, body: watchSearch(plan) });
  const mutes = muteRules(snapshot);
  if (isPartial(response)) log.warn('the detection search answered in part (shard failures): spikes may be missing and counts may be low');
  const spikes = measuresOf(response, plan, thresholds).measures.filter((m) => m.spiking).sort(byConcern);
  const alerts: WatchOnceAlert[] = [];
  for (const m of spikes) {
    if (isMuted(mutes, m.service, m.status, nowMs)) {
      log.info({ service: m.service, status: m.status }, 'spike left out: muted');
      continue;
    }
    let causes: Cause[] = [];
    try {
      const result = await deps.triage.triage({ status: m.status, service: m.service, window: triageWindowFor(plan.windowMs), environment: null, at: new Date(nowMs) });
      causes = result.causes;
    } catch (error) {
      log.warn({ err: error, service: m.service, status: m.status }, `triage failed: ${describeError(error)}`);
    }
    alerts.push({ service: m.service, status: m.status, count: m.count, expected: m.expected, ratio: m.ratio, changePct: m.changePct, causes });
  }
  return { alerts };
}
