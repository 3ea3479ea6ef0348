import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 267, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only; what RFC 9110 and RFC 6750 actually say about 401/403/404/410, challenges, caching and bearer-token errors. */

const R401 = 'RFC 9110 §15.5.2: a 401 MUST carry WWW-Authenticate with at least one challenge applicable to the target resource';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; reason may be described in the content';
const R403R = 'RFC 9110 §15.5.4: client SHOULD NOT automatically repeat with the same credentials; MAY repeat with new or different credentials';
const R403U = 'RFC 9110 §15.5.4: a request might be forbidden for reasons unrelated to the credentials';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent';
const R404P = 'RFC 9110 §15.5.5: 410 is preferred over 404 if the origin server knows the condition is likely permanent';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide a forbidden resource MAY respond 404; 404 can mean "not willing to disclose that one exists"';
const R410U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410K = 'RFC 9110 §15.5.11: not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; left to the server owner';
const R410M = 'RFC 9110 §15.5.11: 410 is intended for web maintenance, telling recipients the resource is intentionally unavailable and remote links should be removed';
const RCACHE = 'RFC 9110 §15.1 / §15.5.5 / §15.5.11: 404 and 410 are heuristically cacheable; 401 and 403 are not on that list and need explicit freshness';
const RRFC = 'RFC 9110 (June 2022) defines HTTP semantics and obsoletes RFC 7231 and RFC 7235';
const R6750E = 'RFC 6750 §3.1: invalid_request -> 400, invalid_token -> 401, insufficient_scope -> 403';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information the resource server SHOULD NOT include an error code';
const R6750S = 'RFC 6750 §3: scope is a space-delimited list of case-sensitive scope values; insufficient_scope MAY include the scope needed';
const R6750T = 'RFC 6750 §3.1: on invalid_token the client MAY request a new access token and retry';
const RREALM = 'RFC 9110 §11.5: realm identifies a protection space; realm value is case-sensitive';
const RSCHEME = 'RFC 9110 §11.1: auth-scheme is a case-insensitive token';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: 407 Proxy Authentication Required, proxy MUST send Proxy-Authenticate';
const R401V403 = 'RFC 9110 §15.5.2 vs §15.5.4: 401 = lacks valid authentication credentials; 403 = understood but refuses';

