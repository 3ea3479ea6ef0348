import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 207, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions only, voiced mostly by security reviewers, pen-testers and compliance auditors. */

const R401 = 'RFC 9110 §15.5.2: a server generating 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: if the same challenge comes back after an attempt, the user agent SHOULD present the enclosed representation to the user';
const RWWWA = 'RFC 9110 §11.6.1: a server MAY send WWW-Authenticate in other responses to indicate that supplying (different) credentials might affect the response';
const R401V403 = 'RFC 9110 §15.5.2 / §15.5.4: 401 is about missing or rejected authentication credentials; 403 is a refusal to authorize that re-authenticating does not fix';
const R403 = 'RFC 9110 §15.5.4: if credentials were provided the server considers them insufficient; the client SHOULD NOT automatically repeat the request with the same credentials';
const R403B = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of a representation is temporary or permanent';
const R410U = 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410K = 'RFC 9110 §15.5.11: it is not necessary to mark resources gone or keep the mark for any length of time; that is left to the server owner';
const R410P = 'RFC 9110 §15.5.11: 410 is primarily meant to assist web maintenance, telling recipients the removal is intentional and that remote links should be removed';
const RCACHE = 'RFC 9110 §15.1 / §15.5.5 / §15.5.11: 404 and 410 are heuristically cacheable by default';
const RCACHE403 = 'RFC 9110 §15.1: 401 and 403 are not heuristically cacheable; they can only be cached with explicit freshness information';
const RRFC = 'RFC 9110 obsoletes RFC 7231 (and RFC 7235, among others) as the current definition of HTTP semantics and status codes';
const RRFC7235 = 'RFC 9110 obsoletes RFC 7235, where 401 and WWW-Authenticate were previously defined (§3.1)';
const RB401 = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) uses status 401';
const RB403 = 'RFC 6750 §3.1: insufficient_scope (token lacks the privileges required) uses status 403';
const RB400 = 'RFC 6750 §3.1: invalid_request uses status 400 Bad Request';
const RBNOERR = 'RFC 6750 §3: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const RBDESC = 'RFC 6750 §3: error_description is a human-readable explanation for developers, not meant to be displayed to end users';
const RBSCOPE = 'RFC 6750 §3 / §3.1: the scope attribute lists the scope values necessary to access the resource';
const RREALM = 'RFC 9110 §11.5: the realm parameter indicates a scope of protection; with the canonical root URI it defines a protection space';
const RREALMCS = 'RFC 9110 §11.5: the realm value is a case-sensitive string';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme name is a case-insensitive token';
const R407 = 'RFC 9110 §15.5.8: authentication required by a proxy uses 407 Proxy Authentication Required with Proxy-Authenticate';

const YES_CACHE = /(?<!not |n't |never )heuristic\w* cach|(?<!not |n't |never |isn't |aren't )cacheable by default/i;

