import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 187, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only questions from engineering managers and product managers who half-remember RFC 9110 and RFC 6750. */

const R401 = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates authorization has been refused for those credentials';
const R401RETRY = 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field';
const R401UA = 'RFC 9110 §15.5.2: if the 401 repeats the prior challenge and the user agent already tried, it SHOULD present the enclosed representation to the user';
const RWWWA = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in responses other than 401 to signal that (different) credentials might affect the response';
const R4XX = 'RFC 9110 §15.5.2 vs §15.5.4: 401 means the request lacks valid authentication credentials; 403 means the server understood but refuses';
const R403RETRY = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat a forbidden request with the same credentials';
const R403BODY = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content';
const R403C = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 403 is not in the heuristically cacheable list; it is cached only with explicit freshness information';
const R404C = 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless the method or explicit cache controls say otherwise';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of a representation is temporary or permanent';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond 404 instead';
const R404D = 'RFC 9110 §15.5.5: 404 means no current representation was found or the server is not willing to disclose that one exists';
const R404P = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410C = 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable';
const R410D = 'RFC 9110 §15.5.11: it is not necessary to mark every removed resource as gone or keep the mark for any length of time; left to the server owner';
const R410P = 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and that remote links to it should be removed';
const RRFC = 'RFC 9110 (June 2022) is the current HTTP Semantics specification';
const RRFCOBS = 'RFC 9110 obsoletes RFC 7230 (parts), 7231, 7232, 7233, 7235, 7538, 7615 and 7694';
const RREALM = 'RFC 9110 §11.5: the realm parameter indicates a scope of protection (a protection space) on the origin server';
const R407 = 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate, is used when a proxy needs the client to authenticate';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme name is case-insensitive';
const B400 = 'RFC 6750 §3.1: invalid_request SHOULD be returned with HTTP 400 (Bad Request)';
const B401 = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) SHOULD be returned with HTTP 401';
const B403 = 'RFC 6750 §3.1: insufficient_scope SHOULD be returned with HTTP 403';
const BSCOPE = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values';
const BNOERR = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code';
const BDESC = 'RFC 6750 §3: error_description is a human-readable explanation for developers, not meant to be displayed to end users';
const BSCHEME = 'RFC 6750 §3: protected resources use the "Bearer" auth-scheme in the WWW-Authenticate challenge';

