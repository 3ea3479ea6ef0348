"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JSON_TYPE = exports.FORM = void 0;
exports.slackSignature = slackSignature;
exports.postToSlackEndpoint = postToSlackEndpoint;
exports.formBody = formBody;
exports.slashCommand = slashCommand;
exports.eventEnvelope = eventEnvelope;
exports.blockAction = blockAction;
const node_crypto_1 = require("node:crypto");
/** Slack's request signature: `v0=` + HMAC-SHA256(signing secret, `v0:<timestamp>:<raw body>`). */
function slackSignature(secret, timestamp, rawBody) {
    return `v0=${(0, node_crypto_1.createHmac)('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}
async function postToSlackEndpoint(url, rawBody, contentType, options) {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers = { 'content-type': contentType };
    if (options.secret !== null) {
        headers['x-slack-request-timestamp'] = String(timestamp);
        headers['x-slack-signature'] = options.signature ?? slackSignature(options.secret, timestamp, options.signedBody ?? rawBody);
    }
    Object.assign(headers, options.headers ?? {});
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers, body: rawBody });
    const text = await response.text();
    const ms = performance.now() - started;
    let json = null;
    try {
        json = text.length > 0 ? JSON.parse(text) : null;
    }
    catch {
        json = null;
    }
    return { status: response.status, text, json, ms };
}
exports.FORM = 'application/x-www-form-urlencoded';
exports.JSON_TYPE = 'application/json';
function formBody(fields) {
    return new URLSearchParams(fields).toString();
}
/** A slash command as Slack posts it (form-encoded). */
function slashCommand(fields) {
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
function eventEnvelope(eventId, event) {
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
function blockAction(options) {
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
//# sourceMappingURL=signing.js.map