import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 48, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a multiplayer game platform — player accounts, bans and suspensions, region locks, age ratings, DLC entitlements, guild/clan pages, retired servers and seasons, modding API keys, anti-cheat. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token — the access token is expired, revoked, malformed or otherwise invalid → 401';
const R401N = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: no credentials at all → 401 with a challenge and no error code';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and the caller is known, but it refuses to fulfil it; new credentials will not change that → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the token is valid but lacks the privileges the request needs → 403';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may answer 404 instead of 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.5 and §15.5.11: 404 when the server does not know (or cannot say) whether the absence is permanent; 410 only when it is';
const R410 = 'RFC 9110 §15.5.11: the target resource is no longer available and the condition is likely to be permanent (intentional removal) → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×20
  w('401', 'sre', 'modding api getting calls w/o any Authorization header at all, handler null-derefs and we return 500 rn. what should it actually send back', R401N),
  w('401', 'api', 'Designing the player-profile endpoint. If the bearer token attached to the request expired an hour ago, which status should the resource server respond with?', R401T),
  w('401', 'support', "A player changed their password on the website, and now the launcher that was still open gets rejected every time it loads the friends list because its old session token was invalidated. What status code is the server supposed to be giving the launcher here?", R401T),
  w('401', 'security', 'Anti-cheat telemetry upload accepts a JWT. In the pentest, a token whose signature fails verification against our signing key was sent. What must the endpoint return?', R401),
  w('401', 'nonnative', 'The player is sending request to inventory endpoint, but his token was revoked because he did "log out from all devices" before. Which code we must to return for this request?', R401T),
  w('401', 'sre', '`WARN authn: bearer token malformed (segment 2 not base64url) path=/v2/guilds/8812/members ua=GameClient/4.2`\nseeing a few hundred of these after the client patch. code pls', R401T),
  w('401', 'api', "A modder rotated their API key last week and the old one was deleted from our key store. Their tool keeps calling with the old key, which we simply can't find. 401 or 403?", R401),
  w('401', 'support', 'Mum left the parental controls portal open overnight, her session cookie expired, and this morning she tried to change the age-rating limit for her kid. What response does the portal API send for that request?', R401),
  w('401', 'security', 'Refresh-token reuse was detected, so the whole token family got revoked. A request then arrives with an access token from that revoked family. Correct response?', R401T),
  w('401', 'nonnative', 'Our server browser API have no key in the request, nothing in header and nothing in query. My colleague return 403 for this. Is it correct or it should be other code?', R401N),
  w('401', 'sre', "prod guild svc rejecting tokens minted by the staging issuer, kid isn't in the prod jwks so sig can't be checked at all. what do we return", R401),
  w('401', 'api', 'Dedicated-server admins call our RCON-over-HTTP API with Basic auth. When the password in the Authorization header is wrong, which status is appropriate?', R401),
  w('401', 'support', 'Customer reinstalled the game, and the first call the launcher makes to the DLC catalogue goes out with an empty Authorization header (literally "Bearer " and nothing after). The server should answer with which code?', R401N),
  w('401', 'nonnative', 'The platform session ticket what the client send for the DLC download is not passing verification, the ticket is fake or corrupted. What status we respond?', R401T),
  w('401', 'sre', '```\n2024-05-11T03:12:44Z ERR match-reporter: request hmac mismatch server_id=eu-fra-117 expected=9f1c.. got=02ab..\n```\ngame server is signing result uploads w/ a secret that doesnt match what we have on file, so we cant tell who sent it. reject w/ what', R401),
  w('401', 'api', 'For the clan webhook registration endpoint we use token introspection. When the introspection endpoint says the token is active:false, what do we put in the response status line?', R401T),
  w('401', 'support', 'A tournament organiser copy-pasted their API key into the bracket tool but cut off the last few characters, so the key matches nothing we issued. What code should they be getting back?', R401),
  w('401', 'security', 'Matchmaking WebSocket upgrade request arrives without the session cookie or any token — the client is completely anonymous. What status should the HTTP upgrade be refused with?', R401N),
  w('401', 'nonnative', 'Mod uploader tool use a token that belong to user account which was deleted, so the token is not valid anymore. Which is the right answer from API, please?', R401T),
  w('401', 'security', 'The leaderboard submit endpoint gets a JWT whose exp claim is in the past. The player obviously exists, but should we still go with 403 since we know who they are?', R401T),

  // ---- 403 ×24
  w('403', 'sre', 'permabanned acct (valid login) trying to queue ranked. ban is public on their profile anyway so no secret. what does matchmaking send', R403),
  w('403', 'support', "A player is on a 7-day suspension for toxic chat. They're logged in fine and tried to post in their guild chat. Which status should the chat service return?", R403),
  w('403', 'nonnative', 'Player is logged in correctly but he is in country where the game is not licensed yet, so the store must refuse the purchase. Everybody knows the game exist. Which code should be?', R403),
  w('403', 'api', 'A signed-in 15-year-old requests the store page of an 18+ rated game. The game is publicly listed, we just refuse to let under-18 accounts see the mature content. What status fits?', R403),
  w('403', 'sre', "dlc map download: player authed fine but doesnt own the expansion. the dlc is on the public store so existence isnt secret. 401 or 403", R403),
  w('403', 'api', 'A modding API key is valid but was issued only with mods:read. The caller tries to publish a mod, which needs mods:publish. What status and error should come back?', R403S),
  w('403', 'support', "A regular guild member (not an officer) tried to kick someone from the guild and got an error. They're logged in, the guild and the target both exist. What is the right code for that refusal?", R403),
  w('403', 'security', "Our clan pages are listed in a public directory, so we don't care if people know a clan exists. A logged-in non-member requests the clan's internal roster, which is members-only. Which code?", R403),
  w('403', 'sre', 'new build agent got a fresh ip, admin api IP allowlist blocks it. agent presents a valid svc token. gateway should return what', R403),
  w('403', 'nonnative', 'Anti-cheat flagged the client and now account is in review. He is authenticated, but we not allow him join any match until review finish. What code the matchmaker returns?', R403),
  w('403', 'api', 'Free-tier players are not allowed to create custom dedicated servers; that is a premium-only feature and the pricing page says so. A free-tier player calls POST /servers. Which status?', R403),
  w('403', 'security', 'Player-report queue requires the moderator role. An authenticated player without that role calls GET /reports. The endpoint is documented publicly in our API docs. Correct status?', R403),
  w('403', 'support', "Customer says they keep getting 'access denied' on the beta branch. They already logged out and back in three times, nothing changes. Turns out they're just not in the beta tester group. Is the error code they're seeing supposed to be 403 or 401?", R403),
  w('403', 'nonnative', 'Child account have the chat disabled by the parental control. When kid try to send a message, the API must refuse. Which status code is good for this?', R403),
  w('403', 'sre', 'trade svc: acct is 2 days old, trade hold is 7 days for new accts. valid session. what code on POST /trades', R403),
  w('403', 'api', 'A spectator connected to a match via the web companion tries to call the admin command endpoint for that match. They are authenticated; only the match host may run commands. What should be returned?', R403),
  w('403', 'security', "Mod author A tries to edit the public listing of mod author B's mod. A is logged in and B's mod is publicly visible to everyone. Which status code?", R403),
  w('403', 'support', 'A player found the season leaderboard write endpoint and tried to post their own score with their player token. Only game-server service accounts may write scores. What should they get back?', R403),
  w('403', 'security', 'Service-to-service calls use mTLS. The chat-bot service presents a valid client certificate and is identified correctly, but it is not on the allowlist of services permitted to call the ban API. What should the ban API respond with?', R403),
  w('403', 'nonnative', 'User is logged in but he did not verify his e-mail yet, and marketplace is only for verified accounts. What response we give when he try to sell item?', R403),
  w('403', 'api', 'Players from a country where paid loot boxes are prohibited can log in and play, but opening a loot box must be refused for them. The loot box itself plainly exists. Which status?', R403),
  w('403', 'security', 'A guild is invite-only, and its public page clearly shows that. An authenticated player with no invitation calls POST /guilds/{id}/join. What status is correct?', R403),
  w('403', 'sre', "oauth token from 3rd party stats site has scope profile:read, they called DELETE /players/me/matches/123. token itself is valid. what code + what error", R403S),
  w('403', 'support', "A partner studio's API key can read its own games' telemetry. They asked for telemetry of another studio's game, which is in the public catalog so no secret. The key is valid. How should the API answer?", R403),

  // ---- 404 ×24
  w('404', 'security', 'Private guilds must not reveal that they exist to anyone outside the guild. An authenticated non-member requests /guilds/7781 for a private guild. What status should we send?', R404H),
  w('404', 'sre', 'dataminers probing store api for unannounced dlc skus. the sku exists but is unreleased and marketing says absolutely no leaks, not even that it exists. which code', R404H),
  w('404', 'nonnative', 'A player request ban appeal of another player by id. The appeal exist, but we must not show to other players that it exist. Which code is correct to send?', R404H),
  w('404', 'api', 'The anti-cheat detection-rules endpoint is internal; non-staff callers must not even learn it exists. A logged-in player hits it. 403 or 404?', R404H),
  w('404', 'support', "A curious player typed in the URL of our internal dev build manifest they saw on a forum. We don't want outsiders to know those builds exist. What should the server return?", R404H),
  w('404', 'security', "Player A requests player B's block list via /players/B/blocks. The list exists, but revealing whether B has a block list at all is a privacy leak. Which code?", R404H),
  w('404', 'sre', 'private tournament replays: non-participants must not be able to tell a replay id is real. auth is fine. what do we send for GET /replays/{id} from outsider', R404H),
  w('404', 'api', "Partner studio A calls our API with studio B's game id. B's game is unannounced, so A must not find out it exists at all. Which status should A get?", R404H),
  w('404', 'nonnative', 'Moderator notes about a player, another normal player try to read them. We do not want him to know if notes exist or not. What code should return?', R404H),
  w('404', 'sre', "season 4 leaderboard pulled offline while product decides whether to bring it back. not sure it's permanent. what do we serve on /seasons/4/leaderboard", R404U),
  w('404', 'support', "A mod got taken down while a DMCA claim is reviewed; it might be reinstated if the claim fails. Someone opens the mod page. What status should the page return?", R404U),
  w('404', 'api', 'The OCE-2 server was shut down, but it is not decided yet if it is retired or will come back after the hardware swap. Server status endpoint for it should return which code?', R404U),
  w('404', 'nonnative', 'Guild owner deleted his guild, but there is 30 days when he can restore it. During this time somebody open the guild page, which status code we give?', R404U),
  w('404', 'security', 'A player requested account deletion; there is a 14-day grace period during which they can cancel. Meanwhile their public profile URL is requested. The deletion is not final. Status?', R404U),
  w('404', 'support', "A DLC pack was temporarily delisted because the music licence is being renegotiated; it may come back. Customer clicks an old link to its store page. What should that link return right now?", R404U),
  w('404', 'sre', 'GET /v2/guidls/12 (typo, route is /guilds) -> currently returns 200 w/ empty json lol. whats correct', R404),
  w('404', 'api', 'GET /players/99999999 for a player id that was never issued. What is the right status?', R404),
  w('404', 'nonnative', 'Somebody ask mod with id 5000000 but we only have mods until 120000, this id never existed. Which code is right?', R404),
  w('404', 'support', "Customer searched clan tag 'ZZQX' on the clan lookup endpoint; no clan ever registered that tag. The API returns 200 with a 'not found' message in the body. What should the status really be?", R404),
  w('404', 'sre', "after deploy the /v3/achievements route just isnt registered anymore, every call comes back w/ nothing matching. we know it's a regression, fixing it. in the meantime what's the protocol-correct code for a route that isnt there", R404),
  w('404', 'security', 'Profile page for a username that has never been registered. Nothing to hide, nothing ever existed there. Which code?', R404),
  w('404', 'api', 'A client asks for /patches/4.7.3/notes but there is no 4.7.3 patch, we jumped from 4.7.2 to 4.8.0. What should the notes endpoint answer?', R404),
  w('404', 'nonnative', 'Cosmetic skin item was removed from shop, but I do not know if it is forever, maybe it come back for holiday event. What code for the item page now?', R404U),
  w('404', 'support', "Player shared a link to an in-game event page with a typo in the event slug, so it matches no event we ever had. What status should that page send?", R404),

  // ---- 410 ×12
  w('410', 'sre', 'season 3 ranked ladder is killed for good, data archived offline, never coming back. /seasons/3 currently 404s. should it be something else', R410),
  w('410', 'api', 'The legacy EU-West-2 cluster has been permanently decommissioned and will never return. Clients still poll /servers/euw2/status. Which status should that return?', R410),
  w('410', 'nonnative', 'We turn off modding API v1 forever, all is migrated to v2 and v1 will never come back. Old tools still call /v1/mods. Which status is the best?', R410),
  w('410', 'security', "A player exercised their right to erasure; the account is irreversibly deleted and will never be restored. Their old public profile URL still gets traffic. What status should it return?", R410),
  w('410', 'support', "The 2021 winter event page was removed on purpose, permanently, and marketing wants search engines to drop it fast. What code should that URL send?", R410),
  w('410', 'sre', 'mod 44102 perma removed at author request, wiped from storage, will not be restored. GET /mods/44102 -> ?', R410),
  w('410', 'nonnative', 'Guild was disbanded and purged completely, the name released, and it is sure it never come back. Old links to the guild page, which code is correct?', R410),
  w('410', 'api', 'A promo code campaign ended and its redemption endpoint was intentionally retired for good. Stale clients still POST to it. Which status?', R410),
  w('410', 'security', 'The old launcher patch download links were removed permanently after the launcher was deprecated; nothing replaces them and there is no redirect. What should those URLs answer?', R410),
  w('410', 'support', "The closed beta is over and the signup page is gone permanently; the studio confirmed it will never reopen. People keep following old links to it. Which status?", R410),
  w('410', 'sre', "battle royale mode sunset permanently, queue endpoint deliberately removed. lead says 'its dead, not coming back'. clients still hit /queues/br", R410),
  w('410', 'nonnative', 'After CDN migration the old avatar host URLs are removed on purpose and permanently, no redirect. What status for these old URLs please?', R410),

  // ---- knowledge ×10
  k('api', 'Which response header must a 401 response carry, according to RFC 9110?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge'),
  k('support', 'A player getting 403 asks whether logging out and logging back in will fix it. Will it?', /\b(no|not|won['’]?t|doesn['’]?t|will not|does not|cannot|can['’]?t|unlikely)\b/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; re-authenticating will not change a 403'),
  k('security', 'Is it legitimate to answer 404 instead of 403 so that a caller cannot tell a forbidden resource exists?', /\b(hid(e|ing)|conceal|not (to )?reveal|without revealing|existence|disclos)/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource may respond with 404'),
  k('sre', 'is 410 cacheable by default or do we need explicit cache headers', /(heuristic\w*|cacheable by default|by default[^.]*cach|yes)/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('nonnative', 'Which RFC is now the standard for HTTP status codes like 401 and 404, the one who replaced RFC 7231?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines HTTP semantics including the status codes'),
  k('api', 'Under RFC 6750, which error code goes in the WWW-Authenticate header when the bearer token has expired, and with what status?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked, malformed or invalid tokens, with 401'),
  k('security', 'With Bearer tokens, what HTTP status pairs with error="insufficient_scope"?', /403/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('support', 'Should we send 410 for a removed item when we are not sure the removal is permanent? If not, what instead?', /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 should be used'),
  k('nonnative', 'What is the difference how search crawlers treat 410 compared with 404?', /(faster|quicker|sooner|more quickly|immediately|right away|permanent)/i, 'RFC 9110 §15.5.11: 410 marks the resource as permanently gone so links can be removed; crawlers typically delist 410 faster than 404'),
  k('sre', 'request w/ no credentials at all on a bearer-protected api: do we put an error code in the WWW-Authenticate challenge or not', /\b(no|not|omit\w*|without|shouldn['’]?t|should not|leave (it )?out|don['’]?t)\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server should not include an error code'),
];

export const UNSEEN48_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