const QUESTIONS: readonly Draft[] = [
  k('api', 'PM here, quick sanity check: I vaguely remember the spec saying a 401 has to ship with some special header, WWW-something? Which header is it exactly?', /WWW-Authenticate/i, R401),
  k('security', 'A reviewer flagged that our API sends a WWW-Authenticate header on 403 responses. I half-remember the RFC reserving that header for 401 only. Is sending it on a 403 actually prohibited?', /(?<!not\s)(?<!n't\s)\b(?:may|can|allowed|permitted|fine|ok(?:ay)?|legal|valid|acceptable)\b(?!\s+not)(?:(?!\bnot\b|n't)[^.;]){0,60}?(?:403|other (?:responses?|status)|non-401|any (?:other )?response)|\b(?:not|n't)\s+(?:prohibited|forbidden|disallowed|restricted|limited|exclusive)|other response messages/i, RWWWA),
  k('sre', 'cdn is caching our 404s even tho origin sends no cache-control at all. i thought 404s never get cached unless you say so, is the cdn breaking the rules', /(?<!not\s)(?<!n't\s)(?<!never\s)(?:heuristically[\s-]*cacheable|cacheable by default|cached by default)|heuristic(?:al)?\s+(?:freshness|caching|expiration)/i, R404C),
  k('support', 'Product asked me: if we switch retired listings to 410, will browsers and proxies keep that response around on their own, or is 410 one of the codes that is never cached unless we add headers?', /(?<!not\s)(?<!n't\s)(?<!never\s)(?:heuristically[\s-]*cacheable|cacheable by default|cached by default)|heuristic(?:al)?\s+(?:freshness|caching|expiration)/i, R410C),
  k('api', 'I was fairly sure 403 sits in the same "cacheable by default" list as 404 and 410. Is that right, or does a 403 need explicit cache headers to be stored?', /(?:is ?n[o']t|not|never)\s+(?:heuristically\s+)?cach(?:eable|ed)\s+by default|(?:is ?n[o']t|not)\s+heuristically\s+cacheable|not (?:in|on|part of) (?:the|that) (?:list|set)|(?:only|needs?|requires?|unless)[^.]{0,40}explicit/i, R403C),
  k('nonnative', 'When server give me 403 and my client already was sending the token, it should try again automatic with same token? I remember the RFC say something about re-authenticate but not sure what.', /(?:should ?n[o']t|should not|do not|don'?t|must not|never|no)\b[^.]{0,40}(?:repeat|retry|re-?send|resubmit|try again)|(?:re-?authenticat\w*|same (?:credentials|token))[^.]{0,40}(?:won'?t|will not|does ?n[o']t|not)\s+(?:help|change)/i, R403RETRY),
  k('sre', 'arguing w a pm: does a 404 tell the client the thing is gone for good or just for now', /(?:does ?n[o']t|does not|doesn'?t|not|no|without)\s+(?:\w+\s+){0,6}(?:whether|if)\b[^.]{0,60}(?:temporary|permanent)|neither (?:temporary|permanent) nor|says nothing about[^.]{0,40}(?:temporary|permanen|duration|how long)|(?:ambiguous|silent|agnostic|unspecified)[^.]{0,40}(?:temporary|permanen)/i, R404U),
  k('api', 'Legal wants to know how long the RFC makes us keep returning 410 for a deleted profile before we can let it fall back to 404. I think there was some minimum period?', /no (?:minimum|required|set|fixed|specific|mandated|mandatory)|(?:not|n't) (?:required|necessary|mandated|obliged)[^.]{0,60}(?:any|length|period|time|long)|(?:owner'?s?|operator'?s?|your|server'?s?) discretion|any length of time|up to (?:you|the (?:server )?owner)|left to/i, R410D),
  k('support', 'Which RFC is the current reference for what 401, 403, 404 and 410 mean? Our help-center articles still link to RFC 2616.', /9110/, RRFC),
  k('api', 'As an EM I remember the 401 and authentication rules living in their own RFC, 7235 I think. Is that still the one my team should cite in the API guidelines?', /(?:obsolete|replace|supersede)\w*[^.]{0,60}9110|9110[^.]{0,80}(?:obsolete|replace|supersede)/i, RRFCOBS),
  k('security', 'In RFC 6750, which HTTP status goes with error="invalid_request"? I keep thinking it is 401 because it appears in the Bearer challenge.', /\b400\b|bad request/i, B400),
  k('sre', 'expired bearer token, we send error=invalid_token. per 6750 is that 401 or 403', /(?<!not (?:an? )?)(?<!than )(?<!instead of )(?<!rather than )\b401\b/i, B401),
  k('api', 'The token is valid but missing the write scope. I half remember 6750 saying that is still a 401 so the client re-authenticates. Is that right?', /(?<!not (?:an? )?)(?<!than )(?<!instead of )(?<!rather than )\b403\b/i, B403),
  k('security', 'Under RFC 9110, when is it legitimate to answer 404 for a resource that exists but the caller is not allowed to see?', /hid(?:e|ing)|conceal|(?:not|n't) (?:want|wish)\w* to (?:reveal|disclose)|(?:reveal|disclose|leak|expose)\w*[^.]{0,40}exist|not willing to disclose|unwilling to (?:disclose|reveal)/i, R404H),
  k('nonnative', 'My mobile app is receiving 401. What the RFC say the client is allowed to do after this?', /(?:repeat|retry|re-?send|send (?:it |the request )?again|try again)[^.]{0,80}(?:new|replaced|fresh|different|valid|correct)[^.]{0,20}(?:credential|authori[sz]ation|token)|(?:new|replaced|fresh|different|valid|correct)\s+(?:\w+\s+){0,2}(?:credentials?|authori[sz]ation(?: header)?|token)[^.]{0,60}(?:repeat|retry|re-?send|again)|re-?authenticat|authenticat\w*[^.]{0,40}(?:and|then)[^.]{0,20}(?:retry|repeat|re-?send|try again)/i, R401RETRY),
  k('api', 'What is "realm" in a WWW-Authenticate challenge supposed to mean? One of my devs says it is the domain part of the username.', /protection space|scope of protection|protected (?:area|space|zone|region|section)|which (?:part|area|set|group|section)[^.]{0,40}(?:protected|credentials)|partition/i, RREALM),
  k('security', 'In a Bearer challenge from RFC 6750, what does the scope attribute carry and how are multiple values formatted?', /space[- ]?(?:delimited|separated)|separated by (?:a )?spaces?|spaces? between/i, BSCOPE),
  k('sre', 'need a one liner for the runbook. 401 vs 403, go', /401[^.]{0,80}(?:authenticat|credential|log(?:ged)?[- ]?in|who you are|identity|unauthenticated)/i, R4XX),
  k('support', 'If the request already had a username and password in it and the server still answers 401, what does that 401 mean according to the RFC?', /(?:refused|rejected|not accepted|invalid|insufficient|wrong|failed|denied|incorrect|bad)[^.]{0,40}credentials|credentials[^.]{0,40}(?:refused|rejected|not accepted|invalid|wrong|failed|denied|incorrect|were not)/i, R401C),
  k('api', 'We soft-delete records and honestly cannot tell whether a restore will bring them back. RFC-wise, is that a 410 or a 404?', /(?:use|return|send|answer|respond with|go with|stick with|should be|ought to be|is)\s+(?:an?\s+)?404|404\s+(?:is|ought|should)[^.]{0,30}(?:right|correct|used|appropriate|be used|fit)/i, R404P),
  k('support', 'What is 410 actually for, according to the spec? Like, what is it trying to tell whoever receives it?', /(?:remove|delete|drop|update|clean up)\w*[^.]{0,30}(?:links?|references|bookmarks)|links?[^.]{0,40}(?:removed|deleted|dropped)|intentional(?:ly)?|deliberate(?:ly)?|on purpose/i, R410P),
  k('security', 'When a request arrives with no token at all, should our Bearer challenge say error="invalid_request" or error="invalid_token"?', /(?:should not|shouldn'?t|must not|no|not|omit|without|leave out|leave off|don'?t|do not)\b[^.]{0,40}(?:error (?:code|attribute|param\w*|info\w*)|error=|any error)|\bneither\b/i, BNOERR),
  k('sre', 'corp proxy wants people to auth before it forwards anything. is that a 401 too or some other code', /\b407\b|proxy authentication required/i, R407),
  k('nonnative', 'It is ok to write "bearer" in small letters, or it must be "Bearer" with big B? Our client library send it lower case and one reviewer complain.', /case[- ]?insensitive|not case[- ]?sensitive|case does ?n[o']t matter|regardless of (?:the )?case|any case/i, RSCHEME),
  k('api', 'Are we allowed to tell the user WHY they got a 403, or does the RFC want the body kept empty so nothing leaks?', /(?:may|can|allowed|permitted|free to)\b(?!\s+not)[^.]{0,60}(?:describe|explain|say|include|give|state|tell|reason)|describe[^.]{0,30}reason|reason[^.]{0,40}(?:in|into) the (?:response )?(?:body|content|payload)/i, R403BODY),
  k('support', 'Users say the browser keeps popping up the login box on our 401. What does the spec say the user agent should do once it already tried and gets the same challenge back?', /(?:present|show|display|render)\w*[^.]{0,40}(?:representation|body|content|error page|page)|(?:representation|body|content)[^.]{0,40}(?:present|show|display|render)\w*/i, R401UA),
  k('support', 'A customer insists our 404 is "lying" because the document exists and they just lack access. Does the RFC definition of 404 cover that case at all?', /not willing to disclose|unwilling to (?:disclose|reveal)|(?:not|n't) (?:want|wish|willing)\w* to (?:reveal|disclose|admit|confirm)|hid(?:e|ing) (?:the |its )?existence|conceal/i, R404D),
  k('nonnative', 'We take error_description from the Bearer header and show it direct to end users in the app. Is this how the RFC mean it?', /not (?:meant|intended|designed)[^.]{0,40}(?:end[- ]?users?|display|shown)|(?:for|aimed at|meant for|intended for) developers|developer[- ](?:facing|oriented)/i, BDESC),
  k('sre', 'oauth access tokens: what auth scheme name goes in the www-authenticate challenge. OAuth? Token? something else', /\bbearer\b/i, BSCHEME),
  k('nonnative', 'RFC 9110 is from 2014 like the 723x ones, yes? I need the year for my slide.', /2022/, RRFC),
];

export const UNSEEN187_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
