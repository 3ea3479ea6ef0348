import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 17, written by a blind writer (a helper session) with a travel/booking platform and a B2B data API for partners in many countries in mind: on-call SREs, the API governance group, support staff relaying customers, security reviewers and partner engineers writing English as a second language. It is kept apart from tuning and was written without reading the product's parser, its tests or any other question set; labels follow RFC 9110 §15.5.2/§15.5.4/§15.5.5/§15.5.11, RFC 6750 §3.1 and the 403-vs-404 seed text. */

const R401 = 'RFC 9110 §15.5.2: request lacks valid authentication credentials → 401';
const R401_TOKEN = 'RFC 6750 §3.1: expired, revoked or malformed token is invalid_token → 401 (RFC 9110 §15.5.2)';
const R401_SESSION = 'RFC 9110 §15.5.2: an ended session is no longer a valid credential → 401';
const R401_KEY = 'RFC 9110 §15.5.2: credentials that do not verify (wrong/retired key) are not valid → 401';
const R403 = 'RFC 9110 §15.5.4: caller is known but not allowed, and existence is no secret → 403';
const R403_SCOPE = 'RFC 6750 §3.1: valid token lacking the required scope is insufficient_scope → 403';
const R403_TENANT = 'RFC 9110 §15.5.4 + seed (tenant isolation): authenticated cross-tenant access, existence not secret → 403';
const R403_IP = 'RFC 9110 §15.5.4 + seed (IP allowlist blocking a new service IP): valid credentials, refused → 403';
const R403_PLAN = 'RFC 9110 §15.5.4: authenticated caller whose plan does not permit the action → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target (never existed / typo) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: a server may answer 404 instead of 403 to hide that the resource exists';
const R404_MAYBE = 'RFC 9110 §15.5.5/§15.5.11: removed but not known to be permanent → 404, not 410';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // --- 401 ---
  w('401', 'sre', 'partner hits /v2/availability w/ an expired bearer token, what do we send back', R401_TOKEN),
  w('401', 'sre', 'token got revoked yesterday after the key leak, their svc is still calling w/ it. 401 or 403 which one', R401_TOKEN),
  w('401', 'nonnative', 'Hello, our system is calling your booking API but without any Authorization header, we forget to add it in the new release. Which code your server must to return in this case?', R401),
  w('401', 'support', "A customer logged out of the travel portal, then pressed Back and the page fired an API call with the old session cookie. That session is already ended on our side. What should the API respond with?", R401_SESSION),
  w('401', 'api', "A partner request carries an API key signature made with a signing key we rotated out last month, so it doesn't verify against any current key. Is that a 401 or a 403?", R401_KEY),
  w('401', 'sre', 'jwt coming in w/ a malformed signature segment, not even valid base64. gateway sends 403 rn. correct response?', R401_TOKEN),
  w('401', 'sre', 'basic auth w/ wrong password on the hotel inventory endpoint, code pls', R401),
  w('401', 'nonnative', 'Our access token is expired since 2 hours but our job still send it. Your API give us 403 Forbidden. It is correct or should be other code?', R401_TOKEN),
  w('401', 'security', "A request to /account/bookings arrives with a session cookie from a session the user terminated via 'sign out of all devices'. Which status should it get?", R401_SESSION),

  // --- 403 ---
  w('403', 'sre', 'partner token is valid but only has bookings:read scope and theyre POSTing to /bookings. which one', R403_SCOPE),
  w('403', 'api', "Partner A, with a valid key, requests a report owned by Partner B. Report IDs are listed in the public catalogue, so we don't mind if A knows it exists. What status do we return?", R403_TENANT),
  w('403', 'sre', 'partner in singapore got a new egress ip thats not on our allowlist, creds are fine tho. what do we send back', R403_IP),
  w('403', 'support', "A travel agent is logged in fine, but their role is 'viewer' and they're trying to cancel a group booking, which only 'manager' can do. The booking shows on their own agency dashboard, so they already see it. What code should they get?", R403),
  w('403', 'support', "Customer says they're on the Basic plan and calling /analytics/export, which our docs list as Enterprise-only. Their key is valid. What should they be getting back?", R403_PLAN),
  w('403', 'security', "Authenticated user with a valid session but without the 'billing-admin' role opens the invoices page. That page is linked all over the UI, so its existence is no secret. 403 or 404?", R403),
  w('403', 'sre', 'oauth token valid, not expired, but missing the inventory:write scope. gateway returns 401 for it atm, thats wrong right? what should it be', R403_SCOPE),
  w('403', 'api', 'How should we respond when a free-tier partner, correctly authenticated, calls the bulk fare search endpoint that our public pricing page documents as paid-only?', R403_PLAN),
  w('403', 'nonnative', 'My colleague from other tenant have a valid login and he try to open our company dashboard URL. The dashboard exist and everybody know this URL, it is not secret. Which error he should see?', R403_TENANT),

  // --- 404 ---
  w('404', 'sre', 'someone calling /v2/hotells/123, typo in the path, that route doesnt exist at all. code', R404),
  w('404', 'support', "A customer is asking about booking reference XJ7-99Q, which we've never issued - it doesn't exist in any of our systems. What should the lookup API return?", R404),
  w('404', 'security', "A logged-in user requests /partners/{id}/contract for a partner they aren't linked to. Partner contracts are confidential and the user must not learn that the contract exists. What status?", R404_HIDE),
  w('404', 'sre', 'pulled the summer sale promo page, not sure yet if permanent, marketing might bring it back. what do we return', R404_MAYBE),
  w('404', 'api', "We temporarily pulled a dataset from the partner API while legal reviews it; it may come back or not, nobody has decided. What should GET /datasets/{id} return meanwhile?", R404_MAYBE),
  w('404', 'nonnative', 'We request /api/v1/property/555 but this property was never created in your system, I checked with your team. What is the right code to answer?', R404),
  w('404', 'security', "An employee with valid SSO requests a VIP guest profile id they're not cleared for. Policy says uncleared users must not even be able to tell whether that VIP profile exists. 403 or 404?", R404_HIDE),
  w('404', 'sre', 'deleted the legacy fx-rates feed but we might restore it if some partner screams, undecided. 404 or 410', R404_MAYBE),
  w('404', 'support', 'A partner says they get an error when calling an endpoint name that appears nowhere in our docs and that we never built. Which status is right for that?', R404),
  w('404', 'api', "Draft tours are visible only to the supplier that owns them. If another supplier with valid credentials guesses a draft ID, we don't want to leak that the draft exists. What's the right response?", R404_HIDE),

  // --- 410 ---
  w('410', 'sre', 'killed the v1 search api for good, decommissioned, never coming back. partners still calling it. code pls', R410),
  w('410', 'api', 'We intentionally retired /legacy/fares and it is permanently gone, no replacement at that URL. Should clients get 404 or 410?', R410),
  w('410', 'support', 'A hotel left our platform and we removed its listing page on purpose, permanently: contract terminated, it will never be relisted. Search engines still send people there. What should that page return?', R410),
  w('410', 'nonnative', 'You removed the old partner endpoint /v0/rates definitively, your mail said it will never come back. What status code we will receive when we still call it?', R410),
  w('410', 'security', 'As part of security hardening we permanently decommissioned /v1/auth/legacy-login. It was removed on purpose, partners were told, and it is gone for good. What should requests to it get?', R410),
  w('410', 'sre', 'campaign landing page removed deliberately, permanent, zero plans to bring it back. 404 or 410', R410),
  w('410', 'support', "A customer's old shared-trip link points to a trip album we deleted on purpose after the retention period ended; it's permanently gone. What should that link return?", R410),

  // --- knowledge ---
  k('api', 'Which RFC defines HTTP status code semantics nowadays? Is it still RFC 7231?', /9110/, 'RFC 9110 obsoletes RFC 7231 and now defines status code semantics'),
  k('api', 'What header is a server required to send with a 401 response?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field'),
  k('security', 'Under RFC 6750, what error value goes in WWW-Authenticate when the bearer token is fine but lacks the scope the endpoint needs?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope (with 403)'),
  k('security', 'Per RFC 6750, which error value do you put in the WWW-Authenticate challenge when the bearer token is expired or revoked?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token (with 401)'),
  k('sre', 'is a 410 cacheable by default or do we need cache-control on it', /heuristic|\byes\b|(?<!not )cacheable by default/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('sre', 'should our client retry on 403 or nah', /\bno\b|not (automatically )?(retry|repeat)|n.t retry|shouldn.?t|same credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('support', "A customer asks what 'Unauthorized' in a 401 actually means. Is it about their permissions?", /authenticat|credential/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials, not a permission problem'),
  k('nonnative', 'What is the difference between 401 and 403? I am always confused with these two.', /authenticat|credential/i, 'RFC 9110 §15.5.2/§15.5.4: 401 is missing/invalid authentication; 403 is an understood, authenticated request that is refused'),
  k('api', 'Is it legitimate to return 404 for a resource that actually exists?', /hid|conceal|reveal|disclos|existence/i, 'RFC 9110 §15.5.4/§15.5.5: a server may use 404 to hide the existence of a resource from a caller not allowed to know it'),
  k('security', 'Can a 403 response explain why access was refused, or should the body stay silent?', /describ|explain|reason|content|body/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('nonnative', '410 Gone and 404 Not Found, what is exactly the difference between them?', /permanent/i, 'RFC 9110 §15.5.11: 410 means the resource is gone and the condition is likely permanent; 404 does not say'),
  k('sre', 'which section of rfc 9110 is 403 forbidden in', /15\.5\.4/, 'RFC 9110 §15.5.4 defines 403 Forbidden'),
  k('api', 'Does a 404 tell the client whether the missing resource is gone temporarily or permanently?', /\bno\b|doesn.?t|does not|not indicate|410/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent; 410 is preferred if known permanent'),
  k('support', 'A customer logged in successfully but still gets a 403. Will logging in again fix it?', /\bno\b|won.?t|will not|not help|doesn.?t|does not/i, 'RFC 9110 §15.5.4 + seed: re-authenticating will not change a 403; permissions must change'),
  k('nonnative', 'In which RFC is described the Bearer token usage, with error codes like invalid_token?', /6750/, 'RFC 6750 defines OAuth 2.0 Bearer Token Usage and its error codes'),
];

export const UNSEEN17_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
