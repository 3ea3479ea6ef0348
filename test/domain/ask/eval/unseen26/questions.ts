import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 26, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an e-commerce marketplace (sellers and buyers, order and returns APIs, seller dashboards, affiliate links, delisted products) as seen from its on-call channel and support tickets. */

const R401 = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource; the server must send WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) is answered with 401.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; the caller is known, its credentials are insufficient, and re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the scope the request needs) is answered with 403.';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource (never existed, typo, unmapped route).';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may answer 404 instead of 403.';
const R404T = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent; 410 is only for known-permanent removal.';
const R410 = 'RFC 9110 §15.5.11: 410 Gone means the resource was intentionally removed and the condition is likely permanent; it helps clients and crawlers remove links.';

const QUESTIONS: readonly Draft[] = [
  w('401', 'sre', 'seller dashboard api spamming errors for reqs w/o Authorization header at all, lb logs show no cookie no token nothing. what code should orders svc send back for those', R401),
  w('401', 'api', 'buyer mobile app sends a bearer token that expired 2h ago to GET /orders/123, sig is fine just exp is in the past. bob says 403 b/c the token is "known" to us but i think thats wrong, which one', R401T),
  w('401', 'security', 'affiliate api key was revoked yesterday after it leaked on github, the partner still calls /affiliate/clicks with it. we dont accept it as valid creds anymore so we dont know who they are. status?', R401T),
  w('401', 'nonnative', 'hello, our returns api receive jwt which signature is not valid (signed with other key), so we cannot know who is the user. what status we must answer please', R401),
  w('401', 'support', 'ticket from seller: "i get error when i come back after lunch and click refresh on payouts page". looks like their session cookie timed out, api sees no valid session, they just need to log in again. what code should the api return so frontend sends them to login', R401),
  w('401', 'sre', 'basic auth on the warehouse webhook endpoint, partner rotated creds and now sends the wrong password, we cant authenticate them at all. we were returning 403 for that, is that right or shd be something else', R401),
  w('401', 'api', 'pls review this in cart svc: `if (!req.headers.authorization) return res.status(403).end()` - the caller here is anonymous, no creds of any kind sent. what should the status be', R401),
  w('401', 'security', 'token hitting seller api was issued by some random issuer we dont trust (iss claim isnt ours) so authentication just fails, nothing to do w/ roles or permissions. 401 or 403', R401),
  w('401', 'nonnative', 'buyer try to see his own order history but he is not logged in, there is no token in request. my colleague want 404 because page is personal, but /account/orders is public route everybody know it exist. which code', R401),

  w('403', 'api', 'buyer acct (logged in fine, valid token) calls POST /seller/listings which only seller accts can use. endpoint is in our public docs so no secret there, we dont care if they know it exists. status?', R403),
  w('403', 'security', 'partner oauth token is valid, not expired, but only has scope orders:read and they hit POST /orders/{id}/refund which needs orders:write. going by rfc 6750 what code', R403S),
  w('403', 'sre', 'new fulfillment svc moved to a new ip range, its authenticated fine w/ valid mTLS cert + token but the ip allowlist on returns api blocks the new ip. whats the correct code for the allowlist rejection', R403),
  w('403', 'support', 'seller acct got suspended for a policy violation, they log in ok (creds valid) but cant create new listings, the create listing page is visible to them. they keep asking if they should re-login. which code should api give, re-login wont help right', R403),
  w('403', 'sre', 'read-only support agent role (authenticated via sso, token fine) tried to issue a refund through admin api and got... 404 lol. refunds endpoint is known to all staff, nothing hidden. what should it have been', R403),
  w('403', 'api', 'seller A tries PATCH on seller B\'s product listing. the listing is live on the marketplace, anybody can see it, so existence isnt secret. seller A is properly authenticated. status for the edit attempt', R403),
  w('403', 'nonnative', 'affiliate user is login correctly, but his account is not approved to the premium program yet. the program page is public, everybody see it exist. he call the api for generate premium link. which code we give him', R403),
  w('403', 'security', 'logged-in buyer w/ valid session hits GET /admin/sales-report/export. admin routes are listed in our public api docs so hiding isnt a goal. dev wants 401. i think not, what is it', R403),
  w('403', 'support', 'customer: "i get denied when downloading the invoice pdf for a business order". they are signed in, the order is theirs and they can see the order + invoice link on the page, but business invoices need the finance role which their user doesnt have. what code is right', R403),
  w('403', 'sre', 'multi tenant marketplace, a seller logged into the EU storefront tenant (valid token) calls GET /tenants/us/stats. tenant list is public, everyone knows US tenant exists, they just arent allowed into it. tenant isolation reject = which code', R403),

  w('404', 'support', 'buyer pasted order id ORD-77812 in chat, theres no such order in the db at all, looks like they typod it (real one is ORD-77821). what does the api return for the typo one', R404),
  w('404', 'security', 'buyer A is logged in and requests /orders/9981 which belongs to buyer B. policy: never reveal whether another buyers order id exists. 403 feels more honest but... what should it be', R404H),
  w('404', 'api', 'seller requests another seller\'s draft listing (unpublished, not visible anywhere yet) by guessing the id. product team says drafts must stay hidden from everyone except the owner, we cant even leak that the id exists. code?', R404H),
  w('404', 'sre', 'product listing was deleted by the seller this morning, they might relist it, not sure yet if its permanent. bob wants 410 for SEO. what should the product page return for now', R404T),
  w('404', 'nonnative', 'affiliate link point to /p/super-blendr-3000 but this product slug never existed in our catalog, maybe the affiliate make typo. which status for this url', R404),
  w('404', 'sre', 'after deploy clients hitting /api/v2/retuns (typo, real route is /returns) and nothing is mapped there. router answers 200 with empty json right now lol. what should the unmatched route return', R404),
  w('404', 'support', 'seller says their old return label link stopped working, the label was deleted by the system after 30d but ops says labels can sometimes be restored so nobody knows if its gone for good. what code for the old label url', R404T),
  w('404', 'security', 'stealth-mode seller store (invite-only, pre-launch) - logged in users who arent invited must not learn the store exists, we dont want to admit its there at all. 403 or 404', R404H),
  w('404', 'api', 'GET /coupons/SUMMERXX for a coupon code that was never created. code is well formed, request is fine, theres just no coupon with that code. dev used 400. which code', R404),
  w('404', 'nonnative', 'the product is removed from shop temporary because of stock audit, maybe return next month, maybe not, nobody decided yet. what code for product url during this time, 410?', R404T),

  w('410', 'api', 'we decommissioned /api/v1/orders for good last quarter, intentionally removed, v1 will never come back and everyone was told to migrate to v2. what should v1 calls return now', R410),
  w('410', 'sre', 'seller closed their store permanently and we deliberately purged all their listing urls, they will never be restored. crawlers keep hitting them. best code to get them dropped fast', R410),
  w('410', 'support', 'black friday affiliate campaign ended and marketing intentionally retired all the campaign links forever, confirmed they wont be reused. customers still clicking old links from emails. what status', R410),
  w('410', 'nonnative', 'product is discontinued by manufacturer, we delete listing on purpose and the sku never will be reused, it is 100% permanent. my colleague say 404, there is better code?', R410),
  w('410', 'security', 'old seller onboarding wizard pages /onboard/legacy/* were intentionally removed when new flow launched, no redirect target, we know for sure they wont come back. nothing sensitive there. which code for those urls', R410),
  w('410', 'sre', 'we permanently removed the deprecated /returns/label-v1 endpoint, deliberate removal, announced 6 months ago, never coming back. partners still calling it. 404 or 410', R410),

  k('api', 'when our orders api sends a 401 which response header is required to go with it', /WWW-Authenticate/i, 'RFC 9110 §15.5.2 / §11.6.1: a 401 response must include a WWW-Authenticate header with at least one challenge.'),
  k('security', 'per rfc 6750 which http status goes with error="insufficient_scope"', /403/, 'RFC 6750 §3.1: insufficient_scope should be answered with 403 Forbidden.'),
  k('api', 'bearer token expired, what error code goes in the WWW-Authenticate header per rfc 6750', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked or malformed access token is error="invalid_token".'),
  k('sre', 'partner request is missing the required order_id param (has a bearer token tho), rfc 6750 invalid_request maps to which status', /400/, 'RFC 6750 §3.1: invalid_request should be answered with 400 Bad Request.'),
  k('support', 'whats the actual diff between 404 and 410 for a delisted product, one line pls', /permanent|for good|forever/i, 'RFC 9110 §15.5.11: 410 says the removal is intentional and likely permanent; 404 says nothing about permanence.'),
  k('sre', 'can a cdn cache our 404 product pages even w/o any cache-control header', /heuristic|cacheable by default|default.{0,20}cach/i, 'RFC 9110 §15.1: 404 (like 410) is heuristically cacheable, so caches may store it without explicit freshness.'),
  k('security', 'is it actually ok per the rfc to return 404 instead of 403 when a seller asks for another sellers orders', /hid|conceal|(not|n't) (reveal|disclos|leak)/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may respond with 404.'),
  k('api', 'seller sends DELETE to /orders/{id} but that endpoint only supports GET and PATCH. 403 or is there a better code', /405/, 'RFC 9110 §15.5.6: 405 Method Not Allowed (with an Allow header) when the method is not supported by the target resource.'),
  k('sre', 'affiliate bot hammering the click tracking api, we want to throttle them. 403 or 429', /429/, 'RFC 6585 §4: 429 Too Many Requests is the rate-limiting signal, not 403.'),
  k('support', 'seller storefront shows a "product not found" page but the status is 200, seo guy says thats bad. why', /soft 404|index/i, 'Seed: soft 404s (200 with not-found content) are treated by search engines as indexed pages; return a real 404/410.'),
  k('nonnative', 'which rfc is the current one that define meaning of 401 403 404 410', /9110/, 'RFC 9110 (HTTP Semantics, 2022) defines these status codes, obsoleting RFC 7231/7235.'),
  k('security', 'our forward proxy in front of the seller portal needs its own auth, what status does the proxy send if the client gave no proxy creds', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate.'),
  k('api', 'if the sdk gets a 403 from the returns api should it auto retry with the same token', /(not|n't|no|never|stop|avoid)\b[^.]*(retr|repeat)/i, 'RFC 9110 §15.5.4: the client should not automatically repeat the request with the same credentials; seed: do not retry without a permission change.'),
  k('nonnative', 'why 401 is called "Unauthorized" if it is really about who you are and not permission', /authenticat/i, 'RFC 9110 §15.5.2: 401 is about missing or invalid authentication credentials despite the historical name.'),
  k('sre', 'does a 410 get google to drop delisted product pages faster than a 404', /fast|quick|sooner|more (definitive|strong|explicit)/i, 'RFC 9110 §15.5.11 / seed: 410 signals intentional permanent removal, which helps crawlers delist faster than 404.'),
];

export const UNSEEN26_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
