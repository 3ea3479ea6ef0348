"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HISTORY_EXACT_BELOW = exports.EXACT_BELOW = exports.NO_SAMPLING = exports.HISTORY_SAMPLE_FACTOR = exports.SAMPLING_SEED = exports.ERROR_SAMPLE_DOCS = exports.MAX_PROBABILITY = exports.DEFAULT_SAMPLE_DOCS = void 0;
exports.errorSampleSize = errorSampleSize;
exports.samplingFor = samplingFor;
exports.samplingPlan = samplingPlan;
exports.routeSampling = routeSampling;
exports.unsampled = unsampled;
exports.withSample = withSample;
exports.estimatedMatches = estimatedMatches;
const responses_1 = require("./responses");
const aggMerge_1 = require("./aggMerge");
const samplingPolicy_1 = require("./samplingPolicy");
const triageQueries_1 = require("./triageQueries");
var samplingPolicy_2 = require("./samplingPolicy");
Object.defineProperty(exports, "DEFAULT_SAMPLE_DOCS", { enumerable: true, get: function () { return samplingPolicy_2.DEFAULT_SAMPLE_DOCS; } });
Object.defineProperty(exports, "MAX_PROBABILITY", { enumerable: true, get: function () { return samplingPolicy_2.MAX_PROBABILITY; } });
/**
 * When a triage reads a sample instead of every document, and how big. Round two's searches whose answers
 * are shares or contrasts (the service's requests in the window, the versions around it, the contrast)
 * take a `random_sampler` probability from round one's exact count of the service's requests in the
 * window, so every sample holds about `sampleDocs` documents whatever the traffic, and round two stays one
 * round trip. Round one, which has no count yet, reads its top values from a fixed number of the errors
 * (`errorSampleSize`, `withSample`). A busy route's history is estimated too (`routeSampling`). The
 * window's 403/404 count and series, its paths and clients, the baseline's counts, and the history of
 * quiet routes and of every client are never estimated.
 */
/**
 * The errors whose top values round one reads on a busy service: 2,000 keep any share within about ±2
 * points. The counts and the series are always exact; a service with fewer errors than this in the window
 * (nearly all, nearly always) has every one of them read, exactly as without sampling.
 */
exports.ERROR_SAMPLE_DOCS = 2_000;
/** How many errors round one reads the top values of; null: all of them (sampling off). */
function errorSampleSize(policy) {
    return policy === null ? null : (policy.errorSampleDocs ?? exports.ERROR_SAMPLE_DOCS);
}
/** A fixed seed: the same data gives the same sample, so asking twice gives the same answer. */
exports.SAMPLING_SEED = 14;
/**
 * The history's bar for a busy service is set as a sample of ten times the documents would be: 30 days of
 * traffic beyond it (HISTORY_EXACT_BELOW) make a service busy (see SamplingPlan.history).
 */
exports.HISTORY_SAMPLE_FACTOR = 10;
exports.NO_SAMPLING = { requests: null, versions: null, history: null };
/** Three significant digits: the request stays readable and identical for the same traffic. */
function roundProbability(p) {
    const digits = Math.max(0, 2 - Math.floor(Math.log10(p)));
    return Number(p.toFixed(digits));
}
/**
 * Below these many expected documents a search reads them all: it costs a few milliseconds, and an ordinary
 * service's triage stays exactly what it was. The history's estimate (30 days at the window's rate) is the
 * coarsest, and only marks a busy service, so its bar is higher.
 */
exports.EXACT_BELOW = 50_000;
exports.HISTORY_EXACT_BELOW = 1_000_000;
/** The sampling for a search expected to match `expectedDocs` documents; null when reading them all is cheap. */
function samplingFor(policy, expectedDocs, sampleDocs = policy?.sampleDocs ?? samplingPolicy_1.DEFAULT_SAMPLE_DOCS, exactBelow = exports.EXACT_BELOW) {
    if (policy === null)
        return null;
    if (policy.probability !== null)
        return { probability: policy.probability, seed: exports.SAMPLING_SEED };
    if (!(expectedDocs >= exactBelow))
        return null;
    const p = sampleDocs / expectedDocs;
    return p > samplingPolicy_1.MAX_PROBABILITY ? null : { probability: roundProbability(p), seed: exports.SAMPLING_SEED };
}
/**
 * Round two's samplings from the service's requests in the window (exact, from round one): the versions
 * cover the window and the day before it, the history HISTORY_DAYS before it, both estimated at the
 * window's rate (an over-estimate at the peak hour only makes the sample smaller).
 */
