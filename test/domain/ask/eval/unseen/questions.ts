import { type Draft, type EvalQuestion, k, open, w } from '../questions';

/**
 * Issue #13's unseen evaluation: 70 "which code?" questions and 30 knowledge questions (plus a few that
 * leave the decisive fact open), written by someone who did not read the parser (src/domain/ask) or the
 * questions of the other sets, and never run against the parser while being written.
 *
 * It is meant to be scored ONCE, after tuning on the other sets is over, as an honest measure of how the
 * parser does on phrasing nobody tuned on. Do not tune on it, and do not edit a question to make it pass;
 * if a label turns out to be wrong by RFC 9110 / RFC 6750 / the seed, fix the label and say so.
 *
 * Labelling conventions (RFC 9110 §15.5.2, §15.5.4, §15.5.5, §15.5.11; RFC 6750 §3.1; the seed):
 * no / expired / revoked / invalid credentials → 401; authenticated but not allowed (role, scope, tenant,
 * IP allowlist) and existence not secret → 403; exists but must stay hidden from this caller → 404;
 * never existed, mistyped, or deleted without a statement that the removal is permanent → 404;
 * intentionally and known-permanently removed → 410.
 */


const R401 = 'RFC 9110 §15.5.2: no valid credentials → 401';
const R401S = 'RFC 9110 §15.5.2: the session is over (logout, timeout, invalidated), so no valid credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, not verifiable) → 401';
const R403 = 'RFC 9110 §15.5.4: authenticated but not allowed, existence not secret → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R403IP = 'seed: an IP allowlist blocking a caller with valid credentials is a 403 scenario (§15.5.4)';
const R403T = 'seed: tenant isolation violation with existence not secret → 403 (§15.5.4)';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the resource from this caller may answer 404';
const R404 = 'RFC 9110 §15.5.5: no current representation found (never existed / mistyped) → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when known to be permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: intentionally and permanently removed → 410';


