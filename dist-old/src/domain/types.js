"use strict";
/** Shared shapes of the pure core. No I/O lives in domain/. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CAUSE_IDS = void 0;
exports.CAUSE_IDS = [
    'rbac_policy_mismatch',
    'new_user_missing_role',
    'tenant_isolation_violation',
    'oauth_scope_insufficient',
    'ip_allowlist_block',
    'should_be_401',
    'baseline_noise',
    'deploy_broke_routes',
    'routing_regression',
    'broken_redirect_or_rule',
    'gone_should_be_410',
    'scanner_probe',
    'cached_404',
    'retry_storm',
    'stale_client',
];
//# sourceMappingURL=types.js.map