import { decisionRule } from '../../../src/domain/guidance/decisionRule';

/** A few sentences of the seed page: the explanation must say the same things in other words. */
const SEED_SENTENCES = [
  'Re-authenticating will not help.',
  'Permission checks are per-request.',
  'helps crawlers delist faster',
  'Use 403 when the response should communicate forbidden behavior',
  'that causes client retry bugs, incorrect cache signals, and misleading monitoring data',
  'Client should not retry without a change in permissions.',
];

describe('decisionRule for 403', () => {
  const plain = decisionRule(403, ['rbac_policy_mismatch']);

  it('keeps 403 for authenticated callers and says when 401 and 404 fit instead', () => {
    expect(plain.summary).toMatch(/403 is the right code/);
    expect(plain.explanation).toMatch(/401 with a WWW-Authenticate challenge \(§15\.5\.2\)/);
    expect(plain.explanation).toMatch(/404 instead of 403 to avoid confirming that a resource exists \(§15\.5\.4\)/);
  });

  it('covers retries, caching and monitoring', () => {
    expect(plain.explanation).toMatch(/should not repeat a 403 until permissions change/);
    expect(plain.explanation).toMatch(/not heuristically cacheable/);
    expect(plain.explanation).toMatch(/Monitoring/);
  });

  it('turns to 401 when credential-less requests were refused', () => {
    const rule = decisionRule(403, ['should_be_401']);
    expect(rule.summary).toMatch(/answer 401 with a WWW-Authenticate challenge/);
    expect(rule.explanation).toMatch(/logging in would not help/);
  });

  it('applies RFC 6750 to scope problems', () => {
    const rule = decisionRule(403, ['oauth_scope_insufficient']);
    expect(rule.summary).toMatch(/insufficient_scope/);
    expect(rule.explanation).toMatch(/`invalid_token` goes with 401, `insufficient_scope` with 403/);
  });

  it('offers 404 to hide other tenants’ resources', () => {
    expect(decisionRule(403, ['tenant_isolation_violation']).summary).toMatch(/404 is an equally valid choice that also hides whether the resource exists/);
  });

  it('adds the retry warning only when clients are retrying', () => {
    expect(decisionRule(403, ['rbac_policy_mismatch', 'retry_storm']).explanation).toMatch(/Clients are retrying these 403s/);
    expect(plain.explanation).not.toMatch(/Clients are retrying/);
  });
});

describe('decisionRule for 404', () => {
  it('recommends 410 for removed URLs and cites §15.5.11', () => {
    const rule = decisionRule(404, ['gone_should_be_410']);
    expect(rule.summary).toMatch(/answer 410 Gone/);
    expect(rule.explanation).toMatch(/410 Gone says the resource was removed on purpose .*\(§15\.5\.11\)/);
  });

  it('treats 404s from broken routes as a bug, not a code choice', () => {
    expect(decisionRule(404, ['deploy_broke_routes', 'routing_regression']).summary).toMatch(/the 404s are a bug: fix the route/);
  });

  it('warns that 404 is heuristically cacheable when a cache serves them', () => {
    const rule = decisionRule(404, ['cached_404']);
    expect(rule.explanation).toMatch(/404 and 410 are heuristically cacheable \(§15\.1\)/);
    expect(rule.explanation).toMatch(/A cache is serving these 404s/);
    expect(rule.summary).toMatch(/Do not let caches keep 404s of dynamic routes/);
    expect(decisionRule(404, ['baseline_noise']).explanation).not.toMatch(/A cache is serving/);
  });

  it('keeps 404 for probes rather than revealing with 403', () => {
    expect(decisionRule(404, ['scanner_probe']).summary).toMatch(/404 is exactly right for probe paths/);
  });

  it('mentions soft 404s and crawler delisting', () => {
    expect(decisionRule(404, []).explanation).toMatch(/soft 404/);
  });
});

describe('decisionRule wording', () => {
  it('is written in its own words, not copied from the seed page', () => {
    const all = [403, 404].flatMap((status) =>
      [[], ['should_be_401'], ['gone_should_be_410', 'cached_404', 'retry_storm'], ['tenant_isolation_violation']].map((ids) =>
        decisionRule(status as 403 | 404, ids as Parameters<typeof decisionRule>[1]),
      ),
    );
    const text = all.map((r) => `${r.summary}\n${r.explanation}`).join('\n').toLowerCase();
    for (const sentence of SEED_SENTENCES) expect(text).not.toContain(sentence.toLowerCase());
  });
});
