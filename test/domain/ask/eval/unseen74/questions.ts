import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 74, written by a blind writer who never read the parser, its tests, or any other question set. Angle: job board and applicant-tracking system (candidates, recruiters, agency tenants, stealth postings, GDPR erasure, background-check vendor OAuth, panel-only scorecards, careers widget keys). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the server MUST send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401 Unauthorized';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; the caller is known and re-authenticating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403 Forbidden';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the origin server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available at the origin server and the condition is likely to be permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 ----------
  w('401', 'sre', 'bg check vendor hitting /v2/candidates/{id}/checks w/ an oauth client creds access token that expired like 20 min ago, their refresh cron is broken. someone on the team says 403 b/c its a vendor acct. what do we send back', R401T),
  w('401', 'api', 'Our recruiter API receives GET /requisitions/88/applications with no Authorization header at all. Requisition 88 is an ordinary, publicly advertised posting, so there is nothing secret about its existence. What status should the API respond with?', R401),
  w('401', 'support', 'A hiring manager reports that ever since we rotated our token signing keys this morning, every call her dashboard makes fails. Her session token was signed with the old key, which the API no longer accepts. She has the right role for everything she is doing. What code should the API be giving her?', R401T),
  w('401', 'security', 'Pen-test finding: when an agency contract ended we revoked the agency recruiter\'s access token, but the tester replayed that revoked token against /candidates and we answered 403 "agency inactive". The report says the code is wrong. What should a revoked bearer token get?', R401T),
  w('401', 'nonnative', 'Candidate call GET /me/applications with Basic auth but the password he send is wrong. My colleague tell we should answer 403 because he is not allowed to see. Which one is correct status?', R401),
  w('401', 'sre', 'scorecard svc getting reqs w/ Authorization: Bearer <garbage>, token cant even be parsed, not a jwt at all. not asking about 400 here, just which of the auth codes. code pls', R401T),
  w('401', 'api', 'A user calls GET /offers/3301 with an access token that expired five minutes ago. Separately, even if the token were fresh, this user only has the interviewer role, which is not permitted to view offers. What should the response status be for this particular request?', R401),
  w('401', 'support', 'A customer regenerated the public API key for their careers-page widget yesterday, and we deleted the old key. Their site still ships the old key, so the widget\'s job-list requests arrive with a key that no longer exists on our side. What status are those requests meant to get?', R401),
  w('401', 'security', 'someone edited the scope claim in their jwt to add ats:admin, so the signature no longer verifies. dev wants to return 403 because they are asking for admin stuff they dont have. what is the correct response', R401T),

  // ---------- 403 ----------
  w('403', 'sre', 'recruiter w/ valid token tries DELETE on a requisition, only hiring mgr role can delete. recruiter can already see the req in the ui, nothing secret about it. what do we send back', R403),
  w('403', 'api', 'The background-check vendor authenticates via client credentials. Its token is valid and unexpired but only carries scope checks:read, and it is POSTing results to /checks/{id}/result, which requires checks:write. Per RFC 6750, what status should we return?', R403S),
  w('403', 'support', 'A customer\'s interviewer is logged in and sits on the panel, so she can read every scorecard for that interview. She is trying to edit another panelist\'s scorecard, which only the author may change. What response should she get?', R403),
  w('403', 'security', 'An authenticated candidate tries to PATCH their own application status to "hired". They can obviously see the application since it is theirs. A reviewer suggests 404 so we "leak nothing". Is that right, or what should it be?', R403),
  w('403', 'nonnative', 'Recruiter is logged with a good token, she want to export all candidates to CSV but export is only for admin role. The candidates she can already see in the list. What response code is correct? My friend say 401.', R403),
  w('403', 'sre', 'bg-check vendor moved to new egress ips, new ip not on our allowlist yet. token is valid, we know exactly who they are. dont want them looping on re-auth. which code', R403),
  w('403', 'api', 'A hiring manager with a valid session calls the GDPR erasure admin endpoint POST /privacy/erasures, which is restricted to users holding the data-protection-officer role. The endpoint is documented publicly in our API reference. Which status code is appropriate?', R403),
  w('403', 'support', 'An agency recruiter on their own tenant is properly logged in. They submitted a candidate to our client\'s job and even scheduled the interview, so they know it exists. Now they are trying to open that interview\'s scorecards, which agency users are never allowed to view. What code should they see?', R403),
  w('403', 'security', 'token is valid, scope is jobs:read, user tries POST /jobs to create a posting which needs jobs:write. pen tester insists it should be 401 b/c the token "isnt good enough". what is correct', R403S),
  w('403', 'nonnative', 'Candidate account is suspended by admin because of spam applications, but login still work and his token is valid. He try to apply to a public job which everybody can see. Which status we must send when he post the application?', R403),

  // ---------- 404 ----------
  w('404', 'sre', 'GET /jobs/999999 - that id was never issued, our sequence only goes to ~41k. caller is fully authed. what do we return', R404),
  w('404', 'support', 'A candidate typed the URL of a job posting with a typo in the slug, /jobs/senior-enginer-berlin. No posting with that slug has ever existed. What should the site respond with?', R404),
  w('404', 'nonnative', 'API client ask /applications/abc-123/scorecards but this application id never was created in our system. Recruiter is authenticated and have all rights. Which status code is right for this?', R404),
  w('404', 'security', 'We have a confidential (stealth) requisition to replace the CFO. An authenticated recruiter who is not on that hiring team requests /requisitions/7781. They must not be able to learn that the requisition exists, and a 403 would confirm it. What do we answer?', R404H),
  w('404', 'api', 'An agency recruiter on tenant B requests a candidate ID that belongs to tenant A. Our tenant isolation policy says another tenant must never be able to tell whether an ID exists outside its own tenant. Their token is valid. What status should we return?', R404H),
  w('404', 'sre', 'internal candidate, super confidential. non-panel employee w/ valid token hits /interviews/123/scorecards. policy: non-panel ppl must not even know theres an interview for that person. 403 or what', R404H),
  w('404', 'support', 'A customer\'s careers-page widget, using a valid public key, requested a confidential posting by ID. The posting is a stealth hire that is not listed publicly, and the customer does not want the public to know it exists at all. What should the widget get back?', R404H),
  w('404', 'api', 'A recruiter deleted an application by mistake. Deleted applications sit in a trash bin for 30 days and can be restored by an admin during that window. What should GET /applications/{id} return while it is in the trash?', R404U),
  w('404', 'sre', 'posting pulled by hiring mgr pending legal review, might come back might not, nobody knows yet. colleague wants 410 for seo reasons. what do we send back', R404U),
  w('404', 'nonnative', 'Candidate profile is soft-deleted after GDPR erasure request, but there is 30 days cooling period where the candidate can still cancel the erasure. Is not sure yet it will be removed forever. Which code for GET on the profile?', R404U),

  // ---------- 410 ----------
  w('410', 'api', 'Policy for expired job postings: once a posting passes its close date it is archived permanently and its URL will never serve again (reposts always get a new ID). Search crawlers keep requesting the old URLs. Which status best communicates this?', R410),
  w('410', 'sre', 'candidate gdpr-erased, hard delete done, irreversible, we only keep a tombstone of the id. recruiter w/ full access hits /candidates/{id}. code pls', R410),
  w('410', 'support', 'A customer closed their "Summer Interns 2022" posting and permanently deleted it; it will not be reopened. They want Google to drop links to it as quickly as possible. What status should that page return now?', R410),
  w('410', 'security', 'pen test flagged that a permanently deleted job posting returns 410 and called it info leakage. the posting was public for months before we removed it on purpose, and it is never coming back. should we change it to 404 or keep it', R410),
  w('410', 'nonnative', 'By our rule, when candidate withdraw his application, the application is deleted forever, it cannot be restored. But old link in the confirmation email still get clicked. Which code we should give?', R410),
  w('410', 'sre', 'job posting hard deleted on purpose, permanent, wont ever be restored. teammate says 404 b/c "deleted = not found". isnt there something better', R410),

  // ---------- knowledge ----------
  k('sre', 'what header has to ride along w/ a 401', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('api', 'Is a 404 response cacheable when the origin sends no explicit Cache-Control or Expires?', /heuristic/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('nonnative', 'After the API give 403 to the recruiter, it helps if she login again with same account? What RFC say about re-authenticate?', /(same|new|different|other) credentials|SHOULD NOT (automatically )?repeat|(not|n't|no) help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY with new or different credentials'),
  k('support', 'A customer keeps quoting RFC 7231 at us. Which RFC is the current one for HTTP status code semantics?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('sre', 'rfc 6750 error value for an expired bearer token, whats the string', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed tokens'),
  k('api', 'Under RFC 6750, which HTTP status accompanies the insufficient_scope error?', /403/, 'RFC 6750 §3.1: insufficient_scope SHOULD be 403 Forbidden'),
  k('security', 'rfc 6750 invalid_request - what status is that supposed to go with', /400/, 'RFC 6750 §3.1: invalid_request SHOULD be 400 Bad Request'),
  k('api', 'If we return 410 for a permanently removed posting, how long are we obliged to keep returning 410 rather than 404?', /discretion|any length of time|no (fixed|set|required|specific|mandated|minimum|particular) (time|duration|period|length)|not (required|necessary|obliged)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the "gone" mark for any length of time; that is left to the server owner\'s discretion'),
  k('security', 'when does the rfc allow a 404 in place of a 403', /hid(e|ing)|conceal|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond with 404'),
  k('sre', 'is a 410 cacheable by default or do we need headers for that', /heuristic/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable'),
  k('api', 'If we are not sure whether a removed resource is permanently gone, which status does RFC 9110 say ought to be used instead of 410?', /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead'),
  k('nonnative', 'When the proxy in front of ATS want credentials (not the server itself), which status code it send, not the 401?', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is the proxy counterpart of 401'),
  k('security', 'For a bearer-protected endpoint, if the request has no authentication info at all, should the WWW-Authenticate challenge include an error code?', /SHOULD NOT|should(n't| not) include|omit|leave (it )?out|no error (code|attribute|value)|without (an |any )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('support', 'The customer sent credentials and still got a 401. What does a 401 mean when the request already included credentials?', /refused|rejected|not accepted|invalid|insufficient/i, 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates authorization has been refused for those credentials'),
  k('security', 'whats the intended purpose of 410 according to the rfc, beyond just "its deleted"', /remov\w*.{0,40}links?|links?.{0,40}remov|web maintenance/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by notifying that the server owners desire remote links to the resource be removed'),
];

export const UNSEEN74_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
