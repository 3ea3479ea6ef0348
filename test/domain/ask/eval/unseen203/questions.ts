import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 203, written by a blind writer who never read the parser, its tests, or any other question set. Angle: platform/infra engineers running gateways, proxies and CDNs asking what the RFCs say, mostly in chat shorthand. */

const R401 = 'RFC 9110 §15.5.2: a 401 response MUST carry a WWW-Authenticate field with at least one challenge applicable to the target resource';
const R401R = 'RFC 9110 §15.5.2: if the request carried credentials, 401 means they were refused; the user agent MAY repeat the request with a new or replaced Authorization field';
const RWWWA = 'RFC 9110 §11.6.1: a server MAY send WWW-Authenticate in other responses (e.g. 403) to show that (different) credentials might change the response';
const R403 = 'RFC 9110 §15.5.4: with credentials present, 403 means they are insufficient; the client SHOULD NOT automatically repeat the request with the same credentials';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of a representation is temporary or permanent';
const R410U = 'RFC 9110 §15.5.11: if the origin does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R404C = 'RFC 9110 §15.5.5 / §15.1: a 404 response is heuristically cacheable unless the method or explicit cache controls say otherwise';
const R410C = 'RFC 9110 §15.5.11 / §15.1: a 410 response is heuristically cacheable unless the method or explicit cache controls say otherwise';
const R403C = 'RFC 9110 §15.1: 403 is not in the list of heuristically cacheable codes, so it is only cached with explicit freshness information';
const RHEUR = 'RFC 9111 §4.2.2: heuristic freshness lets a cache assign its own freshness lifetime when no explicit expiration is given (e.g. a fraction, typically 10%, of the time since Last-Modified)';
const RNOSTORE = 'RFC 9111 §5.2.2: Cache-Control no-store (or no-cache / private / max-age=0) overrides heuristic caching of a 404';
const RAUTHC = 'RFC 9111 §3.5: a shared cache must not reuse a response to a request with Authorization unless the response has public, s-maxage or must-revalidate';
const R410T = 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner\'s discretion';
const R410P = 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and that remote links to it should be removed';
const RRFC = 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235, which defined 403/404/410 and 401 before';
const R6750T = 'RFC 6750 §3.1: an expired, revoked or malformed access token is invalid_token, sent with 401';
const R6750R = 'RFC 6750 §3.1 / §2: using more than one method to transmit the token is invalid_request, sent with 400';
const R6750A = 'RFC 6750 §3: the scope attribute is a space-delimited list of scope values needed to access the resource';
const R6750D = 'RFC 6750 §3: error_description carries a human-readable explanation of the error';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const RREALM = 'RFC 9110 §11.5: the realm parameter identifies a protection space on the origin server';
const RREALMC = 'RFC 9110 §11.5: the realm value is a case-sensitive string, so differently cased realms are different protection spaces';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme is a case-insensitive token';
const RBEARER = 'RFC 6750 §3: OAuth 2.0 access tokens use the "Bearer" authentication scheme in WWW-Authenticate';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: a proxy requiring authentication sends 407 with a Proxy-Authenticate challenge, not 401';
const RPROXY = 'RFC 9110 §11.6.2: a proxy forwarding a request MUST NOT modify any Authorization header fields in that request';

