import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 191, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions from junior developers and students, many in non-native English, about what RFC 9110 and RFC 6750 actually say. */

const R401 = 'RFC 9110 §15.5.2: a server generating 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; it may describe the reason in the content';
const R403A = 'RFC 9110 §15.5.4: if credentials were provided they are insufficient; the client SHOULD NOT automatically repeat the request with the same credentials';
const R403U = 'RFC 9110 §15.5.4: a request might be forbidden for reasons unrelated to the credentials';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond with 404 instead';
const R404 = 'RFC 9110 §15.5.5: 404 means no current representation was found or the server is not willing to disclose that one exists';
const R404C = 'RFC 9110 §15.5.5 / §15.1: 404 is heuristically cacheable by default';
const R410U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead';
const R410P = 'RFC 9110 §15.5.11: 410 is intended to assist web maintenance by saying the resource is intentionally unavailable and that remote links should be removed';
const R410D = 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner\'s discretion';
const R410C = 'RFC 9110 §15.5.11 / §15.1: 410 is heuristically cacheable by default';
const R403C = 'RFC 9110 §15.1: 403 is not among the heuristically cacheable status codes; it needs explicit freshness information to be cached';
const RWWW = 'RFC 9110 §11.6.1: a server MAY send WWW-Authenticate in responses other than 401 to show that credentials might change the response';
const RCHAL = 'RFC 9110 §11.6.1: WWW-Authenticate carries one or more challenges; a response may offer several authentication schemes';
const RREALM = 'RFC 9110 §11.5: the realm parameter names a protection space, a set of resources that share credentials';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: a 407 carries its challenge in Proxy-Authenticate';
const R9110 = 'RFC 9110 (June 2022) is the current HTTP semantics document';
const R7235 = 'RFC 9110 obsoletes RFC 7235, where 401 and the authentication framework used to live';
const R7231 = 'RFC 9110 obsoletes RFC 7231, where 403, 404 and 410 used to be defined';
const B401 = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) goes with 401';
const B403 = 'RFC 6750 §3.1: insufficient_scope goes with 403';
const B400 = 'RFC 6750 §3.1: invalid_request goes with 400';
const BSCOPE = 'RFC 6750 §3 / §3.1: the challenge may carry a scope attribute naming the scope the token needs';
const BNOERR = 'RFC 6750 §3: if the request lacks any authentication information, the resource server SHOULD NOT include an error code';
const RDIFF = 'RFC 9110 §15.5.2 / §15.5.4: 401 is about missing or failed authentication; 403 is a refusal when the server understood the request (and credentials do not help)';

