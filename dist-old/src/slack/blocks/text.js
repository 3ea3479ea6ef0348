"use strict";
/** Text helpers for Slack `mrkdwn`. Pure. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeMrkdwn = escapeMrkdwn;
exports.code = code;
exports.oneLine = oneLine;
exports.formatCount = formatCount;
exports.formatAmount = formatAmount;
exports.formatRatio = formatRatio;
exports.formatPercent = formatPercent;
exports.formatTime = formatTime;
exports.plural = plural;
exports.formatElapsed = formatElapsed;
/**
 * Slack's three control characters. Everything that did not come from us (user text, log values, error
 * messages) goes through this, so `<!channel>` or `<https://evil|click>` in a log line renders as text.
 */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** An inline code span that cannot be broken out of (a backtick would end it early). */
function code(text) {
    const inner = escapeMrkdwn(text).replace(/`/g, "'").replace(/[\r\n]+/g, ' ');
    return inner.length === 0 ? '` `' : `\`${inner}\``;
}
/** One line: control characters and newlines become spaces (log values can hold anything). */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
const countFormat = new Intl.NumberFormat('en-US');
function formatCount(n) {
    return Number.isFinite(n) ? countFormat.format(Math.round(n)) : '?';
}
/** `30.5`, `0.25`, `1,234`: enough precision for a baseline without noise. */
function formatAmount(n) {
    if (!Number.isFinite(n))
        return '?';
    if (Math.abs(n) >= 100)
        return countFormat.format(Math.round(n));
    return String(Math.round(n * 10) / 10);
}
function formatRatio(ratio) {
    if (ratio === null || !Number.isFinite(ratio))
        return 'no baseline';
    if (ratio >= 100)
        return `${countFormat.format(Math.round(ratio))}×`;
    return `${Math.round(ratio * 10) / 10}×`;
}
function formatPercent(confidence) {
    if (!Number.isFinite(confidence))
        return '?%';
    return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`;
}
/** `2024-05-01T12:03:00.000Z` → `12:03 UTC` (same day) or `May 1 12:03 UTC`. */
function formatTime(iso, withDate = false) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        return iso;
    const hh = String(date.getUTCHours()).padStart(2, '0');
    const mm = String(date.getUTCMinutes()).padStart(2, '0');
    if (!withDate)
        return `${hh}:${mm} UTC`;
    const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    return `${month} ${date.getUTCDate()} ${hh}:${mm} UTC`;
}
function plural(n, one, many = `${one}s`) {
    return n === 1 ? one : many;
}
/**
 * A span people read at a glance: `<1m`, `45m`, `2h 5m`, `24h`, `3d 4h` (at most two units; hours up to
 * two days, as on-call people count them).
 */
function formatElapsed(ms) {
    if (!Number.isFinite(ms) || ms < 60_000)
        return '<1m';
    const minutes = Math.floor(ms / 60_000);
    const mins = minutes % 60;
    if (minutes >= 48 * 60) {
        const days = Math.floor(minutes / 1440);
        const hours = Math.floor((minutes % 1440) / 60);
        return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
    }
    const hours = Math.floor(minutes / 60);
    if (hours > 0)
        return mins > 0 ? `${hours}h ${mins}m` : `${hours}h`;
    return `${mins}m`;
}
//# sourceMappingURL=text.js.map