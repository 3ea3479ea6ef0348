import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 31, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an insurance company — policy holders' portal, claims API for repair shops, brokers with delegated access, cancelled policies and fraud investigations. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials; the server must send WWW-Authenticate so the client can (re)authenticate.';
const R401_BEARER = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token, answered with 401.';
const R401_MISSING = 'RFC 6750 §3 / RFC 9110 §15.5.2: a request with no credentials at all gets 401 with a WWW-Authenticate challenge, not 403.';
const R403 = 'RFC 9110 §15.5.4: the caller is authenticated and understood, but is not permitted to do this; re-authenticating will not help.';
const R403_SCOPE = 'RFC 6750 §3.1: a valid token that lacks the required scope is insufficient_scope, answered with 403.';
const R403_OPEN = 'RFC 9110 §15.5.4: access is refused and there is no need to hide that the resource exists, so 403 is the honest signal.';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a forbidden resource may answer 404 instead of 403.';
const R404_NONE = 'RFC 9110 §15.5.5: no current representation exists for the target (never existed / typo), so 404.';
const R404_UNSURE = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether the absence is temporary or permanent; 410 is only for removal known to be permanent.';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the origin knows the condition is likely permanent, so 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', 'claims api spike of errors from one body shop integration, looked at the raw reqs and there is just no Authorization header at all, their new deploy dropped it. what should we be returning for those', R401_MISSING),
  w('401', 'api', 'repair shop oauth tokens live 1h. we get POST /claims/{id}/estimates with a token that expired 20 min ago, signature fine otherwise. bob says 403 b/c "they are known to us" but i think the token is just dead. which code', R401_BEARER),
  w('401', 'security', 'after a policy holder resets their password we revoke every access token for that acct. old mobile app session keeps calling GET /portal/policies w/ the revoked token. what status', R401_BEARER),
  w('401', 'nonnative', 'hello, broker legacy SOAP endpoint use basic auth, one broker send wrong password 5 times today (not locked yet). for the wrong password which code we must give, 401 or 403? thx', R401),
  w('401', 'api', 'code review pls: `if (!req.headers.authorization) return res.status(403).json({error:"forbidden"})` on the claims svc. request has no creds at all in that branch. is 403 right here or should it be something else', R401_MISSING),
  w('401', 'support', 'ticket from a garage in leeds, their claims portal integration started failing after they rotated keys on their side. they are sending the OLD api key that we already deleted when they asked us to rotate. what code should they be seeing', R401),
  w('401', 'sre', 'jwt verification failing on the broker gateway for tokens minted by the old idp, signature doesnt validate against our current jwks at all. caller identity basically unknown. we return 500 atm which is obv wrong, what should it be', R401_BEARER),
  w('401', 'nonnative', 'the token which the repair shop send is garbage, not even base64, cannot parse. the header itself is correct format "Bearer xxx". we answer what? my colleague say 400 but i read the token is the problem not the request', R401_BEARER),
  w('401', 'security', 'fraud team wants to know: unauthenticated scraper hitting /portal/claims/* w/o any session token or cookie, we dont know who it is. should that be 403 "forbidden" or something else, we do support login on that path', R401_MISSING),

  // ---- 403 ×10
  w('403', 'api', 'body shop token is valid, signature ok, not expired, but it only has claims:read and they are trying to PATCH the repair estimate which needs claims:write. alice wants 401 so they re-auth. which', R403_SCOPE),
  w('403', 'sre', 'new repair partner moved to a new cloud region and their egress ip isnt on our allowlist yet. token is fine, they are authenticated, gateway blocks on ip. what code should the gateway send', R403),
  w('403', 'support', 'broker has delegated access to mrs jones policy but only read-only (she didnt tick "can make changes"). broker tries to change her address through the api and it fails. what error should he get, he already knows the policy exists obviously', R403),
  w('403', 'security', 'claims handler logged in fine, valid sso session, but doesnt have the fraud-investigator role and tries to open the SIU case screen. everyone internal knows the SIU screen exists so no need to hide it. 401 or 403', R403_OPEN),
  w('403', 'nonnative', 'broker licence was suspended by regulator, he still can login (we need him to see old commissions) but creating new policies is not allowed for him now. which status for POST /policies, he is authenticated', R403),
  w('403', 'sre', 'new hire in underwriting got sso login working but missing the underwriter role, keeps getting bounced from the rating tool, they tried logging out and back in 3x. what code should the rating tool return, they are def logged in', R403),
  w('403', 'api', 'repair shop A tries to GET an estimate that belongs to repair shop B. claim numbers are printed on the paper forms the customer carries to every shop so existence isnt a secret, we dont care if they know it exists. just need to refuse. what code', R403_OPEN),
  w('403', 'security', 'fraud team froze a policy holder acct during an investigation. holder can still log in but every write on the portal must be refused and the UI should tell them to call us; hiding is not a goal, they already got a letter about the freeze. what status for those writes', R403_OPEN),
  w('403', 'support', 'policy holder is logged in and tries to open /portal/admin/pricing by editing the url. its the public admin area path, nothing secret about it existing, he just isnt staff. we show a "not found" page right now, should it be something else', R403_OPEN),
  w('403', 'nonnative', 'our broker api key is valid and authenticated, but the key is only for motor line and broker call the home insurance quotes endpoint. answer is 401 because "not authorized" no? or other one', R403_SCOPE),

  // ---- 404 ×10
  w('404', 'security', 'broker queries GET /policies/{id} for a customer who never granted him delegation. we must not leak whether that person even has a policy with us (privacy). what code', R404_HIDE),
  w('404', 'security', 'repair shop hits GET /claims/{id}/investigation for a claim thats under active fraud review. we absolutely cant tip them off that an investigation exists. shop is authenticated but not allowed. 403 feels right to me but idk', R404_HIDE),
  w('404', 'sre', 'someone on the body shop side is calling /v2/clams/123 (typo, clams lol) and alerting on our side. what should that path return', R404_NONE),
  w('404', 'support', 'garage typed the claim number wrong, one digit off, that claim number has never existed in our system. they get an error, which code is right for that', R404_NONE),
  w('404', 'api', 'photo attachment on a claim was deleted by the adjuster this morning but ops says it might be restored from backup if the dispute goes ahead, not sure yet if its permanent. GET on the old attachment url should be 404 or 410', R404_UNSURE),
  w('404', 'nonnative', 'customer deleted document in portal, it go to recycle bin 30 days and can be restored in that time. during these 30 days the old link must return 410 gone or other code?', R404_UNSURE),
  w('404', 'api', 'snippet from policy svc: `const policy = await repo.find(id); if (!policy) return res.status(410)` — find() returns null for any id we dont have, incl ids that never existed and random garbage. is 410 ok there', R404_NONE),
  w('404', 'security', 'pentest finding: repair shop can enumerate claim ids of OTHER shops b/c we return 403 for "exists but not yours" and 404 for "doesnt exist". claim ids here are internal and not on any paperwork, we dont want to confirm existence. what should the "not yours" case return', R404_HIDE),
  w('404', 'sre', 'after this mornings deploy the /portal/renewals route is gone by accident, we will roll it back in an hour. meanwhile the router returns something, what code is correct for it until the fix', R404_UNSURE),
  w('404', 'support', 'marketing site returns 200 with a "sorry this page doesnt exist" body for urls like /products/boat-insurance-xyz which we never had. seo guy says thats bad. what code should those give', R404_NONE),

  // ---- 410 ×6
  w('410', 'api', 'we retired the v1 claims api for repair shops on purpose, announced 12 months ago, code deleted, it will never come back. what should /v1/claims/* answer now, 404?', R410),
  w('410', 'support', 'we discontinued pet insurance for good, product page removed on purpose and we want google to drop it asap, leadership confirmed its permanent. alice says just 404 it. whats best', R410),
  w('410', 'nonnative', 'the old proof-of-insurance verify link (in QR code) for cancelled policies we disable on purpose, forever, legal confirmed never re-enable. what code the link should return?', R410),
  w('410', 'security', 'GDPR erasure request done, the holders claim documents were purged on purpose and are unrecoverable by design, no backups. their old email links still get hit by the holder. what should those urls return, 404 or something more specific', R410),
  w('410', 'sre', 'broker portal v2 was decommissioned deliberately last quarter, infra torn down, 100% not coming back. the redirects expired and now traffic to broker2.* paths returns 500. what should it be', R410),
  w('410', 'api', 'fraud team had us deliberately remove the public "quick quote" endpoint b/c of abuse, product decided its permanent, no replacement. bob wants 403 since "theyre not allowed anymore". hmm', R410),

  // ---- knowledge ×15
  k('api', 'when the claims api sends a 401, which response header is mandatory', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header with at least one challenge.'),
  k('security', 'in rfc 6750 bearer token errors, what status goes with insufficient_scope', /403/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden.'),
  k('api', 'bearer token spec: invalid_request error (missing/duplicated params) maps to which http code', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request.'),
  k('sre', 'can a cdn cache our 404s even when we dont send any cache-control header', /heuristic|cacheab|may be cached|can be cached|(can|may) cache/i, 'RFC 9110 §15.1/§15.5.5: 404 is heuristically cacheable by default unless explicit cache controls say otherwise.'),
  k('support', 'garage integration keeps retrying every 5 sec on 403, is there any point retrying with the same creds', /(not|n't|no)\b.{0,40}(retry|repeat|re-?send|help|change)|pointless|no point|won't help|will not help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; retrying will not change the outcome.'),
  k('sre', 'is a 410 response cacheable by default or not', /heuristic|cacheab|(yes|can|may).{0,30}cach/i, 'RFC 9110 §15.1/§15.5.11: 410 is heuristically cacheable by default.'),
  k('nonnative', 'which RFC is now the official definition for 401 403 404 410 codes? the old 7231 still valid?', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and defines these codes.'),
  k('support', 'seo agency says our portal has "soft 404s", what does that mean', /200|OK/, 'A soft 404 is a "not found" page served with 200 OK instead of a real 404; search engines may index it.'),
  k('api', 'broker calls DELETE on /policies/{id} which only supports GET and PUT. 403 or 405, and what header must go with 405', /\bAllow\b/, 'RFC 9110 §15.5.6: 405 Method Not Allowed MUST include an Allow header listing the supported methods.'),
  k('sre', 'we throttle repair shops to 100 req/min, right now we return 403 when they go over. what is the proper code for rate limiting', /429/, 'RFC 6585 §4: 429 Too Many Requests is the code for rate limiting, optionally with Retry-After; 403 is for authorization refusals.'),
  k('nonnative', 'the corporate proxy at broker office ask for login before forward request. which status code is for proxy auth', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate.'),
  k('security', 'does the http spec actually allow answering 404 instead of 403 for things that exist but the caller cant see', /hid|conceal|(not|n't) (reveal|disclos|leak|confirm)|existence/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden resource MAY respond with 404 instead.'),
  k('api', 'whats the real difference between 404 and 410 for clients and crawlers', /permanen/i, 'RFC 9110 §15.5.11: 410 says the removal is intentional and likely permanent; 404 makes no such claim.'),
  k('security', 'repair shop token expired, what error code value do we put in the WWW-Authenticate Bearer challenge', /invalid_token/i, 'RFC 6750 §3.1: an expired access token is reported as error="invalid_token" with 401.'),
  k('support', 'customer asks whats the difference between 401 and 403 in plain words, which one is about not being logged in', /401.{0,120}(authenticat|log|credential|sign)|(authenticat|log|credential|sign).{0,120}401/i, 'RFC 9110 §15.5.2/§15.5.4: 401 is missing/invalid authentication (not logged in); 403 is logged in but not permitted.'),
];

export const UNSEEN31_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
