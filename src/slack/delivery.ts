import type { webApi } from '@slack/bolt';
import type { Logger } from '../logging';
import { fitMessage, toSlackBlocks, type SlackMessage } from './blocks';
import type { ResponseUrlBudget } from './responseUrls';

/**
 * Getting an answer to the person who asked, whatever Slack is doing: the `response_url` first (it works in
 * channels the bot is not in), `chat.postMessage` when that URL has expired, been used up or failed, and a
 * direct message as the last resort (e.g. the bot is not in the channel). Rate limits are waited out.
 */

/** Where an answer goes. `responseUrl` exists for slash commands and buttons; `threadTs` for mentions. */
export interface ReplyTarget {
  channel: string;
  user: string;
  responseUrl?: string | undefined;
  threadTs?: string | undefined;
}

export type Visibility = 'in_channel' | 'ephemeral';
export type DeliveredVia = 'response_url' | 'chat.postMessage' | 'chat.postEphemeral' | 'direct_message' | 'failed';

/** The two Web API calls the app makes, narrowed so tests and other transports can stand in. */
export interface SlackWeb {
  postMessage(args: { channel: string; message: SlackMessage; threadTs?: string | undefined }): Promise<void>;
  postEphemeral(args: { channel: string; user: string; message: SlackMessage; threadTs?: string | undefined }): Promise<void>;
}

export function slackWebFromClient(client: webApi.WebClient): SlackWeb {
  return {
    async postMessage({ channel, message, threadTs }) {
      await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: toSlackBlocks(message.blocks),
        ...(threadTs ? { thread_ts: threadTs } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
    },
    async postEphemeral({ channel, user, message, threadTs }) {
      await client.chat.postEphemeral({
        channel,
        user,
        text: message.text,
        blocks: toSlackBlocks(message.blocks),
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
    },
  };
}

export interface Delivery {
  reply(target: ReplyTarget, message: SlackMessage, visibility: Visibility): Promise<DeliveredVia>;
}

export interface DeliveryDeps {
  web: SlackWeb;
  budget: ResponseUrlBudget;
  logger: Logger;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Longest Retry-After we honour on a response_url before falling back instead. */
  maxRetryAfterMs?: number;
  requestTimeoutMs?: number;
}

type ResponseUrlOutcome = { ok: true } | { ok: false; expired: boolean; detail: string };

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

export function createDelivery(deps: DeliveryDeps): Delivery {
  const doFetch = deps.fetch ?? fetch;
  const sleep = deps.sleep ?? defaultSleep;
  const maxRetryAfterMs = deps.maxRetryAfterMs ?? 5000;
  const requestTimeoutMs = deps.requestTimeoutMs ?? 5000;
  const log = deps.logger;

  async function postToResponseUrl(url: string, message: SlackMessage, visibility: Visibility): Promise<ResponseUrlOutcome> {
    const body = JSON.stringify({
      response_type: visibility,
      replace_original: false,
      text: message.text,
      blocks: message.blocks,
    });
    let serverErrors = 0;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body,
          signal: AbortSignal.timeout(requestTimeoutMs),
        });
      } catch (error) {
        return { ok: false, expired: false, detail: error instanceof Error ? error.message : String(error) };
      }
      const text = await response.text().catch(() => '');
      if (response.status === 429) {
        const wait = retryAfterMs(response.headers.get('retry-after'));
        if (wait > maxRetryAfterMs) return { ok: false, expired: false, detail: `rate limited for ${wait} ms` };
        log.info({ waitMs: wait }, 'response_url rate limited; waiting as Slack asks');
        await sleep(wait);
        continue;
      }
      if (response.status >= 500) {
        serverErrors += 1;
        if (serverErrors > 1) return { ok: false, expired: false, detail: `HTTP ${response.status}` };
        await sleep(300);
        continue;
      }
      if (response.status === 404 || response.status === 410) {
        return { ok: false, expired: true, detail: `HTTP ${response.status} ${text.slice(0, 100)}` };
      }
      if (!response.ok) return { ok: false, expired: false, detail: `HTTP ${response.status} ${text.slice(0, 100)}` };
      // Slack answers 200 with {"ok":false,"error":"expired_url"} as well as with a 404.
      const error = slackError(text);
      if (error !== null) return { ok: false, expired: /expired|used|invalid/.test(error), detail: error };
      return { ok: true };
    }
    return { ok: false, expired: false, detail: 'still rate limited' };
  }

  async function viaWebApi(target: ReplyTarget, message: SlackMessage, visibility: Visibility): Promise<DeliveredVia> {
    try {
      if (visibility === 'ephemeral') {
        await deps.web.postEphemeral({ channel: target.channel, user: target.user, message, threadTs: target.threadTs });
        return 'chat.postEphemeral';
      }
      await deps.web.postMessage({ channel: target.channel, message, threadTs: target.threadTs });
      return 'chat.postMessage';
    } catch (error) {
      log.warn({ err: error, channel: target.channel }, 'posting to the channel failed; sending the answer as a direct message');
    }
    try {
      await deps.web.postMessage({ channel: target.user, message: withDirectMessageNote(message, target.channel) });
      return 'direct_message';
    } catch (error) {
      log.error({ err: error, channel: target.channel, user: target.user }, 'could not deliver the answer anywhere');
      return 'failed';
    }
  }

  return {
    async reply(target, message, visibility) {
      const url = target.responseUrl;
      // Threads are for mentions; a response_url cannot post into one, so those go through the Web API.
      if (url !== undefined && target.threadTs === undefined) {
        if (deps.budget.usable(url)) {
          const outcome = await postToResponseUrl(url, message, visibility);
          if (outcome.ok) {
            deps.budget.used(url);
            return 'response_url';
          }
          if (outcome.expired) deps.budget.exhausted(url);
          log.warn({ detail: outcome.detail, expired: outcome.expired }, 'response_url failed; falling back to the Web API');
        } else {
          log.info('response_url expired or used up; posting with the Web API instead');
        }
      }
      return viaWebApi(target, message, visibility);
    },
  };
}

function slackError(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (parsed !== null && typeof parsed === 'object' && 'ok' in parsed && parsed.ok === false) {
      const error = 'error' in parsed && typeof parsed.error === 'string' ? parsed.error : 'unknown_error';
      return error;
    }
  } catch {
    return null;
  }
  return null;
}

/** A DM fallback says where the answer should have gone, so it is not mistaken for a reply to something else. */
function withDirectMessageNote(message: SlackMessage, channel: string): SlackMessage {
  const where = /^[CG][A-Z0-9]+$/.test(channel) ? `<#${channel}>` : 'the conversation you asked in';
  return fitMessage({
    text: message.text,
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: `:mailbox_with_mail: I could not post in ${where}, so here is the answer.` }] },
      ...message.blocks,
    ],
  });
}
