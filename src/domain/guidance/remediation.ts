import { periodPhrase } from '../causes/clients';
import { code, codeList } from '../causes/format';
import type { CauseFacts } from '../causes/types';
import type { CauseId } from '../types';

/**
 * What the on-call engineer can do now, per cause, with the values the evidence found filled in
 * (which role, scope, IP, route, version). Steps are ordered: stop the bleeding, then fix, then prevent.
 */

/** The values as a code list (`a`, `b` and 2 more), or null when there are none (the step says something general). */
function list(values: readonly string[] | undefined, max = 3): string | null {
  return values && values.length > 0 ? codeList(values, max) : null;
}

function first(values: readonly string[] | undefined): string | null {
  const value = values?.[0];
  return value === undefined || value === '' ? null : value;
}

type Steps = (facts: CauseFacts) => string[];

const STEPS: Record<CauseId, Steps> = {
  rbac_policy_mismatch: (f) => {
    const routes = list(f.routes, 2) ?? 'the denied routes';
    const held = list(f.roles, 2);
    const needed = f.missingRole ? code(f.missingRole) : 'the role the policy now requires';
    const users = list(f.users, 3);
    return [
      `Find the policy or role-mapping change behind it: compare what ${held ? `role ${held}` : 'the callers’ roles'} may do on ${routes} now with the last known-good policy${f.version ? ` (it starts with version ${code(f.version)})` : ''}.`,
      f.version && f.previousVersion
        ? `If the change was not intended, roll back to ${code(f.previousVersion)} (or revert the policy) — established users who used to succeed are being refused.`
        : 'If the change was not intended, revert the policy now: established users who used to succeed are being refused.',
      `If it was intended, grant ${needed} to the users who still need access${users ? ` (e.g. ${users}${f.userCount && f.userCount > 3 ? `, ${f.userCount} in all` : ''})` : ''}, or map ${held ? held : 'their role'} to the permission.`,
      'Tell the affected users or client teams that retrying will not help until access changes.',
    ];
  },
  new_user_missing_role: (f) => {
    const role = f.missingRole ? code(f.missingRole) : 'the default role';
    const users = list(f.users, 3);
    return [
      `Grant ${role} to the recently created users who are refused${users ? ` (${users}${f.userCount && f.userCount > 3 ? `, ${f.userCount} in all` : ''})` : ''}.`,
      'Fix the onboarding path that should have assigned it: IdP group → role mapping, SCIM / just-in-time provisioning, or the default role for new accounts.',
      'Until then, show new users a clear "ask your administrator for access" message instead of a bare 403.',
    ];
  },
  tenant_isolation_violation: (f) => {
    const pair = f.tenantPairs?.[0];
    const who = pair ? `callers of tenant ${code(pair.caller)} requesting resources of ${code(pair.resource)}` : 'the callers crossing tenants';
    const clients = list(f.clients, 3);
    return [
      `The isolation check is doing its job: keep it. Identify ${who}${clients ? ` (client IPs ${clients})` : ''}${f.users && f.users.length > 0 ? ` and users such as ${list(f.users, 3) as string}` : ''}.`,
      'If a client or UI builds URLs with the wrong tenant (stale tenant after a switch, hard-coded id, cached link), fix it to use the caller’s own tenant.',
      'If the cross-tenant access is a legitimate integration, model it explicitly (a delegation or sharing grant) instead of loosening the check.',
      'If one caller walks through many tenants, treat it as enumeration: involve security and consider answering 404 for other tenants’ resources so their existence is not confirmed.',
    ];
  },
  oauth_scope_insufficient: (f) => {
    const scope = first(f.scopes);
    const scopeText = scope ? `scope ${code(scope)}` : 'the scope the route requires';
    const clients = list(f.users, 3) ?? list(f.clients, 3);
    return [
      `Reissue the token${clients ? ` for ${clients}` : ''} with ${scopeText} (and allow that scope for the client in the authorization server if it is not).`,
      `If the route’s required scope changed recently, check whether requiring ${scope ? code(scope) : 'it'} was intended; revert it if not.`,
      `Answer with ${code(`WWW-Authenticate: Bearer error="insufficient_scope"${scope ? `, scope="${scope}"` : ''}`)} on these 403s so clients know which scope to ask for (RFC 6750 §3.1).`,
    ];
  },
  ip_allowlist_block: (f) => {
    const ips = list(f.ips, 3);
    const routes = list(f.routes, 2);
    return [
      `Confirm with the owning team that ${ips ?? 'the new client IPs'} belong to a legitimate caller (a new service instance, a changed NAT or egress address).`,
      `If legitimate, add ${ips ?? 'them'} to the allowlist${routes ? ` for ${routes}` : ''}; prefer the stable egress or NAT range over single instance addresses.`,
      'If not, keep blocking, and block or rate-limit them at the edge so they stop reaching the service.',
      'Log the denial reason (e.g. `ip not allowed`) so the next incident is named at once.',
    ];
  },
  should_be_401: (f) => {
    const routes = list(f.routes, 2);
    const realm = f.service ?? 'api';
    return [
      `Answer requests without credentials with 401 and a challenge (${code(`WWW-Authenticate: Bearer realm="${realm}"`)})${routes ? ` on ${routes}` : ''}; keep 403 for authenticated callers who lack permission.`,
      'Treat expired or invalid tokens the same way (401, RFC 6750 `invalid_token`) so clients refresh once and retry.',
      'Check the middleware order: the permission check should not run before authentication has rejected anonymous requests.',
      `Find out why these clients send no credentials${f.userAgents && f.userAgents.length > 0 ? ` (top user agents: ${list(f.userAgents, 2) as string})` : ''}: a release that dropped the token, a broken login, or an unauthenticated integration.`,
    ];
  },
  retry_storm: (f) => {
    const clients = list(f.clients, 3) ?? 'the repeating clients';
    const routes = list(f.routes, 2);
    return [
      `Get the owners of ${clients} to stop retrying${routes ? ` ${routes}` : ''}${f.maxPerMinute ? ` (up to ${f.maxPerMinute.toLocaleString('en-US')} requests a minute)` : ''}: a 403 or 404 will not change on retry.`,
      'Rate-limit them at the edge meanwhile (429 with Retry-After) to protect the service.',
      'Fix client retry policies: never retry 403/404 automatically; retry 401 once after refreshing credentials; back off with jitter on 429 and 5xx.',
      'Fix the underlying cause of the denials too: the retries only amplify it.',
    ];
  },
  stale_client: (f) => {
    const who = [list(f.ips, 1), list(f.userAgents, 1)].filter((x): x is string => x !== null).join(' with agent ') || 'the client';
    const routes = list(f.routes, 2) ?? 'what it asks for';
    const every = f.periodMs ? ` (it runs ${periodPhrase(f.periodMs)}${f.hosts ? ' on each host' : ''})` : '';
    const where = f.hosts ? ` on ${f.hosts.toLocaleString('en-US')} hosts` : '';
    return [
      `Find the owner of ${who}${where}${every} and fix or upgrade it${f.hosts ? ' where it is configured (the manifest, recipe or state all hosts share)' : ''}: it keeps asking for ${routes}, which this service does not have for it.`,
      'Nothing to change on the server unless that resource should exist for it; the status code is the right answer to the request.',
      'If the owner cannot be reached soon, rate-limit or block it at the edge, and leave it out of error alerting until it is fixed.',
    ];
  },
  baseline_noise: () => [
    'No action needed now: the volume is within its usual range.',
    'When convenient, fix the top broken internal links and 301-redirect old URLs that still earn traffic.',
  ],
  deploy_broke_routes: (f) => {
    const version = f.version ? code(f.version) : 'the new version';
    const routes = list(f.routes, 3);
    return [
      f.previousVersion ? `Roll back to ${code(f.previousVersion)}: the 404 spike starts with ${version}.` : `Roll back ${version}: the 404 spike starts with it.`,
      `Diff the routes between ${f.previousVersion ? `${code(f.previousVersion)} and ` : ''}${version}${routes ? ` for ${routes}` : ''}: removed or renamed handlers, a changed base path or prefix, ingress or gateway rules shipped with it.`,
      'Before deploying again, add a smoke test that requests these routes and fails the rollout on 404.',
    ];
  },
  routing_regression: (f) => {
    const routes = list(f.routes, 3) ?? 'the regressed routes';
    const one = f.routes?.length === 1;
    return [
      `Restore ${routes}: ${one ? 'it' : 'they'} answered 2xx until recently.`,
      'Check recent changes to the router, ingress, API gateway or reverse-proxy configuration and to feature flags for these paths.',
      'If the move was intentional, redirect the old paths (301/308) to the new ones instead of letting them 404.',
    ];
  },
  broken_redirect_or_rule: (f) => {
    const pattern = first(f.routes);
    const target = pattern ? code(pattern) : 'the affected pattern';
    const referrers = list(f.referrers, 2);
    return [
      `Restore the redirect or rewrite rule for ${target}: it used to redirect (or route) and now answers 404.`,
      'Check the rewrite rules in the CDN, load balancer and reverse proxy, and the redirect map shipped with the app, for the change that dropped or mangled it.',
      referrers ? `Fix the links on the referring pages (${referrers}).` : 'Fix the internal links that point at it.',
    ];
  },
  gone_should_be_410: (f) => {
    const many = (f.routes?.length ?? 0) > 1;
    const target = list(f.routes, 3) ?? 'the removed URLs';
    const [it, was, gets] = many || !f.routes?.length ? ['them', 'they were', 'gets them'] : ['it', 'it was', 'gets it'];
    return [
      `Answer 410 Gone for ${target}: ${was} removed for good, and 410 ${gets} delisted faster than 404.`,
      many ? 'For any that has a replacement, redirect (301) to it instead.' : 'If a replacement exists, redirect (301) to it instead.',
      `Drop ${it} from sitemaps and internal links, and ask the owners of the referring sites to update their links.`,
    ];
  },
  scanner_probe: (f) => {
    const ips = list(f.ips, 3);
    return [
      'Nothing to fix in the app: keep answering 404 and reveal nothing.',
      `Block or rate-limit ${ips ?? 'the scanning IPs'} at the WAF or edge, and leave known probe paths out of 404 alerting.`,
      `Check that none of the probed files${f.routes && f.routes.length > 0 ? ` (${list(f.routes, 3) as string})` : ''} exist on the server: a 200 there would be a leak.`,
    ];
  },
  cached_404: (f) => {
    const routes = list(f.routes, 3);
    return [
      `Purge the CDN cache for ${routes ?? 'the affected routes'} so users stop getting stored 404s.`,
      `Stop caching 404s on dynamic routes: send ${code('Cache-Control: no-store')} (or a very short max-age) on 404 responses${f.cacheControl ? ` instead of ${code(f.cacheControl)}` : ''}.`,
      'Check the CDN’s negative-caching TTL: 404 is cacheable by default heuristics, so a CDN may keep it even without explicit headers.',
    ];
  },
};

export function remediationFor(id: CauseId, facts: CauseFacts = {}): string[] {
  return STEPS[id](facts);
}
