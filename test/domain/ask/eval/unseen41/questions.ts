import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 41, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a university — learning management system, student records and grades, admissions portal, library e-resources, course-material CDN, staff/student/alumni roles, research-data repository. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, unknown issuer) → 401';
const R401W = 'RFC 9110 §15.5.2: credentials were supplied but refused (wrong password / unverifiable token) → 401, a role claim inside an invalid credential counts for nothing';
const R403 = 'RFC 9110 §15.5.4: server understood the request and refuses it; caller is identified but not allowed (role/group) → 403';
const R403S = 'RFC 6750 §3.1: valid token lacking the required scope → 403 insufficient_scope';
const R403P = 'RFC 9110 §15.5.4 + seed: valid credentials blocked by a policy rule (IP allowlist, licence/plan, tenant) and existence is not secret → 403';
const R404 = 'RFC 9110 §15.5.5: origin server found no current representation for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource from this caller may answer 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: target resource intentionally and permanently removed, condition known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ── 401 ──────────────────────────────────────────────────────────────────────────────────────
  w('401', 'sre', `lms api getting hammered on /api/courses/CS101/gradebook by some script w/ no Authorization header at all, no cookie either. what do we send back`, R401),
  w('401', 'api', `Design review for the student mobile app backend: the app sends a Bearer access token whose exp claim is 40 minutes in the past. Signature is fine, the student is enrolled, the scope on the token covers what they're asking for. Correct response?`, R401T),
  w('401', 'support', `An alumna reset her password this morning, which revokes all her sessions. Her old browser tab on the alumni directory is still firing API calls with the revoked session token and getting errors. She insists she is allowed to see the directory (she is, alumni have access). Which status should the API be giving her old token — 401 or 403?`, R401T),
  w('401', 'security', `Research data repository API received a JWT whose claims say "role":"admin" and "sub":"pi-4471" but the signature does not verify against our JWKS — looks hand-edited. The PI in question genuinely is an admin on that project. What code do we return for this request?`, R401W),
  w('401', 'nonnative', `In library e-resources proxy we use basic auth for the walk-in terminals. A student type his password wrong, so the server cannot verify who he is. He is normal student who have access to the journals. Which code the proxy must return?`, R401W),
  w('401', 'sre', `grade-sync svc acct still sending the old api key, we rotated it fri and deleted the old one. nothing wrong w/ its perms, its in the registrar-sync group and that hasnt changed. registrar api keeps rejecting it - code pls`, R401T),
  w('401', 'api', `Someone pointed the admissions portal's prod API at a token minted by our staging identity provider. Prod doesn't trust that issuer, so it can't validate the token at all. The applicant behind it does exist in prod and would normally be allowed. Should this be 403 since we know roughly who they are, or something else?`, R401T),
  w('401', 'support', `applicant says she clicked "submit" on her personal statement after lunch and got an error. her portal session had idle-timed out after 30 min and the request went in with the dead session. my colleague thinks it's 403 because applicants can't touch staff stuff, but she was only editing her own application. what should the server respond`, R401),
  w('401', 'sre', `seeing these on the timetable svc, user is a real enrolled student:
  GET /api/v2/students/me/timetable  auth=bearer  introspect={"active":false}  scope_req=timetable:read
token was revoked by the idp after the device was reported stolen. 401 or 403 for these`, R401T),

  // ── 403 ──────────────────────────────────────────────────────────────────────────────────────
  w('403', 'sre', `student w/ perfectly valid token doing POST /api/courses/HIST210/grades - thats instructor only. course is in the public catalog, grade endpoint is in our published api docs, nothing secret. 403 or 404`, R403),
  w('403', 'api', `Our OAuth client for the course-planner app has a valid access token with scope courses:read. It calls PUT /courses/MATH101/syllabus, which requires courses:write. Token is active, not expired, issued by our IdP. Which one?`, R403S),
  w('403', 'security', `The student records admin API only accepts requests from the campus VPN range. A registrar staff member authenticated fine with SSO + MFA (valid session, right role) but connected from her home IP outside the allowlist. The admin API is documented on the staff intranet; its existence isn't a secret. What status should she get?`, R403P),
  w('403', 'nonnative', `Teaching assistant is logged in correct, his token is valid. He try to submit the final course grades, but only the instructor of record is allowed for final grades, TA can only grade assignments. Everybody know this endpoint exist. Which status code is right?`, R403),
  w('403', 'support', `Alumni can log into the library portal (their credentials work fine), but our licence for the JSTOR-style e-journal packages only covers current students and staff. An alum clicks a journal that's listed in the public catalogue. What code should the e-resource gateway send back to the alum?`, R403P),
  w('403', 'sre', `multi-campus lms. instructor from the north campus tenant, valid session, tries to open course admin for a south campus course. course listings for both campuses are public on the website so no point hiding it. what do we return, re-login obviously wont fix it`, R403P),
  w('403', 'api', `Research data repo: the dataset's landing page and DOI metadata are public, but the files are embargoed to the project group until 2027. An external researcher, logged in with a valid institutional account, hits the file download URL. We're fine with them knowing the files exist — the landing page says "embargoed". Correct response for the download?`, R403P),
  w('403', 'security', `Authenticated student (session valid, MFA done) sends DELETE /api/courses/BIO150/announcements/88. They can read the announcement — it's on the course page they're enrolled in — but only instructors can delete. Not expired, nothing wrong with the credential. Which code?`, R403),
  w('403', 'sre', `cdn purge api for course materials. lms-sync svc acct authenticates fine (token validates, sub=lms-sync) but its not in the purge-allowed group so purge gets denied. purge endpoint is documented internally. i initially said 401 in the channel but thats wrong right? what should it be`, R403),
  w('403', 'nonnative', `A professor log in to admissions portal with his staff account, it work without problem. Then he open the admissions statistics dashboard, which is only for admission office staff. Everybody know this dashboard is existing, it is in the staff handbook. What we should return to him?`, R403),

  // ── 404 ──────────────────────────────────────────────────────────────────────────────────────
  w('404', 'sre', `getting complaints from a student, turns out the link in the announcement was /api/v2/coures/CS101 (typo, no such route). her token is valid fine. what should the server return for that`, R404),
  w('404', 'api', `Student A, authenticated, requests GET /students/2019-04413/transcript, which is student B's transcript. Privacy policy (FERPA) says we must never let one student learn whether another student ID exists or has a transcript. Should this be 403 or 404?`, R404H),
  w('404', 'security', `Pen test finding on the admissions portal: an applicant with a valid account can iterate /applications/{id}. For other applicants' IDs, the requirement is that the portal must not confirm whether an application with that ID exists at all. What status do we use for those IDs?`, R404H),
  w('404', 'support', `An instructor deleted a lecture handout from her course page yesterday. She told me she might put it back after she fixes some slides, or might not — she hasn't decided. Students with the old link are hitting it now. 410 or something else?`, R404U),
  w('404', 'nonnative', `The publisher has pulled one journal article from our e-resources collection. We ask them but they don't tell if it is temporary or for always, maybe it come back next year. What status the library link resolver should give for this article now?`, R404U),
  w('404', 'sre', `lecture video CDN: request for /media/PHYS201/week07.mp4, instructor never uploaded week 7, object key just doesnt exist in the bucket. not a perms thing, the file simply isnt there. status`, R404),
  w('404', 'api', `Research data repository: GET /datasets/ds-000917 where ds-000917 was never minted — our ID sequence hasn't reached that number yet. Caller is a logged-in staff researcher. What's the right code?`, R404),
  w('404', 'security', `The clinical-trials group keeps a dataset in the research repository whose very existence is confidential (unlisted, no DOI, name would leak the trial). An authenticated researcher outside the group requests its URL directly. We don't want them to be able to tell the dataset is there. Which code?`, R404H),
  w('404', 'support', `student account was deleted at the student's request, but we soft-delete for 30 days so it can still be restored if they change their mind. someone opens their old profile page in the LMS. should this be 410 since it's deleted?`, R404U),
  w('404', 'sre', `grades api, student asks for GET /api/grades/2031-fall - that term doesnt exist, not even in the calendar yet. token fine, student fine. not sure if 403 bc future terms are "not allowed" or smth else. which one`, R404),

  // ── 410 ──────────────────────────────────────────────────────────────────────────────────────
  w('410', 'api', `We've decommissioned the v1 course-catalogue API. It was announced a year ago, v1 is permanently retired and will never come back; v2 is the replacement at a different path. The endpoint is public (no auth). What should calls to /v1/catalogue/* return now?`, R410),
  w('410', 'sre', `retention job purged all lecture recordings from 2015 - permanently deleted incl backups, policy says they will never be restored. old links still getting hits from students. code pls`, R410),
  w('410', 'support', `The library cancelled its subscription to a legacy abstracts database for good — the database itself has been shut down by the vendor, so it's definitely never coming back. We want search engines and other sites to drop links to our public landing pages for it. What status should those pages return?`, R410),
  w('410', 'nonnative', `University closed the MSc Glassblowing program forever, the senate decide it and it is final. The public application form page for this program on admissions portal is removed on purpose. Which code we send when somebody open the old form link?`, R410),
  w('410', 'security', `A dataset in the public research repository was withdrawn after the ethics board ruled the consent invalid. The files were destroyed, the withdrawal is final and irreversible, and we want anyone linking to the public file URL to know it's deliberately gone for good. Status for the file URL?`, R410),
  w('410', 'sre', `course page for CHEM099 got hard deleted, code retired. earlier i said we might restore it - scratch that, registrar confirmed its permanently gone and backups are purged. page was public, no auth. 404 or 410`, R410),

  // ── knowledge ────────────────────────────────────────────────────────────────────────────────
  k('sre', `which rfc 9110 section defines 403 forbidden`, /15\.5\.4/, 'RFC 9110 §15.5.4 defines 403 Forbidden'),
  k('security', `In RFC 6750, what error code goes with a 403 when the token is valid but doesn't carry the needed scope?`, /insufficient[_ ]scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('nonnative', `When bearer token is expired, which error value RFC 6750 say to put in WWW-Authenticate?`, /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens → 401'),
  k('api', `Which RFC obsoleted RFC 7231 and is now the reference for HTTP semantics and status codes?`, /\b(rfc\s*)?9110\b/i, 'RFC 9110 (June 2022) obsoletes RFC 7231'),
  k('sre', `rfc 9110 obsoleted which rfc that used to define 401 and WWW-Authenticate`, /\b(rfc\s*)?7235\b/i, 'RFC 9110 obsoletes RFC 7235 (HTTP/1.1 Authentication), which defined 401 in §3.1'),
  k('support', `Under RFC 9110, can a cache store a 410 Gone response and reuse it even if there's no explicit Cache-Control or Expires on it?`, /\byes\b|(?<!not\s)(?<!n't\s)(?<!non-)(heuristically cacheable|cacheable by default)/i, 'RFC 9110 §15.5.11 / §15.1: 410 is heuristically cacheable unless otherwise indicated'),
  k('security', `What is 410 Gone primarily intended to tell the recipient, per RFC 9110?`, /remov|delist|de-?index|drop|intentionally|permanent/i, 'RFC 9110 §15.5.11: resource intentionally unavailable; owners want remote links to it removed'),
  k('api', `If the origin server doesn't know whether a removal is permanent, which status does RFC 9110 say to use instead of 410?`, /\b404\b|not found/i, 'RFC 9110 §15.5.11: otherwise 404 ought to be used'),
  k('support', `what's a "soft 404" and why do search engines dislike it`, /\b200\b|\bok\b/i, 'Seed: a soft 404 returns 200 with "page not found" content, so crawlers treat it as an indexable page'),
  k('sre', `which rfc defines bearer tokens in the Authorization header, the one w/ invalid_token`, /\b(rfc\s*)?6750\b/i, 'RFC 6750: OAuth 2.0 Bearer Token Usage'),
  k('nonnative', `After a 403, should the client repeat same request again with same credentials?`, /should\s+not|shouldn'?t|\bno\b|not (automatically )?(retry|repeat|re-?send)|don'?t|do not/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', `RFC 6750's invalid_request error (missing or duplicated parameter, malformed request) maps to which HTTP status?`, /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('security', `If a request to a bearer-protected API carries no authentication at all, does RFC 6750 want an error code in the WWW-Authenticate challenge?`, /should\s+not|shouldn'?t|\bomit|not include|no error (code|attribute|param)|without (an |any )?error|^\W*no\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('sre', `whats the proxy version of 401, like when the campus proxy wants creds`, /\b407\b|proxy authentication required/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate'),
];

export const UNSEEN41_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
