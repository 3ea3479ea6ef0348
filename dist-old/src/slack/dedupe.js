"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createEventDeduper = createEventDeduper;
function createEventDeduper(options) {
    // Slack retries three times within about an hour at most.
    const ttlMs = options.ttlMs ?? 2 * 60 * 60_000;
    const maxEntries = options.maxEntries ?? 10_000;
    const seen = new Map();
    function prune(nowMs) {
        for (const [id, at] of seen) {
            if (nowMs - at < ttlMs && seen.size <= maxEntries)
                break;
            seen.delete(id);
        }
    }
    return {
        isDuplicate(id) {
            const nowMs = options.now().getTime();
            prune(nowMs);
            const at = seen.get(id);
            if (at !== undefined && nowMs - at < ttlMs)
                return true;
            seen.set(id, nowMs);
            return false;
        },
        size: () => seen.size,
    };
}
//# sourceMappingURL=dedupe.js.map