import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 274, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge only, what RFC 9110 and RFC 6750 actually say about 401/403/404/410, asked in passing by on-call, API, support, security and non-native voices. */

const R401 = 'RFC 9110 §15.5.2: a 401 response MUST carry a WWW-Authenticate header field with at least one challenge';
const R401R = 'RFC 9110 §15.5.2: if the request had credentials, 401 means they were refused; the user agent MAY repeat the request with a new or replaced Authorization header field';
const R401V403 = 'RFC 9110 §15.5.2/§15.5.4: 401 = lacks valid authentication credentials; 403 = understood but refuses to fulfil (not an authentication problem)';
const R403 = 'RFC 9110 §15.5.4: if credentials were provided they are insufficient; the client SHOULD NOT automatically repeat the request with the same credentials, MAY try new or different ones';
const R403W = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in other responses (e.g. 403) to indicate that supplying (different) credentials might affect the response';
const R403C = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY instead respond with 404';
const R404D = 'RFC 9110 §15.5.5: 404 = no current representation found, or the server is not willing to disclose that one exists';
const R404U = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent';
const R410P = 'RFC 9110 §15.5.11: 410 is preferred over 404 when the origin server knows the condition is likely permanent';
const R410U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410K = 'RFC 9110 §15.5.11: it is not necessary to mark resources gone or keep the mark for any length of time; that is left to the server owner';
const R410M = 'RFC 9110 §15.5.11: 410 assists web maintenance by saying the resource is intentionally unavailable and remote links to it should be removed';
const RCACHE = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 404 and 410 are heuristically cacheable by default; 401 and 403 are not';
const RRFC = 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235 (and RFC 7230, 7232-7234)';
const R7235 = 'RFC 7235 (HTTP/1.1 Authentication) defined 401 and WWW-Authenticate until obsoleted by RFC 9110';
const R6750 = 'RFC 6750 §3.1: invalid_request -> 400, invalid_token -> 401, insufficient_scope -> 403';
const R6750N = 'RFC 6750 §3: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const R6750S = 'RFC 6750 §3: scope is a space-delimited list of case-sensitive scope values indicating the required scope of the token';
const RREALM = 'RFC 9110 §11.5: realm identifies a protection space (scope of protection); RFC 6750 §3: realm MAY be included';
const R407 = 'RFC 9110 §15.5.8/§11.7.1: a proxy demanding authentication answers 407 with Proxy-Authenticate';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme is a case-insensitive token';
const RMULTI = 'RFC 9110 §11.6.1: WWW-Authenticate may contain more than one challenge';

