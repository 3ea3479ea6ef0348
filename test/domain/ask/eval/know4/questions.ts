import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 04, written by a blind writer who never read the parser, its tests, or any other question set. Angle: on-call engineers mid-incident and the people around them (managers, support leads, security, customers' developers) asking about 401/403/404/410 and their neighbours, often describing a concrete situation but asking about a rule, header, client or crawler behaviour, caching, or meaning, with non-native English mixed in. */

void w;

const R_WWWAUTH = 'RFC 9110 §15.5.2 / §11.6.1: a server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge.';
const R_401_AUTHN = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; despite the name it is about authentication, while 403 (§15.5.4) is refusal to authorize.';
const R_403_NORETRY = 'RFC 9110 §15.5.4 + seed: the server understood and refuses; client SHOULD NOT repeat with the same credentials, re-authenticating will not help, fix permissions first.';
const R_403_ADMIN = 'Seed: on 403 re-authenticating will not change the outcome; users should contact an administrator to get the permission/role.';
const R_HIDE = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404 (Not Found).';
const R_403_OK = 'RFC 9110 §15.5.4 + seed: when there is no need to conceal existence, 403 is the accurate signal for an authenticated client lacking permission.';
const R_410 = 'RFC 9110 §15.5.11: 410 Gone means access to the target resource is no longer available and this condition is likely to be permanent (intentional removal).';
const R_410_VS_404 = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410; marking resources gone is not required.';
const R_404_NOPERM = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.';
const R_HEUR = 'RFC 9110 §15.1: 404 and 410 (among others) are heuristically cacheable, so caches may store them without explicit freshness info; 401 and 403 are not.';
const R_CDN = 'Seed + RFC 9111: CDNs may cache 404s; use Cache-Control (no-store / no-cache / short max-age) on dynamic-route 404s to avoid stale not-found responses.';
const R_SOFT404 = 'Seed: avoid soft 404s (200 with "page not found" content); search engines treat them as indexed pages.';
const R_INVALID_TOKEN = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, invalid) SHOULD be answered with 401 Unauthorized.';
const R_SCOPE = 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 Forbidden, and the scope attribute in WWW-Authenticate may name the required scope.';
const R_INVALID_REQ = 'RFC 6750 §3.1: invalid_request (missing/duplicated parameter, more than one token method, malformed) SHOULD be answered with 400 Bad Request.';
const R_NO_ERR = 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code or other error information in the challenge.';
const R_405 = 'RFC 9110 §15.5.6: 405 Method Not Allowed when the method is not supported by the target resource; the server MUST generate an Allow header listing supported methods.';
const R_429 = 'RFC 6585 §4: 429 Too Many Requests signals rate limiting and may include Retry-After; 403 signals a refusal that waiting will not fix.';
const R_407 = 'RFC 9110 §15.5.8 / §11.7.1: 407 Proxy Authentication Required is like 401 but for a proxy, which MUST send a Proxy-Authenticate header.';
const R_RFC = 'RFC 9110 (HTTP Semantics, 2022) defines 401/403/404/410 and obsoletes RFC 7231 and RFC 7235.';
const R_403_BODY = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.';
const R_403_CREDS = 'RFC 9110 §15.5.4: if authentication credentials were provided, the server considers them insufficient to grant access.';
const R_MON404 = 'Seed: a baseline of 404s is normal; alert on sudden spikes (deployment broke routes), 404s on recently-200 URLs, and systematic patterns.';
const R_MON403 = 'Seed: 403s in logs indicate RBAC policy mismatches, tenant isolation violations, missing scopes, or IP allowlists blocking.';
const R_BASIC = 'RFC 9110 §11.6.1 / RFC 7617: a 401 with WWW-Authenticate: Basic makes browsers show their built-in credentials prompt.';
const R_451 = 'RFC 7725: 451 Unavailable For Legal Reasons is the code for access denied as a consequence of a legal demand.';
const R_EMPTY = 'RFC 9110 §15.3.1 / §15.5.5: the collection resource exists, so 200 with an empty list; 404 would claim the target resource was not found.';
const R_MOVED = 'RFC 9110 §15.4.2 / §15.4.9: content that moved permanently should redirect with 301 or 308, not 410, which says it is gone.';
const R_503 = 'RFC 9110 §15.6.4: 503 Service Unavailable (optionally with Retry-After) signals temporary overload or maintenance, not a permission problem.';
const R_REALM = 'RFC 9110 §11.5: the realm parameter names a protection space; for Bearer (RFC 6750 §3) it is optional.';
const R_401_NOTPERM = 'RFC 9110 §15.5.2: 401 is about missing/invalid authentication credentials, not about lacking permission; that is 403.';

