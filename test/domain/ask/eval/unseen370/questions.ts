import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 370, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an airline's booking and check-in API (booking references of other passengers, cancelled flights, retired routes, agency and GDS partner keys, boarding-pass links that expire). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid credentials (missing, expired, revoked, malformed, unverifiable) → 401 with a WWW-Authenticate challenge; RFC 6750 §3.1 invalid_token.';
const R403 = 'RFC 9110 §15.5.4: the caller is authenticated/identified but not authorized for this action, and existence need not be hidden → 403; re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403 (RFC 9110 §15.5.4): valid token, wrong scope.';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource (it never existed / wrong id) → 404.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: removed but not known to be permanent → 404; 410 only when the server knows the removal is likely permanent.';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally and permanently removed with no forwarding address → 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'checkin svc getting calls to POST /v2/checkin w/o any Authorization header at all, no token whatsoever. code pls', R401),
  w('401', 'api', 'we rotated the agency partner keys last week and the old keys are revoked, not just limited. one travel agency still sends the old revoked key to GET /bookings/{pnr}. someone says 403, thoughts', R401),
  w('401', 'support', 'Ticket #55120: passenger logged out of the mobile app last night, this morning she opened a saved "manage booking" tab and tapped "change seat". Her session had expired hours before, so the request reached the seat API with an expired session cookie and nothing else. The app showed a generic error. What status should the seat API have returned so the app knows to send her to the login screen?', R401),
  w('401', 'security', 'finding: the GDS partner endpoint accepts requests whose HMAC signature fails verification and answers 403 "forbidden". since the signature doesnt verify we dont actually know who the caller is. what should it return instead', R401),
  w('401', 'nonnative', 'Hello, our mobile app is sending bearer token to the seat map API of flight, but this token is expired since 2 hours. Which status code we must return, please?', R401),
  w('401', 'nonnative', 'gateway receive a Bearer token on /loyalty/miles which is malformed, is not a JWT, only random garbage string. we cannot identify the user. status?', R401),
  w('401', 'api', 'GDS partner sends an X-Partner-Key header on the availability search that doesnt match any key we ever issued. unknown key. what do we send back', R401),
  w('401', 'security', 'customer logged out on web and logout revokes the access token, introspection now says active=false. a script with that revoked token keeps hitting /boarding-passes. is 403 right here', R401),

  // ---- 403 ----
  w('403', 'sre', 'agency token is valid but only has bookings:read scope, theyre calling POST /bookings/{pnr}/cancel on a booking they created. which one', R403S),
  w('403', 'api', 'logged-in passenger (plain customer acct, not ground staff) calls the ops endpoint PATCH /flights/{id}/gate to change the departure gate. flight is public info, nothing to hide. correct response?', R403),
  w('403', 'support', 'Agent from a partner travel agency logs in fine and tries to issue a ticket in fare class J on a booking her agency created. Their agency contract does not include business-class ticketing, so we refuse. Logging in again will not change anything, it is the contract. What code should the ticketing API give her?', R403),
  w('403', 'security', 'crew portal admin api is IP allowlisted. request comes from an authenticated ops user w/ a valid token but from an IP not on the allowlist. the endpoint is documented, we dont care about hiding it. 403 or 404', R403),
  w('403', 'nonnative', 'Passenger account is blocked by our fraud team. He is logged in with a valid token, we know exactly who he is, but we refuse all booking changes for him. 401 or 403 is correct?', R403),
  w('403', 'sre', 'lounge api: user authenticated fine, valid token, but their loyalty tier is silver and lounge passes need gold. tier rules are public. code', R403),
  w('403', 'nonnative', 'Partner key is valid, we know it is partner "TravelHub", but their contract dont include the ancillaries API (bags, meals). The ancillaries API is public documented, no secret. What should gateway return?', R403),
  w('403', 'security', 'pentest note: authenticated call center agent with role "viewer" could call DELETE /flights/{id}/passengers/{paxId}. we now block that role. flights and manifests arent secret from internal staff. what status should the block return', R403),
  w('403', 'support', 'Customer writes: "I am logged in, why cant I change the passenger name on my own booking?" Name changes are only allowed for agent roles, the customer role cant do it no matter what. The booking is definitely hers. Which code should the API return for that name-change call?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /flights/XY9999/2025-03-02 — that flight number was never scheduled, no such flight ever existed. status?', R404),
  w('404', 'support', 'Caller says the app shows an error for his booking. Turns out he typed the booking reference as QK7P2X instead of QK7P2Y. There is no booking with QK7P2X at all, never was. What should GET /bookings/QK7P2X return?', R404),
  w('404', 'nonnative', 'Client call /airports/XXQ/terminals but airport code XXQ does not exist in our system, it never existed. My colleague propose 410. I think no, which is correct?', R404),
  w('404', 'api', 'boarding pass id in the url is just a typo, not deleted, it never existed. someone suggests 410, which one', R404),

  // ---- 404: exists but hidden from this caller ----
  w('404', 'security', 'logged-in passenger calls GET /bookings/{pnr} with a PNR that belongs to another passenger. we must not confirm to anyone else that a booking reference exists (PNR enumeration risk). what code', R404H),
  w('404', 'api', 'agency A is authenticated and requests a booking that agency B made. policy: agencies must never learn whether other agencies bookings exist. 403 would leak that. so what do we return', R404H),
  w('404', 'support', 'A logged-in customer changed the id in the boarding pass URL and landed on another traveller\'s boarding pass id. We don\'t want to reveal that this other person is even on the flight (privacy), so the response must not confirm that the pass exists. What status should the boarding-pass API send?', R404H),
  w('404', 'sre', 'govt charter manifest endpoint, authenticated partners w/o clearance hitting it. those flight ids are confidential, we dont even acknowledge they exist. code pls', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'route LHR-TFS pulled from the api for the winter, network planning hasnt decided if it comes back. GET /routes/LHR-TFS code? not sure yet if thats permanent', R404U),
  w('404', 'support', 'A booking was removed from the system by mistake during last night\'s migration. IT says they might be able to restore it from backup but no promise yet. The customer keeps calling GET /bookings/{pnr}. Should that be 410 Gone?', R404U),
  w('404', 'nonnative', 'The flight schedule entry is removed from our API for now because flight is maybe cancelled, operations team still discuss, maybe it will be re-instated next week. 410 or 404?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'route AMS-BRS retired permanently last year, /routes/AMS-BRS deleted on purpose, never coming back, no replacement. status', R410),
  w('410', 'api', 'v1 check-in API was decommissioned for good after the announced sunset, deliberately removed, no redirect to v2 at that path. what should /v1/checkin return now', R410),
  w('410', 'support', 'Boarding-pass links in our emails expire 24h after departure, and at that point we purge the pass on purpose, permanently, it can never be restored. A customer clicks an old link a week later. What status code should that link return?', R410),
  w('410', 'security', 'review finding: the old promo page /deals/summer-2019 was permanently and intentionally removed but currently returns 200 with "page not found" text (soft 404). nothing confidential about it. what should it return instead', R410),
  w('410', 'nonnative', 'Our airline close the route Oslo–Tromsø forever, it is officially decided, and we delete the route page on purpose. There is no new URL. Which code is best so crawlers understand?', R410),
  w('410', 'api', 'the B737-200 was retired from the fleet for good and we deliberately deleted /fleet/B737-200/seatmap, it will never return. which code', R410),
  w('410', 'security', 'the legacy agency partner program was shut down permanently and its /partners/legacy-portal endpoints were deliberately removed forever. old docs still link them. which one', R410),

  // ---- knowledge ----
  k('sre', 'quick one, our 401s from the booking api dont carry any challenge header. which header is a 401 required to include', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('api', 'bearer token on the check-in api has expired. which RFC 6750 error code goes in the WWW-Authenticate challenge', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed tokens, with 401.'),
  k('security', 'per rfc 6750, what http status goes with error="insufficient_scope" when an agency token lacks the ticketing scope', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 Forbidden.'),
  k('support', 'The app got a 403 on a booking change. Should it just automatically retry the same request with the same token until it works?', /should not|shouldn'?t|\bno\b|not (automatically )?(retry|repeat)|don'?t (retry|repeat)|won'?t help|will not help|pointless/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('nonnative', 'When is it allowed to answer 404 instead of 403 for a booking of another passenger?', /hid(e|es|ing)|conceal|existence|not (reveal|disclose|confirm|acknowledge)|exist/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource may respond 404.'),
  k('sre', 'route suspended, nobody knows if its permanent. 410 or 404 and why', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('api', 'what does a 410 on a retired route url actually tell search crawlers and sites that link to it', /permanent|intentional|on purpose|remov(e|ed|al|ing)[^.]*links?|links?[^.]*remov|delist|de-?index|for good|no longer (available|exists?)/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally, permanently unavailable and the owner wants remote links removed.'),
  k('security', 'our 410s for retired routes go out w/o any Cache-Control. can the CDN / caches still store and reuse them', /heuristic|cacheable by default|by default|\byes\b/i, 'RFC 9110 §15.1: 410 is heuristically cacheable by default unless indicated otherwise.'),
  k('support', 'Our docs still cite RFC 7231 and RFC 7235 for the 401/403/404 rules. Which RFC is current for these status codes now?', /\b9110\b/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235.'),
  k('nonnative', 'Is it allowed to write in the 403 response body the reason why the passenger is forbidden, for example "your fare does not allow this"?', /\byes\b|(may|can|allowed to|permitted to|free to) (describe|explain|include|give|state|say|put|write)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('api', 'per rfc 6750, what status goes with error="invalid_request" (e.g. gds partner sends the token twice, in header and query)', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 Bad Request.'),
  k('security', 'request hits the bearer-protected bookings api with no auth info at all. should the WWW-Authenticate challenge include an error code like invalid_token', /\bno\b|should not|shouldn'?t|not (include|send|add)|omit|without (an |any )?error|just (the )?(bare )?(challenge|Bearer realm)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code.'),
  k('sre', 'do we have to keep returning 410 for retired routes forever, or can we drop it at some point', /\bno\b|not (required|necessary|obligated|needed)|discretion|up to (you|the (server|owner|operator))|your (call|choice)|any length of time/i, 'RFC 9110 §15.5.11: it is not necessary to keep the "gone" mark for any length of time; that is left to the server owner\'s discretion.'),
  k('support', 'Our manage-booking page answers 200 with a "booking not found" message when the reference doesn\'t exist. Is that ok, or what should it send?', /\b404\b|soft[- ]404/i, 'A 200 with not-found content is a soft 404; a missing resource should get a real 404 (RFC 9110 §15.5.5).'),
  k('nonnative', 'For bearer tokens, which attribute in the WWW-Authenticate can tell the client which scope it needs for the ticketing API?', /\bscope\b/i, 'RFC 6750 §3: the scope attribute in the Bearer challenge lists the scope needed to access the resource.'),
];

export const UNSEEN370_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
