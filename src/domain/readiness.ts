import type { FieldRole } from '../config/fields';
import type { CauseId } from './types';

/**
 * Which log fields each cause rule needs to judge at all, as groups that must all be met, each met by
 * any one of its roles. `check` uses it to say, before any incident, which causes these logs can show.
 */
export const CAUSE_NEEDS: Record<CauseId, ReadonlyArray<readonly FieldRole[]>> = {
  rbac_policy_mismatch: [['roles', 'reason']],
  new_user_missing_role: [['user']],
  tenant_isolation_violation: [['tenant'], ['resourceTenant', 'path']],
  oauth_scope_insufficient: [['scopes', 'reason']],
  ip_allowlist_block: [['clientIp']],
  should_be_401: [['auth']],
  baseline_noise: [],
  deploy_broke_routes: [['version'], ['path']],
  routing_regression: [['path']],
  broken_redirect_or_rule: [['path']],
  gone_should_be_410: [['path']],
  scanner_probe: [['path'], ['clientIp', 'userAgent']],
  cached_404: [['cacheStatus', 'cacheControl']],
  retry_storm: [['clientIp', 'user'], ['path']],
  stale_client: [['clientIp', 'userAgent'], ['path']],
};

/**
 * Causes decided by how a route answered before the window (its history, read with a regexp of the route):
 * not judged where the cluster refuses regexp queries.
 */
export const ROUTE_HISTORY_CAUSES: readonly CauseId[] = ['routing_regression', 'broken_redirect_or_rule', 'gone_should_be_410'];

/** `ok`, or why the cause cannot be judged: the roles missing, with the reason the mapping gave for the first. */
export function causeReadiness(available: (role: FieldRole) => boolean, why: (role: FieldRole) => string | null): Record<CauseId, string> {
  const out = {} as Record<CauseId, string>;
  for (const [id, groups] of Object.entries(CAUSE_NEEDS) as Array<[CauseId, ReadonlyArray<readonly FieldRole[]>]>) {
    const unmet = groups.find((group) => !group.some(available));
    if (!unmet) {
      out[id] = 'ok';
      continue;
    }
    const first = unmet[0] as FieldRole;
    const reason = why(first);
    out[id] = `needs ${unmet.join(' or ')}${reason ? ` (${reason})` : ''}`;
  }
  return out;
}
