import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 336, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a ride-sharing and scooter rental app (other riders' trips, deactivated drivers, retired fleet vehicles, expired promo codes, a city regulators' read-only API; hurried SREs and support agents quoting customers). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response carries a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses to fulfil it; the client is known, credentials are not the problem';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether absence is temporary or permanent; use 404 rather than 410 when permanence is not known';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource is intentionally no longer available at the origin and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 ----------
  w('401', 'sre', "city regulator integration is hitting /mds/trips with no Authorization header at all, not even an empty bearer. what do we send back", R401),
  w('401', 'api', "The transit authority's read-only client still sends a bearer token that expired an hour ago; the token was genuine when issued and the regulator is entitled to the trip feed. Which response should our resource server give until they obtain a fresh token?", R401T),
  w('401', 'support', "A driver we deactivated last week keeps opening the earnings screen. As part of deactivation all his access tokens were revoked, so his app is calling /driver/earnings with a revoked token. My teammate says it's obviously a 403 because he's deactivated, but I think the token is the real problem. What should the API return for that call?", R401T),
  w('401', 'nonnative', "we rotate signing key yesterday and now rider app send token which signature is not valid anymore, the server cannot verify who is the rider. which code server must answer for this?", R401T),
  w('401', 'security', "Pen-test finding: our /admin/fleet endpoint (documented in the public partner docs, so existence is no secret) answers 403 to requests that carry no credentials whatsoever, and there is no WWW-Authenticate header in the response. What status should an unauthenticated request actually get there?", R401),
  w('401', 'sre', "partner svc doing basic auth on the scooter unlock endpoint w/ the wrong password since their config push, creds just dont match anything we have. code pls", R401),
  w('401', 'api', "Our production authorization server does not recognise tokens minted by the staging environment at all. If a fleet partner mistakenly points a staging-issued access token at the production /vehicles API, what is the correct status for that request?", R401T),
  w('401', 'support', "Customer wrote in: 'I left the app open overnight and this morning my ride history won't load.' Her session cookie had simply expired, nothing is wrong with her account or permissions. What should the ride history request return so the app prompts her to log in again?", R401),
  w('401', 'security', "The API key we gave the insurance partner leaked and we revoked it this morning. Requests are still arriving with that revoked key on /claims/trips. Some folks want a 404 to 'not give them anything', but the endpoint is public knowledge. What should we respond with?", R401T),

  // ---------- 403 ----------
  w('403', 'sre', "regulator token is valid, scope is read-only (mds:read), but they just tried PATCH /vehicles/{id}/status. they know the vehicle exists, its in their own feed. what do we return", R403S),
  w('403', 'api', "A tier-1 support agent, properly signed in through SSO, can view the trip but attempts to issue a refund above $50, which requires the 'refund:large' permission she doesn't have. There's nothing to hide — the trip is visible to her. Which status code describes this refusal?", R403),
  w('403', 'nonnative', "driver is logged in correct, token is fine, he see the ride request in his list but he try to accept a ride in city where he has no license. the ride is exist and he already know it. what code we give?", R403),
  w('403', 'security', "A rider with a valid session requests /internal/fleet-dashboard. The route is listed in our public API reference, so we're not concealing that it exists; the rider simply lacks the ops role, and logging in again won't change that. Which status is correct?", R403),
  w('403', 'support', "Customer is quoting our app: 'why does it say I'm not allowed to start a scooter?' Her account is suspended for a fraud review, but she is signed in with a perfectly valid session and we've emailed her about the suspension. A colleague suggested 401. What should the unlock call actually return?", R403),
  w('403', 'sre', "ops eng w/ valid sso token but not in fleet-admin group hit the bulk retire endpoint. someone said 404 but the endpoint is on our internal wiki and everyone knows it exists, nothing to hide. what should it be", R403),
  w('403', 'api', "The list of cities participating in our data-sharing programme is published, so each city's dataset is known to exist. City A's regulator, with a valid token, requests aggregated trip data for City B, which it is not authorised to see. Which response code is appropriate?", R403),
  w('403', 'nonnative', "the oauth token of partner have scope trips:read only, but the call is for /payouts which need payouts:read. token is valid and not expired. which error we should to send?", R403S),
  w('403', 'sre', "partner calling w/ valid creds but from an ip thats not on the allowlist, they know the api exists obviously, we just refuse from that ip. code?", R403),
  w('403', 'support', "Driver got deactivated but can still log in to download tax documents (his token is valid, not revoked). He tried to go online to take rides and the app showed an error. He already knows he's deactivated — we told him by email. What status should the go-online call return?", R403),

  // ---------- 404 ----------
  w('404', 'sre', "deeplink in a marketing email points at /trips/abc123x, that id was never created in any table, typo in the template. riders clicking it get what", R404),
  w('404', 'security', "Authenticated rider is enumerating /trips/{id} and hitting other riders' trips. Our privacy policy says a rider must not be able to learn whether another rider's trip exists at all. A dev proposed 403 since the trip is real. What should we return?", R404H),
  w('404', 'support', "Customer says the promo code 'FREERIDE99' from a random social media post doesn't work. I checked — we never issued any code like that, it has never existed in our system. What does GET /promos/FREERIDE99 return?", R404),
  w('404', 'api', "A scooter has been pulled from the fleet for a battery investigation. Depending on the outcome it may go back into service or it may be scrapped; nobody has decided yet. Its /vehicles/{id} record is currently removed from the public API. What should requests for it return in the meantime?", R404U),
  w('404', 'nonnative', "a cleanup job delete some trip receipts by mistake yesterday, we are not sure if we will restore them from backup or not. when customer open the receipt link, which code is correct now?", R404U),
  w('404', 'security', "Our contract with a corporate client says its private scooter fleet must not be disclosed to city regulators. A regulator with a valid read-only token queries one of those vehicle IDs. We must not confirm the vehicle exists. What status code should come back?", R404H),
  w('404', 'sre', "driver A calling GET /drivers/B/documents, B's docs exist but we dont want drivers learning which driver ids are valid. colleague wants 403. what do we send", R404H),
  w('404', 'api', "A partner is requesting /v1/scooters/{id}/ride-history, but that route was never part of our API — it isn't implemented anywhere and never was. What is the appropriate response?", R404),
  w('404', 'support', "The 'SUMMERFUN' promo expired and we took it out of the system, but marketing says they might bring the same code back next summer. A customer is still trying it today. What should the promo lookup return — is this a 'gone' situation or not?", R404U),
  w('404', 'nonnative', "support agent of franchise in Lisbon is searching rider account which belong to franchise in Porto. tenants are isolated and one franchise must not even know if the other has this rider. agent token is ok. which code?", R404H),

  // ---------- 410 ----------
  w('410', 'sre', "X2 scooter model permanently retired, every unit scrapped, we deliberately pulled /vehicles/{id} for all of them and theyre never coming back. old integrations still poll them. what status", R410),
  w('410', 'api', "The SPRING2021 campaign ended and we intentionally, permanently deleted the promo code; policy forbids ever reusing it. What should GET /promos/SPRING2021 return to clients that still have it cached?", R410),
  w('410', 'support', "A customer is quoting an old receipt link for a trip from 2018. Our retention policy permanently purges receipts after five years, the purge ran on schedule, and the data cannot be recovered. What status should that receipt URL give?", R410),
  w('410', 'nonnative', "we shut down the v1 fare-estimate endpoint on purpose and forever, v2 replace it completely and v1 will never come back. what code return for the old v1 url?", R410),
  w('410', 'security', "Pen-tester flagged that our decommissioned 2020 pilot-programme open data feed returns a generic 404. The feed was public, nothing sensitive about it, and we shut it down intentionally with no plan to ever bring it back. What would be the more accurate status?", R410),
  w('410', 'sre', "e-bike pilot in oakville ended, /cities/oakville/ebikes decommissioned for good on purpose, no plans to relaunch, crawlers still hammering it. what do we return", R410),

  // ---------- knowledge ----------
  k('sre', "what header has to be on a 401 again, regulator says our 401s are missing something", /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', "Is a 404 response cacheable by default under RFC 9110, or only when we add explicit Cache-Control? Our CDN is caching 404s for retired scooter pages.", /heuristic|(?<!not )cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', "When the app gets a 403, should it just retry the same request with the same login automatically?", /should ?n[o']?t|must ?n[o']?t|not (automatically )?(repeat|retry|resend)|don.?t (automatically )?(repeat|retry|resend)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "which RFC is now the current one for HTTP status code meaning? my team still cite RFC 7231 in the api docs", /9110/, 'RFC 9110 (2022) obsoletes RFC 7231'),
  k('security', "Under RFC 6750, which HTTP status accompanies error=\"insufficient_scope\" from a bearer-protected resource server?", /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', "rfc 6750 invalid_token maps to which status, quick", /401/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('api', "Per RFC 6750, what status code should accompany the invalid_request error (e.g. the regulator's client sends the token in two places at once)?", /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('support', "After we send 410 for a retired scooter's page, how long are we required to keep answering 410 for it?", /length of time|up to the (server|owner|origin)|owner'?s? discretion|server'?s? discretion|no (fixed|required|set|specific|mandatory|minimum)|not required|no requirement|indefinite(ly)? (is )?not/i, 'RFC 9110 §15.5.11: not necessary to keep the 410 mark for any length of time; that is left to the discretion of the server owner'),
  k('security', "When, according to RFC 9110, is a server allowed to answer 404 instead of 403 for a resource the caller may not access?", /hid(e|ing)|conceal|(not|without) (reveal|disclos)|existence/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource MAY respond 404'),
  k('nonnative', "the 410 gone, is it cacheable by default like 404 or not? we put it for retired vehicles", /heuristic|(?<!not )cacheable by default/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('api', "What is the stated purpose of 410 Gone in RFC 9110 — what is it meant to tell those linking to a retired promo page?", /links?\b.{0,40}remov|remov.{0,40}links?|intentional/i, 'RFC 9110 §15.5.11: 410 notifies the recipient the resource is intentionally unavailable and that remote links to it should be removed'),
  k('sre', "if we dont know yet whether a pulled scooter is gone for good, 404 or 410 per the rfc", /404/, 'RFC 9110 §15.5.11: if the origin server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used instead'),
  k('security', "If a request to the regulator API carries no token at all, should our 401 challenge include an RFC 6750 error code such as invalid_token?", /should ?n[o']?t|not include|no error|omit|without (an )?error|leave (it|the error)( code)? out/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('support', "A driver's app sent his credentials and still got a 401. What does RFC 9110 say a 401 means in that case?", /refus|reject|not accepted|invalid|new (or|\/) ?replaced|different credentials/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('nonnative', "when we answer 404 for a scooter, is it meaning the scooter is removed for ever?", /(not|n.t|no|nor) (necessarily |say|indicat|tell|specif|distinguish|mean|impl|guarantee)|temporary or permanent|temporary (nor|or) permanent/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN336_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
