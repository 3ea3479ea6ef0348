import { type Draft, type EvalQuestion, k, open, w } from '../questions';

/**
 * The fourth unseen evaluation for issue #13's `ask` ("403 or 404?" questions as people type them in an
 * incident channel). Written by an independent writer who has not read the parser (src/domain/ask), the
 * knowledge base (src/domain/knowledge) or any other question set, and who never ran `ask` on these
 * questions. Each label follows RFC 9110 §15.5.2/§15.5.4/§15.5.5/§15.5.11, RFC 6750 §3.1 and the seed.
 *
 * HELD ASIDE: scored once, at the end of the session, as the honest measure. Do not tune on it, and do not
 * edit a question, a label or a pattern to make it pass.
 */

const R401 = 'RFC 9110 §15.5.2: no valid credentials → 401';
const R401S = 'RFC 9110 §15.5.2: the session has ended, its credentials are no longer valid → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401';
const R403 = 'RFC 9110 §15.5.4: known caller, refused, existence is no secret → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R403N = 'RFC 9110 §15.5.4 and the seed: allowlist / plan / role denial of an authenticated caller → 403';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the resource from this caller may answer 404';
const R404 = 'RFC 9110 §15.5.5: no current representation found (never existed, mistyped, wrong id) → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: removed but not known to be permanent → 404, not 410';
const R410 = 'RFC 9110 §15.5.11: intentionally and permanently removed → 410';
const ROPENP = 'RFC 9110 §15.5.11: 410 only if the removal is known to be permanent; the question does not say';
const ROPENH = 'RFC 9110 §15.5.4: 404 if existence must be hidden from this caller, else 403; the question does not say';

/** Answers to open questions must name the deciding fact. */
const PERMANENCE = /permanen|for good|forever|come back|coming back|temporar|restor|reinstat|return/i;
const HIDING = /hid(e|ing|den)|conceal|reveal|existence|disclos|secret|confidential|leak|enumerat/i;

const AUTHN = /authenticat|credential|log(ged)?[ -]?in|sign(ed)?[ -]?in|identity|who (you are|the (caller|client|user) is)/i;
const PERM = /permanen|for good|forever|intentional|deliberate|on purpose|not coming back|won'?t (come|be) back/i;

