import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 206, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only questions on RFC 9110 / RFC 6750 facts, voiced mostly by non-native English speakers and junior developers. */

const R401 = 'RFC 9110 §15.5.2: a server generating 401 MUST send a WWW-Authenticate header field with at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field';
const R401V403 = 'RFC 9110 §15.5.2 / §15.5.4: 401 = valid authentication credentials missing or rejected; 403 = understood but refused';
const RWWWA = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in responses other than 401 to indicate credentials might affect the response';
const RCHAL = 'RFC 9110 §11.6.1: WWW-Authenticate contains at least one challenge; multiple challenges may be offered (comma-separated or several fields)';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme is identified by a case-insensitive token';
const RREALM = 'RFC 9110 §11.5: the realm parameter indicates a scope of protection (protection space) on the origin server';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: a proxy requiring authentication answers 407 Proxy Authentication Required with Proxy-Authenticate';
const R403S = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials';
const R403N = 'RFC 9110 §15.5.4: the client MAY repeat the request with new or different credentials';
const R403B = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content';
const R403U = 'RFC 9110 §15.5.4: a request might be forbidden for reasons unrelated to the credentials';
const R404H = 'RFC 9110 §15.5.4 / §15.5.5: an origin server that wishes to hide the existence of a forbidden resource MAY respond 404 instead';
const R404U = 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R404D = 'RFC 9110 §15.5.5: 404 = no current representation found (or unwilling to disclose one exists); says nothing about past existence';
const R410K = 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; left to the server owner\'s discretion';
const R410P = 'RFC 9110 §15.5.11: 410 assists web maintenance: resource intentionally unavailable and owners want remote links removed';
const R404C = 'RFC 9110 §15.5.5 / RFC 9111 §4.2.2: a 404 response is heuristically cacheable';
const R410C = 'RFC 9110 §15.5.11 / RFC 9111 §4.2.2: a 410 response is heuristically cacheable';
const R40XC = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 401 and 403 are not heuristically cacheable; storing needs explicit freshness';
const RRFC = 'RFC 9110 (June 2022) is the current HTTP Semantics spec (RFC 2616 -> 7231 -> 9110)';
const ROBS = 'RFC 9110 obsoletes RFC 7231 (and 7230, 7232, 7233, 7235, 7538, 7615, 7694, 2818)';
const R6750T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) -> 401';
const R6750S = 'RFC 6750 §3.1: insufficient_scope -> 403';
const R6750R = 'RFC 6750 §3.1: invalid_request -> 400';
const R6750SC = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code';
const R6750D = 'RFC 6750 §3: error_description is the human-readable explanation attribute';

