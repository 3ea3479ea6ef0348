"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readerFor = readerFor;
exports.msearch = msearch;
exports.cleanValue = cleanValue;
exports.readEvidence = readEvidence;
const baseline_1 = require("../domain/baseline");
const contrast_1 = require("../domain/contrast");
const evidence_1 = require("../domain/evidence");
const routes_1 = require("../domain/routes");
const errors_1 = require("./errors");
const lastAnswer_1 = require("./lastAnswer");
const responses_1 = require("./responses");
const routeHistory_1 = require("./routeHistory");
const sampling_1 = require("./sampling");
const triageQueries_1 = require("./triageQueries");
/** The reader for the configured cluster and index pattern. */
function readerFor(client, config) {
    return {
        client,
        index: config.elasticsearch.index,
        location: (0, errors_1.clusterLocation)(config.elasticsearch),
        timeoutMs: config.elasticsearch.timeoutMs,
        tenantPathPattern: new RegExp(config.tenantPathPattern),
        sampling: config.triageSampling,
    };
}
/** One round trip: several searches in one `_msearch`. */
async function msearch(deps, bodies) {
    const searches = bodies.flatMap((body) => [{ index: deps.index, ignore_unavailable: true, allow_no_indices: true }, body]);
    const started = Date.now();
    let raw;
    const left = () => deps.timeoutMs - (Date.now() - started);
    for (let attempt = 1;; attempt++) {
        try {
            raw = await deps.client.msearch({ searches }, { requestTimeout: attempt === 1 ? deps.timeoutMs : left(), maxRetries: 0 });
            break;
        }
        catch (error) {
            // A kept-alive connection that the server or a proxy closed fails the next request at once. A
            // search is a read, so one immediate retry (on a fresh connection, within the same time budget)
            // is safe; the client's own retry would first sleep one to two seconds.
            if (attempt === 1 && (0, errors_1.isConnectionClosed)(error) && left() > 100)
                continue;
            throw (0, errors_1.elasticsearchError)(error, deps.location, deps.timeoutMs, { lastAnswer: (0, lastAnswer_1.lastAnswerAt)(deps.client) });
        }
    }
    return (0, responses_1.msearchItems)(raw, bodies.length);
}
/**
 * A logged value as people mean it: Logstash's combined pattern keeps the quotes around referrer and
 * agent, and most pipelines write `-` (or nothing) for "no value". Null: no value at all.
 */
function cleanValue(raw) {
    const unquoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
    // Only the blank markers go; a value is kept to the letter (a path may end with a space).
    const bare = unquoted.trim();
    return bare === '' || bare === '-' ? null : unquoted;
}
function termCounts(list) {
    const out = new Map();
    for (const b of list) {
        const value = cleanValue((0, responses_1.bucketKey)(b));
        if (value !== null)
            out.set(value, (out.get(value) ?? 0) + b.doc_count);
    }
    return [...out.entries()].map(([value, count]) => ({ value, count }));
}
/** Documents whose field holds a value: `exists` counts `-` too, so the top buckets that are `-` come off. */
function withField(aggs, role) {
    const blanks = (0, responses_1.buckets)(aggs, `top_${role}`).filter((b) => cleanValue((0, responses_1.bucketKey)(b)) === null).reduce((sum, b) => sum + b.doc_count, 0);
    return Math.max(0, (0, responses_1.docCount)(aggs, `has_${role}`) - blanks);
}
/** A role's evidence from the window and the baseline; the successful requests' part comes in round two. */
function fieldEvidence(field, window, baseline, role) {
    return {
        field,
        windowWithField: withField(window, role),
        window: termCounts((0, responses_1.buckets)(window, `top_${role}`)),
        baselineWithField: withField(baseline, role),
        baseline: termCounts((0, responses_1.buckets)(baseline, `top_${role}`)),
        successWithField: 0,
        success: [],
    };
}
function presenceOf(responses) {
    const trailing = responses.get('trailing');
    const trailingFirst = trailing ? (0, responses_1.firstHitTime)(trailing) : null;
    return {
        around: Array.from({ length: triageQueries_1.BASELINE_DAYS }, (_, i) => (0, responses_1.totalHits)(responses.get(`d${i + 1}_around`) ?? { hits: {} }) > 0),
        trailing: trailingFirst !== null,
        trailingFirst,
    };
}
/**
 * Target-status counts per baseline period, null for a day with no logs around it; the trailing day's
 * coverage: whole when the service logged around its start (yesterday's window), else from its first document.
 */
