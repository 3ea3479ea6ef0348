import { formatChange, type SpikeAlert } from '../../domain/spike';
import { sparkline } from '../../domain/sparkline';
import type { Cause, TriageStatus } from '../../domain/types';
import { coveringWindow } from '../../domain/window';
import type { AlertState, FollowUp, MuteState } from '../../services/watch';
import { encodeAlertButton, encodeButtonValue } from '../buttonValue';
import { isServiceName } from '../../domain/serviceName';
import { maskSecrets } from '../mask';
import { ACTION_IDS, MUTE_CHOICES, SLASH_COMMAND } from '../registry';
import { context, plain, section, userMention } from './common';
import { fitMessage, LIMITS, truncate } from './limits';
import { code, escapeMrkdwn, formatAmount, formatCount, formatElapsed, formatPercent, formatRatio, formatTime, oneLine } from './text';
import type { ActionsBlock, Block, ButtonElement, SlackMessage } from './types';

/**
 * The spike alert in every state of its life, and the notes in its thread. Pure: the poster
 * (slack/alerts) and the acknowledge button render through these and only send what comes back.
 */

/** Causes an alert shows; the full triage (a button away) has the rest. */
export const MAX_ALERT_CAUSES = 3;
const MAX_ALERT_NOTES = 3;
const MAX_LOG_LINE = 300;
const SPARKLINE_WIDTH = 48;

type Measure = NonNullable<AlertState['resolution']>;

/** What the alert message shows at one point of the incident's life. */
export interface AlertView {
  alert: SpikeAlert;
  phase: 'firing' | 'resolved';
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  /** The measure when it resolved. */
  resolution: Measure | null;
  /** Times it re-opened within the cooldown. */
  refires: number;
  /** The latest measure people were told about (a re-opening); shown when it is not the alert's own. */
  notified: Measure | null;
}

const STATUS_NAMES: Record<TriageStatus, string> = { 403: 'Forbidden', 404: 'Not Found' };

/** The slash command forms the alert messages point to. */
export const WATCH_COMMANDS = {
  alerts: `${SLASH_COMMAND} alerts`,
  mute: `${SLASH_COMMAND} mute <service> [403|404] <duration>`,
} as const;

/** `/status-triage unmute checkout 404`: the exact command that lifts a mute. */
export function unmuteCommand(mute: Pick<MuteState, 'service' | 'status'>): string {
  return `${SLASH_COMMAND} unmute ${oneLine(mute.service)}${mute.status === null ? '' : ` ${mute.status}`}`;
}

/** The smallest triage window that covers the detection window (a full triage of what fired). */
export const triageWindowFor = coveringWindow;

function windowMs(alert: SpikeAlert): number | null {
  const ms = Date.parse(alert.window.to) - Date.parse(alert.window.from);
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}

/** "in the last 15m" (or "in the window" when the alert does not say how long). */
function inWindow(alert: SpikeAlert): string {
  const ms = windowMs(alert);
  return ms === null ? 'in the window' : `in the last ${formatElapsed(ms)}`;
}

function serviceName(service: string): string {
  return escapeMrkdwn(truncate(oneLine(service), 200));
}

/** Log-derived text: one line, secrets masked, markup neutralised, bounded. */
function fromLogs(text: string, max = MAX_LOG_LINE): string {
  return truncate(escapeMrkdwn(maskSecrets(oneLine(text))), max);
}

/** "*300* 404s in the last 15m · expected ≈5 · *60×* the usual level (+5,900%)". */
function measureText(alert: SpikeAlert, m: { count: number; expected: number; ratio: number | null; changePct: number | null }): string {
  const count = `*${formatCount(m.count)}* ${alert.status}s ${inWindow(alert)}`;
  if (m.expected <= 0 || m.ratio === null) return `${count} · nothing was expected at this time of day (${formatChange(m.changePct)})`;
  return `${count} · expected ≈${formatAmount(m.expected)} · *${formatRatio(m.ratio)}* the usual level (${formatChange(m.changePct)})`;
}

function seriesContext(alert: SpikeAlert): Block | null {
  if (alert.series.length === 0) return null;
  const counts = alert.series.map((p) => (Number.isFinite(p.count) && p.count > 0 ? p.count : 0));
  let peak = 0;
  counts.forEach((c, i) => {
    if (c > (counts[peak] ?? 0)) peak = i;
  });
  const top = alert.series[peak];
  const first = alert.series[0];
  const span = first && alert.series.length > 0 ? ` · since ${formatTime(first.t)}` : '';
  const peakText = top && top.count > 0 ? ` · peak ${formatCount(top.count)} at ${formatTime(top.t)}` : '';
  return context(`\`${sparkline(counts, SPARKLINE_WIDTH)}\`${span}${peakText}`);
}

