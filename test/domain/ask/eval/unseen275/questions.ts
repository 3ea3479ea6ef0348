import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 275, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only questions on what RFC 9110 and RFC 6750 say about 401, 403, 404 and 410, asked in passing by on-call, API, support, security and non-native voices. */

const R401 = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; the server MUST send a WWW-Authenticate field with at least one challenge';
const R403 = 'RFC 9110 §15.5.4: 403 means the server understood the request but refuses to fulfill it; it may be forbidden for reasons unrelated to credentials';
const R403C = 'RFC 9110 §15.5.4: with credentials present, 403 means they are insufficient; the client SHOULD NOT automatically repeat with the same credentials and MAY repeat with new or different credentials';
const R403B = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404 (Not Found)';
const R404 = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent';
const R404U = 'RFC 9110 §15.5.11: if the origin server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 is intended to assist web maintenance by signalling the resource is intentionally unavailable and that remote links to it should be removed';
const R410D = 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or keep the mark for any length of time; that is left to the server owner';
const RCACHE = 'RFC 9110 §15.1 / RFC 9111 §4.2.2: 404 and 410 are heuristically cacheable (cacheable by default); 403 is not, so it needs explicit freshness information';
const RWWWA = 'RFC 9110 §11.6.1: WWW-Authenticate carries one or more challenges; a server MAY send it in responses other than 401 (e.g. 403) to signal that different credentials might change the response';
const RAUTHZ = 'RFC 9110 §11.6.2: a user agent sends its credentials in the Authorization header field';
const RREALM = 'RFC 9110 §11.5: the realm parameter indicates a scope of protection; a protection space is defined by the origin together with the realm value';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme name is a case-insensitive token';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: 407 Proxy Authentication Required is the proxy analogue of 401 and carries Proxy-Authenticate';
const RRFC = 'RFC 9110 (June 2022) is current HTTP Semantics; it obsoletes RFC 7231 and RFC 7235 among others';
const R6750T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) SHOULD be answered with 401';
const R6750S = 'RFC 6750 §3.1: insufficient_scope (token lacks the required privileges) SHOULD be answered with 403, optionally with a scope attribute';
const R6750R = 'RFC 6750 §3.1: invalid_request (missing or duplicated parameter, malformed request) SHOULD be answered with 400';
const R6750N = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const R6750SC = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values';

