import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 227, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a warehouse-management and logistics API (warehouses, carriers, pallets, decommissioned sites, partner integrations, scoped API keys). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response MUST carry WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401; RFC 9110 §15.5.2 credentials refused';
const R403 = 'RFC 9110 §15.5.4: server understood the request but refuses it; credentials are insufficient and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden';
const R404 = 'RFC 9110 §15.5.5: no current representation found for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server wishing to hide the existence of a forbidden target may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "scanner gun at dock 4 hits GET /v2/pallets/PLT-88123 w/ no Authorization header at all. pallet exists fine. what do we send back", R401),
  w('401', 'api', "Our carrier webhook endpoint receives a request whose bearer token expired twenty minutes ago. The carrier account itself is active and, with a fresh token, would be allowed to post tracking events. A colleague argues for 403 because the carrier is 'known'. What status should the endpoint actually return?", R401T),
  w('401', 'support', "A customer says their integration broke right after they rotated API keys. Looking at the logs, they are still sending the old key, which we revoked as part of the rotation. The warehouse they are querying exists and belongs to them. What response code should their calls be getting?", R401T),
  w('401', 'security', "Pen-test note: tester sends a forged JWT (signature does not verify) to /warehouses/{id}/inventory. Our gateway rejects every unverifiable token the same way on every path before looking anything up, so the response reveals nothing about whether the warehouse exists. Which status is correct for that rejection?", R401),
  w('401', 'nonnative', "Our partner is sending the API key in the wrong header (X-Api-Token instead of Authorization), so the server see no credentials at all. The pallet is exist and partner normally have access. Which code we must give back to them?", R401),
  w('401', 'sre', "api key on /carriers/ups/rates is truncated to 20 chars, cant even be parsed, so we have no idea who the caller is. 401 or 403", R401T),
  w('401', 'api', "An administrator revoked a user's session after the user left the company, but their browser keeps sending the old session cookie to GET /sites/{id}/dock-schedule. The site and the schedule both exist. What status code is appropriate for these requests?", R401),
  w('401', 'support', "A truck driver's app shows an error every morning: the access token saved on the phone has expired overnight. The driver is assigned to the route and is allowed to see it once they have a valid token. Which error code should the app be receiving from our API?", R401T),
  w('401', 'security', "finding: basic auth w/ wrong password on /admin/partners returns 403. admin acct exists and would have access with the right password. reviewer wants it fixed, what should it be", R401),

  // ---- 403 ----
  w('403', 'sre', "valid token, role=picker, doing DELETE /warehouses/WH-12. pickers cant delete warehouses. WH-12 is in the public site directory anyway so nothing to hide. code pls", R403),
  w('403', 'api', "An API key scoped to inventory:read calls POST /pallets/{id}/moves, which requires inventory:write. The token is valid and unexpired, and the pallet is visible to this key via GET. Following RFC 6750, what status do we return?", R403S),
  w('403', 'support', "A customer's warehouse manager can see their own Reno warehouse in the list, but gets an error when trying to edit its carrier contracts because their subscription plan does not include contract management. They are logged in properly. What should the error status be?", R403),
  w('403', 'security', "Partner integration requests arrive from an IP that is not on the partner's allowlist, but the partner's credentials are perfectly valid. The endpoint is documented publicly, so its existence is no secret. A reviewer says we should send 401. Is that right, or what should it be?", R403),
  w('403', 'nonnative', "The user is login correctly and the token is good, but his role is only 'viewer'. He try to cancel a shipment of his own company, and this shipment he can see in the list. What code the API should answer?", R403),
  w('403', 'sre', "partner key still authenticates fine but their agreement lapsed so rate lookups are switched off for them. /v1/carriers/{id}/rates is in the public docs. someone on the team said 401 lol. what do we actually send", R403),
  w('403', 'api', "Auditors may GET any pallet record but are never allowed to PATCH one. An auditor has just read a pallet and then tries to PATCH it, so there is no question of hiding that the pallet exists. Should the PATCH be answered with 403 or 404?", R403),
  w('403', 'support', "The client says 'we logged out and back in three times and still get the error'. Their user is missing the dock-scheduler role and is trying to book a dock slot at their own warehouse. What status are they getting, and is that the correct one?", R403),
  w('403', 'security', "A token carrying only the shipments:read scope calls POST /admin/api-keys to mint a new key. The admin endpoint is listed in our public API reference, so there is nothing to conceal. Which status should the resource server send?", R403S),
  w('403', 'nonnative', "API key is valid and not expired, but the key was created only for warehouse Hamburg, and the request go to warehouse Rotterdam of the same company. The user already know Rotterdam exists because he see it in the dashboard. Which status is correct here?", R403),

  // ---- 404 ----
  w('404', 'sre', "GET /pallets/PLT-000000, auth fine, that id was never issued, no record of it anywhere ever. code", R404),
  w('404', 'api', "Tenant isolation question: an authenticated user in tenant B requests /warehouses/WH-A-77, which belongs to tenant A. Our policy is that tenant B must not be able to learn that this warehouse exists. 403 or 404?", R404H),
  w('404', 'support', "A customer deleted a carrier integration yesterday. Our system soft-deletes these and can restore them within 30 days if the customer asks, so it may well come back. A partner is still polling the integration URL. What should the partner receive?", R404U),
  w('404', 'security', "Enumeration finding: /sites/{code} returns 403 for site codes that exist in other tenants and 404 for codes that do not exist, which lets an attacker map out which site codes are real. What should the exists-but-belongs-to-another-tenant case return instead?", R404H),
  w('404', 'nonnative', "The customer type the warehouse id wrong (WH-1O2 with letter O, not zero). This id never existed in our system. The user is logged in and have all rights. Which code is right?", R404),
  w('404', 'sre', "WH-55 got taken offline last night, nobody has decided yet if its decommissioned for good or reopens after the lease talks. valid client GETs /warehouses/WH-55. someone wants 410, do we", R404U),
  w('404', 'api', "Records for decommissioned sites are moved to cold storage, and some of them get migrated back when a site is reactivated; the API has no way to tell whether a given site will return. What status should requests to those site URLs get?", R404U),
  w('404', 'security', "We operate a secured facility for a defense customer, and users without clearance must not learn that it exists. An authenticated user without clearance requests /sites/secure-07. A teammate suggests 403 since the user is authenticated and simply not allowed. What should we return?", R404H),
  w('404', 'support', "A customer keeps calling /v2/carrier-rates/legacy, which they copied from an old blog post. That route was never part of our v2 API at all, not even briefly. Their key is valid. What status code should they see?", R404),
  w('404', 'nonnative', "We have one private partner integration for a big retailer, and other partners must not know that this integration exist. Another partner with a valid key call GET /integrations/retailer-x. What we should return? My colleague say 403.", R404H),

  // ---- 410 ----
  w('410', 'sre', "site SEA-3 decommissioned for good, building sold, we keep a tombstone record, never coming back. old integrations still hit /sites/SEA-3 w/ valid keys. code", R410),
  w('410', 'api', "We permanently retired the v1 carrier rates endpoint on March 1 after announcing it, and it will never be reinstated. Authenticated clients still calling /v1/rates — should they get 404 or 410?", R410),
  w('410', 'support', "A customer asks why a bookmarked pallet label URL now fails. Labels for shipped pallets are intentionally deleted after 90 days under our retention policy, permanently, and cannot be regenerated. The customer is logged in and owns the pallet. What code should that URL return?", R410),
  w('410', 'security', "The FreightCo partner integration was terminated and permanently removed; the fact that FreightCo used to be a partner is public via a press release, so there is nothing to hide. An authenticated admin with full rights requests /integrations/freightco. Which status?", R410),
  w('410', 'nonnative', "We closed the warehouse in Lyon forever, the building is demolished, and we want that partners remove their links to it. Someone call GET /warehouses/lyon-01 with valid token and he has right to read warehouses. Which status code is best?", R410),
  w('410', 'api', "A holiday promotional shipping-rate endpoint was deliberately retired when the promotion ended and will not be coming back. The caller is authenticated and authorized. A colleague says plain 404 is fine. What is the most accurate status?", R410),

  // ---- knowledge ----
  k('sre', "when we send 401 from the pallet api is there a header we have to include, which one", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge'),
  k('api', "Is a 404 response cacheable by default under HTTP semantics, i.e. without explicit Cache-Control, or does it need explicit freshness information?", /(?<!not |non-?|isn.?t )heuristic(ally)?[ -]cach|(?<!not )cacheable by default|can be cached (by default|without)/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('support', "A warehouse user got a 403 and wants to know whether simply logging in again with the same account will fix it. What does the spec say about retrying after a 403?", /(should not|shouldn.?t|not|never|no)[^.]{0,40}(repeat|retry|re-?send|help)|same credentials|won.?t help|will not help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', "Which RFC is currently the authoritative definition of HTTP status code semantics such as 401, 403, 404 and 410? We still cite RFC 7231 in our carrier API docs.", /9110/, 'RFC 9110 §15 obsoletes RFC 7231'),
  k('security', "In RFC 6750 bearer token errors, what HTTP status goes with the insufficient_scope error code?", /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', "rfc 6750 invalid_token error, what http status is that supposed to ride on", /401/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('nonnative', "In RFC 6750, the error invalid_request (for example a parameter is missing or repeated) must be sent with which HTTP status code?", /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('api', "Once we start returning 410 for a decommissioned warehouse URL, how long are we required to keep returning 410 before we can drop it?", /discretion|any length of time|no (fixed|required|set|specific|particular|mandated|minimum)[^.]{0,15}(time|duration|period|length)|not (required|necessary|obligat\w*|mandatory)|(up to|decided by) (the )?(server|site|you|owner)|indefinite/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; left to the server owner'),
  k('security', "Under RFC 9110, in what situation is a server allowed to answer with 404 even though the honest answer would be 403?", /hid(e|ing)|conceal|not (want|wish|willing) to (reveal|disclose|expose)|without revealing|(reveal|disclos|leak)\w*[^.]{0,30}exist/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target may respond 404'),
  k('support', "If a resource was removed but we genuinely don't know whether the removal is permanent, which of 404 or 410 does the spec say to use?", /(use|send|return|respond with|go with|stick with|ought to be)\W+(a |an |with )?404|404[^.]{0,40}(ought|should|is (the )?(right|correct|appropriate))/i, 'RFC 9110 §15.5.11: if the server does not know or cannot determine whether the condition is permanent, 404 ought to be used'),
  k('sre', "our forward proxy in front of the carrier gateway wants creds before it forwards anything, which status is that, not 401 right", /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required'),
  k('security', "Per RFC 6750, when a request to the resource server carries no authentication information at all, should the WWW-Authenticate Bearer challenge include an error code like invalid_request?", /(should not|shouldn.?t|do not|don.?t|omit|leave (it )?out|without (an |the )?error|no error)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('nonnative', "In which request header the client must put its credentials (for example the bearer token) when it answer a 401 challenge?", /\bAuthorization\b/, 'RFC 9110 §11.6.2: credentials are sent in the Authorization header field'),
  k('nonnative', "Does a 404 tell the client if the missing resource is gone only for temporary time or for permanent?", /(does not|doesn.?t|not|no|neither|without)[^.]{0,40}(indicat|say|tell|impl|distinguish|specif|signal|know)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('api', "Can a 410 Gone response be cached by default, in the absence of explicit cache directives?", /(?<!not |non-?|isn.?t )heuristic(ally)?[ -]cach|(?<!not )cacheable by default|can be cached (by default|without)/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
];

export const UNSEEN227_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
