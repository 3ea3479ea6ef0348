import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 14, written by a blind writer who has never seen the `ask` parser, its tests or any
 * other question set. The angle is a strict-privacy healthcare / public-sector system (patient records, sealed case
 * files, audit logs) and a news/media site (paywalls, embargoes, retractions, retired pages). Questions come from
 * on-call SREs, API designers, support staff relaying customers and editors, security/compliance reviewers, and
 * people whose first language is Spanish, Hindi or German. Labels follow RFC 9110 §15.5.2/§15.5.4/§15.5.5/§15.5.11,
 * RFC 6750 §3.1 and the shared 403-vs-404 seed text; every which-code question states the deciding facts. */

const R401_EXPIRED = 'RFC 9110 §15.5.2 / RFC 6750 §3.1: an expired bearer token is not valid credentials (invalid_token) → 401';
const R401_NONE = 'RFC 9110 §15.5.2: request lacks authentication credentials for a protected resource → 401';
const R401_REVOKED = 'RFC 6750 §3.1: revoked/inactive access token is invalid_token → 401';
const R401_SESSION = 'RFC 9110 §15.5.2: a logged-out / ended session no longer authenticates the caller → 401';
const R401_BADCRED = 'RFC 9110 §15.5.2: credentials sent are not valid (malformed, wrong key, stale password) → 401';
const R403_ROLE = 'RFC 9110 §15.5.4 + seed: authenticated caller lacks the required role/permission, existence is no secret → 403';
const R403_SCOPE = 'RFC 6750 §3.1: token valid but lacks the scope required → insufficient_scope → 403';
const R403_PLAN = 'RFC 9110 §15.5.4: known subscriber whose plan does not include the publicly listed item → 403';
const R403_TENANT = 'Seed (tenant isolation) + RFC 9110 §15.5.4: authenticated but other tenant, existence not sensitive → 403';
const R403_IP = 'Seed (IP allowlist) + RFC 9110 §15.5.4: valid credentials, request refused by allowlist policy → 403';
const R404_NEVER = 'RFC 9110 §15.5.5: no current representation for the target (never existed / typo) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond 404 → 404';
const R404_MAYBE = 'RFC 9110 §15.5.11: removal not known to be permanent → 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is known to be permanent → 410';
const K_CACHE = 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable (cacheable by default unless indicated otherwise)';
const K_HIDE = 'RFC 9110 §15.5.4: an origin server that wishes to hide a forbidden resource MAY respond 404 instead';
const K_WWWAUTH = 'RFC 9110 §15.5.2 / §11.6.1: a 401 response MUST include a WWW-Authenticate header field';
const K_RFC = 'RFC 9110 (June 2022) obsoletes RFC 7231 and now defines HTTP semantics and status codes';
const K_RETRY403 = 'RFC 9110 §15.5.4: client SHOULD NOT automatically repeat a 403 request with the same credentials; seed: do not retry';
const K_6750 = 'RFC 6750 §3.1: insufficient_scope → 403, invalid_token → 401, invalid_request → 400';
const K_401MEANING = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials';
const K_410 = 'RFC 9110 §15.5.11: 410 = access no longer available and this condition is likely permanent; 404 makes no such claim';
const K_404TEMP = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent';
const K_401CREDS = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization was refused for those credentials';
const K_407 = 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is the proxy counterpart of 401';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'patient portal api getting calls w/ a bearer token that expired at 02:00, what do we send back', R401_EXPIRED),
  w('401', 'sre', 'clinician logged out of the ehr but the old session cookie is still hitting /records/ from a stale tab. code pls', R401_SESSION),
  w('401', 'support', 'A hospital customer says their admin revoked their integration API key yesterday, and now their nightly sync fails. Which status should our API be giving that revoked key?', R401_REVOKED),
  w('401', 'nonnative', 'The token of the reporter is malformed, it is missing one part of the JWT (only header and payload, no signature). What code we must return, 401 or 403?', R401_BADCRED),
  w('401', 'api', 'A request to GET /cases/{id} comes in with no Authorization header at all. Every case endpoint requires a login, and the caller is anonymous. What status do we respond with?', R401_NONE),
  w('401', 'security', 'The JWT on this request is signed with a key we rotated out last month, so signature verification fails. Is 401 the right answer here rather than 403?', R401_BADCRED),
  w('401', 'nonnative', 'Kindly tell me, the doctor session is ended after 15 minutes idle timeout and after that he is clicking save on the prescription. Server should reply with which code?', R401_SESSION),
  w('401', 'sre', 'cms svc acct password got rotated on friday but the cron still sends the old one, what should the api answer', R401_BADCRED),
  w('401', 'api', 'Our resource server introspects a bearer token and the auth server says active=false because the user revoked it. We reply with error="invalid_token". Which HTTP status goes with that?', R401_REVOKED),

  // ---- 403 ----
  w('403', 'sre', 'nurse acct tries to open the audit log export, only compliance role can. shes logged in fine and we dont mind if she knows the export exists. which one', R403_ROLE),
  w('403', 'api', 'Token is valid but only carries scope records:read, and the client calls DELETE /records/55. Following RFC 6750 (insufficient_scope), what status code?', R403_SCOPE),
  w('403', 'support', 'A subscriber on the Basic plan is logged in and tries to read a Premium-only investigation. The article is promoted on the public homepage, so its existence is no secret. What status should the site return?', R403_PLAN),
  w('403', 'security', 'Clinic A\'s admin is authenticated and requests /clinics/B/billing-report by changing the tenant id in the URL. The clinic list is public and knowing that clinic B has a billing report reveals nothing. 403 or 404?', R403_TENANT),
  w('403', 'nonnative', 'Our partner is calling the API from a new server and this IP is not in the allowlist. The API key itself is correct and valid. Which status is correct for this case?', R403_IP),
  w('403', 'sre', 'staff user w/ valid sso hits /admin/retention-policies but has no admin role. page is linked in the main nav anyway so not a secret. correct response', R403_ROLE),
  w('403', 'nonnative', 'The journalist has her login ok but she is freelancer and freelancers can only make drafts, not publish. She press the Publish button on her own article. What code?', R403_ROLE),
  w('403', 'security', 'An authenticated researcher with read-only access tries to PATCH a de-identified dataset that is listed in our public data catalog. Should the API refuse that with 403?', R403_ROLE),
  w('403', 'support', 'Customer says signing out and back in doesn\'t help: they are signed in, but their account doesn\'t have the Export permission, so exporting their own team\'s reports is blocked. Which code is the right one for that?', R403_ROLE),

  // ---- 404 ----
  w('404', 'sre', 'someone hit /articles/heath-reform-2024, typo of health, that slug never existed. code pls', R404_NEVER),
  w('404', 'security', 'A court clerk is logged in but has no access to sealed juvenile case files, and the court must not confirm to anyone outside the case that a sealed case number even exists. What should the API return when the clerk requests one?', R404_HIDE),
  w('404', 'api', 'Patient A is logged in and requests /patients/B/records. Our privacy policy says a patient must not learn whether another person has records with us. Which status?', R404_HIDE),
  w('404', 'nonnative', 'We have unpublished the article for legal review, maybe it comes back after the lawyers check, maybe not, nothing is decided. Which status we should return for that URL?', R404_MAYBE),
  w('404', 'sre', 'pulled the vaccine faq page, might restore it next quarter, not sure yet if permanent. 404 or 410', R404_MAYBE),
  w('404', 'support', 'A reader asks why they got an error for a story that\'s under embargo until Thursday 9am. Nobody outside the newsroom is allowed to learn the story exists before then. What status should the site send them?', R404_HIDE),
  w('404', 'sre', 'lookup for patient id P-0099817, that id was never issued in our system, no such patient. which one', R404_NEVER),
  w('404', 'security', 'The endpoint /internal/audit-2023 exists, but authenticated users without the auditor privilege must not learn that it exists at all. What is the right response for them?', R404_HIDE),
  w('404', 'api', 'GET /v2/case-files/abc123 where abc123 was never created; a client bug generates bogus ids. Which code should it get?', R404_NEVER),
  w('404', 'sre', 'physician directory entry soft deleted when the doc left, we restore it if they come back within 90d. what do we send back for the profile url meanwhile', R404_MAYBE),

  // ---- 410 ----
  w('410', 'sre', 'killed the old /v1/claims endpoint for good, decommissioned, never coming back. which one', R410),
  w('410', 'api', 'We intentionally retired the legacy FHIR DSTU2 endpoint and it will not be restored under any circumstances. What status should requests to it get from now on?', R410),
  w('410', 'support', 'After a correction review an editor retracted and deleted an article on purpose, and it will never be republished. Readers still have the old link. What should they get?', R410),
  w('410', 'nonnative', 'We delete on purpose the old press release page and it is final, we will never put it again. Is better 404 or 410?', R410),
  w('410', 'security', 'A patient asks for /exports/8841.zip, an export they created themselves. Our retention policy deliberately purged that file and it can never be restored. Which status should the server return?', R410),
  w('410', 'sre', 'newsletter archive page nuked on purpose, perm gone, seo wants crawlers to drop it fast. code pls', R410),
  w('410', 'nonnative', 'The old campaign microsite was shut down deliberately and management has confirmed it is permanent closure. For its URLs what response code is proper?', R410),

  // ---- knowledge ----
  k('api', 'Is a 410 response cacheable by default, or do I have to add Cache-Control for caches to store it?', /heuristic|by default/i, K_CACHE),
  k('security', 'For compliance: is it allowed under RFC 9110 to answer 404 for a patient record that does exist, just so an unauthorized user can\'t tell it is there?', /hid(e|ing)|conceal|existence|reveal|disclos/i, K_HIDE),
  k('sre', 'which header has to be on a 401 again', /WWW-Authenticate/i, K_WWWAUTH),
  k('nonnative', 'Which RFC is now the valid one for the HTTP status codes? In our documentation we still have RFC 7231, is this still correct?', /9110/, K_RFC),
  k('support', 'A customer wants to know: should their client automatically retry when it gets a 403? What do I tell them?', /\bnot?\b|n't|without/i, K_RETRY403),
  k('api', 'Under RFC 6750, what error code does a resource server put in WWW-Authenticate when the bearer token lacks the required scope?', /insufficient_scope/i, K_6750),
  k('security', 'Despite the name, what does 401 Unauthorized actually signal about the request?', /authenticat|credential/i, K_401MEANING),
  k('sre', 'whats the real diff btw 401 and 403, one line pls', /authenticat|credential/i, K_401MEANING),
  k('support', 'An editor asks me what 410 means exactly and how it is different from 404. What do I tell her?', /permanent/i, K_410),
  k('api', 'Per RFC 9110, what should a server send instead of 410 when it does not know whether the removal is permanent?', /404/, K_410),
  k('support', 'Does a 404 tell the reader anything about whether the article ever existed or whether it might come back?', /\bnot?\b|n't|temporar|permanen/i, K_404TEMP),
  k('sre', 'rfc 6750 invalid_token maps to what status', /401/, K_6750),
  k('support', 'Our client sent a bearer token and still got a 401. What does a 401 mean when the request did include credentials?', /refused|reject|not (valid|accepted)|invalid/i, K_401CREDS),
  k('api', 'If it is a proxy in the middle that wants the client to log in, not the origin server, is that still a 401 or is there a different code?', /407/, K_407),
  k('sre', 'cdn keeps serving a stale 404 for a page we just published, we never set cache headers on 404s. are 404s cacheable w/o explicit headers', /heuristic|by default|yes/i, K_CACHE),
];

export const UNSEEN14_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
