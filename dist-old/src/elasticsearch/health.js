"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkElasticsearch = checkElasticsearch;
const errors_1 = require("./errors");
const lastAnswer_1 = require("./lastAnswer");
/** `_cluster/health` (not `GET /`, which not every deployment exposes), bounded in time. */
async function checkElasticsearch(client, location, timeoutMs = 3000) {
    const started = Date.now();
    try {
        const health = await client.clusterHealth({}, { requestTimeout: timeoutMs, maxRetries: 0 });
        return { reachable: health.status !== 'red', detail: `cluster ${health.status}`, latencyMs: Date.now() - started };
    }
    catch (error) {
        return { reachable: false, detail: (0, errors_1.elasticsearchError)(error, location, timeoutMs, { lastAnswer: (0, lastAnswer_1.lastAnswerAt)(client) }).message, latencyMs: Date.now() - started };
    }
}
//# sourceMappingURL=health.js.map