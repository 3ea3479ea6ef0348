import type { Evidence } from '../evidence';
import { code, num, pct, plural } from './format';
import {
  absentSentence,
  contradictionWeight,
  fieldName,
  incidentWeight,
  inLogs,
  quoteReason,
  reasonSignal,
  mainRoutes,
  mainValues,
  volumeWeight,
} from './signals';
import { tenantStructure } from './structure403';
import { type RuleOutcome, nothingFound, notApplicable, weighedFinding } from './types';

const ID = 'tenant_isolation_violation' as const;
const TITLE = 'Callers reaching another tenant’s resources (tenant isolation)';

/** Denials where the caller's tenant differs from the tenant that owns the resource. */
export function tenantIsolation(evidence: Evidence): RuleOutcome {
  if (evidence.tenantPairs.length === 0) {
    if (!inLogs(evidence, 'tenant')) {
      return notApplicable(ID, absentSentence(evidence, 'tenant'), [fieldName(evidence, 'tenant')]);
    }
    if (!inLogs(evidence, 'resourceTenant')) {
      return notApplicable(
        ID,
        `no denied request names a resource tenant (no \`${fieldName(evidence, 'resourceTenant')}\` in these logs, no tenant segment in the denied paths)`,
        [fieldName(evidence, 'resourceTenant')],
      );
    }
    return nothingFound(ID, TITLE, 'no denied request names both a caller tenant and a resource tenant');
  }
  const structure = tenantStructure(evidence);
  const reason = reasonSignal(evidence, 'tenant');
  const lines: string[] = [];
  const top = structure.crossPairs[0];
  if (top) {
    lines.push(
      `${pct(structure.share)} of the 403s (${num(structure.cross)} of ${num(evidence.total)}) are callers of one tenant asking for another tenant’s resources`,
    );
    lines.push(
      `busiest pair: tenant ${code(top.callerTenant)} → resources of ${code(top.resourceTenant)}, ${num(top.count)} times (${pct(top.count / Math.max(1, structure.cross))} of the cross-tenant denials)`,
    );
    const targetsByCaller = new Map<string, Set<string>>();
    for (const pair of structure.crossPairs) {
      const targets = targetsByCaller.get(pair.callerTenant) ?? new Set<string>();
      targets.add(pair.resourceTenant);
      targetsByCaller.set(pair.callerTenant, targets);
    }
    const [wideCaller, wideTargets] = [...targetsByCaller.entries()].sort((a, b) => b[1].size - a[1].size)[0] ?? ['', new Set()];
    if (wideTargets.size >= 4) {
      lines.push(`tenant ${code(wideCaller)} reached ${plural(wideTargets.size, 'other tenant')}: check for enumeration`);
    }
  } else {
    lines.push(`all ${num(structure.pairsTotal)} denials with both tenants known stay inside the caller’s own tenant`);
  }
  const quoted = quoteReason(evidence, reason);
  if (quoted) lines.push(quoted);
  const basis = {
    structure: structure.strength,
    reason: reason.share,
    scale: contradictionWeight(evidence, 'tenant') * incidentWeight(evidence) * volumeWeight(evidence),
  };
  return weighedFinding(ID, basis, TITLE, lines, {
    tenantPairs: structure.crossPairs.slice(0, 3).map((p) => ({ caller: p.callerTenant, resource: p.resourceTenant, count: p.count })),
    users: evidence.users.slice(0, 5).map((u) => u.id),
    routes: mainRoutes(evidence),
    clients: mainValues(evidence, 'clientIp', 0.1),
  });
}
