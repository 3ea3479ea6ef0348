import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 6, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions across an API platform team — gateway owners, SDK authors, docs writers, SEO people, QA, juniors. */

const R401 = 'RFC 9110 §15.5.2: 401 = the request lacks valid authentication credentials; the server MUST send WWW-Authenticate with at least one challenge';
const R401SENT = 'RFC 9110 §15.5.2: if the request carried credentials, 401 means authorization was refused for those credentials; the client may repeat with new or replaced Authorization';
const R401CH = 'RFC 9110 §11.6.1 / §11.5: WWW-Authenticate carries one or more challenges; realm names a protection space; the client answers with Authorization';
const R403 = 'RFC 9110 §15.5.4: 403 = understood but refused; credentials, if any, are insufficient; the client SHOULD NOT automatically repeat with the same credentials';
const R403BODY = 'RFC 9110 §15.5.4: a server that wants to make the reason public can describe it in the content; otherwise it may hide the resource with 404';
const R404H = 'RFC 9110 §15.5.4 / §15.5.5: a server that wishes to hide a forbidden resource MAY answer 404 ("not willing to disclose that one exists")';
const R404 = 'RFC 9110 §15.5.5: no current representation found; 404 says nothing about whether the lack is temporary or permanent';
const R410 = 'RFC 9110 §15.5.11: 410 = intentionally and likely permanently unavailable; if the server does not know it is permanent, use 404';
const R410OWN = 'RFC 9110 §15.5.11: not necessary to mark all gone resources or keep the mark for any length of time — left to the server owner';
const RCACHE = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 404, 405 and 410 are heuristically cacheable; other codes such as 401/403 are cached only with explicit freshness (Cache-Control/Expires)';
const RSHARED = 'RFC 9111 §3.5: a shared cache must not reuse a response to a request with Authorization unless it carries public, s-maxage or must-revalidate';
const R6750T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, bad signature) → 401';
const R6750S = 'RFC 6750 §3.1: insufficient_scope → 403, may carry the scope attribute; a new token with that scope is needed';
const R6750R = 'RFC 6750 §3.1: invalid_request (missing/duplicate/malformed parameter) → 400';
const R6750N = 'RFC 6750 §3: a request with no authentication information gets a challenge without an error code';
const R6750W = 'RFC 6750 §3: WWW-Authenticate MUST be sent on 401 and MAY be sent in response to other conditions (e.g. 403 insufficient_scope)';
const R6750D = 'RFC 6750 §3: error_description is human-readable ASCII text limited to %x20-21 / %x23-5B / %x5D-7E (no double quote, no backslash)';
const R6750Q = 'RFC 6750 §2.3 / §5.3: tokens in the URI query are discouraged because URLs end up in logs and history; use the Authorization header';
const RHIST = 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235, which had replaced RFC 2616/2617';
const RCLASS = 'RFC 9110 §15: a client that does not recognise a status code treats it as the x00 of its class (4xx → 400)';

