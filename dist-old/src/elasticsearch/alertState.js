"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATE_SETTINGS = exports.STATE_MAPPINGS = void 0;
exports.alertId = alertId;
exports.muteId = muteId;
exports.parseSnapshot = parseSnapshot;
exports.createAlertStore = createAlertStore;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
const types_1 = require("../domain/types");
const errors_1 = require("../errors");
const errors_2 = require("./errors");
const lastAnswer_1 = require("./lastAnswer");
const responses_1 = require("./responses");
/**
 * The product's own index (`STATE_INDEX`): the only store of alert state, so a restart loses nothing
 * and replicas coordinate through it. Two kinds of documents:
 *
 * - `alert:<status>:<service>`: the last incident of one service and status. The first one is claimed
 *   with `op_type=create`; every later change is written with `if_seq_no`/`if_primary_term` of the
 *   version read, so when replicas race, exactly one write wins and only the winner talks to Slack.
 * - `mute:<status|all>:<service>`: a mute until a time, overwritten by a newer mute, deleted by unmute.
 */
const STATUS = zod_1.z.union([zod_1.z.literal(403), zod_1.z.literal(404)]);
const causeSchema = zod_1.z.object({
    id: zod_1.z.enum(types_1.CAUSE_IDS),
    confidence: zod_1.z.number(),
    title: zod_1.z.string(),
    evidence: zod_1.z.array(zod_1.z.string()),
    remediation: zod_1.z.array(zod_1.z.string()),
    why: zod_1.z.array(zod_1.z.string()).optional(),
});
// Typed against the domain's shape, so the two cannot drift apart.
const alertPayload = zod_1.z.object({
    incidentId: zod_1.z.string(),
    service: zod_1.z.string(),
    status: STATUS,
    count: zod_1.z.number(),
    expected: zod_1.z.number(),
    ratio: zod_1.z.number().nullable(),
    changePct: zod_1.z.number().nullable(),
    window: zod_1.z.object({ from: zod_1.z.string(), to: zod_1.z.string() }),
    firedAt: zod_1.z.string(),
    series: zod_1.z.array(zod_1.z.object({ t: zod_1.z.string(), count: zod_1.z.number() })),
    causes: zod_1.z.array(causeSchema),
    notes: zod_1.z.array(zod_1.z.string()),
    channel: zod_1.z.string(),
});
const measureSnapshot = zod_1.z.object({
    count: zod_1.z.number(),
    expected: zod_1.z.number(),
    ratio: zod_1.z.number().nullable(),
    changePct: zod_1.z.number().nullable(),
    at: zod_1.z.string(),
});
// The shape is the domain's (domain/alerts/incident, where every field says what it means).
const alertDoc = zod_1.z.object({
    kind: zod_1.z.literal('alert'),
    service: zod_1.z.string(),
    status: STATUS,
    incidentId: zod_1.z.string(),
    phase: zod_1.z.enum(['firing', 'resolved']),
    firedAt: zod_1.z.string(),
    resolvedAt: zod_1.z.string().nullable(),
    updatedAt: zod_1.z.string(),
    fired: measureSnapshot,
    notified: measureSnapshot,
    resolution: measureSnapshot.nullable(),
    refires: zod_1.z.number(),
    channel: zod_1.z.string().nullable(),
    ts: zod_1.z.string().nullable(),
    pending: zod_1.z.enum(['post', 'resolve', 'refire', 'worsened']).nullable(),
    lease: zod_1.z.object({ owner: zod_1.z.string(), token: zod_1.z.string(), until: zod_1.z.string() }).nullable(),
    acknowledgedBy: zod_1.z.string().nullable(),
    acknowledgedAt: zod_1.z.string().nullable(),
    // What was posted, kept to re-render the message on resolution (not indexed).
    alert: alertPayload.nullable(),
});
const muteDoc = zod_1.z.object({
    kind: zod_1.z.literal('mute'),
    service: zod_1.z.string(),
    status: STATUS.nullable(),
    until: zod_1.z.string(),
    by: zod_1.z.string(),
    createdAt: zod_1.z.string(),
});
exports.STATE_MAPPINGS = {
    // Unknown fields are kept in _source but not indexed: a newer replica may write more.
    dynamic: false,
    properties: {
        kind: { type: 'keyword' },
        service: { type: 'keyword' },
        status: { type: 'short' },
        incidentId: { type: 'keyword' },
        phase: { type: 'keyword' },
        firedAt: { type: 'date' },
        resolvedAt: { type: 'date' },
        updatedAt: { type: 'date' },
        until: { type: 'date' },
        by: { type: 'keyword' },
        createdAt: { type: 'date' },
        channel: { type: 'keyword' },
        ts: { type: 'keyword' },
        pending: { type: 'keyword' },
        acknowledgedBy: { type: 'keyword' },
        acknowledgedAt: { type: 'date' },
        lease: { properties: { owner: { type: 'keyword' }, token: { type: 'keyword' }, until: { type: 'date' } } },
        fired: { type: 'object', enabled: false },
        notified: { type: 'object', enabled: false },
        resolution: { type: 'object', enabled: false },
        refires: { type: 'integer' },
        alert: { type: 'object', enabled: false },
    },
};
exports.STATE_SETTINGS = { number_of_shards: 1, auto_expand_replicas: '0-1' };
/** Alert and mute documents fit in one page: one per service and status that ever fired or was muted. */
const SNAPSHOT_SIZE = 10_000;
function readableId(prefix, service) {
    const id = `${prefix}:${service}`;
    // Document ids are limited to 512 bytes; long names fall back to a hash.
    return Buffer.byteLength(id) <= 480 ? id : `${prefix}:sha256:${(0, node_crypto_1.createHash)('sha256').update(service).digest('hex')}`;
}
function alertId(service, status) {
    return readableId(`alert:${status}`, service);
}
function muteId(service, status) {
    return readableId(`mute:${status ?? 'all'}`, service);
}
function isConflict(error) {
    return (0, errors_2.failureStatus)(error) === 409;
}
/** Stable comparison of two JSON documents (Elasticsearch keeps _source as sent, but be safe on key order). */
function sameJson(a, b) {
    const canonical = (value) => {
        if (Array.isArray(value))
            return value.map(canonical);
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
        }
        return value;
    };
    return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
