import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 386, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a video-conferencing service (meeting rooms, hosts and guests, cloud recordings that expire or are deleted, waiting rooms, per-org admin policies, OAuth calendar integrations) as seen in on-call chat and support tickets. */

const R401 = 'No valid credentials (none sent, expired, revoked, unverifiable) means authentication is what failed: 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token).';
const R403 = 'The caller is authenticated but not permitted (role, plan, org policy, IP allowlist, suspension); re-authenticating will not help: 403 (RFC 9110 §15.5.4).';
const R403S = 'A valid bearer token that lacks the needed scope gets 403 with error="insufficient_scope" (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No current representation exists for the target (never existed, wrong id or path): 404 (RFC 9110 §15.5.5).';
const R404H = 'Existence must not be revealed to this caller, so the server may answer 404 instead of 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent (restorable, under review, undecided): 404, since 410 is only for known-permanent removal (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally removed and known to be permanent: 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'user logged out of the web app, we killed the session server side on logout. desktop client keeps polling GET /v2/meetings/upcoming w/ that dead session cookie. what do we send back', R401),
  w('401', 'api', 'calendar sync worker calls our /recordings api w/ a bearer token that expired 20 min ago (exp in the past, signature itself is fine). status?', R401),
  w('401', 'support', 'Ticket from an enterprise customer: their meeting-room bot stopped working after their admin rotated the API key yesterday. The bot still sends the old key in the Authorization header when it tries to start a meeting, and that old key no longer exists anywhere in our system. They are getting 403 and asked if that is the correct response. Is it, or what should the API return?', R401),
  w('401', 'security', 'pentest finding: POST /rooms/{id}/waiting-room/admit answers 403 when the request has no token at all, no cookie, nothing. dev says 403 is fine for anonymous requests. thoughts, whats the correct code', R401),
  w('401', 'nonnative', 'hello, our guest join api receive a JWT where signature verification is fail (somebody modify the payload by hand). which code we must give back please', R401),
  w('401', 'sre', 'user hit "sign out all devices" so we revoked the access token we issued to their mobile app. app still calls GET /me/recordings with it. 401 or 403', R401),
  w('401', 'api', 'token on /v1/meetings/{id}/participants is signed w/ a kid thats not in our jwks, we cant verify it at all. what does the gateway return', R401),
  w('401', 'nonnative', 'host session expire after 12 hour idle, then he click "end meeting for all" and api get the request with this expired session. correct status is 401 or 403?', R401),

  // ---- 403 ----
  w('403', 'sre', 'guest in the meeting (logged in, valid token) calls POST /meetings/{id}/recording/start. only host + co-hosts can start recording. code?', R403),
  w('403', 'api', 'org admin policy turns off cloud recording for the whole org. host w/ a valid session calls start cloud recording on his own meeting. someone says 404, is 403 right here', R403),
  w('403', 'support', 'Customer on the free plan tries to download a meeting transcript through the API. Transcripts are a paid-plan feature; their login and token are perfectly valid. A colleague wants to return 401 because "they are not authorized". Which code is correct?', R403),
  w('403', 'security', 'token is valid, not expired, but only carries meetings:read scope. caller tries DELETE /meetings/{id}. which status', R403S),
  w('403', 'nonnative', 'user is logged in correct, but org admin set an IP allowlist and the user connect from home IP which is not in the list. he try to open meeting settings page of his own org. what code?', R403),
  w('403', 'sre', 'acct was suspended by the org admin, token itself still valid, we check suspension on each request. they GET /meetings. 403 right?', R403),
  w('403', 'api', 'user from org A (valid token) tries PATCH on waiting room settings of a room owned by org B. the room isnt secret, its listed on org Bs public join page. what do we send', R403),
  w('403', 'support', 'A co-host tries to delete a cloud recording from the meeting. Only the meeting owner may delete recordings. The co-host can already see this recording in their list, so it is no secret that it exists. Right now they get a 404 and are confused. What should the response be?', R403),
  w('403', 'security', 'review note: logged-in org member without the "manage integrations" permission calls DELETE /org/integrations/google-calendar. every member can see the integration on the settings page anyway. logging in again wont change their role. correct response?', R403),

  // ---- 404 (never existed / wrong id) ----
  w('404', 'sre', 'GET /v2/meetings/98765432100, no meeting with that id ever existed, client has a typo. code', R404),
  w('404', 'nonnative', 'customer copy wrong recording link, this id is not in our database and never was, it is not deleted. what we answer?', R404),
  w('404', 'api', 'integration partner calls /v1/integrations/calender/sync (misspelled, route never existed), valid token. which one', R404),
  w('404', 'support', 'User is logged in fine and clicks an invite for room "acme-standup-2", but nobody ever created a room with that name. The real room is "acme-standup", they just mistyped it. Not deleted, it never existed. What should the API return?', R404),

  // ---- 404 (exists, hidden from this caller) ----
  w('404', 'security', 'finding: GET /recordings/{id} returns 403 for recordings of other orgs, so an attacker can enumerate which recording ids are real. requirement: we must never confirm a recording exists to anyone outside the owning org. what should it return instead', R404H),
  w('404', 'sre', 'private webinar ids are confidential. authenticated users who werent invited hit /webinars/{id} and must not learn the webinar exists. status?', R404H),
  w('404', 'api', 'exec personal rooms: org policy says their existence must not be revealed to anyone outside the exec group. a logged-in regular employee requests GET /rooms/ceo-private (it does exist). which status', R404H),
  w('404', 'nonnative', 'user from other company (he is logged in) try to open breakout room URL of our customer. we must not tell him the room exist, it is confidential for the customer. 403 or 404?', R404H),

  // ---- 404 (removed, permanence unknown) ----
  w('404', 'support', 'Host deleted a recording this morning. Deleted recordings sit in the trash for 30 days and the host can restore them any time in that window. Meanwhile a viewer opens the old share link. A teammate suggests 410. Which code should the viewer get?', R404U),
  w('404', 'sre', 'recording pulled by trust & safety pending review, might be reinstated, might be purged, nobody has decided yet. public share link gets hit. code pls', R404U),
  w('404', 'nonnative', 'calendar integration record was deleted by a bug in migration, we try to recover it from backup but not sure yet if possible. client call GET /integrations/{id}. what to return meanwhile?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'cloud recordings expire after 90 days per retention policy and then get purged for good, no restore possible. share link hit after expiry. code pls', R410),
  w('410', 'api', 'v1 meetings api was sunset on purpose last month, all /v1/* endpoints removed permanently, clients must move to v2. what should the old endpoints return', R410),
  w('410', 'support', 'Customer deleted a recording and then emptied the trash as well, so it is permanently erased and cannot be recovered by anyone. A colleague of theirs still has the old share link. What status should that link return now?', R410),
  w('410', 'security', 'after a GDPR erasure request we deliberately and permanently destroyed all recordings + transcripts for that user. links still circulate. 404 or 410?', R410),
  w('410', 'nonnative', 'the registration page of a webinar that is finished, we delete it on purpose and permanently, it will never come back. which code is better so google drop it?', R410),
  w('410', 'sre', 'legacy personal meeting url format /j/pmi/{n} retired on purpose, never coming back, no redirect planned. status?', R410),
  w('410', 'api', 'host deleted a one-off meeting after it ended. our meetings have no trash, deletion is final and permanent by design. GET /meetings/{id} afterwards returns what', R410),

  // ---- knowledge ----
  k('api', 'what header does a 401 from our meetings api have to include', /www-authenticate/i, 'A 401 response MUST send a WWW-Authenticate header with at least one challenge (RFC 9110 §15.5.2, §11.6.1).'),
  k('support', 'if a host gets 403 on the recordings page, will signing out and back in usually fix it', /\bno\b|\bnot\b|won.?t|doesn.?t|can.?t|unlikely/i, 'For 403 the server understood the request but refuses it; re-authenticating will not change that (RFC 9110 §15.5.4).'),
  k('security', 'when is it ok to return 404 instead of 403 for a recording the caller isnt allowed to see', /hid(e|es|ing)|conceal|existence|disclos|reveal|enumerat|confidential/i, 'An origin server that wishes to hide the existence of a forbidden target may respond 404 instead of 403 (RFC 9110 §15.5.4, §15.5.5).'),
  k('support', 'does a 404 on a meeting link tell the customer whether the meeting is gone for good or might come back, per rfc 9110', /temporary or permanent|permanent or temporary|\b(not|no|n.t)\b[^.]{0,40}(indicat|say|tell|guarantee|signal)|unknown|either way/i, 'A 404 does not indicate whether the lack of a representation is temporary or permanent (RFC 9110 §15.5.5).'),
  k('support', 'what does a 410 tell search engines and people who bookmarked an expired recording link', /permanen|intentional|on purpose|remov\w* (the |their |those |any )?(links|references|bookmarks)|delist|de-?index/i, '410 says the resource is intentionally and likely permanently gone and that remote links to it should be removed (RFC 9110 §15.5.11).'),
  k('sre', 'can a CDN cache our 404 for a missing recording page even if we send no cache-control at all', /\byes\b|(?<!not\s|n[’']t\s)(heuristically cacheable|cacheable by default)|heuristic (freshness|expiration|caching)/i, '404 is heuristically cacheable by default, so caches may store it without explicit freshness info (RFC 9110 §15.1, §15.5.5).'),
  k('api', 'is a 403 heuristically cacheable like 404 and 410 are', /\bno\b|\bnot\b|isn.?t/i, '403 is not in the list of heuristically cacheable status codes; it can only be cached with explicit freshness (RFC 9110 §15.1).'),
  k('security', 'per rfc 6750, what error code and what http status for a valid token that lacks the scope to start a recording', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'insufficient_scope: the request requires higher privileges than the token provides; respond 403 (RFC 6750 §3.1).'),
  k('nonnative', 'which error code of RFC 6750 is for expired access token and which http status go with it?', /invalid_token[\s\S]*\b401\b|\b401\b[\s\S]*invalid_token/i, 'invalid_token covers expired, revoked, malformed or otherwise invalid tokens and SHOULD use 401 (RFC 6750 §3.1).'),
  k('security', 'our api docs cite rfc 7231/7235 for 401/403/404/410. which rfc is current for these codes', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235 and now defines these status codes.'),
  k('support', 'can our 403 page tell the user why, e.g. "your admin disabled recording downloads"', /\byes\b|\b(may|can|is allowed to|free to)(?![’']t| not)\b[^.]{0,40}(describ|explain|state|say|includ|give|tell)/i, 'A server that wishes to make public why the request was forbidden can describe the reason in the response content (RFC 9110 §15.5.4).'),
  k('security', 'sdk got 403 on start-recording. should it auto-retry the same request with the same token', /\bno\b|\bnot\b|shouldn.?t|don.?t|won.?t|avoid/i, 'The client SHOULD NOT automatically repeat a 403 request with the same credentials (RFC 9110 §15.5.4).'),
  k('nonnative', 'what http status rfc 6750 say to use with the invalid_request error?', /\b400\b/, 'invalid_request (malformed request, missing or repeated parameter, multiple token methods) SHOULD use 400 Bad Request (RFC 6750 §3.1).'),
  k('security', 'request to /recordings came with no token at all. should our 401 WWW-Authenticate include an error code like invalid_token', /\bno\b|\bnot\b|shouldn.?t|omit|without|leave (it )?out/i, 'If the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information (RFC 6750 §3.1).'),
  k('nonnative', 'calendar sync request already carry a token and we answer 401. what this 401 mean about that token?', /refused|rejected|denied|not (accepted|valid)|invalid|fail/i, 'If the request included credentials, a 401 indicates that authorization has been refused for those credentials (RFC 9110 §15.5.2).'),
];

export const UNSEEN386_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
