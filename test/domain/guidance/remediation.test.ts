import { classify } from '../../../src/domain/causes';
import { remediationFor } from '../../../src/domain/guidance/remediation';
import { CAUSE_IDS } from '../../../src/domain/types';
import { scenario } from '../../support/recordedEvidence';

describe('remediationFor', () => {
  it.each(CAUSE_IDS)('%s: gives actionable steps even without evidence values', (id) => {
    const steps = remediationFor(id);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    for (const step of steps) {
      expect(step).toMatch(/^[A-Z]/);
      expect(step).not.toMatch(/undefined|null|\[object/);
    }
  });

  it('names the role to grant and the users who need it', () => {
    const text = remediationFor('rbac_policy_mismatch', { roles: ['editor'], missingRole: 'billing-admin', users: ['u-1', 'u-2'], routes: ['/v1/invoices/{id}'] }).join('\n');
    expect(text).toMatch(/grant `billing-admin` to the users who still need access \(e\.g\. `u-1` and `u-2`\)/);
    expect(text).toMatch(/role `editor` may do on `\/v1\/invoices\/\{id\}`/);
  });

  it('rolls back to the previous version when a deployment carries the change', () => {
    expect(remediationFor('deploy_broke_routes', { version: 'v2.5.0', previousVersion: 'v2.4.0' })[0]).toBe(
      'Roll back to `v2.4.0`: the 404 spike starts with `v2.5.0`.',
    );
    expect(remediationFor('rbac_policy_mismatch', { version: 'v2.5.0', previousVersion: 'v2.4.0' }).join('\n')).toMatch(/roll back to `v2\.4\.0`/);
  });

  it('asks for a token with the missing scope and the RFC 6750 challenge', () => {
    const text = remediationFor('oauth_scope_insufficient', { scopes: ['orders:write'], users: ['svc-reporting'] }).join('\n');
    expect(text).toMatch(/Reissue the token for `svc-reporting` with scope `orders:write`/);
    expect(text).toMatch(/Bearer error="insufficient_scope", scope="orders:write"/);
  });

  it('allowlists the exact IPs found', () => {
    expect(remediationFor('ip_allowlist_block', { ips: ['10.0.9.21'] }).join('\n')).toMatch(/add `10\.0\.9\.21` to the allowlist/);
  });

  it('turns credential-less 403s into 401 with WWW-Authenticate', () => {
    expect(remediationFor('should_be_401', { service: 'checkout' })[0]).toMatch(/401 and a challenge \(`WWW-Authenticate: Bearer realm="checkout"`\)/);
  });

  it('tells the client owners to stop retrying, at the rate observed', () => {
    expect(remediationFor('retry_storm', { clients: ['203.0.113.200'], routes: ['/v1/orders/98765'], maxPerMinute: 1200 })[0]).toBe(
      'Get the owners of `203.0.113.200` to stop retrying `/v1/orders/98765` (up to 1,200 requests a minute): a 403 or 404 will not change on retry.',
    );
  });

  it('suggests 410 for the gone pattern, and purging plus no-store for cached 404s', () => {
    expect(remediationFor('gone_should_be_410', { routes: ['/v1/legacy/export/{id}'] })[0]).toMatch(/Answer 410 Gone for `\/v1\/legacy\/export\/\{id\}`/);
    expect(remediationFor('gone_should_be_410', { routes: ['/v1/beta/reports', '/api/v1/ping', '/oauth/authorize-legacy', '/v1/graphql-beta'] })[0]).toBe(
      'Answer 410 Gone for `/v1/beta/reports`, `/api/v1/ping`, `/oauth/authorize-legacy` and 1 more: they were removed for good, and 410 gets them delisted faster than 404.',
    );
    const cached = remediationFor('cached_404', { routes: ['/v1/catalog/items/{id}'], cacheControl: 'public, max-age=3600' }).join('\n');
    expect(cached).toMatch(/Purge the CDN cache for `\/v1\/catalog\/items\/\{id\}`/);
    expect(cached).toMatch(/`Cache-Control: no-store`.* instead of `public, max-age=3600`/);
  });

  it('is specialised end to end by classify with what the evidence found', () => {
    const [tenant] = classify(scenario('tenant_isolation_violation')).causes;
    expect(tenant?.remediation.join('\n')).toMatch(/callers of tenant `globex` requesting resources of `acme`/);
    const [gone] = classify(scenario('gone_should_be_410')).causes;
    expect(gone?.remediation[0]).toMatch(/`\/v1\/legacy\/export\/\{id\}`/);
  });
});
