import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 201, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions only, leaning toward security reviewers and non-native English speakers. */

const R401 = 'RFC 9110 §15.5.2 / §11.6.1: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, a 401 means authorization has been refused for those credentials';
const R401S = 'RFC 9110 §15.5.2: if a 401 repeats the same challenge after an attempt, the user agent SHOULD present the enclosed representation (diagnostic info) to the user';
const R401V403 = 'RFC 9110 §15.5.2 / §15.5.4: 401 = valid authentication credentials are missing or refused; 403 = server understood the request but refuses to fulfill it';
const RWWWA = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in other responses (e.g. 403) to indicate that different credentials might affect the response';
const R403 = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials';
const R403N = 'RFC 9110 §15.5.4: the client MAY repeat the request with new or different credentials';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead';
const R404H = 'RFC 9110 §15.5.5: 404 means no current representation was found or the server is not willing to disclose that one exists';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent';
const R404P = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410D = 'RFC 9110 §15.5.11: it is not necessary to mark resources as gone or keep the mark for any length of time; left to the discretion of the server owner';
const R410M = 'RFC 9110 §15.5.11: 410 assists web maintenance by telling recipients the resource is intentionally unavailable and that remote links should be removed';
const RCACHE404 = 'RFC 9110 §15.5.5 / §15.1: 404 is heuristically cacheable unless the method or explicit cache controls say otherwise';
const RCACHE410 = 'RFC 9110 §15.5.11 / §15.1: 410 is heuristically cacheable unless the method or explicit cache controls say otherwise';
const RCACHE403 = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 403 is not in the heuristically cacheable list; it is cached only with explicit freshness information';
const RREALM = 'RFC 9110 §11.5: the realm parameter indicates a scope of protection (a protection space) on the origin server';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: a proxy requiring authentication answers 407 Proxy Authentication Required with Proxy-Authenticate';
const RRFC = 'RFC 9110 (June 2022) is the current definition of HTTP semantics and status codes';
const RRFCOLD = 'RFC 9110 obsoletes RFC 7231 (status codes) and RFC 7235 (authentication)';
const R6750S = 'RFC 6750 §3: challenges defined by RFC 6750 MUST use the auth-scheme value "Bearer"';
const R6750NOERR = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const R6750SCOPE = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values';
const R6750REQ = 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 (Bad Request)';
const R6750TOK = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token gives error="invalid_token" (401)';
const R6750INS = 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 (Forbidden)';
const R6750URI = 'RFC 6750 §2.3 / §5.3: the URI query parameter method SHOULD NOT be used; do not pass bearer tokens in page URLs';
const R6750TLS = 'RFC 6750 §5.3: always use TLS (https) when sending bearer tokens';

