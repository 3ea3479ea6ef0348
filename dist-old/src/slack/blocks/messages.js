"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderWorking = renderWorking;
exports.renderError = renderError;
exports.renderRefusal = renderRefusal;
exports.renderNotice = renderNotice;
const common_1 = require("./common");
const limits_1 = require("./limits");
const text_1 = require("./text");
/** The immediate acknowledgement of a triage: proof that work is under way. */
function renderWorking(request) {
    const what = (0, common_1.describeQuery)(request);
    return (0, limits_1.fitMessage)({
        text: `Looking at ${what}…`,
        blocks: [(0, common_1.section)(`:hourglass_flowing_sand: Looking at ${what}… I'll post the answer in this channel.`)],
    });
}
/**
 * A failure in one plain sentence (from `describeError`) and what it was doing; never a stack trace.
 * `sentence` is escaped here (error messages can quote user input or server text); `doing` is our own
 * mrkdwn, already escaped by the caller.
 */
function renderError(sentence, doing) {
    const clean = (0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(sentence)), 1500) || 'Something went wrong.';
    const blocks = [(0, common_1.section)(`:x: ${clean}`)];
    const what = doing === undefined ? '' : (0, text_1.oneLine)(doing);
    if (what.length > 0)
        blocks.push((0, common_1.context)((0, limits_1.truncate)(what, 500)));
    return (0, limits_1.fitMessage)({ text: clean, blocks });
}
/** The polite refusal when the allow-lists say no. Does not reveal who is allowed. */
function renderRefusal(decision) {
    const text = decision.reason === 'channel'
        ? "Sorry, status-triage isn't enabled in this conversation. Try it in one of your team's incident channels, or ask a workspace admin to add this one."
        : "Sorry, you're not on the list of people who can use status-triage here. A workspace admin can add you.";
    return (0, limits_1.fitMessage)({ text, blocks: [(0, common_1.section)(`:lock: ${text}`)] });
}
/** A short notice (e.g. "already the widest window"). The text is ours, but escaped all the same. */
function renderNotice(text) {
    const clean = (0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(text)), 2000) || '…';
    return (0, limits_1.fitMessage)({ text: clean, blocks: [(0, common_1.section)(clean)] });
}
//# sourceMappingURL=messages.js.map