"use strict";
/** Durations as people type them: `90s`, `15m`, `1h`, `7d`, `500ms`. Pure; used by settings and windows. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseDuration = parseDuration;
exports.formatDuration = formatDuration;
/** Milliseconds per unit, by the unit's lowercase spelling. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
function parseDuration(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/i.exec(text);
    if (!match)
        return null;
    const amount = Number(match[1]);
    const unit = UNIT_MS[(match[2] ?? '').toLowerCase()];
    if (unit === undefined || !Number.isFinite(amount) || amount <= 0)
        return null;
    return Math.round(amount * unit);
}
/** The shortest exact spelling of a duration (`3600000` → `1h`), for messages and labels. */
function formatDuration(ms) {
    for (const unit of ['w', 'd', 'h', 'm', 's']) {
        const size = UNIT_MS[unit];
        if (ms >= size && ms % size === 0)
            return `${ms / size}${unit}`;
    }
    return `${ms}ms`;
}
//# sourceMappingURL=duration.js.map