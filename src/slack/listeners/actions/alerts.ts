import type { App } from '@slack/bolt';
import { renderError } from '../../blocks';
import { decodeAlertButton, decodeButtonValue } from '../../buttonValue';
import { ACTION_IDS, MUTE_CHOICES } from '../../registry';
import { acknowledgeFromButton, muteFromButton } from '../alertFlows';
import { runTriage, type Job, type ListenerDeps } from '../flows';
import { allowedClick } from './click';

/**
 * The buttons on a spike alert (src/slack/blocks/alert.ts): a full triage in the alert's thread, mute for
 * a chosen time, acknowledge. The allow-lists apply as they do everywhere; every click is acknowledged first.
 */

async function unreadable(deps: ListenerDeps, job: Job, action: string): Promise<void> {
  deps.logger.warn({ action }, 'alert button value could not be read');
  await deps.delivery.reply(job.target, renderError('That button is from an alert I can no longer read; use /status-triage alerts, mute or a triage instead.'), 'ephemeral');
}

async function onTriage(deps: ListenerDeps, body: unknown): Promise<void> {
  const click = await allowedClick(deps, body);
  if (!click) return;
  const request = decodeButtonValue(click.value);
  if (request === null) return unreadable(deps, click.job, 'triage');
  // The answer goes into the alert's thread, next to the incident it explains.
  const job: Job = { ...click.job, target: { ...click.job.target, ...(click.messageTs ? { threadTs: click.messageTs } : {}) } };
  await runTriage(deps, job, request);
}

async function onMute(deps: ListenerDeps, body: unknown): Promise<void> {
  const click = await allowedClick(deps, body);
  if (!click) return;
  const button = decodeAlertButton(click.value);
  if (button === null || button.durationMs === null) return unreadable(deps, click.job, 'mute');
  await muteFromButton(deps, click.job, { ...button, durationMs: button.durationMs }, click.messageTs);
}

async function onAcknowledge(deps: ListenerDeps, body: unknown): Promise<void> {
  const click = await allowedClick(deps, body);
  if (!click) return;
  const button = decodeAlertButton(click.value);
  if (button === null) return unreadable(deps, click.job, 'acknowledge');
  await acknowledgeFromButton(deps, click.job, button);
}

export function registerAlertActions(app: App, deps: ListenerDeps): void {
  app.action(ACTION_IDS.alertTriage, async ({ ack, body }) => {
    await ack();
    await deps.work.track(onTriage(deps, body));
  });
  for (const choice of MUTE_CHOICES) {
    app.action(choice.actionId, async ({ ack, body }) => {
      await ack();
      await deps.work.track(onMute(deps, body));
    });
  }
  app.action(ACTION_IDS.alertAcknowledge, async ({ ack, body }) => {
    await ack();
    await deps.work.track(onAcknowledge(deps, body));
  });
}
