"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = exports.REPORT_THRESHOLD = exports.tenantIsolation = exports.staleClient = exports.shouldBe401 = exports.scannerProbe = exports.routingRegression = exports.retryStorm = exports.rbacPolicyMismatch = exports.oauthScope = exports.newUserMissingRole = exports.ipAllowlist = exports.goneShouldBe410 = exports.deployBrokeRoutes = exports.cached404 = exports.brokenRedirect = exports.baselineNoise = exports.whyLines = exports.describeAdjustment = exports.arbitrate = exports.RIVALRIES = void 0;
exports.runRules = runRules;
exports.assess = assess;
exports.judged = judged;
exports.classify = classify;
const remediation_1 = require("../guidance/remediation");
const arbitration_1 = require("./arbitration");
const baselineNoise_1 = require("./baselineNoise");
Object.defineProperty(exports, "baselineNoise", { enumerable: true, get: function () { return baselineNoise_1.baselineNoise; } });
const brokenRedirect_1 = require("./brokenRedirect");
Object.defineProperty(exports, "brokenRedirect", { enumerable: true, get: function () { return brokenRedirect_1.brokenRedirect; } });
const cached404_1 = require("./cached404");
Object.defineProperty(exports, "cached404", { enumerable: true, get: function () { return cached404_1.cached404; } });
const deployBrokeRoutes_1 = require("./deployBrokeRoutes");
Object.defineProperty(exports, "deployBrokeRoutes", { enumerable: true, get: function () { return deployBrokeRoutes_1.deployBrokeRoutes; } });
const goneShouldBe410_1 = require("./goneShouldBe410");
Object.defineProperty(exports, "goneShouldBe410", { enumerable: true, get: function () { return goneShouldBe410_1.goneShouldBe410; } });
const ipAllowlist_1 = require("./ipAllowlist");
Object.defineProperty(exports, "ipAllowlist", { enumerable: true, get: function () { return ipAllowlist_1.ipAllowlist; } });
const labels_1 = require("./labels");
const newUserMissingRole_1 = require("./newUserMissingRole");
Object.defineProperty(exports, "newUserMissingRole", { enumerable: true, get: function () { return newUserMissingRole_1.newUserMissingRole; } });
const oauthScope_1 = require("./oauthScope");
Object.defineProperty(exports, "oauthScope", { enumerable: true, get: function () { return oauthScope_1.oauthScope; } });
const rbacPolicyMismatch_1 = require("./rbacPolicyMismatch");
Object.defineProperty(exports, "rbacPolicyMismatch", { enumerable: true, get: function () { return rbacPolicyMismatch_1.rbacPolicyMismatch; } });
const retryStorm_1 = require("./retryStorm");
Object.defineProperty(exports, "retryStorm", { enumerable: true, get: function () { return retryStorm_1.retryStorm; } });
const routingRegression_1 = require("./routingRegression");
Object.defineProperty(exports, "routingRegression", { enumerable: true, get: function () { return routingRegression_1.routingRegression; } });
const scannerProbe_1 = require("./scannerProbe");
Object.defineProperty(exports, "scannerProbe", { enumerable: true, get: function () { return scannerProbe_1.scannerProbe; } });
const shouldBe401_1 = require("./shouldBe401");
Object.defineProperty(exports, "shouldBe401", { enumerable: true, get: function () { return shouldBe401_1.shouldBe401; } });
const staleClient_1 = require("./staleClient");
Object.defineProperty(exports, "staleClient", { enumerable: true, get: function () { return staleClient_1.staleClient; } });
const signals_1 = require("./signals");
const tenantIsolation_1 = require("./tenantIsolation");
Object.defineProperty(exports, "tenantIsolation", { enumerable: true, get: function () { return tenantIsolation_1.tenantIsolation; } });
const types_1 = require("./types");
var arbitration_2 = require("./arbitration");
Object.defineProperty(exports, "RIVALRIES", { enumerable: true, get: function () { return arbitration_2.RIVALRIES; } });
Object.defineProperty(exports, "arbitrate", { enumerable: true, get: function () { return arbitration_2.arbitrate; } });
Object.defineProperty(exports, "describeAdjustment", { enumerable: true, get: function () { return arbitration_2.describeAdjustment; } });
Object.defineProperty(exports, "whyLines", { enumerable: true, get: function () { return arbitration_2.whyLines; } });
/**
 * Causes at or above this confidence are reported. Calibrated so the everyday denials of a calm service
 * (a few users, tenants and IPs with 403s; scattered 404s with crawlers) stay below it.
 */
