import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 248, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an online marketplace (sellers, buyers, delisted products, banned sellers, order pages, seller dashboards, geo restrictions), mostly support staff and non-native English speakers. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; a WWW-Authenticate challenge is sent';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it for a known caller; re-authenticating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (the token lacks the privileges the request needs) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource is intentionally no longer available at the origin and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'support', 'A customer clicked the "view your order" link from our confirmation email on a shared library computer, so there is no session cookie and no login at all. The order is real and it is hers. Right now the page shows "Forbidden". What should the order API answer to that first, not-logged-in request?', R401),
  w('401', 'nonnative', 'Seller try to open his seller dashboard but his session token is expired since yesterday. The shop is active, not banned, nothing wrong with account. My colleague say we must return 403 because he cannot see the dashboard. Which code is correct to give back?', R401T),
  w('401', 'sre', 'seller dashboard api getting calls w/ a bearer token we revoked after the sellers password reset. acct itself is fine, not banned, not suspended. what do we send back', R401T),
  w('401', 'api', 'The buyer app sends GET /orders/{id} with a JWT whose signature fails verification. The subject claim names a buyer who does own that order, but since the signature is bad we cannot trust the claim. Which status should the order service return?', R401),
  w('401', 'support', 'Buyer changed her password on the website this morning, and the old mobile app keeps calling the order history endpoint with the old credentials, which we no longer accept. She is not banned and she has every right to see her orders. Engineering currently sends 403 — I think that is not right, but what should it be?', R401),
  w('401', 'nonnative', 'The seller integration send API key with one character missing, so we do not find this key in our database at all. The listing endpoint need a valid key. What status is correct for the response?', R401),
  w('401', 'security', 'Pen-test finding: PUT /listings/{id} returns 403 when the request carries no Authorization header whatsoever. The tester says the code is wrong for an anonymous caller. What should an anonymous request to this authenticated-only endpoint get?', R401),
  w('401', 'support', 'Customer left her browser open for two hours, her session timed out, then she pressed "cancel order". The request went out without any valid session. She is the buyer on that order and would be allowed to cancel once signed in. What code should the cancel endpoint return so the app sends her to login?', R401),
  w('401', 'sre', 'webhook config endpoint on the seller side got a jwt that we never issued, forged kid, sig doesnt verify. no real acct behind it. code pls', R401),

  // ---- 403 (10) ----
  w('403', 'support', 'A seller is logged in correctly but changed the shop id in the URL to open another seller\'s dashboard. Both shops are public storefronts, so everyone already knows the other shop exists; we just do not let him manage it. What should he get back?', R403),
  w('403', 'nonnative', 'Buyer is logged in, the product is exist and is visible in search for everybody, but the seller restrict shipping so the buyer\'s country can not purchase. When buyer click "Buy now" we refuse him. Which code we should send?', R403),
  w('403', 'sre', 'banned seller still holds a valid token (we didnt revoke it), calling POST /listings. we know exactly who it is and the ban is shown publicly on their storefront anyway. logging in again wont change anything. status?', R403),
  w('403', 'api', 'A seller\'s OAuth access token is valid and unexpired, but it was granted only the listings:read scope. The seller calls POST /orders/{id}/refund, which requires orders:write. What should the resource server respond with?', R403S),
  w('403', 'support', 'One of our tier-1 support agents is logged into the admin console and tried to issue a $700 refund, but refunds above $500 need the tier-2 role. A colleague says this should be 401 because the agent "needs more authentication". The agent is authenticated fine. What is the right response?', R403),
  w('403', 'nonnative', 'Buyer want to write a review on a product but he never buy it. He is logged in with good session, product is public. We do not allow review without purchase. Which response is good for this case?', R403),
  w('403', 'security', 'Review comment: a logged-in buyer who requests a seller\'s payout settings page gets 403. The tester wants 404 to avoid leaking. But every seller is public and every seller has a payout settings page by design, so there is nothing secret about it existing. Keep the 403 or not?', R403),
  w('403', 'support', 'A seller account is suspended for a policy violation. We still let them sign in so they can read the appeal notice, and their login works. When they try to create a new listing we block it. Signing out and in again does not change it. What status should the create-listing call return?', R403),
  w('403', 'sre', 'buyer w/ valid session hits /admin/moderation-queue. the admin area is documented in our public help center so no point hiding it. not an auth problem, they just arent staff. what do we return', R403),
  w('403', 'nonnative', 'Seller add his employee to the shop with "viewer" role. The employee is authenticated correctly, but he try to change the price of a listing, which viewer can not do. Which status code is right?', R403),

  // ---- 404 (10) ----
  w('404', 'support', 'A customer pasted a link to /orders/98765432 and says it is broken. I checked: that order number was never created in our system, it looks like a typo. She is logged in. What should the page return?', R404),
  w('404', 'nonnative', 'Buyer call GET /products/sku/ZX-0000 but this SKU never was in our catalog, no seller ever create it. Which code the API should answer?', R404),
  w('404', 'sre', 'crawler spamming /shop/cheap-rolex-outlet, no shop by that name was ever registered. what do we send back', R404),
  w('404', 'security', 'Buyer A is iterating order ids and requesting other buyers\' orders with a valid session. We do not want to confirm which order numbers exist. What should those requests for orders that belong to someone else return?', R404H),
  w('404', 'support', 'A seller created a private listing that only invited buyers can see. A logged-in buyer who was not invited opened the link from a forum. Our policy says uninvited people must not learn that the private listing exists. What do we send him?', R404H),
  w('404', 'nonnative', 'Some listing is blocked in buyer country by local law, and the law say we must not even show the listing is exist there. Buyer is logged in and open the direct link. Which code we give, so he cannot know it exist?', R404H),
  w('404', 'api', 'A seller\'s unpublished draft listing has a guessable URL. Another authenticated seller requests it. Product requirement: a draft must be indistinguishable from an id that does not exist to anyone but its owner. Which status should the listing endpoint return?', R404H),
  w('404', 'support', 'Moderation delisted a product pending review. The seller has filed an appeal and it might be reinstated next week, or might not, we do not know yet. A buyer opens the product page from her wishlist. What should the page return for now?', R404U),
  w('404', 'nonnative', 'Seller remove his listing when he go on holiday, maybe he put it back later, maybe not, he did not tell us. Buyer open the old link of the listing. Which code is correct?', R404U),
  w('404', 'sre', 'seller deleted a listing, we soft delete and they can restore it for 30 days. buyers still hitting the old url. colleague wants 410 for seo. code pls', R404U),

  // ---- 410 (6) ----
  w('410', 'support', 'A seller closed his shop and asked us to erase everything under GDPR. The data is purged and the shop will never come back. Buyers still open old product links from Google. What should those links return?', R410),
  w('410', 'nonnative', 'Product was delisted forever because it is counterfeit. We decided it never come back and the product ID is not reused. It is ok that people know the product was on the site before. Which code for the product page now?', R410),
  w('410', 'sre', 'old v1 seller dashboard endpoints are decommissioned for good, no v1 ever coming back, some integrations still calling them. status?', R410),
  w('410', 'api', 'Our flash-sale landing pages for last year\'s Black Friday were intentionally removed and will never be republished; the URLs will not be reused. We want search engines to drop them quickly. What should those URLs return?', R410),
  w('410', 'support', 'A seller was permanently banned with no possibility of appeal, and we deliberately took down the storefront for good. We are fine with the public knowing the shop used to exist. A buyer opens the shop URL. What does the page return?', R410),
  w('410', 'security', 'Shared receipt links expire after 90 days: the receipt share is deliberately and permanently deleted and the token is never reissued. Whoever holds the link already got it from the buyer, so confirming it once existed leaks nothing. What should an expired share link return?', R410),

  // ---- knowledge (15) ----
  k('support', 'When our order API sends a 401 to a customer app, is there a header that must come with it? Which one?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('sre', 'is a 404 cacheable by default or does the cdn need explicit cache-control to keep it', /heuristic/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('nonnative', 'If seller get 403, will it help when he log out and log in again with same account? What RFC say about this?', /same credentials|re-?authenticat\w*\s+(will not|won'?t|does not|doesn'?t|would not|wouldn'?t|cannot|can'?t)\s+help|(should not|shouldn'?t|not)\s+(automatically\s+)?(repeat|retry|resend)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', 'Which RFC is the current normative reference for HTTP status code semantics such as 401, 403, 404 and 410?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231'),
  k('support', 'Our developers use bearer tokens. When a seller\'s token has expired, what error value does RFC 6750 say to put in the WWW-Authenticate header?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens'),
  k('nonnative', 'In RFC 6750 the error "insufficient_scope" go with which HTTP status code?', /403/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403'),
  k('support', 'If we return 410 for a permanently removed product, do we have to keep returning 410 for that URL forever?', /not necessary|no (requirement|obligation)|not (required|obliged|obligated)|up to the (server|site|owner)|discretion|any (particular |specific )?length of time/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or keep the mark for any length of time; that is left to the server owner'),
  k('nonnative', 'We removed a listing but we do not know if the removal is permanent. RFC say to use 410 or 404 in this situation?', /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', 'For an OAuth 2.0 bearer-token-protected API, what authentication scheme name appears in the WWW-Authenticate challenge of a 401?', /Bearer/i, 'RFC 6750 §3: the challenge uses the "Bearer" auth-scheme'),
  k('support', 'Our marketplace sits behind a corporate proxy for some sellers. Is there a proxy version of 401, and what is its number?', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is the proxy analogue of 401'),
  k('nonnative', 'What is the 410 code mainly intended for, according the RFC? Only for SEO or something more?', /(remov|delet|drop)\w*\s+(the\s+|any\s+|all\s+)?(remote\s+)?(links?|references?|bookmarks?)|links?\s+.{0,40}(be\s+)?removed|web maintenance/i, 'RFC 9110 §15.5.11: 410 is primarily to assist web maintenance by notifying that the resource is intentionally unavailable and remote links should be removed'),
  k('api', 'Does a 404 response tell the client whether the missing resource is gone for good or only temporarily absent?', /temporary or permanent|permanent or temporary/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('sre', 'can the cdn cache a 410 w/o explicit cache headers or not', /heuristic/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
];

export const UNSEEN248_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
