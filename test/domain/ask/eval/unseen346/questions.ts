import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 346, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an API gateway product's own admin API (routes, consumers, plugins, rate-limit policies, deleted consumers, workspace RBAC, admin tokens). */

const R401 = 'RFC 9110 §15.5.2: request lacks valid authentication credentials for the target resource; send 401 with a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1 invalid_token: access token expired, revoked, malformed or otherwise invalid → 401';
const R403 = 'RFC 9110 §15.5.4: server understood the request but refuses to fulfil it; credentials are insufficient and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1 insufficient_scope: token is valid but lacks the privileges/scope the request requires → 403';
const R404 = 'RFC 9110 §15.5.5: origin server did not find a current representation for the target resource (it never existed)';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5: 404 does not indicate whether absence is temporary or permanent; 410 (§15.5.11) only when known to be permanent';
const R410 = 'RFC 9110 §15.5.11: target resource intentionally no longer available at the origin and the condition is likely to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'deploy bot admin token expired at midnight, now every PUT /routes/{id} from ci blows up. kevin says 403 b/c its "a permissions thing" but the token is just dead. what do we send back', R401T),
  w('401', 'api', 'For the admin API, consider a GET /consumers request that arrives with no Admin-Token header and no Authorization header whatsoever. The consumer list is not secret; it is simply protected. What status should the gateway return, and what must accompany it?', R401),
  w('401', 'security', 'After an engineer was offboarded we revoked their admin token. Logs show someone replaying that revoked token against DELETE /plugins/{id}. The token no longer maps to any identity. What should the admin API respond with for this request?', R401T),
  w('401', 'nonnative', 'the admin jwt signature is not valid, somebody has changed one character of it, and with it they call GET /rate-limit-policies. which response code the gateway must give in this case?', R401T),
  w('401', 'support', 'Customer rotated their admin token on Friday but their Terraform provider still has the old one baked in. Every apply now fails on the routes they own — they are a full workspace admin and the routes definitely exist. The old token is rejected as unknown. Which error should they be getting?', R401),
  w('401', 'sre', 'admin user got deleted from the idp, their bearer token still floating around in a script, hits /services. token cant be validated anymore, no identity behind it. code pls', R401T),
  w('401', 'api', 'Our admin GUI backend accepts HTTP Basic for break-glass access. If a caller sends Basic credentials with the wrong password to POST /workspaces, the credentials are simply invalid. Which status is correct per RFC 9110, and not 403?', R401),
  w('401', 'sre', 'admin gui session cookie timed out, super-admin clicks delete on a consumer that exists, request goes in w/ the stale session and we cant tell who it is anymore. 401 or 403', R401),
  w('401', 'security', 'Pen-test finding: the admin API returns 403 Forbidden when the bearer token in the request is expired. The tester says the code is wrong. Assuming the token is expired and nothing else is considered, what should it return?', R401T),

  // ---- 403 ----
  w('403', 'sre', 'valid token, user is read-only in the payments workspace, tries POST /plugins to add rate-limiting. they can see the workspace and the plugin list fine, nothing secret here. what do we return', R403),
  w('403', 'api', 'An OAuth access token is valid and unexpired but carries only the scope routes:read. The client sends PATCH /routes/{id}, which requires routes:write. The route is visible to this client. What status code, and which RFC 6750 error value?', R403S),
  w('403', 'support', 'A customer is workspace admin for team-a. They tried to delete the global rate-limit policy, which only super-admins may change. The policy is shown in their own UI list, so they already know it exists. What should the admin API have told them?', R403),
  w('403', 'nonnative', 'user have a valid admin token and the server know who he is, but his IP address is not inside the admin api allowlist. the endpoints are public documented. which status we must to return?', R403),
  w('403', 'security', 'Consumer IDs are visible to every member of the workspace by design, so there is no enumeration concern. A member who lacks the consumer:write permission tries to rotate a consumer\'s key-auth credential. Their token is valid. Correct response?', R403),
  w('403', 'sre', 'token is fine, but /rbac/roles needs super-admin and this person is a dev role. someone wants 401 so the ui forces a relogin but logging in again wont change their role. which one', R403),
  w('403', 'api', 'Our SSO is shared between the developer portal and the admin API. A portal user authenticates successfully against the admin API but holds no admin role at all. The admin API and its routes are documented publicly. Should the admin API answer 401 or 403?', R403),
  w('403', 'sre', 'admin of workspace A tries to PATCH a route in workspace B. token valid. all workspace + route names are on the org-wide dashboard anyway so no hiding needed. what code', R403),
  w('403', 'nonnative', 'we have an "auditor" role, it can read everything in the workspace. the auditor send DELETE /consumers/{id} with his valid token, consumer is existing and he can see it. what error code is correct for this?', R403),
  w('403', 'api', 'POST /admin-tokens mints new admin tokens and requires the admin:tokens:write scope. A caller presents a valid token with only admin:read. The endpoint is advertised in our public docs. What should we respond, and what does RFC 6750 call this error?', R403S),

  // ---- 404 ----
  w('404', 'sre', 'super-admin does GET /routes/r-9f2x, fat-fingered id, that route id has never existed in any workspace. what do we send back', R404),
  w('404', 'nonnative', 'someone request GET /plugins/schema/rate-limitting (with two t), there is no plugin with this name and there never was. token is ok. which code?', R404),
  w('404', 'support', 'Customer insists they created a consumer called acme-prod in their workspace last week. We checked the database and the audit log: it was never created, no trace at all. They have full access to the workspace. What should the admin API return on GET /consumers/acme-prod?', R404),
  w('404', 'security', 'There is a workspace named for an unannounced acquisition. A caller with a valid admin token who is not a member requests GET /workspaces/{that-name}. Confirming that the workspace exists would leak the deal. What status code should they get?', R404H),
  w('404', 'api', 'In our multi-tenant control plane, tenant isolation policy states that the admin API must never confirm whether an object exists in another tenant. An authenticated tenant-B admin requests a consumer that exists in tenant A. Which status code satisfies that policy?', R404H),
  w('404', 'sre', 'workspace-scoped admin token hits GET /admin-tokens/{id} for one of the super-admin tokens. token is valid, they just arent allowed, and we really dont want to reveal which super-admin tokens exist. 403 or something else', R404H),
  w('404', 'security', 'Our pen-test report says an attacker with a low-privilege but valid token can enumerate route IDs in other workspaces because the admin API answers 403 for routes that exist and 404 for ones that do not. What single code should both cases return to close this?', R404H),
  w('404', 'sre', 'consumer got soft-deleted yesterday, theres a 30 day restore window so it may well come back. someone hits GET /consumers/{id}. 410 or not', R404U),
  w('404', 'api', 'A rate-limit policy was deleted this morning. We do not yet know whether the deletion is permanent: support may restore it from backup if the owning team asks. What should GET /rate-limit-policies/{id} return in the meantime?', R404U),
  w('404', 'support', 'A customer\'s route disappeared. We cannot tell whether someone removed it on purpose or a bad terraform apply dropped it, and the next apply may well recreate it. They are an admin of that workspace. What status should GET /routes/{id} give them right now?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'consumer got hard-purged after a gdpr erasure request, its gone for good and the id is never reused. the caller is an admin who could see it before. 404 or 410', R410),
  w('410', 'api', 'We intentionally and permanently retired the legacy endpoint /rate-limit-policies/legacy after a documented sunset period, and we want clients to remove their references to it. What should requests to it return?', R410),
  w('410', 'support', 'Customer deleted a consumer, the 30-day restore window has now passed, and our purge job removed it permanently; it cannot be restored. The customer (an admin of that workspace) asks why GET /consumers/{id} changed. What should it return now?', R410),
  w('410', 'nonnative', 'the plugin "old-auth" was removed from our gateway forever, on purpose, it will not come back. admin with correct rights do GET /plugins/{id} for an instance of that plugin. what code is more correct, 404 or other?', R410),
  w('410', 'security', 'An admin token was permanently purged by its own owner; it shows in that owner\'s audit log, so there is nothing to hide from them. My colleague wants 404 "for security". When the owner requests GET /admin-tokens/{id}, what should we return?', R410),
  w('410', 'sre', 'workspace got decommissioned, deleted for good on purpose, ids never reused. org admin (was a member) hits GET /workspaces/{id}. what do we return', R410),

  // ---- knowledge ----
  k('sre', 'quick one: when we 401 an admin api call what header HAS to be on the response', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header with at least one challenge'),
  k('api', 'Is a 404 response from the admin API cacheable by default, i.e. without explicit freshness information, under RFC 9110?', /heuristic|\byes\b/i, 'RFC 9110 §15.1: 404 is heuristically cacheable by default'),
  k('nonnative', 'which RFC is the current one that define the HTTP status codes like 401 and 403? my docs still says RFC 7231', /9110/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235'),
  k('security', 'RFC 6750 defines invalid_request for a malformed bearer request (e.g. the token sent twice, a missing parameter). Which status code does it specify for that?', /400/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('api', 'For how long does RFC 9110 require us to keep answering 410 for a permanently removed admin endpoint before we may switch to 404?', /discretion|server owner|owner.{0,20}decide|no (fixed|set|required|specific|mandated|minimum)|not (required|mandated|specified)|any (particular |specific )?length|indefinite|up to (the )?(server|owner|you|operator)/i, 'RFC 9110 §15.5.11: no obligation to keep the 410 mark for any length of time; left to the discretion of the server owner'),
  k('sre', 'after a 403 should the cli just auto retry w/ the same token', /should not|shouldn.?t|not (automatically |auto.?)?(repeat|retry|resend)|won.?t help|will not help|doesn.?t help|does not help|pointless|no point/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'if the request already had credentials inside and server still answer 401, what is the meaning of that 401 about those credentials?', /refused|rejected|invalid|not accepted|declined|failed|not valid/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('api', 'Does a 404 by itself tell the client whether the missing consumer is gone temporarily or permanently?', /(does ?n.?t|does not|doesn.t|not|no)\b[^.]{0,40}(indicate|say|tell|specify|distinguish|imply|convey|signal)|neither|unspecified|ambiguous|either temporar/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', 'Per RFC 6750, if an admin API request arrives with no authentication information at all, should the WWW-Authenticate challenge include an error code such as invalid_token?', /(should not|shouldn.?t|no|omit|without|leave out|not include|not contain)\b.{0,40}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('sre', 'oauth bearer tokens on the admin api - what auth scheme name goes in the WWW-Authenticate challenge', /\bBearer\b/i, 'RFC 6750 §3: the WWW-Authenticate header uses the "Bearer" auth-scheme'),
  k('support', 'A customer asked what the point of 410 is compared with a plain 404. What is 410 primarily intended for according to RFC 9110?', /link|intentional|maintenance|permanent/i, 'RFC 9110 §15.5.11: 410 assists web maintenance by signalling intentional, permanent removal so remote links can be removed'),
  k('api', 'When the admin API returns 403, where may it explain to the client why the request was forbidden, according to RFC 9110?', /content|body|payload/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
];

export const UNSEEN346_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
