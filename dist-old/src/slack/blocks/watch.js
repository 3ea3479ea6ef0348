"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderAlertList = renderAlertList;
exports.renderMuted = renderMuted;
exports.renderUnmuted = renderUnmuted;
exports.renderWatcherOff = renderWatcherOff;
const duration_1 = require("../../domain/duration");
const alert_1 = require("./alert");
const common_1 = require("./common");
const limits_1 = require("./limits");
const text_1 = require("./text");
const SECTION_BUDGET = limits_1.LIMITS.sectionText - 100;
function channelRef(channel) {
    if (!channel)
        return null;
    return /^[CG][A-Z0-9]+$/.test(channel) ? `<#${channel}>` : (0, text_1.escapeMrkdwn)((0, limits_1.truncate)((0, text_1.oneLine)(channel), 80));
}
function service(name) {
    return `*${(0, text_1.escapeMrkdwn)((0, limits_1.truncate)((0, text_1.oneLine)(name), 200))}*`;
}
function firingLine(alert, now) {
    const fired = alert.fired;
    const since = `since ${(0, text_1.formatTime)(alert.firedAt, true)} (${(0, text_1.formatElapsed)(now.getTime() - Date.parse(alert.firedAt))})`;
    const level = fired.ratio === null ? `${(0, text_1.formatCount)(fired.count)}, nothing expected` : `${(0, text_1.formatCount)(fired.count)} vs ≈${(0, text_1.formatAmount)(fired.expected)} (${(0, text_1.formatRatio)(fired.ratio)})`;
    const parts = [`:rotating_light: ${service(alert.service)} ${alert.status} ${since} · fired at ${level}`];
    const where = channelRef(alert.channel);
    if (where)
        parts.push(`in ${where}`);
    if (alert.refires > 0)
        parts.push(`re-opened ${alert.refires}×`);
    if (alert.acknowledgedBy !== null)
        parts.push(`:eyes: acknowledged by ${(0, alert_1.who)(alert.acknowledgedBy)}`);
    if (alert.pending === 'post')
        parts.push('_being posted_');
    return parts.join(' · ');
}
function mutedLine(mute, now) {
    const left = (0, text_1.formatElapsed)(Date.parse(mute.until) - now.getTime());
    return `:mute: ${(0, alert_1.describeMute)(mute)} until ${(0, text_1.formatTime)(mute.until, true)} (${left} left) · by ${(0, alert_1.who)(mute.by)}`;
}
function resolvedLine(alert) {
    const end = alert.resolvedAt ?? alert.updatedAt;
    const lasted = (0, text_1.formatElapsed)(Date.parse(end) - Date.parse(alert.firedAt));
    return `:white_check_mark: ${service(alert.service)} ${alert.status} · ${(0, text_1.formatTime)(alert.firedAt, true)} – ${(0, text_1.formatTime)(end)} (${lasted})`;
}
function listSection(title, lines) {
    const body = (0, limits_1.joinWithinBudget)(lines, SECTION_BUDGET, (n) => `…and ${n} more`);
    return (0, common_1.section)(`*${title} (${lines.length})*\n${body}`);
}
function scopeText(scope) {
    const services = scope.services.includes('*')
        ? 'every service in the logs'
        : (0, limits_1.joinWithinBudget)(scope.services.map((s) => (0, text_1.escapeMrkdwn)((0, limits_1.truncate)((0, text_1.oneLine)(s), 100))), 1000, (n) => `…and ${n} more`, ', ');
    const where = channelRef(scope.alertChannel);
    return `Watching ${services} (${scope.statuses.join(', ')}) every ${(0, duration_1.formatDuration)(scope.intervalMs)}${where ? ` · alerts go to ${where}` : ''}`;
}
/** `/status-triage alerts`: what is firing, what is muted, and what resolved in the last day. */
function renderAlertList(list, now, scope) {
    const blocks = [];
    if (list.firing.length === 0)
        blocks.push((0, common_1.section)(':large_green_circle: *Nothing is firing.*'));
    else
        blocks.push(listSection('Firing', list.firing.map((a) => firingLine(a, now))));
    if (list.muted.length === 0)
        blocks.push((0, common_1.section)('*Muted:* nothing.'));
    else
        blocks.push(listSection('Muted', list.muted.map((m) => mutedLine(m, now))));
    if (list.resolved.length > 0)
        blocks.push(listSection('Resolved in the last 24h', list.resolved.map(resolvedLine)));
    blocks.push((0, common_1.context)(scopeText(scope)));
    const firing = list.firing.map((a) => `${(0, text_1.oneLine)(a.service)} ${a.status}`);
    const text = firing.length === 0
        ? `Nothing is firing; ${list.muted.length} ${(0, text_1.plural)(list.muted.length, 'mute')} active.`
        : `Firing: ${(0, text_1.escapeMrkdwn)((0, limits_1.joinWithinBudget)(firing, 2000, (n) => `and ${n} more`, ', '))}; ${list.muted.length} ${(0, text_1.plural)(list.muted.length, 'mute')} active.`;
    return (0, limits_1.fitMessage)({ text, blocks });
}
/**
 * The confirmation of a mute, for the person who set it (a button) or the channel it was typed in (the
 * command), and the note under the alert: who silenced what, until when, and how to undo it.
 */
function renderMuted(mute, durationMs, warning) {
    const blocks = [
        (0, common_1.section)(`:mute: ${(0, alert_1.who)(mute.by)} muted ${(0, alert_1.describeMute)(mute)} for ${(0, text_1.formatElapsed)(durationMs)}, until ${(0, text_1.formatTime)(mute.until, true)}. ${(0, text_1.code)((0, alert_1.unmuteCommand)(mute))} lifts it.`),
    ];
    if (warning)
        blocks.push((0, common_1.context)(`:warning: ${(0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(warning)), 1000)}`));
    return (0, limits_1.fitMessage)({ text: `Muted ${(0, alert_1.describeMute)(mute, false)} until ${(0, text_1.formatTime)(mute.until, true)}.`, blocks });
}
/** The answer to `unmute`: what was lifted, and any mute of the service that still holds. */
function renderUnmuted(target, by, result) {
    const blocks = [];
    const what = (0, alert_1.describeMute)(target);
    blocks.push((0, common_1.section)(result.removed > 0 ? `:loud_sound: ${(0, alert_1.who)(by)} unmuted ${what}.` : `:information_source: There was no mute of ${what} to lift.`));
    if (result.remaining.length > 0) {
        const lines = result.remaining.map((m) => `• ${(0, alert_1.describeMute)(m)} until ${(0, text_1.formatTime)(m.until, true)} (by ${(0, alert_1.who)(m.by)}): ${(0, text_1.code)((0, alert_1.unmuteCommand)(m))}`);
        blocks.push((0, common_1.section)(`*Still muted*\n${(0, limits_1.joinWithinBudget)(lines, SECTION_BUDGET, (n) => `…and ${n} more`)}`));
    }
    const text = result.removed > 0 ? `Unmuted ${(0, alert_1.describeMute)(target, false)}.` : `No mute of ${(0, alert_1.describeMute)(target, false)} to lift.`;
    return (0, limits_1.fitMessage)({ text, blocks });
}
/** The answer to the watcher's commands and buttons where no watcher runs. */
function renderWatcherOff() {
    const text = 'Spike alerts are off in this deployment: the watcher runs when WATCH_SERVICES and ALERT_CHANNEL are set.';
    return (0, limits_1.fitMessage)({ text, blocks: [(0, common_1.section)(`:zzz: ${text}`)] });
}
//# sourceMappingURL=watch.js.map