exports.REPORT_THRESHOLD = 0.3;
/** The rules that run for each status, in the order they break confidence ties. */
exports.RULES = {
    403: [
        ['should_be_401', shouldBe401_1.shouldBe401],
        ['tenant_isolation_violation', tenantIsolation_1.tenantIsolation],
        ['oauth_scope_insufficient', oauthScope_1.oauthScope],
        ['ip_allowlist_block', ipAllowlist_1.ipAllowlist],
        ['new_user_missing_role', newUserMissingRole_1.newUserMissingRole],
        ['rbac_policy_mismatch', rbacPolicyMismatch_1.rbacPolicyMismatch],
        ['retry_storm', retryStorm_1.retryStorm],
        ['stale_client', staleClient_1.staleClient],
    ],
    404: [
        ['deploy_broke_routes', deployBrokeRoutes_1.deployBrokeRoutes],
        ['routing_regression', routingRegression_1.routingRegression],
        ['broken_redirect_or_rule', brokenRedirect_1.brokenRedirect],
        ['gone_should_be_410', goneShouldBe410_1.goneShouldBe410],
        ['cached_404', cached404_1.cached404],
        ['scanner_probe', scannerProbe_1.scannerProbe],
        ['retry_storm', retryStorm_1.retryStorm],
        ['stale_client', staleClient_1.staleClient],
        ['baseline_noise', baselineNoise_1.baselineNoise],
    ],
};
/** Every rule for the status, as it judged its own pattern, before arbitration (for debugging). */
function runRules(evidence) {
    return exports.RULES[evidence.query.status].map(([, rule]) => rule(evidence));
}
/** Every rule for the status after arbitration: final confidences, and what raised or lowered each. */
function assess(evidence) {
    return (0, arbitration_1.arbitrate)(evidence, runRules(evidence));
}
/**
 * One cause as the ranking sees it: the rule's verdict after arbitration against the other rules of the
 * evidence's status (not applicable when the cause is not judged for that status).
 */
function judged(id) {
    return (evidence) => assess(evidence).find((o) => o.id === id) ?? (0, types_1.notApplicable)(id, `not a ${evidence.query.status} cause`);
}
function classify(evidence) {
    const status = evidence.query.status;
    const notes = [];
    if (evidence.partial)
        notes.push('Elasticsearch reported shard failures: counts may be low.');
    if (evidence.total <= 0) {
        notes.push(`no ${status}s in this window: nothing to classify`);
        return { causes: [], notes, missingFields: [] };
    }
    const outcomes = assess(evidence);
    // Only the 403 rules read the app's reason; for 404s its absence changes nothing.
    if (status === 403 && !(0, signals_1.onDenials)(evidence, 'reason')) {
        notes.push(`no \`${(0, signals_1.fieldName)(evidence, 'reason')}\` in these logs; verdicts rest on structural signals`);
    }
    for (const outcome of outcomes) {
        if (!outcome.applicable)
            notes.push(`${labels_1.LABELS[outcome.id]} not checked: ${outcome.reason}`);
    }
    const missingFields = [...new Set(outcomes.flatMap((o) => o.missing))];
    const order = new Map(exports.RULES[status].map(([id], index) => [id, index]));
    const causes = outcomes
        .filter((o) => o.applicable && o.confidence >= exports.REPORT_THRESHOLD)
        .sort((a, b) => b.confidence - a.confidence || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
        .map((f) => ({
        id: f.id,
        confidence: Math.round(f.confidence * 100) / 100,
        title: f.title,
        evidence: f.evidence,
        remediation: (0, remediation_1.remediationFor)(f.id, { service: evidence.query.service, ...f.facts }),
        why: (0, arbitration_1.whyLines)(f.adjustments),
    }));
    if (causes.length === 0)
        notes.push(`nothing stands out: these ${status}s look like the service’s usual mix`);
    return { causes, notes, missingFields };
}
//# sourceMappingURL=index.js.map