const QUESTIONS: readonly Draft[] = [
  // ---- sre ×12
  k('sre', 'legacy svc sends 401 for "logged in but not admin". per 9110 what is 401 actually supposed to signal', /authenticat|credential/i, R401),
  k('sre', 'svc-a gets 403 w/ a perfectly valid token, someone in #incident says just refresh the token and retry. does re-authing ever fix a 403', /(won'?t|will not|doesn'?t|does not|not|never|unlikely to).{0,60}(help|fix|change|resolve|work)|SHOULD NOT (automatically )?repeat|same credentials|permission|grant|role/i, R403),
  k('sre', 'cdn kept serving a 410 for ~1h after we restored the page. origin sent no cache-control on it. is 410 cacheable by default or is the cdn being weird', /heuristic|cacheable by default|by default|without (explicit|any) (cache|freshness)|no (explicit )?cache-control needed/i, RCACHE),
  k('sre', 'lb logs: "HTTP/1.1 407 Proxy Authentication Required" from the egress proxy, not a 401 from upstream. which header comes w/ a 407', /Proxy-Authenticate/i, 'RFC 9110 §15.5.8: 407 is like 401 but for a proxy; it carries Proxy-Authenticate and the client answers with Proxy-Authorization'),
  k('sre', 'partner hammering /v2/search, today we answer 403 when they go over quota. is there a dedicated status for rate limiting instead', /\b429\b|too many requests/i, 'RFC 6585 §4: 429 Too Many Requests, optionally with Retry-After — not 403'),
  k('sre', 'WWW-Authenticate: Bearer realm="api", error="invalid_request" -- what status is supposed to go w/ invalid_request per 6750', /\b400\b|bad request/i, R6750R),
  k('sre', 'after a deploy the cdn cached 404s on a dynamic route for ages and real pages stayed missing. what controls how long a cdn holds a 404', /cache-control|max-age|s-maxage|no-store|no-cache|ttl|expires|heuristic/i, RCACHE),
  k('sre', 'client lib got a 4xx code it doesnt know (like 432), what should a generic client treat an unrecognised 4xx as', /\b400\b|x00|generic (client )?error|bad request/i, RCLASS),
  k('sre', 'gateway puts error_description="token bad: kid \\"abc\\" not found" in the bearer challenge and a client parser chokes. what chars are allowed in error_description', /ascii|printable|%x20|quot|backslash|\\|human.?readable/i, R6750D),
  k('sre', 'runbook still links rfc 7231 for the status code defs. is that still current or replaced', /9110/, RHIST),
  k('sre', 'sdk treats 410 from /v1/* as transient and retries 5x w/ backoff. should a client ever retry a 410', /(not|no|never|don'?t|shouldn'?t|pointless|no point).{0,40}(retry|repeat|retri)|permanent/i, R410),
  k('sre', 'robots.txt on docs host started returning 403 after the waf change. what does googlebot do w/ a 4xx robots.txt', /no robots|as if .{0,40}(no|missing|absent|not exist)|crawl (everything|all|anything)|no (crawl(ing)? )?restrictions|(allowed|free) to crawl|fully allowed|unrestricted/i, 'Google Search Central: a 4xx (except 429) on robots.txt is treated as if no robots.txt exists — crawling is unrestricted'),

  // ---- api ×12
  k('api', 'For an OAuth-protected endpoint, when the access token is valid but lacks a scope, which error code does RFC 6750 put in the WWW-Authenticate header, and can we tell the client which scope it needs?', /insufficient_scope/i, R6750S),
  k('api', 'If a request arrives with no Authorization header at all, should the Bearer challenge on our 401 include error="invalid_token"?', /(no|not|shouldn'?t|omit|without|leave out).{0,60}error|SHOULD NOT include/i, R6750N),
  k('api', 'GET /projects?owner=x matches nothing. Is a 404 the right signal for an empty filtered collection, or does the collection itself still exist?', /\b200\b|empty (list|array|collection|result)/i, R404),
  k('api', 'Before we start answering 410 on the v1 endpoints, is there a standard response header to announce the removal date to consumers in advance?', /sunset|deprecation/i, 'RFC 8594: the Sunset header announces when a resource is expected to become unavailable (RFC 9745 adds Deprecation)'),
  k('api', 'Can a single 401 response advertise both Basic and Bearer, and how is that expressed on the wire?', /(multiple|more than one|several|two|both).{0,60}(challenge|www-authenticate|header|field)|comma/i, R401CH),
  k('api', 'For a consumer that caches our responses, what is the practical difference in meaning between 404 and 410 — which one tells them the removal is deliberate and permanent?', /410/, R410),
  k('api', 'Is there a standard format for the JSON error body we attach to 401, 403 and 404 responses?', /9457|7807|problem(\+json| details)/i, 'RFC 9457 (obsoletes RFC 7807): Problem Details, application/problem+json'),
  k('api', 'RFC 9110 lists 402 Payment Required. What is its actual status in the spec — can we rely on clients understanding it for "plan does not include this feature"?', /reserved|future use|not (yet )?(defined|standardi[sz]ed|specified)|no (defined|standard) semantics/i, 'RFC 9110 §15.5.3: 402 is reserved for future use'),
  k('api', 'When a DELETE is repeated on a resource that is already gone, does idempotency require the second call to return the same status code as the first?', /state|effect|(can|may) (differ|be different)|not (required|need|necessar)|\b404\b|\b410\b|\b204\b/i, 'RFC 9110 §9.2.2: idempotence is about the intended effect on the server, not identical responses; a repeat may get 404/410'),
  k('api', 'Should we rewrite the reason phrase "Unauthorized" to "Unauthenticated" in our 401s — do clients depend on that text?', /ignore|not (rely|relied|significant|meaningful|used)|http\/2|no reason phrase|status code (itself|alone|number)|cosmetic|only the (code|number)/i, 'RFC 9112 §4: clients SHOULD ignore the reason-phrase; HTTP/2 and HTTP/3 do not carry one'),
  k('api', 'A user has edit permission but the project is archived so the change cannot be applied. What does RFC 9110 say 409 Conflict is meant for, as opposed to 403?', /conflict.{0,60}(current )?state|state of the (target )?resource|current state/i, 'RFC 9110 §15.5.10: 409 = conflict with the current state of the target resource, not an authorization refusal'),
  k('api', 'Once we send 410 for a URL, does RFC 9110 oblige us to keep answering 410 forever, or may we stop marking it gone after a while?', /discretion|owner|not (necessary|required|obliged)|no (requirement|obligation)|any length of time|(can|may) stop|up to (you|us|the server)/i, R410OWN),

  // ---- support ×12
  k('support', 'A customer says that when our API returned 401 to their in-browser tool, the browser popped up a username/password box. They want to know why some 401s do that.', /basic|digest|www-authenticate|challenge/i, R401CH),
  k('support', 'A customer is upset that our API says 404 for an invoice they swear exists — it belongs to a sister company in their group. Is it allowed by the spec to say 404 when the thing exists but they are not allowed to see it?', /hide|conceal|not willing to disclose|(not|without) (reveal|disclos)|(may|can|allowed|permitted).{0,80}(existence|exist)/i, R404H),
  k('support', 'A customer asks why their old product page still shows up in Google weeks after we deleted it and returned 404. Would 410 have helped?', /faster|sooner|quick|slightly|more (definitive|explicit|clearly)|permanent/i, 'RFC 9110 §15.5.11 / Google Search Central: 410 says the removal is deliberate and permanent; Google may drop it a little faster than a 404'),
  k('support', 'A customer\'s bot keeps retrying every second on our 403 and they ask whether that is what they are supposed to do. What does the spec say about repeating a request after a 403?', /(not|shouldn'?t|should not|no).{0,40}(repeat|retry|retri)|same credentials|change (in|of) (permission|access)|contact/i, R403),
  k('support', 'A customer\'s SEO agency flagged that our missing-article page shows "page not found" text but comes back with status 200. What is this called, and why is it a problem?', /soft[ -]?404/i, 'RFC 9110 §15.5.5 / seed: a missing resource should return 404; a 200 "not found" page is a soft 404 and gets indexed'),
  k('support', 'Customer says our 401 JSON says "token expired" but their SDK just gave up. Does a 401 mean it is worth trying again with fresh credentials?', /(yes|new|fresh|replaced|refresh|repeat|retry).{0,60}(credential|token|authorization)|re-?authenticat|log ?in again/i, R401SENT),
  k('support', 'A customer in one country gets 451 on a report that works elsewhere. What does 451 mean and how is it different from a plain 403?', /legal|law|court|government|censor|regulat/i, 'RFC 7725: 451 Unavailable For Legal Reasons, distinct from a permission refusal (403)'),
  k('support', 'A customer asks whether our 404 on their order number means it never existed or that it was deleted. Does a 404 say either way?', /(doesn'?t|does not|no|not|neither|can'?t|cannot|won'?t).{0,60}(say|tell|indicate|distinguish|know|reveal|specify)|either|whether/i, R404),
  k('support', 'A customer\'s network team sees our 401 with WWW-Authenticate: Basic realm="partners" and asks what the realm part is for.', /protection space|(group|set|area|partition|section|scope|space)|which (credentials|username|password|account)/i, R401CH),
  k('support', 'Customer says their valid token gets 401 from us only on one server whose clock is ten minutes behind. How can the clock cause a 401?', /clock|skew|time|exp|nbf|not yet valid|expired/i, R6750T),
  k('support', 'A customer\'s partner app gets 403 with error="insufficient_scope" from us. They ask whether just logging in again fixes it, or what they actually need.', /scope|consent|re-?authoriz|new token|grant/i, R6750S),
  k('support', 'The customer says their fetch() code never went into catch() when we returned 401, so the failure went unnoticed. Is that expected behaviour?', /response\.ok|\.ok\b|(doesn'?t|does not|won'?t|will not|not) (throw|reject)|resolves|only (rejects|throws) on network|network (error|failure)/i, 'Fetch standard: a 401/403/404 response resolves normally (ok = false); only network errors reject'),

  // ---- security ×12
  k('security', 'If we answer 404 to hide resources a caller may not see, is that merely security through obscurity — can it replace the access check itself?', /(not|never|doesn'?t|does not|can'?t|cannot).{0,40}(replace|substitute)|still (need|check|enforce|require)|defen[cs]e in depth|in addition|complement|on top of/i, R404H),
  k('security', 'We return 404 for resources the caller may not see, but that path takes 80 ms while a genuine 404 takes 5 ms. Does that leak anything?', /timing|side.?channel|existence|exist|enumerat/i, R404H),
  k('security', 'Is it fine for our tenant-isolation 403 to name the owning tenant in the response body? What does RFC 9110 say the 403 content is for?', /leak|disclos|reveal|information|generic|minimal|reason|explain|describe/i, R403BODY),
  k('security', 'An attacker walks /users/1..N and gets 403 for IDs that exist and 404 for IDs that do not. What is this weakness called and what is the usual fix?', /enumerat/i, R404H),
  k('security', 'For a JWT whose signature was made with the wrong key, which RFC 6750 error code goes in the challenge?', /invalid_token/i, R6750T),
  k('security', 'Should a 403 for insufficient_scope also carry a WWW-Authenticate header, or is that header reserved for 401?', /(may|can|allowed|permitted|optional|yes|should).{0,80}(www-authenticate|header|challenge)|www-authenticate.{0,80}(may|can|allowed|optional|also|too|as well)/i, R6750W),
  k('security', 'RFC 2616 said of 403 that "authorization will not help". Does RFC 9110 keep that sentence?', /no longer|dropped|removed|changed|reworded|relax|different|insufficient|not (in|the same|carried|kept|there|retained)/i, 'RFC 9110 §15.5.4: now "understood but refuses"; credentials, if provided, are insufficient — the 2616 wording is gone'),
  k('security', 'Does RFC 9110 allow a 401 when the request did include credentials, and what does it mean in that case?', /refused|rejected|not accepted|invalid|wrong|bad|failed/i, R401SENT),
  k('security', 'Our CDN sits in front of an API that returns per-user 403s. Can a shared cache serve one user\'s cached 403 to another user when requests carry an Authorization header?', /must not|not (be )?(stored|reused|served|cached)|won'?t|will not|unless.{0,60}(public|s-maxage|must-revalidate)|public|s-maxage|private|vary/i, RSHARED),
  k('security', 'Pen-test asks: when our API answers 404 to hide a forbidden resource, should its body and headers be identical to a genuine 404?', /identical|same|indistinguishable|consistent|match/i, R404H),
  k('security', 'A partner sends the access token as ?access_token=... and our 401 logs store the full URL. Is the query-string method acceptable?', /avoid|discourag|leak|expos|SHOULD NOT|shouldn'?t|not recommended|authorization header|last resort/i, R6750Q),
  k('security', 'Our internal tool answers 401 with WWW-Authenticate: Basic over plain http. Is Basic safe to challenge for without TLS?', /tls|https|encrypt|plain ?text|clear ?text|base64|not (secure|safe)|insecure/i, 'RFC 7617 §4: Basic sends credentials in cleartext (base64); it is not secure without TLS'),

  // ---- nonnative ×12
  k('nonnative', 'The 403 response, it can be stored by cache like the 404 or not? In our CDN I see some 403 cached and my lead say is impossible.', /explicit|cache-control|expires|max-age|only (if|when|with)|not (heuristic|cacheable by default|by default)/i, RCACHE),
  k('nonnative', 'I am junior, please explain me: when the server don\'t know if the page is gone for always, the RFC say to use 410 or 404?', /\b404\b/, R410),
  k('nonnative', 'What is the meaning of "Bearer" in "WWW-Authenticate: Bearer", and which RFC is defining it?', /6750/, 'RFC 6750 defines the Bearer scheme for OAuth 2.0 access tokens'),
  k('nonnative', 'Our docs are citing RFC 7235 section 3.1 for the 401. Now which document and section we should cite?', /9110.{0,60}15\.5\.2|15\.5\.2/, 'RFC 9110 §15.5.2 defines 401 (RFC 7235 is obsoleted)'),
  k('nonnative', 'Basic authentication, in which RFC it is now? The RFC 2617 is still valid or not?', /7617/, 'RFC 7617 defines Basic (obsoletes RFC 2617)'),
  k('nonnative', 'For the API with expired token, RFC 6750 say 401 or 403? My colleague tell 403 because the user is known.', /\b401\b|invalid_token/i, R6750T),
  k('nonnative', 'For a 401, the server must send which header, and the client answer back with which header? I always confuse them.', /www-authenticate[\s\S]{0,200}authorization|authorization[\s\S]{0,200}www-authenticate/i, R401CH),
  k('nonnative', 'In my team somebody return 404 when the HTTP method is wrong, like PUT on read-only URL. Which code is for this and what header must go with it?', /\b405\b[\s\S]{0,200}allow|allow[\s\S]{0,200}\b405\b/i, 'RFC 9110 §15.5.6: 405 Method Not Allowed MUST carry an Allow header'),
  k('nonnative', 'The 410 is only for resource that existed before? If the URL never exist, I can send 410 also?', /\b404\b|should ?n[o']t|only (for|when|if)|(previously|once|used to|had) exist/i, R410),
  k('nonnative', 'Our web app return 302 to the /login page when API call come without token. It is correct with the RFC or should be other thing?', /\b401\b/, R401),
  k('nonnative', 'What means "heuristically cacheable" for the 404? How the cache decide how long to keep it if we send no Cache-Control?', /last-modified|estimat|fraction|10 ?%|freshness lifetime|(its own|own) (algorithm|rule|choice)|decide/i, RCACHE),
  k('nonnative', 'Somebody tell me Google treat 401 and 403 same like 404 for the index. It is true?', /not (be )?index|drop|remov|de-?index|de-?list|same|similar|yes/i, 'Google Search Central: 4xx responses other than 429 are treated alike — the URL is not indexed / is dropped'),
];

export const KNOW6_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
