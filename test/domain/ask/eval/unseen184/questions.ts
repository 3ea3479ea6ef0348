import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 184, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only questions on RFC 9110 and RFC 6750 facts about 401/403/404/410, asked mostly by non-native English speakers. */

const R401 = 'RFC 9110 §15.5.2: a server generating 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; the client SHOULD NOT automatically repeat it with the same credentials';
const R403B = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content';
const R403H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404';
const RWWW = 'RFC 9110 §11.6.1: a server MAY send WWW-Authenticate in other responses (such as 403) to indicate that supplying (different) credentials might affect the response';
const R404 = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent; 410 is preferred if the condition is known to be permanent';
const R404H = 'RFC 9110 §15.5.5: 404 means the origin did not find a current representation or is not willing to disclose that one exists';
const R404U = 'RFC 9110 §15.5.11: if the origin server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used instead of 410';
const RCACHE = 'RFC 9110 §15.5.5 / §15.5.11 and §15.1: 404 and 410 are heuristically cacheable by default';
const R410T = 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner';
const R410P = 'RFC 9110 §15.5.11: 410 helps web maintenance by notifying the recipient that the resource is intentionally unavailable and that remote links to it should be removed';
const RRFC = 'RFC 9110 (June 2022) defines HTTP semantics, including these status codes; it obsoletes RFC 7231 and RFC 7235';
const RREALM = 'RFC 9110 §11.5: the realm parameter identifies a protection space; realm values are case-sensitive';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme name is matched case-insensitively';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: 407 Proxy Authentication Required carries a Proxy-Authenticate challenge';
const R6750REQ = 'RFC 6750 §3.1: invalid_request SHOULD be returned with 400 Bad Request';
const R6750TOK = 'RFC 6750 §3.1: invalid_token SHOULD be returned with 401 Unauthorized';
const R6750SCO = 'RFC 6750 §3.1: insufficient_scope SHOULD be returned with 403 Forbidden';
const R6750SCOPE = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values needed to access the resource';
const R6750NOAUTH = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const RDIFF = 'RFC 9110 §15.5.2 / §15.5.4: 401 is about missing or invalid authentication credentials; 403 is a refusal even though the server understood the request (authorization/permission)';

