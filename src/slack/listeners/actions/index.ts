import type { App } from '@slack/bolt';
import { widerWindow } from '../../../domain/window';
import { checkAccess } from '../../access';
import { renderError, renderNotice, renderRefusal } from '../../blocks';
import { decodeButtonValue } from '../../buttonValue';
import { blockActionsSchema, type BlockActionsPayload } from '../../payloads';
import { ACTION_IDS } from '../../registry';
import { runTriage, showSamples, type Job, type ListenerDeps } from '../flows';

type ButtonAction = 'rerun' | 'widen' | 'samples';

/** Reads a button click; null (and a log line) when Slack's payload is not what the buttons send. */
function readClick(deps: ListenerDeps, body: unknown): { payload: BlockActionsPayload; job: Job; value: string | undefined } | null {
  const parsed = blockActionsSchema.safeParse(body);
  if (!parsed.success) {
    deps.logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'block action payload did not have the expected shape');
    return null;
  }
  const payload = parsed.data;
  const channelId = payload.channel?.id ?? payload.container?.channel_id ?? null;
  if (payload.response_url) deps.budget.issued(payload.response_url);
  const job: Job = {
    source: 'button',
    requester: { userId: payload.user.id, channelId, channelName: payload.channel?.name ?? null, teamId: payload.team?.id },
    target: { channel: channelId ?? payload.user.id, user: payload.user.id, responseUrl: payload.response_url },
    errorVisibility: 'ephemeral',
  };
  return { payload, job, value: payload.actions[0]?.value };
}

async function onClick(deps: ListenerDeps, body: unknown, action: ButtonAction): Promise<void> {
  const click = readClick(deps, body);
  if (!click) return;
  const { job } = click;
  const access = checkAccess(job.requester, deps.config.slack);
  if (!access.allowed) {
    deps.logger.info({ source: 'button', user: job.requester.userId, channel: job.requester.channelId, reason: access.reason }, 'request refused by the allow-list');
    await deps.delivery.reply(job.target, renderRefusal(access), 'ephemeral');
    return;
  }
  const request = decodeButtonValue(click.value);
  if (request === null) {
    deps.logger.warn({ action }, 'button value could not be read');
    await deps.delivery.reply(job.target, renderError('That button is from an older answer I can no longer read; run the command again.'), 'ephemeral');
    return;
  }
  switch (action) {
    case 'rerun':
      await runTriage(deps, job, request);
      return;
    case 'widen': {
      const wider = widerWindow(request.window);
      if (wider === null) {
        await deps.delivery.reply(job.target, renderNotice(`${request.window} is already the widest window.`), 'ephemeral');
        return;
      }
      await runTriage(deps, job, { ...request, window: wider });
      return;
    }
    case 'samples':
      await showSamples(deps, job, request);
      return;
  }
}

/** The answer's buttons. Each acknowledges first (Slack shows an error after three seconds), then works. */
export function registerActions(app: App, deps: ListenerDeps): void {
  const buttons: Array<[string, ButtonAction]> = [
    [ACTION_IDS.rerun, 'rerun'],
    [ACTION_IDS.widen, 'widen'],
    [ACTION_IDS.samples, 'samples'],
  ];
  for (const [actionId, action] of buttons) {
    app.action(actionId, async ({ ack, body }) => {
      await ack();
      await deps.work.track(onClick(deps, body, action));
    });
  }
  // A link button opens Kibana in the browser; the interaction Slack also sends needs only an acknowledgement.
  app.action(ACTION_IDS.openDiscover, async ({ ack }) => {
    await ack();
  });
  // Buttons from older versions of the app: acknowledged so Slack shows no error, and logged.
  const known = new Set<string>(Object.values(ACTION_IDS));
  app.action({ type: 'block_actions' }, async ({ ack, action }) => {
    const actionId = 'action_id' in action && typeof action.action_id === 'string' ? action.action_id : '';
    if (known.has(actionId)) return;
    await ack();
    deps.logger.info({ actionId: actionId.slice(0, 100) }, 'unknown button acknowledged and ignored');
  });
}
