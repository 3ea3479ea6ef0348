import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 358, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an energy utility's smart-meter and billing API (household readings, landlords vs tenants, closed accounts, decommissioned meters, installer service accounts, consented third-party apps). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource (missing, invalid, rotated out)';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, unverifiable) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses to fulfil it; the caller is known and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the needed scope) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource (it never existed)';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource MAY respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: access to the target resource is no longer available and the condition is likely permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---------------- 401 ----------------
  w('401', 'sre', "third party app hitting /v2/meters/{id}/readings w/o any Authorization header at all, gateway currently answers 403. what should it actually be, code pls", R401),
  w('401', 'api', "A tenant's mobile app presents a bearer token that expired twenty minutes ago when requesting the current billing period. With a fresh token the tenant would be fully entitled to that bill. A teammate suggests 403 because the token is 'not allowed anymore'. What status should we respond with?", R401T),
  w('401', 'nonnative', "The customer revoke the consent for the energy-saving app yesterday, so we revoked the access token of that app. Today the app still is calling readings endpoint with the same revoked token. Which code we must return? My colleague say 403 because customer dont allow anymore.", R401T),
  w('401', 'security', "Pen-test finding: requests to /installations carrying a forged JWT (signature does not verify against our keys) for the installer service account currently get a 404 back. What should the API return for a token it cannot validate?", R401T),
  w('401', 'sre', "installer svc acct client secret got rotated last night, their field tablets still send the old secret on POST /meters/{id}/commission. secret no longer valid at all. what do we send back", R401),
  w('401', 'support', "A landlord reports an error on /properties/{id}/bills in the portal API. Our logs show his requests arrive with no session cookie and no Authorization header at all (his browser blocks cookies), and the endpoint requires authentication. The property is his. Which response is correct for those requests?", R401),
  w('401', 'api', "We accept HMAC-signed requests from our billing partner. When the signature timestamp falls outside the 5-minute window we treat the credentials as invalid and do not authenticate the partner. Had the signature been fresh, the partner would have full access to the invoice. Is 401 or 403 the right answer here?", R401),
  w('401', 'nonnative', "Api key of smart-home integrator was deleted by admin because the contract is ending, so the key is not valid anymore. They still send request with this key to /consumption. What status is correct, 401 or 403 or 404?", R401),
  w('401', 'sre', "oauth token issued by our staging idp getting sent to prod, prod cant validate it at all (unknown issuer). customer would have access w/ a real prod token. which status", R401T),

  // ---------------- 403 ----------------
  w('403', 'sre', "tenant logged in fine, token valid, tries PATCH /properties/{id}/tariff which only landlord role can do. tenant already sees the property on their dashboard so nothing to hide. 403 or 404", R403),
  w('403', 'api', "A third-party app holds a valid access token whose consent covers only the readings:read scope. It calls GET /billing/invoices for the same consenting customer. The invoices are not secret from the app, since it already sees their IDs in the readings payload. What should the response be, and why?", R403S),
  w('403', 'security', "The installer service account is authenticated with a valid token but tries to DELETE a customer account, an action the installer role never has. The account id is not sensitive here (the installer received it on the work order). One reviewer wants 401 to 'force a re-login'. What is the correct status?", R403),
  w('403', 'nonnative', "My user is login correctly and his token is good. He is tenant of flat 3, he want to download the landlord annual statement for all flats of the building. The statement exist and he know it exist because it is mention in his contract, so we dont need to hide it. Which code?", R403),
  w('403', 'support', "A customer whose account is closed calls in. She can still log in (we keep logins active for 12 months so people can see the final bill) but she is trying to submit a new meter reading, which closed accounts are not permitted to do. The account is hers and obviously exists. What should the API answer?", R403),
  w('403', 'sre', "ip allowlist on the meter-firmware push endpoint is blocking the new installer subnet on purpose, creds are totally fine and it's not a secret endpoint. what code should the refusal be", R403),
  w('403', 'api', "Our on-call SRE's account is valid and carries the read-only ops role. They call POST /meters/{id}/disconnect on a meter that is visible to them in the ops console. Logging in again would give the same role. Should we send 401 so the client prompts for login again, or something else?", R403),
  w('403', 'security', "Our data policy states meter IDs are printed on the physical device and are explicitly not treated as secret. A logged-in neighbour requests readings for a meter ID he read off the hallway cabinet; it belongs to another household. Existence does not need hiding per policy, but he must not get the readings. Which code?", R403),
  w('403', 'nonnative', "Third party app have a valid token and customer give consent, but the consent is only for electricity meter, not for gas meter. App ask gas readings of the same customer. The customer already share the gas meter number with the app. What we return?", R403S),
  w('403', 'sre', "landlord acct, valid session, tries to view a tenants itemized half-hourly usage for the flat. privacy rules say landlord only gets aggregates, never per-tenant detail. landlord owns the property and knows the tenancy exists so no leak concern. colleague says 404. code pls", R403),

  // ---------------- 404 ----------------
  w('404', 'sre', "GET /meters/MTR-0000000 - id format valid but that id was never issued, nothing in the db ever. caller authed fine. code", R404),
  w('404', 'nonnative', "Customer type wrong account number in API call, this number never existed in our system at all. His token is valid. Which code to send back to him?", R404),
  w('404', 'api', "A client requests /v3/tariffs/legacy-green. No such tariff was ever defined; it is a typo of green-legacy. The request is properly authenticated. Someone proposed 410 to discourage retries. What is the right status?", R404),
  w('404', 'security', "An authenticated tenant requests readings for another household's meter by incrementing the meter ID. Our policy: never reveal whether a meter ID exists to anyone not linked to it. Right now we return 403, which confirms existence. What should we return instead?", R404H),
  w('404', 'support', "A third-party app with a valid token (consent from customer A only) asks for the billing account of customer B. Our rule is that apps must never learn which other accounts exist. What response code do we give?", R404H),
  w('404', 'nonnative', "The installer service account is authenticated ok. It request a meter which is assigned to a different installer company, and our security team say other companies must not even know this meter exist in our system. Which status is correct?", R404H),
  w('404', 'security', "Security review of the landlord API: landlords query /tenancies/{id}. For tenancies on properties they don't own, we must not confirm the tenancy exists at all. The dev currently returns 403 'not your property'. What should the fix be?", R404H),
  w('404', 'sre', "acct closed last week, plan resource got removed on closure but reopen window is 90 days so it may come back. customer (valid session) hits GET /accounts/{id}/plan. someone says 410. what do we send back", R404U),
  w('404', 'api', "A smart meter was pulled from a property for lab testing; it may be reinstalled or it may be scrapped, and nobody has decided yet. Its /meters/{id} resource was removed from the active registry meanwhile. An authorized ops client requests it. 404 or 410?", R404U),
  w('404', 'nonnative', "We deleted the bill PDF because of a calculation error, billing team maybe regenerate it later, we dont know yet. Customer is logged in and the bill is his own. Which code when he try to download it?", R404U),

  // ---------------- 410 ----------------
  w('410', 'api', "Meter SM-4471 was decommissioned in 2021 and permanently retired; the ID will never be reused or reactivated and we keep only a tombstone. An authorized ops client requests GET /meters/SM-4471/readings/live. What status should it get?", R410),
  w('410', 'sre', "we killed /v1/billing for good on jan 1, announced 18 months ahead, no way back. authed clients still hitting it. 404 or 410", R410),
  w('410', 'nonnative', "Customer old account was closed and after the legal retention period we deleted all its data on purpose, permanently, it can not come back. Same customer (still valid login for his new account, and he was owner of old one) request the old account. Which code is right?", R410),
  w('410', 'support', "A landlord asks why his app errors on the prepaid meter at 12 Elm St. That meter was intentionally removed and replaced by a smart meter last month; the old one is scrapped and its endpoint will never return data again. He is authorized for the property. What should the API say?", R410),
  w('410', 'security', "Pen-tester notes that GET /consents/{id} for consents the customer withdrew returns 200 with an empty body. Withdrawn consents are deliberately and permanently deleted and cannot be restored (a new grant gets a new id). The requester is the owning customer. What is the correct code?", R410),
  w('410', 'sre', "tariff economy7-legacy permanently withdrawn by the regulator, we deleted it on purpose and it will never come back. authed customer app GETs /tariffs/economy7-legacy. colleague says 404 is safer. code pls", R410),

  // ---------------- knowledge ----------------
  k('sre', "what header does a 401 have to come back w/", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header field with at least one challenge'),
  k('api', "Under RFC 9110, is a 404 response cacheable without explicit freshness information, or does it need Cache-Control to be cached at all?", /heuristic|cacheable by default|default(ly)? cacheable|by default[^.]{0,40}cach/i, 'RFC 9110 §15.1/§15.5.5: 404 is heuristically cacheable unless otherwise indicated'),
  k('nonnative', "If our API send 403 to a request that had credentials inside, what RFC say about client try again with the same credentials?", /(should\s*n[o']?t|must\s*n[o']?t|not)\s+(automatically\s+)?(repeat|retry|resend|re-?send|re-?try)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', "Which RFC currently defines the semantics of HTTP status codes like 401 and 404? Is it still RFC 7231?", /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('security', "RFC 6750 insufficient_scope - which HTTP status code goes with it?", /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('sre', "rfc 6750 error code for an expired bearer token, what goes in the error= param", /invalid_token/i, 'RFC 6750 §3.1: expired/revoked/malformed token → error="invalid_token" with 401'),
  k('nonnative', "What is the RFC 6750 error code when the request miss a required parameter or is malformed?", /invalid_request/i, 'RFC 6750 §3.1: invalid_request → 400'),
  k('api', "Once we start returning 410 for a retired endpoint, does RFC 9110 require us to keep returning 410 for some minimum period?", /discretion|not (required|necessary|obligat)|no (requirement|obligation|minimum)|any (particular )?length of time|(doesn.t|does not|don.t|do not|need not|needn.t) (have to|need to|require)/i, 'RFC 9110 §15.5.11: not necessary to keep the mark for any length of time; left to the server owner'),
  k('security', "When does RFC 9110 let a server answer 404 where 403 would otherwise apply?", /hid(e|es|ing)|conceal|not (reveal|disclos)|without (revealing|disclosing)/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource MAY respond 404'),
  k('support', "A customer asked what the difference between 404 and 410 is. What does 410 tell the client that 404 does not?", /perman|forever|(will not|won.t|never) (come back|return|be available)/i, 'RFC 9110 §15.5.11: 410 means the condition is likely permanent'),
  k('sre', "resource deleted but we honestly dont know if its permanent, which code does the rfc say to use then", /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('nonnative', "Does 404 tell to the client if the missing resource is missing temporary or for always?", /(does\s*n[o']?t|not)\s+(indicate|say|tell|specify|distinguish|signal)|no indication|neither|either temporary or permanent/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', "Per RFC 6750, if a request to a protected resource carries no authentication information at all, should the 401 challenge include an error code?", /should not include|no error code|without (an |any )?error|omit|(should|must)\s*n[o']?t[^.]{0,30}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('api', "Besides saying the resource is unavailable, what does RFC 9110 say a 410 asks recipients to do about links pointing to that resource?", /remov|delet|delist|drop/i, 'RFC 9110 §15.5.11: server owners desire that remote links to the resource be removed'),
  k('sre', "whats the proxy version of 401, the one w/ Proxy-Authenticate", /\b407\b/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required'),
];

export const UNSEEN358_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
