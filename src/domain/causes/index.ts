import type { Evidence } from '../evidence';
import { remediationFor } from '../guidance/remediation';
import type { Cause, CauseId, TriageStatus } from '../types';
import { type Arbitrated, type ArbitratedOutcome, arbitrate, whyLines } from './arbitration';
import { baselineNoise } from './baselineNoise';
import { brokenRedirect } from './brokenRedirect';
import { cached404 } from './cached404';
import { deployBrokeRoutes } from './deployBrokeRoutes';
import { goneShouldBe410 } from './goneShouldBe410';
import { ipAllowlist } from './ipAllowlist';
import { LABELS } from './labels';
import { num } from './format';
import { newUserMissingRole } from './newUserMissingRole';
import { oauthScope } from './oauthScope';
import { rbacPolicyMismatch } from './rbacPolicyMismatch';
import { retryStorm } from './retryStorm';
import { routingRegression } from './routingRegression';
import { scannerProbe } from './scannerProbe';
import { shouldBe401 } from './shouldBe401';
import { staleClient } from './staleClient';
import { fieldName, inLogs, onDenials } from './signals';
import { tenantIsolation } from './tenantIsolation';
import { type CauseRule, type RuleOutcome, notApplicable } from './types';

export type { Basis, CauseFacts, CauseRule, Finding, NotApplicable, RuleOutcome } from './types';
export { RIVALRIES, arbitrate, describeAdjustment, whyLines } from './arbitration';
export type { Adjustment, Arbitrated, ArbitratedOutcome, ArbitrationContext, Readings, Rivalry } from './arbitration';
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
  staleClient,
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
    ['stale_client', staleClient],
  ],
  404: [
    ['deploy_broke_routes', deployBrokeRoutes],
    ['routing_regression', routingRegression],
    ['broken_redirect_or_rule', brokenRedirect],
    ['gone_should_be_410', goneShouldBe410],
    ['cached_404', cached404],
    ['scanner_probe', scannerProbe],
    ['retry_storm', retryStorm],
    ['stale_client', staleClient],
    ['baseline_noise', baselineNoise],
  ],
};

export interface Classification {
  /** Sorted by confidence, highest first; only causes at or above REPORT_THRESHOLD. */
  causes: Cause[];
  notes: string[];
  /** Fields the rules wanted that these logs lack (their names in these logs), without duplicates. */
  missingFields: string[];
}

/** Every rule for the status, as it judged its own pattern, before arbitration (for debugging). */
export function runRules(evidence: Evidence): RuleOutcome[] {
  return RULES[evidence.query.status].map(([, rule]) => rule(evidence));
}

/** Every rule for the status after arbitration: final confidences, and what raised or lowered each. */
export function assess(evidence: Evidence): ArbitratedOutcome[] {
  return arbitrate(evidence, runRules(evidence));
}

/**
 * One cause as the ranking sees it: the rule's verdict after arbitration against the other rules of the
 * evidence's status (not applicable when the cause is not judged for that status).
 */
export function judged(id: CauseId): (evidence: Evidence) => ArbitratedOutcome {
  return (evidence) => assess(evidence).find((o) => o.id === id) ?? notApplicable(id, `not a ${evidence.query.status} cause`);
}

/** Below this share of the errors carrying a path, "nothing stands out" would be said of routes nobody read. */
const READ_PATHS_FOR_VERDICT = 0.5;

/**
 * The errors whose path these logs hold but could not read, when they are many: a path field that other
 * requests carry is empty on them. With no template, a `.keyword` sub-field keeps values of at most 256
 * characters, so long URLs (signed links, long query strings) are exactly the ones left out.
 */
function unreadPaths(evidence: Evidence): { note: string; share: number } | null {
  const read = evidence.fields.path.windowWithField;
  const unread = evidence.total - read;
  if (unread < 0.2 * evidence.total || !inLogs(evidence, 'path')) return null;
  const field = fieldName(evidence, 'path');
  const status = evidence.query.status;
  const pct = Math.round((100 * unread) / evidence.total);
  const why = field.endsWith('.keyword')
    ? '; a `.keyword` sub-field made without a template keeps values of at most 256 characters, so long URLs (signed links, long query strings) are left out: map the path as `keyword` with a larger `ignore_above`, or log it without its query string'
    : '';
  return { note: `\`${field}\` is empty on ${num(unread)} of these ${num(evidence.total)} ${status}s (${pct}%): their routes are not read, so route causes rest on the other ${num(read)}${why}`, share: read / evidence.total };
}

export function classify(evidence: Evidence): Classification {
  const status = evidence.query.status;
  const notes: string[] = [];
  if (evidence.partial) notes.push('Elasticsearch reported shard failures: counts may be low.');
  if (evidence.total <= 0) {
    notes.push(`no ${status}s in this window: nothing to classify`);
    return { causes: [], notes, missingFields: [] };
  }
  const outcomes = assess(evidence);
  const paths = unreadPaths(evidence);
  if (paths) notes.push(paths.note);
  // Only the 403 rules read the app's reason; for 404s its absence changes nothing.
  if (status === 403 && !onDenials(evidence, 'reason')) {
    notes.push(`no \`${fieldName(evidence, 'reason')}\` in these logs; verdicts rest on structural signals`);
  }
  for (const outcome of outcomes) {
    if (!outcome.applicable) notes.push(`${LABELS[outcome.id]} not checked: ${outcome.reason}`);
  }
  const missingFields = [...new Set(outcomes.flatMap((o) => o.missing))];
  const order = new Map(RULES[status].map(([id], index) => [id, index]));
  const causes = outcomes
    .filter((o): o is Arbitrated => o.applicable && o.confidence >= REPORT_THRESHOLD)
    .sort((a, b) => b.confidence - a.confidence || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map(
      (f): Cause => ({
        id: f.id,
        confidence: Math.round(f.confidence * 100) / 100,
        title: f.title,
        evidence: f.evidence,
        remediation: remediationFor(f.id, { service: evidence.query.service, ...f.facts }),
        why: whyLines(f.adjustments),
      }),
    );
  if (causes.length === 0 && (paths === null || paths.share >= READ_PATHS_FOR_VERDICT)) notes.push(`nothing stands out: these ${status}s look like the service’s usual mix`);
  return { causes, notes, missingFields };
}
