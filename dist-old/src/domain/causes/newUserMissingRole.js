"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.newUserMissingRole = newUserMissingRole;
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure403_1 = require("./structure403");
const types_1 = require("./types");
const ID = 'new_user_missing_role';
const TITLE = 'New users without the role they need';
/**
 * Denials concentrated on users first seen recently, typically with no role (or a placeholder one) while
 * working requests carry roles: onboarding did not grant what the product assumes.
 */
function newUserMissingRole(evidence) {
    const userField = (0, signals_1.fieldName)(evidence, 'user');
    if (!(0, signals_1.inLogs)(evidence, 'user'))
        return (0, types_1.notApplicable)(ID, (0, signals_1.absentSentence)(evidence, 'user'), [userField]);
    const structure = (0, structure403_1.newUserStructure)(evidence);
    if (!structure.available)
        return (0, types_1.nothingFound)(ID, TITLE, `no denied request names a user (${(0, format_1.code)(userField)})`);
    const missing = (0, signals_1.inLogs)(evidence, 'roles') ? [] : [(0, signals_1.fieldName)(evidence, 'roles')];
    const { split } = structure;
    const { toMs } = (0, signals_1.bounds)(evidence);
    const lines = [];
    if (split.fresh.length > 0) {
        const oldest = Math.min(...split.fresh.map((u) => Date.parse(u.firstSeen ?? evidence.query.to)));
        lines.push(`${(0, format_1.pct)(split.freshShare)} of the 403s from the top denied users (${(0, format_1.num)(split.freshCount)}) come from ${(0, format_1.plural)(split.fresh.length, 'user')} first seen in the last ${(0, format_1.span)(toMs - oldest)}`);
        const neverWorked = split.fresh.filter((u) => u.successBefore === 0).length;
        if (neverWorked > 0) {
            lines.push(`${(0, format_1.num)(neverWorked)} of them never had a successful request before the window (e.g. ${(0, format_1.codeList)(split.fresh.map((u) => u.id))})`);
        }
    }
    else {
        lines.push(`every top denied user was first seen more than ${(0, format_1.span)(toMs - split.recentSinceMs)} before the window end`);
    }
    if (structure.successRoleCoverage !== null && structure.roleless > 0) {
        lines.push(`only ${(0, format_1.pct)(structure.deniedRoleCoverage)} of the denied requests carry ${(0, format_1.code)((0, signals_1.fieldName)(evidence, 'roles'))}, against ${(0, format_1.pct)(structure.successRoleCoverage)} of the successful ones`);
    }
    const reason = (0, signals_1.reasonSignal)(evidence, 'role');
    const quoted = split.freshShare >= 0.25 ? (0, signals_1.quoteReason)(evidence, reason) : null;
    if (quoted)
        lines.push(quoted);
    // Another structure that explains the same denials (a new IP with roles present, a cross-tenant call…)
    // wins: arbitration.ts discounts the structure for it.
    const reasonWeight = (0, signals_1.ramp)(split.freshShare, 0.1, 0.5);
    const basis = {
        structure: structure.strength,
        reason: reason.share * reasonWeight,
        scale: (0, signals_1.contradictionWeight)(evidence, 'role') * (0, signals_1.incidentWeight)(evidence, 0.25) * (0, signals_1.volumeWeight)(evidence),
    };
    const namedRole = reason.top ? (0, signals_1.roleNamedIn)(reason.top.value) : null;
    const commonRole = evidence.fields.roles.success[0]?.value;
    return (0, types_1.weighedFinding)(ID, basis, TITLE, lines, {
        users: split.fresh.slice(0, 5).map((u) => u.id),
        userCount: split.fresh.length,
        missingRole: namedRole ?? commonRole,
        roles: (0, signals_1.mainValues)(evidence, 'roles', 0.3),
        routes: (0, signals_1.mainRoutes)(evidence),
    }, missing);
}
//# sourceMappingURL=newUserMissingRole.js.map