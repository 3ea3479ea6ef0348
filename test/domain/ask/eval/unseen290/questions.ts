import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 290, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a multiplayer game studio's backend and web shop (player inventories, gifted items, refunded purchases, region-locked content, guild-only pages, legacy game servers shut down). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing or invalid); the response carries WWW-Authenticate';
const R401T = 'RFC 6750 §3.1 + RFC 9110 §15.5.2: invalid_token (expired, revoked, malformed, bad signature) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; the caller is known, re-authenticating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (valid token lacking the required scope) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: the target was intentionally removed and the condition is known to be likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'player hits /api/inventory w/ an expired session token, what do we send back', R401T),
  w('401', 'api', 'A client calls GET /shop/cart with no Authorization header at all, and the cart endpoint only works for logged-in players. What status should the response carry?', R401),
  w('401', 'security', 'Pen-test note: an access token revoked during the player\'s password reset is still being presented to /gifts/inbox. We now reject it — which status should that rejection use?', R401T),
  w('401', 'nonnative', 'the launcher send a bearer token with wrong signature to the guild api, which code we must to return?', R401T),
  w('401', 'support', 'A customer left the game open overnight and their login session expired, so every shop call now fails. Which code should the store API give so the client knows to make them log in again?', R401T),
  w('401', 'sre', 'basic auth creds wrong on the legacy server admin panel, not a permissions thing, just bad password. code pls', R401),
  w('401', 'api', 'The bearer token parses fine, but introspection reports it inactive because the player signed out of all devices. Under RFC 6750 that is invalid_token — which HTTP status goes with it?', R401T),
  w('401', 'security', 'A colleague wants 403 when the API key sent to the trading API was never issued by us (unknown to the key store). I think that is an authentication failure, not an authorization one. What should it be?', R401),
  w('401', 'nonnative', 'player is not logged in and try to open region-locked DLC page, the page need login before we even can check his region. what status?', R401),

  // ---- 403 (10) ----
  w('403', 'sre', 'logged in player w/ valid token tries to buy a region-locked skin from a country where we dont sell it, business decision not a legal order, skin is public in the catalog anyway. code', R403),
  w('403', 'api', 'An authenticated player who is not a member of guild Ironveil requests that guild\'s members-only page. The guild is listed in the public guild directory, so its existence is no secret. Which status?', R403),
  w('403', 'security', 'Token is valid but carries only inventory:read, and the call is POST /inventory/trade. RFC 6750 says insufficient_scope — what status code?', R403S),
  w('403', 'support', 'A player is logged in with no problems, but their account is suspended from the marketplace for chargeback fraud. They keep opening the trading post. What should the server answer them?', R403),
  w('403', 'nonnative', 'user is authenticate correctly but he is not admin, he call /admin/servers/shutdown. we dont hide that endpoint, it is in the public docs. which code?', R403),
  w('403', 'sre', 'valid acct w/o moderator role trying to delete chat msgs in their own guild, teammate says 401 i say no, whats the right code', R403),
  w('403', 'api', 'A child account has parental controls that block purchases. The player is signed in with a valid session and opens the checkout for a bundle everyone can see in the shop. What status does the checkout return?', R403),
  w('403', 'security', 'New matchmaking service IP is not on the allowlist for the internal admin API; its mTLS cert is valid and the endpoint is known to every internal service, nothing to hide. What do we respond?', R403),
  w('403', 'support', 'Customer is logged in fine and wants to download the closed beta client, but they are not in the beta tester group. The beta was publicly announced. What do we send?', R403),
  w('403', 'nonnative', 'player try to edit inventory of other player in same guild, he can see that inventory (guild members can view it) but only owner can edit. he is logged in. what status is correct?', R403),

  // ---- 404 (10) ----
  w('404', 'sre', 'GET /shop/items/99999999, that id never existed, player is logged in fine. what do we return', R404),
  w('404', 'api', 'A client requests /api/v2/inventroy — a typo; no resource has ever existed at that path. What is the right status?', R404),
  w('404', 'security', 'Secret guilds: non-members must not be able to tell whether a hidden guild exists. A logged-in non-member requests /guilds/shadowpact. What should we return?', R404H),
  w('404', 'security', 'Pentest finding: GET /gifts/{id} returns 403 for gifts sent to other players but 404 for ids that do not exist, so attackers can enumerate gift ids. What should the other-player case return?', R404H),
  w('404', 'support', 'A player says a shop item page vanished. We pulled it temporarily while fixing a pricing bug and it will probably come back. What should the page return right now?', R404U),
  w('404', 'sre', 'deleted a players screenshot from the cdn after a report, might get restored from backup if the appeal goes thru, no idea yet. what do we serve, coworker says 410', R404U),
  w('404', 'nonnative', 'the event bundle is removed from shop but maybe marketing will put it again next year, we dont know. which code for the old url?', R404U),
  w('404', 'api', 'The publisher contract requires that players in excluded regions must not even learn this DLC exists. An authenticated player from an excluded region requests its store page. Status?', R404H),
  w('404', 'sre', 'valid token requests /purchases/abc123/receipt but that purchase belongs to another acct, we never leak other players purchase ids. code pls', R404H),
  w('404', 'support', 'A customer follows an old link to a guild page. The guild was disbanded, but its data can still be restored if the leader contacts support within 30 days. What should the link return meanwhile?', R404U),

  // ---- 410 (6) ----
  w('410', 'sre', 'legacy eu-3 game servers for the old title are shut down for good, /servers/eu-legacy-3/status retired permanently. code', R410),
  w('410', 'api', 'We permanently retired the v1 player-stats API on an announced date; it will never return and we want clients and crawlers to drop their links. Which status should requests to it get?', R410),
  w('410', 'support', 'A customer clicked an old link to the 2019 anniversary bundle. We deliberately pulled it and publicly committed it will never be sold again. What should that shop page return?', R410),
  w('410', 'nonnative', 'the old forum of the game we closed definitively, all threads deleted forever by decision, people still coming from google. what code we answer so google remove the links?', R410),
  w('410', 'security', 'Retention policy hard-deletes refunded-purchase records after 90 days and the purge is irreversible. The owner requests their own purged record; confirming it once existed leaks nothing. 404 or 410?', R410),
  w('410', 'sre', 'coworker says 404 for the matchmaking endpoint of the old title but its permanently decommissioned, announced, zero plans to bring it back. whats right', R410),

  // ---- knowledge (15) ----
  k('api', 'Is a 404 response cacheable by default, i.e. without explicit freshness headers?', /heuristic|\byes\b[^.]{0,40}cach|(?<!not )(?<!n't )cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', 'A player got 403 in the shop and wants to just log in again with the same account. Does re-authenticating with the same credentials change anything according to the RFC?', /same credentials|not (automatically )?(repeat|retry)|won'?t help|will not help|does not help|doesn'?t help|different credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY retry with new or different credentials'),
  k('nonnative', 'which RFC is now the current one for http status codes, our old docs still say 7231?', /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235'),
  k('security', 'RFC 6750 error insufficient_scope — which HTTP status is it supposed to go with?', /403/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 Forbidden'),
  k('api', 'Under RFC 6750, what status accompanies the invalid_request error (e.g. a malformed request or a duplicated token parameter)?', /400/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 Bad Request'),
  k('support', 'We returned 410 for the shut-down legacy servers. How long are we required to keep returning 410 for those URLs?', /discretion|not (required|necessary|obligated|mandated)|no (requirement|obligation|fixed|minimum|set|mandated)|isn'?t required|aren'?t required|don'?t (have|need) to|any length of time|up to (you|the server)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; that is left to the server owner\'s discretion'),
  k('security', 'When is it acceptable for the guild service to send 404 where 403 would otherwise apply?', /hide|conceal|not (to )?reveal|existence|leak/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404'),
  k('nonnative', 'what is the meaning of 410 compared with 404, what 410 say more?', /permanent/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally gone and the condition is likely permanent'),
  k('api', 'If our server cannot determine whether a removed item page is gone for good, which status does RFC 9110 say to use?', /\b404\b/, 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 ought to be used instead'),
  k('sre', 'our game traffic goes thru a corporate proxy that wants creds, which status is for proxy auth instead of 401', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate'),
  k('security', 'Per RFC 6750, when a request to the inventory API carries no credentials at all, should the Bearer WWW-Authenticate challenge include an error code?', /should not|shouldn'?t|no error|omit|without (an |any )?error|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('support', 'A customer asks what a 410 on an old shop link is meant to tell them and sites linking to it. What is the intended effect on links?', /remov|delist|drop|delete|unlink|take (them )?down/i, 'RFC 9110 §15.5.11: 410 notifies that the resource is intentionally unavailable and the owners desire that remote links to it be removed'),
  k('nonnative', 'does 404 tell the client if the missing thing is only temporary or it is permanent?', /(does not|doesn'?t|not|no|never|neither) (indicate|say|tell|specify|distinguish|imply|guarantee|signal|reveal)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN290_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
