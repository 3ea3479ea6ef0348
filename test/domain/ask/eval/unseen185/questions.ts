import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 185, written by a blind writer who never read the parser, its tests, or any other question set. Angle: mobile and frontend developers integrating an API (knowledge questions only). */

const R401 = 'RFC 9110 §15.5.2: a server generating 401 MUST send a WWW-Authenticate field with at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials';
const R401N = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials (authorization is 403)';
const R403 = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials';
const R403B = 'RFC 9110 §15.5.4: a server that wishes to make public why the request is forbidden can describe that reason in the response content';
const R403W = 'RFC 9110 §11.6.1: a server MAY send WWW-Authenticate in other responses, e.g. RFC 6750 §3 insufficient_scope with 403';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond with 404';
const R404U = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent';
const R410 = 'RFC 9110 §15.5.11: 410 is preferred when the server knows the condition is likely permanent; otherwise 404';
const R410T = 'RFC 9110 §15.5.11: not necessary to keep the gone mark for any length of time; left to the server owner\'s discretion';
const R410P = 'RFC 9110 §15.5.11: 410 is for web maintenance, telling recipients the resource is intentionally unavailable and links should be removed';
const RCACHE = 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable by default; 401 and 403 are not';
const RSHARED = 'RFC 9111 §3.5 (via RFC 9110 §11.6.2): a shared cache must not reuse a response to an Authorization request unless it has public, s-maxage or must-revalidate';
const RRFC = 'RFC 9110 (June 2022) obsoletes RFC 7230-7235 semantics, including 7231 and 7235';
const RMULTI = 'RFC 9110 §11.6.1: WWW-Authenticate may contain more than one challenge; parse with care because challenges contain commas';
const RREALM = 'RFC 9110 §11.5: realm identifies a protection space on the server';
const R407 = 'RFC 9110 §15.5.8: proxy authentication uses 407 with Proxy-Authenticate';
const R6750 = 'RFC 6750 §3.1: invalid_request 400, invalid_token 401, insufficient_scope 403';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code';
const R6750T = 'RFC 6750 §3.1: on invalid_token the client MAY request a new access token and retry';
const R6750S = 'RFC 6750 §3: scope attribute is a space-delimited list of scope values needed to access the resource';
const R6750Q = 'RFC 6750 §2.3: the URI query parameter method SHOULD NOT be used unless header and body transport are impossible';

