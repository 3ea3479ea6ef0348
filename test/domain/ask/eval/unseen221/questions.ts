import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 221, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge only — what RFC 9110 and RFC 6750 say, asked mostly by API designers, support staff and non-native English speakers. */

const R401H = 'RFC 9110 §15.5.2 / §11.6.1: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field';
const RWWW = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in other responses (e.g. 403) to indicate that supplying (different) credentials might affect the response';
const RCACHE = 'RFC 9110 §15.1 / §15.5.5 / §15.5.11: 404 and 410 are heuristically cacheable by default; 403 is not on that list and is cached only with explicit freshness information';
const R403A = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat a 403 request with the same credentials; it MAY repeat it with new or different credentials';
const R403B = 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent';
const R404H = 'RFC 9110 §15.5.4 / §15.5.5: an origin server that wishes to hide the existence of a forbidden resource MAY respond with 404 (not willing to disclose that one exists)';
const R410P = 'RFC 9110 §15.5.5 / §15.5.11: 410 is preferred when the origin knows the condition is likely permanent; if it does not know or cannot determine that, 404 ought to be used';
const R410K = 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner\'s discretion';
const R410W = 'RFC 9110 §15.5.11: 410 assists web maintenance by telling recipients the resource is intentionally unavailable and that owners want remote links to it removed';
const RRFC = 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235, where 401/403/404/410 were previously defined';
const R6750 = 'RFC 6750 §3.1: invalid_request → 400, invalid_token → 401, insufficient_scope → 403';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const R6750S = 'RFC 6750 §3: the scope attribute is a space-delimited list of scope values indicating the required scope of the access token for the requested resource';
const RREALM = 'RFC 9110 §11.5: the realm parameter identifies a protection space, a set of resources sharing the same credentials';
const RSCHEME = 'RFC 9110 §11.1: the auth-scheme is a case-insensitive token';
const RDIFF = 'RFC 9110 §15.5.2 / §15.5.4: 401 means the request lacks valid authentication credentials; 403 means the server understood and refuses to authorize it';

