import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 258, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a game platform (player profiles, banned players, season content removed forever, beta servers for invited testers, friend-only lobbies, revoked modder API keys), mixed voices with red herrings and colleagues arguing for the wrong code. */

const R401 = 'RFC 9110 §15.5.2: 401 — the request lacks valid authentication credentials; the server MUST send a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 — the server understood the request but refuses to fulfil it; credentials are insufficient and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the token is valid but lacks the required scope → 403';
const R404 = 'RFC 9110 §15.5.5: 404 — the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 — access to the target resource is no longer available and this condition is likely to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', "player hitting GET /v1/players/me w/ a session jwt that expired 20 min ago, gateway logs say exp claim is in the past. dave wants 403 b/c the player acct definitely exists and is in good standing. what do we send back", R401T),
  w('401', 'security', "A modder's API key was revoked by our trust team on Monday after it leaked. Their build script keeps calling POST /mods/uploads with the revoked key. A colleague argues for 403 because 'we know exactly who this is', but the key no longer authenticates anyone. What status should the upload endpoint return?", R401T),
  w('401', 'api', "Our beta-realm API is publicly announced on the website, so its existence is no secret, and it is only for logged-in invited testers. A request arrives with no Authorization header and no session cookie at all. Someone suggested 403 since only invited testers are allowed in. What is the appropriate response?", R401),
  w('401', 'nonnative', "client is sending bearer token to the friends lobby endpoint (it is documented in our public api docs) but the signature of the token is not valid, look like somebody forge it. my lead say return 404 so attacker learn nothing. which code is the correct one for this?", R401T),
  w('401', 'support', "Customer says the launcher shows 'session problem' when joining a party. Logs show the access token had expired and the silent refresh failed, so the request reached the party API with the expired token. Which status should the party API have returned so the launcher knows to prompt the player to log in again?", R401T),
  w('401', 'sre', "ban job revoked every token of player 8812 (the ban is shown on their public profile anyway). now seeing requests from them w/ one of those revoked tokens, auth layer cant validate it at all. ops says 403 b/c banned. code pls", R401T),
  w('401', 'api', "The modding portal API uses HTTP Basic authentication. A client supplies an existing username with the wrong password. Which status code should be returned, and what must accompany it?", R401),
  w('401', 'security', "Pen-test finding: GET /admin/leaderboards/reset returns 403 to requests that carry no credentials whatsoever. The admin endpoint is listed in our public API reference, so hiding it is not a concern. The tester says the status is wrong. What should it be?", R401),
  w('401', 'nonnative', "we have a token signed by the staging identity provider and someone use it against production matchmaking api. production cannot verify it, the issuer is unknown for prod. colleague tell me 403. what is right answer between 401, 403, 404 and 410?", R401T),

  // ---- 403 (10) ----
  w('403', 'sre', "player w/ a perfectly valid token, role=player, POSTs to /admin/seasons/close. route is in the public docs, nothing to hide. kev says 401. i say no. what do we send back", R403),
  w('403', 'api', "An OAuth access token is valid and unexpired but carries only the profile:read scope; the client attempts PATCH /players/{id}/profile, which requires profile:write. One reviewer wants 401 so the client 'gets a new token'. Per RFC 6750, what status is correct?", R403S),
  w('403', 'support', "A player who was banned for cheating can still log in fine (the ban only blocks ranked play, and the ban is displayed on their public profile). When they try to queue for ranked, what should the API return? My teammate thinks 404 so we don't upset them.", R403),
  w('403', 'nonnative', "player is logged in correctly but is not on the invited tester list for beta servers. the beta server list is public on our site, everyone know it exist. login again will not change anything. which status we should return?", R403),
  w('403', 'security', "Friend-only lobbies show up in the public lobby browser with a lock icon, so their existence is visible to everyone. An authenticated non-friend tries POST /lobbies/{id}/join. Another reviewer wants 404 to prevent enumeration, but the lobby is already listed publicly. What is correct?", R403),
  w('403', 'sre', "modder api key is valid, not revoked, not expired, but its a read-only key. theyre calling PUT /mods/4411/release. whats the status, 401 or 403 or something else", R403),
  w('403', 'api', "Player profiles are public and readable by anyone. A signed-in player, whose identity we have verified, tries to PUT another player's profile bio. What should the server respond with?", R403),
  w('403', 'support', "Our studio-partner stats API only accepts calls from allowlisted IPs. A partner with a valid, working key moved to a new server IP that isn't on the list yet. They're asking what error they'll see and whether re-sending the key helps. What code does the API return?", R403),
  w('403', 'nonnative', "the child account is logged in ok, but parents settings disable the voice chat. when the child open a voice channel the server must refuse it. which http code fit here, my collegue think 401", R403),
  w('403', 'security', "Tournament pages are public. An authenticated user who isn't an org admin calls DELETE /tournaments/77. A colleague argues for 404 'to be safe', but the team already agreed the tournament's existence doesn't need hiding. Which status is defensible?", R403),

  // ---- 404 (10) ----
  w('404', 'sre', "GET /players/7f3a9c21 — we never issued that id, no such player ever existed. some1 suggested 410 b/c its not there. what should it be", R404),
  w('404', 'support', "A customer typed /seasons/winter-2019 into the store, but we've never had a season with that slug. What does the store page return?", R404),
  w('404', 'api', "A client requests GET /mods/999999999; our ID sequence has never reached that number, so the mod has never existed. Is 410 appropriate since 'it isn't there', or something else?", R404),
  w('404', 'security', "Unlisted friend-only lobbies must not be discoverable: they never appear in the lobby browser and only invited friends get the link. An authenticated non-friend guesses a lobby ID that does exist. A colleague wants 403 since we know who the user is. What should we return to avoid leaking that the lobby exists?", R404H),
  w('404', 'nonnative', "our beta server is under NDA, we must not confirm it exist to people who are not invited. normal player (logged in, valid token, not invited) call GET /beta/servers/eu-7. what code? team mate say 403 because it is forbidden.", R404H),
  w('404', 'sre', "/players/{id}/private-inventory — pentest shows we return 403 for real ids and 404 for fake ones so u can enumerate accts. caller is authed but not the owner. what should real ids return to other players", R404H),
  w('404', 'security', "Policy says banned accounts must appear not to exist to other users: we must not reveal that the account is there at all. An authenticated regular user requests the profile of a banned player. Which status should be returned?", R404H),
  w('404', 'support', "Season 5 cosmetics were pulled from the store pending a legal review. Nobody knows yet whether they'll come back. A colleague insists on 410 because they're gone 'for now'. What should the item URLs return?", R404U),
  w('404', 'api', "When a player deletes their account we soft-delete it and keep a 30-day window in which they can reactivate it. During that window, what should GET /players/{id} return to other callers — 410, or something else?", R404U),
  w('404', 'nonnative', "map was removed from the workshop by moderators, but the creator can appeal and maybe it come back, we dont know the result yet. what the api should answer for this map url?", R404U),

  // ---- 410 (6) ----
  w('410', 'sre', "season 3 battle pass content is gone forever — product signed off, assets purged, never coming back. old links still get traffic. jen says just 404. code pls", R410),
  w('410', 'api', "A mod author requested permanent deletion of their mod; we hard-deleted the files and metadata and there is no restore path. Its old URL /mods/5120 is still being requested. What status communicates this best?", R410),
  w('410', 'support', "The beta ended last month and the beta servers were permanently decommissioned — they'll never come back. Former invited testers with valid logins still hit /beta/servers. A coworker says 403 since they aren't testers anymore. What should they get?", R410),
  w('410', 'security', "We intentionally and permanently retired the v1 leaderboard API (announced, no plans to restore, nothing sensitive about it). Requests still arrive with valid credentials. Which status do we return for /v1/leaderboards?", R410),
  w('410', 'nonnative', "the halloween 2022 event page we deleted on purpose and it will never come back. we want google remove it fast from index. which code we return?", R410),
  w('410', 'sre', "limited skin 'neon reaper' retired permanently, store listing deleted on purpose, devs confirmed it will never be sold or shown again. api for the item page, 404 or 410", R410),

  // ---- knowledge (15) ----
  k('api', "What response header is a server required to send along with a 401 status?", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('sre', "is a 404 cacheable by default or do we need explicit cache-control for cdns to keep it", /heuristic|cacheable by default|(by )?default.{0,25}cach|cach.{0,25}by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('security', "If a client gets a 403 after sending credentials, should it automatically retry with the same credentials?", /same credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "which RFC is now the current one for http status code meanings? my doc still say RFC 7231", /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', "Under RFC 6750, which error code does the resource server put in the challenge when the bearer token lacks the scope the request needs?", /insufficient[_ ]scope/i, 'RFC 6750 §3.1: insufficient_scope, with 403'),
  k('sre', "oauth bearer token expired — what error value goes in WWW-Authenticate per rfc 6750", /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token, with 401'),
  k('support', "A partner's request to our token-protected API was missing a required parameter and was malformed. According to RFC 6750, what HTTP status goes with the invalid_request error?", /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('api', "Once we start returning 410 Gone for retired season content, are we obligated to keep returning 410 for it indefinitely?", /not (necessary|required|obligated)|no (requirement|obligation)|any length of time|(does ?n.?t|do ?n.?t|need ?n.?t) (have|need) to/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time'),
  k('nonnative', "what is the difference that 410 tell the client compare to 404? both say resource not there", /permanent/i, 'RFC 9110 §15.5.11: 410 indicates the condition is likely to be permanent'),
  k('api', "If a request already included credentials and the server still responds 401, what does that response indicate about those credentials?", /refused|rejected|not accepted|invalid|denied/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('support', "Does a 404 tell the customer whether the missing page is gone for good or just temporarily unavailable?", /(not|n.?t|no|neither).{0,40}(indicat|say|tell|specif|distinguish|reveal).{0,60}(temporar|permanen)|temporary or permanent|permanent or temporary/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('sre', "content got pulled but nobody can say if its permanent. can we still use 410 or what does the rfc say to use", /\b404\b|not found/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', "Which authentication scheme name appears in the WWW-Authenticate challenge that a resource server sends for OAuth 2.0 access tokens?", /\bBearer\b/i, 'RFC 6750 §3: WWW-Authenticate: Bearer'),
  k('security', "When a request to a protected endpoint carries no authentication information at all, should the RFC 6750 challenge include an error code like invalid_token?", /should not|shouldn.?t|no error (code|information)|omit|without (an |any )?error|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
];

export const UNSEEN258_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
