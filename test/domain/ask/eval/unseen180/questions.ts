import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 180, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions from on-call SREs and platform engineers (plus API, support, security and non-native voices) about what RFC 9110 and RFC 6750 actually say. */

const R401 = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates that authorization has been refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: if the 401 repeats the same challenge after the user agent already tried, it SHOULD present the enclosed representation to the user (diagnostic information)';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; it may describe why in the response content';
const R403S = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials';
const R403D = 'RFC 9110 §15.5.4: the client MAY repeat the request with new or different credentials';
const R403U = 'RFC 9110 §15.5.4: a request might be forbidden for reasons unrelated to the credentials';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404';
const R404 = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent';
const R404H = 'RFC 9110 §15.5.5: 404 means no current representation was found or the origin server is not willing to disclose that one exists';
const R404C = 'RFC 9110 §15.5.5 and §15.1: a 404 response is heuristically cacheable';
const R404U = 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 assists web maintenance by telling recipients the resource is intentionally unavailable and remote links should be removed';
const R410T = 'RFC 9110 §15.5.11: there is no need to keep the 410 mark for any length of time; that is left to the discretion of the server owner';
const R410C = 'RFC 9110 §15.5.11 and §15.1: a 410 response is heuristically cacheable';
const R403C = 'RFC 9110 §15.1: 403 (like 401) is not in the list of heuristically cacheable status codes; it needs explicit freshness information to be cached';
const RWWW = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in other response messages (not only 401)';
const RREALM = 'RFC 9110 §11.5: the realm parameter indicates a scope of protection (protection space)';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme is a case-insensitive token';
const RPROXY = 'RFC 9110 §15.5.8 and §11.7.1: a proxy requiring authentication responds with 407 and Proxy-Authenticate';
const RDIFF = 'RFC 9110 §15.5.2 and §15.5.4: 401 means valid authentication credentials are missing or refused; 403 means the server understood but refuses to authorize';
const RRFC = 'RFC 9110 (June 2022) defines HTTP semantics and status codes, obsoleting RFC 7231';
const RRFC7235 = 'RFC 9110 obsoletes RFC 7235 (HTTP/1.1 Authentication); §11 now defines WWW-Authenticate';
const R6750REQ = 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 (Bad Request)';
const R6750TOK = 'RFC 6750 §3.1: invalid_token SHOULD be answered with 401 (Unauthorized)';
const R6750SCOPE = 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 (Forbidden)';
const R6750BEARER = 'RFC 6750 §3: the challenge uses the auth-scheme "Bearer"';
const R6750NOERR = 'RFC 6750 §3: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const R6750DESC = 'RFC 6750 §3: error_description is a human-readable explanation for developers, not meant to be displayed to end-users';
const R6750SCOPEATTR = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values';