const QUESTIONS: readonly Draft[] = [
  k('sre', 'our gateway emits 401s, which response header is mandatory on them', /www-authenticate/i, R401),
  k('nonnative', 'Please, when the server is answering 401, it must to send some challenge inside? How many challenge is minimum it need to have?', /at least (one|1)\b|one or more|1 or more|minimum (of )?(one|1)\b|\bone challenge\b|\b1 challenge\b/i, R401),
  k('security', 'A penetration tester flagged that our 403 responses carry a WWW-Authenticate header. Is a server permitted to send that header on a 403, or is it reserved for 401 only?', /\byes\b|\b(is|it's|are|be) (also |explicitly |still )?(permitted|allowed)\b|\bmay (also )?(send|include|generate|carry|be sent|appear|be used)|other responses?|any response/i, RWWWA),
  k('api', 'If we return 404 without any Cache-Control or Expires header, can a cache still store and reuse it by default?', /heuristic|\byes\b|(is|are) cacheable by default/i, RCACHE404),
  k('sre', 'cdn keeps serving a 410 for a url we already restored and we never set cache headers on it. is a 410 cacheable without explicit headers', /heuristic|\byes\b|(is|are) (heuristically )?cacheable/i, RCACHE410),
  k('security', 'Could a shared cache store our 403 Forbidden responses and replay them to other users when we send no Cache-Control or Expires at all?', /not heuristically cacheable|isn't heuristically cacheable|not (in the )?(list of )?heuristically|not (cacheable|cached|stored|reused) (by default|heuristically|without)|(only|unless) (if |when )?.{0,40}(explicit|cache-control|expires|freshness)/i, RCACHE403),
  k('nonnative', 'My client get 403 from API. Should it just send again the same request with same token automatically? My colleague say yes, it will work on second time.', /should ?n[o']t|not (automatically )?(retry|repeat|resend|send)|(don't|do not|never) (automatically )?(retry|repeat|resend|send)|won't help|will not (help|change)/i, R403),
  k('security', 'Per RFC 9110, after receiving a 403, is the client allowed to retry the request with different credentials?', /\byes\b|\bmay (retry|repeat|try|resend|send)|(is|are) (allowed|permitted) to (retry|repeat|try)|can (retry|repeat|try again|resend)/i, R403N),
  k('support', 'A customer asks whether the 404 on their old bookmark means the page is gone forever. What does a 404 actually say about that?', /temporary or permanent|permanent or temporary|(doesn't|does not|don't|do not|cannot|can't) (say|indicate|tell|specify|distinguish|signal)|no (indication|information|guarantee|promise)|says nothing|(doesn't|does not|not) (necessarily )?(mean|imply)/i, R404U),
  k('nonnative', '404 is meaning the resource is only temporary missing, yes? So the client can try again later and it will be there?', /temporary or permanent|permanent or temporary|(doesn't|does not|don't|do not|cannot|can't) (say|indicate|tell|specify|distinguish|signal|mean|guarantee)|no (indication|information|guarantee|promise)|says nothing|not (necessarily )?(mean|imply)/i, R404U),
  k('api', 'We removed an endpoint but honestly we are not sure whether it might come back someday. Should it answer 410 or 404?', /\b(use|return|send|go with|pick|choose|prefer|want|stick with|should be|respond with|answer with)\s+(a |an |with )?(http )?404\b|\b404\b( \(?not found\)?)? (is|would be) (the )?(right|correct|appropriate|better|safer|preferred|recommended|proper)|\b404\b( \(?not found\)?)? (ought|should) (to )?be used/i, R404P),
  k('security', 'Our auditor says that once we return 410 for a deleted user profile, we must keep returning 410 for a minimum retention period. Does RFC 9110 contain any such requirement?', /discretion|no (such )?(requirement|minimum|obligation|mandate)|not (necessary|required|mandated|specified)|(doesn't|does not|don't) (require|mandate|specify|set|define)|any length of time|up to (the )?(server|you|owner|operator)/i, R410D),
  k('sre', 'which rfc is the current normative reference for 401 403 404 410 semantics', /9110/, RRFC),
  k('nonnative', 'Before RFC 9110 came, in which RFC the 403 Forbidden was defined? My old textbook is telling RFC 2616 but I think there was one more after it.', /7231/, RRFCOLD),
  k('security', 'Under RFC 6750, what HTTP status should a resource server return with error="invalid_request", for example when the token is sent by two methods at once?', /\b400\b|bad request/i, R6750REQ),
  k('nonnative', 'When the bearer token is expired, which value I must put in the error= of WWW-Authenticate, according RFC 6750?', /invalid_token/i, R6750TOK),
  k('security', 'RFC 6750 defines the insufficient_scope error. Which HTTP status code goes with it?', /\b403\b|forbidden/i, R6750INS),
  k('security', 'To avoid leaking which private repositories exist, can we answer 404 instead of 403 to users who lack access? Does RFC 9110 allow that?', /\byes\b|\bmay\b|(is|are) (explicitly )?(allowed|permitted)|\b(allows|permits)\b/i, R403H),
  k('nonnative', 'My boss ask me why the 404 definition in RFC 9110 say "or is not willing to disclose that one exists". What is the meaning of this part?', /hid(e|es|ing)|conceal|(not|n't|without) (reveal|disclos|tell|confirm|leak|admit)|secret/i, R404H),
  k('nonnative', 'In header WWW-Authenticate: Basic realm="staff", what is this realm? It is the username or something other?', /protection space|scope of protection|protected (area|space|zone|region|section)|partition|(group|set|area|collection) of (protected )?(resources|pages|urls)|which (area|part|section|resources)/i, RREALM),
  k('api', 'In a Bearer challenge, how are multiple values formatted inside the scope attribute?', /space[- ]?(delimited|separated)|separated by (a |single )?(spaces?|whitespace)|spaces? between/i, R6750SCOPE),
  k('support', 'I need a one-line explanation for the help desk: what is the difference between 401 and 403?', /401[^.;]{0,60}(authenticat|credential|log ?in|logged|sign ?in|signed|identif|who you are)/i, R401V403),
  k('security', 'When a request arrives with no access token at all, should the Bearer challenge in the 401 include an error= attribute?', /should ?n[o']t|no error|(omit|omitted|leave out|left out|without)|(not|n't) (include|contain|carry|add)/i, R6750NOERR),
  k('nonnative', 'Browser already send the credentials, but server reply 401 again with exactly same challenge. What the user agent should do now, by the RFC?', /(show|present|display|render)[^.]{0,40}(body|representation|content|page|response|user)|diagnostic/i, R401S),
  k('api', 'For OAuth 2.0 access tokens, which auth-scheme name must the WWW-Authenticate challenge use according to RFC 6750?', /\bbearer\b/i, R6750S),
  k('sre', 'corporate proxy in front of us wants its own auth before forwarding, is that still a 401 or some other code', /\b407\b/, R407),
  k('security', 'A mobile client sends its bearer token as ?access_token=... in the URL query string. Is that acceptable under RFC 6750?', /should ?n[o']t|discouraged|not recommended|avoid|(don't|do not|never)|security (risk|weakness|concern|issue)|leak|logged|last resort/i, R6750URI),
  k('nonnative', 'If the request already was having Authorization header and still it got 401, what this is meaning?', /(credentials?|token|password)[^.]{0,60}(refused|rejected|invalid|not accepted|wrong|bad|expired|failed|denied|insufficient)|(refused|rejected|not accepted|denied|invalid|wrong|bad)[^.]{0,40}(credentials?|token|password)/i, R401C),
  k('support', 'What is 410 Gone actually meant to tell people who link to the page, according to the RFC?', /(remove|delete|drop|update|clean)[^.]{0,30}links?|links?[^.]{0,40}(removed|deleted|dropped)|web maintenance|delist|de-?index/i, R410M),
  k('security', 'Does RFC 6750 let clients send bearer tokens over plain http without encryption?', /\bTLS\b|https|transport layer security|encrypt/i, R6750TLS),
];

export const UNSEEN201_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