/** One cause: title, confidence and id, its strongest evidence, and the first thing to do. */
function causeSection(cause: Cause, rank: number): Block {
  const lines = [`*${rank}. ${escapeMrkdwn(truncate(oneLine(cause.title), 200))}* · ${formatPercent(cause.confidence)} confidence · ${code(truncate(cause.id, 60))}`];
  const evidence = cause.evidence[0];
  if (evidence !== undefined && oneLine(evidence).length > 0) lines.push(`• ${fromLogs(evidence)}`);
  const step = cause.remediation[0];
  lines.push(step !== undefined && oneLine(step).length > 0 ? `*First step:* ${escapeMrkdwn(truncate(oneLine(step), 600))}` : '_No remediation recorded; run the full triage._');
  return section(truncate(lines.join('\n'), LIMITS.sectionText));
}

function causeBlocks(alert: SpikeAlert): Block[] {
  if (alert.causes.length === 0) {
    return [section('*No cause stands out yet.* The full triage has the evidence and sample requests.')];
  }
  const blocks: Block[] = [section('*Likely causes*')];
  alert.causes.slice(0, MAX_ALERT_CAUSES).forEach((cause, i) => blocks.push(causeSection(cause, i + 1)));
  const hidden = alert.causes.length - MAX_ALERT_CAUSES;
  if (hidden > 0) blocks.push(context(`…and ${hidden} more in the full triage.`));
  return blocks;
}

function notesContext(alert: SpikeAlert): Block | null {
  if (alert.notes.length === 0) return null;
  const notes = alert.notes.slice(0, MAX_ALERT_NOTES).map((n) => `:information_source: ${fromLogs(n, 500)}`);
  if (alert.notes.length > MAX_ALERT_NOTES) notes.push(`…and ${alert.notes.length - MAX_ALERT_NOTES} more notes`);
  return context(...notes);
}

function acknowledgement(view: AlertView): string | null {
  if (view.acknowledgedBy === null) return null;
  const when = view.acknowledgedAt !== null ? ` at ${formatTime(view.acknowledgedAt)}` : '';
  return `:eyes: Acknowledged by ${who(view.acknowledgedBy)}${when}`;
}

function lifeContext(view: AlertView): Block {
  const { alert } = view;
  const parts: string[] = [];
  if (view.phase === 'resolved') {
    const at = view.resolvedAt ?? alert.window.to;
    const lasted = formatElapsed(Date.parse(at) - Date.parse(alert.firedAt));
    const end = view.resolution !== null ? `: ${formatCount(view.resolution.count)} ${inWindow(alert)}, expected ≈${formatAmount(view.resolution.expected)}` : '';
    parts.push(`:white_check_mark: *Resolved* at ${formatTime(at, true)} after ${lasted}${end}`);
  }
  parts.push(`Fired ${formatTime(alert.firedAt, true)} · window ${formatTime(alert.window.from)}–${formatTime(alert.window.to)}`);
  if (view.refires > 0) {
    const latest = view.notified !== null && view.phase === 'firing' ? ` (last at ${formatTime(view.notified.at)}: ${formatCount(view.notified.count)}, ${formatRatio(view.notified.ratio)})` : '';
    parts.push(`:repeat: re-opened ${view.refires}×${latest}`);
  }
  const ack = acknowledgement(view);
  if (ack) parts.push(ack);
  return context(truncate(parts.join(' · '), LIMITS.contextText));
}

function buttons(view: AlertView): ActionsBlock | null {
  const { alert } = view;
  if (view.phase !== 'firing' || !isServiceName(alert.service)) return null;
  const ms = windowMs(alert);
  const triage = encodeButtonValue({ status: alert.status, service: alert.service, window: triageWindowFor(ms ?? 3_600_000), environment: null });
  const elements: ButtonElement[] = [{ type: 'button', text: plain('Run full triage'), action_id: ACTION_IDS.alertTriage, value: triage, style: 'primary' }];
  for (const choice of MUTE_CHOICES) {
    elements.push({
      type: 'button',
      text: plain(`Mute ${choice.duration}`),
      action_id: choice.actionId,
      value: encodeAlertButton({ status: alert.status, service: alert.service, duration: choice.duration }),
    });
  }
  if (view.acknowledgedBy === null) {
    elements.push({ type: 'button', text: plain('Acknowledge'), action_id: ACTION_IDS.alertAcknowledge, value: encodeAlertButton({ status: alert.status, service: alert.service }) });
  }
  return { type: 'actions', elements };
}

function headerText(view: AlertView): string {
  const { alert } = view;
  const what = `${alert.status} spike · ${oneLine(alert.service)}`;
  const text = view.phase === 'resolved' ? `:white_check_mark: Resolved · ${what}` : `:rotating_light: ${what}`;
  return truncate(text, LIMITS.headerText);
}

function fallbackText(view: AlertView): string {
  const { alert } = view;
  const service = serviceName(alert.service);
  if (view.phase === 'resolved') {
    const at = view.resolvedAt ?? alert.window.to;
    return truncate(`Resolved: ${alert.status} spike on ${service} (fired ${formatTime(alert.firedAt, true)}, lasted ${formatElapsed(Date.parse(at) - Date.parse(alert.firedAt))})`, LIMITS.fallbackText);
  }
  const ratio = alert.ratio === null ? `nothing expected (${formatChange(alert.changePct)})` : `expected ≈${formatAmount(alert.expected)} (${formatRatio(alert.ratio)}, ${formatChange(alert.changePct)})`;
  const top = alert.causes[0];
  const cause = top ? ` Top cause: ${escapeMrkdwn(truncate(oneLine(top.title), 200))} (${formatPercent(top.confidence)}).` : '';
  const ack = view.acknowledgedBy !== null ? ' Acknowledged.' : '';
  return truncate(`${alert.status} spike on ${service}: ${formatCount(alert.count)} ${inWindow(alert)}, ${ratio}.${cause}${ack}`, LIMITS.fallbackText);
}

