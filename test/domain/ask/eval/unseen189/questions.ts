import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 189, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions from SEO / web-content people and CDN / edge operators about what RFC 9110, RFC 9111 and RFC 6750 say on 401, 403, 404 and 410. */

const R401 = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included authentication credentials, the 401 indicates that authorization has been refused for those credentials';
const RWWWA = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in other response messages (e.g. a 403) to indicate that supplying credentials might affect the response';
const R403 = 'RFC 9110 §15.5.4: if credentials were provided the server considers them insufficient; the client SHOULD NOT automatically repeat the request with the same credentials';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the current existence of a forbidden target resource MAY instead respond with 404';
const R404H = 'RFC 9110 §15.5.5: 404 means the origin server did not find a current representation or is not willing to disclose that one exists';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent';
const R410U = 'RFC 9110 §15.5.11: if the origin server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410T = 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner';
const R410P = 'RFC 9110 §15.5.11: 410 is intended to assist web maintenance by notifying the recipient that the resource is intentionally unavailable and that remote links to it should be removed';
const R410E = 'RFC 9110 §15.5.11: 410 is common for limited-time promotional services and for resources belonging to individuals no longer associated with the site';
const RHEUR = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 404 and 410 are heuristically cacheable by default';
const REXPL = 'RFC 9111 §3: a response with any understood status code can be stored when it carries explicit freshness (e.g. max-age); 401 and 403 are not heuristically cacheable';
const RAUTHZ = 'RFC 9111 §3.5: a shared cache must not reuse a response to a request with Authorization unless the response has must-revalidate, public or s-maxage';
const R9110 = 'RFC 9110 (June 2022) defines HTTP semantics and obsoletes RFC 7231 and RFC 7235 (among others)';
const RUNK = 'RFC 9110 §15: a client that does not recognise a status code must treat it as the x00 code of its class, so an unknown 4xx is treated as 400';
const RREALM = 'RFC 9110 §11.5: the realm parameter identifies a protection space, partitioning the protected resources of a server';
const R407 = 'RFC 9110 §15.5.8 / §11.7: 407 Proxy Authentication Required is the proxy analogue of 401, with Proxy-Authenticate and Proxy-Authorization';
const RDIFF = 'RFC 9110 §15.5.2 vs §15.5.4: 401 means the request lacks valid authentication credentials; 403 means the server understood but refuses to fulfil it';
const R6750S = 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden';
const R6750T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401 Unauthorized';
const R6750R = 'RFC 6750 §3.1: invalid_request (missing/duplicated/malformed parameter) → 400 Bad Request';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const R6750SC = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values indicating the required scope of the access token';

