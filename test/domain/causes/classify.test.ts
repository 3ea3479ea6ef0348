import { REPORT_THRESHOLD, RULES, classify, runRules } from '../../../src/domain/causes';
import type { Evidence } from '../../../src/domain/evidence';
import type { CauseId } from '../../../src/domain/types';
import { holds } from '../../support/changedOnRealEvidence';
import { withEvidence } from '../../support/evidenceBuilder';
import { BARE } from '../../support/evidenceCases';
import { HOUR, MINUTE, SCENARIO_NAMES, scenarioStatus, type ScenarioName } from '../../support/evidenceWorld';
import { calmEvidence, mixedScenario, scenario } from '../../support/recordedEvidence';

const IDS_403: CauseId[] = [
  'rbac_policy_mismatch',
  'new_user_missing_role',
  'tenant_isolation_violation',
  'oauth_scope_insufficient',
  'ip_allowlist_block',
  'should_be_401',
  'retry_storm',
  'stale_client',
];

/** The cause each scenario is about (retry scenarios: the storm is what must be reported). */
const EXPECTED: Record<ScenarioName, CauseId> = {
  rbac_policy_mismatch: 'rbac_policy_mismatch',
  new_user_missing_role: 'new_user_missing_role',
  tenant_isolation_violation: 'tenant_isolation_violation',
  oauth_scope_insufficient: 'oauth_scope_insufficient',
  ip_allowlist_block: 'ip_allowlist_block',
  should_be_401: 'should_be_401',
  retry_storm_403: 'retry_storm',
  deploy_broke_routes: 'deploy_broke_routes',
  routing_regression: 'routing_regression',
  broken_redirect_or_rule: 'broken_redirect_or_rule',
  gone_should_be_410: 'gone_should_be_410',
  scanner_probe: 'scanner_probe',
  cached_404: 'cached_404',
  retry_storm_404: 'retry_storm',
  stale_job_404: 'stale_client',
  stale_job_403: 'stale_client',
  walking_scanner: 'scanner_probe',
  config_fleet: 'stale_client',
};

describe('classify: the contract’s causes[]', () => {
  it('sorts by confidence, keeps only causes at or above the threshold, rounds to two decimals', () => {
    const evidence = scenario('deploy_broke_routes');
    const { causes } = classify(evidence);
    expect(causes.length).toBeGreaterThanOrEqual(2);
    const confidences = causes.map((c) => c.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    for (const c of causes) {
      expect(c.confidence).toBeGreaterThanOrEqual(REPORT_THRESHOLD);
      expect(Math.round(c.confidence * 100) / 100).toBe(c.confidence);
    }
    const reported = new Set(causes.map((c) => c.id));
    const belowThreshold = runRules(evidence).filter((o) => o.applicable && o.confidence < REPORT_THRESHOLD);
    for (const o of belowThreshold) expect(reported.has(o.id)).toBe(false);
  });

  it('attaches evidence and remediation specialised with the evidence values', () => {
    const [top] = classify(scenario('ip_allowlist_block')).causes;
    expect(top?.title).toMatch(/10\.0\.9\.21/);
    expect(top?.evidence.length).toBeGreaterThan(0);
    expect(top?.remediation.join('\n')).toMatch(/add `10\.0\.9\.21` and `10\.0\.9\.22` to the allowlist/);
  });

  it('runs only the 403 rules (and retry_storm) for 403s, and only the 404 rules for 404s', () => {
    expect(RULES[403].map(([id]) => id).sort()).toEqual([...IDS_403].sort());
    expect(RULES[404].map(([id]) => id)).not.toEqual(expect.arrayContaining(['rbac_policy_mismatch']));
    expect(RULES[404].map(([id]) => id)).toContain('retry_storm');
    for (const name of SCENARIO_NAMES) {
      const evidence = scenario(name);
      for (const cause of classify(evidence).causes) {
        const allowed = RULES[evidence.query.status].map(([id]) => id);
        expect(allowed).toContain(cause.id);
      }
    }
  });

  it('reports nothing for a calm 403 window, and says so', () => {
    const { causes, notes } = classify(calmEvidence(403));
    expect(causes).toEqual([]);
    expect(notes).toContain('nothing stands out: these 403s look like the service’s usual mix');
  });

  it('returns no causes and a note when there are no denials', () => {
    // Hand-built: a window without a single 403 (the reader then returns total 0); every world has some.
    const empty = withEvidence(calmEvidence(403), { total: 0 });
    expect(classify(empty)).toEqual({ causes: [], notes: ['no 403s in this window: nothing to classify'], missingFields: [] });
  });

  it('notes partial results from shard failures', () => {
    // Hand-built: shard failures, which a healthy test node never reports.
    expect(classify(withEvidence(scenario('tenant_isolation_violation'), { partial: true })).notes).toContain(
      'Elasticsearch reported shard failures: counts may be low.',
    );
  });
});

describe('classify: missing fields', () => {
  it('says verdicts rest on structure when the 403 logs carry no reason', () => {
    const { notes } = classify(scenario('tenant_isolation_violation', { drop: ['reason'] }));
    expect(notes).toContain('no `event.reason` in these logs; verdicts rest on structural signals');
  });

  it('does not mention the reason for 404s, where no rule reads it', () => {
    expect(classify(scenario('deploy_broke_routes')).notes.join('\n')).not.toMatch(/event\.reason/);
  });

  it('names rules it could not run and the fields they lacked, while the others still run', () => {
    const { causes, notes, missingFields } = classify(scenario('tenant_isolation_violation', { drop: ['clientIp', 'scopes'] }));
    expect(causes[0]?.id).toBe('tenant_isolation_violation');
    expect(notes).toContain('IP allowlist not checked: no `source.ip` in these logs');
    expect(missingFields).toEqual(expect.arrayContaining(['source.ip']));
    expect(new Set(missingFields).size).toBe(missingFields.length);
  });

  it('uses the field names of these logs, not the defaults', () => {
    const base = scenario('tenant_isolation_violation', { drop: ['clientIp'] });
    // Hand-built: another cluster's name for the missing field (the worlds are written under ECS names).
    const renamed: Evidence = { ...base, fields: { ...base.fields, clientIp: { ...base.fields.clientIp, field: 'client.address' } } };
    const { notes, missingFields } = classify(renamed);
    expect(notes).toContain('IP allowlist not checked: no `client.address` in these logs');
    expect(missingFields).toContain('client.address');
  });
});

describe('classify: logs with nothing but time, service and status', () => {
  it('does not guess a 403 cause, and names every field it lacked', () => {
    const { causes, notes, missingFields } = classify(scenario('tenant_isolation_violation', { drop: BARE }));
    expect(causes).toEqual([]);
    expect(missingFields).toEqual(expect.arrayContaining(['user.id', 'user.roles', 'organization.id', 'source.ip', 'labels.auth', 'labels.token_scopes']));
    expect(notes).toContain('no `event.reason` in these logs; verdicts rest on structural signals');
    expect(notes.filter((n) => n.includes(' not checked: '))).toHaveLength(8);
  });

  it('can still call a normal 404 level noise, and a 404 spike nothing in particular', () => {
    expect(classify(calmEvidence(404, 1, BARE)).causes.map((c) => c.id)).toEqual(['baseline_noise']);
    expect(classify(scenario('deploy_broke_routes', { drop: BARE })).causes).toEqual([]);
  });
});

describe('classify: several causes at once', () => {
  it('reports a deployment and the routing regression it caused, deployment first', () => {
    const ids = classify(scenario('deploy_broke_routes')).causes.map((c) => c.id);
    expect(ids.indexOf('deploy_broke_routes')).toBe(0);
    expect(ids).toContain('routing_regression');
  });

  holds('tenant_isolation_violation next to a retry storm')('finds a tenant violation next to an unrelated retry storm that triples the volume', () => {
    const ids = classify(mixedScenario(['tenant_isolation_violation', 'retry_storm_403'], { drop: ['reason'] })).causes.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['tenant_isolation_violation', 'retry_storm']));
  });

  it('finds a broken redirect next to a retry storm on 404s', () => {
    const ids = classify(mixedScenario(['broken_redirect_or_rule', 'retry_storm_404'])).causes.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['broken_redirect_or_rule', 'retry_storm']));
    expect(ids[0]).toBe('broken_redirect_or_rule');
  });

  holds('gone_should_be_410 stays in view next to a scanner')('keeps a removed URL in view while a scanner floods the 404s', () => {
    const ids = classify(mixedScenario(['gone_should_be_410', 'scanner_probe'])).causes.map((c) => c.id);
    expect(ids).toEqual(['scanner_probe', 'gone_should_be_410']);
  });

  holds('tenant_isolation_violation next to should_be_401')('reports both of two independent 403 incidents of similar size', () => {
    const ids = classify(mixedScenario(['should_be_401', 'tenant_isolation_violation'])).causes.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['should_be_401', 'tenant_isolation_violation']));
  });
});

