"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recreateAccessLogIndex = recreateAccessLogIndex;
exports.bulkLoadStream = bulkLoadStream;
const mapping_1 = require("./mapping");
const errors_1 = require("../errors");
/** (Re)creates an access-log index with the product's mappings. For the demo and the benchmark only. */
async function recreateAccessLogIndex(client, index, fields) {
    await client.deleteIndex(index);
    await client.createIndex({ index, settings: mapping_1.ACCESS_LOG_SETTINGS, mappings: (0, mapping_1.accessLogMappings)(fields) });
}
/**
 * Streams documents into an index with the client's bulk helper (batched by size, a few requests in
 * flight), then refreshes. Any rejected document fails the load: a demo with holes would mislead.
 */
async function bulkLoadStream(client, index, docs, progress = () => undefined, batch = {}) {
    let loaded = 0;
    let failed = 0;
    let firstFailure = '';
    const result = await client.bulkLoad({
        index,
        datasource: (async function* counted() {
            for (const doc of docs) {
                loaded++;
                if (loaded % 50_000 === 0)
                    progress(loaded);
                yield doc;
            }
        })(),
        onDrop: (error) => {
            failed++;
            if (!firstFailure)
                firstFailure = JSON.stringify(error);
        },
        flushBytes: batch.flushBytes ?? 5_000_000,
        concurrency: batch.concurrency ?? 2,
    });
    if (failed > 0 || result.aborted) {
        throw new errors_1.AppError(errors_1.ErrorCode.ElasticsearchResponse, `bulk load into ${index} rejected ${failed} documents: ${firstFailure}`);
    }
    return result.successful;
}
//# sourceMappingURL=bulkLoad.js.map