function baselinePeriods(aggs, trailingCount, presence, from) {
    const periods = (0, responses_1.keyedChildren)(aggs, 'periods');
    const target = (key) => {
        const count = periods[key]?.doc_count;
        return typeof count === 'number' ? count : 0;
    };
    const perDay = Array.from({ length: triageQueries_1.BASELINE_DAYS }, (_, i) => (presence.around[i] ? target(`d${i + 1}`) : null));
    if (!presence.trailing)
        return { perDay, trailing: null };
    const first = presence.trailingFirst;
    const coveredMs = presence.around[0] || first === null ? triageQueries_1.DAY_MS : Math.min(triageQueries_1.DAY_MS, from - first);
    return { perDay, trailing: { count: trailingCount, coveredMs } };
}
/** Not yet indexed is not zero: buckets that start after the newest document are left out of the series. */
function indexedSeries(aggs, newestMs, lagMs) {
    const points = (0, responses_1.buckets)(aggs, 'series').map((bk) => ({ t: new Date(Number(bk.key)).toISOString(), count: bk.doc_count }));
    if (newestMs === null || lagMs === null)
        return points;
    return points.filter((p, i) => i === 0 || Date.parse(p.t) <= newestMs);
}
/** The errors' top values per contrast field, blanks (`-`) left out. */
function contrastPicks(window, contrastFields) {
    return contrastFields.flatMap((field, i) => {
        const top = (0, responses_1.buckets)(window, `contrast_${i}`).filter((b) => cleanValue((0, responses_1.bucketKey)(b)) !== null);
        if (top.length === 0)
            return [];
        return [{ field, values: top.map(responses_1.bucketKey), counts: top.map((b) => b.doc_count), shown: top.map((b) => cleanValue((0, responses_1.bucketKey)(b)) ?? '') }];
    });
}
function contrastFrom(response, picks, total, sampling) {
    const aggs = (0, sampling_1.unsampled)(response);
    const candidates = picks.flatMap((pick, i) => {
        const counts = new Map((0, responses_1.buckets)(aggs, `c${i}`).map((b) => [(0, responses_1.bucketKey)(b), b.doc_count]));
        return pick.values.map((value, j) => ({ field: pick.field, value: pick.shown[j] ?? '', count: pick.counts[j] ?? 0, baselineCount: counts.get(value) ?? 0 }));
    });
    return (0, contrast_1.rankContrast)(candidates, total, sampling === null ? (0, responses_1.totalHits)(response) : (0, sampling_1.estimatedMatches)(response, sampling));
}
function groupTemplates(raw) {
    const byTemplate = new Map();
    for (const { value, count } of raw) {
        const template = (0, routes_1.routeTemplate)(value);
        const entry = byTemplate.get(template) ?? { template, count: 0, examples: [], history: null };
        entry.count += count;
        if (entry.examples.length < 3)
            entry.examples.push(value);
        byTemplate.set(template, entry);
    }
    return [...byTemplate.values()].sort((a, b) => b.count - a.count);
}
function repeatsFrom(aggs) {
    const out = [];
    for (const client of (0, responses_1.buckets)(aggs, 'by_ip').length > 0 ? (0, responses_1.buckets)(aggs, 'by_ip') : (0, responses_1.buckets)(aggs, 'by_user')) {
        for (const path of (0, responses_1.buckets)(client, 'paths')) {
            const perMinute = (0, responses_1.buckets)(path, 'per_minute').map((b) => b.doc_count);
            out.push({ client: (0, responses_1.bucketKey)(client), path: (0, responses_1.bucketKey)(path), count: path.doc_count, maxPerMinute: Math.max(0, ...perMinute) });
        }
    }
    return out.sort((a, b) => b.maxPerMinute - a.maxPerMinute || b.count - a.count).slice(0, 10);
}
/** One client (address or agent) bucket of `clients`/`agents`: its paths and activity. */
function clientFrom(bucket, by, from) {
    const key = cleanValue((0, responses_1.bucketKey)(bucket));
    const sub = bucket;
    const first = (0, responses_1.metric)(sub, 'first');
    const last = (0, responses_1.metric)(sub, 'last');
    if (key === null || first === null || last === null)
        return null;
    const agentBucket = (0, responses_1.buckets)(sub, 'agent')[0];
    return {
        key,
        by,
        count: bucket.doc_count,
        agent: by === 'userAgent' ? key : agentBucket ? cleanValue((0, responses_1.bucketKey)(agentBucket)) : null,
        distinctPaths: (0, responses_1.metric)(sub, 'distinct_paths') ?? 0,
        topPaths: termCounts((0, responses_1.buckets)(sub, 'top_paths')),
        first: new Date(first).toISOString(),
        last: new Date(last).toISOString(),
        active: (0, responses_1.buckets)(sub, 'active').map((b) => Math.max(0, Number(b.key) - from)),
    };
}
/** The top clients by address; the top agents stand in when the logs carry no address. */
function clientsFrom(aggs, from) {
    const byIp = (0, responses_1.buckets)(aggs, 'clients').map((b) => clientFrom(b, 'clientIp', from));
    const list = byIp.some((c) => c !== null) ? byIp : (0, responses_1.buckets)(aggs, 'agents').map((b) => clientFrom(b, 'userAgent', from));
    return list.filter((c) => c !== null);
}
function agentsFrom(aggs) {
    return (0, responses_1.buckets)(aggs, 'agents').flatMap((b) => {
        const agent = cleanValue((0, responses_1.bucketKey)(b));
        const sub = b;
        if (agent === null)
            return [];
        return [{ agent, count: b.doc_count, distinctIps: (0, responses_1.metric)(sub, 'distinct_ips') ?? 0, distinctPaths: (0, responses_1.metric)(sub, 'distinct_paths') ?? 0, topPaths: termCounts((0, responses_1.buckets)(sub, 'top_paths')) }];
    });
}
function tenantPairsFrom(aggs, resourceFieldShare, pattern) {
    const pairs = new Map();
    const add = (caller, resource, count) => {
        const key = `${caller}\u0000${resource}`;
        const pair = pairs.get(key) ?? { callerTenant: caller, resourceTenant: resource, count: 0 };
        pair.count += count;
        pairs.set(key, pair);
    };
    // The explicit field wins where the logs carry it; otherwise the tenant is read from the path.
    if (resourceFieldShare >= 0.5) {
        for (const caller of (0, responses_1.buckets)(aggs, 'tenant_pairs')) {
            for (const resource of (0, responses_1.buckets)(caller, 'resource'))
                add((0, responses_1.bucketKey)(caller), (0, responses_1.bucketKey)(resource), resource.doc_count);
        }
    }
    else {
        // Only each caller's top paths are listed (a violation spread over 500 invoice ids lists 20 of them):
        // their tenants stand for all of its requests on tenant paths, counted exactly where the tenant pattern
        // could be said to Elasticsearch, else for all of its requests.
        const exact = (0, responses_1.child)(aggs, 'tenant_paths');
        const callers = Object.keys(exact).length > 0 ? (0, responses_1.buckets)(exact, 'callers') : (0, responses_1.buckets)(aggs, 'tenant_pairs');
        for (const caller of callers) {
            const paths = (0, responses_1.buckets)(caller, 'paths');
            const listed = paths.reduce((sum, path) => sum + path.doc_count, 0);
            const scale = listed > 0 ? caller.doc_count / listed : 1;
            const byResource = new Map();
            for (const path of paths) {
                const resource = (0, routes_1.tenantFromPath)((0, responses_1.bucketKey)(path), pattern);
                if (resource !== null)
                    byResource.set(resource, (byResource.get(resource) ?? 0) + path.doc_count * scale);
            }
            for (const [resource, count] of byResource)
                add((0, responses_1.bucketKey)(caller), resource, Math.round(count));
        }
    }
    return [...pairs.values()].sort((a, b) => b.count - a.count);
}
/**
 * Versions around the window. From a sample, `denied` is taken from the window's exact counts where the
 * version is among its top ones, so a version never seems to carry more of the errors than there are.
 */
