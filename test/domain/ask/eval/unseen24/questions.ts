import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 24, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a university — student portal, course materials, exam results, library e-resources behind proxies and research data repositories — asked about by IT staff, lecturers and international students. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing, expired, wrong or unverifiable); the server must send WWW-Authenticate so the client can (re)authenticate.';
const R401_BEARER = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) is answered with 401 and a WWW-Authenticate challenge.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and knows who the caller is but refuses to authorize it; re-authenticating will not help (seed: missing role, scope, IP allowlist, tenant isolation).';
const R403_SCOPE = 'RFC 6750 §3.1: insufficient_scope means the token is valid but lacks the required scope, answered with 403.';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource may respond 404 instead of 403.';
const R404_NONE = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource (never existed, typo, unknown path).';
const R404_UNSURE = 'RFC 9110 §15.5.5/§15.5.11: 404 is right when it is unknown whether the absence is permanent; 410 requires knowing the removal is permanent.';
const R410 = 'RFC 9110 §15.5.11: 410 Gone when the resource was intentionally removed, the condition is known to be permanent and there is no forwarding address; helps crawlers delist faster (seed).';

const QUESTIONS: readonly Draft[] = [
  w('401', 'sre', "student portal /api/me/timetable getting hammered by some app that sends no Authorization header and no session cookie at all, nothing. bob wants 403 b/c 'theyre not allowed' but we literally dont know who they are. what code", R401),
  w('401', 'api', 'exam-results api uses bearer jwt, signature checks out but exp was 2h ago. client is supposed to refresh the token and try again. which status do we send back', R401_BEARER),
  w('401', 'nonnative', 'hello, i am international student. when i open course materials page after long time my session is expire and the portal give me 403. my friend say is wrong code. the session cookie is expired so server dont know anymore who i am. which code is correct one', R401),
  w('401', 'security', 'pentest on the research data repo found it accepted a jwt with alg none. fixed now, signature validation rejects it. question is what we return when the token signature is invalid — caller is unidentified at that point, token is just bad', R401_BEARER),
  w('401', 'support', 'ticket from a lecturer: IT revoked her moodle api token when she reset her password, her grading script keeps sending the old revoked token and the svc cant map it to any user. what should the svc answer', R401_BEARER),
  w('401', 'sre', 'legacy grades svc still on basic auth. staff member typed wrong pw, creds dont match any acct so we have no idea who it is. it currently returns 403 and the browser never re-prompts for the password, i think thats the bug', R401),
  w('401', 'api', "library proxy middleware has `if (!req.headers.authorization) return res.status(403).end()` — this branch is only hit when no credentials were sent at all. pls tell me the correct code for that branch", R401),
  w('401', 'nonnative', 'the SAML assertion coming from university IdP is not valid (audience mismatch), so the student portal can not authenticate the person, nobody is logged in at this moment. we return 401 or 403 in this case', R401),
  w('401', 'support', 'phd student cant upload to the research repo via api. logs: token introspection returns active:false, token not recognised at all, so no user identity. the error page says forbidden. what status should it actually be', R401_BEARER),

  w('403', 'sre', 'student logged in fine via sso, hits /grades/edit which is lecturer only. page exists, everyone knows it exists, we dont care if they know. re-login wont give them the lecturer role. 403 or 404', R403),
  w('403', 'api', 'oauth token is valid and unexpired, has scope courses:read, caller does POST /courses/123/materials which needs courses:write. what status per the bearer token rfc', R403_SCOPE),
  w('403', 'security', 'new ingest svc for the data repo moved to a new subnet, that ip isnt on the allowlist for the e-resources proxy admin endpoint. requests come with perfectly valid svc creds and the svc is identified. what should the admin endpoint return until netops adds the ip', R403),
  w('403', 'support', "TA acct created yesterday but the 'marker' role wasnt assigned yet. shes logged in, can see the course, but uploading exam results fails. logging out and back in changes nothing. what code should the upload give her", R403),
  w('403', 'nonnative', 'I am visiting researcher, I login with my university account succesful. The dataset is restricted for project members only, but dataset is listed in the public catalogue so everybody can see it exist. which code when I try download it', R403),
  w('403', 'sre', 'tenant isolation thing: authenticated user from the medicine faculty portal opens a law faculty course admin page. the course catalog is public so existence isnt a secret at all. alice wants 404 but honestly nothing to hide here. which one', R403),
  w('403', 'api', 'student is authenticated and tries DELETE on a forum post written by another student in the same course. the post is visible to everyone in the course so no secret. only authors and lecturers may delete. what do we return', R403),
  w('403', 'sre', 'alumni accounts: sso login still works after graduation, user is fully identified, but alumni arent licensed for jstor through the ezproxy. proxy currently sends 401 and browsers loop on the login page forever. what should it send instead', R403),
  w('403', 'security', 'policy: students w/ unpaid library fines over 50 eur cant download course materials until they pay. student is logged in, we know exactly who he is, the materials page is public knowledge, reauth wont change anything. code for the download attempt', R403),
  w('403', 'nonnative', 'professor tell me: your account is ok and you are logged in, but you are not enrolled in this course so you cannot open the lecture slides. course is in the public catalog, nothing is hidden. server should send 401 or 403', R403),

  w('404', 'security', 'data repo holds confidential clinical trial datasets, even the existence of a dataset id is sensitive. logged in user w/o access requests /datasets/ct-2291. we must not leak that it exists. what code', R404_HIDE),
  w('404', 'api', "`if (!user.canSee(thesis)) return res.status(403)` — these are embargoed theses under patent review, the committee says even confirming a thesis with that id exists to outsiders is a leak. is 403 right here", R404_HIDE),
  w('404', 'sre', 'disciplinary case files in the student portal. a logged in student guesses another students case id. policy says we must never confirm a case exists for someone. bob says 403 b/c theyre authenticated but not allowed. thoughts', R404_HIDE),
  w('404', 'support', 'student emailed: the link in the syllabus says /courses/CS101/materails (typo, should be materials) and shows an error. there never was a page at that path. what should the server return', R404_NONE),
  w('404', 'nonnative', 'i try to open url for course MATH9999 but this course code never existed in the university, was my typing mistake. portal return 500 now. what is the correct code', R404_NONE),
  w('404', 'sre', 'bots probing the student portal for /wp-login.php and /phpmyadmin all night. we never ran wordpress or phpmyadmin, those paths never existed. someone wants to answer 403 to scare them off, what is the correct code', R404_NONE),
  w('404', 'sre', 'lecturer deleted her week 5 slides from the course page, says she might upload a fixed version next week, not sure yet. what should the old link return. someone suggested 410', R404_UNSURE),
  w('404', 'support', 'a dataset was pulled from the repo while the uploader checks a license problem, it might come back or might be gone for good, nobody knows yet. what status for the dataset url in the meantime', R404_UNSURE),
  w('404', 'api', 'record deleted from the db, we dont keep tombstones, so at request time we cant tell whether it ever existed or whether the deletion is permanent. 404 or 410', R404_UNSURE),
  w('404', 'nonnative', 'library take down one e-book because license problem, they still negotiate with publisher, maybe it come back next semester maybe not, nobody know. which code for the link of e-book', R404_UNSURE),

  w('410', 'sre', 'old student portal v1 pages (/portal-v1/*) were decommissioned on purpose last year and will never come back, no replacement urls. we want google to drop them faster. 404 or 410', R410),
  w('410', 'api', 'we retired /api/v1/exam-results permanently on sep 1 after a year of deprecation notices, it will never be restored and theres no successor at a mapped url. what should calls to it return now', R410),
  w('410', 'support', 'faculty senate permanently discontinued course ARCH210, its materials pages were deliberately removed and will never be restored. students still hit old bookmarks. right status for those urls pls', R410),
  w('410', 'nonnative', 'our faculty close the old research group website on purpose, the group is dissolve and the site will never come back, it is decided final. what code we give for old pages', R410),
  w('410', 'security', 'legacy ezproxy starting point urls were intentionally removed after the openathens migration, permanent decision, no redirect target exists. alice says 404 is enough, whats most accurate', R410),
  w('410', 'sre', 'authors withdrew their dataset permanently (paper retracted), we know for sure it will never be republished, files deliberately deleted. the DOI landing page stays as a tombstone but what status should the data file url give now', R410),

  k('api', 'what header must a 401 response include, rfc wise', /WWW-Authenticate/i, 'RFC 9110 §15.5.2 / §11.6.1: a server generating 401 MUST send a WWW-Authenticate header with at least one challenge.'),
  k('security', 'whats the point of returning 404 instead of 403 for a private dataset, isnt that lying', /hid|conceal|(not|n't) (reveal|disclos|leak|confirm)|existence/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may respond 404.'),
  k('sre', 'is a 404 cacheable by default w/o any cache-control, the cdn in front of the course catalog seems to keep serving them', /heuristic|cacheable/i, 'RFC 9110 §15.1: 404 (and 410) are heuristically cacheable, so caches may store them without explicit freshness.'),
  k('support', 'student got 403 on the exam results page, should i tell him to just log out and in again', /(won'?t|wont|will not|doesn'?t|doesnt|does not|not) help|permission|role|admin|access right/i, 'Seed / RFC 9110 §15.5.4: with 403 the server knows who the client is; re-authenticating will not help, permissions must change.'),
  k('api', 'bearer token rfc — insufficient_scope error goes with which status code', /403/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden.'),
  k('api', 'rfc 6750 invalid_request error, what http status is that supposed to be', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request.'),
  k('nonnative', 'please explain simple the difference between 404 and 410, i dont understand', /permanent/i, 'RFC 9110 §15.5.11: 410 means the resource is gone and the condition is likely permanent; 404 says nothing about permanence.'),
  k('sre', 'seo team keeps complaining about soft 404s on the public course catalog, what even is a soft 404', /200/, 'Seed: a soft 404 is returning 200 with "page not found" content; search engines treat it as an indexed page.'),
  k('security', 'which rfc currently defines the meaning of 401 403 404 410, for the audit report', /9110/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231/7235 and defines these status codes in §15.5.'),
  k('api', 'DELETE on the read-only course materials endpoint that only supports GET — nobody can delete, its not about permissions. 403 or something else', /405|method not allowed/i, 'RFC 9110 §15.5.6: 405 Method Not Allowed (with an Allow header) when the method is not supported by the target resource.'),
  k('sre', 'library proxy answers 403 when a student exceeds the publishers download rate limit. is there a better code for too many requests', /429|too many requests/i, 'RFC 6585 §4: 429 Too Many Requests is the code for rate limiting, not 403.'),
  k('api', 'login endpoint gets malformed json body, cant even parse it. 400 or 401', /400|bad request/i, 'RFC 9110 §15.5.1: a malformed request is 400; 401 is about missing/invalid credentials.'),
  k('security', 'our campus forward proxy sends 407 to some lab machines, what does that mean vs 401', /proxy.?authenticat|Proxy-Authenticate/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required — the client must authenticate to the proxy; challenge in Proxy-Authenticate.'),
  k('support', 'can a 403 page tell the student why access was refused or is it supposed to be blank', /reason|explain|describ|content|body|message|why/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('nonnative', 'name 401 Unauthorized is confusing for me, it mean i have no permission, what it really mean', /authenticat|credential|identif|log ?in/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; lacking permission is 403.'),
];

export const UNSEEN24_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
