import { type Draft, type EvalQuestion, k, open, w } from '../questions';

/**
 * Issue #13's fifth evaluation ("fresh4"), written on 2026-12-05 before any change to the code of that
 * session and without reading how the code parses or the earlier sets' questions. It asks in the voices
 * the issue lists (incident-channel shorthand, API designers, support staff, security reviewers,
 * English as a second language), with noise (curl lines, JSON log lines, stack traces, URLs), multi-
 * sentence messages, hedges and negations, situations the earlier sets may not cover (plans, feature
 * flags, suspended accounts, unverified email, password resets, hard deletes, GDPR purges, sunset
 * endpoints, archived-but-restorable content), "depends" questions where the decisive fact is open, and
 * knowledge questions (RFC numbers and sections, 401 vs 403, WWW-Authenticate, RFC 6750 error codes,
 * caching of 404/410, hiding existence, rate limiting is 429, the seed's scenarios).
 * Same shape and rules as ../questions.ts: each carries its expected verdict and a one-line reason from
 * RFC 9110, RFC 6750 or the seed; open and knowledge questions carry the fact the answer must mention.
 *
 * It was split once at random into a tuning half and a held-aside half (./split.json). Do not edit a
 * question to make it pass.
 */

export type Fresh4Question = EvalQuestion;

const R401 = 'RFC 9110 §15.5.2: the request lacks valid credentials → 401';
const R401E = 'RFC 9110 §15.5.2: the session or credentials ended (logout, timeout, reset, revocation) → no valid credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, invalid for other reasons) → 401';
const R401O = 'protocol order: authentication is decided first; without valid credentials → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; the caller is known → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R403IP = 'seed: an IP allowlist blocking a caller is a 403 scenario';
const R403T = 'seed: tenant isolation violation with nothing to hide → 403';
const R403R = 'seed: authenticated but lacking the required permission or role → 403';
const R404H = 'RFC 9110 §15.5.4 / seed: to hide whether the resource exists, answer 404';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when the removal is known to be permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: intentionally and permanently removed → 410 (seed: helps crawlers delist faster)';

const HIDDEN = /hid|exist|reveal|confiden|secret|leak|disclos/i;
const PERMANENT = /permanent|for good|forever/i;
const AUTHENTICATED = /authenticat|credential|log(?:ged)? ?in|sign(?:ed)? ?in|token/i;