const DRAFTS: readonly Draft[] = [
  // ── 401: no, expired, revoked or otherwise invalid credentials; ended sessions ──────────────────
  w('401', 'sre', 'ppl getting bounced after logout but the browser still sends the old session cookie, what do we send back', R401S),
  w('401', 'sre', 'token expired like 5 min ago and the billing svc keeps calling w/ it. 401 or 403', R401T),
  w('401', 'sre', 'admin revoked that acct token yesterday, client keeps retrying w/ it. code pls', R401T),
  w('401', 'sre', 'cron box calls the protected /v2/exports endpoint w/o any creds at all. which one', R401),
  w('401', 'sre', 'jwt sig doesnt verify, it was signed w/ the key we rotated out last week. what should the gw return', R401T),
  w('401', 'sre', 'pw reset invalidated all sessions, mobile app still sends the old session token, we return 403 rn. should it be that', R401S),
  w('401', 'api', 'A client presents a bearer token that our introspection endpoint reports as inactive. What is the correct response?', R401T),
  w('401', 'api', 'Basic auth with the wrong password: should that be 403 since they did try to authenticate, or something else?', R401),
  w('401', 'api', 'The session timed out after 30 minutes of inactivity and the browser sends the stale cookie. What do we answer?', R401S),
  w('401', 'api', "The refresh failed and the access token isn't valid anymore, though the user does have the admin role. What should /admin/users return?", R401T),
  w('401', 'support', 'customer logged out on all devices and now the app shows "forbidden" on every call. what should it really return', R401S),
  w('401', 'support', 'their api key was rotated last week and they still use the old one, they get a 403. is that the right code?', R401),
  w('401', 'support', 'this person never signed up, has no account at all, and calls our api without a key. what do we return to him', R401),
  w('401', 'security', 'Replay of a revoked token: the service currently answers 404. Which code should a revoked token get?', R401T),
  w('401', 'security', 'A token issued by an identity provider we do not trust is presented on a protected route. Correct response?', R401T),
  w('401', 'nonnative', 'the token is expire since yesterday but user is still sending it. what code we give?', R401T),
  w('401', 'nonnative', 'after user do logout, his browser send again the old cookie. server must answer which code?', R401S),
  w('401', 'nonnative', 'user have no login, he open directly the url of the private report. which response is correct', R401),

  // ── 403: authenticated but not allowed, existence not secret (role, scope, tenant, IP allowlist) ──
  w('403', 'sre', 'logged in fine but acct doesnt have the billing-admin role, hits /billing/export. the page isnt a secret. code pls', R403),
  w('403', 'sre', 'token valid, scope is read only, client sends a DELETE. which one', R403S),
  w('403', 'sre', 'new svc ip isnt on the allowlist yet so its calls w/ a perfectly valid key get rejected. what do we send back', R403IP),
  w('403', 'sre', 'valid key, token isnt expired, but 10.4.2.9 isnt in the customers ip allowlist. gw says 401. correct response?', R403IP),
  w('403', 'sre', 'authd user hitting /admin, not an admin. /admin is in our public docs anyway. 403 or 404', R403),
  w('403', 'sre', 'incident 4412, pager went off at 3am, ugh. user is logged in ok but never had access to the ops workspace, the workspace shows up in the directory for everyone. what should we return', R403),
  w('403', 'api', 'The token is valid but lacks the `orders:write` scope. What is the right response per RFC 6750?', R403S),
  w('403', 'api', "An authenticated user tries to edit a document they can view but not edit. The document's existence isn't confidential. Response?", R403),
  w('403', 'api', 'A member of tenant A requests a project of tenant B. Project names are listed publicly in our marketplace, so hiding is not needed. Which code?', R403T),
  w('403', 'api', "The user is authenticated; RBAC says `viewer` can't POST /deployments. We don't hide that endpoint. What do we send?", R403),
  w('403', 'api', 'A logged-in user tries to cancel somebody else\'s order in the same shop. Order numbers are printed on public receipts, so existence is not sensitive. Which code?', R403),
  w('403', 'support', 'customer is logged in and sees the project in the list, but clicking settings tells them they need the owner role. what should the server return', R403),
  w('403', 'support', 'a guest user (logged in, read-only) tries to invite people to the workspace. what do we respond with', R403),
  w('403', 'support', "she says 'but im logged in!' and yes her session is fine, she just isnt an admin of that workspace (she can see it in her sidebar) and tries to change its billing settings. what code", R403),
  w('403', 'security', 'An authenticated service account calls an internal admin endpoint it was never granted; the endpoint is publicly documented. What should we respond?', R403),
  w('403', 'security', 'Re-authenticating will not change anything here: the user is known, they simply lack permission for this action, and the resource is no secret. 403 or 404?', R403),
  w('403', 'security', 'The bearer token is unexpired and correctly signed but carries only the `profile` scope, and it is used on /payments. Which code goes with the WWW-Authenticate error?', R403S),
  w('403', 'nonnative', 'user is login correctly but he is not in the group which can see this report, and everybody know this report exist. which code?', R403),
  w('403', 'nonnative', 'token is good one but the scope inside it not include write. what the server should reply', R403S),
  w('403', 'nonnative', 'the user is authenticated but his role is only reader and he try to delete the file. which response we must send', R403),

  // ── 404: never existed / mistyped; hidden existence; deleted without known permanence ───────────
  w('404', 'sre', 'typo in the url, /v2/ordrs instead of /v2/orders. what do we send back', R404),
  w('404', 'sre', 'customer deleted the bucket last night, soft delete, they can undelete w/in 30d. code pls', R404U),
  w('404', 'sre', 'client asks for user id 99999 which never existed. which one', R404),
  w('404', 'sre', 'non-staff are hitting /internal/flags/rollout-7, they shouldnt learn it exists. gw gives 403 rn, should it', R404H),
  w('404', 'sre', 'old blog post got deleted in the cleanup, nobody said its gone forever. 404 or 410', R404U),
  w('404', 'sre', 'the dashboard was deleted this morning b/c of the migration, not sure yet if permanent, might get restored thru the backup. what do we return meanwhile', R404U),
  w('404', 'api', 'We soft-delete records and keep them for 90 days in case of restore. What should a GET return after the deletion?', R404U),
  w('404', 'api', "For private repositories we don't want to confirm to a logged-in non-member that the repo exists. What do we return?", R404H),
  w('404', 'api', 'The route /v3/widgets was never implemented but some clients call it anyway. Correct response?', R404),
  w('404', 'api', "The object was removed from storage, but we haven't decided whether the deletion is final. 404 or 410?", R404U),
  w('404', 'support', 'customer typed the link wrong, missing a letter. what should our page give them', R404),
  w('404', 'support', "the merchant took the product off the catalog but said maybe they'll put it back next season. what should the product url return now", R404U),
  w('404', 'support', 'a logged in user from another company guesses our customers invoice url. invoice ids are confidential. what should they get', R404H),
  w('404', 'support', "customer deleted their account, there's a 14 day grace period in which they can reactivate. what should their profile url return during that time", R404U),
  w('404', 'security', 'Authenticated but unauthorized users must not be able to enumerate account IDs. What response prevents that when they request an account that does exist?', R404H),
  w('404', 'security', "For private objects, 'exists but not yours' and 'doesn't exist' must look identical to the caller. Which code do both get?", R404H),
  w('404', 'security', 'the doc exists, the caller is logged in but isnt allowed, and we treat doc ids as confidential. 403 would leak that it exists, right? so what then', R404H),
  w('404', 'nonnative', 'the page was never existing and user try to open it. what code server give?', R404),
  w('404', 'nonnative', 'we delete the article but maybe we bring it back later, it is not decided. which code now?', R404U),
  w('404', 'nonnative', 'user is login but he is not member of the private group, and we dont want he know the group is exist. which code?', R404H),

  // ── 410: intentionally and permanently removed ──────────────────────────────────────────────
  w('410', 'sre', 'killed the v1 api for good last quarter, sunset done, never coming back. what do we send back on /v1/*', R410),
  w('410', 'sre', 'campaign landing page is dead for good, marketing wants google to drop it fast. which one', R410),
  w('410', 'sre', 'confirmed w/ product: /beta/labs is gone permanently, no redirect. what do we return', R410),
  w('410', 'api', 'We have permanently decommissioned the /legacy/search endpoint and there is no forwarding address. Which code?', R410),
  w('410', 'api', 'The record was hard-deleted on purpose: purged and unrecoverable. 404 or 410 for a GET?', R410),
  w('410', 'api', 'A limited-time offer page ended and was intentionally taken down for good. Should it be 404 or 410?', R410),
  w('410', 'support', 'customer asked us to delete their shared album permanently, it is purged and will never return. what should the album link return', R410),
  w('410', 'support', "the old help article was retired on purpose and won't be coming back. what should people get when they open it", R410),
  w('410', 'security', 'The deprecated /oauth/v1/token endpoint was shut down permanently after the migration, as announced. Clients still call it. Correct response?', R410),
  w('410', 'security', 'We retired the v0 webhook receiver permanently; it needs no auth, and anyone hitting it should learn it is gone for good. Code?', R410),
  w('410', 'nonnative', 'we remove the old api version forever, it will not come back never. which code is correct?', R410),
  w('410', 'nonnative', 'the product page is deleted by purpose and this is final, we will not restore it. 404 or 410?', R410),

  // ── knowledge ────────────────────────────────────────────────────────────────────────────────
  k('sre', 'which rfc has the status codes now, still 7231?', /9110/, 'RFC 9110 obsoletes RFC 7231 and defines the status codes'),
  k('api', 'Is RFC 7231 still the current reference for HTTP status semantics, or has it been replaced?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('nonnative', 'which document is defining 401, 403 and 404 today?', /9110/, 'RFC 9110 §15.5 defines the client error codes'),
  k('api', 'What header must a 401 response carry?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST send a WWW-Authenticate header'),
  k('security', 'Is it OK to send a 401 without a WWW-Authenticate challenge?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send WWW-Authenticate'),
  k('sre', 'whats the actual diff between 401 and 403', /authenticat|credential/i, 'RFC 9110 §15.5.2/§15.5.4: 401 is missing or invalid credentials, 403 a refusal of a known caller'),
  k('support', 'if a user gets a 403, will logging in again fix it?', /re-?authenticat|not help|won.?t help|will not|permission|credential/i, 'RFC 9110 §15.5.4 and the seed: re-authenticating will not change a 403'),
  k('security', 'When is it acceptable to return 404 for a resource that actually exists?', /hid|conceal|existence|reveal/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the resource may answer 404'),
  k('sre', 'can we send 404 instead of 403 on purpose? is that allowed', /hid|conceal|existence|reveal/i, 'RFC 9110 §15.5.4: 404 may be used to hide the existence of a forbidden resource'),
  k('api', 'What does 410 Gone communicate that 404 does not?', /permanent/i, 'RFC 9110 §15.5.11: 410 means the removal is likely permanent'),
  k('nonnative', 'what is meaning of 410 code?', /permanent|no longer available/i, 'RFC 9110 §15.5.11: access no longer available and likely permanent'),
  k('api', 'Is a 410 response cacheable by default?', /heuristic|cacheable/i, 'RFC 9110 §15.5.11: 410 is heuristically cacheable by default'),
  k('sre', 'can a cdn cache our 404s w/o explicit cache headers', /heuristic|cacheable/i, 'RFC 9110 §15.5.5: 404 is heuristically cacheable by default'),
  k('security', 'Does a 404 say whether the missing resource is gone temporarily or permanently?', /410|temporar|permanent/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the absence is temporary or permanent'),
  k('api', 'Which RFC 6750 error code goes with a token that lacks the required scope, and what status?', /insufficient_scope|403/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', 'what error code goes in WWW-Authenticate for an expired bearer token', /invalid_token/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401'),
  k('security', 'What status accompanies the invalid_token error in RFC 6750?', /401/, 'RFC 6750 §3.1: invalid_token SHOULD be 401'),
  k('nonnative', 'insufficient_scope error, it go with which status?', /403/, 'RFC 6750 §3.1: insufficient_scope SHOULD be 403'),
  k('api', 'Which RFC defines the bearer token error codes like invalid_token?', /6750/, 'RFC 6750 §3.1 defines invalid_request, invalid_token, insufficient_scope'),
  k('security', 'Per RFC 6750, what status goes with the invalid_request error?', /400/, 'RFC 6750 §3.1: invalid_request SHOULD be 400'),
  k('sre', 'someone wants to use 403 for rate limiting, is that right', /429/, 'rate limiting is 429 Too Many Requests (RFC 6585), not 403'),
  k('support', 'what code should a customer get when they send too many requests too fast', /429/, 'RFC 6585 §4: 429 Too Many Requests'),
  k('api', 'Which section of RFC 9110 defines 403 Forbidden?', /15\.5\.4/, 'RFC 9110 §15.5.4'),
  k('security', 'Where in RFC 9110 is 401 Unauthorized defined?', /15\.5\.2/, 'RFC 9110 §15.5.2'),
  k('nonnative', 'in which section of rfc 9110 is the 410 gone?', /15\.5\.11/, 'RFC 9110 §15.5.11'),
  k('support', 'should a client keep retrying after a 403', /not retry|don.?t retry|no retry|stop|permission|administrator|admin/i, 'seed: do not retry a 403 without a change in permissions'),
  k('sre', 'what usually causes a spike of 403s in the logs', /role|rbac|scope|allowlist|tenant|permission/i, 'seed: RBAC mismatches, tenant isolation, insufficient scope, IP allowlists'),
  k('support', 'why would a search engine care whether we send 404 or 410', /permanent|delist|index|faster/i, 'seed and RFC 9110 §15.5.11: 410 tells crawlers the removal is permanent, so they delist faster'),
  k('api', 'What is a soft 404 and why avoid it?', /200/, 'seed: a soft 404 returns 200 with "not found" content, and search engines index it'),
  k('nonnative', 'the 401 is called unauthorized, so it means user has no permission?', /authenticat|credential/i, 'RFC 9110 §15.5.2: 401 is about missing or invalid authentication credentials, not permission'),

  // ── open: the decisive fact is missing ───────────────────────────────────────────────────────
  open('sre', 'req to /v2/invoices/88 gets rejected by the auth layer. 401 or 403? thats all i know', /credential|authenticat|logged in|token|valid/i, 'RFC 9110 §15.5.2/§15.5.4: depends on whether valid credentials were sent'),
  open('support', 'customer cant open a page and I dont know if they were signed in. which code should they get, 401 or 403', /credential|authenticat|logged in|signed in|session/i, 'RFC 9110 §15.5.2/§15.5.4: depends on whether the caller is authenticated'),
  open('api', "A logged-in user asks for /teams/9 and we haven't checked whether team 9 exists. 403 or 404?", /exist/i, 'RFC 9110 §15.5.4/§15.5.5: depends on whether the team exists (and whether it must be hidden)'),
  open('nonnative', 'user is login and ask for a document, he has no right for it. we have not decided if the document existence is secret. 403 or 404?', /hid|secret|confidential|reveal|existence/i, 'RFC 9110 §15.5.4: 403, or 404 if its existence must be hidden from this caller'),
];

export const UNSEEN_QUESTIONS: readonly EvalQuestion[] = DRAFTS.map((draft, index) => ({ ...draft, id: index + 1 }));
