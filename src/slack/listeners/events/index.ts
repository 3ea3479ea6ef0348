import type { App } from '@slack/bolt';
import { checkAccess } from '../../access';
import { renderRefusal, renderUsage } from '../../blocks';
import { interpretMessage, stripBotMention } from '../../commandText';
import { appMentionSchema, eventEnvelopeSchema, messageEventSchema } from '../../payloads';
import { answerQuestion, runTriage, type Job, type ListenerDeps, type Source } from '../flows';

interface Incoming {
  source: Extract<Source, 'mention' | 'direct_message'>;
  user: string;
  channel: string;
  text: string;
  threadTs: string | undefined;
  teamId: string | undefined;
}

/** A mention or DM after the checks: triage, question or help, answered where it was asked. */
async function handle(deps: ListenerDeps, incoming: Incoming, botUserId: string | undefined): Promise<void> {
  const requester = { userId: incoming.user, channelId: incoming.channel, teamId: incoming.teamId };
  const target = { channel: incoming.channel, user: incoming.user, threadTs: incoming.threadTs };
  const access = checkAccess(requester, deps.config.slack);
  if (!access.allowed) {
    deps.logger.info({ source: incoming.source, user: incoming.user, channel: incoming.channel, reason: access.reason }, 'request refused by the allow-list');
    await deps.delivery.reply(target, renderRefusal(access), 'ephemeral');
    return;
  }
  const job: Job = { source: incoming.source, requester, target, errorVisibility: 'in_channel' };
  const text = incoming.source === 'mention' ? stripBotMention(incoming.text, botUserId) : incoming.text;
  const intent = interpretMessage(text);
  switch (intent.kind) {
    case 'help':
      await deps.delivery.reply(target, renderUsage(undefined, 'mention'), 'in_channel');
      return;
    case 'invalid':
      await deps.delivery.reply(target, renderUsage(intent.problem, 'mention'), 'in_channel');
      return;
    case 'ask':
      await answerQuestion(deps, job, intent.question, intent.hint);
      return;
    case 'triage':
      await runTriage(deps, job, { ...intent.query });
      return;
  }
}

/**
 * `app_mention` (answered in the thread) and `message.im` (answered in the DM). Bolt has acknowledged the
 * event before these run. A redelivered event (same `event_id`, `X-Slack-Retry-Num` set) is dropped, so a
 * slow first delivery never runs the same triage twice.
 */
export function registerEvents(app: App, deps: ListenerDeps): void {
  const firstDelivery = (body: unknown, retryNum: number | undefined): { event: unknown; teamId: string | undefined } | null => {
    const envelope = eventEnvelopeSchema.safeParse(body);
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
    if (!delivery) return;
    const parsed = appMentionSchema.safeParse(delivery.event);
    if (!parsed.success) {
      deps.logger.warn('app_mention event did not have the expected shape; ignored');
      return;
    }
    const event = parsed.data;
    if (event.bot_id !== undefined || event.subtype !== undefined || event.user === undefined) return;
    // Direct messages arrive as message.im; answering the mention too would answer twice.
    if (event.channel.startsWith('D')) return;
    await deps.work.track(
      handle(
        deps,
        { source: 'mention', user: event.user, channel: event.channel, text: event.text, threadTs: event.thread_ts ?? event.ts, teamId: delivery.teamId },
        context.botUserId,
      ),
    );
  });

  app.event('message', async ({ body, context }) => {
    const parsed = messageEventSchema.safeParse(eventEnvelopeSchema.safeParse(body).data?.event);
    // Only direct messages from people: no channel chatter, no edits, joins or other subtypes, no bots (us included).
    if (!parsed.success || parsed.data.channel_type !== 'im') return;
    const event = parsed.data;
    if (event.subtype !== undefined || event.bot_id !== undefined || event.user === undefined) return;
    if (context.botUserId !== undefined && event.user === context.botUserId) return;
    const delivery = firstDelivery(body, context.retryNum);
    if (!delivery) return;
    await deps.work.track(
      handle(
        deps,
        { source: 'direct_message', user: event.user, channel: event.channel, text: event.text, threadTs: event.thread_ts, teamId: delivery.teamId },
        context.botUserId,
      ),
    );
  });
}
