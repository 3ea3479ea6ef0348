import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 29, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an airline and travel-booking platform (bookings, loyalty accounts, partner agencies on the API, cancelled flights and retired routes, check-in kiosks). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (missing, expired, revoked or wrong); 401 plus WWW-Authenticate invites the client to authenticate.';
const R401_BEARER = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) is answered with 401.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows who the caller is but refuses to authorize it; re-authenticating will not help.';
const R403_SCOPE = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) is answered with 403.';
const R403_IP = 'RFC 9110 §15.5.4 and the seed: an IP allowlist blocking a caller is a refusal that no credentials will fix, so 403.';
const R404_HIDE = 'RFC 9110 §15.5.5: 404 may be used when the origin server is not willing to disclose that the resource exists (seed: use 404 for security-sensitive resources).';
const R404_NONE = 'RFC 9110 §15.5.5: no current representation exists at the target URI (never existed, typo, bad id).';
const R404_UNSURE = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 should be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is known to be permanent, so 410 Gone (helps crawlers delist).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'kiosk fleet at T2 started spamming errors after the config push, turns out the new image dropped the Authorization header entirely so the checkin api sees zero credentials on every call. bob says 403 b/c "kiosks arent allowed" but they are allowed once they send the token. what should the api return', R401),
  w('401', 'api', 'partner agency integration: their bearer token expired 20 min ago and they keep calling POST /bookings with it. token was valid before, agency has all the right scopes. which code do we send back pls', R401_BEARER),
  w('401', 'support', 'customer says the loyalty app shows an error when opening "my miles" after leaving it open overnight, session token expired and app didnt refresh it. if they log in again it works fine. which status should the backend give for that request', R401),
  w('401', 'security', 'we revoked an agency api token yesterday after a leak, they still have valid contract + full permissions, just need to get a new token issued. requests w/ the revoked token should get 403 or 401?', R401_BEARER),
  w('401', 'nonnative', 'hello, we rotated the signing key for tokens and now the old tokens from travel agency dont pass signature check, the agency itself has permission for everything, only the token is not valid anymore. which code is correct to return for them', R401_BEARER),
  w('401', 'sre', 'ops dashboard behind basic auth, someone typing the wrong password over and over, no valid creds ever sent. nginx config someone wrote returns 403 for that, shouldnt it be something else', R401),
  w('401', 'api', '`if (!req.headers.authorization) return res.status(403).json({err:"forbidden"})` on GET /loyalty/accounts/me -- any member could see this once they log in, the request just has no token at all. is 403 right here or not', R401),
  w('401', 'support', 'ticket from a traveller: he logged out of the web app on his laptop, which revokes the token, but his old browser tab keeps polling /trips/upcoming with that dead token. after login he sees his trips normally. what code should those polling calls get', R401),
  w('401', 'nonnative', 'our crew app send request to roster api with token that is expired since yesterday. colleague want return 404 because "user not found" but user exist, only token is old. what code is correct', R401_BEARER),

  // ---- 403 ----
  w('403', 'api', 'agency XYZ authenticates fine, token is valid, but it was issued w/o the bookings:write scope and they try to create a booking. we use bearer tokens per rfc 6750. 401 or 403', R403_SCOPE),
  w('403', 'security', 'read-only call center role trying to POST a refund on a booking they can see. refund endpoint is in our public api docs so we dont care if they know it exists. they are logged in, re-login wont change their role. what code', R403),
  w('403', 'sre', 'new kiosk subnet in the MUC terminal not on the ip allowlist yet so the checkin svc rejects them before even looking at creds, adding a token wouldnt change anything. alice wants 401 so the kiosks "try auth again", i think thats wrong. what should it be', R403_IP),
  w('403', 'support', 'silver tier member logged in, tries to book a lounge pass via the gold-only lounge booking page. the page is advertised to everyone in the app, so no secret. logging in again does nothing, they just arent gold. which status', R403),
  w('403', 'api', 'employee SSO works, user is authenticated, but not in the revenue-mgmt group so cant open the fare rules admin tool. the tool is linked on the intranet homepage for everyone so hiding it is pointless. 403 or 404', R403),
  w('403', 'nonnative', 'member is logged in correct but our fraud team suspended the account, so he cannot make new booking. we want he knows the account is blocked and contact support, we dont want hide anything. which code to return', R403),
  w('403', 'sre', 'snippet from the gate console svc: `if (!user.roles.includes("gate_agent")) return res.status(404)`. user is authed, console is in the nav bar for every airport employee, everyone knows it exists. product wants the real signal, not hiding. what code should this be', R403),
  w('403', 'security', 'kiosk service account is authenticated properly but kiosks are not permitted to call the refunds api, only agents are. the endpoint is public knowledge. reauth with same account wont help. which code', R403),
  w('403', 'api', 'partner contract only allows domestic bookings. agency is logged in w/ valid token and tries POST /bookings/international which is fully documented. its a permission thing, new creds wouldnt help. 401 403 or 404', R403),
  w('403', 'support', 'travel agent sub-user (authenticated) tries to view the agency billing page, only the agency admin may see billing. billing page shows up in everyones menu so its not secret. my lead says 401 b/c "not authorized" but they are logged in fine. which is right', R403),

  // ---- 404 ----
  w('404', 'sre', 'seeing a bunch of errors on /api/v2/boookings (3 o\'s), some partner has a typo in their base path. no such route ever existed. what should they get', R404_NONE),
  w('404', 'support', 'customer typed the confirmation code wrong, AB12CD instead of AB12CO, and AB12CD was never issued to anyone. what status for the lookup', R404_NONE),
  w('404', 'security', 'agency A asks GET /bookings/{pnr} for a PNR that belongs to agency B. the PNR exists but for privacy we must not let agency A learn that it exists at all. bob says 403 since its "forbidden" but that leaks existence. what do we return', R404_HIDE),
  w('404', 'api', 'we pulled the seasonal route page for CPH-NCE off the site, commercial team hasnt decided if it comes back next summer, could go either way, not sure yet if its permanent. 410 or 404', R404_UNSURE),
  w('404', 'security', 'unreleased route launch page under embargo, logged-in partners without embargo access keep guessing the URL. we must not reveal that the page even exists until launch day. what code for them', R404_HIDE),
  w('404', 'nonnative', 'customer search /flights/ZZ9999 but this flight number never exist in our schedule, not cancelled, just never was. which code we give', R404_NONE),
  w('404', 'support', 'loyalty account closed last week on member request, but per policy they can appeal within 90 days and we restore it, so nobody knows yet if its gone for good. old profile url gets hit, what status', R404_UNSURE),
  w('404', 'security', 'logged in customer is probing /internal/fraud-rules. non-staff should not even learn that this endpoint exists, we really dont want to disclose it. 403 feels natural but pentest report flagged the info leak. which code', R404_HIDE),
  w('404', 'sre', 'kiosk bug sends boarding pass request for segment id 99812736 and the db has no record of any segment with that id, never had. 5xx alert is firing b/c we throw, what should the api actually return', R404_NONE),
  w('404', 'api', 'flight BA-ish 4412 on 14 june got cancelled and we took its status page down. ops says the flight might be reinstated if the slot comes back, nobody can say its permanent. bob says 410 b/c its "gone". thoughts', R404_UNSURE),

  // ---- 410 ----
  w('410', 'sre', 'we retired the LGW-INV route for good, board decision, it will never come back and we removed the route page deliberately. want google to drop it asap. what status for /routes/lgw-inv', R410),
  w('410', 'api', 'partner api v1 /availability endpoint was decommissioned on purpose last quarter, sunset announced a year ago, its permanently gone and will not return. some agencies still call it. someone proposed 404, is there something better', R410),
  w('410', 'support', 'the summer flash sale landing page was intentionally taken down after the campaign, marketing confirms it will never be reused. old links in newsletters still get clicks, what should they return', R410),
  w('410', 'security', 'loyalty program "SkyPoints Classic" was shut down permanently and all /classic/* pages removed intentionally, migration done, no plan to ever bring it back. nothing sensitive there, we dont care if people know it existed. 404 or 410', R410),
  w('410', 'nonnative', 'we delete old kiosk firmware download links on purpose, they are removed forever and will never come back. which status code is best when somebody still requests them', R410),
  w('410', 'api', 'shared itinerary links get deliberately deleted 30 days after the trip and can never be restored, documented that way. the traveller who opens the link knew it existed anyway. what code for an expired-and-deleted share link', R410),

  // ---- knowledge ----
  k('sre', 'which header does the checkin api have to send along with a 401 so the kiosk knows how to auth', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field.'),
  k('api', 'whats the current rfc that defines 401 403 404 410, want to link it in our partner api docs', /9110/, 'RFC 9110 (HTTP Semantics) defines these status codes in §15.5.'),
  k('api', 'agency token is valid but missing a scope, what error value goes in the WWW-Authenticate bearer challenge', /insufficient_scope/i, 'RFC 6750 §3.1: error="insufficient_scope" with 403.'),
  k('security', 'partner request has a missing required param and sends creds in two different ways at once, per rfc 6750 what status is that', /400|invalid_request/i, 'RFC 6750 §3.1: invalid_request is answered with 400 Bad Request.'),
  k('support', 'seo agency says our deleted routes are "soft 404s", what does that mean exactly', /200|OK/, 'Seed: a soft 404 returns 200 with "page not found" content, so search engines treat it as an indexed page.'),
  k('api', 'kiosk calls DELETE on /checkin which only supports GET and POST. thats a 405 not 403 right, and what header must go with it', /\bAllow\b/, 'RFC 9110 §15.5.6: a 405 response MUST include an Allow header listing supported methods.'),
  k('sre', 'partner agency blowing through the rate limit, should we 403 them or is there a proper code for too many requests', /429/, 'RFC 6585 §4: 429 Too Many Requests is the rate-limiting code, not 403.'),
  k('sre', 'when we throttle the kiosks which header tells them how long to wait before retrying', /Retry-After/i, 'RFC 9110 §10.2.3 / RFC 6585: Retry-After tells the client when to retry.'),
  k('security', 'is it actually ok per the rfc to send 404 for a booking that exists but the caller shouldnt know about', /hid|conceal|disclos|reveal|leak|not willing/i, 'RFC 9110 §15.5.4/§15.5.5: a server not willing to disclose that a resource exists may respond 404 instead of 403.'),
  k('support', 'for retired routes which code gets google to drop the page faster, 404 or 410', /410/, 'Seed and RFC 9110 §15.5.11: 410 Gone signals permanent removal and helps crawlers delist faster.'),
  k('nonnative', 'our office proxy ask authentication before go to internet, which status code the proxy send for this', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate.'),
  k('api', 'what error code should be in the bearer WWW-Authenticate header when the agency token expired', /invalid_token/i, 'RFC 6750 §3.1: an expired access token yields error="invalid_token" with 401.'),
  k('sre', 'cdn question: is a 410 cacheable even when we dont send cache-control, like by default', /heuristic|by default|cacheable|yes/i, 'RFC 9110 §15.1 / §15.5.11: 410 is heuristically cacheable unless indicated otherwise.'),
  k('nonnative', 'what is the official name of status 401, i see different names in books', /Unauthorized/i, 'RFC 9110 §15.5.2: 401 Unauthorized.'),
  k('security', 'which rfc defines the bearer token error codes like invalid_token and insufficient_scope', /6750/, 'RFC 6750 §3.1 defines the bearer token error codes.'),
];

export const UNSEEN29_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
