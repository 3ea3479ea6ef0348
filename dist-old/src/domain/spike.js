"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_THRESHOLDS = void 0;
exports.thresholdsFrom = thresholdsFrom;
exports.measureSpike = measureSpike;
exports.decide = decide;
exports.isMuted = isMuted;
exports.formatChange = formatChange;
const baseline_1 = require("./baseline");
/**
 * Spike detection for the watcher, pure: counts in, verdicts out. The counts come from one request per
 * tick (elasticsearch/watchQueries); what to do about a verdict (claim, post, resolve) is services/watch.
 */
const DAY_MS = 86_400_000;
exports.DEFAULT_THRESHOLDS = {
    minCount: 50,
    minRatio: 3,
    resolveRatio: 1.5,
    resolveCount: 25,
    cooldownMs: 30 * 60_000,
    worsenFactor: 2,
};
/**
 * Thresholds from the settings that exist (`WATCH_MIN_COUNT`, `WATCH_MIN_RATIO`, `ALERT_COOLDOWN`);
 * the resolve thresholds follow them (half the floor; halfway between normal and the firing ratio, at
 * least 1.2×) unless given.
 */
function thresholdsFrom(settings, overrides = {}) {
    const resolveRatio = Math.max(1.2, Math.min(settings.minRatio, 1 + (settings.minRatio - 1) / 4));
    return {
        minCount: settings.minCount,
        minRatio: settings.minRatio,
        resolveRatio: Math.min(resolveRatio, settings.minRatio),
        resolveCount: Math.max(1, Math.floor(settings.minCount / 2)),
        cooldownMs: settings.cooldownMs,
        worsenFactor: exports.DEFAULT_THRESHOLDS.worsenFactor,
        ...overrides,
    };
}
function measureSpike(counts, windowMs, t) {
    const { count } = counts;
    const level = (0, baseline_1.baselineLevel)({
        perDay: counts.perDay,
        trailing: counts.trailingCovered ? { count: counts.trailing24h, coveredMs: DAY_MS } : null,
        windowMs,
    });
    // Not yet indexed is not yet counted: expect only what the indexed part of the window should hold.
    const expected = level.expected === null ? 0 : Math.round(level.expected * (0, baseline_1.indexedShare)(windowMs, counts.lagMs) * 10) / 10;
    const ratio = (0, baseline_1.spikeRatio)(count, expected);
    const changePct = expected > 0 ? Math.round(((count - expected) / expected) * 100) : null;
    // Decisions use the exact ratio: a displayed 3.0 may be 2.96.
    const over = (factor) => expected <= 0 || count >= factor * expected;
    const spiking = count >= t.minCount && over(t.minRatio);
    const elevated = count >= t.resolveCount && over(t.resolveRatio);
    let reason;
    if (count < t.minCount)
        reason = `${count} is under the volume floor of ${t.minCount}`;
    else if (level.periods === 0)
        reason = `${count} is over the volume floor of ${t.minCount}; no baseline yet (no earlier logs for this service)`;
    else if (!over(t.minRatio))
        reason = `${count} is ${ratio ?? '–'}× the expected ${expected}, under ${t.minRatio}×`;
    else
        reason = expected > 0 ? `${count} is ${ratio}× the expected ${expected}` : `${count} where nothing was expected`;
    return { service: counts.service, status: counts.status, count, expected, ratio, changePct, spiking, elevated, periods: level.periods, reason };
}
/**
 * The transition for one service and status. A mute stops new alerts and notes but not resolutions:
 * the message that said "firing" should still say when it ended.
 */
function decide(measure, incident, muted, nowMs, t) {
    if (incident?.phase === 'firing') {
        if (!measure.elevated)
            return { action: 'resolve' };
        const worse = measure.spiking && incident.notifiedCount > 0 && measure.count >= incident.notifiedCount * t.worsenFactor;
        if (worse && !muted && !incident.acknowledged)
            return { action: 'worsened' };
        return { action: 'hold' };
    }
    if (!measure.spiking)
        return { action: 'none' };
    if (muted)
        return { action: 'suppressed', reason: 'muted' };
    const cooling = incident?.phase === 'resolved' && incident.resolvedAtMs !== null && nowMs - incident.resolvedAtMs < t.cooldownMs;
    return cooling ? { action: 'refire' } : { action: 'fire' };
}
function isMuted(mutes, service, status, nowMs) {
    return mutes.some((m) => m.untilMs > nowMs && (m.service === service || m.service === '*') && (m.status === null || m.status === status));
}
/** `+3500%`, `-40%`, or `new` when there was nothing to compare with. */
function formatChange(changePct) {
    if (changePct === null)
        return 'new';
    return `${changePct >= 0 ? '+' : ''}${changePct}%`;
}
//# sourceMappingURL=spike.js.map