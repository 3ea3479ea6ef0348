import type { Evidence } from '../evidence';
import { remediationFor } from '../guidance/remediation';
import type { Cause, CauseId, TriageStatus } from '../types';
import { baselineNoise } from './baselineNoise';
import { brokenRedirect } from './brokenRedirect';
import { cached404 } from './cached404';
import { deployBrokeRoutes } from './deployBrokeRoutes';
import { goneShouldBe410 } from './goneShouldBe410';
import { ipAllowlist } from './ipAllowlist';
import { newUserMissingRole } from './newUserMissingRole';
import { oauthScope } from './oauthScope';
import { rbacPolicyMismatch } from './rbacPolicyMismatch';
import { retryStorm } from './retryStorm';
import { routingRegression } from './routingRegression';
import { scannerProbe } from './scannerProbe';
import { shouldBe401 } from './shouldBe401';
import { fieldName, onDenials, ramp, stormCount } from './signals';
import { tenantIsolation } from './tenantIsolation';
import type { CauseRule, RuleOutcome } from './types';

export type { CauseFacts, CauseRule, Finding, NotApplicable, RuleOutcome } from './types';
export {
  baselineNoise,
  brokenRedirect,
  cached404,
  deployBrokeRoutes,
  goneShouldBe410,
  ipAllowlist,
  newUserMissingRole,
  oauthScope,
  rbacPolicyMismatch,
  retryStorm,
  routingRegression,
  scannerProbe,
  shouldBe401,
  tenantIsolation,
};

/**
 * Causes at or above this confidence are reported. Calibrated so the everyday denials of a calm service
 * (a few users, tenants and IPs with 403s; scattered 404s with crawlers) stay below it.
 */
export const REPORT_THRESHOLD = 0.3;

/** The rules that run for each status, in the order they break confidence ties. */
export const RULES: Record<TriageStatus, ReadonlyArray<readonly [CauseId, CauseRule]>> = {
  403: [
    ['should_be_401', shouldBe401],
    ['tenant_isolation_violation', tenantIsolation],
    ['oauth_scope_insufficient', oauthScope],
    ['ip_allowlist_block', ipAllowlist],
    ['new_user_missing_role', newUserMissingRole],
    ['rbac_policy_mismatch', rbacPolicyMismatch],
    ['retry_storm', retryStorm],
  ],
  404: [
    ['deploy_broke_routes', deployBrokeRoutes],
    ['routing_regression', routingRegression],
    ['broken_redirect_or_rule', brokenRedirect],
    ['gone_should_be_410', goneShouldBe410],
    ['cached_404', cached404],
    ['scanner_probe', scannerProbe],
    ['retry_storm', retryStorm],
    ['baseline_noise', baselineNoise],
  ],
};

const LABELS: Record<CauseId, string> = {
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
};

export interface Classification {
  /** Sorted by confidence, highest first; only causes at or above REPORT_THRESHOLD. */
  causes: Cause[];
  notes: string[];
  /** Fields the rules wanted that these logs lack (their names in these logs), without duplicates. */
  missingFields: string[];
}

/** Every rule for the status, as it judged the evidence (for debugging and the "explain" views). */
export function runRules(evidence: Evidence): RuleOutcome[] {
  return RULES[evidence.query.status].map(([, rule]) => rule(evidence));
}

export function classify(evidence: Evidence): Classification {
  const status = evidence.query.status;
  const notes: string[] = [];
  if (evidence.partial) notes.push('Elasticsearch reported shard failures: counts may be low.');
  if (evidence.total <= 0) {
    notes.push(`no ${status}s in this window: nothing to classify`);
    return { causes: [], notes, missingFields: [] };
  }
  const outcomes = runRules(evidence);
  // Only the 403 rules read the app's reason; for 404s its absence changes nothing.
  if (status === 403 && !onDenials(evidence, 'reason')) {
    notes.push(`no \`${fieldName(evidence, 'reason')}\` in these logs; verdicts rest on structural signals`);
  }
  for (const outcome of outcomes) {
    if (!outcome.applicable) notes.push(`${LABELS[outcome.id]} not checked: ${outcome.reason}`);
  }
  // When clients looping on a few URLs make nearly all the 403s, every 403 pattern is measured on copies
  // of a handful of requests: the loop explains the volume and ranks first, the reasons for the denial
  // stay listed below it. (The 404 route rules already count loops for a tenth.)
  if (status === 403) {
    const looping = ramp(stormCount(evidence) / evidence.total, 0.5, 0.95);
    for (const outcome of outcomes) {
      if (outcome.applicable && outcome.id !== 'retry_storm') outcome.confidence *= 1 - 0.45 * looping;
    }
  }
  const missingFields = [...new Set(outcomes.flatMap((o) => o.missing))];
  const order = new Map(RULES[status].map(([id], index) => [id, index]));
  const causes = outcomes
    .filter((o): o is Extract<RuleOutcome, { applicable: true }> => o.applicable && o.confidence >= REPORT_THRESHOLD)
    .sort((a, b) => b.confidence - a.confidence || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map(
      (f): Cause => ({
        id: f.id,
        confidence: Math.round(f.confidence * 100) / 100,
        title: f.title,
        evidence: f.evidence,
        remediation: remediationFor(f.id, { service: evidence.query.service, ...f.facts }),
      }),
    );
  if (causes.length === 0) notes.push(`nothing stands out: these ${status}s look like the service’s usual mix`);
  return { causes, notes, missingFields };
}