const QUESTIONS: readonly Draft[] = [
  k('sre', 'mid incident, gateway is handing 401s to the ios app and the sdk just sits there instead of refreshing. what header is a 401 supposed to carry, quick pls', /WWW-Authenticate/i, R_WWWAUTH),
  k('nonnative', 'hello, our service return 401 but client team say the response is not following standard, something is missing. what is mandatory to send with 401 please', /WWW-Authenticate/i, R_WWWAUTH),
  k('security', 'pentest report flags our 401s as non compliant. they have a json body w/ an error msg but no headers besides content-type. what rfc 9110 requirement are we breaking', /WWW-Authenticate/i, R_WWWAUTH),
  k('support', 'customer asks why the error says Unauthorized when they ARE logged in and just cant open the billing page... does 401 actually mean they have no permission', /authenticat|credential/i, R_401_NOTPERM),
  k('api', 'naming q: 401 is literally called Unauthorized so why does every guide say use 403 for authz failures. what is 401 really about', /authenticat|credential/i, R_401_AUTHN),
  k('nonnative', 'in my language unauthorized and forbidden is the same word. what is the real difference of 401 and 403, short answer please', /authenticat|credential/i, R_401_AUTHN),
  k('sre', 'our client lib retries every 403 w/ a fresh token 5x before giving up, thats like 40% of gateway traffic rn lol. does re-authenticating ever actually fix a 403', /(not|n'?t|never|no)\b.{0,40}(help|fix|change|retr)|stop retrying|without (a )?(change|fix)/i, R_403_NORETRY),
  k('api', 'writing the retry policy for our public sdk. between 401 and 403 which one is worth retrying after refreshing creds and which one isnt', /(not|n'?t|never|no)\b.{0,40}retr|stop retrying|without (a )?(change|fix)/i, R_403_NORETRY),
  k('support', 'user keeps getting 403 on the export button, they logged out and back in like 3 times already. will that ever work or what should they do instead', /admin|grant|permission|role/i, R_403_ADMIN),
  k('security', 'reviewer here. /api/orgs/{id} gives 403 for orgs youre not in, so anyone can enumerate which org ids exist. what does rfc 9110 let us return instead', /404|not found/i, R_HIDE),
  k('api', 'bob says returning 404 for a doc that exists but the caller cant see is "lying" and violates http. is that actually allowed by the spec or is bob right', /hid|conceal|(not|n'?t) (reveal|disclos|leak|confirm)|existence/i, R_HIDE),
  k('sre', 'during the incident tenant A requests for tenant B invoice ids came back 404 and someone panicked thinking the invoices got deleted. is 404 a normal way to answer cross-tenant access', /hid|conceal|(not|n'?t) (reveal|disclos|leak|confirm)|existence|enumerat/i, R_HIDE),
  k('security', 'we dont care if attackers know the admin panel exists, its a documented product feature. any reason left to send 404 instead of 403 to non-admins', /403|forbidden/i, R_403_OK),
  k('nonnative', 'what is the meaning of code 410 exactly? partner API start to send it on old endpoints since yesterday and our job is failing', /permanent|no longer|intentional/i, R_410),
  k('support', 'customer pasted a 410 from our old v1 reports endpoint and asks if itll come back once the outage is fixed. will it', /permanent|(won'?t|will not|not) (come back|return|be back)|no longer/i, R_410),
  k('api', 'whats the actual difference in meaning between 404 and 410 per rfc 9110, need a one liner for the api style guide', /permanent/i, R_410),
  k('sre', 'we yanked the /beta/search route during the incident, not sure yet if it comes back next sprint or never. should it be 410 already or stay 404 until we know', /permanen/i, R_410_VS_404),
  k('nonnative', 'we delete user profile page but user can restore the account inside 30 days. is correct to send 410 gone for this page?', /404|not permanent|isn'?t permanent|temporar/i, R_410_VS_404),
  k('api', 'ticket says "some deleted resources return 410 and some 404, pick one". does the rfc require 410 every time something was deleted', /not (necessary|required|mandatory)|(isn'?t|is not|not) (required|mandatory|necessary)|optional|don'?t have to|need not|\bno\b/i, R_410_VS_404),
  k('sre', 'cdn kept serving 404 for /pricing ~10 min after we fixed the bad deploy and the error response had no cache-control at all. can caches really store a 404 w/o explicit headers', /heuristic|by default|default/i, R_HEUR),
  k('security', 'which of 401 403 404 410 are heuristically cacheable per rfc 9110, need it for the cache poisoning review', /404[^.\n]*410|410[^.\n]*404/, R_HEUR),
  k('security', 'if we switch deleted-user pages to 410 will shared caches keep serving that even after the acct gets restored? we set no cache headers on errors', /cache-control|heuristic|max-age|no-store|by default/i, R_HEUR),
  k('sre', 'postmortem action item: "stop the cdn caching 404s on /api/*". what header do i put on those responses', /cache-control|no-store|no-cache|max-age/i, R_CDN),
  k('support', 'several customers saw "page not found" on the new product page for ~15 min after launch even tho it was live for everyone else. how does that even happen', /cach/i, R_CDN),
  k('api', 'our spa returns 200 w/ a "page not found" component for unknown routes and the seo team is mad at us. whats this called and why is it bad', /soft.?404/i, R_SOFT404),
  k('nonnative', 'our not-found page is very nice and return status 200 so the monitoring stay green. manager say is ok. it is ok for google also?', /soft|index/i, R_SOFT404),
  k('nonnative', 'synthetic check say 200 on /docs/page-which-not-exist but human see "not found" text. this is problem for crawler or no?', /soft.?404|index/i, R_SOFT404),
  k('api', 'resource server gets an expired bearer token. per rfc 6750 what goes in the error attribute of WWW-Authenticate and what status', /invalid_token/i, R_INVALID_TOKEN),
  k('security', 'revoked oauth access token, our api currently answers 403 "token revoked". what does rfc 6750 say the status should be', /401/, R_INVALID_TOKEN),
  k('nonnative', 'the JWT signature is wrong, somebody modify the token. server must answer 400 or 401 or 403? it is bearer token', /401/, R_INVALID_TOKEN),
  k('api', 'token is valid but lacks orders:write scope. rfc 6750 error code + status pls, thx', /insufficient_scope/i, R_SCOPE),
  k('security', 'jenkins svc token got created w/o the deploy scope, token itself is fine and not expired. which status should the api send back, bearer auth', /403/, R_SCOPE),
  k('security', 'for insufficient_scope is there a standard way to tell the client which scope it actually needs in the response', /WWW-Authenticate|scope=|scope (attribute|param)/i, R_SCOPE),
  k('api', 'some client sends the access token in the Authorization header AND in the ?access_token= query string at the same time. what does rfc 6750 say to respond', /400|invalid_request/i, R_INVALID_REQ),
  k('nonnative', 'which status for bearer error invalid_request? my colleague say 401 because it is about the token, i am not so sure', /400/, R_INVALID_REQ),
  k('security', 'when a request has no Authorization header at all, should our Bearer challenge include error="invalid_token"', /(no|not|n'?t|without|omit\w*)\b.{0,40}error|SHOULD NOT/i, R_NO_ERR),
  k('api', 'anon request hits a bearer-protected endpoint: `if (!req.headers.authorization) return res.status(401).end()` - is that enough or whats missing', /WWW-Authenticate/i, R_WWWAUTH),
  k('sre', 'during the incident someone added a gateway rule that rejects DELETE on /users for everyone regardless of who they are, and it returns 403. is there a more correct code for that', /405|method not allowed/i, R_405),
  k('nonnative', 'when we send 405 what header is required to send together? reviewer comment on my PR', /\bAllow\b/, R_405),
  k('nonnative', 'user send PUT to endpoint that only support GET and we answer 403 forbidden. my lead say this is wrong, why?', /405|method not allowed/i, R_405),
  k('sre', 'waf is sending 403 to a customer thats just over their rate limit and they think theyre banned, escalated to me at 3am. better code for this', /429|too many requests/i, R_429),
  k('api', 'what header should go with a 429 so clients know how long to back off', /Retry-After/i, R_429),
  k('support', 'customers dev asks if they should retry on 429 the same way as on 403, whats the short answer i can paste', /retry-after|wait|back ?off|later/i, R_429),
  k('sre', 'corp proxy started returning 407 to our build agents after the network change. is that our api rejecting auth or something else', /Proxy-Authenticate|Proxy-Authorization|proxy (itself|requires|needs|wants|is)/i, R_407),
  k('nonnative', 'for 401 there is WWW-Authenticate header. for 407 what is the header the proxy must send?', /Proxy-Authenticate/i, R_407),
  k('support', 'support lead wants a link to the actual standard that defines 401/403/404/410 for our kb article. which rfc is the current one', /9110/, R_RFC),
  k('support', 'our kb article still cites rfc 7231 and rfc 7235 for status codes, someone said theyre outdated. are they still current', /9110/, R_RFC),
  k('api', 'is it ok to put the reason in a 403 body like "missing role billing_admin" or does that break something in http', /\b(yes|may|can|allowed|permitted|fine|ok(ay)?)\b/i, R_403_BODY),
  k('security', 'user sends perfectly valid creds and we still return 403. does rfc 9110 say anything about what that implies about the credentials', /insufficient|not (enough|sufficient)/i, R_403_CREDS),
  k('support', 'customer: "your api said 404 so the order is deleted forever right?" is that what 404 actually means', /(not|n'?t|no)\b.{0,60}(permanen|forever|whether)|temporar|may (exist|come back|reappear)/i, R_404_NOPERM),
  k('nonnative', 'if server return 404, this mean the resource never existed? or it was deleted? how i can know which one', /(can'?t|cannot|not|no|doesn'?t|does not)\b.{0,60}(tell|know|indicat|say|distinguish|whether)/i, R_404_NOPERM),
  k('sre', '404 rate went from 0.5% to 12% right after the 14:02 deploy, all on /api/v2/accounts/*, clients didnt change anything. is this probably clients or us', /deploy|rout|regress/i, R_MON404),
  k('sre', 'do we even page on 404s? baseline is like 1-2% from bots and dead links, mgr wants an alert on "any 404"', /spike|sudden|baseline|pattern|normal/i, R_MON404),
  k('support', 'support lead asks why we dont page on every single 403 in logs but we DO page on a sudden 403 spike for one tenant. what usually causes that kind of spike', /polic|role|rbac|permission|allowlist|scope/i, R_MON403),
  k('support', 'users see a weird grey browser popup asking for username and password on our staging site, not our login page. what triggers that', /Basic/i, R_BASIC),
  k('support', 'legal asked us to block one report for users in one country b/c of a court order. 403 or 404 or is there a specific code for that', /451/, R_451),
  k('nonnative', 'GET /teams/42/members, team exist but have zero members. junior dev want return 404. what is right response?', /200/, R_EMPTY),
  k('support', 'we moved /docs/v1/* to /docs/v2/* and someone wants to 410 all the old urls. customers have bookmarks. better option', /30[18]|redirect/i, R_MOVED),
  k('sre', 'during the maintenance window the app returned 403 to everyone and monitoring flagged it as a permissions bug. whats the code for temporarily unavailable', /503/, R_503),
  k('security', 'what is the realm param in WWW-Authenticate actually for, do we need it on our bearer challenges', /protection space|optional|partition/i, R_REALM),
];

export const KNOW4_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
