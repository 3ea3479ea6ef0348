"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nextStep = nextStep;
const spike_1 = require("../spike");
const incident_1 = require("./incident");
const NONE = { kind: 'none' };
function skip(reason) {
    return { kind: 'skip', reason };
}
function viewOf(stored) {
    if (stored === null)
        return null;
    return {
        phase: stored.phase,
        resolvedAtMs: stored.resolvedAt === null ? null : Date.parse(stored.resolvedAt),
        notifiedCount: stored.notified.count,
        acknowledged: stored.acknowledgedBy !== null,
    };
}
function fire(input) {
    const { measure: m, stored, nowMs, channel } = input;
    if (channel === null)
        return skip('no_channel');
    const at = new Date(nowMs).toISOString();
    const next = {
        kind: 'alert',
        service: m.service,
        status: m.status,
        incidentId: `${m.service}/${m.status}/${at}`,
        phase: 'firing',
        firedAt: at,
        resolvedAt: null,
        updatedAt: at,
        fired: (0, incident_1.snapshotOf)(m, nowMs),
        notified: (0, incident_1.snapshotOf)(m, nowMs),
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
function followUp(kind, input, stored) {
    const reopened = kind === 'refired';
    const next = {
        ...stored,
        phase: 'firing',
        resolvedAt: reopened ? null : stored.resolvedAt,
        resolution: reopened ? null : stored.resolution,
        refires: stored.refires + (reopened ? 1 : 0),
        // A re-opened incident is a new episode: an old acknowledgement does not cover it.
        acknowledgedBy: reopened ? null : stored.acknowledgedBy,
        acknowledgedAt: reopened ? null : stored.acknowledgedAt,
        notified: (0, incident_1.snapshotOf)(input.measure, input.nowMs),
        updatedAt: new Date(input.nowMs).toISOString(),
        pending: reopened ? 'refire' : 'worsened',
        lease: input.lease,
    };
    return { kind: 'claim', transition: reopened ? 'refire' : 'worsen', write: 'replace', next, deliver: kind };
}
function resolve(input, stored) {
    const posted = stored.ts !== null;
    const at = new Date(input.nowMs).toISOString();
    const next = {
        ...stored,
        phase: 'resolved',
        resolvedAt: at,
        updatedAt: at,
        resolution: (0, incident_1.snapshotOf)(input.measure, input.nowMs),
        pending: posted ? 'resolve' : null,
        lease: posted ? input.lease : null,
    };
    return { kind: 'claim', transition: 'resolve', write: 'replace', next, deliver: posted ? 'resolve' : 'close' };
}
const RESUMED = { post: 'post', resolve: 'resolve', refire: 'refired', worsened: 'worsened' };
/** Slack work that a crashed or failed claimant left behind, once its lease has run out (or it is ours and done). */
function takeover(input, stored, pending) {
    const { measure: m, nowMs } = input;
    const at = new Date(nowMs).toISOString();
    // A post that Slack took but that could not be recorded is finished, not closed quietly: the message exists.
    const neverPosted = pending === 'post' && stored.phase === 'firing' && !m.elevated && !input.doneHere;
    // A spike that ended before anyone could post it is closed quietly: a "resolved" with no alert helps nobody.
    const next = neverPosted
        ? { ...stored, updatedAt: at, phase: 'resolved', resolvedAt: at, resolution: (0, incident_1.snapshotOf)(m, nowMs), pending: null, lease: null }
        : { ...stored, updatedAt: at, lease: input.lease };
    return { kind: 'claim', transition: 'takeover', write: 'replace', next, deliver: neverPosted ? 'close' : RESUMED[pending] };
}
/** The next step for one service and status. */
function nextStep(input) {
    const { measure: m, stored, nowMs } = input;
    if (stored !== null && stored.pending !== null) {
        // Our own claim whose Slack work is done but unrecorded needs no waiting for the lease: only the record is missing.
        const ours = stored.lease?.owner === input.lease.owner && input.doneHere;
        if (ours || !(0, incident_1.leaseLive)(stored, nowMs))
            return takeover(input, stored, stored.pending);
        return m.spiking ? skip('lease_held') : NONE;
    }
    const decision = (0, spike_1.decide)(m, viewOf(stored), (0, spike_1.isMuted)(input.mutes, m.service, m.status, nowMs), nowMs, input.thresholds);
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
//# sourceMappingURL=lifecycle.js.map