"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shouldBe401 = shouldBe401;
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure403_1 = require("./structure403");
const types_1 = require("./types");
const ID = 'should_be_401';
/**
 * 403s answered to requests that carried no credentials. The server cannot know who is asking, so the
 * protocol answer is 401 with a challenge (RFC 9110 §15.5.2); a 403 tells the client that logging in will not help.
 */
function shouldBe401(evidence) {
    const anonymous = (0, structure403_1.anonymousStructure)(evidence);
    const authField = (0, signals_1.fieldName)(evidence, 'auth');
    if (!(0, signals_1.inLogs)(evidence, 'auth') && anonymous.reason.count === 0 && anonymous.basis !== 'user') {
        return (0, types_1.notApplicable)(ID, (0, signals_1.absentSentence)(evidence, 'auth'), [authField]);
    }
    const missing = (0, signals_1.inLogs)(evidence, 'auth') ? [] : [authField];
    const lines = [];
    if (anonymous.basis === 'user' && anonymous.count > 0) {
        lines.push(`${(0, signals_1.absentSentence)(evidence, 'auth')}, but ${(0, format_1.pct)(anonymous.share)} of the 403s (${(0, format_1.num)(anonymous.count)}) name no user (${(0, format_1.code)((0, signals_1.fieldName)(evidence, 'user'))}) while successful requests do: they most likely carried no credentials`);
    }
    else if (anonymous.count > 0) {
        lines.push(`${(0, format_1.pct)(anonymous.share)} of the 403s (${(0, format_1.num)(anonymous.count)} of ${(0, format_1.num)(evidence.total)}) came with ${(0, format_1.code)(authField)} = ${(0, format_1.code)('none')}: no credentials, so the server cannot know who is asking`);
        if (anonymous.expected >= 1 || evidence.baseline.expected > 0) {
            lines.push(anonymous.count > 2 * anonymous.expected
                ? `the baseline predicts about ${(0, format_1.num)(anonymous.expected)} credential-less 403s for a window like this`
                : `credential-less 403s are a standing habit here: the baseline predicts about ${(0, format_1.num)(anonymous.expected)}`);
        }
    }
    const quoted = (0, signals_1.quoteReason)(evidence, anonymous.reason);
    if (quoted)
        lines.push(quoted);
    const topRoute = evidence.paths[0];
    if (anonymous.count > 0 && topRoute && topRoute.count >= 0.3 * evidence.total) {
        lines.push(`${(0, format_1.pct)(topRoute.count / evidence.total)} of the 403s are on ${(0, format_1.code)(topRoute.template)}`);
    }
    // The app may well say "missing role" to an anonymous caller; only other causes' reasons contradict.
    const basis = {
        structure: anonymous.strength,
        reason: anonymous.reason.share,
        scale: (0, signals_1.contradictionWeight)(evidence, 'unauthenticated', 'role') * (0, signals_1.volumeWeight)(evidence),
    };
    return (0, types_1.weighedFinding)(ID, basis, 'Requests without credentials get 403: that should be 401 with a challenge', lines.length > 0 ? lines : ['no credential-less 403s'], {
        routes: (0, signals_1.mainRoutes)(evidence),
        userAgents: (0, signals_1.mainValues)(evidence, 'userAgent'),
        service: evidence.query.service,
    }, missing);
}
//# sourceMappingURL=shouldBe401.js.map