import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 238, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a hospital staff scheduling and internal tools platform behind SSO (nurses, doctors, admins, retired wards, deleted shifts, service accounts). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the server sends WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; credentials are known but insufficient, re-authenticating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: if the server does not know whether the removal is permanent, 404 should be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when the target resource is intentionally no longer available at the origin and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "svc acct for the pager bridge hits /shifts/export w/ a bearer token that expired at 03:00, gateway checks it and rejects. acct itself is fine and has the export role. what do we send back", R401T),
  w('401', 'api', "A request to GET /api/rosters/week/42 arrives with no Authorization header and no SSO session cookie at all. A colleague argues for 403 because that roster is restricted to charge nurses. What response should the API return?", R401),
  w('401', 'support', "A nurse lost her badge, so IT revoked her SSO session and tokens. Her scheduling app on the ward tablet keeps sending the old, now-revoked token when she opens the rota. Her account still exists and is not under any restriction. What should the API answer with?", R401T),
  w('401', 'security', "Pen-test finding: the on-call swap endpoint responds 403 when the JWT signature does not verify (the tester forged the token). The reviewer says this is the wrong code. What should a forged/unverifiable token get?", R401T),
  w('401', 'nonnative', "Our doctor is trying the rota API with a token from the test identity provider, but production is not trusting this issuer, so the token cannot be validated. My teammate say 403 because the doctor has no permission. Which code we should return?", R401T),
  w('401', 'sre', "legacy badge-reader integration uses basic auth, creds got rotated last night, reader still sends the old pw so we cant verify who it is. not a role thing at all. code pls", R401),
  w('401', 'api', "Should the endpoint respond with 401 or 403 when the SAML-derived session presented has expired and there is no other valid session, even though the user's account does hold the scheduler role?", R401),
  w('401', 'security', "An unauthenticated request (no credentials whatsoever) hits /admin/audit-log. The admin panel's existence is documented on the public intranet, so there is nothing to hide. The current code returns 403. What is the correct status?", R401),
  w('401', 'sre', "token is signed fine but the aud claim is for the pharmacy app not the scheduling api, so we reject it as not valid for us. user is a real doctor. 403 or 401, what goes back", R401T),

  // ---- 403 ----
  w('403', 'sre', "nurse w/ valid sso token tries to approve overtime, approve needs charge_nurse role, she only has staff_nurse. the overtime request is on her own list so she already knows it exists. what do we return", R403),
  w('403', 'api', "The bearer token is valid and unexpired but carries only the shifts:read scope; the client calls PUT /shifts/123, which requires shifts:write. Under RFC 6750, what status should the resource server use?", R403S),
  w('403', 'support', "A doctor logs in fine through SSO and can view the ward rota, but he is blocked when he tries to edit it because only ward managers may edit. He asks if logging out and in again would fix it (it won't, same account). What status should the app be returning to him?", R403),
  w('403', 'security', "The payroll exporter service account authenticates successfully but calls DELETE /staff/{id}, which it has never been permitted to do. The staff records are listed in the payroll export, so their existence is not secret. A colleague proposes 401. What is correct?", R403),
  w('403', 'nonnative', "The admin of hospital A is login correctly and try to change the global SSO configuration, but only super-admin can do this. All admins know this settings page exist, it is not secret. Which status is correct?", R403),
  w('403', 'sre', "new scheduler worker ip isnt on the allowlist yet, its creds are totally fine and verified. someone wants 401 so it re-auths lol. what should it actually get", R403),
  w('403', 'api', "On the shift-swap board, an authenticated nurse tries to accept a swap that was offered to a different nurse. The board is visible to everyone on the ward, so the swap's existence is no secret. What should the response be?", R403),
  w('403', 'support', "A junior doctor is signed in and can see the draft on-call roster for cardiology, but when he clicks Publish he is refused because only consultants may publish. He is not logged out or expired. What error code fits?", R403),
  w('403', 'security', "Pen-testers recommended 404 everywhere to stop enumeration, but this case is the ward list, which is already published on the hospital's public website. An authenticated nurse without the bed-management permission tries to change a ward's capacity. 403 or 404?", R403),
  w('403', 'nonnative', "Token is valid, not expired, the scope claim has only 'rota.read' but the call is POST /leave-requests/approve which is needing 'leave.approve'. What is the correct answer code according to the bearer token RFC?", R403S),

  // ---- 404 ----
  w('404', 'sre', "kiosk config has GET /wards/ward-99, there has never been a ward 99, typo. nurse is logged in fine. code?", R404),
  w('404', 'api', "GET /shifts/{id}: when a scheduler has soft-deleted a shift and it can still be restored from the trash within 30 days, what should we return to a fully authorized admin who requests it? Someone suggested 410.", R404U),
  w('404', 'security', "Pen-test: an authenticated nurse from Hospital A can request /staff/{id}/disciplinary-records for staff at Hospital B (a different tenant) and gets 403, which confirms the record exists. Policy says other tenants must not learn whether such records exist. What should we return instead?", R404H),
  w('404', 'support', "A nurse clicked an old link to a shift that the scheduler deleted yesterday. Deleted shifts are kept restorable and nobody has decided whether this one is gone for good. She is logged in and would normally have access. What should she get?", R404U),
  w('404', 'nonnative', "The user is authenticated correctly but ask for /api/departments/neurosurgery-kids, and this department was never created in our system, not deleted, just never existed. Which code?", R404),
  w('404', 'sre', "svc acct w/ valid token + full read scope requests /rosters/2031-13. month 13, no such roster ever. someone says 410. what do we send back", R404),
  w('404', 'security', "HR investigation cases live at /investigations/{id}. A nurse who is not on the investigation team requests /investigations/1234, which exists. Policy: staff without access must not be able to tell whether an investigation exists at all. Do we answer 403 or something else?", R404H),
  w('404', 'api', "Ward 7 was merged into Ward 8 and its record was pulled from the active directory. Estates says it might be reopened next winter if capacity requires; nothing is decided. An authorized admin requests /wards/7. A teammate proposed 410. What's the right status?", R404U),
  w('404', 'support', "An admin is trying to open /users/dr-okafor/schedule but Dr Okafor never had an account on our platform; she works at a partner hospital. The admin is properly signed in. What should the system respond?", R404),
  w('404', 'nonnative', "The service account of the badge system call /shifts/exec-security-17. These security-team shifts are confidential, even the existence must be hidden for everybody without clearance. The service account is authenticated but it has no clearance. What status we give?", R404H),

  // ---- 410 ----
  w('410', 'api', "Ward 4B was permanently decommissioned when its building was demolished; its record and the /wards/4b endpoint were intentionally removed and will never return. An authenticated admin requests it. What status code best communicates this?", R410),
  w('410', 'sre', "v1 rota api /api/v1/rota retired on purpose, sunset done, never coming back, we want clients to drop the links. caller is authed fine. code pls", R410),
  w('410', 'support', "A nurse bookmarked one of her shifts from 2017. Under our retention policy shifts older than 5 years are purged permanently and cannot be recovered by anyone. She is logged in. What should the server return for that link?", R410),
  w('410', 'security', "The public, unauthenticated webhook endpoint /hooks/legacy-pager (documented in our public API docs) was intentionally torn down for good when the old pager vendor was dropped. No existence to hide. Should it be 404 or 410?", R410),
  w('410', 'nonnative', "We closed the maternity ward permanently, the hospital board decided and it will never reopen. The page /wards/maternity/roster is removed on purpose. The user is doctor with valid login. My colleague say 404 is enough. What is the best code?", R410),
  w('410', 'sre', "shift was hard-deleted, purge job ran, audit log says permanent no restore possible. requester is the shift owner, authed. not a 404 situation right? what to return", R410),

  // ---- knowledge ----
  k('sre', "when we send 401 from the rota api what header has to go with it", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field'),
  k('api', "Is a 404 response cacheable by default under RFC 9110, or only with explicit freshness information?", /heuristic|cacheable by default|(?:is|are) cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', "A doctor who is logged in keeps getting 403 on the leave page. Will logging out and back in with the same account help, according to the HTTP spec?", /(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|not) (?:\w+ )?help|should ?n[o']t (?:automatically )?(?:repeat|retry)|same credentials|insufficient/i, 'RFC 9110 §15.5.4: provided credentials are considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "Which RFC is the current one that define the HTTP status codes like 401 and 403? Is it still 7231?", /9110/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235'),
  k('api', "Per RFC 6750, which status code should a resource server use for the invalid_request error (missing parameter, malformed request, more than one token method)?", /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('sre', "bearer token expired, what error code string goes in the WWW-Authenticate per 6750", /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token is used when the access token is expired, revoked, malformed or invalid'),
  k('api', "Once a retired ward's endpoint starts returning 410 Gone, for how long does RFC 9110 require us to keep returning 410?", /discretion|not (?:required|necessary|obligated|mandated)|no (?:fixed|required|set|mandated|minimum) (?:period|duration|time|length)|any length|(?:as long as|however long) (?:you|the (?:server|owner))/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; left to the discretion of the server owner'),
  k('security', "When is it acceptable under RFC 9110 to return 404 for a resource that actually exists but the caller is forbidden from?", /hid(?:e|es|ing)|conceal|(?:not|without|avoid(?:ing)?) (?:to )?(?:reveal|disclos|leak|confirm)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource may respond 404'),
  k('sre', "is 410 cacheable w/o cache-control headers or not", /heuristic|cacheable by default|(?:is|are) cacheable/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('support', "A customer asks whether our 404 means the shift will never come back. What does a 404 actually tell them about whether the missing thing is temporary or permanent?", /temporary or permanent|permanent or temporary|(?:doesn'?t|does not|not) (?:say|indicate|tell|specify|distinguish|imply|reveal)|no indication/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('nonnative', "Before RFC 9110, in which RFC was the 401 status and the WWW-Authenticate header defined?", /7235/, 'RFC 7235 (HTTP/1.1 Authentication) defined 401 before RFC 9110 obsoleted it'),
  k('security', "RFC 6750: if a request to the rota API has no authentication information at all, should the 401 response include an error code in WWW-Authenticate?", /should ?n[o']t include|omit|no error (?:code|info)|without (?:an? )?error|(?:not|no) (?:include|send|return)\w* (?:an? )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('nonnative', "If we removed a ward page but we don't know if the removal is permanent, which status code RFC 9110 says to use instead of 410?", /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 should be used instead'),
  k('support', "When a client with link-editing capability receives 410 Gone for an old shift link, what does RFC 9110 suggest it do?", /(?:delet|remov|drop|purg|clean)\w* (?:up )?(?:the |any |all |their |its |those )?(?:references|links|bookmarks)|(?:references|links|bookmarks)\W+(?:\w+\W+){0,4}(?:delet|remov|drop|purg)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities should delete references to the target URI after user approval'),
];

export const UNSEEN238_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
