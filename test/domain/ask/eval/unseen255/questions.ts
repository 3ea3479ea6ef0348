import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 255, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a social network / messaging app (blocked users, private profiles, deleted posts, suspended accounts, left group chats, message links shared outside). */

const R401 = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource; the server sends a WWW-Authenticate challenge.';
const R401T = 'RFC 6750 §3.1: invalid_token (access token expired, revoked, malformed or otherwise invalid) is answered with 401.';
const R403 = 'RFC 9110 §15.5.4: 403 means the server understood the request but refuses to fulfil it; provided credentials are insufficient and repeating with them will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope (valid token lacking the required scope) is answered with 403.';
const R404 = 'RFC 9110 §15.5.5: 404 means the origin server did not find a current representation for the target resource.';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 means the target resource is no longer available at the origin and this condition is likely permanent (intentional removal).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'feed endpoint getting hits w/ access tokens that expired an hour ago, what do we send back', R401T),
  w('401', 'sre', 'no auth header at all on GET /dm/inbox, code pls', R401),
  w('401', 'support', 'A customer clicked "log out of all devices" on her laptop, and now her old tablet keeps calling the messages API with the session token that was revoked by that action. Our backend team wants to return 403 because "she is banned from that session". What should the tablet actually get?', R401T),
  w('401', 'security', 'pen test note: chat api rejects a JWT whose signature doesnt verify w/ 403 "forbidden". token is simply forged/invalid, nothing else wrong with the request. correct code', R401),
  w('401', 'nonnative', 'Somebody open a link to a message in public channel from a email, but he is not logged in and our message endpoint need login for everything. The channel is public so nothing is secret. What status we must return?', R401),
  w('401', 'api', 'Our bot platform authenticates bots with HTTP Basic. If a bot sends the wrong client secret we cannot identify it at all. Should that response be 401 or 403?', R401),
  w('401', 'sre', 'user changed pw so we invalidated all their tokens. old app build still sending the invalidated token to /v2/friends. 401 or 403', R401T),
  w('401', 'api', 'A request to GET /conversations carries a Bearer token that is well-formed but does not exist in our token store — we never issued it. Which status code should the resource server answer with?', R401T),
  w('401', 'support', 'customer says app shows "session expired" then errors when she opens a group chat. logs show her access token expired yesterday. what status should the group chat endpoint be giving', R401T),

  // ---- 403 (10) ----
  w('403', 'sre', 'user left a group chat last week, still tries POST /groups/88/messages. group still exists and they see it in their history as "you left". what do we return', R403),
  w('403', 'api', 'Profiles can be set to private. The private profile page itself is public: anyone can see the name, avatar and a "This account is private" banner. When a logged-in user who does not follow the account requests GET /users/{id}/posts we want to refuse. Since the account\'s existence is already visible to everyone, which status fits best?', R403),
  w('403', 'sre', '3rd party app token is valid but only has read:messages scope, tries to send a DM. what code', R403S),
  w('403', 'support', 'Customer\'s account is suspended for spam. She can still log in fine and her token is valid, but every time she tries to post, the API errors. She already logged out and back in and nothing changed. Which status is the post endpoint supposed to return?', R403),
  w('403', 'security', 'moderation queue endpoint, regular non-mod user w/ valid session calls it. dev wants 401 b/c "not authorized". mod tools are documented publicly so no hiding needed. right code', R403),
  w('403', 'nonnative', 'In group chat only admins can change the group name. A normal member (logged in, is member of the group) try to rename it. Which code is correct to send?', R403),
  w('403', 'sre', 'logged in user trying to PATCH someone elses post in a public thread, post is visible to everyone. code?', R403),
  w('403', 'nonnative', 'User want to delete a message that other member wrote in group where both of them are member. He can see the message but only the author is allowed delete it. What response code?', R403),
  w('403', 'support', 'A public community banned a user from commenting (read-only). He is logged in and can still read every thread. When he submits a comment, what should he get back — 404 or 403?', R403),
  w('403', 'api', 'Bot tokens are valid OAuth tokens, but by platform policy bots may never read users\' DMs regardless of scope, and this policy is public. A bot with a perfectly valid token calls GET /dm/conversations. What is the appropriate status here?', R403),

  // ---- 404 (10) ----
  w('404', 'sre', 'GET /users/@zzqx_unknown — that handle was never registered by anybody. what do we send', R404),
  w('404', 'support', 'A user pasted a message link whose id we never issued — it is one digit off from a real message, and the id in the link does not exist in any chat and never did. What should opening that link return?', R404),
  w('404', 'api', 'When user A blocks user B, the product requirement is that B must never be able to tell they were blocked: A\'s profile should look to B exactly like an account that does not exist. B, logged in with a valid session, requests GET /users/A. A teammate suggests 403 since B is explicitly denied. What should we respond with?', R404H),
  w('404', 'security', 'msg link from a secret group got posted on a public forum. logged-in non-member opens it. secret groups must not leak that they exist. what code', R404H),
  w('404', 'security', 'Finding: DM conversation ids are sequential. For another user\'s conversation we return 403, for unused ids 404, so an attacker can enumerate which conversations exist. What single status should both cases return to close this?', R404H),
  w('404', 'nonnative', 'Hidden group is not showing in search for non-members. If a non-member (logged in) guess the group URL directly, what we return so he not know the group exist?', R404H),
  w('404', 'sre', 'post deleted by the user but sits in "recently deleted" for 30 days and they can restore it. someone hits the post url meanwhile, 404 or 410', R404U),
  w('404', 'support', 'Customer deactivated her account temporarily — she can reactivate any time just by logging in again. Her friend opens her profile link. What status should the profile return?', R404U),
  w('404', 'api', 'A post was taken down by moderators pending review; if the author\'s appeal succeeds it is reinstated at the same URL, and we do not yet know whether the removal will be permanent. Anyone requesting it during the review should get which code?', R404U),
  w('404', 'sre', 'msg store returns nothing for that id and we keep no tombstones so we cant tell if it was deleted or never existed. 410?', R404U),

  // ---- 410 (6) ----
  w('410', 'support', 'A user deleted his account, the 30-day grace period is over and all his data has been purged for good — it can never come back. People still visit his old profile URL. Which status?', R410),
  w('410', 'sre', 'stories auto-expire after 24h and are purged permanently by design. old story links still getting traffic, code pls', R410),
  w('410', 'api', 'We intentionally retired the v1 /threads endpoint and it will never come back; v2 replaced it. Callers are still hitting v1 — what should they receive?', R410),
  w('410', 'nonnative', 'User use "delete forever" on a post. It is hard delete, no backup restore, it cannot come back. Other peoples still open the link. Which status code please?', R410),
  w('410', 'security', 'acct permanently banned, profile removed for good by policy, ban is final w/ no appeal. no reason to hide the acct existed (ban is public record). 404 or 410 for the profile url', R410),
  w('410', 'sre', 'admin reset the group invite link, old link is dead forever, we never reactivate invite links. someone opens the old one, what do we return', R410),

  // ---- knowledge (15) ----
  k('api', 'Are 404 responses cacheable by default under current HTTP semantics, or only with explicit cache headers?', /heuristic(ally)?[\s-]*cacheable|(?<!not |n't )cacheable by default|(?<!not )(is|are) cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('nonnative', 'If server answer 403, is it help when the user log in again with the same account?', /same credentials|should ?n[o']?t (automatically )?(repeat|retry)|(won'?t|will not|does not|doesn'?t|not) help|insufficient/i, 'RFC 9110 §15.5.4: credentials are considered insufficient; client SHOULD NOT repeat the request with the same credentials'),
  k('api', 'Which RFC currently defines HTTP status code semantics — is it still RFC 7231?', /9110/, 'RFC 9110 §15 obsoletes RFC 7231'),
  k('security', 'Under RFC 6750, what HTTP status goes with error="invalid_token"?', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD be answered with 401'),
  k('api', 'In RFC 6750, what status code accompanies the invalid_request error code?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400'),
  k('support', 'how long are we supposed to keep returning 410 for a deleted post, is there a rule', /discretion|any (particular |specific )?length of time|(up to|left to) the (server|site|owner|operator)|no (fixed|required|mandated|set|specific) (duration|period|time)/i, 'RFC 9110 §15.5.11: no need to keep the mark for any length of time; left to the discretion of the server owner'),
  k('security', 'When does RFC 9110 allow a server to answer 404 for something that is really forbidden?', /hid(e|ing)|conceal|existence/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource MAY respond 404'),
  k('nonnative', 'When client get 410, what it should do with the links to that URL?', /(delete|remove|drop|purge)\w* (the |any |its |all |those )?(references|links|bookmarks)|(references|links|bookmarks) .{0,40}(deleted|removed)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI after user approval'),
  k('api', 'Where is a server supposed to put the explanation of why a request is forbidden (403) — in a header?', /\b(content|body|payload)\b/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('sre', 'what does rfc 9110 say to use if the server cant tell whether a removal is permanent', /404 (ought|should|is|instead|rather)|(use|return|send|respond with|go with|prefer|answer with)s?\s+(a\s+)?404/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('security', 'what auth scheme shows up in WWW-Authenticate for oauth access tokens per rfc 6750', /Bearer/i, 'RFC 6750 §3: the Bearer authentication scheme'),
  k('support', 'Does a 404 tell the client whether the thing is gone for now or gone forever?', /temporary or permanent|permanent or temporary|(doesn'?t|does not|not) (say|indicate|tell|specify|distinguish|reveal)|no indication/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('api', 'Per RFC 6750, if a request to a protected resource carries no authentication information at all, should the WWW-Authenticate challenge include an error code?', /(should not|shouldn'?t|must not|need not|no need to|not) include (an? |any )?error|(no|omit\w*|without|leave out) (an? |the |any )?error\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
];

export const UNSEEN255_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