const QUESTIONS: readonly Draft[] = [
  k('security', 'During a pentest I saw the API return 401 Unauthorized with no WWW-Authenticate header at all. Is that a spec violation under RFC 9110, and what exactly is required on a 401?',
    /(must|required to|has to|have to|mandatory to|obliged to)\s+(send|include|contain|carry|return|have|generate|set)[^.]{0,40}www-authenticate|www-authenticate[^.]{0,40}(is|are)\s+(mandatory|required|obligatory)|at least one challenge|\bis a (clear |spec |protocol |normative )?violation|violates (the )?(spec|rfc|standard)/i, R401),
  k('sre', 'quick one, 401 has to carry which header again',
    /www-authenticate/i, R401),
  k('security', 'Is a 403 Forbidden permitted to include a WWW-Authenticate header, or is that header exclusive to 401 responses?',
    /\byes\b|\bmay\b[^.]{0,40}(send|generat|includ|appear|carr|use|add)[^.]{0,60}(other|403|any|non-401)|not (exclusive|limited|restricted|reserved)|(different|new|other) credentials (might|may|could)/i, RWWWA),
  k('security', 'For our access-control policy document I need one line each: what does a 401 mean and what does a 403 mean?',
    /^(?=[\s\S]*401[\s\S]{0,160}(authenticat|credential|log(ged)?[ -]?in|identity|who you are))(?=[\s\S]*403[\s\S]{0,200}(permission|authori[sz]|not allowed|refus|forbid|access|privilege|rights|entitle))/i, R401V403),
  k('sre', 'client gets 403 and just keeps retrying with the same token, is that legit per the rfc',
    /\b(should ?n[o']t|must ?n[o']t|do ?n[o']t|don'?t|never|no point|pointless|not)\b[^.]{0,60}(repeat|retr|re-?send|send (it |the request )?again|re-?issu)/i, R403),
  k('nonnative', 'My user have correct login but he receive 403 always. Will it help if he log out and log in again with same account?',
    /^\W*no\b|(won'?t|will not|would not|wouldn'?t|does ?n[o']t|do ?n[o']t|unlikely to|not going to|probably not|cannot|can'?t)\s+(help|change|fix|make|solve|resolve)|re-?(authenticat|log)\w*[^.]{0,40}(won'?t|will not|does ?n[o']t|not) (help|change|fix)|same credentials[^.]{0,60}(won'?t|will not|not|insufficient)/i, R403),
  k('security', 'Our policy says to answer 404 instead of 403 for other tenants\' records so we do not leak that they exist. Does RFC 9110 actually allow that substitution?',
    /\byes\b|\bmay\b[^.]{0,60}(404|not found)|(allow|permit)s?[^.]{0,40}(404|hid|conceal)|explicitly (allowed|permitted|sanctioned)/i, R404H),
  k('api', 'When is it acceptable, per the spec, to send 404 where a 403 would technically be the accurate answer?',
    /(hide|hiding|conceal|not (to )?(reveal|disclose|leak|expose|confirm)|without (revealing|disclosing|leaking|exposing|confirming)|avoid (revealing|disclosing|leaking|exposing|confirming)|enumerat)/i, R404H),
  k('support', 'A customer asks whether our 404 page means the article is gone for good. What does the 404 status itself say about whether the absence is temporary or permanent?',
    /(does ?n[o']t|doesn'?t|does not|nothing|not|never)\s+(say|indicate|tell|signal|specify|imply|distinguish|state|convey|reveal|promise)[^.]{0,40}(whether|if|which|either)[^.]{0,60}(temporar|permanen)|(temporar|permanen)\w*\s+or\s+(temporar|permanen)|(either|neither)[^.]{0,30}(temporar|permanen)|no (information|indication|guarantee|promise)[^.]{0,60}(temporar|permanen)/i, R404U),
  k('sre', 'rfc wise what do we send if the server cant tell whether a removal is permanent, 404 or 410',
    /(use|send|return|ought to be used|should be|go with|stick with|pick|prefer|respond with|answer is|fall back to)\s+(a\s+|with\s+)?(plain\s+)?404|404[^.]{0,40}(ought to be used|should be used|is (the )?(right|correct|appropriate|recommended|safer|better))|^\W*404\b/i, R410U),
  k('security', 'Compliance question: after we delete a customer record the URL returns 410 Gone. For how long does RFC 9110 require us to keep serving that 410?',
    /discretion|up to (the )?(server|site|owner|operator|you|publisher)|not (necessary|required|mandatory)[^.]{0,80}(keep|mark|maintain|retain)|(no|not|doesn'?t|does not|nor|without)[^.]{0,40}(requir|mandat|specif|set|defin|prescrib|impos)\w*[^.]{0,40}(period|duration|time|length|minimum|how long|retention)|for any (particular )?length of time|no (minimum|fixed|required|mandated|specific)/i, R410K),
  k('api', 'What is the 410 Gone status primarily intended for, according to the HTTP spec?',
    /links?[^.]{0,60}(remov|delet|drop|clean|purg)|(remov|delet|drop|clean|purg)\w*[^.]{0,60}links?|web maintenance/i, R410P),
  k('sre', 'are 404s cacheable by default or only when we set cache-control',
    YES_CACHE, RCACHE),
  k('security', 'A deleted profile URL now returns 410 with no Cache-Control or Expires. Is a CDN allowed to cache and keep serving that 410 anyway?',
    YES_CACHE, RCACHE),
  k('api', 'If my API sends a 403 without any Cache-Control or Expires header, may a cache store and reuse it?',
    /(not|isn'?t|aren'?t|never)\s+(heuristically\s+)?cacheable by default|not heuristically|explicit\w*\s+(freshness|cache|caching|expir|max-age|directive|header|lifetime)|only (if|when|with)[^.]{0,60}(cache-control|expires|max-age|explicit)|\bno\b[^.]{0,60}(without|unless)[^.]{0,40}(cache-control|expires|max-age|explicit)/i, RCACHE403),
  k('nonnative', 'Which RFC is now the one for HTTP status codes? My teacher say RFC 7231 but I think it is old one.',
    /9110/, RRFC),
  k('api', 'Before RFC 9110, which RFC defined the 401 status code and the WWW-Authenticate header?',
    /7235/, RRFC7235),
  k('sre', 'bearer token expired, what status and error code does 6750 want',
    /^(?=[\s\S]*invalid_token)(?=[\s\S]*\b401\b)/i, RB401),
  k('security', 'The bearer token is valid, but it lacks the scope the endpoint needs. Per RFC 6750, which error code and HTTP status should the resource server return?',
    /^(?=[\s\S]*insufficient_scope)(?=[\s\S]*\b403\b)/i, RB403),
  k('api', 'RFC 6750 defines an invalid_request error for bearer tokens. Which HTTP status goes with it?',
    /\b400\b|bad request/i, RB400),
  k('security', 'The request arrived with no Authorization header at all. Should the Bearer challenge in the 401 still carry error="invalid_token"?',
    /^\W*no\b|(should ?n[o']t|shouldn'?t|should not|do not|don'?t|not)\s+(include|send|add|return|contain|carry|set)[^.]{0,40}(error|code)|omit\w*[^.]{0,40}(error|code)|(no|without( an?| any)?) error (code|attribute|param|info)/i, RBNOERR),
  k('support', 'Can we display the error_description text from the Bearer WWW-Authenticate header straight to end users in our app?',
    /(not|isn'?t|aren'?t)\s+(meant|intended|designed)[^.]{0,40}(end[- ]?users?|users?|display)|for developers|developer[- ](facing|readable|oriented|audience)|developers?,? not (end[- ]?)?users/i, RBDESC),
  k('nonnative', 'What mean the "realm" in WWW-Authenticate: Basic realm="staff"? Is it a username or something other?',
    /protection space|scope of protection|(protected|protection) (area|zone|space|scope|domain)|partition|(set|group) of (protected )?(resources|pages|urls)/i, RREALM),
  k('security', 'Are realm values in an authentication challenge compared case-sensitively?',
    /(?<!not |in)case[- ]sensitive/i, RREALMCS),
  k('api', 'Clients send "authorization: bearer abc" with the scheme in lowercase. Is the auth-scheme name case-sensitive per RFC 9110?',
    /case[- ]?insensitive|not case[- ]sensitive|isn'?t case[- ]sensitive/i, RSCHEME),
  k('api', 'In a Bearer challenge with error="insufficient_scope", what is the scope attribute used to tell the client?',
    /(required|needed|necessary|missing)[^.]{0,40}scope|scope[^.]{0,60}(required|needed|necessary)/i, RBSCOPE),
  k('sre', 'forward proxy wants creds before it lets traffic through, is that a 401 too',
    /\b407\b/, R407),
  k('security', 'The client did send an Authorization header and still received a 401. What does that 401 signify in this case according to RFC 9110?',
    /(refused|rejected|not accepted|invalid|failed|wrong|bad|not valid|declined)[^.]{0,40}(those|the|these|supplied|provided|sent|its|their)?\s*credentials|credentials[^.]{0,60}(refused|rejected|not accepted|invalid|failed|wrong|were not|not valid|declined)/i, R401C),
  k('api', 'Our client already tried to authenticate once and the server returns the very same 401 challenge again. What does RFC 9110 say the user agent should do at that point?',
    /(present|show|display|render)\w*[^.]{0,60}(representation|\bbody\b|response content|the content|diagnostic|error (page|message|details))/i, R401R),
  k('support', 'Are we allowed to explain to the user in the body of a 403 why they were refused, or should the response stay silent?',
    /\byes\b|\b(may|can)\b[^.]{0,40}(describe|explain|include|give|state|tell)|(allowed|permitted|fine|ok|okay)[^.]{0,40}(describe|explain|include|give|state|tell)[^.]{0,40}(reason|why)/i, R403B),
];

export const UNSEEN207_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
