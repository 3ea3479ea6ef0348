"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.benchHot = benchHot;
const triage_1 = require("../src/services/triage");
const elastic_1 = require("../src/elasticsearch/engines/elastic");
const stats_1 = require("./stats");
function requestFor(dataset) {
    const incident = dataset.spec.incidents[0];
    if (!incident)
        throw new Error(`${dataset.spec.index} has no incident to triage`);
    return { status: incident.status, service: incident.service, window: '1h', environment: null, at: new Date(dataset.spec.end) };
}
async function benchHot(deps) {
    const { client, log, config, hot, main } = deps;
    const forIndex = (index, sampling) => ({ ...config, elasticsearch: { ...config.elasticsearch, index }, triageSampling: sampling });
    // One engine for every triage service: each engine listens to the client's answers once.
    const engine = (0, elastic_1.elasticsearchEngine)(client);
    const service = (c, end) => (0, triage_1.createTriageService)({ client: engine, config: c, logger: deps.logger, now: () => new Date(end) });
    const hotTriage = service(forIndex(hot.spec.index, config.triageSampling), hot.spec.end);
    // Exact on 20 M documents takes long: it is timed once, for scale, with room to finish.
    const exactConfig = forIndex(hot.spec.index, null);
    const exactTriage = service({ ...exactConfig, elasticsearch: { ...exactConfig.elasticsearch, timeoutMs: 300_000 } }, hot.spec.end);
    const mainTriage = service(forIndex(main.spec.index, config.triageSampling), main.spec.end);
    const hotRequest = requestFor(hot);
    const mainRequest = requestFor(main);
    const serviceDocs = (await client.count({ index: hot.spec.index, query: { term: { [config.fields.service]: hotRequest.service } } })).count;
    const exact = await (0, stats_1.timed)(() => exactTriage.triage(hotRequest));
    log.reset();
    const first = await hotTriage.triage(hotRequest);
    const probabilities = [...log.sent().map((r) => r.body).join('\n').matchAll(/"random_sampler":\{"probability":([0-9.e-]+)/g)].map((m) => Number(m[1]));
    for (let i = 0; i < deps.warmup; i++) {
        await hotTriage.triage(hotRequest);
        await mainTriage.triage(mainRequest);
    }
    const hotMs = [];
    const mainMs = [];
    let requests = 0;
    for (let i = 0; i < deps.runs; i++) {
        const runHot = async () => {
            log.reset();
            hotMs.push((await (0, stats_1.timed)(() => hotTriage.triage(hotRequest))).ms);
            requests = Math.max(requests, log.count());
        };
        const runMain = async () => void mainMs.push((await (0, stats_1.timed)(() => mainTriage.triage(mainRequest))).ms);
        if (i % 2 === 0) {
            await runHot();
            await runMain();
        }
        else {
            await runMain();
            await runHot();
        }
    }
    const ids = (causes) => causes.map((c) => c.id);
    const result = {
        index: hot.spec.index,
        service: hotRequest.service,
        serviceDocs,
        status: hotRequest.status,
        window: '1h',
        total: first.total,
        topCause: first.causes[0]?.id ?? null,
        exactTopCause: exact.value.causes[0]?.id ?? null,
        causes: ids(first.causes),
        exactCauses: ids(exact.value.causes),
        topCauseAgrees: (first.causes[0]?.id ?? null) === (exact.value.causes[0]?.id ?? null),
        hotMedianMs: (0, stats_1.round)((0, stats_1.median)(hotMs)),
        hotP95Ms: (0, stats_1.round)((0, stats_1.p95)(hotMs)),
        exactMs: (0, stats_1.round)(exact.ms),
        ordinaryService: mainRequest.service,
        ordinaryMedianMs: (0, stats_1.round)((0, stats_1.median)(mainMs)),
        ordinaryP95Ms: (0, stats_1.round)((0, stats_1.p95)(mainMs)),
        ratio: (0, stats_1.round)((0, stats_1.median)(hotMs) / (0, stats_1.median)(mainMs), 2),
        requests,
        probabilities,
        runs: deps.runs,
    };
    deps.say(`  ${result.status} ${result.service} (${serviceDocs.toLocaleString('en-US')} docs): triage ${result.hotMedianMs} ms (p95 ${result.hotP95Ms}; exact ${result.exactMs} ms) vs ${result.ordinaryService} on the main data set ${result.ordinaryMedianMs} ms: ×${result.ratio}, ${requests} round trips, top cause ${result.topCause ?? 'none'} (exact: ${result.exactTopCause ?? 'none'}), sampled at ${probabilities.join(', ') || 'nothing'}`);
    return result;
}
//# sourceMappingURL=hotBench.js.map