import type { App } from '@slack/bolt';
import { widerWindow } from '../../../domain/window';
import { renderError, renderNotice } from '../../blocks';
import { decodeButtonValue } from '../../buttonValue';
import { ACTION_IDS } from '../../registry';
import { runTriage, showSamples, type ListenerDeps } from '../flows';
import { registerAlertActions } from './alerts';
import { allowedClick } from './click';

type ButtonAction = 'rerun' | 'widen' | 'samples';

async function onClick(deps: ListenerDeps, body: unknown, action: ButtonAction): Promise<void> {
  const click = await allowedClick(deps, body);
  if (!click) return;
  const { job } = click;
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
  registerAlertActions(app, deps);
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
