import type { webApi } from '@slack/bolt';
import { AppError, ErrorCode } from '../../errors';
import { toSlackBlocks, type SlackMessage } from '../blocks';

/**
 * The two Web API calls an alert's life needs (post, edit), narrowed so the poster and the acknowledge
 * button share them and unit tests can stand in without a WebClient.
 */
export interface AlertWeb {
  /** Posts to a channel or, with `threadTs`, into a thread (`broadcast`: also to the channel); answers where it landed. */
  postMessage(args: { channel: string; message: SlackMessage; threadTs?: string | undefined; broadcast?: boolean }): Promise<{ channel: string; ts: string }>;
  update(args: { channel: string; ts: string; message: SlackMessage }): Promise<void>;
}

export function alertWebFromClient(client: webApi.WebClient): AlertWeb {
  return {
    async postMessage({ channel, message, threadTs, broadcast }) {
      const base = { channel, text: message.text, blocks: toSlackBlocks(message.blocks), unfurl_links: false, unfurl_media: false };
      const response = threadTs
        ? await client.chat.postMessage({ ...base, thread_ts: threadTs, reply_broadcast: broadcast === true })
        : await client.chat.postMessage(base);
      if (typeof response.channel !== 'string' || typeof response.ts !== 'string') {
        throw new AppError(ErrorCode.SlackApi, 'Slack accepted the alert but did not say where it landed (no channel or ts in the answer)');
      }
      return { channel: response.channel, ts: response.ts };
    },
    async update({ channel, ts, message }) {
      await client.chat.update({ channel, ts, text: message.text, blocks: toSlackBlocks(message.blocks) });
    },
  };
}
