"use strict";
/**
 * Contrast over every field (what Kibana's log rate analysis and Honeycomb's BubbleUp show): which values
 * are over-represented among the window's 403s/404s compared with the service's normal traffic (its
 * successful requests in the same window). Pure: counts in, ranked findings out.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONTRAST_MIN_TOTAL = exports.CONTRAST_MAX = exports.CONTRAST_MIN_LIFT = exports.CONTRAST_MIN_SHARE = void 0;
exports.rankContrast = rankContrast;
exports.contrastFields = contrastFields;
/** A value must carry at least this share of the errors to be worth a line. */
exports.CONTRAST_MIN_SHARE = 0.2;
/** …and be at least this many times more common among them than in normal traffic. */
exports.CONTRAST_MIN_LIFT = 2;
exports.CONTRAST_MAX = 8;
/** Below this many errors every value is "100% of these": no contrast is drawn from one or two. */
exports.CONTRAST_MIN_TOTAL = 5;
function round(n) {
    return Math.round(n * 1000) / 1000;
}
/**
 * The values over-represented among the errors, strongest first (largest difference of shares). One
 * line per value; a value that stands for the same requests under two fields (`agent` and its copy) is
 * shown once, under the first field.
 */
function rankContrast(candidates, total, baselineTotal) {
    if (total < exports.CONTRAST_MIN_TOTAL)
        return [];
    const findings = candidates
        .map((c) => ({ field: c.field, value: c.value, count: c.count, share: round(c.count / total), baselineShare: baselineTotal > 0 ? round(c.baselineCount / baselineTotal) : 0 }))
        .filter((f) => f.share >= exports.CONTRAST_MIN_SHARE && (f.baselineShare === 0 || f.share / f.baselineShare >= exports.CONTRAST_MIN_LIFT))
        .sort((a, b) => b.share - b.baselineShare - (a.share - a.baselineShare) || a.field.localeCompare(b.field) || a.value.localeCompare(b.value));
    const seen = new Set();
    const out = [];
    for (const f of findings) {
        const key = `${f.value}\u0000${f.count}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(f);
        if (out.length === exports.CONTRAST_MAX)
            break;
    }
    return out;
}
/** Fields never worth contrasting: per-request ids, times, raw lines, and anything that may hold a secret. */
const SKIP = /(^|[._@-])(uuid|guid|(trace|span|transaction|request|req|correlation|event|log)[._]?id|offset|timestamp|time|date|time_local|time_iso8601|message|original|hash|checksum|seq|sequence)(\.keyword)?$|authorization|cookie|token|secret|password|passwd|api[_-]?key|session|signature/i;
/**
 * The fields a contrast reads: at most `max`; the roles' resolved fields (`prefer`, any aggregatable type)
 * always, first; never those in `exclude` (the status itself, time, sizes: the fields that say nothing
 * about who or what, even when a pipeline stored them as strings).
 */
function contrastFields(keywordFields, prefer, max = 40, exclude = []) {
    const preferred = [...new Set(prefer)].filter((f) => !exclude.includes(f));
    const rest = keywordFields.filter((f) => !SKIP.test(f) && !f.startsWith('_') && !preferred.includes(f) && !exclude.includes(f));
    return [...new Set([...preferred, ...rest])].slice(0, max);
}
//# sourceMappingURL=contrast.js.map