const QUESTIONS: readonly Draft[] = [
  // 401 challenge header (2)
  k('sre', 'quick one whats the header a 401 is required to carry', /www-authenticate/i, R401),
  k('api', 'When our gateway emits a 401, how many challenges at minimum does RFC 9110 require in the WWW-Authenticate field?', /at\s+least\s+(one|1)\b|\b(one|1)\s+or\s+more\b|minimum\s+(of\s+)?(one|1)\b|\ba\s+single\s+challenge/i, R401),
  // WWW-Authenticate on 403 (1)
  k('security', 'During review I saw a 403 that also includes a WWW-Authenticate header. Is a server permitted to send that header on a 403 at all?', /^\W*(yes|yep|yeah)\b|\b(may|can)(?!\s*not|'t)\s+(also\s+|still\s+|optionally\s+)?(include|send|carry|contain|have|return|generate|add|be)\b|\b(is|are)\s+(allowed|permitted)\b/i, RWWWA),
  // caching (3)
  k('sre', 'are 404s cacheable by default if we send no cache-control', /heuristic|^\W*(yes|yep|yeah)\b|\b(is|are)\s+cacheable\s+by\s+default/i, RCACHE),
  k('nonnative', 'Our CDN is keeping the 410 page even we did not put any Cache-Control. It is allowed for the CDN to cache 410 without we say so?', /heuristic|^\W*(yes|yep|yeah)\b|\b(is|are)\s+cacheable\s+by\s+default|\bit\s+is\s+allowed|\bis\s+allowed\s+to\s+cache/i, RCACHE),
  k('api', 'Unlike 404, can a shared cache store and reuse a 403 when the response carries no Cache-Control or Expires at all?', /^\W*no\b|not\s+heuristically|\bnot\s+(cacheable|cached)\s+by\s+default|explicit(ly)?\s+(freshness|cache|caching|max-age|expir|headers?|directives?)|only\s+(if|when|with)[^.]{0,60}(cache-control|expires|max-age|freshness)/i, RCACHE),
  // 403 and credentials (2)
  k('support', 'A customer got a 403 on the billing page. Does the RFC allow their client to try the request again with a different login, or is that pointless?', /(new|different|other|another)\s+(set\s+of\s+)?(credentials|creds|token|account|login|user)/i, R403C),
  k('sre', 'user keeps logging out and back in on a 403 does reauth with the same account ever fix it', /^\W*no\b|\b(won'?t|will\s+not|doesn'?t|does\s+not|would\s+not|wouldn'?t|unlikely\s+to|not\s+going\s+to)\s+(help|fix|change|work|resolve|solve|make)|should\s*(n'?t|\s+not)\s+(automatically\s+)?(repeat|retry|resend)|same\s+(result|outcome|response)/i, R403C),
  // 404 temporary vs permanent (2)
  k('nonnative', 'When server give me 404, it tell me if the page is missing only for now or for always?', /\b(doesn'?t|does\s+not|not|never)\s+(say|indicate|tell|specify|state|signal|distinguish|reveal|convey|imply|mean|say)|\bno\s+(indication|information|guarantee|statement|way\s+to\s+know)|^\W*no\b|either\s+(temporary|permanent)/i, R404),
  k('api', 'We deleted an endpoint but genuinely do not know whether it will come back. RFC-wise, should we answer 410 or 404?', /(use|send|return|answer|respond\s+with|go\s+with|pick|choose|stick\s+with|should\s+be|prefer)\s+(with\s+)?(a\s+)?(plain\s+)?404|404\s+(not\s+found\s+)?(\(not\s+found\)\s+)?(ought|should|is\s+(the\s+)?(right|correct|appropriate|safer|better))|^\W*404/i, R404U),
  // 410 duration (1)
  k('support', 'Once we start returning 410 Gone for an old product page, how long are we required to keep returning it?', /discretion|no\s+(required|requirement|minimum|fixed|set|specified|mandated)|not\s+(required|necessary|mandated|specified|obliged)|(doesn'?t|does\s+not)\s+(require|specify|mandate|set|define)|any\s+length\s+of\s+time|up\s+to\s+(the\s+)?(server|owner|site|you|operator)|as\s+long\s+as\s+(you|the\s+(owner|server|operator))\s+(want|like|choose|wish)/i, R410D),
  // which RFC is current (2)
  k('api', 'Which RFC currently defines the semantics of 401, 403, 404 and 410?', /\b9110\b/, RRFC),
  k('sre', 'is rfc 7235 still the auth spec to cite or did something replace it', /\b9110\b/, RRFC),
  // RFC 6750 error codes (3)
  k('security', 'Under RFC 6750, which HTTP status should accompany error="invalid_token", for example for an expired bearer token?', /\b401\b/, R6750T),
  k('nonnative', 'Token is valid but have not enough scope. RFC 6750 say which status code for insufficient_scope?', /\b403\b/, R6750S),
  k('api', 'For bearer-token APIs, which status code does RFC 6750 pair with error="invalid_request"?', /\b400\b/, R6750R),
  // 404 hiding 403 (2)
  k('security', 'Is it standards-compliant to return 404 instead of 403 so an attacker cannot tell that a private resource exists?', /^\W*(yes|yep|yeah)\b|\b(?<!not\s)(?<!n't\s)(allowed|permitted|acceptable|legitimate|compliant|explicitly\s+allows)\b|\bmay(?!\s+not)\s+(instead\s+)?(respond|return|use|send|answer)|\bcan(?!\s*not|'t)\s+(instead\s+)?(respond|return|use|send|answer)/i, R403H),
  k('support', 'Which status code does RFC 9110 name as the alternative a server may send instead of 403 when it wants to hide that the resource exists?', /\b404\b/, R403H),
  // realm / protection space (2)
  k('nonnative', 'In the WWW-Authenticate I see realm="admin". What mean this realm exactly?', /protection\s+space|scope\s+of\s+protection|(partition|group|set|area|zone|space|section|collection)\s+(of\s+)?(protected\s+)?(resources|urls|pages|paths)|which\s+(credentials|username|password|login)/i, RREALM),
  k('security', 'If two different domains both announce realm="api", do they share one protection space?', /^\W*no\b|\borigin\b|per[-\s](host|domain|origin|server|site)|(different|separate|distinct)\s+protection\s+spaces?/i, RREALM),
  // scope attribute (1)
  k('api', 'How are multiple values formatted in the scope attribute of a Bearer challenge?', /space[-\s]?(delimited|separated)|separated\s+by\s+(a\s+|single\s+)?spaces?|spaces?\s+between|whitespace[-\s](delimited|separated)/i, R6750SC),
  // 401 vs 403 one-liner (1)
  k('support', 'Give me the one-line difference between 401 and 403 that I can paste into a ticket reply.', /401[^.\n]{0,100}(authenticat|credential|log\s*in|logged\s+in|sign\s*in|signed\s+in|identity|who\s+you\s+are)/i, R401),
  // 410 purpose (1)
  k('sre', 'whats 410 actually for vs just 404ing', /(remove|delete|drop|update|clean\s+up|delist|take\s+down|purge)\s+(the\s+|any\s+|their\s+|all\s+)?(remote\s+|inbound\s+|external\s+|stale\s+)?(links?|bookmarks?|references?)|links?\s+(to\s+it\s+)?(should|ought\s+to)\s+be\s+removed|web\s+maintenance|delist|de-?index|intentionally|permanent/i, R410),
  // 403 reason in body (1)
  k('api', 'If we want to tell the client why a request was forbidden, where does RFC 9110 suggest that explanation goes in a 403?', /(response|in\s+the|the|403)\s+(body|content|payload|representation)|error\s+(body|payload)|message\s+body|problem\s*(\+json|details)/i, R403B),
  // 403 unrelated to credentials (1)
  k('security', 'Can a 403 be issued for reasons that have nothing to do with credentials, such as an IP block?', /^\W*(yes|yep|yeah)\b|unrelated\s+to|(not|isn'?t|doesn'?t\s+have\s+to\s+be)\s+(only|just|necessarily|solely|limited\s+to|strictly)\s+(about\s+|tied\s+to\s+|related\s+to\s+)?(auth|credential|login|identity)|any\s+reason|other\s+reasons|regardless\s+of\s+(auth|credential)/i, R403),
  // proxy analogue (1)
  k('sre', 'whats the proxy version of 401', /\b407\b/, R407),
  // Authorization header (1)
  k('nonnative', 'After the 401, in which header the client must to put the credentials when it try again?', /authorization\s*(header|:|field)|header\s+(called\s+|named\s+)?["'`]?authorization\b|^\W*["'`]?authorization\b/i, RAUTHZ),
  // 6750 no auth info (1)
  k('api', 'A request arrives with no token at all. Per RFC 6750, should our 401 Bearer challenge include an error attribute such as invalid_token?', /should\s*(n'?t|\s+not)\s+(include|send|contain|add|carry)|^\W*no\b|\bno\s+error\s+(code|attribute|parameter|info)|without\s+(an?\s+|any\s+)?error|(omit|leave\s+out|skip|drop)\s+(the\s+)?error|(don'?t|do\s+not)\s+(include|send|add)/i, R6750N),
  // multiple challenges (1)
  k('support', 'Can one WWW-Authenticate header list more than one challenge, for example Basic and Bearer together?', /more\s+than\s+one|multiple|several|(two|2)\s+or\s+more|^\W*(yes|yep|yeah)\b|list\s+of\s+challenges|comma[-\s]separated/i, RWWWA),
  // scheme case (1)
  k('security', 'Is the authentication scheme name, e.g. "Bearer" versus "bearer", case-sensitive?', /case[-\s]?insensitive|not\s+case[-\s]?sensitive|isn'?t\s+case[-\s]?sensitive|(doesn'?t|does\s+not)\s+matter|any\s+case|^\W*no\b/i, RSCHEME),
];

export const UNSEEN275_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
