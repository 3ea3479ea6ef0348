import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 125, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a gaming platform (player profiles, private lobbies, bans and suspensions, delisted games and DLC, friends-only content, game-server tokens, anti-cheat reviewers). */

const R401 = 'RFC 9110 §15.5.2: 401 — the request lacks valid authentication credentials for the target resource; a WWW-Authenticate challenge must be sent';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401 Unauthorized';
const R403 = 'RFC 9110 §15.5.4: 403 — the server understood the request and refuses to fulfil it; repeating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the token is valid but lacks the required privileges → 403 Forbidden';
const R404 = 'RFC 9110 §15.5.5: 404 — the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 — access to the target resource is no longer available at the origin server and this condition is likely to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'ds token expired mid match, heartbeat to /v2/servers/heartbeat now rejected. someone on the team says 403 since we know which server it is. what do we send back', R401T),
  w('401', 'sre', 'GET /me/profile w/o any auth header at all, code pls', R401),
  w('401', 'support', 'A customer reset their password after their account was compromised, which revokes every session token they had. Their old launcher on a second PC keeps calling the friends API with one of the revoked tokens. What should that launcher be getting back?', R401T),
  w('401', 'nonnative', 'When player send access token with broken signature (somebody modify the payload), the inventory endpoint should return what? My teammate say 404 for not reveal anything, but inventory endpoint exist for every player.', R401T),
  w('401', 'security', 'pentest finding: a dedicated server token we revoked after it leaked on a forum is still accepted by the match results api. after the fix, what status should a call w/ that revoked token get', R401T),
  w('401', 'sre', 'anticheat reviewer portal (json api), reviewer session cookie expird overnight, they click a case they are assigned to. 401 or 403', R401),
  w('401', 'api', 'We are designing the ban flow. When a player is permanently banned, we revoke every access and refresh token they hold, so the auth layer can no longer identify the caller at all. The client, unaware of this, keeps calling the API with the revoked access token. Product wants a 403 with the ban reason because "the player is banned". Given that the token being presented is no longer valid, what status should these calls receive?', R401T),
  w('401', 'sre', 'tokn minted for our other title (aud claim = the other game) hitting the leaderboards api, so its not a valid token for us. 403?', R401T),
  w('401', 'nonnative', 'Player type wrong password in the web shop login which is using Basic auth. Server answer with what code?', R401),

  // ---- 403 ----
  w('403', 'sre', 'player on 7 day suspension, token fine, tries to queue ranked. they already know theyre suspended. code', R403),
  w('403', 'sre', 'game srv token valid, scope only stats:read, POSTs to /matches/results. status?', R403S),
  w('403', 'api', 'An anti-cheat reviewer holding the tier1 role opens a case they can already see and tries to issue a permanent ban, which requires tier2. Their session is valid. A colleague suggests 401 so that the UI will prompt them to log in again. What should the ban endpoint return?', R403),
  w('403', 'support', 'A customer on a child account with parental controls tries to buy a mature-rated DLC. They are logged in normally and the DLC store page is public to everyone. What status should the purchase call return?', R403),
  w('403', 'nonnative', 'User is banned from community forum only (not from the game). He is logged in and token is good. He try to reply in a public thread which everybody can read. Which status we give him?', R403),
  w('403', 'sre', 'lobby shows in the public browser as invite only, anyone can see it. player w/o invite tries to join. nothin to hide. code?', R403),
  w('403', 'security', 'tournament admin api has an ip allowlist. request came in w/ a valid admin token but from a non allowlisted ip. which code', R403),
  w('403', 'sre', 'PATCH /players/{someone else}/profile w/ a valid token. profiles are public so its no secret. 404 or 403', R403),
  w('403', 'api', 'Our achievement leaderboards are publicly readable. Only game-server tokens issued to the owning studio may write scores. A server belonging to a different studio authenticates successfully with its own valid token (signature good, not expired, not revoked) and tries to POST a score to our leaderboard. We have no reason to hide the leaderboard, since it is public. Which status should we return?', R403),
  w('403', 'sre', 'banned plyr (we dont revoke tokens on ban, token still valid) hits GET /me/inventory, ui needs to show the ban reason. whats the code', R403),

  // ---- 404 ----
  w('404', 'sre', 'GET /games/999999999 , that id was never issued. 404 yeah?', R404),
  w('404', 'sre', 'private lobby, non member does GET /lobbies/{id}. product says non members must not even learn the lobby exists, 403 would leak that. code', R404H),
  w('404', 'nonnative', 'Friends-only screenshot album, a user who is not friend open the direct link. We don\'t want that he can know the album exist. What code to return?', R404H),
  w('404', 'support', 'A game was delisted from the store last week over a licensing dispute. The publisher says it may come back if the deal is renegotiated. What should the store page URL return in the meantime?', R404U),
  w('404', 'security', 'pentest: GET /anticheat/cases/{id} gives regular players 403 for existing case ids and 404 for nonexistent ones, so they can enumerate cases. what should existing cases return to regular players', R404H),
  w('404', 'sre', 'client has a typo in the dlc slug, /dlc/skn-pack-02 , that slug never existed (real one is skin-pack-02). code', R404),
  w('404', 'api', 'When a player deletes their account we soft-delete the profile and keep it for 30 days so they can restore it simply by logging back in. During that window, what should GET /players/{id} return to other players? The profile was public before deletion, and we considered 410.', R404U),
  w('404', 'security', 'shadow banned players: their profiles are hidden from everyone else, and other players should not be able to tell the profile exists. another player GETs /players/{id}. what do we return', R404H),
  w('404', 'nonnative', 'Tournament bracket page is removed by the organizer, we don\'t know if they will publish it again or not. Which status for the old URL?', R404U),
  w('404', 'sre', 'GET /servers/{serverId} by a studio for a server owned by another studio. server ids of other studios must never be disclosed. token is valid. 403 or?', R404H),

  // ---- 410 ----
  w('410', 'sre', 'v1 match history api is sunset, removed for good, not coming back. what do calls to /v1/matches get', R410),
  w('410', 'support', 'A publisher ended their contract and the DLC was permanently pulled. They confirmed it will never return and we intentionally took the store page down. Customers still have old links to it; what should those links return?', R410),
  w('410', 'nonnative', 'Event page of Winter Cup 2021 we delete it on purpose, the event is finish forever and page will never come back. Google still crawl it. Which status so the crawlers drop it faster?', R410),
  w('410', 'api', 'A studio closed and their game was permanently delisted: the rights have lapsed, the listing was deliberately deleted, and we have decided the store page will never be restored. The page was public, so there is nothing to conceal. A colleague suggests 404 "to be safe". What status best describes the store URL now?', R410),
  w('410', 'sre', 'workshop mod removed by its author w/ "delete permanently" (no undo, no restore). mod was public. status for the mod url', R410),
  w('410', 'security', 'we decommissioned clans entirely, all /clans/* pages deliberately removed forever. clans were always public so no existence leak concern. 410 ok or 404', R410),

  // ---- knowledge ----
  k('sre', 'what header has to go out w/ a 401, we keep forgetting it on the matchmaking svc', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field with at least one challenge'),
  k('api', 'Our CDN caches the 404 responses for delisted-game URLs even though we set no Cache-Control header. Is a 404 cacheable by default under the current HTTP spec, or is the CDN misbehaving?', /heuristic|(is|are) cacheable by default|yes[^.]{0,60}cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('sre', 'banned player keeps getting 403 and the client auto retries login w/ the same creds in a loop. does the rfc say anything abt repeating w/ same credentials', /same credentials|should not (automatically )?(repeat|retry)|shouldn.?t (automatically )?(repeat|retry)|not automatically (repeat|retry)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'Which RFC is now the valid one for HTTP status code meanings? My old notes say RFC 7231 and RFC 2616.', /9110/, 'RFC 9110 obsoletes RFC 7231 (which obsoleted RFC 2616)'),
  k('security', 'game-server token came in expired. per rfc 6750 what error code goes in the WWW-Authenticate bearer challenge', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for an expired, revoked or malformed token (401)'),
  k('api', 'In RFC 6750, which HTTP status code is paired with the insufficient_scope error? Our game-server tokens are scoped per endpoint.', /403|forbidden/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', 'rfc 6750 invalid_request (eg token sent in both the header and the query string) -> what status', /400|bad request/i, 'RFC 6750 §3.1: invalid_request → 400'),
  k('support', 'We return 410 for a permanently removed DLC page. How long are we supposed to keep serving 410 before we can let it fall back to 404?', /discretion|length of time|no (required|fixed|set|minimum|specific|mandated) (period|duration|time|length)|not (required|necessary|obligated) to keep/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is at the owner\'s discretion'),
  k('security', 'when is it ok per the rfc to send 404 instead of 403 for a private lobby', /hid(e|es|ing)|conceal|existence/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may respond with 404'),
  k('api', 'Does a 404 tell the client whether the missing game is gone for good or only temporarily unavailable?', /not indicate|doesn.?t (indicate|say|tell|specify)|does not (say|tell|specify)|no indication|temporary or permanent|permanent or temporary/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('nonnative', 'If we delete a game page but we are not sure if it is permanent, RFC say we use 410 or not? What instead?', /404|not found/i, 'RFC 9110 §15.5.11: if it is not known whether the condition is permanent, 404 ought to be used instead of 410'),
  k('sre', 'launcher got a 410 on an old patch notes link. what is a client supposed to do w/ links pointing at a 410 url', /(delete|remove|drop|purge|clean)[^.]{0,60}(link|reference|bookmark)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI'),
  k('api', 'Which RFC defines the Bearer authentication scheme and the invalid_request / invalid_token / insufficient_scope error codes that our game-server tokens use?', /6750/, 'RFC 6750 defines Bearer token usage and its error codes'),
  k('security', 'launcher sent no Authorization header at all (it didnt know auth was needed). in the WWW-Authenticate: Bearer challenge should we still put error="invalid_token"', /should not include|shouldn.?t include|not include|no error (code|information|param)|omit|without (an |any )?error|leave (it|the error[^.]{0,20}) out/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('sre', 'cdn caches 404s w/o cache-control. does it do the same for 403 by default', /not heuristically|isn.?t heuristically|not (cacheable|cached) by default|only (if|when|with) explicit|explicit (freshness|cach)/i, 'RFC 9110 §15.4/§15.5: 403 is not heuristically cacheable; only explicit freshness information makes it cacheable'),
];

export const UNSEEN125_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
