import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 181, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions as asked by API designers and technical writers documenting auth and error responses, with SRE, support, security and non-native voices mixed in. */

const R401 = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates authorization has been refused for those credentials; the user agent MAY repeat the request with a new or replaced Authorization header';
const R401P = 'RFC 9110 §15.5.2: the reason phrase of 401 is "Unauthorized"';
const R403 = 'RFC 9110 §15.5.4: credentials provided are considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY instead respond with 404';
const R404 = 'RFC 9110 §15.5.5: 404 means no current representation was found or the server is not willing to disclose that one exists';
const R404U = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent; 410 is preferred if known to be permanent';
const R410 = 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner; link-editing clients SHOULD delete references after user approval';
const RCACHE = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 404 and 410 are heuristically cacheable by default; 403 is not, it needs explicit freshness information';
const RWWWA = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in other responses (e.g. 403) to indicate that supplying credentials might affect the response';
const RSCHEME = 'RFC 9110 §11.1: the auth-scheme is a case-insensitive token';
const RREALM = 'RFC 9110 §11.5: the realm parameter indicates a protection space (scope of protection) on the origin server';
const R407 = 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate, is used when the client must authenticate to a proxy';
const RCLASS = 'RFC 9110 §15: a client MUST treat an unrecognized status code as equivalent to the x00 code of its class (400 for 4xx)';
const R4XX = 'RFC 9110 §15.5: except for HEAD, the server SHOULD send a representation explaining the error situation and whether it is temporary or permanent';
const RDOC = 'RFC 9110 (June 2022) is the current HTTP Semantics specification; it obsoletes RFC 7231, 7232, 7233, 7235 and others';
const R6750E = 'RFC 6750 §3.1: invalid_request → 400, invalid_token → 401, insufficient_scope → 403';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const R6750S = 'RFC 6750 §3: the scope attribute is a space-delimited list of scope values indicating the scope of access required for the resource';
const R6750H = 'RFC 6750 §2.1: resource servers MUST support sending the bearer token in the Authorization request header field';

