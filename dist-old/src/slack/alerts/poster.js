"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.platformError = platformError;
exports.rateLimitedMs = rateLimitedMs;
exports.isPermanent = isPermanent;
exports.createSlackAlertPoster = createSlackAlertPoster;
const promises_1 = require("node:timers/promises");
const bolt_1 = require("@slack/bolt");
const errors_1 = require("../../errors");
const blocks_1 = require("../blocks");
const common_1 = require("../blocks/common");
const limits_1 = require("../blocks/limits");
/** Slack's own errors that a later try can get past (Slack was down, slow or busy); every other platform error is permanent. */
const TRANSIENT_PLATFORM_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'rate_limited']);
/** Blocks Slack would not take: the alert is re-sent as plain text rather than not at all. */
const REJECTED_BLOCKS = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_too_long', 'msg_blocks_too_long']);
function field(value, key) {
    return typeof value === 'object' && value !== null && key in value ? value[key] : undefined;
}
/** The `error` of an `ok: false` answer (`not_in_channel`), or null for any other failure. */
function platformError(error) {
    if (field(error, 'code') !== bolt_1.webApi.ErrorCode.PlatformError)
        return null;
    const code = field(field(error, 'data'), 'error');
    return typeof code === 'string' ? code : 'unknown_error';
}
/** How long Slack asked us to wait, or null when the failure is no rate limit. */
function rateLimitedMs(error) {
    if (field(error, 'code') === bolt_1.webApi.ErrorCode.RateLimitedError) {
        const seconds = field(error, 'retryAfter');
        return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
    }
    const platform = platformError(error);
    return platform === 'ratelimited' || platform === 'rate_limited' ? 1000 : null;
}
/** A failure that repeats on every try: a missing or archived channel, a revoked token, a deleted message. */
function isPermanent(error) {
    const original = error instanceof errors_1.AppError && error.cause !== undefined ? error.cause : error;
    const platform = platformError(original);
    return platform !== null && !TRANSIENT_PLATFORM_ERRORS.has(platform);
}
function hintFor(platform) {
    switch (platform) {
        case 'not_in_channel':
        case 'channel_not_found':
            return 'invite the bot to ALERT_CHANNEL (/invite @status-triage) and check that ALERT_CHANNEL is its id (C…)';
        case 'is_archived':
            return 'ALERT_CHANNEL is archived: point it at a live channel';
        case 'invalid_auth':
        case 'not_authed':
        case 'token_revoked':
        case 'account_inactive':
            return 'check SLACK_BOT_TOKEN';
        case null:
            return 'the watcher tries again on its next tick';
        default:
            return undefined;
    }
}
function slackFailure(error, what, channel) {
    const platform = platformError(error);
    const detail = platform ?? (error instanceof Error ? error.message : String(error));
    const hint = hintFor(platform);
    return new errors_1.AppError(errors_1.ErrorCode.SlackApi, `Slack did not take ${what} in ${channel}: ${detail}`, { cause: error, ...(hint ? { hint } : {}) });
}
/** The alert without its layout: what is left when Slack refuses the blocks. */
function plainVersion(message) {
    return (0, limits_1.fitMessage)({ text: message.text, blocks: [(0, common_1.section)(message.text)] });
}
function createSlackAlertPoster(options) {
    const { web } = options;
    const log = options.logger;
    const gapMs = options.channelGapMs ?? 1000;
    const maxRateLimitWaitMs = options.maxRateLimitWaitMs ?? 30_000;
    const maxAttempts = options.maxAttempts ?? 4;
    const sleep = options.sleep ?? ((ms) => (0, promises_1.setTimeout)(ms));
    const clock = options.clock ?? Date.now;
    const nextSlot = new Map();
    /** Waits for this channel's next slot; slots are reserved before waiting, so concurrent calls queue up. */
    async function slot(channel) {
        const now = clock();
        const at = Math.max(now, nextSlot.get(channel) ?? 0);
        nextSlot.set(channel, at + gapMs);
        if (at > now)
            await sleep(at - now);
    }
    function hold(channel, ms) {
        nextSlot.set(channel, Math.max(nextSlot.get(channel) ?? 0, clock() + ms));
    }
    async function call(channel, what, send) {
        let waited = 0;
        for (let attempt = 1;; attempt += 1) {
            await slot(channel);
            try {
                return await send();
            }
            catch (error) {
                const wait = rateLimitedMs(error);
                if (wait === null)
                    throw slackFailure(error, what, channel);
                if (attempt >= maxAttempts || waited + wait > maxRateLimitWaitMs) {
                    throw new errors_1.AppError(errors_1.ErrorCode.SlackApi, `Slack is rate limiting ${what} in ${channel} (retry after ${Math.ceil(wait / 1000)} s)`, {
                        cause: error,
                        hint: 'the watcher tries again on its next tick',
                    });
                }
                waited += wait;
                hold(channel, wait);
                log.info({ channel, retryAfterMs: wait, attempt }, `Slack rate limited ${what}; waiting as it asks`);
            }
        }
    }
    /**
     * Edits and notes after the alert itself: a failure that would repeat forever (the message was deleted,
     * the channel archived) is logged and skipped, so the watcher does not retry it every tick; a passing one
     * is thrown, so it does.
     */
    async function unlessPermanent(what, work) {
        try {
            await work();
        }
        catch (error) {
            if (!isPermanent(error))
                throw error;
            log.warn({ err: error }, `${what} failed for good; skipped`);
        }
    }
    function postedAt(state, what) {
        if (state.channel === null || state.ts === null) {
            log.warn({ id: state.id, incidentId: state.incidentId }, `no alert message to attach ${what} to`);
            return null;
        }
        return { channel: state.channel, ts: state.ts };
    }
    return {
        async post(alert) {
            const message = (0, blocks_1.renderAlert)(alert);
            let where;
            try {
                where = await call(alert.channel, 'the alert', () => web.postMessage({ channel: alert.channel, message }));
            }
            catch (error) {
                const refused = platformError(error instanceof errors_1.AppError ? error.cause : error);
                if (refused === null || !REJECTED_BLOCKS.has(refused))
                    throw error;
                // A layout bug must not cost the page: the words alone still tell on-call what is happening.
                log.error({ err: error, incidentId: alert.incidentId }, 'Slack refused the alert layout; posting it as plain text');
                where = await call(alert.channel, 'the alert', () => web.postMessage({ channel: alert.channel, message: plainVersion(message) }));
            }
            log.info({ channel: where.channel, ts: where.ts, service: alert.service, status: alert.status, incidentId: alert.incidentId }, 'alert posted to Slack');
            return where;
        },
        async resolve(state) {
            const at = postedAt(state, 'the resolution');
            if (at === null)
                return;
            // The edit first: repeating it is harmless, so a failed note retried next tick costs no duplicate edit.
            await unlessPermanent('marking the alert resolved', () => call(at.channel, 'the resolved alert', () => web.update({ ...at, message: (0, blocks_1.renderAlertState)(state) })));
            await unlessPermanent('the resolution note', () => call(at.channel, 'the resolution note', () => web.postMessage({ channel: at.channel, threadTs: at.ts, message: (0, blocks_1.renderResolvedNote)(state) })));
        },
        async followUp(state, note) {
            const at = postedAt(state, `the ${note.kind} note`);
            if (at === null)
                return;
            if (note.kind === 'refired') {
                // The message said "resolved"; it is firing again, with its buttons back.
                await unlessPermanent('re-opening the alert', () => call(at.channel, 'the re-opened alert', () => web.update({ ...at, message: (0, blocks_1.renderAlertState)(state) })));
            }
            await unlessPermanent(`the ${note.kind} note`, () => call(at.channel, `the ${note.kind} note`, () => 
            // A re-opening is news for the whole channel (people stopped watching a resolved alert); "worse" stays in the thread.
            web.postMessage({ channel: at.channel, threadTs: at.ts, message: (0, blocks_1.renderFollowUpNote)(state, note), broadcast: note.kind === 'refired' })));
        },
    };
}
//# sourceMappingURL=poster.js.map