import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 199, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a maps and geolocation API sold to developers (per-domain API keys, quota tiers, restricted regions, deprecated endpoints, enterprise tenants). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing, unknown, revoked, bad signature); send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, bad signature) → 401 Unauthorized';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses it; nothing needs hiding';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden';
const R404 = 'RFC 9110 §15.5.5: the origin has no current representation for the target resource (it never existed)';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a forbidden target may answer 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: the target was intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'geocode calls from the new android build hitting /v2/geocode w/o any key at all, no header no query param. gateway currently sends 403 w/ "key required". whats the correct code pls', R401),
  w('401', 'api', 'A customer rotated their API key and revoked the old one in the console an hour ago. Some of their servers are still sending the revoked key to the public Directions endpoint, and we can no longer associate that key with any account. What status should those requests receive?', R401),
  w('401', 'support', 'Customer from an enterprise tenant says their admin dashboard calls started failing this morning. Logs show their bearer token expired at 09:00 and they are still sending it at 09:15. The user does have the tenant-admin role, so my teammate thinks we should answer 403. Is that right, or what should they get?', R401T),
  w('401', 'nonnative', 'Customer send key "AIzaXX..." with a typo, this key is not exist in our key database at all. The endpoint /v1/staticmap is public documented. Which error code we must return for this?', R401),
  w('401', 'security', 'Pen-test finding on the static maps signed URLs: when the HMAC signature parameter does not verify, we currently answer 404. The signature is the only thing that authenticates the caller, and the endpoint itself is public and documented, so there is nothing to hide. What response code should a bad signature produce?', R401),
  w('401', 'sre', 'bearer token has maps.read scope which is exactly whats needed for /v2/tiles but the token exp was 2 days ago. oncall buddy says 403 b/c the scope is fine. i disagree. what do we send back', R401T),
  w('401', 'nonnative', 'One customer copy the API key from our staging environment and use it against production. Production has no record of this key, it was never issued there. The request go to the public places autocomplete. What is the right status?', R401),
  w('401', 'support', 'A customer deleted their whole project last week, including all of its API keys, and their website is still calling /v2/directions with one of those keys. A colleague suggested 410 because the project is gone, but the Directions endpoint itself is alive and well. Which code fits the key problem?', R401),
  w('401', 'api', 'Our enterprise admin API requires a bearer token. A request arrives with an Authorization: Bearer header whose token fails signature validation; it was clearly not issued by our authorization server. The endpoint, /admin/v1/usage, is publicly documented. What should the resource server return?', R401T),

  // ---- 403 ----
  w('403', 'sre', 'key is valid + active, restricted to http referrers *.acme-logistics.com. seeing calls w/ Referer from some random blog using that key on /v2/staticmap. endpoint is public, no secret here. code pls', R403),
  w('403', 'api', 'A developer on the free tier calls the route-optimization endpoint, which is listed publicly on our pricing page as a Business-tier feature. Their key is valid and we know exactly which account they are. Re-authenticating would not change anything; they would have to upgrade. Which status code best expresses this?', R403),
  w('403', 'support', 'Customer user is logged in to their own enterprise tenant with the Viewer role. They can see the geofence in their list, but when they try to DELETE it the request has to be refused because only Editors can delete. What error should the API give them?', R403),
  w('403', 'security', 'The OAuth access token is valid, not expired, issued to a known client, but it only carries places.read. The client POSTs to /v1/places to create a place, which requires places.write. The existence of the endpoint is public. How should the resource server respond?', R403S),
  w('403', 'nonnative', 'Our customer has API key with IP allowlist restriction. They move their backend to new server and the new IP is not in the allowlist. The key itself is still valid and we recognize the account. It is not a secret endpoint. Which code we give back?', R403),
  w('403', 'sre', 'enterprise tenant admin set a policy: members may only call the eu-west endpoints (their own data residency rule, not a legal order). member w/ valid token calls us-east geocode. someone said 404 but the endpoint is public & the member knows it exists. what code', R403),
  w('403', 'api', 'An organization admin has disabled the Street View product for their org. A member authenticates successfully and requests Street View imagery; their console even shows the product as "disabled by your administrator". Logging in again will not help. Which response is correct?', R403),
  w('403', 'support', 'User is authenticated and belongs to the project, but the usage reports need the Billing Admin role, which they dont have. The dashboard already shows them a link to the report, so its existence is not a secret. What code should the reports API return?', R403),
  w('403', 'security', 'An ordinary customer account with a valid session tries to PUT changes to our built-in "Standard" basemap style, which every customer can read. Only internal staff may modify the built-in styles. There is nothing to conceal since everyone can see the style. The team is split between 404 and 403; what should we return?', R403),
  w('403', 'nonnative', 'User is member of tenant, the owner shared a custom map to him as "view only". He can open it, but he try to save edits and we must refuse. He is logged in correctly. What is the right status code for this?', R403),

  // ---- 404 ----
  w('404', 'sre', 'someone hitting /v3/geocod (no e), that route never existed in any version and theres no alias. currently returns 500 lol. what should it be', R404),
  w('404', 'support', 'A customer is requesting place ID "ChIJzzzzzzzz". The format is valid but our database has never issued that ID to anything. Their key is fine. What should they get back?', R404),
  w('404', 'nonnative', 'Request ask for map style id "st_0000abc" but this style was never created, in any tenant, never. The user is authenticated with a valid token. Which status is correct?', R404),
  w('404', 'security', 'An authenticated user in tenant A requests /datasets/ds_9f3, which belongs to tenant B. Our isolation policy says we must never confirm to outsiders that another tenant\'s resources exist. A reviewer suggested 403. What should we actually return?', R404H),
  w('404', 'api', 'Geofence IDs in our enterprise API are sequential and therefore easy to guess. When a user from a different organization requests a geofence they have no rights to, we do not want them to learn whether that ID is in use at all. Which status code should we respond with?', R404H),
  w('404', 'sre', '/internal/keys/rotate exists but its only for our own ops, customers must not even learn it exists. customer w/ a valid key is probing it. what do we send back', R404H),
  w('404', 'support', 'A customer asked about the unreleased indoor-maps endpoint. Only a handful of allowlisted partners can call it and we have not publicly acknowledged that it exists. This customer\'s key is valid but not on the allowlist. What code should their calls get?', R404H),
  w('404', 'api', 'When a tenant deletes a dataset it goes into a trash bin for 30 days, during which the tenant can restore it. If the tenant\'s own apps request the dataset URL while it sits in the trash, what should the API return? We cannot say the deletion is permanent.', R404U),
  w('404', 'sre', 'v1 elevation endpoint was switched off last night. product hasnt decided if its gone for good or comes back next quarter, nobody will commit. colleague wants 410. what code for now', R404U),
  w('404', 'nonnative', 'Customer delete his custom marker icon. Our system does not track if the delete is permanent or not, sometimes support restore it from backup. After the delete, what code we return for the icon URL?', R404U),

  // ---- 410 ----
  w('410', 'api', 'The v1 Directions endpoint has reached its announced sunset date. It was intentionally retired, it will never return, and v2 has an incompatible request format, so a redirect is not possible. What should requests to /v1/directions receive from now on?', R410),
  w('410', 'sre', 'static maps v2 decommissioned for good, changelog says permanently removed, no redirect b/c v3 params differ. clients w/ valid keys still calling it. teammate says just 404 it. what code pls', R410),
  w('410', 'support', 'A customer intentionally deleted a public share link for one of their maps and chose "delete permanently"; it is purged and cannot be restored. Visitors from old blog posts still open the link. It was public, so there is nothing to hide. What should those visitors get?', R410),
  w('410', 'nonnative', 'We remove on purpose the old 2015 satellite imagery tile set, forever, it will not come back. Many apps still request these tiles. Which code is correct for these request?', R410),
  w('410', 'security', 'After a security review we intentionally and permanently removed the JSONP callback variant of the geocoding endpoint. The removal is announced in the public changelog, so there is no existence to conceal. What status should calls to the old JSONP URL get?', R410),
  w('410', 'sre', '/legacy/placesearch hard shutdown is done, docs say permanently removed, not coming back ever. still getting 2k rps from old sdks. what status do we return', R410),

  // ---- knowledge ----
  k('sre', 'sending 401 from the maps gateway, what header has to go w/ it', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', 'Are 404 responses cacheable by default under HTTP semantics, or only when we set Cache-Control explicitly?', /heuristic|(?<!not |n.t )cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable'),
  k('nonnative', 'If client get 403, it should try again with the same credentials automatically or not?', /SHOULD NOT|shouldn.t|not (automatically )?(repeat|retry|re-?send)|(new|different) credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('security', 'per rfc 6750 what error code goes in the WWW-Authenticate challenge when the bearer token is expired', /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens'),
  k('nonnative', 'Bearer token request is missing a required parameter, or has the token two times. What status RFC 6750 say for invalid_request?', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('sre', 'once we start returning 410 on a retired endpoint how long do we have to keep it up. forever?', /discretion|not (necessary|required)|no (fixed|set|required|specific|minimum)|any (length|period)|up to (you|the (server|site) owner)|owner.{0,20}decide/i, 'RFC 9110 §15.5.11: not necessary to keep the mark for any length of time; left to the server owner'),
  k('security', 'When does RFC 9110 allow a server to answer 404 in place of 403?', /hid(e|ing)|conceal|existence|not (to )?reveal/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target MAY respond with 404'),
  k('api', 'If we removed a resource but do not know whether the removal is permanent, which status does RFC 9110 say to use instead of 410?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('support', 'Can CDNs cache a 410 Gone even if we do not add any explicit freshness headers?', /heuristic|(?<!not |n.t )cacheable by default/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable'),
  k('sre', 'is 403 cacheable by default like 404 is, or does it need explicit cache headers', /not (heuristically )?cacheable|n.t (heuristically )?cacheable|not (in|on|among|part of) the (list|set)|(needs?|requires?|only with) explicit|only (if|when|with).{0,40}(explicit|cache-control|expires|max-age)/i, 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 403 is not among the heuristically cacheable status codes'),
  k('nonnative', 'In 403 response, is allowed to write in the body the reason why it is forbidden?', /(may|can|allowed|permitted)\b.{0,80}(reason|why|describ|explain)|(describ|explain).{0,60}(content|body|payload)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('api', 'For a resource protected per RFC 6750, which authentication scheme name appears in the WWW-Authenticate challenge?', /bearer/i, 'RFC 6750 §3: WWW-Authenticate: Bearer'),
  k('security', 'client calls w/o any token at all. per rfc 6750 do we put an error code like invalid_token in the challenge', /should not|shouldn.t|no error (code|info)|without (an |any )?error|omit|not include|n.t include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
];

export const UNSEEN199_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
