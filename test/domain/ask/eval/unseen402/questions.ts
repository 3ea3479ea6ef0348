import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 402, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a car dealership group's sales and service system (salespeople, service advisors, customer vehicle histories, sister-dealer inventory, sold and scrapped vehicles, manufacturer partner APIs), as seen by dealership IT and support. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid credentials (none sent, expired, revoked, unknown or unverifiable) → 401 with WWW-Authenticate; RFC 6750 §3.1 invalid_token.';
const R403 = 'RFC 9110 §15.5.4: the caller is authenticated but not permitted (role, plan, allowlist, blocked account); re-authenticating will not help → 403.';
const R403S = 'RFC 6750 §3.1: a valid token without the required scope is insufficient_scope → 403 (RFC 9110 §15.5.4).';
const R404 = 'RFC 9110 §15.5.5: no current representation exists for the target (never existed, wrong id) → 404.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is known to be permanent → 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'dms api getting reqs from the service lane tablets w/ no Authorization header at all since the app update last nite. what do we send back', R401),
  w('401', 'support', 'Ticket #4471: salesperson at the Eastside store clicked Log out in the CRM, then hit the browser back button and tried to reopen a customer deal jacket. The session is already ended on the server side. Right now the API returns 200 with an empty page. What status should the API return for that request?', R401),
  w('401', 'api', 'manufacturer warranty partner is calling our /claims endpoint with a bearer token that expired about 20 min ago. someone on the team says 403, thoughts', R401),
  w('401', 'security', 'Finding: service advisor API keys were rotated on Friday and the old keys are revoked, no longer valid. Requests still using an old key to the vehicle-history endpoint currently get 403. What should they get instead?', R401),
  w('401', 'nonnative', 'Hello, the inventory sharing with other dealership of our group send a JWT but the signature verification is fail and the key id (kid) is unknown for us. Which status code we must return to them?', R401),
  w('401', 'sre', 'parts counter kiosk sends a bearer token our idp has no record of, never issued by us. 401 or 403', R401),
  w('401', 'api', 'owner portal: customer reset her password which invalidates all existing sessions. an old session token from before the reset is then used to load the service history of her car. correct response?', R401),
  w('401', 'nonnative', 'In the morning the technician open the workshop app, but his SSO session was expired in the night, so the first request come with expired session token. What code is correct for this?', R401),

  // ---- 403 ----
  w('403', 'sre', 'sales rep logged in fine, valid token, tries POST /service/ro/approve which needs the service-advisor role. she doesnt have it. is 403 right here', R403),
  w('403', 'api', 'oem partner token is valid but only carries scope inventory:read and they call POST /allocations which needs inventory:write. which status', R403S),
  w('403', 'support', 'Ticket: a salesperson at our Northside store is logged in and tries to open the deal jacket of a customer who bought at the Southside store. Policy says each rooftop only works its own deals, but we dont hide that other stores deals exist, the search screen even shows "belongs to Southside". What code should the deal endpoint return?', R403),
  w('403', 'security', 'pen test note: body shop vendor account authenticates OK with valid creds but the request comes from an IP outside our DMS allowlist so we block it. status should be', R403),
  w('403', 'nonnative', 'Our salesperson is login correctly but her licence of the desking tool is only Basic, and the feature "trade-in appraisal export" is only for Pro licence. What code we return when she try it?', R403),
  w('403', 'sre', 'lot attendant acct: creds valid, login works, but the acct is blocked by HR pending an investigation so we refuse every action. 401 or 403', R403),
  w('403', 'api', 'service advisor (authenticated) tries DELETE on a repair order. only service managers may delete ROs. advisors can already see the RO in their list so nothing secret about it. a colleague wants 404. which one', R403),
  w('403', 'support', 'Customer is logged into the owner portal and can see the repair in her service history, but clicking "download internal invoice" fails because internal invoices are only downloadable by dealership staff. She is asking why. What status should that download return?', R403),
  w('403', 'security', 'review finding: gross profit on a deal is visible only to sales managers. a regular salesperson, authenticated, requests the gross profit field for a deal he can already see; logging in again wont change anything. existence of the deal isnt secret. code?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /vehicles/1HGCM82633A00435X — VIN typo, no vehicle with that vin was ever in our system. code pls', R404),
  w('404', 'api', 'sister-dealer inventory api gets a request for stock number SN-88812. that stock no was never assigned to any vehicle in the group. not deleted, it never existed. what should the gateway return', R404),
  w('404', 'nonnative', 'Customer click on a link in old email but the repair order id in the link is wrong, there was never a RO with this id. Which status is correct?', R404),
  w('404', 'support', 'Ticket: the service advisor mistyped the customer id in the URL, /customers/552011 instead of /customers/55201. We have no customer 552011 and never had one. The page showed a 500 error. What should it return?', R404),

  // ---- 404: exists but hidden from this caller ----
  w('404', 'security', 'finding: dealer A calls the group inventory API for a car dealer B holds as a private pocket listing. A is authenticated but not allowed to see it, and policy says we must not even confirm to other rooftops that the vehicle exists. status?', R404H),
  w('404', 'api', 'customer A (logged in) requests /vehicles/{id}/history for a car owned by customer B. privacy requirement: we must not reveal that this VIN is in our system at all to anyone but the owner. 403 or 404', R404H),
  w('404', 'nonnative', 'A manufacturer partner with valid token ask for a customer record which belong to another brand. The contract say we can not confirm to one OEM that a customer exist in the records of other brand. What code we answer?', R404H),
  w('404', 'sre', 'internal audit investigation ids are confidential. salesperson w/ valid login guesses /investigations/123 which does exist. we must not leak that it exists. what do we return', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'Ticket from marketing: a used car was pulled from the online inventory yesterday because the deal is pending financing. If the financing falls thru it goes right back on the lot and the same listing URL comes back. Googlebot is hitting the listing URL. Someone suggested 410. What should the page return for now?', R404U),
  w('404', 'sre', 'demo vehicle listing taken down for recon, might be relisted, nobody has decided yet. 404 or 410', R404U),
  w('404', 'nonnative', 'We archived one customer vehicle history maybe by mistake, it can be restored from backup but the manager not decide yet if we restore. Until then the API for this history should return which code?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'car sold and delivered, its listing page removed on purpose and permanently, that url wont ever come back. code for the old url', R410),
  w('410', 'api', 'once a vehicle is marked scrapped (certificate of destruction issued) we deliberately retire its inventory record endpoint forever, no chance of it coming back. what status should the old endpoint return', R410),
  w('410', 'support', 'Ticket: the old manufacturer partner endpoint /v1/warranty was decommissioned permanently last month on the manufacturer\'s instruction, all partners have moved to v2 and v1 will never be turned back on. One partner still calls v1. What should v1 return?', R410),
  w('410', 'security', 'finding: the old trade-in appraisal microsite was shut down on purpose for good, but its urls still return 200 with a "page not found" text. what should they return instead, given the removal is intentional and permanent', R410),
  w('410', 'nonnative', 'The dealership in Springfield is closed forever and we removed its inventory feed permanently, this is final. Some partners still call the feed URL. What code is best?', R410),
  w('410', 'support', 'Marketing intentionally deleted the "Summer Service Special 2023" offer page and confirms it will never come back. Google still lists it and customers click it. Which status should that URL send?', R410),
  w('410', 'api', 'recall campaign 19V-123 is closed and its record was intentionally and permanently removed from our partner api. partners still poll /recalls/19V-123. 404 or 410', R410),

  // ---- knowledge ----
  k('security', 'what header must our 401 responses from the dealer api carry per rfc 9110', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field.'),
  k('support', 'service advisor keeps getting 403 on the warranty claims screen, she wants to log out and log back in with the same account to fix it. does re-authenticating change anything for a 403', /\bno\b|won'?t|will not|doesn'?t|does not|wouldn'?t|would not|not (going to )?(help|change|fix)|same (result|response|403)/i, 'RFC 9110 §15.5.4: the server understood the credentials and refuses; the client should not repeat the request with the same credentials.'),
  k('security', 'when is it acceptable for our dms to answer 404 to a request that is really forbidden, instead of 403', /hid(e|es|ing)|conceal|existence|not (to )?(reveal|disclose|confirm|leak)|disclos|leak/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target may respond 404.'),
  k('nonnative', 'Does a 404 tell the client if the car listing is gone only temporary or forever?', /\bno\b|(doesn'?t|does not|not|neither|nor).{0,60}(permanen|temporar|forever)|(permanen|temporar).{0,60}(unknown|not (indicate|say|specif|tell))/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent.'),
  k('support', 'what does a 410 tell google and the sites that link to our old sold-car pages', /permanen|for good|intentional|remov(e|ed|ing) (the |their |any |those )?(link|reference)|delist/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally and permanently gone and that remote links to it should be removed.'),
  k('sre', 'no cache-control on our 410s for retired listing urls. can caches still store them heuristically per rfc 9110', /\byes\b|\b(is|are) heuristically cacheable|cacheable by default|(can|may) (be )?(cache|store)/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default.'),
  k('sre', 'dms api 403 w/o any cache headers. can a shared cache heuristically cache it the way it can a 404', /\bno\b|not (heuristically )?cacheable|isn'?t (heuristically )?cacheable|explicit|only (if|when|with)/i, 'RFC 9110 §15.1: 403 is not among the heuristically cacheable status codes; it is cached only with explicit freshness information.'),
  k('api', 'rfc 6750 error insufficient_scope goes with which http status', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden.'),
  k('security', 'per rfc 6750 what status goes with error="invalid_token" (expired, revoked, malformed token)', /\b401\b/, 'RFC 6750 §3.1: invalid_token → 401 Unauthorized.'),
  k('api', 'our dealer api docs still cite rfc 7231 and rfc 7235 for 401 and 403. which rfc is the current one', /\b9110\b/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235 and now defines these status codes.'),
  k('security', 'when we refuse a salesperson with 403, is it ok to put the reason in the response body, like "requires F&I manager role"', /\byes\b|(can|may|should|allowed to|free to) (describe|explain|include|state|give|put)|is (fine|ok|okay|allowed|acceptable|permitted)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content.'),
  k('nonnative', 'Partner system get 401 from our inventory API. What should the partner client do, just send the same request again and again?', /(new|fresh|refresh(ed)?|valid|different|replace(d|ment)?)\s+(access\s+)?(token|credential|key)|re-?authenticat|log(ging)? ?in again|obtain .{0,20}(token|credential)/i, 'RFC 9110 §15.5.2: the client may repeat the request with new or replaced credentials; resending the same invalid ones will not help.'),
  k('security', 'owner portal request arrives with no token at all. should our WWW-Authenticate: Bearer challenge include error="invalid_token" in that case', /\bno\b|should ?n[o']t|omit|leave (it )?out|without (an? )?error|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code.'),
  k('nonnative', 'In RFC 6750, the error invalid_request (for example a required parameter missing, or token sent in two ways) is with which status code?', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request.'),
  k('support', 'the name "401 Unauthorized" confuses our support desk. what does a 401 actually mean', /authenticat|credential|log(ged)? ?in|identity/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource.'),
];

export const UNSEEN402_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
