import { z } from 'zod';

/**
 * The parts of Slack's payloads the listeners read, as zod schemas. Bolt has verified the signature by the
 * time these run; the schemas make sure the shape is what we think before any field is trusted.
 */
const slackId = z.string().regex(/^[A-Z0-9]{2,40}$/);
const timestamp = z.string().regex(/^\d{1,12}(?:\.\d{1,9})?$/);

export const slashCommandSchema = z.object({
  command: z.string(),
  text: z.string().max(10_000).default(''),
  user_id: slackId,
  channel_id: slackId,
  channel_name: z.string().max(200).optional(),
  team_id: slackId.optional(),
  response_url: z.url({ protocol: /^https?$/ }),
});
export type SlashCommandPayload = z.infer<typeof slashCommandSchema>;

export const eventEnvelopeSchema = z.object({
  event_id: z.string().min(1).max(200),
  team_id: slackId.optional(),
  event: z.unknown(),
});

/** Shared by app_mention and message events. `bot_id` and `subtype` are read only to ignore the message. */
const messageFields = {
  user: slackId.optional(),
  text: z.string().max(40_000).default(''),
  channel: slackId,
  ts: timestamp,
  thread_ts: timestamp.optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
};

export const appMentionSchema = z.object({ type: z.literal('app_mention'), ...messageFields });
export type AppMentionEvent = z.infer<typeof appMentionSchema>;

export const messageEventSchema = z.object({ type: z.literal('message'), channel_type: z.string().optional(), ...messageFields });
export type MessageEvent = z.infer<typeof messageEventSchema>;

export const blockActionsSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: slackId }),
  channel: z.object({ id: slackId, name: z.string().max(200).optional() }).optional(),
  team: z.object({ id: slackId }).nullable().optional(),
  response_url: z.url({ protocol: /^https?$/ }).optional(),
  container: z
    .object({ channel_id: slackId.optional(), message_ts: timestamp.optional(), thread_ts: timestamp.optional() })
    .optional(),
  actions: z
    .array(z.object({ action_id: z.string().max(255), value: z.string().max(2000).optional() }))
    .min(1),
});
export type BlockActionsPayload = z.infer<typeof blockActionsSchema>;
