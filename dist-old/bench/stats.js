"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.p99 = exports.p95 = exports.median = void 0;
exports.quantile = quantile;
exports.round = round;
exports.timed = timed;
exports.mb = mb;
/** Order statistics for timings: nearest-rank quantiles, no interpolation (what was measured, not between). */
function quantile(values, q) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
    return sorted[rank - 1];
}
const median = (values) => quantile(values, 0.5);
exports.median = median;
const p95 = (values) => quantile(values, 0.95);
exports.p95 = p95;
const p99 = (values) => quantile(values, 0.99);
exports.p99 = p99;
function round(value, digits = 1) {
    const f = 10 ** digits;
    return Math.round(value * f) / f;
}
/** Milliseconds a promise took, with its value. */
async function timed(work) {
    const started = performance.now();
    const value = await work();
    return { ms: performance.now() - started, value };
}
function mb(bytes) {
    return round(bytes / 1024 / 1024, 1);
}
//# sourceMappingURL=stats.js.map