import {
  RIVALRIES,
  arbitrate,
  classify,
  describeAdjustment,
  judged,
  runRules,
  whyLines,
  type ArbitratedOutcome,
  type Basis,
  type Readings,
  type RuleOutcome,
} from '../../../src/domain/causes';
import { combine } from '../../../src/domain/causes/signals';
import type { Patterns403 } from '../../../src/domain/causes/structure403';
import { finding, notApplicable, weighedFinding } from '../../../src/domain/causes/types';
import type { CauseId } from '../../../src/domain/types';
import { holds } from '../../support/changedOnRealEvidence';
import { calmEvidence, mixedScenario, scenario } from '../../support/recordedEvidence';

const NEUTRAL: Patterns403 = { anonymous: 0, tenant: 0, scope: 0, ip: 0, ipLoops: 0, newUsers: 0, newUsersStructure: 0, roleless: 0 };
const CALM: Readings = { patterns: () => NEUTRAL, looping: () => 0, cached: () => 0, crawled: () => 0, scanned: () => 0, scanShareOfRise: () => 0 };

function readings(patterns: Partial<Patterns403> = {}, other: Partial<Omit<Readings, 'patterns'>> = {}): Readings {
  return { ...CALM, patterns: () => ({ ...NEUTRAL, ...patterns }), ...other };
}

const structural = (id: CauseId, basis: Basis): RuleOutcome => weighedFinding(id, basis, id, ['evidence']);
const direct = (id: CauseId, confidence: number): RuleOutcome => finding(id, confidence, id, ['evidence']);
const routed = (id: CauseId, confidence: number, routes: string[]): RuleOutcome => finding(id, confidence, id, ['evidence'], { routes });

function confidenceOf(outcomes: readonly ArbitratedOutcome[], id: CauseId): number {
  const outcome = outcomes.find((o) => o.id === id);
  return outcome?.applicable ? outcome.confidence : Number.NaN;
}

function adjustmentsOf(outcomes: readonly ArbitratedOutcome[], id: CauseId): string[] {
  const outcome = outcomes.find((o) => o.id === id);
  return outcome?.applicable ? outcome.adjustments.map((a) => `${a.rivalry} by ${a.by}`) : [];
}

interface RivalryCase {
  rivalry: string;
  target: CauseId;
  /** The rival named to the user. */
  rival: CauseId;
  outcomes: RuleOutcome[];
  readings: Readings;
  /** The target's confidence before and after arbitration. */
  before: number;
  after: number;
}

