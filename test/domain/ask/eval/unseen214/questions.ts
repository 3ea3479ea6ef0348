import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 214, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an observability/logging SaaS (org workspaces, read-only viewers, ingest keys, deleted dashboards, retention-expired data, SAML). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the server must send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: an expired, revoked, malformed or otherwise invalid access token is invalid_token → 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request but refuses to fulfil it; the credentials are insufficient and re-authenticating with the same ones will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (valid token lacking the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 when the server does not know whether the removal is permanent; 410 only when it is known to be likely permanent';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource is intentionally no longer available at the origin and that condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'ingest key got revoked yesterday by the org admin, one shipper agent still posting logs w/ it. what do we send back, code pls', R401T),
  w('401', 'api', "Our query API expects a bearer token. A request to /v1/orgs/{org}/logs/search arrives with no Authorization header at all; the org is an ordinary workspace whose existence is not secret. A teammate suggests 403 because the caller \"isn't allowed\". What should the response status be?", R401),
  w('401', 'support', 'Customer says their dashboard export script started failing this morning. Their personal API token hit its 90-day expiry at midnight. Their role is org admin and nothing else changed. Which error should the script be getting from us?', R401T),
  w('401', 'nonnative', 'When SAML session of user is expired and browser call our API with the old session cookie which we not accept anymore, we should answer with which code? The user is normally admin of the workspace, so is not permission problem.', R401),
  w('401', 'security', 'Pen-test finding: the metrics query endpoint returns 403 when the JWT signature does not verify (tester flipped bytes in the payload). The report says the status is wrong. What should a tampered, unverifiable token get?', R401T),
  w('401', 'sre', 'secret mount failed on the collector so its sending requests w/o any auth header at all. not a scope thing, theres literally no key. 401 or 403', R401),
  w('401', 'api', 'A token minted for our EU region is presented to the US region API. The US region cannot validate it at all (different signing keys, unknown issuer), so to us it is simply not a valid credential. The user behind it has full rights in their EU org. Which status code fits?', R401T),
  w('401', 'support', "A read-only viewer reports a \"please sign in again\" error. We rotated the session signing keys overnight, so the cookie their browser sends can no longer be validated by the server. It's not about their role. What status code is correct here?", R401),
  w('401', 'nonnative', 'The api key have a typo in one character so it not match any key in our database. Customer think we should give 403. Is 403 or other code?', R401),

  // ---- 403 (10) ----
  w('403', 'sre', 'read-only viewer hitting DELETE on a dashboard in their own workspace. token valid, we know who they are, they can already see the dashboard so nothing to hide. code pls', R403),
  w('403', 'api', 'Ingest keys are write-only by design. If a client presents a valid, unexpired ingest key to the log query endpoint, what status should we return? The caller is authenticated; the key simply lacks the read scope.', R403S),
  w('403', 'security', 'token has logs:read but not alerts:write, user is trying to create an alert rule in an org they belong to. someone proposed 401 so the client refreshes the token, but a refresh gives the same scopes. verdict?', R403S),
  w('403', 'support', "A customer's admin turned on an IP allowlist for API access. A request now comes from a non-allowlisted IP with a perfectly valid API key for that org. What status should the caller see?", R403),
  w('403', 'nonnative', 'User is member of workspace with viewer role, he try to change the retention settings. He is logged in correctly with SAML and the settings page is visible for him. Which code we must return?', R403),
  w('403', 'sre', 'billing-only user calling the log explorer api. valid session, theyre a member of the org, org membership obviously not secret to them. logging in again wont change anything. what do we send back', R403),
  w('403', 'api', 'An authenticated user with a valid token asks to invite a new member into a workspace they already belong to, but only owners may invite. The workspace is obviously known to them. A colleague argues for 404 "to be safe". What is the right response?', R403),
  w('403', 'security', 'Service account with a valid token tries to export audit logs; audit export requires the enterprise-admin role it does not have. There is nothing to hide: the audit log page is visible in the UI to every member with an "admins only" banner. Which code?', R403),
  w('403', 'support', 'A viewer tries to delete an ingest key that is listed on the settings page they can see. Their session is valid. A teammate wants to return 401 so they get prompted to log in as an admin. Is that right, or what should it be?', R403),
  w('403', 'nonnative', 'The token is valid and not expire, but scope is only metrics:read and the request is for write traces. Following RFC 6750, the answer code should be which?', R403S),

  // ---- 404 (10) ----
  w('404', 'sre', 'GET /api/v2/dashboards/dsh_9f3k, that id was never issued, not in db, not in trash, never existed. caller is a legit admin w/ full access. code', R404),
  w('404', 'api', 'A caller with full access requests a saved query by a UUID our system has never generated (we checked the ID ledger). What is the correct response status?', R404),
  w('404', 'nonnative', 'Customer call /v1/monitors/12345 but this monitor id was never created in any org. User is admin and the token is ok. What we return?', R404),
  w('404', 'security', "Tenant isolation: a user in org A requests a dashboard ID that belongs to org B. We must not leak that org B's dashboard exists, IDs are enumerable. Their token is valid. 403 would confirm existence. What should we send?", R404H),
  w('404', 'api', 'Private workspaces must not be discoverable by non-members. An authenticated user who is not a member requests /orgs/acme-incident-2024, which does exist. Product requires that a non-member cannot distinguish it from a workspace that does not exist. Which status code?', R404H),
  w('404', 'support', "A customer's former contractor still has a valid account on our platform and keeps opening URLs for their old team's private log stream. Our policy is to never confirm to outsiders that a private stream exists. Which code should they be getting?", R404H),
  w('404', 'sre', 'ppl guessing ingest pipeline slugs across tenants, security wants zero signal on whether a slug exists in another org. caller authed fine. 403 feels honest but thats the leak. what do we return', R404H),
  w('404', 'support', 'A customer deleted a dashboard; it sits in trash for 30 days and can be restored at any time. A teammate opens the old link. A colleague says 410 since it was deleted. What should the link return?', R404U),
  w('404', 'api', 'An archived log bundle URL finds nothing in storage. We do not know whether the retention job purged it or whether it is only temporarily missing pending replication, and there is no record of an intentional deletion. The requester owns the bundle. What status code?', R404U),
  w('404', 'nonnative', 'Dashboard was deleted by user but maybe support team restore it later, we dont know if it come back or not. Should be 410 or other one?', R404U),

  // ---- 410 (6) ----
  w('410', 'sre', 'dashboard deleted, trash purged after 30d, hard delete, restore impossible, we keep a tombstone. old share links still getting hits. code pls, and not 404 if theres a better fit', R410),
  w('410', 'api', 'We permanently retired the v1 ingest endpoint on a published sunset date; it will never come back and we want integrations to drop the URL. What status should requests to /v1/ingest receive now, regardless of which key they send?', R410),
  w('410', 'support', "Customer asks why their public status dashboard link shows an error. Their admin deliberately deleted that public link for good; it cannot be re-enabled and any new link would have a different URL. The person opening it isn't logged in, but the link never required login. What should the page return?", R410),
  w('410', 'security', 'After retention expires, log bundles are crypto-shredded (keys destroyed), permanent by design, and each purge is recorded. The authenticated owner requests a purged bundle by ID; there is nothing to hide from the owner. Which code?', R410),
  w('410', 'nonnative', 'We deleted the workspace forever after customer close his account, all data is erased and we keep tombstone. The old inbound webhook URL of that workspace still receive calls. Which status is right?', R410),
  w('410', 'api', 'Saved searches can be removed via "Delete forever", which skips trash and is irreversible; the deletion is recorded. A later GET for that saved search from its owner (valid token, full rights): 404 or 410?', R410),

  // ---- knowledge (15) ----
  k('sre', 'what header does a 401 have to carry again, the challenge one', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response must include a WWW-Authenticate header with at least one challenge'),
  k('api', 'Is a 404 response cacheable by default under current HTTP semantics, or does it need explicit freshness information before a cache may store it?', /heuristic|\b(is|are) cacheable by default|yes\b[^.]{0,40}cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('nonnative', 'If server give 403 to the user, does it help if the user login again with the same account?', /(no|not|won'?t|will not|doesn'?t|does not|should not)[^.]{0,80}(help|same credentials|repeat|change)/i, 'RFC 9110 §15.5.4: the client should not automatically repeat the request with the same credentials'),
  k('support', 'Which RFC is the current one for HTTP status code definitions? The customer doc cites 2616 and 7231.', /9110/, 'RFC 9110 obsoletes RFC 7231 (and 2616 before it)'),
  k('security', 'RFC 6750 insufficient_scope maps to what HTTP status?', /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', 'bearer error=invalid_token goes w/ which code', /401/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('api', 'Which HTTP status does RFC 6750 specify to accompany the invalid_request error code?', /400/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('sre', 'once we 410 a retired endpoint how long do we have to keep serving 410 per the rfc', /discretion|not (necessary|required)|no (fixed|set|required|mandated|minimum|specific|particular) (time|duration|period|length)|any (particular )?length of time|up to (you|the server|the owner|the operator)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; left to the server owner'),
  k('nonnative', 'If we are not sure the deletion is permanent, the RFC prefer 410 or 404?', /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', 'When a forward proxy in front of our collector requires authentication, which status code applies instead of 401?', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate'),
  k('support', 'Before RFC 9110, which RFC defined the 401 status code?', /7235/, 'RFC 7235 §3.1 defined 401 before RFC 9110 obsoleted it'),
  k('security', 'Per RFC 6750, should the WWW-Authenticate challenge include an error attribute when the request carried no token at all?', /should not (include|contain|have|carry|send)|no error (code|attribute|parameter|information)|without (an? )?error|omit/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server should not include an error code'),
  k('nonnative', 'Is allowed to write the reason of 403 in the response body, or RFC say we must not explain?', /(may|can|allowed|permitted|free to|is fine|ok)[^.]{0,80}(reason|describe|explain|content|body|payload)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('sre', 'whats 410 actually telling clients that 404 doesnt', /permanent|intentional|deliberate/i, 'RFC 9110 §15.5.11: 410 means the resource is intentionally unavailable and the condition is likely permanent'),
];

export const UNSEEN214_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
