import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 96, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a Kubernetes platform team's internal APIs and ingress (service accounts, mTLS, per-team namespaces, deprecated API versions, SSO-protected admin dashboards), voices mostly hurried SREs and non-native speakers. */

const R401 = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource; the server MUST send WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, or otherwise invalid) is answered with 401; RFC 9110 §15.5.2.';
const R403 = 'RFC 9110 §15.5.4: 403 means the server understood the request but refuses to fulfil it; credentials, if sent, are insufficient, and repeating with the same credentials will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) is answered with 403; RFC 9110 §15.5.4.';
const R404 = 'RFC 9110 §15.5.5: 404 means the origin server did not find a current representation for the target resource.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource MAY answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: if the server does not know (or cannot determine) whether the removal is permanent, 404 ought to be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 means access to the resource is no longer available at the origin server and this condition is likely to be permanent (intentional removal).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', "sa token for billing-exporter expired at 03:12, ingress still forwards to our internal api. teammate says 403 b/c the sa exists and has a rolebinding. token is just expired, nothing else wrong. what do we send back", R401T),
  w('401', 'nonnative', "Our platform API receive a request from CI job without any Authorization header at all. The namespace and deployment it ask for are exist and the job normally would have the permission. Which code we should return to it?", R401),
  w('401', 'sre', "rotated secrets in ns payments last night, sa token got revoked, old pod still calling /api/internal/quota w/ the revoked token. code pls", R401T),
  w('401', 'security', "Pen-test finding on our admin dashboard API behind the SSO proxy: when the session JWT has a forged signature, the API answers 403. The tester says the response should tell the client its credentials are invalid so it re-authenticates. What should the status be?", R401T),
  w('401', 'nonnative', "The bearer token have wrong audience, it was issued for kube-apiserver and not for our deploy-api, so our API cannot accept it as valid token. The user behind is a real engineer with correct roles. Which status is correct for this?", R401T),
  w('401', 'api', "Our internal secrets-broker API accepts projected service account tokens. When the Authorization header carries a bearer token that is malformed (a truncated string that is not a JWT at all) but the rest of the request is well formed, which status code should the broker respond with?", R401T),
  w('401', 'support', "A customer team says their cronjob started failing after the cluster upgrade. Logs show they're still sending a legacy secret-based SA token that our auth webhook now rejects as not a valid credential at all. Their RBAC is fine. What response should they be getting from us?", R401T),
  w('401', 'sre', "oidc id token for the grafana admin api expired mid session. user IS in platform-admins, not a perms thing. 401 or 403, need answer fast", R401T),
  w('401', 'nonnative', "mTLS between pods is ok, but our tenant-api also require a bearer token to know which human user is calling, and this request come without the token. Without token we don't know the user. What I must return?", R401),

  // ---- 403 (10) ----
  w('403', 'sre', "mtls ok, cert SAN is spiffe://cluster/ns/team-a/sa/reporter, valid cert, but policy only lets team-b sas call the ledger svc. no need to hide ledger, its listed in the svc catalog for everyone. what do we return", R403),
  w('403', 'nonnative', "Developer from team-search is logged in by SSO correctly, but he try to open the admin dashboard for cluster-wide settings and he is not member of platform-admins group. The dashboard URL everybody know, it is not secret. Which code?", R403),
  w('403', 'sre', "valid bearer, scope only ns:read, caller does POST /namespaces/team-x/quotas which needs ns:write. oauth style. code", R403S),
  w('403', 'support', "A customer's deploy bot keeps getting 401 from our platform API, so they keep rotating the token, which doesn't help. The logs show the token is valid and recognised; the bot's service account just has no rolebinding in the target namespace. Namespace names are visible to everyone in the org. What should we actually be returning?", R403),
  w('403', 'security', "Review question: our ingress IP allowlist blocks a new egress IP of a partner service that authenticates fine. The endpoint is documented publicly, so there is nothing to hide. Is 401 right here, or something else?", R403),
  w('403', 'api', "In the self-service namespace API, a team lead authenticated via SSO tries to delete another team's namespace. Every team can see the full namespace list in the portal, but only the owning team may delete. What status should the API return for this refusal?", R403),
  w('403', 'nonnative', "Service account token is valid and not expired. My colleague say return 401 because the SA is not allowed, so maybe client will fetch new token. But new token will have exactly same permission. Which one is right?", R403),
  w('403', 'sre', "internal exec api, user authed via sso, has readonly role, tries exec into a pod in his own team ns. existence is obvious its their own ns. what code", R403),
  w('403', 'security', "Pen testers noted that our cluster-admin dashboard returns 404 to logged-in non-admins. The dashboard is linked from the intranet landing page, so its existence isn't a secret, and authentication works. What is the correct code for that denial?", R403),
  w('403', 'nonnative', "The mTLS client certificate is valid and signed by our CA, the workload is identified as logging-agent. But logging-agent is only allowed GET and it send DELETE on /v2/indices. Which answer code?", R403),

  // ---- 404 (10): never existed ----
  w('404', 'sre', "someone hitting /apis/platform.internal/v1/namespaces/team-zeta, there is no team-zeta, never was. caller has valid token, cluster admin even. code", R404),
  w('404', 'nonnative', "User is authenticated and have cluster-viewer role, he ask for service 'paymnts-api' (typo) which never existed in any namespace. What status?", R404),
  w('404', 'api', "An authenticated client with full read permissions requests a path under /internal/v3/ of our tenancy API. We have never published a v3 of this API; only v1 and v2 have ever existed. What should the response be?", R404),
  // ---- 404: hiding existence ----
  w('404', 'security', "Tenant isolation: team-a's service account (valid token) asks for a secret in team-b's namespace. We don't want team-a to learn whether team-b's namespace or that secret name even exists. Which status do we return?", R404H),
  w('404', 'sre', "cross tenant probing, valid sso session, user guessing other teams ns names on the dashboard api. we must not confirm which ones exist, 403 would leak it. code pls", R404H),
  w('404', 'nonnative', "Our incident-review API have private namespaces for the security team. Other engineers are authenticated, but they must not know these namespaces are exist. What to return when they request one?", R404H),
  w('404', 'security', "Pen test: GET /admin/break-glass on the ingress returns 403 to authenticated users outside the admin group, which confirms the path exists. We want to stop disclosing it to anyone not in that group. Which code should the ingress send them?", R404H),
  // ---- 404: removed, not known to be permanent ----
  w('404', 'sre', "ns team-old got deleted yesterday, might get restored from velero backup if the team asks, nobody decided yet. callers w/ valid tokens hitting it. colleague wants 410. what do we send", R404U),
  w('404', 'nonnative', "We removed the v1alpha1 endpoint of quota API from the ingress, but maybe we bring it back if some teams complain, it is not decided. Authenticated clients still call it. What code for calls to removed endpoint?", R404U),
  w('404', 'support', "A customer says their webhook URL /hooks/team-lima now fails. The route was dropped during our ingress migration and honestly we don't know yet whether it will be re-added or is gone for good. What should they be getting back?", R404U),

  // ---- 410 (6) ----
  w('410', 'sre', "extensions/v1beta1 ingress api on our platform gateway is removed for good, announced 6 months ago, will never come back. old clients w/ valid creds still calling. 404 or 410", R410),
  w('410', 'nonnative', "The namespace team-legacy was decommissioned on purpose, the team is dissolved and we decided permanently it will not come back. Requests with valid tokens still arrive to its endpoints. Which code?", R410),
  w('410', 'api', "We intentionally sunset the /internal/v1/clusters endpoint. The removal is permanent and documented in our deprecation policy, and nothing will ever be served at that URL again. Authenticated callers still hit it. What should the response be?", R410),
  w('410', 'support', "A customer keeps calling the old admin-dashboard export API that we retired on purpose last quarter and will never restore. Their token works fine. They're currently seeing 404; should it be something else?", R410),
  w('410', 'sre', "decommed the old grafana-admin ingress host for good, ticket closed, no plan ever to bring it back. requests still come in w/ valid sso cookies, catch-all handles them. which code", R410),
  w('410', 'nonnative', "Service account key type 'legacy-static' is removed forever in our platform, endpoint /v1/static-keys is permanently gone by design. Client with valid OIDC token call it. Return what?", R410),

  // ---- knowledge (15) ----
  k('sre', "what header has to go out w/ a 401, forgot the name", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field with at least one challenge'),
  k('nonnative', "Is 404 response cacheable by default or not? Our ingress cache is keeping 404 for a removed svc and I am confused.", /heuristic/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('api', "According to RFC 9110, what does a 403 tell the client about repeating the request with the same credentials?", /(should ?n[o']t|not|never|no point)\W+(\w+\W+){0,4}(repeat|retry|resend|re-?send|re-?try)\w*\W+(\w+\W+){0,6}same|same (credentials|token|creds)\W+(\w+\W+){0,6}(will ?n[o']t|won't|not|never) (help|change|succeed|work)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('sre', "which rfc is current for http semantics now, still 7231 or", /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231 and defines the status codes in §15'),
  k('nonnative', "In RFC 6750, which error code is for the token that has not enough scope, and with which HTTP status it go?", /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, answered with 403'),
  k('api', "For a bearer token that is expired or has been revoked, what error code does RFC 6750 define, and which HTTP status accompanies it?", /invalid_token/i, 'RFC 6750 §3.1: invalid_token, answered with 401'),
  k('api', "RFC 6750 also defines invalid_request for bearer-token APIs. Which HTTP status code does it map to?", /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 (Bad Request)'),
  k('security', "Under RFC 9110, in what situation is an origin server allowed to answer 404 where it would otherwise send 403?", /(hide|hiding|conceal|not (to )?(disclose|reveal)|without (disclosing|revealing))\W+(\w+\W+){0,5}exist|exist\w*\W+(\w+\W+){0,5}(hidden|hide|hiding|conceal|secret|undisclosed|not (be )?(disclosed|revealed))/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404'),
  k('sre', "410 supposed to be forever? or ok to use it for a few hours while a svc is down for maintenance", /(likely|expected|assumed|presumed|intended|meant|considered) to be permanent|permanent(ly)? (removal|removed|gone|unavailab\w*|condition)|condition is (likely )?permanent|only (for|when) (\w+ ){0,3}permanent/i, 'RFC 9110 §15.5.11: 410 indicates the condition is likely to be permanent; temporary outages are not 410'),
  k('nonnative', "If we don't know is the deletion permanent or not, which code RFC say to use instead of 410?", /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('support', "What is the 410 status code mainly meant to help with, according to the RFC?", /web maintenance|(remov|delet|drop|clean)\w*\W+(\w+\W+){0,5}links?|links?\W+(\w+\W+){0,6}(remov|delet|drop|clean)\w*/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by telling recipients that links to the resource should be removed'),
  k('security', "Does RFC 9110 require a 403 response to explain why the request was refused, or is that up to us?", /\b(may|can|optional(ly)?|not (required|obliged|mandatory)|up to (you|the server))\b\W+(\w+\W+){0,8}(reason|why|explain|describ)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the content; it is optional'),
  k('sre', "401 vs 403 per rfc, short version, which one is the who-are-you one", /401\W+(\w+\W+){0,10}(credential|authenticat|who you are|identity)/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  k('nonnative', "When the request have no token at all, RFC 6750 say the server should put an error code in WWW-Authenticate or not?", /(should ?n[o']t|not|no|omit\w*|without|leave out|leaves out)\W+(\w+\W+){0,4}error (code|info|attribute|param)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('api', "Per RFC 9110, does a 404 indicate whether the missing representation is absent temporarily or permanently?", /(does ?n[o']t|not|no|neither|never)\W+(\w+\W+){0,3}(indicate|say|specify|tell|distinguish|imply|signal|convey|state)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN96_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