const QUESTIONS: readonly Draft[] = [
  // WWW-Authenticate on 401 (2)
  k('sre', 'edge logs show origin sending 401s with no www-authenticate header at all, is that actually allowed by the rfc or is origin broken', /(?:must|required|mandatory|has to|have to|needs? to|obligat|not optional|shall)[^.\n]{0,100}WWW-Authenticate|WWW-Authenticate[^.\n]{0,100}(?:must|required|mandatory|is not optional|obligat)/i, R401),
  k('nonnative', 'When my server is answering 401, which header it must to include together, please?', /WWW-Authenticate/i, R401),
  // WWW-Authenticate on other responses (1)
  k('api', 'Our API returns 403 for an OAuth token that lacks a scope. Is it acceptable to attach a WWW-Authenticate header to that 403, or is the header reserved for 401 responses only?', /\byes\b|\bMAY\b (?:also )?(?:generate|send|include|appear|be (?:sent|used|included))|other (?:response|status)|any (?:other )?(?:response|status)|not (?:limited|restricted|reserved|exclusive) to 401|non-401/i, RWWWA),
  // heuristic caching of 404/410 (2)
  k('sre', 'cdn question: origin returns 404 with no cache-control and no expires, can a shared cache still store and serve it', /heuristic|cacheable by default|by default[^.\n]{0,40}cacheable|\byes\b/i, RHEUR),
  k('support', 'The content team is switching retired product pages from 404 to 410 and did not set any cache headers. Could caches and CDNs still keep the 410 without explicit headers?', /heuristic|cacheable by default|by default[^.\n]{0,40}cacheable|\byes\b/i, RHEUR),
  // explicit caching of 403 (1)
  k('sre', 'origin sends a 403 with cache-control max-age=300, is the edge allowed to cache that 403 or are 403s never cacheable', /\byes\b|explicit(?:ly)? (?:freshness|cache-control|max-age|caching|lifetime|expiration)|can be (?:cached|stored)|may (?:be )?(?:cached|stored|cache it|store it)|(?:is|are) (?:allowed|permitted) to (?:cache|store)/i, REXPL),
  // Authorization + shared cache (1)
  k('sre', 'requests through our cdn carry an authorization header, when is the edge allowed to reuse the cached response for other users', /public|s-maxage|must-revalidate/i, RAUTHZ),
  // 401 with credentials supplied (1)
  k('security', 'If the request already carried credentials and the server still answers 401, what does RFC 9110 say that response means about those credentials?', /refus|reject|not accepted|invalid|wrong|insufficient|failed|bad credentials|did not (?:work|pass)/i, R401C),
  // 403 re-authentication (2)
  k('support', 'A customer keeps logging out and back in because they get 403 on a members-only page. According to the HTTP spec, will re-authenticating with the same account fix it?', /\bno\b|won['’]?t help|will not (?:help|fix|change)|not (?:help|fix|change)|should ?n[o'’]t (?:automatically )?(?:repeat|retry)|same credentials|insufficient|different (?:credentials|account|user|permissions)/i, R403),
  k('api', 'our sdk gets a 403 back from the gateway, should it auto retry with the same token like it does for 5xx', /(?:should ?n[o'’]t|do ?n[o'’]t|must ?n[o'’]t|never|\bno\b|not)[^.\n]{0,80}(?:retry|repeat|resend|re-?send|re-?try)|not (?:automatically )?(?:retry|repeat)/i, R403),
  // 404 in place of 403 (2)
  k('security', 'From a security-review standpoint: does RFC 9110 permit a server to answer 404 instead of 403 purely to hide that a protected resource exists?', /\byes\b|\bMAY\b[^.\n]{0,60}\b404\b|explicitly (?:allows|permits|mentions|says)|(?:is|are) (?:allowed|permitted|acceptable|legitimate)[^.\n]{0,80}\b404\b|hid(?:e|ing) (?:the )?(?:current )?existence|not willing to disclose/i, R403H),
  k('api', 'Does the definition of 404 itself cover the case where the server simply does not want to reveal that the resource exists?', /\byes\b|not willing to disclose|unwilling to (?:disclose|reveal)|(?:does|it) (?:cover|include)s? (?:that|this|it)|explicitly (?:covers|includes|mentions|allows)/i, R404H),
  // 404 temporary vs permanent (1)
  k('support', 'SEO asked me: when our site returns 404, does that tell search engines whether the page is gone for good or just temporarily missing?', /(?:does ?n[o'’]t|doesn’t|not|no|neither|nor)\s+(?:\w+\s+){0,6}(?:whether|if)\b[^.\n]{0,60}(?:temporar|permanen)|temporary or permanent|permanent or temporary|temporarily or permanently|permanently or temporarily|could be either|no (?:indication|information|signal|statement)/i, R404U),
  // 410 only when permanence known (1)
  k('nonnative', 'We removed a page but maybe we put it back later, we are not sure. Per the RFC, the right one is 404 or 410?', /(?:use|return|send|choose|pick|go with|answer|is|should be|stick with|prefer)\s+(?:a\s+|an\s+|the\s+)?(?:HTTP\s+)?404|404 (?:is|would be|ought to be|should be) (?:the )?(?:right|correct|appropriate|better|recommended|used)|^\W*404/im, R410U),
  // 410 duration (2)
  k('support', 'How long are we required to keep serving 410 for deleted URLs before we are allowed to let them fall back to 404?', /no (?:required|requirement|minimum|fixed|set|specific|mandated|defined|prescribed)|not (?:required|necessary|obligated|mandated|specified)|discretion|(?:any|no) (?:particular |specific )?(?:length|period|duration|amount) of time|up to (?:you|the (?:server|site) owner)|does ?n[o'’]t (?:specify|say|mandate|require|set|define)/i, R410T),
  k('nonnative', 'The 410 mark, it must stay forever on the URL, or there is some time limit what the standard fix?', /no (?:required|requirement|minimum|maximum|fixed|set|specific|mandated|defined|prescribed|time limit)|not (?:required|necessary|obligated|mandated|specified)|discretion|(?:any|no) (?:particular |specific )?(?:length|period|duration|amount) of time|up to (?:you|the (?:server|site) owner)|does ?n[o'’]t (?:specify|say|mandate|require|set|define)/i, R410T),
  // 410 purpose (2)
  k('api', 'What does the RFC say 410 is intended to communicate to people and sites that link to the resource?', /remov\w*[^.\n]{0,40}links?|links?[^.\n]{0,60}(?:remov|delet|drop|clean|take down|taken down)|web maintenance|intentionally/i, R410P),
  k('support', 'Which example situations does the HTTP spec give where 410 Gone is a typical fit?', /promot|limited[- ]time|no longer (?:associated|affiliated|with|part)|(?:former|departed|left)[^.\n]{0,30}(?:employee|staff|user|member|individual|people|person)/i, R410E),
  // which RFC is current (2)
  k('api', 'Which RFC is the current normative definition of 401, 403, 404 and 410, and what did it replace?', /9110/, R9110),
  k('sre', 'is rfc 7231 still the thing to cite for 4xx semantics in our runbook or is there a newer one', /9110/, R9110),
  // RFC 6750 error codes (3)
  k('security', 'In an RFC 6750 Bearer challenge, which error code corresponds to a 403 response?', /insufficient[_ ]scope/i, R6750S),
  k('api', 'access token expired, per rfc 6750 which error value goes in the challenge and which status code', /invalid[_ ]token[\s\S]{0,200}\b401\b|\b401\b[\s\S]{0,200}invalid[_ ]token/i, R6750T),
  k('nonnative', 'When the request is malformed, like the token is sent in two places at same time, which status the RFC 6750 say to return?', /\b400\b|bad request/i, R6750R),
  // RFC 6750 no auth info (1)
  k('security', 'A request arrives with no token at all. Should the Bearer WWW-Authenticate challenge include error="invalid_token"?', /should ?n[o'’]t (?:include|contain|carry|have|send|add)|not include|no error (?:code|attribute|parameter|value|information)|without (?:an? |any )?error|omit|leave (?:it |that )?(?:out|off)|just the (?:scheme|realm)/i, R6750N),
  // scope (1)
  k('security', 'What does the scope attribute inside a Bearer WWW-Authenticate challenge actually contain?', /space[- ](?:delimited|separated)|(?:scopes?|permissions?)[^.\n]{0,60}(?:required|needed|necessary)|(?:required|needed|necessary)[^.\n]{0,40}(?:scopes?|permissions?)/i, R6750SC),
  // realm (1)
  k('nonnative', 'What mean the "realm" in the WWW-Authenticate header? I see it everywhere but not understand.', /protection space|partition|(?:group|set|area|zone|collection|section) of (?:protected )?(?:resources|pages|urls|content)|which (?:credentials|username|password)/i, RREALM),
  // proxy auth (2)
  k('sre', 'our edge proxy itself wants credentials from the client, not the origin, whats the proxy version of 401', /\b407\b|proxy authentication required/i, R407),
  k('api', 'When a proxy challenges a client, which request header does the client send its credentials back in?', /Proxy-Authorization/i, R407),
  // 401 vs 403 one line (1)
  k('support', 'Give me a single sentence for the help desk explaining 401 versus 403.', /401[^.\n]{0,120}(?:authenticat|credential|log(?:ged)? ?in|sign(?:ed)? ?in|identif|who you are)/i, RDIFF),
  // unknown 4xx (1)
  k('api', 'Our client library only knows a handful of status codes. What does RFC 9110 say it should do with a 4xx code it has never heard of?', /\b400\b|x00|(?:generic|general) (?:client error|4xx)/i, RUNK),
];

export const UNSEEN189_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
