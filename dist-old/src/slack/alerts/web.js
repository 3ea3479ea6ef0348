"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.alertWebFromClient = alertWebFromClient;
const errors_1 = require("../../errors");
const blocks_1 = require("../blocks");
function alertWebFromClient(client) {
    return {
        async postMessage({ channel, message, threadTs, broadcast }) {
            const base = { channel, text: message.text, blocks: (0, blocks_1.toSlackBlocks)(message.blocks), unfurl_links: false, unfurl_media: false };
            const response = threadTs
                ? await client.chat.postMessage({ ...base, thread_ts: threadTs, reply_broadcast: broadcast === true })
                : await client.chat.postMessage(base);
            if (typeof response.channel !== 'string' || typeof response.ts !== 'string') {
                throw new errors_1.AppError(errors_1.ErrorCode.SlackApi, 'Slack accepted the alert but did not say where it landed (no channel or ts in the answer)');
            }
            return { channel: response.channel, ts: response.ts };
        },
        async update({ channel, ts, message }) {
            await client.chat.update({ channel, ts, text: message.text, blocks: (0, blocks_1.toSlackBlocks)(message.blocks) });
        },
    };
}
//# sourceMappingURL=web.js.map