import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 283, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a photo / file sharing service (albums, expiring and password-protected share links, trash, DMCA takedowns, private albums, family sharing groups), mostly very short chat-style questions with typos plus a few long ones. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource (server sends WWW-Authenticate)';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) -> 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses to fulfill it; the caller is known, re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) -> 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether the absence is temporary or permanent; use it when removal is not known to be permanent';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available, the removal was intentional and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'upload svc: bearer token expird like 10 min ago, client still sending it on POST /uploads. what do we send back', R401T),
  w('401', 'sre', 'anon request to /api/albums/5521 w/o any auth header. album isnt secret or anything, just needs login to view. code pls', R401),
  w('401', 'nonnative', 'User is revoke his app password yesterday, but the desktop sync client still is sending the old password to our server. Which code we should answer for this request?', R401),
  w('401', 'support', "Customer says the phone app shows 'Forbidden' right after she changed her account password. The password change invalidated all her old session tokens and the app is still sending the old one. Our gateway returns 403 for that. That's wrong, right? What should it be?", R401T),
  w('401', 'api', 'Our password-protected share links are implemented with HTTP Basic authentication, where the link password is the credential. A request for one of these links arrives with no Authorization header at all. What status should the link endpoint return?', R401),
  w('401', 'security', 'pen test finding: they tamperd with the JWT payload to download originals, signature check fails, we currently answer 403. report says wrong code. token just doesnt verify - what should it be', R401T),
  w('401', 'sre', 'malformd bearer tokn on GET /photos/88, garbage string, cant even decode it. 401 or 403', R401T),
  w('401', 'support', "Long one, sorry. Grandma accepted the family sharing invite last week and she's a full member of the family group with view+comment on the 'Christmas 2024' album. The shared iPad she uses sat overnight and her session cookie expired, so this morning the app sent the request with the expired cookie. She got an error page. My colleague thinks we should show 403 because 'she can't see it right now', but I think it's just the login that ran out. Nothing about her membership changed. Which status code is correct for that request?", R401),
  w('401', 'nonnative', 'The API key of backup integration was deleted by admin this morning, but integration keep calling /v2/files with that key. What is right code to return?', R401),

  // ---- 403 ----
  w('403', 'sre', 'viewer role in family group tries DELETE on a photo in the shared album. token is fine, they are a member. code', R403),
  w('403', 'api', 'The access token is valid and unexpired but was only granted the photos.read scope. The client calls POST /albums/9/photos, which requires photos.write. Which status code should the resource server return?', R403S),
  w('403', 'support', 'customer is a member of the shared album (she sees it in her list, can view every pic) but the owner turned off downloads. she tries downloading the original file. what do we return to her', R403),
  w('403', 'sre', 'free plan user, logged in fine, tries to create a password protected share link which is paid-only feature. someone said 401 b/c "not authorized"?? what do we actually send', R403),
  w('403', 'security', 'public album, anyone can view it, only the owner may change the cover photo. logged-in non owner sends PATCH /albums/77/cover. pentester wants 404 but theres nothing to hide, album is public. which is right', R403),
  w('403', 'nonnative', 'My user was kicked out from the family group by organizer, but he is still logged in with valid session. He try to open the family album link he had before. The album title is still shown in his notification history, so it is no secret for him. Which code?', R403),
  w('403', 'sre', 'ip allowlist on the internal dmca review dashboard blocks the new office ip. user is authd fine w/ sso. what status', R403),
  w('403', 'api', 'After repeated DMCA strikes we suspend an account from uploading. The suspended user still authenticates successfully with valid credentials and can browse their existing albums, but POST /uploads must be refused. Logging in again would not change anything. What status code fits?', R403),
  w('403', 'support', 'guy re-logged in 3 times and still cant restore a file from the trash of a shared folder. hes authenticated, hes a collaborator but view only, restore needs editor. the folder and its trash are visible to him so existence isnt secret. what code shud he get', R403),
  w('403', 'security', "A moderator with a valid token but without the 'legal' role requests GET /dmca/notices/3301 to read full notice details. The list of notices (ids and titles) is visible to all moderators, so the notice's existence is not confidential. What code should we return?", R403),

  // ---- 404 ----
  w('404', 'sre', 'GET /albums/abc123x - no album w/ that id was ever created, typo in the link someone pasted. code?', R404),
  w('404', 'sre', 'share link token not in db at all, never issued by us. what do we send back', R404),
  w('404', 'security', 'private album, requester is logged in but not invited. product rule: non-members must never learn the album exists. 403 or something else', R404H),
  w('404', 'security', 'enumeration concern: attacker w/ a valid acct iterating /u/{user}/albums/{id}. private albums they cant access must be indistinguishable from ids that dont exist. what status for the private ones', R404H),
  w('404', 'support', 'file was deleted by owner but its still in trash, restorable for 30 days. someone opens the old share link to it. should we say 410 gone?', R404U),
  w('404', 'nonnative', 'Share link is expire, but the owner can extend the expiry date anytime and then the same link is working again. What code we return while it is expired?', R404U),
  w('404', 'api', "We received a DMCA takedown notice and disabled a user's video. The uploader has filed a counter-notice, so the file may be reinstated in 10-14 business days if the claimant doesn't sue. 451 is not an option for our clients; they only handle 401, 403, 404 and 410. Someone proposed 410 since it was 'taken down'. What should requests for the file get during this period?", R404U),
  w('404', 'sre', 'family grp albums: user belongs to a diffrent family group and requests an album from ours. policy is albums of other families are invisible, never confirm they exist. code pls', R404H),
  w('404', 'sre', 'photo path is empty rn, owner moved it out of the shared folder, might move it back, nobody knows. 410?', R404U),
  w('404', 'nonnative', 'The URL /photos/2023/IMG_00x.jpg never exist, user is typing wrong file name. What response code is correct?', R404),

  // ---- 410 ----
  w('410', 'sre', 'share link w/ fixed expiry, links cant be extended or reissued by design. expired yesterday, we still keep the record. what code now', R410),
  w('410', 'support', 'customer emptied her trash, files are purged permanently, no recovery possible even by support. we keep a tombstone of the share links. someone hits one of the old links - what should they get', R410),
  w('410', 'api', 'A DMCA takedown is final: no counter-notice was filed within the window, and we intentionally and permanently deleted the file; it will never be restored. 451 is not available to our clients (they understand only 401/403/404/410). What status should the old file URL return?', R410),
  w('410', 'nonnative', 'We shut down the old v1 albums endpoint on purpose, forever, it will never come back. Which code for the calls that still come to it?', R410),
  w('410', 'security', "User deleted their account under a GDPR erasure request, and all their public albums were permanently destroyed on purpose. We keep tombstones for those public album URLs and crawlers still fetch them. A colleague wants 404, but we know the removal is intentional and permanent, and the albums were public, so there's no existence to hide. Which code?", R410),
  w('410', 'sre', 'album perma deleted by owner on purpose, no undo, no restore. 410 or 404', R410),

  // ---- knowledge ----
  k('api', 'Is a 404 response on a deleted photo URL cacheable by default, or only if we add explicit Cache-Control?', /heuristic(al(ly)?)?|cacheable by default|is (heuristically )?cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('sre', 'if we give 403 should the uploader app just retry w/ the same token', /(should not|shouldn'?t|not|never|no point|won'?t|will not|doesn'?t|does not)\b.{0,40}(repeat|retry|re-?send|re-?auth|help)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'Which RFC is the current one for HTTP status codes meaning? My old doc is saying RFC 7231.', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', 'Under RFC 6750, which error code goes in the WWW-Authenticate header when the bearer token has expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens'),
  k('sre', 'insufficient_scope from rfc 6750 - what http status is that', /\b403\b|forbidden/i, 'RFC 6750 §3.1: insufficient_scope SHOULD respond with 403'),
  k('api', 'RFC 6750 invalid_request: what HTTP status does it map to?', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400'),
  k('support', 'once a deleted album returns 410, how long are we required to keep returning 410 for it?', /(any|particular|specific|fixed|set|minimum) (length of |amount of |period of )?time|(no|not) (required|necessary|obligat|mandated)|up to (the )?(server|owner|you|operator)|discretion/i, 'RFC 9110 §15.5.11: not necessary to keep the gone mark for any length of time; left to the server owner'),
  k('sre', 'does the 404 section in 9110 say anything about whether the missing thing is gone for good', /temporary or permanent|permanent or temporary/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', 'when exactly does the rfc allow a 404 to stand in for a 403', /hid(e|ing)|conceal|existence|not (to )?reveal|disclos/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource may respond 404'),
  k('api', 'With RFC 6750 bearer tokens, if a request arrives with no authentication information at all, should the 401 challenge include an error code like invalid_token?', /should not include|shouldn'?t include|no error (code|attribute|info)|without (an? )?error|omit|leave (it )?(out|off)|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('support', "can our 403 page tell the user WHY it was blocked, like 'owner disabled downloads', or must it stay vague", /(may|can|allowed to|free to|is fine to|ok to)\s+(describe|explain|include|state|say|put|give|tell)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content'),
  k('nonnative', 'What is the purpose of 410 Gone in RFC? What client should do with links pointing to it?', /(remov|delet|drop|unlink).{0,40}(link|reference|bookmark)|(link|reference|bookmark)s?.{0,40}(remov|delet)/i, 'RFC 9110 §15.5.11: 410 helps web maintenance; clients with link-editing capabilities ought to delete references to the target URI'),
  k('api', 'When we return insufficient_scope for an upload call, can the challenge tell the client which scope it needs?', /scope\s*=|scope (attribute|parameter|param)/i, 'RFC 6750 §3: the scope attribute in the WWW-Authenticate challenge lists the scope necessary to access the resource'),
  k('sre', 'the auth proxy in front of the photo cdn wants creds for the proxy itself, not the origin. whats the status for that, not 401 right', /\b407\b|proxy authentication required/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate'),
];

export const UNSEEN283_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
