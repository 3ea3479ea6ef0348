"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIN_ROUTE_SAMPLE = void 0;
exports.busyRouteHistory = busyRouteHistory;
exports.routeTrafficOf = routeTrafficOf;
exports.historySearches = historySearches;
const goneShouldBe410_1 = require("../domain/causes/goneShouldBe410");
const routes_1 = require("../domain/routes");
const status_1 = require("../domain/status");
const responses_1 = require("./responses");
const sampling_1 = require("./sampling");
const triageQueries_1 = require("./triageQueries");
/**
 * Sets a route's history, and its window count where the exact count (`inWindow`) is higher than its
 * listed paths': the raw-path list only holds the window's most frequent paths, so a route spread over
 * many ids (`/v1/orders/{id}/receipt`, one request each) is undercounted there. A template's regexp reads
 * `{id}` as any segment, so it can also match another template's paths: what is added never takes the
 * listed paths past the window's total.
 */
function setRouteHistory(evidence, template, history, inWindow) {
    const path = evidence.paths.find((p) => p.template === template);
    if (!path)
        return;
    path.history = history;
    const unlisted = Math.max(0, evidence.total - evidence.paths.reduce((sum, p) => sum + p.count, 0));
    path.count += Math.min(unlisted, Math.max(0, inWindow - path.count));
    evidence.paths.sort((a, b) => b.count - a.count);
}
const isoOrNull = (ms) => (ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString());
/** Routes read exactly: before and in the window told apart by a date range, each status with its last request. */
function applyPathHistory(evidence, templates, response) {
    const read = (0, responses_1.aggsOf)(response);
    const history = templates.length === 1 ? { t0: read } : (0, responses_1.keyedChildren)(read, 'templates');
    templates.forEach((template, i) => {
        const aggs = history[`t${i}`];
        if (!aggs)
            return;
        const when = (0, responses_1.keyedChildren)(aggs, 'when');
        const before = when.before ?? {};
        const statuses = (0, responses_1.buckets)(before, 'status');
        const okTimes = statuses.filter((bk) => (0, status_1.isSuccessStatus)(Number((0, responses_1.bucketKey)(bk)))).map((bk) => (0, responses_1.metric)(bk, 'last') ?? Number.NEGATIVE_INFINITY);
        const inWindow = (0, responses_1.buckets)(when.window ?? {}, 'status').find((bk) => (0, responses_1.bucketKey)(bk) === String(evidence.query.status))?.doc_count ?? 0;
        const read = {
            byStatus: Object.fromEntries(statuses.map((bk) => [(0, responses_1.bucketKey)(bk), bk.doc_count])),
            lastSuccess: isoOrNull(okTimes.length > 0 ? Math.max(...okTimes) : null),
            firstSeen: isoOrNull((0, responses_1.metric)(before, 'first')),
        };
        setRouteHistory(evidence, template, read, inWindow);
    });
}
/** Fewer sampled requests than this: a busy route's statuses are read from its earliest requests instead. */
exports.MIN_ROUTE_SAMPLE = 50;
function countStatuses(rows) {
    const byStatus = new Map();
    for (const [ms = Number.NaN, status = Number.NaN] of rows) {
        if (!Number.isFinite(status))
            continue;
        const seen = byStatus.get(String(status)) ?? { count: 0, last: Number.NEGATIVE_INFINITY };
        byStatus.set(String(status), { count: seen.count + 1, last: Math.max(seen.last, Number.isFinite(ms) ? ms : Number.NEGATIVE_INFINITY) });
    }
    return byStatus;
}
/**
 * A busy route's last success: exact when it falls in the day before the window (nearly always, on a busy
 * route that works). Older, its time is what the sample or the earliest requests saw, held on the side of
 * the exact count of successes over the days that decide whether the route is gone: the count says
 * whether there was one, so "no success for days" is never a sample's guess.
 */
function lastSuccessOf(read, seen) {
    if (read.recentSuccess !== null)
        return read.recentSuccess;
    const dayBefore = read.fromMs - triageQueries_1.LAST_SUCCESS_SPAN_MS;
    const goneBefore = read.fromMs - goneShouldBe410_1.GONE_AFTER_MS;
    // A success within the deciding days but not in the last one: it lies between them.
    if (read.succeededWithin)
        return Math.min(dayBefore - 1, Math.max(goneBefore + 1, seen ?? goneBefore + 1));
    return seen === null ? null : Math.min(seen, goneBefore - 1);
}
/**
 * A busy route's history. All its requests were read one by one when they were at most ROUTE_EARLIEST:
 * exact. Otherwise the statuses' shares come from the sample (from the earliest requests if the sample
 * holds fewer than MIN_ROUTE_SAMPLE), scaled to the exact count. The first request is exact, and whether
 * it succeeded lately (`lastSuccessOf`).
 */
