import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Lease } from '../domain/alerts/incident';
import type { AlertStep } from '../domain/alerts/lifecycle';
import type { SpikeMeasure } from '../domain/spike';
import type { Cause } from '../domain/types';
import { coveringWindow } from '../domain/window';
import { AppError, describeError, ErrorCode } from '../errors';
import { alertId, AlertDoc, AlertState, AlertStore, Versioned } from '../elasticsearch/alertState';
import type { Logger } from '../logging';
import type { TriageService } from './types';
import type { Alert, AlertPoster, FollowUp, TickReport } from './watchTypes';

/**
 * The watcher's notification stage: carries out the lifecycle's claims. A claim is a conditional write
 * (it loses when another replica wrote first); only the winner talks to Slack, then records that it did
 * (the claim's `pending` cleared). Slack work that succeeded but could not be recorded is remembered, so
 * this process records it later instead of repeating it.
 */

export interface ExecutorDeps {
  store: AlertStore;
  poster: AlertPoster;
  triage: TriageService;
  log: Logger;
  now: () => Date;
  instanceId: string;
  leaseMs: number;
  /** Minimum spacing between Slack calls (Slack allows about one message per second per channel). */
  postGapMs: number;
  /** Causes carried by an alert. */
  topCauses: number;
  /** `ALERT_CHANNEL`. */
  channel: string | null;
  windowMs: number;
}

export interface AlertExecutor {
  /** A fresh lease for a claim made at `nowMs`. */
  lease(nowMs: number): Lease;
  /** This process already did the Slack work of the stored claim, but could not record it. */
  doneHere(stored: Versioned<AlertDoc>): boolean;
  /** Carries out one step of the lifecycle; claims lost to another replica are reported as skipped. */
  apply(step: AlertStep, m: SpikeMeasure, stored: Versioned<AlertDoc> | null, nowMs: number, report: TickReport): Promise<void>;
}

type Outcome = { alert: Alert; where: { channel: string; ts: string } } | 'done';

export function stateOf(v: Versioned<AlertDoc>): AlertState {
  return { ...v.doc, id: v.id };
}

function workKey(id: string, doc: AlertDoc): string {
  return [id, doc.incidentId, doc.pending, doc.pending === 'resolve' ? doc.resolution?.at : doc.notified.at].join('|');
}

/**
 * Slack work that succeeded but could not be recorded (Elasticsearch failed right after Slack answered),
 * by claim. Only this process knows: a replica taking the claim over would repeat it.
 */
class Unrecorded {
  private readonly outcomes = new Map<string, Outcome>();
  get(key: string): Outcome | undefined {
    return this.outcomes.get(key);
  }
  has(key: string): boolean {
    return this.outcomes.has(key);
  }
  remember(key: string, outcome: Outcome): void {
    this.outcomes.set(key, outcome);
    for (const oldest of this.outcomes.keys()) {
      if (this.outcomes.size <= 500) break;
      this.outcomes.delete(oldest);
    }
  }
  forget(key: string): void {
    this.outcomes.delete(key);
  }
}

export function createAlertExecutor(deps: ExecutorDeps): AlertExecutor {
  const { store, log } = deps;
  const unrecorded = new Unrecorded();
  const records = createRecorder(deps);
  const slack = createSlackStage(deps, unrecorded, records);
  let warnedNoChannel = false;

  async function claim(step: Extract<AlertStep, { kind: 'claim' }>, m: SpikeMeasure, stored: Versioned<AlertDoc> | null): Promise<Versioned<AlertDoc> | null> {
    if (step.write === 'create' || stored === null) return store.create(alertId(m.service, m.status), step.next);
    return store.replace(stored, step.next);
  }

  return {
    lease: (nowMs) => ({ owner: deps.instanceId, token: randomUUID(), until: new Date(nowMs + deps.leaseMs).toISOString() }),

    doneHere: (stored) => unrecorded.has(workKey(stored.id, stored.doc)),

    async apply(step, m, stored, nowMs, report) {
      if (step.kind === 'none') return;
      if (step.kind === 'skip') {
        if (step.reason === 'no_channel' && !warnedNoChannel) log.warn('ALERT_CHANNEL is not set: spikes are detected but not posted');
        if (step.reason === 'no_channel') warnedNoChannel = true;
        report.skipped.push({ service: m.service, status: m.status, reason: step.reason });
        return;
      }
      const claimed = await claim(step, m, stored);
      if (claimed === null) {
        report.skipped.push({ service: m.service, status: m.status, reason: 'claimed_elsewhere' });
        return;
      }
      if (step.transition === 'takeover') log.info({ service: m.service, status: m.status, pending: stored?.doc.pending, previousOwner: stored?.doc.lease?.owner }, 'taking over unfinished alert work');
      await slack.deliver(step.deliver, claimed, m, nowMs, report);
    },
  };
}

