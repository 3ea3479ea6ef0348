import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 160, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a car-sharing and fleet app (vehicles, rental sessions, door unlocks via API, banned drivers, retired cars, fleet managers). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (missing or wrong), so 401 with a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token, answered with 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and the caller is known, but it refuses; re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: a valid token lacking the scope the request needs is insufficient_scope, answered with 403';
const R404 = 'RFC 9110 §15.5.5: the origin server found no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that does not wish to disclose that the resource exists may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is likely permanent, so remote links should be removed';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'unlock endpoint POST /vehicles/{id}/unlock getting hammered by an old app build that sends no Authorization header at all, what do we send back', R401),
  w('401', 'api', "A driver's access token expired two minutes ago, in the middle of an active rental, and the app then calls GET /rentals/current. A colleague argues for 403 because we still know which user it is from the token's sub claim. What status should the API actually return?", R401T),
  w('401', 'security', 'Pen-test finding: a JWT with a forged signature sent to GET /fleet/vehicles currently gets a 403 back. The token never validates, so we have no authenticated caller. The report says the code is wrong. What should the fleet API return?', R401),
  w('401', 'nonnative', 'Fleet partner send an API key with a typo, this key not exist in our database at all. He call the endpoint for list the cars. Which code we must to return him?', R401),
  w('401', 'support', "When we ban a driver we also revoke all of their access and refresh tokens. The banned driver's app keeps retrying the door-unlock call with the revoked access token. The server sees the token as revoked, not as a valid banned user. What should that request get back?", R401T),
  w('401', 'sre', 'prod unlock api receiving bearer tokens minted by the staging auth server, prod doesnt trust that issuer so they fail validation, 401 or 403, code pls', R401T),
  w('401', 'nonnative', 'Car wash partner try to open the trunk by our API but he send username and password that are wrong. Is it 403 because he is not allowed, or is other code?', R401),
  w('401', 'support', "A customer who hasn't signed in yet (just browsing the map as a guest) taps Reserve on a car. The reservation request goes out with no credentials of any kind. How should the API respond to that?", R401),
  w('401', 'security', 'Our fleet-manager portal revokes a session token the moment the manager is offboarded. After offboarding, the revoked token is replayed against PATCH /fleet/12/vehicles/7. Someone suggested 404 to avoid leaking the vehicle. Nothing about the vehicle is secret to an authenticated manager; the problem is the token. Which status is correct?', R401T),

  // ---- 403 (10) ----
  w('403', 'sre', 'driver w/ valid token tries to unlock a car thats currently booked by someone else, car isnt secret (shows on the public map), not an auth problem, code pls', R403),
  w('403', 'api', 'A banned driver still holds a valid, unexpired token (we deliberately do not revoke tokens on ban so they can still download invoices). That driver calls POST /rentals to start a new trip. The vehicle is publicly listed. Which status should we send?', R403),
  w('403', 'support', "A fleet manager for Company A is logged in with no problems but tries to retire a car that belongs to Company B's fleet. Company B's car list is published in the public partner directory, so nothing needs hiding. What does the API return to the manager?", R403),
  w('403', 'security', 'Scanner flagged our unlock endpoint: an OAuth bearer token that is valid and unexpired, with scope vehicles:read but not vehicles:unlock, calls POST /vehicles/42/unlock. The scanner recommends 401. Is that right, or what should it be?', R403S),
  w('403', 'nonnative', 'Driver is logged correctly, token is good, but his driving licence is not verified yet so he can not start a rental. The car he want exist and everybody can see it on the map. Which status is correct for this?', R403),
  w('403', 'sre', 'ops intern w/ read-only role, token fine, hits DELETE /vehicles/88 to retire a car. we dont hide vehicle ids internally. 401 or 403', R403),
  w('403', 'api', "Mechanics authenticate with valid credentials and hold the 'maintenance' role, which lets them open the hood but not start customer rentals. A mechanic calls POST /rentals. Signing in again would change nothing about their role. What should the response code be?", R403),
  w('403', 'security', "Finding: after a driver is banned, the unlock endpoint returns 401 and the app loops on re-login prompts forever. We confirmed the token is still valid (signature and expiry both fine); only the account's ban flag blocks the unlock. The driver and the car are not sensitive information. What should the endpoint return instead?", R403),
  w('403', 'support', "A customer's account is fine and she is logged in, but her company admin has switched off van bookings for her under the corporate plan. Vans are listed publicly in the app. She tries to book one. What should she get back from the booking API?", R403),
  w('403', 'nonnative', 'Fleet manager have a good token, but his IP address is not in the allowlist of fleet API. The cars he ask are not secret. What we should answer him?', R403),

  // ---- 404 (10) ----
  w('404', 'sre', 'GET /vehicles/ZZ-999 from an authd driver, that plate never existed in any of our fleets, what do we send back', R404),
  w('404', 'api', 'Corporate private-fleet vehicles must not be revealed to drivers outside that corporate account. An authenticated consumer driver requests GET /vehicles/{corporateCarId}. Product explicitly does not want to confirm that the car exists. A colleague proposes 403. Which code should we use?', R404H),
  w('404', 'security', "Enumeration issue: an attacker with a normal driver account iterates /rentals/1000 to /rentals/2000. Other users' rentals come back 403 and non-existent ids come back 404, so the difference leaks which rental ids are real. What should other users' rentals return?", R404H),
  w('404', 'support', "A car's record was pulled from the active fleet after an accident while the insurer decides whether it's repaired or written off, so it might well come back. A partner app requests that car's detail endpoint. What should it receive?", R404U),
  w('404', 'nonnative', 'We deleted one parking zone from API, but maybe we restore it next month, we are not sure yet. Somebody call GET /zones/17. It is 410 or something other?', R404U),
  w('404', 'sre', 'frontend bug sends POST /vehicles/undefined/unlock, auth is totally fine, there is no vehicle w/ that id and never was, what status', R404),
  w('404', 'security', "A fleet manager from tenant X queries /drivers/{id} for a driver outside their organisation. For privacy we must not reveal whether that person is a customer of ours at all, even if they are a banned driver. The manager's token is valid. What code do we return?", R404H),
  w('404', 'api', 'A retired car was soft-deleted. Policy says retired vehicles can be reactivated if the lease is extended, and whether that will happen is unknown right now. A teammate wants GET /vehicles/{id} to return 410. What should it return?', R404U),
  w('404', 'support', 'A logged-in customer typed a booking reference she found in a phishing email into the trip lookup. We checked: that reference has never existed in our system. What should the lookup endpoint return?', R404),
  w('404', 'nonnative', 'We have stealth cars for VIP program, only VIP members can know they exist. Normal user with valid login request the URL of such car. We must not show that it exist. Which code to give him, not 403 I think?', R404H),

  // ---- 410 (6) ----
  w('410', 'sre', 'model line zoe-2019 retired for good, all cars scrapped, /models/zoe-2019 removed on purpose and never coming back, public page, want crawlers + partner integrations to drop the links, code pls', R410),
  w('410', 'api', 'We intentionally decommissioned the public vehicle-spec page /v1/cars/{id}/spec and it will never return; we want clients and crawlers to remove their links to it. Authentication is not involved. A colleague says plain 404 is enough. Which status best fits?', R410),
  w('410', 'support', "The limited-time promo page 'free unlock weekend' has ended and marketing confirms it is gone for good. Customers are still clicking old links to it. What should that page return?", R410),
  w('410', 'security', 'A former fleet partner ended their contract, and their public partner profile /partners/acme was deliberately and permanently removed. It was publicly listed before, so there is no existence to hide. What status should requests for it get?', R410),
  w('410', 'nonnative', 'The car is sold to other company, we delete it permanent and it will never come back in our fleet. The public page of this car still receive traffic. Which code is the best to return?', R410),
  w('410', 'sre', 'retired car 4411 scrapped, we keep a tombstone row so we know for sure its gone permanently, public /cars/4411 page, is 404 right or is there a better one', R410),

  // ---- knowledge (15) ----
  k('sre', 'quick one: when the unlock api sends a 401, which response header is mandatory per the rfc', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header with at least one challenge'),
  k('api', 'Is a 404 for a missing vehicle cacheable by default under RFC 9110, i.e. with no explicit Cache-Control or Expires header?', /(?<!not |n't |never )(heuristically[ -]cacheable|cacheable by default)|\byes\b[^.]{0,80}heuristic/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('support', 'A customer got a 403 when pressing Unlock and a colleague told her to log out and back in. Does the HTTP spec suggest signing in again will fix a 403?', /same credentials|(won't|will not|wouldn't|would not|doesn't|does not|unlikely to)\s+(help|fix|change|work|resolve)|should not (automatically )?(repeat|retry)|\b(is|are) (pointless|useless|futile)/i, 'RFC 9110 §15.5.4: if credentials were provided the server considers them insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'Which RFC is the actual one for HTTP status codes now? My team still cite RFC 7231 and RFC 7235 in the API docs.', /9110/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235'),
  k('security', 'Under RFC 6750, what error value goes into the WWW-Authenticate Bearer challenge when the token sent to the fleet API is expired or revoked?', /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token (401) covers expired, revoked, malformed or otherwise invalid tokens'),
  k('api', 'Per RFC 6750, which error code and HTTP status apply when a bearer token is valid but lacks the scope an operation needs, such as fleet:retire?', /insufficient_scope[\s\S]{0,160}\b403\b|\b403\b[\s\S]{0,160}insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, answered with 403'),
  k('sre', 'rfc 6750 invalid_request, what http status does that map to', /\b400\b/, 'RFC 6750 §3.1: invalid_request is answered with 400 Bad Request'),
  k('support', 'A retired car page now returns 410. How long are we required to keep returning 410 for it before we can stop?', /discretion|no (fixed|set|specific|particular|minimum|required|mandated|defined) (length|period|duration|amount|time)|(not|no|n't)\s+(required|obligated|necessary|need)[^.]{0,80}(any|particular|specific|length|period|time|duration)|any (particular )?length of time/i, "RFC 9110 §15.5.11: there is no requirement to keep the 410 mark for any length of time; it is left to the server owner's discretion"),
  k('nonnative', 'If we delete a vehicle but we are not sure the delete is permanent, can we still return 410 Gone? What the RFC says to use?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know or cannot determine whether the condition is permanent, 404 ought to be used instead'),
  k('sre', 'is a 410 cacheable by default or do we need explicit cache headers on it', /(?<!not |n't |never )(heuristically[ -]cacheable|cacheable by default)|\byes\b[^.]{0,80}heuristic/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('api', 'May a 403 response explain why the fleet manager was refused, or must the body stay empty?', /(reason|why)[^.]{0,80}(in|within) the (response )?(content|body|payload)|(content|body|payload)[^.]{0,80}(reason|why|explain)|\bmay\b[^.]{0,60}(describe|explain)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content'),
  k('security', 'If a request already carried an Authorization header and the API still answers 401, what is that 401 telling the client according to RFC 9110?', /refus|reject|not (been )?accepted|(deemed|considered|judged) (invalid|insufficient)/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('api', 'RFC 6750 question: a request to the unlock endpoint arrives with no authentication information at all. Should the Bearer WWW-Authenticate challenge carry an error code?', /should not|shouldn't|omit|without (an? |any )?error|no error (code|attribute|parameter|value)|(don't|do not) include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('support', 'Marketing wants to know what a 410 on the old promo page actually tells partners and search engines, compared with a plain 404.', /permanent|intentional|remove (their |the |any )?links/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally unavailable, likely permanently, and owners want remote links removed; 404 says nothing about permanence'),
];

export const UNSEEN160_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
