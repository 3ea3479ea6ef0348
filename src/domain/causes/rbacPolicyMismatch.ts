import { type Evidence, SUCCESS_BEFORE_CAP } from '../evidence';
import type { TermCount } from '../types';
import { code, num, pct, plural, span } from './format';
import {
  bounds,
  contradictionWeight,
  countOf,
  excessShare,
  expectedMatching,
  fieldName,
  incidentWeight,
  inLogs,
  mainRoutes,
  mainValues,
  quoteReason,
  ramp,
  reasonSignal,
  roleNamedIn,
  shareOf,
  splitUsers,
  versionSignal,
  volumeWeight,
} from './signals';
import { type RuleOutcome, notApplicable, weighedFinding } from './types';

const ID = 'rbac_policy_mismatch' as const;

/** A signal's weight in [0, 1] and the evidence line it adds (null: nothing to say). */
interface Signal {
  score: number;
  line: string | null;
}

/** Established users denied: "this used to work for them". */
function establishedUsers(evidence: Evidence, split: ReturnType<typeof splitUsers>, hasUsers: boolean): Signal {
  const { toMs } = bounds(evidence);
  // Established users only speak for the denials they carry: users on 5% of the 403s say little.
  const score =
    split.listed > 0
      ? ramp(split.establishedShare, 0.35, 0.8) * ramp(split.listed / Math.max(1, evidence.total), 0.1, 0.5)
      : hasUsers
        ? 0
        : 0.4;
  if (split.established.length === 0) return { score, line: null };
  const before = split.established.reduce((s, u) => s + u.successBefore, 0);
  // On a busy service a user's successes are counted up to the cap and no further: a count of exactly
  // the cap is a floor (and an exact count of just the cap is still "at least" that many).
  const floor = split.established.some((u) => u.successBefore === SUCCESS_BEFORE_CAP) ? 'at least ' : '';
  return {
    score,
    line: `${pct(split.establishedShare)} of the 403s from the top denied users (${num(split.establishedCount)}) hit ${plural(split.established.length, 'established user')} (first seen more than ${span(toMs - split.recentSinceMs)} ago${before > 0 ? `, ${floor}${num(before)} successful requests before the window` : ''})`,
  };
}

/** Concentration on a route or on a role the baseline did not deny. */
function concentration(evidence: Evidence) {
  const topRoute = evidence.paths[0];
  const routeShare = topRoute ? shareOf(evidence, topRoute.count) : 0;
  const topRole = evidence.fields.roles.window[0];
  const expected = topRole ? expectedMatching(evidence, 'roles', (v) => v === topRole.value) : 0;
  const roleExcess = topRole ? excessShare(evidence, topRole.count, expected) : 0;
  const lines: string[] = [];
  if (topRoute && routeShare >= 0.35) lines.push(`${pct(routeShare)} of the 403s are on ${code(topRoute.template)}`);
  if (topRole && roleExcess >= 0.3) {
    lines.push(`${pct(topRole.count / Math.max(1, evidence.total))} of the denied requests carry role ${code(topRole.value)}; the baseline predicts ${num(expected)} such denials`);
  }
  return { score: Math.max(ramp(routeShare, 0.35, 0.75), ramp(roleExcess, 0.3, 0.7)), lines, topRoute, routeShare, topRole };
}

/** A role that working requests hold and denied ones never do: the role the policy now requires. */
function roleGap(evidence: Evidence): { role: TermCount | undefined; line: string | null } {
  const roles = evidence.fields.roles;
  const role =
    roles.windowWithField > 0
      ? roles.success.find((t) => t.count >= 0.15 * roles.successWithField && countOf(roles.window, t.value) <= 0.03 * roles.windowWithField)
      : undefined;
  return { role, line: role ? `none of the denied requests carry role ${code(role.value)}, which ${pct(role.count / roles.successWithField)} of successful requests carry` : null };
}

/** A deployment carrying the denials: the policy change shipped with it. */
function deploymentSignal(evidence: Evidence): Signal & { version: ReturnType<typeof versionSignal> } {
  const { toMs } = bounds(evidence);
  const version = versionSignal(evidence);
  const score = version && version.timing === 'aligned' ? ramp(version.carry, 0.4, 0.8) * Math.max(version.liftScore, 0.5) : 0;
  const line =
    version && score > 0.3
      ? `version ${code(version.version.version)} first answered ${span(toMs - version.firstSeenMs)} before the window end and answered ${pct(version.version.denied / Math.max(1, evidence.total))} of the 403s${version.previous ? ` (before it: ${code(version.previous.version)})` : ''}`
      : null;
  return { score, line, version };
}

/**
 * A role or policy no longer grants what callers need: established users (who used to succeed) suddenly
 * denied, concentrated on a role or a route, often starting with a deployment. It is the generic
 * authorization cause, so the more specific 403 structures (tenant, scope, IP, no credentials, new users)
 * explain its evidence away when they are present (arbitration.ts settles by how much).
 */
export function rbacPolicyMismatch(evidence: Evidence): RuleOutcome {
  const userField = fieldName(evidence, 'user');
  const rolesField = fieldName(evidence, 'roles');
  const hasUsers = inLogs(evidence, 'user');
  const hasRoles = inLogs(evidence, 'roles');
  if (!hasUsers && !hasRoles) {
    return notApplicable(ID, `no \`${userField}\` or \`${rolesField}\` in these logs`, [userField, rolesField]);
  }
  const missing = [...(hasUsers ? [] : [userField]), ...(hasRoles ? [] : [rolesField])];
  const split = splitUsers(evidence);
  const users = establishedUsers(evidence, split, hasUsers);
  const focus = concentration(evidence);
  const gap = roleGap(evidence);
  const reason = reasonSignal(evidence, 'role');
  const namedRole = reason.top ? roleNamedIn(reason.top.value) : null;
  const deployment = deploymentSignal(evidence);
  const lines = [users.line, ...focus.lines, gap.line, deployment.line].filter((line): line is string => line !== null);
  const { version, score: versionScore } = deployment;
  const { topRole, topRoute, routeShare } = focus;
  const structural = 0.45 * users.score + 0.3 * focus.score + 0.15 * versionScore + 0.1 * (gap.role || namedRole ? 1 : 0);
  const quoted = quoteReason(evidence, reason);
  if (quoted) lines.push(quoted);
  if (lines.length === 0) lines.push('no established users, role or route stand out among the denials');
  // The more specific structures and new users explaining these denials away: see arbitration.ts.
  const basis = {
    structure: structural,
    reason: reason.share * (1 - split.freshShare),
    scale: contradictionWeight(evidence, 'role') * incidentWeight(evidence, 0.2) * volumeWeight(evidence),
  };

  const roleName = topRole?.value;
  const title = `Role/policy mismatch: ${roleName ? `role ${code(roleName)}` : 'callers'} denied${topRoute && routeShare >= 0.35 ? ` on ${code(topRoute.template)}` : ''}`;
  return weighedFinding(
    ID,
    basis,
    title,
    lines,
    {
      roles: mainValues(evidence, 'roles', 0.3),
      // Only the app's reason can name the required role; a role the denied callers lack is a hint, not a fact.
      missingRole: namedRole ?? undefined,
      routes: mainRoutes(evidence),
      users: split.established.slice(0, 5).map((u) => u.id),
      userCount: split.established.length,
      version: version && versionScore > 0.3 ? version.version.version : undefined,
      previousVersion: version && versionScore > 0.3 ? version.previous?.version : undefined,
    },
    missing,
  );
}
