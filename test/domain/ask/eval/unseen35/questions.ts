import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 35, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a telecom operator — customer self-care app, SIM and number porting API for resellers, a network-ops dashboard, prepaid top-ups, ported-out numbers, lawful-intercept paperwork kept secret. */

const R401 = 'RFC 9110 §15.5.2: request lacks valid authentication credentials (none sent, wrong, unverifiable) → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, not issued by us) → 401';
const R403 = 'RFC 9110 §15.5.4: server understood the request and refuses it; caller is known but not allowed (role, plan, IP allowlist, suspended account) → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope — token valid but lacks the scope → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation found for the target resource (unknown id, never existed) → 404';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource from this caller MAY answer 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when the server knows the removal is permanent; if unknown, 404';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', "self-care app: GET /v2/accounts/me/balance arrives w/o any Authorization header at all, gateway answers 403 atm. log: 'GET /v2/accounts/me/balance 403 auth=none ua=SelfCare/5.2.1'. what should it actually send", R401),
  w('401', 'api', "porting api for resellers — reseller r-2231 sends a bearer token whose exp was 10 min ago. signature fine, reseller acct active, token had port:write scope. bob says 403 b/c 'expired token = not allowed'. who is right", R401T),
  w('401', 'support', "customer changed his password on the website, now the self-care app on his phone gets rejected b/c the old session token was revoked by the pw change. api sends 404 right now which confuses the app. which code should the api give", R401T),
  w('401', 'security', "noc dashboard api: jwt signature doesnt verify (kid unknown, looks tampered). user would otherwise be a noc engineer w/ all roles. we return 403 today, 401 or 403", R401T),
  w('401', 'nonnative', "hello, in our prepaid top-up api the dealer is sending api key in header but the key is wrong, it not exist in our database at all. we are answering 400 bad request now. which status is correct for this please", R401),
  w('401', 'sre', "top-up settlement callback needs basic auth. vendor rotated creds on their side and their cron now sends Authorization: Basic w/ the wrong password. endpoint exists, vendor not banned, nothing else changed. code pls", R401),
  w('401', 'api', "sim activation endpoint for resellers: request comes in with 'Authorization: Bearer ' and an empty token string, literally nothing after Bearer. not a scope question, there is nothing to check scopes on. what do we send back", R401),
  w('401', 'security', "reseller contract ended, we revoked their api key (key revoked, not the account deleted). they keep calling GET /porting/v1/orders with the revoked key. the orders endpoint is public in the partner docs, no secret. 401 or 403", R401T),
  w('401', 'nonnative', "our network dashboard is using oauth. the engineer send access token from other issuer (the staging IdP), so our server cannot validate it, for us it is not a valid token. we reply 403 forbidden. is it correct or should be something else", R401T),

  // ---- 403 ×10
  w('403', 'sre', "reseller token valid + not expired, scopes only sim:read, they call POST /porting/v1/port-ins. we answer 401 currently. log: 'POST /porting/v1/port-ins 401 scope=sim:read reseller=r-2231'. correct response?", R403S),
  w('403', 'api', "noc dashboard: L1 support tech logged in via sso (session valid) hits the 'reroute trunk' action which needs the noc-engineer role. not a secret that the action exists, the button is in the ui for everyone. alice wants 401 so they re-login as someone else. which one", R403),
  w('403', 'support', "customer logs into the self-care app fine, but the acct is suspended for unpaid bills and he tries to change his tariff plan. it's his own acct, he can see it, nothing hidden. what code should the api return for the tariff change", R403),
  w('403', 'security', "ops dashboard api has an ip allowlist. request from the new monitoring server ip (not on the list yet) w/ a perfectly valid service token. we 404 today but we're not hiding anything, the endpoint is documented internally. 403 or 404", R403),
  w('403', 'nonnative', "reseller have valid api key, key is ok not expired, but their contract plan is 'basic' and number porting is only included in 'premium' plan. my colleague say 401, other one say 402. what is correct status", R403),
  w('403', 'sre', "after the deploy every top-up from the dealer portal fails: '403 POST /topup/v1/recharge dealer=d-99 token=valid role=viewer'. migration reset the dealer acct role to viewer. is 403 actually the right code here or is the svc returning the wrong thing", R403),
  w('403', 'api', "self-care: authenticated customer sends DELETE on the primary msisdn of his own contract. DELETE on that resource is supported, shop staff use it, but customers may never remove the primary number. number obviously exists, it's on his dashboard. 403 or 405", R403),
  w('403', 'support', "customer logged in ok, tries to download call detail records for a business line where he is just a user — only the company admin of that business acct may download CDRs. he can see the line in the app so existence isnt secret. what do we send back", R403),
  w('403', 'security', "pentest finding: reseller token (valid signature, not expired) can call GET /admin/v1/resellers (operator-internal admin api) and gets 200 with an empty list. the admin api itself is documented in the partner portal so its existence is no secret. what should it return", R403),
  w('403', 'nonnative', "user is logged correctly in our self-care app, he try to change the owner name on the contract but only the contract holder can do this, he is only secondary user in the family plan. he see the contract normally. my colleague say 401. what status we return", R403),

  // ---- 404 ×10
  w('404', 'sre', "GET /porting/v1/orders/ORD-000000 — id just doesnt exist, reseller typo'd it. valid token, right scope, right tenant. we return 400 right now. code pls", R404),
  w('404', 'api', "tenant isolation on the porting api: reseller B (authenticated, valid token) guesses an order id that belongs to reseller A. requirement is B must not even learn whether that order exists. 403 or 404", R404H),
  w('404', 'support', "customer clicks an old sms link to /offers/summer-2019, we deleted that promo page. nobody decided yet whether its gone for good, marketing might bring it back. 404 or 410", R404U),
  w('404', 'security', "lawful-intercept paperwork: GET /api/li/orders/{id}. ordinary support staff (logged in, valid session) must not even learn that an intercept order exists for a subscriber. right now they get 403 'you are not in the LI team'. what should they get instead", R404H),
  w('404', 'nonnative', "the SIM ICCID what reseller send in request, it is not in our system and never was (we checked the stock, it is not our sim). token is ok, scope is ok. which code we answer", R404),
  w('404', 'sre', "noc dashboard GET /noc/cells/CELL-88213 returns 403 for cell ids that dont exist in inventory (authz middleware denies ids with no owner). everyone on the dashboard is allowed to view all cells anyway. what should an unknown cell id give", R404),
  w('404', 'api', "reseller asks GET /v1/numbers/+4930555000111 for status — that number was never in our ranges, we never owned or served it. someone suggested 410. which is right", R404),
  w('404', 'support', "customer typed his prepaid voucher code wrong, GET /topup/v1/vouchers/{code} finds nothing in the voucher db. he is logged in, nothing wrong w/ auth. what should it give", R404),
  w('404', 'security', "security review: customer X (logged in) requests /selfcare/v1/invoices/INV-7781 which belongs to customer Y. today it returns 403 'not your invoice'. reviewer says we must not reveal to X that an invoice with that number exists for someone else. which code then", R404H),
  w('404', 'nonnative', "we removed an old tariff from the catalog api (/tariffs/smart-xl) but product team is not sure, maybe it come back next year, not decided. my colleague want 410 now. is 410 correct?", R404U),

  // ---- 410 ×6
  w('410', 'sre', "legacy v1 top-up api was shut down for good last month, announced to all dealers w/ 6 months notice, it is never coming back. some dealers still hit /topup/v1/... and we return 404 now. should it be something else", R410),
  w('410', 'api', "after the port-out the contract C-1182 was terminated and we deliberately purged /contracts/C-1182 permanently (contract ids are never reused). reseller tools still poll it. we send 404 atm, is there a better code", R410),
  w('410', 'support', "old self-care app download link /apps/selfcare-classic.apk — that app is discontinued for good, file deliberately removed, never coming back. crawlers and old blog links still hit it. which code so they drop it", R410),
  w('410', 'security', "we intentionally and permanently retired the old public balance-check endpoint /ussd/balance after a vuln, no auth was ever needed for it and the decision is final, it will not return. 404 or 410", R410),
  w('410', 'nonnative', "the promotion page 'xmas 2022 double data' is finished and we delete it on purpose, management confirmed it will never come back. colleague say 404 is enough. which is more correct", R410),
  w('410', 'support', "reseller asks why GET /v2/webhooks/{id} answers 404. v2 webhooks were decommissioned permanently on 1 march, all subscriptions deleted on purpose, it's in the changelog, no v2 ever again. what should we really answer", R410),

  // ---- knowledge ×15
  k('sre', "when we send 401 which response header has to go with it", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', 'which rfc defines the http status codes now, is 7231 still the current one', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines the status code semantics'),
  k('support', "whats the actual difference between 404 and 410 for a link a customer clicks", /permanent|for good|intentional|deliberate/i, 'RFC 9110 §15.5.11: 410 means intentionally removed and known to be permanent; 404 says nothing about permanence'),
  k('security', 'in rfc 6750 what is the error code when the bearer token lacks the required scope', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, with status 403'),
  k('nonnative', 'is a 410 response cacheable by default or cache never store it?', /heuristic|cacheable by default|can be cached|may be cached|(is|are) cacheable/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('sre', 'what is 429 for and which header tells the client when it can try again', /Retry-After/i, 'RFC 6585 §4: 429 Too Many Requests may include Retry-After (RFC 9110 §10.2.3)'),
  k('api', 'rfc 6750: which error value goes in WWW-Authenticate when the access token is expired', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed tokens'),
  k('support', "customer on a corporate network gets 407 — what is 407 and how is it different from 401", /proxy/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, the proxy (not the origin) needs credentials'),
  k('security', 'does the rfc allow answering 404 instead of 403 so we dont reveal a resource exists', /hid|conceal|existence|reveal/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond 404'),
  k('nonnative', 'what search engines crawler do different with 410 compare to 404?', /faster|quick|sooner|permanent|for good/i, 'Seed / RFC 9110 §15.5.11: 410 signals permanent removal so crawlers delist faster'),
  k('api', 'what is 405 meant for, vs 403', /method/i, 'RFC 9110 §15.5.6: 405 Method Not Allowed — the method is not supported by the target resource (with an Allow header)'),
  k('security', 'rfc 6750 says which http status for the invalid_request error', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('sre', 'should a HEAD request for a missing resource return 404 too, same as GET', /same|identical|404/i, 'RFC 9110 §9.3.2: HEAD is identical to GET except no content, so the same status'),
  k('nonnative', 'what is difference between 409 conflict and 403 forbidden?', /conflict|state/i, 'RFC 9110 §15.5.10: 409 is a conflict with the current state of the resource, not a permission refusal'),
];

export const UNSEEN35_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
