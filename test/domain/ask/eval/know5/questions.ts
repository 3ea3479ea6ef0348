import { type Draft, type EvalQuestion, k } from '../questions';

/** Held-aside evaluation set 5, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions only, asked by people across an engineering org: on-call SREs reading dashboards, API designers writing specs, support staff explaining errors to customers, security reviewers, juniors learning HTTP, non-native speakers. */

const R401 = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource';
const R401H = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization was refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field';
const R401N = 'RFC 9110 §15.5.2: "Unauthorized" is about missing or invalid authentication, not about permissions';
const RCHAL = 'RFC 9110 §11.6.1: WWW-Authenticate may contain more than one challenge';
const RREALM = 'RFC 9110 §11.5: the realm parameter identifies a protection space';
const RAUTHZ = 'RFC 9110 §11.6.2: the client sends its credentials in the Authorization request header field';
const R403 = 'RFC 9110 §15.5.4: 403 means the server understood the request but refuses to fulfill it; credentials are not the problem';
const R403R = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials';
const R403W = 'RFC 9110 §15.5.4: a server that wishes to make public why the request is forbidden can describe the reason in the content; it is optional';
const R403S = 'Seed: re-authenticating will not help with 403; the user should contact an administrator';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource MAY answer 404 instead';
const R404 = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of a representation is temporary or permanent';
const R404C = 'RFC 9110 §15.5.5 and §15.1: 404 is heuristically cacheable by default';
const R410 = 'RFC 9110 §15.5.11: 410 means access is no longer available and the condition is likely permanent, intentionally';
const R410K = 'RFC 9110 §15.5.11: 410 only if the origin knows (presumably by configurable means) that the condition is permanent; otherwise 404';
const R410C = 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default';
const R410T = 'RFC 9110 §15.5.11: no need to keep the 410 mark for any length of time; left to the discretion of the server owner';
const R410SEO = 'RFC 9110 §15.5.11: 410 asks for remote links to be removed; crawlers typically drop 410 URLs sooner than 404 URLs';
const RNOCACHE = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 401 and 403 are not heuristically cacheable; they need explicit freshness (Cache-Control) to be cached';
const RCLASS = 'RFC 9110 §15: a client MUST treat an unrecognized status code as the x00 code of its class (4xx → 400)';
const R4XX = 'RFC 9110 §15.5: 4xx is the Client Error class';
const R405 = 'RFC 9110 §15.5.6: the origin server MUST generate an Allow header field in a 405 response';
const R407 = 'RFC 9110 §15.5.8: 407 is like 401 but the client must authenticate to a proxy; the proxy sends Proxy-Authenticate';
const R409 = 'RFC 9110 §15.5.10: 409 means a conflict with the current state of the target resource';
const R422 = 'RFC 9110 §15.5.21: 422 Unprocessable Content — syntax is correct but the instructions cannot be processed; 400 is for malformed requests';
const R429 = 'RFC 6585 §4: 429 Too Many Requests, optionally with Retry-After';
const RRA = 'RFC 9110 §10.2.3: Retry-After tells the client how long to wait';
const R451 = 'RFC 7725: 451 Unavailable For Legal Reasons';
const R9110 = 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235 as the current HTTP semantics';
const RIDEM = 'RFC 9110 §9.2.2: idempotency is about the intended effect on server state, not about the status code returned';
const RHEAD = 'RFC 9110 §9.3.2: HEAD is identical to GET except no content is sent, so the status is the same';
const RSOFT = 'Seed: a soft 404 is a 200 response with "page not found" content';
const RBASE = 'Seed: a baseline of 404s is normal; alert on spikes and on URLs that were recently 200';
const RENUM = 'RFC 9110 §15.5.4/§15.5.5: differing responses reveal which resources exist (enumeration); 404 can hide existence';
const R6750E = 'RFC 6750 §3.1: error codes are invalid_request, invalid_token, insufficient_scope';
const R6750Q = 'RFC 6750 §3.1: invalid_request → 400';
const R6750T = 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed tokens → 401';
const R6750S = 'RFC 6750 §3.1: insufficient_scope → 403, and the response MAY include the scope attribute';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code';
const R6750D = 'RFC 6750 §3: error_description is human-readable text to help the client developer';
const R6750U = 'RFC 6750 §2.3: the URI query parameter method SHOULD NOT be used (tokens get logged)';
const R6750F = 'RFC 6750 §3.1: insufficient_scope means the token needs more scope; the client must obtain a new token with the required scope';
const R7617 = 'RFC 7617 defines the Basic authentication scheme';

