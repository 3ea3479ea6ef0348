"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openSearchEngine = openSearchEngine;
exports.openSearchBody = openSearchBody;
const opensearch_1 = require("@opensearch-project/opensearch");
/**
 * The engine over `@opensearch-project/opensearch` (OpenSearch 2.x). Its client answers
 * `{ body, statusCode, … }` and takes request bodies under `body`; it has no `random_sampler`. Every
 * request and answer the product uses is otherwise the same REST API as Elasticsearch's (checked against
 * a real OpenSearch node by the integration suites).
 */
function openSearchEngine(client, defaults) {
    const bounded = (options, start) => withDeadline(start, ((options?.maxRetries ?? defaults.maxRetries) + 1) * (options?.requestTimeout ?? defaults.timeoutMs));
    return {
        kind: 'opensearch',
        label: 'OpenSearch',
        capabilities: { randomSampler: false },
        msearch: async ({ searches }, options) => (await bounded(options, () => client.msearch({ body: searches.map((line, i) => (i % 2 === 1 ? openSearchBody(line) : line)) }, options))).body,
        search: async ({ body, ...params }, options) => (await bounded(options, () => client.search({ ...params, body: openSearchBody(body) }, options))).body,
        count: async ({ index, query }, options) => (await bounded(options, () => client.count({ index, ...(query ? { body: { query } } : {}) }, options))).body.count,
        fieldCaps: async (request, options) => (await bounded(options, () => client.fieldCaps(request, options))).body,
        get: async (request, options) => {
            const { body } = await bounded(options, () => client.get(request, options));
            // With `ignore: [404]` a missing index answers an error body without `found`.
            const answer = body;
            return {
                found: answer.found === true,
                _seq_no: typeof answer._seq_no === 'number' ? answer._seq_no : undefined,
                _primary_term: typeof answer._primary_term === 'number' ? answer._primary_term : undefined,
                _source: answer._source,
            };
        },
        index: async ({ document, ...params }, options) => {
            const { body } = await bounded(options, () => client.index({ ...params, body: document }, options));
            return { result: body.result, _seq_no: body._seq_no, _primary_term: body._primary_term };
        },
        delete: async (request, options) => {
            const { body } = await bounded(options, () => client.delete(request, options));
            const answer = body;
            return { result: typeof answer.result === 'string' ? answer.result : 'not_found' };
        },
        bulk: async ({ operations, refresh }, options) => {
            const { body } = await bounded(options, () => client.bulk({ body: operations, ...(refresh === undefined ? {} : { refresh }) }, options));
            return { errors: body.errors, items: body.items };
        },
        bulkLoad: async ({ index, datasource, onDrop, flushBytes, concurrency }) => {
            const stats = await client.helpers.bulk({
                datasource: datasource[Symbol.asyncIterator](),
                onDocument: () => ({ index: { _index: index } }),
                onDrop: (dropped) => onDrop(dropped.error),
                flushBytes,
                concurrency,
                refreshOnCompletion: index,
            });
            return { successful: stats.successful, aborted: stats.aborted };
        },
        indexExists: async (index, options) => (await bounded(options, () => client.indices.exists({ index }, options))).body,
        createIndex: async ({ index, settings, mappings }, options) => {
            await bounded(options, () => client.indices.create({ index, body: { ...(settings ? { settings } : {}), ...(mappings ? { mappings } : {}) } }, options));
        },
        deleteIndex: async (index, options) => {
            await bounded(options, () => client.indices.delete({ index, ignore_unavailable: true }, options));
        },
        refresh: async (index, options) => {
            await bounded(options, () => client.indices.refresh({ index }, options));
        },
        clusterHealth: async (request, options) => ({ status: (await bounded(options, () => client.cluster.health(request, options))).body.status }),
        onAnswer: (listener) => {
            client.on('response', (error, event) => {
                if (error === null)
                    listener({ path: String(event?.meta.request.params.path ?? '') });
            });
        },
        close: () => client.close(),
    };
}
/**
 * A search body as OpenSearch takes it. Its field sort has no `format` (Elasticsearch 8 formats a date
 * sort value as text, which keeps `date_nanos` exact): `numeric_type: 'date'` gives epoch milliseconds
 * for `date` and `date_nanos` fields alike, which responses.ts reads as well. Pure.
 */
function openSearchBody(body) {
    if (!Array.isArray(body.sort))
        return body;
    const sort = body.sort.map((clause) => {
        if (clause === null || typeof clause !== 'object')
            return clause;
        return Object.fromEntries(Object.entries(clause).map(([field, spec]) => {
            if (spec === null || typeof spec !== 'object' || !('format' in spec))
                return [field, spec];
            const { format: _format, ...rest } = spec;
            return [field, { ...rest, numeric_type: 'date' }];
        }));
    });
    return { ...body, sort };
}
/**
 * The OpenSearch client bounds a request only until the answer's headers: a body that stalls halfway
 * would hang forever. Past the deadline the request is aborted and fails as the client's own timeout,
 * which is how the Elasticsearch client (undici's body timeout) reports the same thing.
 */
function withDeadline(start, deadlineMs) {
    const request = start();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            request.abort?.();
            reject(new opensearch_1.errors.TimeoutError('Request timed out', undefined));
        }, deadlineMs);
        timer.unref();
    });
    // The request's own failure after an abort is expected and already reported.
    request.catch(() => undefined);
    return Promise.race([request, expired]).finally(() => clearTimeout(timer));
}
//# sourceMappingURL=opensearch.js.map