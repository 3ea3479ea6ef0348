import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 186, written by a blind writer who never read the parser, its tests, or any other question set. Angle: backend engineers in an incident channel asking terse knowledge questions about 401/403/404/410 (RFC 9110, RFC 6750). */

const R401 = 'RFC 9110 §15.5.2: a server generating 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included authentication credentials, 401 means authorization has been refused for those credentials';
const R403 = 'RFC 9110 §15.5.4: if credentials were provided the server considers them insufficient; the client SHOULD NOT automatically repeat the request with the same credentials, but MAY repeat it with new or different credentials';
const R403B = 'RFC 9110 §15.5.4 / §15.5: a server that wishes to make public why the request was forbidden can describe that reason in the content; 4xx responses SHOULD carry a representation explaining the situation';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404 (Not Found)';
const R404 = 'RFC 9110 §15.5.5: 404 means the origin server did not find a current representation or is not willing to disclose that one exists';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent; 410 is preferred only if the server knows the condition is likely permanent';
const R410 = 'RFC 9110 §15.5.11: 410 means access is no longer available and the condition is likely permanent; if the server does not know whether it is permanent, 404 ought to be used';
const R410P = 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and the owners desire that remote links to it be removed';
const R410T = 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner';
const RCACHE = 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable by default; 401 and 403 are not, so caching them needs explicit freshness information';
const RAUTH = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in other responses (e.g. 403) to indicate that supplying (different) credentials might affect the response';
const RREALM = 'RFC 9110 §11.5: the realm parameter identifies a protection space; realm values are case-sensitive';
const RPROXY = 'RFC 9110 §15.5.8 / §11.7: proxy authentication uses 407 (Proxy Authentication Required) with Proxy-Authenticate';
const RRFC = 'RFC 9110 (June 2022) obsoletes RFC 7231 (semantics) and RFC 7235 (authentication), among others';
const R6750 = 'RFC 6750 §3.1: invalid_request → 400, invalid_token → 401, insufficient_scope → 403';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const R6750S = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values indicating the scope required to access the resource';