const QUESTIONS: readonly Draft[] = [
  // 401 challenge header (2)
  k('support', 'A customer says the 401 our API returns has no authentication header at all and their SDK chokes on it. Is there a header that a 401 response is required to include?', /WWW-Authenticate/i, R401H),
  k('nonnative', 'How many challenge must be inside the WWW-Authenticate header of a 401 answer? It can be empty header?', /at least one|one or more|minimum of one|\bone challenge\b|(?:can ?not|can'?t|must not|mustn'?t|may not|should not|never) be empty/i, R401H),

  // WWW-Authenticate on other codes (1)
  k('api', 'Is it allowed to put a WWW-Authenticate header on a 403 response, or is that header reserved for 401 only?', /\byes\b|\bMAY\b (?:also )?(?:generate|send|include|add|carry|return)|(?:is|are|it'?s) (?:allowed|permitted|fine|legal|valid)|other responses?|any response|not (?:reserved|restricted|limited|exclusive) to 401|not only (?:on |in |for |with )?(?:a )?401/i, RWWW),

  // caching (3)
  k('sre', 'is a 404 cacheable by default or only if we send cache-control', /(?<!not |n't |never |isn't )(?:heuristically cacheable|cacheable by default|cached by default|heuristic(?:al)? (?:freshness|caching|expiration))/i, RCACHE),
  k('nonnative', 'The 410 Gone response, a cache can keep it also when there is no Cache-Control or Expires? Is same like 404 or different?', /(?<!not |n't |never |isn't )(?:heuristically cacheable|cacheable by default|cached by default|heuristic(?:al)? (?:freshness|caching|expiration))/i, RCACHE),
  k('security', 'Can a shared cache or CDN store and reuse a 403 Forbidden response by default, when the response carries no explicit freshness information?', /not (?:heuristically )?cacheable|isn'?t (?:heuristically )?cacheable|not (?:(?:on|in) the (?:list|set) of |among (?:the )?)heuristically|only (?:if|when|with)[^.]{0,60}(?:explicit|cache-control|expires|max-age|s-maxage|freshness)|not (?:cached|cacheable|reus\w+|stored) by default/i, RCACHE),

  // 403 and credentials (2)
  k('api', 'What does RFC 9110 say about a client automatically retrying a 403 request with the same credentials?', /should ?n[o']t|not (?:automatically )?(?:repeat|retry|resend)|no (?:point|use|sense) (?:in )?(?:retry|repeat)|won'?t help|will not help|pointless|futile/i, R403A),
  k('nonnative', 'If I receive 403 and then I login with a different account, the request can work? Or 403 mean it never works?', /\b(?:may|can|might|could)\b[^.]{0,60}(?:new|different|other|another)[^.]{0,20}(?:credential|account|token|login|user)|(?:new|different|another|other) (?:credentials|account|token|user|login)[^.]{0,60}(?:may|might|can|could) (?:succeed|work|help|change|be)/i, R403A),

  // 404 temporary vs permanent (2)
  k('support', 'A customer asks whether the 404 our API returned for their invoice means it was permanently deleted. What does the 404 itself tell them about that?', /(?:does ?n[o']t|does not|not|no|nothing) (?:say|indicate|tell|specify|signal|imply|mean|distinguish|say anything|about|whether)[^.]{0,80}(?:temporar|permanen)|neither temporary nor permanent|(?:temporary|permanent)\w*[^.]{0,30}\bor\b[^.]{0,20}(?:temporary|permanent)/i, R404U),
  k('nonnative', 'The 404 Not Found, it say something if the page will come back later or it is gone for always?', /(?:does ?n[o']t|does not|not|no|nothing) (?:say|indicate|tell|specify|signal|imply|mean|distinguish|say anything|about|whether)[^.]{0,80}(?:temporar|permanen|come back|later|forever|always)|neither temporary nor permanent|(?:temporary|permanent)\w*[^.]{0,30}\bor\b[^.]{0,20}(?:temporary|permanent)/i, R404U),

  // 404 vs 410 choice (2)
  k('api', 'If our origin server knows a missing resource is gone for good, which status code does RFC 9110 prefer over 404?', /\b410\b|\bgone\b/i, R410P),
  k('support', 'Per RFC 9110, in what situation should a server send 404 rather than 410 for a page that is no longer there?', /(?:do(?:es)?n'?t|do(?:es)? not|can'?t|cannot|can not|unable to|not) (?:know|be sure|sure|certain|determine|tell)|unsure|uncertain|unknown whether|(?:might|may|could) (?:come back|return|reappear)|not (?:known to be )?permanent|temporar/i, R410P),

  // 410 retention / obligation (2)
  k('api', 'How long are we required to keep returning 410 for a removed endpoint before we are allowed to switch it to 404?', /no (?:required|fixed|set|specific|minimum|mandated|defined|particular|prescribed)[^.]{0,20}(?:period|duration|time|length)|(?:any|no) (?:particular |specific )?length of time|discretion|up to (?:you|the (?:server )?owner|the server)|not (?:required|necessary|obliged|mandated)[^.]{0,60}(?:keep|maintain|any length)|do(?:es)?n'?t (?:specify|mandate|require|set|define)[^.]{0,30}(?:duration|period|time|how long)|(?:your|owner'?s?) (?:own )?(?:choice|decision)|(?:you|owner) (?:can |may )?decide/i, R410K),
  k('nonnative', 'We must to mark every removed page with 410, or is ok that some of them just stay 404?', /not (?:necessary|required|mandatory|obligat\w+|needed)|no (?:need|requirement|obligation)|(?:is|it'?s|it is) (?:ok|okay|fine|acceptable|allowed)|do(?:es)?n'?t (?:have|need) to|discretion|optional|(?:can|may) (?:still )?(?:use|return|send|keep|stay)[^.]{0,10}404/i, R410K),

  // 410 purpose (1)
  k('sre', 'whats 410 actually for vs just 404ing everything, is there any point', /(?:remov|delet|drop|purg|updat|clean)\w*[^.]{0,30}(?:link|bookmark|referenc|index)|(?:link|bookmark)s?[^.]{0,30}(?:remov|delet|drop)|delist|de-?index|intentional|deliberate|permanent/i, R410W),

  // which RFC is current (2)
  k('sre', 'is 7231 still the ref for 403 and 404 semantics or is there a newer rfc now', /9110/, RRFC),
  k('nonnative', 'I read the 401 status is defined in RFC 7235. This one is still the current document?', /9110/, RRFC),

  // RFC 6750 error codes (3)
  k('support', 'A customer sees error="invalid_token" in the WWW-Authenticate header from our API. Which HTTP status should accompany that error according to RFC 6750?', /\b401\b|unauthori[sz]ed/i, R6750),
  k('nonnative', 'In the bearer token spec, the error invalid_request, with which HTTP status it must go together?', /\b400\b|bad request/i, R6750),

  // RFC 6750 no error info without credentials (1)
  k('security', 'When a request arrives with no bearer token at all, should the 401 challenge include an error code such as invalid_token?', /should ?n[o']t|no error (?:code|attribute|param)|(?:not|never) (?:include|add|send)|omit|without (?:an? |any )?error/i, R6750N),

  // 404 to hide existence (2)
  k('security', 'Under RFC 9110, may a server answer 404 instead of 403 for a resource the caller is forbidden to access, and what is the purpose?', /\bhid(?:e|es|ing)\b|conceal|not (?:reveal|disclose|leak|expose|confirm)|without (?:reveal|disclos|confirm|leak|expos)|(?:reveal|disclose|leak|expose|confirm)\w*[^.]{0,30}exist|enumerat|(?:unwilling|not willing) to disclose/i, R404H),
  k('support', 'Why would our API return 404 for a project that my colleague can open just fine? It clearly exists.', /\bhid(?:e|es|ing)\b|conceal|not (?:reveal|disclose|leak|expose|confirm)|without (?:reveal|disclos|confirm|leak|expos)|(?:reveal|disclose|leak|expose|confirm)\w*[^.]{0,30}exist|enumerat|(?:unwilling|not willing) to disclose/i, R404H),

  // realm (1)
  k('nonnative', 'In the WWW-Authenticate header I see realm="api". What mean this realm exactly?', /protection space|(?:protected|protection) (?:area|zone|space|scope|partition)|partition|(?:group|set|area|space|zone|collection)[^.]{0,40}(?:share|same|common)[^.]{0,20}credential|which credentials|credentials[^.]{0,40}(?:apply|valid|work|reus|accepted)/i, RREALM),

  // scope attribute (1)
  k('api', 'What is the scope attribute in a Bearer WWW-Authenticate challenge used for?', /(?:required|needed|necessary|need)[^.]{0,40}(?:scope|access|permission)|scopes?[^.]{0,40}(?:required|needed|necessary)|space[- ](?:delimited|separated)/i, R6750S),

  // 401 vs 403 in one line (1)
  k('support', 'Give me a one-line difference between 401 and 403 that I can put in a help-center article.', /401[^.\n]{0,80}(?:authenticat|credential|log ?in|sign ?in|who you are|identity|identif)/i, RDIFF),

  // 401 when credentials were sent (1)
  k('api', 'If the request already carried an Authorization header and we still answer 401, what does that 401 mean according to RFC 9110?', /refused|rejected|not accepted|invalid|insufficient|(?:were|are|was) not (?:valid|accepted)|didn'?t (?:work|pass)|failed|bad credentials|wrong credentials/i, R401C),

  // client action after 401 (1)
  k('nonnative', 'After my client receive 401, it is allowed to send the same request again? With what changed?', /Authorization (?:header|field)|(?:new|replaced|different|fresh|valid|updated|correct|other)[^.]{0,20}(?:credential|token|Authorization)/i, R401R),

  // 403 explaining the reason (1)
  k('support', 'When we send a 403, are we allowed to tell the user why access was refused, or should the response say nothing?', /(?:body|content|payload|message|response)[^.]{0,40}(?:describ|explain|reason|why)|(?:describ|explain)\w*[^.]{0,40}(?:body|content|payload|response|reason)|\bMAY\b[^.]{0,40}(?:describ|explain)|\byes\b|(?:is|are) (?:allowed|permitted)/i, R403B),

  // auth-scheme case (1)
  k('api', 'Is "bearer" in lowercase acceptable as the scheme in the Authorization header, or must it be written exactly "Bearer"?', /case[- ]insensitive|not case[- ]sensitive|isn'?t case[- ]sensitive|case does ?n[o']t matter|case doesn'?t matter|insensitive to case|(?:any|either) case|regardless of case/i, RSCHEME),
];

export const UNSEEN221_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