const QUESTIONS: readonly Draft[] = [
  // ---- 401: no / invalid / expired / revoked / malformed credentials, ended sessions ----
  w('401', 'sre', "svc-billing is throwing 403s for reqs w/o any Authorization header at all, pretty sure thats wrong. what should it be", R401),
  w('401', 'sre', 'jwt exp was 2h ago, client keeps sending it anyway. gateway answers 403 rn — correct response?', R401T),
  w('401', 'sre', '[INC-4471] 09:14:02Z POST /v2/orders 403 auth=none ua=curl/8.4.0 — these carry no creds whatsoever. 403 or 401', R401),
  w('401', 'sre', `curl -s -H 'Authorization: Bearer ' https://api.int.example.com/v1/reports
{"error":"forbidden"}   <- empty bearer, nothing after it. shouldnt that be something else`, R401),
  w('401', 'api', 'Spec question: the API key in X-Api-Key has been rotated and the caller still sends the old key. Which code do we document for that?', R401),
  w('401', 'api', "If the bearer token's signature doesn't verify against our JWKS (tampered or signed with the wrong key), is 403 ok here?", R401T),
  w('401', 'api', 'Partner API uses HTTP Basic auth. Username right, password wrong — what do we send back?', R401),
  w('401', 'api', `Our mobile app keeps an access token and a refresh token. When the user signs out on the web we revoke every token of that user server-side. Later the app wakes up and calls GET /feed with the revoked access token (its exp is still an hour away). The team wants 403 "because we revoked it on purpose". What should it actually be?`, R401T),
  w('401', 'support', "Customer writes: 'I logged out on my laptop, then hit back and refreshed my account page'. The browser sends the old session cookie from before the logout. What should the server answer?", R401S),
  w('401', 'support', "Customer says 'I was idle for an hour and now every click gives an error'. Their session timed out on our side. which one should we be sending", R401S),
  w('401', 'support', "Relaying from ticket #77120: 'my API key expired last Friday and now everything says Forbidden'. Is Forbidden the right answer for an expired key?", R401),
  w('401', 'security', 'Pentest finding: after a password reset the old refresh tokens still get 403 instead of the normal auth error. What code should a token that was revoked by the reset get?', R401T),
  w('401', 'security', 'oauth grant revoked by the user in their account settings, the third-party app keeps calling with that access token. response code?', R401T),
  w('401', 'security', "svc account api key was revoked after the leak; requests still come in with it from some forgotten box. should they get 403 b/c we blocked them, or?", R401),
  w('401', 'security', "request has a garbage session cookie (fails HMAC check) and it's asking for /admin/audit which that user wouldn't be allowed anyway. which code goes back first?", R401),
  w('401', 'nonnative', 'Hello, the token is malformed (base64 is broken, we cannot parse it at all). Server must give which code please?', R401T),
  w('401', 'nonnative', 'After user change the password, all other sessions are killed. When old session on his phone make request, server answer 403. I think it should be different code, which one?', R401S),
  w('401', 'nonnative', 'Client call our API /v1/me without any token, he is not login. Now we give 404, is wrong? What is right code?', R401),

  // ---- 403: known caller, not allowed, existence is no secret ----
  w('403', 'sre', 'user is definitely logged in (valid session, user.id in every log line) but lacks the billing-admin role, hitting /billing/export which is in the public docs. 403 or 404', R403),
  w('403', 'sre', "ip not allowed spike on svc-payments after the new NAT gateway went in, afaik the reqs carry valid api keys. we return 401 atm, is that right", R403N),
  w('403', 'sre', "hey team, since the rbac policy change at 14:00 every support agent gets denied on GET /tickets/export. theyre logged in fine, the endpoint obviously exists and everyone knows it. what code should they be seeing", R403),
  w('403', 'sre', "banned acct (ToS violation). their creds still authenticate fine and we want them to know they're blocked. code pls", R403),
  w('403', 'sre', '@platform-oncall valid token, scopes=[read:deploys], calling POST /deploys which needs write:deploys. what status, tbh i forget', R403S),
  w('403', 'sre', `ok so context: svc-reports sits behind envoy, auth is our SSO JWTs, envoy checks sig + exp and that's all fine for this user (exp is tomorrow), then the app checks for reports:admin which the user lost in last week's role migration. the reports page is linked in everyone's nav so nobody is hiding it. right now the app sends 404 and the user is confused. what should it send`, R403),
  w('403', 'api', 'Token is NOT expired and is valid, it is just scoped read:orders and the call is POST /orders. What code?', R403S),
  w('403', 'api', "RFC 6750 question for our spec: token is valid but doesn't carry the `admin` scope this endpoint needs. 401 with error=insufficient_scope, or something else?", R403S),
  w('403', 'api', 'Writing the OpenAPI doc for PUT /teams/{id}/settings. The caller is a member of the team but not an owner, and members can all see the team. Response for non-owners?', R403),
  w('403', 'api', "Should this be a 404? The caller is authenticated, the doc sits in a shared space they can browse and see it listed, but it's marked editors-only and they're a viewer trying to PATCH it.", R403),
  w('403', 'api', 'Free-tier key (valid, authenticated) calls the bulk export endpoint, which is Enterprise-only and documented on the public pricing page. Which status do we specify?', R403N),
  w('403', 'support', "Customer: 'I can log in fine but when I click Export it says I'm not allowed'. They're on the Free plan, export is a Pro feature listed on our pricing page. What status should that be", R403N),
  w('403', 'support', "Customer's admin removed them from the Finance group. They're still logged in and still see the Finance folder in the sidebar, but opening it errors. what should it return", R403),
  w('403', 'support', "Customer says 'it says unauthorized and tells me to log in again, but I AM logged in! I just don't have access to the HR module'. Their admin confirmed they don't have the HR role. What should we be returning?", R403),
  w('403', 'support', 'Ticket #90031: the customer org admin suspended this user. The user can still sign in (SSO is on the customer side) and the app knows who they are, but every action should be refused. Which code?', R403),
  w('403', 'security', 'new contractor acct, valid SSO login, no role assigned yet. the admin pages are documented in our public help center. currently they get a 404 — is that correct or what', R403),
  w('403', 'security', 'reviewing a PR: read-only members calling DELETE /projects/{id} on projects they can see (they are members) get 404 back. should be?', R403),
  w('403', 'security', "tenant isolation, but orgs are public here (public org directory, anyone can view org pages). user from org A tries POST to org B's /members endpoint. 403 or 404?", R403),
  w('403', 'security', "internal /metrics endpoint, nginx should only allow 10.0.0.0/8. what should nginx return to outside callers? we don't care if people know /metrics exists", R403N),
  w('403', 'security', 'OAuth token valid, scopes = openid profile, calling /v1/payments which requires payments:write. The audit says we return 401 with insufficient_scope. is that the right status', R403S),
  w('403', 'nonnative', 'The user has valid token but his IP is not in the allowlist of the company. Which code we must return, 401 or 403?', R403N),
  w('403', 'nonnative', 'My colleague say 404 but I think no. User is authenticated, resource exist and he know it exist (he see it in the list), only he has no permission to edit. Correct answer is?', R403),
  w('403', 'nonnative', 'Our service is only for users with verified email. User is login, but email is not verified yet, he call POST /api/post. What we send back?', R403),
  w('403', 'nonnative', 'Student account is login, try to open the teacher page of the course (course is public, everybody see it). Which status is correct? 401 maybe?', R403),
  w('403', 'nonnative', 'We have plan Basic and plan Enterprise. Basic customer is login and call SSO config endpoint which is only for Enterprise. Is 404 correct or other?', R403N),

  // ---- 404: never existed, mistyped, wrong id, hidden from this caller, removed but maybe not for good ----
  w('404', 'sre', '404 spike on /api/v2/usres — someone typo\'d the route in the mobile release. which code is right for those, just confirming', R404),
  w('404', 'sre', 'soft-deleted, can be restored from trash for 30 days. GET on it in the meantime — 410?', R404U),
  w('404', 'sre', '[02:11:45] GET /healthz/v3 404 kube-probe/1.29 — route was never defined, probe config is wrong. correct response from the app is?', R404),
  w('404', 'sre', 's3-backed static site, /img/logo-old.png got deleted last week in a cleanup but marketing might re-upload it. what should the cdn return for it', R404U),
  w('404', 'sre', 'pls sanity check: GET /api/v1/items/7f3c2a9e where 7f3c2a9e is a well-formed id that was never created (client bug generating ids). we return 400 atm... should be?', R404),
  w('404', 'support', "Customer says the API errors for order ORD-55O1. They typed the letter O instead of a zero, there is no order with that number. which code is right", R404),
  w('404', 'api', 'GET /invoices/{id} where the id simply does not exist (never created). What should the spec say?', R404),
  w('404', 'api', "Resource was deleted, but we don't know whether the customer will recreate it under the same ID (they're allowed to). 404 or 410?", R404U),
  w('404', 'api', "Designing the admin API: tenants must never learn other tenants' workspace names or ids. An authenticated caller asks for a workspace id that belongs to a different tenant. Response?", R404H),
  w('404', 'api', 'Username was released after a rename and someone may claim it again later. Requests for /users/oldname — 404 or 410?', R404U),
  w('404', 'api', 'For our multi-tenant spec, the rule is: a resource in another tenant must be indistinguishable from one that does not exist. What do we return?', R404H),
  w('404', 'support', "Customer: 'I get Forbidden when I open a link to another company's project, shouldn't it say not found?'. Our policy is we never confirm other customers' projects exist. what should it be", R404H),
  w('404', 'support', 'Customer pasted https://app.example.com/reprots/2024 and asks why it does not work. Obvious typo. What is the right code for that URL', R404),
  w('404', 'support', "Customer's shared doc link: the owner moved the doc to the trash (restorable any time). Visitors opening the link should get…?", R404U),
  w('404', 'support', 'Customer asks why their old bookmark /help/article/5531 says not found. The article was unpublished for a rewrite and will be back next month. Is not found the correct code?', R404U),
  w('404', 'security', "private repos: a logged-in non-member requests /acme/secret-repo. we must not reveal the repo exists. 403 or 404?", R404H),
  w('404', 'security', 'user ids are sequential and we want to avoid enumeration. user A requests /users/1042 which belongs to someone else — which code so we do not leak that 1042 exists', R404H),
  w('404', 'security', 'Audit: our API returns 403 for /accounts/{id} of other customers and 404 for ids that do not exist, so an attacker can tell which account ids are real. what should the other-customer case return?', R404H),
  w('404', 'security', "we don't want scanners or curious users to even learn that /internal/debug exists. request comes from a logged-in normal user. which status", R404H),
  w('404', 'security', `Reviewing the design doc for the new document-sharing service. Documents live in workspaces, workspace membership is private, and the doc says the mere existence of a document must not leak to anyone outside its workspace. Right now a signed-in user from another workspace who guesses a document URL gets 403 "You do not have access". Acceptable, or what should they get?`, R404H),
  w('404', 'nonnative', 'The user write wrong order number in the URL, order with this number never existed. Which code is correct?', R404),
  w('404', 'nonnative', 'We removed the page but maybe it come back next quarter, we are not sure. 404 or 410 is better?', R404U),
  w('404', 'nonnative', 'In our hospital app, patient record of other hospital must be secret, even the fact that it exist. Doctor of hospital A ask for record of hospital B. Which code?', R404H),
  w('404', 'nonnative', 'The file was delete by user, it stay in recycle bin 14 days and can be restore. Somebody open link to the file. What is right status, 410?', R404U),

  // ---- 410: intentionally and known-permanently removed ----
  w('410', 'sre', 'we shut down api v1 for good on 2024-06-30, announced a year ahead, never coming back. what should /v1/* return now', R410),
  w('410', 'sre', 'hard-deleted (not soft), purge job already ran, it was intentional and permanent. 404 or 410', R410),
  w('410', 'support', 'Customer (ticket 61244) says their integration calls /api/legacy/sync and now fails. We removed that endpoint for good, on purpose, in the 5.0 release, as announced. They ask what response they should expect from it from now on.', R410),
  w('410', 'api', "Spec: this endpoint is intentionally retired, permanently, nothing will ever live at that URL again. We want clients and crawlers to know it's gone for good. Which status?", R410),
  w('410', 'api', 'We are sunsetting the XML feed endpoint permanently next week, by decision, no way back. After that date, what does the endpoint respond?', R410),
  w('410', 'api', 'Deprecated /v2/reports was deleted on purpose and the path will never be reused. Which code goes in the migration guide?', R410),
  w('410', 'support', 'Customer asks why the old promo page /summer-sale-2022 shows an error. Marketing deliberately deleted it, the campaign is over and it will not return. What should it return?', R410),
  w('410', 'support', "Relaying: 'the download link for the old 3.x installer is dead'. We pulled all 3.x installers permanently and deliberately (EOL, security). what's the proper code?", R410),
  w('410', 'support', `Long one sorry. Customer (Acme Ltd, ticket 55102) moved off our legacy dashboards in March. They complain their old embedded iframe URLs now show a generic error page and their monitoring screams. Product confirmed we deleted the legacy dashboards deliberately in April and they will never come back, the whole feature is gone. The customer asks what status those URLs should return so they can set up their monitor properly.`, R410),
  w('410', 'security', 'we deliberately and permanently took down the leaked dump at /exports/dump.sql (its existence is public anyway thanks to the leak). it must never be served again. 404 or 410?', R410),
  w('410', 'security', 'we permanently decommissioned the legacy /oauth/authorize-v0 endpoint on purpose; it will never return. scanners still hit it. code?', R410),
  w('410', 'nonnative', 'We delete the old product page forever, it never come back, and we want Google remove it faster. Which code?', R410),
  w('410', 'nonnative', 'Event page of conference 2019 we remove on purpose, it is gone for good. 404 is ok or better other code?', R410),
  w('410', 'nonnative', 'We close the old forum and delete all threads intentionally, it is permanent. Many backlinks still exist. What code to return for the old thread URLs?', R410),

  // ---- open: the deciding fact is not given ----
  open('sre', 'legacy /docs/v1/* pages got deleted in yesterdays cleanup. 404 or 410 for those', PERMANENCE, ROPENP),
  open('sre', 'user w/ a valid token, no access to /projects/123 (belongs to another team). 403 or 404 pls', HIDING, ROPENH),
  open('api', 'GET /orgs/{orgId}/projects/{projectId} when the caller is authenticated but not a member of that org: 403 or 404 — what do we put in the spec?', HIDING, ROPENH),
  open('support', 'Customer says the help article they linked from their own docs now errors. We removed that article. Should the link give 404 or 410?', PERMANENCE, ROPENP),
  open('security', 'a signed-in user from tenant A requests /tenants/B/reports/9. 403 or 404?', HIDING, ROPENH),
  open('nonnative', 'The product is removed from our shop. Which code for the old product URL, 404 or 410?', PERMANENCE, ROPENP),

  // ---- knowledge ----
  k('sre', 'whats the actual diff between 401 and 403, i always mix them up at 3am', AUTHN, 'RFC 9110 §15.5.2/§15.5.4: 401 is about missing or bad credentials, 403 about permission'),
  k('sre', "do cdns cache 404s? worried cloudfront is serving stale not-founds after the deploy", /Cache-Control|max-age|heuristic|TTL|cacheable/i, 'RFC 9110 §15.1 and the seed: 404 is heuristically cacheable; CDNs cache it under Cache-Control max-age'),
  k('sre', 'is a baseline of 404s normal or should we page on every single one', /normal|baseline|expected|typo|bad link|old url|spike/i, 'Seed: a baseline of 404s is normal; alert on spikes'),
  k('sre', 'if a client gets a 403 should it just retry w/ backoff', /permission|admin|not retry|don'?t retry|shouldn'?t retry|no retr|stop retrying|won'?t (help|change)|will not (help|change)/i, 'Seed: do not retry without a change in permissions'),
  k('sre', 'rfc 7231 still the ref for status codes or did something replace it', /9110|obsolete|supersed|replac/i, 'RFC 9110 obsoletes RFC 7231'),
  k('sre', '410 vs 404 tldr', PERM, 'RFC 9110 §15.5.11: 410 says the removal is intentional and permanent'),
  k('sre', "what does 'soft 404' even mean, seo ppl keep bringing it up", /\b200\b|success|2xx/i, 'Seed: a soft 404 answers 200 with "not found" content'),
  k('api', 'What header MUST accompany a 401 response per RFC 9110?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 must send WWW-Authenticate'),
  k('api', 'In RFC 6750, which error code goes in the WWW-Authenticate header when the token lacks the required scope?', /insufficient[_ ]scope/i, 'RFC 6750 §3.1: insufficient_scope'),
  k('api', 'Which RFC 6750 error value corresponds to an expired access token?', /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token for expired tokens'),
  k('api', 'RFC 6750 invalid_request — what HTTP status is that one supposed to be?', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request → 400'),
  k('api', 'Is a 410 response cacheable without explicit freshness info, or does it need Cache-Control?', /heuristic|cacheable|can be cached|may be cached|cached by default/i, 'RFC 9110 §15.5.11: 410 is heuristically cacheable'),
  k('api', 'Does RFC 9110 require us to use 410 for permanently deleted resources, or is 404 acceptable?', /not (required|mandatory|obligatory)|optional|need not|needn'?t|don'?t have to|isn'?t (required|mandatory)|acceptable|allowed|permitted|fine|\bok(ay)?\b/i, 'RFC 9110 §15.5.11: 404 may be used instead of 410; 410 is not required'),
  k('api', 'In RFC 9110, which section defines 403 Forbidden?', /15\.5\.4/, 'RFC 9110 §15.5.4'),
  k('api', 'what should an API client do on a 401 — retry the same request, or something else?', /re-?authenticat|credential|log ?in|sign ?in|new token|refresh|token/i, 'RFC 9110 §15.5.2: the client may repeat the request with new or replaced credentials'),
  k('support', "A customer asks what '410 Gone' means on a page they bookmarked. How do I explain it in plain words?", PERM, 'RFC 9110 §15.5.11: gone on purpose and for good'),
  k('support', "Customer asks: 'does Forbidden mean my password is wrong?' What's the accurate explanation?", /permission|not allowed|no access|(don'?t|doesn'?t) have access|lack|role|re-?authenticat|won'?t help|authenticated|recogni[sz]/i, 'Seed / RFC 9110 §15.5.4: recognised but not permitted; re-authenticating will not help'),
  k('support', 'What does a 404 tell the customer — does it mean the page was deleted?', /not (necessarily|say|indicate|tell)|doesn'?t (necessarily|say|indicate|tell)|never existed|typo|mistyped|no (guarantee|indication)|temporar|might exist|may exist/i, 'Seed / RFC 9110 §15.5.5: 404 does not say whether it ever existed or is gone for good'),
  k('support', 'How should I explain 401 Unauthorized to a non-technical customer?', AUTHN, 'RFC 9110 §15.5.2: they need to sign in / valid credentials'),
  k('support', 'Customer wants to know if they should keep retrying when our API says 404. what do i tell them', /not retry|don'?t retry|no (automatic )?retr|shouldn'?t retry|stop retrying|never retry|check|fix|won'?t help|pointless|no point/i, 'Seed: no automatic retry on 404; surface the error'),
  k('support', 'Why would our site show "Not Found" for something the customer is sure exists?', /hid(e|ing|den)|conceal|reveal|permission|access|existence|private|confidential|secret/i, 'RFC 9110 §15.5.4: 404 may hide a resource the caller may not see'),
  k('support', "What's the difference between 'Not Found' and 'Gone'?", PERM, 'RFC 9110 §15.5.5/§15.5.11: Gone is known-permanent'),
  k('security', 'Is it acceptable under RFC 9110 to answer 404 instead of 403 to hide that a resource exists?', /\byes\b|\bmay\b|allow|permit|acceptable|legitimate|explicitly/i, 'RFC 9110 §15.5.4: a server may answer 404 to hide the resource'),
  k('security', 'does a 403 tell the caller that the resource exists?', /\byes\b|reveal|confirm|disclos|leak|signal|impl(y|ies)|indicat/i, 'RFC 9110 §15.5.4 / seed: 403 implies the resource is there; use 404 to hide it'),
  k('security', 'how do differing 403 vs 404 responses enable resource enumeration?', /exist|distinguish|differen|tell apart|reveal|confirm/i, 'RFC 9110 §15.5.4: differing codes reveal which resources exist'),
  k('security', 'Per RFC 6750, which status code goes with insufficient_scope?', /\b403\b|forbidden/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('security', 'With a 401 for a bearer token, what attributes can the WWW-Authenticate challenge carry?', /realm|error|scope/i, 'RFC 6750 §3: realm, scope, error, error_description, error_uri'),
  k('security', 'does a 403 need the WWW-Authenticate header the way 401 does?', /401|not required|optional|need not|not (mandatory|needed)|isn'?t (required|needed)|\bno\b/i, 'RFC 9110 §15.5.2: WWW-Authenticate is required on 401 only'),
  k('security', 'Where in RFC 9110 is 404 defined, and does it say whether the absence is permanent?', /15\.5\.5|temporar|permanen/i, 'RFC 9110 §15.5.5'),
  k('security', 'are 403 responses cacheable by default?', /not (heuristically )?cach|isn'?t (heuristically )?cach|\bno\b|explicit|Cache-Control|max-age|per-request/i, 'RFC 9110 §15.1 / seed: 403 is not heuristically cacheable'),
  k('nonnative', 'Please explain me what mean 403 Forbidden?', /permission|not allowed|allow|authori[sz]|refus|forbid|access/i, 'RFC 9110 §15.5.4'),
  k('nonnative', 'What is different of 401 and 403? I confuse always.', AUTHN, 'RFC 9110 §15.5.2/§15.5.4'),
  k('nonnative', 'Is RFC 2616 still valid for HTTP codes or there is new one?', /9110|obsolete|supersed|replac|723[0-5]/i, 'RFC 2616 was obsoleted by RFC 7230–7235, which RFC 9110 obsoletes'),
  k('nonnative', 'Google remove the page faster when it is 410 or when it is 404?', /permanen|faster|quicker|sooner|more quickly|\b410\b/i, 'Seed: 410 helps crawlers delist faster'),
  k('nonnative', "What mean 'Unauthorized' in 401, it is about permission?", AUTHN, 'RFC 9110 §15.5.2: 401 is about authentication despite its name'),
  k('nonnative', 'When to use 404 for hide the resource?', /hid(e|ing|den)|conceal|reveal|existence|secret|confidential|disclos|sensitive/i, 'RFC 9110 §15.5.4 / seed'),
  k('nonnative', 'Server must send some header together with 401? Which one?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2'),
  k('nonnative', 'Which section of RFC 9110 is about 410 Gone?', /15\.5\.11/, 'RFC 9110 §15.5.11'),
];

export const UNSEEN4_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