const QUESTIONS: readonly Draft[] = [
  k('nonnative', 'When my server answer with 401, which header it must to send together? I am not sure it is required or only optional.', /WWW-Authenticate/i, R401),
  k('security', 'Is it legitimate for a 403 Forbidden response to include a WWW-Authenticate header, or is that header reserved for 401 only?', /\byes\b|\bmay\b(?! not)|\bis (allowed|permitted|legitimate|fine|acceptable|valid)\b|\bcan (also )?(include|carry|send|contain|have|appear)|not (reserved|restricted|limited|exclusive) to 401|other (responses|response messages|status codes)|any response/i, RWWWA),
  k('api', 'junior dev here: can a single 401 offer both Basic and Bearer to the client, or do I have to pick only one scheme?', /\byes\b|(multiple|more than one|several|two|both) (challenges|schemes|auth(entication)? schemes)|at least one challenge|comma[- ]separated|(separate|multiple|more than one|several|two) WWW-Authenticate/i, RCHAL),
  k('nonnative', 'Client library send "bearer" in small letters but our gateway expect "Bearer". Per the RFC, the scheme name is case sensitive or no?', /case[- ]?insensitive|not case[- ]?sensitive|(isn'?t|is not|are not|aren'?t) case[- ]?sensitive/i, RSCHEME),
  k('support', 'A customer asked what the realm="..." part of the WWW-Authenticate header means. How would you explain it simply?', /protection space|scope of protection|protected (area|zone|space|partition|region|section|part)|partition|(area|zone|space|section|part) (of the (site|server) )?(that is |which is )?protected|(group|set) of (protected )?(resources|pages|urls)/i, RREALM),
  k('sre', 'corp proxy in front of egress wants creds before it forwards anything, is that a 401 too or some other code', /\b407\b/, R407),
  k('nonnative', 'After I receive 401, what my client should do for try again? Which header it need to put in the new request?', /\bAuthorization\b/i, R401R),
  k('api', 'We definitely sent an Authorization header and still got a 401 back. What does RFC 9110 say a 401 means when credentials were included in the request?', /refused|rejected|not accepted|invalid|(did not|didn'?t|do not|don'?t) (work|pass|validate|verify)|fail(ed|ure)?/i, R401C),
  k('sre', 'one line diff 401 vs 403 pls, new on call and keep mixing them', /401[^.\n]*(unauthenticated|not (yet )?(been )?authenticated|no (valid )?credentials|missing|lacks? (valid )?(credentials|auth)|invalid (credentials|token)|without (valid )?credentials|(log ?in|sign ?in|authenticate) (first|again)|who are you|authentication (is )?(required|needed|missing|failed))/i, R401V403),
  k('nonnative', 'Our SDK is retrying a 403 automatically three times with the same token. This is fine by the RFC or not recommend?', /(should ?n[o']?t|shouldnt|must ?n[o']?t|do ?n[o']?t|dont|not|never)\s+(be\s+)?(\w+\s+){0,2}(retr(y|ied|ying)|repeat(ed|ing)?|resen[dt])|not (fine|ok|okay|recommended)|pointless|won'?t help/i, R403S),
  k('support', 'If a user gets a 403, does that mean logging in again can never help them, according to the RFC?', /(new|different|other|another|changed) (set of )?(credentials|account|user|token|login)|may (repeat|retry)|not (necessarily|never|always)/i, R403N),
  k('support', 'Are we allowed to tell the customer in the 403 response body why exactly the request was refused, or must the body be empty?', /\byes\b|\bmay (describe|explain|include|state|give|contain)|\bcan (describe|explain|include|state|say|tell|give|contain)|describe (the |that )?reason|explain(ing)? (why|the reason)|(does ?n[o']?t|need not|not) (have to|need to) be empty|reason in the (response )?(body|content|payload)/i, R403B),
  k('nonnative', 'Our WAF block some countries IP and return 403 even when the user did not login. Is wrong? I think 403 means only "authenticated but no permission".', /unrelated to (the )?credentials|not (only|always|necessarily|limited|just)|other reasons|reasons? (other than|unrelated|besides|beyond|not related)|any reason|(is|it'?s) (fine|ok|okay|acceptable|valid|correct|legitimate|allowed)|not wrong/i, R403U),
  k('security', 'Under RFC 9110, in what situation may an origin server answer 404 for a resource that actually exists but which the client is forbidden to access?', /hid(e|es|ing)|conceal|(not (willing|want(ing)?)|unwilling|doesn'?t want) to (disclose|reveal|expose|confirm|admit)|(disclos|reveal|leak|expos|confirm)\w* (its |the |that it |whether it )?(existence|exists)/i, R404H),
  k('api', 'We are not sure whether a removed endpoint will ever come back. Is 410 or 404 the right choice per RFC 9110?', /\b404\b[^.]{0,60}\b(right|correct|appropriate|better|proper|preferred|ought|should|choice|answer|safer)\b|(use|return|send|choose|pick|go with|prefer|answer with|respond with|stick with|stay with)\s+(a\s+|with\s+)?\**404|^\W*404\b/i, R404U),
  k('nonnative', 'Is 404 meaning the resource never existed at all? My manager say 404 = never existed and 410 = existed before.', /(does ?n[o']?t|doesnt|not|no)\b[^.]{0,40}(necessarily|mean|imply|say|indicate|tell|guarantee)|current representation|(may|might|could) have (existed|been)|\bever existed/i, R404D),
  k('support', 'We marked an old product page as 410 Gone. For how long are we required to keep returning 410 before we can let it fall back to 404?', /discretion|no (required|minimum|fixed|set|specific|mandated|defined|particular)|not (required|necessary|specified|mandated|defined)|any length of time|up to (the|you|your)|(no|not any) (time|duration|period)|(isn'?t|is not|there'?s no|there is no) (a )?(requirement|rule|minimum)|as long as you (like|want|choose)/i, R410K),
  k('security', 'What does RFC 9110 say is the main intent of sending 410 Gone instead of just 404?', /(remov|delet|drop|clean|purg)\w*[^.]{0,30}links?|links?[^.]{0,30}(remov|delet|drop|clean|purg)|web maintenance|intentional(ly)?/i, R410P),
  k('sre', 'are 404s cacheable by default or only with explicit cache-control', /(?<!not |non-|isn'?t |aren'?t )heuristically[- ]cacheable|cacheable by default|(yes|can|may)[^.]{0,40}(by default|heuristic|without explicit)/i, R404C),
  k('nonnative', 'CDN is keeping our 410 response in cache even we did not send any Cache-Control. The CDN do something wrong or it is allowed by spec?', /(?<!not )heuristically[- ]cacheable|heuristic(s| freshness| caching)|cacheable by default|(?<!not )(?<!n't )\b(allowed|permitted|legitimate)\b|not (doing anything )?wrong|nothing wrong/i, R410C),
  k('api', 'Can a shared cache store a 401 or 403 response heuristically, the same way it might for a 404?', /(not|isn'?t|aren'?t|never|neither|no)\b[^.]{0,30}heuristically|(only|unless)[^.]{0,60}(explicit|cache-control|max-age|expires|s-maxage|freshness)/i, R40XC),
  k('nonnative', 'Which RFC is now the official one for HTTP status codes like 401 and 404? My book still say RFC 2616.', /9110/, RRFC),
  k('api', 'RFC 9110 replaced an older RFC that used to define the semantics and status codes of HTTP/1.1. Which RFC number was that?', /7231/, ROBS),
  k('nonnative', 'OAuth bearer: when the access token is expired, what is the error value the resource server should put in WWW-Authenticate? I forget the name of it.', /invalid[_ ]token/i, R6750T),
  k('security', 'Per RFC 6750, which HTTP status code accompanies the insufficient_scope error?', /\b403\b/, R6750S),
  k('sre', 'rfc 6750 invalid_request what status goes with it', /\b400\b/, R6750R),
  k('api', 'When my API returns insufficient_scope and I want to list the two scopes that are needed in the scope attribute, how do I separate them?', /space[- ]?(delimited|separated)|separated by (a )?(single )?spaces?|with (a )?spaces?|space character|%x20/i, R6750SC),
  k('nonnative', 'Client call our API without any token at all. In the Bearer 401 challenge we should put error="invalid_request" or something else? What RFC 6750 say?', /(should ?n[o']?t|shouldnt|do ?n[o']?t|dont|not|no need to|never)\s+(\w+\s+){0,3}(include|add|send|return|put|set|contain)\w*[^.]{0,30}error|no error (code|attribute|param|value|info)|without (an? |any )?error|omit/i, R6750N),
  k('support', 'In a Bearer WWW-Authenticate challenge, which attribute is meant for a human-readable explanation of the error?', /error_description/i, R6750D),
];

export const UNSEEN206_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
