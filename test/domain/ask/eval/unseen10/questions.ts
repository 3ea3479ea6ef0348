import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set #10 for `ask`, written blind by an independent writer who never read the parser,
 * the product's tests or any other question set, and never ran the product. The angle is the way these
 * questions turn up in code-review comments, pull-request threads and a team wiki FAQ: junior developers,
 * product managers and QA testers alongside on-call SREs, API designers, support staff, security reviewers and
 * people writing English as a second language. Several quote the current behaviour ("right now it returns X")
 * and ask whether it is right. Labels follow RFC 9110 §15.5.2/§15.5.4/§15.5.5/§15.5.11, RFC 6750 §3.1 and the
 * 403-vs-404 seed text; each which-code question states the deciding facts in its own text. */

const R401_NONE = 'RFC 9110 §15.5.2: the request carries no credentials at all → 401 Unauthorized';
const R401_EXPIRED = 'RFC 6750 §3.1 invalid_token (expired, revoked, malformed) → 401; RFC 9110 §15.5.2';
const R401_SESSION = 'RFC 9110 §15.5.2: an ended or invalidated session means no valid credentials → 401';
const R401_WRONGKEY = 'RFC 9110 §15.5.2: credentials presented but not valid (wrong key/signature) → 401, not 403';
const R403_SCOPE = 'RFC 6750 §3.1 insufficient_scope → 403; RFC 9110 §15.5.4';
const R403_ROLE = 'RFC 9110 §15.5.4: caller is known but lacks the role; re-authenticating will not help → 403 (seed)';
const R403_TENANT = 'Seed: tenant isolation violation by a valid caller, existence no secret → 403 (RFC 9110 §15.5.4)';
const R403_IP = 'Seed: IP allowlist blocks a caller with valid credentials → 403 (RFC 9110 §15.5.4)';
const R403_PLAN = 'RFC 9110 §15.5.4: authenticated caller whose plan does not allow the feature, existence public → 403';
const R404_NEVER = 'RFC 9110 §15.5.5: no current representation, the thing never existed → 404';
const R404_HIDE = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY answer 404';
const R404_MAYBE = 'RFC 9110 §15.5.11: if the server does not know the removal is permanent, 404 ought to be used';
const R410_GONE = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410 Gone';
const K_DIFF = 'RFC 9110 §15.5.2 vs §15.5.4: 401 is about missing/invalid authentication, 403 about permission';
const K_WWWAUTH = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field';
const K_CACHE404 = 'RFC 9110 §15.1: 404 is heuristically cacheable, so caching it is allowed';
const K_CACHE410 = 'RFC 9110 §15.1: 410 is heuristically cacheable by default';
const K_RETRY403 = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials';
const K_RFC = 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and now defines the status codes';
const K_6750_SCOPE = 'RFC 6750 §3.1: insufficient_scope → HTTP 403';
const K_6750_TOKEN = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → HTTP 401';
const K_6750_NOERR = 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code';
const K_HIDE = 'RFC 9110 §15.5.4: an origin server may answer 404 instead of 403 to hide that a forbidden resource exists';
const K_UNAUTH = 'RFC 9110 §15.5.2: 401 "Unauthorized" means the request lacks valid authentication credentials';
const K_404_410 = 'RFC 9110 §15.5.11: 410 means intentionally and permanently gone; 404 says nothing about permanence';
const K_404_SILENT = 'RFC 9110 §15.5.5: 404 does not indicate whether the absence is temporary or permanent';
const K_NAMES = 'RFC 9110 §15.5.4 and §15.5.11: 403 Forbidden, 410 Gone';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'token on the billing svc expired like 20 min ago and the client keeps sending it. right now we return 403, shouldnt that be 401. code pls', R401_EXPIRED),
  w('401', 'api', "PR review comment on requireAuth(): when the Authorization header is missing entirely you return 403. Shouldn't a request with no credentials at all get a different code? Which one?", R401_NONE),
  w('401', 'support', 'A customer logged out of the dashboard, then hit the back button and clicked Export. Their session is over. What should the API answer to that Export request?', R401_SESSION),
  w('401', 'security', 'We revoked an API key last week after it leaked, and some bot is still presenting it. What status should those requests get?', R401_EXPIRED),
  w('401', 'nonnative', 'Hello, in our app when the JWT signature is not correct (it is signed with other key), which status code we must return? Now we return 400.', R401_WRONGKEY),
  w('401', 'sre', 'qa says hitting /v2/reports w/o any auth header gives 404 lol. the reports exist and thats public knowledge, its just behind login. what should it be', R401_NONE),
  w('401', 'api', "Wiki FAQ draft: \"If the bearer token is truncated (the copy-paste cut off the last characters), the API responds with ___.\" What goes in the blank?", R401_EXPIRED),
  w('401', 'nonnative', 'Admin changed the password of user, so all his sessions are invalidated, but the browser still send the old session cookie. Server should answer what, 401 or 403?', R401_SESSION),
  w('401', 'security', "Pen test finding: requests signed with an HMAC computed from the wrong secret currently get 403 with body 'forbidden'. Is that the right status, or should it be something else?", R401_WRONGKEY),

  // ---- 403 ----
  w('403', 'sre', 'svc acct for the exporter has a valid token but its missing the metrics:write scope. what do we send back', R403_SCOPE),
  w('403', 'api', "Tenant A's admin, fully logged in, requests /tenants/B/invoices. Tenant IDs are listed publicly on our partner page, so hiding that B exists gains nothing. Which status?", R403_TENANT),
  w('403', 'support', "Customer is on the Free plan and tries to open the Audit Log, which is a Business-plan feature listed on our pricing page. They're logged in fine. What should the API return?", R403_PLAN),
  w('403', 'security', "A request arrives with a perfectly valid API key but from an IP that isn't on the customer's allowlist. Right now we answer 401. Correct? If not, what?", R403_IP),
  w('403', 'nonnative', 'My user is logged in with role "viewer" and he try to DELETE a project. He can see this project in the list already. Which code is correct for this?', R403_ROLE),
  w('403', 'sre', 'deploy bot authenticates fine but rbac says it cant touch the prod namespace. we dont mind if it knows prod exists. correct response?', R403_ROLE),
  w('403', 'api', "In this PR, when a user with a valid token lacks the admin role on /settings/billing, the handler returns 401 so the frontend bounces them to login. Logging in again won't give them the role, though. What should it return?", R403_ROLE),
  w('403', 'support', "QA here: logged in as a read-only member, I can open and read a shared doc, but when I click Save the request fails. Which response should that save call give?", R403_ROLE),
  w('403', 'sre', 'oauth token is valid, scope is read only, they POST to /orders. which one', R403_SCOPE),

  // ---- 404 ----
  w('404', 'sre', 'someone fat fingered the url, /api/v1/ordres/123, no such route has ever existed. which one', R404_NEVER),
  w('404', 'api', 'GET /users/{id} for an id that was never issued currently returns 410. Is that right, and if not what should it be?', R404_NEVER),
  w('404', 'security', "Private repos must look nonexistent to outsiders. A logged-in user who isn't a member requests a private repo's URL. What status?", R404_HIDE),
  w('404', 'support', 'A customer deleted a project yesterday, but it sits in the trash for 30 days and they can still restore it. What should someone opening the old project link get?', R404_MAYBE),
  w('404', 'nonnative', 'We disable a product page because of stock problem, maybe we put it back next month, nobody decided yet. Which status for the old URL, 404 or 410?', R404_MAYBE),
  w('404', 'security', 'Case ids are confidential. A user from another org guesses /cases/88213. They must not learn whether that case exists. Which code?', R404_HIDE),
  w('404', 'sre', 'pulled the status page for the legacy region, not sure yet if its permanent, might bring it back. what do we return meanwhile', R404_MAYBE),
  w('404', 'api', "Code review: a logged-in employee requesting someone else's salary record gets 403 \"You cannot view this employee's salary\". Product wants it to be impossible to tell whether a given employee id exists at all. What should it return instead?", R404_HIDE),
  w('404', 'nonnative', 'Link in the email point to /invoice/INV-0000, but this invoice number never exist in our system. What we must return?', R404_NEVER),
  w('404', 'support', "PM question: a customer archived their shared dashboard and says they might unarchive it later. Visitors with the old link currently see our 'Gone forever' page with a 410. Is that right, or should it be something else?", R404_MAYBE),

  // ---- 410 ----
  w('410', 'sre', 'we killed the v1 webhooks endpoint for good last quarter, sunset was announced, its never coming back. clients still hitting it. code pls', R410_GONE),
  w('410', 'api', "We deliberately and permanently removed /beta/recommendations; there's no replacement and no plan to restore it. What should calls to it get?", R410_GONE),
  w('410', 'support', "A customer had us permanently erase their public profile (GDPR request, irreversible). Search engines still link to it and we don't care that people know it used to exist. What should the profile URL return so crawlers drop it?", R410_GONE),
  w('410', 'nonnative', 'Our old campaign page, we removed it on purpose and we are sure it will never come back. Currently the server gives 404. Is there a better code?', R410_GONE),
  w('410', 'security', 'We decommissioned the legacy /export.csv endpoint after an incident. It is permanently gone, and its existence is already public in our changelog. What status should it respond with?', R410_GONE),
  w('410', 'sre', 'product sunset, all /legacy-reports/* urls retired on purpose, decision is final. which status for those', R410_GONE),
  w('410', 'api', 'Wiki FAQ: "When a public API version reaches end-of-life and is deliberately shut off with no plan to bring it back, requests to it return ___."', R410_GONE),

  // ---- knowledge ----
  k('sre', 'whats the actual diff btw 401 and 403, i keep mixing them up at 3am', /authenticat|credential/i, K_DIFF),
  k('sre', 'does a 401 have to carry some header or can we just send a body', /WWW-Authenticate/i, K_WWWAUTH),
  k('sre', 'cdn is caching our 404s, is that even allowed by the spec or is it a cdn bug', /heuristic|cacheable|allowed|permitted|can be cached|may (be )?cache/i, K_CACHE404),
  k('sre', 'client lib keeps retrying on 403 in a loop. should anything ever auto retry a 403', /(not|n't|never|no)\b[^.]{0,40}(retr|repeat)|same credentials|won.?t (help|change)/i, K_RETRY403),
  k('sre', 'which rfc is the source of truth for status codes these days, still 7231', /9110/, K_RFC),
  k('sre', 'is a 410 cacheable by default or do we have to set cache-control ourselves', /heuristic|by default|without (an? )?(explicit|cache-control)/i, K_CACHE410),
  k('api', 'Per RFC 6750, when a bearer token lacks the scope an endpoint needs, which error value goes in the WWW-Authenticate challenge and which HTTP status goes with it?', /insufficient_scope[\s\S]*403|403[\s\S]*insufficient_scope/i, K_6750_SCOPE),
  k('api', "Code review debate: is it actually OK by the spec for our API to return 404 for a resource that does exist, when the caller isn't allowed to see it?", /hid(e|ing)|conceal|reveal|existence|exists/i, K_HIDE),
  k('support', "A customer asks what \"Unauthorized\" on their 401 error really means, since they ARE authorized in our admin panel. How should I explain it?", /authenticat|credential|log(ged)?[ -]?in|sign(ed)?[ -]?in/i, K_UNAUTH),
  k('support', "Our PM wants to know: what's the practical difference between 404 and 410 for old URLs?", /permanent/i, K_404_410),
  k('support', 'QA asks: does a 404 tell the client whether the resource used to exist, or whether it might come back later?', /\b(no|not|doesn.?t|neither)\b[^.]{0,80}(exist|come back|temporar|permanen|indicat|tell|say)|says nothing|temporary or permanent/i, K_404_SILENT),
  k('security', 'Per RFC 9110, what MAY an origin server send instead of 403 if it wants to hide that a forbidden resource exists?', /404/, K_HIDE),
  k('security', 'In RFC 6750, which error value does the resource server put in the Bearer challenge when the access token is expired or revoked, and which status accompanies it?', /invalid_token[\s\S]*401|401[\s\S]*invalid_token/i, K_6750_TOKEN),
  k('nonnative', 'Please, what are the official names of status 403 and 410 in the standard? I see different texts in different places.', /Forbidden[\s\S]*Gone|Gone[\s\S]*Forbidden/i, K_NAMES),
  k('nonnative', 'If the request has no token at all, by RFC 6750 the server should put an error code in WWW-Authenticate or not? I am confuse.', /should not|shouldn.?t|no error|not include|without (an? |any )?error|omit|leave (it )?out|don.?t (include|put|add)/i, K_6750_NOERR),
];

export const UNSEEN10_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
