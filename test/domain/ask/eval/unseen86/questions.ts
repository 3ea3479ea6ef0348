import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 86, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a government tax and benefits portal (citizens, agents, caseworkers, lapsed delegation, archived years, withdrawn forms, fraud secrecy, open-data API keys). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server sends WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request but refuses it; re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: 404 when no current representation exists for the target resource';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond 404';
const R404U = 'RFC 9110 §15.5.5: 404 does not say whether absence is temporary or permanent; use it when permanence is not known';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource was intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'citizen on the self-assessment page, session cookie expired 20 min ago, they hit GET /returns/2023-24 and we currently send 403 b/c we can still read the user id out of the stale cookie. whats the right code back', R401),
  w('401', 'api', 'Our open-data API requires an API key in the X-Api-Key header. A client calls GET /v1/datasets/benefit-caseloads with no key at all. The dataset itself exists and is publicly listed. What status should the response carry?', R401),
  w('401', 'security', 'Pen-test note: an open-data API key that we revoked last week for scraping abuse is still being sent by the abuser. The gateway currently answers 403 "key disabled". The reviewer argues that a revoked key is simply no longer a valid credential. Which status is correct under RFC 9110?', R401),
  w('401', 'support', "An accountant says every call from their practice software has failed since this morning. Logs show their OAuth bearer token expired at 08:00 and the software never refreshed it; their agent authorisation for all clients is perfectly fine. What error code should they be getting from us?", R401T),
  w('401', 'nonnative', 'Hello, the caseworker app send a bearer token which signature is not verify (somebody change the payload by hand in test). The token is for real caseworker with all the roles. Which code the server must to answer, 401 or 403?', R401T),
  w('401', 'sre', 'citizen reported phone stolen, we revoked all their tokens. attacker still using the old access token on GET /benefits/claims. token revoked, nothing else wrong w/ the request. code pls', R401T),
  w('401', 'api', "Behind our load balancer a misconfigured proxy sometimes strips the Authorization header, so the benefits service receives requests for /claims/{id} carrying no credentials whatsoever. The claim exists and belongs to the intended caller. From the service's point of view, which status is correct?", R401),
  w('401', 'support', "A taxpayer changed their password, which by policy signs them out everywhere. Their tablet still holds the old session token and now gets an error on the payments page. A colleague wants to show 'Forbidden'. What should the portal actually send back?", R401),
  w('401', 'nonnative', 'The developer is sending his sandbox API key to the production open-data API. Production not know this key at all, it was never issued there. The dataset he want is public. What status we give him?', R401),

  // ---- 403 ----
  w('403', 'sre', 'accountants delegated authority for a client lapsed on 5 apr, they didnt renew. login fine, token valid. they had this client on their list for 6 yrs so theres nothing to hide, and product wants the msg to say "your authorisation has ended". what do we send back', R403),
  w('403', 'api', 'An open-data API key on the free tier is valid and recognised, but it calls GET /v1/bulk/full-extract, which requires the bulk:read scope that only paid-tier keys carry. The endpoint is publicly documented, so there is nothing to conceal. Which status code (and RFC 6750 error) should be used?', R403S),
  w('403', 'support', "A citizen is logged in and can view their 2016-17 return, which is archived and read-only. They try to submit an amendment to it and we have to refuse. Someone suggested 410 because the year is 'archived', but the return is still there and viewable. What's the correct response to the amendment request?", R403),
  w('403', 'security', 'Internal portal: a caseworker in the northern benefits team (authenticated, valid SSO token) opens a citizen file assigned to the southern region. Caseworkers are allowed to know that every citizen file exists; only viewing the contents is region-restricted, and this file is not under any investigation. Should this be 403 or 404?', R403),
  w('403', 'nonnative', 'A normal citizen is logged in, he go to /caseworker/queue. This page is described in the public handbook, everybody know it exist. He have not the caseworker role. What code is correct to send him?', R403),
  w('403', 'sre', 'open-data key is valid but the call came from an ip outside the allowlist configured on that key. key and dataset both fine otherwise. 401 or 403', R403),
  w('403', 'api', 'An accountant has signed in successfully with a valid token but has not yet completed agent registration, so they lack the agent role needed to file on behalf of clients. A colleague proposes 401 so that the UI prompts a fresh login. Is that right, or what should be returned?', R403),
  w('403', 'support', "Customer says they've logged out and back in five times but the approve-refund call on their own return keeps failing. Only caseworkers may approve refunds, and the customer can see the button exists. Which status should the API return for that approve call?", R403),
  w('403', 'security', 'Caseworker token (valid, unexpired) carries scope claims:read, but the request is POST /payments/{id}/approve, which requires payments:approve. No existence concerns: the payment appears in their own work queue. What status, and which RFC 6750 error code?', R403S),
  w('403', 'nonnative', 'The accountant firm is suspended by professional body, but the login of accountant still work and the token is valid. We decided to tell them clearly they cannot file now because of suspension. Which status code fit for this?', R403),

  // ---- 404 ----
  w('404', 'sre', 'someone hitting /forms/SA999/download. there is no form SA999, never was, looks like a typo of SA100. code', R404),
  w('404', 'security', "Fraud unit has an open investigation on a taxpayer. If that taxpayer (authenticated, valid token) requests GET /investigations/INV-4471, the record exists but they must not be tipped off that it does. Team lead proposes 403 'access denied'. What should we return?", R404H),
  w('404', 'api', "A logged-in citizen iterates over other people's tax reference numbers via GET /taxpayers/{utr}/summary. Some references belong to real taxpayers, some do not. We must not let the caller learn which references are real. What status should the responses for the real-but-not-yours references use?", R404H),
  w('404', 'support', 'A user says the CH2 form link gives an error. The form was pulled yesterday pending a legal review; it may be restored next month or replaced, nobody knows yet. What status should the link return in the meantime?', R404U),
  w('404', 'nonnative', 'Tax year 2011-12 data is moved to offline storage. Archive team still not decide if they bring it back online or not. When a citizen ask it by the API, which code we should give?', R404U),
  w('404', 'api', 'A client requests GET /tax-years/2031-32/allowances. That tax year has not been defined and there has never been any resource at that URI. The caller is authenticated and entitled to read allowances. What should be returned?', R404),
  w('404', 'sre', 'caseworker outside the fraud unit opened a file flagged sealed-investigation. policy: even the existence of sealed cases is only disclosed to fraud unit staff. caseworker is authenticated fine, normal role. what do we send back', R404H),
  w('404', 'security', 'The open-data API has an embargoed statistics dataset due for publication on Thursday. A caller with a valid key requests /v1/datasets/unemployment-q3 today. Revealing that the dataset exists before release would breach the embargo. Which status?', R404H),
  w('404', 'sre', 'user deleted a draft benefit claim, its soft-deleted and they can restore it from the bin within 30 days. GET /claims/{id} on it right now - 410 or something else', R404U),
  w('404', 'support', 'A citizen typed their claim reference wrong in the phone app: CLM-000912 was never issued to anyone. They are signed in correctly. What should the app get back?', R404),

  // ---- 410 ----
  w('410', 'api', 'Form P46 was formally withdrawn and replaced by the starter checklist; the department has confirmed it will never be reissued, and we want search engines and other sites to drop their links to it. No authentication is involved. What should GET /forms/P46 return?', R410),
  w('410', 'sre', 'open-data api /v1/rates decommissioned for good, deprecation notice went out a year ago, no rollback plan, v2 replaces it. what do we return on v1 now (callers key still valid)', R410),
  w('410', 'support', "A taxpayer asks for their 2003-04 records. Those were deliberately and permanently destroyed under the retention schedule; nothing is being hidden from them, the records just no longer exist and won't come back. Which code should the records endpoint send?", R410),
  w('410', 'nonnative', 'The old benefit scheme "Community Care Grant" is abolished and its page is removed on purpose, for ever. No login is needed for this page. Which status code is best, 404 or the other one?', R410),
  w('410', 'security', 'Reviewer question: a consultation document was intentionally and permanently taken down after the consultation closed. It is public material, so there is no existence to hide. A colleague wants 404 "to be safe". Given the removal is known to be permanent, what is the most accurate status?', R410),
  w('410', 'sre', 'dataset household-income-2009 retired permanently from open-data, ministers signed off, we want ppl to remove links. requests come in w/ valid keys. code pls', R410),

  // ---- knowledge ----
  k('sre', 'when we send 401 what header has to go with it', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header'),
  k('api', 'Is a 404 response cacheable by default under RFC 9110, that is, without explicit freshness information such as Cache-Control?', /heuristic\w*|cacheable by default|by default.{0,30}cacheable/i, 'RFC 9110 §15.5.5: 404 is heuristically cacheable'),
  k('nonnative', 'If we answer 410 Gone without any Cache-Control, the caches can keep it? It is cacheable by default or not?', /heuristic\w*|cacheable by default|by default.{0,30}cacheable/i, 'RFC 9110 §15.5.11: 410 is heuristically cacheable'),
  k('support', 'A customer got a 403 and asks if signing out and in again will fix it. What does the RFC say about sending the same credentials again after a 403?', /same credentials|should ?n[o']t (automatically )?(repeat|retry|resend)|(will|would|does) ?n[o']t help|won.?t help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('sre', 'which rfc is current for http status codes, is it still 7231', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', 'In RFC 6750, which HTTP status accompanies the insufficient_scope error?', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('security', 'Per RFC 6750, what status should a resource server use for an expired or revoked bearer token (error=invalid_token)?', /\b401\b/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('nonnative', 'In RFC 6750 the error invalid_request, it go together with which HTTP status?', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('api', 'Once we begin returning 410 for a withdrawn form, for how long are we obliged to keep returning 410 rather than 404?', /discretion|any (particular )?length of time|no (required |mandated |minimum |fixed |specific |set )?(duration|time limit|period|requirement)|not (required|obliged|necessary)/i, 'RFC 9110 §15.5.11: no need to keep the mark for any length of time; left to the server owner'),
  k('security', 'Under what condition does RFC 9110 allow a server to send 404 where 403 would otherwise apply?', /hid(e|ing)|conceal|not (to )?(reveal|disclose)|existence/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource MAY respond 404'),
  k('support', 'Does a 404 tell the client whether the missing page is gone temporarily or forever?', /(does ?n[o']t|doesnt|not|never) (indicate|say|specify|tell|distinguish|signal|convey|imply)|no (indication|guarantee)|unspecified/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent'),
  k('sre', 'bearer tokens - what scheme name goes in the www-authenticate challenge', /\bBearer\b/, 'RFC 6750 §3: the challenge uses the "Bearer" auth-scheme'),
  k('api', 'RFC 6750: if a request carried no token at all, should the 401 challenge include an error code such as invalid_token?', /(should ?n[o']t|shouldnt|must ?n[o']t|do ?n[o']t|don.t|omit\w*|leave (it )?out|without)\b.{0,40}\berror\b|\bno error (code|attribute|parameter)/i, 'RFC 6750 §3.1: if the request lacks authentication information, the server SHOULD NOT include an error code'),
  k('nonnative', 'What is the purpose of 410 Gone, why we not just use 404 always?', /remov\w* .{0,30}links|links.{0,40}remov|intentional|deliberate|on purpose|permanent/i, 'RFC 9110 §15.5.11: 410 marks a resource as intentionally and permanently unavailable so links can be removed'),
  k('security', 'If a request already carried credentials and the server still answers 401, what does that tell the client?', /refus\w*|reject\w*|not (been )?accepted|(were|are) not valid|invalid/i, 'RFC 9110 §15.5.2: authorization has been refused for those credentials'),
];

export const UNSEEN86_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
