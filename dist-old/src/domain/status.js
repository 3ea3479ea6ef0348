"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SUCCESS_STATUS = void 0;
exports.isSuccessStatus = isSuccessStatus;
/**
 * "Success" everywhere in the product: the request was served, 2xx or 3xx (a 304 or a redirect means the
 * route exists and answered). The queries (elasticsearch/triageQueries) and the tests' simulated reader
 * both read this one definition.
 */
exports.SUCCESS_STATUS = { gte: 200, lt: 400 };
function isSuccessStatus(code) {
    return code >= exports.SUCCESS_STATUS.gte && code < exports.SUCCESS_STATUS.lt;
}
//# sourceMappingURL=status.js.map