"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.elasticsearchEngine = elasticsearchEngine;
/**
 * The engine over `@elastic/elasticsearch` (Elasticsearch 8.x and 9.x). The client takes URL parameters
 * and body keys side by side, so requests are passed on as they are; `ignore: [404]` makes a missing
 * document an answer (`found: false`) instead of an error.
 */
function elasticsearchEngine(client) {
    return {
        kind: 'elasticsearch',
        label: 'Elasticsearch',
        capabilities: { randomSampler: true },
        msearch: ({ searches }, options) => client.msearch({ searches: searches }, options),
        search: ({ body, ...params }, options) => client.search({ ...params, ...body }, options),
        count: async ({ index, query }, options) => (await client.count({ index, ...(query ? { query: query } : {}) }, options)).count,
        fieldCaps: (request, options) => client.fieldCaps(request, options),
        get: async (request, options) => {
            const answer = await client.get(request, options);
            // With `ignore: [404]` a missing index answers an error body without `found`.
            return { found: answer.found === true, _seq_no: answer._seq_no, _primary_term: answer._primary_term, _source: answer._source };
        },
        index: async (request, options) => {
            const answer = await client.index(request, options);
            return { result: answer.result, _seq_no: answer._seq_no, _primary_term: answer._primary_term };
        },
        delete: async (request, options) => ({ result: (await client.delete(request, options)).result }),
        bulk: async ({ operations, refresh }, options) => {
            const answer = await client.bulk({ operations, ...(refresh === undefined ? {} : { refresh }) }, options);
            return { errors: answer.errors, items: answer.items };
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
        indexExists: (index, options) => client.indices.exists({ index }, options),
        createIndex: async ({ index, settings, mappings }, options) => {
            await client.indices.create({ index, settings: settings, mappings: mappings }, options);
        },
        deleteIndex: async (index, options) => {
            await client.indices.delete({ index, ignore_unavailable: true }, options);
        },
        refresh: async (index, options) => {
            await client.indices.refresh({ index }, options);
        },
        clusterHealth: async (request, options) => ({ status: (await client.cluster.health(request, options)).status }),
        onAnswer: (listener) => {
            client.diagnostic.on('response', (error, event) => {
                if (error === null)
                    listener({ path: String(event?.meta.request.params.path ?? '') });
            });
        },
        close: () => client.close(),
    };
}
//# sourceMappingURL=elastic.js.map