import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 220, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only questions from on-call SREs in chat shorthand and security reviewers, with API, support and non-native voices mixed in. */

const R401 = 'RFC 9110 §15.5.2: a server generating 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials; the client MAY repeat the request with a new or replaced Authorization header field';
const R401M = 'RFC 9110 §11.6.1: WWW-Authenticate may carry one or more challenges (in one field or several), e.g. Basic and Bearer side by side';
const R403 = 'RFC 9110 §15.5.4: 403 means the server understood the request but refuses to fulfill it; if credentials were provided they are insufficient, and the client SHOULD NOT automatically repeat the request with the same credentials';
const R403A = 'RFC 9110 §15.5.4: a 403 may be sent for reasons unrelated to credentials; it does not imply the client authenticated';
const R403W = 'RFC 9110 §11.6.1: a server MAY send WWW-Authenticate in responses other than 401 to indicate that supplying (different) credentials might affect the response; RFC 6750 §3.1 uses it on 403 insufficient_scope';
const R404 = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the current existence of a forbidden target resource MAY instead respond with 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 is intended to assist web maintenance by notifying the recipient that the resource is intentionally unavailable and that remote links to it should be removed';
const R410T = 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the discretion of the server owner';
const RCACHE = 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable by default; 401 and 403 are not, so they need explicit freshness information to be cached';
const RAUTHC = 'RFC 9111 §3.5: a shared cache must not reuse a response to a request with Authorization unless the response has public, s-maxage or must-revalidate';
const RRFC = 'RFC 9110 (June 2022) is the current HTTP Semantics spec; it obsoletes RFC 7231 and RFC 7235 (which previously defined 401 and WWW-Authenticate)';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: proxy authentication uses 407 Proxy Authentication Required with Proxy-Authenticate, not 401';
const RREALM = 'RFC 9110 §11.5: the realm parameter identifies a protection space; the realm value is a case-sensitive string';
const RB400 = 'RFC 6750 §3.1: invalid_request maps to 400 Bad Request';
const RB401 = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) maps to 401 Unauthorized';
const RB403 = 'RFC 6750 §3.1: insufficient_scope maps to 403 Forbidden, and MAY carry a scope attribute naming the scope needed';
const RBNONE = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const RSCOPE = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values';
const RQUERY = 'RFC 6750 §2.3: the URI query parameter method is discouraged (SHOULD NOT be used unless other methods are not feasible) and requires Cache-Control: private';
const RDIFF = 'RFC 9110 §15.5.2 / §15.5.4: 401 is about missing or invalid authentication; 403 means the server understood and refuses (permission), re-authenticating will not help';

