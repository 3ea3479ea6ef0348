import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 200, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only questions about what RFC 9110 and RFC 6750 say about 401/403/404/410, asked mostly by on-call SREs and support engineers, mixed with careful prose from API designers. */

const R401H = 'RFC 9110 §15.5.2 / §11.6.1: a server generating 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials; the user agent MAY repeat the request with a new or replaced Authorization header field';
const RWWWA = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in other response messages (e.g. 403) to indicate that supplying (different) credentials might affect the response';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; credentials provided are considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials';
const R403B = 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the current existence of a forbidden target resource MAY instead respond with 404 (Not Found)';
const R404 = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent; 410 is preferred if the origin knows the condition is likely permanent';
const R404H = 'RFC 9110 §15.5.5: 404 means the origin server did not find a current representation or is not willing to disclose that one exists';
const R410 = 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by telling recipients the resource is intentionally unavailable and that remote links to it should be removed';
const R410T = 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the discretion of the server owner';
const R410U = 'RFC 9110 §15.5.11: if the origin server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const RCACHE = 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable by default; 401 and 403 are not, so they need explicit freshness information to be cached';
const RRFC = 'RFC 9110 (June 2022) is the current HTTP semantics specification; it obsoletes RFC 7231 (which had defined 403/404/410) and RFC 7235 (authentication), which in turn replaced RFC 2616';
const R6750E = 'RFC 6750 §3.1: invalid_request -> 400 Bad Request, invalid_token -> 401 Unauthorized, insufficient_scope -> 403 Forbidden';
const R6750N = 'RFC 6750 §3: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information in the challenge';
const R6750S = 'RFC 6750 §3: the scope attribute is a space-delimited, case-sensitive list of scope values';
const R6750D = 'RFC 6750 §3: error_description gives developers a human-readable explanation that is not meant to be displayed to end users';
const R6750Q = 'RFC 6750 §2.3: the URI query parameter method SHOULD NOT be used unless it is impossible to send the token in the Authorization header or the request body';
const RREALM = 'RFC 9110 §11.5: the realm parameter, together with the canonical root URI, defines a protection space that partitions a server\'s protected resources';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme is identified by a case-insensitive token';
const R407 = 'RFC 9110 §15.5.8: 407 (Proxy Authentication Required) is the proxy analogue of 401, with Proxy-Authenticate / Proxy-Authorization';
const R401V403 = 'RFC 9110 §15.5.2 vs §15.5.4: 401 means the request lacks valid authentication credentials; 403 means the server understood and refuses to fulfill it';

