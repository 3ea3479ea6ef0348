import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + HMAC-SHA256(signing secret, `v0:<timestamp>:<raw body>`). */
export function slackSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface PostOptions {
  /** Sign with this secret; `null` sends no signature headers at all. */
  secret: string | null;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replace the computed signature (tampering). */
  signature?: string;
  /** Sign this body but send `rawBody` (tampering with the payload after signing). */
  signedBody?: string;
  headers?: Record<string, string>;
}

export interface PostResult {
  status: number;
  text: string;
  json: unknown;
  /** Time until the response arrived: the acknowledgement time Slack would see. */
  ms: number;
}

export async function postToSlackEndpoint(url: string, rawBody: string, contentType: string, options: PostOptions): Promise<PostResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType };
  if (options.secret !== null) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = options.signature ?? slackSignature(options.secret, timestamp, options.signedBody ?? rawBody);
  }
  Object.assign(headers, options.headers ?? {});
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body: rawBody });
  const text = await response.text();
  const ms = performance.now() - started;
  let json: unknown = null;
  try {
    json = text.length > 0 ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, text, json, ms };
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export interface CommandFields {
  text: string;
  user_id?: string;
  channel_id?: string;
  channel_name?: string;
  response_url: string;
}

/** A slash command as Slack posts it (form-encoded). */
export function slashCommand(fields: CommandFields): string {
  return formBody({
    token: 'deprecated-verification-token',
    team_id: 'T0TEAM',
    team_domain: 'acme',
    channel_id: fields.channel_id ?? 'C0INCIDENTS',
    channel_name: fields.channel_name ?? 'incidents',
    user_id: fields.user_id ?? 'U0ALICE',
    user_name: 'alice',
    command: '/status-triage',
    text: fields.text,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: '1234.5678.abcdef',
  });
}

/** An Events API envelope (JSON). */
export function eventEnvelope(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: 'T0TEAM',
    api_app_id: 'A0APP',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: 'T0TEAM', user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
  });
}

/** A block_actions interaction (form-encoded `payload=<json>`). */
export function blockAction(options: {
  actionId: string;
  value: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  /** The message the button sits on (default a fixed ts). */
  messageTs?: string;
}): string {
  const messageTs = options.messageTs ?? '1700000000.000100';
  const payload = {
    type: 'block_actions',
    user: { id: options.userId ?? 'U0ALICE', username: 'alice', team_id: 'T0TEAM' },
    api_app_id: 'A0APP',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: options.channelId ?? 'C0INCIDENTS', is_ephemeral: false },
    trigger_id: '1234.5678.abcdef',
    team: { id: 'T0TEAM', domain: 'acme' },
    channel: { id: options.channelId ?? 'C0INCIDENTS', name: 'incidents' },
    message: { type: 'message', ts: messageTs, text: 'answer' },
    response_url: options.responseUrl,
    actions: [{ action_id: options.actionId, block_id: 'b1', value: options.value, type: 'button', action_ts: '1700000001.000200' }],
  };
  return formBody({ payload: JSON.stringify(payload) });
}
