import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 405, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a logistics carrier's shipment-tracking and label API (shippers, consignees, other customers' tracking numbers, cancelled labels, retired API versions, webhook secrets), asked by API designers and on-call SREs. */

const R401 = 'No valid credentials (none sent, ended session, unknown or bad key): RFC 9110 §15.5.2 401 Unauthorized, sent with a WWW-Authenticate challenge.';
const R401T = 'Expired, revoked or tampered bearer token is invalid_token: RFC 6750 §3.1 says 401, with WWW-Authenticate (RFC 9110 §15.5.2).';
const R401S = 'A request signature that fails verification or uses an unknown key means the caller is not authenticated: RFC 9110 §15.5.2 401, not 403.';
const R403 = 'Caller is authenticated but not permitted (role, plan, allowlist, account state); re-authenticating will not help: RFC 9110 §15.5.4 403 Forbidden.';
const R403S = 'Valid token without the required scope is insufficient_scope: RFC 6750 §3.1 says 403 (RFC 9110 §15.5.4).';
const R404 = 'No resource matches (never existed / wrong id / no such route): RFC 9110 §15.5.5 404 Not Found.';
const R404H = 'Existence must not be disclosed to this caller: RFC 9110 §15.5.4 lets the server answer 404 instead of 403 to hide the resource (§15.5.5).';
const R404U = 'Removed but not known to be permanent (restorable / undecided): RFC 9110 §15.5.11 says use 404 when the server does not know the condition is permanent (§15.5.5).';
const R410 = 'Intentionally and permanently removed with no forwarding address: RFC 9110 §15.5.11 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'getting a flood of GET /v2/shipments/1Z84X/events with no Authorization header at all, no token no key nothing. what do we send back', R401),
  w('401', 'api', 'shipper rotated their api key yesterday and we revoked the old one. their WMS still uses the old key to POST /labels. status?', R401),
  w('401', 'support', 'Ticket from a shipper: their OAuth access token expired about 2 hours ago (exp claim is in the past) but their nightly script keeps calling POST /v2/labels with it. They ask what code our gateway is supposed to return for an expired token, right now they get a 500 which is obviously wrong. Which status should it be?', R401T),
  w('401', 'security', 'finding: the label endpoint answers 403 when the bearer JWT fails signature verification (token was tampered with). we think thats the wrong code. which one should it be', R401T),
  w('401', 'nonnative', 'user make logout from shipper portal, but browser still call /api/consignees with the old session cookie, the session is already ended on server side. which code we must return?', R401),
  w('401', 'sre', 'partner carrier pushes scan events to our inbound webhook, HMAC signature doesnt verify against any of their webhook secrets and the key id in the header is unknown to us. someone says 403, thoughts', R401S),
  w('401', 'api', 'caller sends an api key string thats not in our key store at all, looks made up or mistyped. quote endpoint. 401 or 403?', R401),
  w('401', 'support', 'Customer admin revoked the access token of an employee who left the company. The ex-employee\'s integration still hits the tracking API with that revoked token. My colleague wants to return 403 "because he is not allowed anymore". Is that right or should it be something else?', R401T),

  // ---- 403 ----
  w('403', 'sre', 'new warehouse ip isnt on the shipper\'s IP allowlist. valid api key, POST /labels refused. code pls', R403),
  w('403', 'api', 'token is valid but only has tracking:read scope, caller tries POST /v2/labels which needs labels:write. which status', R403S),
  w('403', 'support', 'Shipper is on the free "Track only" plan and tries to buy a shipping label through the API. Their credentials are fine and authenticate ok, the plan just doesnt include label purchasing. They keep logging out and in again hoping that fixes it. What should the API return?', R403),
  w('403', 'security', 'viewer-role user in a shipper org tries DELETE /labels/{id} on a label of their own org. authenticated fine, they can already see the label in the list so existence isnt a secret. 403 or 404', R403),
  w('403', 'nonnative', 'shipper account is blocked by our billing team because invoices not paid. they authenticate ok with valid key but we refuse all label creation. which status is correct?', R403),
  w('403', 'sre', 'logged-in consignee tries to change delivery address on a shipment addressed to them, but the shipper disabled redirects for that shipment. they can view it fine. status?', R403),
  w('403', 'api', 'GET /v2/webhooks/{id}/secret. caller is authenticated member of the same shipper account and sees the webhook in the list, but only account admins may read the signing secret. someone says 401, is 401 right', R403),
  w('403', 'support', 'A reseller sub-account with a valid token tries to open the parent account\'s billing invoices. The parent account id is shown in their own dashboard anyway, so there is nothing to hide, they are just not allowed to see invoices. Which code do we return?', R403),
  w('403', 'security', 'the v3 manifest endpoints are enabled only for shippers in the beta program. a shipper not in the program calls POST /v3/manifests with a valid key. the endpoint is public in our docs, not a secret. correct response?', R403),

  // ---- 404 (never existed / wrong id) ----
  w('404', 'sre', 'GET /v2/tracking/1Z999AA10123456784 for a tracking number we never issued, consignee typo. not deleted, it never existed. code', R404),
  w('404', 'api', 'client calls /v2/shipmnets (typo in the path), there is no such route at all. which one', R404),
  w('404', 'nonnative', 'customer ask label with id lbl_0000 which was never created, the id format is correct but no record exist anywhere. what we answer?', R404),
  w('404', 'support', 'Shipper integration requests GET /pickups/PU-99812 but that pickup id never existed in any account, they mixed it up with a rate quote id. Authenticated fine. What is the correct response?', R404),

  // ---- 404 (exists, hidden) ----
  w('404', 'security', 'shipper A queries a tracking number that belongs to shipper B. we must not confirm that other customers tracking numbers exist (enumeration risk). 403 or 404?', R404H),
  w('404', 'api', 'GET /v2/shipments/{id} for a shipment owned by a different shipper account. policy: never reveal whether another customer\'s shipment ids exist. status?', R404H),
  w('404', 'sre', 'consignee portal: logged-in consignee opens a shipment where they arent the consignee. we dont want to leak that the shipment even exists. which code', R404H),
  w('404', 'nonnative', 'caller has valid key but the webhook id belong to another account. we must not confirm the id is real to them. which status please', R404H),

  // ---- 404 (removed, permanence unknown) ----
  w('404', 'support', 'Labels older than 90 days get moved to cold storage and the API cant serve them right now. Ops is still deciding whether archived labels will be restored on request or purged for good. A customer fetches /labels/{id}/pdf for one of them. What do we send, 410?', R404U),
  w('404', 'sre', 'shipper soft-deleted a shipment draft, its in the trash and restorable for 30 days. GET /drafts/{id} code? someone wants 410', R404U),
  w('404', 'api', 'a manifest got removed by a migration bug, we might be able to restore it from backup, not sure yet. what should GET /manifests/{id} return meanwhile', R404U),

  // ---- 410 ----
  w('410', 'api', 'v1 of the tracking API was retired on purpose on 2024-03-01, permanently shut down, nothing will ever be served at /v1/track again. calls still come in. which code', R410),
  w('410', 'sre', 'once a label is cancelled its PDF is purged permanently and never regenerated, by design. GET /labels/{id}/pdf for a cancelled label from its owner -> ?', R410),
  w('410', 'support', 'Customer deleted their webhook subscription and we hard-deleted it on purpose, it will not come back. Their old system still calls GET /webhooks/{id}. Someone suggested 404 but we know for sure it is gone for good. Which status?', R410),
  w('410', 'nonnative', 'the old SOAP label service is decommissioned for always, we removed it intentional and it will not come back. old clients still calling it, what we should return?', R410),
  w('410', 'security', 'retention policy: proof-of-delivery photos older than 2 yrs are destroyed permanently and deliberately. the owning shipper requests one of those POD image urls. which status', R410),
  w('410', 'sre', 'we sunset the /v2/labels/zpl-legacy endpoint for good, deliberate, 6 months notice sent. not coming back. code pls', R410),
  w('410', 'api', 'shipper asks via API for a shipment delivered 7 yrs ago, the record was purged permanently per our retention policy, deliberately, no way to get it back. 404 or 410?', R410),

  // ---- knowledge ----
  k('nonnative', 'when our tracking api return 401, which response header it must include?', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('support', 'For our bearer-token label API, what auth scheme name goes in the WWW-Authenticate challenge of a 401?', /\bbearer\b/i, 'RFC 6750 §3: the resource server uses the "Bearer" auth-scheme in WWW-Authenticate.'),
  k('nonnative', 'if shipper get 403 on label create, will it help to authenticate again with the same api key?', /\b(no|not|never|won'?t|doesn'?t|does not|will not|cannot|can'?t|shouldn'?t|should not)\b[^.]{0,60}\b(help|fix|change|work|succeed|resolve|matter|repeat)/i, 'RFC 9110 §15.5.4: credentials were considered insufficient; the client SHOULD NOT repeat with the same credentials, re-authenticating does not change the outcome.'),
  k('security', 'when is it ok for the shipment api to answer 404 where 403 would be the honest code', /hid(e|es|ing)|conceal|existence|reveal|disclos|leak|confirm/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target resource may respond 404 instead.'),
  k('nonnative', 'a 404 from tracking endpoint, does it say if the shipment is gone temporary or permanent?', /\b(no|not|doesn'?t|does not|nothing|neither|never)\b[^.]{0,60}(permanen|temporar)|temporary or permanent|permanent or temporary|whether[^.]{0,40}(permanent|temporary)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('support', 'What does a 410 on a retired tracking URL tell people and crawlers who still link to it?', /remov|delist|de-?index|delet|drop|purg|stop (linking|crawling)|gone for good|permanent/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally, permanently unavailable and the server wants remote links to it removed.'),
  k('security', 'between 403 and 410, which one can a CDN cache heuristically (no explicit Cache-Control) by default', /\b410\b/, 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable by default; 403 is not.'),
  k('security', 'which status does RFC 6750 pair with the invalid_token error (expired or revoked bearer token)', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD be sent with 401 (Unauthorized).'),
  k('sre', 'rfc 6750 invalid_request error, which status code', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be sent with 400 (Bad Request).'),
  k('nonnative', 'our api doc cite RFC 7231 and 7235 for 401/403/404. which RFC is the current one to cite now?', /\b9110\b/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235.'),
  k('security', 'may a 403 from the label API tell the shipper why it was refused, e.g. "account on billing hold"?', /\byes\b|\b(may|can|is allowed to|is free to|is permitted to)\b(?!\s*not)[^.]{0,30}\b(describe|explain|include|say|state|give|tell)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('nonnative', 'if we dont know if a removed shipment resource is permanent gone, RFC 9110 says use which code instead of 410?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead.'),
  k('support', 'Do we have to keep returning 410 for the retired v1 tracking URLs forever, or can we stop at some point?', /\bno\b|not (necessary|required|obligat|needed)|n'?t (have|need) to|any length of time|can stop|may stop/i, 'RFC 9110 §15.5.11: it is not necessary to mark permanently unavailable resources as gone or to keep the mark for any length of time.'),
  k('security', 'when the request had no token at all, should the 401 WWW-Authenticate include an error code like invalid_token?', /\b(should not|shouldn'?t|don'?t|do not|no need to|omit|leave out|without|not include)\b[^.]{0,40}(error|code)|\bno error (code|param|attribute)|\bno\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
];

export const UNSEEN405_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
