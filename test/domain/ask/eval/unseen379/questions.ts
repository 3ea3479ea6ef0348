import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 379, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a news site's comments and newsroom CMS (moderators, journalists, embargoed stories, retracted articles, deleted comments reinstatable on appeal, subscriber-only content), argued between editors and engineers. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (none, expired, revoked, logged out, bad signature, unknown key) -> 401 with WWW-Authenticate; RFC 6750 §3.1 invalid_token.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses to authorize it (role, plan, ban, allowlist); re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope -> 403; RFC 9110 §15.5.4 Forbidden for a valid token lacking the required scope.';
const R404 = 'RFC 9110 §15.5.5: the origin server has no current representation for the target resource (it never existed / wrong id).';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target resource may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 Gone when the target resource is intentionally no longer available and the condition is likely to be permanent.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'reader session expired mid-thread, POST /comments comes in w/ the stale session cookie and the svc rejects it. what do we send back', R401),
  w('401', 'api', 'cms api: a journalist left the paper last week and we revoked her personal access token. her old script still calls GET /cms/v2/drafts with that revoked token. someone says 403 b/c shes not staff anymore, thoughts', R401),
  w('401', 'support', 'Ticket from a reader: they tried to open a subscriber-only story in our app. The app log shows the request hit /api/articles/8812/body with no Authorization header at all, because the app had logged them out after an update. The article exists and is listed on the homepage. Which status should the API give for that request?', R401),
  w('401', 'security', 'finding CMS-114: moderation api receives JWTs whose signature fails verification and answers 403 "not a moderator". if the signature is invalid we dont even know who the caller is. correct response?', R401),
  w('401', 'nonnative', 'hello, for the embargo feed for partner agencies, one agency is using API key which expired yesterday (we did not renew it yet). my colleague want to return 403. I think is not correct, what code please', R401),
  w('401', 'sre', 'rotated the comment svc signing key, tokens signed w/ the old kid now fail lookup (unknown key). status rn?', R401),
  w('401', 'api', 'journalist clicked "log out" in the CMS, then a stale browser tab reused the old session id to load a draft preview. the session is gone server side. which one, 401 or 403', R401),
  w('401', 'support', 'A user wants to appeal the removal of their comment but isnt logged in at all - no session, no token. The appeal form POSTs to /appeals and the API refuses it. What code should that refusal be?', R401),

  // ---- 403 ----
  w('403', 'security', 'pentest note: logged-in free-tier reader calls GET /api/articles/5501/fulltext on a subscriber-only piece. the article is public knowledge, teaser is on the homepage, not a secret. token is valid, plan doesnt include full text. is 403 right here', R403),
  w('403', 'nonnative', 'in our CMS the freelance contributor is logged in fine, he can open his own draft, ok, but when he press Publish the API refuse because only section editors can publish. he know the draft exist of course. which status we return for the publish?', R403),
  w('403', 'sre', 'commenter acct is banned by the moderators. valid login, tries POST /comments on a public article. code pls', R403),
  w('403', 'api', 'bearer token is valid but only has scope comments:read, client calls DELETE /comments/{id} which needs comments:moderate. status + error code?', R403S),
  w('403', 'support', 'A subscriber (logged in, active subscription) emailed us: they tried to edit a comment written by someone else on a public story by changing the comment id in the edit URL. That comment is visible to everyone anyway. What should our API respond with?', R403),
  w('403', 'security', 'CMS admin sits behind an IP allowlist. an editor authenticated thru SSO fine but from her home IP, which isnt on the list. the admin panel isnt secret, its linked from the intranet. status?', R403),
  w('403', 'nonnative', 'a junior moderator is logged in and try to reinstate a deleted comment after the appeal, but reinstating is only allowed for senior moderators. the comment and the appeal are visible to him in the queue. what code, 401 or 403?', R403),
  w('403', 'api', 'intern with a valid CMS token sends PATCH to the retraction notice on a retracted article. only the standards desk can edit retraction notices; the notice itself is published and public. which code', R403),
  w('403', 'sre', 'partner org w/ a valid api key hits the subscriber-only content export, their contract tier doesnt include export. endpoint is publicly documented. 403 ok?', R403),

  // ---- 404 ----
  w('404', 'sre', 'GET /articles/2024/budget-anaylsis -> slug typo, no article ever had that slug. status', R404),
  w('404', 'api', 'GET /comments/98123 - not deleted, it never existed, comment ids only go up to 97k. what should the svc return', R404),
  w('404', 'support', 'Reader reports a broken link in this morning\'s newsletter: it points at /story/771900 but the real story is 717900, someone swapped two digits. No story with id 771900 has ever been created. What status is correct for that URL?', R404),
  w('404', 'nonnative', 'somebody request /authors/j-smithe, we never had a journalist with this name in the system, never. which code is correct?', R404),
  w('404', 'security', 'embargoed story sits in the CMS until 06:00. a logged-in reader guessed the URL. editors insist the story\'s existence must not be confirmed before the embargo lifts. someone proposes 403, thoughts', R404H),
  w('404', 'api', 'investigations desk drafts are confidential: other journalists (authenticated, valid CMS tokens) must not even learn that a draft id exists. a sports reporter calls GET /drafts/{id} on one. what do we send back', R404H),
  w('404', 'sre', 'source-protection files in the cms, ids are confidential. staff member w/o clearance requests one by id, valid login. cant reveal it exists. code?', R404H),
  w('404', 'support', 'A logged-in reader requested /appeals?user=44102 to find out whether another user appealed a comment removal. Appeals are private and we must not reveal whether that person filed one at all (in this case the appeal does exist). What should we respond?', R404H),
  w('404', 'support', 'A moderator deleted a comment yesterday. The author has appealed, and the comment may be reinstated if the appeal succeeds. Meanwhile, what status should people hitting the comment permalink get?', R404U),
  w('404', 'api', 'article unpublished pending legal review - lawyers might clear it and we republish, or not. not sure yet if thats permanent. GET on its url should return?', R404U),
  w('404', 'nonnative', 'photo gallery was taken down by the photo desk, editors did not decide yet if it come back or it is gone forever. somebody say 410, is it right?', R404U),

  // ---- 410 ----
  w('410', 'security', 'retracted article: the standards desk decided the piece is removed permanently, no retraction notice page at that URL, it will never come back. what code for the old url', R410),
  w('410', 'sre', 'comment appeal denied, final. comment purged on purpose for good, wont ever be restored. permalink status?', R410),
  w('410', 'nonnative', 'we close the 2019 election live blog section forever, deliberately. all pages under /live/election-2019 are removed and will never return. what is best status code for these?', R410),
  w('410', 'support', 'A reader deleted their account and asked for their comments to be erased. We hard-deleted them on purpose and they cannot be restored. Old permalinks to those comments still get traffic. Which status should they return?', R410),
  w('410', 'api', 'retiring the legacy /syndication/v1/feed endpoint permanently, on purpose, v2 replaces it. partners still calling v1 should get?', R410),
  w('410', 'security', 'spam articles injected via a compromised contributor account were purged intentionally and permanently. we want crawlers to drop them fast. their existence isnt sensitive, they were public for hours. status for those urls', R410),
  w('410', 'sre', 'amp pages decommissioned for good, deliberate, never coming back. code for /amp/* rn', R410),

  // ---- knowledge ----
  k('sre', 'comments api returns 401 - which response header is mandatory on it', /www-authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('nonnative', 'the reporter is logged in but get 403 on the editor-only page. if she log out and log in again with same account, will it fix? what RFC say', /(won'?t|will not|wouldn'?t|would not|doesn'?t|does not|not|unlikely to|never) (help|fix|change|solve|make)|no (help|effect|difference|change)|same (result|response|outcome|403)|re-?authenticat\w* (won'?t|will not|does not|doesn'?t|is not|isn'?t)/i, 'RFC 9110 §15.5.4: if credentials were provided the server considers them insufficient; the client should not automatically repeat the request with the same credentials.'),
  k('security', 'when is a news cms allowed to answer 404 instead of 403 for a forbidden embargoed story', /hid(e|es|ing)|conceal|existence|not (to )?reveal|disclos|confirm/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may instead respond with 404.'),
  k('support', 'Editors removed an article but might restore it later. Should we use 410 or 404 while that is undecided?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('api', 'what does a 410 on a retracted story tell crawlers and the sites linking to it', /remov|delet|delist|de-?index|drop|purg|permanent/i, 'RFC 9110 §15.5.11: 410 signals intentional, likely permanent removal, so recipients may remove links to the resource (and search engines delist it).'),
  k('sre', 'which of 403, 404, 410 can a cdn cache heuristically w/o explicit freshness info', /\b404\b[\s\S]*\b410\b|\b410\b[\s\S]*\b404\b/, 'RFC 9110 §15.1 / §15.5.5 / §15.5.11: 404 and 410 are heuristically cacheable by default; 403 is not.'),
  k('security', 'RFC 6750 insufficient_scope on the moderation api - what http status goes with it', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD respond with 403 Forbidden.'),
  k('nonnative', 'in RFC 6750, the error "invalid_token" go with which HTTP status code?', /\b401\b/, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, invalid) SHOULD respond with 401.'),
  k('api', 'bearer invalid_request error (e.g. token sent twice, in header and query, on the comments api) maps to what status', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400 Bad Request.'),
  k('support', 'Our engineers keep citing RFC 7231 and RFC 7235 in the CMS design doc for 401/403/404. Are those still current, or what replaced them?', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('security', 'can the 403 from the paywall include a body explaining why (e.g. your plan doesnt cover this article)', /\byes\b|\bmay (describe|explain|include|contain)|\bcan (describe|explain|include|contain)|allowed|permitted|free to/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content.'),
  k('support', 'The reader app keeps retrying every 5 seconds after a 403 on subscriber content. Should it keep retrying like that?', /\bno\b|should(n'?t| not)|not (be )?(retr|repeat)|\bstop|don'?t|pointless|useless|won'?t (help|change)/i, 'RFC 9110 §15.5.4: the client should not automatically repeat the request with the same credentials; a 403 will not change without a permission change.'),
  k('nonnative', 'for our bearer token api, the WWW-Authenticate on the 401 must use which auth scheme name?', /\bbearer\b/i, 'RFC 6750 §3: resource servers use the "Bearer" auth-scheme in the WWW-Authenticate challenge.'),
  k('security', 'rfc 6750: request to the cms api w/ no auth at all -> 401. should the challenge include an error= code', /should not|shouldn'?t|\bomit|without (an? |the |any )?error|not (include|contain|send|add)|\bno\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('nonnative', 'we remove old articles permanently. we must always return 410 for them, or 404 is also allowed?', /not (required|necessary|mandatory|obligat|always)|optional|discretion|allowed|acceptable|also (ok|fine|valid)|\byes\b|can (also )?(use|return)|up to/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone; 410 is at the server owner\'s discretion.'),
];

export const UNSEEN379_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