const QUESTIONS: readonly Draft[] = [
  k('api', 'Our iOS app gets a 401 from the backend but the response has no WWW-Authenticate header at all. Is the server actually required to send that header with a 401?',
    /(must|shall|is required to|has to|needs to)\s+(always\s+)?(send|include|contain|generate|carry|return|have)[^.]{0,80}(WWW-Authenticate|challenge)|WWW-Authenticate[^.]{0,80}\b(is|are) (required|mandatory)|at least one challenge/i, R401),
  k('security', 'Is it permissible for a 403 response to include a WWW-Authenticate header, or is that header reserved for 401 responses?',
    /(^|\W)yes\b|\bmay (also )?(include|carry|contain|send|generate|have|appear|be sent)|\b(is|are) (permitted|allowed)|not (reserved|limited|restricted|exclusive)|insufficient_scope/i, R403W),
  k('api', 'When our Android client receives a 403, should it automatically retry the same call with the same access token?',
    /(should ?n[o']t|must ?n[o']t|do ?n[o']t|never|\bno|\bnot)\s+(\w+\s+){0,2}(retry|repeat|resend|re-send|re-try|retried|repeated)|same credentials[^.]{0,60}(won't|will not|not|pointless|no use)/i, R403),
  k('nonnative', 'If user get 403 from our app API, it help to make him login again with same account? What the RFC is saying about this?',
    /(different|new|other|another) (credentials|account|user)|(not|n't|won't|unlikely|no)\b[^.]{0,60}(help|change|fix|repeat|retry)/i, R403),
  k('security', 'We would rather not reveal that a private project exists to users who are not allowed to see it. Does RFC 9110 allow us to return 404 instead of 403 in that case?',
    /(^|\W)yes\b|\bmay\b(?! not)[^.]{0,60}(404|instead)|(hide|conceal|not (to )?(reveal|disclose))[^.]{0,80}(exist|404)/i, R404H),
  k('sre', 'can we just 404 instead of 403 to hide private stuff or is that a spec violation',
    /not a (spec )?violation|(is|it's|its) (allowed|permitted|fine|acceptable|legit|ok)|explicitly (allow|permit)|\bmay\b(?! not)[^.]{0,60}(404|instead)|(^|\W)yes\b/i, R404H),
  k('api', 'Does a 404 tell our frontend whether the resource is gone for good or might come back later?',
    /(does ?n[o']t|doesn't|\bno\b|\bnot\b|neither|\bnor\b|without)[^.]{0,80}(temporar|permanen)|(temporar|permanen)[^.]{0,60}(unspecified|unknown|ambiguous|not (specified|indicated|stated))/i, R404U),
  k('api', 'According to RFC 9110, when should our API return 410 Gone rather than 404 Not Found?',
    /(know|knows|known|certain|sure|aware)[^.]{0,80}permanen|permanen[^.]{0,40}(know|known)|likely (to be )?permanent|permanently (removed|gone|unavailable|deleted)|intentionally (removed|unavailable|deleted)/i, R410),
  k('sre', 'deleted a resource but not sure it wont come back later 404 or 410',
    /(use|return|send|go with|stick with|respond with|prefer|pick|choose)[^.]{0,20}\b404\b|\b404\b[^.]{0,60}(ought|should|is (the )?(right|correct|safer|appropriate|better))/i, R410),
  k('api', 'If we return 410 for deleted posts, how long does the spec say we have to keep returning 410 before we are allowed to switch to 404?',
    /discretion|any length of time|no (required|mandated|minimum|fixed|specific|set|defined) (period|time|duration|length)|not (required|necessary|obligated|mandated)|up to (you|the (server|site|service|origin|owner|operator))|(doesn't|does not|don't|no) (specify|mandate|require|define|set)/i, R410T),
  k('sre', 'is a 404 cacheable by default or only if we set cache-control',
    /(?<!not |n't |non-)(heuristically cacheable|cacheable by default)|heuristic (freshness|expiration|caching)/i, RCACHE),
  k('api', 'Could a CDN cache our 410 Gone response even if our backend does not send any Cache-Control header?',
    /(^|\W)yes\b|(?<!not |n't |non-)(heuristically cacheable|cacheable by default)|heuristic (freshness|expiration|caching)/i, RCACHE),
  k('security', 'Absent explicit freshness information, may an intermediary cache store and reuse a 403 Forbidden response by default?',
    /not (heuristically )?cacheable (by default|heuristically)|not heuristically cacheable|(is not|isn't|aren't|not) (in|on|among|part of) the (list|set)|only (if|when|with)[^.]{0,60}(explicit|cache-control|max-age|expires|s-maxage)|(requires?|needs?) explicit|(^|\W)no[,.;:!]/i, RCACHE),
  k('security', 'If a response was generated for a request that carried an Authorization header, under what condition may a shared cache reuse it for other requests?',
    /public|s-maxage|must-revalidate/i, RSHARED),
  k('api', 'Which RFC currently defines HTTP status codes like 401 and 404? The tutorial I am following for my React app still cites RFC 7231.',
    /9110/, RRFC),
  k('nonnative', 'The RFC 7235 about HTTP authentication, it is still valid or it was replaced already? By which one?',
    /9110/, RRFC),
  k('api', 'Our OAuth resource server responds with error="invalid_token" in the Bearer challenge. Which HTTP status code should go with that?',
    /\b401\b|unauthorized/i, R6750),
  k('sre', 'insufficient_scope goes with which status',
    /\b403\b|forbidden/i, R6750),
  k('nonnative', 'For bearer token, when the request is missing a parameter or is malformed, which error code and HTTP status I have to send back?',
    /\b400\b|bad request/i, R6750),
  k('api', 'When a request to our API arrives with no token at all, should the Bearer WWW-Authenticate challenge include an error code such as invalid_token?',
    /(should ?n[o']t|shouldn't|do ?n[o']t|don't|\bnot)\s+(\w+\s+){0,3}(an? )?error|omit\w*[^.]{0,40}error|no error (code|attribute|parameter|info)|without (an? |any )?error/i, R6750N),
  k('api', 'Per RFC 6750, when my mobile app gets a 401 with error="invalid_token", what is the client allowed to do next?',
    /(new|fresh|another|re-?obtain|renew\w*|refresh\w*)[^.]{0,30}(access )?token|refresh/i, R6750T),
  k('nonnative', 'What mean the "realm" inside WWW-Authenticate header? Our mobile SDK is showing realm="api" and I not understand.',
    /protection space|partition|(group|set|area|zone|collection|space)[^.]{0,30}(of )?(protected )?(resources|pages|urls|uris|endpoints)/i, RREALM),
  k('api', 'What does the scope attribute in a Bearer WWW-Authenticate challenge tell my frontend?',
    /(required|needed|necessary|needs?)[^.]{0,60}(access|scope|permission)|space-(delimited|separated)/i, R6750S),
  k('nonnative', 'Our backend team say 401 is called "Unauthorized" so it mean the user has no permission. This is correct?',
    /(lack|lacks|missing|no|invalid|without|valid)[^.]{0,40}(authenticat|credential)|not (logged|signed) ?in|unauthenticated|misnomer|403[^.]{0,60}(permission|forbidden|authoriz)/i, R401N),
  k('api', 'We send a token on every request and still get 401 back. What does RFC 9110 say a 401 means when the request already included credentials?',
    /refus|reject|not accept|denied|invalid|(were|was|are|is) not valid|no longer valid|failed/i, R401C),
  k('support', 'A user wants to know why they were denied. Is a 403 response allowed to explain the reason in its body?',
    /(^|\W)yes\b|\bmay\b(?! not)[^.]{0,60}(describe|explain|include|reason)|(can|could) (describe|explain|include|state)[^.]{0,40}(reason|why)/i, R403B),
  k('support', 'A customer says an old share link in our app now returns 410. What is a 410 meant to communicate, according to the RFC?',
    /(remove|delete|drop|update)[^.]{0,40}links|links[^.]{0,40}(remov|delet|updat)|intentionally (unavailable|removed|deleted)|web maintenance|permanent/i, R410P),
  k('api', 'Can a single 401 response carry more than one authentication challenge? Our JavaScript code just splits the WWW-Authenticate value on commas.',
    /(more than one|multiple|several|two or more) challenges?|special care|(challenges?|parameters?|auth-params?)[^.]{0,40}(also |themselves )?(contain|include|use|have) commas/i, RMULTI),
  k('sre', 'corp proxy keeps asking the app for creds is that supposed to be a 401',
    /\b407\b|proxy-authenticate/i, R407),
  k('security', 'Is it acceptable for our mobile app to send the bearer token in the URL query string as access_token?',
    /should ?n[o']t|shouldn't|not (be )?recommended|discourag|avoid|last resort|only (if|when)[^.]{0,60}(impossible|not possible|cannot|can't)/i, R6750Q),
];

export const UNSEEN185_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
