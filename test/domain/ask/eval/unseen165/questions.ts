import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 165, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a hospital patient-portal and clinical records API (patients, clinicians, proxies/guardians, lab results, audit). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource; the server must send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, or invalid for other reasons) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; the credentials are insufficient and re-authenticating with them will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (the token lacks the privileges the request needs) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the condition is permanent, 404 should be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: access to the target resource is no longer available at the origin server and the condition is likely to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "patient app hitting GET /patients/me/lab-results w/ no Authorization header at all, someone forgot to attach the token after the refactor. gateway currently returns 403. what should it actually send back", R401),
  w('401', 'api', "Our clinician console sends a bearer JWT whose exp claim passed about ten minutes ago; the signature and issuer are otherwise fine. A teammate argues for 403 because the clinician 'has no access right now'. Under RFC 6750, what status should the chart endpoint return?", R401T),
  w('401', 'support', "Customer is a mom who is proxy on her son's portal account. Yesterday our security team revoked all of her access and refresh tokens after a suspicious login (token introspection now says active=false). Her guardian relationship itself is untouched and still valid. Her app keeps calling the son's appointments endpoint with the old access token. What error is she supposed to get?", R401T),
  w('401', 'security', "Pen-test finding: we edited the payload of a clinician JWT (changed role to admin) and re-signed it with a guessed key, so the signature check fails. The records API currently answers 403 Forbidden for this. Is that right, or should it be a different code?", R401T),
  w('401', 'nonnative', "The lab analyzer send results to our API with HTTP Basic auth, but the password is wrong since the vendor changed it last week. In this case we dont know who is calling at all. Which code we must return, 401 or 403?", R401),
  w('401', 'sre', "lab vendor integration still sending the api key we deleted during rotation yesterday. key doesnt exist in our store anymore so we cant tie the call to any client. code pls", R401),
  w('401', 'support', "A patient says the portal keeps kicking her out: after 15 minutes idle her session expires and the next call to the secure-messages endpoint fails. She is of course allowed to read her own messages once she logs in again. Which status should that failing call return so the app knows to send her to the login screen?", R401),
  w('401', 'api', "A clinician presents a token issued by our staging identity provider (different issuer, different audience) to the production records API. The token is well-formed and unexpired, but production does not trust that issuer at all. Which status code, and which RFC 6750 error code, apply?", R401T),
  w('401', 'security', "When a clinician logs out we revoke the access token server-side. In replay testing the revoked token is sent again to /patients/{id}/notes. A colleague says 403 since we still know whose token it was. What should the replayed revoked token get?", R401T),

  // ---- 403 ----
  w('403', 'sre', "nurse w/ valid token tries DELETE /lab-results/{id} for a patient on her own ward. she can read it fine, nurse role just cant delete. nothing secret here, she already sees the result. what do we send back", R403),
  w('403', 'api', "A SMART-on-FHIR app's access token is valid and unexpired but was granted only patient/Observation.read. The app attempts a POST to create an Observation. Which status should the resource server return, and with which RFC 6750 error?", R403S),
  w('403', 'support', "Dad is a verified proxy on his 15-year-old's account. The visit list he sees already shows a 'confidential visit - restricted' entry, so he knows it is there; our policy just does not let proxies open adolescent confidential notes. When he taps it the API has to return something. He logged out and back in and it is still blocked. Which code is correct?", R403),
  w('403', 'security', "The /audit/access-log endpoint is listed in our public API docs. A physician with a valid session calls it; only compliance officers may read it. Our pentester says we should return 401 to force a re-login. I think that is wrong. What is the correct response?", R403),
  w('403', 'nonnative', "Patient is logged in correct and she try to change the value of her own lab result (she think the hemoglobin number is wrong). Patients can only read results, not edit them. What status the PUT should get?", R403),
  w('403', 'sre', "reference lab pushing results from a new egress ip thats not on our allowlist. client cert + creds are valid, we know exactly which lab it is. allowlist block returns ??? need the right code for the runbook", R403),
  w('403', 'api', "A mother held proxy access to her daughter's records until the daughter turned 18 last month, when proxy rights ended automatically. The mother still has her own valid patient account and signs in without trouble. When she requests the daughter's lab results we want to tell her plainly that proxy access has ended (the daughter has agreed to that message being shown). Should this be 401 because her access 'expired', or something else?", R403),
  w('403', 'support', "A resident doctor logged in fine and tried to sign off (finalize) a pathology report; only attending physicians can do that. The resident asked whether logging in again would fix it. What code should the API give, and would re-login help?", R403),
  w('403', 'security', "An analyst with the research role, authenticated via SSO, calls the documented /exports/identified endpoint. Their role is allowed only the de-identified export. The existence of the endpoint is no secret. Is this 401, 403 or 404?", R403),
  w('403', 'sre', "pharmacist acct w/ good token POSTs a lab order, pharmacists arent allowed to order labs. someone on call said send 401 so the client refreshes its token. thats not gonna help right? what code", R403),

  // ---- 404: never existed ----
  w('404', 'sre', "admin w/ full access does GET /patients/MRN-0009981 but that mrn was never assigned to anyone, fat fingered. what do we return", R404),
  w('404', 'api', "An authorized integration requests /lab-results/884213, an ID our sequence has never issued; no such result exists or ever existed. What status code is appropriate?", R404),
  w('404', 'nonnative', "Client is calling /v2/vaccination-cards but we never build this endpoint, it never exist in any version. The user is authenticated and have all permissions. Which code?", R404),
  w('404', 'support', "Front desk staff member (valid login, scheduling role that can open any appointment) looked up appointment APT-55120 from a patient's paper slip, but misread it: no appointment with that number was ever created. What should the API have returned?", R404),
  // ---- 404: hiding existence ----
  w('404', 'security', "Finding: a logged-in patient can iterate /lab-results/{id} and gets 403 for other patients' results but 404 for unused IDs, so they can map which results exist. The requirement is to not reveal whether other patients' data exists. What should the other-patient case return?", R404H),
  w('404', 'support', "A celebrity is admitted under a 'do not disclose' flag. A billing clerk with a valid login who is not on her care team looks up her MRN. Hospital policy: even confirming she is a patient here is a privacy breach. What should the record endpoint respond with?", R404H),
  w('404', 'security', "In our state a parent proxy must not even learn that their teen has a confidential reproductive-health encounter. If the parent's app requests that encounter's URL directly (guessed, or from an old link), we must not confirm it exists. The parent is properly authenticated. 403 or 404?", R404H),
  // ---- 404: removal not known to be permanent ----
  w('404', 'sre', "lab result got deleted by a tech b/c it was filed on the wrong patient. QA might restore it after review, nobody knows yet. clinician w/ access hits the old url. 410?", R404U),
  w('404', 'api', "We removed a discharge summary from the portal while the records retention committee decides whether the removal is permanent; it may be reinstated. A colleague wants 410 Gone for requests to its URL in the meantime. The caller is authorized. What should we return?", R404U),
  w('404', 'nonnative', "Radiologist pull back the CT report for correction, maybe it come back maybe not, nobody decided yet. Patient who own the report open the link in portal. We answer 410 or is better other code?", R404U),

  // ---- 410 ----
  w('410', 'api', "We have permanently decommissioned /v1/lab-results; it will never come back and we are deliberately not redirecting to v2. Authenticated clients still calling v1 should receive which status?", R410),
  w('410', 'sre', "dup patient record merged, old MRN retired for good, policy says never reused or reinstated, and we dont redirect. clinician w/ perms hits the old MRN url. code?", R410),
  w('410', 'support', "A patient asked us to permanently delete a photo she uploaded to her portal; it was irreversibly erased and will not come back. Her old app version still requests that photo's URL. What status should she get?", R410),
  w('410', 'security', "A compliance officer (authorized, valid session) requests an audit export file that was intentionally destroyed under our retention schedule. The destruction is permanent and the file name is already known to them, so there is nothing to hide. Which response code?", R410),
  w('410', 'nonnative', "We delete on purpose the old patient education PDFs, forever, and we want other websites to remove their links to them. Which status is the right one for these URLs?", R410),
  w('410', 'sre', "covid pre-visit screening questionnaire endpoint got ripped out, feature retired permanently, not coming back. mobile clients still posting to it. 404 or 410", R410),

  // ---- knowledge ----
  k('api', "Per RFC 9110, what response header is the server required to include when our patient API returns 401?", /www-authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('sre', "are 404s cacheable by default or only if we set cache-control. cdn sits in front of the portal", /(?<!\bnot |n't )(heuristically[- ]cacheable|cacheable by default)/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('nonnative', "When client get a 403, it should try again the same request with the same credentials or not?", /\b(should ?n[o']t|must ?n[o']t|do ?n[o']t|not|never)\b.{0,40}\b(repeat|retr|resend|re-send|again)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', "Which RFC currently defines HTTP status code semantics such as 401 and 403, now that RFC 7231 is obsolete?", /9110/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235'),
  k('sre', "bearer token is valid but missing the scope we need, rfc 6750 says which status", /\b403\b|forbidden/i, 'RFC 6750 §3.1: insufficient_scope is answered with 403 Forbidden'),
  k('api', "Per RFC 6750 §3.1, what HTTP status accompanies the invalid_request error (for example a request carrying two bearer tokens, or missing a required parameter)?", /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request is answered with 400 Bad Request'),
  k('support', "Once we start returning 410 for a deleted record URL, are we obliged to keep returning 410 for it forever?", /not (necessary|required|obliged|obligated|mandatory)|no (requirement|obligation)|up to|discretion|any (particular )?length|(do ?n[o']t|does ?n[o']t|do not|does not|not) (have|need) to/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the owner'),
  k('security', "When is it acceptable, per RFC 9110, to answer 404 instead of 403 for a resource the caller is not allowed to access?", /hid(e|ing)|conceal|not (reveal|disclose|confirm)|without (revealing|disclosing)|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target may respond 404'),
  k('nonnative', "Our portal sit behind a corporate proxy which need its own login. For the proxy authentication it is also 401 with WWW-Authenticate, or something different?", /407|proxy-authenticate/i, 'RFC 9110 §15.5.8: proxy authentication uses 407 Proxy Authentication Required with Proxy-Authenticate'),
  k('api', "Under RFC 6750, if a request to the records API carried no authentication information at all, should the WWW-Authenticate challenge include an error code?", /\b(should ?n[o']t|no|not|omit\w*|without|leave (it )?out)\b.{0,40}error|error (code )?(should |must )?(be )?(omitted|left out)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('support', "A clinic manager wants to know why her staff got denied. Is a 403 response allowed to explain the reason for the refusal in its body?", /(describe|explain|state|give|include)\w*.{0,60}(reason|why)|(reason|why).{0,60}(content|body|payload)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content'),
  k('security', "Beyond saying the resource is missing, what is 410 Gone primarily intended for according to RFC 9110?", /(remov|delet|drop|purg)\w*.{0,40}links?|links?.{0,60}(remov|delet|drop|purg)|web maintenance/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by signalling that remote links to the resource should be removed'),
  k('api', "In an RFC 6750 insufficient_scope response, how can the server tell the client which scope was actually required?", /scope\s*=|scope (attribute|parameter)|"scope"/i, 'RFC 6750 §3.1: the insufficient_scope response may include the scope attribute with the scope necessary to access the resource'),
];

export const UNSEEN165_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
