import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 20, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a hospital patient portal and a pharmacy e-prescription (eRx) API, asked about by the clinicians' IT helpdesk, on-call SREs, a privacy auditor and integration partners. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the server must send WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token and gets 401; RFC 9110 §15.5.2.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; the caller is identified but not permitted, and re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: a valid token lacking the required scope is insufficient_scope and gets 403; RFC 9110 §15.5.4.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wants to hide the existence of a forbidden target resource may answer 404 instead of 403.';
const R404 = 'RFC 9110 §15.5.5: no current representation was found for the target resource (never existed, typo, unknown route).';
const R404D = 'RFC 9110 §15.5.5/§15.5.11: removal not known to be permanent means 404; 410 is only for intentional removal that is likely permanent.';
const R410 = 'RFC 9110 §15.5.11: the target is no longer available, the removal was intentional and the condition is likely permanent, so 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  w('401', 'sre', "erx gateway getting calls from a partner w/ no Authorization header at all, their new release forgot to attach the bearer. we cant tell who they are. 403 or 401 back to them", R401),
  w('401', 'support', "ticket from ward 4: nurse left portal open overnight, session cookie expired so she isnt logged in anymore, clicks lab results and the api answers 403. shouldnt it be a diff code since its just that she has no valid login", R401),
  w('401', 'api', "partner sends `Authorization: Bearer eyJ...` but the exp claim is 2h in the past. bob says 403 b/c the token is 'not allowed anymore', i think its something else. which code", R401T),
  w('401', 'nonnative', "hello, our clinic software call the e-prescription endpoint with api token which pharmacy admin revoked last week. the token is not valid anymore at all. what code server must give, is it forbidden?", R401T),
  w('401', 'security', "pen test finding on the patient portal: `GET /patients/me/records` with zero credentials returns 403 and no WWW-Authenticate header. auditor wants the status fixed, which one should it be", R401),
  w('401', 'sre', "partner is still signing their access tokens with the old key we retired on schedule (announced 3 months ago), so signature check fails and we have no idea who is calling. what should the erx gateway return, thinking 403", R401T),
  w('401', 'support', "dr in cardiology says his EHR plugin sends basic auth w/ a wrong password to the pharmacy api (he changed it yesterday and the plugin still has the old one). he sees 404 and is confused. what code should he actually get", R401),
  w('401', 'api', "someone tampered with the jwt payload so the signature is garbage, token cant be verified, we dont know the caller. we dont care about roles here at all, its purely that the credential is bad. 400 401 or 403", R401T),
  w('401', 'nonnative', "our portal have endpoint for patient to download discharge letter. if session token is missing in request because mobile app lost it, we give 404 now. my senior say should be other code, what is correct one", R401),
  w('403', 'api', "token is valid and fresh, scope is only `erx.read`, partner calls POST /prescriptions which needs `erx.write`. what code, and yes i know the token itself is fine", R403S),
  w('403', 'sre', "pharmacy tech logs in fine (role pharmacy_tech), tries to approve a controlled-substance rx which requires pharmacist role. alice wants 401 b/c 'they need to log in as someone else' but their identity is verified and correct. which is right", R403),
  w('403', 'security', "clinic A api client, authenticated, requests a prescription that belongs to clinic B. rx numbers are printed on paper scripts anyway so we dont care if they learn the id exists, we just want to refuse. code pls", R403),
  w('403', 'support', "receptionist acct, logged in w/ a valid session, clicks the psych notes tab in the portal which is clinicians only. she asks if logging out and back in would fix it. what code should the api return for this", R403),
  w('403', 'sre', "new partner egress IP isnt on our allowlist yet, their mTLS cert and bearer token both validate fine, we know exactly who they are, but the IP rule blocks them. what status", R403),
  w('403', 'nonnative', "the doctor is logged correctly but his prescribing license is suspended in our system, so erx api refuse him to sign new prescription. which status is correct? i was thinking 404 maybe", R403),
  w('403', 'api', "patient is logged in and tries DELETE on one of their own lab results via the api. DELETE works for clinicians on that same route, policy says patients can only read. result obviously exists, they just viewed it. 405 or 403 or what", R403),
  w('403', 'security', "privacy audit q: parent is logged in as proxy for their 17yo, the teen opted out of sharing sensitive results w/ guardians. the result already shows up by name in the list the parent sees so theres nothing left to hide, we just refuse opening it. code", R403),
  w('403', 'sre', "after the rbac migration a batch of new residents (accts fine, sso login works) are missing the prescriber role so every POST /erx fails. we send 404 and they spent an hour hunting a broken url lol. what should it be", R403),
  w('403', 'support', "integration partner's token is valid, not expired, but their contract tier doesnt include the formulary endpoint. we want to tell them plainly its a permission thing, we are not trying to hide that the endpoint exists. which code", R403),
  w('404', 'security', "any logged in patient can hit /patients/{mrn}/records. if the mrn belongs to someone else we must not even confirm that mrn exists, auditor says being a patient at this psych hospital is itself PHI and 403 would leak it. what do we return", R404H),
  w('404', 'api', "current code: `if (rx.clinicId !== caller.clinicId) return res.status(403)`. privacy review says other clinics must not be able to tell whether a given rx number is real or not. what should the status become", R404H),
  w('404', 'nonnative', "we have VIP patient (famous person) chart. staff without break-the-glass permission is logged in normally, but policy say for them the chart must look like it not exist at all. which code we return when they open the url", R404H),
  w('404', 'sre', "partner calling /v2/prescriptons (missing the i) all morning, we have no such route and never had. 400 or 404 or whatever, alerts are noisy", R404),
  w('404', 'support', "nurse pasted a link to lab result id 88812 but copied the digits wrong, that id was never issued to anything. portal shows a weird error. what status should it be", R404),
  w('404', 'api', "GET /pharmacies/99999 - that pharmacy id was never assigned in our registry, the caller is fully authenticated and allowed to read pharmacies. code?", R404),
  w('404', 'sre', "prescriber deleted an rx draft this morning, we soft-delete and not sure yet if the restore feature ships next quarter, so no promise its gone forever. jim wants 410 for it. 404 or 410", R404D),
  w('404', 'support', "old portal page for flu vaccine booking got removed during the cms migration, marketing hasnt decided if it comes back in autumn. what should the url return meanwhile", R404D),
  w('404', 'nonnative', "the endpoint /api/v1/refills we removed from this deployment by mistake, maybe we put it back next week, we dont know yet. clients hitting it now get what code? 410 because it is gone?", R404D),
  w('404', 'sre', "`if (!patient) return res.status(404)` fires b/c the document id from some old email has zero record in the db, never existed as far as any table or audit log knows. someone in channel says return 403 'to be safe'. keep 404?", R404),
  w('410', 'sre', "we decommissioned the v1 erx api on june 30 after 12 months deprecation, it is never coming back, partners still hammering /v1/prescriptions. 404 or something better", R410),
  w('410', 'api', "cancelled rx was purged on purpose by the retention job, purge is irreversible and the id will never be reused, we know its gone for good. caller is the same clinic that created it. what code on GET", R410),
  w('410', 'support', "hospital deliberately retired the whole patient-education leaflet library, legal signed off, not coming back. google still sends traffic to the old pages and we want crawlers to drop them fast. which status", R410),
  w('410', 'nonnative', "we close pharmacy branch in north wing forever, the endpoint /pharmacies/north-wing/stock we remove on purpose and will never restore. which code is correct, just 404?", R410),
  w('410', 'security', "legacy fax-to-pharmacy webhook url was shut down permanently and intentionally, it was in the public docs and changelog so we dont care that callers know it used to exist. what status should it answer now", R410),
  w('410', 'api', "/v1/formulary/export sunset date passed, we removed it intentionally and product confirmed in writing its permanent. bob says 404 is always fine for removed stuff. better option?", R410),
  k('security', "which response header is mandatory when the portal api sends a 401", /WWW-Authenticate/i, 'RFC 9110 §15.5.2 / §11.6.1: a 401 response must include a WWW-Authenticate challenge.'),
  k('api', "for a bearer token that is valid but missing the scope the erx endpoint needs, what status does rfc 6750 say", /403/, 'RFC 6750 §3.1: insufficient_scope should be answered with 403.'),
  k('api', "partner token expired, what error value goes in the WWW-Authenticate Bearer challenge", /invalid_token/i, 'RFC 6750 §3.1: expired, revoked or malformed tokens are reported as error="invalid_token".'),
  k('sre', "cdn kept serving a 404 for a new patient portal page even tho origin never sent cache-control. are 404s cacheable w/o explicit headers", /heuristic|by default|without (explicit|any)|w\/o/i, 'RFC 9110 §15.1: 404 is heuristically cacheable unless method definition or explicit cache controls say otherwise.'),
  k('security', "privacy auditor asks: is it ok per the http rfc to answer 404 instead of 403 so we dont confirm a patient record exists", /hid|conceal|(not|n't) (reveal|disclos|leak|confirm)/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource may respond 404.'),
  k('support', "helpdesk needs a one liner for clinicians: whats the diff between 404 and 410", /permanent/i, 'RFC 9110 §15.5.11: 410 means intentionally removed and likely permanent; 404 makes no such claim.'),
  k('sre', "should our erx client auto retry when it gets 403 from the pharmacy", /(not|n't|no|never|stop|don'?t)\b.{0,40}retr|retr\w*.{0,60}(until|after|once|only)/i, 'RFC 9110 §15.5.4 / seed: repeating the request with the same credentials will not help; do not retry until permissions change.'),
  k('api', "per rfc 6750 what status for a bearer request that is malformed, like the token sent twice in header and body", /400/, 'RFC 6750 §3.1: invalid_request (malformed or duplicated parameters) should be answered with 400.'),
  k('security', "partner exceeds their request quota on the erx api, should we send 403 or 429", /429/, 'RFC 6585 §4: 429 Too Many Requests signals rate limiting; 403 is for permission refusal.'),
  k('api', "PUT on an endpoint that doesnt support PUT for anyone at all, 403 or 405", /405/, 'RFC 9110 §15.5.6: 405 Method Not Allowed when the method is not supported by the target resource, with an Allow header.'),
  k('nonnative', "which RFC is today define meaning of 401 403 404 410, the old 7231 still?", /9110/, 'RFC 9110 (2022) obsoletes RFC 7231/7235 and defines these status codes.'),
  k('support', "portal shows a 'page not found' message but the http status is 200, seo person says thats bad. what is that called", /soft[ -]?404/i, 'Seed: returning 200 with not-found content is a soft 404; search engines treat it as an indexed page.'),
  k('sre', "if a user gets 403 does logging in again fix it", /(not|n't|no)\b.{0,40}(help|change|fix|re-?auth|log)/i, 'RFC 9110 §15.5.4 / seed: 403 means the identity is known but not permitted; re-authenticating will not change the outcome.'),
  k('security', "the reverse proxy in front of the erx api sometimes returns 407, how is that different from 401", /proxy/i, 'RFC 9110 §15.5.8: 407 means the client must authenticate to the proxy, using Proxy-Authenticate rather than WWW-Authenticate.'),
  k('api', "when a request to the pharmacy api has no token at all and we send 401, should the bearer challenge include an error code", /(no|not|n't|omit|without|leave out)\b.{0,40}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server should not include an error code.'),
];

export const UNSEEN20_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
