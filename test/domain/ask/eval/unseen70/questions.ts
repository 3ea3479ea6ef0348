import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 70, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an online education / course platform (instructors, students, enrolments, paid courses, cohort forums, graded submissions, certificates, retired courses, an LTI partner integration with API keys, school-district tenants, parent accounts for minors, exam proctoring). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (missing, wrong, unknown) → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: invalid_token (expired, revoked, malformed, bad signature) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation found for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide a forbidden resource\'s existence may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 should be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the removal is likely permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ── 401: missing / expired / revoked / malformed / unknown credentials ─────────────────────
  w('401', 'sre', 'mobile app release dropped the auth header, students hitting post /v1/submissions w/ no token at all. what do we send back', R401),
  w('401', 'api', 'An instructor left the grading dashboard open overnight and their session expired at 2am. This morning it keeps calling GET /courses/88/gradebook with that expired session token. Which status should the API return so the client knows to sign in again?', R401T),
  w('401', 'support', 'A parent says the app keeps throwing them out. After their password reset yesterday we revoked every token on the account, but their old tablet is still sending the old access token. What code does the server answer those calls with?', R401T),
  w('401', 'security', 'The LTI partner rotated its API key last week and we revoked the old one. Their tool is still sending the revoked key on every grade passback. A colleague wants 403 because "we know exactly who it is". What is the correct status?', R401T),
  w('401', 'nonnative', 'Hello, the JWT from proctoring client fail the signature check, it look like it was cut in the middle when copying. Which status we give back please?', R401T),
  w('401', 'sre', 'api key in the x-api-key header doesnt match any key we ever issued, not in db, not in the revoked list either. code pls', R401),
  w('401', 'api', 'Our certificate admin endpoint accepts Basic auth. A request arrives with a real instructor email but the wrong password. We are not hiding anything on that endpoint. What status should it get?', R401),
  w('401', 'support', 'A student clicked "Download my certificate" from an old email on a shared library computer. That browser has no cookie and no token, nothing. The link is correct and the certificate is theirs. What should the server answer?', R401),
  w('401', 'nonnative', 'Our exam proctoring token live only 2 hours. Student start exam at 9:00, and at 11:30 the browser still send the same token for upload the answers. Server should return which code?', R401T),

  // ── 403: known caller refused (role, scope, plan, tenant, IP, policy) ───────────────────────
  w('403', 'sre', 'student acct, token valid, tries post /courses/12/grades. only instructors can grade. correct response', R403),
  w('403', 'api', 'The LTI token is valid but was issued with scope roster:read only. The partner calls PUT /lti/grades, which needs grades:write. Which status goes with that error?', R403S),
  w('403', 'support', 'A learner on the free plan opens lesson 4 of a paid course. They are logged in fine, and the course page is public and lists every lesson by name. What error code should the lesson endpoint return?', R403),
  w('403', 'security', 'A teacher from the Lincoln district tenant requests an analytics report for the Maple district. Both districts and their IDs are shown on our public directory, so there is nothing to hide. The teacher is authenticated. Correct response?', R403),
  w('403', 'nonnative', 'Our admin panel allow only office IP range. One admin with correct login and valid session try it from home wifi. Which code the server must send?', R403),
  w('403', 'sre', 'parent acct tries to edit the kids exam grade. parents are read only by policy, token is fine, parent is linked to the kid. what do we send back', R403),
  w('403', 'api', 'A student in cohort A opens the cohort B forum of the same course. Cohort B is listed on the course page, greyed out, so she knows it exists. Logging in again would change nothing. Which status?', R403),
  w('403', 'support', 'An instructor tries to delete a graded submission after the course closed. Policy forbids deleting graded work for everyone, no exceptions. He owns the course and is signed in. A colleague suggested 401 so he would "log in as admin". What should it be?', R403),
  w('403', 'security', 'Suspended student accounts: we do not revoke tokens on suspension, so the token still validates, but the account is flagged suspended and every call must be refused until the appeal is decided. 401 or 403?', R403),
  w('403', 'nonnative', 'User under 13 try to post in the public course forum. Our rule say under 13 need parent consent first, and he do not have consent yet. He is logged in ok. What status code?', R403),

  // ── 404: never existed / removal not known permanent / existence hidden ──────────────────────
  w('404', 'sre', 'get /courses/99999, no course w/ that id ever existed, checked db and the archive table. code pls', R404),
  w('404', 'api', 'A student guesses the URL of a private, invite-only course in another school district. The student has no way to know it exists and we do not want to confirm that it does. What status?', R404H),
  w('404', 'support', 'An instructor unpublished her course yesterday and told us she "might restore it next term, not sure yet". Students with bookmarked links are hitting it. What should the server return?', R404U),
  w('404', 'sre', 'cron purges proctoring recordings after 30d but legal hasnt decided if some get restored from backup. req for a purged recording, gone or not found', R404U),
  w('404', 'nonnative', 'Student type a wrong certificate number in the verify page, this number was never issued by us. Which code we return?', R404),
  w('404', 'security', 'An LTI partner key scoped to District A requests /districts/B/students/123. District B is a separate tenant and partners must never learn which student IDs exist there. Someone proposed 403. Your call?', R404H),
  w('404', 'api', 'The mobile app requests /courses/ml-101/lessons/17, but ml-101 only has 12 lessons and a lesson 17 was never created. The caller is enrolled. What does the API return?', R404),
  w('404', 'support', 'A parent asks about their child\'s quiz result, which got deleted by mistake in a bulk cleanup. Engineering is still trying to recover it. Meanwhile, what should the result page return?', R404U),
  w('404', 'security', 'Pen test finding: /admin/proctoring/flags/<id> with a normal student token gives 403 for real IDs and 404 for fake ones, so flag IDs can be enumerated. Flags must stay secret from students. What should real IDs return to students?', R404H),
  w('404', 'sre', 'moderator pulled a cohort forum thread, no decision yet if its a hard delete or just hidden, might come back. someone requests it, 404 or 410', R404U),

  // ── 410: intentionally removed and known permanent ──────────────────────────────────────────
  w('410', 'sre', 'course intro to flash retired for good, content deleted on purpose, zero plans to bring it back. old links still get traffic. code pls', R410),
  w('410', 'api', 'We deliberately shut down the v1 LTI grade passback endpoint last month. It will never come back and partners were told to move to v2. What should calls to v1 receive?', R410),
  w('410', 'support', 'A student asks for the 2019 cohort forum. Policy says cohort forums are permanently deleted three years after the cohort ends; that happened in 2022 and no backups were kept. Which status do we send?', R410),
  w('410', 'nonnative', 'Instructor ask us remove his course forever, he write "please delete, never bring back", and we delete it on purpose. Now the old student links should give what code?', R410),
  w('410', 'api', 'The Summer Bootcamp 2021 landing page was taken down on purpose when the program ended. Marketing confirmed it is permanently retired. Not a secret, just over. What status should that URL return?', R410),
  w('410', 'sre', 'pdf transcript export feature killed intentionally, product says final, route wont be coming back. clients still call /transcripts/export. what do we send back', R410),

  // ── knowledge ───────────────────────────────────────────────────────────────────────────────
  k('api', 'Which RFC is the current definition of HTTP status codes like 401, 403, 404 and 410? Our wiki still links to RFC 7231.', /9110/, 'RFC 9110 §15 obsoletes RFC 7231 and defines the status codes'),
  k('sre', 'which response header has to go out w/ every 401 we send', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('sre', 'is a 404 cacheable by default or do we need explicit cache headers for the missing course pages', /heuristic|(?<!not |n't )cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless indicated otherwise'),
  k('support', 'We return 410 for retired courses. Do we have to keep answering 410 for those URLs forever, or can we stop at some point?', /not (required|necessary|obliged|mandatory)|no (requirement|obligation)|discretion|up to (us|you|the (server|site) owner)/i, 'RFC 9110 §15.5.11: marking resources gone, and for how long, is left to the server owner\'s discretion'),
  k('nonnative', 'Status 401 have the name "Unauthorized" but my lead say it is really about something else. What 401 mean actually?', /authenticat/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  k('security', 'Under what condition does RFC 9110 allow answering 404 where 403 would otherwise apply?', /hid(e|ing)|conceal|disclos|reveal|existence/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden resource may answer 404'),
  k('api', 'We retired 300 course pages permanently. For getting them dropped from search engines, is 410 or 404 the better signal?', /410/, 'RFC 9110 §15.5.11: 410 tells recipients the removal is intentional and that links to it should be removed'),
  k('nonnative', 'What is exactly a WWW-Authenticate challenge? The LTI partner developer ask me and I can not explain.', /scheme|realm|how (to|the client (should|can|must)) authenticat/i, 'RFC 9110 §11.6.1/§11.3: a challenge names an auth scheme and its parameters (e.g. realm) telling the client how to authenticate'),
  k('security', 'Under RFC 6750, when a bearer token is valid but lacks the scope a grading endpoint needs, which error code goes in the challenge and with which status?', /insufficient_scope[\s\S]*403|403[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope with 403'),
  k('api', 'A request to the roster API arrives with no Authorization header at all. Should our Bearer challenge in the 401 carry error="invalid_token"?', /no error|without (an? )?error|(should|must) not|shouldn't|omit|leave (it|the error) out|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server should not include an error code'),
  k('support', 'If we send a student a 403, does that mean they should try logging in again?', /(won't|will not|not|doesn't|does not|no)\b[^.]{0,60}(help|re-?authenticat|log|sign|credential)/i, 'RFC 9110 §15.5.4: with 403, re-authenticating will not help'),
  k('api', 'The proctoring client sends an Authorization header that is syntactically broken (a required parameter missing). Per RFC 6750, is that a 401 or something else?', /400|invalid_request/i, 'RFC 6750 §3.1: invalid_request (malformed request) → 400'),
  k('sre', 'rejecting an expired bearer token on the lti api, what error value goes in the www-authenticate header', /invalid_token/i, 'RFC 6750 §3.1: expired token → error="invalid_token" with 401'),
  k('support', 'A colleague keeps telling students "404 means the course was deleted forever". Is that what a 404 actually says?', /temporary or permanent|permanent or temporary|(not|doesn't|does not|n't) (say|indicate|tell|mean|imply)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', 'Must our 403 response body explain to the caller why the request was refused, e.g. "course not purchased"?', /optional|not (required|obliged|mandatory|necessary)|(may|can|could) (describe|explain|include|say)|if (it|the server|you) wish/i, 'RFC 9110 §15.5.4: if the server wishes to make public why it refused, it can describe the reason in the content'),
];

export const UNSEEN70_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
