"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ipAllowlist = ipAllowlist;
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure403_1 = require("./structure403");
const types_1 = require("./types");
const ID = 'ip_allowlist_block';
/**
 * An allowlist refusing a client IP: denials concentrated on a few IPs that are new against the baseline,
 * never succeed, and do send credentials. A busy IP that also succeeds is just a busy client.
 */
function ipAllowlist(evidence) {
    const ipField = (0, signals_1.fieldName)(evidence, 'clientIp');
    if (!(0, signals_1.inLogs)(evidence, 'clientIp'))
        return (0, types_1.notApplicable)(ID, (0, signals_1.absentSentence)(evidence, 'clientIp'), [ipField]);
    const anonymous = (0, structure403_1.anonymousStructure)(evidence);
    const structure = (0, structure403_1.ipStructure)(evidence, anonymous);
    const reason = (0, signals_1.reasonSignal)(evidence, 'ip');
    const lines = [];
    const ips = structure.blocked.map((b) => b.ip);
    if (structure.blocked.length > 0) {
        lines.push(`${(0, format_1.pct)(structure.share)} of the 403s (${(0, format_1.num)(structure.blockedCount)}) come from ${(0, format_1.plural)(ips.length, 'client IP')} (${(0, format_1.codeList)(ips)}) that are new against the baseline and have no successful request in this window`);
        for (const b of structure.blocked.slice(0, 2)) {
            const before = b.baselineListed ? `${(0, format_1.num)(b.baselineCount)} denials in the baseline days` : 'not among the baseline’s denied IPs';
            lines.push(`${(0, format_1.code)(b.ip)}: ${(0, format_1.num)(b.count)} denied, ${(0, format_1.num)(b.successCount)} succeeded, ${before}`);
        }
        if (anonymous.available) {
            lines.push(structure.credentialed >= 0.8
                ? `${(0, format_1.pct)(structure.credentialed)} of the denied requests carried credentials: the callers are known, their address is not`
                : `only ${(0, format_1.pct)(structure.credentialed)} of the denied requests carried credentials`);
        }
    }
    else {
        const top = evidence.fields.clientIp.window[0];
        lines.push(top
            ? `the busiest denied IP, ${(0, format_1.code)(top.value)} (${(0, format_1.num)(top.count)}), is either known from the baseline or also succeeds now`
            : `no denied request carries ${(0, format_1.code)(ipField)}`);
    }
    const quoted = (0, signals_1.quoteReason)(evidence, reason);
    if (quoted)
        lines.push(quoted);
    // Few clients is not the same as few blocked addresses: the app's own reason naming another cause weakens
    // the reading here; a tenant, scope or credential pattern, new users without roles or looping clients
    // explaining the same concentration better are settled in arbitration.ts.
    const basis = { structure: structure.strength * (0, signals_1.contradictionWeight)(evidence, 'ip'), reason: reason.share, scale: (0, signals_1.volumeWeight)(evidence) };
    return (0, types_1.weighedFinding)(ID, basis, ips.length > 0 ? `IP allowlist blocking ${(0, format_1.codeList)(ips, 2)}` : 'IP allowlist blocking a client IP', lines, {
        ips,
        users: evidence.users.slice(0, 3).map((u) => u.id),
        routes: (0, signals_1.mainRoutes)(evidence),
    });
}
//# sourceMappingURL=ipAllowlist.js.map