import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 202, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only questions from frontend and mobile developers and product managers, with SRE, support, security and non-native voices mixed in. */

const R401 = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge applicable to the target resource';
const R401C = 'RFC 9110 §15.5.2: if the request included authentication credentials, the 401 indicates that authorization has been refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field';
const R401V403 = 'RFC 9110 §15.5.2 / §15.5.4: 401 means the request lacks valid authentication credentials; 403 means the server understood the request but refuses to fulfill it';
const R403 = 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content';
const R403R = 'RFC 9110 §15.5.4: if credentials were provided the server considers them insufficient; the client SHOULD NOT automatically repeat the request with the same credentials';
const R404 = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent';
const R404H = 'RFC 9110 §15.5.4 / §15.5.5: an origin server that wishes to hide the existence of a forbidden resource MAY respond with 404; 404 also covers a server not willing to disclose that a representation exists';
const R404U = 'RFC 9110 §15.5.11: if the origin server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by notifying the recipient that the resource is intentionally unavailable and that remote links should be removed';
const R410K = 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner';
const RCACHE = 'RFC 9110 §15.1 / §15.5.5 / §15.5.11: 404 and 410 are heuristically cacheable by default; 401 and 403 are not on that list and need explicit freshness information';
const RWWW = 'RFC 9110 §11.6.1: a server MAY generate a WWW-Authenticate header field in other response messages (not only 401) to indicate that supplying credentials might affect the response';
const RREALM = 'RFC 9110 §11.5: the realm parameter indicates a scope of protection; a protection space is defined by the origin and the realm value';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme is identified by a case-insensitive token';
const R407 = 'RFC 9110 §11.7.1 / §15.5.8: 407 Proxy Authentication Required carries a Proxy-Authenticate challenge, the proxy counterpart of 401';
const R9110 = 'RFC 9110 (June 2022) is the current HTTP Semantics specification; it obsoletes RFC 7231 and RFC 7235 among others';
const R6750E = 'RFC 6750 §3.1: invalid_request -> 400, invalid_token -> 401, insufficient_scope -> 403';
const R6750N = 'RFC 6750 §3: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information in the challenge';
const R6750S = 'RFC 6750 §3 / §3.1: the scope attribute is a space-delimited list of case-sensitive scope values indicating the scope needed to access the resource';

const HEURISTIC = /heuristic|\byes\b[^.]{0,60}cach|(is|are) cacheable by default|cacheable (by default )?even without|can be cached (by default|without)/i;

