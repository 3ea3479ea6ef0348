import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 381, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a mobile operator's eSIM provisioning API for partner resellers (partner certs and keys, other resellers' subscribers, ported-out numbers, retired plans, expiring activation codes), in terse SRE shorthand. */

const R401 = 'RFC 9110 §15.5.2: no valid credentials (missing, expired, revoked, malformed, unverifiable) → 401 with a WWW-Authenticate challenge; RFC 6750 §3.1 invalid_token → 401.';
const R403 = 'RFC 9110 §15.5.4: the caller is identified but refused (role, tier, allowlist, suspended account); re-authenticating will not help and nothing needs hiding → 403.';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403; RFC 9110 §15.5.4 Forbidden, a token refresh does not change the outcome.';
const R404 = 'RFC 9110 §15.5.5: no current representation of the target resource (never existed / wrong id or route) → 404.';
const R404H = 'RFC 9110 §15.5.4 and §15.5.5: an origin that wishes to hide the existence of a forbidden resource may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the origin does not know, or cannot determine, whether the removal is permanent, 404 should be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is known to be permanent → 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'POST /v2/esim/orders from a reseller w/ no Authorization header at all, no token, no nothing. code pls', R401),
  w('401', 'sre', 'partner api key rotated yday, old one revoked. their batch job still sending the old key to GET /v2/profiles. what do we send back', R401),
  w('401', 'support', 'Ticket from reseller NordMobil: their OAuth access token for the provisioning API expired at 09:00 UTC and they kept calling GET /v2/activation-codes until noon. Their dev insists we should return 403 because "we are a valid partner". The token is expired and we dont accept it anymore. Which status is correct?', R401),
  w('401', 'security', 'finding: provisioning gw returns 403 when the partner JWT signature fails verification on GET /v2/subscribers/{id}. no identity is established from that token. what should it return instead', R401),
  w('401', 'nonnative', 'reseller send request signed with key id "rs-204" but this key id we never issue, it is not in our key store, so we cannot verify who is calling. the order endpoint itself is fine and exist. which status the api must answer?', R401),
  w('401', 'api', 'Authorization: Bearer eyJhbGciOi (truncated, cant be parsed as a token at all) on GET /v2/plans. partner just misconfigured their client. 401 or 403', R401),
  w('401', 'api', 'partner portal user hit log out, session invalidated server side, then the browser retries GET /v2/esim/profiles/{iccid}/qr w/ the dead session cookie. someone says 403, thoughts', R401),
  w('401', 'security', 'reseller offboarded last wk, we revoked all their access tokens. logs show calls still coming in to /v2/orders w/ the revoked tokens. correct response for those', R401),

  // ---- 403 ----
  w('403', 'sre', 'partner token valid, authn ok, but scope is esim:read only and they POST /v2/esim/orders which needs esim:provision. status?', R403S),
  w('403', 'api', 'reseller on bronze tier, POST /v2/activations/bulk is gold-only per contract. valid key, we know who they are, endpoint exists and is publicly documented. which code', R403),
  w('403', 'security', 'partner call w/ valid client cert + valid api key but source ip isnt on their allowlist. we know exactly which partner it is, nothing secret about the endpoint. is 403 right here', R403),
  w('403', 'support', 'Reseller account is suspended for unpaid invoices. They authenticate fine (valid cert, valid token) and try to order new eSIM profiles. They know their account exists and we are happy to tell them it is suspended. What should the API return?', R403),
  w('403', 'security', 'authenticated reseller calls DELETE /v2/plans/{id}, an operator-admin only op. plan catalog is public, nothing to hide. gw returns 404 rn, should it be something else', R403),
  w('403', 'nonnative', 'user of reseller is logged in correct, his role is "viewer", but download of activation code need role "provisioner". the code exist and belong to his own company. what code we give back?', R403),
  w('403', 'sre', 'valid token, read-only scope, PATCH /v2/subscribers/{id}/plan on their own subscriber. colleague wants 401 so the client refreshes its token. which one', R403S),
  w('403', 'api', 'partner A GETs /v2/plans/partner-b-exclusive-20gb. plan exists and is listed on our public site as exclusive to partner B, not a secret. A is authenticated fine. response?', R403),
  w('403', 'support', 'Reseller tries POST /v2/esim/profiles/{iccid}/swap for one of their own subscribers. The line has a fraud lock set by our risk team that blocks swaps. The reseller is authenticated and it is their own customer, so there is no need to hide anything. Correct status?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /v2/esim/profiles/89440000000000000099 w/ valid partner creds. iccid is a typo, no profile w/ that id ever existed. code', R404),
  w('404', 'api', 'partner calling POST /v2/activation-codes/bulk-renew. no such route, never existed, they got it off some 3rd party blog. auth is fine. what should the gw return', R404),
  w('404', 'nonnative', 'reseller ask GET /v2/plans/UNL-5G-XL but we never create this plan. it is not retired, it simply never exist. partner is authenticated ok. which status?', R404),
  w('404', 'support', 'Reseller opened a ticket saying GET /v2/orders/ORD-77812 fails. Turns out their system generated that order id locally and the order was never submitted to us, so it never existed on our side. Their credentials are valid. What status should they get?', R404),

  // ---- 404: exists but hidden from this caller ----
  w('404', 'security', 'partner A (authenticated) requests GET /v2/subscribers/by-msisdn/+447700900123, which is a subscriber of partner B. requirement: must not confirm to A whether that number is on our network at all. which status', R404H),
  w('404', 'sre', 'reseller enumerating iccids, some hit other resellers\' profiles. iccid ownership is confidential, dont leak existence. 403 or 404', R404H),
  w('404', 'support', 'A reseller asked for the eSIM profile of a subscriber who actually belongs to a different reseller. Our policy is that we never reveal which reseller owns a line, or even whether the line exists, to anyone but the owner. The caller is authenticated. What should the API send back?', R404H),
  w('404', 'nonnative', 'reseller try to read activation code of an order from other partner. we must not let them know this order exist, it is confidential. they are authenticated correct. which code?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'plan travel-eu-10gb pulled from catalog last wk, product might relaunch it, undecided. partners still GET /v2/plans/travel-eu-10gb. someone wants 410, thoughts', R404U),
  w('404', 'support', 'Number +447700900456 was ported out to another carrier last month. Numbers do sometimes port back in, and we honestly dont know if this one is gone for good. The reseller who owned it calls GET /v2/lines/+447700900456 (no secrecy issue, it was their line). What status?', R404U),
  w('404', 'api', 'partner deleted an esim profile via the api, its soft-deleted and restorable for 30d. GET on it now w/ valid creds returns...? 404 or 410', R404U),

  // ---- 410 ----
  w('410', 'sre', 'plan legacy-3g-unl retired for good, 3G network switched off, never coming back, decided on purpose. partners still GET /v2/plans/legacy-3g-unl. status', R410),
  w('410', 'api', 'activation code ACT-5521 expired. by design expired codes are permanently voided, never reactivated or reissued. partner w/ valid creds GETs /v2/activation-codes/ACT-5521. code pls', R410),
  w('410', 'support', 'We decommissioned the v1 provisioning API on purpose; all resellers were migrated to v2 and v1 will never come back. A reseller still calls /v1/esim/orders with valid credentials. What do we return?', R410),
  w('410', 'security', 'after port-out, subscription record sub_88213 is permanently purged per retention policy, never restored (if the number ever ports back it gets a new sub id). owning reseller queries GET /v2/subscriptions/sub_88213, nothing confidential. 404 or 410', R410),
  w('410', 'nonnative', 'when subscriber terminate contract we delete the eSIM profile permanent, it never come back, new profile get new ICCID. partner call the old ICCID with valid token. what status is correct?', R410),
  w('410', 'sre', 'batch results at /v2/batches/{id} purged intentionally after 90d retention, permanent, no restore. partner GETs a 100d old batch. code', R410),
  w('410', 'nonnative', 'we remove on purpose the old callback endpoint /v2/partner-callbacks forever, replaced by /v2/webhooks, it will not return. reseller still call it. which status we send?', R410),

  // ---- knowledge ----
  k('api', 'our 401s from the provisioning gw go out w/o any challenge header. which header is mandatory on a 401', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field with at least one challenge.'),
  k('nonnative', 'reseller get 403 on activation endpoint, their dev want to log in again and send same request with same token. will re-authenticate help, should client just retry it?', /(\bnot\b|n['’]t|\bno\b|\bnever\b|\bwon)[^.]{0,40}(help|retr|repeat|re-?auth|resend|change|same)|same credentials|pointless|futile|stop retrying/i, 'RFC 9110 §15.5.4: re-authenticating does not help a 403; the client should not automatically repeat the request with the same credentials.'),
  k('security', 'when is it ok for the provisioning api to answer 404 for an esim profile that exists but the calling partner isnt allowed to see', /hid(e|es|ing)|conceal|existence|reveal|disclos|confirm|leak|enumerat/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target resource may respond with 404 instead of 403.'),
  k('support', 'Product retired a plan but nobody can tell me if it might come back. Per RFC 9110, which status should the API use when we dont know whether a removal is permanent?', /\b404\b/, 'RFC 9110 §15.5.11: if the origin does not know whether the condition is permanent, 404 should be used instead of 410.'),
  k('support', 'What does a 410 on an old activation link tell the resellers and crawlers that still link to it? What are they expected to do with the link?', /remov|delet|drop|purg|unlink|stop (linking|using|referenc)|get rid/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally unavailable and the owner wants remote links to it removed.'),
  k('sre', 'cdn in front of the provisioning api, no cache-control on our 404s. can it still cache them heuristically per 9110', /\byes\b|(?<!not |n't |n’t )heuristically cacheable|cacheable by default|\b(?<!not |n't |n’t )(can|may) (be )?(cached|stored|cache|store)\b/i, 'RFC 9110 §15.1 and §15.5.5: 404 is heuristically cacheable unless method definition or explicit cache controls say otherwise.'),
  k('security', 'is a 403 from the partner api heuristically cacheable if we send no explicit freshness info', /\bno\b|\bnot\b[^.]{0,20}cach|n['’]t[^.]{0,20}cach|requires? (explicit|cache-control)|only (if|with|when)[^.]{0,30}(explicit|cache-control|freshness)/i, 'RFC 9110 §15.1: 403 is not in the list of heuristically cacheable status codes; caching it needs explicit freshness.'),
  k('api', 'RFC 6750 insufficient_scope on our bearer tokens, which http status goes with it', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden.'),
  k('security', 'reviewer cites RFC 7235 for our 401 handling on the partner api. is that still the current spec, or what replaced it', /\b9110\b/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235; 401/403/404/410 are defined in its §15.5.'),
  k('support', 'A reseller asked why their eSIM order was forbidden. Is our 403 allowed to explain the reason in the response body, e.g. "account suspended for unpaid invoices"?', /\b(yes|may|can|allowed|permitted|free to|fine)\b(?!['’]t| not)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content.'),
  k('api', 'partner sends no token at all, we reply 401 w/ WWW-Authenticate: Bearer realm="esim". should that challenge include error="invalid_token" or not', /should ?n['’o]t (include|contain|add|send)|\bomit|leave (it |the error |that )?out|without (an |the |any )?error|no error (code|attribute|param)|^\W*no\b|just (the )?(scheme|realm|bearer|challenge)|only (the )?(scheme|realm|bearer|challenge)|don['’]t (include|add|send)|not (include|contain|add|send)/i, 'RFC 6750 §3: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('nonnative', 'when provisioning api send 404 for a profile, does the 404 say if the missing is temporary or permanent?', /(\bnot\b|n['’]t|\bno\b|\bnever\b)[^.]{0,30}(say|indicat|tell|signal|specif|distinguish|impl|convey|commit|know)|neither|either way|unspecified|silent|agnostic|ambiguous/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('security', 'retired plan urls now return 410. do we have to keep returning 410 for them forever', /\bno\b|not (necessary|required|obliged|obligated|mandatory|forever)|need ?n['’o]t|don['’]t (have|need) to|does ?n['’]t (have|need) to|is ?n['’]t (required|necessary)|any length of time|as long as/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time.'),
  k('nonnative', 'partner send a token that look valid and we answer 401. what does 401 mean when the request did include credentials?', /refus|reject|invalid|not (accepted|valid|good|sufficient|recogni)|fail|expired|revoked/i, 'RFC 9110 §15.5.2: if the request included authentication credentials, the 401 indicates that authorization has been refused for those credentials.'),
];

export const UNSEEN381_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
