"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerCommands = registerCommands;
const access_1 = require("../../access");
const blocks_1 = require("../../blocks");
const commandText_1 = require("../../commandText");
const payloads_1 = require("../../payloads");
const registry_1 = require("../../registry");
const alertFlows_1 = require("../alertFlows");
const flows_1 = require("../flows");
function ephemeral(message) {
    return { response_type: 'ephemeral', text: message.text, blocks: (0, blocks_1.toSlackBlocks)(message.blocks) };
}
/**
 * `/status-triage`. Everything before `ack` is synchronous and in memory (parse, allow-list, render), so the
 * acknowledgement goes out at once; Elasticsearch is only asked afterwards.
 */
function registerCommands(app, deps) {
    app.command(registry_1.SLASH_COMMAND, async ({ ack, body }) => {
        const parsed = payloads_1.slashCommandSchema.safeParse(body);
        if (!parsed.success) {
            deps.logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'slash command payload did not have the expected shape');
            await ack(ephemeral((0, blocks_1.renderError)('Slack sent an incomplete request; please try the command again.')));
            return;
        }
        const command = parsed.data;
        deps.budget.issued(command.response_url);
        const requester = { userId: command.user_id, channelId: command.channel_id, channelName: command.channel_name ?? null, teamId: command.team_id };
        const access = (0, access_1.checkAccess)(requester, deps.config.slack);
        if (!access.allowed) {
            deps.logger.info({ source: 'command', user: requester.userId, channel: requester.channelId, reason: access.reason }, 'request refused by the allow-list');
            await ack(ephemeral((0, blocks_1.renderRefusal)(access)));
            return;
        }
        const job = {
            source: 'command',
            requester,
            target: { channel: command.channel_id, user: command.user_id, responseUrl: command.response_url },
            errorVisibility: 'ephemeral',
        };
        const intent = (0, commandText_1.parseCommandText)(command.text);
        switch (intent.kind) {
            case 'help':
                await ack(ephemeral((0, blocks_1.renderUsage)()));
                return;
            case 'invalid':
                await ack(ephemeral((0, blocks_1.renderUsage)(intent.problem)));
                return;
            case 'ask':
                await ack();
                await deps.work.track((0, flows_1.answerQuestion)(deps, job, intent.question));
                return;
            case 'triage': {
                const request = { ...intent.query };
                await ack(ephemeral((0, blocks_1.renderWorking)(request)));
                await deps.work.track((0, flows_1.runTriage)(deps, job, request));
                return;
            }
            case 'check':
                await ack(ephemeral((0, blocks_1.renderNotice)('Checking whether the logs fit…')));
                await deps.work.track((0, flows_1.checkLogs)(deps, job));
                return;
            case 'alerts':
            case 'mute':
            case 'unmute':
                // Known at once, so said at once; otherwise the state index is read after the acknowledgement.
                if (!deps.watcher) {
                    await ack(ephemeral((0, blocks_1.renderWatcherOff)()));
                    return;
                }
                await ack();
                if (intent.kind === 'alerts')
                    await deps.work.track((0, alertFlows_1.listAlerts)(deps, job));
                else if (intent.kind === 'mute')
                    await deps.work.track((0, alertFlows_1.muteFromCommand)(deps, job, intent.target, intent.durationMs));
                else
                    await deps.work.track((0, alertFlows_1.unmuteFromCommand)(deps, job, intent.target));
                return;
        }
    });
}
//# sourceMappingURL=index.js.map