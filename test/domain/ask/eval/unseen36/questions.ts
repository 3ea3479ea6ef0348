import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 36, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a government services portal — citizens' tax returns and benefit claims, caseworkers with delegated access, an API for accountants and payroll software, records sealed by court order, retired online forms. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, bad signature) → 401';
const R403 = 'RFC 9110 §15.5.4: server understood the request and refuses it; authenticated but not allowed → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation found for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may answer 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when the removal is known to be permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', 'citizen portal api getting hammered w/ requests that have no Authorization header at all on GET /v1/tax-returns/2023. we send 403 atm, bob says thats fine b/c anon ppl arent allowed. what should it actually be', R401),
  w('401', 'api', 'Accountant software calls our filing API with a bearer token whose exp claim passed yesterday (signature is fine, the firm is still registered and still authorised for that taxpayer). Which status should the token check return?', R401T),
  w('401', 'support', 'caseworker got kicked out mid-case, her session cookie had timed out after 15 min idle. she definitely still has delegated access to the claimant. what code should the server have sent back when the stale cookie came in', R401),
  w('401', 'security', 'payroll vendor leaked their api key on github so we revoked it last week. they keep calling /employers/4410/payslips with the revoked key. the employer record exists and isnt a secret. 401 or 403?', R401T),
  w('401', 'nonnative', 'hello, our benefit claim endpoint receive a Bearer token but the signature is not valid, i think someone modify the payload. the user exist and the claim exist also. which code we must return please', R401T),
  w('401', 'sre', "seeing a lot of these:\n`WARN auth jwt_malformed header=\"Authorization: Bearer undefined\" path=/api/claims/88123 status=404`\nfrontend bug sending literal undefined as the token. we return 404 rn b/c the claim lookup runs w/o a user. correct response?", R401T),
  w('401', 'api', 'For the accountants API, what status do we return when a practitioner sends HTTP Basic credentials with the wrong password? Account is not locked, nothing else unusual, just a wrong password.', R401),
  w('401', 'support', "citizen clicks the \"my benefits\" dashboard link from an email in a browser where she isnt logged in, no cookie no token. the url is the same for every citizen so theres nothing to hide. she gets a 404 page now, should it be something else", R401),
  w('401', 'security', 'token introspection returns active=false for the access token (it was revoked when the caseworker logged out). the request is GET /cases/551/notes which she normally can read. 401 or 403', R401T),

  // ---- 403 ×10
  w('403', 'sre', 'caseworker w/ delegated access for claimant A tries to open claimant B\'s benefit claim. both claims exist, shes logged in fine, and claim existence isnt secret to staff (they can all search the claims directory). we return 401 atm and the frontend keeps bouncing her to login lol. what should it be', R403),
  w('403', 'api', 'Payroll software token has scope `payslips:read` but calls POST /employers/77/rti-submissions, which needs `rti:submit`. Token is valid and not expired. Alice thinks 401 because the token is "wrong". Which code?', R403S),
  w('403', 'support', "accountant logs in fine but the taxpayer never approved his agent authorisation. the return shows up in his client list as 'pending authorisation' so he already knows it exists. he gets a 404 when he opens it. is that right or should it be something else", R403),
  w('403', 'security', 'ip allowlist on the bulk filing api for accountant firms. a firm moved office, new ip isnt on the list yet, their mTLS cert and api key are both valid. 401 or 403', R403),
  w('403', 'nonnative', 'citizen account is suspended because of fraud investigation. he login correct with password and 2fa, then he try to submit a new benefit claim. what status code for this one, 401 or 403?', R403),
  w('403', 'sre', "approve-payment endpoint has this:\n```\nif (!user.roles.includes('caseworker_supervisor')) return res.status(404).send();\n```\nthe route is in the public api docs so nothing to hide, user is an authenticated junior caseworker w/o the supervisor role. reviewer flagged the 404. what should it return", R403),
  w('403', 'api', 'Free-plan keys for the accountants API don\'t include bulk export. A valid, non-expired free-plan key calls the publicly documented /v2/bulk-export. Which of 401/403/404/410 fits?', R403),
  w('403', 'support', "lady on the phone is logged in and trying to edit her late husband's tax return. she can view it but she isnt the executor so she only has read-only access. which code should the save request get", R403),
  w('403', 'security', 'gateway answers a valid bearer token that lacks the required scope with 401 + WWW-Authenticate: Bearer error="insufficient_scope". seems off to me. what status goes with that error', R403S),
  w('403', 'nonnative', 'staff user from region Nord login ok, he try to open the work queue of region Sud but he dont have the role for Sud. all staff know this queue exist. my colleague say 401 because he is not allowed, which is correct', R403),

  // ---- 404 ×10
  w('404', 'sre', 'GET /v1/tax-returns/2031 for a citizen, tax year 2031 obviously never existed. we return 410 atm and bob says 410 is fine b/c "its not there". who is right', R404),
  w('404', 'api', 'Accountant software requests /clients/TX-00000000/returns with a client reference we never issued. Token valid, scope fine. What should we answer?', R404),
  w('404', 'support', 'citizen typed the benefits calculator url wrong (/benfits-calculator), hes logged in. what code should he get back', R404),
  w('404', 'security', "records sealed by court order: for anyone w/o sealed-records clearance the case must look like it doesnt exist, we can't even confirm the case number. authenticated caseworker with no clearance requests /cases/2020-FAM-0041. 403 or 404?", R404H),
  w('404', 'nonnative', 'we remove the old pension estimator page last month but maybe we bring it back next year, we dont decide yet. what code for the old url now', R404U),
  w('404', 'sre', 'claimant deleted an uploaded document, its a soft delete, we purge after 30 days and support can restore it in that window. GET /documents/abc123 currently gives 410. not sure yet whether itll be permanent for any given doc. code pls', R404U),
  w('404', 'api', 'A payroll vendor calls GET /payslips/ps_9f8e7 with a valid token. That id is not in our database and there is no record it was ever created. Which code?', R404),
  w('404', 'support', 'caseworker looks up a claimant by NI number, /claimants/AB123456C, and theres simply no such claimant in the system. she is logged in and has full search rights. what do we send back', R404),
  w('404', 'security', 'an authenticated citizen is probing /tax-returns/{id} by incrementing ids to find other peoples returns. our policy: never confirm another citizens return exists. what should a foreign id return, 403 or 404', R404H),
  w('404', 'nonnative', 'user with good token ask for /v1/forms/XYZ-9 but this form code never exist in our catalog. my colleague want 403 because user cannot use it. which one is correct', R404),

  // ---- 410 ×6
  w('410', 'sre', 'online version of form P45b retired for good on 1 april, no replacement, decision is final and theres a ministerial notice about it. traffic still hitting /forms/p45b and we 404 it atm. should it be something else', R410),
  w('410', 'api', 'v1 of the accountants API was sunset on 31 Dec after two years of deprecation notices. It is permanently shut down and will never come back. What should calls to /v1/* return now?', R410),
  w('410', 'support', 'the covid hardship grant application form was closed permanently, the scheme got abolished by law. people still come in from old bookmarks. what code should that page return', R410),
  w('410', 'security', 'security review: old /api/legacy-auth endpoint was decommissioned on purpose b/c of vulns, code removed, it will never return. scanners still hit it. 404 or 410 more correct', R410),
  w('410', 'nonnative', 'the old online form for the paper vehicle tax disc is stopped forever, the law changed and there is no more paper disc. what code we give for the old form url, my boss say 404', R410),
  w('410', 'sre', '`GET /benefits/winter-fuel-2019/apply 404` all over the dashboards. scheme ended, form intentionally taken down, product owner confirmed in writing it will never come back. right code?', R410),

  // ---- knowledge ×15
  k('api', 'which response header is a 401 required to carry', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('sre', 'is RFC 7231 still the one that defines 401/403/404/410 or is there a newer rfc', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines these status codes'),
  k('support', 'whats the actual difference between 410 gone and 404 not found', /permanent|for good|forever/i, 'RFC 9110 §15.5.11: 410 means the absence is known to be permanent; 404 says nothing about permanence'),
  k('nonnative', 'is 410 response can be cached by default or need Cache-Control header', /heuristic|by default/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('security', 'in RFC 6750 which error code goes with a 403 response', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('nonnative', 'which error value we put in WWW-Authenticate when the bearer token is expired', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens'),
  k('api', 'RFC 6750 invalid_request error — what HTTP status is that supposed to go with', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('support', 'whats the difference between 401 and 407', /proxy/i, 'RFC 9110 §15.5.8: 407 is like 401 but the client must authenticate to a proxy (Proxy-Authenticate)'),
  k('sre', 'payroll software hammering us — which header tells a client when it may retry after it got rate limited', /Retry-After/i, 'RFC 6585 §4 / RFC 9110 §10.2.3: 429 may include Retry-After'),
  k('security', 'does the rfc actually allow answering 404 instead of 403 to hide that a resource exists', /yes|may|allow|hide|conceal|existence/i, 'RFC 9110 §15.5.4: a server that wishes to make the resource hidden may respond 404 instead'),
  k('nonnative', 'what search engine do when it get 410 compare to 404', /faster|sooner|quicker|quickly|immediately|delist|deindex|drop|remov/i, 'seed: 410 helps crawlers delist faster than 404'),
  k('api', 'what is a "soft 404" and why is it bad', /200/, 'seed: a soft 404 is a 200 with "page not found" content; search engines treat it as an indexed page'),
  k('support', 'when is 409 Conflict used instead of 403, like two caseworkers editing the same claim at once', /state/i, 'RFC 9110 §15.5.10: 409 means the request conflicts with the current state of the target resource'),
  k('security', 'is a 404 response cacheable when the server sends no Cache-Control header at all', /heuristic|by default|yes/i, 'RFC 9110 §15.1: 404 is heuristically cacheable by default'),
  k('nonnative', 'which header must be in a 405 Method Not Allowed response', /\bAllow\b/i, 'RFC 9110 §15.5.6: the origin server MUST generate an Allow header field in a 405 response'),
];

export const UNSEEN36_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