function versionsFrom(aggs, exactDenied) {
    return (0, responses_1.buckets)(aggs, 'versions').flatMap((b) => {
        const sub = b;
        const first = (0, responses_1.metric)(sub, 'first');
        const last = (0, responses_1.metric)(sub, 'last');
        if (first === null || last === null)
            return [];
        const inWindow = (0, responses_1.child)(sub, 'in_window');
        return [{
                version: (0, responses_1.bucketKey)(b),
                firstSeen: new Date(first).toISOString(),
                lastSeen: new Date(last).toISOString(),
                requests: (0, responses_1.docCount)(sub, 'in_window'),
                denied: exactDenied?.get((0, responses_1.bucketKey)(b)) ?? (0, responses_1.docCount)(inWindow, 'denied'),
            }];
    }).sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
}
/** First-seen time and prior successes per key, from a user or IP history search. */
function firstSeenBy(response, name) {
    return new Map((0, responses_1.buckets)((0, responses_1.aggsOf)(response), name).map((bk) => {
        const first = (0, responses_1.metric)(bk, 'first');
        return [(0, responses_1.bucketKey)(bk), { firstSeen: first === null ? null : new Date(first).toISOString(), successBefore: (0, responses_1.docCount)(bk, 'ok_before') }];
    }));
}
/** Everything each address asked in the window, and how much of it succeeded (from the IP history search). */
function windowActivityBy(response) {
    return new Map((0, responses_1.buckets)((0, responses_1.aggsOf)(response), 'ips').map((bk) => {
        const inWindow = (0, responses_1.child)(bk, 'in_window');
        return [(0, responses_1.bucketKey)(bk), { windowRequests: (0, responses_1.docCount)(bk, 'in_window'), windowSuccess: (0, responses_1.docCount)(inWindow, 'ok') }];
    }));
}
/** The expected level and lag from round one's baseline and newest-document answers. */
function baselineOf(baseline, trailing, presence, newest, scope, total) {
    const windowMs = scope.to - scope.from;
    const newestMs = (0, responses_1.firstHitTime)(newest);
    const lagMs = (0, baseline_1.notableLag)(newestMs === null ? null : Math.max(0, scope.to - newestMs), (0, responses_1.totalHits)(newest), triageQueries_1.NEWEST_SPAN_MS);
    const read = baselinePeriods((0, responses_1.aggsOf)(baseline), (0, responses_1.totalHits)(trailing), presence, scope.from);
    const level = (0, baseline_1.baselineLevel)({ perDay: read.perDay, trailing: read.trailing, windowMs });
    // The part of the window not indexed yet cannot hold errors yet: expect only what the rest should.
    const expected = level.expected === null ? null : Math.round(level.expected * (0, baseline_1.indexedShare)(windowMs, lagMs) * 10) / 10;
    return {
        baseline: {
            perDay: read.perDay.filter((n) => n !== null),
            missingDays: read.perDay.filter((n) => n === null).length,
            trailing24h: Math.round(level.trailingPerDay ?? 0),
            expected: expected ?? 0,
            ratio: (0, baseline_1.spikeRatio)(total, expected),
            periods: level.periods,
        },
        ingest: { newest: newestMs === null ? null : new Date(newestMs).toISOString(), lagMs },
    };
}
/**
 * Round one, cheap whatever the traffic: the window's target-status requests (count and series exact, top
 * values from at most a fixed number of them), their baseline (counts exact, top values likewise), whether
 * the service logged around each baseline day, the newest document, and a count of the service's requests
 * in the window (from which round two's samplings are chosen).
 */
