import { type Draft, type EvalQuestion, k, open, w } from '../questions';

/**
 * The second unseen evaluation for issue #13: 156 questions (105 "which code?", 45 knowledge, 6 that
 * leave the deciding fact open) written by a session that read neither the `ask` parser
 * (src/domain/ask, src/domain/knowledge) nor the questions of any other set, and never ran the parser
 * on them. They are typed the way people type in an on-call Slack channel: requests for a code that
 * never say "status", shorthand and typos, hedges about permanence, confidentiality, ended sessions,
 * roles / scopes / tenants / IP allowlists, and noise (incident numbers, timestamps, greetings, snippets).
 *
 * Labels follow RFC 9110 §15.5.2/§15.5.4/§15.5.5/§15.5.11, RFC 6750 §3.1 and the seed: no or invalid
 * credentials → 401 (checked first); known caller without permission, existence not secret → 403;
 * existence must stay hidden from this caller, never existed, mistyped, or removed without knowing it is
 * for good → 404; intentionally and known-permanently removed → 410.
 *
 * To be scored ONCE, as an honest measure. Do not tune on it, and do not edit a question to make it pass.
 */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401';
const R401S = 'RFC 9110 §15.5.2: an ended or expired session means no valid credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401';
const R401F = 'RFC 9110 §15.5.2: credentials are checked first; invalid credentials → 401 whatever else holds';
const R403 = 'RFC 9110 §15.5.4: the caller is known but not permitted, and existence is no secret → 403';
const R403S = 'RFC 6750 §3.1: valid token without the required scope (insufficient_scope) → 403';
const R403I = 'seed + RFC 9110 §15.5.4: IP allowlist / network policy refusing a known caller → 403';
const R403T = 'seed + RFC 9110 §15.5.4: tenant isolation with non-secret tenant/resource ids → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation (never existed, typo, wrong id) → 404';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the resource from this caller may answer 404';
const R404U = 'RFC 9110 §15.5.11: permanence not known (may be restored) → 404, not 410';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410';
const ROPEN_PERM = 'RFC 9110 §15.5.11: 410 only if the removal is known to be permanent, otherwise 404 — not stated';
const ROPEN_HIDE = 'RFC 9110 §15.5.4: 403 if the caller may know the resource exists, 404 if it must stay hidden — not stated';

const K401 = 'RFC 9110 §15.5.2: 401 = no valid authentication credentials';
const K403 = 'RFC 9110 §15.5.4: 403 = understood but refused; credentials insufficient for access';
const K404 = 'RFC 9110 §15.5.5: 404 = no current representation found, or unwilling to disclose one exists';
const K410 = 'RFC 9110 §15.5.11: 410 = intentionally gone and likely permanent';
const KHIDE = 'RFC 9110 §15.5.4: a server wishing to hide a forbidden resource may answer 404';
const KRFC = 'RFC 9110 (2022) obsoletes RFC 7231 and defines the status codes';
const KWWW = 'RFC 9110 §15.5.2 / §11.6.1: a 401 MUST carry WWW-Authenticate';
const K6750 = 'RFC 6750 §3.1: invalid_token → 401, insufficient_scope → 403, invalid_request → 400';
const KCACHE = 'RFC 9110 §15.1: 404 and 410 (among others) are heuristically cacheable by default; 401/403 are not';
const KSEO = 'seed: 410 helps crawlers delist faster than 404';
const KCLIENT = 'seed + RFC 9110 §15.5: what a client should do on each code';

