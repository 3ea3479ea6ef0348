"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readClick = readClick;
exports.allowedClick = allowedClick;
const access_1 = require("../../access");
const blocks_1 = require("../../blocks");
const payloads_1 = require("../../payloads");
/** Reads a button click; null (and a log line) when Slack's payload is not what the buttons send. */
function readClick(deps, body) {
    const parsed = payloads_1.blockActionsSchema.safeParse(body);
    if (!parsed.success) {
        deps.logger.warn({ issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'block action payload did not have the expected shape');
        return null;
    }
    const payload = parsed.data;
    const channelId = payload.channel?.id ?? payload.container?.channel_id ?? null;
    if (payload.response_url)
        deps.budget.issued(payload.response_url);
    const job = {
        source: 'button',
        requester: { userId: payload.user.id, channelId, channelName: payload.channel?.name ?? null, teamId: payload.team?.id },
        target: { channel: channelId ?? payload.user.id, user: payload.user.id, responseUrl: payload.response_url },
        errorVisibility: 'ephemeral',
    };
    return { payload, job, value: payload.actions[0]?.value, messageTs: payload.container?.message_ts };
}
/** A click that passed the allow-lists (the same ones as commands and mentions), or null after a polite refusal. */
async function allowedClick(deps, body) {
    const click = readClick(deps, body);
    if (!click)
        return null;
    const access = (0, access_1.checkAccess)(click.job.requester, deps.config.slack);
    if (!access.allowed) {
        deps.logger.info({ source: 'button', user: click.job.requester.userId, channel: click.job.requester.channelId, reason: access.reason }, 'request refused by the allow-list');
        await deps.delivery.reply(click.job.target, (0, blocks_1.renderRefusal)(access), 'ephemeral');
        return null;
    }
    return click;
}
//# sourceMappingURL=click.js.map