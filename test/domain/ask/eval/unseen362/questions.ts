import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 362, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a podcast and music hosting platform (private RSS feeds with per-listener tokens, creator roles, DMCA takedowns, episodes unpublished vs deleted), argued in an on-call channel. */

const R401 = 'No valid credentials (none sent, expired, ended session, unknown key) → 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2).';
const R401T = 'Bearer token that is expired, revoked, malformed or fails verification → 401 with error="invalid_token" (RFC 6750 §3.1; RFC 9110 §15.5.2).';
const R403 = 'Caller is identified but not permitted (role, plan, allowlist, suspension); re-authenticating will not help → 403 (RFC 9110 §15.5.4).';
const R403S = 'Valid token lacking the required scope → 403 with error="insufficient_scope" (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No current representation at that target (never existed / wrong id) → 404 (RFC 9110 §15.5.5).';
const R404H = 'An origin server that wishes to hide a forbidden resource\'s existence may answer 404 instead of 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent → 404; 410 only when the server knows the removal is permanent (RFC 9110 §15.5.11, §15.5.5).';
const R410 = 'Resource intentionally and permanently removed, no forwarding address → 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'listener app polling /feeds/private/8812.xml w/ no Authorization header at all, no token anywhere in the request. what do we send back', R401),
  w('401', 'support', 'Ticket #4471: listener says she logged out of the web player on every device (sign out everywhere), then an old tab kept trying to stream a bonus episode using the old session cookie. That session is ended server side. Engineering currently returns 403 for it. What is the correct response for a request carrying an ended session?', R401),
  w('401', 'security', 'finding: per-listener feed tokens get rotated when a listener clicks "reset my feed url". apps still sending the OLD rotated token in the Authorization header get a 403 from us rn. old token is revoked, not valid for anybody. which status should that be', R401T),
  w('401', 'nonnative', 'the token of listener is expired since yesterday, but podcast app still call the private feed endpoint with it. which status we must return? my collegue say 403', R401T),
  w('401', 'api', 'creator api call comes in w/ a bearer jwt whose signature doesnt verify, somebody tampered the payload. someone in here says 403, thoughts', R401T),
  w('401', 'sre', 'upload svc getting requests signed w/ an api key id we dont know, not in the keystore at all, never issued by us. code pls', R401),
  w('401', 'support', 'creator left the studio open overnight, session timed out after 12h idle, this morning clicked "publish episode" and the request went out with the expired session. no valid login anymore. what should the api answer', R401),
  w('401', 'nonnative', 'Authorization header say "Bearer" with a random string, it is not any token we ever issued, verification fail. For the music upload endpoint, what code is right?', R401T),

  // ---- 403 ----
  w('403', 'sre', 'listener is authed fine, token valid, but premium sub lapsed last week so no access to the bonus episodes feed. the bonus feed is advertised on the public show page, not a secret. status?', R403),
  w('403', 'api', 'token is valid but only has scope episodes:read and the call is DELETE /episodes/123 on the creators own show. which one', R403S),
  w('403', 'support', 'Creator on a show team has the "editor" role and tried to change the payout bank details, which only the "owner" role can do. They are logged in fine. We returned 401 and now they keep logging out and back in, which obviously doesnt help. What should it be?', R403),
  w('403', 'security', 'analytics export endpoint is restricted to the office IP allowlist. authenticated admin called it from home IP. endpoint is in our public api docs, we are not hiding that it exists. is 403 right here', R403),
  w('403', 'nonnative', 'Account of creator is suspended by trust and safety team for spam. He can still login, session is valid, but he cannot upload new track anymore. The track upload page is normal public feature. What we return?', R403),
  w('403', 'sre', 'guest collaborator acct w/ valid session tries to publish an episode, guests can only leave comments. they are on the show team so they already know the show exists. code?', R403),
  w('403', 'api', 'free tier creators cant use the bulk upload api, its a pro plan feature. key is valid and identifies the creator fine, plan just doesnt include it. what should the gateway return', R403),
  w('403', 'security', 'review note: listener w/ a valid token subscribed to show A requests the private feed of show B. show B is listed in the public directory and its private feed is advertised, existence not confidential, they just havent subscribed. we currently send 404, is that correct or should it be something else', R403),
  w('403', 'support', 'Label manager (valid login, correct account) tries to edit metadata of an album that belongs to a different label. All albums are public in the catalog, nothing secret about them; we just want to tell them they are not allowed to edit it. Which status?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /episodes/ep_00000zz, no such id in the db, never was, looks like a typo from the app. someone wants 410, i dont think so. which one', R404),
  w('404', 'nonnative', 'listener request feed for show slug "the-mornig-show" (typo, missing n). This slug never exist in our system, not deleted, never created. Which code?', R404),
  w('404', 'api', 'client asks for /tracks/123/stems but we never had a stems resource for any track, not deleted, it never existed. correct response?', R404),
  w('404', 'support', 'A listener pasted a link to episode 500 of a show that has only 212 episodes and never had an episode 500. They think we deleted it, we did not, it simply never existed. What should the link return?', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'invite-only shows: authed listener w/o an invite requests /shows/{id} of an invite-only show. policy says we must not confirm to non-members that the show exists. 403 leaks it. code?', R404H),
  w('404', 'sre', 'draft episodes in another creators acct. caller is authed but not on that team, and draft ids are confidential, we cant reveal a draft exists. what should the gateway return', R404H),
  w('404', 'nonnative', 'user is logged in and ask for an unreleased album of other artist. The label want that nobody outside can know this album exist at all. Which status?', R404H),
  w('404', 'api', 'DMCA complaint records are visible only to the rights holder and our legal team. another authed user guesses a takedown case id that does exist. we dont want to reveal the case exists to them. 403 or what', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'Creator unpublished episode 14 yesterday (not deleted) and says she might republish it after a re-edit, not decided yet. Listeners are hitting the old episode link. Agent suggested 410, is that right?', R404U),
  w('404', 'sre', 'track pulled after a dmca notice, counter-notice window still open so it might be restored in 10-14 business days. not sure yet if thats permanent. what do the public track urls return rn', R404U),
  w('404', 'nonnative', 'episode is moved to trash, creator can restore it within 30 days, maybe he will. Listener open the link now. Which code, 404 or 410?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'creator hard-deleted the whole show, we purged audio + feed on purpose, will never bring it back, no new url. podcatchers still polling the rss. what do we send so they stop', R410),
  w('410', 'api', 'episode deleted (not unpublished): 30 day trash expired, row and audio purged on purpose, cant ever be restored. GET /episodes/{id} should return?', R410),
  w('410', 'support', 'Artist closed their account and asked for all tracks to be permanently erased (GDPR erasure request). It is done and irreversible, nothing will be restored and nothing moved elsewhere. Fans keep hitting old track links. What code should those links give?', R410),
  w('410', 'security', 'we retired the legacy /rss/v1/* feed endpoints deliberately and permanently, no redirect, no replacement at any url, they are never coming back. what status for requests to them', R410),
  w('410', 'nonnative', 'DMCA case is closed, counter-notice was rejected, creator delete the song forever and we purge the file. It will never come back, no other url. What status for the song page?', R410),
  w('410', 'support', 'Show ended and the creator asked us to permanently remove the whole archive. We did it on purpose, they have no plans to come back and the show is not moving anywhere. Some people in the channel say 404. Which is right?', R410),
  w('410', 'api', 'promo clip share links are temporary by design: when the campaign ends the clip is deliberately deleted forever, never restored. what should the old links answer', R410),

  // ---- knowledge ----
  k('api', 'what header has to be on a 401 from the private feed api', /www-authenticate/i, 'A 401 response MUST send a WWW-Authenticate header with at least one challenge (RFC 9110 §15.5.2, §11.6.1).'),
  k('sre', 'listener got 403 on the bonus feed b/c their sub lapsed. will logging in again w/ the same acct fix it', /\b(no|won'?t|will not|doesn'?t|does not|wouldn'?t|would not|cannot|can'?t|not (help|fix|change))\b/i, 'A 403 means the server understood who is asking and refuses; repeating with the same credentials will not help (RFC 9110 §15.5.4).'),
  k('security', 'when is it ok to send 404 for a private show instead of 403', /(hid(e|es|ing)|conceal|existence|reveal|disclos|leak|confirm)/i, 'A server may use 404 instead of 403 when it wishes to hide the existence of a forbidden resource (RFC 9110 §15.5.4).'),
  k('support', 'why do we answer 404 and not 410 when a creator unpublished an episode but might bring it back', /(permanen|not known|unknown|unsure|uncertain|don'?t know|do not know|might (come back|return)|may (come back|return)|could (come back|return))/i, '410 is for removal known to be permanent; if the server does not know whether the condition is permanent, 404 ought to be used (RFC 9110 §15.5.11).'),
  k('sre', 'what does a 410 tell podcast apps and search crawlers about old episode links', /(remov|delet|delist|drop|stop|purg|de-?index|unlink|never (come back|return)|permanen)/i, '410 signals the resource is intentionally gone for good so recipients and link holders should remove references to it (RFC 9110 §15.5.11).'),
  k('api', 'is a 410 from the episode endpoint cacheable by default, w/o any cache headers', /heuristic|\byes\b/i, '410 (like 404) is heuristically cacheable by default unless indicated otherwise (RFC 9110 §15.5.11, §15.1).'),
  k('security', 'is 403 heuristically cacheable by default like 404 and 410 are', /\b(no|not|isn'?t)\b/i, '403 is not in the list of heuristically cacheable status codes; 404 and 410 are (RFC 9110 §15.1).'),
  k('nonnative', 'When listener token has not enough scope for the request, what error value goes in WWW-Authenticate and which HTTP status?', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden.'),
  k('api', 'bearer token on a feed request is expired. which rfc 6750 error value and which status', /invalid_token[\s\S]*\b401\b|\b401\b[\s\S]*invalid_token/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, invalid) → 401 Unauthorized.'),
  k('security', 'rfc 6750 invalid_request error (missing param, token sent twice etc) goes w/ which status', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request.'),
  k('security', 'someone linked rfc 7231 for these status codes. which rfc is the current one', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('security', 'can our 403 body say why, like "your subscription lapsed", or does that break something', /\b(yes|may|allowed|permitted|fine|ok(ay)?)\b/i, 'A server that wishes to make public why the request was forbidden can describe the reason in the response content (RFC 9110 §15.5.4).'),
  k('nonnative', 'Podcast app receive 401 because it sent no token. What it should do next, retry same request?', /(credential|token|authenticat|log ?in|sign ?in|authoriz)/i, 'The client may repeat the request with new or replaced credentials in the Authorization header (RFC 9110 §15.5.2, §11.6.2).'),
  k('nonnative', 'Should the podcast app auto-retry a 403 again and again with the same token?', /\b(no|not|shouldn'?t|should not|don'?t|do not|stop)\b/i, 'The client SHOULD NOT automatically repeat a 403 request with the same credentials (RFC 9110 §15.5.4).'),
  k('support', 'when a request comes with no token at all, should our WWW-Authenticate include an error code like invalid_token', /\b(no|not|shouldn'?t|should not|omit\w*|without|leave (it )?out)\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code or other error information.'),
];

export const UNSEEN362_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
