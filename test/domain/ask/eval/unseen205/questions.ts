import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 205, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only questions from API designers writing careful prose and technical writers checking docs against RFC 9110 and RFC 6750. */

const R401 = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge applicable to the target resource';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates that authorization has been refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: if the 401 repeats the same challenge after the user agent already attempted authentication, it SHOULD present the enclosed representation to the user';
const R401V403 = 'RFC 9110 §15.5.2 / §15.5.4: 401 = lacks valid authentication credentials; 403 = server understood the request but refuses to fulfil it';
const RWWW = 'RFC 9110 §11.6.1: WWW-Authenticate is required in 401; a server MAY generate it in other responses to indicate that supplying (different) credentials might affect the response';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme is identified by a case-insensitive token';
const RREALM = 'RFC 9110 §11.5: the realm parameter indicates a scope of protection; origin plus realm define a protection space';
const R403 = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY repeat it with new or different credentials';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404; §15.5.5: 404 covers "not willing to disclose that one exists"';
const R404 = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent';
const R404C = 'RFC 9110 §15.5.5 / §15.1: 404 is heuristically cacheable unless the method or explicit cache controls say otherwise';
const R410 = 'RFC 9110 §15.5.11: if the origin does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410T = 'RFC 9110 §15.5.11: it is not necessary to keep the "gone" mark for any length of time; that is left to the discretion of the server owner';
const R410P = 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by telling recipients the resource is intentionally unavailable and remote links to it should be removed';
const R410C = 'RFC 9110 §15.5.11 / §15.1: 410 is heuristically cacheable';
const RNOCACHE = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 401 and 403 are not heuristically cacheable; they may be cached only with explicit freshness information';
const RRFC = 'RFC 9110 (June 2022) obsoletes RFC 7231 (which held 403, 404, 410) and RFC 7235 (which held 401)';
const R4XX = 'RFC 9110 §15.5: except for HEAD, the server SHOULD send a representation containing an explanation of the error situation';
const RPHRASE = 'RFC 9112 §4: a client SHOULD ignore the reason-phrase content; it is not a reliable channel for information';
const R6750R = 'RFC 6750 §3.1: invalid_request → 400 (Bad Request)';
const R6750T = 'RFC 6750 §3.1: invalid_token → 401 (Unauthorized); the client MAY request a new access token and retry';
const R6750S = 'RFC 6750 §3.1: insufficient_scope → 403 (Forbidden); the request requires higher privileges than the token provides';
const R6750N = 'RFC 6750 §3: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const R6750SC = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values';

