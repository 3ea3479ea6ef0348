"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.instrument = instrument;
/**
 * Counts what a client really sends, from its own diagnostic events: a round trip is an HTTP request,
 * whatever code path made it. Measured code runs one at a time, so the count belongs to it.
 */
function instrument(client) {
    let requests = [];
    client.diagnostic.on('request', (_error, event) => {
        const params = event?.meta.request.params;
        const body = params?.body;
        requests.push({ method: params?.method ?? '?', path: params?.path ?? '?', querystring: params?.querystring ?? '', body: typeof body === 'string' ? body : body === undefined ? '' : '[binary]' });
    });
    return {
        count: () => requests.length,
        sent: () => requests,
        reset: () => {
            requests = [];
        },
    };
}
//# sourceMappingURL=instrument.js.map