const DRAFTS: readonly Draft[] = [
  // ── 401: no credentials at all ────────────────────────────────────────────────────────────────
  w('401', 'sre', 'spike of 403s on /api/v3/invoices and every one of them has labels.auth=none. what should those be', R401),
  w('401', 'sre', 'curl -s https://api.example.com/v1/users/42 (no headers at all) gets a 403 from us atm. correct?', R401),
  w('401', 'api', 'For endpoints that require login: if the caller never authenticated, do we respond 403 or 401?', R401),
  w('401', 'nonnative', 'if request has no cookie and no token, which code is correct please?', R401),
  w('401', 'nonnative', 'user not sign in yet and he call /api/profile, we return what?', R401),
  w('401', 'support', 'a customer opens the invoice link from an email while not logged in. what should they get, 403?', R401),
  w('401', 'sre', 'prod: mobile app v4.2 sends an empty Authorization header and the backend answers 403 Forbidden. whats right', R401),
  w('401', 'sre', 'svc-to-svc call arrives w/o the mtls cert and w/o a token, what should the api layer reply', R401),
  w('401', 'security', 'Pen test finding: unauthenticated requests to /internal/admin get 403. What should they get instead?', R401),
  w('401', 'api', 'anonymous caller, no api key, hits a private endpoint. respond with?', R401),
  w('401', 'security', 'anonymous request (no token) to a private doc that was deleted last week. 401 or 404', R401O),
  w('401', 'sre', 'ingress strips the auth header so the backend sees no creds; what status is correct from the backend', R401),
  // ── 401: credentials present but not valid ───────────────────────────────────────────────────
  w('401', 'api', 'What status should the API respond with when the Authorization header is present but the token signature check fails?', R401T),
  w('401', 'api', 'Should an unknown API key (never issued by us) produce 401 or 403?', R401),
  w('401', 'api', 'basic auth with a username that isnt in our db at all. 401 or 404 (user not found)?', R401),
  w('401', 'security', 'bearer token audience claim is for another api so we reject it as an invalid token. code?', R401T),
  w('401', 'sre', 'api key was rotated last night, the old key is still hitting us from a lambda. 401 or 403', R401),
  w('401', 'api', 'jwt has exp in the past but the signature is fine. respond with?', R401T),
  w('401', 'sre', 'wrong pw on basic auth, gw returns 403. should it', R401),
  w('401', 'nonnative', 'the token is expire since yesterday, server must answer 403?', R401T),
  w('401', 'sre', 'cookie expired at midnight, early morning users all getting 403 on /home. should be?', R401E),
  // ── 401: ended sessions, revoked tokens ──────────────────────────────────────────────────────
  w('401', 'support', 'customer says she logged out, pressed back and reloaded the dashboard and got a forbidden page. is that the right code?', R401E),
  w('401', 'security', 'access token revoked by the admin after the laptop was stolen; later requests with it should get which status', R401T),
  w('401', 'sre', 'idle timeout killed the session, user clicks a link to /reports/77 → what code', R401E),
  w('401', 'security', 'refresh token reuse detected so we killed the whole token family. what do later calls with those access tokens get', R401T),
  w('401', 'support', "user's password was reset by IT and his old session no longer works, the app shows 403. should it be something else", R401E),
  w('401', 'security', 'session id invalidated server side after a password change; the browser still sends the old cookie. status?', R401E),
  w('401', 'nonnative', 'after logout the user still use old token and we get the request, which status code I should return?', R401E),
  w('401', 'security', 'the token was revoked and the resource doesnt exist anymore either. which one wins', R401O),
  w('401', 'sre', 'its not that the token is missing, it expired an hour ago. 401 or 403', R401T),
  w('401', 'sre', 'Stack: AuthError: TokenExpiredError: jwt expired\n    at verify (/app/node_modules/jsonwebtoken/verify.js:152:21)\n — and we map this to 403. right code?', R401T),
  w('401', 'api', 'We sign users out after 8 hours. A request that comes in with the stale session cookie afterwards gets which response?', R401E),
  w('401', 'nonnative', 'session is finish because timeout, user click again, we send 403 now. it is wrong?', R401E),
  // ── 403: roles and permissions ───────────────────────────────────────────────────────────────
  w('403', 'sre', 'logged-in user w/o the billing-admin role hits POST /billing/refunds. what do we send back', R403R),
  w('403', 'sre', 'new hire started today, can log in fine but gets denied on the wiki b/c no role assigned yet. what status', R403R),
  w('403', 'support', 'ticket: customer logged in as viewer tries to delete a project and gets 404. should that be 403?', R403R),
  w('403', 'api', 'read-only user sends PUT /settings. 403 yes?', R403),
  w('403', 'nonnative', 'user is login ok but he dont have permission for this page, 403 or 404 is better?', R403R),
  w('403', 'sre', '403s on /admin after the rbac policy change at 14:02, users are logged in. is 403 right or should it be 404', R403R),
  w('403', 'sre', '{"user.id":"u-17","user.roles":["viewer"],"url.path":"/api/admin/users","labels.auth":"session"} 401 or 403?', R403R),
  w('403', 'sre', 'event.reason says "missing role: billing-admin" and labels.auth=bearer. right status?', R403R),
  w('403', 'api', 'user can view the project but not edit it; they send PATCH. which one', R403),
  w('403', 'support', 'the user is authenticated, re-logging in doesnt help, they just arent in the group. code?', R403),
  w('403', 'nonnative', 'we know who is the user, token ok, but he is not owner of the file and we dont care if he know it exist, what code we must send?', R403),
  w('403', 'support', 'customer is signed in, the invoice exists, but invoices are only visible to account owners and she is just a member. what should the page show: 403 or 404', R403R),
  w('403', 'api', 'sso user whose account was suspended by their admin; idp login works but our app has them disabled. code', R403),
  w('403', 'api', 'logged in, but email not verified yet and the endpoint requires a verified email. which code', R403),
  w('403', 'security', 'the user isnt unauthenticated, he has a valid session, he just has no access to /admin. code', R403),
  w('403', 'sre', 'not a login issue. valid session, missing permission on the project. what should the svc return', R403R),
  w('403', 'support', "user's logged in and the page definitely exists, the team owner just didn't invite them. what status?", R403),
  w('403', 'api', 'token valid, user valid, but the org admin switched off API access for the whole org. code?', R403),
  // ── 403: scopes ──────────────────────────────────────────────────────────────────────────────
  w('403', 'api', 'authenticated, valid token, scope is read:orders and the endpoint needs write:orders. code?', R403S),
  w('403', 'sre', 'token is fine, just missing the admin scope. 401 or 403', R403S),
  w('403', 'api', 'client_credentials token w/o payments:write calls POST /payments. whats the right response', R403S),
  w('403', 'sre', 'cron job w/ a valid token that lacks a scope keeps retrying, it currently gets 401. right?', R403S),
  w('403', 'security', 'we put error="insufficient_scope" in the WWW-Authenticate header. which status goes with that response', R403S),
  w('403', 'nonnative', 'the api key is correct but it have only read permission and client try to write. answer code?', R403),
  w('403', 'api', 'read-only api key tries DELETE /v1/webhooks/12, which exists. what code', R403),
  w('403', 'sre', 'partner integration token created without the reports scope, calls /reports/daily. 404 or 403', R403S),
  // ── 403: tenants ─────────────────────────────────────────────────────────────────────────────
  w('403', 'api', 'user from tenant acme tries GET /orgs/globex/projects/9; the project exists and we have no policy to hide it. code', R403T),
  w('403', 'api', "Authenticated partner tries to read another partner's shipment at /partners/p2/shipments/55; the shipment exists and it's fine if they know that. What should we return?", R403T),
  w('403', 'sre', 'user w/ valid session hits /tenants/t-9/reports but his org is t-4. no need to hide anything. what code', R403T),
  w('403', 'security', 'cross-tenant read attempt by a logged in user, the resource id is not sensitive. status', R403T),
  // ── 403: IP allowlists, plans, feature flags ─────────────────────────────────────────────────
  w('403', 'sre', 'our office ip changed and now the admin panel blocks us, we are logged in. is 403 right for allowlist blocks', R403IP),
  w('403', 'api', 'the api key is valid but the request comes from an ip not on the allowlist. which code', R403IP),
  w('403', 'sre', 'new egress ip for the batch svc, not in the allowlist yet, creds are fine. what do we send back', R403IP),
  w('403', 'security', 'ip allowlist block: 401 or 403?', R403IP),
  w('403', 'nonnative', 'the client have good api key but his ip is not in our white list. which status?', R403IP),
  w('403', 'api', 'free plan customer, authenticated, calls the export endpoint that only enterprise has. 403 or 404 (they know the feature exists from the pricing page)', R403),
  w('403', 'api', 'feature flag is off for this account, user is logged in and calls /beta/reports; the feature is public knowledge. what do we return', R403),
  w('403', 'support', 'customer on the basic plan, logged in, clicks "audit log" which is a pro feature. what status should the api give', R403),
  // ── 403: negated hiding ──────────────────────────────────────────────────────────────────────
  w('403', 'security', 'no, the resource isnt secret, anyone may know it exists; the user just lacks the role. so?', R403R),
  w('403', 'api', 'we dont need to hide that the project exists. caller is signed in but not a member. status?', R403),
  w('403', 'sre', 'not deleted, not missing. user is logged in and lacks permission. which', R403R),
  w('403', 'nonnative', 'the document is there, not secret, user have valid login but not the right role. give me the code', R403R),
  // ── 404: nothing there ───────────────────────────────────────────────────────────────────────
  w('404', 'api', 'GET /v1/orders/999999 and there is no such order in the db. 404 yes?', R404),
  w('404', 'sre', 'typo in the url, /v1/ordres. code', R404),
  w('404', 'api', 'user is authenticated and asks for a project id that never existed. 403 or 404', R404),
  w('404', 'nonnative', 'the user try to open page that never exist in our site, which code server give?', R404),
  w('404', 'sre', 'scanners probing /wp-login.php and /.env, we dont run wordpress. what status should they see', R404),
  w('404', 'api', 'parent exists but the child doesnt: /customers/12/addresses/99. code', R404),
  w('404', 'security', 'authenticated admin requests /users/abc-123 and that user was never created. 403 or 404', R404),
  w('404', 'support', 'user typed the link from a printed flyer wrong. which code do they get', R404),
  w('404', 'sre', 'admin token, valid, requests /orders/abc; the id format is fine but nothing is stored under it. code', R404),
  w('404', 'api', 'the token isnt expired and has every scope, but the item was never created. what should we answer', R404),
  w('404', 'sre', 'not a permissions problem at all: the id just doesnt exist. code', R404),
  w('404', 'api', 'client calls /v2/widgets but only /v1/widgets is deployed, there never was a v2. status?', R404),
  w('404', 'sre', 'route got dropped in the last deploy by mistake, we will add it back in the hotfix. what does the server answer meanwhile', R404),
  w('404', 'nonnative', 'client ask for /products/abc but we have not this product and never had. 404 or 403?', R404),
  w('404', 'sre', 'https://shop.example.com/cart/xyz → nothing matches that route at all. what code', R404),
  // ── 404: removal not known to be permanent ───────────────────────────────────────────────────
  w('404', 'sre', 'doc was deleted an hour ago, we might restore it from backup, not decided. what should it return', R404U),
  w('404', 'api', 'soft-deleted record, sits in the trash for 30 days and can be restored. what code for GET', R404U),
  w('404', 'sre', 'deleted, not sure yet if its for good. 404 or 410?', R404U),
  w('404', 'support', 'campaign page taken down temporarily for a legal review, customers are hitting it. 410?', R404U),
  w('404', 'nonnative', 'we delete the product but maybe we put it back next season, is 410 correct?', R404U),
  w('404', 'sre', 'image removed from the cdn, it might get re-uploaded. 410 ok?', R404U),
  w('404', 'sre', 'user deleted it just now, the undo button works for 30 days. code for the url meanwhile', R404U),
  w('404', 'api', 'the page is not permanently gone, we just unpublished it. 410?', R404U),
  w('404', 'support', 'we are NOT sure the removal is permanent, the owner may re-publish. which status for the old link', R404U),
  w('404', 'sre', 'maybe deleted, maybe never existed, we cant tell from the db. code?', R404),
  w('404', 'api', 'i think it is permanently gone but product hasnt confirmed yet. 410 or 404 for now', R404U),
  w('404', 'nonnative', 'article removed but maybe it come back after we fix the text. which code is good?', R404U),
  // ── 404: hidden existence, confidentiality ───────────────────────────────────────────────────
  w('404', 'security', 'private repo, non-member asks for it, we dont want outsiders to learn it exists. 403 or 404', R404H),
  w('404', 'security', 'returning 403 on /users/{id} lets attackers enumerate valid ids. what should callers without access get', R404H),
  w('404', 'support', "customer asks for an order id from another account; our policy is never to confirm other accounts' orders exist. what do we answer", R404H),
  w('404', 'api', 'feature is unreleased and must stay invisible to customers; a curious user guesses /beta/insights. which code', R404H),
  w('404', 'security', 'hr documents: employees who arent in hr must not even learn the file id is real. status for them?', R404H),
  w('404', 'sre', 'tenant isolation, but our policy says cross tenant lookups must never confirm the resource exists. code', R404H),
  w('404', 'security', "the api shouldn't reveal whether an email address is registered. GET /users/by-email/x from a caller without rights gets?", R404H),
  w('404', 'support', 'customer who isnt in the beta opens the beta url; we keep beta features secret. code?', R404H),
  w('404', 'security', 'user is authenticated; the incident report is confidential and he has no access to it. what should he see', R404H),
  w('404', 'nonnative', 'resource is secret, other users must not know it is there. user without access request it, what code?', R404H),
  w('404', 'security', 'security review: we would rather not disclose which project ids are real to people outside the org. what should a logged-in outsider get', R404H),
  w('404', 'api', 'Invite-only workspaces. For a signed-in user who is not invited, the workspace should look like it does not exist. Which status code?', R404H),
  w('404', 'sre', 'valid token, wrong tenant, and the ids are treated as confidential. what code pls', R404H),
  // ── 410: removed intentionally and permanently ───────────────────────────────────────────────
  w('410', 'sre', 'we killed the /v1 api for good last quarter and clients still hit it. what should they get', R410),
  w('410', 'support', 'blog post permanently removed on purpose, we want google to drop it fast. code?', R410),
  w('410', 'api', 'product discontinued, page intentionally removed forever. 404 or 410', R410),
  w('410', 'security', 'user deleted their account under gdpr, data purged permanently, the profile url still gets traffic. what status', R410),
  w('410', 'nonnative', 'we remove this page for always and it never come back, what code is best?', R410),
  w('410', 'support', 'the promo ended and its landing page is gone permanently, on purpose. customers click old links. which code?', R410),
  w('410', 'sre', 'retired endpoint /v2/legacy-search, decommissioned on purpose, no replacement ever. 404 or 410', R410),
  w('410', 'api', 'hard delete, no backups kept, the id will never be reused. GET returns?', R410),
  w('410', 'security', 'we purged the leaked document permanently and want it out of search indexes asap, which code', R410),
  w('410', 'sre', 'old docs site intentionally taken down for good, links from stackoverflow still point there. what do we serve', R410),
  w('410', 'sre', 'webhook v1 endpoint sunset permanently on 2026-06-01, callers still calling it. what do we return', R410),
  w('410', 'nonnative', 'the file is deleted by purpose and it will not exist again, 404 is ok or other?', R410),
  w('410', 'sre', 'deleted for good, not coming back, still 404 in the logs. should it be different?', R410),
  w('410', 'api', 'resource tombstoned permanently after retention expired. which code for it', R410),
  w('410', 'sre', '{"url.path":"/catalog/sku-1234","removed":"permanent","why":"discontinued"} what code for this path', R410),
  w('410', 'support', 'we retired the old help center on purpose and will never bring it back. what should the old urls answer', R410),
  w('410', 'api', 'The v2 SDK download was withdrawn deliberately and permanently. What status should requests for it get?', R410),
  // ── multi-sentence messages and noise ──────────────────────────────────────────────────────
  w('403', 'sre', 'incident #4411. since 09:10 partner X gets 403 on every call. their token is valid but it was minted without the invoices:read scope. is 403 the correct code here?', R403S),
  w('401', 'sre', 'GET /api/v2/files/8812 HTTP/1.1\nAuthorization: Bearer eyJhbGciOi... (expired)\n→ we answer 403. should it be something else?', R401T),
  w('401', 'api', 'Error: Request failed with status code 403\n    at createError (node_modules/axios/lib/core/createError.js:16:15)\nThe caller sent no Authorization header at all. What should we have returned?', R401),
  w('404', 'support', 'Hi team, a customer cannot open https://app.example.com/projects/551. She is logged in. The project was deleted by its owner yesterday and they said they might restore it. What status should she see?', R404U),
  w('404', 'security', 'Audit note: /exports/{id} currently returns 403 to signed-in users of other orgs, which confirms the export exists. Exports are sensitive. What should it return?', R404H),
  w('403', 'nonnative', 'Hello, our customer have valid token but the token is for other tenant, and the data of that tenant is not secret. What code is correct?', R403T),
  w('410', 'api', 'designing DELETE semantics: after a hard delete with no way back, what should a later GET /things/{id} return?', R410),
  w('401', 'sre', 'svc acct key revoked thru the console yesterday b/c it leaked, batch jobs still use it. whats the correct code', R401T),
  w('401', 'security', 'WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired" — which status code should carry this header', R401T),
  w('403', 'api', 'a user with a valid session asks for /settings/billing; billing settings exist but only owners may open them, and that is documented. which code', R403R),
  w('410', 'nonnative', 'we stop the old api version forever by decision, but requests still come. we answer with which code?', R410),
  w('410', 'sre', 'the 404s on /old-pricing are intentional, that page was removed for good 2 yrs ago. is 404 fine or is there a better code', R410),
  w('403', 'sre', 'ERROR 2026-12-04T03:12:55Z authz denied user=u-88 role=support action=refund.create — user is logged in. what status do we emit', R403R),
  w('404', 'api', 'POST /v1/search returns results; GET /v1/search/saved/77 — no saved search 77 exists for anyone. status?', R404),
  // ── open: the decisive fact is not given ─────────────────────────────────────────────────────
  open('sre', 'content removed. 404 or 410?', PERMANENT, 'RFC 9110 §15.5.11: 410 only if the removal is intentional and permanent'),
  open('api', 'should a deleted resource be 404 or 410', PERMANENT, 'RFC 9110 §15.5.11: depends on whether the removal is permanent'),
  open('nonnative', 'the resource is removed, I should use 404 or 410, it depends on what?', PERMANENT, 'RFC 9110 §15.5.11'),
  open('support', 'the product page is gone now. which status: 404 or 410?', PERMANENT, 'RFC 9110 §15.5.11'),
  open('sre', 'request to /admin gets denied, 401 or 403? we dont know yet if it carried a token', AUTHENTICATED, 'RFC 9110 §15.5.2/§15.5.4: depends on whether valid credentials were sent'),
  open('api', 'our api returns 403 to some callers; would 401 be better?', AUTHENTICATED, 'RFC 9110 §15.5.2: 401 when the request lacks valid credentials'),
  open('security', 'user without access asks for a private project. 403 or 404?', HIDDEN, 'RFC 9110 §15.5.4: 404 if existence must stay hidden, else 403'),
  open('api', 'user denied access to a file. should we return 403 or 404', HIDDEN, 'RFC 9110 §15.5.4: depends on whether the file\'s existence may be revealed'),
  open('nonnative', 'user cannot access the document, 401 or 403 which one?', AUTHENTICATED, 'RFC 9110 §15.5.2/§15.5.4: depends on whether the user authenticated'),
  open('support', 'customer gets blocked from a page. 401 or 403 is right?', AUTHENTICATED, 'RFC 9110 §15.5.2/§15.5.4: depends on whether the customer was logged in'),
  open('security', 'caller not allowed to see the record; 403 or 404? depends?', HIDDEN, 'RFC 9110 §15.5.4'),
  open('sre', 'svc retired the endpoint. 404 vs 410', PERMANENT, 'RFC 9110 §15.5.11'),
  // ── knowledge: RFCs ──────────────────────────────────────────────────────────────────────────
  k('sre', 'which rfc defines http status codes these days', /9110/, 'RFC 9110 §15'),
  k('api', 'is rfc 7231 still the reference for 403?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('security', 'what rfc is the bearer token one', /6750/, 'RFC 6750'),
  k('nonnative', 'which rfc I must read for the http status code?', /9110/, 'RFC 9110'),
  k('api', 'is 2616 dead? what replaced it for status code semantics', /9110/, 'RFC 9110 obsoletes RFC 2616 and 7231'),
  k('api', 'where in rfc 9110 is 410 Gone defined', /15\.5\.11|9110/, 'RFC 9110 §15.5.11'),
  k('security', 'what section of the http semantics rfc covers 403', /15\.5\.4|9110/, 'RFC 9110 §15.5.4'),
  k('security', 'oauth scope errors, which rfc describes them', /6750/, 'RFC 6750 §3.1'),
  // ── knowledge: 401 vs 403 ────────────────────────────────────────────────────────────────────
  k('api', 'whats the difference between 401 and 403 in one line', /authenticat|credential/i, 'RFC 9110 §15.5.2/§15.5.4'),
  k('sre', 'is 401 about authz or authn', /authenticat/i, 'RFC 9110 §15.5.2'),
  k('api', 'what does 401 stand for', /unauthori[sz]ed|authenticat/i, 'RFC 9110 §15.5.2'),
  k('support', 'what is the name of status 403', /forbidden/i, 'RFC 9110 §15.5.4'),
  k('support', 'will logging back in fix a 403?', /not|won.?t|permission|admin/i, 'seed: re-authenticating will not change the outcome'),
  k('api', 'can the server refuse with 403 even when the credentials are fine', /permission|refus|authori/i, 'RFC 9110 §15.5.4'),
  k('nonnative', 'what is the meaning of 403 forbidden exactly?', /permission|refus|authori/i, 'RFC 9110 §15.5.4'),
  k('security', 'why say 401 instead of 403 for missing creds, does it matter', /authenticat|credential|WWW-Authenticate/i, 'RFC 9110 §15.5.2'),
  k('api', 'does a 403 tell the client who it is? like, is the identity known', /authenticat|know|identit|permission/i, 'seed: the server knows who the client is'),
  k('nonnative', 'the 401 and the 403, what is the difference please?', /authenticat|credential/i, 'RFC 9110 §15.5.2/§15.5.4'),
  // ── knowledge: WWW-Authenticate and RFC 6750 ─────────────────────────────────────────────────
  k('api', 'must a 401 response include some header? which one', /WWW-Authenticate/i, 'RFC 9110 §15.5.2'),
  k('sre', 'what header goes out with a 401', /WWW-Authenticate/i, 'RFC 9110 §15.5.2'),
  k('api', 'whats the www-authenticate error code for a token missing a scope', /insufficient_scope/, 'RFC 6750 §3.1'),
  k('security', 'what does insufficient_scope mean and which status goes with it', /403/, 'RFC 6750 §3.1'),
  k('security', 'what does invalid_token mean', /expired|revoked|malformed|invalid/i, 'RFC 6750 §3.1'),
  k('security', 'oauth error code when the access token is expired', /invalid_token/, 'RFC 6750 §3.1'),
  k('api', 'what does invalid_request mean in the bearer spec', /400|malformed|missing|parameter/i, 'RFC 6750 §3.1: invalid_request → 400'),
  k('api', 'does the bearer rfc say to put an error in the www-authenticate header', /error|WWW-Authenticate/i, 'RFC 6750 §3'),
  // ── knowledge: 404 and 410 ───────────────────────────────────────────────────────────────────
  k('api', 'what does 410 mean', /permanent/i, 'RFC 9110 §15.5.11'),
  k('nonnative', 'what is mean exactly the 410 gone?', /permanent/i, 'RFC 9110 §15.5.11'),
  k('support', 'why is 410 better than 404 for pages we removed on purpose', /delist|faster|permanent/i, 'seed: 410 helps crawlers delist faster'),
  k('api', 'explain 404 vs 410 for an api consumer', /permanent/i, 'RFC 9110 §15.5.11'),
  k('support', 'customer got 410 gone, what does that mean for them', /permanent|removed/i, 'RFC 9110 §15.5.11'),
  k('api', 'does a 404 mean the resource never existed', /never|ever|guarantee|delet/i, 'seed: does not indicate whether it ever existed'),
  k('api', 'does 404 say whether the thing might come back later', /future|guarantee/i, 'seed: no guarantee about the future'),
  k('support', 'what does a 404 on the help page mean for the customer', /not found|find|exist|no resource/i, 'seed: no resource at the requested URL'),
  k('api', 'what should a client do when it gets a 404', /retr|surface/i, 'seed: surface the error, no automatic retry'),
  k('support', 'whats a soft 404', /200/, 'seed: returning 200 with "page not found" content'),
  k('nonnative', 'why the page not found should not return 200?', /soft|index|search/i, 'seed: search engines treat soft 404s as indexed pages'),
  k('support', 'why would google keep a deleted page listed', /404|410|crawl|delist/i, 'seed: crawlers delist after repeated 404s, faster with 410'),
  // ── knowledge: caching ───────────────────────────────────────────────────────────────────────
  k('sre', 'can a cdn cache our 404s', /Cache-Control|max-age/i, 'seed: CDNs may cache 404s if Cache-Control: max-age is present'),
  k('sre', 'is 403 cached', /not cached|per.?request/i, 'seed: 403 is not cached; permission checks are per-request'),
  k('sre', 'why shouldnt 404s be cached on dynamic routes', /CDN|cach|max-age|stale/i, 'seed: be careful with CDN 404 caching for dynamic routes'),
  k('nonnative', 'the browser can keep the 403 in cache?', /not cached|per.?request/i, 'seed: 403 is not cached'),
  k('api', 'is a 404 cacheable', /Cache-Control|max-age|cach/i, 'seed: may be cached if Cache-Control is present'),
  // ── knowledge: hiding existence ──────────────────────────────────────────────────────────────
  k('security', 'when is it fine to answer 404 for something that does exist', HIDDEN, 'RFC 9110 §15.5.4'),
  k('security', 'does 403 vs 404 leak whether the object exists', HIDDEN, 'RFC 9110 §15.5.4'),
  k('security', 'how do we stop id enumeration through status codes', /404|hid|exist|reveal/i, 'RFC 9110 §15.5.4'),
  k('api', 'what does rfc 9110 say a server can do instead of 403 if it wants to hide the resource', /404/, 'RFC 9110 §15.5.4'),
  k('nonnative', 'is ok to give 404 when the thing exist but user is not allowed?', HIDDEN, 'RFC 9110 §15.5.4'),
  k('api', 'does a 403 imply the resource exists', /exist/i, 'seed: use 403 when the resource exists but access is denied'),
  // ── knowledge: rate limiting and retries ─────────────────────────────────────────────────────
  k('api', 'which status code for rate limiting, 403?', /429/, 'RFC 6585 §4: 429 Too Many Requests (not 403)'),
  k('nonnative', 'is correct to send 403 when client make too many request?', /429/, 'RFC 6585 §4: 429 Too Many Requests'),
  k('sre', 'should our clients retry when they get a 403', /retr|permission|stop/i, 'seed: do not retry without a change in permissions'),
  k('nonnative', 'the 403 response, can the client try again?', /retr|permission|change/i, 'seed: only after fixing the underlying cause'),
  k('sre', 'whats a retry storm on 403s', /retr/i, 'seed: clients should not retry 403/404'),
  k('support', 'what do i tell a customer who gets forbidden', /permission|admin|role/i, 'seed: users should contact an administrator'),
  // ── knowledge: the seed's scenarios ──────────────────────────────────────────────────────────
  k('sre', 'what usually causes 403 spikes in access logs', /RBAC|role|scope|tenant|allowlist/i, 'seed: RBAC, tenant isolation, scopes, allowlists'),
  k('sre', 'at what point should we alert on 404s', /spike|deploy|recently|pattern/i, 'seed: alert on spikes, 200→404, patterns'),
  k('sre', 'is some level of 404 normal', /baseline|normal/i, 'seed: a baseline of 404s is normal'),
  k('api', 'what breaks if we swap 403 and 404 for convenience', /retr|cach|monitor/i, 'seed: client retry bugs, cache signals, monitoring'),
  k('sre', 'after a release the 404 rate jumped 10x on /api/*, typical cause?', /deploy|rout/i, 'seed: deployment broke routes'),
  k('sre', 'urls that were 200 last week are now 404, what is that usually', /regression|rout/i, 'seed: routing regression'),
  k('sre', 'lots of 404s on one url pattern /shop/*/old-*, what does that point to', /redirect|rout|rule/i, 'seed: broken redirect or routing rule'),
  k('sre', 'our 403s are concentrated on users first seen today, known pattern?', /role|new user/i, 'seed: a new user missing a required role'),
  k('sre', 'new service ip getting 403 everywhere, common cause?', /allowlist/i, 'seed: an IP allowlist blocking a new service IP'),
  k('sre', '403s jumped right after a policy change, what should we check first', /RBAC|role|policy/i, 'seed: RBAC policy mismatches'),
  k('security', 'what is a tenant isolation violation', /tenant|another|user B|data/i, 'seed: user A trying to access user B\'s data'),
  k('api', 'do api clients treat 403 and 404 differently', /branch|retr|semantic|expect/i, 'seed: API clients branch on the exact code'),
  k('support', 'what does 403 do for seo', /crawl|index|search/i, 'seed: crawlers interpret 403 for indexation'),
  k('api', 'whats the difference between 403 and 404 in one sentence', /forbidden|not found/i, 'seed: 403 communicates Forbidden, 404 Not Found'),
  k('nonnative', 'what is most big difference between 403 and 404?', /forbidden|not found/i, 'seed FAQ'),
  k('support', 'does a 404 mean our site is down', /not found|find|no resource|url/i, 'seed: the server cannot find a resource at the URL'),
  k('api', 'can we return 403 instead of 404 in our api', /contract|semantic|branch/i, 'seed FAQ: only when it matches contract semantics'),
  k('sre', 'do 403 and 404 matter for caching and seo at all', /cach|index|search|crawl/i, 'seed FAQ'),
  k('security', 'what does the seed say about 403 and re-authenticating', /not|won.?t|change/i, 'seed: re-authenticating will not help'),
];

export const FRESH4_QUESTIONS: readonly Fresh4Question[] = DRAFTS.map((draft, index) => ({ ...draft, id: index + 1 }));
