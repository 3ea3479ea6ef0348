import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 253, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a university learning platform (courses, grades, students, TAs, withdrawn students, archived course pages, unreleased exam papers) with many non-native English speakers and support staff. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing, wrong, expired); the response carries WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request but refuses it; the caller is known and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource was intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "student app jwt expired at 00:00, kid is still hitting GET /courses/cs101/grades w/ the old token. priya wants 403 b/c 'no access' but the student is enrolled, token just timed out. what do we send back", R401T),
  w('401', 'nonnative', 'A TA is opening the gradebook page but the request come without any Authorization header, the session cookie was lost after browser update. Normally he has full permission on this course. Which status code we must return in this case?', R401),
  w('401', 'support', 'Customer (a student) reset her password this morning and we revoked all of her old sessions. Her laptop still sends the old, revoked session token when it loads the assignments page. What should the platform respond with so her client knows she has to sign in again?', R401),
  w('401', 'security', 'Pen-test finding LMS-14: the exam submission endpoint returns 403 when the JWT signature fails verification (the tester re-signed the token with their own key). The tester says the status is wrong. Assuming the signature really does not verify, what status is correct?', R401T),
  w('401', 'api', "Our resource server introspects every bearer token. When a TA's contract ends, HR revokes the token and introspection returns active: false. If that revoked token is then presented to GET /sections/12/roster, what should the roster API return? The TA role itself is irrelevant here; the token simply is not valid anymore.", R401T),
  w('401', 'sre', 'grade sync svc from the LTI tool is calling us w/ the api key we rotated last night, old key isnt valid on our side anymore. not a perms thing. code pls', R401),
  w('401', 'nonnative', 'Student is withdrawn from university and his account was deactivated, so our auth server not accept his login token anymore (verification is fail). He still try to open course page from an old browser tab. What code the server should give him?', R401),
  w('401', 'api', 'A client calls POST /api/submissions with an Authorization: Basic header, but the username/password pair is wrong. The endpoint itself is publicly documented. Which status code is appropriate?', R401),
  w('401', 'support', 'A professor was typing grades for an hour and her SSO session timed out in the meantime. When she clicks Save, the request reaches the API with no valid session at all. She is definitely allowed to grade this course. What response code lets the frontend send her back to the login screen?', R401),

  // ---- 403 ----
  w('403', 'sre', 'student w/ valid token POSTs to /courses/math201/grades to change his own mark. only TAs + instructors can write grades. course obviously exists, student is enrolled, nothing to hide. what do we return', R403),
  w('403', 'api', 'A TA assigned to section A of CHEM110 tries to edit grades in section B of the same course. Her token is valid, section B is listed on the course page she can see, and we have no requirement to conceal it. Policy simply does not allow cross-section edits. What is the right response?', R403),
  w('403', 'nonnative', "Student withdraw from the course last week. He can still login normally (his token is valid) but when he open the course materials we don't allow him anymore. The course is in public catalog, so it is not secret that it exist. Which code is correct, 401 or something else?", R403),
  w('403', 'security', 'token has scope courses:read only and the caller does PUT /grades/123 which needs grades:write. token is otherwise fine, not expired, not revoked. a dev on my team wants 401 + invalid_token. which status (and bearer error) should we actually use', R403S),
  w('403', 'support', 'An enrolled, logged-in student is trying to download the final exam paper for BIO150. The exam is listed on the syllabus with its date, so everyone knows it exists and we do not want to pretend it is missing, but the paper is not released to students until the exam starts. What should the server answer when she requests it now?', R403),
  w('403', 'sre', 'proctoring api is only allowed from the campus ip range. authenticated student calling from home ip gets blocked. logging in again wont change anything. which code', R403),
  w('403', 'api', 'After the term ends, archived course pages are restricted to instructors. A former student, authenticated with a valid session, opens the archived page for ECON101, the same page that is listed in her own course history, so its existence is no secret. What should the response be?', R403),
  w('403', 'nonnative', 'Our TA is login correct with his SSO, but he try to open /admin/users which is only for platform admins. He already logout and login again and is still blocked. My colleague think it is 401. What is the right code?', R403),
  w('403', 'support', 'One of our helpdesk agents has a support-staff account that can view tickets but not student grades. When she calls the grades endpoint with her (valid) credentials, what status should she get? The grades endpoint is documented internally, so there is no need to hide it from her.', R403),
  w('403', 'security', 'authenticated student has an active academic-integrity hold: all assignment uploads are blocked until the hold is cleared. the student already knows the assignment exists (its on the course page). someone suggested 401 to force a re-login, but re-login changes nothing. correct code?', R403),

  // ---- 404 ----
  w('404', 'sre', 'someone is hitting GET /courses/cs9999, there has never been a course with that code in the catalog, looks like a typo in a bookmark. what do we send back', R404),
  w('404', 'nonnative', 'Student request /assignments/55555 but this assignment id was never created in our system, never. My colleague want to return 410. Which code is correct?', R404),
  w('404', 'api', 'The registrar service (fully authorized, all scopes) requests GET /api/v2/students/9900123/transcript, but no student was ever assigned that ID. What status should the transcript endpoint return?', R404),
  w('404', 'security', 'student A is logged in and iterating /students/{id}/grades over other students ids. policy: we must not confirm whether a given student id exists to anyone but staff. what should A get for ids that do exist but arent theirs', R404H),
  w('404', 'security', 'Unreleased exam papers live at /exams/{id}/paper. Before release, students have been enumerating IDs to work out which exams exist, and leaking that existence is itself the problem. What should a logged-in student get for an unreleased paper ID?', R404H),
  w('404', 'support', 'A logged-in student pasted a link to a private graduate seminar from another department. Our rule is that courses you are not enrolled in must behave as if they do not exist at all. What code should the platform return for that link?', R404H),
  w('404', 'api', 'Disciplinary case records must not even be acknowledged to users without the registrar role. An authenticated TA requests /cases/8812, which does exist. What status should be returned?', R404H),
  w('404', 'api', "An archived course page from last term was removed from the platform. The registrar says it might be restored if the course is offered again, but nobody knows yet. A colleague says 410 since it's 'gone'. What status should requests for it get?", R404U),
  w('404', 'sre', 'instructor deleted a lecture video, it sits in the trash for 30 days and can be restored. no idea if it comes back or not. code pls for GET /videos/abc', R404U),
  w('404', 'nonnative', 'The forum thread in a course was deleted by moderator, but we are not sure if it is permanently, maybe it will be restore after the review. What status we should reply for the old thread URL?', R404U),

  // ---- 410 ----
  w('410', 'api', 'Under our retention policy, all Spring 2019 course pages were deliberately and permanently purged; those URLs will never be reused or restored, and we are happy to say so publicly. What status should requests for them receive?', R410),
  w('410', 'sre', 'v1 grades api decommissioned for good, announced 6 months ago, code deleted, zero plans to bring it back. tom says just 404 it. what do we send back', R410),
  w('410', 'support', 'A withdrawn student had a public portfolio page on our platform. At her request we erased it permanently and it cannot be recovered. It was public, so there is nothing to hide about it having existed. What should visitors to the old URL get?', R410),
  w('410', 'nonnative', "The course 'Intro to Fortran' is discontinue forever, we removed the page on purpose and it will never come back. We want Google remove it from search quickly. Which status code is best?", R410),
  w('410', 'security', 'Legal made us destroy the 2015 exam paper archive permanently. The URLs were published openly on the department site years ago, so disclosing that they once existed is not an issue. What code should those URLs return now?', R410),
  w('410', 'api', "We took down the 'Summer School 2020' microsite intentionally and permanently; the path will not be reused for anything else. What is the appropriate status for requests to it?", R410),

  // ---- knowledge ----
  k('api', 'When our course API responds 401 to an unauthenticated request, which response header does the RFC require us to send along with it?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header with at least one challenge'),
  k('sre', 'can caches / the cdn store a 404 for /courses/xyz w/o any cache-control header, or is 404 never cacheable by default', /heuristic|can be cached|may be cached|is cacheable|are cacheable/i, 'RFC 9110 §15.5.5 / §15.1: 404 is heuristically cacheable unless indicated otherwise'),
  k('support', 'A student got a 403 on the grades page and wants to log out and back in to fix it. Does the RFC suggest that will help?', /(not|n'?t)\s+(\w+\s+){0,4}(help|change|fix|repeat|retry|go away)|insufficient|same credentials/i, 'RFC 9110 §15.5.4: credentials were deemed insufficient; the client should not automatically repeat the request with the same credentials'),
  k('nonnative', 'For our documentation, which RFC we should cite for the 401/403/404 definitions? RFC 7231 is still the current one?', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235'),
  k('api', 'In RFC 6750, which HTTP status code is paired with error="invalid_request"?', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('security', 'rfc 6750 insufficient_scope - what status code goes with it', /\b403\b|forbidden/i, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('sre', 'bearer token expired, what error value goes in the WWW-Authenticate Bearer challenge', /invalid_token/i, 'RFC 6750 §3.1: an expired token is reported as error="invalid_token" with 401'),
  k('nonnative', 'After we send 410 for old term course pages, how long we must keep sending the 410? Forever?', /discretion|any (particular )?length of time|not (necessary|required|obligated|mandatory)|no (requirement|obligation|fixed|mandated)|up to (you|the server|the owner|the site)|(your|owner'?s?) (choice|decision)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner'),
  k('security', 'Does RFC 9110 allow us to answer something other than 403 for an unreleased exam paper, so the student cannot tell it exists? If so, what?', /\b404\b|not found/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may respond 404 Not Found'),
  k('api', 'If a course page was deleted and we cannot determine whether the removal is permanent, which status does RFC 9110 say ought to be used instead of 410?', /\b404\b|not found/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', 'Is 403 reserved for requests that carried credentials, or may a server send 403 to a request that has no credentials at all?', /unrelated|not (only|just|necessarily|limited|reserved|restricted)|any (request|client)|regardless|even (without|if no|when no|for)|other than (the )?credentials/i, 'RFC 9110 §15.5.4: a request might be forbidden for reasons unrelated to the credentials'),
  k('nonnative', 'When the request already have a token and we still answer 401, what this 401 is telling the client according RFC 9110?', /refused|rejected|not (been )?accepted|invalid|not valid|failed/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials'),
  k('sre', 'rfc says clients w/ link editing should do what when they get a 410 for an old course url', /(remov|delet|drop|purg|updat|clean)\w*.{0,40}(link|reference|bookmark|uri|url)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI after user approval'),
  k('support', 'Does a 404 on an old course page tell the student whether the page is gone temporarily or for good?', /(does not|doesn'?t|doesnt|not|no|neither)\b.{0,40}(indicat|say|tell|specif|distinguish|signal)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', 'request to /grades arrives w/ no auth info at all. per rfc 6750 should the Bearer challenge include an error code like invalid_request', /(no|not|n'?t|without|omit\w*|leave out|skip)\b.{0,40}error|should not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
];

export const UNSEEN253_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
