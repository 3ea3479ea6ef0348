import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 37, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a food-delivery and restaurant platform — customers' orders, couriers' app, restaurant partners' menu API, franchise managers across many restaurants, banned couriers, menus and promotions withdrawn. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, bad signature) → 401';
const R403 = 'RFC 9110 §15.5.4: server understood the request and refuses it; authenticated but not allowed → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation found for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource from this caller may answer 404';
const R404U = 'RFC 9110 §15.5.11: 410 only when the removal is known to be permanent; if that is not known, 404';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', 'courier app 5.12 build drops the Authorization header on /v2/couriers/me/shifts after app resume, gateway log `GET /v2/couriers/me/shifts 403 auth=none courier=-`. we send 403 atm, should it be something else', R401),
  w('401', 'api', "partner menu api: a restaurant's POS sends a bearer token whose exp was 2h ago (not revoked, just expired). bob says 403 b/c we still know which restaurant it is from the token claims. who is right", R401T),
  w('401', 'support', 'customer reset her password yesterday, we revoke all sessions on reset, her old tablet still calls /orders/history w/ the revoked token and she sees an error screen. what do we send back', R401T),
  w('401', 'security', 'POS integration key was rotated on monday, one franchise store still sends the old key in X-Api-Key. key isnt leaked or anything, just stale. the store itself would be allowed to use the menu api with its new key. 401 or 403', R401),
  w('401', 'nonnative', 'courier login token is signed with staging key by mistake, production svc cannot verify the signature so the token is not valid. courier account itself is ok, not banned, not suspended. which code we must return', R401T),
  w('401', 'sre', 'seeing a lot of these on checkout:\n```\nWARN auth: no session cookie, no Authorization header route=POST /orders customer=<none>\n```\nguest checkout is not a thing for us, you must be logged in to order. handler returns 400 right now. code pls', R401),
  w('401', 'api', "franchise manager portal: after the domain migration the SSO cookie is still scoped to .old-domain.com so the browser doesnt send it to the api at all. the manager does have the regional_manager role. requests arrive w/o any credentials. 401 or 403", R401),
  w('401', 'support', "a restaurant owner's integration uses http basic auth against our partner api and sends the wrong password (they changed it in the dashboard and forgot the script). acct not locked, not suspended. what code should the api return", R401),
  w('401', 'nonnative', 'we have restaurant tablet which send credentials of a staff user that was deleted last week, so this user dont exist anymore in our auth db. tablet call /menu/items with it. we return 404 because user not found, is it correct or other code', R401),

  // ---- 403 ×10
  w('403', 'sre', 'banned courier (perm ban for fraud, acct flagged) can still log in, token is valid not expired, tries POST /v2/deliveries/d_771/accept. ops want a clear code on that call. 401 or 403', R403),
  w('403', 'api', 'partner token has scope menu:read only, they try PUT /partners/rest_22/menu/items/9 to change a price. token valid, not expired. rfc 6750 wise what status', R403S),
  w('403', 'support', "franchise mgr runs 3 of our pizza stores, tries to edit the promo on a 4th store that belongs to another franchisee. that store is listed publicly in the app so its existance isnt a secret. she is logged in fine. which one do we send", R403),
  w('403', 'security', 'POS integration endpoint sits behind an IP allowlist, the restaurant moved to a new ISP and the new IP isnt on the list. api key is valid. we currently 401 them and their dev keeps rotating keys which does nothing lol. correct response?', R403),
  w('403', 'nonnative', 'courier is logged in correctly but call GET /admin/payouts which only finance role can use. courier role dont have it. my colleague say 404 to hide the admin endpoint, but the endpoint is documented publicly in our api docs anyway. what is right code', R403),
  w('403', 'sre', "restaurant partner on the Basic plan calls /analytics/heatmap, thats Pro plan only. authed fine, partner id known, token good. seeing lots of 401s in grafana for this b/c thats what we send atm. should be?", R403),
  w('403', 'api', 'customer acct is suspended after chargeback abuse. she can still log in to see her past orders (by design) but POST /orders must be refused. her token is valid. what do we return for the POST', R403),
  w('403', 'support', "new kitchen staff user at a restaurant can log in and see the menu but the save button on price edit fails, user is missing the menu_editor role. app currently shows 'session expired, log in again' b/c we send 401. what should the api send instead", R403),
  w('403', 'security', "restaurant A's partner key tries PATCH /restaurants/rest_B/menu. menus are public anyway on the customer site (GET works for everyone incl anonymous), only writes are limited to the owning restaurant. key is valid. 403 or 404", R403),
  w('403', 'nonnative', 'courier finished signup but his ID verification is still pending, so by policy he is not allowed to accept orders yet. he is logged in, token ok. when he try accept an order we return 500 now haha. which status is the correct one', R403),

  // ---- 404 ×10
  w('404', 'sre', 'deep link in a marketing sms has a typo, GET /orders/ord_88l2 (lowercase L instead of 1), no such order exists for anyone. svc throws NPE and we send 500. what should it send', R404),
  w('404', 'api', "customer tries GET /orders/{id} w/ another customer's order id (ids are sequential ugh). policy is we never confirm that other people's orders exist. customer is logged in fine. 403 or 404", R404H),
  w('404', 'support', "a restaurant deleted its 'truffle burger' item, owner said maybe it comes back in summer, maybe not, not decided. customers w/ old favourites links get GET /menu/items/4411. bob wants 410. which one", R404U),
  w('404', 'security', "franchise mgr of group X is enumerating store ids, hitting /stores/{id}/payroll for stores of group Y. those are dark kitchens, unlisted, and we dont want to reveal to other franchise groups that they exist at all. mgr is authenticated. what code", R404H),
  w('404', 'nonnative', 'courier app new version call /v2/delivries/active (typo in path, should be deliveries). no route like this exist in the api at all. gateway return what code?', R404),
  w('404', 'sre', "restaurant closed yesterday, owner is selling, nobody knows yet if the new owner reopens under the same page or not. restaurant page GET /r/luigis-oakland. someone on the team wants 410, not sure yet whether its permanent. code pls", R404U),
  w('404', 'api', 'GET /promotions/codes/FREEFRIES2 — that code never existed in our system, the customer just made it up. currently we send 400 "invalid code". which status is right for looking up an unknown code', R404),
  w('404', 'support', "customer opens a shared tracking link /track/zz9-unknown, the id doesnt match any delivery ever created. tracking links are public, no login. what do we return", R404),
  w('404', 'security', "partner A's key requests restaurant B's unpublished draft menu /partners/rest_B/menus/draft_12. drafts are confidential, we must not even leak whether B has a draft. key is valid and scoped fine for A's own drafts. what status", R404H),
  w('404', 'nonnative', "marketing paused the promotion 'lunch deal 20%' for now, maybe they restart it next month, they dont decide yet. promo page /promos/lunch-deal is public. we should give 404 or 410?", R404U),

  // ---- 410 ×6
  w('410', 'sre', 'menu api v1 was sunset 2024-03-01, announced 6 months ahead, code deleted, its never coming back. partners still hitting /v1/menus. currently 404. better code?', R410),
  w('410', 'api', "summer23 promo campaign is over and retired for good, marketing deleted it on purpose and confirmed it will never run again. landing page /promos/summer23 still gets traffic from old emails. what do we answer", R410),
  w('410', 'support', "restaurant 'pho saigon' closed permanently, owner confirmed they shut down for good, we removed the page on purpose. google still sends people to /r/pho-saigon. is 404 ok or is there a better code", R410),
  w('410', 'security', 'after the security review we decommissioned the old unauthenticated tracking links /t/<id> for good, no redirect, they will never be served again (new links are different urls w/ a signed token). old links still sit in sms history. which code for the old ones', R410),
  w('410', 'nonnative', "restaurant delete 'christmas menu 2023' on purpose and they confirm it not come back ever, next year will be a new menu with new id. old link /menus/xmas-2023 is public, what we return", R410),
  w('410', 'security', "banned courier's referral link /ref/courier-5521: we intentionally killed all referral links of banned couriers permanently, they dont come back even if the ban is appealed. link is public, no login needed. what status", R410),

  // ---- knowledge ×15
  k('api', 'what header has to come with a 401 from the menu api, and what goes in it', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST send a WWW-Authenticate header with at least one challenge'),
  k('security', "rfc 6750 error code in the bearer challenge when the courier's access token is expired", /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or otherwise invalid tokens'),
  k('nonnative', 'in rfc 6750 what http status go together with error insufficient_scope', /403/, 'RFC 6750 §3.1: insufficient_scope SHOULD respond with 403'),
  k('sre', 'is a 410 cacheable by default if we dont set any cache headers', /heuristic|cacheable|can be cached|may be cached/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable'),
  k('support', 'which rfc is the current one for http status codes, ppl keep quoting 7231 and 2616', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231/7235 and is the current HTTP semantics spec'),
  k('api', 'difference between 401 and 407', /proxy/i, 'RFC 9110 §15.5.8: 407 is like 401 but the client must authenticate to a proxy (Proxy-Authenticate)'),
  k('sre', 'courier app is hammering us and we send 429 — which header tells the app when to try again', /Retry-After/i, 'RFC 6585 §4 / RFC 9110 §10.2.3: 429 may include Retry-After'),
  k('support', 'what do google and other crawlers do differently with a 410 compared to a 404', /faster|sooner|quicker|quickly|permanent/i, 'Seed and RFC 9110 §15.5.11: 410 signals permanent removal, helps crawlers delist faster'),
  k('security', 'is it legit per the rfc to answer 404 instead of 403 so we dont reveal that a resource exists', /hid(e|ing)|conceal|not (to )?reveal|existence/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may respond with 404'),
  k('api', '405 vs 404 on a route that exists but not for this method — which header is mandatory on the 405', /\bAllow\b/, 'RFC 9110 §15.5.6: the origin server MUST generate an Allow header field in a 405 response'),
  k('sre', 'cdn is caching our 404s for /menus/{id} and new menus show as missing for minutes. what controls whether a cdn caches a 404', /Cache-Control|max-age|no-store|s-maxage/i, 'RFC 9110 §15.5.5 (404 heuristically cacheable) and seed: CDNs cache 404s per Cache-Control'),
  k('nonnative', 'if GET on a removed menu url return 410, a HEAD request on same url should return what', /410|same/i, 'RFC 9110 §9.3.2: HEAD is identical to GET except no content is sent, same status'),
  k('security', 'rfc 6750 invalid_request error, which status code goes with it', /400/, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400'),
  k('support', 'are we required to send 410 for every permanently deleted page or is 404 still allowed', /404|not (required|necessary|obligat)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone; 404 is acceptable'),
  k('nonnative', 'what is meaning of 409 conflict and how it differ from 403 forbidden', /conflict|current state/i, 'RFC 9110 §15.5.10: 409 means a conflict with the current state of the target resource, not a permission refusal'),
];

export const UNSEEN37_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
