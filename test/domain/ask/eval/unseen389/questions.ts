import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 389, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a bank's internal loan-origination system (loan officers, underwriters, branch managers, other branches' applications, withdrawn applications, regulator-mandated confidentiality), asked by compliance reviewers and non-native English developers. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (none sent, expired, revoked, rotated, unverifiable); RFC 6750 §3.1 invalid_token maps to 401.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and knows the caller but refuses to authorize it; re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope is answered with 403; RFC 9110 §15.5.4 Forbidden.';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin has no current representation for the target (never existed, wrong id, unknown route).';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a forbidden target may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 says nothing about permanence; when it is not known that the removal is permanent, 404 is used rather than 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when the target is no longer available at the origin and this is likely permanent (intentional, permanent removal).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'los-gateway: underwriting batch job calling GET /applications w/o any Authorization header at all, no token whatsoever. code pls', R401),
  w('401', 'nonnative', 'Loan officer session is expired after 15 min idle, then she click "Submit application". Backend see the expired session, she has no valid login anymore. My colleague say 403 because she is not allowed. Which status we must return?', R401),
  w('401', 'api', 'underwriter was moved off the credit team yesterday and her bearer token got revoked. shes still hitting GET /loan-applications/88213 with the revoked token (not a scope thing, the token itself is dead). what do we send back', R401),
  w('401', 'security', 'Compliance review finding LOS-14: the credit-decision endpoint returns 403 when the JWT signature fails verification. The token is forged or corrupted, so the caller is not authenticated at all. What status should the remediation use?', R401),
  w('401', 'support', 'Ticket from Branch 7: the branch manager logged out of the loan origination portal at 5pm, then hit the browser back button and pressed "Approve exception". The request came in with no valid session, the session was destroyed on logout. She got a generic error page. What status should the portal API have returned for that request?', R401),
  w('401', 'nonnative', 'API key of the document scanner integration was rotated last night, the old key is not valid anymore but the scanner service still send it to the loan service. Is 403 correct for this or other code?', R401),
  w('401', 'sre', 'tokens hitting loan svc signed w/ a kid thats not in our jwks, we cant verify them at all. status?', R401),
  w('401', 'api', 'mobile app for loan officers sends an access token whose exp is 2 hours in the past on POST /applications/{id}/documents. someone says 403, thoughts', R401),

  // ---- 403 ----
  w('403', 'security', 'Segregation-of-duties finding: a loan officer is logged in fine and can view his own application LA-5521 in the pipeline, but he sends POST /applications/LA-5521/approve. Only underwriters may approve. The application is not secret from him. Which status should the denial use?', R403),
  w('403', 'api', 'client creds token has scope applications:read only, calls POST /applications/991/decision which needs applications:decide. token is valid otherwise. which code', R403S),
  w('403', 'support', 'The branch manager of Riverside (authenticated, valid session) tried to edit the rate exception on an application from the Downtown branch. Bank policy says all managers can see every branch\'s pipeline, so the application is visible to her, only editing is limited to her own branch. She asks what error she should be getting. correct response?', R403),
  w('403', 'security', 'Our external auditor accounts have a read-only role. An auditor (logged in, valid session) sent DELETE on an appraisal document that is listed for him in the loan file; currently we return 404. Existence is not hidden from auditors. Is 404 right or should it be something else?', R403),
  w('403', 'sre', 'underwriting api only allowed from branch network ranges. valid token, but request comes from an underwriters home ip, not on the allowlist. what should the gateway return', R403),
  w('403', 'nonnative', 'Junior underwriter is logged in correctly, the token is valid. The loan amount is above 1 million and only senior underwriter have the right to approve it. Other developer put 401 there. Which one is right?', R403),
  w('403', 'support', 'A loan officer\'s account was put on hold by HR pending an investigation. Her password still works and she authenticates successfully, but the hold means she may not create new applications. When she POSTs a new application, what do we send back?', R403),
  w('403', 'api', 'partner broker firm on the basic integration tier calls GET /exports/pipeline (bulk export), which is only for premium tier. the endpoint is documented publicly, they are authenticated fine. status?', R403),
  w('403', 'security', 'Access review: the intern role can see the applications list but is not permitted to export the pipeline report. An intern with a valid session clicked export and the API answered 500. Nothing about the report is confidential. Which status should the refusal use?', R403),

  // ---- 404 (never existed / wrong id) ----
  w('404', 'sre', 'GET /applications/LA-2024-0099999 - that app number was never issued, branch typo. not deleted, it never existed. code?', R404),
  w('404', 'nonnative', 'The officer typed the application id with one digit wrong, so this id is not existing in the database at all, it was never created. Not deleted, not hidden. What status we return?', R404),
  w('404', 'api', 'someone is calling /v2/underwriting/queues/commercial but we never built a commercial queue, that route doesnt exist and never did. what do we send', R404),
  w('404', 'support', 'Ticket: an external broker says the link to "document 7781-B" for their client\'s mortgage returns an error. We checked: 7781-B is the broker\'s own internal reference, no document with that id was ever in our loan system. The broker is authenticated. Which status is correct for that request?', R404),

  // ---- 404 (exists, existence must be hidden) ----
  w('404', 'security', 'Applications flagged for suspicious-activity review: regulator rules forbid tipping off, so nobody outside the compliance team may learn that such a file exists. A loan officer (authenticated, no compliance role) requests one of these application ids. We must not confirm the file exists. Which status?', R404H),
  w('404', 'nonnative', 'Applications of other branch: our policy (it comes from the regulator) say officer must not even know if the application exist in other branch. Officer from branch 12 is logged in and ask an application id of branch 40. 403 or 404?', R404H),
  w('404', 'api', 'staff loans (employee loan applications) are confidential, ids must not be confirmed to anyone outside the HR-lending group. an underwriter with a valid token, not in that group, requests GET /applications/SL-0412 which does exist. correct response?', R404H),
  w('404', 'sre', 'board-member loan files are need-to-know, their existence cant leak to anyone else. regular underwriter token (valid) hits one. what should the gateway return, 403?', R404H),

  // ---- 404 (removed, permanence not known) ----
  w('404', 'support', 'Applicant withdrew her mortgage application last week. Withdrawn applications are moved to an archive and the applicant can reopen within 90 days, which restores the same application. Meanwhile the API does not serve archived applications. The officer (authorized for this branch) requests it by id. A colleague wants 410. What should we send?', R404U),
  w('404', 'sre', 'rate sheet doc pulled from the LOS while legal reviews it, might be put back, might not, nobody has decided. requests for it rn: status?', R404U),
  w('404', 'nonnative', 'Loan application was deleted by the officer maybe by mistake, it is in trash and admin can restore it during 30 days. Not sure yet if it come back. Is 410 good here?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'withdrawn apps older than 7y get hard-deleted by the retention job, permanent, cant be restored by anyone. calls for those ids: which code', R410),
  w('410', 'api', 'we retired /v1/loan-applications on purpose, permanently, no redirect planned. clients still hit v1. what do we return', R410),
  w('410', 'security', 'Review note: after an applicant\'s legally valid erasure request, the application record is permanently destroyed on purpose and will never be restored. The endpoint for that id currently returns 200 with an empty body. The caller is an authorized officer and the erasure itself is not confidential. What status should it return?', R410),
  w('410', 'nonnative', 'The old mortgage product "Summer Fixed 2019" is removed forever, we deleted the product page on purpose and it will not come back. Which code is for this page?', R410),
  w('410', 'support', 'Customer ticket: the page /branches/oakridge shows a generic error. The Oakridge branch closed permanently in March and we removed its page intentionally; it is never coming back. What status should that URL give?', R410),
  w('410', 'support', 'Decision letter PDFs are deleted on purpose 60 days after issue, permanently, by design, and never regenerated. Applicants still click the old email links and call the branch. What code should those links return?', R410),
  w('410', 'security', 'Finding: management decided the fax-intake endpoint is shut down for good, deleted on purpose, permanent. Some old brokers still send documents to it and it currently answers 500. Which status should it return?', R410),

  // ---- knowledge ----
  k('api', 'when the loan api sends a 401, which response header is it required to include', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header with at least one challenge.'),
  k('support', 'Should our loan portal client automatically retry a 403 from the underwriting api with the same credentials?', /\bno\b|\bnot\b|n't\b|never/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat a 403 request with the same credentials.'),
  k('security', 'Compliance question: when is it acceptable for the LOS to return 404 instead of 403 for an application the caller may not access?', /hid(e|es|ing)|conceal|existence|not (to )?reveal|disclos|confirm/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target may respond 404.'),
  k('nonnative', 'According RFC 9110, does a 404 tell the client if the missing loan document is gone temporary or permanent?', /(not|no|doesn'?t|neither|whether).{0,60}(temporar|permanen)|(temporar|permanen).{0,60}(unknown|unspecified|not (indicated|specified|known|said|stated))/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('support', 'what does a 410 on a retired loan-product page tell search crawlers and people who link to it', /remov|delist|de-?index|drop|delete (the |their )?link/i, 'RFC 9110 §15.5.11: 410 informs recipients the resource is intentionally unavailable and remote links to it should be removed.'),
  k('sre', 'cdn in front of the LOS public pages: if a 404 has no Cache-Control or Expires, can a cache still store it heuristically per RFC 9110', /\byes\b|\b(is|are) (heuristically )?cacheable|\bcan (be )?(stored|cached)/i, 'RFC 9110 §15.1 / §15.5.5: 404 is heuristically cacheable by default.'),
  k('api', 'RFC 6750: which HTTP status goes with error="insufficient_scope" when the loan api token lacks the decide scope', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 (Forbidden).'),
  k('sre', 'rfc 6750 invalid_token (expired/revoked/malformed token) - what status goes with it', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD be answered with 401 (Unauthorized).'),
  k('nonnative', 'In RFC 6750, the error code invalid_request (for example missing parameter or the token sent two times) is answered with which HTTP status?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 (Bad Request).'),
  k('security', 'Our compliance documentation still cites RFC 7231 and RFC 7235 for 401/403/404/410. Which RFC is the current authority for these status codes?', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'can a 403 body say why the request was refused (like "approval limit exceeded") or must it stay empty', /\byes\b|\bmay\b|\bcan (describe|explain|include|say|state)|is (allowed|permitted)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('api', 'RFC 6750: request to the loan api with no token at all - should the WWW-Authenticate Bearer challenge include an error code like invalid_token', /\bno\b|\bnot\b|n't\b|omit|leave (it |the error( code)? )?out/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('nonnative', 'In simple words, what means 403 Forbidden by RFC 9110?', /refus|declin|will not (fulfil|authori)|won'?t (fulfil|authori)|understood/i, 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it.'),
  k('security', 'Once a purged loan file returns 410, are we obligated to keep sending 410 for that id forever?', /\bno\b|not (required|necessary|obligat)|discretion|up to|owner|no (fixed|set|specific|required) (time|period|length)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the owner\'s discretion.'),
  k('sre', 'after a 401 from the underwriting api, is the client allowed to try again', /\byes\b|new (or (replaced|different) )?(credentials|token|authori[sz]ation)|re-?authenticat|fresh (token|credentials)|different credentials|replaced/i, 'RFC 9110 §15.5.2: the client MAY repeat the request with a new or replaced Authorization header field.'),
];

export const UNSEEN389_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
