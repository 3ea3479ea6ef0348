import type { Evidence } from '../evidence';
import { code, codeList, num, pct, plural, span } from './format';
import {
  absentSentence,
  bounds,
  contradictionWeight,
  fieldName,
  incidentWeight,
  inLogs,
  quoteReason,
  ramp,
  reasonSignal,
  mainRoutes,
  mainValues,
  roleNamedIn,
  volumeWeight,
} from './signals';
import { newUserStructure } from './structure403';
import { type RuleOutcome, nothingFound, notApplicable, weighedFinding } from './types';

const ID = 'new_user_missing_role' as const;
const TITLE = 'New users without the role they need';

/**
 * Denials concentrated on users first seen recently, typically with no role (or a placeholder one) while
 * working requests carry roles: onboarding did not grant what the product assumes.
 */
export function newUserMissingRole(evidence: Evidence): RuleOutcome {
  const userField = fieldName(evidence, 'user');
  if (!inLogs(evidence, 'user')) return notApplicable(ID, absentSentence(evidence, 'user'), [userField]);
  const structure = newUserStructure(evidence);
  if (!structure.available) return nothingFound(ID, TITLE, `no denied request names a user (${code(userField)})`);
  const missing = inLogs(evidence, 'roles') ? [] : [fieldName(evidence, 'roles')];
  const { split } = structure;
  const { toMs } = bounds(evidence);
  const lines: string[] = [];
  if (split.fresh.length > 0) {
    const oldest = Math.min(...split.fresh.map((u) => Date.parse(u.firstSeen ?? evidence.query.to)));
    lines.push(
      `${pct(split.freshShare)} of the 403s from the top denied users (${num(split.freshCount)}) come from ${plural(split.fresh.length, 'user')} first seen in the last ${span(toMs - oldest)}`,
    );
    const neverWorked = split.fresh.filter((u) => u.successBefore === 0).length;
    if (neverWorked > 0) {
      lines.push(`${num(neverWorked)} of them never had a successful request before the window (e.g. ${codeList(split.fresh.map((u) => u.id))})`);
    }
  } else {
    lines.push(`every top denied user was first seen more than ${span(toMs - split.recentSinceMs)} before the window end`);
  }
  if (structure.successRoleCoverage !== null && structure.roleless > 0) {
    lines.push(
      `only ${pct(structure.deniedRoleCoverage)} of the denied requests carry ${code(fieldName(evidence, 'roles'))}, against ${pct(structure.successRoleCoverage)} of the successful ones`,
    );
  }
  const reason = reasonSignal(evidence, 'role');
  const quoted = split.freshShare >= 0.25 ? quoteReason(evidence, reason) : null;
  if (quoted) lines.push(quoted);

  // Another structure that explains the same denials (a new IP with roles present, a cross-tenant call…)
  // wins: arbitration.ts discounts the structure for it.
  const reasonWeight = ramp(split.freshShare, 0.1, 0.5);
  const basis = {
    structure: structure.strength,
    reason: reason.share * reasonWeight,
    scale: contradictionWeight(evidence, 'role') * incidentWeight(evidence, 0.25) * volumeWeight(evidence),
  };
  const namedRole = reason.top ? roleNamedIn(reason.top.value) : null;
  const commonRole = evidence.fields.roles.success[0]?.value;
  return weighedFinding(
    ID,
    basis,
    TITLE,
    lines,
    {
      users: split.fresh.slice(0, 5).map((u) => u.id),
      userCount: split.fresh.length,
      missingRole: namedRole ?? commonRole,
      roles: mainValues(evidence, 'roles', 0.3),
      routes: mainRoutes(evidence),
    },
    missing,
  );
}