const hitSchema = zod_1.z.looseObject({
    _id: zod_1.z.string(),
    _seq_no: zod_1.z.number(),
    _primary_term: zod_1.z.number(),
    _source: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()),
});
function parseSnapshot(response) {
    const snapshot = { alerts: [], mutes: [], invalid: 0 };
    for (const raw of response.hits.hits ?? []) {
        const hit = hitSchema.safeParse(raw);
        if (!hit.success) {
            snapshot.invalid++;
            continue;
        }
        const { _id: id, _seq_no: seqNo, _primary_term: primaryTerm, _source: source } = hit.data;
        if (source.kind === 'alert') {
            const doc = alertDoc.safeParse(source);
            if (doc.success)
                snapshot.alerts.push({ id, doc: doc.data, seqNo, primaryTerm });
            else
                snapshot.invalid++;
        }
        else if (source.kind === 'mute') {
            const doc = muteDoc.safeParse(source);
            if (doc.success)
                snapshot.mutes.push({ id, doc: doc.data, seqNo, primaryTerm });
            else
                snapshot.invalid++;
        }
        else {
            snapshot.invalid++;
        }
    }
    return snapshot;
}
const SNAPSHOT_QUERY = { terms: { kind: ['alert', 'mute'] } };
const SNAPSHOT_BODY = { size: SNAPSHOT_SIZE, seq_no_primary_term: true, query: SNAPSHOT_QUERY };
function createAlertStore(deps) {
    const { client, index } = deps;
    // Claims are never retried blindly: a retried create that already succeeded would answer 409 and
    // make the winner believe it lost. Ambiguous failures are settled by reading the document back.
    const writeOptions = { requestTimeout: deps.timeoutMs, maxRetries: 0 };
    (0, lastAnswer_1.trackAnswers)(client);
    const fail = (error) => (0, errors_2.elasticsearchError)(error, deps.location, deps.timeoutMs, { lastAnswer: (0, lastAnswer_1.lastAnswerAt)(client) });
    let ensured = false;
    async function get(id) {
        let response;
        try {
            response = await client.get({ index, id }, { ignore: [404], requestTimeout: deps.timeoutMs });
        }
        catch (error) {
            throw fail(error);
        }
        if (!response.found || response._seq_no === undefined || response._primary_term === undefined)
            return null;
        const doc = alertDoc.safeParse(response._source);
        if (!doc.success)
            throw new errors_1.AppError(errors_1.ErrorCode.ElasticsearchUnexpected, `state document ${id} in ${index} has an unexpected shape`, { cause: doc.error });
        return { id, doc: doc.data, seqNo: response._seq_no, primaryTerm: response._primary_term };
    }
    async function settle(id, doc, error) {
        if (isConflict(error))
            return null;
        // A write whose outcome is unknown (the answer was lost): read back before deciding who won.
        if (!(0, errors_2.isAmbiguousFailure)(error))
            throw fail(error);
        const current = await get(id);
        return current !== null && sameJson(current.doc, doc) ? current : null;
    }
    async function write(id, doc, condition) {
        try {
            // refresh: the next tick's search (here or on another replica) sees the change at once.
            const response = await client.index({ index, id, document: { ...doc }, refresh: true, ...condition }, writeOptions);
            return { id, doc, seqNo: response._seq_no ?? -1, primaryTerm: response._primary_term ?? -1 };
        }
        catch (error) {
            return settle(id, doc, error);
        }
    }
    return {
        index,
        async ensureIndex() {
            if (ensured)
                return;
            try {
                const exists = await client.indexExists(index, { requestTimeout: deps.timeoutMs });
                if (!exists)
                    await client.createIndex({ index, settings: exports.STATE_SETTINGS, mappings: exports.STATE_MAPPINGS }, { requestTimeout: deps.timeoutMs });
            }
            catch (error) {
                const raced = (0, errors_2.failureType)(error) === 'resource_already_exists_exception';
                if (!raced)
                    throw fail(error);
            }
            try {
                // A replica that lost the race to create the index (or saw it a moment after) must not search
                // it before its shard is up: that answers "all shards failed".
                // `wait_for_status: yellow` is not enough: a brand-new index with an unassigned primary reports yellow.
                await client.clusterHealth({ index, wait_for_active_shards: 1, timeout: `${Math.max(1, Math.round(deps.timeoutMs / 1000))}s` }, { requestTimeout: deps.timeoutMs });
            }
            catch (error) {
                throw fail(error);
            }
            ensured = true;
        },
        async snapshot() {
            let response;
            try {
                response = await client.search({ index, ignore_unavailable: true, allow_no_indices: true, body: SNAPSHOT_BODY }, { requestTimeout: deps.timeoutMs });
            }
            catch (error) {
                throw fail(error);
            }
            return parseSnapshot((0, responses_1.msearchItems)({ responses: [response] }, 1)[0]);
        },
        async snapshotWith(search) {
            const header = { index: search.index, ignore_unavailable: true, allow_no_indices: true };
            const searches = [...search.bodies.flatMap((body) => [header, body]), { index, ignore_unavailable: true, allow_no_indices: true }, SNAPSHOT_BODY];
            let raw;
            try {
                raw = await client.msearch({ searches }, { requestTimeout: deps.timeoutMs, maxRetries: 0 });
            }
            catch (error) {
                throw fail(error);
            }
            const items = (0, responses_1.msearchItems)(raw, search.bodies.length + 1);
            return { responses: items.slice(0, -1), snapshot: parseSnapshot(items[items.length - 1]) };
        },
        get,
        create(id, doc) {
            return write(id, doc, { op_type: 'create' });
        },
        replace(current, doc) {
            return write(current.id, doc, { if_seq_no: current.seqNo, if_primary_term: current.primaryTerm });
        },
        async putMute(doc) {
            try {
                await client.index({ index, id: muteId(doc.service, doc.status), document: doc, refresh: true }, { requestTimeout: deps.timeoutMs });
            }
            catch (error) {
                throw fail(error);
            }
        },
        async deleteMutes(ids) {
            let removed = 0;
            for (const id of ids) {
                try {
                    const response = await client.delete({ index, id, refresh: true }, { ignore: [404], requestTimeout: deps.timeoutMs });
                    if (response.result === 'deleted')
                        removed++;
                }
                catch (error) {
                    throw fail(error);
                }
            }
            return removed;
        },
    };
}
//# sourceMappingURL=alertState.js.map