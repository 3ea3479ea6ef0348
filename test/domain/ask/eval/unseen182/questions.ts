import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 182, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions from support staff and customer success (plus on-call, API, security and non-native voices) about what RFC 9110 and RFC 6750 say on 401/403/404/410. */

const R401 = 'RFC 9110 §15.5.2: a 401 response MUST carry a WWW-Authenticate header field with at least one challenge; if the request carried credentials, 401 means they were refused';
const R401C = 'RFC 9110 §11.6.1: WWW-Authenticate MAY be sent in other responses to indicate that supplying (different) credentials might affect the response';
const R403 = 'RFC 9110 §15.5.4: 403 means the server understood but refuses; the client SHOULD NOT automatically repeat with the same credentials, MAY repeat with new or different credentials; the reason can be described in the content';
const R404 = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent; 410 is preferred when the origin knows the condition is likely permanent';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead of 403';
const R410 = 'RFC 9110 §15.5.11: 410 means access is no longer available and likely permanent; intended for web maintenance so links are removed; no requirement to keep it for any length of time; use 404 if permanence is unknown';
const RCACHE = 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable by default; 401 and 403 are not in that list and need explicit cache controls';
const RRFC = 'RFC 9110 (2022) is the current HTTP semantics spec; it obsoletes RFC 7231 (status codes) and RFC 7235 (authentication)';
const R6750 = 'RFC 6750 §3.1: invalid_request -> 400, invalid_token -> 401, insufficient_scope -> 403 (MAY include scope)';
const R6750C = 'RFC 6750 §3: if the request lacks any authentication information the server SHOULD NOT include an error code; scope is a space-delimited list of scopes needed; error_description is for developers, not end users';
const R6750Q = 'RFC 6750 §2.3: the URI query parameter method SHOULD NOT be used unless the other methods are impossible (tokens leak into logs and history)';
const RREALM = 'RFC 9110 §11.5: the realm parameter names a protection space; resources in the same realm share credentials';
const R407 = 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is the proxy equivalent of 401, with Proxy-Authenticate';
const RAUTHZ = 'RFC 9110 §11.6.2: the client sends credentials in the Authorization request header field';

