import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 168, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a university learning-management system (students, TAs, instructors, courses, submissions, archived terms, SSO). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (missing, wrong or no longer accepted); the server must send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or failing verification) → 401';
const R403 = 'RFC 9110 §15.5.4: the server knows who the caller is and refuses; re-authenticating will not help, and nothing needs hiding';
const R403S = 'RFC 6750 §3.1: insufficient_scope (the token is valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin found no current representation for the target resource (it never existed)';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wants to hide the existence of a forbidden resource may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: removed, but not known to be permanent → 404, not 410';
const R410 = 'RFC 9110 §15.5.11: access was intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // 401 × 9
  w('401', 'sre', "student hitting GET /api/courses/cs101/grades w/ an sso access token that expired 20 min ago, enrollment is fine, course is live. what do we send back", R401T),
  w('401', 'api', "Our LTI 1.3 integration calls the LMS roster service with a bearer token. When an instructor disconnects the tool, we revoke that token server-side. If the tool keeps calling with the revoked token afterwards, what status should the roster endpoint return? The tool's registration itself still exists and would otherwise have the right scopes.", R401T),
  w('401', 'support', "A TA says she gets an error on the submissions page since IT reset her password this morning. Her browser is still sending the old session token, which the reset invalidated. My colleague thinks we should show 403 because she's a TA and should have access anyway. What code is correct here?", R401),
  w('401', 'nonnative', "the mobile app is sending request for download lecture slides without any Authorization header, the slides is only for logged in students. which code server must to return?", R401),
  w('401', 'security', "Pen-test finding: the tester took a student JWT, edited the role claim to 'instructor' and re-sent it, so the signature no longer verifies. A dev wants to return 403 since it's a privilege escalation attempt. I think the token is simply invalid. Which status is right?", R401T),
  w('401', 'sre', "gradebook api still getting tokens minted by the old idp we decommissioned last week, we dont trust that issuer anymore so the token fails validation. users are real students tho. code pls", R401),
  w('401', 'api', "The legacy grade-export endpoint still accepts HTTP Basic auth. If an instructor's script sends a wrong password, which status should come back? The instructor does own the course whose grades are being exported.", R401),
  w('401', 'nonnative', "student want to see her old course in the archived term, course exist and she was enrolled, but the request arrive without any token because her cookies was cleared. is it 403 or 404 or something other?", R401),
  w('401', 'sre', "plagiarism checker svc calling our submissions api w/ the api key we rotated yesterday, old key no longer valid. integration itself is authorized for those courses. what status", R401),

  // 403 × 10
  w('403', 'sre', "student w/ valid token trying to PATCH the grade on their own submission. they can see the submission fine, only instructors can change grades. what do we return", R403),
  w('403', 'api', "A TA with a valid session sends DELETE /courses/{id} for a course they are on staff for. They can view the course, but only instructors may delete courses, and there is no reason to hide that the course exists. Which status code is appropriate?", R403),
  w('403', 'support', "An instructor is trying to edit grades in a course from the Fall 2022 term, which has been archived. Archived terms are read-only but fully visible to the instructor, and the course is not deleted. A coworker says we should send 410 because the term is archived. What should the API actually answer?", R403),
  w('403', 'security', "The /courses/{id}/grades collection is publicly documented in our API. A partner's OAuth token is valid and correctly signed, but it only carries grades:read and they attempted a write that requires grades:write. Nothing here needs to be hidden. What status, and why?", R403S),
  w('403', 'nonnative', "student is logged in and enrolled, he try to open the question bank of his own course. he know the question bank exist because it show in the menu for everyone, but only instructor role can open it. what code we give him?", R403),
  w('403', 'sre', "lti svc acct authenticates fine, creds valid, but its new egress ip isnt on our ip allowlist so we refuse it. endpoint is public knowledge. 401 or 403", R403),
  w('403', 'api', "A student authenticates successfully through SSO, but the academic integrity office has suspended their access to one specific course pending a hearing. The student knows the course exists, since they were enrolled in it. When they request the course page, what should the LMS send back? Logging in again won't change anything.", R403),
  w('403', 'support', "Customer is an auditing student (audit enrollment, logged in fine). The quiz answer key link shows up greyed out for everyone in the course, so its existence isn't a secret, but auditors aren't allowed to open it. They currently get a 404 — what should it be?", R403),
  w('403', 'security', "Finding from the review: a TA requesting the course's instructor settings page gets a 404. That page is listed in the nav for every course member and documented publicly, so there's nothing to hide; the TA just doesn't hold the instructor role. Someone wants to keep the 404 'for safety'. What's the correct status?", R403),
  w('403', 'nonnative', "teacher is login correctly and try to export roster of a course from other department. The course catalog is public so everybody know this course is exist, but he is not teacher of that course. Which status code I should put?", R403),

  // 404 × 10 (never existed ×3, hidden existence ×4, removal not known permanent ×3)
  w('404', 'sre', "instructor w/ valid token GETs /courses/CS999-F24, that course code was never created, just a typo. someone said 403 since hes not on the course. what do we send", R404),
  w('404', 'api', "Submission IDs are allocated sequentially. A client requests /submissions/98765432, which is above the highest ID we have ever issued, so no such submission has ever existed. The caller is authenticated as an instructor. What status should we return?", R404),
  w('404', 'nonnative', "student click the link of assignment but the id in the url is wrong, this assignment never exist in any course. he is logged in normally. what i should return for this case?", R404),
  w('404', 'security', "Student A, authenticated, requests /submissions/{id} belonging to Student B in the same course. Our privacy policy says we must not reveal to a student whether another student's submission exists. I know 403 is the 'honest' answer conceptually — which status should we actually send?", R404H),
  w('404', 'support', "A student tried to open an instructor's unpublished sandbox course by guessing the URL. The course does exist, but our rule is that unpublished courses must not be revealed to students at all. The student is logged in. What should they receive?", R404H),
  w('404', 'security', "pen-test shows /users/{netid} lets any logged-in student confirm whether a given netid is enrolled at the university (FERPA problem). other students' profiles must be neither confirmed nor denied to students. what should the endpoint return to a student asking about someone else", R404H),
  w('404', 'sre', "ta from section 1, valid token, hitting the accommodations record of a student in section 2. the fact that a student even has accommodations is confidential to non-assigned staff. 403 leaks it right? what code", R404H),
  w('404', 'api', "When an instructor deletes an assignment, it goes to a trash bin for 30 days and can be restored at any point in that window. During that time, what status should a GET on the assignment return? One proposal on the table is 410 Gone.", R404U),
  w('404', 'support', "The registrar pulled a course out of the catalog pending a curriculum review. It might come back next semester or it might not — nobody knows yet. Students following old links are calling us. What code should those links return?", R404U),
  w('404', 'nonnative', "a file was deleted from course materials by the teacher, but system don't know if the teacher will upload it again or not. my colleague say 410 Gone. is he right or what we return?", R404U),

  // 410 × 6
  w('410', 'sre', "spring 2016 term got purged under the 7yr retention policy, hard deleted, never coming back, we want old links and bookmarks dropped. request comes in w/ valid token. what status", R410),
  w('410', 'api', "We intentionally and permanently decommissioned the v1 /submissions endpoint after a year-long deprecation; it will never be restored. Clients with valid credentials still call it. What status best communicates that?", R410),
  w('410', 'support', "A former student filed an erasure request, and we permanently and irreversibly deleted her submissions. She is now clicking her old submission link while logged in. Nothing needs to be hidden from her, they were her own. What should she see?", R410),
  w('410', 'security', "The old forum module was shut down for good and all its data destroyed on purpose. Forum thread URLs were public course pages, so there's no confidentiality concern. We want crawlers and external sites to drop those links. Which status?", R410),
  w('410', 'nonnative', "the course was deleted and after 30 days the trash was emptied, so it is hard delete and can never restore. student with valid login still open the old url. which code is correct for this?", R410),
  w('410', 'api', "The university permanently discontinued a course, and its public syllabus page was removed deliberately; we know it won't return, and we'd like other sites to remove their links to it. A colleague suggests a plain 404. What's the more precise status?", R410),

  // knowledge × 15
  k('sre', "what header HAS to be on a 401 response again", /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header field with at least one challenge'),
  k('api', "Is a 404 response cacheable by default when we set no Cache-Control or Expires headers, or do caches need explicit freshness information for it?", /heuristic|(?<!not |n't |never )cacheable by default/i, 'RFC 9110 §15.5.5: a 404 is heuristically cacheable by default'),
  k('nonnative', "if the server give 403 to my request, will it help if I log in again with the same account?", /(won'?t|will not|doesn'?t|does not|not going to|unlikely to|not)\s+(help|change|fix|make a difference)|should(n'?t| not) (automatically )?(repeat|retry|resend)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; re-authenticating will not help'),
  k('api', "Which RFC currently defines the semantics of 401, 403, 404 and 410? Our docs still cite RFC 7231 and RFC 7235.", /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235'),
  k('security', "Per RFC 6750, what error code goes in the WWW-Authenticate Bearer challenge when an access token has expired, and what status accompanies it?", /invalid_token/i, 'RFC 6750 §3.1: invalid_token, with 401'),
  k('sre', "rfc 6750 insufficient_scope, which status goes with that", /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('api', "Under RFC 6750, if a request to a protected resource has a malformed Authorization header, or sends the access token by more than one method, which status code should the resource server return?", /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('support', "Once we start returning 410 for a deleted course, how long are we required to keep returning 410 rather than 404?", /discretion|\bno\s+(fixed|set|required|minimum|specific|mandated|particular)\b|no requirement|not\s+(required|necessary|obligated|mandated)|any length of time|up to (you|the (server|site|origin|owner))/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; that is left to the server owner'),
  k('security', "Under what condition does RFC 9110 allow a server to answer 404 in place of 403?", /hid(e|ing)|conceal|reveal|disclos|leak/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target resource MAY respond with 404'),
  k('support', "If a course page was removed and we honestly can't say whether it's gone for good, should we send 404 or 410?", /\b404\b/, 'RFC 9110 §15.5.11: if the origin does not know whether the condition is permanent, 404 ought to be used'),
  k('sre', "whats the proxy version of 401 and which header does it use", /\b407\b|proxy-authenticate/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate'),
  k('security', "RFC 6750 question: if the client sent no credentials at all (no token), should the Bearer challenge still include an error code such as invalid_token?", /(should(n'?t| not)|must(n'?t| not)|not|omit|leave out|without|no)\s+(\w+\s+){0,4}(include|send|contain|an? error|error)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('api', "Is a 403 heuristically cacheable the way 404 and 410 are, or does it need explicit freshness information to be stored by a cache?", /(needs?|requires?|requiring|\bwith|only (with|if|when)|must (have|carry))\s+(\w+\s+){0,2}explicit|(not|isn'?t|n'?t)\s+(\w+\s+){0,3}heuristically/i, 'RFC 9110 §15.1: 403 is not in the heuristically cacheable list; it needs explicit freshness information'),
  k('support', "A customer asked what 410 Gone actually means compared with 404. What's the key difference in plain terms?", /permanent|intentional|deliberate/i, 'RFC 9110 §15.5.11: 410 means the resource was intentionally removed and the condition is likely permanent'),
  k('nonnative', "the 404 code, does it tell to the client if the missing is temporary or permanent?", /(doesn'?t|does not|not|no|neither)\b.{0,60}(indicat|say|tell|specif|distinguish|differentiat)|could be (either|temporary|permanent)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the condition is temporary or permanent'),
];

export const UNSEEN168_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
