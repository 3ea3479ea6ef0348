"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.slackWebFromClient = slackWebFromClient;
exports.createDelivery = createDelivery;
const blocks_1 = require("./blocks");
function slackWebFromClient(client) {
    return {
        async postMessage({ channel, message, threadTs }) {
            await client.chat.postMessage({
                channel,
                text: message.text,
                blocks: (0, blocks_1.toSlackBlocks)(message.blocks),
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
                blocks: (0, blocks_1.toSlackBlocks)(message.blocks),
                ...(threadTs ? { thread_ts: threadTs } : {}),
            });
        },
    };
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function retryAfterMs(header) {
    const seconds = Number(header);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}
function createDelivery(deps) {
    const doFetch = deps.fetch ?? fetch;
    const sleep = deps.sleep ?? defaultSleep;
    const maxRetryAfterMs = deps.maxRetryAfterMs ?? 5000;
    const requestTimeoutMs = deps.requestTimeoutMs ?? 5000;
    const log = deps.logger;
    async function postToResponseUrl(url, message, visibility) {
        const body = JSON.stringify({
            response_type: visibility,
            replace_original: false,
            text: message.text,
            blocks: message.blocks,
        });
        let serverErrors = 0;
        for (let attempt = 0; attempt < 4; attempt += 1) {
            let response;
            try {
                response = await doFetch(url, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json; charset=utf-8' },
                    body,
                    signal: AbortSignal.timeout(requestTimeoutMs),
                });
            }
            catch (error) {
                return { ok: false, expired: false, detail: error instanceof Error ? error.message : String(error) };
            }
            const text = await response.text().catch(() => '');
            if (response.status === 429) {
                const wait = retryAfterMs(response.headers.get('retry-after'));
                if (wait > maxRetryAfterMs)
                    return { ok: false, expired: false, detail: `rate limited for ${wait} ms` };
                log.info({ waitMs: wait }, 'response_url rate limited; waiting as Slack asks');
                await sleep(wait);
                continue;
            }
            if (response.status >= 500) {
                serverErrors += 1;
                if (serverErrors > 1)
                    return { ok: false, expired: false, detail: `HTTP ${response.status}` };
                await sleep(300);
                continue;
            }
            if (response.status === 404 || response.status === 410) {
                return { ok: false, expired: true, detail: `HTTP ${response.status} ${text.slice(0, 100)}` };
            }
            if (!response.ok)
                return { ok: false, expired: false, detail: `HTTP ${response.status} ${text.slice(0, 100)}` };
            // Slack answers 200 with {"ok":false,"error":"expired_url"} as well as with a 404.
            const error = slackError(text);
            if (error !== null)
                return { ok: false, expired: /expired|used|invalid/.test(error), detail: error };
            return { ok: true };
        }
        return { ok: false, expired: false, detail: 'still rate limited' };
    }
    async function viaWebApi(target, message, visibility) {
        try {
            if (visibility === 'ephemeral') {
                await deps.web.postEphemeral({ channel: target.channel, user: target.user, message, threadTs: target.threadTs });
                return 'chat.postEphemeral';
            }
            await deps.web.postMessage({ channel: target.channel, message, threadTs: target.threadTs });
            return 'chat.postMessage';
        }
        catch (error) {
            log.warn({ err: error, channel: target.channel }, 'posting to the channel failed; sending the answer as a direct message');
        }
        try {
            await deps.web.postMessage({ channel: target.user, message: withDirectMessageNote(message, target.channel) });
            return 'direct_message';
        }
        catch (error) {
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
                    if (outcome.expired)
                        deps.budget.exhausted(url);
                    log.warn({ detail: outcome.detail, expired: outcome.expired }, 'response_url failed; falling back to the Web API');
                }
                else {
                    log.info('response_url expired or used up; posting with the Web API instead');
                }
            }
            return viaWebApi(target, message, visibility);
        },
    };
}
function slackError(text) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('{'))
        return null;
    try {
        const parsed = JSON.parse(trimmed);
        if (parsed !== null && typeof parsed === 'object' && 'ok' in parsed && parsed.ok === false) {
            const error = 'error' in parsed && typeof parsed.error === 'string' ? parsed.error : 'unknown_error';
            return error;
        }
    }
    catch {
        return null;
    }
    return null;
}
/** A DM fallback says where the answer should have gone, so it is not mistaken for a reply to something else. */
function withDirectMessageNote(message, channel) {
    const where = /^[CG][A-Z0-9]+$/.test(channel) ? `<#${channel}>` : 'the conversation you asked in';
    return (0, blocks_1.fitMessage)({
        text: message.text,
        blocks: [
            { type: 'context', elements: [{ type: 'mrkdwn', text: `:mailbox_with_mail: I could not post in ${where}, so here is the answer.` }] },
            ...message.blocks,
        ],
    });
}
//# sourceMappingURL=delivery.js.map