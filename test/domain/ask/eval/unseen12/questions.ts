import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 12, written by a blind writer with an e-commerce / fintech angle (carts, orders,
 * payouts, KYC, merchant dashboards, partner APIs, marketplace sellers): terse night-time on-call SREs, API
 * designers, support agents pasting customer messages, security reviewers and second-language writers. It was
 * written without reading the product's parser, code, tests or any other question set, grounded only in
 * RFC 9110, RFC 6750 and the shared 403-vs-404 seed text, and is kept aside from development. */

const R401 = 'RFC 9110 §15.5.2: request lacks valid authentication credentials → 401';
const R401_EXPIRED = 'RFC 6750 §3.1: expired/revoked/malformed token is invalid_token → 401 (RFC 9110 §15.5.2)';
const R401_SESSION = 'RFC 9110 §15.5.2: an ended or timed-out session is no longer a valid credential → 401';
const R403 = 'RFC 9110 §15.5.4: caller is known but not permitted, existence is no secret → 403';
const R403_SCOPE = 'RFC 6750 §3.1: valid token lacking the required scope is insufficient_scope → 403';
const R403_TENANT = 'Seed + RFC 9110 §15.5.4: authenticated cross-tenant access where existence is not hidden → 403';
const R403_IP = 'Seed + RFC 9110 §15.5.4: valid credentials blocked by an IP allowlist → 403';
const R403_PLAN = 'RFC 9110 §15.5.4: authenticated caller whose plan does not include the feature is refused → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource (never existed / typo) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: server may answer 404 instead of 403 to hide that the resource exists';
const R404_MAYBE = 'RFC 9110 §15.5.11: removal not known to be permanent (may be restored) → 404, not 410';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'merchant dashboard calling orders api w/ a jwt that expired 20 min ago, what do we send back', R401_EXPIRED),
  w('401', 'sre', 'partner api key got revoked yesterday after the leak and they keep hammering /v2/payouts w/ it. code pls', R401_EXPIRED),
  w('401', 'support', 'Customer wrote: "I logged out of the app last night and this morning the cart widget still tries to load my cart with the old session and fails." Which status should the cart endpoint give for that old session?', R401_SESSION),
  w('401', 'api', 'A POST /orders request arrives with no Authorization header at all, and the endpoint requires a logged-in buyer. Which status should we respond with?', R401),
  w('401', 'nonnative', 'The bearer token is signed with wrong key (our old key, we rotated it away) so signature check is failing. Which code we must return, 401 or 403?', R401_EXPIRED),
  w('401', 'security', "The token sent to the KYC document upload endpoint is malformed, just base64 garbage we can't parse. What's the right status to pair with error=\"invalid_token\"?", R401_EXPIRED),
  w('401', 'sre', 'seller hits /listings w/ basic auth but the password is wrong b/c they rotated it and didnt update the integration. 401 or 403', R401),
  w('401', 'support', 'A shopper was logged out after 30 minutes idle (session timeout), then clicked "Pay now" and the checkout call failed. What should the API have answered?', R401_SESSION),
  w('401', 'nonnative', 'Our marketplace seller use an API key which was deleted by his admin last week. Now he still call GET /inventory with this key. What answer the server should give?', R401_EXPIRED),

  // ---- 403 ----
  w('403', 'sre', 'support agent role tries to issue a refund, only finance role can do that. agent is logged in fine and the refund button is visible in the ui to everyone. which one', R403),
  w('403', 'api', 'OAuth token is valid but only carries orders:read, and the client calls POST /orders/{id}/cancel which needs orders:write. Which status?', R403_SCOPE),
  w('403', 'security', "Merchant A's valid API key requests GET /merchants/B/settlements. Merchant IDs are public on the storefront, so we don't mind if A knows B exists. What do we return?", R403_TENANT),
  w('403', 'sre', 'partner calls payouts api w/ a valid key but from a new egress ip thats not on their allowlist. correct response?', R403_IP),
  w('403', 'support', 'Customer wrote: "I\'m on the Starter plan and when I click Export to CSV on the reports page I get an error." They are logged in, and export is a Pro-only feature listed on our pricing page. Which code should that be?', R403_PLAN),
  w('403', 'nonnative', 'User is login correctly, but his KYC is not verified yet, so he is not allowed to withdraw money. The withdraw endpoint is known for everybody, no secret. Which status is correct?', R403),
  w('403', 'sre', 'readonly api token tries DELETE on a webhook subscription. token is otherwise fine and it can see that webhook via GET. code pls', R403_SCOPE),
  w('403', 'api', 'Should we return 403 or 404 when a logged-in buyer tries to PATCH a product listing that belongs to another seller? Listings are public: anyone can view them, only the owning seller may edit.', R403),
  w('403', 'security', 'A customer-service user with a valid session (not an admin) requests /admin/fraud-rules. The admin area is documented publicly, so hiding it is pointless. Correct response?', R403),

  // ---- 404 ----
  w('404', 'sre', 'GET /orders/ORD-99x12, no such order ever existed, customer typod the id. what do we send back', R404),
  w('404', 'support', 'Customer says "the invoice link in your email gives an error". We checked: the invoice number in the link has a typo, and an invoice with that number was never created. Which code is right?', R404),
  w('404', 'security', "A user with a valid session requests /payouts/{id} for another merchant's payout. Payout ids are confidential and the caller must not learn that this payout exists. What should the response be?", R404_HIDE),
  w('404', 'security', 'Unreleased SKUs in the seller back office: a logged-in seller from a different shop probes /skus/{id} for one of them. We want private things to look absent. Which status?', R404_HIDE),
  w('404', 'sre', 'took down the black friday promo page, marketing might bring it back next yr, not sure yet if permanent. 404 or 410', R404_MAYBE),
  w('404', 'api', 'We soft-deleted a merchant\'s store and they have 30 days to restore it. What should GET /stores/{id} return during that window?', R404_MAYBE),
  w('404', 'nonnative', 'Customer delete his shopping cart, but we are not decide yet if deleted carts can be recovered later. When somebody request the cart URL, which code?', R404_MAYBE),
  w('404', 'sre', 'crawler keeps hitting /products/old-slug-123, that url never existed on our site, its from a bad backlink. which one', R404),
  w('404', 'support', 'A seller asks why GET /api/v1/refunds/rf_123 gives them an error. rf_123 belongs to a different seller, and our policy is that sellers must never find out whether another seller\'s refund exists. Correct status?', R404_HIDE),
  w('404', 'nonnative', 'Partner is calling /v3/settlements but we have only v1 and v2, v3 never was existing. What status code to give?', R404),

  // ---- 410 ----
  w('410', 'sre', 'we killed the legacy /v1/checkout endpoint for good last quarter, its never coming back. partners still call it. which one', R410),
  w('410', 'api', 'We permanently retired the gift-wrap add-on API: the resource was removed on purpose and will not return. What should clients get when they call it?', R410),
  w('410', 'support', 'Customer wrote: "your old referral link from 2019 doesn\'t work". The referral program was shut down permanently and all those links were deliberately removed. What should the link return?', R410),
  w('410', 'nonnative', 'We close the marketplace in Brazil forever, all seller pages there are removed on purpose and never come back. Which code for these pages?', R410),
  w('410', 'sre', 'decommissioned the payouts v1 webhook endpoint on purpose, sunset date passed, removal is final. code pls', R410),
  w('410', 'security', "After a GDPR erasure request we intentionally and permanently deleted a customer's public review page. It will never be restored, and it's fine for people to know it used to exist. What status for its URL?", R410),
  w('410', 'support', 'A merchant deleted their storefront using "Delete permanently" (no undo, no recovery). Shoppers still click old links to it. Which status should the store URL send?', R410),

  // ---- knowledge ----
  k('sre', 'whats the actual diff btw 401 and 403, quick', /authenticat|credential|log(ged)? ?in|who you are|identity/i,
    'RFC 9110 §15.5.2/§15.5.4: 401 = missing/invalid credentials (authentication); 403 = understood but refused'),
  k('sre', 'does a 401 need some header or can we just send the json body', /WWW-Authenticate/i,
    'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field'),
  k('sre', 'should our payout worker retry on 403 or is that pointless',
    /pointless|no point|won.?t help|(don.?t|do not|not|never|shouldn.?t|should not)\b[^.]{0,30}(auto|retry|repeat)|without (a |any )?(change|fix)|until/i,
    'RFC 9110 §15.5.4: client SHOULD NOT automatically repeat the request with the same credentials; seed: retry only after fixing the cause'),
  k('sre', 'cdn cached our 404s on product pages for hours, are 404s even cacheable by default', /heuristic|yes|cacheable by default/i,
    'RFC 9110 §15.1/§15.5.5: 404 is heuristically cacheable unless indicated otherwise by cache controls'),
  k('api', 'Which RFC currently defines HTTP status code semantics? Is it still RFC 7231?', /9110/,
    'RFC 9110 (2022) obsoletes RFC 7231 and defines HTTP semantics and status codes'),
  k('api', 'In RFC 6750, which error code does the resource server use when the access token lacks the required scope?', /insufficient_scope/i,
    'RFC 6750 §3.1: insufficient_scope, with HTTP 403'),
  k('api', "Is it acceptable per the spec to return 404 for a resource that exists but the caller isn't allowed to access?", /hid|conceal|existence|reveal|disclos/i,
    'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond with 404'),
  k('api', "If we can't tell whether a deleted merchant page is gone permanently, does RFC 9110 prefer 404 or 410?", /404/,
    'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410'),
  k('api', 'What does RFC 6750 say the response should be when a client presents an expired access token?', /401|invalid_token/i,
    'RFC 6750 §3.1: expired token is invalid_token and SHOULD be answered with 401'),
  k('support', 'A merchant asks: "your error says Unauthorized but I\'m an admin, how am I not authorized?" What does 401 Unauthorized actually mean?', /authenticat|credential|log(ged)? ?in|sign(ed)? ?in/i,
    'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials, despite the name'),
  k('support', 'A customer asks whether logging out and back in will fix the 403 they get on the payouts page. Will it?', /\bno\b|won.?t|will not|not help|doesn.?t|does not|unlikely/i,
    'Seed + RFC 9110 §15.5.4: 403 is about permission, re-authenticating will not change the outcome'),
  k('security', 'Is a 410 Gone response cacheable by default, or only when we add an explicit Cache-Control?', /heuristic|yes|cacheable by default/i,
    'RFC 9110 §15.1/§15.5.11: 410 is heuristically cacheable by default'),
  k('security', 'Per RFC 9110, if a request carried credentials and still got a 403, what does that say about those credentials?', /insufficient|not (enough|sufficient)|lack|(do not|don.?t|does not|doesn.?t|not) (grant|allow|permit)/i,
    'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient to grant access'),
  k('nonnative', 'Please explain me the 410 code, what it mean exactly and when I should use it instead of 404?', /permanent/i,
    'RFC 9110 §15.5.11: 410 means the resource is intentionally gone and this condition is likely permanent'),
  k('nonnative', 'Which RFC is describing the Bearer token errors like invalid_token and insufficient_scope?', /6750/,
    'RFC 6750 §3.1 defines the Bearer token error codes'),
];

export const UNSEEN12_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
