"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.searchResponse = void 0;
exports.msearchItems = msearchItems;
exports.totalHits = totalHits;
exports.isPartial = isPartial;
exports.hitValues = hitValues;
exports.firstHitTime = firstHitTime;
exports.sortRows = sortRows;
exports.aggsOf = aggsOf;
exports.buckets = buckets;
exports.docCount = docCount;
exports.metric = metric;
exports.child = child;
exports.keyedCounts = keyedCounts;
exports.keyedChildren = keyedChildren;
exports.bucketKey = bucketKey;
const zod_1 = require("zod");
const errors_1 = require("../errors");
const errors_2 = require("./errors");
/**
 * zod views of the parts of Elasticsearch responses the product depends on. Anything else in a
 * response is ignored; a missing part we need becomes a coded error instead of `undefined` deep inside.
 */
const bucket = zod_1.z.looseObject({ key: zod_1.z.union([zod_1.z.string(), zod_1.z.number()]), key_as_string: zod_1.z.string().optional(), doc_count: zod_1.z.number() });
const termsAgg = zod_1.z.looseObject({ buckets: zod_1.z.array(bucket) });
const countAgg = zod_1.z.looseObject({ doc_count: zod_1.z.number() });
const valueAgg = zod_1.z.looseObject({ value: zod_1.z.number().nullable(), value_as_string: zod_1.z.string().optional() });
const keyedBuckets = zod_1.z.looseObject({ buckets: zod_1.z.record(zod_1.z.string(), countAgg) });
// Built once: zod compiles a schema on first use, which costs more than the parse on hot paths (ticks).
const keyedChildBuckets = zod_1.z.looseObject({ buckets: zod_1.z.record(zod_1.z.string(), zod_1.z.record(zod_1.z.string(), zod_1.z.unknown())) });
exports.searchResponse = zod_1.z.looseObject({
    timed_out: zod_1.z.boolean().optional(),
    /** A search with `terminate_after` that stopped there. */
    terminated_early: zod_1.z.boolean().optional(),
    _shards: zod_1.z.looseObject({ failed: zod_1.z.number().optional() }).optional(),
    /** Only in cross-cluster searches: remote clusters that were skipped or answered in part. */
    _clusters: zod_1.z.looseObject({ skipped: zod_1.z.number().optional(), partial: zod_1.z.number().optional(), failed: zod_1.z.number().optional() }).optional(),
    hits: zod_1.z.looseObject({
        total: zod_1.z.union([zod_1.z.number(), zod_1.z.looseObject({ value: zod_1.z.number() })]).optional(),
        hits: zod_1.z.array(zod_1.z.looseObject({ _source: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).optional(), sort: zod_1.z.array(zod_1.z.unknown()).optional(), fields: zod_1.z.record(zod_1.z.string(), zod_1.z.array(zod_1.z.unknown())).optional() })).optional(),
    }),
    aggregations: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()).optional(),
});
const errorCause = zod_1.z.looseObject({ type: zod_1.z.string().optional(), reason: zod_1.z.string().optional() });
const errorItem = zod_1.z.looseObject({
    error: zod_1.z.union([zod_1.z.string(), zod_1.z.looseObject({ type: zod_1.z.string().optional(), reason: zod_1.z.string().optional(), root_cause: zod_1.z.array(errorCause).optional() })]),
    status: zod_1.z.number().optional(),
});
function parseOrThrow(schema, value, what) {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
        throw new errors_1.AppError(errors_1.ErrorCode.ElasticsearchUnexpected, `Elasticsearch answered in an unexpected shape (${what})`, { cause: parsed.error });
    }
    return parsed.data;
}
/** Each msearch item, or the coded error Elasticsearch gave for it. */
function msearchItems(body, expected) {
    const { responses } = parseOrThrow(zod_1.z.looseObject({ responses: zod_1.z.array(zod_1.z.unknown()) }), body, 'msearch');
    if (responses.length !== expected) {
        throw new errors_1.AppError(errors_1.ErrorCode.ElasticsearchUnexpected, `Elasticsearch answered ${responses.length} of ${expected} searches`);
    }
    return responses.map((item, i) => {
        const failed = errorItem.safeParse(item);
        if (failed.success) {
            const error = failed.data.error;
            // "all shards failed" says nothing: the root cause is what a person can act on.
            const cause = typeof error === 'string' ? null : error.root_cause?.[0] ?? error;
            const reason = (0, errors_2.oneLine)(cause === null ? String(error) : [cause.type, cause.reason].filter(Boolean).join(': '));
            const status = failed.data.status;
            if (status === 429 || status === 503) {
                throw new errors_1.AppError(errors_1.ErrorCode.ElasticsearchResponse, `Elasticsearch is overloaded and turned down search ${i + 1} (${status}: ${reason})`, { hint: 'try again in a minute' });
            }
            throw new errors_1.AppError(errors_1.ErrorCode.ElasticsearchResponse, `Elasticsearch rejected search ${i + 1}: ${reason}`);
        }
        return parseOrThrow(exports.searchResponse, item, `search ${i + 1}`);
    });
}
function totalHits(response) {
    const total = response.hits.total;
    if (total === undefined)
        return 0;
    return typeof total === 'number' ? total : total.value;
}
/** Some of the data did not answer: a timed-out search, failed shards, or skipped or failed remote clusters. */
function isPartial(response) {
    const clusters = response._clusters;
    return (response.timed_out === true ||
        (response._shards?.failed ?? 0) > 0 ||
        (clusters?.skipped ?? 0) > 0 ||
        (clusters?.partial ?? 0) > 0 ||
        (clusters?.failed ?? 0) > 0);
}
/** Each hit's first value of a doc-value field (`docvalue_fields`), as text; hits without one are left out. */
function hitValues(response, field) {
    const out = [];
    for (const hit of response.hits.hits ?? []) {
        const value = hit.fields?.[field]?.[0];
        if (typeof value === 'string' || typeof value === 'number')
            out.push(String(value));
    }
    return out;
}
/** The sort value of the first hit of a search sorted by time (formatted as an ISO date), as epoch ms. */
function firstHitTime(response) {
    const value = response.hits.hits?.[0]?.sort?.[0];
    const ms = typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : Number.NaN;
    return Number.isFinite(ms) ? ms : null;
}
/** Each hit's sort values as numbers (a time formatted as epoch ms, a status stored as text); NaN where neither. */
function sortRows(response) {
    return (response.hits.hits ?? []).map((hit) => (hit.sort ?? []).map((v) => (typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN)));
}
function aggsOf(response) {
    return response.aggregations ?? {};
}
function sub(aggs, name) {
    return aggs[name];
}
/** Buckets of a terms/histogram agg; an absent agg (no such index) reads as empty. */
function buckets(aggs, name) {
    const value = sub(aggs, name);
    if (value === undefined)
        return [];
    return parseOrThrow(termsAgg, value, name).buckets;
}
function docCount(aggs, name) {
    const value = sub(aggs, name);
    if (value === undefined)
        return 0;
    return parseOrThrow(countAgg, value, name).doc_count;
}
function metric(aggs, name) {
    const value = sub(aggs, name);
    if (value === undefined)
        return null;
    return parseOrThrow(valueAgg, value, name).value;
}
function child(aggs, name) {
    const value = sub(aggs, name);
    return value !== null && typeof value === 'object' ? value : {};
}
function keyedCounts(aggs, name) {
    const value = sub(aggs, name);
    if (value === undefined)
        return {};
    const parsed = parseOrThrow(keyedBuckets, value, name).buckets;
    return Object.fromEntries(Object.entries(parsed).map(([key, b]) => [key, b.doc_count]));
}
function keyedChildren(aggs, name) {
    const value = sub(aggs, name);
    if (value === undefined)
        return {};
    return parseOrThrow(keyedChildBuckets, value, name).buckets;
}
function bucketKey(b) {
    return typeof b.key === 'number' && b.key_as_string === undefined ? String(b.key) : b.key_as_string ?? String(b.key);
}
//# sourceMappingURL=responses.js.map