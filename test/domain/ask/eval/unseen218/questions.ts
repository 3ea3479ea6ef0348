import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 218, written by a blind writer who never read the parser, its tests, or any other question set. Angle: automotive connected-car platform (vehicle owners, secondary drivers, dealers, sold cars, remote-unlock tokens). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; server MUST send a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks required scope) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether absence is temporary or permanent; 410 only when removal is known to be permanent';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available at the origin and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'owner app hitting POST /v2/vehicles/{vin}/commands/unlock w/o any Authorization header at all, gateway lets it thru to the svc. vin is real and enrolled. what do we send back', R401),
  w('401', 'api', 'Our remote-unlock tokens are short-lived bearer tokens (15 minutes). A request arrives at /vehicles/{vin}/doors/unlock carrying a token whose signature verifies but whose exp claim passed ten minutes ago. The caller is the registered owner of that vehicle. What status should the resource server return?', R401T),
  w('401', 'support', 'Customer says the app keeps failing when his wife (she is a secondary driver on the car) tries to check the fuel level. In the logs: he reset his password yesterday, which revoked every token on the account, and her phone is still sending the old revoked token. What should the API be answering her with?', R401T),
  w('401', 'security', 'Pen-test finding #14: the tester sent a forged JWT (signature does not verify against any of our keys) to the dealer inventory API and got 403 Forbidden. The dev lead says 403 is fine because "the request is denied anyway". What is the correct response for a token we cannot validate at all?', R401T),
  w('401', 'nonnative', 'dealer portal user send wrong password in the basic auth to /dealer/inventory, the user name is exist but the password not match. which code server must to give back?', R401),
  w('401', 'sre', 'fleet partner integration calling /fleet/vehicles w/ an X-Api-Key we dont recognise at all, not in the db, never issued. not a scope thing, the key just isnt a valid credential. code pls', R401),
  w('401', 'api', 'A colleague proposes returning 403 when the owner\'s access token has expired, on the reasoning that "the session is no longer allowed". The vehicle exists, the caller is its owner, and the same request with a freshly issued token would succeed. Which code is actually correct?', R401T),
  w('401', 'support', 'A customer tapped "sign out of all devices" in her profile, which revokes all of her tokens. Afterwards her old tablet, still holding one of the revoked tokens, tries to send a honk-horn command to her own car. What response should the tablet get?', R401T),
  w('401', 'security', 'A token minted by our staging authorization server (wrong issuer and wrong audience for prod) is being replayed against the production vehicle-location API. It is well-formed, but production will never accept it as a credential. Which status should production return?', R401T),

  // ---- 403 (10) ----
  w('403', 'sre', 'secondary driver w/ valid token trying to POST /vehicles/{vin}/drivers to add another driver. only the primary owner can manage drivers. she already sees the car in her garage list so nothing to hide. what do we return', R403),
  w('403', 'api', 'The client presents a valid OAuth access token belonging to the vehicle owner, but the token was granted only the vehicle:read scope, and the request is POST /vehicles/{vin}/commands/unlock, which requires vehicle:unlock. How should the resource server respond?', R403S),
  w('403', 'support', 'A dealership service advisor logged into the dealer portal fine and can see the customer\'s car in the shop queue, but gets an error when she tries to edit the odometer history. Only the service-manager role may edit odometer records. What status should the portal API be returning to her?', R403),
  w('403', 'security', 'Reviewing teen-driver profiles: an authenticated teen driver, already listed on the vehicle and able to see it, calls PATCH /vehicles/{vin}/speed-limit to raise the speed cap. Only the parent account may change it. The vehicle\'s existence is not sensitive for this user. Which status is right?', R403),
  w('403', 'nonnative', 'valet profile is logged in with good token, the valet see the car of course because he is driving it, but he try to open the glovebox remotely and valet profile is not permitted for this. what status code we must answer?', R403),
  w('403', 'sre', 'someone in #incidents says send 401 b/c "unauthorized" - user has a perfectly valid session but is calling DELETE /dealers/{id}, which is admin only. logging in again wont change anything. which code is right', R403),
  w('403', 'api', 'Secondary drivers can be granted time-boxed access, for example weekdays only. A secondary driver authenticates successfully on a Saturday and requests a remote climate start for the car they are assigned to. They know the car exists; their schedule simply forbids the action today. Which status code should be returned?', R403),
  w('403', 'support', 'A fleet customer asks why their analytics service account gets refused when it tries to send a remote unlock. The account\'s credentials are valid, it is read-only by design, and the VIN is in their own fleet, which the account can list. What code should they expect to see?', R403),
  w('403', 'security', 'A dealer API key is valid and identifies the dealership, but the call comes from an IP address that is not on that dealership\'s allowlist. The requested resources are the dealer\'s own inventory, so nothing about their existence needs hiding. What response code?', R403),
  w('403', 'nonnative', 'owner is login correctly with valid token and the car is really his car. he try to transfer the ownership to his friend by the app, but ownership transfer only dealer is allowed to do. to login again will not help him. what http status is correct for answer?', R403),

  // ---- 404 (10) ----
  w('404', 'sre', 'GET /vehicles/1HGCM82633A00435X from an authed owner, vin fails our lookup - never enrolled, never existed in our system, looks like a typo in the vin. what do we send back', R404),
  w('404', 'api', 'After a car is sold, ownership moves to the buyer. Product and legal require that the former owner must not be able to learn whether the vehicle is still enrolled or who owns it now. The former owner\'s token is still valid and they call GET /vehicles/{vin}/location. Which status should we return?', R404H),
  w('404', 'security', 'Enumeration concern: an authenticated user iterates random VINs against /vehicles/{vin}/status. Many of those VINs are enrolled to other customers. Our requirement is that the API must never reveal whether a given VIN is enrolled. What should it return for another customer\'s VIN?', R404H),
  w('404', 'support', 'An owner deleted a digital key she had shared with her brother. Deleted keys sit in a 30-day trash and she can restore this one at any point during that window. Her app then requests GET /digital-keys/{id} for that key. What status fits?', R404U),
  w('404', 'nonnative', 'dealer ask for the service appointment with id 99812 but this id was never created in our system, there is no record ever. the user is authenticate ok. what code we give?', R404),
  w('404', 'sre', 'retention job purged a trip-history record, but ops might still restore it from backup, nobody has said whether its permanent. owner requests GET /trips/{id}. 410 or what', R404U),
  w('404', 'api', 'Dealers are isolated from each other. When Dealer A (authenticated, valid role) queries a VIN belonging to a customer of a competing Dealer B, our contract says Dealer A must not learn that the VIN is a customer of any other dealer. What status should we use?', R404H),
  w('404', 'security', 'Pen-test report: /vehicles/{vin}/location returns 403 for VINs owned by someone else but 404 for unenrolled VINs, which gives an oracle for enrolled vehicles. The callers are authenticated in both cases. What code should other owners\' VINs get so that existence is not leaked?', R404H),
  w('404', 'support', 'A customer clicked an old link to a recall information page. The page was taken down last week and the content team has not yet decided whether it will come back. What should the site return for now?', R404U),
  w('404', 'sre', 'ota client asking for /firmware/tcu/9.9.9.bin, that version was never built or published, typo in the manifest. code pls', R404),

  // ---- 410 (6) ----
  w('410', 'api', 'We are retiring the v1 connected-services subscription API permanently. The sunset was announced a year ago, there is no successor at the same path to redirect to, and the endpoint will never return. What should requests to /v1/subscriptions get from now on?', R410),
  w('410', 'support', 'A dealer removed a used-car listing after the car sold. The listing was deliberately and permanently deleted and will never come back, and we want search engines to drop it quickly. What status should the old listing URL return?', R410),
  w('410', 'sre', 'data export links (/exports/{id}) are deleted by design after 7 days and never regenerated at that url. owner hits one on day 9. purposely gone, permanent, nothing secret. which code', R410),
  w('410', 'nonnative', 'after the 3G network shutdown we are removing forever the old telematics endpoint /tcu/3g/report, it will never come back, on purpose. some old cars still are calling it. which status to send them?', R410),
  w('410', 'security', 'Review note: the public dealer-locator API was decommissioned permanently and the shutdown was publicly announced, so there is nothing secret about it having existed. It currently answers 404. Should it answer with something else, and if so what?', R410),
  w('410', 'api', 'The marketing page for a discontinued model year was intentionally removed, and the company has confirmed the removal is permanent, with no replacement page to redirect to. What status code should that URL serve?', R410),

  // ---- knowledge (15) ----
  k('sre', '401 from the unlock api, what header has to go out with it', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a server generating 401 MUST send a WWW-Authenticate header field'),
  k('api', 'Is a 404 response cacheable when the server sends no explicit freshness information, according to RFC 9110?', /(?<!not |n't )(heuristically[ -]cacheable|cacheable by default)/i, 'RFC 9110 §15.1/§15.5.5: 404 is heuristically cacheable'),
  k('nonnative', 'when server answer 403 to a request that has credentials inside, what the rfc say the client should do about sending again the same credentials?', /(SHOULD NOT|shouldn'?t|not|never)\b.{0,50}(repeat|retry|resend|re-send)/i, 'RFC 9110 §15.5.4: client SHOULD NOT automatically repeat the request with the same credentials'),
  k('support', 'Someone on our team keeps quoting RFC 7231 for status codes. Is that still the current spec, or what replaced it?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('security', 'What RFC 6750 error code belongs in the WWW-Authenticate challenge when the bearer token presented is expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed tokens'),
  k('sre', 'insufficient_scope from rfc 6750, what status goes w/ it', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403'),
  k('api', 'Under RFC 6750, which HTTP status accompanies the invalid_request error code, for example when the access token is sent in two places at once?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400'),
  k('support', 'Once we start returning 410 Gone for a retired page, are we required to keep serving 410 forever, or for some minimum period?', /discretion|not (necessary|required|obligated)|no (requirement|obligation|minimum)|any length of time|up to (the )?(server|site|owner|operator|you)/i, 'RFC 9110 §15.5.11: how long to keep the mark is left to the discretion of the server owner'),
  k('security', 'Does RFC 9110 allow a server to send 404 instead of 403 for a resource the caller is forbidden to access, and why would one do that?', /hid(e|ing)|conceal|existence/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond 404'),
  k('nonnative', 'if the request already have credentials and the server still answer 401, what is the meaning of this according to rfc?', /refused|rejected|not (been )?accepted|(were|are|was) (invalid|not valid)/i, 'RFC 9110 §15.5.2: with credentials present, 401 means authorization has been refused for those credentials'),
  k('sre', 'whats the auth scheme name in WWW-Authenticate for oauth access tokens per 6750', /\bBearer\b/i, 'RFC 6750 §3: the "Bearer" authentication scheme'),
  k('api', 'When a server responds with 403, may it explain in the response why the request was forbidden?', /(reason|why)[\s\S]{0,80}(content|body|payload)|(content|body|payload)[\s\S]{0,80}(reason|why)/i, 'RFC 9110 §15.5.4: a server wishing to make public why it forbade the request can describe that reason in the response content'),
  k('support', 'If a customer gets a 404 for a page, does that by itself tell them the page is gone for good?', /temporar(y|ily) or permanent|(does not|doesn'?t|not|no)\b.{0,40}(indicate|say|tell|mean|specify|signal|guarantee)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', 'Per RFC 6750, if a request to the vehicle API carries no authentication information at all, should the 401 challenge include an error code such as invalid_token?', /(should not|shouldn'?t|not|no|omit\w*|without|leave out)\b.{0,50}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('api', 'Per RFC 9110, what are clients with link-editing capabilities expected to do when they receive 410 Gone for a URL they reference?', /delet|remov/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities SHOULD delete references to the target URI'),
];

export const UNSEEN218_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
