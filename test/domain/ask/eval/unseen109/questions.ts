import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 109, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a video-conferencing service (meeting links, waiting rooms, recordings, expired invites, host-only controls, a deleted organisation, SSO-enforced domains). */

const R401 = 'RFC 9110 §15.5.2: request lacks valid authentication credentials; 401 with a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: invalid_token (expired, revoked, malformed, unknown) → 401';
const R403 = 'RFC 9110 §15.5.4: server understood and refuses; the caller is known, re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: origin server has no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 should be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "svc-recordings getting calls to GET /v2/recordings w/o any Authorization header at all, every endpoint on that api needs a bearer token. what do we send back", R401),
  w('401', 'support', "A customer says their calendar integration suddenly started failing when it creates meeting links. In our logs, the OAuth access token it sends expired about two hours ago and it never refreshed. When the token is fresh the integration has every permission it needs. What status should our API be returning to it?", R401T),
  w('401', 'api', "When a user clicks \"sign out of all devices\" we revoke every access token they hold. If a desktop client keeps calling the meetings API with one of those revoked tokens, which status code is appropriate? A teammate argued for 403 because we can still read who it was from the token payload.", R401T),
  w('401', 'nonnative', "Our room-device API receive a JWT which the signature is not valid (somebody changed the payload), so we cannot trust who is the caller. Which code we should give back, 401 or 403?", R401T),
  w('401', 'security', "pen test finding: POST /api/meetings/{id}/end with no cookie and no token returns 403. tester says wrong code. every route on this api is behind auth. what should it be", R401),
  w('401', 'sre', "org got deleted last week and all its api keys were revoked as part of that. some old cron still calls GET /v2/users/me/meetings w/ one of those keys. key doesnt authenticate anyone anymore. code pls", R401T),
  w('401', 'nonnative', "The user SSO session was expire on the identity provider side, and our gateway see his session cookie is not valid anymore. He want to open his cloud recordings list. My colleague say 403 because SSO is enforced for the domain. What is correct answer?", R401),
  w('401', 'api', "Our webinar management API still accepts Basic authentication from a few legacy server-to-server clients. If the password in the Authorization header is wrong, which response status should the API produce?", R401),
  w('401', 'support', "customer pasted their meeting api token with a typo (last few chars missing) so it doesnt match any token we ever issued. they get an error listing their upcoming meetings. which code should that error be", R401T),

  // ---- 403 ----
  w('403', 'sre', "participant w/ a perfectly valid token calls POST /meetings/{id}/mute-all. mute-all is host-only. participant is in the meeting so they obviously know it exists. what do we return", R403),
  w('403', 'api', "A third-party app holds an access token granted only the meetings:read scope. It calls POST /v2/meetings to schedule a new meeting, which requires meetings:write. The token is valid and unexpired. Per RFC 6750, what should the response status be?", R403S),
  w('403', 'support', "A co-host can see a cloud recording in the meeting's recordings list, but when they click Delete they get an error. Only the meeting owner is allowed to delete recordings. What status code should that delete request have returned?", R403),
  w('403', 'security', "Org policy restricts the admin API to corporate IP ranges. An admin with a valid, unexpired token calls it from their home network. The admin API is publicly documented, so there is nothing to hide about its existence. 401, 403 or 404?", R403),
  w('403', 'nonnative', "I am logged in with valid account but my role in the meeting is only \"attendee\". I try to call the endpoint for admit people from the waiting room, it is only for host and co-host. What code the server must answer?", R403),
  w('403', 'sre', "user logged out and back in, fresh token, still cant change the meeting passcode b/c they arent the host. someone in the channel wants 401 so the client re-prompts login. re-login wont change anything tho. what should it be", R403),
  w('403', 'api', "Tenant admins can disable cloud recording for certain roles. When an authenticated user whose role has recording disabled calls POST /meetings/{id}/recordings/start on a meeting they themselves are hosting, what should we return? The meeting is theirs, so there is nothing to conceal from them.", R403),
  w('403', 'support', "customer is on an sso-enforced domain and signed in through sso just fine, but org policy says members cant create personal api tokens. they tried to make one anyway and got an error. which status fits that error", R403),
  w('403', 'security', "Reviewing the transcript download endpoint: an invited participant (authenticated, on the roster, and the transcript is listed in their own meeting summary) requests the transcript, but the host has disabled transcript access for participants. Given the participant already knows the transcript exists, which status is appropriate?", R403),
  w('403', 'nonnative', "In our breakout-room API the user token is valid and he is member of same organisation, but he is not the host so he cannot close all the breakout rooms. My colleague propose 404, but the user already see the breakout rooms on his screen. Which code is right?", R403),

  // ---- 404 ----
  w('404', 'sre', "GET /meetings/8812345 from a logged in user, that id isnt in the db and never was (client typo). code", R404),
  w('404', 'support', "A customer clicked a join link that someone had written down by hand; the meeting code in it was never issued by our system at all. What should the join page respond with?", R404),
  w('404', 'api', "A client requests GET /v2/recordings/rec_zzz, where rec_zzz has never been assigned to any recording. The caller is authenticated and holds full recording permissions. What status code is correct?", R404),
  w('404', 'security', "authenticated user from tenant B requests a recording that belongs to tenant A. our policy is we never confirm or deny that another tenants resources exist. what status", R404H),
  w('404', 'security', "Someone with a valid account is iterating through IDs on /api/webinars/{id} to discover which private webinars exist. For users who are not invited we must not reveal whether a given webinar exists at all. What should those uninvited callers get back?", R404H),
  w('404', 'nonnative', "User is logged with valid token and is in same organisation, but he is not invited to a private meeting. Product team say not-invited people must not even know that the meeting is exist. Somebody say 403 is more honest. What code we return?", R404H),
  w('404', 'support', "host deleted a recording by mistake. it sits in trash for 30 days and can be restored any time. meanwhile a viewer opens the old share link. what status should the share link give", R404U),
  w('404', 'api', "When a host deletes a scheduled meeting we soft-delete it: account admins can restore it, and we have no way of knowing whether they will. While it is in that state, should requests for the meeting ID get 404 or 410?", R404U),
  w('404', 'sre', "org deleted itself but theres a 14 day grace period where they can reactivate and everything comes back. requests to their meeting room urls during the grace period, what code", R404U),
  w('404', 'sre', "recording file missing from storage, unclear if the retention job purged it or the migration lost it, might still get recovered from backup. no idea if its permanent. what do we return", R404U),

  // ---- 410 ----
  w('410', 'api', "Our retention policy hard-deletes cloud recordings after 365 days: the bytes are purged and recording IDs are never reused. We want anyone holding old share links to drop them. What status should requests for a purged recording receive?", R410),
  w('410', 'support', "An organisation was permanently deleted: the grace period ended, its data was destroyed, and it can never be reactivated. People still click its public webinar registration links. What status code should those links return?", R410),
  w('410', 'sre', "invite links expire after 7 days and are never reactivated, a new invite always gets a new url. someone hits an expired invite url. colleague says 404 but we know its gone for good. what do we send back", R410),
  w('410', 'api', "We have retired the v1 meetings API deliberately and permanently; it will never return and we want integrators to remove their calls to it. What should requests to /v1/meetings return from now on?", R410),
  w('410', 'nonnative', "Host choose \"delete forever\" on a webinar replay page. There is no trash, no restore, and we decided this URL is gone permanently. Visitors still open the old replay link. Which code should we return?", R410),
  w('410', 'security', "When an employee leaves, their personal meeting room vanity URL is retired permanently and by policy never reassigned to anyone. The URL was public to begin with, so nothing secret is revealed by admitting it once existed. What should a request to a retired vanity URL return?", R410),

  // ---- knowledge ----
  k('sre', "401 response needs some header right? which one", /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header with at least one challenge'),
  k('api', "Is a 404 response cacheable by default, in the absence of explicit freshness information such as Cache-Control?", /heuristic|\byes\b/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('nonnative', "If the server send 403, does it help when the client do login again and repeat with the same credentials?", /(should not|shouldn'?t|not|won'?t|no)\b.{0,40}(repeat|retry|help|re-?auth\w*|same credentials)|re-?authenticat\w*.{0,30}\b(not|won'?t)\b/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', "Which RFC is the current normative reference for the semantics of status codes like 401 and 403? Our style guide still cites RFC 7231.", /9110/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235'),
  k('security', "Under RFC 6750, what HTTP status code goes with the insufficient_scope error?", /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', "rfc 6750 invalid_token maps to which status", /401/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('api', "RFC 6750 defines an invalid_request error code for bearer token requests. Which HTTP status code does it specify for it?", /400/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('support', "how long do we have to keep returning 410 for a recording we purged? is there a required period", /discretion|no (fixed|set|specific|required|minimum)|not (necessary|required)|any length|up to (the|you|your)|as long as you/i, 'RFC 9110 §15.5.11: keeping the 410 mark for any length of time is left to the discretion of the server owner'),
  k('security', "According to RFC 9110, in what situation may a server answer 404 instead of 403?", /hid(e|ing)|conceal|not (to )?reveal|existence/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource MAY respond 404'),
  k('nonnative', "If we do not know if a deleted meeting is permanent gone or not, we should use 410 or 404?", /(use|return|send|respond with|go with|should be|answer(?: is)?)\W+(a |an |the )?(status )?(code )?404|404 (should|is (correct|right|the|appropriate)|instead)/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 should be used'),
  k('api', "Is a 410 Gone response heuristically cacheable, or must we add explicit Cache-Control for caches to store it?", /\byes\b|is heuristically cacheable|cacheable by default/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('sre', "rfc 6750 q: request comes in w/o any bearer token at all. should the WWW-Authenticate challenge include an error code", /should not|shouldn'?t|omit|leave (it )?out|not include|without (an? |any )?error|no error (code|info)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('support', "what does a 404 tell the client about whether the missing meeting might come back later", /(not|doesn'?t|no)\b.{0,40}(indicat|say|tell|distinguish|specify|guarantee)|neither|temporary or permanent|temporary nor permanent/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent'),
  k('security', "Is a server permitted to explain in the body of a 403 response why the request was forbidden?", /\byes\b|may (describe|explain)|can (describe|explain)|allowed to (describe|explain)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content'),
  k('nonnative', "When request already had credentials and server still answer 401, the client is allowed to try again?", /\byes\b|may (repeat|retry)|can (repeat|retry|try)|new (or replaced )?(credentials|token|authorization)|replaced/i, 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field'),
];

export const UNSEEN109_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
