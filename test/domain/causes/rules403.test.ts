import {
  judged,
  REPORT_THRESHOLD,
  classify,
  type CauseRule,
  type RuleOutcome,
} from '../../../src/domain/causes';
import { SUCCESS_BEFORE_CAP } from '../../../src/domain/evidence';
import type { CauseId } from '../../../src/domain/types';
import { TOP_TERMS } from '../../../src/elasticsearch/triageQueries';
import { holds } from '../../support/changedOnRealEvidence';
import { withEvidence, withoutField } from '../../support/evidenceBuilder';
import { MINUTE, type ScenarioName } from '../../support/evidenceWorld';
import { calmEvidence, scenario } from '../../support/recordedEvidence';

/** Each cause as the ranking sees it: its rule's verdict after arbitration against the status's other rules. */
const ipAllowlist = judged('ip_allowlist_block');
const newUserMissingRole = judged('new_user_missing_role');
const oauthScope = judged('oauth_scope_insufficient');
const rbacPolicyMismatch = judged('rbac_policy_mismatch');
const retryStorm = judged('retry_storm');
const shouldBe401 = judged('should_be_401');
const tenantIsolation = judged('tenant_isolation_violation');

const RULES: Partial<Record<CauseId, CauseRule>> = {
  rbac_policy_mismatch: rbacPolicyMismatch,
  new_user_missing_role: newUserMissingRole,
  tenant_isolation_violation: tenantIsolation,
  oauth_scope_insufficient: oauthScope,
  ip_allowlist_block: ipAllowlist,
  should_be_401: shouldBe401,
};

const PURE_403: Array<CauseId & ScenarioName> = [
  'rbac_policy_mismatch',
  'new_user_missing_role',
  'tenant_isolation_violation',
  'oauth_scope_insufficient',
  'ip_allowlist_block',
  'should_be_401',
];

function confidence(outcome: RuleOutcome): number {
  return outcome.applicable ? outcome.confidence : 0;
}

