import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 294, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a pharmacy and e-prescription service (prescriptions, pharmacists, patients, controlled substances, cancelled prescriptions, pharmacies that left the network, caregivers acting for patients), mostly non-native English speakers and support staff. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server must send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; credentials are insufficient or the refusal is unrelated to them, re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may answer 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: if the server does not know whether the removal is permanent, 404 ought to be used';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'nonnative', "hello, our pharmacist open the app in night shift and the access token is expire since 2 hours, but app still send it to GET /prescriptions/queue. my colleague say we must give 403 because she is not allowed now. what code server should answer?", R401T),
  w('401', 'support', "Customer is a caregiver for her father. She got logged out of the portal (no session cookie, no token at all) and then clicked a bookmarked link to his prescription list. That URL pattern is the same for everyone and is in our public help docs. What should the server actually be returning to her?", R401),
  w('401', 'sre', 'prescriber ehr pushes new e-rx to POST /erx/inbound w/ an api key we revoked yesterday after it leaked. key is well formed just revoked. oncall says 403 b/c they arent allowed anymore, i dont buy it. code pls', R401),
  w('401', 'nonnative', "Patient type wrong password in the mobile app, and app still call the refill endpoint with Basic auth using this wrong password. Which status we give back to him?", R401),
  w('401', 'api', 'For our controlled-substance dispense endpoint, a client presents a Bearer token whose signature fails verification; it looks tampered with. Per RFC 6750, what status should the error response carry?', R401T),
  w('401', 'security', 'Pen-test finding: GET /api/me/prescriptions with no Authorization header at all returns 200 with an empty list. The endpoint path is publicly documented, so there is nothing to hide. What should the remediated response be?', R401),
  w('401', 'nonnative', "One pharmacy leave our network last month and we revoke its client credentials in the auth server. Their old system still call GET /prescriptions/pending with token from this revoked client, token introspection say active=false. Somebody propose 410 because the pharmacy is gone. What is correct code for this request?", R401T),
  w('401', 'support', "A patient removed her son as caregiver yesterday, and when she did that our auth server revoked his access token - it now rejects the token as invalid. He is still sending that same token from the app to open her prescriptions. Is he supposed to get 'forbidden', or something else?", R401T),
  w('401', 'sre', 'signing a schedule II rx needs a fresh session, ours expires after 15 min idle. prescriber hits POST /erx/88/sign w/ the expired session token. what do we send back', R401),

  // ---- 403 ----
  w('403', 'nonnative', "Pharmacy technician is logged in OK (token valid), she see the controlled substance prescription in her queue, but when she press 'approve dispense' the rule say only pharmacist role can approve. Which code is correct for this? Team lead want 401.", R403),
  w('403', 'support', "A caregiver has a valid login and view-only delegation on his mother's account. He can see her prescription on screen, but when he tries to cancel it the system refuses because view-only caregivers can't cancel. What status should that refusal be?", R403),
  w('403', 'sre', 'token valid, scope is rx:read only, client calls POST /refills which needs rx:write. someone put 401 in the handler. whats right per 6750', R403S),
  w('403', 'api', 'A prescriber authenticates successfully, but the DEA registration on file does not cover Schedule II, and they attempt to create a Schedule II e-prescription via POST /erx. The endpoint is public and documented; nothing about it is secret. Which response code communicates this refusal correctly?', R403),
  w('403', 'nonnative', "patient is login and want download his own prescription pdf, but he travel and his IP is from country we must block by law. his credentials are all fine. what code we return?", R403),
  w('403', 'security', 'Our /admin/audit-log path is listed in the public API reference. A logged-in pharmacist without the auditor role requests it. A reviewer wants 404 "for security", but the existence of the endpoint is already public knowledge. Which code should we go with?', R403),
  w('403', 'support', "A pharmacy that's still in our network received a transferred Schedule II prescription in its inbox, and the pharmacist can see it listed there. Their contract doesn't cover controlled substances, so when the pharmacist clicks Accept we refuse. The pharmacist is properly logged in. What should the API return?", R403),
  w('403', 'nonnative', "Our pharmacy intern log out and log in again three time, token is fresh and valid, but still she cannot open the controlled substance log page. Everybody in team know this page exist, only she don't have the permission. Is 401 correct so she login again, or other code?", R403),
  w('403', 'sre', 'caregiver w/ valid token for patient A opens rx detail, ui already shows the "restricted notes" flag so existence isnt secret, then calls GET /rx/123/notes which is patient-only. not allowed. code?', R403),
  w('403', 'api', 'A network pharmacy calls our controlled-substance reporting endpoint with a valid mTLS client certificate and we authenticate it fine, but its source IP is not on the allowlist for that endpoint. The endpoint is known to all partners. Which status should be returned?', R403),

  // ---- 404 ----
  w('404', 'nonnative', "Patient write prescription number RX-00000 in the app but we never issue this number, it never exist in database. He is logged in normal. Which code please?", R404),
  w('404', 'support', "A caregiver called saying she gets an error when opening a prescription link her dad forwarded. The ID got mangled when copying - no prescription with that ID has ever existed. She's logged in fine. Which code should she be seeing?", R404),
  w('404', 'security', 'Pharmacist at pharmacy B (valid login, pharmacist role) requests GET /patients/991/prescriptions for a patient who has never filled anything at pharmacy B. Policy: we must not reveal to other pharmacies whether someone has prescriptions at all, especially addiction treatment. Dev wants 403. What should it be?', R404H),
  w('404', 'security', 'IDOR test: logged in as a patient, iterating GET /prescriptions/{id}. Many of those IDs belong to other patients and do exist, and we must not leak which IDs are real. What should those requests return?', R404H),
  w('404', 'nonnative', "Caregiver have delegation only for patient X. He try open the page of patient Y by change the id in the URL. Patient Y exist, but we have requirement that caregiver must not learn if patient Y is in our system or no. Which code we answer?", R404H),
  w('404', 'support', "Doctor cancelled a prescription this morning. Cancelled ones go to an archive and doctors can un-cancel within 30 days, so it may well come back. The patient opens the old link and my teammate says 410 Gone. Is that right, or what should it be?", R404U),
  w('404', 'sre', 'pharmacy left the network last week, /pharmacies/4411 profile pulled. contract talks still going, they might rejoin, nobody decided anything. 410 or what', R404U),
  w('404', 'api', 'A bug purged some prescription records. We are attempting a backup restore but have no idea yet whether it will bring them back. For authorized requests to those prescription URLs in the meantime, what status is appropriate?', R404U),
  w('404', 'nonnative', "The partner app call /v1/rx/refill-reminder but we never had such endpoint, it is typo (correct one is /v1/rx/reminders). Their token is valid. what should we return?", R404),
  w('404', 'sre', 'pharmacist acct deleted, its a soft delete and db has no flag saying permanent or not, could be undone, we cant tell. GET /pharmacists/77 from an authorized admin returns? coworker wants 410', R404U),

  // ---- 410 ----
  w('410', 'support', "A pharmacy closed its business and left our network for good - contract terminated, decision final - and we'd like search engines and partner sites to drop links to its profile page. What status should that profile URL return now?", R410),
  w('410', 'api', 'We permanently retired our v1 e-prescription API on 1 March; it will never come back and we want integrators to remove every reference to it. Calls to /v1/erx/* should receive which status?', R410),
  w('410', 'nonnative', "By law in our country a cancelled e-prescription is voided forever and never can be restored. Patient (logged in, it is his own prescription) open the pickup QR page of a cancelled one. Colleague say 404. I think other, what is right code?", R410),
  w('410', 'sre', 'flu shot promo page /promo/flu-2023 was a limited time campaign, it ended, we took it down on purpose and its not coming back. code pls', R410),
  w('410', 'nonnative', "The old pdf download link /rx/{id}/pdf-legacy is removed after migration to new format, team decide it never come back (new one is /rx/{id}/document). Patient still open old link from email. Which status we should send?", R410),
  w('410', 'security', 'After a security review we permanently decommissioned the old /v0/pharmacists/search endpoint; it was removed on purpose and will not return, and its existence was always public. Scanners keep hitting it. What should it answer?', R410),

  // ---- knowledge ----
  k('nonnative', "When our server give 401 to the pharmacy app, which header it must send together with it?", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response must include a WWW-Authenticate header field with at least one challenge'),
  k('support', 'A pharmacist keeps getting 403 and wants to just sign out and back in with the same account. Does the spec say anything about retrying with the same credentials?', /(same|identical) credentials|not (automatically )?(repeat|retry)|(won'?t|will not|doesn'?t|does not) help/i, 'RFC 9110 §15.5.4: the client should not automatically repeat the request with the same credentials'),
  k('api', 'Which RFC currently defines the semantics of 401, 403, 404 and 410? Is it still RFC 7231?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235'),
  k('nonnative', 'In RFC 6750, the error insufficient_scope go with which HTTP status?', /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', 'bearer token expired, 6750 says error=invalid_token, whats the status that goes with it', /401/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('api', 'RFC 6750 defines the invalid_request error, for example when a malformed request carries the token in more than one way. Which HTTP status code does it pair with?', /400/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('support', "Once we start returning 410 for a closed pharmacy's page, how long are we required to keep returning 410?", /discretion|no (required|fixed|specific|set|minimum|mandated) (time|period|duration|length)|not (required|necessary|mandated|obligated)|any (particular )?length of time|up to (the )?(server|owner|you|site)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner'),
  k('nonnative', "If we remove a prescription and we don't know if it is permanent or not, RFC say use 410 or 404?", /(use|return|send|ought to (be used|use)|should (be|use)|go with|answer|prefer)\W+(a |the )?(status )?404|404 (ought|should|is (the )?(right|correct|appropriate))/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('security', "Under RFC 9110, when is a server allowed to answer 404 instead of 403 for a prescription the caller can't access?", /hid(e|ing)|conceal|not (be )?(willing|want(ing)?) to (disclose|reveal)|existence/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden target resource may respond with 404'),
  k('sre', 'does a plain 404 tell the client if the rx is gone temporarily or for good', /(does not|doesn'?t|no|not) (indicate|say|tell|distinguish|specify|signal)|neither|no indication/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('api', 'If a request already included credentials and the server still responds with 401, what does that 401 say about those credentials?', /refused|rejected|not (been )?accepted|(were|are|was) (deemed )?invalid/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('security', 'With Bearer tokens, if the request has no authentication information at all, should our WWW-Authenticate challenge include an error code like invalid_token?', /should not|shouldn'?t|no error code|omit|without (an |any )?error|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server should not include an error code'),
  k('support', "What is 410 Gone actually meant to tell clients and people linking to the page, beyond just 'not here'?", /intentional(ly)?|remove (the |their |any )?(remote )?links|links? (should|ought to) be removed|delist/i, 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and that remote links should be removed'),
  k('nonnative', 'Is 403 only when credentials are not enough, or server can give 403 for other reason too, like blocked country?', /unrelated to (the )?credentials|other reasons|not (only|just|always|necessarily) (about|related to|because of|due to) (the )?credentials|regardless of (the )?credentials|other than credentials/i, 'RFC 9110 §15.5.4: a request might be forbidden for reasons unrelated to the credentials'),
];

export const UNSEEN294_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
