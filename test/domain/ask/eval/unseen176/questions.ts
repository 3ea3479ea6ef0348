import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 176, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a mobile game backend (player accounts, bans, guilds, seasonal events that end, deleted characters, leaderboards, anti-cheat). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; a WWW-Authenticate challenge is sent';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; the caller is known and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin has no current representation for the target resource (never existed / no such route)';
const R404H = 'RFC 9110 §15.5.4 and §15.5.5: an origin that wishes to hide the existence of a forbidden resource MAY respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the origin does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available at the origin and the condition is likely permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 ----------
  w('401', 'sre', 'after the 4.2 client update some players hit /v1/inventory w/ no Authorization header at all, client bug. what do we send back', R401),
  w('401', 'sre', 'session token expired like 30 min ago but the app keeps posting to /leaderboard/submit with it. dave says 403 b/c we know which player it is from the old token. i think hes wrong, code pls', R401T),
  w('401', 'security', 'Anti-cheat revoked every access token belonging to a flagged account. The client keeps calling the match API with one of those revoked tokens. We have not decided on a ban yet, the only problem is that the token itself is revoked. What status should the API return?', R401T),
  w('401', 'api', 'A modified client sends a JWT whose payload was edited to say role=admin, so the signature no longer verifies. One reviewer wants 403 because it is obviously a privilege escalation attempt. Since we cannot authenticate the token at all, which status is correct?', R401T),
  w('401', 'nonnative', 'Player is sending token which was issued by our staging server to the production server, signature is not match with production key. Which code we must to return?', R401T),
  w('401', 'support', 'A customer reset her password and now the game says "session invalid, please log in". Reset invalidates all old tokens, and her phone is still sending the old one. What status is the server giving her app, assuming we follow the spec?', R401T),
  w('401', 'sre', 'leaderboard ingest svc got its api key rotated yesterday, one game server region still sends the old key which we deleted from the key store. what should ingest answer', R401),
  w('401', 'api', 'Our player-support console uses HTTP Basic auth. If someone submits the right username but a wrong password, what should the console API respond with?', R401),
  w('401', 'security', 'Anonymous request, no cookie and no bearer token, to GET /guilds/{id}/bank. Guilds are public so there is nothing to hide about whether the guild exists, but the bank needs a logged in member. What should be sent before anything else?', R401),

  // ---------- 403 ----------
  w('403', 'sre', 'player w/ valid token, normal member of the guild, tries to kick another member. kick is officer only. guild rosters are public anyway. what do we return', R403),
  w('403', 'api', 'The companion app gets OAuth tokens with scope leaderboard:read only. It calls POST /leaderboard/scores, which requires leaderboard:write. The token is valid and unexpired. Which response is right?', R403S),
  w('403', 'support', 'Player is banned from ranked for 7 days. He logs in fine (token valid), we already show him the ban notice in the app, and he tries to queue for ranked. A coworker wants 401 so the app kicks him to the login screen. What should the queue endpoint actually respond?', R403),
  w('403', 'security', 'Authenticated player A sends PATCH /players/B/profile to change player B\'s bio. Profiles are publicly viewable by everyone, so existence is not a secret. What status should the server use for the refusal?', R403),
  w('403', 'nonnative', 'Player is login correctly with good token, but his account is child account (under 13) and child accounts is not allowed to use trading post. What code should be return?', R403),
  w('403', 'sre', 'anti-cheat flagged the device, player still authenticated fine, hits /season/rewards/claim. we WANT them to know theyre blocked pending review, nothing to hide here. what code', R403),
  w('403', 'api', 'A moderator (authenticated, token valid) calls POST /admin/events/{id}/end. Only the live-ops role may end events; moderators can see all events in the console, so revealing that the event exists is fine. What should the API answer?', R403),
  w('403', 'sre', 'internal /leaderboard/reset is behind an ip allowlist. new pod ip isnt on the list yet, service token is perfectly valid. what status should it get', R403),
  w('403', 'nonnative', 'User try to join a guild which is invite-only. Guild is visible in the public search list. He is logged in with valid token but he don\'t have invitation. Is 401, 403 or 404?', R403),
  w('403', 'security', 'Match replays are listed publicly on the leaderboard page, but only players who were in the match may download the replay file. A logged-in player who was not in the match tries to download one. Someone proposed 404 to hide it, but the replay is already listed publicly. What should we send?', R403),

  // ---------- 404 ----------
  w('404', 'sre', 'admin tool calls GET /players/9999999999, that id was never allocated to anyone, admin token fine. what comes back', R404),
  w('404', 'nonnative', 'Client is calling /v2/guild/raids but we never build this endpoint, only /v2/guilds/{id}/raids is existing. What response code is correct for this?', R404),
  w('404', 'support', 'A player typed a friend code into the add-friend screen, and that code was never issued to any account. What should the lookup endpoint return?', R404),
  w('404', 'security', 'Private guilds are hidden from search and our policy says non-members must not be able to learn a private guild exists. An authenticated non-member requests GET /guilds/{id} for a private guild. What status should they get?', R404H),
  w('404', 'security', 'Pen-test finding: /anticheat/cases/{playerId} returns 403 for players who have an open investigation and 404 for everyone else, so regular players can enumerate who is being investigated. What should a regular player receive for a case that does exist?', R404H),
  w('404', 'api', 'When player X blocks player Y, the product requirement is that Y must not be able to tell whether X\'s profile exists at all. Y is authenticated and requests GET /players/X. Which status should we return?', R404H),
  w('404', 'sre', 'winter-2025 event config is in the db but unannounced. dataminers w/ valid tokens hitting /events/winter-2025. marketing says we cannot leak that it exists. what do we send', R404H),
  w('404', 'support', 'A player deleted his character but we keep it for 30 days so he can restore it. Meanwhile other players\' clients request /characters/{id}. A coworker says 410 because it was deleted. What should those requests get?', R404U),
  w('404', 'sre', 'summer event ended, page taken down. live-ops says it MIGHT rerun next year, nobody has decided. 404 or 410 for /events/summer-splash', R404U),
  w('404', 'api', 'When a guild is disbanded we soft-delete it, and the former leader can restore it within 7 days. During that window, what should GET /guilds/{id} return to other players?', R404U),

  // ---------- 410 ----------
  w('410', 'api', 'The "Summer Splash 2023" event has ended and is permanently retired: assets purged, the event id will never be reused. Old clients still request /events/summer-splash-2023/leaderboard. What is the appropriate response?', R410),
  w('410', 'sre', 'char deleted, 30 day restore window is over, hard purged, id tombstoned and never reused. profile links still getting hit. code pls', R410),
  w('410', 'nonnative', 'We shutdown the v1 leaderboard API for good, there is no equivalent path to redirect to and v1 never come back. Old clients still call /v1/leaderboard. Which code is right one?', R410),
  w('410', 'support', 'A store bundle (the legacy clan emblem pack) was deliberately and permanently removed from sale and will never return. Old promo emails still deep-link to /store/bundles/clan-emblems. What should players get when they follow those links?', R410),
  w('410', 'security', 'We intentionally and permanently decommissioned a promo-code redemption endpoint after it was leaked; it is never coming back and we want bots and crawlers to drop it. A colleague suggests 403. What status fits better?', R410),
  w('410', 'sre', 'season 3 leaderboard snapshot deleted on purpose per retention policy, permanent, wont be restored. leaderboards are public so no hiding needed. old share links still come in, what do we return', R410),

  // ---------- knowledge ----------
  k('sre', 'what header has to go out w/ a 401, our unity client chokes when its missing', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('api', 'Is a 404 response for a deleted leaderboard entry cacheable by default under RFC 9110, or can a CDN only store it if we add explicit freshness information?', /heuristic|(?:is|are|it's|its|404s?)\s+(?:heuristically\s+)?cacheable\s+by\s+default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('security', 'if the game client gets a 403, should it just keep retrying with the same session token', /(should ?n[o']?t|shouldn'?t|must ?n[o']?t|do ?n[o']?t|don'?t|never|no point|won'?t help|will not help)\b.{0,60}(repeat|retry|resend|re-?send|re-?try|help)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'Which RFC is the current one for HTTP status code semantics now? My team still cite RFC 7231 in the design docs.', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('sre', '6750 invalid_token maps to what status again', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD respond with 401'),
  k('support', 'The auth docs mention an invalid_request error for bearer tokens. What HTTP status goes with that one?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400'),
  k('api', 'Once we start returning 410 for a retired seasonal event, does the RFC oblige us to keep returning 410 for it forever?', /discretion|not (necessary|required|obligated|obliged|mandatory)|no (requirement|obligation)|any (particular )?length of time|up to (the |you|your)|isn'?t required|not need to/i, 'RFC 9110 §15.5.11: not necessary to keep the mark for any length of time; left to the server owner\'s discretion'),
  k('security', 'Our pentester says answering 403 leaks that a private guild exists. Which status does RFC 9110 allow us to send instead to hide its existence?', /\b404\b/, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden resource MAY respond 404'),
  k('nonnative', 'If server is not knowing whether the deletion of a resource is permanent or not, which code RFC is recommending to use?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', 'What does RFC 9110 describe as the primary purpose of the 410 Gone status?', /web maintenance|remov\w*.{0,40}links?|links?.{0,40}remov|intentionally (unavailable|removed)/i, 'RFC 9110 §15.5.11: 410 assists web maintenance by notifying that the resource is intentionally unavailable and remote links should be removed'),
  k('api', 'Per RFC 6750, when a request to our game API carries no access token at all, should the WWW-Authenticate challenge in the 401 include an error code such as invalid_token?', /(should ?n[o']?t|shouldn'?t|no|not|omit|without|leave out)\b.{0,40}(error code|error attribute|error param|error=|error information)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('support', 'After the app gets a 401, is it allowed to try the request again, and if so what has to change?', /(new|different|fresh|replac\w*|valid)\b.{0,40}(credential|token|authorization|login)|re-?authenticat|log(?:ging)? in again|sign(?:ing)? in again/i, 'RFC 9110 §15.5.2: the client MAY repeat the request with a new or replaced Authorization header field'),
  k('nonnative', 'When we refuse banned player with 403, where we can put the reason of the ban according to RFC, in some header or where?', /content|body|payload/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
];

export const UNSEEN176_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
