import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 33, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a logistics and parcel-delivery company — shipment tracking pages, a carrier partner API, warehouse scanners, drivers' handheld app, returns labels, customs documents. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401 (with WWW-Authenticate)';
const R401T = 'RFC 6750 §3.1: invalid_token — expired, revoked, malformed or otherwise invalid access token → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; credentials are fine but insufficient → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the token lacks the privileges required → 403';
const R403N = 'RFC 9110 §15.5.4: 403 applies even when no authentication is involved; refusal for policy reasons → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource was found → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may answer 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when the removal is known to be permanent; if that is not known, 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', 'carrier webhook is hitting POST /v2/shipments/events w/o any Authorization header at all (checked raw req in the lb logs, nothing). we send 403 atm b/c "anon is forbidden". correct code?', R401),
  w('401', 'api', 'partner access tokens live 1h. partner kept reusing a token after expiry, not revoked, not wrong scope, just expired. GET /v2/shipments/123 → what do we return', R401T),
  w('401', 'support', 'driver reported his handheld stolen so we revoked the session token for that device. now the stolen device keeps calling /route/today with the revoked token. what status should the app api send back', R401T),
  w('401', 'security', 'log line from carrier api: `key_id=pk_live_8f2 status=rotated_out result=reject path=/v2/labels`. the key was rotated last week and the old one is no longer valid, partner still sends it. we answer 404 right now to "not leak anything". should it be something else', R401),
  w('401', 'nonnative', 'scanner in warehouse 4 is send basic auth with wrong password since firmware update, the scanner user is exist and has all rights normally. what we must answer to it', R401),
  w('401', 'sre', 'seeing `auth=Bearer jwt_sig_valid=false iss=auth.prod` on customs-docs svc. token signature doesnt verify (someone hand edited the payload). the scope claim in it would have covered the endpoint anyway. 401 or 403?', R401T),
  w('401', 'api', 'returns-label api in prod is getting bearer tokens minted by our *staging* auth server, prod has never issued them and cant validate them. not expired, just unknown to prod. which code pls', R401T),
  w('401', 'support', 'partner contract ended, we revoked all their api tokens on friday. they are still calling GET /v2/tracking/* with one of those revoked tokens (it isnt expired by date, we just revoked it). what code do they get', R401T),
  w('401', 'security', 'bob says the customs documents endpoint should reply 403 when the request comes with no credentials at all "because the docs are sensitive". there is no token, no cookie, nothing. who is right, what code', R401),

  // ---- 403 ×10
  w('403', 'sre', 'warehouse scanner svc token is valid (sig ok, not expired) but only has scope `inventory:read`, it tries POST /scans which needs `inventory:write`. currently we throw 401. correct response?', R403S),
  w('403', 'api', 'carrier A is authenticated and asks GET /v2/shipments/{id} for a shipment handled by carrier B. we dont care about hiding it, the shipment id is shown on the public tracking page anyway. tenant isolation says no. code?', R403),
  w('403', 'support', 'driver can log in fine (password right, token fresh) but dispatch suspended his acct pending an investigation. when he opens the routes screen the api should return what? re-login doesnt change anything', R403),
  w('403', 'security', 'partner api key is valid, but the call comes from an IP that isnt on their allowlist (they moved to a new cloud region and didnt tell us). the resource exists and they know it exists. which one', R403),
  w('403', 'nonnative', 'user in warehouse is logged in correctly but have role "picker", not "supervisor". he try open the inventory adjustments report, which everybody know it exist. what status code is correct to send', R403),
  w('403', 'sre', 'customer on Basic plan, customs docs export is a Pro-only feature. their token is valid and they are authenticated fine. we return 401 atm and the frontend keeps bouncing them to login lol. what should it be', R403),
  w('403', 'api', 'integration partner got a read-only api key (on purpose). they POST /v2/returns/labels to create a label. key is valid, recognized, not expired. what do we send back', R403),
  w('403', 'support', 'support agent logged into the admin tool tries to issue a refund for a lost parcel but his acct doesnt have the refunds permission. logging out and back in doesnt help. ops says show 404 but the refund page obviously exists and he can see it in the menu. which code', R403),
  w('403', 'security', 'mTLS: client cert is valid and maps to scanner-07 of warehouse A. scanner-07 calls the warehouse B stock endpoint, policy only allows scanners on their own warehouse. no need to hide that warehouse B exists. 401 or 403?', R403),
  w('403', 'nonnative', 'tracking page is public, no login needed. our waf block one scraper by its ip because it is on our deny list, page is existing. colleague say 401 but there is no login at all. what is right', R403N),

  // ---- 404 ×10
  w('404', 'sre', 'tracking page for a tracking number that never existed (customer typo, `JD0143X9` instead of `JD0148X9`). today we send 200 with "no shipment found" in the body. what should the status be', R404),
  w('404', 'api', 'GET /v2/shipments/SHP-00991827 — id is well formed, passes validation, but there is no shipment with that id in any tenant. colleague wants 400. code?', R404),
  w('404', 'support', 'customer opened their returns label link and the label is gone from storage. nobody knows yet if it was deleted on purpose or if it will be regenerated, not sure whether its permanent. what should the link return for now', R404U),
  w('404', 'security', 'partner A authenticated, requests a shipment id that belongs to partner B. requirement from legal: partners must not be able to learn which shipment ids of other carriers exist (enumeration risk). what status', R404H),
  w('404', 'nonnative', 'driver app call GET /routes/2024-05-11 for his route of that day, but dispatch not created the route yet for that date, nothing exist there. what code the api give back', R404),
  w('404', 'sre', 'retention job purged some customs docs last night, but legal says they may get restored from backup, so its not clear if they are gone for good. alice says 410. what do we send on GET /customs/docs/{id}', R404U),
  w('404', 'api', 'customer X is logged in and asks for the customs invoice of customer Y\'s shipment. policy: we must never confirm to one customer that another customer\'s shipment exists. 403 or something else?', R404H),
  w('404', 'support', 'customer has an old tracking link from the 2019 system. after the migration we just dont know what happened to those records, maybe never migrated, maybe deleted, nobody decided anything on purpose. which code should that url return', R404U),
  w('404', 'security', 'we have /internal/warehouse-config on the same host as the scanner api. scanners are authenticated but must not even learn that this endpoint exists. we send 403 right now. better code?', R404H),
  w('404', 'nonnative', 'scanner read a barcode and ask GET /parcels/by-barcode/4006381333931 but this barcode was never registered in our system, no parcel. which status should return', R404),

  // ---- 410 ×6
  w('410', 'sre', 'v1 tracking api was shut down on purpose last month after a 12-month sunset notice, it will never come back, v2 is the only one. still getting ~2k req/min on /v1/track/*. we send 404 atm, should it be something else', R410),
  w('410', 'api', 'returns labels expire after 30 days by policy and are deleted permanently, never regenerated. customer hits the label url on day 45. it isnt an auth issue, the url is correct. what status code', R410),
  w('410', 'support', 'the "same day express" service was discontinued and its page removed for good, we wont bring it back. marketing wants google to drop it asap. what should the old url return', R410),
  w('410', 'security', 'customer asked for erasure, we permanently destroyed their customs documents on purpose, it can never be restored. the same customer (authenticated, owner) now requests GET /customs/docs/{id}. which code', R410),
  w('410', 'nonnative', 'old endpoint /api/driver/v1/checkin we removed it forever on purpose, all drivers must update app, it will not come back never. old apps still call it. which code we send', R410),
  w('410', 'sre', 'tracking records older than 2y get deleted by our retention policy, intentionally and permanently, no backups kept. tracking id was valid once. bob says 404. who is right', R410),

  // ---- knowledge ×15
  k('support', 'does a 401 response need any special header or is a json body saying "please log in" enough', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', 'rfc 6750 - which error value goes in the bearer challenge when the access token has expired', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed tokens'),
  k('security', 'in RFC 6750 what error code means the token is fine but doesnt carry enough scope, and what status goes with it', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, 403'),
  k('nonnative', 'rfc 7231 is still the one for the status codes or it was replaced? which rfc number is current now', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231'),
  k('sre', 'if we send a 410 with no cache-control header at all, can browsers/CDNs cache it anyway', /heuristic|cacheable by default|can be cached|may be cached|is cacheable/i, 'RFC 9110 §15.1/§15.5.11: 410 is heuristically cacheable unless indicated otherwise'),
  k('api', 'whats 422 actually for and how is it different from a plain 400', /unprocessable|unable to process|semantic|validation/i, 'RFC 9110 §15.5.21: content type and syntax understood, but the contained instructions cannot be processed'),
  k('security', 'what is the difference between 401 and 407', /proxy/i, 'RFC 9110 §15.5.8: 407 is like 401 but the client must authenticate to a proxy (Proxy-Authenticate)'),
  k('support', 'do search engines treat a 410 any different from a 404', /faster|sooner|quicker|more quickly|permanent/i, 'Seed / RFC 9110 §15.5.11: 410 signals permanent removal and helps crawlers delist faster'),
  k('sre', 'we want to rate limit the carrier api. is there a standard status for that and a header that tells them when to come back', /Retry-After/i, 'RFC 6585 §4: 429 Too Many Requests, may include Retry-After (RFC 9110 §10.2.3)'),
  k('nonnative', 'if client is sending credentials and get 403, it helps to login again with same credentials?', /insufficient|(won.?t|not|doesn.?t|does not|will not|wouldn.?t) (help|change)|pointless|no use/i, 'RFC 9110 §15.5.4: credentials were considered insufficient; repeating the request with the same credentials will not help'),
  k('api', 'does a HEAD request have to return the same status code a GET to the same url would', /same/i, 'RFC 9110 §9.3.2: HEAD is identical to GET except the server does not send content'),
  k('security', 'whats 405 for and which header has to come with it', /\bAllow\b/, 'RFC 9110 §15.5.6: 405 Method Not Allowed MUST include an Allow header field'),
  k('nonnative', 'rfc 6750 invalid_request error is going with which http status', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('support', 'when the request has no token at all, should the bearer 401 challenge still have an error= attribute in it', /SHOULD NOT|shouldn.?t|no error|omit|not include|without/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('nonnative', '410 is must be permanent? what if we are not sure the resource gone for good, what to use instead', /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
];

export const UNSEEN33_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
