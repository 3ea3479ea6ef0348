"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trackAnswers = trackAnswers;
exports.lastAnswerAt = lastAnswerAt;
exports.describeLastAnswer = describeLastAnswer;
/**
 * When each client last had a successful answer from Elasticsearch. In an outage, how long it has
 * lasted is the first thing on-call asks, so failure messages say it ("the last successful query was
 * 4 min ago"). Kept per client, fed by the client's own diagnostics, so that every path sharing a
 * client (triage, watcher, health) counts; a WeakMap forgets clients that are gone.
 */
const lastAnswers = new WeakMap();
const tracked = new WeakSet();
/** Starts recording successful answers of `client`; calling it again for the same client does nothing. */
function trackAnswers(client, clock = Date.now) {
    // Test doubles may stand in for an engine without answer events: nothing to track then.
    const onAnswer = client.onAnswer;
    if (tracked.has(client) || onAnswer === undefined)
        return;
    tracked.add(client);
    client.onAnswer(() => lastAnswers.set(client, clock()));
}
function lastAnswerAt(client) {
    const at = lastAnswers.get(client);
    return at === undefined ? null : new Date(at);
}
/** `12 s ago (2026-11-20T11:59:48Z)`. Pure. */
function describeLastAnswer(at, now) {
    const seconds = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
    let ago;
    if (seconds < 90)
        ago = `${seconds} s ago`;
    else if (seconds < 90 * 60)
        ago = `${Math.round(seconds / 60)} min ago`;
    else if (seconds < 48 * 3600)
        ago = `${Math.round(seconds / 3600)} h ago`;
    else
        ago = `${Math.round(seconds / 86_400)} days ago`;
    return `${ago} (${at.toISOString().replace(/\.\d{3}Z$/, 'Z')})`;
}
//# sourceMappingURL=lastAnswer.js.map