"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SUCCESS_BEFORE_CAP = exports.EVIDENCE_ROLES = void 0;
exports.fieldAbsent = fieldAbsent;
/**
 * Everything the cause rules may look at, gathered by elasticsearch/ in at most two round trips.
 * Plain data (ISO strings, numbers): the rules are pure functions of this object.
 */
/** Fields whose top values are compared between the window, the baseline and the successful requests. */
exports.EVIDENCE_ROLES = [
    'user',
    'roles',
    'tenant',
    'resourceTenant',
    'scopes',
    'clientIp',
    'userAgent',
    'referrer',
    'path',
    'reason',
    'version',
    'cacheStatus',
    'cacheControl',
    'auth',
    'method',
];
/**
 * A client's successes before the window are counted up to this many on a busy service (the search stops
 * there): a count at it means at least that many.
 */
exports.SUCCESS_BEFORE_CAP = 100;
/** The field is absent from these logs (no denied document in the window carries it). */
function fieldAbsent(evidence, role) {
    return evidence.total > 0 && evidence.fields[role].windowWithField === 0;
}
//# sourceMappingURL=evidence.js.map