import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 304, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a collaborative whiteboard / design tool (boards, teams, guests with view links, trash, deleted teams, enterprise SSO, plugins with OAuth scopes). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; it carries WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) is answered with 401.';
const R401N = 'RFC 6750 §3.1 + RFC 9110 §15.5.2: a request with no authentication information gets 401 and SHOULD NOT carry an error code.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses it; re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) is answered with 403.';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource (it never existed / no such route).';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource MAY answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether the absence is temporary or permanent; if the server does not know the removal is permanent, 404 ought to be used, not 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource was intentionally removed and the condition is known/likely to be permanent.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'autosave PUT /boards/b_81/snapshot failing, session cookie expired 20 min ago, user still has the tab open. what do we send back', R401),
  w('401', 'nonnative', 'The JWT of user is expired since 2 hours and he try to open the team page. My colleague say 403 because he has no access now, I think is other code. Which one is correct?', R401T),
  w('401', 'api', 'A user revoked our sketching plugin from their Connected apps page. The plugin keeps calling GET /v1/boards with the now-revoked bearer token. Under RFC 6750, what status should that call get?', R401T),
  w('401', 'sre', 'bearer present but jwt sig doesnt verify (key mismatch), board is in the callers own team. 401 or 403', R401T),
  w('401', 'api', 'A plugin hits GET /v1/boards/{id}/shapes with no Authorization header at all. The endpoint requires a token with boards:read. Should we answer with the insufficient_scope error, or something else?', R401N),
  w('401', 'support', 'Customer says the desktop app keeps kicking them out. Logs show their refresh and access tokens were revoked when they reset their password, and the app is still sending the old access token to /boards. What should the API be returning there?', R401T),
  w('401', 'security', 'An admin used "sign out of all devices". Old session cookies keep arriving afterwards. A reviewer wants 403 for those so attackers learn less. Which code is actually correct for a dead session?', R401),
  w('401', 'sre', 'ci exporter still using the enterprise api key we rotated yesterday, key no longer valid at all. code pls', R401),
  w('401', 'nonnative', 'Someone open a private board URL without be logged in, no cookie, no token, nothing. The board is exist and the URL is not secret because it is in the public changelog. What status we must answer?', R401),

  // ---- 403 (10) ----
  w('403', 'sre', 'valid token, user is viewer on the board, tries PATCH /boards/b_12/shapes to move stuff. they can open the board fine. code', R403),
  w('403', 'api', 'Our plugin token is valid and unexpired but only carries boards:read. The plugin calls DELETE /v1/boards/{id}. What status goes with the RFC 6750 error here?', R403S),
  w('403', 'support', 'Customer is a logged-in guest member of a team and can see all its boards. Team admins restricted board creation to full members, and the guest tries to create a new board. What error should they get?', R403),
  w('403', 'nonnative', 'User is logged in correct, he is member of the team but not admin, and he try to delete the team. The team is visible to him in sidebar. What status we send?', R403),
  w('403', 'security', 'Enterprise org has an IP allowlist. An authenticated org admin calls the API from a non-allowlisted IP. A teammate says 401 because "not authorized". Is that right, or what should it be?', R403),
  w('403', 'sre', 'guest w/ a working view link tries to export the board to pdf, export is disabled for guests. they can see the board already. 401 or 403', R403),
  w('403', 'api', 'A team member with a valid token tries to move a board to trash. The owner locked the board so only the owner can trash it. The member can still view and comment on it. Which status code fits?', R403),
  w('403', 'security', 'User sees the board in their own team sidebar but lacks the "share externally" permission, and tries to create a public view link. A colleague suggests 404 to avoid leaking. Is hiding needed, or what do we return?', R403),
  w('403', 'support', 'Customer got downgraded to a free viewer seat. They sign in fine and can still open their company boards, but editing fails. What status should that edit request return?', R403),
  w('403', 'sre', 'normal member w/ valid token calling /admin/audit-logs, endpoint is in the public api docs so nothing to hide. what do we return', R403),

  // ---- 404 (10) ----
  w('404', 'sre', 'GET /boards/b_zz9 w/ valid token, no board w/ that id ever existed, checked db and audit log. code', R404),
  w('404', 'security', 'User from tenant A with a valid token guesses a board id that belongs to a private board in tenant B. We must not confirm that the board exists. Which code?', R404H),
  w('404', 'nonnative', 'Owner moved the board to trash, it can be restore in 30 days. Other user call GET on it. We send 410 because is deleted, yes?', R404U),
  w('404', 'support', 'A customer deleted a team yesterday. Deletion is soft and support can restore it on request within 14 days. An integration is still hitting /teams/{id}. What should it get?', R404U),
  w('404', 'api', 'A guest holds a valid view link for board A and requests board B in the same team. Board B is private and guests must not learn which other boards exist. What status should board B return?', R404H),
  w('404', 'security', 'Pen-test finding: /teams/{id}/members returns 403 for teams the caller is not in and 404 for team ids that do not exist, which allows team-id enumeration. What should the non-member case return instead?', R404H),
  w('404', 'sre', 'someone calling /v1/bord/123 (typo, route doesnt exist), token fine. what status', R404),
  w('404', 'api', 'A developer unpublished their plugin from our marketplace; they can republish it whenever they like. What should GET /plugins/{slug} return meanwhile?', R404U),
  w('404', 'nonnative', 'User ask for template id which we never had, it is just random string. User is login correct. 403 or 404?', R404),
  w('404', 'sre', 'board delete path just drops the row, no tombstone, we cant tell if a missing id was deleted for good or restored elsewhere later. colleague wants 410. what do we send', R404U),

  // ---- 410 (6) ----
  w('410', 'sre', 'owner emptied the trash, board hard deleted, tombstone kept, no restore possible ever. owner w/ valid token hits it. code', R410),
  w('410', 'api', 'We retired the v1 board-export endpoint permanently on March 1 and will never bring it back; we want clients to drop references to it. What should requests to it return?', R410),
  w('410', 'support', 'Customer\'s team was permanently deleted after the 30-day grace period; the data is purged and it cannot be undone. Their old bookmarks still hit /teams/{id} while they are logged in. What should those requests return?', R410),
  w('410', 'nonnative', 'We removed one plugin forever because of malware, it will never come back, we keep its id in a blocklist. Users who had it installed still call its endpoint with valid tokens. What code is right?', R410),
  w('410', 'security', 'We permanently shut down the legacy public /embed/{id} URLs on purpose. Embeds were public anyway, so there is nothing to hide. Reviewer asks if we need 404 for hiding. What is the right code?', R410),
  w('410', 'sre', 'export pdf links, files deleted by design after 7 days, permanent, we know the id existed, no auth needed for the link. code', R410),

  // ---- knowledge (15) ----
  k('api', 'What response header must a 401 response include?', /www-authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('security', 'Does RFC 9110 actually allow a server to answer 404 instead of 403 to hide that a resource exists?', /(may|can|allowed|permitted|permits|allows)[^.]{0,80}404|404[^.]{0,80}(instead of|rather than|in place of)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond with 404'),
  k('nonnative', 'After a 403, the client should try again with same credentials or not?', /(should not|shouldn.t|must not|not to|no point|won.t help|will not help)[^.]{0,40}(repeat|retry|re-?send|re-?authenticat|try again)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', 'Which RFC is the current definition of HTTP status-code semantics, replacing RFC 7231?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('sre', 'plugin bearer token expired, which rfc 6750 error code goes in www-authenticate', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for an expired, revoked or malformed token'),
  k('support', 'Once we start returning 410 for a deleted team, how long are we required to keep returning it?', /discretion|no (fixed|required|set|specific|minimum|mandated)|not (required|necessary|mandated|specified)|up to (the )?(server|you|owner|operator|site)|any length of time/i, 'RFC 9110 §15.5.11: keeping the 410 mark for any length of time is left to the discretion of the server owner'),
  k('nonnative', 'A 404 tell the client that the board is gone permanent or only temporary?', /(not|doesn.t|does not|no|neither)[^.]{0,50}(indicate|say|tell|signal|imply|specify|distinguish)[^.]{0,60}(permanent|temporary)|neither/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('api', 'For a resource that has been removed, when should an origin server use 404 rather than 410?', /(not know|doesn.t know|does not know|unknown|uncertain|unsure|can.t determine|cannot determine|no (facility|way) to (determine|know)|isn.t known|is not known)/i, 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used'),
  k('security', 'If a request already carried credentials and still got a 401, what does that 401 mean?', /refused for (those|the|these)|(new|replaced|different|fresh|valid) (credentials|authorization|token)/i, 'RFC 9110 §15.5.2: authorization has been refused for those credentials; the client MAY retry with a new or replaced Authorization header'),
  k('api', 'Under RFC 6750, when a request carries no token at all, should the 401 challenge include an error code?', /(no|not|without|omit|shouldn.t|should not|must not)[^.]{0,40}(error code|error=|error attribute|error parameter|error field)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('sre', 'if its the proxy that wants auth not the origin, whats the code instead of 401', /\b407\b/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required'),
  k('support', 'What is a 410 supposed to tell people who link to the old board page?', /remov(e|ing|al)[^.]{0,50}(link|reference|bookmark)|delet(e|ing)[^.]{0,50}(link|reference|bookmark)|(link|reference)s?[^.]{0,40}(should|be) (be )?removed/i, 'RFC 9110 §15.5.11: recipients are notified the resource is intentionally unavailable and remote links should be removed'),
];

export const UNSEEN304_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
