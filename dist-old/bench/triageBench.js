"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.triageCases = triageCases;
exports.benchTriage = benchTriage;
const triage_1 = require("../src/services/triage");
const stats_1 = require("./stats");
const elastic_1 = require("../src/elasticsearch/engines/elastic");
function triageCases(dataset) {
    const incidents = dataset.spec.incidents;
    const taken = new Set(incidents.map((i) => i.service));
    const calm = dataset.serviceNames.filter((n) => !taken.has(n));
    const first = incidents[0];
    const cases = incidents.map((i) => ({ label: i.id, status: i.status, service: i.service, window: '1h' }));
    if (calm[0])
        cases.push({ label: 'calm service', status: 404, service: calm[0], window: '1h' });
    if (calm[1])
        cases.push({ label: 'calm service', status: 403, service: calm[1], window: '1h' });
    if (first)
        cases.push({ label: `${first.id}, 24h window`, status: first.status, service: first.service, window: '24h' });
    // A misspelt name: nothing in the window, so round two lists the services with logs (for "did you mean").
    cases.push({ label: 'unknown service (typo)', status: 404, service: `${(calm[0] ?? 'checkout-api').slice(0, -1)}x`, window: '1h' });
    return cases;
}
/**
 * The floor: the requests one triage sent, replayed byte for byte with the client's transport (the same
 * connection pool, timeout and response parsing), one after another, and nothing else.
 */
function replay(client, sent, timeoutMs) {
    return async () => {
        for (const request of sent) {
            await client.transport.request({ method: request.method, path: request.path, bulkBody: request.body, querystring: Object.fromEntries(new URLSearchParams(request.querystring)) }, { requestTimeout: timeoutMs, maxRetries: 0 });
        }
    };
}
async function benchTriage(deps) {
    const { client, log, config, dataset } = deps;
    const end = new Date(dataset.spec.end);
    const index = dataset.spec.index;
    const caseConfig = { ...config, elasticsearch: { ...config.elasticsearch, index } };
    const triage = (0, triage_1.createTriageService)({ client: (0, elastic_1.elasticsearchEngine)(client), config: caseConfig, logger: deps.logger, now: () => end });
    const cases = [];
    const pairedRatios = [];
    const allTriage = [];
    const allFloor = [];
    const prepared = [];
    for (const c of triageCases(dataset)) {
        const request = { status: c.status, service: c.service, window: c.window, environment: null, at: end };
        log.reset();
        const first = await triage.triage(request);
        const triageSent = [...log.sent()];
        const floor = replay(client, triageSent, config.elasticsearch.timeoutMs);
        log.reset();
        await floor();
        const identical = JSON.stringify(triageSent) === JSON.stringify(log.sent());
        if (!identical)
            deps.say(`  warning: the floor for ${c.label} does not send what the triage sends`);
        prepared.push({ c, request, floor, first, identical });
    }
    // Warm-up over every case first: the JIT, the client's connections and Elasticsearch's caches are then
    // as warm for the first case timed as for the last.
    for (let i = 0; i < deps.warmup; i++) {
        for (const p of prepared) {
            await triage.triage(p.request);
            await p.floor();
        }
    }
    for (const { c, request, floor, first, identical } of prepared) {
        const triageMs = [];
        const floorMs = [];
        let requests = 0;
        let reported = 0;
        for (let i = 0; i < deps.runs; i++) {
            const runTriage = async () => {
                log.reset();
                const { ms, value } = await (0, stats_1.timed)(() => triage.triage(request));
                requests = Math.max(requests, log.count());
                reported = Math.max(reported, value.elasticsearchRequests);
                return ms;
            };
            const runFloor = async () => (await (0, stats_1.timed)(floor)).ms;
            let t;
            let f;
            if (i % 2 === 0) {
                t = await runTriage();
                f = await runFloor();
            }
            else {
                f = await runFloor();
                t = await runTriage();
            }
            triageMs.push(t);
            floorMs.push(f);
            pairedRatios.push(t / f);
        }
        allTriage.push(...triageMs);
        allFloor.push(...floorMs);
        const result = {
            ...c,
            total: first.total,
            topCause: first.causes[0]?.id ?? null,
            triageMedianMs: (0, stats_1.round)((0, stats_1.median)(triageMs)),
            triageP95Ms: (0, stats_1.round)((0, stats_1.p95)(triageMs)),
            floorMedianMs: (0, stats_1.round)((0, stats_1.median)(floorMs)),
            floorP95Ms: (0, stats_1.round)((0, stats_1.p95)(floorMs)),
            ratio: (0, stats_1.round)((0, stats_1.median)(triageMs) / (0, stats_1.median)(floorMs), 2),
            requests,
            reportedRequests: reported,
            identical,
        };
        cases.push(result);
        deps.say(`  ${c.status} ${c.service} ${c.window} (${c.label}): triage ${result.triageMedianMs} ms (p95 ${result.triageP95Ms}), floor ${result.floorMedianMs} ms (p95 ${result.floorP95Ms}), ×${result.ratio}, ${requests} round trips, top cause ${result.topCause ?? 'none'}`);
    }
    return {
        index,
        docs: dataset.count,
        runs: deps.runs,
        cases,
        ratio: (0, stats_1.round)((0, stats_1.median)(pairedRatios), 3),
        ratioP95: (0, stats_1.round)((0, stats_1.p95)(pairedRatios), 3),
        triageMedianMs: (0, stats_1.round)((0, stats_1.median)(allTriage)),
        triageP95Ms: (0, stats_1.round)((0, stats_1.p95)(allTriage)),
        floorMedianMs: (0, stats_1.round)((0, stats_1.median)(allFloor)),
        floorP95Ms: (0, stats_1.round)((0, stats_1.p95)(allFloor)),
        maxRequests: Math.max(...cases.map((c) => c.requests)),
    };
}
//# sourceMappingURL=triageBench.js.map