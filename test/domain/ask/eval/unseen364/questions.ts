import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 364, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a dating and social app (blocked users, private profiles, deactivated vs deleted accounts, moderators, premium-only features), with privacy reviewers in the mix. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid credentials (missing, expired, revoked, unverifiable, unknown) → 401 with WWW-Authenticate; RFC 6750 §3.1 invalid_token.';
const R403 = 'RFC 9110 §15.5.4: the server knows who the caller is but refuses to authorize the action; re-authenticating will not help → 403.';
const R403S = 'RFC 6750 §3.1: a valid token lacking the required scope is insufficient_scope → 403 (RFC 9110 §15.5.4).';
const R404 = 'RFC 9110 §15.5.5: no current representation exists for the target (never existed / wrong id or slug) → 404.';
const R404H = 'RFC 9110 §15.5.4 and §15.5.5: a server that wishes to hide the existence of a forbidden target may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 SHOULD be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: the target was intentionally removed and the condition is known to be permanent → 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'GET /v2/matches coming in w/ no Authorization header at all, no session cookie either. what should the gateway return', R401),
  w('401', 'support', 'Ticket from a member: she logged out of the app on her phone, but the app kept polling /messages in the background with the old session cookie. We invalidate that session server side at logout. What status should those background calls get back?', R401),
  w('401', 'security', 'finding DS-114: after a password reset we revoke all of the users access tokens, but a revoked token calling /inbox currently gets 403 "forbidden". what is the correct code for a revoked token', R401),
  w('401', 'nonnative', 'the access token of user is expired since two hours and he try to open the swipe feed. server must answer which code please', R401),
  w('401', 'api', '/profiles/me receives a JWT whose signature doesnt verify, the kid isnt any key we ever issued. status?', R401),
  w('401', 'security', 'mod tool api key got rotated last night, the old key is still baked into a cron that hits /mod/reports every 5 min. what do those calls get', R401),
  w('401', 'support', 'Premium member says "See who liked you" shows an error. Checked the logs: her session had expired and her token is no longer valid. A colleague says 403 because it\'s a premium feature, but she is premium and fully paid up. Which code is correct for that request?', R401),
  w('401', 'api', 'privacy review audit script is calling prod /gdpr/export with a token minted by the staging idp, prod auth doesnt recognize that token at all. someone says 403, thoughts', R401),

  // ---- 403 ----
  w('403', 'sre', 'free tier user, valid token, calls POST /boost which is premium only. were fine w/ them knowing boost exists, its on the pricing page. code pls', R403),
  w('403', 'api', 'third party integration token is valid but only has scope profile:read, and its calling POST /conversations/{id}/messages which needs messages:write. which status', R403S),
  w('403', 'support', 'A member\'s account is temporarily suspended by our moderators for harassment. He can still log in fine and his token is valid, but we block him from sending messages while suspended. He knows about the suspension, we emailed him. What code should the send-message API return?', R403),
  w('403', 'security', 'regular member account (logged in, valid session) hitting /mod/queue. the moderation endpoints are in our public api docs so theres nothing secret about them. currently returns 404, is 403 right here', R403),
  w('403', 'nonnative', 'privacy reviewer is logged in with her SSO, her role allow only read of audit log. she try DELETE on user photos, this is not allowed for reviewer role. the photos and the endpoint are not secret for her. which code', R403),
  w('403', 'security', 'internal trust&safety dashboard has an ip allowlist. privacy reviewer working from home, valid sso session, but her ip isnt on the list. 401 or 403', R403),
  w('403', 'api', 'PATCH /users/8812 from user 4410 (authenticated). 8812 has a public profile so its existence is no secret, 4410 just cant edit someone elses profile. correct response?', R403),
  w('403', 'support', 'A former moderator was demoted to a normal member yesterday. She still logs in fine and her token is valid, but she tried the ban button on a profile. The ban endpoint is documented for everyone. Someone on my team says 401. What do we send back?', R403),
  w('403', 'nonnative', 'member is logged in but he did not finish id verification, and he request the 18+ "after dark" lounge. the lounge is advertised inside app, we want tell him verification is required. which status', R403),

  // ---- 404 (never existed / wrong id) ----
  w('404', 'sre', 'GET /users/99999999, that id was never issued, our ids only go up to 4.1M. 404 right?', R404),
  w('404', 'support', 'A user shared a profile link but typed the handle wrong (@jess_runs instead of @jessruns). Nobody has ever registered @jess_runs. What status should the profile page return?', R404),
  w('404', 'nonnative', 'app is calling /events/speed-dating-berlin-2025 but this event was never created, the slug is a mistake in the client. what the api should return', R404),
  w('404', 'api', 'GET /chats/77/messages/m_000abc, that message id never existed in any table, its a client bug generating ids. teammate proposes 410, i think not. which one', R404),

  // ---- 404 (exists, but existence hidden from this caller) ----
  w('404', 'security', 'user A blocked user B. B (logged in) requests GET /profiles/A. product and privacy review both say B must not be able to tell that A\'s profile still exists. what do we return', R404H),
  w('404', 'support', 'Private profiles: the product requirement is that, to anyone who isn\'t an approved follower, a private profile must look exactly like an account that doesn\'t exist. A logged-in non-follower opens one by URL. Which status code?', R404H),
  w('404', 'api', 'regular logged-in member is guessing /mod/cases/{id}. case ids are confidential and we must never confirm to non-moderators whether a moderation case exists. status?', R404H),
  w('404', 'nonnative', 'premium incognito mode: user in incognito is visible only to people he liked. other user, logged in, not liked by him, open his profile url directly. privacy team say we must not reveal the incognito profile exist. which code we send', R404H),

  // ---- 404 (removed, permanence unknown) ----
  w('404', 'support', 'A member deactivated her account (not deleted). She can reactivate anytime just by logging back in and everything comes back. Someone opens her profile link in the meantime. Which status?', R404U),
  w('404', 'sre', 'photo taken down by mods, owner appealed and it might be restored if the appeal wins. what do we serve on the photo url rn, 410?', R404U),
  w('404', 'api', 'group chat was archived by its owner, soft-deleted and restorable for 30 days, not sure yet if itll ever be purged. GET /groups/{id} returns what', R404U),

  // ---- 410 ----
  w('410', 'support', 'A member deleted her account 45 days ago. The 30-day grace period ended and her data was purged on purpose; it can never be restored. Old links to her public profile are still being opened. What status code should that profile URL give?', R410),
  w('410', 'sre', 'v1 /swipe endpoint retired for good, sunset date passed, its never coming back. code for old clients still calling it', R410),
  w('410', 'api', 'we shut down the Stories feature permanently, every /stories/{id} url was intentionally removed and theres no plan to ever bring them back. 404 or 410', R410),
  w('410', 'nonnative', 'old speed dating event page from 2023, we deleted it on purpose and permanent, it never come back. google still crawl it. which status is best', R410),
  w('410', 'security', 'invite links /invite/{code} from the 2022 referral campaign were deliberately and permanently killed, the codes will never work again and they were posted publicly so nothing to hide. audit flagged they return 200 with an error page. correct code?', R410),
  w('410', 'sre', 'voice prompt audio hard deleted by the user, no backup, gone permanently. cdn url still getting requests. status', R410),
  w('410', 'security', 'the "Double Date" premium feature was discontinued and its /double-date pages were removed on purpose, permanently, nothing secret about them. people with bookmarks still hit them. what should they get', R410),

  // ---- knowledge ----
  k('api', 'our 401 from /matches only has a json body {"error":"unauthorized"}. which header does the rfc say a 401 must carry', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('support', 'Our Android app, when it gets a 403 on "See who liked you" as a free user, automatically refreshes the token and retries the same request. Does re-authenticating actually help with a 403?', /\b(no|not|n['’]t|won['’]?t|pointless|useless)\b.{0,80}\b(help|change|fix|repeat|retry|succeed|differen)|pointless|useless/i, 'RFC 9110 §15.5.4: credentials were considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('security', 'privacy review asks: when is it acceptable to send 404 instead of 403 for a profile the caller isnt allowed to see', /(hid(e|es|ing)|conceal|(not|n['’]t|without) (reveal|disclos|confirm|leak)\w*|existence)/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target may respond with 404 instead.'),
  k('sre', 'rule of thumb pls: profile removed and we dont know if its permanent, 410 or 404', /\b404\b/, 'RFC 9110 §15.5.11: if it is not known whether the condition is permanent, 404 SHOULD be used instead of 410.'),
  k('sre', 'what does a 410 actually tell google and people holding links to a deleted profile, vs a plain 404', /(permanen|remov\w* (the |their |any )?(link|reference|bookmark)|delist|de-?index|drop\w* .{0,20}index|not coming back|won['’]?t (come|be) back|intentional)/i, 'RFC 9110 §15.5.11: 410 signals intentional, permanent removal; link holders should remove references and crawlers can delist.'),
  k('nonnative', 'our CDN is caching the 410 for deleted profiles even we send no Cache-Control. is this allowed by the RFC or it is a bug', /\b(yes|heuristic(ally)?|cacheable by default|can be cached|may be cached|not a bug)\b/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default.'),
  k('security', 'can a shared cache store a 403 from a premium-only endpoint when the response has no Cache-Control or Expires at all', /(\bno\b|not (heuristically )?cacheable|can(not|['’]t) be (heuristically )?cached|not heuristically|explicit (freshness|cache)|only (with|if|when))/i, 'RFC 9110 §15.1: 403 is not heuristically cacheable; it is cached only with explicit freshness information.'),
  k('api', 'rfc 6750: token expired on /messages, which error= value goes in the WWW-Authenticate header', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked or malformed token is invalid_token, answered with 401.'),
  k('sre', 'bearer token valid but missing the premium:read scope. rfc 6750 error code and status?', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403.'),
  k('support', 'Our API style guide still cites RFC 7231 and RFC 7235 for our 401/403/404 rules. Which RFC is the current reference?', /\b9110\b/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235.'),
  k('nonnative', 'is it ok to write in the 403 body the reason why, like "your account is suspended until 12 May"? or the RFC forbid this', /(?<!not |n['’]t )\b(yes|allowed|permitted|fine|ok(ay)?)\b|\b(may|can) (describe|explain|include|state|say|give)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('nonnative', 'when server send 404 for a profile, does it tell the app if the profile is gone forever or only temporary?', /(\bno\b|does(n['’]t| not) (say|tell|indicate|distinguish|specify|reveal|signal)|not (say|tell|indicate|distinguish|specify)|no (indication|information|guarantee)|unknown|either)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('sre', 'rfc 6750: request to /matches carries the access token in both the header and the query string. what status and error code', /invalid_request[\s\S]*\b400\b|\b400\b[\s\S]*invalid_request/i, 'RFC 6750 §3.1: using more than one method to send the token is invalid_request, answered with 400.'),
  k('security', 'privacy review wants every permanently deleted account url to return 410. is 410 mandatory for permanently removed stuff or is 404 also acceptable', /(not (required|necessary|mandatory|obligatory)|isn['’]?t (required|necessary|mandatory)|optional|discretion|no need|(don['’]?t|doesn['’]?t) (have|need) to|404 is (also )?(fine|acceptable|ok|allowed))/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone; that is left to the server owner.'),
  k('nonnative', 'request to /swipe has no token at all. we answer 401 with WWW-Authenticate: Bearer realm="app", error="invalid_token". is correct to put the error there?', /(\bno\b|should(n['’]t| not)|omit|leave (it )?out|remove|drop|without)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code.'),
];

export const UNSEEN364_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
