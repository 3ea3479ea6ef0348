import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 47, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a hospital group's patient portal and clinical APIs — patient records, lab results, appointment booking, proxy access for carers, clinician roles, break-the-glass access, records merged or purged, retired integrations. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, bad signature) → 401';
const R401N = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: no credentials at all → 401, challenge without an error code';
const R403 = 'RFC 9110 §15.5.4: the caller is known but not allowed (role, policy, tenant, contract, IP rule) → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that must not disclose that a resource exists may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when the removal is known to be permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally and permanently removed → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', `portal ios app after sdk bump is calling GET /v2/patients/me/lab-results w/o any Authorization header at all. gateway currently throws 500 b/c the auth middleware NPEs on the missing header. what should it actually send back`, R401N),
  w('401', 'support', `A lady who manages her own appointments in the portal left the booking page open overnight. This morning she clicked "confirm" and got an error. Looking at the logs her session had timed out hours before, so the API got a session that is no longer valid. She just needs to log in again. What status should the booking API give her request?`, R401T),
  w('401', 'security', `Pen test finding on the FHIR lab results endpoint: the tester minted a JWT with all the right claims but signed it with their own key, which is not in our JWKS. Today the resource server rejects it with 403 "access denied". Is 403 the right response here, or something else?`, R401T),
  w('401', 'nonnative', `One doctor is leave the hospital last week and the admin revoke his token. But his tablet app is still calling /encounters with the old token every 5 minute. Which code we must answer to this, 401 or 403?`, R401T),
  w('401', 'api', `Designing the appointment booking API error table. If the Authorization header says Bearer but the token is garbage (not three dot-separated segments, base64 won't decode), do we map that to 401 or 403?`, R401T),
  w('401', 'sre', `WARN authz token_expired sub=clin-4471 exp=1717000000 now=1717003600 path=/api/orders/lab
svc returns 403 for this rn, someone in #clinical-apps says thats wrong. code pls`, R401T),
  w('401', 'support', `Patient got an email saying "your results are ready" and tapped the link on a shared family computer where nobody was logged in. The results API received the call with no cookie and no token whatsoever. Which HTTP status is correct for that API call?`, R401N),
  w('401', 'security', `The break-the-glass endpoint was hit yesterday with an API key we rotated out and deleted last week. Key lookup finds nothing. Audit wants to know what the correct rejection status is for a call made with a dead key.`, R401),
  w('401', 'nonnative', `Partner pharmacy is sending the prescription request with basic auth but the password is wrong since they changed it in their side. What status we should return them?`, R401),

  // ---- 403 ×10
  w('403', 'sre', `front desk role is hitting GET /patients/{id}/labs. login fine, token fine, role just doesnt have lab:read. they booked the appt so they obviously know the patient exists, we dont care about hiding that. which one`, R403),
  w('403', 'api', `Our scheduling integration client has an OAuth token with scope appointments.read only, and it calls POST /appointments to book a slot. Token is valid and unexpired. What should the resource server respond with?`, R403S),
  w('403', 'support', `A daughter has carer (proxy) access to her dad's account, but the grant only covers appointments. She is logged in, can see his name in her list of people she manages, and she tries to open his blood test results. The results exist. What should the portal API return for that request?`, R403),
  w('403', 'security', `Review of the clinical record viewer: a logged-in consultant who is not on the patient's care team opens a chart without going through the break-the-glass justification step. The patient already shows up in the ward search for every clinician, so existence is not a secret. Which code should the chart API send until they complete break-the-glass?`, R403),
  w('403', 'nonnative', `Nurse from hospital North login correctly, and she try to open the clinic schedule of hospital South. The tenants are separate and she has no rights there. The clinic list is public on our website so no problem if she knows it exists. Which code is correct?`, R403),
  w('403', 'sre', `lab analyser integration svc moved to new subnet 10.42.8.0/24 last night. mtls cert valid, client creds valid, but the ip allowlist on the lab-ingest gateway doesnt have the new range yet so it gets blocked. what should the gateway return while its blocked`, R403),
  w('403', 'api', `A small partner clinic is on the basic contract tier and calls our telehealth video session API. Their credentials are valid and we know exactly who they are, but telehealth isn't in their contract. Status for that?`, R403),
  w('403', 'support', `A medical student rang the helpdesk: he is logged into the clinician app, and when he tries to sign off a lab result the app says error. Signing off results needs an attending physician role, which students never get. What code should the sign-off API send him?`, R403),
  w('403', 'security', `Research export API: caller has a valid token and the research.read scope, but the consent registry says this patient opted out of research sharing. The research team already has the cohort list with this patient on it, so hiding existence buys nothing. 403 or 404?`, R403),
  w('403', 'nonnative', `A clinician is logged in with her normal account and she open /admin/users because she want to reset a colleague password. She is not admin. What we give back?`, R403),

  // ---- 404 ×10
  w('404', 'sre', `GET /patients/MRN-0099812/labs -> MRN doesnt exist anywhere, never did, checked the MPI. caller is a valid clinician token. correct response?`, R404),
  w('404', 'security', `We have VIP flagged patients (public figures). Staff outside the care team must not be able to tell the person is even admitted here. When an unauthorized but logged-in clinician requests a VIP patient's record by ID, what should the API return?`, R404H),
  w('404', 'api', `Multi-tenant record API: a user from Hospital A requests /records/884213 and that ID belongs to Hospital B. We must not confirm to A that the ID exists in another tenant. What status should we use?`, R404H),
  w('404', 'support', `A GP practice says a lab result link that worked yesterday now errors. The lab pulled that result back this morning pending a correction; it might be reissued under the same ID, or might not, nobody knows yet. What should the API return for it meanwhile?`, R404U),
  w('404', 'nonnative', `Patient type the address wrong in browser, /portal/apointments with only one p. There is no such page. Which status is correct to answer?`, R404),
  w('404', 'sre', `purge job soft-deleted a batch of duplicate appt records last night. records team says they might restore some within the 30 day window if the dedupe was wrong, so not sure its permanent. someone wants 410 on GET for those ids. i dont think so? what do we send`, R404U),
  w('404', 'security', `Someone with carer access is iterating patient IDs on /proxy/patients/{id}/summary. For patients they have no relationship with, we must not confirm whether that patient is registered with us. Which status code for those?`, R404H),
  w('404', 'api', `A partner called /fhir/r6/Patient, but we only ever shipped r4 and there was never an r6 route. What should the gateway return?`, R404),
  w('404', 'support', `A patient forwarded a share link for her discharge letter to her physio, but she copied it wrong and the token in the URL doesn't match any share we ever created. What response code is right for the physio's click?`, R404),
  w('404', 'nonnative', `For mental health notes the policy say: user without special permission must not even see that the note exist. The user is logged in OK but he don't have this permission and he ask GET /notes/5521. What code?`, R404H),

  // ---- 410 ×6
  w('410', 'sre', `legacy hl7v2 ADT feed endpoint /legacy/adt was retired for good in Q1, all partners notified, the listener is never coming back. one clinic is still posting to it ~200/hr. gateway currently 404s them. should it be something else`, R410),
  w('410', 'api', `v1 of the appointment booking API was sunset on 1 March per our deprecation policy and the code is deleted; there will be no v1 again. What status should /v1/appointments return from now on?`, R410),
  w('410', 'support', `Dr. Okafor left the group and we took down her public profile page on the find-a-doctor site on purpose, permanently. Patients still reach it from Google results and old links. Marketing wants search engines to drop it quickly. Which code should that URL return?`, R410),
  w('410', 'security', `A synthetic test-patient dataset leaked into prod; we deliberately and permanently purged it. It was fake data so we're fine admitting those records existed. A few test harnesses still GET those IDs. What should they get back?`, R410),
  w('410', 'nonnative', `The old fax gateway integration is shut down forever, we will not bring it back. Some labs still send results to /fax/inbound. Which status is the correct one to return them?`, R410),
  w('410', 'sre', `context: records merge last week. patient P-10233 merged into P-88001 (duplicate registration). decision from IG is no redirects from old ids (privacy), old id is killed for good and will never be reissued. epr still logs
INFO GET /patients/P-10233 caller=svc-bedboard 404 12ms
and @mike thinks 404 is fine b/c "it's not there". the id is definitely permanently retired tho`, R410),

  // ---- knowledge ×15
  k('support', `If a clinician gets a 403 in the app, will logging out and back in fix it?`, /^(?=[\s\S]*\b(no|not|won'?t|doesn'?t|will not|does not|cannot|can'?t|unlikely)\b)(?=[\s\S]*(re-?auth|log|credential|sign|permission|role|access))/i, 'RFC 9110 §15.5.4: for 403, re-authenticating will not change the outcome; permissions must change'),
  k('security', `Is a server allowed to answer 404 instead of 403 to hide that a patient record exists?`, /(yes|may|can|allowed|permitted|acceptable)[\s\S]*(404|hid|conceal|exist)|404[\s\S]*(hide|conceal|not (reveal|disclose)|existence)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404'),
  k('api', `For our retired integration endpoints returning 410: is that response cacheable by default, or only when we add explicit Cache-Control?`, /heuristic(ally)?|cacheable by default|by default[\s\S]*cach|cach[\s\S]*by default|without (explicit )?(cache-control|freshness)/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('api', `Which RFC replaced RFC 7231 as the definition of HTTP status codes?`, /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231'),
  k('nonnative', `In RFC 6750, what is the error code name when the bearer token is expired?`, /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or otherwise invalid tokens'),
  k('security', `What RFC 6750 error code and HTTP status go with a token that lacks the scope needed for the lab results endpoint?`, /^(?=[\s\S]*insufficient_scope)(?=[\s\S]*403)/i, 'RFC 6750 §3.1: insufficient_scope, HTTP 403'),
  k('api', `When a request to our bearer-protected API has no credentials at all, should the WWW-Authenticate challenge carry an error code?`, /(should not|shouldn'?t|not|no|without|omit)[\s\S]*(error code|error=|error attribute|error info|error param)|Bearer realm/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('support', `Marketing asked: how do search engines treat a page that returns 410 compared to one that returns 404?`, /(faster|quicker|sooner|more quickly|immediately|right away|permanent|for good)/i, 'RFC 9110 §15.5.11 and the seed: 410 signals permanent removal, so crawlers delist it faster than a 404'),
  k('sre', `can we use 410 for records we *think* are gone forever but no one has confirmed`, /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('nonnative', `How look the WWW-Authenticate header when the bearer token is expired? Please give example.`, /Bearer[\s\S]*error\s*=\s*"?invalid_token/i, 'RFC 6750 §3 example: WWW-Authenticate: Bearer realm="example", error="invalid_token", error_description="The access token expired"'),
  k('security', `Does a 404 tell the client whether the patient record ever existed, or whether it might come back?`, /\b(no|not|doesn'?t|does not|neither|nothing)\b[\s\S]*(indicat|say|tell|reveal|guarantee|whether|existed|permanent|temporar)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('support', `When we send a 403, are we allowed to explain in the response body why the user is blocked?`, /(yes|may|can|allowed|optional|free to|permitted)[\s\S]*(reason|why|explain|describ|body|content)|(reason|why|explain|describ)[\s\S]*(may|can|optional|allowed)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('nonnative', `If the client send credentials and we still answer 401, what this mean?`, /(refused|rejected|invalid|not (accepted|valid)|wrong|insufficient|bad|expired|failed)[\s\S]*(credential|token|password|auth)|(credential|token|password|auth)[\s\S]*(refused|rejected|invalid|not (accepted|valid)|wrong|insufficient|expired|failed)/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials'),
];

export const UNSEEN47_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
