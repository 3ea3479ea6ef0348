import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 353, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions from people new to HTTP (support agents, product managers, junior developers, non-native speakers), plainly worded, topics spread wide. */

const R401 = 'RFC 9110 §15.5.2: a 401 MUST carry a WWW-Authenticate field with at least one challenge; if the request had credentials, 401 means they were refused; the client MAY repeat the request with a new or replaced Authorization field';
const RAUTHZ = 'RFC 9110 §11.6.2: the Authorization request header field carries the user agent\'s credentials';
const R403 = 'RFC 9110 §15.5.4: 403 means the server understood but refuses; credentials given are insufficient, the client SHOULD NOT automatically repeat the request with the same credentials';
const R403U = 'RFC 9110 §15.5.4: a request might be forbidden for reasons unrelated to the credentials';
const R403B = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content';
const R403W = 'RFC 9110 §11.6.1: a server MAY send WWW-Authenticate in responses other than 401 (e.g. 403, as in RFC 6750 insufficient_scope) to show that other credentials might change the response';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404 (Not Found)';
const R404H = 'RFC 9110 §15.5.5: 404 means no current representation was found OR the origin server is not willing to disclose that one exists';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent';
const R404P = 'RFC 9110 §15.5.5: 410 (Gone) is preferred over 404 if the origin server knows, presumably through configurable means, that the condition is likely permanent';
const R410N = 'RFC 9110 §15.5.11: if the origin server does not know, or cannot determine, whether the condition is permanent, 404 (Not Found) ought to be used';
const R410T = 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the discretion of the server owner';
const R410P = 'RFC 9110 §15.5.11: 410 assists web maintenance by telling the recipient the resource is intentionally unavailable and that the owners want remote links to it removed';
const RC404 = 'RFC 9110 §15.5.5 and §15.1: a 404 response is heuristically cacheable by default (unless method definition or explicit cache controls say otherwise)';
const RC410 = 'RFC 9110 §15.5.11 and §15.1: a 410 response is heuristically cacheable by default';
const RC403 = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 401 and 403 are not in the heuristically cacheable list, so a cache needs explicit freshness information (e.g. Cache-Control max-age, Expires) to reuse them';
const RVER = 'RFC 9110 (HTTP Semantics, June 2022) is the current definition of HTTP status codes';
const RVER7231 = 'RFC 9110 obsoletes RFC 7231, which previously defined 403, 404 and 410';
const RB401 = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) is sent with 401';
const RB403 = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the privileges) SHOULD be sent with 403';
const RB400 = 'RFC 6750 §3.1: invalid_request (missing or repeated parameter, multiple token methods, malformed request) SHOULD be sent with 400';
const RBNOERR = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const RBSCOPE = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values indicating the access needed for the resource';
const RREALM = 'RFC 9110 §11.5: realm names a protection space, a set of resources sharing one credential set, on the origin server';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme is identified by a case-insensitive token';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: a proxy demanding authentication uses 407 (Proxy Authentication Required) with Proxy-Authenticate';
const RUNK = 'RFC 9110 §15: a client MUST treat an unrecognized status code as the x00 code of its class, so an unknown 4xx is handled as 400';
const R4XX = 'RFC 9110 §15.5: except for HEAD, the server SHOULD send a representation explaining the error situation and whether it is temporary or permanent';

