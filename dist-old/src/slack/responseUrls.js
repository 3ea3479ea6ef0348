"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RESPONSE_URL_MAX_USES = exports.RESPONSE_URL_MAX_AGE_MS = void 0;
exports.createResponseUrlBudget = createResponseUrlBudget;
/**
 * Slack's `response_url` works for 30 minutes and 5 posts. This keeps count, so a late answer goes straight
 * to `chat.postMessage` instead of failing against an expired URL first. Clock passed in; pure bookkeeping.
 */
exports.RESPONSE_URL_MAX_AGE_MS = 30 * 60_000;
exports.RESPONSE_URL_MAX_USES = 5;
/** Margin for clock skew and for the time the request spent reaching us. */
const SAFETY_MS = 60_000;
function createResponseUrlBudget(options) {
    const maxAgeMs = (options.maxAgeMs ?? exports.RESPONSE_URL_MAX_AGE_MS) - SAFETY_MS;
    const maxUses = options.maxUses ?? exports.RESPONSE_URL_MAX_USES;
    const entries = new Map();
    function prune(nowMs) {
        for (const [url, entry] of entries) {
            if (nowMs - entry.issuedAt <= maxAgeMs + SAFETY_MS)
                break;
            entries.delete(url);
        }
    }
    return {
        issued(url) {
            const nowMs = options.now().getTime();
            prune(nowMs);
            if (!entries.has(url))
                entries.set(url, { issuedAt: nowMs, uses: 0 });
        },
        usable(url) {
            const entry = entries.get(url);
            // A URL we never saw issued (e.g. after a restart) is worth one try; a failure falls back anyway.
            if (entry === undefined)
                return true;
            return entry.uses < maxUses && options.now().getTime() - entry.issuedAt < maxAgeMs;
        },
        used(url) {
            const entry = entries.get(url);
            if (entry)
                entry.uses += 1;
            else
                entries.set(url, { issuedAt: options.now().getTime(), uses: 1 });
        },
        exhausted(url) {
            const entry = entries.get(url);
            if (entry)
                entry.uses = maxUses;
            else
                entries.set(url, { issuedAt: options.now().getTime(), uses: maxUses });
        },
    };
}
//# sourceMappingURL=responseUrls.js.map