const QUESTIONS: readonly Draft[] = [
  // ---- sre ×12
  k('sre', 'dashboards show a 401 spike right after the deploy. what does 401 actually mean per the spec, bad creds or missing perms', /credential|authenticat/i, R401),
  k('sre', 'is a 404 cacheable by default or does the cdn only keep it if we set cache-control', /heuristic|cacheable by default/i, R404C),
  k('sre', 'does 410 get cached by default too or is that only a 404 thing', /heuristic|cacheable/i, R410C),
  k('sre', 'are 403s heuristically cacheable? wondering if the edge could be serving stale forbiddens', /\bnot\b|\bno\b|explicit|Cache-Control|max-age/i, RNOCACHE),
  k('sre', 'lb rewrote some responses and now clients complain about 401 w/o the auth header. which response header is a 401 required to carry', /WWW-Authenticate/i, R401H),
  k('sre', 'seeing 407s in the egress proxy logs instead of 401s, what is 407 exactly', /proxy/i, R407),
  k('sre', 'whats the header that tells a client how long to back off after a 429 or 503', /Retry-After/i, RRA),
  k('sre', 'nginx logs have 499 and some weird 4xx codes. per the http spec how is a client supposed to treat a status code it doesnt recognise', /\b400\b|x00/i, RCLASS),
  k('sre', 'should i page on 404s at all? we always have a few hundred an hour', /normal|baseline|expected|spike/i, RBASE),
  k('sre', 'per rfc is a client supposed to auto retry after a 403', /should not|shouldn't|not (?:auto|retry|repeat)|don'?t (?:auto|retry)|no (?:automatic )?retr|same credentials/i, R403R),
  k('sre', 'uptime monitor distinguishes 404 and 410, what is the actual difference in meaning between them', /permanent|for good/i, R410),
  k('sre', 'which rfc defines 429 Too Many Requests, its not in the old 7231 right', /6585/, R429),

  // ---- api ×12
  k('api', 'writing the api spec, which RFC is the current reference for http status codes? still 7231?', /9110/, R9110),
  k('api', 'what is the official reason phrase for 422 now and which rfc defines it', /Unprocessable Content|9110/i, R422),
  k('api', 'what header MUST a 405 Method Not Allowed response include', /\bAllow\b/, R405),
  k('api', 'what does 409 Conflict mean exactly, how is it different from 403', /conflict|current state/i, R409),
  k('api', 'DELETE is supposed to be idempotent, so is it a violation if the second identical DELETE returns 404 instead of 204', /state|effect/i, RIDEM),
  k('api', 'what error codes does RFC 6750 define for bearer token errors', /(?=[\s\S]*invalid_request)(?=[\s\S]*invalid_token)(?=[\s\S]*insufficient_scope)/i, R6750E),
  k('api', 'in the WWW-Authenticate for an insufficient_scope error, can we tell the client which scope it would need', /scope\s*=|scope (?:attribute|parameter)|\byes\b|\bmay\b/i, R6750S),
  k('api', 'if a request comes in with no token at all, should our 401 bearer challenge include error="invalid_token"', /should not|shouldn't|no error|without (?:an? )?error|omit|not include|\bno\b/i, R6750N),
  k('api', 'what http status does RFC 6750 tie to the invalid_request error', /400/, R6750Q),
  k('api', 'does a HEAD request get the same status code as GET would, e.g. 404 for a missing resource', /same|identical|\byes\b/i, RHEAD),
  k('api', 'can one 401 response offer more than one auth scheme, like Bearer and Basic challenges together', /\byes\b|multiple|more than one|several|\bcan\b|\bmay\b/i, RCHAL),
  k('api', 'once we start returning 410 for a retired endpoint, do we have to keep returning 410 forever', /not (?:necessary|required|obliged)|up to|owner|discretion|any length/i, R410T),

  // ---- support ×12
  k('support', 'customer sees "403 Forbidden" on their screen, how do i explain in plain words what it means', /permission|not allowed|refus|access/i, R403),
  k('support', 'customer got 401 Unauthorized, will logging in again usually fix it?', /log ?in|sign ?in|credential|authenticat/i, R401),
  k('support', 'customer keeps getting 403, they ask if logging out and back in will help. will it', /won'?t|will not|not help|doesn'?t help|does not help|unlikely|permission|role|admin/i, R403S),
  k('support', 'what does 410 Gone mean when a customer clicks an old link', /permanent|for good|no longer|removed/i, R410),
  k('support', 'does a 404 mean the thing was deleted? customer is panicking', /not (?:necessarily|say|indicate|tell)|doesn'?t (?:say|tell|indicate|mean|necessarily)|does not|may|might|could|never existed/i, R404),
  k('support', 'why is 401 called "Unauthorized" if its really about logging in', /authenticat/i, R401N),
  k('support', 'customer says search console flags "soft 404" on their pages. what is a soft 404', /200/, RSOFT),
  k('support', 'who should a customer contact when they get a 403', /admin|owner|permission/i, R403S),
  k('support', 'need one sentence for the help center: difference between 401 and 403', /(?=[\s\S]*(?:authenticat|credential|log ?in|sign ?in|identity))(?=[\s\S]*(?:permission|allow|authori|access))/i, R403),
  k('support', 'customer got a 451 error, what does 451 mean', /legal/i, R451),
  k('support', 'is a 404 a server problem or a problem with the request? customer insists our server is broken', /client/i, R4XX),
  k('support', 'customer got 429 and asks how long they should wait, where would that info be', /Retry-After/i, RRA),

  // ---- security ×12
  k('security', 'is it acceptable per the rfc to return 404 instead of 403 so we dont reveal that a resource exists', /\bmay\b|allowed|permitted|\byes\b|acceptable/i, R404H),
  k('security', 'which section of rfc 9110 allows answering 404 in place of 403 to hide a resource', /15\.5\.4|15\.5\.5/, R404H),
  k('security', 'error_description in the bearer WWW-Authenticate challenge: who is it meant for, end users or developers', /developer|human/i, R6750D),
  k('security', 'a partner wants to pass access_token in the query string. what does rfc 6750 say about that', /not recommended|should not|shouldn'?t|discourag|avoid|log|leak/i, R6750U),
  k('security', 'what is the realm parameter in WWW-Authenticate for', /protection space|protect/i, RREALM),
  k('security', 'what do you call the attack where different status codes for existing vs non existing accounts let someone map out valid ids', /enumerat/i, RENUM),
  k('security', 'if the request DID include credentials and the server answers 401, what does that tell the client about those credentials', /refused|rejected|not (?:valid|accepted)|invalid/i, R401C),
  k('security', 'is a 403 response required to explain why access was denied', /\bmay\b|optional|not (?:required|obligat|mandatory)|choose|\bcan\b|\bno\b/i, R403W),
  k('security', 'what error code does RFC 6750 use for an expired or revoked access token', /invalid_token/i, R6750T),
  k('security', 'insufficient_scope in RFC 6750, what status code goes with it', /403/, R6750S),
  k('security', 'which RFC defines the Basic auth scheme nowadays', /7617/, R7617),
  k('security', 'which request header carries the client credentials in http auth', /Authorization/i, RAUTHZ),

  // ---- nonnative ×12
  k('nonnative', 'please explain me what mean 410 Gone, it is different than 404?', /permanent|for good|intentional/i, R410),
  k('nonnative', 'in RFC 9110 the 404 code say the resource missing is temporary or permanent?', /not (?:indicate|say|specify|tell)|doesn'?t|does not|neither|either|no indication/i, R404),
  k('nonnative', 'what is the header name which server must send together with 401 response', /WWW-Authenticate/i, R401H),
  k('nonnative', 'after 403 code, the client is allowed to repeat same request with same credential?', /should not|shouldn'?t|not (?:auto|repeat|retry)|\bno\b/i, R403R),
  k('nonnative', 'which one is newer, RFC 7231 or RFC 9110, and the old one is still valid?', /obsolet|replace|supersed/i, R9110),
  k('nonnative', 'for 410 status, who decide it is permanent? server must know it?', /know|configur|owner|404/i, R410K),
  k('nonnative', 'what is difference of 400 and 422, i am confuse', /syntax|malformed|semantic|understand|well-formed|process/i, R422),
  k('nonnative', 'google crawler when it receive 410, it remove the page more fast than with 404?', /faster|sooner|quick|slightly/i, R410SEO),
  k('nonnative', 'when proxy need authentication, which header the proxy send to client?', /Proxy-Authenticate/i, R407),
  k('nonnative', 'after 401, user agent can send request again with new Authorization header? it is allowed?', /\byes\b|\bmay\b|\bcan\b|allowed/i, R401R),
  k('nonnative', 'what means the insufficient_scope error and how client can fix it?', /(?:new|another|different) (?:access )?token|re-?authori[sz]|(?:more|additional|required|broader|wider|greater) scope/i, R6750F),
  k('nonnative', 'what mean "heuristically cacheable", the 404 is this kind?', /\byes\b|is heuristically|are heuristically|by default|without (?:explicit|cache)|freshness/i, R404C),
];

export const KNOW5_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
