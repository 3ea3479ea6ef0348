"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.triageWindowFor = void 0;
exports.createWatcher = createWatcher;
exports.runWatchOnce = runWatchOnce;
const node_crypto_1 = require("node:crypto");
const node_os_1 = require("node:os");
const lifecycle_1 = require("../domain/alerts/lifecycle");
const tick_1 = require("../domain/alerts/tick");
const presenceMemory_1 = require("../domain/presenceMemory");
const spike_1 = require("../domain/spike");
const window_1 = require("../domain/window");
const errors_1 = require("../errors");
const alertState_1 = require("../elasticsearch/alertState");
const errors_2 = require("../elasticsearch/errors");
const fieldDiscovery_1 = require("../elasticsearch/fieldDiscovery");
const responses_1 = require("../elasticsearch/responses");
const watchQueries_1 = require("../elasticsearch/watchQueries");
const alertExecutor_1 = require("./alertExecutor");
const watchLoop_1 = require("./watchLoop");
/** The smallest triage window covering the watch window. */
exports.triageWindowFor = window_1.coveringWindow;
const DAY_MS = 86_400_000;
/** WATCH_SERVICES names nothing: there is nothing to measure. */
function watchesNothing(services) {
    return services !== 'all' && services.length === 0;
}
function planFor(config, services, resolution, nowMs, readAlone = [], knownFirsts) {
    return {
        services,
        statuses: config.watch.statuses,
        to: nowMs,
        windowMs: config.watch.windowMs,
        fields: resolution.fields,
        singleService: resolution.singleService,
        readAlone,
        knownFirsts,
    };
}
function storeFor(client, config) {
    return (0, alertState_1.createAlertStore)({ client, index: config.elasticsearch.stateIndex, location: (0, errors_2.clusterLocation)(config.elasticsearch), timeoutMs: config.elasticsearch.timeoutMs });
}
function muteRules(snapshot) {
    return snapshot.mutes.map((m) => ({ service: m.doc.service, status: m.doc.status, untilMs: Date.parse(m.doc.until) }));
}
/** The tick's searches and the stored state, in one request. */
async function detect(store, index, plan) {
    const search = (0, watchQueries_1.watchSearch)(plan);
    const { responses, snapshot } = await store.snapshotWith({ index, bodies: (0, watchQueries_1.watchBodies)(search) });
    return { read: (0, watchQueries_1.watchCounts)((0, watchQueries_1.watchAnswers)(search, responses), plan), partial: responses.some(responses_1.isPartial), snapshot };
}
function measuresOf(read, plan, thresholds) {
    return { measures: read.counts.map((c) => (0, spike_1.measureSpike)(c, plan.windowMs, thresholds)), truncated: read.truncated };
}
function toMuteState(doc) {
    return { service: doc.service, status: doc.status, until: doc.until, by: doc.by, createdAt: doc.createdAt };
}
function emptyReport(nowMs) {
    return { at: new Date(nowMs).toISOString(), durationMs: 0, checked: 0, spikes: [], posted: [], resolved: [], notes: [], skipped: [], errors: [], truncated: false };
}
/** One tick: detection, then the lifecycle's step for each measure, carried out worst first. */
function createTick(deps) {
    const { config, store, executor, log } = deps;
    const channel = config.watch.alertChannel ?? null;
    const services = (0, watchQueries_1.watchedServices)(config.watch.services);
    let warnedNoServices = false;
    // Services found busy by the last tick: read alone, they cost this tick what a quiet one does.
    let readAlone = [];
    // Services' first documents around the baseline days, read by earlier ticks: not read again for an hour.
    let presence = new Map();
    return async function runTick() {
        const started = Date.now();
        const nowMs = deps.now().getTime();
        const report = emptyReport(nowMs);
        if (watchesNothing(services)) {
            if (!warnedNoServices)
                log.warn('WATCH_SERVICES is empty: nothing to watch (name services, or * for all)');
            warnedNoServices = true;
            return report;
        }
        const plan = planFor(config, services, await deps.discovery.require(), nowMs, readAlone, (0, presenceMemory_1.trustedFirsts)(presence, nowMs));
        await store.ensureIndex();
        const { read, partial, snapshot } = await detect(store, config.elasticsearch.index, plan);
        readAlone = read.readAlone;
        // A search that answered in part may have missed a service's earliest documents: nothing is remembered from it.
        if (!partial)
            presence = (0, presenceMemory_1.rememberFirsts)(presence, read.firsts, nowMs);
        if (snapshot.invalid > 0)
            log.warn({ invalid: snapshot.invalid, index: store.index }, 'state documents with an unexpected shape were ignored');
        const { measures, truncated } = measuresOf(read, plan, deps.thresholds);
        if (partial)
            log.warn('the detection search answered in part (shard failures): no incident is resolved on these counts');
        report.truncated = truncated;
        if (truncated)
            log.warn({ limit: plan.services }, 'more services have logs than one tick checks; the quietest are skipped');
        report.checked = measures.length;
        report.spikes = measures.filter((m) => m.spiking).sort(tick_1.byConcern);
        const stored = new Map(snapshot.alerts.map((a) => [a.id, a]));
        const mutes = muteRules(snapshot);
        // One lease for every claim of this tick: its token tells this tick's claims from any earlier one.
        const lease = executor.lease(nowMs);
        // An incident whose service had no logs at all this time (only possible with `*`) is measured as silent.
        const silent = plan.services === 'all' && !truncated ? { statuses: plan.statuses, windowMs: plan.windowMs, thresholds: deps.thresholds } : null;
        for (const m of (0, tick_1.measuresToHandle)(measures, snapshot.alerts.map((a) => a.doc), silent)) {
            const current = stored.get((0, alertState_1.alertId)(m.service, m.status)) ?? null;
            try {
                const step = (0, lifecycle_1.nextStep)({ measure: m, stored: current?.doc ?? null, mutes, nowMs, thresholds: deps.thresholds, channel, lease, partial, doneHere: current !== null && executor.doneHere(current) });
                await executor.apply(step, m, current, nowMs, report);
            }
            catch (error) {
                report.errors.push({ service: m.service, status: m.status, message: (0, errors_1.describeError)(error) });
                log.error({ err: error, service: m.service, status: m.status }, 'alert transition failed; retried next tick');
            }
        }
        report.durationMs = Date.now() - started;
        log.debug({ checked: report.checked, spikes: report.spikes.length, posted: report.posted.length, resolved: report.resolved.length, ms: report.durationMs }, 'watch tick');
        return report;
    };
}
function createWatcher(deps) {
    const { config } = deps;
    const now = deps.now ?? (() => new Date());
    const options = deps.options ?? {};
    const log = deps.logger.child({ subsystem: 'watcher' });
    const store = storeFor(deps.client, config);
    const thresholds = (0, spike_1.thresholdsFrom)(config.watch, options.thresholds);
    const instanceId = options.instanceId ?? `${(0, node_os_1.hostname)()}-${process.pid}-${(0, node_crypto_1.randomBytes)(2).toString('hex')}`;
    const intervalMs = config.watch.intervalMs;
    const executor = (0, alertExecutor_1.createAlertExecutor)({
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
    const runTick = createTick({ config, store, discovery: deps.discovery ?? (0, fieldDiscovery_1.discoveryFor)(deps.client, config), executor, thresholds, log, now });
    const loop = (0, watchLoop_1.createTickLoop)({ runTick, log, intervalMs, maxBackoffMs: options.maxBackoffMs ?? Math.max(intervalMs, 5 * 60_000) });
    return {
        tick: loop.tick,
        start() {
            if (loop.start())
                log.info({ intervalMs, services: config.watch.services, statuses: config.watch.statuses, instanceId }, 'watcher started');
        },
        async stop() {
            await loop.stop();
            log.info({ instanceId }, 'watcher stopped');
        },
        ...stateCommands(store, now, log),
    };
}
/** What people do to the state from Slack: mute, unmute, acknowledge, list. */
function stateCommands(store, now, log) {
    async function activeMutes(service) {
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
            if (name.length === 0)
                throw new errors_1.AppError(errors_1.ErrorCode.BadInput, 'name the service to mute');
            if (!Number.isFinite(durationMs) || durationMs <= 0)
                throw new errors_1.AppError(errors_1.ErrorCode.BadInput, 'a mute needs a positive duration', { hint: 'e.g. 30m, 2h or 1d' });
            const nowMs = now().getTime();
            const doc = { kind: 'mute', service: name, status, until: new Date(nowMs + durationMs).toISOString(), by, createdAt: new Date(nowMs).toISOString() };
            await store.ensureIndex();
            await store.putMute(doc);
            log.info({ service: name, status, until: doc.until, by }, 'muted');
            return toMuteState(doc);
        },
        async unmute(service, status) {
            const name = service.trim();
            const ids = status === null ? [(0, alertState_1.muteId)(name, null), (0, alertState_1.muteId)(name, 403), (0, alertState_1.muteId)(name, 404)] : [(0, alertState_1.muteId)(name, status)];
            const removed = await store.deleteMutes(ids);
            log.info({ service: name, status, removed }, 'unmuted');
            return { removed, remaining: await activeMutes(name) };
        },
        async acknowledge(service, status, by) {
            for (let attempt = 0; attempt < 5; attempt++) {
                const current = await store.get((0, alertState_1.alertId)(service, status));
                if (current === null || current.doc.phase !== 'firing')
                    return null;
                const at = now().toISOString();
                const written = await store.replace(current, { ...current.doc, acknowledgedBy: by, acknowledgedAt: at, updatedAt: at });
                if (written !== null)
                    return (0, alertExecutor_1.stateOf)(written);
            }
            throw new errors_1.AppError(errors_1.ErrorCode.Internal, `could not record the acknowledgement of ${service} ${status}: it kept changing`, { hint: 'try again' });
        },
        async listState() {
            const nowMs = now().getTime();
            const snapshot = await store.snapshot();
            const alerts = snapshot.alerts.map(alertExecutor_1.stateOf);
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
/**
 * One detection for `status-triage watch --once --json`: the spikes a tick would alert on, triaged,
 * without posting and without touching the state (muted spikes are left out, as a tick would).
 */
async function runWatchOnce(deps) {
    const { config } = deps;
    const log = deps.logger.child({ subsystem: 'watcher' });
    const nowMs = (deps.now ?? (() => new Date()))().getTime();
    const services = (0, watchQueries_1.watchedServices)(config.watch.services);
    if (watchesNothing(services)) {
        log.warn('WATCH_SERVICES is empty: nothing to watch (name services, or * for all)');
        return { alerts: [] };
    }
    const plan = planFor(config, services, await (deps.discovery ?? (0, fieldDiscovery_1.discoveryFor)(deps.client, config)).require(), nowMs);
    const thresholds = (0, spike_1.thresholdsFrom)(config.watch, deps.thresholds);
    const { read, partial, snapshot } = await detect(storeFor(deps.client, config), config.elasticsearch.index, plan);
    const mutes = muteRules(snapshot);
    if (partial)
        log.warn('the detection search answered in part (shard failures): spikes may be missing and counts may be low');
    const spikes = measuresOf(read, plan, thresholds).measures.filter((m) => m.spiking).sort(tick_1.byConcern);
    const alerts = [];
    for (const m of spikes) {
        if ((0, spike_1.isMuted)(mutes, m.service, m.status, nowMs)) {
            log.info({ service: m.service, status: m.status }, 'spike left out: muted');
            continue;
        }
        let causes = [];
        try {
            const result = await deps.triage.triage({ status: m.status, service: m.service, window: (0, window_1.coveringWindow)(plan.windowMs), environment: null, at: new Date(nowMs) });
            causes = result.causes;
        }
        catch (error) {
            log.warn({ err: error, service: m.service, status: m.status }, `triage failed: ${(0, errors_1.describeError)(error)}`);
        }
        alerts.push({ service: m.service, status: m.status, count: m.count, expected: m.expected, ratio: m.ratio, changePct: m.changePct, causes });
    }
    return { alerts };
}
//# sourceMappingURL=watch.js.map