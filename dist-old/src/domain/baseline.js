"use strict";
/**
 * The expected count for a window, from the same window on previous days and the trailing 24 hours: one
 * definition for triage and the watcher. A median, so that one bad day last week does not make today's
 * incident look normal. A period with no logs at all (before the logs begin, an ingest gap) is missing,
 * not zero: the median rests only on the periods with data, and with none there is no baseline yet.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.LAG_NOTICE_MS = void 0;
exports.baselineLevel = baselineLevel;
exports.spikeRatio = spikeRatio;
exports.indexedShare = indexedShare;
exports.notableLag = notableLag;
exports.lagDocsThatMatter = lagDocsThatMatter;
const DAY_MS = 86_400_000;
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** The trailing day counts once it covers at least a window's length (a rate from a few minutes is noise). */
function baselineLevel(input) {
    const samples = input.perDay.filter((n) => n !== null);
    const trailing = input.trailing !== null && input.trailing.coveredMs >= Math.min(input.windowMs, DAY_MS) ? input.trailing : null;
    const trailingPerDay = trailing === null ? null : (trailing.count * DAY_MS) / Math.min(trailing.coveredMs, DAY_MS);
    if (trailingPerDay !== null)
        samples.push((trailingPerDay * input.windowMs) / DAY_MS);
    if (samples.length === 0)
        return { expected: null, periods: 0, trailingPerDay };
    return { expected: Math.round(median(samples) * 10) / 10, periods: samples.length, trailingPerDay };
}
function spikeRatio(total, expected) {
    if (expected === null || expected <= 0)
        return null;
    return Math.round((total / expected) * 10) / 10;
}
/**
 * Logs arrive late: when the newest indexed document is `lagMs` old, the last part of a window ending now
 * is not counted yet. The share of the window that is, so expectations compare like with like.
 */
function indexedShare(windowMs, lagMs) {
    if (lagMs === null || lagMs <= 0)
        return 1;
    return Math.max(0, Math.min(1, (windowMs - lagMs) / windowMs));
}
/** Below this, a newest document's age is not worth a word. */
exports.LAG_NOTICE_MS = 30_000;
/**
 * How far ingestion really lags, or null when it does not: the newest document's age counts only when it
 * is well beyond the usual gap between documents (`docs` seen over `spanMs`). A quiet index whose last
 * request came a minute ago is quiet, not behind.
 */
function notableLag(lagMs, docs, spanMs) {
    if (lagMs === null)
        return null;
    const usualGap = spanMs / Math.max(1, docs);
    return lagMs >= Math.max(exports.LAG_NOTICE_MS, 3 * usualGap) ? lagMs : null;
}
/**
 * How many documents over `spanMs` decide `notableLag`: with at least this many the usual gap is a third of
 * LAG_NOTICE_MS or less, so the threshold is LAG_NOTICE_MS whatever the count. Counting further is waste.
 */
function lagDocsThatMatter(spanMs) {
    return Math.max(1, Math.ceil((3 * spanMs) / exports.LAG_NOTICE_MS));
}
//# sourceMappingURL=baseline.js.map