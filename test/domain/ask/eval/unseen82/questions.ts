import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 82, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a car-sharing and scooter-rental company (riders, licence checks, fleet operators, city partners, device keys, trips, damage photos, insurer partner API). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server must send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) -> 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; the identity is known and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope -> 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin found no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wants to hide the existence of a forbidden resource may answer 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know (or cannot determine) whether the removal is permanent, 404 should be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource is intentionally gone at the origin and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'unlock endpoint getting hits w/o any Authorization header at all, app bug on old android build. what do we send back', R401),
  w('401', 'api', 'A rider calls GET /v1/trips with a bearer token whose exp claim passed two hours ago. The signature is fine and the rider account is active and in good standing. Which status should the trips API return?', R401T),
  w('401', 'support', 'Customer changed her password on the website and now the app says she is logged out when she tries to see her trip history, because we revoke all old sessions on password change. The app is still sending the old session token. What code does the server give for that request?', R401T),
  w('401', 'security', 'Pen-test finding: the insurer partner API accepts a token that fails signature verification (tampered payload) and only rejects later at the scope check with 403. What should the response be for a token whose signature does not verify?', R401T),
  w('401', 'nonnative', 'The scooter device is sending a device key which we have rotated last week and the old key is not anymore valid. Scooter want to report its GPS position. Which code we must answer, my colleague say 403 but I am not sure?', R401),
  w('401', 'sre', 'fleet operator dashboard calls /vehicles w/ Authorization: Bearer and then nothing, empty token string. its not malformed json or anything, just no credential. code pls', R401),
  w('401', 'api', 'Our city-partner reporting API uses HTTP Basic. When the partner sends a username that does not exist or a wrong password, we have to challenge them again with WWW-Authenticate. What status goes with that challenge?', R401),
  w('401', 'support', 'A rider tried to end his trip but his login session had already timed out on our side (session expired, not banned, nothing wrong with the account). The end-trip call came back with an error. What status was it supposed to be?', R401),
  w('401', 'nonnative', 'Insurer partner call our claims API with an access token that we revoked yesterday because the contract is renewed and new token issued. They still use the revoked one. What status code is right for this?', R401T),

  // ---- 403 ----
  w('403', 'sre', 'rider is logged in fine, token valid, but licence verification still pending so they cant unlock a car. scooters ok, cars no. what do we send back for POST /cars/123/unlock', R403),
  w('403', 'api', 'A suspended rider (suspension is visible to them in the app, with a reason and an appeal link) authenticates successfully and tries to start a new trip. Re-authenticating will not change anything. Which status code should the start-trip endpoint use?', R403),
  w('403', 'security', 'The insurer partner token is valid and not expired, but it only carries scope claims:read and they are calling POST /claims to create one, which needs claims:write. Someone on the team wants 401 here. What is correct per RFC 6750?', R403S),
  w('403', 'nonnative', 'Fleet operator user is authenticated good, but his role is viewer only and he try to change the price of a scooter zone. The zone is public and everybody know it exist. What we return?', R403),
  w('403', 'support', 'A fleet technician logged in with a valid account wants to delete a damage report with photos. Only safety managers may delete damage reports, and the technician can already see the report in the list, so there is nothing to hide. What code should the delete request get?', R403),
  w('403', 'sre', 'city partner for lisbon, valid api key, trying to pull aggregate trip stats for lisbon but their contract tier doesnt include the heatmap export. they know the export exists, its in their docs. 401 or 403 or what', R403),
  w('403', 'api', 'Riders under 21 are authenticated normally but company policy forbids them from booking the premium car class. The car class list is public. When a 19-year-old with a valid session tries to book a premium car, what status should the booking API return?', R403),
  w('403', 'security', 'Tenant isolation review: operator A (valid credentials, operator role) calls PATCH /operators/A/settings with a field only the platform superadmin may set. The resource is their own, so existence is not a secret. Which status should the refusal carry?', R403),
  w('403', 'nonnative', 'The scooter firmware use a valid device key, correctly signed, but it try to call the admin endpoint for lock all vehicles in zone, which device keys are not allowed never. Which status code this should be?', R403),
  w('403', 'support', 'Rider is logged in, verified, everything normal, but she is trying to unlock a scooter from a country where our terms forbid her account type to ride (the scooter is listed publicly on the map). She asks why the app says access denied. What code sits behind that message?', R403),

  // ---- 404 ----
  w('404', 'sre', 'someone hitting GET /vehicles/SC-99999999 and that id was never issued, no such vehicle ever existed. valid token. code pls', R404),
  w('404', 'security', 'Enumeration concern: a logged-in rider calls GET /riders/{id}/trips for another rider\'s id. We must not reveal whether that rider account exists at all. Which status should we return so that existing and non-existing ids look the same?', R404H),
  w('404', 'api', 'A damage report was deleted by a support agent last night. It may be restored from the soft-delete bin within 30 days, so the deletion is not known to be permanent. What status should GET /damage-reports/{id} return in the meantime?', R404U),
  w('404', 'nonnative', 'Fleet operator from company X ask for a vehicle that belong to operator Y. We do not want operator X even learn that this vehicle id exist in our system. What code we should give, 403 is leaking I think?', R404H),
  w('404', 'support', 'Customer typed a promo code page URL wrong, /promos/SUMMR24 instead of SUMMER24. There is no such page and there never was. What code does the site return?', R404),
  w('404', 'sre', 'trip record missing from db after a migration bug, we dont know yet if its recoverable from backups or gone for good. someone wants 410. what should GET /trips/{id} say for now', R404U),
  w('404', 'security', 'Pen test: an authenticated city partner for Berlin requests /cities/berlin/incidents/{id} for an incident that belongs to a confidential police investigation in another city. Policy says partners must never learn that such an incident exists. Colleague suggests 403. What is the right status?', R404H),
  w('404', 'api', 'A rider\'s saved payment method was removed by the payment processor sync. We have not decided whether it will be re-synced, so we cannot say the removal is permanent. Which status is appropriate for GET /riders/me/payment-methods/{pm_id}?', R404U),
  w('404', 'nonnative', 'The API get request for a route /v1/scooters/{id}/batterys which is misspelled, this endpoint is not exist never, the right one is /batteries. User token is valid. Which status?', R404),
  w('404', 'support', 'An operator asks about a vehicle that was pulled off the street for repairs and taken out of the API temporarily; the workshop has not said whether it comes back or gets scrapped. What code should the vehicle page give while it is unknown?', R404U),

  // ---- 410 ----
  w('410', 'api', 'We permanently shut down the service in Rome and intentionally removed the /cities/rome endpoints; they will never come back. Which status should requests to /cities/rome/zones return?', R410),
  w('410', 'sre', 'retired the old gen-2 scooter model for good, /models/gen2 spec page deliberately removed, no plan to ever bring it back. crawlers still hitting it. code pls', R410),
  w('410', 'support', 'A customer deleted her account under GDPR erasure; the data is purged permanently and cannot be restored. A partner integration still calls GET /riders/{that id}. The partner was the one that had the rider linked, so nothing is being hidden from them. What code?', R410),
  w('410', 'nonnative', 'We deprecated and removed forever the v1 unlock API, announced one year ago, the endpoint is intentionally gone and will not return. Old apps still call /v1/unlock. Which status code is correct, 404 or something other?', R410),
  w('410', 'security', 'Damage photos older than the retention period are permanently destroyed by policy and the URLs are intentionally dead forever. The requesting insurer is authenticated and was the original recipient, so existence is not secret. What status should the photo URLs return?', R410),
  w('410', 'api', 'The one-off "Summer in Oslo" ride pass campaign ended and the offer resource was intentionally and permanently removed; marketing confirms it will never be reused. Which status should GET /offers/summer-oslo return?', R410),

  // ---- knowledge ----
  k('api', 'Which response header must a 401 Unauthorized response include according to RFC 9110?', /www-authenticate/i, 'RFC 9110 §15.5.2: server generating 401 MUST send WWW-Authenticate'),
  k('sre', 'is a 404 cacheable by default or do we need explicit cache-control for the cdn to keep it', /heuristic(ally)?\s*cach/i, 'RFC 9110 §15.1: 404 is heuristically cacheable'),
  k('security', 'Per RFC 9110, if a client gets 403 and the request already had credentials, should it just retry with the same credentials?', /(should not|shouldn'?t|not).{0,60}(repeat|retry|resend)|(repeat|retry|resend).{0,40}(won'?t|will not|not) help/i, 'RFC 9110 §15.5.4: client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'Which RFC is now the current one for HTTP status codes meaning? Before we was using RFC 7231.', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', 'In RFC 6750, which error code corresponds to a token that lacks the required scope, and what status goes with it?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope -> 403'),
  k('sre', 'rfc 6750 invalid_request maps to what status, quick', /\b400\b/, 'RFC 6750 §3.1: invalid_request -> 400'),
  k('support', 'Does a 410 Gone response mean the resource will be gone forever, or is it just for a while?', /permanent/i, 'RFC 9110 §15.5.11: the condition is expected to be permanent'),
  k('security', 'Under which circumstance does RFC 9110 allow a server to answer 404 instead of 403?', /hid(e|ing)|conceal|not (to )?reveal|existence/i, 'RFC 9110 §15.5.4: to hide the existence of a forbidden target resource'),
  k('api', 'What should a server return instead of 410 when it does not know whether the removal of a resource is permanent?', /\b404\b/, 'RFC 9110 §15.5.11: use 404 if permanence is unknown'),
  k('nonnative', 'The RFC say something how long a server must keep return 410 for removed resource? Must we keep it forever?', /(not necessary|no (requirement|obligation)|not required|need not|any length of time|doesn'?t (have|need) to|does not (have|need) to|not (have|need) to)/i, 'RFC 9110 §15.5.11: not necessary to keep the mark for any length of time'),
  k('sre', 'in a bearer 401 what does the error param say when the token is expired, rfc 6750', /invalid_token/i, 'RFC 6750 §3.1: invalid_token'),
  k('security', 'Is 403 heuristically cacheable under RFC 9110 like 404 and 410 are?', /(is not|isn'?t|not)\b.{0,30}(heuristic|cacheable|in (the|that) list|listed)|^\W*no\b/i, 'RFC 9110 §15.1: 403 is not in the heuristically cacheable list'),
  k('support', 'For the insurer partner using bearer tokens, in which header does the server put error="insufficient_scope" according to RFC 6750?', /www-authenticate/i, 'RFC 6750 §3: error attribute in WWW-Authenticate response header'),
  k('nonnative', 'What is the status code that proxy use when it need authentication, the one similar to 401, and which header it send?', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required with Proxy-Authenticate'),
];

export const UNSEEN82_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
