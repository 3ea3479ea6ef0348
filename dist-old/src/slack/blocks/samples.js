"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_SAMPLES_SHOWN = void 0;
exports.renderSamples = renderSamples;
const mask_1 = require("../mask");
const common_1 = require("./common");
const limits_1 = require("./limits");
const text_1 = require("./text");
exports.MAX_SAMPLES_SHOWN = 20;
function sampleLine(sample) {
    const s = (0, mask_1.maskSample)(sample);
    const request = `${s.method ?? '?'} ${s.path ?? '?'}`;
    const parts = [`${(0, text_1.code)((0, text_1.formatTime)(s.timestamp, true))} ${(0, text_1.code)((0, limits_1.truncate)((0, text_1.oneLine)(request), 300))} → *${s.status}*`];
    if (s.user)
        parts.push(`user ${(0, text_1.code)((0, limits_1.truncate)((0, text_1.oneLine)(s.user), 120))}`);
    if (s.clientIp)
        parts.push(`from ${(0, text_1.code)((0, limits_1.truncate)((0, text_1.oneLine)(s.clientIp), 60))}`);
    if (s.reason)
        parts.push(`reason: _${(0, limits_1.truncate)((0, text_1.escapeMrkdwn)((0, text_1.oneLine)(s.reason)), 300)}_`);
    if (s.userAgent)
        parts.push(`agent ${(0, text_1.code)((0, limits_1.truncate)((0, text_1.oneLine)(s.userAgent), 200))}`);
    return (0, limits_1.truncate)(parts.join(' · '), limits_1.LIMITS.sectionText);
}
/** Sample requests behind a triage, every value masked (tokens, keys, session ids, e-mail addresses). */
function renderSamples(request, samples) {
    const what = (0, common_1.describeQuery)(request);
    if (samples.length === 0) {
        return (0, limits_1.fitMessage)({ text: `No sample requests for ${what}.`, blocks: [(0, common_1.section)(`No sample requests for ${what}.`)] });
    }
    const shown = samples.slice(0, exports.MAX_SAMPLES_SHOWN);
    const blocks = [(0, common_1.section)(`*Sample requests: ${what}*`)];
    shown.forEach((sample) => blocks.push((0, common_1.section)(sampleLine(sample))));
    const notes = ['Secrets, session ids and e-mail addresses are masked.'];
    if (samples.length > shown.length)
        notes.unshift(`…and ${samples.length - shown.length} more not shown.`);
    blocks.push((0, common_1.context)(...notes));
    return (0, limits_1.fitMessage)({ text: `${shown.length} sample ${(0, text_1.plural)(shown.length, 'request')} for ${what} (secrets masked)`, blocks });
}
//# sourceMappingURL=samples.js.map