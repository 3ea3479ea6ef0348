import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 261, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a Kubernetes platform team's internal APIs and ingress (service accounts, namespaces, RBAC, mTLS client certs, decommissioned clusters, feature-flagged endpoints, gateway auth plugins), mostly terse SRE chat w/ pasted kubectl/curl output. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing, invalid, expired or revoked); a WWW-Authenticate challenge is required';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) -> 401; RFC 9110 §15.5.2';
const R403 = 'RFC 9110 §15.5.4: server understood the request and knows the caller but refuses; credentials are insufficient and re-authenticating with them will not help; nothing needs hiding';
const R403S = 'RFC 6750 §3.1: insufficient_scope -> 403; RFC 9110 §15.5.4';
const R404 = 'RFC 9110 §15.5.5: the origin found no current representation for the target resource (it never existed)';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a forbidden target resource may respond 404 (not willing to disclose that one exists)';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: removed but the origin does not know whether the condition is permanent -> 404, not 410';
const R410 = 'RFC 9110 §15.5.11: target resource intentionally removed and no longer available at the origin, condition known to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 (9) ----------
  w('401', 'sre', `ci runner hitting platform-api w/ a token from sa ci-deployer in ns build. the sa got deleted last night by the cleanup cronjob:
$ kubectl get sa ci-deployer -n build
Error from server (NotFound): serviceaccounts "ci-deployer" not found
token is still in the runner env and tokenreview comes back authenticated:false. dave says 403 b/c "sa has no perms". what do we send back`, R401),
  w('401', 'sre', `curl w/o any auth to the internal deploy api:
$ curl -si https://deploy.platform.internal/v1/namespaces/payments/rollouts
HTTP/1.1 403 Forbidden
no Authorization header, no client cert, nothing. the rollouts list def exists, caller just didnt send creds. gateway returns 403 rn, thats wrong right, what should it be`, R401),
  w('401', 'api', `Our gateway auth plugin validates OIDC JWTs issued by the cluster's service-account issuer. A workload presents a JWT whose exp claim is 40 minutes in the past; signature and audience are otherwise fine, and the route is open to any authenticated workload. What status should the plugin reply with?`, R401T),
  w('401', 'security', `During incident response we revoked a leaked legacy service-account token (kubectl delete secret build-bot-token -n ci). The attacker keeps replaying it against our cluster-info API. Someone suggested answering with 404 so they learn nothing, but that endpoint is documented in the onboarding wiki that anyone can read. What should the API return to requests carrying the revoked token?`, R401T),
  w('401', 'nonnative', `We rotate the signing key of our internal OIDC issuer yesterday. Now some pods still send token signed with the old key, and the gateway cannot verify the signature anymore, so for us the token is not valid. The pods have correct RBAC, the problem is only the token. Which code the gateway must to return?`, R401T),
  w('401', 'sre', `kong key-auth on the metrics-ingest route. team sent an apikey header but the key isnt attached to any consumer, never issued, prob a typo:
$ curl -si -H "apikey: 9f3c0a77e1" https://ingest.plat.internal/v1/push
route itself is fine and open to any consumer w/ a key. code pls`, R401),
  w('401', 'support', `Customer says their CI pipeline started failing after their org admin rotated the personal access token for the deploy bot. The pipeline is still sending the old token, which we invalidated on rotation. The bot account itself has full deploy permissions on the namespace. They want to know which status our API should be returning so their retry logic can detect "get a new token".`, R401),
  w('401', 'sre', `helm plugin bug truncates the token:
Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6
thats the whole value, cut at 30 chars. one auth header, syntax of the header is fine, its just not a parseable jwt. someone said 400 invalid_request. i think its a token problem not a request problem. what do we return`, R401T),
  w('401', 'api', `The platform portal (the web UI where teams request namespaces) uses server-side sessions. An engineer's session was invalidated because they logged out on another device; their browser then calls GET /api/namespaces/mine with the dead session cookie. They would have access if they were logged in. What's the right response status?`, R401),

  // ---------- 403 (10) ----------
  w('403', 'sre', `$ kubectl auth can-i delete deployments -n payments --as=system:serviceaccount:ci:deployer
no
sa authn is fine (tokenreview authenticated:true), it just has edit in the ci ns only. payments ns isnt a secret, every team sees it in the ns list. our wrapper api returns 401 for this atm. what should it be`, R403),
  w('403', 'security', `Internal billing-export API sits behind our ingress with mTLS. A client cert from team-analytics chains to our internal CA and is valid, but its SAN spiffe://plat/ns/analytics/sa/reporter is not on the route's allowlist. The API and its purpose are listed in the service catalog every team reads, so there is nothing to hide. We currently return 404 and the pen-tester says that's misleading. Which status is correct?`, R403),
  w('403', 'sre', `introspection on the callers token:
{"active":true,"sub":"svc-release","scope":"deploy:read"}
endpoint is POST /v1/releases which needs deploy:write. jess wants 401 so the client refreshes, but a refresh gives the same scopes anyway. what do we return`, R403S),
  w('403', 'support', `Customer "Northwind" moved their CI to a new NAT gateway. Their token is valid and the account is in good standing, but the new egress IP isn't on their tenant's IP allowlist, so the gateway rejects calls to their own cluster's API. They obviously know the cluster exists, it's theirs. What status should they be seeing?`, R403),
  w('403', 'api', `We have a feature-flagged endpoint, POST /v2/clusters/{id}/autoscaler-profiles, that is GA and publicly documented but only enabled for Enterprise-tier tenants via a flag. An authenticated Standard-tier tenant calls it on their own cluster. We want the response to make clear the endpoint exists but they are not entitled to it. Which status code fits?`, R403),
  w('403', 'nonnative', `Our engineer have role "viewer" in namespace observability. He try to do PATCH on a configmap there, his token is valid and not expired. He ask if he should logout and login again. Which code we give him, and will the relogin help?`, R403),
  w('403', 'sre', `ns-admin for team-x tried to edit a clusterrole:
Error from server (Forbidden): clusterroles.rbac.authorization.k8s.io "aggregate-to-edit" is forbidden: User "system:serviceaccount:team-x:admin" cannot patch resource "clusterroles" in API group "rbac.authorization.k8s.io" at the cluster scope
our proxy api in front rewrites this to 404. the sa can list clusterroles fine so it already knows this one exists. should the proxy just pass the real code thru`, R403),
  w('403', 'support', `A user at one of our tenants can still log in via SSO (valid token, MFA passed), but their org admin has disabled their access to the deploy API pending an offboarding review. They can see the API in the docs and their team's namespaces in the portal. What response should they get when they call it?`, R403),
  w('403', 'security', `Pen-test report, finding #7: GET /admin/v1/clusters returns 403 to authenticated non-admin users; the recommendation is to return 404 to avoid disclosing the endpoint. This path is in our published OpenAPI spec and in the public Terraform provider, so its existence is already known to everyone. Do we follow the recommendation or keep the current status?`, R403),
  w('403', 'sre', `opa plugin deny log on the ingress:
{"decision":"deny","reason":"namespace label tier=prod requires group sre-oncall","user":"mkim@corp","authn":"ok"}
mkim is logged in fine, just not in the oncall group this week. prod ns names are on the public status page anyway. what code`, R403),

  // ---------- 404 (10) ----------
  w('404', 'sre', `$ curl -si -H "Authorization: Bearer $TOK" https://plat-api.internal/v3/clusters
there is no v3 and never was, we went v1 -> v2. token is valid. router 403s anything unmatched atm which confuses ppl. what should unmatched paths give`, R404),
  w('404', 'security', `Multi-tenant platform: each tenant's namespaces are prefixed with its tenant ID. Tenant A's authenticated service account (valid token) requests GET /v1/namespaces/tenantb-payments/secrets. Our isolation policy says a tenant must not be able to learn whether another tenant's namespaces exist. What should we return?`, R404H),
  w('404', 'sre', `cluster stg-use2 got torn down friday (cost cut). mgmt hasnt decided if we rebuild it next qtr, might come back w/ the same name. authed callers doing GET /v1/clusters/stg-use2, dan wants 410. not convinced, what do we send`, R404U),
  w('404', 'security', `Pen-test finding: by comparing 403 vs 404 on GET /v1/namespaces/{name}, an authenticated low-privilege user can enumerate which namespace names exist across the fleet, and the names leak customer names. We've decided namespace names must not be disclosed to callers without access. What should the exists-but-forbidden case return?`, R404H),
  w('404', 'nonnative', `Customer call GET /v1/clusters/prd-eu-west-9 but in our inventory never was a cluster with this name, it is typo of prd-eu-west-1. Their token is ok. Which answer code we send?`, R404),
  w('404', 'api', `We're dark-launching /v1/gpu-pools behind a feature flag. The flag is off for everyone outside the platform team, the feature hasn't been announced, and product has asked that other tenants not be able to discover the route exists. An authenticated tenant outside the beta hits it. What status should the route return?`, R404H),
  w('404', 'support', `Customer deleted one of their ingress API keys by mistake. Keys are soft-deleted and support can restore them for 14 days, so it's not necessarily gone for good. Their script now does GET /v1/apikeys/ak_71f2 using a different, valid key from the same account. What should that GET return?`, R404U),
  w('404', 'sre', `$ kubectl get sa prom-scraper -n monitoring
Error from server (NotFound): serviceaccounts "prom-scraper" not found
we never created it, the chart calls it prometheus-scraper. our sa-inventory api gets GET /sa/monitoring/prom-scraper w/ a cluster-admin token. what does it return`, R404),
  w('404', 'sre', `debug route /internal/pprof on the gateway, only plat team certs allowed. req came in w/ a valid client cert from team-web (CN=web-frontend, chain ok). policy is other teams shouldnt even know the route is there. 403 or 404`, R404H),
  w('404', 'api', `A team's ingress route object was removed by our nightly cleanup job. Velero backups let the owning team restore it within 30 days, and we don't know whether they will. For authenticated requests to GET /v1/ingresses/team-q/checkout-route in the meantime, what should the platform API return?`, R404U),

  // ---------- 410 (6) ----------
  w('410', 'sre', `prod-usw1-legacy is fully decommed, etcd wiped, name retired in inventory and will never be reused. ppl still have bookmarks/scripts for GET /v1/clusters/prod-usw1-legacy/kubeconfig and we want them to drop the links. caller token is valid. what status`, R410),
  w('410', 'api', `Our v1beta1 Deployments proxy API was intentionally removed on its announced sunset date (we sent a Sunset header for six months). The code path is deleted and there is no plan to bring it back; v1 is the replacement. Authenticated clients still call /v1beta1/... A colleague says plain 404 is fine. What should they get?`, R410),
  w('410', 'sre', `exp flag canary-diff-v0 concluded, endpoint POST /v1/rollouts/{id}/canary-diff ripped out for good, flag archived, no plans to revive. some ci jobs still call it w/ valid tokens. 404 or 410`, R410),
  w('410', 'support', `A customer asks why their old audit-log export link stopped working. Exports older than 90 days are permanently purged by our retention policy, not recoverable even by us, and export IDs are never reissued. Their session is valid. What status should the download endpoint return for a purged export?`, R410),
  w('410', 'nonnative', `We decommission the namespace team-legacy for ever: data is wiped, the name is blocked so nobody can create it again. Some dashboards still call GET /v1/namespaces/team-legacy/quotas with valid token. Colleague say 404 is good enough. What is more correct?`, R410),
  w('410', 'security', `The old webhook receiver URL on our gateway (/hooks/gitlab-v1) was intentionally retired and will never be reactivated; we want integrations to stop calling it and remove it from their configs. It was unauthenticated by design (payload signature only). Someone proposed 403 to "block" the traffic. What status should we respond with?`, R410),

  // ---------- knowledge (15) ----------
  k('sre', `writing the 401 path in the auth plugin. which response header is mandatory on a 401, forgot`, /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header with at least one challenge'),
  k('api', `Is a 404 response cacheable by default under RFC 9110, or does it need explicit Cache-Control before the CDN in front of our ingress may store it?`, /heuristic|(?<!n.t\s)cacheable by default/i, 'RFC 9110 §15.5.5: a 404 is heuristically cacheable by default'),
  k('nonnative', `If server answer 403 to my request with my token, does it help to authenticate again with the same credentials? What the RFC say?`, /same credentials|(should not|shouldn.?t|not)\s+(be\s+)?(automatically\s+)?(repeat|retr)|(won.?t|will not|does not|doesn.?t|not) help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', `Which RFC currently defines the semantics of 401, 403, 404 and 410? Is RFC 7231 still the right one to cite in our platform API guidelines?`, /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235'),
  k('sre', `rfc 6750 error code for an expired bearer token, the error= value in www-authenticate`, /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or otherwise invalid tokens'),
  k('sre', `6750 invalid_request maps to what status, also 401`, /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be returned with 400 Bad Request'),
  k('api', `Once we start returning 410 for decommissioned cluster endpoints, how long does RFC 9110 require us to keep returning 410 before the path may fall back to 404?`, /discretion|(not|no)\s+(\w+\s+){0,4}(required|necessary|obligat|mandat)|any (particular |specific )?length of time|no (fixed|minimum|set|specific)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; that is left to the server owner'),
  k('security', `When does RFC 9110 allow an origin to send 404 instead of 403 for a resource the caller is forbidden to access?`, /hid(e|ing)|conceal|disclos|reveal/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target resource MAY respond 404'),
  k('support', `If a resource was deleted but we honestly don't know whether it's gone for good, is 410 or 404 the recommended code per RFC 9110?`, /(use|return|send|go with|recommend\w*|prefer\w*|should (be|use|return)|correct (code|answer) is|answer is)\s+(an?\s+)?(HTTP\s+)?[`"*]*404|404\b.{0,40}\b(not know|don.?t know|unknown|cannot determine|can.?t determine|unsure|not sure|uncertain)/i, 'RFC 9110 §15.5.11: if the origin does not know or cannot determine whether the condition is permanent, 404 ought to be used'),
  k('api', `RFC 6750: if a request to our bearer-protected API carries no authentication information at all, should the WWW-Authenticate challenge include an error code such as invalid_request?`, /(should not|shouldn.?t|must not|do not|don.?t|not|no|omit\w*|without|leave out)\b.{0,40}\berror/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('sre', `whats the proxy equivalent of 401, our egress squid wants auth`, /407|Proxy-Authenticate/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required with Proxy-Authenticate'),
  k('nonnative', `What is the purpose of 410 Gone according the RFC? What it tell to the client that 404 does not tell?`, /permanent|intentional|remove\w* (the |their |any )?links/i, 'RFC 9110 §15.5.11: 410 says the removal is intentional and likely permanent, so links should be removed'),
  k('security', `Auditor asks where the 401 / WWW-Authenticate challenge framework was specified before RFC 9110 consolidated it. Which RFC number?`, /7235/, 'RFC 7235 (HTTP/1.1 Authentication), obsoleted by RFC 9110'),
  k('api', `What auth-scheme name should the WWW-Authenticate challenge use on a 401 from an OAuth 2.0 bearer-token-protected API, per RFC 6750?`, /\bBearer\b/i, 'RFC 6750 §3: the "Bearer" auth-scheme in WWW-Authenticate'),
];

export const UNSEEN261_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
