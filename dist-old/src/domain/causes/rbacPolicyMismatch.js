"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rbacPolicyMismatch = rbacPolicyMismatch;
const format_1 = require("./format");
const signals_1 = require("./signals");
const types_1 = require("./types");
const ID = 'rbac_policy_mismatch';
/**
 * A role or policy no longer grants what callers need: established users (who used to succeed) suddenly
 * denied, concentrated on a role or a route, often starting with a deployment. It is the generic
 * authorization cause, so the more specific 403 structures (tenant, scope, IP, no credentials, new users)
 * explain its evidence away when they are present (arbitration.ts settles by how much).
 */
function rbacPolicyMismatch(evidence) {
    const userField = (0, signals_1.fieldName)(evidence, 'user');
    const rolesField = (0, signals_1.fieldName)(evidence, 'roles');
    const hasUsers = (0, signals_1.inLogs)(evidence, 'user');
    const hasRoles = (0, signals_1.inLogs)(evidence, 'roles');
    if (!hasUsers && !hasRoles) {
        return (0, types_1.notApplicable)(ID, `no \`${userField}\` or \`${rolesField}\` in these logs`, [userField, rolesField]);
    }
    const missing = [...(hasUsers ? [] : [userField]), ...(hasRoles ? [] : [rolesField])];
    const lines = [];
    const { toMs } = (0, signals_1.bounds)(evidence);
    // Established users denied: "this used to work for them".
    const split = (0, signals_1.splitUsers)(evidence);
    // Established users only speak for the denials they carry: users on 5% of the 403s say little.
    const established = split.listed > 0
        ? (0, signals_1.ramp)(split.establishedShare, 0.35, 0.8) * (0, signals_1.ramp)(split.listed / Math.max(1, evidence.total), 0.1, 0.5)
        : hasUsers
            ? 0
            : 0.4;
    if (split.established.length > 0) {
        const before = split.established.reduce((s, u) => s + u.successBefore, 0);
        lines.push(`${(0, format_1.pct)(split.establishedShare)} of the 403s from the top denied users (${(0, format_1.num)(split.establishedCount)}) hit ${(0, format_1.plural)(split.established.length, 'established user')} (first seen more than ${(0, format_1.span)(toMs - split.recentSinceMs)} ago${before > 0 ? `, ${(0, format_1.num)(before)} successful requests before the window` : ''})`);
    }
    // Concentration on a route or on a role the baseline did not deny.
    const topRoute = evidence.paths[0];
    const routeShare = topRoute ? (0, signals_1.shareOf)(evidence, topRoute.count) : 0;
    const roles = evidence.fields.roles;
    const topRole = roles.window[0];
    const roleExcess = topRole
        ? (0, signals_1.excessShare)(evidence, topRole.count, (0, signals_1.expectedMatching)(evidence, 'roles', (v) => v === topRole.value))
        : 0;
    const concentration = Math.max((0, signals_1.ramp)(routeShare, 0.35, 0.75), (0, signals_1.ramp)(roleExcess, 0.3, 0.7));
    if (topRoute && routeShare >= 0.35)
        lines.push(`${(0, format_1.pct)(routeShare)} of the 403s are on ${(0, format_1.code)(topRoute.template)}`);
    if (topRole && roleExcess >= 0.3) {
        lines.push(`${(0, format_1.pct)(topRole.count / Math.max(1, evidence.total))} of the denied requests carry role ${(0, format_1.code)(topRole.value)}; the baseline predicts ${(0, format_1.num)((0, signals_1.expectedMatching)(evidence, 'roles', (v) => v === topRole.value))} such denials`);
    }
    // A role that working requests hold and denied ones never do: the role the policy now requires.
    const reason = (0, signals_1.reasonSignal)(evidence, 'role');
    const namedRole = reason.top ? (0, signals_1.roleNamedIn)(reason.top.value) : null;
    const gapRole = roles.windowWithField > 0
        ? roles.success.find((t) => t.count >= 0.15 * roles.successWithField && (0, signals_1.countOf)(roles.window, t.value) <= 0.03 * roles.windowWithField)
        : undefined;
    if (gapRole) {
        lines.push(`none of the denied requests carry role ${(0, format_1.code)(gapRole.value)}, which ${(0, format_1.pct)(gapRole.count / roles.successWithField)} of successful requests carry`);
    }
    // A deployment carrying the denials: the policy change shipped with it.
    const version = (0, signals_1.versionSignal)(evidence);
    const versionScore = version && version.timing === 'aligned' ? (0, signals_1.ramp)(version.carry, 0.4, 0.8) * Math.max(version.liftScore, 0.5) : 0;
    if (version && versionScore > 0.3) {
        lines.push(`version ${(0, format_1.code)(version.version.version)} first answered ${(0, format_1.span)(toMs - version.firstSeenMs)} before the window end and answered ${(0, format_1.pct)(version.version.denied / Math.max(1, evidence.total))} of the 403s${version.previous ? ` (before it: ${(0, format_1.code)(version.previous.version)})` : ''}`);
    }
    const structural = 0.45 * established + 0.3 * concentration + 0.15 * versionScore + 0.1 * (gapRole || namedRole ? 1 : 0);
    const quoted = (0, signals_1.quoteReason)(evidence, reason);
    if (quoted)
        lines.push(quoted);
    if (lines.length === 0)
        lines.push('no established users, role or route stand out among the denials');
    // The more specific structures and new users explaining these denials away: see arbitration.ts.
    const basis = {
        structure: structural,
        reason: reason.share * (1 - split.freshShare),
        scale: (0, signals_1.contradictionWeight)(evidence, 'role') * (0, signals_1.incidentWeight)(evidence, 0.2) * (0, signals_1.volumeWeight)(evidence),
    };
    const roleName = topRole?.value;
    const title = `Role/policy mismatch: ${roleName ? `role ${(0, format_1.code)(roleName)}` : 'callers'} denied${topRoute && routeShare >= 0.35 ? ` on ${(0, format_1.code)(topRoute.template)}` : ''}`;
    return (0, types_1.weighedFinding)(ID, basis, title, lines, {
        roles: (0, signals_1.mainValues)(evidence, 'roles', 0.3),
        // Only the app's reason can name the required role; a role the denied callers lack is a hint, not a fact.
        missingRole: namedRole ?? undefined,
        routes: (0, signals_1.mainRoutes)(evidence),
        users: split.established.slice(0, 5).map((u) => u.id),
        userCount: split.established.length,
        version: version && versionScore > 0.3 ? version.version.version : undefined,
        previousVersion: version && versionScore > 0.3 ? version.previous?.version : undefined,
    }, missing);
}
//# sourceMappingURL=rbacPolicyMismatch.js.map