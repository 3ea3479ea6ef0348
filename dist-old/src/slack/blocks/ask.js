"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.chunkText = chunkText;
exports.renderAnswer = renderAnswer;
const common_1 = require("./common");
const limits_1 = require("./limits");
const text_1 = require("./text");
const VERDICT_NAMES = {
    '401': '401 Unauthorized',
    '403': '403 Forbidden',
    '404': '404 Not Found',
    '410': '410 Gone',
};
const MAX_ANSWER_SECTIONS = 12;
const MAX_SOURCES_SHOWN = 8;
/** Splits long text into section-sized chunks at paragraph, then line, then word boundaries. */
function chunkText(text, max) {
    const chunks = [];
    let rest = text.trim();
    while (rest.length > max) {
        let cut = rest.lastIndexOf('\n\n', max);
        if (cut < max / 2)
            cut = rest.lastIndexOf('\n', max);
        if (cut < max / 2)
            cut = rest.lastIndexOf(' ', max);
        if (cut < max / 2)
            cut = max;
        chunks.push(rest.slice(0, cut).trim());
        rest = rest.slice(cut).trim();
    }
    if (rest.length > 0)
        chunks.push(rest);
    return chunks.filter((c) => c.length > 0);
}
/** The answer to a "403 or 404?" question: the verdict first, then the grounded answer and its sources. */
function renderAnswer(question, result, options = {}) {
    const blocks = [];
    const who = (0, common_1.userMention)(options.askedBy);
    const asked = (0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(question)), 500);
    blocks.push((0, common_1.context)(`${who ? `${who} asked` : 'Question'}: _${asked || '…'}_`));
    if (result.verdict !== null)
        blocks.push((0, common_1.section)(`*Use ${VERDICT_NAMES[result.verdict]}*`));
    const answer = (0, text_1.escapeMrkdwn)(result.answer.trim());
    const chunks = chunkText(answer.length > 0 ? answer : 'I have no answer to that.', limits_1.LIMITS.sectionText - 10);
    chunks.slice(0, MAX_ANSWER_SECTIONS).forEach((chunk) => blocks.push((0, common_1.section)(chunk)));
    if (chunks.length > MAX_ANSWER_SECTIONS)
        blocks.push((0, common_1.context)(`…the answer continues; ${chunks.length - MAX_ANSWER_SECTIONS} more parts not shown.`));
    if (result.sources.length > 0) {
        const sources = result.sources.slice(0, MAX_SOURCES_SHOWN).map((s) => (0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(s)), 300));
        if (result.sources.length > MAX_SOURCES_SHOWN)
            sources.push(`…and ${result.sources.length - MAX_SOURCES_SHOWN} more`);
        blocks.push((0, common_1.context)(`Sources: ${(0, limits_1.joinWithinBudget)(sources, 2500, (n) => `…and ${n} more`, ' · ')}`));
    }
    if (options.hint) {
        blocks.push((0, common_1.context)(`:bulb: To run a triage instead: \`403|404 <service> [window] [env=…]\` (${(0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(options.hint)), 300)})`));
    }
    const verdict = result.verdict !== null ? `Use ${VERDICT_NAMES[result.verdict]}. ` : '';
    const text = `${verdict}${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(result.answer))}`.trim() || 'status-triage answer';
    return (0, limits_1.fitMessage)({ text: (0, limits_1.truncate)(text, limits_1.LIMITS.fallbackText), blocks });
}
//# sourceMappingURL=ask.js.map