"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerEvents = registerEvents;
const access_1 = require("../../access");
const blocks_1 = require("../../blocks");
const commandText_1 = require("../../commandText");
const payloads_1 = require("../../payloads");
const flows_1 = require("../flows");
/** A mention or DM after the checks: triage, question or help, answered where it was asked. */
async function handle(deps, incoming, botUserId) {
    const requester = { userId: incoming.user, channelId: incoming.channel, teamId: incoming.teamId };
    const target = { channel: incoming.channel, user: incoming.user, threadTs: incoming.threadTs };
    const access = (0, access_1.checkAccess)(requester, deps.config.slack);
    if (!access.allowed) {
        deps.logger.info({ source: incoming.source, user: incoming.user, channel: incoming.channel, reason: access.reason }, 'request refused by the allow-list');
        await deps.delivery.reply(target, (0, blocks_1.renderRefusal)(access), 'ephemeral');
        return;
    }
    const job = { source: incoming.source, requester, target, errorVisibility: 'in_channel' };
    const text = incoming.source === 'mention' ? (0, commandText_1.stripBotMention)(incoming.text, botUserId) : incoming.text;
    const intent = (0, commandText_1.interpretMessage)(text);
    switch (intent.kind) {
        case 'help':
            await deps.delivery.reply(target, (0, blocks_1.renderUsage)(undefined, 'mention'), 'in_channel');
            return;
        case 'invalid':
            await deps.delivery.reply(target, (0, blocks_1.renderUsage)(intent.problem, 'mention'), 'in_channel');
            return;
        case 'ask':
            await (0, flows_1.answerQuestion)(deps, job, intent.question, intent.hint);
            return;
        case 'triage':
            await (0, flows_1.runTriage)(deps, job, { ...intent.query });
            return;
    }
}
/**
 * `app_mention` (answered in the thread) and `message.im` (answered in the DM). Bolt has acknowledged the
 * event before these run. A redelivered event (same `event_id`, `X-Slack-Retry-Num` set) is dropped, so a
 * slow first delivery never runs the same triage twice.
 */
function registerEvents(app, deps) {
    const firstDelivery = (body, retryNum) => {
        const envelope = payloads_1.eventEnvelopeSchema.safeParse(body);
        if (!envelope.success) {
            deps.logger.warn('event envelope did not have the expected shape; ignored');
            return null;
        }
        if (deps.dedupe.isDuplicate(envelope.data.event_id)) {
            deps.logger.info({ eventId: envelope.data.event_id, retryNum }, 'duplicate event delivery ignored');
            return null;
        }
        return { event: envelope.data.event, teamId: envelope.data.team_id };
    };
    app.event('app_mention', async ({ body, context }) => {
        const delivery = firstDelivery(body, context.retryNum);
        if (!delivery)
            return;
        const parsed = payloads_1.appMentionSchema.safeParse(delivery.event);
        if (!parsed.success) {
            deps.logger.warn('app_mention event did not have the expected shape; ignored');
            return;
        }
        const event = parsed.data;
        if (event.bot_id !== undefined || event.subtype !== undefined || event.user === undefined)
            return;
        // Direct messages arrive as message.im; answering the mention too would answer twice.
        if (event.channel.startsWith('D'))
            return;
        await deps.work.track(handle(deps, { source: 'mention', user: event.user, channel: event.channel, text: event.text, threadTs: event.thread_ts ?? event.ts, teamId: delivery.teamId }, context.botUserId));
    });
    app.event('message', async ({ body, context }) => {
        const parsed = payloads_1.messageEventSchema.safeParse(payloads_1.eventEnvelopeSchema.safeParse(body).data?.event);
        // Only direct messages from people: no channel chatter, no edits, joins or other subtypes, no bots (us included).
        if (!parsed.success || parsed.data.channel_type !== 'im')
            return;
        const event = parsed.data;
        if (event.subtype !== undefined || event.bot_id !== undefined || event.user === undefined)
            return;
        if (context.botUserId !== undefined && event.user === context.botUserId)
            return;
        const delivery = firstDelivery(body, context.retryNum);
        if (!delivery)
            return;
        await deps.work.track(handle(deps, { source: 'direct_message', user: event.user, channel: event.channel, text: event.text, threadTs: event.thread_ts, teamId: delivery.teamId }, context.botUserId));
    });
}
//# sourceMappingURL=index.js.map