const QUESTIONS: readonly Draft[] = [
  // 401 must carry WWW-Authenticate (topic: 401 header)
  k('api', "Our React app reads the response headers on a 401 to decide what login flow to show. Which header is a 401 response supposed to include?", /WWW-Authenticate/i, R401),
  k('sre', 'backend team says www-authenticate on 401 is optional so they dropped it to save bytes, is that allowed', /at least one challenge|\bMUST (send|include|carry|contain|have|be)|\b(is|it.s|its) (required|mandatory|obligatory)|\bnot optional|has to (be )?(send|sent|include|carry|contain|have)|not allowed|isn.t allowed|is not permitted|(spec|rfc) (requires|mandates)/i, R401),
  // 403 may carry WWW-Authenticate (topic: header on other codes)
  k('security', 'A pentest report flags that our 403 responses carry a WWW-Authenticate header and calls that a protocol violation. Is a WWW-Authenticate header permitted on a status other than 401?', /\byes\b|(may|can|allowed to|permitted to|is allowed|is permitted|is fine|is ok)\s+(also\s+)?(be\s+)?(include|send|sent|carry|contain|generate|have|add|return|appear|used|present)|not (only|limited|restricted|exclusive) (to )?(for )?401|other respon/i, RWWW),

  // caching (topic: cacheability)
  k('api', "If our Next.js API returns a 404 with no Cache-Control header at all, can a CDN or browser still cache that 404?", HEURISTIC, RCACHE),
  k('nonnative', 'We will give 410 for the old product pages. Without any cache header, the CDN is allowed to cache this 410 or not?', HEURISTIC, RCACHE),
  k('sre', 'is 403 heuristically cacheable like 404 or does it need explicit cache headers', /not (heuristically|cacheable by default|in the (heuristic|list))|isn.t (heuristically|cacheable by default|in the list)|explicit (freshness|cache|caching|expiration|max-age|lifetime)|only (if|when|with) (an? )?(explicit|cache-control|max-age|freshness|expires)|needs? (explicit|cache-control|max-age|freshness)/i, RCACHE),

  // 403 retry with same credentials (topic: 403 client behaviour)
  k('api', 'Our Android networking layer treats 403 like a network blip and automatically resends the identical request with the same token. What does the spec say about that?', /(should not|shouldn.t|must not|not supposed to|don.t|do not|not)\s+(to\s+)?(automatically\s+)?(be\s+)?(repeat|retr|re-?send|resubmit|re-?issue)|SHOULD NOT|no point (in )?(retry|repeat|resend)|won.t (help|change)|will not (help|change)/i, R403R),
  k('support', "A customer says they keep tapping 'retry' after a 403 and nothing changes. From the spec's point of view, is sending the same request again with the same login expected to work?", /\bno\b|not (expected|likely|going) to|won.t (work|help|change)|will not (work|help|change)|should not|shouldn.t|SHOULD NOT|same (credentials|login|token)[^.]{0,40}(insufficient|not enough|won.t|will not|refused)/i, R403R),

  // 404 temporary vs permanent (topic: what 404 says about permanence)
  k('api', "As a PM I need to know: when the listings API answers 404, does that code tell us the listing is gone for good, or could it come back later?", /(does not|doesn.t|not|no|neither|nor)[^.]{0,40}(indicate|say|tell|signal|specify|imply|mean|distinguish|know|commit)[^.]{0,60}(temporar|permanen|for good|come back)|could be either|either temporar|temporary or permanent|permanent or temporary|neither/i, R404),
  k('nonnative', 'The 404 is meaning the page is delete forever, yes? Or it say nothing about this?', /(does not|doesn.t|not|no|nothing|neither|nor)[^.]{0,40}(indicate|say|tell|signal|specify|imply|mean|distinguish|know|forever|permanen)[^.]{0,60}(temporar|permanen|forever|come back)|could be either|temporary or permanent|permanent or temporary|says nothing|neither/i, R404),

  // 410 vs 404 when permanence unknown (topic: choosing under uncertainty)
  k('support', "When an item is deleted but the server genuinely can't tell whether the removal is permanent (it might be restored from the trash), which of 404 or 410 does RFC 9110 recommend?", /(use|return|send|respond with|should be|prefer|go with|fall back to|recommends?|answer with)\s+(a\s+|an\s+)?(HTTP\s+)?404|404[^.]{0,60}(instead|should be used|ought to be used|is (the )?(right|correct|appropriate|preferred|recommended))/i, R404U),

  // 410 retention (topic: how long to keep 410)
  k('nonnative', 'After we return 410 for a deleted user profile URL, how many time we must keep return the 410? There is a minimum in RFC?', /no (required|fixed|set|minimum|specific|mandated|particular|defined)\s+(time|period|duration|length|minimum)|not (required|necessary|obliged|obligated|mandated)|any (length|period|amount) of time|discretion|up to (you|the server|the owner|the site)|your (call|choice|decision)|no (requirement|obligation|minimum)|not specif|doesn.t (specify|require|define)|does not (specify|require|define)/i, R410K),
  k('api', "Product wants every permanently deleted article to return 410. Is a server actually obliged to mark all permanently removed resources as 410 Gone?", /\bno\b|not (necessary|required|mandatory|obligatory|obliged|obligated)|no (requirement|obligation)|discretion|optional|up to (you|the)|don.t have to|do not have to|needn.t|need not|isn.t (required|necessary|mandatory)/i, R410K),

  // which RFC is current (topic: RFC versions)
  k('api', 'Which RFC is the current authoritative definition of 401, 403, 404 and 410? Our docs still cite RFC 7231.', /9110/, R9110),
  k('sre', 'our runbook says 401 challenge rules live in rfc 7235, is that still current', /(obsolet|supersed|replac)[\s\S]{0,80}9110|9110[\s\S]{0,80}(obsolet|supersed|replac)/i, R9110),

  // RFC 6750 error codes (topic: bearer error codes)
  k('api', "Our mobile app sees WWW-Authenticate: Bearer error=\"invalid_token\". Under RFC 6750, which HTTP status should accompany that error?", /\b401\b/, R6750E),
  k('security', 'Under RFC 6750, which HTTP status code goes with the insufficient_scope error?', /insufficient_scope[^.]{0,80}\b403\b|\b403\b[^.]{0,80}insufficient_scope|(is|use|return|→|->|=|:|with|respond with)\s*(a\s+)?(HTTP\s+)?403|403 Forbidden/i, R6750E),
  k('nonnative', 'If the client forget a required parameter in the request, RFC 6750 say error invalid_request with which status code?', /\b400\b|bad request/i, R6750E),

  // 404 instead of 403 to hide existence (topic: hiding)
  k('api', "Security wants private workspaces to return 404 instead of 403 to outsiders, so nobody can tell they exist. Does RFC 9110 allow that?", /\b(yes|allowed|permitted|explicitly|may|can)\b[\s\S]{0,160}(hide|hiding|conceal|disclos|reveal|existence)|(hide|hiding|conceal|not (to )?(disclose|reveal))[\s\S]{0,160}\b(allowed|permitted|may|explicitly|yes)\b/i, R404H),
  k('support', "A customer insists the 404 proves their document doesn't exist on our side. Per the spec, can a 404 mean something other than 'does not exist'?", /(not willing|unwilling|doesn.t want|does not want|choose not|chooses not|refus\w*|decline\w*)\s+to\s+(disclose|reveal|confirm|admit|say)|hid(e|ing|den)[^.]{0,60}(existence|exist)|conceal|mask(ing)? (the )?(existence|a 403|forbidden)|instead of (a )?403/i, R404H),

  // realm and scope in challenges (topic: challenge parameters)
  k('nonnative', 'In the header WWW-Authenticate Basic realm="admin", what mean this realm exactly?', /protection space|scope of protection|(area|partition|zone|space|group|set)\s+(of\s+)?(protected\s+)?(resources|pages|urls)|protected (area|space|zone|section)/i, RREALM),
  k('api', 'What is the scope attribute in a Bearer WWW-Authenticate challenge telling my app?', /space[- ](delimited|separated)|(required|needed|necessary)[^.]{0,50}(permission|scope|access)|(permission|scope|access)[^.]{0,50}(required|needed|necessary)/i, R6750S),

  // 401 vs 403 in one line (topic: distinction)
  k('support', "Give me one line I can paste to customers explaining the difference between a 401 and a 403.", /401[^.]{0,160}(authenticat|credential|log(ged)? ?in|sign(ed)? ?in|who you are|identity|identify)/i, R401V403),

  // 401 when credentials were sent (topic: meaning of 401 with credentials)
  k('api', "Our iOS app definitely sends an Authorization header, yet the API still answers 401. What does a 401 mean when credentials were included?", /(refused|rejected|invalid|not accepted|wrong|expired|bad|not valid|insufficient)[^.]{0,50}(credential|token)|(credential|token)s?[^.]{0,50}(refused|rejected|invalid|not accepted|wrong|expired|were not|weren.t|not valid|failed)/i, R401C),

  // no token -> no error code (topic: bearer challenge without credentials)
  k('security', 'When a request arrives with no access token at all, should the Bearer challenge include error="invalid_token"?', /(should not|shouldn.t|SHOULD NOT|no need to|don.t|do not|must not|not)\s+(to\s+)?(include|send|add|contain|carry|put|return|have)[^.]{0,50}(error|invalid_token)|omit[^.]{0,40}error|leave[^.]{0,30}out|(without|no) (an? |any )?error (code|attribute|parameter|information|info)/i, R6750N),

  // purpose of 410 (topic: why 410)
  k('support', "A product manager asks what 410 Gone actually communicates that a plain 404 doesn't. What's the extra signal?", /intentional|deliberate|on purpose|remove (their |the |any )?(links|references|bookmarks)|links? (be |should be |to be )?removed|web maintenance|permanent/i, R410),

  // proxy auth (topic: proxy counterpart)
  k('sre', 'corporate proxy wants creds before forwarding, whats the proxy version of 401', /\b407\b/, R407),

  // scheme case (topic: scheme token case)
  k('api', "The backend sends 'WWW-Authenticate: bearer realm=...' in lowercase and our web client only matches 'Bearer'. Is the auth scheme name case-sensitive?", /case[- ]?insensitive|not case[- ]?sensitive|isn.t case[- ]?sensitive|case (does not|doesn.t) matter|regardless of (the )?case|any case/i, RSCHEME),

  // 403 body explaining reason (topic: 403 content)
  k('api', "On a 403, can we tell the user in the response body why they're blocked, for example that their plan doesn't include this feature?", /\byes\b|(may|can|allowed to|permitted to|free to)\s+(also\s+)?(describe|explain|say|include|state|give|tell|put|return|add|make)/i, R403),

  // client behaviour on 401 (topic: 401 client action)
  k('sre', 'mobile client gets a 401, what is it allowed to do next per spec', /(new|fresh|refresh\w*|replaced|valid|different|updated|correct)[^.]{0,30}(credential|token|Authorization|authenticat|log ?in|sign ?in)|(retry|repeat|resend|re-?send|re-?issue)[^.]{0,60}(credential|token|Authorization)|re-?authenticat|log (in )?again|sign (in )?again/i, R401R),
];

export const UNSEEN202_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
