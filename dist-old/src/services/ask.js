"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createAskService = createAskService;
const ask_1 = require("../domain/ask");
/**
 * V8 compiles each of the extractor's regexes on its first run, which makes the first question in a
 * process ~50 ms slower than the rest. A second after the service is created (in the long-running
 * Slack app: after start-up), a few warm-up answers pay that cost, so the first real question does not.
 * The timer is unref'd: a one-shot CLI run exits before it fires and pays nothing extra.
 */
const WARM_UP_QUESTIONS = [
    'a logged in user without the admin role asks for a page that was deleted, token expired, 403 or 404?',
    "another tenant's invoice, ids are confidential, what do we send back",
    'removed for good, want crawlers to drop it. code pls',
    'which rfc defines 403 now, is 7231 still current?',
];
const WARM_UP_DELAY_MS = 1_000;
function createAskService() {
    const warmUp = () => {
        // Twice: V8 interprets a regex on its first run and compiles it to machine code on the second.
        for (let round = 0; round < 2; round += 1)
            for (const question of WARM_UP_QUESTIONS)
                (0, ask_1.answerQuestion)(question);
    };
    setTimeout(warmUp, WARM_UP_DELAY_MS).unref();
    return { ask: (question) => (0, ask_1.answerQuestion)(question) };
}
//# sourceMappingURL=ask.js.map