const QUESTIONS: readonly Draft[] = [
  k('support', 'A customer says their developer is getting a 401 from our API but cannot tell how they are supposed to log in. Is the server required to include a particular header with a 401? Which one?', /WWW-Authenticate/i, R401),
  k('nonnative', 'I am sending my username and password already, but the server still give me 401. What does it means when 401 come back even I sent credentials?', /refus|reject|not (been )?accepted|(invalid|bad|wrong|incorrect|expired|unacceptable)\s+(credential|token|password|username|login)|credentials?\s+(were|was|are|is)\s+(invalid|wrong|incorrect|bad|not valid|not good)/i, R401),
  k('api', 'I am a junior developer writing an API client. After my request gets a 401, what does the spec say my client is allowed to do next?', /(repeat|retry|resend|re-send|send (it |the request )?again|try again)[^.]{0,80}(new|replac|different|fresh|valid|correct|updated)|(new|replac|different|fresh|valid|correct|updated)[^.]{0,40}(credential|Authorization|token)/i, R401),
  k('support', 'What is the name of the request header where an app puts its password or access token when it calls an API?', /\bAuthorization\b/, RAUTHZ),
  k('sre', 'deploy bot is getting 403 on every call, should the client just auto retry with the same token', /\b(should not|shouldn'?t|shouldnt|must not|do not|don'?t|dont|not|never|no)\b[^.]{0,40}(automatic|auto[- ]?retr|retry|retries|repeat|resend)/i, R403),
  k('support', 'A customer sees a 403 Forbidden. Does a 403 always mean they typed the wrong password?', /(unrelated|not related|nothing to do|other than|not (only|always|necessarily|just)|not (about|because of|due to))[^.]{0,60}(credential|password|login|log in|sign in|authenticat)|for (other )?reasons? (unrelated|other than|that have nothing)/i, R403U),
  k('security', 'During a review I found a 403 response that also carries a WWW-Authenticate header. Is that allowed, or is that header only for 401?', /^\W*(yes|it is (permitted|allowed)|permitted|allowed)\b|\b(may|can|is allowed to|is permitted to)\s+(also\s+)?(include|carry|contain|send|have|generate|return|appear|be (sent|included|used|present))|\bis (permitted|allowed)\b|not (only|reserved|restricted|limited) (for|to) 401|isn'?t (only|reserved|restricted|limited) (for|to) 401/i, R403W),
  k('api', 'Our product manager wants the 403 page to tell users why they were blocked. Does the RFC allow the server to explain the reason inside the response?', /^\W*yes\b|\b(may|can|allowed to|permitted to|free to)\b[^.]{0,50}(describ|explain|reason|say why|tell)/i, R403B),
  k('security', 'We do not want outsiders to learn which private projects exist. When a user is not allowed to see one, what status code does the RFC let us send instead of 403?', /\b404\b|Not Found/i, R403H),
  k('nonnative', 'When the server return 404, it is sure the thing really not exist? Or maybe it exist but server not say?', /not willing|unwilling|doesn'?t want|does not want|chooses? not|\bhid(e|es|ing)\b|conceal|not (to )?disclose|not (to )?reveal|(may|might|could|can) (still |actually |also )?exist/i, R404H),
  k('support', 'A customer asks if a 404 means the page is gone for good or only for now. What does a 404 by itself tell us about that?', /(does not|doesn'?t|do not|don'?t|no|nothing|not)\s+(indicate|say|tell|specify|state|signal|distinguish|imply|mean|information|guarantee|promise|reveal)[^.]{0,60}(temporar|permanen|for good|for now|whether)|(neither|not)\s+(temporary|permanent)\s+n?or\s+(temporary|permanent)|unknown|unspecified|ambiguous|can'?t tell|cannot tell|no way to (know|tell)/i, R404U),
  k('api', 'Our server knows for sure that an old product page was removed on purpose and will never return. Which status code does RFC 9110 say is preferable to 404 here?', /\b410\b|\bGone\b/i, R404P),
  k('nonnative', 'We delete a user account but maybe later the same name is used again, we are not sure. The spec say 410 or 404 when we do not know if it is permanent?', /(use|send|return|respond with|go with|should be|pick|choose|answer is|stick with|keep)\s+(a\s+|an\s+|the\s+)?(HTTP\s+)?404|404\s+(is|would be)\s+(the\s+)?(right|correct|appropriate|better|preferred|recommended|safer)|404\s+(ought|should)/i, R410N),
  k('support', 'After we delete a page, how long do we have to keep answering 410 for it? Is there a minimum time in the standard?', /discretion|\bno\s+(\w+\s+){0,3}(minimum|requirement|required|mandated|fixed|period|duration|time limit|rule|length)|not\s+(\w+\s+){0,3}(required|necessary|mandated|specified|defined)|up to (the\s+)?(server|site|owner|operator|you|your)|(doesn'?t|does not) (specify|require|mandate|set|define|say)/i, R410T),
  k('api', 'I am a product manager. What is the point of 410 Gone compared to a normal 404? What is it supposed to tell other sites that link to us?', /remov\w*[^.]{0,40}links?|links?[^.]{0,40}(remov|delet|updat|clean|drop)|intentional|on purpose|deliberate/i, R410P),
  k('sre', 'is a 404 cacheable by default or only when we send explicit cache headers', /(?<!not )(?<!n't )heuristic|(?<!not )(?<!n't )cacheable by default/i, RC404),
  k('nonnative', 'Our CDN keep the 410 answer even we did not put Cache-Control. Is this allowed by the RFC, 410 can be cached without any header?', /(?<!not )(?<!n't )heuristic|(?<!not )(?<!n't )cacheable by default/i, RC410),
  k('security', 'Can a shared cache reuse a stored 403 when there is no Cache-Control or Expires on it? Is 403 cacheable by default like 404 is?', /\b(no|not|isn'?t|aren'?t|never)\b[^.]{0,30}(heuristic|cacheable by default|cached by default)|(only|unless)\s[^.]{0,60}(cache-control|expires|max-age|freshness|explicit)|requires? explicit|explicit (freshness|cache|caching)/i, RC403),
  k('support', 'Which RFC is the current official definition of HTTP status codes such as 401 and 404?', /9110/, RVER),
  k('api', 'Older blog posts cite a different RFC for 403 and 404. Which older RFC did RFC 9110 replace for those definitions?', /7231/, RVER7231),
  k('sre', 'user says their oauth token expired, what error value goes in the bearer WWW-Authenticate header', /invalid[_ ]token/i, RB401),
  k('api', 'With OAuth bearer tokens, if the token is valid but it does not have the scope the endpoint needs, which status code does RFC 6750 use?', /\b403\b/, RB403),
  k('nonnative', 'If the request is wrong, like a missing parameter or the token sent in two different ways, which HTTP status RFC 6750 say to use with invalid_request?', /\b400\b|Bad Request/i, RB400),
  k('security', 'When a request arrives with no token at all, should the Bearer challenge in WWW-Authenticate include an error code such as invalid_token?', /\b(no|not|shouldn'?t|should not|don'?t|do not|omit|omitted|leave out|left out|without)\b[^.]{0,40}(error|invalid_token)/i, RBNOERR),
  k('support', 'I see scope="read write" inside a WWW-Authenticate header on a failed call. What does that scope part mean?', /space[- ]?(delimited|separated)|permission|privilege|access (right|level)|(token|it) (needs|must have|requires)|required (to access|for access|for (this|the) (resource|endpoint))/i, RBSCOPE),
  k('nonnative', 'What is the "realm" in WWW-Authenticate header? My manager ask me and I do not know how to explain it.', /protection space|protected (area|space|zone|section|part|region)|(area|zone|section|part|space|partition|group|set)\s+of\s+[^.]{0,30}(protect|resource|page|site|server)|(same|which|one)\s+(set of\s+)?(credentials|username|password|login)/i, RREALM),
  k('api', 'Does it matter if a client sends "bearer" in lower case instead of "Bearer" in the Authorization header?', /case[- ]?insensitive|not case[- ]?sensitive|(doesn'?t|does not|shouldn'?t|should not|won'?t|will not)\s+matter/i, RSCHEME),
  k('support', 'The customer\'s office network has a proxy that asks for its own login before anything else. Is that a 401 too, or a different code?', /\b407\b|Proxy Authentication Required/i, R407),
  k('api', 'My client library gets a 4xx status it has never heard of, for example 463. How should it treat that code according to RFC 9110?', /\b400\b|Bad Request|\bx00\b/i, RUNK),
  k('api', 'I am new to HTTP. When our server sends a 4xx error, is there a rule about what the response body should contain?', /(explan|explain|describ)[^.]{0,80}(error|situation|problem|temporar|permanen|wrong)|temporar[^.]{0,20}permanen|permanen[^.]{0,20}temporar/i, R4XX),
];

export const UNSEEN353_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
