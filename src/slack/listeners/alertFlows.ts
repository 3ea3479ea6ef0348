import { randomUUID } from 'node:crypto';
import type { TriageStatus } from '../../domain/types';
import { describeError } from '../../errors';
import type { MuteState, Watcher } from '../../services/watch';
import { renderAlertList, renderAlertState, renderError, renderMuted, renderNotice, renderUnmuted, renderWatcherOff } from '../blocks';
import { describeMute } from '../blocks/alert';
import type { AlertButton } from '../buttonValue';
import { ALL_SERVICES, type MuteTarget } from '../commandText';
import { audit, type Job, type ListenerDeps } from './flows';

/**
 * What people do with the watcher from Slack: list alerts, mute, unmute (commands), mute and acknowledge
 * (alert buttons). Every flow answers, never throws, and logs who did what: a mute silences pages for
 * everyone, so it must be traceable.
 */

async function withWatcher(deps: ListenerDeps, job: Job): Promise<Watcher | null> {
  if (deps.watcher) return deps.watcher;
  await deps.delivery.reply(job.target, renderWatcherOff(), 'ephemeral');
  return null;
}

/** A note when a mute names a service the watcher does not look at: most often a typo. */
function unwatchedWarning(deps: ListenerDeps, service: string): string | undefined {
  const watched = deps.config.watch.services;
  if (service === ALL_SERVICES || watched.length === 0 || watched.includes('*') || watched.includes(service)) return undefined;
  const names = watched.slice(0, 10).join(', ');
  return `${service} is not among the watched services (${names}${watched.length > 10 ? ', …' : ''}): the mute is stored, but nothing would alert for it.`;
}

/** `/status-triage alerts`: to the asker only, because it is a look at the state, not news for the channel. */
export async function listAlerts(deps: ListenerDeps, job: Job): Promise<void> {
  const watcher = await withWatcher(deps, job);
  if (!watcher) return;
  const log = deps.logger.child({ requestId: randomUUID() });
  log.info(audit(job, {}), 'alert list requested');
  try {
    const list = await watcher.listState();
    const scope = {
      services: deps.config.watch.services,
      statuses: deps.config.watch.statuses,
      intervalMs: deps.config.watch.intervalMs,
      alertChannel: deps.config.watch.alertChannel,
    };
    await deps.delivery.reply(job.target, renderAlertList(list, deps.now(), scope), 'ephemeral');
  } catch (error) {
    log.warn(audit(job, { err: error }), 'alert list failed');
    await deps.delivery.reply(job.target, renderError(describeError(error), 'While reading the alert state.'), 'ephemeral');
  }
}

/**
 * Mutes and reports it. `visibility`: where the confirmation goes; the command says it in the channel
 * (a mute silences alerts for everyone), a button tells the clicker and notes it under the alert.
 */
async function mute(deps: ListenerDeps, job: Job, target: MuteTarget, durationMs: number, visibility: 'in_channel' | 'ephemeral'): Promise<MuteState | null> {
  const watcher = await withWatcher(deps, job);
  if (!watcher) return null;
  const log = deps.logger.child({ requestId: randomUUID() });
  try {
    const state = await watcher.mute(target.service, target.status, durationMs, job.requester.userId);
    log.info(audit(job, { service: target.service, status: target.status, until: state.until }), 'alerts muted');
    await deps.delivery.reply(job.target, renderMuted(state, durationMs, unwatchedWarning(deps, target.service)), visibility);
    return state;
  } catch (error) {
    log.warn(audit(job, { err: error, service: target.service, status: target.status }), 'mute failed');
    await deps.delivery.reply(job.target, renderError(describeError(error), `While muting ${describeMute(target, false)}.`), 'ephemeral');
    return null;
  }
}

export async function muteFromCommand(deps: ListenerDeps, job: Job, target: MuteTarget, durationMs: number): Promise<void> {
  await mute(deps, job, target, durationMs, 'in_channel');
}

export async function unmuteFromCommand(deps: ListenerDeps, job: Job, target: MuteTarget): Promise<void> {
  const watcher = await withWatcher(deps, job);
  if (!watcher) return;
  const log = deps.logger.child({ requestId: randomUUID() });
  try {
    const result = await watcher.unmute(target.service, target.status);
    log.info(audit(job, { service: target.service, status: target.status, removed: result.removed }), 'alerts unmuted');
    await deps.delivery.reply(job.target, renderUnmuted(target, job.requester.userId, result), result.removed > 0 ? 'in_channel' : 'ephemeral');
  } catch (error) {
    log.warn(audit(job, { err: error, service: target.service, status: target.status }), 'unmute failed');
    await deps.delivery.reply(job.target, renderError(describeError(error), `While unmuting ${describeMute(target, false)}.`), 'ephemeral');
  }
}

/** The alert's mute button: confirmed to the clicker, and noted in the alert's thread so the team sees who muted it. */
export async function muteFromButton(deps: ListenerDeps, job: Job, button: AlertButton & { durationMs: number }, alertTs: string | undefined): Promise<void> {
  const state = await mute(deps, job, { service: button.service, status: button.status }, button.durationMs, 'ephemeral');
  if (state === null || alertTs === undefined || job.requester.channelId === null) return;
  try {
    await deps.alertWeb.postMessage({ channel: job.requester.channelId, threadTs: alertTs, message: renderMuted(state, button.durationMs) });
  } catch (error) {
    deps.logger.warn(audit(job, { err: error }), 'could not note the mute under the alert');
  }
}

/** The alert's acknowledge button: recorded in the state index, then shown on the alert message itself. */
export async function acknowledgeFromButton(deps: ListenerDeps, job: Job, button: { service: string; status: TriageStatus }): Promise<void> {
  const watcher = await withWatcher(deps, job);
  if (!watcher) return;
  const log = deps.logger.child({ requestId: randomUUID() });
  const what = `${button.status}s on ${button.service}`;
  let state;
  try {
    state = await watcher.acknowledge(button.service, button.status, job.requester.userId);
  } catch (error) {
    log.warn(audit(job, { err: error, service: button.service, status: button.status }), 'acknowledge failed');
    await deps.delivery.reply(job.target, renderError(describeError(error), `While acknowledging the alert for ${describeMute({ service: button.service, status: button.status }, false)}.`), 'ephemeral');
    return;
  }
  if (state === null) {
    log.info(audit(job, { service: button.service, status: button.status }), 'acknowledge: nothing firing');
    await deps.delivery.reply(job.target, renderNotice(`Nothing is firing for ${what} any more: it has resolved, so there is nothing to acknowledge.`), 'ephemeral');
    return;
  }
  log.info(audit(job, { service: button.service, status: button.status, incidentId: state.incidentId }), 'alert acknowledged');
  if (state.channel === null || state.ts === null) {
    await deps.delivery.reply(job.target, renderNotice(`Acknowledged ${what}.`), 'ephemeral');
    return;
  }
  try {
    await deps.alertWeb.update({ channel: state.channel, ts: state.ts, message: renderAlertState(state) });
  } catch (error) {
    log.warn(audit(job, { err: error }), 'could not show the acknowledgement on the alert');
    await deps.delivery.reply(job.target, renderNotice(`Acknowledged ${what}, but I could not update the alert message (${describeError(error)}).`), 'ephemeral');
  }
}