const QUESTIONS: readonly Draft[] = [
  // 401 header requirement (2)
  k('sre', 'quick one - does a 401 have to carry some specific header or is a json body enough', /WWW-Authenticate/i, R401),
  k('nonnative', 'When my server give 401 with WWW-Authenticate header, how many challenge must be inside it minimum? Can it be empty?', /(?:at least|minimum(?: of)?|min\.?)\s+(?:one|1|a single)\b|one or more\s+challenges?|(?:must|needs? to|has to)\s+(?:\w+\s+){0,4}(?:contain|include|have|carry)\s+(?:\w+\s+){0,2}challenge|(?:cannot|can'?t|must not|mustn'?t|may not)\s+be\s+empty|not\s+(?:allowed\s+to\s+)?be\s+empty/i, R401),

  // WWW-Authenticate on 403 (1)
  k('security', 'Is a server permitted to include a WWW-Authenticate header on a 403 Forbidden response, or is that header reserved exclusively for 401?', /\byes\b|(?:MAY|can|could)\s+(?:also\s+)?(?:send|include|generate|carry|add|return|contain)|(?:is|are|it'?s)\s+(?:\w+\s+)?(?:allowed|permitted|fine|ok(?:ay)?|legal|valid)|not\s+(?:exclusive|reserved|limited|restricted)/i, RAUTH),

  // caching (3)
  k('sre', 'cdn is holding 404s for a route we just fixed. are 404s cacheable by default or only with explicit cache-control', /heuristic|(?<!not |n't |non-)cacheable by default|(?<!not |n't |non-)cached by default|by default[^.]{0,30}(?<!not |n't )(?:cacheable|cached|stored)|(?:even\s+)?without\s+(?:any\s+)?(?:explicit\s+)?(?:cache-control|freshness|expires|max-age)/i, RCACHE),
  k('api', 'If we return 410 Gone for retired endpoints, may caches store that response without us adding any Cache-Control or Expires header?', /heuristic|(?<!not |n't |non-)cacheable by default|(?<!not |n't |non-)cached by default|\byes\b/i, RCACHE),
  k('sre', 'are 401 and 403 heuristically cacheable like 404 or does a cache need explicit freshness to store them', /(?:not|aren'?t|isn'?t|neither)\s+(?:\w+\s+){0,2}heuristically|(?:need|needs|require|requires|only with|only if|only when)\s+(?:\w+\s+){0,3}explicit|not\s+(?:\w+\s+)?(?:cacheable|cached)\s+by\s+default|not\s+(?:on|in)\s+(?:the\s+)?(?:list|set)/i, RCACHE),

  // 403 and re-authentication (2)
  k('sre', 'client keeps hammering us after a 403 with the same token. per spec should it retry with same creds', /(?:should ?n[o']t|SHOULD NOT|must ?n[o']t|do ?n[o']t|not|never)\s+(?:\w+\s+){0,3}(?:automatically\s+)?(?:repeat|retry|re-?send|re-?try|re-?submit)|(?:no|stop)\s+(?:\w+\s+){0,2}(?:automatic\s+)?(?:retr|repeat)/i, R403),
  k('support', 'A customer is getting 403 and asked if logging out and back in will fix it. What does the spec say could actually change the outcome?', /(?:different|other|another|separate|higher[- ]privileged?|privileged|authori[sz]ed)\s+(?:set of\s+)?(?:credentials|account|user|identity|token|login)|(?:permissions?|roles?|access|rights|scopes?)\s+(?:\w+\s+){0,3}(?:granted|changed|added|updated|fixed)|(?:grant|change|add|update|fix)\w*\s+(?:\w+\s+){0,3}(?:permissions?|roles?|access|rights|scopes?)/i, R403),

  // 404 temporary vs permanent (1)
  k('nonnative', 'Our monitoring see 404 on a page. Is the 404 telling us if the page is gone for always or only for some time?', /temporary or permanent|permanent or temporary|temporary nor permanent|permanent nor temporary|(?:does ?n[o']t|does not|do ?n[o']t|not|no|without|never)\s+(?:\w+\s+){0,4}(?:indicat|say|tell|specif|signal|distinguish|convey|impl|state|reveal|communicat)\w*\b[^.]{0,60}(?:temporar|permanen|transient|forever|always|some time)|(?:ambiguous|agnostic|silent|unspecified|says nothing|no information|no indication)[^.]{0,60}(?:temporar|permanen|forever|always)/i, R404U),

  // 404 vs 410 choice (2)
  k('sre', 'we deleted the doc but legal might make us restore it next month. 410 or 404', /(?:use|return|send|respond with|go with|stick with|prefer|should be|answer is|pick|choose)\s+(?:a\s+|the\s+)?(?:HTTP\s+)?404|404\b[^.]{0,40}(?:is\s+(?:the\s+)?(?:right|correct|appropriate|better|safer)|instead)|^\s*\**404\b/im, R410),
  k('api', 'In one sentence, what does 410 Gone assert that 404 Not Found does not?', /permanen/i, R410),

  // 410 retention (2)
  k('sre', 'how long do we have to keep serving 410 for a removed endpoint before it can 404', /(?:no|not|isn'?t|aren'?t|never|doesn'?t|does not)\b[^.]{0,40}(?:required|necessary|obligat|mandat|need|specif|defin|prescrib|minimum|fixed|set (?:period|time|duration))|any length of time|discretion|up to (?:the |you|your)|(?:your|owner'?s?|operator'?s?)\s+(?:call|choice|decision)/i, R410T),
  k('api', 'Does RFC 9110 require us to return 410 for every resource we remove permanently, or can we just keep returning 404 for some of them?', /not\s+(?:\w+\s+)?(?:necessary|required|mandatory|obligat\w*|compulsory)|(?:isn'?t|aren'?t)\s+(?:\w+\s+)?(?:necessary|required|mandatory)|no need|(?:don'?t|do not|doesn'?t|does not)\s+(?:\w+\s+)?(?:have to|need to|require)|needn'?t|optional|discretion|(?:may|can)\s+(?:still\s+|just\s+|keep\s+)?(?:use|return|send|keep returning|returning)\s+(?:a\s+)?404/i, R410T),

  // 410 purpose (1)
  k('support', 'What is the point of a 410 for people who link to our pages? What is the server asking them to do?', /(?:remov|delet|drop|updat|clean|purg|delist|de-list|unlink|prun)\w*\s+(?:\w+\s+){0,5}(?:links?|references?|bookmarks?|urls?)|(?:links?|references?|bookmarks?|urls?)\s+(?:\w+\s+){0,4}(?:removed|deleted|dropped|cleaned|purged|updated)/i, R410P),

  // RFC currency / obsoletes (3)
  k('sre', 'which rfc is current for 401/403/404/410 semantics now, people keep linking 7231', /\b9110\b/, RRFC),
  k('nonnative', 'RFC 9110 is replacing which older RFC for the status code meanings? I want to put the old number in our wiki.', /\b7231\b/, RRFC),
  k('security', 'Before RFC 9110, which RFC defined the HTTP authentication framework (WWW-Authenticate challenges, 401 requirements)?', /\b7235\b/, RRFC),

  // RFC 6750 error codes (3)
  k('sre', 'bearer error=invalid_token, what status is that supposed to ride on', /\b401\b/, R6750),
  k('api', 'Per RFC 6750, which HTTP status goes with error="insufficient_scope" in the Bearer challenge?', /\b403\b/, R6750),
  k('sre', 'rfc6750 invalid_request - is that a 401 too or something else', /\b400\b|bad request/i, R6750),

  // RFC 6750 no-token case (1)
  k('security', 'When a request arrives with no access token at all, should our Bearer challenge still include error="invalid_token" or some other error code?', /(?:should ?n[o']t|SHOULD NOT|must ?n[o']t|do ?n[o']t|not)\s+(?:\w+\s+){0,3}(?:include|send|add|return|put|set|carry|contain)\w*\s+(?:\w+\s+){0,3}(?:an?\s+|any\s+)?error|omit\w*\s+(?:\w+\s+){0,3}(?:the\s+)?error|(?:no|without(?:\s+an?|\s+any)?)\s+error(?:\s+code|\s+attribute|\s+param\w*|=|\s+info\w*)|just\s+(?:the\s+)?(?:scheme|realm|Bearer)/i, R6750N),

  // 404 standing in for 403 (2)
  k('security', 'private repos: is it ok to answer 404 instead of 403 when the user lacks access, or is that non-compliant', /(?:hide|hiding|conceal\w*|mask\w*|obscur\w*)\b[^.]{0,40}exist|(?:not|n'?t|without|avoid\w*)\s+(?:\w+\s+){0,3}(?:reveal|disclos|leak|expos|confirm)\w*|existence/i, R403H),
  k('nonnative', 'The 404 definition, it only mean "nothing there"? Or it can also mean the thing exist but server not want to say?', /not willing to disclose|unwilling to (?:disclose|reveal|confirm)|(?:won'?t|will not|does not want to|doesn'?t want to|not willing to|unwilling to|chooses? not to|prefers? not to)\s+(?:\w+\s+){0,2}(?:disclose|reveal|confirm|admit|say|tell)|(?:hide|hiding|conceal)\w*\s+(?:\w+\s+){0,3}exist/i, R404),

  // realm (2)
  k('support', 'What does the realm="..." part of a WWW-Authenticate challenge actually mean?', /protection space|protected\s+(?:area|space|zone|section|region)|(?:group|set|collection|partition|area|zone)\s+of\s+(?:\w+\s+){0,2}(?:resources|pages|urls|uris|endpoints)|(?:resources|pages|urls)\s+(?:\w+\s+){0,3}share\w*\s+(?:\w+\s+){0,2}credentials/i, RREALM),
  k('sre', 'is the realm value case sensitive or can clients normalise it', /(?<!not |n't |non-|in)case[- ]?sensitive|exact(?:ly)?\s+(?:string\s+)?(?:match|comparison|compared)|must\s+not\s+(?:be\s+)?normali[sz]/i, RREALM),

  // scope in Bearer challenge (1)
  k('api', 'In a Bearer challenge, what is the scope="..." attribute telling the client, and how are multiple values written?', /space[- ]?(?:delimited|separated)|separated\s+by\s+(?:a\s+)?(?:single\s+)?spaces?|(?:whitespace|spaces?)\s+between/i, R6750S),

  // 401 vs 403 (1)
  k('support', 'Can you give me the difference between 401 and 403 in one line that I can paste to customers?', /401\b[^.;]{0,80}(?:unauthenticated|not authenticated|authenticat|credential|log ?in|logged in|sign(?:ed)? ?in|who you are|identity|identify)/i, R401),

  // proxy auth (1)
  k('sre', 'corp proxy wants creds before forwarding. is that a 401 from the proxy or something else', /\b407\b|Proxy Authentication Required/i, RPROXY),

  // 401 when credentials were present (1)
  k('nonnative', 'Client already send Authorization header and still get 401 back. What the 401 is saying in this case?', /(?:refus|reject|not accept|invalid|wrong|bad|expired|fail|not valid|incorrect|denied|did ?n[o']t (?:work|pass|verify))\w*/i, R401C),

  // explaining the 403 (1)
  k('security', 'Should a 403 body explain why access was denied, or does the RFC expect an empty response?', /(?:should|may|can|could|recommended|encouraged|allowed|permitted|free to|okay|ok|fine)\s+(?!not\b|n't)(?:\w+\s+){0,5}(?:explain|explanation|describ\w*|reason|why)|(?:explanation|reason)\s+(?:\w+\s+){0,3}(?:in|inside)\s+(?:the\s+)?(?:body|content|payload)/i, R403B),
];

export const UNSEEN186_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
