"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PRESENCE_MEMORY_MS = void 0;
exports.rememberFirsts = rememberFirsts;
exports.trustedFirsts = trustedFirsts;
/**
 * What the watcher remembers between ticks of each service's first document around the baseline days.
 *
 * That time only tells which baseline days come after the service's logs began, and it does not change
 * from one tick to the next: logs that had begun stay begun. Reading it costs every request of every
 * watched service around seven days (most of a 1,000-service tick), so a tick reads it only for the
 * services it does not remember. What can make a remembered time wrong is retention deleting the oldest
 * logs: a day before the logs now kept would count as present and read as zero. Remembering for at most
 * PRESENCE_MEMORY_MS bounds that to one hour, at the retention's edge (seven days back), never elsewhere.
 */
exports.PRESENCE_MEMORY_MS = 3_600_000;
/** The memory after a tick that read `firsts` at `nowMs`: new readings replace old ones, stale ones are dropped. */
function rememberFirsts(memory, firsts, nowMs) {
    const next = new Map();
    for (const [service, entry] of memory)
        if (trusted(entry, nowMs))
            next.set(service, entry);
    for (const [service, at] of firsts)
        next.set(service, { at, readAt: nowMs });
    return next;
}
/** The remembered first documents a tick at `nowMs` may use instead of reading them. */
function trustedFirsts(memory, nowMs) {
    const out = new Map();
    for (const [service, entry] of memory)
        if (trusted(entry, nowMs))
            out.set(service, entry.at);
    return out;
}
function trusted(entry, nowMs) {
    // A clock that went back (a replayed or corrected time) trusts nothing it read "later".
    return entry.readAt <= nowMs && nowMs - entry.readAt < exports.PRESENCE_MEMORY_MS;
}
//# sourceMappingURL=presenceMemory.js.map