import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 378, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a hotel chain's property-management system and guest app (guests, front-desk staff, housekeeping, other guests' folios, digital room keys that expire, closed hotels, OTA partner keys). */

const R401 = 'No valid credentials (none sent, expired, ended session, bad signature) -> 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token).';
const R401K = 'A revoked, rotated or unknown API key is not a valid credential -> 401, not 403 (RFC 9110 §15.5.2).';
const R403 = 'Caller is authenticated but not permitted and existence is not secret; re-authenticating will not help -> 403 (RFC 9110 §15.5.4).';
const R403S = 'Valid token lacking the required scope -> 403 with error="insufficient_scope" (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No current representation for the target, it never existed / wrong id -> 404 (RFC 9110 §15.5.5).';
const R404H = 'An origin server that wishes to hide the existence of a forbidden target may answer 404 instead of 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent -> 404; 410 only when the server knows the removal is permanent (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally and permanently removed, no forwarding address -> 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'guest app hitting GET /v2/folios/me w/o any Authorization header, no token at all. what do we send back', R401),
  w('401', 'support', 'Ticket #48213: guest logged out of the app on her phone yesterday, which ends the session on our side. This morning her tablet still sent the old session cookie to the reservations endpoint. The session no longer exists server-side. What status should the API return for that request? Agent suggested 403.', R401),
  w('401', 'security', 'finding PMS-SEC-12: the OTA partner key for one channel was rotated last week but the old, revoked key still gets 200 from /ota/availability. after the fix, what status should a request with the old key get? dev wants 403, thoughts', R401K),
  w('401', 'nonnative', 'the token of guest app is expired since 2 hours, app call /stays/current with this expired token. now we return 403, it is correct? which code we must return', R401),
  w('401', 'api', 'housekeeping tablet sends a bearer JWT whose signature fails verification (looks tampered). 401 or 403 for the room-status endpoint', R401),
  w('401', 'sre', 'channel manager sends an X-Api-Key we dont recognise at all, its not in the partner key table. status?', R401K),
  w('401', 'support', 'front desk agent says she clicked check-in after her shift login timed out (sessions expire after 12h), the PMS showed an error. her session is expired, she is not logged in anymore. which status is correct for that check-in call', R401),
  w('401', 'nonnative', 'in our app the digital room key token is also the credential for the in-room API. key expire at checkout 11:00, at 11:30 guest app still call /room/controls with this expired key token. what status the server should give', R401),

  // ---- 403 ----
  w('403', 'api', 'housekeeping staff are logged in with valid accounts but their role doesnt allow viewing folio charges. staff already see every room and folio number on the board so existence isnt a secret. code when housekeeping calls GET /folios/{id}/charges', R403),
  w('403', 'security', 'OTA partner token is valid and verified but only has scope rates:read, and they call PUT /ota/rates which needs rates:write. what status per rfc 6750', R403S),
  w('403', 'sre', 'new front desk hire logs in fine but is missing the refunds role, tries to issue a refund on a guest folio. nothing to hide, she can see the folio. code pls', R403),
  w('403', 'support', 'A guest is signed in to the app with a valid session and tries to book spa treatments through the app, but her basic loyalty tier does not include in-app spa booking (only Gold does). The spa page itself is public. Which status do we return for the booking call?', R403),
  w('403', 'nonnative', 'PMS api only allow requests from hotel network IP allowlist. front desk pc has new IP, user is logged in correct with valid token, but IP not in allowlist. which code is correct, 401 or 403?', R403),
  w('403', 'sre', 'lisbon property staff acct (authenticated, valid token) requests porto property arrivals list. tenant isolation says no. the list of our hotels is public, not hiding that porto exists. 403 right here?', R403),
  w('403', 'security', 'guest account flagged and blocked for card fraud. their login still succeeds and token is valid, but blocked accounts may not make bookings. someone says 401 for POST /bookings, i disagree. correct response?', R403),
  w('403', 'api', 'OTA partner authenticates fine w/ its key but its contract doesnt cover the Vienna hotel, which is listed publicly on every OTA anyway. what should /ota/hotels/vienna/inventory return to that partner', R403),
  w('403', 'nonnative', 'housekeeping tablet is logged in with valid staff token and it call /admin/rate-plans. this endpoint is documented publicly, not secret, but housekeeping is not allowed to it. login again will not change anything. which status', R403),

  // ---- 404 never existed ----
  w('404', 'sre', 'GET /reservations/RSV-00000 -- typo, that confirmation number never existed in any hotel. 404 right?', R404),
  w('404', 'support', 'Guest emailed that the app says her booking cannot be found. She typed reference HXQ-7731 but her real one is HXQ-7781; no reservation with HXQ-7731 was ever created. What status should the lookup API return for HXQ-7731?', R404),
  w('404', 'api', '/hotels/9999 -- no property with that id was ever created in the PMS. not deleted, it never existed. which one', R404),
  w('404', 'nonnative', 'OTA partner with valid key call /v1/hotels/12/room-types/PENTHOUSE-X but this room type was never defined for hotel 12, it is a wrong code from their side. what we answer', R404),

  // ---- 404 hide existence ----
  w('404', 'security', 'guest A is logged in and requests /folios/88123 which belongs to guest B. policy: we must never confirm that another guest\'s folio exists. code?', R404H),
  w('404', 'support', 'Logged-in guest keeps guessing confirmation numbers in the app to look up other people\'s reservations. Privacy team says we must not reveal whether a booking under that number exists at all (stalking risk). What do we send back when the number belongs to someone else?', R404H),
  w('404', 'api', 'partner OTA (valid key) requests /ota/reservations/{id} for a booking that came thru a different OTA. reservation ids are confidential between channels and we must not leak that the booking exists. status?', R404H),
  w('404', 'security', 'celebrity guests stay under alias. front desk staff w/o VIP clearance are authenticated but search the VIP stay record by id; policy says dont even confirm such a stay exists to uncleared staff. which code should the PMS return', R404H),

  // ---- 404 removed, permanence unknown ----
  w('404', 'sre', 'we pulled the marbella hotel page + /hotels/marbella from the api, hotel closed for renovation, might come back next season, nobody decided yet. someone suggests 410, what should it return rn', R404U),
  w('404', 'security', 'front desk accidentally soft-deleted a reservation; it sits in the trash and can be restored for 30 days. what status should GET /reservations/{id} give meanwhile, 404 or 410', R404U),
  w('404', 'api', 'product removed the Garden Suite room type from the booking API while legal reviews it. could come back, could not, not sure yet if thats permanent. which code for /room-types/garden-suite', R404U),

  // ---- 410 ----
  w('410', 'sre', 'hotel bristol closed permanently last year, building sold and demolished. we deliberately retired /hotels/bristol for good, no replacement page. code for old links', R410),
  w('410', 'api', 'v1 folio export endpoint was sunset on purpose and permanently removed, announced months ago, no successor URL to redirect to. what should calls to /v1/folios/export get now', R410),
  w('410', 'support', 'Guest is logged in with a valid session and the app still tries to fetch her old digital key /keys/dk_55a1. Keys expire at checkout and we purge key records permanently by design; that key id is never reissued. What status should /keys/dk_55a1 return?', R410),
  w('410', 'security', 'the 2022 new year gala landing page + booking form were removed intentionally and will never come back (one-off event). scanners still hit the url. 404 or 410?', R410),
  w('410', 'nonnative', 'we ended the Silver loyalty tier forever, endpoint /loyalty/tiers/silver is removed on purpose and never will return. what code is best', R410),
  w('410', 'support', 'Our airport hotel closed for good and its booking page /book/airport-hotel was deleted on purpose; it will never be bookable again and there is no replacement. OTA partners still have cached deep links. Which status should those links get?', R410),
  w('410', 'nonnative', 'old housekeeping tasks API /legacy/hk/tasks was switched off permanent, we decided it is not coming back and no new address exist. which status code we send', R410),

  // ---- knowledge ----
  k('api', 'when the guest api returns 401 which response header has to be there', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header with at least one challenge.'),
  k('support', 'front desk keeps telling guests to log out and log back in when the app shows 403. does re-authenticating fix a 403', /(won'?t|will not|doesn'?t|does not|wouldn'?t|would not|not going to|cannot|can'?t|isn'?t going to)\s+(\w+\s+){0,3}(help|change|fix|matter|make a difference|resolve)|pointless|futile|useless|no use|same (result|response|outcome|403)|still (get|be|return|receive)\w*\s+(a\s+)?403/i, 'RFC 9110 §15.5.4: the server understood the request and refuses it; re-authenticating with the same identity will not change the outcome.'),
  k('security', 'when is it ok to return 404 instead of 403 for another guest\'s folio', /hid(e|es|ing)|conceal|(not|without|avoid)\s+(\w+\s+){0,3}(reveal|disclos|confirm|leak|expos)|existence/i, 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond with 404.'),
  k('nonnative', 'we remove hotel page but we dont know if it is permanent. rfc says to use 404 or 410 in this case?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('support', 'what does a 410 on our closed hotel page tell google and the sites that link to it', /permanen|remov\w*\s+(\w+\s+){0,3}link|link\w*\s+(\w+\s+){0,4}remov|delist|de-?index|gone for good|intentional/i, 'RFC 9110 §15.5.11: 410 signals the resource is intentionally and permanently unavailable and owners want remote links removed.'),
  k('sre', 'can the cdn cache our 410s for closed hotels even w/o a cache-control header', /heuristic\w*\s+cach|cacheable by default|default(s)?\s+(\w+\s+){0,3}cacheable|(can|may|will|could|is allowed to)\s+(\w+\s+){0,3}cache/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default.'),
  k('sre', 'are 403s from the PMS heuristically cacheable like 404s or does a cache need explicit freshness info', /(not|n'?t|no)\s+(\w+\s+){0,2}(heuristically\s+)?cach|(only|unless)\s+(\w+\s+){0,5}(cache-control|explicit|expires|max-age|freshness)|not heuristic/i, 'RFC 9110 §15.1: 403 is not in the heuristically cacheable list; it is cached only with explicit freshness information.'),
  k('security', 'guest app bearer token expired, which error value does rfc 6750 say goes in the WWW-Authenticate header', /invalid_token/i, 'RFC 6750 §3.1: expired, revoked or malformed tokens get error="invalid_token" with status 401.'),
  k('security', 'OTA key is valid but lacks the scope for rate updates. which rfc 6750 error code goes in the challenge', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, returned with HTTP 403.'),
  k('nonnative', 'which RFC is the current one for HTTP status codes like 401 and 403, is it still RFC 7231?', /\b9110\b/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235 for HTTP semantics and status codes.'),
  k('nonnative', 'when guest get 403, we are allowed to explain in the body why it is forbidden (for example tier too low)?', /(may|can|could|is allowed to|is free to|is permitted to|should|fine to|ok to|okay to)\s+(\w+\s+){0,4}(explain|describ|includ|say|state|give|tell|mention|contain)|\byes\b/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('sre', 'should the channel manager auto retry a 403 w/ the same creds', /(should not|shouldn'?t|must not|mustn'?t|don'?t|do not|not|no)\s+(\w+\s+){0,3}(auto\w*\s+)?(retry|retried|repeat)|same credentials|(new|different|other) credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY retry with new or different credentials.'),
  k('api', 'which auth scheme name goes in the WWW-Authenticate challenge for our guest app OAuth access tokens', /\bBearer\b/i, 'RFC 6750 §3: resources protected by bearer tokens use the "Bearer" auth-scheme in WWW-Authenticate.'),
  k('support', 'does a 404 tell the OTA partner whether a hotel is gone for good or just temporarily', /(doesn'?t|does not|not|no|nothing|neither|without)\s+(\w+\s+){0,6}(temporar|permanen|whether)|no (indication|information|signal)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('api', 'guest app sent no token at all. should our 401 WWW-Authenticate include error="invalid_token" or anything like it', /(should not|shouldn'?t|must not|don'?t|do not|not|no need to|omit|leave (it )?out|without)\b.{0,60}(error|code|invalid_token)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
];

export const UNSEEN378_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
