import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 380, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a laboratory information system and instrument booking (PIs, students, other groups' samples, confidential clinical-trial samples, decommissioned instruments), written by research software engineers and non-native English speakers. */

const R401 = 'No valid credentials (missing, expired, revoked, rotated or unverifiable) → 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token).';
const R401N = 'The request carries no authentication at all → 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3).';
const R403 = 'Caller is authenticated but not authorized and existence is not secret → 403; re-authenticating will not help (RFC 9110 §15.5.4).';
const R403S = 'Valid token lacking the required scope → 403 with error="insufficient_scope" (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No such resource exists or ever existed (wrong id / route) → 404 (RFC 9110 §15.5.5).';
const R404H = 'Resource exists but its existence must be hidden from this caller → 404 instead of 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent → 404, not 410 (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally and permanently removed → 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'nightly rsync-to-LIMS job from the cryo-EM room calls POST /api/runs with no Authorization header at all, someone forgot to mount the secret. what do we send back', R401N),
  w('401', 'nonnative', 'Hello, in our booking system the session of a PhD student is expired after 30 minutes idle. After that she click "reserve" for the confocal microscope and the request come only with the expired session cookie. Normally students are allowed to book this microscope. Which status code we must return? My colleague say 403 because she is student.', R401),
  w('401', 'security', 'finding LIS-SEC-07: the api key of a PI who left the institute was revoked in march, but his old harvesting script still hits /api/samples with it every hour. server currently answers 403. reviewer says thats the wrong code. what should it be', R401),
  w('401', 'api', 'instrument booking API, JWT bearer tokens. a request arrives whose token signature doesnt verify (signed with the staging key, prod doesnt accept it). 401 or 403?', R401),
  w('401', 'support', 'Ticket #4411: a postdoc from the Hernandez lab pressed "log out" in the LIMS, then used the browser back button and re-submitted the sample submission form. The server had invalidated her session at logout, so the request carried no valid session anymore. What status should the LIMS respond with?', R401),
  w('401', 'sre', 'svc-to-svc call from the freezer monitor into the LIS, bearer token expired 2h ago b/c the cron didnt refresh it. status?', R401),
  w('401', 'nonnative', 'We rotated the upload token of the mass spectrometer PC yesterday. The old PC still have the old token in config file and try to upload raw files to LIMS with it. The old token is not valid anymore. What the LIMS should return, 401 or 403 or 404?', R401),
  w('401', 'api', 'gateway in front of the booking svc validates JWTs against our JWKS. token comes in w/ a kid that isnt in the key set at all (unknown key, cant verify it). colleague says 403 b/c "the token is bad". thoughts', R401),

  // ---- 403 ----
  w('403', 'api', 'student role is authenticated fine, calls POST /bookings/{id}/approve on a booking for the 800 MHz NMR. only PIs and the facility manager can approve. the booking itself is visible to everyone in the facility calendar, nothing secret. which code', R403),
  w('403', 'security', 'bearer token from the ELN integration has scope samples:read only and it tries PUT /samples/S-1182/results. token is valid, not expired, the sample is not secret. what status should the LIS return', R403S),
  w('403', 'support', 'Ticket from Dr. Okafor: her student can see the sample list of the Lindqvist group (all group sample lists are visible institute-wide by policy, so existence is not a secret), but when he tries to edit a Lindqvist sample he gets an error. He is logged in correctly, he is just not a member of that group. Which status code is correct for the edit attempt?', R403),
  w('403', 'nonnative', 'In our LIS the facility has blocked the account of one user because of unpaid instrument invoices. He can still log in with correct password, but every booking request of him must be refused until his PI pays. The instruments are public in the calendar. Which code is correct for the booking request?', R403),
  w('403', 'sre', 'data export endpoint of the sequencer LIMS only allows the institute IP ranges. valid logged-in user calling from home w/o VPN, IP not on the allowlist. endpoint is in the public docs, not secret. what should we return', R403),
  w('403', 'support', 'An external collaborator from a company has the "basic" plan in our core facility portal. Basic does not include booking the Krios cryo-EM, only the small TEM. He is logged in with a valid account and tries to book the Krios, which is listed on our public website anyway. Someone on the team says 404, I think 403. Which is right?', R403),
  w('403', 'nonnative', 'PhD student is logged in ok, but she did not do the biosafety training yet, so she is not allowed to book the BSL-2 cell sorter. The sorter is visible for all users in the booking page, is no secret. Is 403 right here or 401?', R403),
  w('403', 'security', 'review note: lab technicians (authenticated, role=tech) can currently download /admin/audit-log. that endpoint is in our public API docs so its existence isnt sensitive. after the fix, what code should techs get', R403),
  w('403', 'api', 'multi-site LIS. user from the Basel site (logged in, valid token) opens the instrument page of a Lyon instrument and tries to change its maintenance window. the instrument catalog is public for all sites, but only Lyon staff can edit. response code?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'support', 'Ticket #5120: a student says the LIMS gives an error for sample SMP-2024-00731. We checked: there is no such sample and there never was, she swapped digits (the real one is SMP-2024-00371). What status should the API give for the wrong id?', R404),
  w('404', 'sre', 'spike of GET /instruments/9999/slots in the logs. there is no instrument 9999, never was, ids only go up to 212. code?', R404),
  w('404', 'nonnative', 'A student copy the URL from our tutorial which has literally /samples/{sampleId} inside, not replaced. Of course no sample with this id exist, it never existed. What we return please?', R404),
  w('404', 'api', 'someone calls /api/v3/plates but we only ever had v1 and v2, a v3 was never built. is 410 right or what', R404),

  // ---- 404: exists but hidden from this caller ----
  w('404', 'security', 'clinical-trial samples (study CT-2207) live in the same LIS. a logged-in researcher who is not on the trial delegation log requests /samples/CT2207-0043. per the trial protocol we must not even confirm those sample ids exist to anyone outside the study. 403 or 404', R404H),
  w('404', 'api', 'the Novak group has samples in a patent-pending project, flagged confidential: for any user outside the group the API must not reveal that those sample ids exist at all. an authenticated user from another group GETs one of them by id. what status', R404H),
  w('404', 'support', 'Ticket: a PI from another department asks why he gets "not found" for the booking page of instrument X-17 when a colleague told him it exists. X-17 belongs to a restricted defence project and its existence must not be disclosed to anyone outside that project. He is logged in correctly but not in the project. Should we change the response to 403 to be more honest, or keep the current code?', R404H),
  w('404', 'nonnative', 'Blinded study: the ids of the patient samples must stay confidential, a user who is not in the study should not be able to know if some id is existing or not. One student (logged in, not in study) is trying ids one by one on /samples/. For the ids that really exist, what code we answer?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'we pulled the FACS Aria off the booking system while its in repair, nobody knows yet if it comes back or gets scrapped. old booking links still hit /instruments/aria-2. 410?', R404U),
  w('404', 'support', 'Ticket #6033: a technician deleted sample record S-7781 by mistake. IT says they might restore it from backup next week, but nothing is decided. Meanwhile users following old links get an error. Is 410 Gone correct for now, or something else?', R404U),
  w('404', 'security', 'the SOP for the radioisotope lab was taken down from the LIMS pending review by the safety officer, might be republished after changes, might not. the doc is not confidential and the public link still circulates. what status for now', R404U),

  // ---- 410 ----
  w('410', 'sre', 'HPLC-03 decommissioned for good, removed from booking on purpose, wont come back. its booking url still gets traffic. code', R410),
  w('410', 'nonnative', 'Our old electron microscope was scrapped and sold last year, we removed it from the booking system definitely, it will never return. The calendar URL of it is still called by iCal clients of some users. Which status code is the correct one?', R410),
  w('410', 'api', 'we permanently retired the LIMS v1 REST API on purpose, shut down forever, no redirect planned. clients still calling /v1/samples. which code', R410),
  w('410', 'support', 'Ticket: a user asks why the page of the former Müller group returns an error. The group was dissolved when the PI retired and we deleted all group pages deliberately and permanently. What code should these old URLs send?', R410),
  w('410', 'security', 'samples of the finished trial CT-1904 were destroyed and their records purged permanently per the retention policy, on purpose. the trial is public in the registry so existence isnt sensitive. the sponsor monitor (authenticated and authorized) requests one of the old sample records. status?', R410),
  w('410', 'nonnative', 'We have decommissioned the NMR 400 on purpose and it is removed permanently from the instrument list, is sure it not come back. Colleague want to return 404 for its page, I think other code is better. What do you say?', R410),
  w('410', 'sre', 'ical feed endpoint for the decommissioned confocal (LSM-510) intentionally removed, permanent. what should it return', R410),

  // ---- knowledge ----
  k('sre', 'for a 401 from the booking api what header has to be in the response', /www-authenticate/i, 'A 401 response must send a WWW-Authenticate header with at least one challenge (RFC 9110 §15.5.2).'),
  k('nonnative', 'If user get 403 from the LIMS, it help if he logout and login again?', /\bno\b|n.t (help|change|fix|make)|not (help|change|fix|make a difference)|pointless|useless/i, 'For 403 the server understood who the client is; re-authenticating will not change the outcome (RFC 9110 §15.5.4).'),
  k('security', 'when is it ok to send 404 instead of 403 for a sample the caller isnt allowed to see', /hid(e|es|ing)|conceal|existence|reveal|disclos|confidential|secret/i, 'A server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403 (RFC 9110 §15.5.4).'),
  k('support', 'an instrument was removed from the booking list and we dont know yet if it will be back. 410 or 404?', /\b404\b/, '410 is for permanent removal; when permanence is unknown, 404 should be used (RFC 9110 §15.5.11).'),
  k('api', 'what does a 410 tell search crawlers and ppl who have links to an old instrument page', /permanent|remov(e|al|ed)|delist|de-?index|for good|no longer/i, '410 says the resource is intentionally and permanently gone, so links should be removed (RFC 9110 §15.5.11).'),
  k('sre', 'can the CDN cache our 404s for missing sample ids when we send no cache-control at all', /^(?![\s\S]*\bnot (heuristically )?cacheable)[\s\S]*(\byes\b|heuristic|cacheable by default|can (be )?cache)/i, '404 is heuristically cacheable by default (RFC 9110 §15.1, §15.5.5).'),
  k('security', 'RFC 6750: the token is valid but lacks the scope needed to write results. which status goes with insufficient_scope', /\b403\b/, 'insufficient_scope → HTTP 403 (RFC 6750 §3.1).'),
  k('api', 'per RFC 6750 the bearer token of the freezer monitor is expired, what status and error code in WWW-Authenticate', /\b401\b[\s\S]*invalid_token|invalid_token[\s\S]*\b401\b/i, 'Expired token → 401 with error="invalid_token" (RFC 6750 §3.1).'),
  k('nonnative', 'In RFC 6750 which status code is for the error "invalid_request"?', /\b400\b/, 'invalid_request → HTTP 400 Bad Request (RFC 6750 §3.1).'),
  k('support', 'our docs for the LIMS api cite RFC 7231 for status codes. is that still the current one?', /\b9110\b/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235 and is the current HTTP semantics spec.'),
  k('security', 'may the 403 body tell the student why the booking is refused (e.g. missing biosafety training)', /\byes\b|\bmay (describe|explain|include|state|say)|\bcan (describe|explain|include|state|say)|allowed to (describe|explain|include)|describe the reason|explain(s|ing)? (the |why)/i, 'A server that wishes to make public why the request was forbidden can describe that reason in the response content (RFC 9110 §15.5.4).'),
  k('sre', 'plate reader bridge keeps getting 403 from the LIS. should it keep retrying with backoff', /\bno\b|not (retry|be retried|keep)|shouldn.t|should not|don.t|stop/i, 'The client should not repeat the request unchanged; re-trying will not help without a permission change (RFC 9110 §15.5.4).'),
  k('api', 'RFC 6750: the booking client sends a request with no token at all. should the 401 WWW-Authenticate contain error="invalid_token"?', /\bno\b|should not|shouldn.t|not include|omit|without (an |any )?error/i, 'If the request lacks any authentication information, the server SHOULD NOT include an error code (RFC 6750 §3.1).'),
  k('support', 'do we have to return 410 for every single instrument we ever decommissioned, or is 404 also allowed?', /not (necessary|required|mandatory|obligat)|no (obligation|requirement)|optional|404 is (also )?(fine|ok|allowed|acceptable)|\bmay\b|allowed/i, 'It is not necessary to mark all permanently unavailable resources as gone; 404 remains acceptable (RFC 9110 §15.5.11).'),
  k('security', 'does a 404 from the LIS say whether the sample is gone temporarily or permanently', /(doesn.t|does not|not|no|nor|neither)[^.]*(say|indicate|tell|distinguish|specify|reveal|signal)|temporar[\s\S]*or[\s\S]*permanent|unknown|no guarantee/i, '404 does not indicate whether the lack of representation is temporary or permanent (RFC 9110 §15.5.5).'),
];

export const UNSEEN380_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