const QUESTIONS: readonly Draft[] = [
  k('sre', 'we return 401 with no www-authenticate header at all, is that legal per 9110',
    /(must|required|mandatory|has to|have to|needs? to|obligatory)[\s\S]{0,120}WWW-Authenticate|WWW-Authenticate[\s\S]{0,120}\b(must|required|mandatory|obligatory|has to|needs? to)\b/i, R401),
  k('api', 'At minimum, how many challenges must the WWW-Authenticate field on a 401 response contain?',
    /at least (one|1|a single)|one or more|1 or more|minimum of (one|1)|a single challenge/i, R401),
  k('support', 'A customer keeps getting 403 on one report and asks whether logging out and logging back in will fix it. What does the RFC say about trying again with the same login?',
    /same (credentials|token|account|login|password)|(won't|will not|wouldn't|would not|doesn't|does not|unlikely to|not going to|cannot|can't) (help|fix|change|solve)|(should not|shouldn't) (automatically )?(repeat|retry|resend)/i, R403R),
  k('sre', 'client got 403, is it even allowed to retry with a different token or is that a dead end',
    /\b(yes|may|can|allowed|permitted)\b(?! not)[\s\S]{0,200}\b(new|different|other|another|fresh)\b|\b(new|different|other|another|fresh)\b[\s\S]{0,200}\b(may|can|allowed|permitted)\b(?! not)/i, R403R),
  k('security', 'Does a 403 response necessarily imply that the credentials presented were the problem?',
    /unrelated|reasons? (other than|besides|beyond|apart from)|other reasons|not (necessarily|always|only)|independent of|regardless of/i, R403U),
  k('api', 'If an origin server wants to tell the client why a request was forbidden, where does RFC 9110 say it can put that explanation?',
    /\b(content|body|payload|entity)\b/i, R403),
  k('nonnative', '404 it mean the page is gone forever or maybe it come back later? what the RFC is saying about this',
    /(does not|doesn't|not|no|neither|without)[\s\S]{0,60}(indicat|say|tell|specif|distinguish|signal|impl|mean|guarantee|reveal)[\s\S]{0,80}(temporar|permanen)|(either|neither|could be|may be|might be|can be)[\s\S]{0,40}(temporar|permanen)/i, R404U),
  k('api', 'When the origin server knows a removal is likely permanent, which status code does RFC 9110 prefer over 404?',
    /\b410\b|\bGone\b/i, R404P),
  k('security', 'Our pentest report flags that we return 404 rather than 403 for objects belonging to other tenants and calls it non-compliant with HTTP. Is that response actually allowed by the RFC?',
    /\byes\b|(?<!non-|not |n't |never )\b(may|allowed|permitted|compliant|acceptable|legitimate|sanctioned)\b(?! not)/i, R404H),
  k('support', 'A user swears the record exists but the API answered 404 because they cannot see it. Can a 404 legitimately mean that, per the spec?',
    /not willing to (disclose|reveal)|unwilling|\bhid(e|es|ing)\b|conceal|not (to )?(disclose|reveal)|(disclos|reveal)(e|ing)? (whether|that|its|the) (it )?exist/i, R404H),
  k('sre', 'are 404s cacheable by default or only when we send cache-control',
    /(?<!not |n't |never )heuristic|(?<!not |n't |never )cacheable by default/i, RCACHE),
  k('nonnative', 'the 410 response, a cache can store it even when there is no cache header? or it need max-age',
    /(?<!not |n't |never )heuristic|(?<!not |n't |never )cacheable by default/i, RCACHE),
  k('api', 'Is a 403 Forbidden heuristically cacheable in the same way a 404 is?',
    /\b(no|not|isn't|aren't|never)\b[\s\S]{0,60}(heuristic|by default|cacheable|cached)|only[\s\S]{0,30}explicit/i, RCACHE),
  k('support', 'We are retiring a whole product line and answering 410 for those pages. Does the RFC say how long we have to keep serving the 410?',
    /discretion|no (fixed |set |specific |minimum |required |particular )?(time|duration|period|requirement|length)|not (required|necessary|specified|mandated)|any length of time|up to (you|the (server |site )?owner)|(doesn't|does not) (say|specify|require|mandate|set)/i, R410K),
  k('sre', '410 or 404 when we honestly dont know if the thing is coming back',
    /(use|return|send|prefer|choose|go with|should be|ought to be|stick with|stick to|pick)\s+(a\s+|the\s+)?(plain\s+)?404|404[^.]{0,60}(ought|should|is (the )?(right|correct|appropriate|safer|better))/i, R410U),
  k('security', 'According to RFC 9110, what is 410 Gone primarily intended to accomplish?',
    /(remove|removed|delete|drop|update|clean)[\s\S]{0,40}(links?|references|bookmarks)|links?[\s\S]{0,40}(removed|deleted|dropped)|web maintenance|intentionally/i, R410M),
  k('api', 'Which RFC is the current normative definition of HTTP semantics, including 401, 403, 404 and 410?',
    /9110/, RRFC),
  k('security', 'Under RFC 6750, which HTTP status code goes with the invalid_token error?',
    /\b401\b|Unauthori[sz]ed/i, R6750E),
  k('sre', 'bearer insufficient_scope, what status',
    /\b403\b|Forbidden/i, R6750E),
  k('api', 'In RFC 6750, a request that uses more than one method to pass the access token gets error="invalid_request". Which status code should accompany it?',
    /\b400\b|Bad Request/i, R6750E),
  k('support', 'The client sent no token at all. Should our Bearer challenge still include error="invalid_token"?',
    /(should not|shouldn't|don't|do not|no need to|not)\s+(include|send|add|return|put|contain)[\s\S]{0,40}(error|code)|\bomit|leave (out|it out|off)|without (an? )?(error|code)|no error (code|attribute|parameter)/i, R6750N),
  k('api', 'What does the "realm" parameter mean in a WWW-Authenticate challenge?',
    /protection space|protected (space|area|zone|region)|(partition|group|set|collection) of (protected )?(resources|pages|URIs)|same credentials/i, RREALM),
  k('security', 'Is the realm value in an HTTP authentication challenge compared case-sensitively?',
    /(?<!not |n't |non-)case[- ]sensitive/i, RREALM),
  k('sre', 'Bearer vs bearer in the authorization header, does case matter for the scheme name',
    /insensitive|(does not|doesn't|don't|won't|not) matter/i, RSCHEME),
  k('api', 'How is the scope attribute formatted in a Bearer WWW-Authenticate challenge?',
    /space[- ]?(delimited|separated)|separated by (a )?spaces?|spaces? between/i, R6750S),
  k('nonnative', 'when the token has not enough scope, the server can tell to client which scope is need? how',
    /(\byes\b|\bmay\b(?! not)|\bcan\b)[\s\S]{0,150}scope|scope\s*(attribute|parameter)[\s\S]{0,60}\b(may|can)\b/i, R6750S),
  k('support', 'What is the client expected to do after receiving a 401 with error="invalid_token"?',
    /(new|fresh|refresh|another|obtain|get|renew|re-?issue)[\s\S]{0,30}(access )?token|refresh/i, R6750T),
  k('sre', 'proxy in front wants creds before forwarding, which status and header instead of 401 www-authenticate',
    /\b407\b|Proxy-Authenticate/i, R407),
  k('nonnative', 'please the difference 401 and 403 in one line only, I am confuse',
    /401[^.;]{0,80}(authenticat|credential|log ?in|sign ?in|identity|who you are)/i, R401V403),
];

export const UNSEEN267_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
