"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isNoCredentials = isNoCredentials;
exports.anonymousStructure = anonymousStructure;
exports.tenantStructure = tenantStructure;
exports.scopeStructure = scopeStructure;
exports.newUserStructure = newUserStructure;
exports.ipStructure = ipStructure;
exports.patterns403 = patterns403;
const signals_1 = require("./signals");
/**
 * How strongly each 403 pattern shows in the evidence, 0–1 ("structural strength"), with the numbers behind
 * it. The causes compete for the same denials (a tenant-isolation incident also shows established users
 * denied on one route): the rules measure their own pattern here, and arbitration.ts settles the rivalries.
 */
// ---------------------------------------------------------------------------------------------------------
// Requests without credentials
const NO_CREDENTIALS = /^(none|anonymous|unauthenticated|missing|no|null|-)$/i;
function isNoCredentials(value) {
    return NO_CREDENTIALS.test(value.trim());
}
function anonymousStructure(evidence) {
    const reason = (0, signals_1.reasonSignal)(evidence, 'unauthenticated');
    const auth = evidence.fields.auth;
    if (evidence.total <= 0)
        return { available: false, basis: 'none', count: 0, share: 0, expected: 0, strength: 0, reason };
    if (!(0, signals_1.onDenials)(evidence, 'auth')) {
        // No auth scheme logged: denials that carry no user while working requests do are the next best sign of
        // "no credentials" (weaker: service calls with API keys may carry no user either).
        const successes = (0, signals_1.successTotal)(evidence);
        const user = evidence.fields.user;
        if ((0, signals_1.inLogs)(evidence, 'auth') || successes <= 0 || user.successWithField <= 0) {
            return { available: (0, signals_1.inLogs)(evidence, 'auth'), basis: 'none', count: 0, share: 0, expected: 0, strength: 0, reason };
        }
        const count = Math.max(0, evidence.total - user.windowWithField);
        const share = (0, signals_1.clamp01)(count / evidence.total);
        const gap = user.successWithField / successes - user.windowWithField / evidence.total;
        const expected = (0, signals_1.baselineDenials)(evidence) > 0
            ? evidence.baseline.expected * (0, signals_1.clamp01)(1 - user.baselineWithField / (0, signals_1.baselineDenials)(evidence))
            : 0;
        const strength = 0.7 * (0, signals_1.ramp)(gap, 0.3, 0.8) * (0, signals_1.ramp)((0, signals_1.excessShare)(evidence, count, expected), 0.2, 0.6);
        return { available: false, basis: 'user', count, share, expected, strength, reason };
    }
    const count = (0, signals_1.countWhere)(auth.window, isNoCredentials);
    const share = (0, signals_1.shareOf)(evidence, count);
    const expected = (0, signals_1.expectedMatching)(evidence, 'auth', isNoCredentials);
    const excess = (0, signals_1.excessShare)(evidence, count, expected);
    // A standing habit (every anonymous request gets 403) is still misuse, but less urgent than a new flood.
    const strength = Math.max((0, signals_1.ramp)(excess, 0.2, 0.6), 0.75 * (0, signals_1.ramp)(share, 0.4, 0.9));
    return { available: true, basis: 'auth', count, share, expected, strength, reason };
}
function tenantStructure(evidence) {
    const crossPairs = evidence.tenantPairs
        .filter((pair) => pair.callerTenant !== pair.resourceTenant)
        .sort((a, b) => b.count - a.count);
    const pairsTotal = evidence.tenantPairs.reduce((s, p) => s + p.count, 0);
    const cross = crossPairs.reduce((s, p) => s + p.count, 0);
    const share = (0, signals_1.shareOf)(evidence, cross);
    return { pairsTotal, crossPairs, cross, share, strength: (0, signals_1.ramp)(share, 0.25, 0.7) };
}
// ---------------------------------------------------------------------------------------------------------
// Tokens without a scope that working requests carry
const BEARER = /bearer|oauth|jwt|token/i;
/**
 * OpenID Connect identity scopes describe who signed in, not what an API call may do: a token lacking
 * `openid` or `profile` is never why a resource refused it (they mark a different client population).
 */