/** One case per row of RIVALRIES: the rival at a known strength, the target lowered by exactly the row's share. */
const CASES: RivalryCase[] = [
  {
    rivalry: 'ip-explained-by-specific-pattern',
    target: 'ip_allowlist_block',
    rival: 'tenant_isolation_violation',
    outcomes: [structural('ip_allowlist_block', { structure: 0.8, reason: 0, scale: 1 })],
    readings: readings({ tenant: 0.9, scope: 0.2 }),
    before: 0.8,
    after: 0.8 * (1 - 0.85 * 0.9),
  },
  {
    rivalry: 'ip-explained-by-new-users-without-roles',
    target: 'ip_allowlist_block',
    rival: 'new_user_missing_role',
    outcomes: [structural('ip_allowlist_block', { structure: 0.8, reason: 0, scale: 1 })],
    readings: readings({ newUsersStructure: 1, roleless: 0.5 }),
    before: 0.8,
    after: 0.8 * (1 - 0.6 * 0.5),
  },
  {
    rivalry: 'ip-explained-by-looping-clients',
    target: 'ip_allowlist_block',
    rival: 'retry_storm',
    outcomes: [structural('ip_allowlist_block', { structure: 0.8, reason: 0, scale: 1 })],
    readings: readings({ ipLoops: 1 }),
    before: 0.8,
    after: 0.8 * (1 - 0.4),
  },
  {
    rivalry: 'new-users-explained-by-specific-pattern',
    target: 'new_user_missing_role',
    rival: 'ip_allowlist_block',
    outcomes: [structural('new_user_missing_role', { structure: 0.8, reason: 0, scale: 1 })],
    // A new address with roles still on the requests: the IP explains the denials, not missing roles.
    readings: readings({ ip: 0.7, roleless: 0 }),
    before: 0.8,
    after: 0.8 * (1 - 0.6 * 0.7),
  },
  {
    rivalry: 'policy-explained-by-specific-pattern',
    target: 'rbac_policy_mismatch',
    rival: 'should_be_401',
    outcomes: [structural('rbac_policy_mismatch', { structure: 0.8, reason: 0, scale: 1 })],
    readings: readings({ anonymous: 0.6 }),
    before: 0.8,
    after: 0.8 * (1 - 0.85 * 0.6),
  },
  {
    rivalry: 'policy-explained-by-new-users',
    target: 'rbac_policy_mismatch',
    rival: 'new_user_missing_role',
    outcomes: [structural('rbac_policy_mismatch', { structure: 0.8, reason: 0, scale: 1 })],
    readings: readings({ newUsers: 0.5 }),
    before: 0.8,
    after: 0.8 * (1 - 0.8 * 0.5),
  },
  {
    rivalry: 'denials-measured-on-loops',
    target: 'tenant_isolation_violation',
    rival: 'retry_storm',
    outcomes: [structural('tenant_isolation_violation', { structure: 0.8, reason: 0, scale: 1 }), direct('retry_storm', 0.8)],
    readings: readings({}, { looping: () => 1 }),
    before: 0.8,
    after: 0.8 * (1 - 0.45),
  },
  {
    rivalry: 'regression-seen-through-cache',
    target: 'routing_regression',
    rival: 'cached_404',
    outcomes: [direct('routing_regression', 0.8)],
    readings: readings({}, { cached: () => 0.6 }),
    before: 0.8,
    after: 0.8 * (1 - 0.5 * 0.6),
  },
  {
    rivalry: 'stale-client-explained-by-specific-pattern',
    target: 'stale_client',
    rival: 'oauth_scope_insufficient',
    outcomes: [direct('stale_client', 0.8)],
    readings: readings({ scope: 0.5 }),
    before: 0.8,
    after: 0.8 * (1 - 0.8 * 0.5),
  },
  {
    rivalry: 'policy-refuses-one-old-client',
    target: 'rbac_policy_mismatch',
    rival: 'stale_client',
    outcomes: [structural('rbac_policy_mismatch', { structure: 0.8, reason: 0, scale: 1 }), direct('stale_client', 0.6)],
    readings: CALM,
    before: 0.8,
    after: 0.8 * (1 - 0.7 * 0.6),
  },
  {
    rivalry: 'rule-is-one-client',
    target: 'broken_redirect_or_rule',
    rival: 'stale_client',
    // The rule's pattern is a group; the client asks for a file inside it. Its strength: 0.48 of the 0.6 that counts as sure.
    outcomes: [routed('broken_redirect_or_rule', 0.8, ['/files/…']), routed('stale_client', 0.48, ['/files/agent.tar.gz'])],
    readings: CALM,
    before: 0.8,
    after: 0.8 * (1 - 0.8 * 0.8),
  },
  {
    rivalry: 'gone-is-one-client',
    target: 'gone_should_be_410',
    rival: 'stale_client',
    outcomes: [routed('gone_should_be_410', 0.8, ['/feed/rss']), routed('stale_client', 0.3, ['/feed/rss'])],
    readings: CALM,
    before: 0.8,
    after: 0.8 * (1 - 0.8 * 0.5),
  },
  {
    rivalry: 'rule-is-one-looping-client',
    target: 'broken_redirect_or_rule',
    rival: 'retry_storm',
    outcomes: [routed('broken_redirect_or_rule', 0.8, ['/feeds/{id}']), routed('retry_storm', 0.6, ['/feeds/atom.xml'])],
    readings: readings({}, { looping: () => 0.5 }),
    before: 0.8,
    after: 0.8 * (1 - 0.8 * 0.5),
  },
  {
    rivalry: 'rule-is-a-scan',
    target: 'broken_redirect_or_rule',
    rival: 'scanner_probe',
    outcomes: [direct('broken_redirect_or_rule', 0.8)],
    readings: readings({}, { scanned: () => 0.5 }),
    before: 0.8,
    after: 0.8 * (1 - 0.8 * 0.5),
  },
  {
    rivalry: 'rule-followed-by-crawlers',
    target: 'broken_redirect_or_rule',
    rival: 'baseline_noise',
    outcomes: [direct('broken_redirect_or_rule', 0.8)],
    readings: readings({}, { crawled: () => 0.5 }),
    before: 0.8,
    after: 0.8 * (1 - 0.7 * 0.5),
  },
  {
    rivalry: 'noise-beside-a-regression',
    target: 'scanner_probe',
    rival: 'deploy_broke_routes',
    // The scanner makes 70% of the rise: capped at the deployment's 0.81 × (1 + 0.7) / 2.
    outcomes: [direct('scanner_probe', 0.92), direct('deploy_broke_routes', 0.81)],
    readings: readings({}, { scanShareOfRise: () => 0.7 }),
    before: 0.92,
    after: 0.81 * (1 + 0.7) / 2,
  },
  {
    rivalry: 'noise-outranked-by-a-cause',
    target: 'baseline_noise',
    rival: 'deploy_broke_routes',
    outcomes: [direct('baseline_noise', 0.85), direct('deploy_broke_routes', 0.9), direct('scanner_probe', 0.4)],
    readings: CALM,
    before: 0.85,
    after: 0.85 * (1 - 0.85 * 0.9),
  },
];

