import type { App, RespondArguments } from '@slack/bolt';
import { checkAccess } from '../../access';
import { renderError, renderNotice, renderRefusal, renderUsage, renderWatcherOff, renderWorking, toSlackBlocks, type SlackMessage } from '../../blocks';
import { parseCommandText } from '../../commandText';
import { slashCommandSchema } from '../../payloads';
import { SLASH_COMMAND } from '../../registry';
import { listAlerts, muteFromCommand, unmuteFromCommand } from '../alertFlows';
import { answerQuestion, checkLogs, runTriage, type Job, type ListenerDeps } from '../flows';

function ephemeral(message: SlackMessage): RespondArguments {
  return { response_type: 'ephemeral', text: message.text, blocks: toSlackBlocks(message.blocks) };
}

/**
 * `/status-triage`. Everything before `ack` is synchronous and in memory (parse, allow-list, render), so the
 * acknowledgement goes out at once; Elasticsearch is only asked afterwards.
 */
export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ ack, body }) => {
    const parsed = slashCommandSchema.safeParse(body);
    if (!parsed.success) {
      deps.logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'slash command payload did not have the expected shape');
      await ack(ephemeral(renderError('Slack sent an incomplete request; please try the command again.')));
      return;
    }
    const command = parsed.data;
    deps.budget.issued(command.response_url);
    const requester = { userId: command.user_id, channelId: command.channel_id, channelName: command.channel_name ?? null, teamId: command.team_id };
    const access = checkAccess(requester, deps.config.slack);
    if (!access.allowed) {
      deps.logger.info({ source: 'command', user: requester.userId, channel: requester.channelId, reason: access.reason }, 'request refused by the allow-list');
      await ack(ephemeral(renderRefusal(access)));
      return;
    }
    const job: Job = {
      source: 'command',
      requester,
      target: { channel: command.channel_id, user: command.user_id, responseUrl: command.response_url },
      errorVisibility: 'ephemeral',
    };
    const intent = parseCommandText(command.text);
    switch (intent.kind) {
      case 'help':
        await ack(ephemeral(renderUsage()));
        return;
      case 'invalid':
        await ack(ephemeral(renderUsage(intent.problem)));
        return;
      case 'ask':
        await ack();
        await deps.work.track(answerQuestion(deps, job, intent.question));
        return;
      case 'triage': {
        const request = { ...intent.query };
        await ack(ephemeral(renderWorking(request)));
        await deps.work.track(runTriage(deps, job, request));
        return;
      }
      case 'check':
        await ack(ephemeral(renderNotice('Checking whether the logs fit…')));
        await deps.work.track(checkLogs(deps, job));
        return;
      case 'alerts':
      case 'mute':
      case 'unmute':
        // Known at once, so said at once; otherwise the state index is read after the acknowledgement.
        if (!deps.watcher) {
          await ack(ephemeral(renderWatcherOff()));
          return;
        }
        await ack();
        if (intent.kind === 'alerts') await deps.work.track(listAlerts(deps, job));
        else if (intent.kind === 'mute') await deps.work.track(muteFromCommand(deps, job, intent.target, intent.durationMs));
        else await deps.work.track(unmuteFromCommand(deps, job, intent.target));
        return;
    }
  });
}
