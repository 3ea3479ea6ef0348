import { decide, IncidentView, isMuted, MuteRule, SpikeMeasure, SpikeThresholds } from '../spike';
import { IncidentRecord, Lease, leaseLive, PendingWork, snapshotOf } from './incident';

/**
 * The alert lifecycle, pure: one measure, the incident stored for it, the mutes and the time in; the
 * next step out. It is the silencing and deduplication stages of an alerting pipeline (detection is
 * domain/spike, notification is services/alertExecutor):
 *
 * - a step that changes the incident is a CLAIM: the record to write, conditional on the version read,
 *   and the Slack work that only the replica whose write won then does (`deliver`);
 * - work a claimant left unfinished is taken over once its lease has run out;
 * - everything else is a hold or a skip, with the reason the tick reports.
 */

/** Why a spike (or a step) was not acted on. `claimed_elsewhere` is learnt only when a claim's write loses. */
export type SkipReason = 'muted' | 'firing' | 'claimed_elsewhere' | 'lease_held' | 'no_channel';

export type FollowUpKind = 'refired' | 'worsened';

/**
 * The Slack work after a claim wins: post the alert, mark it resolved, a thread note, or nothing to send
 * (`close`: an incident that ends without a message to update, reported as resolved).
 */
export type Delivery = 'post' | 'resolve' | FollowUpKind | 'close';

/** What made the claim: a new transition, or unfinished work taken over (`takeover`). */
export type Transition = 'fire' | 'refire' | 'worsen' | 'resolve' | 'takeover';

export type AlertStep =
  | { kind: 'none' }
  | { kind: 'skip'; reason: SkipReason }
  | { kind: 'claim'; transition: Transition; write: 'create' | 'replace'; next: IncidentRecord; deliver: Delivery };

export interface LifecycleInput {
  measure: SpikeMeasure;
  /** The stored incident of this service and status, as read this tick; null when it never fired. */
  stored: IncidentRecord | null;
  mutes: readonly MuteRule[];
  nowMs: number;
  thresholds: SpikeThresholds;
  /** `ALERT_CHANNEL`; null: spikes are detected but not posted. */
  channel: string | null;
  /** The lease a claim made now carries; its owner is this watcher. */
  lease: Lease;
  /** The counts came from a search that lost shards: a lower bound, on which nothing resolves. */
  partial: boolean;
  /** This process already did the stored claim's Slack work, but could not record it. */
  doneHere: boolean;
}

const NONE: AlertStep = { kind: 'none' };

function skip(reason: SkipReason): AlertStep {
  return { kind: 'skip', reason };
}

function viewOf(stored: IncidentRecord | null): IncidentView | null {
  if (stored === null) return null;
  return {
    phase: stored.phase,
    resolvedAtMs: stored.resolvedAt === null ? null : Date.parse(stored.resolvedAt),
    notifiedCount: stored.notified.count,
    acknowledged: stored.acknowledgedBy !== null,
  };
}

function fire(input: LifecycleInput): AlertStep {
  const { measure: m, stored, nowMs, channel } = input;
  if (channel === null) return skip('no_channel');
  const at = new Date(nowMs).toISOString();
  const next: IncidentRecord = {
    kind: 'alert',
    service: m.service,
    status: m.status,
    incidentId: `${m.service}/${m.status}/${at}`,
    phase: 'firing',
    firedAt: at,
    resolvedAt: null,
    updatedAt: at,
    fired: snapshotOf(m, nowMs),
    notified: snapshotOf(m, nowMs),
    resolution: null,
    refires: 0,
    channel,
    ts: null,
    pending: 'post',
    lease: input.lease,
    acknowledgedBy: null,
    acknowledgedAt: null,
    alert: null,
  };
  return { kind: 'claim', transition: 'fire', write: stored === null ? 'create' : 'replace', next, deliver: 'post' };
}

