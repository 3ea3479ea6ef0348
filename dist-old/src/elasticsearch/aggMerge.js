"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mergeAggs = mergeAggs;
const responses_1 = require("./responses");
/**
 * Adds up aggregation answers of the same shape, as Elasticsearch's own reduce adds up its shards': the
 * counts of a terms or filter aggregation summed, buckets with the same key merged (their own
 * aggregations too), buckets ordered by count again. Used to join the parts of a sample read per index
 * (sampling `withSample`), which each come scaled by their own factor. Only counts are summed: a metric
 * (a distinct count, a first or last time) keeps the larger value, an approximation no caller relies on
 * (samples hold terms and filters only).
 */
function mergeAggs(a, b) {
    const out = { ...a };
    for (const [name, value] of Object.entries(b))
        out[name] = name in a ? mergeValue(name, a[name], value) : value;
    return out;
}
const SUMMED = new Set(['doc_count', 'sum_other_doc_count', 'doc_count_error_upper_bound']);
const isNode = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function mergeValue(name, x, y) {
    if (typeof x === 'number' && typeof y === 'number')
        return SUMMED.has(name) ? x + y : Math.max(x, y);
    if (name === 'buckets' && Array.isArray(x) && Array.isArray(y))
        return mergeBuckets(x, y);
    if (isNode(x) && isNode(y))
        return mergeAggs(x, y);
    return x;
}
function keyOf(bucket) {
    return isNode(bucket) ? (0, responses_1.bucketKey)(bucket) : '';
}
function countOf(bucket) {
    return isNode(bucket) && typeof bucket.doc_count === 'number' ? bucket.doc_count : 0;
}
/** Buckets of both sides, those with the same key merged, the biggest first (ties by key, as terms orders them). */
function mergeBuckets(xs, ys) {
    const byKey = new Map();
    for (const bucket of [...xs, ...ys]) {
        const key = keyOf(bucket);
        const seen = byKey.get(key);
        byKey.set(key, seen !== undefined && isNode(seen) && isNode(bucket) ? mergeAggs(seen, bucket) : bucket);
    }
    return [...byKey.entries()].sort((p, q) => countOf(q[1]) - countOf(p[1]) || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0)).map(([, bucket]) => bucket);
}
//# sourceMappingURL=aggMerge.js.map