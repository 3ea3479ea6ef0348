import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 373, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an electricity utility's customer portal and smart-meter APIs (other households' readings, installers, moved-out customers, decommissioned meters, third-party energy apps with consent tokens). */

const R401 = 'RFC 9110 §15.5.2 / RFC 6750 §3.1: the request lacks valid credentials (missing, expired, revoked, rotated, bad signature, unknown key), so 401 with a WWW-Authenticate challenge.';
const R403 = 'RFC 9110 §15.5.4: the caller is identified but not permitted, and existence is not secret, so 403; re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1 insufficient_scope / RFC 9110 §15.5.4: a valid token lacking the required scope gets 403.';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target (never existed / wrong id), so 404.';
const R404H = 'RFC 9110 §15.5.4 and §15.5.5: an origin that wishes to hide the existence of a forbidden resource may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11 and §15.5.5: removed but not known to be permanent, so 404, not 410.';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is known to be permanent, so 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'meter-readings svc: GET /v2/meters/{id}/readings hit w/ no Authorization header at all, no cookie either. code pls', R401),
  w('401', 'support', 'Ticket: customer says the portal Usage tab shows an error. She logged out last night and this morning clicked a bookmark straight to /account/usage; the session cookie she still has was invalidated at logout, so the server has no valid session for her. A colleague wants to show 403 "not allowed". What should the API actually return for that call?', R401),
  w('401', 'nonnative', 'third party energy app is calling our readings api with consent token, but the customer revoked the consent yesterday in portal and we revoked the token. now app still send same token. we return 403 or 401? i think token is not valid anymore', R401),
  w('401', 'security', 'Finding: installer API keys were rotated on 1 March. Requests to the commissioning svc that still use the old, rotated-out key currently get 403. The old key no longer maps to any identity. Is 403 correct or should it be something else?', R401),
  w('401', 'api', 'JWT on /v1/accounts/{acct}/bills fails signature verification (payload was tampered). what does the gateway return', R401),
  w('401', 'sre', 'access token from the mobile app expired 2h ago, app keeps hitting /meters/me/usage w/ it. someone says 403, thoughts', R401),
  w('401', 'support', 'An installer\'s tablet is sending a bearer token signed with a key id (kid) our auth server has never issued, so we cant verify it and dont know who he is. He is trying to open a job sheet. What status do we respond with?', R401),
  w('401', 'nonnative', 'customer moved out, we closed the acct and revoked all his tokens at closing. now his old app still calling /readings with the revoked access token. which code is correct, he has no valid login anymore', R401),

  // ---- 403 ----
  w('403', 'api', 'installer is logged in fine (role=installer) and is assigned to this meter so he can see it, but he tries PATCH /accounts/{acct}/tariff which only billing role may do. no need to hide anything. status?', R403),
  w('403', 'security', 'third-party app token is valid, scope=readings:read only, and it calls POST /meters/{id}/remote-disconnect which needs meter:control. the app already knows the meter exists since the customer consented for it. which code', R403S),
  w('403', 'support', 'Customer is logged in and on the Basic plan. She tries to download 15-minute interval data, which is only included in the Smart Plus plan (this is advertised on our public pricing page, nothing secret). She keeps retrying. What should the export endpoint return?', R403),
  w('403', 'sre', 'MDM api has an IP allowlist. new billing svc node presents a valid client cert (we know exactly who it is) but its IP isnt on the list yet. what do we send back', R403),
  w('403', 'nonnative', 'customer acct is blocked for fraud investigation. he can still login, token is valid, but he try to change bank details and we must refuse. which status is correct? not secret that the account exist, it is his own', R403),
  w('403', 'api', 'multi-brand setup: support agent of brand A is authenticated and opens a customer record of brand B. the agent already sees that record in shared search so existence isnt secret, we just want to say no. is 403 right here', R403),
  w('403', 'security', 'Landlord is authenticated in the portal and requests half-hourly readings for the meter at his rental property. He knows the meter exists (the serial is printed on it), but the tenant has not shared data with him. Product decided to tell him plainly he is not allowed rather than pretend the meter does not exist. Correct response?', R403),
  w('403', 'support', 'Installer says he logged out and back in 3 times and still cant push firmware to meters. His login works fine; his firmware certification expired last month, so our policy denies the action. A colleague suggests we return 401 so he re-logs in. Which code is correct?', R403),
  w('403', 'sre', 'auditor role (read only) authenticated ok, tries DELETE /readings/corrections/{id}. record is visible to auditors. code?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /meters/MTR-00000000 - serial has a typo, no meter with that serial was ever installed. caller has a valid ops token. status', R404),
  w('404', 'support', 'Logged-in customer edited the URL by hand and typed /accounts/88812/bills instead of his own 88821. Account 88812 has never existed in our system (not deleted, never created). What should the portal API return?', R404),
  w('404', 'nonnative', 'energy app ask GET /v1/consents/cst_9f3a but this consent id was never issued by us, it is not deleted, it never exist. app token is valid. what code we give', R404),
  w('404', 'api', 'partner calling /api/v3/readings but we only ever had v1 and v2, v3 never existed. token valid. which one', R404),

  // ---- 404: exists but hidden ----
  w('404', 'security', 'Finding: an authenticated customer can enumerate /meters/{mpan}/readings with neighbours\' meter numbers and gets 403, which confirms those meter numbers are real. Policy says we must never confirm whether a meter number belongs to another household. What should be returned instead?', R404H),
  w('404', 'api', 'third-party app has a valid consent token for household A and requests /households/{B}/usage. we must not reveal to apps whether household B exists at all. what should the gateway return', R404H),
  w('404', 'support', 'An installer is logged in and tries to open the job for a site that is not assigned to him. Some sites are on our priority services register (vulnerable customers) and site ids are confidential; we must not even confirm the site is real to unassigned installers. What status should the job API give him?', R404H),
  w('404', 'nonnative', 'moved-out customer still has active login (for final bill). he try open readings for his old address, which now belong to the new occupant acct. we must not confirm to him that the new occupant acct exist. which code?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'meter record soft-deleted after decommission, but ops says it might be restored if the decommission was a mistake, not decided yet. GET on it returns? someone wants 410', R404U),
  w('404', 'support', 'Customer moved out 6 months ago; her old account\'s usage history was archived and taken offline. The data team has not decided yet whether it will be purged or restored (e.g. if she moves back). She is logged in and opens an old link to that history page. 404 or 410?', R404U),
  w('404', 'security', 'A third-party energy app was pulled from our app marketplace pending a security review; it may be reinstated later. The direct link /marketplace/apps/{id} is still being hit. We proposed 410 in the report. Is that right, or what should it be?', R404U),

  // ---- 410 ----
  w('410', 'api', 'we retired /api/v1/meter-reads for good on purpose, its never coming back, clients should use v2. what do old callers get', R410),
  w('410', 'support', 'A meter was decommissioned, physically removed, and after the retention period its record was deliberately and permanently purged. The serial will never be reused. An old integration with a valid key still requests /meters/{serial}. What status fits best?', R410),
  w('410', 'nonnative', 'customer deleted an old bill from her document vault. our policy: vault deletions are permanent, no undo, file is destroyed on purpose. she is logged in and click old email link to that bill pdf. what code we send?', R410),
  w('410', 'sre', 'firmware v4.2.1 recalled, binary deliberately deleted forever, will never be served again. installer tablets still request /firmware/4.2.1. status pls', R410),
  w('410', 'security', 'The "winter-saver-2022" tariff page was intentionally and permanently removed; the tariff is closed for good. We want search engines to drop it and link holders to remove their links. Which code?', R410),
  w('410', 'sre', 'paper meter reading form /submit-reading retired permanently, all meters are smart now and it wont come back. bookmarks still hitting it. correct response?', R410),
  w('410', 'nonnative', 'old webhook endpoint for third party apps /hooks/v0/readings we shut down on purpose and permanent, the decision is final, it never come back. apps still posting to it. which status?', R410),

  // ---- knowledge ----
  k('api', 'we return 401 from /meters/me/readings when there is no token. which response header is mandatory on that 401 per the rfc', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('support', 'Customers get 403 when exporting interval data, and first-line support keeps telling them to log out and log back in. Does re-authenticating change anything for a 403?', /\b(no|not|won'?t|will not|doesn'?t|does not|wouldn'?t|never|cannot|can'?t)\b[^.]{0,60}\b(help|change|fix|work|matter|difference|resolve|succeed)|pointless|futile|useless|no use/i, 'RFC 9110 §15.5.4: the server understood the request but refuses it; repeating with the same or fresh credentials will not help unless permissions change.'),
  k('security', 'when is it ok for the meter api to answer 404 even though the real reason is that the caller isnt allowed to see another household\'s meter', /hid(e|es|ing)|conceal|existence|reveal|disclos|leak|confirm/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target resource may respond with 404 instead of 403.'),
  k('nonnative', 'if we delete a decommissioned meter record but we dont know yet if it is permanent, we should use 404 or 410? what rfc say', /\b404\b[^.]{0,80}\b(unknown|unclear|not (known|sure|certain|clear)|uncertain|unsure|undecided|might|temporar|(does not|do not|doesn'?t|don'?t) know|determine|can'?t|cannot)|\b(unknown|unclear|not (known|sure|certain|clear)|uncertain|unsure|undecided|might|temporar|(does not|do not|doesn'?t|don'?t) know|determine|can'?t|cannot)\b[^.]{0,80}\b404\b/i, 'RFC 9110 §15.5.11: if the origin does not know, or cannot determine, whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('sre', 'we put 410 on the retired paper-reading page. what does that actually tell google and partners who link to it', /permanent|for good|forever|(remov|delet|drop|delist|de-?index|purg|update)[^.]{0,40}(link|reference|bookmark|index|url|result)/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally and permanently gone and that remote links to it should be removed.'),
  k('sre', 'does our cdn get to cache a 410 for a purged meter page if we send no cache-control at all? per 9110', /heuristic|\byes\b|\b(is|are) cacheable by default|cacheable unless/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable unless method definition or explicit cache controls say otherwise.'),
  k('security', 'An energy app\'s token is valid but lacks the scope needed for remote disconnect. Under RFC 6750, which error code goes in WWW-Authenticate, and with which HTTP status?', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, and the resource server SHOULD respond with 403.'),
  k('api', 'partner app token expired. what error value goes in the WWW-Authenticate header per rfc 6750', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked or malformed access token gets error="invalid_token" with 401.'),
  k('nonnative', 'my team still cite rfc 7231 and 7235 for 401 and 403 in our portal api docs. which rfc is the current one now?', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('security', 'Review question: may our 403 body tell the installer why he is denied (e.g. "certification expired"), or does the RFC forbid explaining the reason?', /\byes\b|\b(may|can|allowed to|permitted to|free to|fine to|ok to|okay to)\b[^.]{0,30}\b(describe|explain|include|state|give|say|tell|put|mention|share)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('api', 'third-party app gets 401 b/c its access token expired. is it allowed to retry the request, and what has to change first?', /(new|fresh|refresh|replac|renew|valid|different)[^.]{0,40}(credential|token|authori[sz]ation)|re-?authenticat|log(ging)? in again|obtain[^.]{0,20}token/i, 'RFC 9110 §15.5.2: the client may repeat the request with a new or replaced Authorization header field.'),
  k('support', 'A customer asks: our API returned 404 for her old meter id. Does a 404 by itself tell her whether the meter is gone temporarily or permanently?', /\b(no|not|doesn'?t|does not|neither|nor|cannot|can'?t|won'?t)\b[^.]{0,80}(temporar|permanen)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('api', 'energy app sends the access token both in the Authorization header and in the access_token query param on the same request. per rfc 6750 what status is that', /\b400\b/, 'RFC 6750 §2 and §3.1: using more than one method to send the token is invalid_request, answered with 400 Bad Request.'),
  k('nonnative', 'after we send 410 for closed tariff pages, must we keep the 410 forever? or can we stop after some time', /not (necessary|required|obligat|mandatory)|no (requirement|obligation|need|fixed|rule)|discretion|up to (you|the|your)|(don'?t|doesn'?t|do not|does not) (have|need) to|need not|needn'?t|as long as (you|the)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner.'),
  k('security', 'Our 401 for requests with no bearer token at all currently carries WWW-Authenticate: Bearer error="invalid_token". Per RFC 6750, should an error code be included when the request had no authentication info?', /\b(no|not|shouldn'?t|omit|omitted|leave (it )?out|without|don'?t|drop)\b[^.]{0,60}\berror\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code.'),
];

export const UNSEEN373_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
