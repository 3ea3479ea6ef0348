"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LIMITS = void 0;
exports.truncate = truncate;
exports.joinWithinBudget = joinWithinBudget;
exports.limitViolations = limitViolations;
exports.fitMessage = fitMessage;
/** Slack's documented Block Kit limits (https://docs.slack.dev/reference/block-kit). */
exports.LIMITS = {
    blocks: 50,
    sectionText: 3000,
    sectionFields: 10,
    fieldText: 2000,
    headerText: 150,
    contextElements: 10,
    contextText: 3000,
    actionsElements: 25,
    buttonText: 75,
    buttonValue: 2000,
    buttonUrl: 3000,
    actionId: 255,
    /** Slack truncates `text` at 40 000; a fallback is a summary, so we keep it far shorter. */
    fallbackText: 3000,
};
const ELLIPSIS = '…';
/** Cuts to at most `max` UTF-16 units, never through a surrogate pair, marking the cut with an ellipsis. */
function truncate(text, max) {
    if (max <= 0)
        return '';
    if (text.length <= max)
        return text;
    let end = max - ELLIPSIS.length;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, Math.max(0, end))}${ELLIPSIS}`;
}
/**
 * Joins lines within `max` characters. Lines that do not fit are dropped and counted in a last line
 * (`more(n)`, e.g. "…and 12 more"), which is itself always within the budget.
 */
function joinWithinBudget(lines, max, more, separator = '\n') {
    const out = [];
    let used = 0;
    for (let i = 0; i < lines.length; i += 1) {
        const line = lines[i];
        const remaining = lines.length - i - 1;
        const tail = remaining > 0 ? separator.length + more(remaining).length : 0;
        const sep = out.length > 0 ? separator.length : 0;
        const room = max - used - sep - tail;
        if (line.length <= room) {
            out.push(line);
            used += sep + line.length;
            continue;
        }
        // The first line is always shown, shortened if it must be: an empty section is worse than a cut one.
        if (out.length === 0 && room > 20) {
            out.push(truncate(line, room));
            used += truncate(line, room).length;
            continue;
        }
        const omitted = lines.length - i;
        const last = truncate(more(omitted), Math.max(0, max - used - sep));
        if (last.length > 0)
            out.push(last);
        return out.join(separator);
    }
    return out.join(separator);
}
/** Every limit a message breaks, in words; empty when Slack will accept it. Used by tests and `fitMessage`. */
function limitViolations(message) {
    const problems = [];
    if (message.text.trim().length === 0)
        problems.push('empty fallback text');
    if (message.text.length > exports.LIMITS.fallbackText)
        problems.push(`fallback text ${message.text.length} > ${exports.LIMITS.fallbackText}`);
    if (message.blocks.length > exports.LIMITS.blocks)
        problems.push(`${message.blocks.length} blocks > ${exports.LIMITS.blocks}`);
    const actionIds = new Set();
    message.blocks.forEach((block, index) => {
        const where = `block ${index} (${block.type})`;
        switch (block.type) {
            case 'header':
                if (block.text.text.length > exports.LIMITS.headerText)
                    problems.push(`${where}: header ${block.text.text.length} > ${exports.LIMITS.headerText}`);
                if (block.text.text.trim().length === 0)
                    problems.push(`${where}: empty header`);
                break;
            case 'section':
                if (!block.text && !block.fields)
                    problems.push(`${where}: section without text or fields`);
                if (block.text && block.text.text.length > exports.LIMITS.sectionText)
                    problems.push(`${where}: text ${block.text.text.length} > ${exports.LIMITS.sectionText}`);
                if (block.text && block.text.text.trim().length === 0)
                    problems.push(`${where}: empty section text`);
                if (block.fields) {
                    if (block.fields.length > exports.LIMITS.sectionFields)
                        problems.push(`${where}: ${block.fields.length} fields > ${exports.LIMITS.sectionFields}`);
                    block.fields.forEach((field) => {
                        if (field.text.length > exports.LIMITS.fieldText)
                            problems.push(`${where}: field ${field.text.length} > ${exports.LIMITS.fieldText}`);
                    });
                }
                break;
            case 'context':
                if (block.elements.length === 0)
                    problems.push(`${where}: no elements`);
                if (block.elements.length > exports.LIMITS.contextElements)
                    problems.push(`${where}: ${block.elements.length} elements > ${exports.LIMITS.contextElements}`);
                block.elements.forEach((element) => {
                    if (element.text.length > exports.LIMITS.contextText)
                        problems.push(`${where}: element ${element.text.length} > ${exports.LIMITS.contextText}`);
                    if (element.text.trim().length === 0)
                        problems.push(`${where}: empty element`);
                });
                break;
            case 'actions':
                if (block.elements.length === 0)
                    problems.push(`${where}: no elements`);
                if (block.elements.length > exports.LIMITS.actionsElements)
                    problems.push(`${where}: ${block.elements.length} elements > ${exports.LIMITS.actionsElements}`);
                block.elements.forEach((button) => {
                    if (button.text.text.length > exports.LIMITS.buttonText)
                        problems.push(`${where}: button text > ${exports.LIMITS.buttonText}`);
                    if (button.value !== undefined && button.value.length > exports.LIMITS.buttonValue)
                        problems.push(`${where}: button value > ${exports.LIMITS.buttonValue}`);
                    if (button.url !== undefined && button.url.length > exports.LIMITS.buttonUrl)
                        problems.push(`${where}: button url > ${exports.LIMITS.buttonUrl}`);
                    if (button.action_id.length > exports.LIMITS.actionId)
                        problems.push(`${where}: action_id > ${exports.LIMITS.actionId}`);
                    if (actionIds.has(button.action_id))
                        problems.push(`${where}: duplicate action_id ${button.action_id}`);
                    actionIds.add(button.action_id);
                });
                break;
            case 'divider':
                break;
        }
    });
    return problems;
}
/**
 * The last line of defence after a renderer: whatever slipped past its budgets is cut here, so Slack never
 * rejects a message (a rejected message at 3 a.m. means no answer at all).
 */
function fitMessage(message) {
    const blocks = message.blocks.map(fitBlock).filter((b) => !(b.type === 'actions' && b.elements.length === 0));
    let fitted = blocks;
    if (blocks.length > exports.LIMITS.blocks) {
        // Keep the last row of buttons: they are the way to act on the answer.
        const actions = [...blocks].reverse().find((b) => b.type === 'actions');
        const others = blocks.filter((b) => b !== actions);
        const room = exports.LIMITS.blocks - 1 - (actions ? 1 : 0);
        const kept = others.slice(0, room);
        const notice = {
            type: 'context',
            elements: [{ type: 'mrkdwn', text: `…and ${others.length - kept.length} more blocks not shown` }],
        };
        fitted = [...kept, notice, ...(actions ? [actions] : [])];
    }
    const text = message.text.trim().length === 0 ? 'status-triage' : truncate(message.text, exports.LIMITS.fallbackText);
    return { text, blocks: fitted };
}
/** Slack rejects empty texts; a visible ellipsis is better than a rejected message. */
function nonEmpty(text) {
    return text.trim().length === 0 ? '…' : text;
}
function fitBlock(block) {
    switch (block.type) {
        case 'header':
            return { ...block, text: { ...block.text, text: nonEmpty(truncate(block.text.text, exports.LIMITS.headerText)) } };
        case 'section':
            return {
                ...block,
                ...(block.text ? { text: { ...block.text, text: nonEmpty(truncate(block.text.text, exports.LIMITS.sectionText)) } } : {}),
                ...(block.fields
                    ? { fields: block.fields.slice(0, exports.LIMITS.sectionFields).map((f) => ({ ...f, text: truncate(f.text, exports.LIMITS.fieldText) })) }
                    : {}),
            };
        case 'context':
            return {
                ...block,
                elements: block.elements.slice(0, exports.LIMITS.contextElements).map((e) => ({ ...e, text: nonEmpty(truncate(e.text, exports.LIMITS.contextText)) })),
            };
        case 'actions':
            return {
                ...block,
                elements: block.elements
                    .slice(0, exports.LIMITS.actionsElements)
                    .filter((b) => (b.value === undefined || b.value.length <= exports.LIMITS.buttonValue) && (b.url === undefined || b.url.length <= exports.LIMITS.buttonUrl))
                    .map((b) => ({ ...b, text: { ...b.text, text: truncate(b.text.text, exports.LIMITS.buttonText) } })),
            };
        case 'divider':
            return block;
    }
}
//# sourceMappingURL=limits.js.map