"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderUsage = renderUsage;
const window_1 = require("../../domain/window");
const registry_1 = require("../registry");
const common_1 = require("./common");
const limits_1 = require("./limits");
const text_1 = require("./text");
/** Help, and the reply to anything malformed: what was wrong (if anything), the syntax, and examples. */
function renderUsage(problem, surface = 'command') {
    const prefix = surface === 'command' ? registry_1.SLASH_COMMAND : '@status-triage';
    const blocks = [];
    if (problem)
        blocks.push((0, common_1.section)(`:thinking_face: ${(0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(problem)), 500)}`));
    blocks.push((0, common_1.section)([
        '*Triage 403/404 spikes from the access logs*',
        `\`${prefix} <403|404> <service> [window] [env=<environment>]\``,
        `\`${prefix} ask <question>\` — "403 or 404?" questions`,
        ...(surface === 'command' ? [`\`${prefix} check\` — do the logs fit? fields found, causes that can be judged (only you see it)`] : []),
        `\`${prefix} help\``,
    ].join('\n')));
    if (surface === 'command') {
        blocks.push((0, common_1.section)([
            '*Spike alerts*',
            `\`${prefix} alerts\` — what is firing and what is muted`,
            `\`${prefix} mute <service> [403|404] <duration>\` — e.g. \`mute checkout-api 404 4h\` (\`*\` for every service, up to 7d)`,
            `\`${prefix} unmute <service> [403|404]\``,
        ].join('\n')));
    }
    blocks.push((0, common_1.section)([
        '*Examples*',
        `\`${prefix} 403 checkout-api\``,
        `\`${prefix} 404 web-frontend 24h env=prod\``,
        `\`${prefix} ask should a request for another tenant's invoice get 403 or 404?\``,
    ].join('\n')));
    blocks.push((0, common_1.context)(`Windows: ${window_1.WINDOWS.join(', ')} (default 1h). Answers are posted in the channel.`));
    const text = problem
        ? `${(0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(problem)), 300)} Usage: ${prefix} <403|404> <service> [window] [env=<environment>]`
        : `Usage: ${prefix} <403|404> <service> [window] [env=<environment>], or ${prefix} ask <question>`;
    return (0, limits_1.fitMessage)({ text, blocks });
}
//# sourceMappingURL=usage.js.map