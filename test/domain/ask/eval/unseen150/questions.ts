import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 150, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a social network and messaging app (private profiles, blocked users, deleted posts, group chats, moderation). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the response carries WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses to fulfil it; re-sending the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target resource MAY respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available at the origin and the condition is likely permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', "mobile client hitting GET /v2/feed w/o any Authorization header at all, feed is members only and the endpoint is public knowledge. what do we send back", R401),
  w('401', 'api', "A user changed their password, and our policy revokes every existing session token when that happens. An old phone then calls GET /messages/threads with one of those revoked tokens. The threads do exist and belong to that same user. Which status should the API return?", R401T),
  w('401', 'support', "Customer says she opened the app after 3 weeks away and her DMs wont load. Logs show her access token expired two weeks ago and the app never refreshed it. A teammate says the server is right to show her 403 Forbidden. What should the server actually have returned?", R401T),
  w('401', 'security', "Pen-test note: the tester edited the payload of a JWT to claim another user id, so the signature no longer verifies against our key, and sent it to GET /users/me/settings. We reject it, obviously. Which status code is the correct rejection?", R401T),
  w('401', 'nonnative', "When user is logout from web and then the browser still is sending the old session cookie to /api/notifications, the session is not exist anymore in our store. Which code we must to return for this?", R401),
  w('401', 'sre', "bearer token for the moderation bot got revoked by trust n safety yesterday, bot still calling POST /reports/{id}/resolve. the bot used to have the moderator scope fwiw. code pls", R401T),
  w('401', 'api', "Our group-chat websocket handshake is a plain HTTP GET carrying a bearer token. If a buggy client sends 'Authorization: Bearer undefined', which cannot be parsed as any token we ever issued, what should the handshake response status be?", R401T),
  w('401', 'nonnative', "For the admin API of our social app we use Basic auth. The user type a wrong password. My colleague tell me it is 403 because he is not allowed to enter, but I think is different case. What is correct code?", R401),
  w('401', 'security', "Unauthenticated request (no cookie, no token) to GET /groups/{id}/members for a public group; the group itself is listed in search so its existence is no secret, but the member list needs login. 401 or 404?", R401),

  // ---- 403 (10) ----
  w('403', 'sre', "user w/ valid token trying to DELETE someone elses comment. comment is on a public post so everyone can see it exists. user isnt a mod. what do we send back", R403),
  w('403', 'api', "A regular member with a valid session calls POST /groups/{id}/members to add people, but the group settings only let admins add members. The group and its membership list are visible to this member. Which status code fits this refusal?", R403),
  w('403', 'support', "A user keeps logging out and back in because she cant pin messages in a group chat she is a member of. Only the group owner can pin, and she is not the owner. She can obviously see the chat. What should the API return, given re-login changes nothing?", R403),
  w('403', 'security', "OAuth access token with scope posts:read only, valid and unexpired, hitting POST /posts which needs posts:write. The pen-testers noted we currently return 401 here. What is the correct code?", R403S),
  w('403', 'nonnative', "User is authenticated fine but his account is age-restricted. He try to open a community marked 18+, and this community is public visible on the explore page for everybody. Which status to send him?", R403),
  w('403', 'sre', "private profile, requester logged in but not an approved follower. product decision: the profile header (name, avatar, 'this acct is private') is shown to everyone so existence is not secret. GET /users/x/posts returns what", R403),
  w('403', 'api', "A member of a group chat has been muted by a moderator for 24 hours. They are authenticated, still a member, and can still read the chat, but they try to POST a message. Which response code communicates this refusal?", R403),
  w('403', 'support', "Customer's account is active and logged in but has a posting restriction from moderation, and he is trying to publish a new post. A colleague wants to return 401 so the app prompts him to sign in again. What should it actually be?", R403),
  w('403', 'security', "Tenant isolation check: the community admin of group A (valid token, admin role scoped only to A) calls the moderation endpoint of group B. Group B is public and its existence is visible to anyone, so there is nothing to hide. 403 or 404?", R403),
  w('403', 'nonnative', "Normal user with correct login try to call our admin endpoint /admin/exports, which is documented in the public API docs so nothing secret. He is not admin role. What code is right for answer him?", R403),

  // ---- 404 (10) ----
  w('404', 'sre', "GET /users/@zzqx_nobody, that handle was never registered, never existed. requester is logged in fine. code pls", R404),
  w('404', 'security', "When Alice blocks Bob, Bob must not be able to tell that Alice's account exists or that he was blocked. Bob, with a valid session, requests GET /users/alice. What code should he get?", R404H),
  w('404', 'api', "When a user deletes a post we soft-delete it, and they can restore it from 'Recently deleted' for 30 days. During that window another user requests the post URL. Since the post might come back, which status code should we return?", R404U),
  w('404', 'nonnative', "We have 'secret' group chats, a non-member should not know the group even exist. A logged in non-member guess the group id and call GET /groups/123. My colleague say 403 because he is not member. What is right?", R404H),
  w('404', 'support', "A post was taken down by moderation but the author appealed, and if the appeal succeeds the post will be reinstated. We honestly dont know yet if the removal is permanent. Other users opening the link see an error. Which code should that be?", R404U),
  w('404', 'sre', "deep link from a push notif points at comment id 99812 on a real post but that comment id was never created (bad id from a client bug). user authed. what do we send back", R404),
  w('404', 'security', "For harassment protection, our policy is that non-followers must not even be able to confirm a private account exists. A logged-in non-follower requests /users/x. Returning 403 would leak that the account is there. So which code?", R404H),
  w('404', 'nonnative', "The user deactivate his account (not delete) and he can come back anytime just by login again. Other people open his profile meanwhile. Is not permanent removal. Which code should be?", R404U),
  w('404', 'support', "A customer shared a link to a group event whose id comes from our staging environment; that event has never existed in production at all. What status should production return for it?", R404),
  w('404', 'api', "An authenticated user requests GET /conversations/{id} for a one-to-one conversation between two other people. Our privacy requirements say outsiders must not learn whether two users have ever messaged each other. Which status code should the API use?", R404H),

  // ---- 410 (6) ----
  w('410', 'api', "When a user permanently deletes their account, after the 30-day grace period ends all data is purged and the handle is retired and never reassigned. We're happy to say the account is gone. What should GET /users/{handle} return from then on?", R410),
  w('410', 'sre', "t&s permanently removed a post for policy violation, appeal window closed, content purged, it will never come back. old links still getting crawler traffic. what do we send back", R410),
  w('410', 'nonnative', "Stories in our app are deleted automatically after 24 hours and never can come back, this is by design and everyone knows. When someone open an old story link after it expire, which code is good?", R410),
  w('410', 'support', "We shut down the old 'Groups v1' feature for good last month; every /groups-v1/... URL was intentionally retired, will never be restored, and there is no redirect. A customer's bookmark now errors. What should it return?", R410),
  w('410', 'security', "Delete-for-everyone hard-deletes a message: purged from all storage, no restore possible, and participants already see 'This message was deleted' in the UI, so nothing to hide from them. A participant's client fetches GET /messages/{id}. 410 or 404?", R410),
  w('410', 'api', "Our public v1 endpoint /v1/timeline was sunset permanently on a published date; it is intentionally gone and integrators should remove any references to it. A client with a valid token still calls it. Which status is appropriate?", R410),

  // ---- knowledge (15) ----
  k('sre', "what header has to be on a 401 response, the one w/ the challenge", /www-authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('api', "Is a 404 response cacheable by default under RFC 9110, i.e. without explicit freshness information such as Cache-Control?", /heuristic/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable'),
  k('nonnative', "After we get 403 from server, is it OK the client automatically send again same request with same credentials? What RFC say?", /(should\s*not|shouldn.?t|must\s*not|do\s*not|don.?t|not\s+(ok|okay|supposed)|never|no\b)[^.]{0,80}(repeat|retry|resend|send\s+(it\s+)?again)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('support', "Which RFC is the current one that defines what HTTP status codes like 401 and 404 mean? Our docs still link to RFC 7231.", /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235'),
  k('security', "Under RFC 6750, what HTTP status goes with the insufficient_scope error?", /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', "rfc 6750 invalid_token error, which status code is that supposed to ride on", /401/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('api', "In RFC 6750, the invalid_request error (missing or duplicated parameter, malformed request) is paired with which HTTP status code?", /400/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('nonnative', "If we start to return 410 for deleted accounts, for how long time we are obliged to keep returning 410? RFC give some minimum period?", /(discretion|up to (the|you|server|owner)|server owner|owner decides|no (fixed|set|specific|minimum|required|mandated)|not (required|necessary|obliged|mandated)|any length)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the discretion of the server owner'),
  k('security', "Does the RFC actually permit answering 404 where 403 would be accurate, and if so for what purpose?", /(hid(e|ing)|conceal|existence|not (reveal|disclose|leak))/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404'),
  k('support', "If a piece of content is gone but we cannot tell whether it is gone for good, which status does the RFC say to use, 404 or 410?", /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', "What does RFC 9110 suggest clients with link-editing capabilities do when they receive a 410 Gone?", /(delete|remove|purge|drop)[^.]{0,50}(link|reference)|(link|reference)s?[^.]{0,50}(delet|remov|purg|drop)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI after user approval'),
  k('nonnative', "Our app did send a Bearer token, but still the server answer 401. According to RFC what does this 401 mean when request already had credentials?", /(refus|reject|not accepted|invalid|insufficient|not valid)/i, 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates that authorization has been refused for those credentials'),
  k('sre', "whats the rfc number for oauth bearer token usage, the one w/ the error codes", /6750/, 'RFC 6750 defines OAuth 2.0 Bearer Token Usage and its error codes'),
  k('security', "Per RFC 6750, if a request arrives with no authentication information at all, should the bearer challenge in our 401 include an error code like invalid_token?", /(no\b|not|without|omit|shouldn.?t|should not|leave out|exclude)[^.]{0,60}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('support', "A customer reads a 404 on a deleted post as proof that the post is gone forever. Does a 404 by itself tell the client whether the absence is temporary or permanent?", /(doesn.?t|does not|no\b|neither|not)[^.]{0,80}(temporar|permanen)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN150_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
