"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.triageWindowFor = exports.WATCH_COMMANDS = exports.MAX_ALERT_CAUSES = void 0;
exports.unmuteCommand = unmuteCommand;
exports.renderAlertView = renderAlertView;
exports.renderAlert = renderAlert;
exports.alertOf = alertOf;
exports.alertViewOf = alertViewOf;
exports.renderAlertState = renderAlertState;
exports.renderResolvedNote = renderResolvedNote;
exports.renderFollowUpNote = renderFollowUpNote;
exports.describeMute = describeMute;
exports.who = who;
const spike_1 = require("../../domain/spike");
const sparkline_1 = require("../../domain/sparkline");
const window_1 = require("../../domain/window");
const buttonValue_1 = require("../buttonValue");
const serviceName_1 = require("../../domain/serviceName");
const mask_1 = require("../mask");
const registry_1 = require("../registry");
const common_1 = require("./common");
const limits_1 = require("./limits");
const text_1 = require("./text");
/**
 * The spike alert in every state of its life, and the notes in its thread. Pure: the poster
 * (slack/alerts) and the acknowledge button render through these and only send what comes back.
 */
/** Causes an alert shows; the full triage (a button away) has the rest. */
exports.MAX_ALERT_CAUSES = 3;
const MAX_ALERT_NOTES = 3;
const MAX_LOG_LINE = 300;
const SPARKLINE_WIDTH = 48;
const STATUS_NAMES = { 403: 'Forbidden', 404: 'Not Found' };
/** The slash command forms the alert messages point to. */
exports.WATCH_COMMANDS = {
    alerts: `${registry_1.SLASH_COMMAND} alerts`,
    mute: `${registry_1.SLASH_COMMAND} mute <service> [403|404] <duration>`,
};
/** `/status-triage unmute checkout 404`: the exact command that lifts a mute. */
function unmuteCommand(mute) {
    return `${registry_1.SLASH_COMMAND} unmute ${(0, text_1.oneLine)(mute.service)}${mute.status === null ? '' : ` ${mute.status}`}`;
}
/** The smallest triage window that covers the detection window (a full triage of what fired). */
exports.triageWindowFor = window_1.coveringWindow;
function windowMs(alert) {
    const ms = Date.parse(alert.window.to) - Date.parse(alert.window.from);
    return Number.isFinite(ms) && ms > 0 ? ms : null;
}
/** "in the last 15m" (or "in the window" when the alert does not say how long). */
function inWindow(alert) {
    const ms = windowMs(alert);
    return ms === null ? 'in the window' : `in the last ${(0, text_1.formatElapsed)(ms)}`;
}
function serviceName(service) {
    return (0, text_1.escapeMrkdwn)((0, limits_1.truncate)((0, text_1.oneLine)(service), 200));
}
/** Log-derived text: one line, secrets masked, markup neutralised, bounded. */
function fromLogs(text, max = MAX_LOG_LINE) {
    return (0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, mask_1.maskSecrets)((0, text_1.oneLine)(text))), max);
}
/** "*300* 404s in the last 15m · expected ≈5 · *60×* the usual level (+5,900%)". */
function measureText(alert, m) {
    const count = `*${(0, text_1.formatCount)(m.count)}* ${alert.status}s ${inWindow(alert)}`;
    if (m.expected <= 0 || m.ratio === null)
        return `${count} · nothing was expected at this time of day (${(0, spike_1.formatChange)(m.changePct)})`;
    return `${count} · expected ≈${(0, text_1.formatAmount)(m.expected)} · *${(0, text_1.formatRatio)(m.ratio)}* the usual level (${(0, spike_1.formatChange)(m.changePct)})`;
}
function seriesContext(alert) {
    if (alert.series.length === 0)
        return null;
    const counts = alert.series.map((p) => (Number.isFinite(p.count) && p.count > 0 ? p.count : 0));
    let peak = 0;
    counts.forEach((c, i) => {
        if (c > (counts[peak] ?? 0))
            peak = i;
    });
    const top = alert.series[peak];
    const first = alert.series[0];
    const span = first && alert.series.length > 0 ? ` · since ${(0, text_1.formatTime)(first.t)}` : '';
    const peakText = top && top.count > 0 ? ` · peak ${(0, text_1.formatCount)(top.count)} at ${(0, text_1.formatTime)(top.t)}` : '';
    return (0, common_1.context)(`\`${(0, sparkline_1.sparkline)(counts, SPARKLINE_WIDTH)}\`${span}${peakText}`);
}
/** One cause: title, confidence and id, its strongest evidence, and the first thing to do. */
function causeSection(cause, rank) {
    const lines = [`*${rank}. ${(0, text_1.escapeMrkdwn)((0, limits_1.truncate)((0, text_1.oneLine)(cause.title), 200))}* · ${(0, text_1.formatPercent)(cause.confidence)} confidence · ${(0, text_1.code)((0, limits_1.truncate)(cause.id, 60))}`];
    const evidence = cause.evidence[0];
    if (evidence !== undefined && (0, text_1.oneLine)(evidence).length > 0)
        lines.push(`• ${fromLogs(evidence)}`);
    const step = cause.remediation[0];
    lines.push(step !== undefined && (0, text_1.oneLine)(step).length > 0 ? `*First step:* ${(0, text_1.escapeMrkdwn)((0, limits_1.truncate)((0, text_1.oneLine)(step), 600))}` : '_No remediation recorded; run the full triage._');
    return (0, common_1.section)((0, limits_1.truncate)(lines.join('\n'), limits_1.LIMITS.sectionText));
}
function causeBlocks(alert) {
    if (alert.causes.length === 0) {
        return [(0, common_1.section)('*No cause stands out yet.* The full triage has the evidence and sample requests.')];
    }
    const blocks = [(0, common_1.section)('*Likely causes*')];
    alert.causes.slice(0, exports.MAX_ALERT_CAUSES).forEach((cause, i) => blocks.push(causeSection(cause, i + 1)));
    const hidden = alert.causes.length - exports.MAX_ALERT_CAUSES;
    if (hidden > 0)
        blocks.push((0, common_1.context)(`…and ${hidden} more in the full triage.`));
    return blocks;
}
function notesContext(alert) {
    if (alert.notes.length === 0)
        return null;
    const notes = alert.notes.slice(0, MAX_ALERT_NOTES).map((n) => `:information_source: ${fromLogs(n, 500)}`);
    if (alert.notes.length > MAX_ALERT_NOTES)
        notes.push(`…and ${alert.notes.length - MAX_ALERT_NOTES} more notes`);
    return (0, common_1.context)(...notes);
}
function acknowledgement(view) {
    if (view.acknowledgedBy === null)
        return null;
    const when = view.acknowledgedAt !== null ? ` at ${(0, text_1.formatTime)(view.acknowledgedAt)}` : '';
    return `:eyes: Acknowledged by ${who(view.acknowledgedBy)}${when}`;
}
function lifeContext(view) {
    const { alert } = view;
    const parts = [];
    if (view.phase === 'resolved') {
        const at = view.resolvedAt ?? alert.window.to;
        const lasted = (0, text_1.formatElapsed)(Date.parse(at) - Date.parse(alert.firedAt));
        const end = view.resolution !== null ? `: ${(0, text_1.formatCount)(view.resolution.count)} ${inWindow(alert)}, expected ≈${(0, text_1.formatAmount)(view.resolution.expected)}` : '';
        parts.push(`:white_check_mark: *Resolved* at ${(0, text_1.formatTime)(at, true)} after ${lasted}${end}`);
    }
    parts.push(`Fired ${(0, text_1.formatTime)(alert.firedAt, true)} · window ${(0, text_1.formatTime)(alert.window.from)}–${(0, text_1.formatTime)(alert.window.to)}`);
    if (view.refires > 0) {
        const latest = view.notified !== null && view.phase === 'firing' ? ` (last at ${(0, text_1.formatTime)(view.notified.at)}: ${(0, text_1.formatCount)(view.notified.count)}, ${(0, text_1.formatRatio)(view.notified.ratio)})` : '';
        parts.push(`:repeat: re-opened ${view.refires}×${latest}`);
    }
    const ack = acknowledgement(view);
    if (ack)
        parts.push(ack);
    return (0, common_1.context)((0, limits_1.truncate)(parts.join(' · '), limits_1.LIMITS.contextText));
}
function buttons(view) {
    const { alert } = view;
    if (view.phase !== 'firing' || !(0, serviceName_1.isServiceName)(alert.service))
        return null;
    const ms = windowMs(alert);
    const triage = (0, buttonValue_1.encodeButtonValue)({ status: alert.status, service: alert.service, window: (0, exports.triageWindowFor)(ms ?? 3_600_000), environment: null });
    const elements = [{ type: 'button', text: (0, common_1.plain)('Run full triage'), action_id: registry_1.ACTION_IDS.alertTriage, value: triage, style: 'primary' }];
    for (const choice of registry_1.MUTE_CHOICES) {
        elements.push({
            type: 'button',
            text: (0, common_1.plain)(`Mute ${choice.duration}`),
            action_id: choice.actionId,
            value: (0, buttonValue_1.encodeAlertButton)({ status: alert.status, service: alert.service, duration: choice.duration }),
        });
    }
    if (view.acknowledgedBy === null) {
        elements.push({ type: 'button', text: (0, common_1.plain)('Acknowledge'), action_id: registry_1.ACTION_IDS.alertAcknowledge, value: (0, buttonValue_1.encodeAlertButton)({ status: alert.status, service: alert.service }) });
    }
    return { type: 'actions', elements };
}
function headerText(view) {
    const { alert } = view;
    const what = `${alert.status} spike · ${(0, text_1.oneLine)(alert.service)}`;
    const text = view.phase === 'resolved' ? `:white_check_mark: Resolved · ${what}` : `:rotating_light: ${what}`;
    return (0, limits_1.truncate)(text, limits_1.LIMITS.headerText);
}
function fallbackText(view) {
    const { alert } = view;
    const service = serviceName(alert.service);
    if (view.phase === 'resolved') {
        const at = view.resolvedAt ?? alert.window.to;
        return (0, limits_1.truncate)(`Resolved: ${alert.status} spike on ${service} (fired ${(0, text_1.formatTime)(alert.firedAt, true)}, lasted ${(0, text_1.formatElapsed)(Date.parse(at) - Date.parse(alert.firedAt))})`, limits_1.LIMITS.fallbackText);
    }
    const ratio = alert.ratio === null ? `nothing expected (${(0, spike_1.formatChange)(alert.changePct)})` : `expected ≈${(0, text_1.formatAmount)(alert.expected)} (${(0, text_1.formatRatio)(alert.ratio)}, ${(0, spike_1.formatChange)(alert.changePct)})`;
    const top = alert.causes[0];
    const cause = top ? ` Top cause: ${(0, text_1.escapeMrkdwn)((0, limits_1.truncate)((0, text_1.oneLine)(top.title), 200))} (${(0, text_1.formatPercent)(top.confidence)}).` : '';
    const ack = view.acknowledgedBy !== null ? ' Acknowledged.' : '';
    return (0, limits_1.truncate)(`${alert.status} spike on ${service}: ${(0, text_1.formatCount)(alert.count)} ${inWindow(alert)}, ${ratio}.${cause}${ack}`, limits_1.LIMITS.fallbackText);
}
/** The alert message for any state: firing (with buttons), acknowledged, re-opened, or resolved (facts kept, buttons dropped). */
function renderAlertView(view) {
    const { alert } = view;
    const blocks = [{ type: 'header', text: (0, common_1.plain)(headerText(view)) }];
    blocks.push((0, common_1.section)(`${view.phase === 'resolved' ? 'At its start: ' : ''}${measureText(alert, alert)} on *${serviceName(alert.service)}* (${STATUS_NAMES[alert.status]})`));
    const series = seriesContext(alert);
    if (series)
        blocks.push(series);
    blocks.push({ type: 'divider' });
    blocks.push(...causeBlocks(alert));
    const notes = notesContext(alert);
    if (notes)
        blocks.push(notes);
    blocks.push(lifeContext(view));
    const actions = buttons(view);
    if (actions)
        blocks.push(actions);
    else if (view.phase === 'firing') {
        blocks.push((0, common_1.context)(`This service name cannot ride on buttons; use \`${exports.WATCH_COMMANDS.alerts}\` and \`${exports.WATCH_COMMANDS.mute}\`.`));
    }
    return (0, limits_1.fitMessage)({ text: fallbackText(view), blocks });
}
/** A new alert, as first posted. */
function renderAlert(alert) {
    return renderAlertView({ alert, phase: 'firing', acknowledgedBy: null, acknowledgedAt: null, resolvedAt: null, resolution: null, refires: 0, notified: null });
}
/** What was posted, from the state index; an incident stored without its alert is rebuilt from the measure that fired it. */
function alertOf(state) {
    if (state.alert !== null)
        return state.alert;
    return {
        incidentId: state.incidentId,
        service: state.service,
        status: state.status,
        count: state.fired.count,
        expected: state.fired.expected,
        ratio: state.fired.ratio,
        changePct: state.fired.changePct,
        window: { from: state.fired.at, to: state.fired.at },
        firedAt: state.firedAt,
        series: [],
        causes: [],
        notes: [],
        channel: state.channel ?? '',
    };
}
function alertViewOf(state) {
    return {
        alert: alertOf(state),
        phase: state.phase,
        acknowledgedBy: state.acknowledgedBy,
        acknowledgedAt: state.acknowledgedAt,
        resolvedAt: state.resolvedAt,
        resolution: state.resolution,
        refires: state.refires,
        notified: state.notified,
    };
}
/** The alert message as the state index says it should look now. */
function renderAlertState(state) {
    return renderAlertView(alertViewOf(state));
}
function note(text, fallback) {
    return (0, limits_1.fitMessage)({ text: (0, limits_1.truncate)(fallback, limits_1.LIMITS.fallbackText), blocks: [(0, common_1.section)((0, limits_1.truncate)(text, limits_1.LIMITS.sectionText))] });
}
/** The thread note when the rate is back to normal. */
function renderResolvedNote(state) {
    const alert = alertOf(state);
    const at = state.resolvedAt ?? state.updatedAt;
    const lasted = (0, text_1.formatElapsed)(Date.parse(at) - Date.parse(state.firedAt));
    const r = state.resolution;
    const level = r !== null ? `: ${(0, text_1.formatCount)(r.count)} ${alert.status}s ${inWindow(alert)}, expected ≈${(0, text_1.formatAmount)(r.expected)}` : '';
    const ack = acknowledgement(alertViewOf(state));
    const text = `:white_check_mark: *Resolved* at ${(0, text_1.formatTime)(at, true)}${level}. Back under the alert threshold after ${lasted}.${ack ? `\n${ack}.` : ''}`;
    return note(text, `Resolved: ${alert.status}s on ${serviceName(alert.service)} are back to normal after ${lasted}.`);
}
function ordinal(n) {
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
    return `${n}${suffix}`;
}
/** The thread note for a re-opening within the cooldown, or a spike much worse than first told. */
function renderFollowUpNote(state, followUp) {
    const alert = alertOf(state);
    const m = followUp.measure;
    const level = measureText(alert, m);
    const service = serviceName(alert.service);
    if (followUp.kind === 'refired') {
        const times = Math.max(1, state.refires);
        return note(`:repeat: *Back up* at ${(0, text_1.formatTime)(state.updatedAt, true)}: ${level}.\nRe-opened (${ordinal(times)} time) within the cooldown, so it continues in this thread instead of a new alert.`, `Re-opened: ${alert.status} spike on ${service} is back: ${(0, text_1.formatCount)(m.count)} ${inWindow(alert)}.`);
    }
    return note(`:chart_with_upwards_trend: *Worse* at ${(0, text_1.formatTime)(state.updatedAt, true)}: ${level} (${(0, text_1.formatCount)(alert.count)} at the alert).`, `Worse: ${alert.status} spike on ${service} is at ${(0, text_1.formatCount)(m.count)} ${inWindow(alert)}.`);
}
/** How a mute reads in messages: "404 alerts for *checkout*", "all alerts for every service". */
function describeMute(mute, bold = true) {
    const what = mute.status === null ? 'all alerts' : `${mute.status} alerts`;
    const name = serviceName(mute.service);
    const whom = mute.service === '*' ? 'every service' : bold ? `*${name}*` : name;
    return `${what} for ${whom}`;
}
/** Who did something, as a mention when it is a Slack user id. */
function who(userId) {
    return (0, common_1.userMention)(userId) ?? (0, text_1.escapeMrkdwn)((0, limits_1.truncate)((0, text_1.oneLine)(userId), 80));
}
//# sourceMappingURL=alert.js.map