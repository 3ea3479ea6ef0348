import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 183, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions, leaning toward security reviewers and pen-testers. */

const R401 = 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header field with at least one applicable challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials';
const R401V403 = 'RFC 9110 §15.5.2 / §15.5.4: 401 is about missing or invalid authentication credentials; 403 is understood-but-refused';
const R403 = 'RFC 9110 §15.5.4: with credentials, 403 means they are insufficient; the client SHOULD NOT automatically repeat the request with the same credentials';
const R403NEW = 'RFC 9110 §15.5.4: the client MAY repeat the request with new or different credentials';
const R403WHY = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404';
const R404H = 'RFC 9110 §15.5.5: 404 means the origin server did not find a current representation or is not willing to disclose that one exists';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent';
const R410U = 'RFC 9110 §15.5.11: if the origin server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used';
const R410KEEP = 'RFC 9110 §15.5.11: it is not necessary to mark permanently unavailable resources as gone or keep the mark for any length of time; that is left to the owner';
const R410P = 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and that remote links to it should be removed';
const R410USE = 'RFC 9110 §15.5.11: 410 is common for limited-time promotional services and resources of individuals no longer associated with the site';
const RCACHE = 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable by default; 401 and 403 are not, so they need explicit freshness information';
const RWWW = 'RFC 9110 §11.6.1: a server MAY send WWW-Authenticate in other responses (e.g. 403) to indicate that (different) credentials might affect the response';
const RRFC = 'RFC 9110 (June 2022) is the current HTTP Semantics spec; it obsoletes RFC 7231 and RFC 7235';
const RREALM = 'RFC 9110 §11.5: the realm parameter identifies a protection space (with the canonical root URI)';
const RREALMCS = 'RFC 9110 §11.5: the realm value is a case-sensitive string';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: proxies challenge with 407 Proxy Authentication Required and a Proxy-Authenticate header';
const B400 = 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 Bad Request';
const B401 = 'RFC 6750 §3.1: invalid_token SHOULD be answered with 401 Unauthorized';
const B403 = 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 Forbidden';
const BNOAUTH = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const BSCOPE = 'RFC 6750 §3: the scope attribute is a space-delimited, case-sensitive list of scope values required to access the resource';
const BURL = 'RFC 6750 §2.3 / §5.3: bearer tokens should not be passed in page URLs (query parameters); use the Authorization header';
const BTLS = 'RFC 6750 §5.3: clients MUST use TLS (https) when sending bearer tokens';

