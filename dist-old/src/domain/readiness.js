"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CAUSE_NEEDS = void 0;
exports.causeReadiness = causeReadiness;
/**
 * Which log fields each cause rule needs to judge at all, as groups that must all be met, each met by
 * any one of its roles. `check` uses it to say, before any incident, which causes these logs can show.
 */
exports.CAUSE_NEEDS = {
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
/** `ok`, or why the cause cannot be judged: the roles missing, with the reason the mapping gave for the first. */
function causeReadiness(available, why) {
    const out = {};
    for (const [id, groups] of Object.entries(exports.CAUSE_NEEDS)) {
        const unmet = groups.find((group) => !group.some(available));
        if (!unmet) {
            out[id] = 'ok';
            continue;
        }
        const first = unmet[0];
        const reason = why(first);
        out[id] = `needs ${unmet.join(' or ')}${reason ? ` (${reason})` : ''}`;
    }
    return out;
}
//# sourceMappingURL=readiness.js.map