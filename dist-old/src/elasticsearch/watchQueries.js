"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_READ_ALONE = exports.BUSY_AROUND_DOCS = exports.ALL_SERVICES_LIMIT = void 0;
exports.watchedServices = watchedServices;
exports.watchPeriods = watchPeriods;
exports.cellKey = cellKey;
exports.wholeHours = wholeHours;
exports.watchSearch = watchSearch;
exports.watchBodies = watchBodies;
exports.watchAnswers = watchAnswers;
exports.watchCounts = watchCounts;
const baseline_1 = require("../domain/baseline");
const zod_1 = require("zod");
const errors_1 = require("../errors");
const responses_1 = require("./responses");
const triageQueries_1 = require("./triageQueries");
/**
 * The watcher's searches per tick, sent as one request: every watched service and status, the current
 * window, the same window on each previous day and the trailing 24 hours. Their cost grows with buckets
 * and with the documents of the periods they read, not with round trips: one request whatever the number
 * of services.
 */
/** With `WATCH_SERVICES=*`, the busiest services (per status and period) up to this many are watched. */
exports.ALL_SERVICES_LIMIT = 1000;
/** `['*']` (or any `*` in the list) means all services; duplicates and blanks are dropped. */
function watchedServices(names) {
    if (names.some((n) => n.trim() === '*'))
        return 'all';
    return [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
}
/** `current`, then `d1`…`d7` (the same window on previous days), then `trailing` (the 24 h before the window). */
function watchPeriods(to, windowMs) {
    const from = to - windowMs;
    return [{ key: 'current', from, to }, ...(0, triageQueries_1.baselineRanges)(from, to), { key: 'trailing', from: from - triageQueries_1.DAY_MS, to: from }];
}
/** The key of one status × period cell in the tick's search (`404:current`, `403:d3`, …). */
function cellKey(status, period) {
    return `${status}:${period}`;
}
/**
 * A service whose documents around the baseline days number at least this many is read alone on the next
 * tick (`WatchPlan.readAlone`): its first document is then found by a sorted search that stops early,
 * instead of aggregating every one of its requests (a busy service logs millions around those days).
 */
exports.BUSY_AROUND_DOCS = 20_000;
/** At most this many services are read alone: each costs a search of its own in the tick's request. */
exports.MAX_READ_ALONE = 20;
/** The first document of `service` (null: the whole index pattern) in `ranges`, by a search sorted on time. */
function firstDocumentSearch(fields, service, ranges) {
    const filter = [anyOf(fields, ranges)];
    if (service !== null)
        filter.unshift({ term: { [fields.service]: service } });
    return {
        size: 1,
        _source: false,
        track_total_hits: false,
        sort: [{ [fields.time]: { order: 'asc', format: 'strict_date_optional_time' } }],
        query: { bool: { filter } },
    };
}
function anyOf(fields, ranges) {
    return { bool: { should: ranges.map((p) => (0, triageQueries_1.range)(fields.time, p.from, p.to)), minimum_should_match: 1 } };
}
const HOUR_MS = 3_600_000;
/** The periods widened to whole hours, overlaps merged, oldest first. */
function wholeHours(periods) {
    const widened = periods.map((p) => ({ from: Math.floor(p.from / HOUR_MS) * HOUR_MS, to: Math.ceil(p.to / HOUR_MS) * HOUR_MS })).sort((x, y) => x.from - y.from);
    const merged = [];
    for (const h of widened) {
        const last = merged[merged.length - 1];
        if (last !== undefined && h.from <= last.to)
            last.to = Math.max(last.to, h.to);
        else
            merged.push({ ...h });
    }
    return merged.map((h, i) => ({ key: `hours${i}`, ...h }));
}
/**
 * The target-status requests of the periods' whole hours, as a query: it changes twice an hour, not every
 * tick, so Elasticsearch's query cache keeps what it matched (its own advice: search rounded dates) instead
 * of walking every 403 and 404 of the index's days again each tick (281 k of them on the bench's 20 M
 * documents, for a trailing day that holds 49 k). The counts are of the exact periods: the date_range
 * aggregation leaves out the minutes around them.
 */
function targetRequests(plan, periods) {
    return { bool: { filter: [{ terms: { [plan.fields.status]: plan.statuses } }, anyOf(plan.fields, wholeHours(periods))] } };
}
/**
 * Per period (`date_range` over the time field's doc values), per status, the services with documents.
 * Empty services cost nothing this way (a terms-per-service layout returned services × statuses × periods
 * buckets, mostly zeros: 18,000 buckets and 1.8 MB of JSON for 1,000 services).
 */
function countsSearch(plan, periods, serviceFilter, size) {
    const { fields } = plan;
    const services = { terms: { field: fields.service, size, order: [{ _count: 'desc' }, { _key: 'asc' }] } };
    return {
        size: 0,
        // Totals are not needed; counting exactly would only cost time on big indices.
        track_total_hits: false,
        query: { bool: { filter: [...serviceFilter, targetRequests(plan, periods)] } },
        aggs: {
            cells: {
                date_range: { field: fields.time, format: 'epoch_millis', keyed: true, ranges: periods.map((p) => ({ key: p.key, from: p.from, to: p.to })) },
                aggs: { statuses: { terms: { field: fields.status, size: plan.statuses.length }, ...(isSingle(plan) ? {} : { aggs: { services } }) } },
            },
        },
    };
}
function isSingle(plan) {
    return plan.singleService !== undefined && plan.singleService !== null;
}
/**
 * The watcher's searches for one tick: every watched service and status, the current window, the same
 * window on each previous day and the trailing 24 hours; the newest document of the window; each
 * service's first document around the baseline days (days before its logs begin are missing, not zero).
 * Busy services named in `readAlone` get that first document from a sorted search of their own.
 */
function watchSearch(plan) {
    const { fields } = plan;
    const periods = watchPeriods(plan.to, plan.windowMs);
    const current = periods[0];
    const around = (0, triageQueries_1.presenceRanges)(current.from, current.to);
    const single = isSingle(plan);
    const named = plan.services !== 'all' && !single ? plan.services : null;
    const serviceFilter = named === null ? [] : [{ terms: { [fields.service]: named } }];
    const size = plan.services === 'all' ? exports.ALL_SERVICES_LIMIT : Math.max(1, plan.services.length);
    const newest = {
        size: 1,
        _source: false,
        // Beyond this many documents the count no longer changes whether a lag is worth a word.
        track_total_hits: (0, baseline_1.lagDocsThatMatter)(plan.windowMs),
        sort: [{ [fields.time]: { order: 'desc', format: 'strict_date_optional_time' } }],
        query: { bool: { filter: [...serviceFilter, (0, triageQueries_1.range)(fields.time, current.from, current.to)] } },
    };
    const counts = countsSearch(plan, periods, serviceFilter, size);
    const known = plan.knownFirsts ?? new Map();
    if (single) {
        const service = plan.singleService;
        return { counts, newest, presence: null, firsts: known.has(service) ? [] : [{ service, body: firstDocumentSearch(fields, null, around) }] };
    }
    const alone = [...new Set(plan.readAlone ?? [])].filter((s) => (named === null || named.includes(s)) && !known.has(s)).slice(0, exports.MAX_READ_ALONE);
    const rest = named === null ? null : named.filter((s) => !alone.includes(s) && !known.has(s));
    const firsts = alone.map((service) => ({ service, body: firstDocumentSearch(fields, service, around) }));
    if (rest !== null && rest.length === 0)
        return { counts, newest, presence: null, firsts };
    const skipped = [...alone, ...(named === null ? known.keys() : [])];
    const restFilter = rest !== null ? [{ terms: { [fields.service]: rest } }] : skipped.length > 0 ? [{ bool: { must_not: [{ terms: { [fields.service]: skipped } }] } }] : [];
    const presence = {
        size: 0,
        track_total_hits: false,
        query: { bool: { filter: [...restFilter, anyOf(fields, around)] } },
        aggs: { services: { terms: { field: fields.service, size }, aggs: { at: { min: { field: fields.time } } } } },
    };
    return { counts, newest, presence, firsts };
}
/** The searches of a tick in the order they are sent, and back: `watchAnswers` reads the answers in that order. */
function watchBodies(search) {
    return [search.counts, search.newest, ...(search.presence === null ? [] : [search.presence]), ...search.firsts.map((f) => f.body)];
}
function watchAnswers(search, responses) {
    const expected = watchBodies(search).length;
    if (responses.length !== expected)
        throw new errors_1.AppError(errors_1.ErrorCode.ElasticsearchUnexpected, `Elasticsearch answered ${responses.length} of ${expected} searches`);
    const [counts, newest] = responses;
    const presence = search.presence === null ? null : responses[2];
    const offset = search.presence === null ? 2 : 3;
    return { counts, newest, presence, firsts: new Map(search.firsts.map((f, i) => [f.service, responses[offset + i]])) };
}
// The parts of the tick's answer it reads, each checked by one schema built once: a tick parses a
// few thousand buckets, and per-bucket parsing calls (and string keys per service and cell) were most
// of its CPU at 1,000 services.
const termsBucket = zod_1.z.object({ key: zod_1.z.union([zod_1.z.string(), zod_1.z.number()]), key_as_string: zod_1.z.string().optional(), doc_count: zod_1.z.number() });
const servicesAgg = zod_1.z.object({ buckets: zod_1.z.array(termsBucket), sum_other_doc_count: zod_1.z.number().optional() });
const cellsAgg = zod_1.z.object({
    buckets: zod_1.z.record(zod_1.z.string(), zod_1.z.object({ statuses: zod_1.z.object({ buckets: zod_1.z.array(termsBucket.extend({ services: servicesAgg.optional() })) }).optional() })),
});
const presenceAgg = zod_1.z.object({ buckets: zod_1.z.array(termsBucket.extend({ at: zod_1.z.object({ value: zod_1.z.number().nullable() }) })) });
function parsePart(schema, value, name) {
    if (value === undefined)
        return null;
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw new errors_1.AppError(errors_1.ErrorCode.ElasticsearchUnexpected, `Elasticsearch answered in an unexpected shape (${name})`, { cause: parsed.error });
    return parsed.data;
}
function keyOf(b) {
    return typeof b.key === 'number' && b.key_as_string === undefined ? String(b.key) : b.key_as_string ?? String(b.key);
}
/** Where each cell's count sits in a service's row: status-major, periods in `watchPeriods` order. */
function cellIndex(plan) {
    const periods = watchPeriods(plan.to, plan.windowMs);
    const index = new Map();
    plan.statuses.forEach((status, s) => periods.forEach((p, i) => index.set(cellKey(status, p.key), s * periods.length + i)));
    return index;
}
/** Per service, the count of each status × period cell (one synthetic service when the index pattern is the service). */
function cellCounts(response, plan) {
    const periods = parsePart(cellsAgg, (0, responses_1.aggsOf)(response).cells, 'cells')?.buckets ?? {};
    const index = cellIndex(plan);
    const rows = new Map();
    const seen = new Map();
    let truncated = false;
    const single = plan.singleService ?? null;
    const add = (service, at, count) => {
        let row = rows.get(service);
        if (row === undefined)
            rows.set(service, (row = new Array(index.size).fill(0)));
        row[at] = count;
        seen.set(service, (seen.get(service) ?? 0) + count);
    };
    for (const [period, cell] of Object.entries(periods)) {
        for (const status of cell.statuses?.buckets ?? []) {
            const at = index.get(`${keyOf(status)}:${period}`);
            if (at === undefined)
                continue;
            if (single !== null) {
                if (status.doc_count > 0)
                    add(single, at, status.doc_count);
                continue;
            }
            for (const b of status.services?.buckets ?? [])
                if (b.doc_count > 0)
                    add(keyOf(b), at, b.doc_count);
            if ((status.services?.sum_other_doc_count ?? 0) > 0)
                truncated = true;
        }
    }
    return { rows, seen, truncated };
}
function presenceOf(answers) {
    const first = new Map();
    const busy = [];
    for (const [service, response] of answers.firsts) {
        const at = (0, responses_1.firstHitTime)(response);
        if (at !== null)
            first.set(service, at);
        // Once read alone, a service stays so: its sorted search costs little whatever its traffic.
        busy.push(service);
    }
    const agg = answers.presence === null ? null : parsePart(presenceAgg, (0, responses_1.aggsOf)(answers.presence).services, 'presence');
    for (const b of agg?.buckets ?? []) {
        if (b.at.value !== null)
            first.set(keyOf(b), b.at.value);
        if (b.doc_count >= exports.BUSY_AROUND_DOCS)
            busy.push(keyOf(b));
    }
    return { first, busy: busy.slice(0, exports.MAX_READ_ALONE) };
}
/** How far ingestion lags the window's end, when notably (see domain/baseline `notableLag`). */
function lagOf(answers, plan) {
    const newest = (0, responses_1.firstHitTime)(answers.newest);
    return (0, baseline_1.notableLag)(newest === null ? null : Math.max(0, plan.to - newest), (0, responses_1.totalHits)(answers.newest), plan.windowMs);
}
/** How many of the baseline days (from the most recent) the service had logged around: days before its logs begin are missing. */
function daysPresent(first, around) {
    if (first === undefined)
        return 0;
    let days = 0;
    // A day counts from the service's first document around the baseline days on (the logs had begun).
    for (let day = 1; day <= triageQueries_1.BASELINE_DAYS; day++)
        if (first < (around[day - 1]?.to ?? 0))
            days = day;
    return days;
}
/**
 * Counts per watched service and status. Watched services without a single document still appear
 * (all zeros), so a firing incident of a service that went silent can resolve.
 */
function watchCounts(answers, plan) {
    const { rows, seen, truncated } = cellCounts(answers.counts, plan);
    const single = plan.singleService ?? null;
    const names = single !== null
        ? [single]
        : plan.services === 'all'
            ? [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name)
            : plan.services;
    const lagMs = lagOf(answers, plan);
    const presence = presenceOf(answers);
    const firstOf = (service) => presence.first.get(service) ?? plan.knownFirsts?.get(service);
    const around = (0, triageQueries_1.presenceRanges)(plan.to - plan.windowMs, plan.to);
    const width = watchPeriods(plan.to, plan.windowMs).length;
    const empty = new Array(width * plan.statuses.length).fill(0);
    const out = [];
    for (const service of names) {
        const row = rows.get(service) ?? empty;
        const present = daysPresent(firstOf(service), around);
        plan.statuses.forEach((status, s) => {
            const base = s * width;
            const perDay = new Array(triageQueries_1.BASELINE_DAYS);
            for (let i = 0; i < triageQueries_1.BASELINE_DAYS; i++)
                perDay[i] = i < present ? row[base + 1 + i] : null;
            // The trailing day starts where yesterday's window does: logs around it mean the day is covered.
            out.push({ service, status, count: row[base], perDay, trailing24h: row[base + width - 1], trailingCovered: present >= 1, lagMs });
        });
    }
    return { counts: out, truncated: plan.services === 'all' && single === null && truncated, readAlone: single === null ? stillAlone(presence.busy, plan) : [], firsts: presence.first };
}
/**
 * The services the next tick reads alone: those found busy now, and those read alone before that this tick
 * did not read at all because it remembered their first document — still busy, and when the memory ends
 * they must be read alone again, not aggregated with every request they logged around the baseline days.
 */
function stillAlone(busy, plan) {
    const remembered = (plan.readAlone ?? []).filter((s) => plan.knownFirsts?.has(s) === true);
    return [...new Set([...busy, ...remembered])].slice(0, exports.MAX_READ_ALONE);
}
//# sourceMappingURL=watchQueries.js.map