const QUESTIONS: readonly Draft[] = [
  k('sre', 'gateway is returning 401 to the mobile app. which response header is the spec saying a 401 has to carry',
    /www-authenticate/i, R401H),
  k('api', 'Our framework emits a 401 whose WWW-Authenticate header is present but empty. Is that conformant, or does RFC 9110 require something specific inside that header?',
    /at least one|one or more|(must|needs? to|has to|required to|requires?)[^.]{0,60}challenge/i, R401H),
  k('security', 'Our API adds "WWW-Authenticate: Bearer error=insufficient_scope" to its 403 responses. Reviewer says that header belongs on 401 only. Is a server allowed to put WWW-Authenticate on a 403?',
    /\byes\b|(may|can|allowed|permitted)[^.]{0,60}(other|non-401|any)\s+(response|status|message)|403[^.]{0,40}(may|can)\s+(also\s+)?(include|carry|contain|send|have)/i, RWWWA),
  k('support', 'customer swears they sent a token in the request and still got 401. per the RFC what does a 401 mean when credentials were actually included',
    /(refus|reject|invalid|not (valid|accepted)|wrong|bad|expired)[^.]{0,60}(credential|token)|(credential|token)[^.]{0,60}(refus|reject|invalid|not (valid|accepted)|wrong|bad|expired)/i, R401C),
  k('sre', 'after a 401 the client is allowed to retry right. which request header is it supposed to put the new creds in',
    /(?<!proxy-)authorization/i, R401C),
  k('sre', 'batch job keeps getting 403 with a perfectly valid token. should the client just auto retry with the same creds until it goes through',
    /should not|shouldn'?t|must not|do not|don'?t|not (automatically )?(retry|repeat)|no point|won'?t help|will not help|not help|\bno\b[,.]/i, R403),
  k('nonnative', 'When server is give me 403 and I did send my credentials, what the RFC is saying about my credentials exactly?',
    /insufficient|not sufficient|not enough|aren'?t enough|are not enough|do(es)? not grant|do(es)?n'?t grant/i, R403),
  k('api', 'May a 403 response body explain to the client why the request was refused, or is the content of a 403 expected to stay opaque?',
    /\byes\b|\b(may|can|allowed|permitted|free to)\b(?!\s+not)[^.]{0,60}(reason|why|explain|describe|body|content)/i, R403B),
  k('support', 'user on a ticket asks if a 404 means the page will come back later or is gone forever. what does the http spec actually say a 404 tells you about that',
    /(does not|doesn'?t|no|not|nor)[^.]{0,50}(indicat|say|tell|specify|signal|distinguish|imply|convey)[^.]{0,60}(temporar|permanen)|(neither|either)[^.]{0,30}(temporar|permanen)/i, R404),
  k('security', 'Does RFC 9110 allow 404 to mean "we will not tell you whether this exists", or is 404 strictly a statement that nothing is there?',
    /(not willing|unwilling|doesn'?t want|does not want|refus|declin|choos)[^.]{0,40}(disclos|reveal|tell|admit|confirm)|(disclos|reveal)[^.]{0,40}exist/i, R404H),
  k('api', 'We would like to conceal the existence of resources a caller is not permitted to see. Which status code does RFC 9110 say an origin server may send in place of 403 for that purpose?',
    /\b404\b|not found/i, R403H),
  k('sre', 'we flipped a bunch of retired endpoints to 410. how long does the rfc say we have to keep serving 410 before we can just delete the route',
    /no (required|fixed|minimum|set|specific|mandated|defined|particular)|not (required|necessary|specified|mandated)|(any|no particular) length of time|discretion|up to (you|the (server|site|origin|service) ?(owner|operator)?)|your (call|choice)/i, R410T),
  k('nonnative', 'If I am not really sure the deleted thing is gone for ever, I still should use 410 or there is another code for this?',
    /\b404\b|not found/i, R410U),
  k('api', 'What is 410 Gone primarily intended for, according to RFC 9110, as opposed to simply returning 404?',
    /(remov|delet|drop|clean|purg|updat)[^.]{0,40}(link|bookmark|reference)|(link|bookmark|reference)[^.]{0,40}(remov|delet|drop|clean|purg|updat)|web maintenance/i, R410),
  k('sre', 'is a 404 cacheable by default or only when we send cache-control on it',
    /heuristic|\byes\b|(?<!not |n't |never )cacheable by default/i, RCACHE),
  k('support', 'customer restored a page but their CDN kept serving the old 410 for a while. they never sent Cache-Control on the 410. is a 410 cacheable by default even without that header',
    /heuristic|\byes\b|(?<!not |n't |never )cacheable by default/i, RCACHE),
  k('security', 'Can a shared cache heuristically store a 403 response that carried no explicit freshness information (no Cache-Control max-age, no Expires)?',
    /\bno\b|not heuristically|not (cacheable|cached|stored)|can ?not|can'?t|must not|only (with|if|when)[^.]{0,40}(explicit|cache-control|expires|max-age|freshness)|not (among|in|on|part of)[^.]{0,40}(heuristic|list|default)/i, RCACHE),
  k('nonnative', 'Which RFC is the current one now for the meaning of HTTP status codes? My team still is quoting RFC 2616 in the docs.',
    /9110/, RRFC),
  k('api', 'Before RFC 9110 was published, which RFC held the normative definitions of 403, 404 and 410?',
    /7231/, RRFC),
  k('sre', 'bearer token request came in malformed, missing a required param. what status does rfc 6750 say for invalid_request',
    /\b400\b|bad request/i, R6750E),
  k('support', 'A customer\'s access token has expired and they call our API with it. Per RFC 6750, which HTTP status should the API answer with?',
    /\b401\b/, R6750E),
  k('security', 'token is valid but missing the scope the endpoint needs. which status code goes with insufficient_scope in rfc 6750',
    /\b403\b|forbidden/i, R6750E),
  k('api', 'Under RFC 6750, when a request arrives with no authentication information at all, should the Bearer challenge in the 401 include an error attribute such as error="invalid_token"?',
    /should not|shouldn'?t|\bno\b|omit|leave (it )?out|without (an |the |any )?error|not include/i, R6750N),
  k('nonnative', 'In the Bearer challenge there is scope attribute. How I must write it when the endpoint need many scopes, what is separator?',
    /space[- ]?(delimited|separated)|separated by (a |single )?spaces?|spaces? (between|as)/i, R6750S),
  k('support', 'what does the realm thing mean in "WWW-Authenticate: Basic realm=\\"staff\\"", customer is asking and i dont know',
    /protect(ion|ed)?[^.]{0,20}(space|area|resources|zone|scope|region|set|section|part)|partition/i, RREALM),
  k('sre', 'one client sends "bearer" in lower case in the Authorization header and our proxy rejects it. is the auth scheme name case sensitive per the rfc',
    /case[- ]?insensitive|not case[- ]?sensitive|isn'?t case[- ]?sensitive|case (does not|doesn'?t) matter/i, RSCHEME),
  k('sre', 'corporate proxy wants creds before forwarding. is that also a 401 or is there a separate code',
    /\b407\b|proxy authentication required/i, R407),
  k('support', 'need a one-liner for the help center: what does 401 mean compared to 403',
    /401(?:(?!403)[^.;]){0,100}(not (yet )?authenticated|unauthenticated|(missing|no|lacks?|lacking|invalid|without|absent|bad)[^.]{0,25}(credential|authentication|token|log ?in)|who you are|identify|log ?in|sign ?in)/i, R401V403),
  k('api', 'Is it acceptable for clients to pass a bearer access token in the URI query string (access_token=...), or does RFC 6750 discourage that?',
    /should not|shouldn'?t|not recommended|discourage|avoid|last resort|only (if|when)[^.]{0,60}(impossible|cannot|can'?t|not possible|unable)/i, R6750Q),
  k('support', 'can we show the error_description from the WWW-Authenticate header straight to end users in the app or is that not what its for',
    /developer|not (meant|intended|designed|for)[^.]{0,40}(end[- ]?users?|users?|display)/i, R6750D),
];

export const UNSEEN200_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
