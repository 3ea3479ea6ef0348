import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 108, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a wiki and documentation platform for companies (private spaces, archived pages, pages moved between spaces, guest users, deleted spaces, page history), voices mostly non-native English speakers and API designers. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response carries WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token, answered with 401.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; the caller is known, re-authenticating will not help, and nothing needs hiding.';
const R403S = 'RFC 6750 §3.1: a valid token lacking the required scope is insufficient_scope, answered with 403.';
const R404 = 'RFC 9110 §15.5.5: the origin found no current representation for the target resource; it never existed.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a forbidden target may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when the target was intentionally removed and the condition is known to be permanent.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'nonnative', 'Our wiki API is receiving request GET /spaces/ENG/pages/42 but the Authorization header is missing totally. The space is visible only for logged users. Which code we must return? My colleague say 403 because the user is not allowed.', R401),
  w('401', 'api', 'A personal access token for our documentation API was revoked by the workspace admin yesterday, after the employee left the company. Today a cron script still calls GET /pages/{id} with that token; the page lives in a space the former employee used to be a member of. What status should the response carry?', R401T),
  w('401', 'sre', 'guest user session cookie expired after 24h, guest hits /wiki/partner-space/roadmap, page exists and guest is still invited to that space. what do we send back, 403 or smth else', R401),
  w('401', 'nonnative', 'The Bearer JWT signature is not valid (somebody change one character inside the token) when calling the page history endpoint. Is it 403 Forbidden or what is the correct one to answer?', R401T),
  w('401', 'api', 'We authenticate with OAuth bearer tokens. The token on this request expired five minutes ago, and the page being requested belongs to an archived space that the same user owns. Should the archived state influence the response at all, or what do we return?', R401T),
  w('401', 'support', 'Customer says their integration that exports page history stopped working overnight. Our logs show the API key they send was rotated, so the old key is no longer recognised at all. The pages and their permissions have not changed. What status code should their integration be seeing?', R401),
  w('401', 'nonnative', 'In our platform every endpoint require authentication first, also the endpoint of spaces that were deleted. A request come without any credential to /spaces/OLD-DOCS. We dont want tell anything before the user is log in. Which one we reply?', R401),
  w('401', 'security', 'Pen-test finding on the wiki REST API: requests with no Authorization header at all get 403 back, and the response has no WWW-Authenticate header. What status should those requests get instead?', R401),
  w('401', 'nonnative', 'The guest invitation link have a one-time token inside. The guest already used it once and now this token is invalid. He still call the API with this used token as Bearer for open a page. Answer code please?', R401T),

  // ---- 403 ----
  w('403', 'nonnative', 'User is logged correctly with valid token, he is member of the space but only with viewer role, and he try to edit a page with PUT. The space is open for everyone in the company so the page existence is not secret. Which code is correct? Login again will not change his role.', R403),
  w('403', 'api', 'The access token is valid, but it was issued with only the pages:read scope, and the client calls DELETE /pages/{id}. Which HTTP status should accompany the RFC 6750 error in this case?', R403S),
  w('403', 'sre', 'guest acct w/ valid session tries to restore an old page version from history, guests cant restore per policy, page is in a space the guest is invited to so they see it anyway. code pls', R403),
  w('403', 'nonnative', 'Only space admins can unarchive pages. A normal member, with correct login, call POST /pages/{id}/unarchive. He can read the archived page already so there is nothing to hide from him. What response we give?', R403),
  w('403', 'api', 'An employee is authenticated through SSO. The "HR-Policies" space appears in the company-wide space directory, where everyone can see its name and page titles, but reading page bodies requires HR group membership, which he does not have. What status do we return for GET on one of its pages?', R403),
  w('403', 'support', 'A customer\'s user gets an error when trying to move a page from the Marketing space to the Sales space. They are logged in fine, they have edit rights in Marketing but only read rights in Sales, and both spaces are visible to them. What should the API return for that move?', R403),
  w('403', 'security', 'Design review: a colleague suggests returning 404 when a logged-in member without export permission calls POST /spaces/DOCS/export. The member can already browse that space, so its existence is obviously known to them. Is 404 right here, or what should it be?', R403),
  w('403', 'nonnative', 'The company block the wiki access from outside the office IP range. User have a valid login, but the request come from his home IP which is not in the allowlist. It is not about the login. What we should answer?', R403),
  w('403', 'api', 'Restoring a deleted space from the trash is limited to organisation owners. A space admin, properly authenticated but not an owner, calls POST /trash/spaces/ENG/restore; the trashed space is listed for them in the trash view. Which status should the restore call get?', R403),
  w('403', 'sre', 'user re-logged in 3 times, still blocked from page history on a page he can read, history is restricted to editors and he is only a reader, the history tab is visible to him. ppl keep saying 401 lol what is it', R403),

  // ---- 404 ----
  w('404', 'nonnative', 'User with valid token request GET /pages/999999 but this ID was never created in our database, no page, no history, nothing at all. Is it 410 because it is not there, or other code?', R404),
  w('404', 'sre', 'someone typod the space key in the url, /spaces/ENGG instead of /spaces/ENG, user logged in fine, ENGG was never a space. what do we return', R404),
  w('404', 'api', 'GET /pages/{id}/versions/57: the page exists and the caller may read it and its history, but the page has only 12 versions, so version 57 has never existed. Which status code fits?', R404),
  w('404', 'security', 'Private spaces must be invisible to non-members; even their names are confidential (think "M&A-Project-X"). A logged-in employee who is not a member requests /spaces/MA-X. Our pen-testers flagged that we return 403 there. What should the response be?', R404H),
  w('404', 'nonnative', 'Guest user is logged in correctly, but he is invited only in one space. He try to open a page in an internal space, and guests must not know that internal spaces exist at all. My teammate say 403. What is right?', R404H),
  w('404', 'api', 'A page was moved from the open Engineering space into the private Security-Incidents space. An authenticated user who is not a member of Security-Incidents requests it at its new location, /spaces/SEC-INC/pages/881. The destination space must stay secret and we must not reveal that the page exists. What status does that user get?', R404H),
  w('404', 'nonnative', 'Page was deleted by the author and now is in trash, the space admin can restore it during 30 days. Somebody request it in the meantime with valid token. 410 Gone is correct because it is deleted, yes?', R404U),
  w('404', 'api', 'When a space is deleted we keep it soft-deleted for 60 days before purging, and the owner may restore it at any point in that window. During those 60 days an authenticated member requests one of its pages. We cannot know whether the owner will restore it. Which status code is appropriate?', R404U),
  w('404', 'support', 'Customer complains that a bookmarked page now gives an error. A workspace admin removed the page, but our system cannot tell whether that is permanent: admins can restore it from backups whenever they like. The customer is logged in with normal access to the space. What should the page return?', R404U),
  w('404', 'sre', 'page got deleted, no idea if its permanent or if the owner will undo it, db just has a tombstone w/ no info. authed user w/ full read on the space. 410 or no', R404U),

  // ---- 410 ----
  w('410', 'nonnative', 'The space Legacy-Product was deleted permanently by decision of the company, purged from database, and the key will be never reused. Users with valid login still open the old links. What code is best for tell them it is gone forever?', R410),
  w('410', 'api', 'Our retention policy hard-purges page versions older than seven years; the purge is intentional and irreversible. An authorised editor requests GET /pages/12/versions/3, which was purged last month. Which status should they get?', R410),
  w('410', 'sre', 'trash auto-emptied after 30d for space OPS-OLD, purged for good, no backups kept by design. authed member hits a page link from slack. what do we return', R410),
  w('410', 'api', 'A public help-centre page, readable without any login, was intentionally retired and the decision is that it is permanently removed, with no replacement URL. Anonymous visitors and search crawlers still request it. What status code tells them it is gone for good?', R410),
  w('410', 'nonnative', 'We archive the page and then after one year the archived pages are destroyed forever, this is our documented policy, and they cannot be restore by anyone. User with correct permission ask for one destroyed page. Which status?', R410),
  w('410', 'support', 'A customer\'s contractor (a guest) asks why a shared page now shows an error. The owner permanently deleted the page and we confirmed the purge is irreversible; the guest\'s session is still valid and they remain invited to that space. What should the guest be getting?', R410),

  // ---- knowledge ----
  k('nonnative', 'When we answer 401, which header the response must contain always?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', 'Is a 404 response cacheable by default under the current HTTP semantics, or does it need explicit freshness information such as Cache-Control?', /heuristic|cacheable by default|by default.{0,40}cacheable|default.{0,20}cache/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('nonnative', 'For 410 Gone, how long we must keep returning it? Forever, or is some rule in the RFC about the duration?', /discretion|any (particular )?length of time|server owner|up to the (server|origin|owner)/i, 'RFC 9110 §15.5.11: there is no requirement to keep the mark for any length of time; that is left to the server owner\'s discretion'),
  k('api', 'According to the HTTP specification, what should a client do after a 403 if it already sent credentials? Can it simply retry with the same ones?', /should not.{0,40}(repeat|retry)|not.{0,30}same credentials|(new|different) credentials/i, 'RFC 9110 §15.5.4: credentials were deemed insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('sre', 'which rfc is the current one for http status semantics, we still link 7231 in the runbook', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('nonnative', 'In RFC 6750 the error invalid_request, with which HTTP status it go together?', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('api', 'Per RFC 6750, what HTTP status code should be used with the insufficient_scope error?', /\b403\b|forbidden/i, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('nonnative', 'Bearer token error invalid_token in RFC 6750, is going with which status code?', /\b401\b|unauthori[sz]ed/i, 'RFC 6750 §3.1: invalid_token → 401 Unauthorized'),
  k('security', 'Under what condition does RFC 9110 allow a server to answer 404 instead of 403 for a resource the caller is forbidden to access?', /hid(e|ing)|conceal|existence|reveal/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target may respond 404'),
  k('api', 'What does RFC 9110 suggest clients with link-editing capabilities do when they receive a 410 for a URI?', /delete|remov.{0,40}(link|reference)|references/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI after user approval'),
  k('nonnative', 'If the server is not sure the removal of the resource is permanent or not, what status RFC say to use instead of 410?', /\b404\b|not found/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', 'What auth-scheme name does RFC 6750 define for the WWW-Authenticate challenge when the API uses OAuth 2.0 access tokens?', /bearer/i, 'RFC 6750 §3: the "Bearer" authentication scheme'),
  k('nonnative', 'In a 403 response, it is allowed to write in the body why the request is forbidden, or we must keep the reason secret by the RFC?', /(may|can|allowed|permitted|free).{0,50}(describe|explain|give|state|include|public).{0,40}reason|reason.{0,60}(content|body|payload)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content'),
  k('support', 'A customer\'s client already sends credentials but still gets 401. What does a 401 mean in that case according to the spec?', /refused.{0,40}credentials|credentials.{0,50}(refused|rejected|not accepted|invalid|insufficient)/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('api', 'Does a 404 response tell the client whether the missing resource is gone temporarily or permanently?', /(does not|doesn.?t|no|not).{0,40}(indicate|say|tell|distinguish|imply|specify).{0,40}(temporar|permanen)|(temporary|permanent) or (temporary|permanent)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN108_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