const QUESTIONS: readonly Draft[] = [
  // WWW-Authenticate on 401 / other responses
  k('sre', 'gateway returns 401 on expired sessions, whats the one header 9110 says it has to send back with it', /WWW-Authenticate/i, R401),
  k('api', 'Can a 401 response list several authentication challenges, and what is the minimum RFC 9110 requires the response to contain?', /at least one|one or more|1 or more|minimum (of )?(one|1)|a single challenge (at )?(least|minimum)/i, R401),
  k('security', 'Our WAF answers some blocked requests with 403 and also attaches a WWW-Authenticate header. Is a WWW-Authenticate field even permitted on a 403 response?', /\byes\b|\bmay\s+(also\s+)?(send|include|carry|generate|be sent|be included|contain|appear|attach)|\b(is|are|it.?s|its)\s+(explicitly\s+)?(allowed|permitted|fine|valid|legal|ok(ay)?|acceptable)\b|other respon/i, RWWWA),

  // client behaviour after 403 / 401
  k('sre', 'user keeps hammering the same token after a 403 from the edge, is retrying with the same creds ever gonna help', /(should ?n[o'’]?t|won[o'’]?t|will not|doesn[o'’]?t|does not|not|never|unlikely to) (\w+ ){0,3}(help|change|repeat|retry|succeed|work|fix)/i, R403),
  k('nonnative', 'When client get a 401 but it already did send credentials in the request, what it means and can client try again?', /(new|different|replaced|replacement|other|another|fresh|updated|valid|correct|renewed|refreshed)\s+(\w+\s+)?(credential|token|authorization|password|login)/i, R401R),

  // hiding existence
  k('sre', 'secteam wants 404 instead of 403 on tenant routes so nobody can probe ids that belong to other tenants, is that actually legit per 9110', /\byes\b|explicitly (allow|permit)|\bmay (instead )?(respond|return|use|send|answer|reply)|(is|are|it.?s|its) (explicitly )?(allowed|permitted|legit(imate)?|fine|valid|ok(ay)?|acceptable|sanctioned)\b/i, R404H),

  // 404 vs 410 permanence
  k('support', 'A customer asks whether our 404 page means the page is gone forever or just missing for now. What does a 404 actually say about that?', /(does ?n[o'’]?t|doesn[o'’]?t|not|no|neither|never|nothing) (\w+ ){0,4}(indicate|say|tell|specify|distinguish|signal|convey|reveal|imply|about|information|info|guarantee)|temporary or permanent|permanent or temporary|temporarily or permanently|permanently or temporarily/i, R404U),
  k('sre', 'nuked a bucket prefix, no clue if product wants it back later, 404 or 410 from the cdn', /(use|return|send|stick with|go with|serve|answer with|respond with|keep) (a |with )?404|404 (is|it is|its|it.s|would be) (the )?(right|correct|appropriate|better|safer|preferred|way)|ought to be used|404 .{0,30}(instead|unless|until)/i, R410U),

  // default cacheability
  k('sre', 'cdn is caching our 404s even tho origin sends zero cache-control, is that allowed or is the cdn broken', /(?<!not |n[o'’]t )heuristically cach|heuristic(ally)? (freshness|expiration|caching|ttl|lifetime)|(?<!not )cacheable by default|(?<!not )cacheable (even )?without/i, R404C),
  k('nonnative', 'Is 410 response can be cached by proxy even if there is no Cache-Control header at all? My colleague say no.', /(?<!not |n[o'’]t )heuristically cach|heuristic(ally)? (freshness|expiration|caching|ttl|lifetime)|(?<!not )cacheable by default|(?<!not )cacheable (even )?without/i, R410C),
  k('security', 'Is a 403 response heuristically cacheable by default in the same way RFC 9110 makes a 404 cacheable?', /(not|isn[o'’]?t|isnt|never) (\w+ ){0,2}heuristic|not (in|on|part of|among|included in) the (list|set)|only (if|when|with) (\w+ ){0,4}explicit|(needs?|requires?|requiring) (\w+ ){0,3}explicit/i, R403C),

  // cache mechanics
  k('sre', 'what does heuristically cacheable actually mean for our edge ttl when origin sets nothing', /(no|without|absence of|lacks?|lacking|missing|absent) (\w+ ){0,3}(explicit|cache-control|expir|max-age|freshness)|last-modified|10 ?%|own (\w+ ){0,2}(freshness|ttl|lifetime|expir)/i, RHEUR),
  k('api', 'We do not want any CDN to store our 404 responses at all. What should the origin send, according to the HTTP caching rules, to override the default?', /no-store|no-cache|max-age\s*=\s*0|\bprivate\b|s-maxage\s*=\s*0/i, RNOSTORE),
  k('sre', 'edge got a req carrying an Authorization header, can the shared cache keep the response and serve it to other users', /\bpublic\b|s-maxage|must-revalidate/i, RAUTHC),

  // 410 semantics
  k('support', 'We removed a product page and return 410 now. How long are we required to keep returning 410 before we can let it fall back to 404?', /no (\w+ ){0,3}(requirement|required|minimum|fixed|set|specific|mandated|obligation|rule|period|duration)|discretion|up to (you|the server|the (site |server )?owner)|not (\w+ ){0,2}(required|necessary|mandated|specified|obligated)|any length of time|as long as you (like|want)/i, R410T),
  k('api', 'Beyond "the resource is not here", what is the 410 Gone status primarily meant to tell recipients such as link checkers?', /(remove|delete|drop|purge|clean)\w* (\w+ ){0,3}(links?|references?|bookmarks?)|links? (\w+ ){0,4}(be |get )?(removed|deleted|dropped|purged|cleaned)|intentional/i, R410P),

  // which RFC is current
  k('sre', 'runbook still cites rfc 7231 for 403 and 404, which rfc is current now', /9110/, RRFC),
  k('nonnative', 'In our old wiki it say the 401 is defined in RFC 7235. This is still correct or there is a newer document?', /9110/, RRFC),

  // RFC 6750 error codes
  k('sre', 'bearer token expired at the gateway, which rfc 6750 error code goes in the challenge', /invalid_token/i, R6750T),
  k('security', 'A client sends its bearer token both in the Authorization header and in the access_token query parameter of the same request. What error and status does RFC 6750 say the resource server should answer with?', /\b400\b|invalid_request/i, R6750R),

  // RFC 6750 challenge attributes
  k('sre', 'gateway says insufficient_scope, can i tell the client which scopes it was missing right in the header', /scope\s*=|scope (attribute|param|parameter|field)|["'`]scope["'`]/i, R6750A),
  k('api', 'Which attribute of a Bearer WWW-Authenticate challenge carries a human-readable explanation of the error?', /error_description/i, R6750D),
  k('sre', 'anon req with no token at all hits the api, should the bearer challenge still carry error=invalid_token', /(should ?n[o'’]?t|shouldn[o'’]?t|don[o'’]?t|do not|no need to|omit|leave out|without|not include|not send|no) (\w+ ){0,4}(error|code)|just (\w+ ){0,3}(Bearer|realm)/i, R6750N),

  // realm
  k('security', 'What does the realm parameter in a WWW-Authenticate challenge actually represent?', /protection space|protected (area|space|zone|partition|region)|partition|scope of protection|set of (\w+ ){0,3}(resources|uris|pages|urls)|which (\w+ ){0,3}(area|space|part|resources)/i, RREALM),
  k('nonnative', 'Realm value "API" and "api", it is the same realm or different? Our gateway is comparing them ignoring the case.', /(?<!not |n[o'’]t )case[- ]?sensitive|different (realms?|protection spaces?|values?)|(are|is) (not|n[o'’]t) (the )?same|distinct/i, RREALMC),

  // auth scheme
  k('sre', 'client sends lowercase bearer in the auth header and our gateway 401s it, is the scheme name case sensitive or not', /case[- ]?insensitive|not case[- ]?sensitive|isn[o'’]?t case[- ]?sensitive|ignor(e|es|ed|ing) (the )?case|any case|regardless of case/i, RSCHEME),
  k('support', 'A developer asks which authentication scheme name appears in the 401 challenge when an API is protected with OAuth 2.0 access tokens. What do I tell them?', /\bBearer\b/i, RBEARER),

  // proxies
  k('sre', 'fwd proxy in front of egress wants creds from clients, do we send a 401 like the origin would', /\b407\b|Proxy-Authenticate/i, R407),
  k('security', 'Is a forward proxy allowed to rewrite or strip the Authorization header of a request it forwards to the origin?', /must ?n[o'’]?t|mustn[o'’]?t|not (\w+ ){0,2}(allowed|permitted)|may not|cannot|can[o'’]?t|is prohibited|forbidden to/i, RPROXY),
];

export const UNSEEN203_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