const QUESTIONS: readonly Draft[] = [
  // WWW-Authenticate on 401
  k('api', 'When our API returns 401 Unauthorized, which response header does RFC 9110 require us to include?', /WWW-Authenticate/i, R401),
  k('sre', 'gateway sends 401 with no www-authenticate header is that actually spec compliant or just sloppy', /(must|required to|requires?|mandatory|obligat\w*)[^.]{0,60}WWW-Authenticate|WWW-Authenticate[^.]{0,60}(must|required|mandatory)|not (spec[- ])?compliant|non-?compliant|violat|breaks? the (spec|rfc)|not conformant|non-?conformant/i, R401),
  // WWW-Authenticate on 403
  k('api', 'For our reference docs: is a server permitted to send a WWW-Authenticate header on a 403 response, or is that header reserved for 401 only?', /\byes\b|\bmay (also )?(send|include|carry|generate|contain|be (sent|included))|is (allowed|permitted)|insufficient_scope|not (exclusively |only |strictly )?reserved/i, RWWWA),
  // 403 and credentials
  k('support', 'A customer keeps logging out and back in after getting a 403 on the same page. Will re-authenticating with the same account fix it, according to the RFC?', /won'?t|will not|does ?n[o']?t help|doesn'?t help|not (going to |likely to )?(help|fix)|should ?n[o']?t (automatically )?(repeat|retry)|shouldn'?t (automatically )?(repeat|retry)|different (credentials|account)|new credentials/i, R403),
  k('nonnative', 'if client send credentials and server answer 403, what the RFC is saying about those credentials?', /insufficient|not (enough|sufficient)|considers? them/i, R403),
  // 404 hiding 403
  k('security', 'Does RFC 9110 allow an origin server to answer 404 instead of 403 so that it does not reveal that a forbidden resource exists?', /\byes\b|\bmay (instead )?(respond|return|answer|use|send|reply)|(is |explicitly )(allowed|permitted)|allows? (it|this|that|servers?|an origin|the server)|permits? (it|this|that|servers?|an origin|the server)/i, R403H),
  k('api', 'Apart from "nothing found at this URL", what second situation does the RFC 9110 definition of 404 Not Found explicitly cover?', /(not willing|unwilling|refus\w*|declin\w*|chooses? not)[^.]{0,40}(disclos|reveal)|(disclos|reveal)\w*[^.]{0,40}exist/i, R404),
  // 404 temporary vs permanent
  k('api', 'If we know a resource has been removed permanently, which status code does RFC 9110 say is preferred over 404?', /\b410\b|\bgone\b/i, R404U),
  // caching
  k('sre', 'are 404s cacheable by default or do we need explicit cache-control before the cdn can hold them', /heuristic|(is|are) cacheable by default|cacheable (by default|without)/i, RCACHE),
  k('nonnative', 'is the 410 response can be stored by a cache even when there is no Cache-Control header on it?', /heuristic|\byes\b|(is|are) cacheable by default/i, RCACHE),
  k('api', 'Unlike 404, is a 403 Forbidden response heuristically cacheable by default under RFC 9110?', /^\W*no\b|\bno[,.;:]|not heuristically|isn'?t heuristically|not (cacheable )?by default|not (in|on|among|part of) the (list|set)|only (with|when|if)[^.]{0,40}explicit|explicit (freshness|cache|expir|max-age|cache-control)/im, RCACHE),
  // 410 duration and client behavior
  k('api', 'How long must a server keep answering 410 Gone for a removed URL before it may switch to 404?', /(no|not any|any) (specific |particular |fixed |minimum |required |set )?(length|period|duration|time|amount)|discretion|not (necessary|required)|up to (the )?(server|owner|operator|site)|no (requirement|mandate|minimum)/i, R410),
  k('support', 'When a client receives 410 Gone, what does RFC 9110 suggest that clients with link-editing capabilities should do?', /(delet|remov)\w*[^.]{0,60}(link|reference|bookmark|URI|URL)/i, R410),
  // RFC lineage
  k('api', 'Which RFC is the current normative source for the definitions of 401, 403, 404 and 410?', /9110/, RDOC),
  k('nonnative', 'our old docs are citing one RFC for status codes, RFC 9110 replaced which RFC that had 403 and 404 definitions before?', /7231/, RDOC),
  // RFC 6750 error codes
  k('api', 'Under RFC 6750, which HTTP status code should accompany error="invalid_request"?', /\b400\b|bad request/i, R6750E),
  k('sre', 'bearer token expired what status goes with error=invalid_token per 6750', /\b401\b/, R6750E),
  k('security', 'Per RFC 6750, which status code should a resource server return with error="insufficient_scope" when the token is valid but lacks the needed scope?', /\b403\b/, R6750E),
  // RFC 6750 no auth info
  k('api', 'RFC 6750 §3.1: when the request carries no authentication information at all, should the 401 Bearer challenge include an error code?', /should ?n[o']?t|shouldn'?t|\bomit|leave (it |the error )?out|without (an |any )?error|not include/i, R6750N),
  // realm and scope
  k('nonnative', 'what is meaning of "realm" inside the WWW-Authenticate challenge?', /protection space|scope of protection|(set|group|partition|area|zone|space)[^.]{0,40}(resources|protect)/i, RREALM),
  k('api', 'What does the "scope" attribute in a Bearer WWW-Authenticate challenge communicate to the client?', /(required|necessary|needed)[^.]{0,40}(scope|access|permission)|scope[^.]{0,60}(required|necessary|needed)/i, R6750S),
  // 401 with credentials and retry
  k('support', 'A user says "but I did send my password!" and still gets a 401. What does the RFC say a 401 means when credentials were included in the request?', /refus|reject|not accepted|invalid|fail/i, R401C),
  k('api', 'After receiving a 401, what is the user agent allowed to do next according to RFC 9110?', /(repeat|retr|resend|re-send|try again|send again|reissue|re-issue)[^.]{0,100}(credential|Authorization)|(new|replaced|different|fresh|valid|updated) (credential|Authorization)/i, R401C),
  // proxy auth
  k('sre', 'proxy in the middle wants creds before forwarding what code is that its not 401 right', /\b407\b/, R407),
  // unknown status codes
  k('api', 'If we invent a custom 4xx code such as 449 and a client does not recognise it, how must the client treat it per RFC 9110?', /\b400\b|bad request|x00/i, RCLASS),
  // reason phrase
  k('support', 'What is the official reason phrase that RFC 9110 gives for status 401? Is it "Unauthenticated"?', /Unauthori[sz]ed/i, R401P),
  // 4xx content
  k('api', 'For 4xx responses (other than to HEAD), what should the server put in the response content according to RFC 9110?', /explanation|explain|describ/i, R4XX),
  // auth-scheme case
  k('api', 'Is the auth-scheme token in a challenge case-sensitive, for example "Bearer" versus "bearer"?', /case[- ]insensitive|not case[- ]sensitive|isn'?t case[- ]sensitive|(is|are) insensitive/i, RSCHEME),
  // bearer transmission
  k('security', 'Which method of sending a bearer access token does RFC 6750 say resource servers MUST support?', /Authorization (request )?header|Authorization:|Authorization field/i, R6750H),
];

export const UNSEEN181_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
