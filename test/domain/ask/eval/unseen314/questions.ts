import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 314, written by a blind writer who never read the parser, its tests, or any other question set. Angle: infrastructure — k8s ingress, Envoy/Istio ext_authz, API gateways, mTLS, API keys, IP allow-lists, JWT validation at the edge; mostly terse on-call SRE shorthand with typos. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the server sends a WWW-Authenticate challenge.';
const R401T = 'RFC 6750 §3.1 + RFC 9110 §15.5.2: an expired, revoked, malformed or otherwise invalid token is invalid_token → 401.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; credentials (if any) are insufficient and re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: a valid token lacking the required scope is insufficient_scope → 403.';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource (it never existed).';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when the target is intentionally no longer available and the condition is likely to be permanent.';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 ----------
  w('401', 'sre', 'envoy jwt_authn rejecting reqs, token exp was like 20 min ago, sig fine, iss fine. some1 in chan says 403 b/c "the token is bad". what shoud the edge send back', R401T),
  w('401', 'sre', 'ingress-nginx route /api/* needs a bearer token, client sends no Authorization header at all. our ext_authz currently answers 403 lol. correct code pls', R401),
  w('401', 'support', 'Customer rotated their API key last week and we revoked the old key on our Kong gateway once the grace period ended. Their cron job is still sending the old, revoked key and getting rejected. What status should they be getting from us?', R401),
  w('401', 'nonnative', 'our gateway verify the JWT against the JWKS and the signature is not matching any key (kid is unknown, token maybe forged). the claims say user exist and have admin role but we cannot trust the claims. which code we must to return?', R401T),
  w('401', 'security', 'pentest finding: our istio ext_authz returns 403 with no WWW-Authenticate when the request carries no credentials whatsoever (no cookie, no bearer, no api key). tester says thats wrong. what should it be', R401),
  w('401', 'sre', 'bearer token hitting the gw is garbage, like truncated base64, jwt header doesnt even parse. its not missing, its just broken. what status does rfc6750 want here', R401T),
  w('401', 'sre', 'prod RequestAuthentication only trusts iss from the prod idp. partner is sending a token minted by our STAGING idp (sig valid for staging, not expird) so prod cant validate it at all. what code does the gw return', R401T),
  w('401', 'sre', 'ingress-nginx auth-type basic in front of grafana, curl w/ wrong pw for a real user. what do we send back, and w/ which hdr', R401),
  w('401', 'sre', 'token is expired AND teh user wouldnt have billing-admin role even if it was fresh. edge sees the exp first. 401 or 403', R401T),

  // ---------- 403 ----------
  w('403', 'sre', 'jwt valid, sig ok, not expird, aud matches. scope claim has orders:read but POST /orders needs orders:write. what do we send back', R403S),
  w('403', 'sre', 'partner moved to a new NAT egress ip, our ingress whitelist-source-range doesnt have it yet so nginx blocks them. the api is public + documented, they have a valid api key. what code shoud they see', R403),
  w('403', 'security', 'An authenticated user with the "viewer" role calls GET /admin/audit-export. The endpoint is listed in our public OpenAPI spec, so its existence is not a secret to anyone. A colleague wants to return 404 "for security". What is the correct response?', R403),
  w('403', 'nonnative', 'mTLS handshake is succeed, client cert is signed by our mesh CA, SPIFFE id is spiffe://cluster.local/ns/batch/sa/reporter. but AuthorizationPolicy allow only ns/payments for this svc. all teams know this svc exist, nothing secret. which status is correct for the deny?', R403),
  w('403', 'sre', 'free tier api key, totally valid, hitting /v2/bulk-export which is paid plans only (endpoint is on the public pricing page). key is fine, acct just not entitled. code pls', R403),
  w('403', 'support', 'Customer is logged in fine and can still see the project in their dashboard list, but their org admin removed their edit permission yesterday. They keep logging out and back in hoping it fixes the error when they save. What status are we supposed to return, and will re-login help them?', R403),
  w('403', 'sre', 'opa via ext_authz: caller svc acct is known (mtls + jwt both good), policy says the readonly sa cant DELETE /configs. endpoint is internal but both teams know it exists. 401 or 403', R403),
  w('403', 'api', 'We are designing the authorization behaviour for DELETE /v1/clusters/{id}. The caller is authenticated and already has read access to the cluster (they can GET it, so its existence is no secret to them), but they lack the cluster-admin permission required to delete it. Which status code should the DELETE return?', R403),
  w('403', 'security', 'red team note: our gateway answers 401 to users who are fully logged in w/ a valid session but missing the admin role on a documented admin page, so the SPA bounces them to login in a loop forever. whats the correct code', R403),
  w('403', 'sre', 'kubectl w/ a valid sa token, authn passes fine, but theres no rolebinding for list secrets in ns prod. what status is right for that deny', R403),

  // ---------- 404 ----------
  w('404', 'sre', 'ingress has no rule for /v2/ordres (typo, never existed, real path is /v2/orders). gw currently returns 403 from the default-deny fallthrough. what shoud it be', R404),
  w('404', 'security', 'multi-tenant api: tenant A user w/ a valid token requests GET /invoices/inv_123 which belongs to tenant B. policy is we never confirm that other tenants resources exist. what code', R404H),
  w('404', 'security', 'pen-test: /internal/debug/pprof is reachable through the public gateway by mistake; authenticated external customers currently get 403 there. we do not want outsiders to learn the path exists at all. what should they get', R404H),
  w('404', 'sre', 'storage svc soft-deletes buckets, 30 day restore window, owner can undelete anytime. during the window what does GET on the deleted bucket return, ppl are arguing 410', R404U),
  w('404', 'support', 'A customer deleted one of their API gateway stages by mistake and wants to know what callers see now. We might be able to restore it from backup, nobody has decided yet. Should the URL return 410 Gone?', R404U),
  w('404', 'nonnative', 'user is not member of private workspace, and our rule say private workspaces must not be discoverable by non-members. the user token is valid and not expired. we return which code? my colleague say 403', R404H),
  w('404', 'sre', 'we pulled /beta/search off the gw during the migration, product hasnt decided if it comes back or not. someone wants 410. thoughts', R404U),
  w('404', 'api', 'GET /v1/api-keys/{key_id} where key_id is well-formed but was never issued by us; no such key has ever existed. The caller is an authenticated admin of the account. Which code should we return?', R404),
  w('404', 'sre', 'caller has full read+list on the bucket, valid creds, asks for an object key that was never uploaded, not now not ever. what should the storage gw return', R404),
  w('404', 'security', 'GET /users/{id}/sessions: an authed user may only see their own. for other ids we want the exact same response whether the account exists or not so nobody can enumerate accts. what code do we use', R404H),

  // ---------- 410 ----------
  w('410', 'sre', 'v1 api sunset date passed, announced 12 months ago, v1 handlers deleted from the gw for good, never coming back. what do /v1/* return now', R410),
  w('410', 'api', 'When a customer deletes a webhook subscription we hard-delete it and webhook ids are never reused, so the deletion is intentional and permanent. What should GET /webhooks/{id} return to that same customer afterwards?', R410),
  w('410', 'support', 'Customer is hitting an old public download link for our v2.3 gateway plugin. We intentionally pulled that build permanently (licensing issue) and it will never be republished. What should the link return?', R410),
  w('410', 'nonnative', 'old SOAP endpoint /ws/legacy is shut down forever, the team confirm it will never come back, and we want clients remove their links to it. colleague propose 404. what is the better code?', R410),
  w('410', 'sre', 'public status page for a region we decommissioned permanently (region gone, wont be relaunched, public knowledge). crawlers keep hitting it. 404 or something better', R410),
  w('410', 'sre', 'the deprecated /oauth/legacy-token endpoint on the edge was intentionally + permanently removed last quarter, no rollback planned, we want sdk clients to stop calling it. not 404 right', R410),

  // ---------- knowledge ----------
  k('sre', 'what hdr is mandatory on a 401 from the gw, forgot', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field'),
  k('sre', 'cdn is caching 404s from origin even w/o cache-control on them, is that allowed per rfc or is the cdn broken', /(?<!not\s)heuristic/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('security', 'After a 403, is a client supposed to automatically retry the same request with the same credentials?', /should\s*not|shouldn.?t|must\s*not|not\s+(automatically\s+)?(repeat|retry|resend)|(won.?t|will not|does not|doesn.?t) help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'in our gateway docs we cite RFC 7231 and RFC 7235 for the status codes. are these still the current one or is replaced?', /9110/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235'),
  k('sre', 'rfc6750 error= value in the challenge for an expired bearer token', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked and malformed tokens'),
  k('api', 'Under RFC 6750, which HTTP status code accompanies error="insufficient_scope"?', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD respond with 403'),
  k('sre', 'rfc6750 invalid_request, what status goes with it', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400'),
  k('sre', 'retired /v1 returns 410 now. how long are we obligated to keep serving the 410s before we can just drop the routes', /discretion|any (particular )?length of time|not (required|obligated|necessary|mandated)|no (fixed|required|minimum|set|specific|mandated)|up to (you|the server|the (site|server|service) owner)/i, 'RFC 9110 §15.5.11: keeping the 410 mark for any length of time is left to the discretion of the server owner'),
  k('security', 'In what circumstance does RFC 9110 allow a server to answer 404 where it would otherwise send 403?', /hid(e|ing)|conceal|(not|n.?t) (want to |wish to )?(disclose|reveal)|existence/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target may respond 404'),
  k('support', 'If we are not sure whether a deletion is permanent, is 410 still the right code to send, or something else?', /\b404\b|not found/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', 'Per RFC 6750, when a request contains no access token at all, should the WWW-Authenticate challenge include an error attribute?', /(should\s*not|shouldn.?t|not|no)\b.{0,50}error|without (an |any )?error|omit/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('sre', 'ip allowlist deny at the ingress, client sent zero creds. is 403 even legal when no auth was sent or does it have to be 401', /\byes\b|(not|n.?t)\s+(need|require|necessar)|403 is (fine|ok|okay|appropriate|correct|legal|allowed|valid|acceptable|right)/i, 'RFC 9110 §15.5.4: 403 means the server refuses the request; it does not require credentials to have been sent (credentials, if provided, are merely insufficient)'),
  k('nonnative', 'after client get 401 from our api gateway, it is allowed to send the request again? with what thing?', /(new|replaced|fresh|different|valid|correct)\s+(or\s+(replaced|different|new)\s+)?(authorization|credentials?|token|api key)/i, 'RFC 9110 §15.5.2: the client MAY repeat the request with a new or replaced Authorization header field'),
  k('api', 'Does a 404 response tell the client whether the absence of the resource is temporary or permanent?', /^\W*no\b|(does not|doesn.?t|not)\b.{0,60}(indicate|say|tell|specify|distinguish|convey|whether)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('sre', 'whats 410 actually for per the rfc, like the intended purpose, beyond "its gone"', /web maintenance|remov\w*.{0,40}links?|links?.{0,40}remov/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by asking that remote links to the resource be removed'),
];

export const UNSEEN314_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
