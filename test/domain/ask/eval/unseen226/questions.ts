import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 226, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an e-learning marketplace for video courses (instructors, students, refunds, unpublished courses, coupon links, affiliate API). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing or refused); the server MUST send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1 invalid_token: access token expired, revoked, malformed or otherwise invalid -> 401 (RFC 9110 §15.5.2)';
const R403 = 'RFC 9110 §15.5.4: server understood the request but refuses it; credentials (if any) are insufficient and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1 insufficient_scope: token valid but lacks the required scope -> 403 (RFC 9110 §15.5.4)';
const R404 = 'RFC 9110 §15.5.5: origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server wishing to hide the existence of a forbidden resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: target resource intentionally no longer available at the origin and the condition is likely permanent';

const CACHEABLE = /(?<!not |n't |never )(heuristically cacheable|cacheable by default|cached by default|cacheable heuristically)/i;

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'affiliate partner hitting GET /v1/affiliate/earnings w/o any Authorization header at all. endpoint def exists and its in the public docs. what do we send back', R401),
  w('401', 'api', 'A student bought the course and is fully enrolled, but the access token their player sends with the lecture stream request expired two hours ago (exp is in the past; signature otherwise fine). A teammate argues for 403 because the student "does own the course". What should the streaming endpoint return?', R401T),
  w('401', 'support', "An instructor changed her password this morning, which revoked all her old sessions. Her mobile app keeps trying to upload a new lecture with the old revoked token and the upload fails. My dev lead says it should be 403 because she's the course owner. Is that right, or should it be a different code?", R401T),
  w('401', 'security', 'pen test finding: tester forged a JWT (signature doesnt verify against any of our keys) and called the documented POST /refunds/{id}/approve endpoint. we currently return 403. the endpoint itself is public in our API docs. whats the correct status for the forged token', R401T),
  w('401', 'nonnative', 'Our affiliate partner is calling the API with the API key which we rotated and revoked yesterday, so the key is not valid anymore. Partner say they have permission for the reports so we should give 403? Which code is correct for this case please', R401),
  w('401', 'sre', 'instructor payouts api, caller sends basic auth w/ wrong password. acct exists, nothing secret about the endpoint. code pls', R401),
  w('401', 'support', "A learner clicked a valid coupon link for a published course, but they're logged out, so the redemption request reaches us with no session cookie and no token. Redeeming requires an account. The coupon and the course are both fine. What response should the redeem endpoint give?", R401),
  w('401', 'api', "Our affiliate API only accepts Bearer tokens minted by our own authorization server. A partner is sending a token issued by an unrelated identity provider, which we cannot validate at all. The Authorization header itself is well-formed, so this is not a malformed request. Which status fits?", R401T),
  w('401', 'nonnative', 'After the student clear the browser cookies, the session cookie is not sent anymore, and the request to GET /me/purchases come without any credentials. The student have many purchases. What status we must return, 404 because there is no user?', R401),

  // ---- 403 ----
  w('403', 'sre', 'logged in student, valid session, requests lecture 7 video of a course they never bought. course is published w/ a public landing page so nobody is hiding that it exists. what do we return', R403),
  w('403', 'api', 'An affiliate\'s OAuth access token is valid and unexpired but was issued with only the `links:read` scope. They call GET /v1/affiliate/payouts, which requires `payouts:read`. The endpoint is publicly documented. Which response is correct?', R403S),
  w('403', 'support', "An instructor (logged in fine) is trying to edit the curriculum of another instructor's course. It's a public, published course anyone can see in the catalog, and she isn't listed as a co-instructor. What error should she get?", R403),
  w('403', 'security', 'authenticated student calls our admin refund approval endpoint. the admin api is documented publicly and we dont care if people know it exists. token valid, role = student. reviewer asks if 404 would be safer but there is nothing to hide here. which status', R403),
  w('403', 'nonnative', 'Instructor account is suspended for policy violation. He can login normally, credentials are correct, but when he call the payout withdrawal endpoint we refuse it. Login again will not change anything. Which status code should be used?', R403),
  w('403', 'sre', 'affiliate api key is valid and active but the request comes from an ip thats not on the partners allowlist. endpoint is public knowledge. what should the gateway send back', R403),
  w('403', 'api', 'Suppose a signed-in student attempts to post a review on a course in which they are not enrolled. The course is publicly listed and the student has a valid, current session; reviews are restricted to enrolled students. How should the review endpoint respond?', R403),
  w('403', 'support', "The customer is a teaching assistant on a course. Their role lets them answer Q&A, but they tried to delete the whole course and got an error. They're logged in properly and the course is public. One of our engineers wants to return 401 so they'll 'log in as the owner'. What's the right status?", R403),
  w('403', 'security', 'token checks out (valid sig, not expired, not revoked) and carries scope courses:read only. caller hits POST /v1/courses which needs courses:write. the courses api is public. what status for this', R403S),
  w('403', 'nonnative', 'Student is enrolled in the course and logged in, but the instructor disabled downloads for the video files. Student try to call the download endpoint for a lecture file. The course and the lecture is visible for him, no secret. Which code we answer?', R403),

  // ---- 404 ----
  w('404', 'sre', 'GET /courses/intro-to-kuberentes (typo, real slug is kubernetes). no course w/ that slug ever existed. what do we send back', R404),
  w('404', 'api', "An affiliate calls GET /v1/coupons/SPRING-XYZ for a coupon code that has never been created by anyone on the platform. The affiliate's credentials are valid. Which status is appropriate?", R404),
  w('404', 'security', "A logged-in student (valid session) guessed the URL of an instructor's unpublished draft course. Policy: drafts must not be revealed to anyone except their instructors. Someone on the team suggests 403 since the student is authenticated but not allowed. What should we return?", R404H),
  w('404', 'security', 'enumeration concern: instructor A (valid token) is probing /v1/coupons/{code} to discover instructor B\'s private coupon codes. private coupons must not be disclosed to other instructors, not even whether they exist. what status for a code that exists but belongs to B', R404H),
  w('404', 'support', "An instructor unpublished her course for a few weeks while she re-records some sections, and she says she'll probably publish it again. A non-enrolled visitor opens the old course URL. Should that be 410 since it's gone, or something else?", R404U),
  w('404', 'sre', 'course pulled pending a moderation review, outcome unknown, might be reinstated next week or might not. what status on the public course page while its pulled', R404U),
  w('404', 'nonnative', 'Instructor deleted one lecture, but it go to trash for 30 days and he can restore it anytime. Student open the lecture link. Which status is right? My colleague want 410 because it is deleted.', R404U),
  w('404', 'api', "Students can book private 1:1 coaching sessions, and each session has a recording URL. Another authenticated student requests a recording that belongs to someone else. Our privacy requirement is that students must not be able to learn whether other students' sessions exist. What status should we return?", R404H),
  w('404', 'support', 'Customer emailed about refund request #RF-88213 but there is no refund with that ID in our system and there never was; looks like they mistyped it. When they call the refund status API with that ID, what should they get back?', R404),
  w('404', 'security', 'we have /internal/refund-overrides which only finance admins use. non-admins are not supposed to even know it exists. an authenticated student account hit it during a pentest, current response is 403 and the pentester flagged it as info disclosure. what should it be', R404H),

  // ---- 410 ----
  w('410', 'sre', 'instructor retired the course for good, we hard deleted it, its never coming back. want crawlers to drop the old url fast. what status on the old course page', R410),
  w('410', 'api', 'We intentionally and permanently removed version 1 of the affiliate API; the /v1/affiliate/* routes will never come back. Clients still calling them should receive which status?', R410),
  w('410', 'support', "The Summer 2022 launch coupon link was deliberately and permanently deactivated. The campaign is over and that code will never work again, but customers still click the old link from emails. What should the coupon link respond with?", R410),
  w('410', 'nonnative', 'Instructor close his account and by his request we purged all his courses permanently, it is final and cannot be restored. The course landing pages was public before. What code to return for these old landing page urls?', R410),
  w('410', 'security', 'course was permanently removed after a plagiarism finding, decision final, no appeal. it was public before so theres no existence to hide. colleague suggests 403. which code is appropriate', R410),
  w('410', 'sre', 'old webinar landing page /webinars/launch-2019 intentionally taken down forever, no redirect target. code pls', R410),

  // ---- knowledge ----
  k('nonnative', 'If server give 403 to the client, does it help when client authenticate again with the same credentials and send the request again?', /(should not|shouldn'?t|must not|not) (automatically )?(repeat|retry|resend)|(won'?t|will not|doesn'?t|does not|wouldn'?t|would not|not going to) help|(no|any) (point|use) (in )?(re-?auth|retry|repeat)/i, 'RFC 9110 §15.5.4: credentials were considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('support', 'which RFC is the current one for HTTP status codes? the docs our team links to still cite RFC 7231', /9110/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235'),
  k('security', 'per RFC 6750, what error code goes in the WWW-Authenticate challenge when the bearer token is expired or revoked', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked, malformed or invalid tokens (401)'),
  k('sre', 'insufficient_scope from rfc 6750 -> which http status', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be 403 Forbidden'),
  k('api', 'In RFC 6750, what HTTP status accompanies the invalid_request error, for example a missing required parameter or an access token sent by more than one method?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be 400 Bad Request'),
  k('support', 'Once we start returning 410 for a deleted course, how long are we required to keep returning 410 for that URL?', /discretion|any (particular |specific |set )?length of time|(not|no) (need|required|requirement|necessary|obligat)|up to (the )?(server|owner|operator|site|you)|no (fixed|required|set|mandated|minimum|specific) (duration|period|time|length)/i, 'RFC 9110 §15.5.11: not necessary to keep the mark for any length of time; left to the discretion of the server owner'),
  k('sre', '410 cacheable by default or do we need cache-control on it for cdn to keep it', CACHEABLE, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('api', 'When a request to a Bearer-protected endpoint carries no authentication information at all, should the WWW-Authenticate challenge include an error code such as invalid_token?', /(should not|shouldn'?t|must not|not|no need to|never) (include|send|add)|no error (code|attribute|information|info|param)|omit|leave (it )?out|without (an |any )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('nonnative', 'A 404 response, does it tell the client if the missing of the resource is temporary or permanent?', /(does not|doesn'?t|not|no|never|cannot|can'?t) (indicate|say|tell|specify|signal|imply|distinguish|convey|communicate)|no (indication|guarantee|information)|neither/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('sre', 'what scheme name goes in WWW-Authenticate for oauth access tokens on our affiliate api', /\bBearer\b/i, 'RFC 6750 §3: the challenge uses the "Bearer" auth-scheme'),
  k('api', 'Which status code is the proxy counterpart of 401, used when a proxy requires the client to authenticate itself?', /\b407\b/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is similar to 401 but for proxies'),
  k('support', "What does a 410 tell people who link to the page, compared with a plain 404? Our SEO team wants to know why we'd bother.", /links?\b.{0,40}\b(remov|delet|drop|clean|purg|updat)|(remov|delet|drop|clean|purg)\w*\b.{0,40}\blinks?|delist|de-?index/i, 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and that the owners want remote links to it removed'),
];

export const UNSEEN226_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
