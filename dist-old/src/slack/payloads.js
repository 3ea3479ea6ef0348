"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.blockActionsSchema = exports.messageEventSchema = exports.appMentionSchema = exports.eventEnvelopeSchema = exports.slashCommandSchema = void 0;
const zod_1 = require("zod");
/**
 * The parts of Slack's payloads the listeners read, as zod schemas. Bolt has verified the signature by the
 * time these run; the schemas make sure the shape is what we think before any field is trusted.
 */
const slackId = zod_1.z.string().regex(/^[A-Z0-9]{2,40}$/);
const timestamp = zod_1.z.string().regex(/^\d{1,12}(?:\.\d{1,9})?$/);
exports.slashCommandSchema = zod_1.z.object({
    command: zod_1.z.string(),
    text: zod_1.z.string().max(10_000).default(''),
    user_id: slackId,
    channel_id: slackId,
    channel_name: zod_1.z.string().max(200).optional(),
    team_id: slackId.optional(),
    response_url: zod_1.z.url({ protocol: /^https?$/ }),
});
exports.eventEnvelopeSchema = zod_1.z.object({
    event_id: zod_1.z.string().min(1).max(200),
    team_id: slackId.optional(),
    event: zod_1.z.unknown(),
});
/** Shared by app_mention and message events. `bot_id` and `subtype` are read only to ignore the message. */
const messageFields = {
    user: slackId.optional(),
    text: zod_1.z.string().max(40_000).default(''),
    channel: slackId,
    ts: timestamp,
    thread_ts: timestamp.optional(),
    bot_id: zod_1.z.string().optional(),
    subtype: zod_1.z.string().optional(),
};
exports.appMentionSchema = zod_1.z.object({ type: zod_1.z.literal('app_mention'), ...messageFields });
exports.messageEventSchema = zod_1.z.object({ type: zod_1.z.literal('message'), channel_type: zod_1.z.string().optional(), ...messageFields });
exports.blockActionsSchema = zod_1.z.object({
    type: zod_1.z.literal('block_actions'),
    user: zod_1.z.object({ id: slackId }),
    channel: zod_1.z.object({ id: slackId, name: zod_1.z.string().max(200).optional() }).optional(),
    team: zod_1.z.object({ id: slackId }).nullable().optional(),
    response_url: zod_1.z.url({ protocol: /^https?$/ }).optional(),
    container: zod_1.z
        .object({ channel_id: slackId.optional(), message_ts: timestamp.optional(), thread_ts: timestamp.optional() })
        .optional(),
    actions: zod_1.z
        .array(zod_1.z.object({ action_id: zod_1.z.string().max(255), value: zod_1.z.string().max(2000).optional() }))
        .min(1),
});
//# sourceMappingURL=payloads.js.map