"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LABELS = void 0;
/** Each cause as a short noun phrase, for notes and the "why this rank" lines. */
exports.LABELS = {
    rbac_policy_mismatch: 'RBAC policy mismatch',
    new_user_missing_role: 'new user without a role',
    tenant_isolation_violation: 'tenant isolation',
    oauth_scope_insufficient: 'OAuth scope',
    ip_allowlist_block: 'IP allowlist',
    should_be_401: '401-vs-403 misuse',
    baseline_noise: 'baseline noise',
    deploy_broke_routes: 'deployment',
    routing_regression: 'routing regression',
    broken_redirect_or_rule: 'broken redirect or rule',
    gone_should_be_410: '410 Gone',
    scanner_probe: 'scanner probes',
    cached_404: 'cached 404s',
    retry_storm: 'retry storm',
    stale_client: 'stale client',
};
//# sourceMappingURL=labels.js.map