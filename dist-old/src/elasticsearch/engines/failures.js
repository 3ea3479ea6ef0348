"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clientFailure = clientFailure;
const elasticsearch_1 = require("@elastic/elasticsearch");
const opensearch_1 = require("@opensearch-project/opensearch");
/** A client error of either engine, or null for anything else. */
function clientFailure(error) {
    if (!(error instanceof Error))
        return null;
    return elasticFailure(error) ?? openSearchFailure(error);
}
function elasticFailure(error) {
    const engine = 'Elasticsearch';
    const message = error.message;
    // An answer that stops mid-body surfaces as a connection error (undici), but for a person it is the same: too slow.
    if (error instanceof elasticsearch_1.errors.TimeoutError)
        return { kind: 'timeout', engine, message };
    if (error instanceof elasticsearch_1.errors.ConnectionError)
        return { kind: /Body Timeout|operation was aborted/i.test(message) ? 'timeout' : connectionKind(message), engine, message };
    if (error instanceof elasticsearch_1.errors.NoLivingConnectionsError)
        return { kind: 'noNode', engine, message };
    if (error instanceof elasticsearch_1.errors.ResponseError) {
        return { kind: 'response', engine, message, statusCode: error.statusCode ?? 0, body: error.body, headers: error.headers };
    }
    if (error instanceof elasticsearch_1.errors.ProductNotSupportedError)
        return { kind: 'notEngine', engine, message };
    return null;
}
function openSearchFailure(error) {
    const engine = 'OpenSearch';
    const message = error.message;
    if (error instanceof opensearch_1.errors.TimeoutError)
        return { kind: 'timeout', engine, message };
    if (error instanceof opensearch_1.errors.ConnectionError)
        return { kind: connectionKind(message), engine, message };
    if (error instanceof opensearch_1.errors.NoLivingConnectionsError)
        return { kind: 'noNode', engine, message };
    if (error instanceof opensearch_1.errors.ResponseError) {
        // Its message is always "Response Error"; a body that is not JSON (a proxy's page) is the reason then.
        const text = typeof error.body === 'string' ? error.body : '';
        return { kind: 'response', engine, message: text, statusCode: error.statusCode ?? 0, body: error.body, headers: error.headers };
    }
    return null;
}
/**
 * The clients' words for a socket that closed mid-answer: undici's (Elasticsearch client) and Node's
 * http module's (OpenSearch client, which says "Response aborted while reading the body").
 */
function connectionKind(message) {
    return /other side closed|socket hang up|ECONNRESET|terminated|premature close|EPIPE|aborted while reading/i.test(message) ? 'closed' : 'connection';
}
//# sourceMappingURL=failures.js.map