const CLIENT_SCENARIOS: readonly ScenarioName[] = ['stale_job_404', 'stale_job_403', 'walking_scanner', 'config_fleet'];

describe('classify: robust to noise and window length', () => {
  const names = SCENARIO_NAMES.filter((n) => !n.startsWith('retry_storm'));

  for (const name of names) {
    for (const seed of [2, 3]) {
      holds(`${name} top on seed ${seed}`)(`${name} with calm seed ${seed}: the expected cause is on top`, () => {
        expect(classify(scenario(name, { seed })).causes[0]?.id).toBe(EXPECTED[name]);
      });
    }
    for (const [windowMs, label] of [[15 * MINUTE, '15 min'], [6 * HOUR, '6 h']] as const) {
      // A client's behaviour needs its own time: a job every 5 min shows only three runs in 15 min (too
      // few to call a schedule; a fleet of hosts each every 30-60 min, a handful of runs), and a one-minute scan 25 min before the end is outside a 15-min window
      // and a small part of six hours of 404s. clientCauses.test.ts reads those cases where they apply.
      if (CLIENT_SCENARIOS.includes(name) && (windowMs < HOUR || name === 'walking_scanner')) continue;
      holds(`${name} top in a ${label} window`)(`${name} in a ${label} window: the expected cause is on top`, () => {
        expect(classify(scenario(name, { windowMs })).causes[0]?.id).toBe(EXPECTED[name]);
      });
    }
  }

  it.each(['retry_storm_403', 'retry_storm_404'] as const)('%s: the storm is reported across seeds and windows', (name) => {
    for (const options of [{ seed: 2 }, { seed: 3 }, { windowMs: 15 * MINUTE }, { windowMs: 6 * HOUR }]) {
      expect(classify(scenario(name, options)).causes.map((c) => c.id)).toContain('retry_storm');
    }
  });

  it('stays quiet on calm 403 traffic across seeds and windows', () => {
    for (const seed of [1, 2, 3, 4]) {
      for (const windowMs of [15 * MINUTE, HOUR, 6 * HOUR]) expect(classify(calmEvidence(403, seed, [], windowMs)).causes).toEqual([]);
    }
  });

  it('keeps the status of every scenario consistent with its cause', () => {
    for (const name of SCENARIO_NAMES) {
      const status = scenarioStatus(name);
      const allowed = RULES[status].map(([id]) => id);
      expect(allowed).toContain(EXPECTED[name]);
    }
  });
});
