"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.snapshotOf = snapshotOf;
exports.leaseLive = leaseLive;
function snapshotOf(m, atMs) {
    return { count: m.count, expected: m.expected, ratio: m.ratio, changePct: m.changePct, at: new Date(atMs).toISOString() };
}
function leaseLive(record, nowMs) {
    return record.lease !== null && Date.parse(record.lease.until) > nowMs;
}
//# sourceMappingURL=incident.js.map