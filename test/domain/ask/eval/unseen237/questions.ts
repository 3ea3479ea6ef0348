import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 237, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a multiplayer game's account and store API (players, parental locks, refunded items, banned accounts, retired game modes, publisher keys). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource; send 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses to fulfill it; the caller is known and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required privileges) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: the target resource is no longer available at the origin server and this condition is likely to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---------------- 401 ----------------
  w('401', 'sre', 'launcher hits GET /v2/players/me/inventory with no Authorization header at all, player acct is real and active. what do we send back', R401),
  w('401', 'api', 'A player\'s access token expired twenty minutes ago and the client keeps presenting it to the store endpoints. A colleague argues for 403 because we can still read the player id from the expired token\'s sub claim, so "we know who they are". I disagree but want to be sure: which status should the store return?', R401T),
  w('401', 'support', 'Customer got banned last week and the ban job revoked every access and refresh token on the account. Their console still spams the store with one of those revoked tokens. Not asking about the ban itself, just what the API should answer to a request carrying a revoked token.', R401T),
  w('401', 'security', 'Pen-test finding on the publisher API: requests signed with a wrong HMAC secret for the publisher key are currently answered 404 "to hide the endpoint". The endpoint is publicly documented in our developer portal, so there is nothing to hide. What should a request with a bad signature get?', R401),
  w('401', 'nonnative', 'the player client send a bearer token which is malformed, the JWT signature is not valid and we cannot parse it. which error code we must give back to him, 400 or other one?', R401T),
  w('401', 'sre', 'publisher key got rotated yesterday and the old one revoked, their CI still calls /publisher/v1/prices w/ the old key. code pls', R401),
  w('401', 'api', 'Our tournament-admin API uses HTTP Basic authentication. When an organizer sends the right username but the wrong password, what status should come back, and with which challenge header?', R401),
  w('401', 'support', 'Player reset their password, which invalidates all sessions. Their old phone app is still sending the old bearer token and they see an error when opening the shop. Which status should the shop API use for that?', R401T),
  w('401', 'security', 'A request arrives with a bearer token issued by the auth server of one of our other games. The token is perfectly valid over there, but our game\'s API does not accept that issuer or audience at all, so for us it is not a valid credential. Which response code fits?', R401T),

  // ---------------- 403 ----------------
  w('403', 'sre', 'child acct, token is valid, parental lock blocks anything rated above T. kid tries to buy an M rated skin thats publicly listed in the store. what do we return', R403),
  w('403', 'api', 'Store bans do not revoke credentials in our design: a store-banned player keeps a valid token and can still play, but may not purchase. The catalog is public, and we explicitly want to tell the player that purchasing is refused for them. What status should POST /store/purchases return for such a player?', R403),
  w('403', 'support', 'A publisher\'s integration key is valid but was created with the read-only scope. They are trying to POST a new price for their own game and someone on our side suggested 401. What should it really be?', R403S),
  w('403', 'security', 'The moderation report queue requires the moderator role. A regular player with a valid token calls GET /moderation/reports. The endpoint is documented publicly and its existence is not sensitive. Which code: 403 or 404?', R403),
  w('403', 'nonnative', 'player is logged in correct, his token is fine, but he try to open the admin settings of a clan where he is not officer. the clan is public, everybody can see it and the members. what status code is right here?', R403),
  w('403', 'sre', 'refund endpoint needs support-agent role. agent has a valid token but only viewer role. someone said 404 but the refund ticket is visible to them anyway. which one', R403),
  w('403', 'api', 'A parent disabled chat for their child through parental controls. The child is properly signed in and posts to /chat/channels/global/messages, a public channel. Signing in again will not change anything. Which status code best describes this refusal?', R403),
  w('403', 'support', 'Customer says they keep logging out and back in but trading is still blocked. Their account has a 14-day trade ban; login works fine and the token is valid. The trade item they want is in their own inventory. What status should the trade API be giving them?', R403),
  w('403', 'security', 'The publisher API has an IP allowlist. A request comes in with a valid, correctly signed publisher key but from an IP address not on that publisher\'s allowlist. The API is public knowledge. Which status should we respond with?', R403),
  w('403', 'nonnative', 'user has valid session but he want to download a DLC which he did not bought. the DLC is visible for everyone in the shop page, nothing secret. how we should answer to the download request?', R403),

  // ---------------- 404 ----------------
  w('404', 'sre', 'client asking for /store/items/skin_99999, that id was never issued, looks like a typo in a mod. what do we send', R404),
  w('404', 'security', 'Publisher A\'s key is valid, and they request GET /publisher/games/{id} for publisher B\'s unannounced title, which is under NDA. We must not confirm to anyone outside publisher B that the title even exists. A teammate proposes 403 since A is authenticated but not allowed. Which code should it be?', R404H),
  w('404', 'api', 'Parental-control settings live at /players/{id}/parental-settings. If an authenticated adult requests the settings of a child who is not in their family, we do not want to reveal whether a child account with that id exists at all. What status should be returned?', R404H),
  w('404', 'support', 'A player got a refund for a skin, so the entitlement was removed from their inventory. But the payment provider\'s chargeback dispute is still open and the entitlement may well be reinstated. When the client asks for /inventory/entitlements/{id}, what status do we return, 404 or 410?', R404U),
  w('404', 'sre', 'we turned off the capture-the-flag mode endpoints, design hasnt decided if it ever comes back. GET /modes/ctf/queue — 410 or something else', R404U),
  w('404', 'nonnative', 'player ask for /matches/88812345/history but this match id never was created in our system. which code is correct for respond?', R404),
  w('404', 'security', 'Policy: banned accounts are hidden from other players, and we must not reveal whether a given banned account exists. A signed-in player requests the profile of a banned account. Returning 403 would leak that it exists. What do we send?', R404H),
  w('404', 'api', 'When a player deletes their account there is a 30-day grace period during which they can restore it. During that window, other clients requesting GET /players/{id} should get what status? We clearly cannot promise the profile is gone for good.', R404U),
  w('404', 'support', 'A publisher admin with full permissions looks up GET /publisher/keys/pk_7f3a, but no key with that id was ever issued — they copied it wrong from an email. What should the API respond?', R404),
  w('404', 'sre', 'battle-royale-2 mode is in internal playtest, normal players must not find out it exists. a regular player w/ valid token hits /modes/br2. teammate says 403, i think thats leaking. what do we return', R404H),

  // ---------------- 410 ----------------
  w('410', 'api', 'The "Classic Siege" game mode was permanently retired: servers decommissioned, data archived offline, and the official announcement says it will never return. What should GET /modes/classic-siege/leaderboard return now?', R410),
  w('410', 'sre', 'store api v1 was sunset on purpose, removed for good, everyone migrated to v2 and v1 is never coming back. old clients still hit /v1/store/catalog. code pls', R410),
  w('410', 'support', 'A limited item was pulled from the store after mass refunds. The removal is final: it will never be sold again and the listing will not come back. Community wikis still link to /store/items/golden-llama. Which status should that URL give?', R410),
  w('410', 'security', 'A publisher permanently deleted one of their API keys; the record is purged and cannot be recovered. Another admin of that same publisher, authenticated with a different valid key and allowed to see all their keys, requests GET /publisher/keys/{deletedId}. There is nothing to hide from them. Which status?', R410),
  w('410', 'nonnative', 'we removed the Winter 2021 event page forever, we know sure it will not come back, and we want that search engines remove the links. which status code is good for this?', R410),
  w('410', 'sre', 'acct was erased on users gdpr request, erasure is irreversible, profile pages are public so no need to hide anything. /players/ghostfox still gets traffic. what do we send back', R410),

  // ---------------- knowledge ----------------
  k('api', 'Is a 404 response cacheable by default, without explicit freshness information such as Cache-Control?', /heuristic|\byes\b/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', 'A player keeps getting 403 in the shop. If they just log in again and retry with the same account, will that fix it according to the HTTP spec?', /\bno\b|not help|won.?t help|will not|same credentials|should not .*repeat|shouldn.?t .*repeat/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'which RFC is the current one for HTTP status codes meaning? my team still cite RFC 7231, is it still valid?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('sre', 'rfc 6750 error value for an expired bearer token?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed tokens'),
  k('security', 'RFC 6750 invalid_request, e.g. the token sent both in the header and the query string: what status code goes with it?', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400'),
  k('support', 'Once we start returning 410 for a retired game mode, how long are we required to keep returning 410 for it?', /discretion|any (particular |specific )?length of time|not required|no (fixed|required|set|minimum|mandated)|up to (the )?(server|owner|you)|no requirement/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; left to the server owner\'s discretion'),
  k('security', 'does the rfc let us swap the forbidden response for another code when we dont want to leak that a resource exists? which one', /\b404\b|not found/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond 404'),
  k('nonnative', 'when server give 404, does it tell client that the resource is gone for always or only for now?', /temporary or permanent|permanent or temporary|(does not|doesn.?t|not) (indicate|say|tell|specify)|no indication|neither/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('api', 'What is 410 Gone primarily intended to help with, according to RFC 9110?', /maintenance|remov\w* (the )?links?|links?.{0,40}remov|intentionally unavailable|delist/i, 'RFC 9110 §15.5.11: 410 is primarily to assist web maintenance by notifying the recipient the resource is intentionally unavailable and links should be removed'),
  k('support', 'If the request already had credentials in it and the server still answers 401, what does that tell us about those credentials?', /refused|rejected|not accepted|invalid|insufficient|failed/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('security', 'RFC 6750: when a request carries no authentication information at all, should the WWW-Authenticate challenge include an error code like invalid_token?', /\bno\b|should not|shouldn.?t|omit|without (an |any )?error|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('sre', 'server doesnt know if the removal is permanent or not, 410 or what', /\b404\b|not found/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', 'For an insufficient_scope error under RFC 6750, which attribute of the Bearer challenge can tell the client what access the request needs?', /\bscope\b\s*(attribute|parameter|param|field)|scope\s*=|["'`]scope["'`]/i, 'RFC 6750 §3 / §3.1: the scope attribute may indicate the scope necessary to access the resource'),
];

export const UNSEEN237_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
