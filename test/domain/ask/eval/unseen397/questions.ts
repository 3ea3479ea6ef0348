import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 397, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an esports tournament platform (team captains, tournament admins, disqualified players, private scrim lobbies, archived tournaments, broadcaster API keys), asked in gamer-dev shorthand and incident chat. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid credentials (none sent, expired, revoked, rotated, malformed or bad signature), so 401 with a WWW-Authenticate challenge; RFC 6750 §3.1 invalid_token.';
const R403 = 'RFC 9110 §15.5.4: the caller is identified but not permitted (role, tenant, plan, IP allowlist, ban); re-authenticating will not help, and existence need not be hidden, so 403.';
const R403S = 'RFC 6750 §3.1: a valid token lacking the needed scope is insufficient_scope and gets 403 (RFC 9110 §15.5.4).';
const R404 = 'RFC 9110 §15.5.5: no current representation exists for the target (never existed, wrong id or route), so 404.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: removal not known to be permanent; 410 is only for a condition the server knows is permanent, otherwise 404.';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed, the condition is known to be permanent and there is no forwarding address, so 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'broadcaster webhook hitting /v2/matches/live w/ no Authorization header at all, no key nothing. code pls', R401),
  w('401', 'api', 'we rotated the broadcaster api keys last night, one casting overlay tool is still sending the old key (its no longer valid anywhere). what do we send back on those reqs', R401),
  w('401', 'support', 'Ticket #88213: a team captain logged out of the captain dashboard, then hit the back button and tried to submit a roster swap. Logout kills the session server side so the request arrived with a dead session cookie. She got a 403 "forbidden" and is confused, and our lead says 403 is fine. What status should the roster endpoint actually return when the session is gone?', R401),
  w('401', 'security', 'finding SEC-114: /api/tournaments/{id}/seeding accepts bearer JWTs whose signature fails verification and answers 403 "not allowed". token is simply invalid, nobody is identified. what should the fixed endpoint return', R401),
  w('401', 'nonnative', 'hello, the tournament admin token is expired since 2 hour and now bracket api return 500 to him. which code is correct for the expired token please?', R401),
  w('401', 'sre', 'scrim lobby join endpoint getting bearer tokens that are pure garbage, malformed, not even a parseable jwt. someone says 403, thoughts', R401),
  w('401', 'api', 'partner broadcaster key was revoked by an admin when the contract ended, they keep polling /v1/streams/overlay with it. 403 or 401', R401),
  w('401', 'nonnative', 'player is not login at all, no token, and he open /me/match-history. our api say 404. what is the right one?', R401),

  // ---- 403 ----
  w('403', 'sre', 'disqualified player (login valid, acct still active) trying to check in for round 2 of the cup. bracket + tournament page are public, nothing to hide. status?', R403),
  w('403', 'api', 'broadcaster key is valid but only has read:matches scope, they POST to /v1/matches/{id}/score to push results. what status + error code', R403S),
  w('403', 'support', 'Ticket: a team captain (logged in fine, valid session) is trying to edit the roster of a different team in the same open tournament. Both teams and rosters are listed publicly, nothing secret about them. A dev proposed 404. What is the correct response?', R403),
  w('403', 'security', 'review note: regular players w/ a valid session can call POST /admin/tournaments/{id}/reset-bracket and get 200. must be blocked for non-admins. the admin endpoint is in the public docs so no need to hide that it exists. which status', R403),
  w('403', 'nonnative', 'my user is logged in good, but I am team member, not captain. when I try register the team to tournament the API say 401. I think is wrong? only captain can do this, everybody know the team exist', R403),
  w('403', 'sre', 'ip allowlist on the broadcaster ingest: key is valid, request comes from an IP thats not on the partner allowlist. is 403 right here', R403),
  w('403', 'api', 'org on the free tier tries to create a tournament w/ 128 teams, thats a paid plan feature. user authed fine, token good. which one', R403),
  w('403', 'support', 'Player account got banned for aimbotting. They can still sign in through SSO (we keep login working so they can see the ban notice) but every ranked queue endpoint refuses them. The ranked ladder is public, nothing hidden. Someone on the team says return 401 so they re-login. What do we send back?', R403),
  w('403', 'security', 'pentest: a tournament admin of org A (valid token) can read the prize payout settings of an org B tournament. we want to deny it. org B tournament is a public listing, hiding it is not required. status?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /tournaments/999999 spamming logs, that id was never issued, there is no such tournament. code', R404),
  w('404', 'api', 'client typo: /v1/brackts/12 instead of /v1/brackets/12, that route doesnt exist on our api. what do we return', R404),
  w('404', 'support', 'A fan followed a link to /teams/xx-sn1per-xx but no team with that slug was ever created (not deleted, it never existed). Right now the page returns 200 with a "team not found" message. What status should it really send?', R404),
  w('404', 'nonnative', 'caster ask us for match id 5521 but this match was never created, the id not exist in the db at all. which status the api should give?', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'private scrim lobbies: a logged-in player who was not invited requests /scrims/{lobbyId}. we must not confirm the lobby exists (lobby ids leak teams practice schedules). 403 or something else', R404H),
  w('404', 'api', 'unannounced tournament drafts: authed users who are not on the admin team GET /tournaments/{id}/draft. product says the existence of unannounced tournaments must never be revealed to them. status?', R404H),
  w('404', 'nonnative', 'the appeal of disqualified player is confidential. other player, he is logged in, try /appeals/4410 by guessing. we dont want he know this appeal exist. which code please', R404H),
  w('404', 'support', 'Ticket: a team captain guessed the URL of another team\'s private strategy notes. He is logged in with a valid account but not a member of that team. Policy says we must not even confirm to other teams that those notes exist. Which response do we give?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'tournament page pulled offline pending an integrity review, might be restored next week, not sure yet if thats permanent. what do we serve for it meanwhile', R404U),
  w('404', 'nonnative', 'admin delete one team by mistake, it is in the trash and can be restore in 30 days, nobody decide yet. when other people open the team page which code? 410?', R404U),
  w('404', 'api', 'match VOD removed from the match page b/c of a DMCA claim, could come back if the counter-notice goes thru. undecided. is 410 ok', R404U),

  // ---- 410 ----
  w('410', 'sre', 'season 3 archived tournaments: we purged the old bracket pages on purpose, permanently, theyre never coming back and there is no replacement url. code', R410),
  w('410', 'api', 'v1 broadcaster api was shut down for good on jan 1, endpoints deliberately removed forever, no redirect or successor. what should the old v1 endpoints return', R410),
  w('410', 'support', 'Ticket: a player had their account erased under GDPR. The public profile page is permanently deleted on purpose and will never be restored, but search engines still index the profile URL. Which code should we serve so crawlers drop it?', R410),
  w('410', 'security', 'finding: signup page for the 2021 qualifier still returns 200. the qualifier was removed permanently and intentionally, we want link holders to know its gone for good. status?', R410),
  w('410', 'nonnative', 'we close the old winter tournament forever, admins decide to delete all its pages, it will not come back never. google still show it. which code is best?', R410),
  w('410', 'sre', 'retired /leaderboards/legacy permanently, intentional, no successor endpoint. 404 or 410', R410),
  w('410', 'security', 'after the final DQ ruling (no appeal left) the disqualified team page was deliberately and permanently deleted, no new url. what should that url answer now', R410),

  // ---- knowledge ----
  k('api', 'quick one: what header MUST a 401 from the broadcaster api carry', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response must send a WWW-Authenticate header with at least one challenge.'),
  k('support', 'a captain got a 403 on the bracket editor. per the RFC, will logging out and logging back in fix it?', /\b(no|not|won['’]?t|doesn['’]?t|cannot|can['’]?t|never|unlikely)\b[^.]{0,80}\b(help|fix|change|resolve|matter|difference)|\b(re-?authenticat\w*|log(ging)? (back )?in)[^.]{0,60}\b(not|won['’]?t|doesn['’]?t|will not|no|cannot)\b/i, 'RFC 9110 §15.5.4: for a 403, if credentials were provided the server considers them insufficient; re-authenticating will not change the result.'),
  k('security', 'when is it ok to send 404 instead of 403 for e.g. a private scrim lobby', /hid(e|es|ing)|conceal|existence|reveal|disclos|confirm/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource may respond 404 instead.'),
  k('sre', 'does a 404 tell the client whether the tournament is gone permanently or just temporarily', /\b(no|not|doesn['’]?t|does not|isn['’]?t|never|neither)\b[^.]{0,60}(indicat|say|tell|impl|specif|signal|distinguish|whether|permanen|temporar)|says? nothing about|silent (on|about)|(temporary or permanent|permanent or temporary)[^.]{0,20}(unknown|unspecified|not (said|stated|known))/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('nonnative', 'what the 410 tell to search engine and to people who have old link to our archived tournament?', /permanent|for good|remove (the )?links?|delete (the )?links?|delist|never (come )?back|no longer (available|exist)/i, 'RFC 9110 §15.5.11: 410 signals the resource is intentionally and permanently gone, so recipients with links should remove them.'),
  k('support', 'can a CDN cache our 410 responses for archived tournaments even w/o any Cache-Control header', /\byes\b|\b(is|are) (heuristically )?cacheable( by default)?|\bcan be (heuristically )?cached|heuristically cacheable/i, 'RFC 9110 §15.1: 410 (like 404) is heuristically cacheable by default.'),
  k('support', 'is a 403 cacheable by default the way a 404 is, or does it need explicit cache headers', /(^|[.!:]\s*)no\b|\bnot (heuristically )?cacheable|\bisn['’]?t (heuristically )?cacheable|\bnot cached by default|\bneeds? explicit|\brequires? explicit|\bonly (be )?(cached )?(if|when|with) (an? )?explicit/i, 'RFC 9110 §15.1: 403 is not in the list of heuristically cacheable status codes; 404 is.'),
  k('nonnative', 'broadcaster token is expired. in RFC 6750 which error code we must put in the WWW-Authenticate?', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked or malformed access token is invalid_token (401).'),
  k('sre', 'rfc 6750 invalid_request, which status goes with it', /\b400\b/, 'RFC 6750 §3.1: invalid_request should be answered with 400 Bad Request.'),
  k('support', 'our API docs cite RFC 7231 for 403/404 semantics. is that still the current spec or is there a newer one', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235 and is the current HTTP semantics spec.'),
  k('nonnative', 'in the 403 body can we explain to the player why he is forbidden, like he is disqualified? is allowed?', /\byes\b|\b(can|may|could|allowed to|free to) (describe|explain|include|state|give|say|tell|share)/i, 'RFC 9110 §15.5.4: a server wishing to make public why the request was forbidden can describe the reason in the response content.'),
  k('security', 'should our bot clients auto-retry a 403 with the exact same credentials', /\bno\b|\bnot (auto-?matically )?(retry|repeat|re-?send)|shouldn['’]?t|should not|pointless|won['’]?t help|will not help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat a 403 request with the same credentials.'),
  k('api', 'after a 401 is the broadcaster client allowed to retry the request w/ a new key', /\byes\b|\b(may|can|allowed to) (repeat|retry|re-?send|resubmit)|\bnew (or replaced )?(credentials|authorization|token|key)/i, 'RFC 9110 §15.5.2: the client may repeat the request with a new or replaced Authorization header field.'),
  k('security', 'request to the scrim api had no auth info at all. per RFC 6750 should the 401 challenge include an error code like invalid_token', /\bno\b|should not|shouldn['’]?t|\bomit|without (an? )?error|only the (scheme|challenge|realm)|just the (scheme|challenge|realm)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server should not include an error code or other error information.'),
];

export const UNSEEN397_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