function samplingPlan(policy, windowRequests, windowMs) {
    if (policy === null)
        return exports.NO_SAMPLING;
    const perMs = windowRequests / Math.max(1, windowMs);
    return {
        requests: samplingFor(policy, windowRequests),
        versions: samplingFor(policy, perMs * (windowMs + triageQueries_1.DAY_MS)),
        history: samplingFor(policy, perMs * triageQueries_1.HISTORY_DAYS * triageQueries_1.DAY_MS, policy.sampleDocs * exports.HISTORY_SAMPLE_FACTOR, exports.HISTORY_EXACT_BELOW),
    };
}
/**
 * A busy service's route (its target-status requests in the window, exact from round one): sampled when,
 * at the window's rate, it would hold BUSY_ROUTE_ABOVE requests over the lookback (triageQueries
 * `routeSampleSearch`), else null and read exactly. A forced probability samples every route.
 */
function routeSampling(policy, windowCount, windowMs) {
    return samplingFor(policy, (windowCount / Math.max(1, windowMs)) * triageQueries_1.HISTORY_DAYS * triageQueries_1.DAY_MS, triageQueries_1.ROUTE_SAMPLE_DOCS, triageQueries_1.BUSY_ROUTE_ABOVE);
}
/** A response's aggregations, looking inside the sample bucket when the search was sampled. */
function unsampled(response) {
    const aggs = (0, responses_1.aggsOf)(response);
    const inner = aggs[triageQueries_1.SAMPLE_AGG];
    return inner !== null && typeof inner === 'object' ? inner : aggs;
}
/**
 * Aggregations with a fixed-size sample (triageQueries `fixedSample`) read back as if every document had
 * been read: the sample's aggregations join the exact ones, their counts scaled by exact ÷ sampled (1 when
 * the sample held every document, so nothing changes). Distinct counts and first/last times are not
 * scaled: they are what the sample saw. The sample is drawn per shard (up to its size from each), so it
 * comes split by index and each index's part is scaled by that index's own exact count (`INDICES_AGG`
 * beside it), then the parts added up: a window across a rollover (600 errors in yesterday's index,
 * 20,000 in today's) would otherwise weigh yesterday's as much as today's.
 */
function withSample(aggs, exactCount) {
    const sample = aggs[triageQueries_1.SAMPLE_AGG];
    if (sample === undefined || sample === null || typeof sample !== 'object')
        return aggs;
    const rest = {};
    for (const [name, value] of Object.entries(aggs))
        if (name !== triageQueries_1.SAMPLE_AGG && name !== triageQueries_1.INDICES_AGG)
            rest[name] = value;
    const exact = new Map((0, responses_1.buckets)(aggs, triageQueries_1.INDICES_AGG).map((b) => [(0, responses_1.bucketKey)(b), b.doc_count]));
    const sampledTotal = (0, responses_1.docCount)(aggs, triageQueries_1.SAMPLE_AGG);
    const parts = (0, responses_1.buckets)(sample, triageQueries_1.BY_INDEX_AGG).map((part) => {
        // An index missing from the exact counts (more indices than they list): the whole's factor.
        const matched = exact.get((0, responses_1.bucketKey)(part)) ?? (sampledTotal > 0 ? (part.doc_count * exactCount) / sampledTotal : part.doc_count);
        const factor = part.doc_count > 0 && matched > part.doc_count ? matched / part.doc_count : 1;
        return scaled(innerAggs(part), factor);
    });
    return { ...rest, ...(parts.length === 0 ? {} : parts.reduce(aggMerge_1.mergeAggs)) };
}
/** A bucket's own aggregations (not its key and count). */
function innerAggs(bucket) {
    const inner = {};
    for (const [name, value] of Object.entries(bucket))
        if (name !== 'doc_count' && name !== 'key' && name !== 'key_as_string' && name !== 'meta')
            inner[name] = value;
    return inner;
}
function scaled(aggs, factor) {
    return factor === 1 ? aggs : scaleCounts(aggs, factor);
}
const SCALED_KEYS = new Set(['doc_count', 'sum_other_doc_count', 'doc_count_error_upper_bound']);
function scaleCounts(value, factor) {
    if (Array.isArray(value))
        return value.map((v) => scaleCounts(v, factor));
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SCALED_KEYS.has(k) && typeof v === 'number' ? Math.round(v * factor) : scaleCounts(v, factor)]));
}
/** Documents the sampled search matched, estimated from the sample's size (its own doc_count is not scaled). */
function estimatedMatches(response, sampling) {
    const inner = (0, responses_1.aggsOf)(response)[triageQueries_1.SAMPLE_AGG];
    const count = typeof inner?.doc_count === 'number' ? inner.doc_count : 0;
    return Math.round(count / sampling.probability);
}
//# sourceMappingURL=sampling.js.map