const IDENTITY_SCOPES = /^(openid|profile|email|phone|address|offline_access)$/i;
function scopeStructure(evidence) {
    const reason = (0, signals_1.reasonSignal)(evidence, 'scope');
    const namedScope = reason.top ? (0, signals_1.scopeNamedIn)(reason.top.value) : null;
    const scopes = evidence.fields.scopes;
    const auth = evidence.fields.auth;
    const bearerShare = (0, signals_1.onDenials)(evidence, 'auth') ? (0, signals_1.countWhere)(auth.window, (v) => BEARER.test(v)) / auth.windowWithField : null;
    const empty = {
        available: (0, signals_1.inLogs)(evidence, 'scopes'),
        scope: namedScope,
        successShare: 0,
        deniedShare: 0,
        lacking: 0,
        excess: 0,
        bearerShare,
        deniedScopes: scopes.window.map((t) => t.value),
        strength: 0,
        reason,
        namedScope,
    };
    if (scopes.successWithField <= 0 || evidence.total <= 0)
        return empty;
    // Denied requests that carry tokens: those with scopes, or (when the denials carry none at all) the bearer ones.
    const deniedWithTokens = scopes.windowWithField > 0
        ? scopes.windowWithField
        : bearerShare !== null
            ? Math.round(bearerShare * auth.windowWithField)
            : 0;
    if (deniedWithTokens <= 0)
        return empty;
    const baselineDenialsTotal = (0, signals_1.baselineDenials)(evidence);
    let best = empty;
    for (const candidate of scopes.success) {
        const successShare = candidate.count / scopes.successWithField;
        if (successShare < 0.15 || IDENTITY_SCOPES.test(candidate.value))
            continue;
        const deniedWith = (0, signals_1.countOf)(scopes.window, candidate.value);
        const deniedShare = deniedWith / deniedWithTokens;
        const relativeDrop = (0, signals_1.clamp01)(1 - deniedShare / successShare);
        const lacking = deniedWithTokens - deniedWith;
        // Baseline denials with a token that lacked the scope (scopes are many-valued: count documents, not values).
        const baselineLacking = Math.max(0, scopes.baselineWithField - (0, signals_1.countOf)(scopes.baseline, candidate.value));
        const expected = baselineDenialsTotal > 0 ? evidence.baseline.expected * (0, signals_1.clamp01)(baselineLacking / baselineDenialsTotal) : 0;
        const excess = (0, signals_1.excessShare)(evidence, lacking, expected);
        const bearerFactor = bearerShare === null ? 1 : 0.6 + 0.4 * bearerShare;
        let strength = (0, signals_1.ramp)(relativeDrop, 0.5, 0.95) * (0, signals_1.ramp)(excess, 0.2, 0.6) * bearerFactor;
        // The reason text naming this very scope settles a near tie between candidates.
        if (namedScope === candidate.value)
            strength = Math.min(1, strength * 1.05 + 0.01);
        if (strength > best.strength) {
            best = { ...empty, scope: candidate.value, successShare, deniedShare, lacking, excess, strength };
        }
    }
    return best;
}
// ---------------------------------------------------------------------------------------------------------
// New users
const MINIMAL_ROLE = /^(none|guest|default|pending|unassigned|anonymous|new|basic|no[-_ ]?role)$/i;
function newUserStructure(evidence) {
    const split = (0, signals_1.splitUsers)(evidence);
    const roles = evidence.fields.roles;
    const successes = (0, signals_1.successTotal)(evidence);
    const deniedRoleCoverage = evidence.total > 0 ? (0, signals_1.clamp01)(roles.windowWithField / evidence.total) : 0;
    const successRoleCoverage = successes > 0 && roles.successWithField > 0 ? (0, signals_1.clamp01)(roles.successWithField / successes) : null;
    const gap = successRoleCoverage === null ? 0 : (0, signals_1.ramp)(successRoleCoverage - deniedRoleCoverage, 0.2, 0.6);
    const placeholder = evidence.total > 0 ? (0, signals_1.ramp)((0, signals_1.countWhere)(roles.window, (v) => MINIMAL_ROLE.test(v)) / evidence.total, 0.2, 0.6) : 0;
    const roleless = Math.max(gap, placeholder);
    const available = split.listed > 0;
    const coverage = evidence.total > 0 ? Math.min(1, 0.5 + split.listed / evidence.total) : 0;
    const strength = available ? (0, signals_1.ramp)(split.freshShare, 0.25, 0.7) * coverage * (0.7 + 0.3 * roleless) : 0;
    return { available, split, roleless, deniedRoleCoverage, successRoleCoverage, strength };
}
function ipStructure(evidence, anonymous = anonymousStructure(evidence)) {
    const ips = evidence.fields.clientIp;
    if (!(0, signals_1.onDenials)(evidence, 'clientIp') || evidence.total <= 0) {
        return { available: (0, signals_1.inLogs)(evidence, 'clientIp'), blocked: [], blockedCount: 0, share: 0, credentialed: 0, spread: 0, loopShare: 0, strength: 0 };
    }
    const days = Math.max(1, evidence.baseline.perDay.length);
    const floor = ips.baseline.length > 0 ? Math.min(...ips.baseline.map((t) => t.count)) : 0;
    const minCount = Math.max(3, 0.05 * evidence.total);
    const blocked = [];
    for (const term of ips.window.slice(0, 5)) {
        if (term.count < minCount)
            continue;
        const listed = ips.baseline.find((t) => t.value === term.value);
        const baselineCount = listed ? listed.count : floor;
        // The address's own history, when the reader looked it up: an allowlist refuses an address that has
        // never been let through, while a known address that used to succeed is a caller, not a new IP.
        const history = evidence.ips.find((i) => i.ip === term.value);
        const knownBefore = history !== undefined && history.successBefore > 0;
        const isNew = !knownBefore && term.count >= 5 * Math.max(baselineCount / days, 1);
        const successCount = (0, signals_1.countOf)(ips.success, term.value);
        const deniedEverything = successCount <= 0.05 * term.count;
        if (isNew && deniedEverything)
            blocked.push({ ip: term.value, count: term.count, baselineCount, baselineListed: listed !== undefined, successCount });
    }
    const blockedCount = blocked.reduce((s, b) => s + b.count, 0);
    const share = (0, signals_1.shareOf)(evidence, blockedCount);
    const credentialed = anonymous.available ? 1 - anonymous.share : 1;
    // An allowlist refuses addresses: a new service IP or two, failing on every route it calls. Denials
    // spread over many addresses, one per user, follow the users and their route instead (a policy).
    const spread = (0, signals_1.ramp)(blocked.length, 3, 6);
    // A service whose address is refused fails on whatever it calls; one client looping on one URL at 60+ a
    // minute is as likely a client ignoring its 403s (arbitration weighs that against the retry storm).
    const blockedIps = new Set(blocked.map((b) => b.ip));
    const looping = evidence.repeats
        .filter((r) => blockedIps.has(r.client))
        .reduce((s, r) => s + r.count * (0, signals_1.ramp)(r.maxPerMinute, 25, 60), 0);
    const loopShare = blockedCount > 0 ? (0, signals_1.clamp01)(looping / blockedCount) : 0;
    // Few busy addresses are circumstantial (a few busy clients look the same): capped below the specific patterns.
    const strength = 0.8 * (0, signals_1.ramp)(share, 0.3, 0.75) * credentialed * (1 - 0.6 * spread);
    return { available: true, blocked, blockedCount, share, credentialed, spread, loopShare, strength };
}
/**
 * Every 403 pattern's strength, discounted when the app's own reasons name a different cause. Arbitration
 * (arbitration.ts) reads these to decide which cause explains the same denials better; no rule reads them.
 */
function patterns403(evidence) {
    const anonymous = anonymousStructure(evidence);
    const newUsers = newUserStructure(evidence);
    const ip = ipStructure(evidence, anonymous);
    return {
        anonymous: anonymous.strength * (0, signals_1.contradictionWeight)(evidence, 'unauthenticated', 'role'),
        tenant: tenantStructure(evidence).strength * (0, signals_1.contradictionWeight)(evidence, 'tenant'),
        scope: scopeStructure(evidence).strength * (0, signals_1.contradictionWeight)(evidence, 'scope'),
        ip: ip.strength * (0, signals_1.contradictionWeight)(evidence, 'ip'),
        ipLoops: ip.loopShare,
        newUsers: newUsers.strength * (0, signals_1.contradictionWeight)(evidence, 'role'),
        newUsersStructure: newUsers.strength,
        roleless: newUsers.roleless,
    };
}
//# sourceMappingURL=structure403.js.map