interface Recorder {
  /** Writes the outcome of claimed work, re-applied on a newer version while our lease is still the one there. */
  finish(claimed: Versioned<AlertDoc>, change: (doc: AlertDoc) => AlertDoc): Promise<Versioned<AlertDoc>>;
  /** Gives the claim up (Slack failed): the next tick, here or on another replica, retries the work. */
  release(claimed: Versioned<AlertDoc>, nowMs: number): Promise<void>;
}

function createRecorder(deps: ExecutorDeps): Recorder {
  const { store, log } = deps;
  async function finish(claimed: Versioned<AlertDoc>, change: (doc: AlertDoc) => AlertDoc): Promise<Versioned<AlertDoc>> {
    const token = claimed.doc.lease?.token;
    let current: Versioned<AlertDoc> | null = claimed;
    for (let attempt = 0; attempt < 5 && current !== null; attempt++) {
      try {
        // A concurrent acknowledgement may have moved the version on: then read it again and re-apply.
        const written = await store.replace(current, { ...change(current.doc), updatedAt: deps.now().toISOString() });
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
  return {
    finish,
    async release(claimed, nowMs) {
      // Keeps `pending` so that the next tick (here or on another replica) retries the Slack call.
      try {
        await finish(claimed, (doc) => ({ ...doc, lease: doc.lease === null ? null : { ...doc.lease, until: new Date(nowMs).toISOString() } }));
      } catch (error) {
        log.warn({ err: error, id: claimed.id }, 'could not release a claim; it expires on its own');
      }
    },
  };
}

interface SlackStage {
  deliver(what: Extract<AlertStep, { kind: 'claim' }>['deliver'], claimed: Versioned<AlertDoc>, m: SpikeMeasure, nowMs: number, report: TickReport): Promise<void>;
}

function createSlackStage(deps: ExecutorDeps, unrecorded: Unrecorded, records: Recorder): SlackStage {
  const { log, poster } = deps;
  let lastSlackCall = 0;

  /** Spaces this watcher's Slack calls; the poster still honours 429 Retry-After on its own. */
  async function pace(): Promise<void> {
    const wait = lastSlackCall + deps.postGapMs - Date.now();
    if (wait > 0) await sleep(wait);
    lastSlackCall = Date.now();
  }

  async function buildAlert(m: SpikeMeasure, doc: AlertDoc, nowMs: number, target: string): Promise<Alert> {
    let causes: Cause[] = [];
    let series: Alert['series'] = [];
    const notes: string[] = [];
    try {
      const result = await deps.triage.triage({ status: m.status, service: m.service, window: coveringWindow(deps.windowMs), environment: null, at: new Date(nowMs) });
      causes = result.causes.slice(0, deps.topCauses);
      series = result.series;
      notes.push(...result.notes);
    } catch (error) {
      // An alert without causes beats no alert: the spike itself is the news.
      log.warn({ err: error, service: m.service, status: m.status }, 'triage for an alert failed');
      notes.push(`The triage could not run: ${describeError(error)}`);
    }
    const window = { from: new Date(nowMs - deps.windowMs).toISOString(), to: new Date(nowMs).toISOString() };
    const { incidentId, firedAt } = doc;
    return { incidentId, service: m.service, status: m.status, count: m.count, expected: m.expected, ratio: m.ratio, changePct: m.changePct, window, firedAt, series, causes, notes, channel: target };
  }

  async function post(claimed: Versioned<AlertDoc>, m: SpikeMeasure, nowMs: number, report: TickReport): Promise<void> {
    const target = claimed.doc.channel ?? deps.channel;
    if (target === null) throw new AppError(ErrorCode.ConfigInvalid, 'ALERT_CHANNEL is not set');
    const key = workKey(claimed.id, claimed.doc);
    const known = unrecorded.get(key);
    let alert: Alert;
    let where: { channel: string; ts: string };
    if (known !== undefined && known !== 'done') {
      ({ alert, where } = known);
    } else {
      alert = await buildAlert(m, claimed.doc, nowMs, target);
      try {
        await pace();
        where = await poster.post(alert);
      } catch (error) {
        await records.release(claimed, nowMs);
        throw error;
      }
      unrecorded.remember(key, { alert, where });
    }
    const done = await records.finish(claimed, (doc) => ({ ...doc, alert, channel: where.channel, ts: where.ts, pending: null, lease: null }));
    unrecorded.forget(key);
    report.posted.push({ service: m.service, status: m.status, incidentId: done.doc.incidentId, channel: where.channel, ts: where.ts });
    log.info({ service: m.service, status: m.status, count: m.count, expected: m.expected, ratio: m.ratio, channel: where.channel, ts: where.ts }, 'alert posted');
  }

  /**
   * Sends one Slack update for a claimed step at most once per process (a step Slack already took but the
   * state did not record is not sent again), then clears the step. A failed send releases the claim.
   */
  async function sendOnceAndFinish(claimed: Versioned<AlertDoc>, nowMs: number, send: (() => Promise<void>) | null): Promise<void> {
    const key = workKey(claimed.id, claimed.doc);
    if (send !== null && !unrecorded.has(key)) {
      try {
        await pace();
        await send();
      } catch (error) {
        await records.release(claimed, nowMs);
        throw error;
      }
      unrecorded.remember(key, 'done');
    }
    await records.finish(claimed, (doc) => ({ ...doc, pending: null, lease: null }));
    unrecorded.forget(key);
  }

  async function resolve(claimed: Versioned<AlertDoc>, nowMs: number, report: TickReport): Promise<void> {
    await sendOnceAndFinish(claimed, nowMs, () => poster.resolve(stateOf(claimed)));
    report.resolved.push({ service: claimed.doc.service, status: claimed.doc.status, incidentId: claimed.doc.incidentId });
    log.info({ service: claimed.doc.service, status: claimed.doc.status, incidentId: claimed.doc.incidentId }, 'alert resolved');
  }

  async function note(claimed: Versioned<AlertDoc>, followUp: FollowUp, nowMs: number, report: TickReport): Promise<void> {
    const send = poster.followUp;
    // Without a poster that threads notes, or a message to thread them under, the step just clears.
    const call = send && claimed.doc.ts !== null ? () => send.call(poster, stateOf(claimed), followUp) : null;
    await sendOnceAndFinish(claimed, nowMs, call);
    report.notes.push({ service: claimed.doc.service, status: claimed.doc.status, incidentId: claimed.doc.incidentId, kind: followUp.kind });
  }

  return {
    async deliver(what, claimed, m, nowMs, report) {
      switch (what) {
        case 'post':
          return post(claimed, m, nowMs, report);
        case 'resolve':
          return resolve(claimed, nowMs, report);
        case 'refired':
        case 'worsened':
          return note(claimed, { kind: what, measure: m }, nowMs, report);
        case 'close':
          report.resolved.push({ service: m.service, status: m.status, incidentId: claimed.doc.incidentId });
      }
    },
  };
}