const QUESTIONS: readonly Draft[] = [
  // A: 401 must carry WWW-Authenticate
  k('security', 'During a pentest I noticed the API returns 401 with an empty header set apart from Content-Type. Which response header does RFC 9110 require on every 401?', /WWW[- ]?Authenticate/i, R401),
  k('sre', 'our gateway strips all auth headers from 401s to keep responses small is that still a valid 401 per the rfc or is something mandatory missing', /WWW[- ]?Authenticate/i, R401),

  // B: 403 may carry WWW-Authenticate
  k('api', 'Is a server permitted to include a WWW-Authenticate header on a 403 Forbidden response, or is that header reserved for 401?', /\byes\b|(?<!not |n't )\b(allowed|permitted)\b|\bmay\b(?!\s+not)|\bcan\b(?!not|'t| not)|optional|11\.6\.1/i, RWWW),

  // C: 403 and re-authentication
  k('security', 'A client receiving 403 keeps replaying the request with the exact same bearer token in a tight loop. What does RFC 9110 say a client should do about repeating a 403 request with the same credentials?', /same credentials|(should not|shouldn.?t|must not|not|never|n't)\b[^.\n]{0,50}(automatically\s+)?(repeat|retry|resend|re-?send|replay|re-?authenticat|reissue|re-?issue)/i, R403),
  k('nonnative', 'When I receive 403, the spec is allowing me to send the request again if I use other login or other token, or it is forbidden always?', /(different|new|other|another)\s+(set of\s+)?(credentials?|account|token|login|user)/i, R403NEW),

  // D: 403 may explain why
  k('support', 'A customer asked why they were blocked. Are we allowed by the HTTP spec to explain the reason for a 403 in the response body?', /(describe|explain|state|give|include|say)[^.\n]{0,60}(reason|why)|reason[^.\n]{0,60}(content|body|payload|message)/i, R403WHY),

  // E: hiding existence with 404
  k('security', 'To avoid enumeration of private repositories, which status code does RFC 9110 allow an origin server to send instead of 403 when it wants to hide that the resource exists?', /\b404\b|not found/i, R403H),
  k('security', 'Reviewing the wording of 404 itself: does RFC 9110 define 404 as covering a server that simply is not willing to admit a representation exists, or only genuine absence?', /\bboth\b|not willing to disclose|unwilling to (disclose|reveal|admit)|(not|n't) (willing|want) to (disclose|reveal|admit|confirm)|(not|n't) willing to (admit|say|confirm)|covers? (that|it|both|the case)/i, R404H),

  // F: 404 temporary vs permanent
  k('nonnative', 'If server give me 404, this is meaning the page is gone for ever, or maybe it come back later? The spec say something about this?', /(does not|doesn.?t|not|no|neither|without)\b[^.\n]{0,60}(temporar|permanen)|(temporar|permanen)\w*[^.\n]{0,20}\b(or|nor)\b[^.\n]{0,20}(temporar|permanen)|(no|not|n't)[^.\n]{0,30}(indicat|say|tell|specif|guarantee)/i, R404U),

  // G: 410 when permanence unknown
  k('sre', 'deleted a tenant bucket but legal might restore it we honestly dont know if its permanent which code does the rfc say to use 404 or 410', /(use|return|send|ought|should|go with|answer)[^.\n]{0,30}\b404\b|\b404\b[^.\n]{0,40}(ought|should|is (the )?(right|correct|appropriate)|to be used)|^\s*\**\s*404\b/i, R410U),

  // H: how long to keep 410
  k('api', 'After we retire an endpoint and start answering 410 Gone, for how long does RFC 9110 say we must keep returning 410 before the route can become a plain 404?', /(no|not|isn.?t|any)\b[^.\n]{0,40}(requirement|required|necessary|mandat|obligat|fixed|minimum|specific|set)|(owner|operator|discretion|up to (you|the server))|any length of time|indefinite/i, R410KEEP),

  // I: caching defaults
  k('sre', 'is a 410 cacheable by default without any cache-control or expires', /(?<!not |n't |non-)(heuristically cacheable|cacheable by default)|\byes\b/i, RCACHE),
  k('security', 'Cache-poisoning angle: if our origin emits a 404 with no Cache-Control at all, may a shared cache or CDN still store and reuse it under RFC 9110?', /(?<!not |n't |non-)(heuristically cacheable|cacheable by default)|heuristic (freshness|expiration)|\byes\b/i, RCACHE),
  k('api', 'Unlike 404, is a 403 Forbidden response cacheable by default, or does a cache need explicit freshness information to store it?', /(not|n't|no)\b[^.\n]{0,40}(heuristic|cacheable by default|cached by default|by default)|explicit(ly)?[^.\n]{0,40}(freshness|cache-control|max-age|expires|caching)/i, RCACHE),

  // J: 410 meaning and usage
  k('support', 'A webmaster sees 410 Gone when linking to our old help article. According to the spec, what is a 410 telling them to do with their links?', /remov(e|ing|al)[^.\n]{0,40}(link|reference|bookmark)|(link|reference|bookmark)s?[^.\n]{0,40}(removed|deleted|taken down)|(update|delete|drop)[^.\n]{0,20}(link|reference)/i, R410P),
  k('security', 'Besides retired API versions, which typical situations does RFC 9110 itself name as common uses of 410 Gone?', /promotion|limited[- ]time|no longer (associated|affiliated|with|employed)|former (employee|staff|member|user)|left the (site|organi[sz]ation|company)/i, R410USE),

  // K: which RFC is current
  k('sre', 'which rfc is the current source of truth for http status codes like 403 and 404 these days', /9110/, RRFC),
  k('security', 'Our old threat-model doc cites the separate HTTP authentication RFC from 2014 for the 401 definition. Which RFC was that, and what replaced it?', /7235/, RRFC),

  // L: RFC 6750 error codes
  k('security', 'In an RFC 6750 bearer challenge, which HTTP status code goes with error="invalid_token" (expired, revoked or malformed token)?', /\b401\b|unauthori[sz]ed/i, B401),
  k('api', 'Under RFC 6750, when the access token is valid but lacks the privileges the endpoint needs (error="insufficient_scope"), which status should the resource server return?', /\b403\b|forbidden/i, B403),
  k('nonnative', 'In bearer token spec, the error invalid_request is going with which status number? I think maybe 401 but not sure.', /\b400\b|bad request/i, B400),

  // M: RFC 6750 no-credentials case
  k('security', 'When a request arrives with no Authorization header at all, should our Bearer WWW-Authenticate challenge still include error="invalid_token"?', /(should not|shouldn.?t|must not|do not|don.?t|not include|no error|omit|leave (it |that )?out|without (an |any )?error)/i, BNOAUTH),

  // N: scope attribute
  k('nonnative', 'In the WWW-Authenticate for Bearer there is a "scope" attribute. What it is meaning exactly and how is written when there are many scopes?', /space[- ]?(delimited|separated)|separated by (a )?spaces?|(required|needed|necessary)[^.\n]{0,40}(scope|permission|access)/i, BSCOPE),

  // O: realm
  k('support', 'A customer asks what the realm="..." bit in the login challenge header means. In plain terms, what does realm identify?', /protection space|(protected|protection) (area|zone|space|scope)|(area|zone|partition|space|section|part)[^.\n]{0,40}(protect|authenticat|credential|password)|which credentials/i, RREALM),
  k('security', 'When comparing realm values across challenges, is the realm string case-sensitive or case-insensitive per RFC 9110?', /(?<!not |n't |in)case[- ]sensitive/i, RREALMCS),

  // P: 401 vs 403 in one line
  k('nonnative', 'Please explain me in one line the difference of 401 and 403, my manager always confuse them.', /401[^\n]{0,120}(authenticat|credential|log ?in|logged|identity|who you are|sign(ed)? ?in)/i, R401V403),

  // Q: 401 when credentials were sent
  k('security', 'If the request already carried an Authorization header and we still answer 401, what does RFC 9110 say that 401 means about those credentials?', /(refused|rejected|invalid|not accepted|insufficient|failed|denied)[^.\n]{0,50}(credential|those|them)|credentials[^.\n]{0,50}(refused|rejected|invalid|not accepted|wrong|denied)/i, R401C),

  // R: proxy authentication
  k('sre', 'corporate proxy wants creds before forwarding which status and header does it use instead of 401 and www-authenticate', /\b407\b|Proxy[- ]Authenticate/i, R407),

  // S: bearer token in URLs
  k('security', 'A mobile app passes its bearer token as ?access_token= in the URL. What does RFC 6750 say about putting bearer tokens in page URLs?', /(should not|shouldn.?t|must not|avoid|discourage\w*|never|don.?t|not recommended|last resort)[^.\n]{0,60}(URL|query|URI)|(URL|query|URI)[^.\n]{0,60}(discouraged|not recommended|avoid|leak|logged|logs|history|referr?er)/i, BURL),

  // T: TLS for bearer tokens
  k('api', 'Does RFC 6750 allow sending bearer tokens over plain http inside a private network, or is transport security required?', /(?<!not |n't )(must|have to|has to|needs? to|required to)\b[^.\n]{0,30}(TLS|HTTPS)|(TLS|HTTPS)\s+(is\s+)?(mandatory|required|a must)|(TLS|HTTPS)[^.\n]{0,15}\bMUST\b|\bno\b[^.\n]{0,40}(TLS|HTTPS)/i, BTLS),
];

export const UNSEEN183_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
