import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 347, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a photo sharing and social app (private albums, blocked users, deleted posts, 24h stories, suspended accounts, shadow bans), mixed voices with slang and typos. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing, invalid, expired or revoked); the server sends WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses to fulfil it; the caller is known and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: if the server does not know whether the removal is permanent, 404 should be used rather than 410';
const R410 = 'RFC 9110 §15.5.11: the target is intentionally no longer available at the origin server and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---------------- 401 ----------------
  w('401', 'sre', "after the ios update the app forgot to attach the token, so GET /me/albums comes in w/o any Authorization header at all. acct is fine, albums exist. what do we send back", R401),
  w('401', 'support', "Customer says she opened the app this morning and her feed shows a 'forbidden' error. Logs show her access token expired at 3am and the app didnt refresh it. My teammate says we should keep the 403 because we know who she is from the expired token. Is that the right code or should it be something else?", R401T),
  w('401', 'security', "Following an account takeover we forced a password reset and revoked every access token on the victim's account. The attacker is still replaying one of the revoked tokens against /photos/private. A colleague wants to answer 403 so the attacker 'knows they are locked out'. What status should the resource server actually return to that request?", R401T),
  w('401', 'nonnative', "Somebody modify the JWT payload to change the user_id, so the signature is not valid anymore when we verify it. The request is for POST /stories/upload. Which code we must return for this?", R401T),
  w('401', 'api', "When an account is suspended for abuse, our suspension job revokes all of that account's OAuth access tokens. If the suspended user's client then calls GET /feed presenting one of those revoked tokens, what status should the resource server respond with?", R401T),
  w('401', 'sre', "user did log out on all devices, we killed every session server side. their old tab still refreshes the feed w/ the dead session cookie. code pls", R401),
  w('401', 'support', "lots of ppl getting errors when liking pics since yesterday, logs show the header is like 'Authorization: Bearer eyJhbGc' and then cut off, token is truncated so it cant be parsed. what status shuold we be giving them?", R401T),
  w('401', 'nonnative', "Our photo vault endpoint use HTTP Basic auth. User type the wrong password, so the credentials are not correct. What response code is correct for this, please?", R401),
  w('401', 'api', "A visitor who is not logged in at all opens a share link to a followers-only photo. The link preview already shows 'private post by @lena', so the photo's existence is not secret, and logging in as an approved follower would grant access. What should we return to the anonymous request?", R401),

  // ---------------- 403 ----------------
  w('403', 'sre', "3rd party app has a valid token but scope is only photos:read, tries POST /stories. colleague says 401 b/c token is 'bad'. token isnt bad tho its just missing photos:write. whats the right code", R403S),
  w('403', 'api', "An authenticated user with the ordinary 'member' role calls GET /admin/reports, the moderation queue. The admin console is publicly documented, so there is nothing to hide about its existence. Which status code fits?", R403),
  w('403', 'support', "Customer's account is suspended for spamming. She logs in with the correct password and we still issue her a valid token (we dont revoke on suspension), but suspended accounts arent allowed to post. She keeps trying to upload and logging in again wont change anything. What should the upload endpoint return?", R403),
  w('403', 'nonnative', "User B is follower of shared album, he can see the album and all photos in it, but he is not collaborator. He try to add a photo into the album. Which status we answer to him?", R403),
  w('403', 'security', "Pen-test finding: any logged-in user could delete someone else's comment on a public post by calling DELETE /comments/{id}. We are fixing the authorization check. The comment is public, so its existence is not sensitive. What should the fixed endpoint return to the non-author?", R403),
  w('403', 'sre', "ngl kinda confused. private acct, profile literally says 'this account is private' to everyone so existence is public knowledge. logged in non-follower hits /users/mika/posts. we dont care about hiding it. 403 or 404", R403),
  w('403', 'api', "A third-party scheduling tool calls GET /insights/{postId} on behalf of a user with a valid, unexpired token that includes the insights scope. Insights are only available to creator accounts and this user has a personal account. The post itself is public. What status is appropriate?", R403),
  w('403', 'support', "Verified 16 year old user is logged in fine and taps a post flagged as sensitive content. The feed already shows it as 'sensitive content - tap to view' so everyone can see it exists, but under-18s arent allowed to open it. What code should the API send back?", R403),
  w('403', 'nonnative', "Our internal moderation API have IP allowlist. The new thumbnail service has a good token, but its IP is not in allowlist yet, so we refuse. Which code is for this situation?", R403),
  w('403', 'sre', "user tries to edit the caption on someone elses post, post is public, their token is totally fine. someone said 401 lol. what do we return", R403),

  // ---------------- 404 ----------------
  w('404', 'sre', "GET /p/Xk93hQq2 - that id never existed in the db, looks like a typo in a link someone pasted. what do we send back", R404),
  w('404', 'security', "When user A blocks user B, product says B must not be able to tell that A exists or that B was blocked. B, logged in with a valid token, requests A's profile and A's photos directly by URL. A colleague suggests 403 'because it is an authorization refusal'. What should B get?", R404H),
  w('404', 'api', "Hidden albums must not be discoverable by anyone except the owner. A logged-in non-owner requests /albums/88412, which is a hidden album, by guessing the id. The design requirement is that the response must not reveal whether that album exists. Which status should we use?", R404H),
  w('404', 'support', "User deleted a post by accident. It sits in Recently Deleted for 30 days and she can still restore it. Meanwhile her friend opens the old link. My coworker says 410 since it's deleted. What should the friend actually get?", R404U),
  w('404', 'nonnative', "When a post is shadow-banned, the author still see it normally but other users must not see it and must not know it exist. Another user open the direct URL of that post. Which status we return to him so we don't reveal it exist?", R404H),
  w('404', 'sre', "acct suspended for harassment, appeal still pending so it might get reinstated. profile hidden meanwhile. visitor hits /users/troll123. someone wants 410 but idk if its permanent tbh. code?", R404U),
  w('404', 'api', "A story was shared only with the author's Close Friends list. Someone not on that list, properly authenticated, requests /stories/{id} directly. Our policy is that people outside the list must not learn that the story exists at all. What status should the endpoint return?", R404H),
  w('404', 'support', "customer keeps telling me he cant find his friend, he types /u/jonny_pix_22 and gets an error. i checked, that username was never registerd by anyone. what code is correct here?", R404),
  w('404', 'security', "Enumeration issue: GET /users/{id}/private-photos returns 403 for accounts that exist and 404 for ids that don't, so an attacker can map every private account. We want the response to leak nothing about whether the account exists. What should both cases return after the fix?", R404H),
  w('404', 'nonnative', "Client call GET /api/v3/reels but we never built any v3 and never had such endpoint. Which status code is correct to answer?", R404),

  // ---------------- 410 ----------------
  w('410', 'sre', "stories expire after 24h and then get hard deleted, no archive, no restore, product confirmed theyre gone for good. old story link gets hit next day. 404 or 410", R410),
  w('410', 'api', "After a deleted post's 30-day Recently Deleted window ends, we purge it permanently; it cannot be restored by the user or by support. Requests for its URL still arrive from external links. What status should we return?", R410),
  w('410', 'support', "User deleted her account, the 30 day grace period ended, all her photos were permanently erased and the username is retired forever. People still visit her old profile link. What should they get?", R410),
  w('410', 'nonnative', "We decided to shut down the /v1/filters endpoint forever, it is removed on purpose and will never come back, clients must move to v2. What we return when old client call it?", R410),
  w('410', 'security', "An account was permanently banned for abuse, with no appeal possible, and all its content was purged. We publicly announced the ban, so there is nothing to hide about the account having existed. What status should requests for its posts receive?", R410),
  w('410', 'sre', "owner killed the invite link to her shared album on purpose, link is dead forever and cant be re-enabled (any new link gets a diff token). ppl still clicking the old one lowkey. what do we return", R410),

  // ---------------- knowledge ----------------
  k('api', "When our photo API responds with 401, which response header is it required to include?", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('sre', "quick q is a 404 cacheable by default or do we need explicit cache headers for the cdn to keep it", /heuristic|(?<!not )cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('support', "If a user gets a 403 on an album, will logging out and back in with the same account fix it?", /(should not|shouldn't|not) (automatically )?(repeat|retry|resend)|same credentials|(won'?t|will not|does not|doesn'?t) help/i, 'RFC 9110 §15.5.4: credentials were considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "Which RFC is the current one that define the meaning of HTTP status codes like 401 and 403? The old 7231 is still valid?", /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('security', "Under RFC 6750, what error code goes in the WWW-Authenticate challenge when a bearer token has expired?", /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens'),
  k('api', "RFC 6750 defines an invalid_request error for malformed requests, e.g. a token sent both in the header and in the query string. Which HTTP status does it pair with?", /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD use 400'),
  k('support', "If we start returning 410 for purged stories, how long are we obliged to keep answering 410 for those URLs?", /any length of time|not (required|obliged|obligated|necessary)|no (fixed|set|specific|required|minimum) (duration|period|time|length)|(owner|server)'?s? discretion|up to (you|the server)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark of being gone for any length of time'),
  k('nonnative', "If a photo was removed but we are not sure if the removal is permanent, the RFC say to use which code instead of 410?", /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', "What authentication scheme name appears in the WWW-Authenticate challenge for OAuth 2.0 access tokens per RFC 6750?", /Bearer/i, 'RFC 6750 §3: the Bearer scheme'),
  k('nonnative', "If the request already had credentials in it and server still answer 401, what does that 401 mean about those credentials?", /refused|rejected|not accepted|invalid|insufficient|not valid/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('security', "Per RFC 6750, when a request to our photo API has no authentication information whatsoever, should the 401 challenge include an error code?", /should ?n[o']?t include|(should|must)? ?not include|omit|no error code|without (an |any )?error (code|information)|leave (it )?out/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('api', "What is 410 Gone primarily intended for, according to RFC 9110, beyond just saying the resource is missing?", /links?.{0,40}remov|remov.{0,40}links?|web maintenance|intentionally (no longer )?(un)?available/i, 'RFC 9110 §15.5.11: 410 is intended to assist web maintenance by notifying the recipient that the resource is intentionally unavailable and that links to it should be removed'),
];

export const UNSEEN347_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