async function firstRound(deps, scope) {
    const probes = (0, triageQueries_1.presenceSearches)(scope);
    const tenantPaths = scope.tenantPaths === undefined ? (0, routes_1.searchPatternToLuceneRegexp)(deps.tenantPathPattern.source) : scope.tenantPaths;
    const sample = (0, sampling_1.errorSampleSize)(deps.sampling ?? null);
    const windows = (0, triageQueries_1.windowSearches)({ ...scope, tenantPaths }, sample);
    // Only where round two may sample (busy routes are told by it): Elasticsearch, sampling on.
    const snapshot = deps.sampling && deps.client.capabilities.randomSampler ? [(0, triageQueries_1.trafficSnapshotSearch)(scope)] : [];
    const answers = await msearch(deps, [...windows, (0, triageQueries_1.baselineSearch)(scope, sample), (0, triageQueries_1.trailingSearch)(scope), (0, triageQueries_1.newestSearch)(scope), (0, triageQueries_1.trafficSearch)(scope), ...snapshot, ...probes.map((p) => p.body)]);
    const windowParts = answers.slice(0, windows.length);
    const [baseline, trailing, newest, traffic, ...rest] = answers.slice(windows.length);
    const snapshotAnswer = snapshot.length > 0 ? rest[0] : null;
    const probed = rest.slice(snapshot.length);
    const presence = presenceOf(new Map(probes.map((p, i) => [p.key, probed[i]])));
    const total = (0, responses_1.totalHits)(windowParts[0]);
    const w = (0, sampling_1.withSample)(Object.assign({}, ...windowParts.map(responses_1.aggsOf)), total);
    const sameTime = (0, sampling_1.withSample)((0, responses_1.aggsOf)(baseline), (0, responses_1.totalHits)(baseline));
    const { baseline: level, ingest } = baselineOf(baseline, trailing, presence, newest, scope, total);
    const fields = Object.fromEntries(evidence_1.EVIDENCE_ROLES.map((role) => [role, fieldEvidence(scope.fields[role], w, sameTime, role)]));
    const resourceShare = total > 0 ? fields.resourceTenant.windowWithField / total : 0;
    const evidence = {
        query: { status: scope.status, service: scope.service, environment: scope.environment, from: new Date(scope.from).toISOString(), to: new Date(scope.to).toISOString() },
        total,
        series: indexedSeries(w, ingest.newest === null ? null : Date.parse(ingest.newest), ingest.lagMs),
        bucketMs: (0, triageQueries_1.seriesInterval)(scope.to - scope.from),
        requests: { total: (0, responses_1.totalHits)(traffic), byStatus: [] },
        baseline: level,
        ingest,
        fields,
        paths: groupTemplates(termCounts((0, responses_1.buckets)(w, 'raw_paths'))),
        users: termCounts((0, responses_1.buckets)(w, 'top_users')).map((t) => ({ id: t.value, count: t.count, firstSeen: null, successBefore: 0 })),
        ips: fields.clientIp.window.slice(0, triageQueries_1.HISTORY_IPS).map((t) => ({ ip: t.value, count: t.count, firstSeen: null, successBefore: 0, windowRequests: null, windowSuccess: null })),
        versions: [],
        repeats: repeatsFrom((0, responses_1.child)(w, 'repeats')),
        clients: clientsFrom(w, scope.from),
        activityBucketMs: (0, triageQueries_1.activityInterval)(scope.to - scope.from),
        agents: agentsFrom(w),
        tenantPairs: tenantPairsFrom(w, resourceShare, deps.tenantPathPattern),
        contrast: [],
        partial: answers.some((resp) => (0, responses_1.isPartial)(resp)),
    };
    return { evidence, window: w, snapshot: snapshotAnswer };
}
/** The service's requests in the window: the status mix, and what its successful requests look like. */
function applyRequests(evidence, response) {
    const r = (0, sampling_1.unsampled)(response);
    evidence.requests.byStatus = termCounts((0, responses_1.buckets)(r, 'by_status'));
    const success = (0, responses_1.child)(r, 'success');
    for (const role of triageQueries_1.SUCCESS_ROLES) {
        evidence.fields[role].successWithField = withField(success, role);
        evidence.fields[role].success = termCounts((0, responses_1.buckets)(success, `top_${role}`));
    }
}
/** The window's target-status count per version (raw values; scaled from round one's sample above its size), for versions read from a sample. */
function deniedByVersion(window) {
    return new Map((0, responses_1.buckets)(window, 'top_version').map((b) => [(0, responses_1.bucketKey)(b), b.doc_count]));
}
/** Sets what one search read about one top user or address. */
function patchClient(evidence, kind, key, change) {
    if (kind === 'users')
        evidence.users = evidence.users.map((u) => (u.id === key ? { ...u, ...change } : u));
    else
        evidence.ips = evidence.ips.map((ip) => (ip.ip === key ? { ...ip, ...change } : ip));
}
/** A busy service's top users or addresses: each one's first request and successes before, read with bounded searches. */
function busyClientSearches(scope, evidence, kind, keys) {
    return keys.flatMap((key) => [
        {
            body: (0, triageQueries_1.clientFirstSearch)(scope, kind, key),
            apply: (res) => {
                const first = (0, responses_1.firstHitTime)(res);
                patchClient(evidence, kind, key, { firstSeen: first === null ? null : new Date(first).toISOString() });
            },
        },
        // The search stops at the cap on each shard: several shards can add up past it.
        { body: (0, triageQueries_1.clientSuccessSearch)(scope, kind, key), apply: (res) => patchClient(evidence, kind, key, { successBefore: Math.min(triageQueries_1.SUCCESS_COUNT_CAP, (0, responses_1.totalHits)(res)) }) },
    ]);
}
/** A busy service's top addresses: what each asked in the window and how much of it succeeded, counted. */
function windowCountSearches(scope, evidence, ips) {
    return ips.flatMap((ip) => [
        { body: (0, triageQueries_1.windowCountSearch)(scope, ip, false), apply: (res) => patchClient(evidence, 'ips', ip, { windowRequests: (0, responses_1.totalHits)(res) }) },
        { body: (0, triageQueries_1.windowCountSearch)(scope, ip, true), apply: (res) => patchClient(evidence, 'ips', ip, { windowSuccess: (0, responses_1.totalHits)(res) }) },
    ]);
}
/** The routes of round one's snapshot of the window's requests, read only on a busy service (the only one that uses them). */
function busyTraffic(scope, first, plan) {
    return plan.history === null || first.snapshot === null ? null : (0, routeHistory_1.routeTrafficOf)((0, responses_1.hitValues)(first.snapshot, scope.fields.path));
}
/** What round two asks when the window holds target-status requests: routes, users, addresses, contrast. */
function explainSearches(scope, first, plan, policy) {
    const { evidence, window } = first;
    const templates = (0, triageQueries_1.historyTemplates)(evidence.paths.map((p) => p.template));
    const users = evidence.users.map((u) => u.id);
    const ips = evidence.ips.map((i) => i.ip);
    const picks = contrastPicks(window, scope.contrastFields ?? []);
    const searches = [];
    if (templates.length > 0)
        searches.push(...(0, routeHistory_1.historySearches)(scope, evidence, templates, plan.history !== null, policy, busyTraffic(scope, first, plan)));
    const applyUsers = (res) => {
        const seen = firstSeenBy(res, 'users');
        evidence.users = evidence.users.map((user) => ({ ...user, ...seen.get(user.id) }));
    };
    const applyIps = (res) => {
        const seen = firstSeenBy(res, 'ips');
        const inWindow = windowActivityBy(res);
        evidence.ips = evidence.ips.map((ip) => ({ ...ip, ...seen.get(ip.ip), ...inWindow.get(ip.ip) }));
    };
    // On a busy service one search over every top user would read all their requests: bounded reads instead.
    if (plan.history !== null) {
        searches.push(...busyClientSearches(scope, evidence, 'users', users), ...busyClientSearches(scope, evidence, 'ips', ips), ...windowCountSearches(scope, evidence, ips));
    }
    else {
        if (users.length > 0)
            searches.push({ body: (0, triageQueries_1.userHistorySearch)(scope, users), apply: applyUsers });
        if (ips.length > 0)
            searches.push({ body: (0, triageQueries_1.ipHistorySearch)(scope, ips), apply: applyIps });
    }
    if (picks.length > 0) {
        searches.push({ body: (0, triageQueries_1.contrastSearch)(scope, picks, plan.requests), apply: (res) => void (evidence.contrast = contrastFrom(res, picks, evidence.total, plan.requests)) });
    }
    return searches;
}
/**
 * Round two, always: the service's requests and versions (sampled on a busy service, at probabilities
 * chosen from round one's count), and either what explains the target-status requests (route history,
 * users, addresses, contrast) or, when the window holds none, the services with logs lately ("did you
 * mean"). Answers those services' names, or null.
 */