describe('arbitration: the table of rivalries', () => {
  it('has exactly one case below for every row, so a row cannot be added or removed unnoticed', () => {
    expect(CASES.map((c) => c.rivalry).sort()).toEqual(RIVALRIES.map((r) => r.name).sort());
    expect(new Set(RIVALRIES.map((r) => r.name)).size).toBe(RIVALRIES.length);
  });

  it('applies the structural rows before any row that discounts a whole confidence', () => {
    const firstWhole = RIVALRIES.findIndex((r) => r.part === 'confidence');
    expect(RIVALRIES.slice(firstWhole).every((r) => r.part === 'confidence')).toBe(true);
  });

  describe.each(CASES)('$rivalry', (c) => {
    const evidence = calmEvidence(403);

    it(`lowers ${c.target} by the row's share of the rival's strength, and says so`, () => {
      expect(confidenceOf(arbitrate(evidence, c.outcomes, RIVALRIES, c.readings), c.target)).toBeCloseTo(c.after, 6);
      expect(adjustmentsOf(arbitrate(evidence, c.outcomes, RIVALRIES, c.readings), c.target)).toContain(`${c.rivalry} by ${c.rival}`);
    });

    it('changes nothing once the row is taken out of the table', () => {
      const without = RIVALRIES.filter((r) => r.name !== c.rivalry);
      expect(confidenceOf(arbitrate(evidence, c.outcomes, without, c.readings), c.target)).toBeCloseTo(c.before, 6);
    });

    it('does not touch the target when the rival does not show', () => {
      const alone = c.outcomes.filter((o) => o.id === c.target);
      expect(confidenceOf(arbitrate(evidence, alone, RIVALRIES, CALM), c.target)).toBeCloseTo(c.before, 6);
    });
  });
});

