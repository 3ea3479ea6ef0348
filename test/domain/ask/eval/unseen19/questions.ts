import { type Draft, type EvalQuestion, k, w } from '../questions';

/**
 * Held-aside evaluation set 19, written by a blind writer from the angle of a gaming platform and a streaming
 * service (accounts, bans, region locks, entitlements, deleted videos, parental controls): live-ops engineers,
 * community managers, support staff and API partners, many typed quickly on a phone. It was written without
 * reading the product's parser, its tests or any other question set, using only the shared seed text and
 * RFC 9110 / RFC 6750 as references. It is kept out of tuning and used only for measurement.
 */

const R401 = 'RFC 9110 §15.5.2: request lacks valid authentication credentials → 401';
const R401_EXPIRED = 'RFC 6750 §3.1 invalid_token (expired, revoked, malformed) → 401; RFC 9110 §15.5.2';
const R401_SESSION = 'RFC 9110 §15.5.2: an ended session is no longer a valid credential → 401';
const R401_NONE = 'RFC 9110 §15.5.2: no credentials at all → 401 with a WWW-Authenticate challenge';
const R403 = 'RFC 9110 §15.5.4: server understood and knows the caller but refuses to authorize; existence not secret → 403';
const R403_SCOPE = 'RFC 6750 §3.1 insufficient_scope → 403; seed: token created without a needed scope';
const R403_TENANT = 'Seed: tenant isolation violation with valid credentials → 403 (RFC 9110 §15.5.4)';
const R403_IP = 'Seed: IP allowlist blocking an authenticated caller → 403 (RFC 9110 §15.5.4)';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource → 404';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide a resource from a forbidden caller may answer 404';
const R404_MAYBE = 'RFC 9110 §15.5.11: if it is not known whether removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'player hitting /v2/inventory w/ an access token that expired like 20 min ago, client never refreshed it. what do we send back', R401_EXPIRED),
  w('401', 'sre', 'user logged out on the console but the companion app keeps sending the old session cookie to /profile. code pls', R401_SESSION),
  w('401', 'support', "A customer says the TV app keeps asking them to sign in again. Logs show their refresh token was revoked when they changed their password, and the app is still sending it. What should the server respond to those calls?", R401_EXPIRED),
  w('401', 'security', "Partner webhook calls /api/matches with a JWT whose signature doesn't verify against our key (looks like it was signed with their staging key). Is that a 401 or a 403?", R401),
  w('401', 'nonnative', 'Hello, our client is calling the stream API without any Authorization header at all, it was a mistake in config. Which status code the server should return for this, please?', R401_NONE),
  w('401', 'api', "Leaderboard endpoint receives a bearer token that's just garbage, not even a parseable JWT. 401 or 403?", R401_EXPIRED),
  w('401', 'sre', 'ban wave last nite revoked all tokens on the cheater accts, their clients keep retrying /matchmaking w/ the revoked token. which one', R401_EXPIRED),
  w('401', 'api', "An API partner's key was rotated last week and the old key is dead now, but their integration is still sending it to /catalog. What should they get back from us?", R401),
  w('401', 'nonnative', 'The stream key of the broadcaster was expired at midnight, but OBS still push with this key to ingest API. We answer 401 or 403?', R401_EXPIRED),

  // ---- 403 ----
  w('403', 'sre', 'kid acct logged in fine but parental controls block 18+ titles. they open the page of a mature show (public catalog, everyone can see it exists). what do we send back', R403),
  w('403', 'api', 'Partner token is valid but only carries the scope `catalog:read`, and they call POST /v1/playlists which requires `playlists:write`. Which status?', R403_SCOPE),
  w('403', 'support', "A streamer from one creator org is logged in and tries to open the analytics dashboard of a different org. That org's dashboard URL is public (it's linked from their org page), we don't care that they know it exists. Which status should the API return?", R403_TENANT),
  w('403', 'security', "Live-ops admin panel sits behind an IP allowlist. An engineer has a valid SSO session but is on home wifi instead of the VPN. The panel's existence isn't a secret. Correct code?", R403_IP),
  w('403', 'nonnative', 'User is login with valid token, but he has only free plan and try to watch 4K stream that is only for premium. We dont mind he know the stream exist. Which code we must give, 401 or 403?', R403),
  w('403', 'sre', 'mod role got removed from this user yesterday, they still have a valid session and keep hitting /mod/ban. endpoint is in the public docs. code pls', R403),
  w('403', 'api', "Authenticated player, token is fine, but their account has an active competitive suspension so they aren't allowed to join ranked for 7 days. Ranked obviously exists. What code for POST /ranked/queue?", R403),
  w('403', 'support', "Customer is in a country where we haven't launched the paid channel yet. They're signed in and their token is fine, the channel page is public worldwide, but playback is limited to launch regions by our own product decision (not a legal thing). What should the play endpoint return?", R403),
  w('403', 'sre', 'svc acct token is valid but missing the ingest:write scope, uploads getting rejected. 403 or 404 correct response?', R403_SCOPE),

  // ---- 404 ----
  w('404', 'sre', 'someone scraping /videos/<id> sequentially, most of those ids never existed. what do we return for those', R404),
  w('404', 'security', "Private tournament lobbies: if a logged-in player who isn't invited requests /lobbies/{id}, they must not learn the lobby exists. 403 or 404?", R404_HIDE),
  w('404', 'support', "Customer typed the clip link by hand and got one letter wrong, so there's no clip with that ID at all. What status should the page return?", R404),
  w('404', 'nonnative', 'Creator took down his video for now, he say maybe he will upload it again later, it is not decided. What is correct status for the video URL, 404 or 410?', R404_MAYBE),
  w('404', 'sre', 'deleted the old season 3 event page, not sure yet if its permanent, marketing might bring it back. 404 or 410', R404_MAYBE),
  w('404', 'api', 'GET /users/{id}/friends for an account whose privacy is set to hidden. Policy says other users must not be able to tell whether that account even exists. Caller has a valid token. Which code?', R404_HIDE),
  w('404', 'security', "Unreleased game builds live under /builds/{codename}. The codenames are confidential; an authenticated outside partner who requests one shouldn't be able to find out it's real. What do we answer?", R404_HIDE),
  w('404', 'sre', 'partner calling /v1/achievments (typo, no such route, real one is /v1/achievements). what status', R404),
  w('404', 'support', 'A viewer says a VOD disappeared. We pulled it while the creator re-edits the audio, and it might come back next week. What should the VOD URL return in the meantime?', R404_MAYBE),
  w('404', 'nonnative', 'Player ask for profile of user id 99999999 but this id was never created in our system. Server should return what?', R404),

  // ---- 410 ----
  w('410', 'sre', 'we killed the v1 matchmaking api for good, sunset is done and its never coming back. clients still hitting it. what do we send back', R410),
  w('410', 'api', 'We deliberately and permanently removed the legacy /streams/{id}/chat-replay endpoint, the decision is final. 404 or 410?', R410),
  w('410', 'support', "A customer's old highlight reel link doesn't work anymore. The creator deleted the video on purpose and our deletes are irreversible, there is no restore. What should the link return?", R410),
  w('410', 'nonnative', "The limited event page 'Winter Cup 2021' we deleted on purpose and it will never come back. Which status code is right?", R410),
  w('410', 'support', 'We retired the old skin shop for good, the feature is gone forever, but crawlers still hit /shop/legacy. Should that be 404 or 410?', R410),
  w('410', 'security', "We intentionally and permanently removed the old debug endpoint /internal/dumpstate. It's not coming back and it's no secret that it existed (it's in the public changelog). Proper code for requests to it now?", R410),
  w('410', 'sre', 'channel deleted by the owner, we hard delete after 30 days and the 30 days are over, nothing left to restore. what code for /c/<name>', R410),

  // ---- knowledge ----
  k('sre', 'quick one whats the actual diff between 401 and 403', /authenticat|credential/i, 'RFC 9110 §15.5.2 (401: lacks valid credentials) vs §15.5.4 (403: understood but refuses to authorize)'),
  k('api', 'Which RFC is the current source of truth for HTTP status code semantics? Is it still RFC 7231?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines the status codes in §15'),
  k('security', 'A 401 response has to include which header?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server MUST send a WWW-Authenticate header field with a 401'),
  k('sre', 'is a 410 cacheable by default per the rfc or do we need to set cache-control on it', /heuristic|\byes\b|(?:is|are|be) (?:heuristically )?cacheable/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable'),
  k('support', "A customer's integration keeps retrying automatically after getting a 403. Should a client retry a 403 like that?", /\bno\b|should ?n[o']t|not (?:automatically )?(?:retry|repeat)|same credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; seed: stop retrying'),
  k('api', 'In RFC 6750, what error code goes in the WWW-Authenticate header when the token lacks the required scope, and which status goes with it?', /insufficient_scope[\s\S]*403|403[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('security', 'When is it legit to return 404 for a resource that actually exists?', /hid|conceal|existence|reveal|disclos/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target may respond 404'),
  k('nonnative', 'The name "Unauthorized" for 401 is confusing for me. What it really means?', /authenticat|credential/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  k('api', 'Per RFC 6750, which error code should the resource server use when the access token has expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens → 401'),
  k('sre', 'when shd we use 410 vs 404 according to the rfc', /permanent/i, 'RFC 9110 §15.5.11: 410 when removal is intentional and known to be permanent, otherwise 404'),
  k('support', 'Is 410 Gone better than 404 for search when we permanently delete a video page? Does it help search engines drop the page?', /remov|delist|drop|faster|sooner|quick|permanent|intentional/i, 'RFC 9110 §15.5.11: 410 signals that links should be removed; seed: helps crawlers delist faster'),
  k('security', 'What status does RFC 9110 say a server can send instead of 403 when it wants to hide that the resource exists?', /404|not found/i, 'RFC 9110 §15.5.4: 404 Not Found may be used instead to hide existence'),
  k('nonnative', 'The 404 response, it can be cached by the browser or CDN by default, or not? What RFC say?', /heuristic|\byes\b|(?:is|are|be) (?:heuristically )?cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable'),
  k('sre', 'what rfc section defines 403, need it for the postmortem doc', /15\.5\.4/, 'RFC 9110 §15.5.4 defines 403 Forbidden'),
  k('api', 'Which HTTP status does RFC 6750 pair with the invalid_request error code?', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
];

export const UNSEEN19_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
