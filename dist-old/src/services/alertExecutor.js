"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stateOf = stateOf;
exports.createAlertExecutor = createAlertExecutor;
const node_crypto_1 = require("node:crypto");
const promises_1 = require("node:timers/promises");
const window_1 = require("../domain/window");
const errors_1 = require("../errors");
const alertState_1 = require("../elasticsearch/alertState");
function stateOf(v) {
    return { ...v.doc, id: v.id };
}
function workKey(id, doc) {
    return [id, doc.incidentId, doc.pending, doc.pending === 'resolve' ? doc.resolution?.at : doc.notified.at].join('|');
}
/**
 * Slack work that succeeded but could not be recorded (Elasticsearch failed right after Slack answered),
 * by claim. Only this process knows: a replica taking the claim over would repeat it.
 */
class Unrecorded {
    outcomes = new Map();
    get(key) {
        return this.outcomes.get(key);
    }
    has(key) {
        return this.outcomes.has(key);
    }
    remember(key, outcome) {
        this.outcomes.set(key, outcome);
        for (const oldest of this.outcomes.keys()) {
            if (this.outcomes.size <= 500)
                break;
            this.outcomes.delete(oldest);
        }
    }
    forget(key) {
        this.outcomes.delete(key);
    }
}
function createAlertExecutor(deps) {
    const { store, log } = deps;
    const unrecorded = new Unrecorded();
    const records = createRecorder(deps);
    const slack = createSlackStage(deps, unrecorded, records);
    let warnedNoChannel = false;
    async function claim(step, m, stored) {
        if (step.write === 'create' || stored === null)
            return store.create((0, alertState_1.alertId)(m.service, m.status), step.next);
        return store.replace(stored, step.next);
    }
    return {
        lease: (nowMs) => ({ owner: deps.instanceId, token: (0, node_crypto_1.randomUUID)(), until: new Date(nowMs + deps.leaseMs).toISOString() }),
        doneHere: (stored) => unrecorded.has(workKey(stored.id, stored.doc)),
        async apply(step, m, stored, nowMs, report) {
            if (step.kind === 'none')
                return;
            if (step.kind === 'skip') {
                if (step.reason === 'no_channel' && !warnedNoChannel)
                    log.warn('ALERT_CHANNEL is not set: spikes are detected but not posted');
                if (step.reason === 'no_channel')
                    warnedNoChannel = true;
                report.skipped.push({ service: m.service, status: m.status, reason: step.reason });
                return;
            }
            const claimed = await claim(step, m, stored);
            if (claimed === null) {
                report.skipped.push({ service: m.service, status: m.status, reason: 'claimed_elsewhere' });
                return;
            }
            if (step.transition === 'takeover')
                log.info({ service: m.service, status: m.status, pending: stored?.doc.pending, previousOwner: stored?.doc.lease?.owner }, 'taking over unfinished alert work');
            await slack.deliver(step.deliver, claimed, m, nowMs, report);
        },
    };
}
function createRecorder(deps) {
    const { store, log } = deps;
    async function finish(claimed, change) {
        const token = claimed.doc.lease?.token;
        let current = claimed;
        for (let attempt = 0; attempt < 5 && current !== null; attempt++) {
            try {
                // A concurrent acknowledgement may have moved the version on: then read it again and re-apply.
                const written = await store.replace(current, { ...change(current.doc), updatedAt: deps.now().toISOString() });
                if (written !== null)
                    return written;
                current = await store.get(claimed.id);
            }
            catch (error) {
                // Slack already has the message: losing its ts now would repeat it later, so try a little harder.
                if (attempt >= 2)
                    throw error;
                log.warn({ err: error, id: claimed.id, attempt }, 'could not record alert state; retrying');
                await (0, promises_1.setTimeout)(500 * (attempt + 1));
                continue;
            }
            if (current !== null && current.doc.lease?.token !== token)
                break;
        }
        throw new errors_1.AppError(errors_1.ErrorCode.Internal, `lost the claim on ${claimed.id} while finishing it (lease expired?): the Slack message may be repeated`);
    }
    return {
        finish,
        async release(claimed, nowMs) {
            // Keeps `pending` so that the next tick (here or on another replica) retries the Slack call.
            try {
                await finish(claimed, (doc) => ({ ...doc, lease: doc.lease === null ? null : { ...doc.lease, until: new Date(nowMs).toISOString() } }));
            }
            catch (error) {
                log.warn({ err: error, id: claimed.id }, 'could not release a claim; it expires on its own');
            }
        },
    };
}
function createSlackStage(deps, unrecorded, records) {
    const { log, poster } = deps;
    let lastSlackCall = 0;
    /** Spaces this watcher's Slack calls; the poster still honours 429 Retry-After on its own. */
    async function pace() {
        const wait = lastSlackCall + deps.postGapMs - Date.now();
        if (wait > 0)
            await (0, promises_1.setTimeout)(wait);
        lastSlackCall = Date.now();
    }
    async function buildAlert(m, doc, nowMs, target) {
        let causes = [];
        let series = [];
        const notes = [];
        try {
            const result = await deps.triage.triage({ status: m.status, service: m.service, window: (0, window_1.coveringWindow)(deps.windowMs), environment: null, at: new Date(nowMs) });
            causes = result.causes.slice(0, deps.topCauses);
            series = result.series;
            notes.push(...result.notes);
        }
        catch (error) {
            // An alert without causes beats no alert: the spike itself is the news.
            log.warn({ err: error, service: m.service, status: m.status }, 'triage for an alert failed');
            notes.push(`The triage could not run: ${(0, errors_1.describeError)(error)}`);
        }
        const window = { from: new Date(nowMs - deps.windowMs).toISOString(), to: new Date(nowMs).toISOString() };
        const { incidentId, firedAt } = doc;
        return { incidentId, service: m.service, status: m.status, count: m.count, expected: m.expected, ratio: m.ratio, changePct: m.changePct, window, firedAt, series, causes, notes, channel: target };
    }
    async function post(claimed, m, nowMs, report) {
        const target = claimed.doc.channel ?? deps.channel;
        if (target === null)
            throw new errors_1.AppError(errors_1.ErrorCode.ConfigInvalid, 'ALERT_CHANNEL is not set');
        const key = workKey(claimed.id, claimed.doc);
        const known = unrecorded.get(key);
        let alert;
        let where;
        if (known !== undefined && known !== 'done') {
            ({ alert, where } = known);
        }
        else {
            alert = await buildAlert(m, claimed.doc, nowMs, target);
            try {
                await pace();
                where = await poster.post(alert);
            }
            catch (error) {
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
    async function sendOnceAndFinish(claimed, nowMs, send) {
        const key = workKey(claimed.id, claimed.doc);
        if (send !== null && !unrecorded.has(key)) {
            try {
                await pace();
                await send();
            }
            catch (error) {
                await records.release(claimed, nowMs);
                throw error;
            }
            unrecorded.remember(key, 'done');
        }
        await records.finish(claimed, (doc) => ({ ...doc, pending: null, lease: null }));
        unrecorded.forget(key);
    }
    async function resolve(claimed, nowMs, report) {
        await sendOnceAndFinish(claimed, nowMs, () => poster.resolve(stateOf(claimed)));
        report.resolved.push({ service: claimed.doc.service, status: claimed.doc.status, incidentId: claimed.doc.incidentId });
        log.info({ service: claimed.doc.service, status: claimed.doc.status, incidentId: claimed.doc.incidentId }, 'alert resolved');
    }
    async function note(claimed, followUp, nowMs, report) {
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
//# sourceMappingURL=alertExecutor.js.map