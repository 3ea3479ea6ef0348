"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.context = exports.section = exports.plain = exports.mrkdwn = void 0;
exports.userMention = userMention;
exports.describeQuery = describeQuery;
const text_1 = require("./text");
const mrkdwn = (text) => ({ type: 'mrkdwn', text });
exports.mrkdwn = mrkdwn;
const plain = (text) => ({ type: 'plain_text', text, emoji: true });
exports.plain = plain;
const section = (text) => ({ type: 'section', text: (0, exports.mrkdwn)(text) });
exports.section = section;
const context = (...texts) => ({ type: 'context', elements: texts.map(exports.mrkdwn) });
exports.context = context;
/** Slack user ids only: anything else would be markup we did not mean to send. */
function userMention(userId) {
    return userId !== undefined && /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : null;
}
/** "403s on checkout-api in the last 1h (prod)", escaped for mrkdwn. */
function describeQuery(request) {
    const env = request.environment !== null ? ` (${(0, text_1.escapeMrkdwn)(request.environment)})` : '';
    return `${request.status}s on ${(0, text_1.escapeMrkdwn)(request.service)} in the last ${request.window}${env}`;
}
//# sourceMappingURL=common.js.map