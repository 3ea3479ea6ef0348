"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tenantIsolation = tenantIsolation;
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure403_1 = require("./structure403");
const types_1 = require("./types");
const ID = 'tenant_isolation_violation';
const TITLE = 'Callers reaching another tenant’s resources (tenant isolation)';
/** Denials where the caller's tenant differs from the tenant that owns the resource. */
function tenantIsolation(evidence) {
    if (evidence.tenantPairs.length === 0) {
        if (!(0, signals_1.inLogs)(evidence, 'tenant')) {
            return (0, types_1.notApplicable)(ID, (0, signals_1.absentSentence)(evidence, 'tenant'), [(0, signals_1.fieldName)(evidence, 'tenant')]);
        }
        if (!(0, signals_1.inLogs)(evidence, 'resourceTenant')) {
            return (0, types_1.notApplicable)(ID, `no denied request names a resource tenant (no \`${(0, signals_1.fieldName)(evidence, 'resourceTenant')}\` in these logs, no tenant segment in the denied paths)`, [(0, signals_1.fieldName)(evidence, 'resourceTenant')]);
        }
        return (0, types_1.nothingFound)(ID, TITLE, 'no denied request names both a caller tenant and a resource tenant');
    }
    const structure = (0, structure403_1.tenantStructure)(evidence);
    const reason = (0, signals_1.reasonSignal)(evidence, 'tenant');
    const lines = [];
    const top = structure.crossPairs[0];
    if (top) {
        lines.push(`${(0, format_1.pct)(structure.share)} of the 403s (${(0, format_1.num)(structure.cross)} of ${(0, format_1.num)(evidence.total)}) are callers of one tenant asking for another tenant’s resources`);
        lines.push(`busiest pair: tenant ${(0, format_1.code)(top.callerTenant)} → resources of ${(0, format_1.code)(top.resourceTenant)}, ${(0, format_1.num)(top.count)} times (${(0, format_1.pct)(top.count / Math.max(1, structure.cross))} of the cross-tenant denials)`);
        const targetsByCaller = new Map();
        for (const pair of structure.crossPairs) {
            const targets = targetsByCaller.get(pair.callerTenant) ?? new Set();
            targets.add(pair.resourceTenant);
            targetsByCaller.set(pair.callerTenant, targets);
        }
        const [wideCaller, wideTargets] = [...targetsByCaller.entries()].sort((a, b) => b[1].size - a[1].size)[0] ?? ['', new Set()];
        if (wideTargets.size >= 4) {
            lines.push(`tenant ${(0, format_1.code)(wideCaller)} reached ${(0, format_1.plural)(wideTargets.size, 'other tenant')}: check for enumeration`);
        }
    }
    else {
        lines.push(`all ${(0, format_1.num)(structure.pairsTotal)} denials with both tenants known stay inside the caller’s own tenant`);
    }
    const quoted = (0, signals_1.quoteReason)(evidence, reason);
    if (quoted)
        lines.push(quoted);
    const basis = {
        structure: structure.strength,
        reason: reason.share,
        scale: (0, signals_1.contradictionWeight)(evidence, 'tenant') * (0, signals_1.incidentWeight)(evidence) * (0, signals_1.volumeWeight)(evidence),
    };
    return (0, types_1.weighedFinding)(ID, basis, TITLE, lines, {
        tenantPairs: structure.crossPairs.slice(0, 3).map((p) => ({ caller: p.callerTenant, resource: p.resourceTenant, count: p.count })),
        users: evidence.users.slice(0, 5).map((u) => u.id),
        routes: (0, signals_1.mainRoutes)(evidence),
        clients: (0, signals_1.mainValues)(evidence, 'clientIp', 0.1),
    });
}
//# sourceMappingURL=tenantIsolation.js.map