/** The alert message for any state: firing (with buttons), acknowledged, re-opened, or resolved (facts kept, buttons dropped). */
export function renderAlertView(view: AlertView): SlackMessage {
  const { alert } = view;
  const blocks: Block[] = [{ type: 'header', text: plain(headerText(view)) }];
  blocks.push(section(`${view.phase === 'resolved' ? 'At its start: ' : ''}${measureText(alert, alert)} on *${serviceName(alert.service)}* (${STATUS_NAMES[alert.status]})`));
  const series = seriesContext(alert);
  if (series) blocks.push(series);
  blocks.push({ type: 'divider' });
  blocks.push(...causeBlocks(alert));
  const notes = notesContext(alert);
  if (notes) blocks.push(notes);
  blocks.push(lifeContext(view));
  const actions = buttons(view);
  if (actions) blocks.push(actions);
  else if (view.phase === 'firing') {
    blocks.push(context(`This service name cannot ride on buttons; use \`${WATCH_COMMANDS.alerts}\` and \`${WATCH_COMMANDS.mute}\`.`));
  }
  return fitMessage({ text: fallbackText(view), blocks });
}

/** A new alert, as first posted. */
export function renderAlert(alert: SpikeAlert): SlackMessage {
  return renderAlertView({ alert, phase: 'firing', acknowledgedBy: null, acknowledgedAt: null, resolvedAt: null, resolution: null, refires: 0, notified: null });
}

/** What was posted, from the state index; an incident stored without its alert is rebuilt from the measure that fired it. */
export function alertOf(state: AlertState): SpikeAlert {
  if (state.alert !== null) return state.alert;
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

export function alertViewOf(state: AlertState): AlertView {
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
export function renderAlertState(state: AlertState): SlackMessage {
  return renderAlertView(alertViewOf(state));
}

function note(text: string, fallback: string): SlackMessage {
  return fitMessage({ text: truncate(fallback, LIMITS.fallbackText), blocks: [section(truncate(text, LIMITS.sectionText))] });
}

/** The thread note when the rate is back to normal. */
export function renderResolvedNote(state: AlertState): SlackMessage {
  const alert = alertOf(state);
  const at = state.resolvedAt ?? state.updatedAt;
  const lasted = formatElapsed(Date.parse(at) - Date.parse(state.firedAt));
  const r = state.resolution;
  const level = r !== null ? `: ${formatCount(r.count)} ${alert.status}s ${inWindow(alert)}, expected ≈${formatAmount(r.expected)}` : '';
  const ack = acknowledgement(alertViewOf(state));
  const text = `:white_check_mark: *Resolved* at ${formatTime(at, true)}${level}. Back under the alert threshold after ${lasted}.${ack ? `\n${ack}.` : ''}`;
  return note(text, `Resolved: ${alert.status}s on ${serviceName(alert.service)} are back to normal after ${lasted}.`);
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** The thread note for a re-opening within the cooldown, or a spike much worse than first told. */
export function renderFollowUpNote(state: AlertState, followUp: FollowUp): SlackMessage {
  const alert = alertOf(state);
  const m = followUp.measure;
  const level = measureText(alert, m);
  const service = serviceName(alert.service);
  if (followUp.kind === 'refired') {
    const times = Math.max(1, state.refires);
    return note(
      `:repeat: *Back up* at ${formatTime(state.updatedAt, true)}: ${level}.\nRe-opened (${ordinal(times)} time) within the cooldown, so it continues in this thread instead of a new alert.`,
      `Re-opened: ${alert.status} spike on ${service} is back: ${formatCount(m.count)} ${inWindow(alert)}.`,
    );
  }
  return note(
    `:chart_with_upwards_trend: *Worse* at ${formatTime(state.updatedAt, true)}: ${level} (${formatCount(alert.count)} at the alert).`,
    `Worse: ${alert.status} spike on ${service} is at ${formatCount(m.count)} ${inWindow(alert)}.`,
  );
}

/** How a mute reads in messages: "404 alerts for *checkout*", "all alerts for every service". */
export function describeMute(mute: Pick<MuteState, 'service' | 'status'>, bold = true): string {
  const what = mute.status === null ? 'all alerts' : `${mute.status} alerts`;
  const name = serviceName(mute.service);
  const whom = mute.service === '*' ? 'every service' : bold ? `*${name}*` : name;
  return `${what} for ${whom}`;
}

/** Who did something, as a mention when it is a Slack user id. */
export function who(userId: string): string {
  return userMention(userId) ?? escapeMrkdwn(truncate(oneLine(userId), 80));
}