async function secondRound(deps, scope, first, plan, policy) {
    const { evidence, window } = first;
    let known = null;
    const searches = [
        { body: (0, triageQueries_1.requestsSearch)(scope, plan.requests), apply: (res) => applyRequests(evidence, res) },
        { body: (0, triageQueries_1.versionsSearch)(scope, plan.versions), apply: (res) => void (evidence.versions = versionsFrom((0, sampling_1.unsampled)(res), plan.versions ? deniedByVersion(window) : null)) },
    ];
    if (evidence.total > 0)
        searches.push(...explainSearches(scope, first, plan, policy));
    else
        searches.push({ body: (0, triageQueries_1.servicesSearch)(scope.fields, scope.to), apply: (res) => void (known = (0, responses_1.buckets)((0, responses_1.aggsOf)(res), 'services').map(responses_1.bucketKey)) });
    const answers = await msearch(deps, searches.map((s) => s.body));
    searches.forEach((s, i) => s.apply(answers[i]));
    evidence.partial = evidence.partial || answers.some(responses_1.isPartial);
    return known;
}
/**
 * Gathers the evidence for one triage in two round trips: round one exact and cheap (the window, the
 * baseline, a count of the service's traffic), round two what may be read from a sample on a busy service.
 */
async function readEvidence(deps, scope) {
    const first = await firstRound(deps, scope);
    // `random_sampler` is Elasticsearch's alone: on OpenSearch round two reads every document.
    const policy = deps.client.capabilities.randomSampler ? (deps.sampling ?? null) : null;
    const sampling = (0, sampling_1.samplingPlan)(policy, first.evidence.requests.total, scope.to - scope.from);
    const knownServices = await secondRound(deps, scope, first, sampling, policy);
    return { evidence: first.evidence, requests: 2, knownServices, sampling };
}
//# sourceMappingURL=triageReader.js.map