"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.benchWatch = benchWatch;
exports.benchWatchHot = benchWatchHot;
const watch_1 = require("../src/services/watch");
const triage_1 = require("../src/services/triage");
const stats_1 = require("./stats");
const elastic_1 = require("../src/elasticsearch/engines/elastic");
const silentPoster = {
    post: () => Promise.reject(new Error('the benchmark never posts')),
    resolve: () => Promise.resolve(),
};
/**
 * One watcher per set, a first tick (it learns its state index and which services are busy), a warm-up,
 * then the sets take turns so that drift on a shared machine falls on all of them alike. With a clock
 * step, no two ticks search the same time ranges, as in production where every tick's window has moved:
 * Elasticsearch's query cache then cannot answer a tick from an earlier one's filters.
 */
async function measureTicks(deps, sets) {
    const { log } = deps;
    let taken = 0;
    const now = () => new Date(deps.end.getTime() + taken * deps.clockStepMs);
    const tick = async (watcher) => {
        taken++;
        return (0, stats_1.timed)(() => watcher.tick());
    };
    await deps.client.indices.delete({ index: deps.stateIndex, ignore_unavailable: true });
    const watchers = [];
    // One engine for every watcher: each engine listens to the client's answers once.
    const engine = (0, elastic_1.elasticsearchEngine)(deps.client);
    for (const set of sets) {
        const config = {
            ...deps.config,
            elasticsearch: { ...deps.config.elasticsearch, index: set.index, stateIndex: deps.stateIndex },
            watch: { ...deps.config.watch, services: set.names, alertChannel: undefined },
        };
        const triage = (0, triage_1.createTriageService)({ client: engine, config, logger: deps.logger, now });
        const watcher = (0, watch_1.createWatcher)({ client: engine, config, logger: deps.logger, triage, poster: silentPoster, now });
        log.reset();
        const first = await tick(watcher);
        watchers.push({ ...set, watcher, firstTick: log.count(), firstTickMs: first.ms, ms: [], requests: 0, checked: 0, spikes: 0 });
    }
    for (const w of watchers)
        await tick(w.watcher);
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
    return watchers.map((w) => ({
        watched: w.names.length,
        withLogs: w.withLogs,
        requests: w.requests,
        firstTickRequests: w.firstTick,
        firstTickMs: (0, stats_1.round)(w.firstTickMs),
        medianMs: (0, stats_1.round)((0, stats_1.median)(w.ms)),
        p95Ms: (0, stats_1.round)((0, stats_1.p95)(w.ms)),
        checked: w.checked,
        spikes: w.spikes,
    }));
}
async function benchWatch(deps) {
    const { dataset } = deps;
    const sets = deps.sizes.map((size) => {
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
/**
 * The tick with a hot service among the watched ones: 10 and 1,000 services including the hot one, and
 * 10 ordinary ones beside them, all over the hot and watch indices together, taking turns in one loop.
 */
async function benchWatchHot(deps) {
    const hotService = deps.hot.spec.hot?.service;
    if (hotService === undefined)
        throw new Error(`${deps.hot.spec.index} has no hot service`);
    const index = `${deps.watchData.spec.index},${deps.hot.spec.index}`;
    const others = deps.watchData.serviceNames.filter((name) => name !== hotService);
    const set = (names) => ({ index, names, withLogs: names.length });
    const clockStepMs = deps.clockStepMs ?? 100;
    const [ordinary, hot10, hot1000] = (await measureTicks({ ...deps, end: new Date(deps.hot.spec.end), clockStepMs }, [
        set(others.slice(0, 10)),
        set([hotService, ...others.slice(0, 9)]),
        set([hotService, ...others.slice(0, 999)]),
    ]));
    const result = {
        index,
        hotService,
        hotDocs: deps.hot.spec.hot?.docs ?? 0,
        ticks: deps.ticks,
        clockStepMs,
        ordinary,
        hot10,
        hot1000,
        ratio1000vs10: (0, stats_1.round)(hot1000.medianMs / hot10.medianMs, 2),
        hotVsOrdinary: (0, stats_1.round)(hot10.medianMs / ordinary.medianMs, 2),
    };
    for (const [label, s] of [['10 ordinary', ordinary], [`${hotService} + 9`, hot10], [`${hotService} + 999`, hot1000]]) {
        deps.say(`  ${index}, ${label}: ${s.medianMs} ms (p95 ${s.p95Ms}; first tick ${s.firstTickMs} ms), ${s.requests} request(s) per tick, ${s.spikes} spikes`);
    }
    return result;
}
//# sourceMappingURL=watchBench.js.map