function ruleFor(id: CauseId): CauseRule {
  const rule = RULES[id];
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

function evidenceText(outcome: RuleOutcome): string {
  return outcome.applicable ? outcome.evidence.join('\n') : outcome.reason;
}

describe.each(PURE_403)('%s', (id) => {
  const rule = ruleFor(id);

  holds(`${id} top, clearly above the others`)('is the top cause of its own scenario, clearly above the others', () => {
    const { causes } = classify(scenario(id));
    expect(causes[0]?.id).toBe(id);
    expect(causes[0]?.confidence).toBeGreaterThanOrEqual(0.75);
    for (const other of causes.slice(1)) expect(other.confidence).toBeLessThan((causes[0]?.confidence ?? 0) - 0.2);
  });

  holds(`${id} wins on structure alone`)('still wins on structure alone when the logs carry no event.reason', () => {
    const evidence = scenario(id, { drop: ['reason'] });
    const outcome = rule(evidence);
    expect(confidence(outcome)).toBeGreaterThanOrEqual(0.7);
    expect(classify(evidence).causes[0]?.id).toBe(id);
  });

  it('is at least as confident when the reason text is there', () => {
    // The should_be_401 scenario logs a neutral `forbidden`: it neither corroborates nor contradicts.
    const slack = id === 'should_be_401' ? 0.05 : 0;
    expect(confidence(rule(scenario(id)))).toBeGreaterThanOrEqual(confidence(rule(scenario(id, { drop: ['reason'] }))) - slack);
  });

  it('stays below the report threshold on calm traffic', () => {
    for (const seed of [1, 2, 3]) expect(confidence(rule(calmEvidence(403, seed)))).toBeLessThan(REPORT_THRESHOLD);
  });

  it.each(PURE_403.filter((other) => other !== id))('stays below the threshold on the %s scenario', (other) => {
    expect(confidence(rule(scenario(other)))).toBeLessThan(REPORT_THRESHOLD);
  });
});

describe('rbac_policy_mismatch', () => {
  const outcome = rbacPolicyMismatch(scenario('rbac_policy_mismatch'));

  it('names the established users, the role and the route, with grouped numbers', () => {
    const text = evidenceText(outcome);
    expect(text).toMatch(/established users/);
    expect(text).toMatch(/role `editor`/);
    // The denied editors belong to several tenants: the route is named as the product templates it.
    expect(text).toMatch(/`\/v1\/tenants\/\{tenant\}\/invoices\/\{id\}`/);
    expect(text).toMatch(/\d{1,3},\d{3} successful requests before the window/);
  });

  it('says "at least" when a busy service counted a user\'s earlier successes only up to the cap', () => {
    const evidence = scenario('rbac_policy_mismatch');
    const exact = evidenceText(rbacPolicyMismatch(evidence));
    expect(exact).not.toMatch(/at least [\d,]+ successful requests/);
    const capped = withEvidence(evidence, { users: evidence.users.map((u) => (u.successBefore > 0 ? { ...u, successBefore: SUCCESS_BEFORE_CAP } : u)) });
    expect(evidenceText(rbacPolicyMismatch(capped))).toMatch(/at least [\d,]+ successful requests before the window/);
  });

  it('takes the required role from the reason for remediation', () => {
    expect(outcome.applicable && outcome.facts.missingRole).toBe('billing-admin');
  });

  it('points at the deployment when the policy change shipped with one', () => {
    const withDeploy = rbacPolicyMismatch(scenario('rbac_policy_mismatch', { deploy: { version: 'v2.5.0', beforeEndMs: 40 * MINUTE } }));
    expect(evidenceText(withDeploy)).toMatch(/version `v2\.5\.0` first answered 40 min before the window end/);
    expect(withDeploy.applicable && withDeploy.facts.previousVersion).toBe('v2.4.0');
    expect(confidence(withDeploy)).toBeGreaterThanOrEqual(confidence(outcome));
  });

  holds('rbac_policy_mismatch without roles at 0.5 or more')('runs without user.roles on established users and the route, less sure', () => {
    const evidence = scenario('rbac_policy_mismatch', { drop: ['roles', 'reason'] });
    const noRoles = rbacPolicyMismatch(evidence);
    expect(confidence(noRoles)).toBeGreaterThanOrEqual(0.5);
    expect(confidence(noRoles)).toBeLessThan(confidence(rbacPolicyMismatch(scenario('rbac_policy_mismatch', { drop: ['reason'] }))));
    expect(noRoles.missing).toEqual(['user.roles']);
    expect(classify(evidence).causes[0]?.id).toBe('rbac_policy_mismatch');
  });

  it('is not applicable without users or roles, naming both fields', () => {
    const none = rbacPolicyMismatch(scenario('rbac_policy_mismatch', { drop: ['user', 'roles'] }));
    expect(none.applicable).toBe(false);
    expect(none.missing).toEqual(['user.id', 'user.roles']);
    expect(evidenceText(none)).toBe('no `user.id` or `user.roles` in these logs');
  });
});

describe('new_user_missing_role', () => {
  it('says how many users, first seen how recently, and that their requests carry no roles', () => {
    const text = evidenceText(newUserMissingRole(scenario('new_user_missing_role')));
    expect(text).toMatch(/come from 10 users first seen in the last \d+ h/);
    expect(text).toMatch(/only \d+% of the denied requests carry `user.roles`, against \d+% of the successful ones/);
  });

  it('still finds new users when the logs carry no roles at all', () => {
    const outcome = newUserMissingRole(scenario('new_user_missing_role', { drop: ['roles', 'reason'] }));
    expect(confidence(outcome)).toBeGreaterThanOrEqual(0.6);
    expect(outcome.missing).toEqual(['user.roles']);
  });

  it('is not applicable without user.id', () => {
    const outcome = newUserMissingRole(scenario('new_user_missing_role', { drop: ['user'] }));
    expect(outcome).toMatchObject({ applicable: false, reason: 'no `user.id` in these logs', missing: ['user.id'] });
  });

  it('does not call established users new when their first-seen time is unknown', () => {
    const evidence = scenario('rbac_policy_mismatch');
    // Hand-built: no user's first request within the reader's HISTORY_DAYS, which an 8-day world cannot show.
    const unknown = withEvidence(evidence, { users: evidence.users.map((u) => ({ ...u, firstSeen: null, successBefore: 0 })) });
    expect(confidence(newUserMissingRole(unknown))).toBeLessThan(REPORT_THRESHOLD);
  });
});

describe('tenant_isolation_violation', () => {
  it('names the caller tenant and the tenant whose resources it reached, with the count the reader read', () => {
    const evidence = scenario('tenant_isolation_violation');
    // The world stages 500 such requests; its calm traffic adds a denial or so of its own, which the
    // reader counts too (it counts the window's requests on tenant paths exactly).
    const count = evidence.tenantPairs.find((p) => p.callerTenant === 'globex' && p.resourceTenant === 'acme')?.count ?? 0;
    expect(count).toBeGreaterThanOrEqual(500);
    expect(count).toBeLessThan(510);
    expect(evidenceText(tenantIsolation(evidence))).toMatch(new RegExp(`tenant \`globex\` → resources of \`acme\`, ${count} times`));
  });

  it('flags a caller walking through many tenants as possible enumeration', () => {
    const base = scenario('tenant_isolation_violation');
    // Hand-built: one caller reaching five other tenants; the worlds have four tenants in all.
    const pairs = ['t1', 't2', 't3', 't4', 't5'].map((resourceTenant) => ({ callerTenant: 'globex', resourceTenant, count: 100 }));
    expect(evidenceText(tenantIsolation(withEvidence(base, { tenantPairs: pairs })))).toMatch(/reached 5 other tenants: check for enumeration/);
  });

  it('is not applicable without the caller tenant field', () => {
    const outcome = tenantIsolation(scenario('tenant_isolation_violation', { drop: ['tenant'] }));
    expect(outcome).toMatchObject({ applicable: false, reason: 'no `organization.id` in these logs', missing: ['organization.id'] });
  });

  it('is not applicable when no resource tenant can be found, naming the field', () => {
    // Hand-built: a tenant violation on paths that name no tenant, in logs without labels.resource_tenant;
    // the worlds' cross-tenant requests all name the tenant in the path.
    const outcome = tenantIsolation(withoutField(withEvidence(scenario('tenant_isolation_violation'), { tenantPairs: [] }), 'resourceTenant'));
    expect(outcome.applicable).toBe(false);
    expect(outcome.missing).toEqual(['labels.resource_tenant']);
  });
});

describe('oauth_scope_insufficient', () => {
  const outcome = oauthScope(scenario('oauth_scope_insufficient', { drop: ['reason'] }));

  it('finds the missing scope by contrast with successful requests, without the reason', () => {
    expect(outcome.applicable && outcome.facts.scopes).toEqual(['orders:write']);
    expect(evidenceText(outcome)).toMatch(/carry tokens without `orders:write`, which \d+% of this window’s successful requests carry/);
  });

  it('leans on the reason alone, at a modest confidence, when the logs carry no scopes', () => {
    const reasonOnly = oauthScope(scenario('oauth_scope_insufficient', { drop: ['scopes'] }));
    expect(confidence(reasonOnly)).toBeGreaterThanOrEqual(REPORT_THRESHOLD);
    expect(confidence(reasonOnly)).toBeLessThanOrEqual(0.5);
    expect(reasonOnly.missing).toEqual(['labels.token_scopes']);
  });

  it('is not applicable with neither scopes nor a scope reason', () => {
    const none = oauthScope(scenario('oauth_scope_insufficient', { drop: ['scopes', 'reason'] }));
    expect(none).toMatchObject({ applicable: false, reason: 'no `labels.token_scopes` in these logs' });
  });
});

describe('ip_allowlist_block', () => {
  it('names the new IPs and says they never succeeded', () => {
    const outcome = ipAllowlist(scenario('ip_allowlist_block', { drop: ['reason'] }));
    expect(outcome.applicable && outcome.facts.ips).toEqual(['10.0.9.21', '10.0.9.22']);
    expect(evidenceText(outcome)).toMatch(/no successful request in this window/);
    expect(evidenceText(outcome)).toMatch(/carried credentials/);
  });

  it('does not take a busy client that also succeeds for a blocked one', () => {
    const base = calmEvidence(403);
    // Hand-built: one address behind 380 denials and 9,000 successes, a client no world has.
    const busy = withEvidence(base, {
      total: 400,
      baseline: { expected: 25, ratio: 16 },
      fields: {
        clientIp: {
          ...base.fields.clientIp,
          windowWithField: 400,
          window: [{ value: '203.0.113.5', count: 380 }, ...base.fields.clientIp.window.slice(0, TOP_TERMS - 1)],
          success: [{ value: '203.0.113.5', count: 9000 }],
          successWithField: 12000,
        },
      },
    });
    expect(confidence(ipAllowlist(busy))).toBeLessThan(REPORT_THRESHOLD);
  });

  it('is not applicable without source.ip', () => {
    expect(ipAllowlist(scenario('ip_allowlist_block', { drop: ['clientIp'] }))).toMatchObject({
      applicable: false,
      reason: 'no `source.ip` in these logs',
      missing: ['source.ip'],
    });
  });
});

describe('should_be_401', () => {
  it('counts the credential-less 403s against the baseline', () => {
    const text = evidenceText(shouldBe401(scenario('should_be_401')));
    expect(text).toMatch(/9\d% of the 403s \(\d+ of \d+\) came with `labels.auth` = `none`/);
    expect(text).toMatch(/the baseline predicts about \d+ credential-less 403s/);
  });

  it('falls back on denials without a user when the logs carry no auth scheme', () => {
    const outcome = shouldBe401(scenario('should_be_401', { drop: ['auth', 'reason'] }));
    expect(confidence(outcome)).toBeGreaterThanOrEqual(0.5);
    expect(evidenceText(outcome)).toMatch(/no `labels.auth` in these logs, but \d+% of the 403s .* name no user/);
    expect(outcome.missing).toEqual(['labels.auth']);
  });

  it('is not applicable with neither an auth field, users nor a reason', () => {
    const outcome = shouldBe401(scenario('should_be_401', { drop: ['auth', 'user', 'reason'] }));
    expect(outcome).toMatchObject({ applicable: false, reason: 'no `labels.auth` in these logs' });
  });
});

describe('retry_storm on 403s', () => {
  it('reports the looping client with its rate, next to the cause of its denials', () => {
    const evidence = scenario('retry_storm_403');
    const storm = retryStorm(evidence);
    expect(confidence(storm)).toBeGreaterThanOrEqual(0.7);
    expect(evidenceText(storm)).toMatch(/1,800 times \(busiest minute: 60\)/);
    const ids = classify(evidence).causes.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['retry_storm', 'rbac_policy_mismatch']));
  });

  it('ranks a retry storm first when the logs cannot say why the client is denied', () => {
    expect(classify(scenario('retry_storm_403', { drop: ['reason'] })).causes[0]?.id).toBe('retry_storm');
  });

  it('does not see a storm in calm traffic', () => {
    expect(confidence(retryStorm(calmEvidence(403)))).toBe(0);
  });
});