const QUESTIONS: readonly Draft[] = [
  // 401 challenge header
  k('support', "A customer's integration keeps getting 401 from us and their developer says the response gives no hint about how to authenticate. Which header is a 401 supposed to include?", /www-authenticate/i, R401),
  k('sre', 'how many challenges does a 401 need in www-authenticate at minimum', /at least (one|1)\b|one or more|1 or more|minimum (of )?(one|1)\b|a single challenge (is|at) (enough|minimum)|\bone challenge\b/i, R401),
  k('security', 'Our gateway attaches a WWW-Authenticate header to some 403 responses. Is that permitted, and what does it signal to the client when it appears on a non-401 response?', /(credential|authenticat|log(ging)? ?in|token)[^.]{0,80}\b(might|may|could|can|would)\b[^.]{0,30}(affect|change|alter|make a difference|help|succeed|different (result|outcome|response))|(affect|change|alter)[^.]{0,40}(response|outcome|result)[^.]{0,60}credential/i, R401C),

  // caching
  k('support', 'A customer asks whether their browser or corporate proxy could be caching the 404 we returned for a ticket that has since been created. Is a 404 cacheable by default, even without a Cache-Control header?', /(?<!(not|n't|non) )heuristically[ -]?cach|cach(e)?able by default|by default[^.]{0,30}(?<!not )cach(e)?able|\b(is|are|it's|it is) (heuristically )?cach(e)?able|(?<!not |n't )can be cached (by default|without)/i, RCACHE),
  k('sre', 'is a 410 cacheable by default or only if we set cache-control', /(?<!(not|n't|non) )heuristically[ -]?cach|cach(e)?able by default|by default[^.]{0,30}(?<!not )cach(e)?able|\b(is|are|it's|it is) (heuristically )?cach(e)?able|(?<!not |n't )can be cached (by default|without)/i, RCACHE),
  k('api', 'Can a shared cache store a 403 Forbidden heuristically, the same way it is allowed to with a 404, or does it need explicit freshness information?', /^\W*no\b|\bnot (heuristically )?cach|n't (heuristically )?cach|not (in|on|among|part of) the (list|set)|only (with|if|when)[^.]{0,50}(explicit|cache-control|max-age|expires|freshness)|(requires?|needs?) explicit/i, RCACHE),

  // 403 retry and reason
  k('support', 'A user got a 403 on the billing page and wants to know if logging out and logging back in with the same account will fix it. What does the spec say about repeating the request with the same credentials?', /(should ?n[o']t|ought not|must not|won't|will not|wouldn't|would not|doesn't|does not|unlikely to|not likely to|no point)[^.]{0,40}(repeat|retry|re-?try|resend|re-?send|help|fix|change|resolve|make a difference|work)/i, R403),
  k('nonnative', 'When server give me 403, my client is allowed to try again with other credentials, or it must never try again?', /\b(may|can|allowed|permitted|free to)\b(?!\s*not)[^.]{0,60}(new|different|other|another)[^.]{0,20}(credential|token|account|user|login|key)|(new|different|other) (credentials|token|account)[^.]{0,40}\b(may|can|is allowed|is permitted|is fine|is ok)\b(?!\s*not)/i, R403),
  k('support', 'Can we tell the customer WHY they are forbidden inside the 403 response body, or does the spec expect the server to stay silent about the reason?', /^\W*yes\b|\b(may|can|allowed|permitted|free to|fine|ok(ay)?)\b(?!\s*not)[^.]{0,80}(describe|explain|give|state|include|say|tell|provide|share)[^.]{0,60}(reason|why)|(reason|why)[^.]{0,60}\b(in|into|inside) the (response )?(content|body|payload)/i, R403),

  // 404 permanence
  k('support', "Customer ticket: 'your API returns 404 for an article I know existed last month. Does that 404 mean it is gone for good?' What does a 404 actually say about whether the condition is temporary or permanent?", /(does ?n[o']t|do ?n[o']t|\bno\b|\bnot\b|\bnor\b|without|never)[^.]{0,15}(say|indicat|specif|tell|signal|distinguish|convey|promise|guarantee|claim|imply|informat|commit)[^.]{0,60}(temporar|permanen|for good|coming back|whether)|(could|might|may) be (either )?(temporary or permanent|permanent or temporary)|either (temporary or permanent|permanent or temporary)|neutral/i, R404),
  k('sre', 'removed a route but not sure yet if its permanent, 404 or 410', /^\W*404\b|\b(use|return|send|go with|stick with|respond with|should be|keep|prefer|answer)[^.\d]{0,15}\b404\b/i, R404),

  // 410 lifetime and purpose
  k('api', 'We deprecated an endpoint and return 410 for it. How long does RFC 9110 require us to keep answering 410 before we can drop it to 404 or reuse the path?', /\bno (specific |particular |minimum |fixed |required |set |defined )?(time|duration|period|length|requirement|minimum|mandated)|not (required|necessary|obliged|mandated|mandatory)|any (particular |specific )?length of time|up to (the )?(server |site |resource )?(owner|you|operator|server|discretion)|(owner|operator)'?s? (discretion|decision|choice)|does ?n[o']t (require|mandate|specify|set|say|define)|unspecified|indefinitely is not required/i, R410),
  k('support', 'Our product manager asked me what the actual point of sending 410 is instead of a plain 404. What is 410 meant to tell the people and systems that receive it?', /permanen|intentional|deliberate|on purpose|not coming back|for good|(remove|delete|drop|clean up|purge|update)[^.]{0,40}(link|bookmark|reference|index)|links?[^.]{0,40}(removed|deleted|dropped|cleaned)/i, R410),
  k('nonnative', 'The 410 is mean the server will delete all links to it? What is the 410 exactly meaning, please?', /permanen|for good|not coming back|won't (come back|return)|no longer (available|exist)|intentional|deliberate/i, R410),

  // which RFC
  k('api', 'Which RFC is the current authoritative definition of 401, 403, 404 and 410? I still see RFC 7231 cited in our API guidelines.', /9110/, RRFC),
  k('security', 'Our security standard cites RFC 7235 for WWW-Authenticate and Authorization. Is that still the current reference, and if not, what replaced it?', /9110/, RRFC),

  // RFC 6750 error codes
  k('nonnative', 'Per RFC 6750, which HTTP status I must send together with error="invalid_token", for example when token is expired?', /(?<!(not|never|instead of|rather than|than) (a |an |the )?)\b401\b(?![^.]{0,25}\b(is|would be) (wrong|incorrect|not))/i, R6750),
  k('security', 'A token is valid but lacks the permission the endpoint needs. Which RFC 6750 error code should the Bearer challenge carry?', /insufficient[_ ]scope/i, R6750),
  k('api', 'In RFC 6750, which HTTP status goes with error="invalid_request", such as a missing or duplicated parameter?', /(?<!(not|never|instead of|rather than|than) (a |an |the )?)\b400\b(?![^.]{0,25}\b(is|would be) (wrong|incorrect|not))/i, R6750),

  // 404 instead of 403
  k('support', "Customer success here: a client is upset that we say 'not found' for a project they are sure exists in another workspace. Is a server allowed to answer 404 when really they just are not permitted to see it?", /hid(e|ing)|conceal|not (disclose|reveal|confirm|leak)|without (revealing|disclosing|confirming|leaking)|avoid (revealing|disclosing|leaking|confirming)|(not willing|unwilling) to disclose|enumerat/i, R404H),
  k('security', 'From a security review standpoint, under what condition does RFC 9110 allow a server to answer 404 instead of 403 for a resource the client may not access?', /hid(e|ing)|conceal|not (disclose|reveal|confirm|leak)|without (revealing|disclosing|confirming|leaking)|avoid (revealing|disclosing|leaking|confirming)|(not willing|unwilling) to disclose/i, R404H),

  // challenge parameters
  k('support', 'A customer asked what the realm part means in WWW-Authenticate: Basic realm="Support Portal". How should I explain it?', /protection space|(area|space|zone|partition|section|group|set|collection)[^.]{0,40}(protect|resources|credentials)|which (credentials|username|password|login|account)|(same|shared?) (credentials|username|password|login)/i, RREALM),
  k('api', 'In a challenge like WWW-Authenticate: Bearer error="insufficient_scope", scope="tickets:write", what is the scope attribute telling the client?', /(scope|permission|privilege|access)[^.]{0,40}(need|require|necessary)|(need|require|necessary)[^.]{0,40}(scope|permission|privilege|access)|space[- ](delimited|separated)/i, R6750C),
  k('support', 'A customer called our API with no token at all and our 401 says WWW-Authenticate: Bearer error="invalid_token". Should the challenge include an error code in that case?', /^\W*no\b|should ?n[o']t (include|contain|carry|send|add|have)|ought not|(omit|leave out|drop|without)[^.]{0,30}(error|code)|no error (code|attribute|parameter)/i, R6750C),
  k('support', 'Can we show the error_description text from the Bearer challenge directly to the end customer in our app, or who is it meant for?', /developer|programmer|engineer|debug|not (meant|intended|designed|for)[^.]{0,30}(end[- ]?users?|display|shown|customers?)/i, R6750C),

  // misc auth
  k('nonnative', 'If I send request with credentials and server answer 401, what means this? The credentials are not checked or what?', /refus|reject|not accepted|(were|are|was) not (valid|accepted)|invalid|failed (auth|valid|verif)|authentication failed|did not (pass|succeed)|didn't (pass|succeed)/i, R401),
  k('sre', '401 vs 403 in one line', /403[^]{0,150}(permission|permitted|allowed|authori[sz]ation|refus|privilege|rights|access)|(permission|permitted|allowed|authori[sz]ation|privilege|rights)[^]{0,60}403/i, R403),
  k('support', 'Which status code is it when a proxy, rather than the website itself, is asking the user to log in?', /\b407\b/, R407),
  k('nonnative', 'After a 401, which request header the client use to send the credentials to the server?', /\bAuthorization\b/i, RAUTHZ),

  // token transport
  k('security', 'RFC 6750 lists several ways to send a bearer token. What does it say about putting the access token in the URI query string?', /should ?n[o']t|discourag|not recommended|\bavoid|last resort|only (if|when)[^.]{0,60}(not possible|impossible|can't|cannot|infeasible|unable)|security (risk|concern|weakness|problem)|\bleak|logg/i, R6750Q),
];

export const UNSEEN182_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