const QUESTIONS: readonly Draft[] = [
  k('api', 'When an API responds with 401 Unauthorized, which response header does RFC 9110 require it to include?', /WWW-Authenticate/i, R401),
  k('sre', 'gateway sends 401 with a bare empty WWW-Authenticate header. does that header need to contain anything specific', /at least one challenge|one or more challenges|(?:must|needs? to|has to|required to) (?:contain|include|carry|list|have) (?:a|one|at least one) (?:auth(?:entication)? )?challenge/i, R401),
  k('security', 'A reviewer flagged our 403 responses because they carry a WWW-Authenticate header. Is a server permitted to send WWW-Authenticate on a 403, or is that header reserved for 401?', /(?<!not |n't )(?:permitted|allowed)|\bMAY (?:generate|send|include|carry|use|appear)|not (?:exclusive|restricted|reserved|limited) (?:to|for) (?:the )?401|other (?:response|status)/i, RWWW),
  k('api', 'Under RFC 9110, may a cache store and reuse a 404 Not Found response when the origin sends no Cache-Control or Expires header?', /heuristic|(?<!not )cacheable by default|(?<!not )cached by default/i, R404C),
  k('sre', 'cdn keeps serving cached 410s even tho origin sends zero cache headers. is that legit per spec', /heuristic|(?<!not )cacheable by default|(?<!not )cached by default/i, R410C),
  k('security', 'Can a shared cache reuse a 403 Forbidden response on its own heuristics, the way it might for a 404, or does it need explicit cache headers?', /not heuristically cacheable|(?:not|isn't|is not) (?:cacheable|cached) by default|explicit (?:freshness|cache|caching|expiration|max-age|lifetime)|(?:requires?|needs?|only with)[^.]{0,30}(?:explicit|cache-control|max-age|expires)/i, RNOCACHE),
  k('api', 'If a client is authenticated and receives 403 Forbidden, does RFC 9110 say it should automatically retry with the same credentials?', /SHOULD NOT (?:automatically )?(?:repeat|retry|resend)|not (?:automatically )?(?:repeat|retry|resend)[^.]{0,30}same credentials|(?:won't|will not|does not|doesn't|would not|wouldn't) help/i, R403),
  k('nonnative', 'If server give me 403, it help when I login again with the same password?', /(?:will not|won't|does not|doesn't|not going to|unlikely to|wouldn't|would not)[^.]{0,30}help|SHOULD NOT (?:automatically )?(?:repeat|retry|resend)|(?:new|different|other) credentials|another account/i, R403),
  k('support', 'A customer asks whether our 404 page means the article is gone for good or only missing for now. What does a 404 status itself say about that?', /(?:does not|doesn't|do not|don't|not) (?:indicate|say|tell|specify|distinguish|signal|convey|state|promise)|(?:temporary|permanent) or (?:permanent|temporary)|no (?:indication|guarantee|information)/i, R404),
  k('api', 'We removed an endpoint but honestly cannot say whether the removal is permanent. RFC 9110 says which status ought to be used instead of 410 in that case?', /(?:use|return|send|ought to be|should be|respond with|answer with|is)[^.]{0,20}?(?<!not |than |of )\b404\b|\b404\b (?:\(Not Found\) )?(?:ought to|should|is (?:the )?(?:right|correct|appropriate|preferred))/i, R410),
  k('support', 'Our docs say a retired page must keep answering 410 Gone for at least a year. Does RFC 9110 set any minimum period for keeping a 410?', /no (?:minimum|required|fixed|specific|set|mandated)|(?:not|isn't|is not|n't) (?:required|necessary|mandated|specified)|discretion|any length of time|up to the (?:server|site|owner|operator)|no (?:such )?(?:requirement|rule|period|duration)/i, R410T),
  k('nonnative', 'How much time I must keep the 410 answer for a deleted page? The RFC give a number of days or months?', /no (?:minimum|required|fixed|specific|set|mandated|number)|(?:not|isn't|is not|n't) (?:required|necessary|mandated|specified)|discretion|any length of time|up to the (?:server|site|owner|operator)|no (?:such )?(?:requirement|rule|period|duration)/i, R410T),
  k('api', 'Which RFC is currently the normative definition of status codes such as 403 Forbidden and 410 Gone?', /9110/, RRFC),
  k('support', 'our docs still link to RFC 7231 section 6.5.3 for 403. is that still current, and if not which RFC replaced it', /9110/, RRFC),
  k('api', 'Before RFC 9110, 401 Unauthorized lived in a different document from 403 and 404. Which RFC defined it?', /7235/, RRFC),
  k('api', 'In RFC 6750, which HTTP status code accompanies the invalid_token error?', /(?<!not |than |of )\b401\b|Unauthori[sz]ed/i, R6750T),
  k('security', 'token signature checks out but it doesnt carry the admin scope the endpoint wants. which rfc 6750 error code goes in the challenge', /insufficient[_ ]scope/i, R6750S),
  k('api', 'RFC 6750 defines the invalid_request error code. Which HTTP status does it pair with — is it 401 as well?', /(?<!not |than |of )\b400\b|Bad Request/i, R6750R),
  k('api', 'When a request to a bearer-protected API carries no token at all, should the WWW-Authenticate challenge include an error attribute according to RFC 6750?', /SHOULD NOT|should not|no error|without (?:an |the )?error|omit|leave (?:it|the error(?: attribute)?) out|not include/i, R6750N),
  k('support', 'Technical writer here: in an RFC 6750 Bearer challenge, how are multiple values inside the scope attribute separated?', /space/i, R6750SC),
  k('nonnative', 'What mean the "realm" in WWW-Authenticate? I see realm="api" and I not understand what it is for.', /protection space|(?:scope|area|zone|partition|set) of protect|protected (?:area|space|zone|region|resources)|protection (?:scope|area|zone|realm)/i, RREALM),
  k('api', 'Must a client treat "bearer" and "Bearer" in a WWW-Authenticate challenge as the same authentication scheme?', /case[- ]insensitive(?:ly)?|(?<!not |n't )(?:treated as )?(?:the same|equivalent)/i, RSCHEME),
  k('security', 'Is answering 404 instead of 403 for a private resource actually sanctioned by RFC 9110, or is it just a common hack?', /(?<!not |n't )(?:sanctioned|permitted|allowed|explicitly)|\bMAY (?:instead )?(?:respond|return|send|use)|(?:not willing|unwilling) to (?:disclose|reveal)/i, R403H),
  k('support', 'a ticket says our app shows "not found" for a project the customer knows exists (it just isnt shared with them). is that a bug or can a server legitimately say 404 there', /(?<!not |n't |il)(?:legitimate|sanctioned|permitted|allowed)|\bMAY (?:instead )?(?:respond|return|send|use)|(?:not willing|unwilling) to (?:disclose|reveal)|hid(?:e|ing|es) (?:the )?(?:resource'?s? )?existence|conceal/i, R403H),
  k('nonnative', 'Please in one sentence: what is difference between 401 and 403?', /401[^.]{0,80}(?:authenticat|credential|log(?:ged)? ?in|identity|who you are)|(?:authenticat|credential|log ?in)[^.]{0,60}401/i, R401V403),
  k('api', 'If the request already carried an Authorization header and the server still answers 401, what does RFC 9110 say that 401 means?', /refused|rejected|(?:invalid|not (?:valid|accepted)|insufficient|wrong|bad) credentials|credentials (?:were|are) (?:refused|rejected|invalid|not accepted)/i, R401C),
  k('support', 'Our SDK loops forever on 401 when the password is wrong. After a failed attempt, if the server sends the same challenge again, what should a user agent do per RFC 9110?', /(?:present|show|display|surface|render)[^.]{0,40}(?:representation|body|response|content|user|error|diagnostic)/i, R401R),
  k('api', 'Beyond saying "gone", what is the 410 status primarily intended to achieve according to RFC 9110?', /(?:remove|delete|drop|update|clean(?: up)?)[^.]{0,40}(?:links?|references|bookmarks)|links?[^.]{0,40}(?:removed|deleted|dropped)|web maintenance|delist/i, R410P),
  k('support', 'Our gateway sends "403 Access Denied" instead of "403 Forbidden" as the reason phrase. Does the wording matter to clients?', /ignore|(?:no|not|without) (?:semantic|meaning|effect|significance|impact)|(?:purely|only|just) (?:informational|advisory|cosmetic|textual)|status code (?:is what|matters|carries)|HTTP\/[23][^.]{0,40}(?:no|drop|omit|doesn't|does not)/i, RPHRASE),
  k('api', 'For a 403 or 404 answering a GET, should the server include a body explaining the error according to RFC 9110?', /(?<!not )(?:SHOULD|recommended|expected)[^.]{0,40}(?:representation|body|explanation|content)|explanation of the error/i, R4XX),
];

export const UNSEEN205_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
