import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 407, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an online course marketplace for creators (instructors, students, co-instructors, unpublished and deleted courses, refunded enrolments, expiring coupon links, affiliate API keys), argued in an incident channel. */

const R401 = 'No valid credentials (expired, revoked, rotated, unknown or unverifiable) — RFC 9110 §15.5.2 401 Unauthorized with WWW-Authenticate; RFC 6750 §3.1 invalid_token.';
const R401N = 'Request carries no credentials at all — RFC 9110 §15.5.2 401 Unauthorized; RFC 6750 §3.1 (no error code when auth info is absent).';
const R403 = 'Caller is authenticated but not permitted and existence is not secret — RFC 9110 §15.5.4 403 Forbidden.';
const R403S = 'Valid bearer token lacks the required scope — RFC 6750 §3.1 insufficient_scope maps to 403; RFC 9110 §15.5.4.';
const R404 = 'No resource at that URI (never existed / wrong id) — RFC 9110 §15.5.5 404 Not Found.';
const R404H = 'Existence must be hidden from this caller; RFC 9110 §15.5.4 lets an origin answer 404 instead of 403 — §15.5.5.';
const R404U = 'Removed but not known to be permanent; 404 does not say temporary vs permanent and 410 is only for likely-permanent removal — RFC 9110 §15.5.5, §15.5.11.';
const R410 = 'Intentionally removed and known to be permanent — RFC 9110 §15.5.11 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'affiliate api key for partner learnhub was rotated at 02:00, their cron still hitting /v2/affiliate/sales w/ the old key. we answer 403 and its spamming the dashboard rn. what should we actually send back', R401),
  w('401', 'support', 'Ticket #88213: student says she logged out on a shared library computer, then someone pressed Back and the lecture player called /api/lectures/551/stream. Logs show the request had no session cookie and no Authorization header at all. Right now we return 403 and the student thinks her account got banned. What status should that call get?', R401N),
  w('401', 'security', 'finding SEC-142: instructor payouts api accepts a JWT whose signature doesnt verify and answers 403 forbidden. the token is forged/unverifiable so we dont actually know who the caller is. what code should it be', R401),
  w('401', 'nonnative', 'hello, access token of the instructor is expired since two hours, and upload of new video return 403. my colleague say 403 is ok because upload is protected. which one is correct response?', R401),
  w('401', 'api', 'affiliate requests coming in with X-Api-Key values we never issued — not in the keys table, not revoked, just unknown keys. someone says 404 b/c key not found, thoughts', R401),
  w('401', 'sre', 'creator acct got compromised, admin reset pw and killed all her sessions. her ios app still calling /me/courses w/ the revoked session token. status?', R401),
  w('401', 'nonnative', 'student open the course dashboard without login, no cookie, no token, nothing is sent. is 403 or 401?', R401N),
  w('401', 'api', 'the oauth access token for a co-instructor\'s scheduling integration was revoked by her in settings, the integration keeps calling /courses/{id}/announcements with it. we return 403 today, is that right or should it be something else', R401),

  // ---- 403 ----
  w('403', 'support', 'From support: student bought Watercolor Basics, asked for a refund, refund went through last week so her enrolment is now status=refunded. She is logged in fine and tries to open lecture 4 again. The course is public in the catalog, nothing secret about it. Eng says 404, I think thats confusing for her. What code should the lecture endpoint return?', R403),
  w('403', 'api', 'affiliate key is valid but only has scope read:clicks, partner calls GET /v2/affiliate/payouts which needs read:payouts. what do we respond', R403S),
  w('403', 'security', 'review note: a co-instructor (properly logged in, listed on the course) can currently PUT the primary instructor\'s payout bank details. the course and its instructor list are visible to them anyway so theres nothing to hide. what should the endpoint return once we block it', R403),
  w('403', 'sre', 'bulk export api has an IP allowlist. partner moved to new egress IPs, key is valid, new IP not on the list. code pls', R403),
  w('403', 'nonnative', 'one student account is blocked because of chargeback fraud. he can login correctly but we dont allow him to buy any course anymore. the checkout return what code? the courses are public', R403),
  w('403', 'api', 'student on free plan hits GET /certificates/{id}/pdf for her own completed course, pdf download is pro plan only. shes logged in w/ a valid session. dev proposed 401 so the app shows the login screen. which one', R403),
  w('403', 'sre', 'tenant isolation: instructor from school A calling /analytics for a course owned by school B. course ids are public in the marketplace, no need to hide that the course exists. what should the gateway return', R403),
  w('403', 'security', 'finding: support agents without the refunds:write role can hit POST /admin/refunds and we return 404. agents are authenticated, and the endpoint is in our public api docs so its existence is no secret. correct status?', R403),
  w('403', 'support', 'Customer with a student account says she logged out and back in three times and still cannot open the Q&A moderation page of the course she is enrolled in. Moderation is instructor-only, students are never allowed there, and the page is not secret. Which code is right for her, is our 403 wrong?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /courses/98231 spiking in logs. checked db + audit log, that id was never created. not deleted, it never existed. code?', R404),
  w('404', 'nonnative', 'student write wrong slug in url, /course/pyhton-basics instead of /course/python-basics. the pyhton one never exist. which code we return?', R404),
  w('404', 'api', 'someone hitting /coupons/SUMMER2O24 (letter O not zero). that coupon was never created. colleague says 410 b/c coupons expire anyway. is he right', R404),
  w('404', 'support', 'An affiliate blog links to /instructors/jdoe-99, which is a typo — we have never had an instructor with that handle (not deleted, it never existed). Students click it and land on our error page. Which status should that page return?', R404),

  // ---- 404: exists but hidden from this caller ----
  w('404', 'security', 'unpublished draft course: another logged-in instructor guesses /courses/7731/curriculum. policy is draft course ids must not be confirmed to anyone but the owner and its co-instructors. they get a 403 now. what should it be', R404H),
  w('404', 'api', 'invite-only corporate course for Acme, a logged-in student who is not in the Acme org requests it by id. Acme contract says we must not reveal the course even exists to outsiders. status?', R404H),
  w('404', 'support', 'Student A (logged in) changed the number in the URL and opened /receipts/40017, which is student B\'s enrolment receipt. We block it now, but product wants to be sure we never confirm to anyone else that a receipt id exists. Which code should the receipts endpoint send back?', R404H),
  w('404', 'sre', 'affiliate partner A w/ a valid key querying /campaigns/{id} that belongs to partner B. campaign ids are confidential, we must not leak that they exist. what do we send back', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'Instructor unpublished Intro to Podcasting while she re-records the audio. She says she might republish next month, or maybe not, she is undecided. Visitors (not enrolled) following old marketing links hit the public course page. What do we return there? Someone suggested 410.', R404U),
  w('404', 'sre', 'course taken down pending copyright review. might be restored if the instructor wins the dispute, nobody knows yet. landing page status? 410 or what', R404U),
  w('404', 'nonnative', 'instructor delete the course but it stay in trash for 30 days and he can restore it. we dont know if he will restore or not. the public link return what?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'creator hard-deleted Excel Macros 101, purged from storage, confirmed it will never come back. public landing url still getting traffic. code?', R410),
  w('410', 'support', 'A student complains that her coupon link from a YouTube video shows an error. The coupon expired on purpose at the end of the promo, and by policy expired coupon links are never reactivated — that link is dead for good. What status should the coupon link return?', R410),
  w('410', 'api', 'we retired the v1 affiliate endpoint /v1/affiliate/report on purpose, permanently, no plan to bring it back. partners still call it. which code, 404 or 410', R410),
  w('410', 'security', 'privacy review: an instructor requested account erasure, her profile page and slug were deliberately removed forever and the slug is never reissued. the profile was public for years so confirming it used to exist is fine. what should /instructors/{slug} return now', R410),
  w('410', 'nonnative', 'instructor remove one lecture forever, he confirm it never come back and it is on purpose. the old link of that lecture return which code?', R410),
  w('410', 'api', 'the Data Science Mega Bundle was discontinued intentionally and permanently, it will never be sold again. GET /bundles/ds-mega still hit by affiliates. status?', R410),
  w('410', 'support', 'Our policy deletes live webinar recordings permanently after 90 days, no backups, no restore. Students keep opening old recording links from their emails. We currently show a 404 page; a teammate says there is a better code. Which one?', R410),

  // ---- knowledge ----
  k('api', 'general q for the incident doc: what header is a 401 response required to include', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('support', 'when a student gets a 403 on a course page, does logging out and back in with the same account ever fix it? need a line for the support macro', /^\W*no\b|\b(not|won['’]?t|doesn['’]?t|does not|will not|cannot|can['’]?t|isn['’]?t|wouldn['’]?t|unlikely)\b[^.]{0,60}\b(help|change|fix|succeed|difference|grant|matter|work)/i, 'RFC 9110 §15.5.4: credentials were understood but are insufficient; repeating with the same credentials will not help.'),
  k('security', 'in general when is it ok for the api to answer 404 where 403 would be the honest answer? want the rfc reasoning for the postmortem', /hid(e|es|ing)|conceal|existence|exists|reveal|disclos|leak|confirm/i, 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a forbidden target may respond 404.'),
  k('nonnative', 'question about 404 in general: does 404 tell to the client that the course is gone permanent, or temporary, or what?', /\b(not|no|doesn['’]?t|does not|neither|nothing|without)\b[^.]{0,80}(permanen|temporar)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('sre', 'what is a 410 actually telling people and sites that link to the url? trying to explain to marketing why we switched purged course pages to it', /(remov|delet|drop|delist|de-?index|purg|clean|updat|prun)\w*[^.]{0,50}(link|bookmark|reference|index|url)|(link|bookmark|reference|url)s?[^.]{0,50}(remov|delet|drop|updat|clean)/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally gone and the owners want remote links to it removed.'),
  k('sre', 'is a 410 cacheable by default w/o any Cache-Control header, per rfc 9110? cdn kept serving it for hours', /(?<!not |n['’]t |never )heuristically cacheable|\byes\b|(?<!not |n['’]t )cacheable by default|heuristic (freshness|caching|expiration)/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable unless otherwise indicated.'),
  k('security', 'rfc 6750 insufficient_scope error — which http status is supposed to go with it', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be sent with 403 Forbidden.'),
  k('security', 'and the invalid_token error in rfc 6750, which status goes with that one', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD be sent with 401 Unauthorized.'),
  k('security', 'can caches reuse a 403 heuristically the way they can with a 404, or does a 403 need explicit freshness info', /(\bnot?\b|n['’]t)[^.]{0,40}heuristic|(needs?|requires?|only with|only if|only when)[^.]{0,40}explicit|explicit[^.]{0,40}(required|freshness|cache-control)|^\W*no\b/i, 'RFC 9110 §15.1: 403 is not in the heuristically cacheable list; it needs explicit freshness to be cached.'),
  k('api', 'postmortem template still cites rfc 7231 and 7235 for 401/403. which rfc is the current one for these', /\b9110\b/, 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('nonnative', 'is it allowed that a 403 response body explain the reason why, like "your enrolment was refunded"? or it must be empty', /\byes\b|\bmay\b(?! not)|\bcan\b(?!['’]?t|not)|(?<!not )(allowed|permitted)\b|\boptional/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content.'),
  k('support', 'after the api sends a 401, is the student app allowed to just try the request again? under what condition', /(new|fresh|different|valid|replace\w*|refresh\w*|renew\w*|correct)[^.]{0,40}(credential|token|key|authori[sz]ation|header|login|session)|re-?authenticat|log(ging)? ?(back )?in|sign(ing)? ?(back )?in/i, 'RFC 9110 §15.5.2: the client may repeat the request with a new or replaced Authorization header field.'),
  k('nonnative', 'what the server must know before it choose 410 instead of 404, in general?', /permanen|intentional|on purpose|deliberate|for good|forever|never (come|be) back/i, 'RFC 9110 §15.5.11: 410 means the target is no longer available and this condition is likely to be permanent; otherwise use 404.'),
  k('nonnative', 'the name Unauthorized confuse me. what 401 really mean?', /authenticat|credential|log(ged)? ?in|sign(ed)? ?in|identity/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource.'),
  k('security', 'rfc 6750: request came with no token at all — should our WWW-Authenticate include an error= param like invalid_token?', /^\W*no\b|\b(not|without|omit|leave out|shouldn['’]?t|don['’]?t|need not|no)\b[^.]{0,50}\berror/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code.'),
];

export const UNSEEN407_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
