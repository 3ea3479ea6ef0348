import { formatDuration } from '../../domain/duration';
import type { AlertState, MuteState, WatchStateList } from '../../services/watch';
import { describeMute, unmuteCommand, who } from './alert';
import { context, section } from './common';
import { fitMessage, joinWithinBudget, LIMITS, truncate } from './limits';
import { code, escapeMrkdwn, formatAmount, formatCount, formatElapsed, formatRatio, formatTime, oneLine, plural } from './text';
import type { Block, SlackMessage } from './types';

/**
 * What the watcher's commands answer: the list of firing and muted alerts, mute and unmute confirmations,
 * and the notice when no watcher runs. Pure; the time is an argument.
 */

/** What the watcher looks at, for the footer of the list. */
export interface WatchScope {
  services: readonly string[];
  statuses: readonly number[];
  intervalMs: number;
  alertChannel: string | undefined;
}

const SECTION_BUDGET = LIMITS.sectionText - 100;

function channelRef(channel: string | null | undefined): string | null {
  if (!channel) return null;
  return /^[CG][A-Z0-9]+$/.test(channel) ? `<#${channel}>` : escapeMrkdwn(truncate(oneLine(channel), 80));
}

function service(name: string): string {
  return `*${escapeMrkdwn(truncate(oneLine(name), 200))}*`;
}

function firingLine(alert: AlertState, now: Date): string {
  const fired = alert.fired;
  const since = `since ${formatTime(alert.firedAt, true)} (${formatElapsed(now.getTime() - Date.parse(alert.firedAt))})`;
  const level = fired.ratio === null ? `${formatCount(fired.count)}, nothing expected` : `${formatCount(fired.count)} vs ≈${formatAmount(fired.expected)} (${formatRatio(fired.ratio)})`;
  const parts = [`:rotating_light: ${service(alert.service)} ${alert.status} ${since} · fired at ${level}`];
  const where = channelRef(alert.channel);
  if (where) parts.push(`in ${where}`);
  if (alert.refires > 0) parts.push(`re-opened ${alert.refires}×`);
  if (alert.acknowledgedBy !== null) parts.push(`:eyes: acknowledged by ${who(alert.acknowledgedBy)}`);
  if (alert.pending === 'post') parts.push('_being posted_');
  return parts.join(' · ');
}

function mutedLine(mute: MuteState, now: Date): string {
  const left = formatElapsed(Date.parse(mute.until) - now.getTime());
  return `:mute: ${describeMute(mute)} until ${formatTime(mute.until, true)} (${left} left) · by ${who(mute.by)}`;
}

function resolvedLine(alert: AlertState): string {
  const end = alert.resolvedAt ?? alert.updatedAt;
  const lasted = formatElapsed(Date.parse(end) - Date.parse(alert.firedAt));
  return `:white_check_mark: ${service(alert.service)} ${alert.status} · ${formatTime(alert.firedAt, true)} – ${formatTime(end)} (${lasted})`;
}

function listSection(title: string, lines: string[]): Block {
  const body = joinWithinBudget(lines, SECTION_BUDGET, (n) => `…and ${n} more`);
  return section(`*${title} (${lines.length})*\n${body}`);
}

function scopeText(scope: WatchScope): string {
  const services = scope.services.includes('*')
    ? 'every service in the logs'
    : joinWithinBudget(scope.services.map((s) => escapeMrkdwn(truncate(oneLine(s), 100))), 1000, (n) => `…and ${n} more`, ', ');
  const where = channelRef(scope.alertChannel);
  return `Watching ${services} (${scope.statuses.join(', ')}) every ${formatDuration(scope.intervalMs)}${where ? ` · alerts go to ${where}` : ''}`;
}

/** `/status-triage alerts`: what is firing, what is muted, and what resolved in the last day. */
export function renderAlertList(list: WatchStateList, now: Date, scope: WatchScope): SlackMessage {
  const blocks: Block[] = [];
  if (list.firing.length === 0) blocks.push(section(':large_green_circle: *Nothing is firing.*'));
  else blocks.push(listSection('Firing', list.firing.map((a) => firingLine(a, now))));
  if (list.muted.length === 0) blocks.push(section('*Muted:* nothing.'));
  else blocks.push(listSection('Muted', list.muted.map((m) => mutedLine(m, now))));
  if (list.resolved.length > 0) blocks.push(listSection('Resolved in the last 24h', list.resolved.map(resolvedLine)));
  blocks.push(context(scopeText(scope)));
  const firing = list.firing.map((a) => `${oneLine(a.service)} ${a.status}`);
  const text =
    firing.length === 0
      ? `Nothing is firing; ${list.muted.length} ${plural(list.muted.length, 'mute')} active.`
      : `Firing: ${escapeMrkdwn(joinWithinBudget(firing, 2000, (n) => `and ${n} more`, ', '))}; ${list.muted.length} ${plural(list.muted.length, 'mute')} active.`;
  return fitMessage({ text, blocks });
}

/**
 * The confirmation of a mute, for the person who set it (a button) or the channel it was typed in (the
 * command), and the note under the alert: who silenced what, until when, and how to undo it.
 */
export function renderMuted(mute: MuteState, durationMs: number, warning?: string): SlackMessage {
  const blocks: Block[] = [
    section(
      `:mute: ${who(mute.by)} muted ${describeMute(mute)} for ${formatElapsed(durationMs)}, until ${formatTime(mute.until, true)}. ${code(unmuteCommand(mute))} lifts it.`,
    ),
  ];
  if (warning) blocks.push(context(`:warning: ${truncate(escapeMrkdwn(oneLine(warning)), 1000)}`));
  return fitMessage({ text: `Muted ${describeMute(mute, false)} until ${formatTime(mute.until, true)}.`, blocks });
}

/** The answer to `unmute`: what was lifted, and any mute of the service that still holds. */
export function renderUnmuted(target: Pick<MuteState, 'service' | 'status'>, by: string, result: { removed: number; remaining: MuteState[] }): SlackMessage {
  const blocks: Block[] = [];
  const what = describeMute(target);
  blocks.push(
    section(result.removed > 0 ? `:loud_sound: ${who(by)} unmuted ${what}.` : `:information_source: There was no mute of ${what} to lift.`),
  );
  if (result.remaining.length > 0) {
    const lines = result.remaining.map((m) => `• ${describeMute(m)} until ${formatTime(m.until, true)} (by ${who(m.by)}): ${code(unmuteCommand(m))}`);
    blocks.push(section(`*Still muted*\n${joinWithinBudget(lines, SECTION_BUDGET, (n) => `…and ${n} more`)}`));
  }
  const text = result.removed > 0 ? `Unmuted ${describeMute(target, false)}.` : `No mute of ${describeMute(target, false)} to lift.`;
  return fitMessage({ text, blocks });
}

/** The answer to the watcher's commands and buttons where no watcher runs. */
export function renderWatcherOff(): SlackMessage {
  const text = 'Spike alerts are off in this deployment: the watcher runs when WATCH_SERVICES and ALERT_CHANNEL are set.';
  return fitMessage({ text, blocks: [section(`:zzz: ${text}`)] });
}