const QUESTIONS: readonly Draft[] = [
  // ── 401: nothing sent, bad, expired, revoked credentials, ended sessions ──────────────────
  w('401', 'sre', 'INC-4471 partner calls hitting /v2/orders w/o any Authorization header at all. what do we send back', R401),
  w('401', 'sre', 'session cookie gone after the user logs out, they refresh /account/settings. code?', R401S),
  w('401', 'api', "If the bearer token's exp claim is already in the past, what should the endpoint respond with?", R401T),
  w('401', 'support', "Customer says their admin revoked their API key last week but their script still calls us every hour. What should those calls get back from us?", R401T),
  w('401', 'security', 'A JWT whose signature does not verify (someone edited the payload) reaches the gateway. Correct response?', R401T),
  w('401', 'nonnative', 'hello, the user is not login and he try to open the dashboard page, which code we must give?', R401),
  w('401', 'sre', "`curl -H 'Authorization: Bearer eyJhbGci...' https://api.example.com/v1/me` -> that token was minted by staging, prod doesnt recognise it. 401 or 403", R401),
  w('401', 'api', 'We revoke all access tokens when a user changes their password. The mobile app keeps sending the old one afterwards. What do we return?', R401T),
  w('401', 'support', 'hi all! quick one: a user sat idle for 30 min, the session timed out, then they clicked save and got a 403. should that have been something else?', R401S),
  w('401', 'security', "Basic auth with the wrong password on /admin. The admin area's existence is public. 401 or 403?", R401),
  w('401', 'nonnative', 'The token is expire since yesterday and client still send it to us, what is correct answer to give him?', R401T),
  w('401', 'sre', "auth proxy seeing `Authorization: Bearer ` with nothing after Bearer, ~300/min since 14:05Z. what should the proxy return", R401),
  w('401', 'api', 'Our IdP ended the SSO session (global logout). The next request the SPA makes to GET /api/me — 401 or 403?', R401S),
  w('401', 'support', 'Customer logged out on their laptop, then opened an old bookmark to one of their invoices. What should that request get, code wise?', R401S),
  w('401', 'security', 'Service account secret got rotated, the old one is invalid now, but a forgotten cron job still authenticates with it. Right code for those calls?', R401),
  w('401', 'nonnative', 'we revoke all tokens of this user, after that the mobile app call /profile with the old token. we should return 403 yes?', R401T),
  w('401', 'sre', 'GET /v1/reports 12:03:44Z approx 2k reqs from some scanner, no creds on any of them. what do we answer', R401),
  w('401', 'api', 'ok to keep returning 403 when the access token is simply missing from the request?', R401),
  w('401', 'security', 'Token expired an hour ago, and the user behind it lacks the admin role anyway. They call an admin endpoint whose existence is public. Which code first?', R401F),
  w('401', 'nonnative', 'The login session of user is finished because of timeout but browser still have page open and make API call. What code please', R401S),

  // ── 403: known caller, role / scope / tenant / IP allowlist, existence not secret ─────────
  w('403', 'sre', 'svc acct for billing-worker authenticates fine but doesnt have the invoices:write scope. code?', R403S),
  w('403', 'sre', 'new office ip isnt on the allowlist for the admin panel, users are logged in w/ valid sso. what do we send back', R403I),
  w('403', 'api', "Context: we're redesigning the permission layer for API v3 and I want the error semantics right before we ship. Scenario: an authenticated user with role 'viewer' sends `DELETE /projects/42`. Project 42 shows up in their project list, so its existence is no secret. Which response?", R403),
  w('403', 'support', 'Customer is logged in on the Free plan and opens the Analytics export, which is a paid feature listed on our pricing page. Right code?', R403),
  w('403', 'security', 'Tenant A admin (valid session) requests /tenants/B/settings. Tenant ids are in our public docs and the app shows that B exists. 403 or 404?', R403T),
  w('403', 'nonnative', "The user is login correctly but he is not member of group 'finance', and he try to open finance page which everybody know it exist. What we return?", R403),
  w('403', 'nonnative', 'Token is valid but it have only read scope, and client make POST /v1/widgets. What the API should say?', R403S),
  w('403', 'api', 'The OAuth token is valid but was issued without the admin scope, and the caller hits an admin endpoint that is in our public reference docs. Correct response?', R403S),
  w('403', 'support', "A logged-in user can see the shared folder in the list but can't open it because the owner never gave them access. What should the app return?", R403),
  w('403', 'security', 'Request comes with a valid API key but from a country we geo-block by policy. Nothing secret about the endpoint. which code', R403I),
  w('403', 'nonnative', "The user is connected with good token but his role is 'guest' and this page need 'editor'. Which code we must send?", R403),
  w('403', 'sre', 'cron box 10.4.2.17 got moved to a new subnet thats not in the ip allowlist anymore, creds are fine. gateway should return what', R403I),
  w('403', 'api', "Re-authenticating won't help here: the caller is who they say they are, they just lack permission on a resource they can see listed. 401 or 403?", R403),
  w('403', 'support', "Agent has a valid login but isn't in the Tier 2 group, and tries to open a Tier 2 ticket whose number everyone can see on the board. What should they get?", R403),
  w('403', 'security', 'Pen test finding: a regular user calls PUT /users/17/role. The user directory is visible to everyone in the org and user 17 is listed. Is 403 right here or should it be 404?', R403),
  w('403', 'nonnative', "Partner have valid key, but partner plan permit only 'read', he try write on /orders which is in the public documentation. What code to send?", R403S),
  w('403', 'sre', 'read-only db user logged in to the ops console tries /admin/flush, just not an admin. endpoint is in our public openapi spec. pretty sure 403 but someone on the bridge said 404, which one', R403),
  w('403', 'api', "Should a valid user from the wrong org get 403 or 404 on /orgs/{id}/billing? Org ids aren't secret, they're in every invite link and org profiles are public.", R403T),
  w('403', 'support', "User is signed in, but their email isn't verified yet, and our policy blocks posting until they verify. Correct response for POST /comments?", R403),
  w('403', 'security', 'mTLS passes and the JWT is valid, but the OPA policy denies this action for this subject. The resource is not sensitive at all. correct response', R403),
  w('403', 'nonnative', 'I have user authenticated with correct token, but the resource belong to other team and our app show the name of this resource to everybody. So 403 or 404 for him?', R403),
  w('403', 'sre', 'k8s svc calling internal api w/ a valid token but its serviceaccount isnt bound to the role. no secrecy concerns here. code pls', R403),
  w('403', 'api', 'The user is authenticated and the repository is public and visible, but they try to push without write access. What do we answer the push with?', R403),
  w('403', 'support', 'A customer with a valid account was restricted from the Reports section by their company admin. They can see Reports in the menu. What is the correct status for them?', R403),
  w('403', 'security', 'authenticated contractor account tries to download the audit log export. contractors are never allowed to, and everyone knows the export exists. which response?', R403),
  w('403', 'nonnative', 'User is logged, token is fine, but the tenant of the user is not same as tenant of the document. Tenant ids are not secret for us. What code?', R403T),
  w('403', 'sre', 'waf rule blocks an authenticated req because the client ip is on our denylist. resource is the public catalog api. what should the waf send', R403I),
  w('403', 'api', 'We know who the caller is (valid key), but project 9 is outside the projects their plan grants. They can see project 9 in the list. Right code?', R403),
  w('403', 'support', 'hello! user logs in fine but their role was downgraded from admin to member yesterday, and now they open the admin settings page they used to use. what do we send back to them?', R403),
  w('403', 'security', 'ok to keep returning 404 to an authenticated user who lacks permission on a resource whose existence is public anyway (it is listed on our public status page)?', R403),

  // ── 404: never existed, typo, wrong id, hidden existence, removal not known to be for good ─
  w('404', 'sre', 'GET /v1/invocies/991 -- typo in the path, no such route. code?', R404),
  w('404', 'sre', "morning all. INC-5120 opened 06:12 UTC, `GET /v1/orders/12345` w/ a valid token, that order id never existed (checked the db, no history). what do we send back", R404),
  w('404', 'api', 'Client requests /users/abc-123, a user that was never created. 404, right, or something else?', R404),
  w('404', 'support', "Customer pasted a link with a typo in the article slug ('shiping' instead of 'shipping'). What should that page return?", R404),
  w('404', 'security', "We don't want outsiders to learn that a private repo even exists. An authenticated user without access requests it. Which code?", R404H),
  w('404', 'nonnative', 'The page was delete yesterday but maybe we restore it next week, we are not sure. 404 or 410?', R404U),
  w('404', 'sre', 'doc got deleted this am, PM says it might come back after legal review. what should the svc return till then', R404U),
  w('404', 'api', 'Patient record ids are confidential. A clinician from a different hospital (valid login, no access) requests one. Which response?', R404H),
  w('404', 'support', 'A user reached /help/old-faq through a broken link on a partner blog. We never had a page at that path. Which code?', R404),
  w('404', 'security', 'User ids are treated as confidential. A logged-in user queries /users/{someone elses id}; we must not reveal that the id is real. Correct response?', R404H),
  w('404', 'nonnative', 'Client send request for a product id that never exist in our system. What is right answer code?', R404),
  w('404', 'sre', 'blob deleted thru the cleanup job, not sure if thats permanent, backups exist and ops might restore. 404 or 410', R404U),
  w('404', 'api', 'An eager client is calling /v3/payments, a version we have not built and never announced. What should we return?', R404),
  w('404', 'support', "Customer gets an error on /orders/55/details/x — that extra segment isn't a path we have. what should they get", R404),
  w('404', 'security', 'staff only admin urls: non-staff shouldnt even learn the url is real. a logged in non-staff user hits one. code?', R404H),
  w('404', 'nonnative', 'Somebody write wrong id in the API call (he forgot one digit). The real item exist but with other id. Which code is correct?', R404),
  w('404', 'sre', 'someone curls /v1/userz (z instead of s), the waf default rule answers 403. shouldnt it be something else', R404),
  w('404', 'api', 'We soft-delete invoices and can undelete them within 30 days. After a soft delete, GET /invoices/7 returns...?', R404U),
  w('404', 'support', 'User deleted their own post, but it sits in their trash and they can still restore it. Someone else opens the post link. what should they get?', R404U),
  w('404', 'security', 'Bug bounty report: with a valid low-privilege token, an attacker enumerates /accounts/{id}; we answer 403 for existing ids and 404 for the rest, so they learn which exist. Account ids are sensitive. What should existing-but-forbidden return?', R404H),
  w('404', 'nonnative', "The file is removed from storage, but maybe it's temporary, the team don't decide yet. which one we answer, 404 or 410?", R404U),
  w('404', 'sre', 'deleted a tenants bucket by mistake, restore ticket is open. what do we return in the meantime', R404U),
  w('404', 'api', 'Unreleased product pages must not be confirmed before launch. A logged-in regular customer guesses one of the URLs. Which code?', R404H),
  w('404', 'support', 'Customer keeps opening /account/statements/2019 but we never had statements before 2020. What should the page respond?', R404),
  w('404', 'security', "Internal tooling behind SSO: employees outside the team are denied, and we've decided the tool's paths are confidential and must not be confirmed to them. Code for those employees?", R404H),
  w('404', 'nonnative', 'User open a link from an old email, the link point to a page that we never have. What code should we give?', R404),
  w('404', 'sre', 'feature flag off for this customer, we dont want them to know the beta endpoint exists. they call it w/ a valid token. code?', R404H),
  w('404', 'api', 'Is it ok to keep returning 410 for resources we deleted but that support can restore on request?', R404U),
  w('404', 'support', 'A customer closed their account but can reopen it within 90 days (we keep the data). Someone visits their public profile URL. Which code in the meantime?', R404U),
  w('404', 'security', "Resource exists, caller is authenticated but not authorized, and the very existence of the resource is sensitive (it's an investigation case file). 403 or 404?", R404H),
  w('404', 'nonnative', 'we removed the API version v1 yesterday, but i think maybe we put it back if clients complain, not sure. What code give to clients who still call v1?', R404U),
  w('404', 'nonnative', 'We receive requests for /static/app.3f9a1c.js but this file was never deployed, I think client have old cache. Which code is right?', R404),
  w('404', 'api', 'Caller requests GET /teams/55/members/9. Team 55 exists, but member 9 has never been part of it. Right response?', R404),
  w('404', 'support', "A shared doc link is dead because the owner deleted the doc; they say they might undo it from the recycle bin. what do we send back for now", R404U),
  w('404', 'security', 'A guest in tenant X requests /tenants/Y/users. Tenant names are confidential across tenants, we must not reveal that Y exists. response?', R404H),

  // ── 410: intentionally and known-permanently removed ─────────────────────────────────────
  w('410', 'sre', 'killed the /v1/legacy-export endpoint for good last release, no plans to bring it back. what do we return now', R410),
  w('410', 'api', 'We intentionally and permanently removed the old /v1/search API after the deprecation period. Clients still call it. Code?', R410),
  w('410', 'support', "Marketing took down the 2019 promo page on purpose and it's never coming back. They want it out of Google asap. Which response should the URL give?", R410),
  w('410', 'security', 'Follow-up on SEC-212 from Tuesday. The leaked document has been deleted deliberately and for ever; legal confirmed it will not be republished. We want crawlers and caches to drop it. correct response?', R410),
  w('410', 'nonnative', 'The old page is remove forever, by decision of management, it will never come back. Which code we should return?', R410),
  w('410', 'sre', 'v1 api sunset done, decommissioned permanently, dns stays pointed at us. lb should return what for /v1/*', R410),
  w('410', 'api', 'ok to keep returning 404 for endpoints we deliberately retired for ever? or is there a better code', R410),
  w('410', 'support', "A customer's public profile was erased at their GDPR request — permanently, it can't and won't be restored. What should the profile URL return?", R410),
  w('410', 'security', 'We permanently removed the file behind a compromised download link, purged from backups too, and the link will never work again. What should requests to it get?', R410),
  w('410', 'nonnative', 'We stop the old mobile API definitely, it is deleted on purpose and we never plan to return it. Clients still call it. What response?', R410),
  w('410', 'sre', 'product 8812 discontinued + its page deleted intentionally, permanent. 404 or 410', R410),
  w('410', 'api', 'The 2019-01 webhook version was permanently retired on purpose; that URL will never be served again. What should requests to it receive?', R410),
  w('410', 'support', 'We removed a help article for good because the advice in it was dangerous. It will never come back. Code for the article URL?', R410),
  w('410', 'security', 'the v1 public status page was intentionally decommissioned, forever, after the audit. anyone still hitting /status-v1 — what do we send back?', R410),
  w('410', 'nonnative', 'Our event page of 2020 is finished and we deleted it on purpose, permanently. Google still show it. What code make google remove it fast?', R410),
  w('410', 'sre', "removed the deprecated /healthz-old route deliberately, it won't be back ever. what should the gw return", R410),
  w('410', 'api', 'The user deleted the resource and our retention policy purges it irreversibly — there is no undo. 404 or 410 on a later GET?', R410),
  w('410', 'support', 'Hi team, the old pricing page was retired permanently last month (a deliberate decision). A customer asks why they get an error there. What is the right code?', R410),
  w('410', 'security', "We intentionally took the public bucket listing down for good after it exposed data; it won't be restored. We want clients and caches to know it's gone. Which code?", R410),
  w('410', 'nonnative', 'Endpoint /v0/users is deleted definitively (not temporary). Which code, 404 or 410?', R410),

  // ── Open: the deciding fact is not given ────────────────────────────────────────────────
  open('sre', 'page got deleted yesterday. 404 or 410', /permanen|for good|forever|come back|restor/i, ROPEN_PERM),
  open('support', 'The customer deleted their workspace. What should the workspace URL return now?', /permanen|for good|forever|come back|restor/i, ROPEN_PERM),
  open('nonnative', 'We have delete the product from catalog. Which code to return for its page, 404 or 410?', /permanen|for good|forever|come back|restor/i, ROPEN_PERM),
  open('api', 'After DELETE /widgets/5 succeeds, what should a later GET /widgets/5 return — 404 or 410?', /permanen|for good|forever|come back|restor/i, ROPEN_PERM),
  open('security', 'Authenticated user, no permission on the document. 403 or 404?', /hid|secret|reveal|confiden|disclos|conceal/i, ROPEN_HIDE),
  open('sre', 'user logged in but not allowed to see project 77. what do we send back', /hid|secret|reveal|confiden|disclos|conceal/i, ROPEN_HIDE),

  // ── Knowledge ──────────────────────────────────────────────────────────────────────────
  k('support', 'Sorry if this is basic: what does a 401 actually mean?', /authenticat|credential|log ?in|sign ?in/i, K401),
  k('api', 'What is the precise meaning of 403 Forbidden according to the spec?', /refus|permission|not allowed|authori[sz]|lack|insufficient/i, K403),
  k('support', 'In plain words, what does a 404 tell the customer?', /exist|find|no current representation|no resource|nothing/i, K404),
  k('nonnative', 'What mean the code 410?', /permanen|for good|forever|no longer/i, K410),
  k('security', 'When is it legit to answer 404 for a resource that does exist?', /hid|conceal|reveal|disclos|secret|confiden/i, KHIDE),
  k('api', 'Which RFC defines the HTTP status codes nowadays — is 7231 still the reference?', /9110/, KRFC),
  k('sre', 'what header has to go w/ a 401', /WWW-Authenticate/i, KWWW),
  k('security', "What's the difference between invalid_token and insufficient_scope in RFC 6750, code-wise?", /(?=[\s\S]*401)(?=[\s\S]*403)/, K6750),
  // (Its writer's 'Is a 410 response cacheable by default?' was word for word a question of ./unseen, so it is left out.)
  k('support', 'Does Google get rid of a page faster if it returns 410 instead of 404?', /faster|quick|sooner|delist|de-?index|remov|permanen/i, KSEO),
  k('sre', 'does a 403 leak that the thing exists', /reveal|confirm|disclos|leak|hid|404/i, KHIDE),
  k('nonnative', 'When client receive 401, what he should do?', /authenticat|credential|log ?in|token|WWW-Authenticate/i, KCLIENT),
  k('api', 'After a 403, should the client retry the request?', /not retry|no retry|n.t retry|won.t help|not help|permission|should not|shouldn.t|same credentials/i, KCLIENT),
  k('nonnative', 'What the client must do when he receive 404, try again?', /not (automatically )?retr|n.t retr|no (automatic )?retr|check|typo|url|surface/i, KCLIENT),
  k('support', 'what is a client supposed to do with a 410, keep trying?', /remove|delete|stop|no longer|link|bookmark|not retry|n.t retry|permanen/i, KCLIENT),
  k('security', '401 vs 403, what is the actual difference?', /(?=[\s\S]*(authenticat|credential|log ?in))(?=[\s\S]*(permission|authori[sz]|allowed|refus|role))/i, K403),
  k('sre', 'seo wise whats the diff between 404 and 410', /faster|quick|sooner|permanen|delist|de-?index|remov/i, KSEO),
  k('api', 'Does RFC 9110 require 401 responses to carry anything in particular?', /WWW-Authenticate/i, KWWW),
  k('nonnative', 'Which document is the official one for status codes, RFC 2616 or another?', /9110/, KRFC),
  k('security', 'Is it OK under RFC 9110 to answer 404 instead of 403 to hide a resource?', /yes|may|allowed|permit|acceptable|fine/i, KHIDE),
  k('support', 'Why would someone whose session expired get a 401 rather than a 403?', /credential|authenticat|log ?in|sign ?in|valid/i, K401),
  k('api', 'Which OAuth error string does RFC 6750 use for an expired or revoked bearer token?', /invalid_token/i, K6750),
  k('sre', 'explain insufficient_scope from rfc 6750, what goes with it', /403/, K6750),
  k('security', 'What does RFC 9110 say a 403 means when credentials were provided with the request?', /insufficient|not .*repeat|same credentials|refus/i, K403),
  k('support', 'Is 410 just a fancier 404?', /permanen|intentional|for good/i, K410),
  k('nonnative', 'Please explain me the difference between 404 and 410.', /permanen/i, K410),
  k('api', 'Is 410 Gone mandatory when a resource is removed, or optional?', /optional|not (necessary|required|mandatory)|404|n.t have to|need not|unless/i, K410),
  k('sre', 'does a 404 say anything about whether the thing ever existed or will exist', /not (indicate|say|tell|imply|reveal)|n.t (indicate|say|tell|imply|reveal)|no (indication|guarantee)|temporary|permanen|whether/i, K404),
  k('security', 'Should the body of a 403 explain why access was denied?', /\bmay\b|\bcan\b|optional|describe|if it wishes|make public|not required/i, K403),
  k('api', 'Can a 401 response be sent without a WWW-Authenticate header?', /must|required|has to|need/i, KWWW),
  k('support', "What's the number of the 'Gone' status code?", /410/, K410),
  k('nonnative', 'For what is used the code 403, can you explain simple?', /permission|not allowed|refus|rights|authori[sz]/i, K403),
  k('nonnative', 'Is RFC 7231 still valid or it is obsolete now? Which one is the current?', /9110/, KRFC),
  k('security', 'Do 401 and 403 responses get cached by default?', /not (heuristically )?cacheable|not cached|\bno[,.]|aren.t|only 404|heuristic/i, KCACHE),
  k('api', 'Which 4xx codes are cacheable by default in RFC 9110?', /(?=[\s\S]*404)(?=[\s\S]*410)/, KCACHE),
  k('support', 'If a customer gets a 403, will logging in again fix it?', /won.t|will not|not help|n.t help|permission|admin|role/i, KCLIENT),
  k('nonnative', 'What is the WWW-Authenticate header and when we must send it?', /401/, KWWW),
  k('sre', 'rfc 6750 error codes cheat sheet pls: invalid_request, invalid_token, insufficient_scope', /(?=[\s\S]*401)(?=[\s\S]*403)/, K6750),
  k('security', "What's the security reason to sometimes prefer 404 over 403?", /enumerat|hid|reveal|exist|disclos|conceal|leak/i, KHIDE),
  k('api', 'When should a server use 404 rather than 410 for something that was deleted?', /know|permanen|unsure|not sure|uncertain|can.t tell|cannot tell/i, K410),
  k('support', 'Why does an API sometimes return 404 even though the item is really there?', /hid|conceal|reveal|disclos|secret|confiden|permission|access/i, KHIDE),
  k('nonnative', "What is a 'soft 404' and why it is bad?", /200/, 'seed: a soft 404 is a 200 with "not found" content; search engines index it'),
  k('sre', 'how long can a 410 be cached for', /heuristic|freshness|cache-control|explicit|by default|cacheable/i, KCACHE),
  k('security', 'Does 401 mean the user is unknown, or that the credentials are bad?', /credential|authenticat|valid/i, K401),
  k('support', "What is the difference between 'Unauthorized' and 'Forbidden'?", /authenticat|credential|identity|permission/i, K403),
];

export const UNSEEN2_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