const CACHED_BY_DEFAULT = /heuristic(ally)?[- ]cach|(?<!not |n't |never )cacheable by default|(?<!not |n't |never )cached by default|(?<!not |n't |never )cacheable without (an )?explicit/i;
const NO_TIME_LIMIT = /(no|not|n't|without)[^.]{0,60}(length of time|time (limit|period|requirement|frame)|minimum|duration|how long|forever|indefinite|period)|up to the (server|site|resource)? ?owner|owner'?s? (discretion|decision|choice)|at (your|the owner'?s?|the server owner'?s?) discretion/i;

const QUESTIONS: readonly Draft[] = [
  k('sre', 'what header does a 401 have to carry', /WWW-Authenticate/i, R401),
  k('nonnative', 'When my server is answer 401, how many challenge it must put in the header at minimum? Zero is allowed?', /at least (one|1)|one or more|1 or more|minimum (of )?(one|1)|(one|1) at minimum/i, R401),
  k('security', 'Is a 403 response allowed to include a WWW-Authenticate header, or is that header reserved for 401 only?', /(may|can|allowed|permitted|free to)[^.]{0,80}WWW-Authenticate|WWW-Authenticate[^.]{0,80}(may|can|allowed|permitted|optional|not (reserved|limited|restricted|exclusive))/i, RWWW),
  k('nonnative', 'The 404 answer, it can be stored in cache even when server not put any Cache-Control? Or it need explicit header for be cached?', CACHED_BY_DEFAULT, RCACHE),
  k('api', 'Absent explicit freshness information, is a 410 Gone response cacheable by default under RFC 9110?', CACHED_BY_DEFAULT, RCACHE),
  k('sre', 'user got 403 back, will logging out and in again fix it', /same credentials|(won't|will not|wouldn't|doesn't|does not|unlikely to|not going to|not) (help|change|fix)/i, R403),
  k('nonnative', 'My client get 403. It is okay that it send the same request again automatically with the same token?', /should ?n[o']t[^.]{0,60}(automatic|repeat|retr|resend|send)|(do not|don't|must not|not)[^.]{0,20}(automatically )?(repeat|retry|resend|re-send)/i, R403),
  k('support', 'A customer asks whether a 404 means the page is gone for good or might come back. What does the 404 code itself tell them about that?', /(not|n't|no|nothing)[^.]{0,60}(indicate|say|tell|specify|distinguish|signal|info|reveal|convey)[^.]{0,60}(temporar|permanen|for good|come back)|temporary or permanent|permanent or temporary/i, R404),
  k('nonnative', 'If the thing is deleted forever and will never come back, which code is more better than 404 according the RFC?', /(?<!not |n't |than |over |instead of )\b410\b|(?<!not |n't |than |over |instead of )\bGone\b/i, R404),
  k('api', 'Once I start returning 410 for a retired endpoint, how long does RFC 9110 require me to keep returning it?', NO_TIME_LIMIT, R410T),
  k('sre', 'does a 410 have to stay forever or can we drop it back to 404 after a while', NO_TIME_LIMIT, R410T),
  k('nonnative', 'Before RFC 9110, in which RFC was staying the authentication framework with 401 and WWW-Authenticate? I want to know the old number.', /7235/, RRFC),
  k('security', 'Under RFC 6750, which HTTP status should accompany the Bearer error code invalid_request?', /(?<!not |n't |than |over |instead of )\b400\b|(?<!not |n't |than |over |instead of )Bad Request/i, R6750REQ),
  k('sre', 'bearer token expired, resource server says error=invalid_token, what status goes with that', /(?<!not |n't |than |over |instead of )\b401\b|(?<!not |n't |than |over |instead of )\bUnauthorized/i, R6750TOK),
  k('nonnative', 'The token is valid but it not have enough scope for this API. RFC 6750 say which error code and which status?', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, R6750SCO),
  k('security', 'Does RFC 9110 permit a server to answer 404 instead of 403 in order to hide that a resource exists?', /^\W*(yes|correct)|\bMAY\b[^.]{0,60}404|404[^.]{0,60}\b(is|are) (permitted|allowed)|(permitted|allowed|free) to (respond|answer|return|use|send|reply)[^.]{0,40}404/i, R403H),
  k('nonnative', 'For not showing to attacker that the private repository is exist, which status we can give instead of 403?', /(?<!not |n't |than |over |instead of )\b404\b|(?<!not |n't |than |over |instead of )Not Found/i, R404H),
  k('nonnative', 'In the WWW-Authenticate I see realm="api". What means this realm, what it is for?', /protection space|partition|protected (area|space|zone|resources)|(area|space|set|group|collection|zone) of (protected )?(resources|pages|URIs|URLs)/i, RREALM),
  k('security', 'When a client compares realm values from two challenges, is the realm value case-sensitive?', /(?<!not |n't |in)case[- ]sensitive/i, RREALM),
  k('api', 'In an RFC 6750 Bearer challenge, what does the scope attribute carry?', /space[- ](delimited|separated)|(required|necessary|needed)[^.]{0,30}scope|scope[^.]{0,40}(required|necessary|needed)/i, R6750SCOPE),
  k('sre', 'one line diff between 401 and 403 pls', /401[^.]{0,120}(authenticat|credential|identity|who)[\s\S]{0,300}403[^.]{0,120}(permission|authoriz|forbid|refuse|allowed|access|privilege)|403[^.]{0,120}(permission|authoriz|forbid|refuse|allowed|access|privilege)[\s\S]{0,300}401[^.]{0,120}(authenticat|credential|identity|who)/i, RDIFF),
  k('support', 'We removed a product page but we are not sure if it will come back later. Should the site answer 404 or 410 for it?', /(?<!not |n't |than |over |instead of )\b404\b/i, R404U),
  k('nonnative', 'What is the purpose of 410 Gone? Why we not just use 404 every time?', /(remove|delete|delist|drop|purge|clean up)[^.]{0,50}(link|reference|bookmark|index)|links?[^.]{0,50}(remov|delet|updat|clean)|(intentional|deliberate|on purpose)/i, R410P),
  k('security', 'If a request hits a Bearer-protected resource with no token at all, should the WWW-Authenticate challenge include an error code?', /(should not|shouldn't|must not|not|no|without|omit\w*|leave out|drop)[^.]{0,50}(error (code|attribute|parameter|info)|error=|error value)/i, R6750NOAUTH),
  k('nonnative', 'The proxy is want the authentication, not the origin server. Which status and which header is for this, instead of 401 and WWW-Authenticate?', /407[\s\S]*Proxy-Authenticate|Proxy-Authenticate[\s\S]*407/i, R407),
  k('api', 'When a request carried credentials and the server still replies 401, what does that 401 say about those credentials?', /(refused|rejected|not accepted|invalid|denied|failed|insufficient)[^.]{0,40}credentials|credentials[^.]{0,60}(refused|rejected|not accepted|invalid|denied|failed|wrong|not valid)/i, R401C),
  k('nonnative', 'For the scheme name, "Bearer" or "bearer", the capital letter is matter or not?', /case[- ]insensitive|(not|n't)[^.]{0,20}case[- ]sensitive|(does not|doesn't|don't|do not|not) matter/i, RSCHEME),
  k('support', 'Can the body of a 403 explain to the user why access was refused?', /^\W*yes|(can|may|is free to|allowed to|permitted to)[^.]{0,40}(describe|explain|state|give|include|say)[^.]{0,40}(reason|why)/i, R403B),
];

export const UNSEEN184_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
