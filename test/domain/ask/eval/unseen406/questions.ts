import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 406, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a dental and medical clinic booking platform (patients, dentists, receptionists across clinics, other patients' appointments, cancelled appointments, closed clinics, insurer API keys), in support tickets and chat. */

const R401 = 'No valid credentials (none sent, expired, revoked, unknown or bad signature): RFC 9110 §15.5.2 401 with a WWW-Authenticate challenge; RFC 6750 §3.1 invalid_token.';
const R403 = 'Caller is authenticated but not authorized and nothing is hidden; re-authenticating will not help: RFC 9110 §15.5.4 403.';
const R403S = 'Valid bearer token without the required scope: RFC 6750 §3.1 insufficient_scope, status 403 (RFC 9110 §15.5.4).';
const R404 = 'No current representation for the target; it never existed or the id is wrong: RFC 9110 §15.5.5 404.';
const R404H = 'Existence must not be revealed to this caller: RFC 9110 §15.5.4 lets an origin server answer 404 instead of 403 (§15.5.5).';
const R404U = 'Removed but not known to be permanent: RFC 9110 §15.5.11 says 404 ought to be used when the server does not know whether the condition is permanent.';
const R410 = 'Intentionally and permanently removed, no forwarding address: RFC 9110 §15.5.11 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'patient logged out of the booking app but an old browser tab keeps polling /appointments/upcoming w/ the dead session cookie. what do we send back', R401),
  w('401', 'api', 'Insurer integration calls our eligibility endpoint with the API key they rotated last week. The old key was revoked on our side when they rotated. Should the gateway return 401 or 403?', R401),
  w('401', 'support', 'Ticket from Riverside clinic: the receptionist says the schedule page errors every morning. We checked and her session expires overnight, and the front desk tablet keeps sending the expired token until she logs in again. A colleague wants to return 403 because she is "not allowed anymore". Which status is actually correct for those requests?', R401),
  w('401', 'security', 'Finding: GET /api/v2/dentists/{id}/calendar requires login but currently answers 200 with an empty list when the request has no Authorization header at all. No token, no cookie. What should it return instead?', R401),
  w('401', 'nonnative', 'Patient app is sending bearer token but the signature is not valid, somebody changed the payload. Which status code we must return for this request?', R401),
  w('401', 'sre', 'insurer key in the X-Api-Key header doesnt match any key we ever issued, prob a typo on their side. code pls', R401),
  w('401', 'api', 'jwt for the dentist portal expired 5 min ago, the refresh call failed too, and the request still hits /charts. someone says 403, thoughts', R401),
  w('401', 'nonnative', 'Hello, patient has changed her password and we revoke all her old tokens. Her old phone still try to open booking history with the old token. What response is correct for that phone?', R401),

  // ---- 403 ----
  w('403', 'sre', 'receptionist is logged in fine, tries to open a dentists clinical notes, her role only allows scheduling. front desk already knows the notes exist, nothing to hide. status?', R403),
  w('403', 'api', 'Insurer token is valid but only carries scope claims:read, and they call POST /claims to submit a new claim. which one', R403S),
  w('403', 'support', 'Dr. Patel is authenticated and works at the Northside clinic. She tried to edit the opening hours of the Eastgate clinic, where she has no staff role at all. Eastgate is listed publicly on our site, so there is nothing secret about it existing. What should the API send back when she saves?', R403),
  w('403', 'security', 'Review note: patient accounts suspended for unpaid bills can still log in (session is valid), but the booking endpoint has to refuse them until the balance is paid. Team is debating 401 vs 403 for the refused booking call.', R403),
  w('403', 'nonnative', 'Clinic is on the free plan, the manager is logged in correct and try to use SMS reminders feature, which is only in paid plan. Is 403 right here?', R403),
  w('403', 'security', 'insurer api key is valid and recognised but the call comes from an IP that isnt on that insurers allowlist. what should the gateway return', R403),
  w('403', 'api', 'patient logged in normally calls GET /admin/clinics/stats. the endpoint is documented in our public api docs, just admins only. 401 or 403?', R403),
  w('403', 'support', 'Receptionist from Lakeside (logged in) tries to export the public list of dentists at Hillview, but export is restricted to clinic managers. She can already see the list on the website so it isnt confidential. Colleague says return 404 to be safe. Correct response?', R403),
  w('403', 'nonnative', 'Dentist is login correctly and token is ok, but admin locked his account because his license is expired. He try to open his calendar. Login again will not help him. 401 or 403?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /clinics/9981 from an old bookmark, no clinic ever had that id, just a typo. code?', R404),
  w('404', 'api', 'patient app asks for /appointments/APT-000000 which isnt a real id, no appointment was ever created with it. what do we return', R404),
  w('404', 'support', 'A patient clicked a link in an email that points to /dentists/dr-smiht. The slug is misspelled; there was never a dentist with that slug. Not deleted, it never existed. Should that page be 410?', R404),
  w('404', 'nonnative', 'Insurer is authenticated ok and call /v1/members/ABC123/coverage, but this member id never existed in our system at all. Which code we send?', R404),

  // ---- 404: exists but hidden ----
  w('404', 'security', 'Finding: a logged-in patient can request /appointments/{id} for other patients and gets 403, which confirms the id is real. Our policy is that we never confirm other patients\' appointments exist. What should the endpoint return?', R404H),
  w('404', 'api', 'insurer key is valid but they ask for a patient who isnt one of their members. we must not reveal whether that person is a patient at any of our clinics. status?', R404H),
  w('404', 'support', 'A receptionist at Clinic A (properly logged in) typed the URL of a patient record that belongs only to Clinic B. Privacy rule: a clinic must never learn which patients are registered at other clinics. Today the page shows "Forbidden". What should we send instead?', R404H),
  w('404', 'security', 'dentist is authed and hits /internal/clinics/42/audit-log, which exists but only for HQ staff. for non-HQ users we dont want to even confirm that route exists. code pls', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'The Westbrook clinic was temporarily closed for renovation and its booking page was taken offline. Management hasnt decided yet whether it will reopen. Patients keep hitting the old URL. 404 or 410?', R404U),
  w('404', 'sre', 'dentist profile pulled after a complaint, under review, might be restored next week. what should /dentists/118 return rn', R404U),
  w('404', 'nonnative', 'Appointment was deleted by mistake by a receptionist, maybe we can restore it from backup, we are not sure yet. Patient open the link from his reminder. Which code?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'clinic on elm st closed for good, we removed its page on purpose, no new location to point to. code?', R410),
  w('410', 'api', 'We shut down /api/v1/bookings for good on purpose, there is no redirect and it will never come back; clients have to migrate themselves. What should v1 calls get now?', R410),
  w('410', 'support', 'Cancelled appointments older than 90 days are purged permanently by design (retention policy) and cannot be restored. A patient clicks the link in an old confirmation email for one of those. What should the page return?', R410),
  w('410', 'security', 'A dentist left the network and, per policy, his public profile was intentionally and permanently deleted; it will never come back. Crawlers still hit the URL. 404 or 410?', R410),
  w('410', 'nonnative', 'We delete forever the old promo page for the teeth whitening campaign 2022, it will not come back, this is on purpose. What code is best for this removed page?', R410),
  w('410', 'security', 'insurer webhook endpoint /hooks/insurer-legacy was permanently decommissioned on purpose and is documented as gone forever. some insurers still POST to it. status', R410),
  w('410', 'support', 'The Pinehill clinic closed permanently last month and the owners confirmed it will never reopen. We deliberately removed its booking page and there is no other clinic to send people to. Someone suggested 404. What is correct?', R410),

  // ---- knowledge ----
  k('api', 'what header must a 401 from our booking api include', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge.'),
  k('support', 'if a receptionist gets 403 on the billing page, will logging out and back in fix it', /\b(no|not|won.?t|doesn.?t|cannot|can.?t|unlikely)\b/i, 'RFC 9110 §15.5.4: for 403, re-authenticating/other credentials will not change the outcome; the server refuses to authorize.'),
  k('security', 'when is it acceptable to answer 404 instead of 403 when someone asks for another patients chart', /(hid|conceal|existence|reveal|disclos|confirm|leak)/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource may respond 404 instead.'),
  k('sre', 'does a 404 say anything about whether the missing clinic page is gone permanently', /((not|n.?t|no)\s+(\w+\s+){0,3}(indicat|say|tell|impl|specif|guarantee|promise|claim|information|statement|distinguish)|temporary or permanent|permanent or (temporary|not))/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('nonnative', 'What tell a 410 to search engines and to people who have old link to the closed clinic page?', /(permanent|for good|remov|delet|delist|de-?index|forever)/i, 'RFC 9110 §15.5.11: 410 means the resource is intentionally gone, likely permanently; link holders should remove references, and it helps web maintenance/crawlers.'),
  k('sre', 'is a 410 for the closed clinic page cacheable by default if we set no cache-control', /\b(yes|heuristic(ally)?|cacheable by default)\b/i, 'RFC 9110 §15.1 and §15.5.11: 410 is heuristically cacheable unless otherwise indicated.'),
  k('api', 'is a 403 from the billing export heuristically cacheable like a 404 is', /\b(no|not|isn.?t)\b/i, 'RFC 9110 §15.1: 403 is not among the heuristically cacheable status codes (404 and 410 are).'),
  k('security', 'insurer token is valid but lacks the claims:write scope. which RFC 6750 error code goes in WWW-Authenticate and with what status', /(insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope)/i, 'RFC 6750 §3.1: insufficient_scope, which SHOULD be sent with 403.'),
  k('api', 'rfc 6750 error code for an expired insurer bearer token, and the status that goes with it', /(invalid_token[\s\S]*\b401\b|\b401\b[\s\S]*invalid_token)/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) SHOULD be sent with 401.'),
  k('support', 'which RFC should we cite in our clinic API docs for 401/403/404/410, still 7231 and 7235?', /\b9110\b/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235.'),
  k('nonnative', 'Can our 403 page tell the receptionist why she is forbidden, or it must say nothing?', /\b(yes|may|can|allowed|permitted|optional(ly)?)\b/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('sre', 'booking client got 403 on clinic settings, should our retry logic keep retrying the same call', /\b(no|not|don.?t|shouldn.?t|stop)\b/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('security', 'if the insurer request already had a token and we answer 401, what does that tell the insurer client about its credentials', /(refus|reject|invalid|not (valid|accepted)|fail|denied|bad)/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials.'),
  k('sre', 'patient app sends no token at all and we answer 401 - should the WWW-Authenticate include an error code like invalid_token', /(no\b|not include|shouldn.?t include|should not|without (an? )?error|omit|leave (it )?out)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code.'),
  k('nonnative', 'Must we always use 410 when something is deleted for good, or it is ok to just send 404?', /(not (necessary|required|mandatory|obligat)|optional|no obligation|isn.?t required|don.?t have to|not have to|404 (is )?(also )?(fine|ok|acceptable|allowed)|can (also )?(use|send) (a )?404|may (also )?(use|send) (a )?404)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone; 404 remains acceptable.'),
];

export const UNSEEN406_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