const QUESTIONS: readonly Draft[] = [
  k('sre', 'what header does a 401 have to send back', /www-authenticate/i, R401),
  k(
    'nonnative',
    'My server send 401 but there is no any header about authentication in response. It is allowed by the RFC or something is must to have?',
    /(must|required|requires|has to|have to|mandatory|needs? to|need)[^.]{0,80}www-authenticate|www-authenticate[^.]{0,80}(must|required|mandatory|missing|needed)/i,
    R401,
  ),
  k(
    'security',
    'Is a 403 Forbidden response permitted to include a WWW-Authenticate header field, or is that header reserved for 401?',
    /\byes\b|\b(server|403|it|response)\s+(may|can)\s+(also\s+)?(include|carry|send|contain|generate|have)|\bis\s+(also\s+)?(allowed|permitted)\b|not\s+(strictly\s+)?(reserved|restricted|limited|exclusive)|other\s+responses/i,
    R403W,
  ),
  k(
    'sre',
    'user got 403 on the admin endpoint, should the client just retry with the same token',
    /\bno\b|(should\s+not|shouldn'?t|must\s+not|don'?t|do\s+not|not)\b[^.]{0,60}(repeat|retry|re-?send|re-?try|same)|(new|different)\s+(credentials|token)/i,
    R403,
  ),
  k(
    'support',
    'A customer keeps getting 403 Forbidden and asks whether logging out and logging back in will fix it. What does the standard say about re-authenticating?',
    /(won'?t|will\s+not|would\s+not|wouldn'?t|does\s+not|doesn'?t|not\s+(likely\s+)?(going\s+to\s+)?|unlikely\s+to|no\s+use|not)[^.]{0,40}(help|fix|change|work|matter|resolve)|(different|new|other)\s+(credentials|account|user|token|permissions)/i,
    R403,
  ),
  k(
    'api',
    'If a request that already carried credentials gets a 401 back, what does RFC 9110 allow the user agent to do next?',
    /(new|replac\w*|different|fresh|updated|valid|other|correct)[^.]{0,40}(authorization|credentials?|token)|re-?authenticat/i,
    R401R,
  ),
  k(
    'security',
    'Under RFC 9110, may an origin server answer 404 instead of 403 so it does not reveal that a forbidden resource exists?',
    /\byes\b|\bmay\s+(instead\s+)?(respond|return|use|send|answer|reply)|\bis\s+(explicitly\s+)?(allowed|permitted)\b/i,
    R404H,
  ),
  k(
    'api',
    "Does RFC 9110's own definition of 404 cover the case where the server simply does not want to disclose that a resource exists?",
    /\byes\b|not\s+willing\s+to\s+disclose|unwilling|(does|it)\s+(explicitly\s+)?cover/i,
    R404D,
  ),
  k(
    'support',
    'A user asks: does the 404 page mean the thing is gone for good, or could it come back later?',
    /(does\s+not|doesn'?t|not|no|neither|without|can'?t|cannot)\s[^.]{0,60}(temporary|permanent|for good|come back|tell|say|indicate)|(temporary|permanent)\w*\s+or\s+(temporary|permanent)|no\s+indication|could\s+(be\s+)?either/i,
    R404U,
  ),
  k('sre', 'we know the page is deleted forever is 404 still right or is there a better code', /\b410\b|\bgone\b/i, R410P),
  k(
    'support',
    'We took down an article, but nobody is sure if it will be restored later. Should we send 410 Gone?',
    /(use|send|return|respond\s+with|stick\s+with|go\s+with|stay\s+with|keep)\s+(a\s+)?(plain\s+|regular\s+|normal\s+)?`?404|404[^.]{0,40}(instead|is\s+(the\s+)?(right|correct|better|appropriate|safer))|\bno\b[^.]{0,80}404/i,
    R410U,
  ),
  k(
    'api',
    'How long does RFC 9110 require a server to keep returning 410 for a resource it removed?',
    /(no|not|isn'?t|doesn'?t|never)\b[^.]{0,40}(requir|mandat|specif|fixed|minimum|set|particular|defin)[^.]{0,40}(time|period|duration|length|long)|discretion|up\s+to\s+(the\s+)?(server|owner|site|you|operator)|not\s+(necessary|required)\s+to\s+keep/i,
    R410K,
  ),
  k(
    'security',
    "Beyond 'it is not here', what purpose does RFC 9110 give for the 410 Gone status?",
    /(remov|delet|drop|clean|purg)\w*[^.]{0,40}(link|reference|bookmark)|links?[^.]{0,40}(remov|delet|drop|clean|purg)|web\s+maintenance/i,
    R410M,
  ),
  k(
    'sre',
    'is a 404 cacheable by default or only when we set cache-control',
    /(?<!not\s)(?<!n't\s)(?<!never\s)heuristic(ally)?\s*(cach|fresh)|(?<!not\s)(?<!n't\s)cacheable\s+by\s+default|(even\s+without|no\s+need\s+for|doesn'?t\s+need|does\s+not\s+need)[^.]{0,30}(cache-control|explicit|header)/i,
    RCACHE,
  ),
  k(
    'nonnative',
    'The CDN is storing our 410 Gone answers even we did not put Cache-Control or Expires. It is normal per the RFC?',
    /\byes\b|(?<!not\s)(?<!n't\s)heuristic|(?<!not\s)(?<!n't\s)cacheable\s+by\s+default|\bis\s+(normal|expected|allowed|permitted)/i,
    RCACHE,
  ),
  k(
    'security',
    'Is a 403 Forbidden response heuristically cacheable by default, the way 404 and 410 are?',
    /\bno\b|\bnot\b[^.]{0,30}(heuristic|by\s+default|cacheable)|(only|unless)[^.]{0,40}(explicit|cache-control|max-age|expires|freshness)/i,
    RCACHE,
  ),
  k(
    'api',
    'Which RFC is the current reference for the semantics of HTTP status codes like 401, 403, 404 and 410?',
    /9110/,
    RRFC,
  ),
  k(
    'nonnative',
    'Before RFC 9110 came out, in which RFC was the 401 status and the WWW-Authenticate header defined?',
    /7235/,
    R7235,
  ),
  k('api', 'In RFC 6750, which HTTP status code goes with the invalid_token error value?', /\b401\b/, R6750),
  k('sre', 'bearer challenge says error=insufficient_scope what status should that ride on', /\b403\b/, R6750),
  k(
    'nonnative',
    'For OAuth bearer token, if request is missing a required parameter or it send the token in two places at once, which HTTP status I should return?',
    /\b400\b|bad\s+request/i,
    R6750,
  ),
  k(
    'security',
    'Per RFC 6750, when a request arrives with no access token at all, should the Bearer challenge include an error code?',
    /\bno\b|should\s+not|shouldn'?t|omit|without\s+(an?\s+|any\s+)?error|leave\s+(the\s+error\s+)?(\w+\s+)?out|not\s+(be\s+)?includ/i,
    R6750N,
  ),
  k(
    'support',
    'What does the "realm" parameter in a WWW-Authenticate header actually mean?',
    /protection\s+space|protected\s+(area|space|zone|region|section|part)|scope\s+of\s+protection|(which|what)[^.]{0,40}(credentials|username|password)|partition|set\s+of\s+(resources|pages|urls)/i,
    RREALM,
  ),
  k(
    'api',
    'Is the realm parameter mandatory in a Bearer WWW-Authenticate challenge?',
    /optional|not\s+(strictly\s+|actually\s+)?(required|mandatory|needed)|isn'?t\s+(strictly\s+)?(required|mandatory|needed)|\bmay\s+(be\s+)?(included|omitted|present|used|left)|can\s+be\s+(omitted|left\s+out)/i,
    RREALM,
  ),
  k(
    'nonnative',
    'In the bearer WWW-Authenticate, what mean the "scope" attribute and how I put several values inside it?',
    /space[- ]?(delimited|separated)|separated\s+by\s+(a\s+)?spaces?|spaces?\s+between/i,
    R6750S,
  ),
  k(
    'support',
    'In one sentence, what is the difference between 401 and 403?',
    /401[\s\S]{0,150}?(authenticat|credential|log\s?in|logged\s?in|identity|who\s+you\s+are|sign(ed)?\s?in)[\s\S]{0,200}?403[\s\S]{0,150}?(permi|authori[sz]|allowed|forbidden|refus|access|rights)|403[\s\S]{0,150}?(permi|authori[sz]|allowed|refus|rights)[\s\S]{0,200}?401[\s\S]{0,150}?(authenticat|credential|log\s?in|logged\s?in|identity|sign(ed)?\s?in)/i,
    R401V403,
  ),
  k('sre', 'corporate proxy in front wants creds, is that still a 401 with www-authenticate', /\b407\b|proxy-authenticate/i, R407),
  k(
    'api',
    'Does it matter if a client sends "bearer" in lowercase instead of "Bearer" in the Authorization header?',
    /case[- ]?insensitiv|not\s+case[- ]?sensitive|isn'?t\s+case[- ]?sensitive|(does\s+not|doesn'?t|should\s+not|shouldn'?t)\s+matter|\bno\b[^.]{0,20}matter|either\s+(case|way)/i,
    RSCHEME,
  ),
  k(
    'nonnative',
    'Can I to explain in the 403 response why the access is refused, or I must keep the reason secret?',
    /\byes\b|\b(may|can)\s+(optionally\s+|also\s+)?(describe|explain|include|give|put|state|provide|say|tell|return)|\bis\s+(allowed|permitted|fine|ok)/i,
    R403C,
  ),
  k(
    'security',
    'Can a single WWW-Authenticate header field offer more than one authentication challenge?',
    /\byes\b|(more\s+than\s+one|multiple|several)\s+(challenges?|schemes?)|\b(can|may)\s+(contain|include|carry|list|offer|have)/i,
    RMULTI,
  ),
];

export const UNSEEN274_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