const QUESTIONS: readonly Draft[] = [
  k('nonnative', 'When my server send a 401, which header it must to include in the response? My teacher say there is one that is required.', /www-authenticate/i, R401),
  k('sre', 'saw our gateway returning bare 401s with no www-authenticate header. is that actually allowed by the rfc or just sloppy', /www-authenticate[^.]*\b(?:MUST|mandatory|(?<!not |n't )required)\b|\b(?:MUST|mandatory|(?<!not |n't )required)\b[^.]*www-authenticate|non-?(?:compliant|conformant)|violat|not (?:allowed|valid|compliant|conformant)/i, R401),
  k('api', 'I am a student building my first API. Can a 403 response include a WWW-Authenticate header too, or is that header only for 401?', /^\W*yes\b|(?<!not |n't )\b(?:may|can|allowed|permitted)\b(?!\s*not|'t|’t)[^.]{0,80}\b(?:other|any|403|non-401)\b|not (?:only|exclusively|reserved|limited|restricted)\b[^.]{0,30}401/i, RWWW),
  k('nonnative', 'I get 403 with my token. My colleague say just login again and send same request, it will fix. This is true according to RFC?', /should(?: not|n't)[^.]{0,60}(?:repeat|retry|resend)|(?:won't|will not|doesn't|does not|unlikely to|not going to|would not|wouldn't)[^.]{0,25}(?:help|fix|change)|(?:not|never|don't|no point|pointless)[^.]{0,40}same credentials/i, R403A),
  k('support', 'A customer complained that our 403 page does not explain anything. Is the server allowed to say why it refused in a 403, or is it supposed to stay quiet?', /(?:may|can|allowed|permitted|free)[^.]{0,60}(?:describe|explain|state|include|give|say|tell)[^.]{0,60}(?:reason|why)|(?:reason|why)[^.]{0,60}(?:in|into) the (?:response )?(?:body|content|payload)/i, R403),
  k('api', 'If a 404 response has no Cache-Control and no Expires header, is a cache allowed to store it and reuse it anyway?', /(?<!not |n't )heuristic(?:ally)?(?:[- ]cach| fresh)|(?<!not |n't )cacheable by default|^\W*yes\b/i, R404C),
  k('sre', 'cdn is serving a cached 410 we never set cache headers on. is a 410 cacheable by default', /(?<!not |n't )heuristic(?:ally)?(?:[- ]cach| fresh)|(?<!not |n't )cacheable by default|^\W*yes\b/i, R410C),
  k('security', 'Is 403 on the list of status codes that RFC 9110 treats as heuristically cacheable by default?', /^\W*no\b|(?:not|isn't|is not)\s+(?:\w+\s+){0,2}(?:heuristically cacheable|cacheable by default|on the list|in the list|among|one of)|only (?:if|with|when)[^.]{0,60}(?:explicit|cache-control|freshness)/i, R403C),
  k('api', 'After we switch an old endpoint to 410 Gone, how long does RFC 9110 say we have to keep returning 410?', /discretion|no (?:\w+ )?(?:requirement|minimum|mandated|required|fixed|specific|set|defined)|not (?:required|necessary|mandated|specified|defined)|(?:doesn't|does not|don't|do not)[^.]{0,30}(?:require|specify|mandate|set|define)|up to (?:you|the (?:server|site|origin|owner|operator))|any length of time/i, R410D),
  k('nonnative', 'My senior say once we give 410 for a page we must keep the 410 forever. Is this a rule from the RFC?', /discretion|no (?:\w+ )?(?:requirement|minimum|mandated|required|fixed|specific|set|defined|rule)|not (?:required|necessary|mandated|specified|defined|a rule)|(?:doesn't|does not|don't|do not)[^.]{0,30}(?:require|specify|mandate|set|define)|up to (?:you|the (?:server|site|origin|owner|operator))|any length of time/i, R410D),
  k('api', 'We deleted a record, but an admin "undo" feature might bring it back later. If the server cannot be sure the removal is permanent, which one should it send, 404 or 410?', /^\W*(?:\*\*)?(?:HTTP\s+)?404|(?:use|return|send|be|with|choose|pick|answer is)\s+(?:a\s+|an\s+)?(?:HTTP\s+)?404|404[^.]{0,30}(?:ought|should|is (?:the )?(?:right|correct|appropriate|better|safer))/i, R410U),
  k('support', 'What is 410 Gone actually meant for? Like, what is the purpose the spec gives for it?', /(?:remov|delet|drop|clean|updat)\w*[^.]{0,40}links?|links?[^.]{0,40}(?:remov|delet|drop|updat|clean)|maintenance/i, R410P),
  k('nonnative', 'Which RFC is now the main one for HTTP status codes like 401 and 403? In my course they still say RFC 2616, it is still correct?', /9110/, R9110),
  k('api', 'RFC 9110 replaced an older RFC that used to define 401 and the whole HTTP authentication framework. Which one was that?', /7235/, R7235),
  k('security', 'Before RFC 9110, which RFC held the definitions of 403, 404 and 410 that 9110 now obsoletes?', /7231/, R7231),
  k('nonnative', 'My OAuth access token is expired. In the WWW-Authenticate Bearer header, which error value the resource server should put?', /invalid[_ ]token/i, B401),
  k('api', 'For the RFC 6750 error insufficient_scope, which HTTP status code is supposed to go with it?', /\b403\b|forbidden/i, B403),
  k('sre', 'rfc 6750 invalid_request error what status code goes with it', /\b400\b|bad request/i, B400),
  k('nonnative', 'The token is valid but it has not the "write" scope. How the API can tell the client which scope it was needing?', /scope\s*=|\bscope\b\s+(?:attribute|parameter|auth-param|param)|(?:attribute|parameter|param) (?:called |named )?["'`]?scope/i, BSCOPE),
  k('nonnative', 'What mean the "realm" in WWW-Authenticate: Basic realm="admin"? Is it the domain name of the site?', /protection space|protected (?:area|space|zone|section|set|region)|(?:set|group|collection|area|partition|section) of (?:\w+ )?(?:resources|pages|urls|paths)|share (?:the same )?credentials|same credentials/i, RREALM),
  k('nonnative', 'Can you explain me the difference of 401 and 403 in just one sentence please?', /401(?:(?!403)[^.;]){0,100}(?:authenticat|credential|log ?in|logged|sign(?:ed)? ?in|identif|who you are)/i, RDIFF),
  k('security', 'Does RFC 9110 allow us to answer 404 instead of 403 for a resource the caller is not allowed to see, so we do not reveal that it exists?', /^\W*(?:\*\*)?(?:yes|correct)\b|(?<!not |n't )\b(?:may|allowed|permitted|acceptable|legitimate|explicitly)\b(?!\s*not)[^.]{0,60}\b404\b|\b404\b[^.]{0,60}(?<!not |n't )\b(?:allowed|permitted|acceptable|legitimate|explicitly)\b/i, R403H),
  k('sre', 'does the 404 definition in 9110 only cover not found or also the server not wanting to say', /(?:not willing|unwilling|refus\w*|doesn't want|does not want|chooses? not|declin\w*)[^.]{0,30}(?:disclose|reveal|say|admit|confirm)|(?:disclos|reveal)\w*[^.]{0,40}exist/i, R404),
  k('nonnative', 'After a 401, what the client should do? Only show error to the user, or it can try again?', /(?:new|replaced|different|fresh|valid|correct|proper|updated)\s+(?:\w+\s+)?(?:authorization|credentials?|token|header)|re-?authenticat|(?:log|sign) ?in again/i, R401R),
  k('api', 'I send an Authorization header with my request and the server still answers 401. What does that 401 mean in this case?', /(?:refused|rejected|invalid|not accepted|failed|wrong|bad|expired|not valid)[^.]{0,40}(?:credentials|token|authorization)|(?:credentials|token)[^.]{0,40}(?:refused|rejected|invalid|not accepted|failed|wrong|bad|expired|not valid)/i, R401C),
  k('security', 'Does a 403 always mean the caller\'s credentials lack permission, or can it be sent for reasons that have nothing to do with credentials?', /unrelated to (?:the )?credentials|nothing to do with (?:the )?credentials|(?:not|isn't|doesn't|does not) (?:necessarily|always|only)|(?:can|may) (?:also )?be (?:returned|used|sent|given)[^.]{0,30}(?:other|unrelated|non-credential)|^\W*(?:\*\*)?no\b/i, R403U),
  k('support', 'A customer behind a corporate proxy gets 407 instead of 401. Which response header carries the authentication challenge on a 407?', /proxy-authenticate/i, R407),
  k('nonnative', 'The client do not send any token at all. In my WWW-Authenticate Bearer response I should put error="invalid_token" or not?', /should(?: not|n't) (?:include|add|send|contain|put|have)[^.]{0,30}error|(?:omit|leave out|drop|leave off|don't (?:add|include|put|send)|do not (?:add|include|put|send)|without)(?: the| an| any)? error|no error (?:code|attribute|parameter|information|info|value)/i, BNOERR),
  k('sre', 'can a single 401 offer both basic and bearer to the client', /^\W*(?:\*\*)?yes\b|(?:can|may|allowed to|permitted to)\s+(?:\w+\s+){0,4}(?:multiple|more than one|several|two|both)|(?:multiple|more than one|several)[^.]{0,40}(?:challenges?|schemes?) (?:are|is) (?:allowed|permitted|fine|ok)|at least one challenge/i, RCHAL),
];

export const UNSEEN191_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