function followUp(kind: FollowUpKind, input: LifecycleInput, stored: IncidentRecord): AlertStep {
  const reopened = kind === 'refired';
  const next: IncidentRecord = {
    ...stored,
    phase: 'firing',
    resolvedAt: reopened ? null : stored.resolvedAt,
    resolution: reopened ? null : stored.resolution,
    refires: stored.refires + (reopened ? 1 : 0),
    // A re-opened incident is a new episode: an old acknowledgement does not cover it.
    acknowledgedBy: reopened ? null : stored.acknowledgedBy,
    acknowledgedAt: reopened ? null : stored.acknowledgedAt,
    notified: snapshotOf(input.measure, input.nowMs),
    updatedAt: new Date(input.nowMs).toISOString(),
    pending: reopened ? 'refire' : 'worsened',
    lease: input.lease,
  };
  return { kind: 'claim', transition: reopened ? 'refire' : 'worsen', write: 'replace', next, deliver: kind };
}

function resolve(input: LifecycleInput, stored: IncidentRecord): AlertStep {
  const posted = stored.ts !== null;
  const at = new Date(input.nowMs).toISOString();
  const next: IncidentRecord = {
    ...stored,
    phase: 'resolved',
    resolvedAt: at,
    updatedAt: at,
    resolution: snapshotOf(input.measure, input.nowMs),
    pending: posted ? 'resolve' : null,
    lease: posted ? input.lease : null,
  };
  return { kind: 'claim', transition: 'resolve', write: 'replace', next, deliver: posted ? 'resolve' : 'close' };
}

const RESUMED: Record<PendingWork, Delivery> = { post: 'post', resolve: 'resolve', refire: 'refired', worsened: 'worsened' };

/** Slack work that a crashed or failed claimant left behind, once its lease has run out (or it is ours and done). */
function takeover(input: LifecycleInput, stored: IncidentRecord, pending: PendingWork): AlertStep {
  const { measure: m, nowMs } = input;
  const at = new Date(nowMs).toISOString();
  // A post that Slack took but that could not be recorded is finished, not closed quietly: the message exists.
  const neverPosted = pending === 'post' && stored.phase === 'firing' && !m.elevated && !input.doneHere;
  // A spike that ended before anyone could post it is closed quietly: a "resolved" with no alert helps nobody.
  const next: IncidentRecord = neverPosted
    ? { ...stored, updatedAt: at, phase: 'resolved', resolvedAt: at, resolution: snapshotOf(m, nowMs), pending: null, lease: null }
    : { ...stored, updatedAt: at, lease: input.lease };
  return { kind: 'claim', transition: 'takeover', write: 'replace', next, deliver: neverPosted ? 'close' : RESUMED[pending] };
}

/** The next step for one service and status. */
export function nextStep(input: LifecycleInput): AlertStep {
  const { measure: m, stored, nowMs } = input;
  if (stored !== null && stored.pending !== null) {
    // Our own claim whose Slack work is done but unrecorded needs no waiting for the lease: only the record is missing.
    const ours = stored.lease?.owner === input.lease.owner && input.doneHere;
    if (ours || !leaseLive(stored, nowMs)) return takeover(input, stored, stored.pending);
    return m.spiking ? skip('lease_held') : NONE;
  }
  const decision = decide(m, viewOf(stored), isMuted(input.mutes, m.service, m.status, nowMs), nowMs, input.thresholds);
  switch (decision.action) {
    case 'none':
      return NONE;
    case 'hold':
      return m.spiking ? skip('firing') : NONE;
    case 'suppressed':
      return skip(decision.reason);
    case 'fire':
      return fire(input);
    case 'refire':
      // Re-opening needs a message to thread under; without one it is a new alert.
      return stored === null || stored.ts === null ? fire(input) : followUp('refired', input, stored);
    case 'worsened':
      return stored === null ? NONE : followUp('worsened', input, stored);
    case 'resolve':
      // Counts from a search that lost shards are a lower bound: an incident is not over on them.
      return input.partial || stored === null ? NONE : resolve(input, stored);
  }
}
