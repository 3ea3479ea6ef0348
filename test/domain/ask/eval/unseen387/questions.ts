import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 387, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a public transit agency's open-data and ticketing API (developer keys, rider accounts, retired routes and stops, withdrawn fare products, other riders' trip history), asked about by city developers and third-party app makers. */

const R401 = 'No valid credentials (missing, expired, revoked, unknown or failing verification) -> 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token).';
const R403 = 'Caller is identified but not permitted (role, plan, IP allowlist, blocked account); re-authenticating will not help -> 403 (RFC 9110 §15.5.4).';
const R403S = 'Valid bearer token lacking the required scope -> 403 with error="insufficient_scope" (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No current representation for the target; it never existed / wrong id -> 404 (RFC 9110 §15.5.5).';
const R404H = 'Existence must not be disclosed to this caller; RFC 9110 §15.5.4 and §15.5.5 allow 404 in place of 403 to hide it.';
const R404U = 'Removed but not known to be permanent -> 404, not 410 (RFC 9110 §15.5.11: use 404 when the server does not know whether the condition is permanent).';
const R410 = 'Intentionally and permanently removed -> 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'open data gw: call to /v2/realtime/vehicle-positions w/ no api key at all, no header no query param. what do we send back', R401),
  w('401', 'api', 'third party app maker here. we rotated our developer key last week and the old one got revoked, but an old build of our bus tracker still sends it. your gateway no longer recognizes that key at all. which status should it give us, 401 or 403?', R401),
  w('401', 'support', 'Ticket #5521: rider logged out of the ticketing app, which cleared their session, then tapped a saved link to their stored-value card balance page. The server sees no valid session or token on that request. A colleague wants to return 403 there. What is the correct status?', R401),
  w('401', 'security', 'finding: the trip planner partner endpoint accepts bearer tokens, and a token whose signature fails verification (payload was tampered) currently gets 403 insufficient_scope. what should it actually be', R401),
  w('401', 'nonnative', 'hello, our city developer portal give access token which expire after 1 hour. after it expire the app still call /fares/products with the old token. which code the server must answer? now we return 403, is correct?', R401),
  w('401', 'sre', 'ticketing api getting Bearer tokens that dont match any token we ever issued. just garbage strings. code pls', R401),
  w('401', 'api', 'fare-capping webhook replay endpoint uses HMAC signed requests. partner signed with the wrong secret so the signature check fails and we cant tell who they are. what should we respond', R401),
  w('401', 'support', 'fraud team reset a rider password and revoked all of that riders sessions and access tokens. the riders phone app keeps calling /me/trips with the revoked access token. what status should the api return to the app', R401),

  // ---- 403 ----
  w('403', 'sre', 'dev key is valid but its on the free tier, calling /v2/bulk/historical-ridership which is partner tier only. endpoint is publicly documented, nothing secret. status?', R403),
  w('403', 'api', 'our oauth token is valid but only has scope gtfs:read and we call POST /tickets/purchase which needs tickets:write. what should your api reply with', R403S),
  w('403', 'security', 'the fare inspection api only accepts calls from the agency inspector device network (ip allowlist). a correctly authenticated inspector account is calling from home wifi. the endpoint is in our public docs. correct response?', R403),
  w('403', 'support', 'Rider account was suspended after repeated chargebacks. They log in fine and have a valid session, then try to buy a monthly pass, which is a product on sale to everyone and listed on the website. Should checkout return 403 or something else?', R403),
  w('403', 'nonnative', 'city developer have valid key and try to DELETE a stop from the public GTFS feed thru the admin api. only agency staff can edit stops. the stop is public, everybody can see it. which code we give?', R403),
  w('403', 'sre', 'third party app key still authenticates fine but the developer acct was blocked for ToS violation (scraping). what do we return on every call now', R403),
  w('403', 'api', 'someone on the team says 401 for this: rider with a valid token tries to apply the reduced fare senior discount to their card but their acct isnt verified as eligible. logging in again wont change anything. is 401 right', R403),
  w('403', 'security', 'review note: a logged-in regular rider can hit /admin/fare-tables (route is listed in the public api reference, not a secret) and gets 200. we are fixing it, what should the fixed response be', R403),
  w('403', 'support', 'The school district partner has valid credentials and can view their student passes. They tried to edit the definition of the "Youth Monthly" fare product, which is public on our site. Only the fare ops team may edit products. What status should they get?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /v2/stops/99999999 with a valid key. no stop with that id has ever existed, someone fat-fingered it. code?', R404),
  w('404', 'nonnative', 'our app request route "47X" but agency never had route 47X, it is typo of 47. key is valid. what response must be?', R404),
  w('404', 'api', 'calling /v1/fare-products/student-weekly with a good key but that product was never created. not deleted, it never existed. what do you return', R404),
  w('404', 'support', 'Rider says the receipt link in an email they forwarded gives an error. We checked and no receipt with that number was ever issued, the number has a typo. They are logged in with a valid session. Which status should the receipt endpoint give?', R404),

  // ---- 404: exists but hidden from this caller ----
  w('404', 'security', 'rider A is logged in and requests /riders/{riderB}/trips, i.e. another riders trip history. rider ids are confidential and we must not confirm whether an account exists. 403 or 404?', R404H),
  w('404', 'api', 'our third party app (valid key) requested /developer/apps/{id} for an app that belongs to a different developer. app ids are private and you dont want to leak which ones exist. what code should we expect', R404H),
  w('404', 'support', 'A logged-in rider is calling /cards/{number}/balance for a transit card registered to someone else. Our policy: never reveal whether a card number is registered to anyone. What should the api return?', R404H),
  w('404', 'sre', 'unpublished pilot route under /v2/routes/pilot-x is staff only, and for anyone else we must not reveal it even exists. city dev w/ valid key hits it. status?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'stop 4412 pulled from the feed during bridge construction, planners havent decided if it comes back. GET /stops/4412 -> ? someone says 410', R404U),
  w('404', 'nonnative', 'fare product "Weekend Family Pass" is taken down for now, maybe it will be restored next summer, is not decided. api call for it come in, which code?', R404U),
  w('404', 'support', 'A developer\'s app was removed from our public app gallery pending review; it may be reinstated if they fix the privacy issue. People still open /gallery/apps/123. What status should that page return?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'route 12 permanently discontinued march 1 by board vote, it will never come back. what should /v2/routes/12 return', R410),
  w('410', 'api', 'the v1 realtime feed was retired for good on purpose, sunset announced a year ago and no plan to bring it back. clients still call /v1/realtime. code?', R410),
  w('410', 'support', 'The paper 10-ride ticket was permanently withdrawn and replaced by the tap card; it is not coming back. Its product page /fare-products/10-ride-paper is still linked from old blog posts. What status should it serve?', R410),
  w('410', 'security', 'the old open-data dataset bike-share-2015 was deliberately removed for good after a privacy review and will never be republished. the url was public, no auth. crawlers keep hitting it. which status', R410),
  w('410', 'nonnative', 'the station Elm Street is closed forever and demolished, agency removed the stop permanent from api on purpose. apps still ask /stops/elm-street. 404 or 410?', R410),
  w('410', 'api', '/v2/trip-planner/legacy has been shut down permanently on purpose and replaced by /v3/plan, not coming back. what do old integrations get', R410),
  w('410', 'support', 'Customer says their bookmark to the "2019 holiday free ride" promo fare page is broken. That promo ended and the fare product was permanently retired, never coming back. Which code is right for that page?', R410),

  // ---- knowledge ----
  k('security', 'pentest note says our 401s from the ticketing api are non-compliant. which response header does RFC 9110 require on every 401', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('nonnative', 'when our app get 403 from the fare api, is it ok to just send the same request again automatic with same key?', /(should ?n[o’']t|should not|must not|not|don[’']?t|never|avoid)\s+(\w+\s+){0,3}(retry|retrying|repeat|repeating|resend|resending)|won[’']?t (help|change)|will not (help|change)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat a 403 request with the same credentials.'),
  k('security', 'when is it legit per RFC 9110 for the rider api to answer 404 instead of 403', /hid(e|es|ing)|conceal|existence|reveal|disclos/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target may respond 404 instead.'),
  k('sre', 'does a 404 from /stops/{id} tell the app whether the stop is gone for good or only temporarily', /(doesn[’']?t|does not|not|no|never)\s+(\w+\s+){0,4}(indicat|say|tell|specify|distinguish|guarantee|imply|signal)|temporary or permanent|permanent or temporary|either way/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('nonnative', 'what a 410 tell to the people who have link to our old route page?', /remov|delet|permanent|no longer|for good/i, 'RFC 9110 §15.5.11: 410 means the resource is intentionally gone permanently; link holders should remove references to it.'),
  k('security', 'is a 403 from the transit api heuristically cacheable under RFC 9110, i.e. with no Cache-Control or Expires', /\bno\b|not (heuristically )?cach|isn[’']?t (heuristically )?cach|(only|requires?|needs?) (with )?explicit/i, 'RFC 9110 §15.1: 403 is not among the heuristically cacheable status codes; it needs explicit freshness to be cached.'),
  k('api', 'our 410s for retired routes dont carry Cache-Control. can caches still store them heuristically per RFC 9110', /\byes\b|(?<!not |n[’']t |never )heuristically cacheable|cacheable by default|\b(can|may) (be )?(heuristically )?(cache|store)/i, 'RFC 9110 §15.1 and §15.5.11: 410 is heuristically cacheable by default.'),
  k('security', 'a rider token is valid but lacks the scope for the endpoint. which RFC 6750 error code and which http status', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, which SHOULD be answered with 403.'),
  k('nonnative', 'token of developer is expired. which error value we put in WWW-Authenticate by RFC 6750?', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked or malformed access token gets error="invalid_token" (with 401).'),
  k('security', 'rider app calls with no Authorization header at all. per RFC 6750 should the Bearer challenge include an error= code', /(should ?n[o’']t|should not|don[’']?t|do not|not) (\w+ ){0,3}(include|send|add|contain)|omit|leave (it )?out|without (an? |the )?error|no error (code|attribute|param)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code.'),
  k('sre', 'which rfc is current for 401/403/404/410 semantics now, still 7231?', /\b9110\b/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235.'),
  k('nonnative', 'may the body of a 403 explain to the developer why the request is refused?', /\byes\b|\b(may|can)(?!['’]t|not)\s+(\w+\s+){0,4}(describe|explain|include|give|state|say)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content.'),
  k('api', 'RFC 6750 invalid_request error, what http status goes with it', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 Bad Request.'),
  k('support', 'our rider app shows the login screen on every 403. which status code is the one that actually means the client needs to authenticate (again)?', /\b401\b/, 'RFC 9110 §15.5.2 vs §15.5.4: 401 signals missing/invalid credentials; 403 means re-authenticating will not help.'),
  k('nonnative', 'if we dont know if a removed stop is permanent removed or not, RFC say to use which code instead of 410?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 should be used.'),
];

export const UNSEEN387_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
