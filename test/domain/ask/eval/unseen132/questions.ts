import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 132, written by a blind writer who never read the parser, its tests, or any other question set. Angle: e-commerce platform team (carts, orders, coupons, seller storefronts) in heavy on-call chat shorthand; knowledge leans on caching of 404/410, headers for 401/403, and client behaviour after each code. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; if credentials were sent, 401 says they were refused.';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) -> 401.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; credentials, if given, are insufficient.';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) -> 403.';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin has no current representation for the target resource.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server wishing to hide the existence of a forbidden target may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: removal not known to be permanent -> 404; 410 only when the origin knows the condition is likely permanent.';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available, the removal is intentional and likely permanent.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "checkout svc getting POST /carts/{id}/checkout w/ no Authorization header at all, guest checkout is off for this market. what do we send back", R401),
  w('401', 'sre', "mobile app hitting GET /orders/8812 w/ bearer that expired 20 min ago, sig is fine just exp in the past. oncall wants 403 b/c user has no access rn, pretty sure thats wrong. code pls", R401T),
  w('401', 'security', "Pen-test finding: the seller storefront admin API accepts a JWT whose signature does not verify and answers 403 \"not allowed\". The token cannot be attributed to any seller at all. What status should the API return for a token with an invalid signature?", R401T),
  w('401', 'support', "A customer changed her password, so we revoked all of her sessions. Her old tablet keeps trying to load her order history with the revoked session token. What status should the order history endpoint give that tablet?", R401),
  w('401', 'nonnative', "Our coupon service receive request with Authorization: Basic but the password is wrong for this merchant account. Colleague say to return 404 for hide. The account is exist and the coupon is public marketing coupon, nothing secret. Which code we must return?", R401),
  w('401', 'api', "Our cart API uses OAuth 2.0 bearer tokens. A client presents a token string that our introspection endpoint reports as active:false because we never issued it. Following RFC 6750, how should the resource server respond?", R401T),
  w('401', 'sre', "seller integration api key got rotated yday, their old key still hammering /inventory/sync every min. key not valid anywhere anymore. 401 or 403, def not 404", R401),
  w('401', 'security', "The order-event webhook replay endpoint requires a signed session cookie. Requests are arriving with a cookie whose HMAC fails verification (tampered). This isnt a permissions question, we simply cannot authenticate the caller. Which status?", R401),
  w('401', 'support', "A shopper says she gets an error opening her wishlist after being idle. Her session timed out server-side and the browser is still sending the stale session. She does own the wishlist. What should the wishlist endpoint return so the app prompts her to sign in again?", R401),

  // ---- 403 ----
  w('403', 'sre', "seller A w/ valid token does PATCH /stores/sellerB/products/99. sellerB storefront + that product page are public anyway so existence not secret, just the write is refused. code", R403),
  w('403', 'api', "A support agent's access token is valid and carries scope orders:read but not orders:refund. They call POST /orders/{id}/refunds. Per RFC 6750, which status should the resource server return?", R403S),
  w('403', 'sre', "coupon admin: user logged in fine, role = marketing_viewer, tries DELETE /coupons/SUMMER25. coupon is listed on the public promo page. someone said 401 b/c \"unauthorized\" lol. what do we send", R403),
  w('403', 'nonnative', "User is login correctly with valid session, but his account is suspended for fraud by trust team. He try to place order. We want tell him clearly he is not allowed, no need to hide anything. Which status?", R403),
  w('403', 'security', "Review comment on the cart service: an internal batch job authenticates over mTLS successfully, but its client cert maps to a service identity that is not on the allowlist for POST /carts/purge. The endpoint is documented in our public API reference. The proposed response is 401. Is that right, and if not, what should it be?", R403),
  w('403', 'support', "A seller's staff member, logged in with a valid account, tries to open the payout settings page. Only the store owner role may see payouts; the page exists on every store and everyone knows about it. We want to tell the staff member they lack permission. Which code?", R403),
  w('403', 'sre', "ip allowlist on /admin/orders/export, req coming from the new bastion ip thats not on the list, admin token is valid tho. endpoint is well known internally. what code", R403),
  w('403', 'api', "We are designing coupon redemption. An authenticated shopper tries to redeem a coupon restricted to the VIP tier, but the shopper is regular tier. The coupon code is printed on a public banner, so its existence is not sensitive, and logging in again will not change anything. Which response status fits?", R403),
  w('403', 'nonnative', "Seller token is valid, scope is products:write, but seller try to list a product in category alcohol which require a licence he does not have. Category is exist and public. We refuse him. Which code is correct?", R403),
  w('403', 'security', "Pentest note: GET /stores/{slug}/analytics returns 404 to logged-in non-owners and the team calls it hiding. But store slugs and the analytics URL pattern are public and documented, so there is nothing to hide. Caller is authenticated, just not the owner. What should it return?", R403),

  // ---- 404 ----
  w('404', 'sre', "GET /orders/ORD-99999999, that order id was never issued, no such row ever existed. caller authed fine. code", R404),
  w('404', 'security', "Buyer A is logged in and requests /orders/{id} for an order belonging to buyer B. Order ids are sequential, so we must not confirm whether B's order exists (enumeration risk). What do we return?", R404H),
  w('404', 'sre', "seller deleted a listing but might relist next wk, we keep it soft deleted. googlebot still hitting the old url. someone wants 410. code pls", R404U),
  w('404', 'nonnative', "Customer type wrong coupon code SUMER25 in the URL /coupons/SUMER25, this code never exist in our system. What we answer him?", R404),
  w('404', 'support', "A seller closed their storefront, and under our policy they have 90 days to reopen before we decide whether it is gone for good. Shoppers visiting the store URL in the meantime should get which status?", R404U),
  w('404', 'security', "Unlaunched draft storefronts: a logged-in user who is not staff of that store requests /stores/acme-draft. The brand has not announced the launch and we must not leak that the store exists. 403 was proposed. What should we return?", R404H),
  w('404', 'api', "A client calls /v2/coupons/{id}/stack, but that route has never existed in any version of our API. The caller is authenticated and there is no permission question. Which status should the gateway return?", R404),
  w('404', 'sre', "order moved to cold storage, not sure yet if it gets purged or restored, retention policy still TBD. GET /orders/abc now misses. 410 or 404", R404U),
  w('404', 'nonnative', "Admin user want to see gift card balance of other company tenant. Gift cards of a tenant must be invisible for other tenant, we even dont tell that it exist. User token is valid. Which code?", R404H),
  w('404', 'support', "Support deleted a product by mistake and engineering is not sure yet whether the backup restore will bring it back. A customer clicks the product link from an old email. What status should the product page return?", R404U),

  // ---- 410 ----
  w('410', 'sre', "black friday 2023 landing page /promo/bf2023 retired for good, never coming back, marketing wants it out of google asap. code", R410),
  w('410', 'api', "As announced in our deprecation notice, we deliberately and permanently removed the v1 coupons endpoint. It will not return. Which status should clients still calling /v1/coupons receive?", R410),
  w('410', 'support', "A seller closed their account permanently and requested erasure; the storefront and all its product pages have been deleted for good and will never come back. What should those URLs return?", R410),
  w('410', 'nonnative', "We delete permanently the old product listing because the manufacturer discontinue the product, we never sell it again, and we want other sites to remove link to it. Which code is correct?", R410),
  w('410', 'security', "A teammate wants 404 on retired partner coupon landing pages \"so we dont leak anything\". Those coupons were public, they were intentionally retired forever, and we want partners to drop the links. Nothing is sensitive. What is the right status?", R410),
  w('410', 'sre', "order tracking share links get purged 90d after delivery, on purpose, permanent, no restore path. link hit after purge (public link, auth irrelevant). what do we send back", R410),

  // ---- knowledge ----
  k('sre', "does a 404 get cached by the cdn even w/o cache-control on it? what does 9110 actually say", /heuristic\w*\s+cach|cach\w*\s+(heuristically|by default)|cacheable\s+by\s+default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated.'),
  k('api', "Under RFC 9110, is a 410 Gone response cacheable by default, or does it need explicit freshness information to be cached?", /heuristic\w*\s+cach|cach\w*\s+(heuristically|by default)|cacheable\s+by\s+default/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated.'),
  k('api', "What header is a server required to send along with a 401 Unauthorized response?", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('security', "per 6750 when we 403 a bearer token for insufficient_scope, which response header carries the error + the scope thats needed", /WWW-Authenticate/i, 'RFC 6750 §3 / §3.1: the error (insufficient_scope) and scope attribute go in the WWW-Authenticate Bearer challenge.'),
  k('sre', "client got 403 on POST /orders, should it just auto retry w/ the same token? what does the rfc say", /(should\s*not|shouldn.?t|must\s*not|do(es)?\s*not|don.?t|never|no\b)[^.]{0,40}(retry|repeat|resend)|same credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('nonnative', "After client receive a 401 from our cart API, what the client should do next? Retry is allowed or not?", /(new|replac\w*|different|fresh|valid|updated)\s+(set of\s+)?(credentials|token|access token|authorization)|re-?authenticat|Authorization header/i, 'RFC 9110 §15.5.2: the client MAY repeat the request with a new or replaced Authorization header field.'),
  k('support', "If a product page returns 404, does that mean the product is gone forever?", /temporary or permanent|permanent or temporary|(not|doesn.?t|no|neither)\s[^.]{0,60}(permanent|temporary)|(permanent|temporary)[^.]{0,40}(not|unknown|unspecified)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('api', "How long is a server obliged to keep answering 410 Gone for a resource it removed?", /(any|particular|specific|fixed|minimum|set)\s+(length|period|duration|amount)|no\s+(fixed|set|required|minimum|mandated|specific)\s+(time|period|duration|length)|(up to|discretion of)\s+the\s+(server|site|origin)?\s*owner|owner\w*[^.]{0,20}(decide|discretion|choice)|not\s+(required|necessary|obligated|obliged)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; that is left to the server owner.'),
  k('security', "According to RFC 9110, under what circumstances may an origin answer 404 where 403 would otherwise apply?", /hid(e|es|ing)|conceal|not\s+(to\s+)?(reveal|disclose)|without\s+(revealing|disclosing)|existence/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target resource MAY respond 404.'),
  k('api', "Which RFC is currently authoritative for the definitions of 401, 403, 404 and 410? Is it still RFC 7231?", /9110/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235.'),
  k('sre', "6750 invalid_request, like the token param is duplicated or a required param missing. what status goes w/ that", /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request -> 400 Bad Request.'),
  k('security', "When a request to the order API carries no token at all, should the 401 WWW-Authenticate challenge still include error=\"invalid_token\"?", /(should\s*not|shouldn.?t|must\s*not|do\s*not|don.?t|omit\w*|leave\s+out|without|no)\b[^.]{0,40}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code.'),
  k('support', "A seller gets 403 on the payouts page. Does that just mean they need to log out and log in again?", /insufficient|(won.?t|will\s+not|wouldn.?t|doesn.?t|does\s+not|not)\s+(help|fix|change|resolve)|lack\w*\s+(the\s+)?(required\s+)?(permission|right|access|role|scope)|different\s+(account|credentials)/i, 'RFC 9110 §15.5.4: with 403 the server understood the credentials and considers them insufficient; repeating with the same credentials will not help.'),
  k('nonnative', "When our shop return 410 for a page, what it tell to crawlers and other sites which link to us? What they should do?", /remov\w*[^.]{0,30}links?|links?[^.]{0,40}remov|delist|drop[^.]{0,20}links?/i, 'RFC 9110 §15.5.11: 410 notifies the recipient that the resource is intentionally unavailable and that remote links to it should be removed.'),
  k('sre', "do 403s get heuristically cached like 404s do or nah", /(not|isn.?t|aren.?t|no|never)\b[^.]{0,30}heuristic|only\s+(if|when|with)[^.]{0,40}(cache-control|explicit|max-age|expires|freshness)|explicit\s+(freshness|cache|caching|cache-control|expir)/i, 'RFC 9110 §15.1: 403 is not among the heuristically cacheable status codes; it is cached only with explicit freshness information.'),
];

export const UNSEEN132_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