function busyRouteHistory(read) {
    const early = countStatuses(read.earliest);
    const firstSeen = isoOrNull(read.earliest[0]?.[0] ?? null);
    const complete = read.earliest.length < triageQueries_1.ROUTE_EARLIEST || read.total <= read.earliest.length;
    const sampled = new Map((0, responses_1.buckets)(read.sample, 'status').map((bk) => [(0, responses_1.bucketKey)(bk), { count: bk.doc_count, last: (0, responses_1.metric)(bk, 'last') ?? Number.NEGATIVE_INFINITY }]));
    const shares = complete || read.sampleDocs < exports.MIN_ROUTE_SAMPLE ? early : sampled;
    const seen = [...shares.values()].reduce((s, v) => s + v.count, 0);
    const scale = complete || seen === 0 ? 1 : read.total / seen;
    const okTimes = [...early, ...(complete ? [] : sampled)].filter(([status]) => (0, status_1.isSuccessStatus)(Number(status))).map(([, v]) => v.last);
    return {
        byStatus: Object.fromEntries([...shares].map(([status, v]) => [status, Math.round(v.count * scale)])),
        lastSuccess: isoOrNull(lastSuccessOf(read, okTimes.length > 0 ? Math.max(...okTimes) : null)),
        firstSeen,
    };
}
/** A busy route's searches; the last one's answer sets its history. */
function busyRouteSearches(scope, evidence, template, sampling) {
    let sample = null;
    let earliest = null;
    let recentSuccess = null;
    let succeededWithin = false;
    return [
        { body: (0, triageQueries_1.routeSampleSearch)(scope, template, sampling), apply: (res) => void (sample = res) },
        { body: (0, triageQueries_1.routeEarliestSearch)(scope, template), apply: (res) => void (earliest = res) },
        { body: (0, triageQueries_1.routeLastSuccessSearch)(scope, template), apply: (res) => void (recentSuccess = (0, responses_1.firstHitTime)(res)) },
        { body: (0, triageQueries_1.routeAnySuccessSearch)(scope, template, goneShouldBe410_1.GONE_AFTER_MS), apply: (res) => void (succeededWithin = (0, responses_1.totalHits)(res) > 0) },
        {
            body: (0, triageQueries_1.routeWindowCountSearch)(scope, template),
            apply: (res) => {
                if (sample === null || earliest === null)
                    return;
                const read = {
                    total: (0, responses_1.totalHits)(sample),
                    sample: (0, sampling_1.unsampled)(sample),
                    sampleDocs: (0, responses_1.docCount)((0, responses_1.aggsOf)(sample), triageQueries_1.SAMPLE_AGG),
                    earliest: (0, responses_1.sortRows)(earliest),
                    fromMs: scope.from,
                    recentSuccess,
                    succeededWithin,
                };
                setRouteHistory(evidence, template, busyRouteHistory(read), (0, responses_1.totalHits)(res));
            },
        },
    ];
}
function routeTrafficOf(paths) {
    const byTemplate = new Map();
    for (const path of paths) {
        const template = (0, routes_1.routeTemplate)(path);
        byTemplate.set(template, (byTemplate.get(template) ?? 0) + 1);
    }
    return { docs: paths.length, byTemplate };
}
/**
 * A route's requests in the window that decide how its history is read: its errors (exact), or, when its
 * share of the snapshot of the window's traffic times the service's requests would give it
 * BUSY_BY_TRAFFIC_ABOVE requests over the lookback, that estimate: a route that errs little but serves a
 * great deal is busy by its traffic.
 */
function windowRequestsOf(evidence, template, traffic, windowMs) {
    const errors = evidence.paths.find((p) => p.template === template)?.count ?? 0;
    if (traffic === null || traffic.docs === 0)
        return errors;
    const requests = ((traffic.byTemplate.get(template) ?? 0) / traffic.docs) * evidence.requests.total;
    const overLookback = (requests / Math.max(1, windowMs)) * triageQueries_1.HISTORY_DAYS * triageQueries_1.DAY_MS;
    return overLookback >= triageQueries_1.BUSY_BY_TRAFFIC_ABOVE ? Math.max(errors, requests) : errors;
}
/**
 * The routes' history: one search over them all on an ordinary service. On a busy one, each route on its
 * own (its pattern matched once, not twice as inside a search over them all), exactly, or, when the route
 * itself is busy by its errors or its traffic, from bounded searches (`busyRouteSearches`): a quiet route
 * is never judged from a sample ("never requested before" must be true), and Elasticsearch does not stop
 * an aggregation early.
 */
function historySearches(scope, evidence, templates, busy, policy, traffic = null) {
    if (!busy)
        return [{ body: (0, triageQueries_1.pathHistorySearch)(scope, templates), apply: (res) => applyPathHistory(evidence, templates, res) }];
    const windowMs = scope.to - scope.from;
    return templates.flatMap((template) => {
        const sampling = (0, sampling_1.routeSampling)(policy, windowRequestsOf(evidence, template, traffic, windowMs), windowMs);
        if (sampling !== null)
            return busyRouteSearches(scope, evidence, template, sampling);
        return [{ body: (0, triageQueries_1.routeHistorySearch)(scope, template), apply: (res) => applyPathHistory(evidence, [template], res) }];
    });
}
//# sourceMappingURL=routeHistory.js.map