"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderCheck = renderCheck;
const check_1 = require("../../services/check");
const common_1 = require("./common");
const limits_1 = require("./limits");
const text_1 = require("./text");
function share(coverage) {
    return `${Math.round(coverage * 100)}%`;
}
/** `/status-triage check`, for the asker only: whether the logs fit, the fields found, what can be judged. */
function renderCheck(report) {
    const fits = report.problems.length === 0;
    const head = fits
        ? `:white_check_mark: ${(0, text_1.code)(report.index)} can be triaged`
        : `:x: ${(0, text_1.code)(report.index)} cannot be triaged: ${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(report.problems.join('; ')))}`;
    const facts = [
        `${report.indices} ${report.indices === 1 ? 'index' : 'indices'} · ${(0, text_1.formatCount)(report.docs24h)} documents in the last 24 h · shape: ${(0, text_1.escapeMrkdwn)((0, check_1.shapeLabel)(report.shape))}`,
        report.newest ? `newest ${report.newest}${report.lagMs !== null ? ` (${Math.round(report.lagMs / 1000)} s behind)` : ''} · oldest ${report.oldest ?? '?'}` : 'no documents',
        report.services !== null ? `${(0, text_1.formatCount)(report.services)} services` : '',
    ].filter((line) => line !== '');
    const fieldLines = Object.entries(report.fields).map(([role, field]) => field === null
        ? `:heavy_multiplication_x: *${role}*: ${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(report.missing[role] ?? 'missing'))}`
        : `:heavy_check_mark: *${role}*: ${(0, text_1.code)(field.field)} (${field.type}, ${share(field.coverage)})${field.note ? ` — ${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(field.note))}` : ''}`);
    const causes = Object.entries(report.causes);
    const ok = causes.filter(([, why]) => why === 'ok').map(([id]) => (0, text_1.code)(id));
    const notJudged = causes.filter(([, why]) => why !== 'ok').map(([id, why]) => `${(0, text_1.code)(id)}: ${(0, text_1.escapeMrkdwn)((0, text_1.oneLine)(why))}`);
    const blocks = [
        (0, common_1.section)((0, limits_1.truncate)(head, 2900)),
        (0, common_1.context)((0, limits_1.truncate)(facts.join('\n'), 2900)),
        (0, common_1.section)((0, limits_1.joinWithinBudget)(['*Fields*', ...fieldLines], 2900, (n) => `…and ${n} more`)),
        (0, common_1.section)((0, limits_1.joinWithinBudget)([`*Causes that can be judged* (${ok.length} of ${causes.length}): ${ok.join(', ') || 'none'}`, ...notJudged], 2900, (n) => `…and ${n} more`)),
    ];
    if (report.env !== '')
        blocks.push((0, common_1.section)((0, limits_1.truncate)(`*To pin what was found*, in \`.env\`:\n\`\`\`${report.env}\`\`\``, 2900)));
    return (0, limits_1.fitMessage)({ text: fits ? `${report.index} can be triaged` : `${report.index} cannot be triaged`, blocks });
}
//# sourceMappingURL=check.js.map