"use strict";
/** Wording helpers for evidence lines: people read these at 3 a.m., so numbers are grouped and rounded. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.num = num;
exports.pct = pct;
exports.ratio = ratio;
exports.span = span;
exports.code = code;
exports.codeList = codeList;
exports.plural = plural;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 9800 → "9,800". */
function num(value) {
    return Math.round(value).toLocaleString('en-US');
}
/** 0.823 → "82%"; never shows 0% or 100% for a share that is neither. */
function pct(share) {
    if (!Number.isFinite(share) || share <= 0)
        return '0%';
    if (share >= 1)
        return '100%';
    const rounded = Math.round(share * 100);
    if (rounded === 0)
        return '<1%';
    if (rounded === 100)
        return '>99%';
    return `${rounded}%`;
}
/** 2.345 → "2.3". */
function ratio(value) {
    return value >= 10 ? num(value) : value.toFixed(1);
}
/** A duration as people say it: "40 min", "5 h", "3 days". */
function span(ms) {
    const abs = Math.abs(ms);
    if (abs < HOUR)
        return `${Math.max(1, Math.round(abs / MINUTE))} min`;
    if (abs < 2 * DAY)
        return `${Math.round(abs / HOUR)} h`;
    return `${Math.round(abs / DAY)} days`;
}
function code(value) {
    return `\`${value}\``;
}
/** ["a","b","c","d"] → "`a`, `b`, `c` and 1 more". */
function codeList(values, max = 3) {
    const shown = values.slice(0, max).map(code);
    const rest = values.length - shown.length;
    if (shown.length === 0)
        return '';
    if (rest > 0)
        return `${shown.join(', ')} and ${num(rest)} more`;
    if (shown.length === 1)
        return shown[0];
    return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
/** "1 user" / "12 users". */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${num(count)} ${count === 1 ? singular : pluralForm}`;
}
//# sourceMappingURL=format.js.map