const QUESTIONS: readonly Draft[] = [
  k('sre', 'quick one does a 401 have to carry some specific header or can the gateway send it bare',
    /(must|required|has to|have to|mandatory|needs? to|shall|requires?)[^.]{0,80}www-authenticate|www-authenticate[^.]{0,80}(must|required|mandatory|is needed|is compulsory)/i, R401),
  k('api', 'If the client already sent an Authorization header and we still answer 401, what does that 401 mean according to RFC 9110?',
    /(refused|rejected|not accepted|invalid|insufficient|failed|denied|not valid)[^.]{0,60}credentials|credentials[^.]{0,60}(refused|rejected|not accepted|invalid|were not valid|failed|denied)/i, R401C),
  k('security', 'A browser retries with credentials and receives exactly the same 401 challenge again. What does RFC 9110 say the user agent should do at that point?',
    /(present|show|display|render|surface)[^.]{0,60}(representation|body|content|payload|error page|diagnostic|response)/i, R401R),
  k('sre', 'user gets 403 on the billing api should the client just retry with the same token',
    /(should not|shouldn't|must not|do not|don't|not)[^.]{0,40}(automatically |auto-?)?(retry|repeat|resend|re-send|re-try|send it again)[^.]{0,60}(same|identical|unchanged)|(same|identical|unchanged) (credentials|token)[^.]{0,60}(won't|will not|wont|not)[^.]{0,20}(help|change|work)/i, R403S),
  k('nonnative', 'After 403 is it help to login with other account and try again? RFC allow this or client must stop?',
    /(may|can|allowed|permitted|fine)[^.]{0,40}(repeat|retry|try|resend|send|reissue)[^.]{0,60}(new|different|other|another)[^.]{0,20}(credentials|account|token|login|user|identity)/i, R403D),
  k('support', 'A customer says they get a 403 page with no explanation at all. Is the server even allowed to tell them why the request was forbidden?',
    /(describe|explain|state|include|give|put|say|provide|communicate)[^.]{0,60}(reason|why)[^.]{0,60}(content|body|payload|response|message|page)|(content|body|payload)[^.]{0,60}(reason|why)/i, R403),
  k('nonnative', 'We block some IP address with allowlist, the user is not logged in at all. Is 403 only for user which is authenticated, so our 403 is wrong?',
    /(unrelated|not related|regardless|independent|nothing to do|other than)[^.]{0,40}(credential|authenticat|login|logged)|not only[^.]{0,40}(authenticat|logged|login)|(doesn't|does not|don't|do not|no)[^.]{0,20}(require|need)[^.]{0,40}(authenticat|logged|login|credential)/i, R403U),
  k('security', 'Is it legitimate under RFC 9110 to put a WWW-Authenticate header on a 403 response, or is that header reserved for 401?',
    /(server|origin|you|it)\s+(may|can|is (allowed|permitted) to)\s+(also\s+)?(send|include|generate|add|return|put|attach)[^.]{0,40}www-authenticate|www-authenticate[^.]{0,80}(is|are)\s+(allowed|permitted|optional|legitimate)|\byes\b[^.]{0,120}www-authenticate|www-authenticate[^.]{0,60}(in|on) (other|any|non-401)/i, RWWW),
  k('sre', 'does a 404 mean the thing is gone for good or might it come back',
    /(doesn't|does not|don't|do not|no|not|neither|nothing)[^.]{0,60}(indicat|say|tell|specify|signal|distinguish|imply|mean|info|guarantee|state)[^.]{0,60}(temporar|permanen)|(says?|tells?|gives?) nothing[^.]{0,60}(temporar|permanen)|temporary or permanent|permanent or temporary/i, R404),
  k('api', 'Does the RFC 9110 definition of 404 itself cover the case where the server simply does not want to reveal that the resource exists?',
    /(not willing|unwilling|doesn't want|does not want|refus\w*|chooses? not|declines?)[^.]{0,40}(to )?(disclose|reveal|confirm|admit|acknowledge)|\byes\b[^.]{0,120}(disclose|reveal|hid(e|ing)|conceal)/i, R404H),
  k('security', 'When a resource exists but the caller is forbidden from it, may we answer 404 instead of 403 without breaking the spec?',
    /\b(yes|may|is allowed|is permitted|explicitly allows?)\b(?!\s+not)[^.]{0,120}(hid|conceal|not reveal|disclos|existence)/i, R403H),
  k('support', 'We deleted an old product page and now return 410. How long are we required to keep returning 410 for that URL?',
    /(no|not|isn't|is not|doesn't|does not|there is no|without)[^.]{0,40}(required|requirement|mandat|minimum|fixed|specif|set|defined|obligat)[^.]{0,40}(period|duration|time|length|long)|discretion|up to (you|the server|the owner|the site|the operator)|any length of time|as long as you (like|want|choose|wish)/i, R410T),
  k('sre', 'tenant got offboarded and we dont actually know if the data is gone permanently should the api say 410 or 404',
    /(use|return|send|respond with|go with|answer|pick|should be|ought to be|stick with|choose)\s+(a\s+)?(plain\s+)?404|404\s*(\(not found\)\s*)?(ought|should|is (the )?(correct|right|appropriate|better))/i, R404U),
  k('api', 'What is 410 Gone actually intended for, per the RFC, as opposed to just "not here"?',
    /(remove|delete|drop|clean up|update|purge)[^.]{0,40}(links?|references?|bookmarks?)|links?[^.]{0,40}(removed|deleted|dropped|cleaned)|web maintenance/i, R410),
  k('sre', 'are 404s cacheable by default or only if we send cache-control',
    /(?<!not )(?<!n't )(?<!never )heuristically cacheable|heuristic (freshness|caching)[^.]{0,40}(allowed|permitted|applies|can)|(?<!not )cacheable by default|(yes|can)[^.]{0,60}cache[ds]?[^.]{0,60}(without|even without|absent|no)[^.]{0,30}(cache-control|explicit|headers?)/i, R404C),
  k('nonnative', 'Our CDN is caching the 410 responses even we not set any Cache-Control header. RFC allow this thing or CDN is broken?',
    /(?<!not )(?<!n't )(?<!never )heuristically cacheable|heuristic (freshness|caching)[^.]{0,40}(allowed|permitted|applies|can)|(?<!not )cacheable by default|\b(allowed|permitted|legitimate|not broken)\b[^.]{0,80}(heuristic|by default|without)/i, R410C),
  k('security', 'Can a shared cache reuse a 403 response by default when the origin sent no explicit freshness headers?',
    /(not|isn't|is not|never)\s+(heuristically\s+)?cacheable( by default)?|(only|unless)[^.]{0,60}(explicit|cache-control|expires|max-age|freshness)|not (on|in) the (list|set)[^.]{0,40}heuristic|\bno\b[^.]{0,60}(heuristic|explicit|by default)/i, R403C),
  k('support', 'Which RFC should I quote to a customer for the current official meaning of 404?',
    /9110/, RRFC),
  k('sre', 'is rfc 7235 still the reference for www-authenticate or did something replace it',
    /(obsolete|replace|supersede)[^.]{0,60}9110|9110[^.]{0,60}(obsolete|replace|supersede)/i, RRFC7235),
  k('api', 'Under RFC 6750, which HTTP status goes with the invalid_request error code?',
    /\b400\b|bad request/i, R6750REQ),
  k('sre', 'rfc 6750 error=invalid_token which status code is that supposed to ride on',
    /\b401\b|unauthori[sz]ed/i, R6750TOK),
  k('nonnative', 'The token is valid but it not have the scope for delete. Which status the RFC 6750 say we send?',
    /(should|respond|return|use|is|with|send)\s+(a\s+|an\s+|the\s+)?(http\s+)?403|403[^.]{0,40}forbidden|insufficient_scope[^.]{0,60}403/i, R6750SCOPE),
  k('api', 'For OAuth 2.0 access tokens, what auth-scheme name goes in the WWW-Authenticate challenge?',
    /\bbearer\b/i, R6750BEARER),
  k('security', 'The client sent no token at all. Should our 401 challenge still include error="invalid_token"?',
    /(should not|shouldn't|must not|don't|do not|no need to|not)[^.]{0,40}(include|send|add|return|put)[^.]{0,40}(error|invalid_token)|(omit|leave out|drop|skip|without)[^.]{0,40}(error|invalid_token)/i, R6750NOERR),
  k('support', 'Can our app show the error_description from the WWW-Authenticate header directly to end users?',
    /(not (meant|intended|designed)|isn't (meant|intended)|aren't (meant|intended))[^.]{0,60}(end[- ]?users?|users|display)|(for|to|aimed at|targeted at) developers/i, R6750DESC),
  k('api', 'In an RFC 6750 challenge, what is the format of the scope attribute value?',
    /space[- ](delimited|separated)|separated by (a )?(single )?spaces?|spaces? between/i, R6750SCOPEATTR),
  k('nonnative', 'What is the "realm" in WWW-Authenticate? I read the RFC but I not understand what it mean.',
    /protection space|(scope|area|zone|space|region|partition|domain) of protection|protected (area|space|zone|region|partition)|(share|use) the same credentials/i, RREALM),
  k('sre', 'does Bearer vs bearer casing matter for the scheme name in the auth header',
    /case[- ]?insensitive|(casing|case) (does not|doesn't|do not|don't|doesnt) matter|(not|isn't|is not) case[- ]?sensitive/i, RSCHEME),
  k('sre', '401 vs 403 in one line for the runbook',
    /^(?=[\s\S]*401[\s\S]{0,200}(authenticat|credential|log ?in|identity))(?=[\s\S]*403[\s\S]{0,200}(refus|permission|forbid|not (allowed|permitted)|authori[sz]|access))/i, RDIFF),
  k('security', 'If the thing demanding credentials is a forward proxy rather than the origin, is the response still 401 with WWW-Authenticate?',
    /\b407\b|proxy-authenticate/i, RPROXY),
];

export const UNSEEN180_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