describe('arbitration: noise beside a regression', () => {
  const evidence = calmEvidence(404);
  const scannerWith = (regression: CauseId, confidence: number, share: number, scanner = 0.92): number =>
    confidenceOf(arbitrate(evidence, [direct('scanner_probe', scanner), direct(regression, confidence)], RIVALRIES, readings({}, { scanShareOfRise: () => share })), 'scanner_probe');

  it('ranks every regression read with some certainty above the scanner beside it, whatever share of the rise the scanner makes', () => {
    for (const regression of ['deploy_broke_routes', 'routing_regression', 'broken_redirect_or_rule', 'cached_404'] as const) {
      for (const share of [0.05, 0.5, 0.95]) expect(scannerWith(regression, 0.7, share)).toBeLessThan(0.7);
    }
  });

  it('keeps the scanner listed: at least half the regression’s confidence, more the more of the rise it makes', () => {
    expect(scannerWith('routing_regression', 0.88, 0.06)).toBeGreaterThanOrEqual(0.88 / 2);
    expect(scannerWith('routing_regression', 0.88, 0.8)).toBeGreaterThan(scannerWith('routing_regression', 0.88, 0.2));
    // Already below the regression's cap: nothing to lower (a small scanner beside a moved section).
    expect(scannerWith('routing_regression', 0.88, 0.06, 0.37)).toBeCloseTo(0.37, 6);
  });

  it('lets a faint regression reading lower a sure scanner only a little, and a non-regression not at all', () => {
    expect(scannerWith('deploy_broke_routes', 0.32, 0.3)).toBeGreaterThan(0.85);
    expect(scannerWith('gone_should_be_410', 0.8, 0.3)).toBeCloseTo(0.92, 6);
    expect(scannerWith('stale_client', 0.8, 0.3)).toBeCloseTo(0.92, 6);
  });
});

describe('arbitration: how the rows combine', () => {
  const evidence = calmEvidence(403);

  it('discounts the structure only, so the app’s own reason keeps its weight', () => {
    const ip = structural('ip_allowlist_block', { structure: 0.8, reason: 0.8, scale: 0.9 });
    const [result] = arbitrate(evidence, [ip], RIVALRIES, readings({ tenant: 1 }));
    expect(result?.applicable && result.confidence).toBeCloseTo(0.9 * combine(0.8 * 0.15, 0.8), 6);
  });

  it('discounts the whole confidence of a finding that has no structure to discount', () => {
    const ip = direct('ip_allowlist_block', 0.8);
    const [result] = arbitrate(evidence, [ip], RIVALRIES, readings({ tenant: 1 }));
    expect(result?.applicable && result.confidence).toBeCloseTo(0.8 * 0.15, 6);
  });

  it('lets the causes that compete with the IP reading see it after its own rivalries', () => {
    const outcomes = [
      structural('ip_allowlist_block', { structure: 0.8, reason: 0, scale: 1 }),
      structural('rbac_policy_mismatch', { structure: 0.8, reason: 0, scale: 1 }),
    ];
    const result = arbitrate(evidence, outcomes, RIVALRIES, readings({ ip: 0.8, ipLoops: 1 }));
    // The loops take 40% off the IP reading (0.8 → 0.48) before the policy compares itself with it.
    expect(confidenceOf(result, 'rbac_policy_mismatch')).toBeCloseTo(0.8 * (1 - 0.85 * 0.48), 6);
  });

  it('settles baseline noise against the other causes’ final confidences', () => {
    const outcomes = [direct('baseline_noise', 0.85), direct('routing_regression', 0.8)];
    const result = arbitrate(calmEvidence(404), outcomes, RIVALRIES, readings({}, { cached: () => 1 }));
    expect(confidenceOf(result, 'routing_regression')).toBeCloseTo(0.4, 6);
    expect(confidenceOf(result, 'baseline_noise')).toBeCloseTo(0.85 * (1 - 0.85 * 0.4), 6);
  });

  it('never lowers a retry storm for its own loops, and passes causes it cannot judge through', () => {
    const missing = notApplicable('should_be_401', 'no `labels.auth` in these logs', ['labels.auth']);
    const result = arbitrate(evidence, [direct('retry_storm', 0.8), missing], RIVALRIES, readings({}, { looping: () => 1 }));
    expect(confidenceOf(result, 'retry_storm')).toBeCloseTo(0.8, 6);
    expect(result[1]).toEqual(missing);
  });

  it('records what the app’s own reason added, and describes every change for people', () => {
    const outcome = structural('oauth_scope_insufficient', { structure: 0.6, reason: 1, scale: 1 });
    const [result] = arbitrate(evidence, [outcome], RIVALRIES, readings({}, { looping: () => 1 }));
    if (!result?.applicable) throw new Error('expected a finding');
    expect(result.adjustments.map((a) => a.rivalry)).toEqual(['reason', 'denials-measured-on-loops']);
    expect(whyLines(result.adjustments)).toEqual([
      'lowered 0.36 by retry storm (1.00): copies of a few looping requests make up most of the 403s, so every pattern is measured on them',
      'raised 0.20: the app’s own logged reason names this cause',
    ]);
    expect(describeAdjustment({ delta: -0.123, by: 'tenant_isolation_violation', rivalStrength: 0.8, rivalry: 'x', because: 'why' })).toBe(
      'lowered 0.12 by tenant isolation (0.80): why',
    );
  });
});

