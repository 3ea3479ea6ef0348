"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.oauthScope = oauthScope;
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure403_1 = require("./structure403");
const types_1 = require("./types");
const ID = 'oauth_scope_insufficient';
/**
 * Tokens without a scope the route needs: a scope that successful requests carry is missing from the denied
 * ones (a token minted without it), with bearer auth; `insufficient_scope` in the reason corroborates.
 */
function oauthScope(evidence) {
    const structure = (0, structure403_1.scopeStructure)(evidence);
    const scopesField = (0, signals_1.fieldName)(evidence, 'scopes');
    if (!(0, signals_1.inLogs)(evidence, 'scopes') && structure.reason.count === 0) {
        return (0, types_1.notApplicable)(ID, (0, signals_1.absentSentence)(evidence, 'scopes'), [scopesField]);
    }
    const missing = (0, signals_1.inLogs)(evidence, 'scopes') ? [] : [scopesField];
    const lines = [];
    if (structure.scope !== null && structure.lacking > 0) {
        lines.push(`${(0, format_1.num)(structure.lacking)} denied requests (${(0, format_1.pct)(structure.lacking / Math.max(1, evidence.total))} of the 403s) carry tokens without ${(0, format_1.code)(structure.scope)}, which ${(0, format_1.pct)(structure.successShare)} of this window’s successful requests carry`);
        const held = (0, signals_1.mainValues)(evidence, 'scopes', 0.2, 4).filter((s) => s !== structure.scope);
        if (held.length > 0)
            lines.push(`the denied tokens hold ${(0, format_1.codeList)(held)}`);
    }
    else if (!(0, signals_1.inLogs)(evidence, 'scopes')) {
        lines.push(`${(0, signals_1.absentSentence)(evidence, 'scopes')}: only the reason text speaks for this cause`);
    }
    else {
        lines.push('denied and successful requests carry the same scopes');
    }
    if (structure.bearerShare !== null && structure.bearerShare > 0) {
        lines.push(`${(0, format_1.pct)(structure.bearerShare)} of the denied requests used a bearer token`);
    }
    const quoted = (0, signals_1.quoteReason)(evidence, structure.reason);
    if (quoted)
        lines.push(quoted);
    const basis = {
        structure: structure.strength,
        reason: structure.reason.share,
        scale: (0, signals_1.contradictionWeight)(evidence, 'scope') * (0, signals_1.volumeWeight)(evidence),
    };
    const scope = structure.scope ?? structure.namedScope;
    return (0, types_1.weighedFinding)(ID, basis, scope ? `Tokens without the ${(0, format_1.code)(scope)} scope` : 'Tokens without a needed OAuth scope', lines, {
        scopes: scope ? [scope] : [],
        users: evidence.users.slice(0, 5).map((u) => u.id),
        routes: (0, signals_1.mainRoutes)(evidence),
        clients: (0, signals_1.mainValues)(evidence, 'clientIp', 0.1),
    }, missing);
}
//# sourceMappingURL=oauthScope.js.map