const QUESTIONS: readonly Draft[] = [
  k('sre', 'does a 401 have to carry some specific header or can we just send the bare status from the lb', /WWW-Authenticate/i, R401),
  k('security', 'Reviewing a gateway that adds WWW-Authenticate: Bearer error="insufficient_scope" to its 403 responses. Is a WWW-Authenticate header even allowed on a 403, or is it reserved for 401?', /(?<!not |n'?t |never )(allowed|permitted|legitimate)\b|\byes\b|\b(server|servers|it|403s?|you|response|responses|header)\s+(may|can) (also )?(include|carry|send|contain|generate|have|appear|be (sent|included|used|present))/i, R403W),
  k('sre', 'user keeps getting 403, support told them log out and back in. does the rfc say reauth fixes a 403', /same credentials|should ?(not|n'?t) (automatically )?(repeat|retry|resend)|(re-?auth\w*|log(ging)? ?(out|in)|logging back in|signing in)[^.]{0,60}(not|n'?t|unlikely)\b[^.]{0,20}(help|change|fix|work|solve)|(not|n'?t) (help|fix|change|solve)[^.]{0,40}(re-?auth|log|sign)/i, R403),
  k('security', 'Pen-test finding says: "endpoint returns 403 to anonymous callers, so it leaks that they are authenticated." Does a 403 actually imply the client presented valid credentials?', /not necessarily|(does ?(not|n'?t)) (imply|mean|require|indicate)|even (without|if no|when no|for anonymous|to anonymous|for unauthenticated|to unauthenticated)|regardless|with or without|unrelated to (credentials|authentication)|other than (credentials|authentication)|nothing to do with (credentials|authentication)/i, R403A),
  k('nonnative', 'When server give 404, it is meaning the page is gone forever, or maybe it come back later? What the RFC say about this?', /(does ?(not|n'?t)|do ?(not|n'?t)) (indicate|say|tell|specify|distinguish|state|signal|promise|guarantee|know)|no (indication|information|guarantee|statement|promise)|(temporary|temporarily) or (permanent|permanently)|(permanent|permanently) or (temporary|temporarily)|could be either|unspecified|not specified/i, R404),
  k('support', 'A customer asks how long we are obliged to keep returning 410 Gone for deleted listings before they can turn into plain 404s. Is there a required period?', /discretion|no (required|fixed|minimum|mandated|set|specific|defined|particular) (time|period|duration|length|window)|no (such )?(requirement|obligation|rule)|not (required|obliged|necessary|mandated)|any length of time|up to (you|the (server )?owner|the operator|the site)|does ?(not|n'?t) (specify|require|mandate|set|define)|no time limit/i, R410T),
  k('sre', 'cdn is holding onto 404s even tho origin sends no cache-control. is 404 cacheable by default per rfc', /(?<!not |n'?t )heuristic|(?<!not |n'?t )cacheable by default|\byes\b/i, RCACHE),
  k('api', 'Does a 410 Gone response get cached by default when the origin sends no explicit freshness information?', /(?<!not |n'?t )heuristic|(?<!not |n'?t )cacheable by default|\byes\b/i, RCACHE),
  k('security', 'Our CDN served one user\'s 403 to other users. Are 401 and 403 cacheable by default the way 404 is?', /(not|n'?t|never)\s[^.]{0,25}(heuristic|by default)|only\b[^.]{0,40}(explicit|cache-control|max-age|expires|freshness)|(need|require)s? explicit/i, RCACHE),
  k('api', 'Which RFC is the current normative reference for the definitions of 401, 403, 404 and 410?', /9110/, RRFC),
  k('sre', 'before 9110 which rfc defined 401 and www-authenticate, need it for an old runbook ref', /7235/, RRFC),
  k('sre', 'bearer token expired, per rfc 6750 what status does the resource server send', /401/, RB401),
  k('security', 'The token is valid but lacks the scope the endpoint requires. Under RFC 6750, which status code goes with the insufficient_scope error?', /403/, RB403),
  k('api', 'In RFC 6750, what HTTP status is paired with the invalid_request error code?', /400|bad request/i, RB400),
  k('security', 'When a call to a bearer-protected API carries no token at all, should the WWW-Authenticate challenge include error="invalid_request" or any other error code?', /no error|without (an |any )?error|omit\w*[^.]{0,30}error|(should|must) ?(not|n'?t)[^.]{0,40}error|not (include|contain|send|return|add)[^.]{0,30}error/i, RBNONE),
  k('nonnative', 'In the bearer challenge the scope attribute have many values. How they are separated, with comma or something else?', /space[- ]?(delimited|separated)|(separated|delimited) (by|with) (a |single |one )*(space|whitespace)/i, RSCOPE),
  k('sre', 'insufficient_scope 403 going back to the client, how does it learn which scope it actually needed', /\bscope\b["'`]?\s*(=|attribute|parameter|param\b|field)|(attribute|parameter|param)\s+["'`]?scope\b/i, RB403),
  k('support', 'A customer asked what "realm" means in the WWW-Authenticate header we send. How should I explain it?', /protection space|protected (area|space|section|zone|region|part)|(set|group|partition|collection) of (protected )?(resources|pages|urls|endpoints)|security (area|zone|domain)/i, RREALM),
  k('security', 'Is the realm value in a challenge case-sensitive? The client library compares it after toLowerCase().', /(?<!not |n'?t )case[- ]?sensitive/i, RREALM),
  k('security', 'Under what condition does RFC 9110 let a server answer 404 where 403 would technically be correct?', /hid(e|ing)|conceal|(not|n'?t|without) (reveal|disclos|leak|confirm|expos)|(reveal|disclos|leak|confirm|expos)\w*[^.]{0,40}existence/i, R404H),
  k('sre', 'is 404 for stuff the caller isnt allowed to see actually spec blessed or a hack. need a one liner for the postmortem', /explicit\w*|(?<!not |n'?t )(allow|permit)(s|ted|ed)?\b|spec[- ]blessed|sanctioned/i, R404H),
  k('api', 'If we are not sure whether a removed resource is gone for good, should we respond 410 or 404?', /(use|return|send|respond with|stick (with|to)|go with|prefer|choose|answer with|default to)\s+(a\s+|an\s+|the\s+|with\s+)?(plain\s+)?404|404[^.]{0,40}(ought|should)|^\W*404/im, R404U),
  k('support', 'What is a 410 actually meant to tell the people and sites that link to us?', /(remov|delet|drop|updat|clean)\w*[^.]{0,40}links?|links?[^.]{0,50}(remov|delet|drop|updat|clean)|web maintenance/i, R410),
  k('security', 'If a request already carried credentials and the server still returns 401, what does that 401 mean according to RFC 9110?', /(refus|reject|invalid|not accept|fail|insufficient|wrong|bad)\w*[^.]{0,50}(credential|token)|(credential|token)s?[^.]{0,50}(refus|reject|invalid|not accept|fail|wrong|bad|expired)/i, R401C),
  k('nonnative', 'After the client receive a 401, what it should do next? Just give up?', /authorization header|(new|replaced|different|valid|fresh|correct|other) (or replaced )?(credentials|token|authorization)|re-?authenticat|log ?in( again)?\b|retry[^.]{0,40}(credential|token|authoriz)/i, R401C),
  k('sre', 'corp egress proxy wants creds before it forwards anything. thats a 401 from the proxy right', /407|proxy-authenticate/i, R407),
  k('support', 'Give me one line I can paste to customers explaining the difference between 401 and 403.', /401[^.]{0,120}(authenticat|credential|log(ged)? ?in|sign(ed)? ?in|identity)[\s\S]{0,200}403[^.]{0,120}(permission|authori[sz]|forbidden|refus|not allowed|access|rights)|403[^.]{0,120}(permission|authori[sz]|forbidden|refus|not allowed|access|rights)[\s\S]{0,200}401[^.]{0,120}(authenticat|credential|log(ged)? ?in|sign(ed)? ?in|identity)/i, RDIFF),
  k('security', 'A client integration passes ?access_token=... in the URL query. Does RFC 6750 allow that?', /discourag|not recommend|should ?(not|n'?t)|avoid|last resort|(only|unless)[^.]{0,40}(impossible|not (possible|feasible)|can'?t|cannot|no other|infeasible)|secur\w* (risk|weakness|concern|issue)|leak|cache-control:?\s*private/i, RQUERY),
  k('sre', 'cdn caching responses to requests w authorization header. whats the rule before it can serve those to other users', /public|s-maxage|must-revalidate/i, RAUTHC),
  k('api', 'Can a single 401 response advertise both Basic and Bearer, or is only one challenge allowed?', /(multiple|more than one|several|both|two)\b[^.]{0,50}(challenge|scheme)|(one or more|at least one) challenge|(challenge|scheme)s?[^.]{0,50}(multiple|separate|several) (WWW-Authenticate|header|field)/i, R401M),
];

export const UNSEEN220_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