describe('arbitration on the scenarios: what each rivalry decides', () => {
  const rawConfidence = (outcomes: readonly RuleOutcome[], id: CauseId): number => {
    const o = outcomes.find((x) => x.id === id);
    return o?.applicable ? o.confidence : 0;
  };

  holds('tenant_isolation_violation not also a policy mismatch')('a tenant incident is not also reported as a policy mismatch', () => {
    const evidence = scenario('tenant_isolation_violation', { drop: ['reason'] });
    expect(rawConfidence(runRules(evidence), 'rbac_policy_mismatch')).toBeGreaterThanOrEqual(0.5);
    expect(classify(evidence).causes.map((c) => c.id)).toEqual(['tenant_isolation_violation']);
    expect(judged('rbac_policy_mismatch')(evidence)).toMatchObject({
      adjustments: [expect.objectContaining({ rivalry: 'policy-explained-by-specific-pattern', by: 'tenant_isolation_violation' })],
    });
  });

  it('a retry storm ranks above the denial its client keeps repeating, which stays listed with the reason why', () => {
    const { causes } = classify(scenario('retry_storm_403'));
    expect(causes.map((c) => c.id)).toEqual(['retry_storm', 'rbac_policy_mismatch']);
    expect(causes[1]?.why?.[0]).toMatch(/^lowered 0\.\d\d by retry storm \(\d\.\d\d\): copies of a few looping requests/);
    expect(causes[0]?.why).toEqual([]);
  });

  holds('cached_404 ranks above routing_regression only')('a routing regression seen through a cache ranks below the cache', () => {
    const { causes } = classify(scenario('cached_404'));
    expect(causes.map((c) => c.id)).toEqual(['cached_404', 'routing_regression']);
    expect(causes[1]?.why?.join('\n')).toMatch(/by cached 404s/);
  });

  it('baseline noise steps back when a removed URL stands out', () => {
    const evidence = scenario('gone_should_be_410');
    expect(rawConfidence(runRules(evidence), 'baseline_noise')).toBeGreaterThanOrEqual(0.8);
    expect(classify(evidence).causes.map((c) => c.id)).toEqual(['gone_should_be_410']);
  });

  it('an IP pattern behind new users without roles steps back for them', () => {
    const evidence = mixedScenario(['new_user_missing_role', 'ip_allowlist_block']);
    expect(judged('ip_allowlist_block')(evidence)).toMatchObject({
      adjustments: expect.arrayContaining([expect.objectContaining({ rivalry: 'ip-explained-by-new-users-without-roles' })]),
    });
  });
});
