import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 266, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge-only questions on what RFC 9110 and RFC 6750 say about 401, 403, 404 and 410. */

const R401 = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field';
const R403 = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials';
const R403N = 'RFC 9110 §15.5.4: the client MAY repeat the request with new or different credentials';
const R403B = 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content';
const R403H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond with 404 instead';
const R404 = 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent';
const R404C = 'RFC 9110 §15.5.5 / §15.1: a 404 response is heuristically cacheable';
const R410 = 'RFC 9110 §15.5.11: 410 is preferred when the condition is likely permanent; if the server does not know, 404 ought to be used';
const R410C = 'RFC 9110 §15.5.11 / §15.1: a 410 response is heuristically cacheable';
const R410D = 'RFC 9110 §15.5.11: it is not necessary to keep the "gone" mark for any length of time; left to the discretion of the server owner';
const R410P = 'RFC 9110 §15.5.11: 410 notifies that the resource is intentionally unavailable and that owners want remote links removed';
const RCACHE = 'RFC 9110 §15.1: 401 and 403 are not in the heuristically cacheable list; they need explicit freshness to be cached';
const RWWW = 'RFC 9110 §11.6.1: a server MAY generate WWW-Authenticate in responses other than 401';
const RREALM = 'RFC 9110 §11.5: realm indicates a scope of protection (protection space)';
const RSCHEME = 'RFC 9110 §11.1: the authentication scheme is a case-insensitive token';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: 407 Proxy Authentication Required carries a Proxy-Authenticate header field';
const RRFC = 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235';
const RDIFF = 'RFC 9110 §15.5.2 vs §15.5.4: 401 is about missing or invalid authentication; 403 is a refusal to authorize';
const B401 = 'RFC 6750 §3.1: invalid_token is returned with HTTP 401';
const B403 = 'RFC 6750 §3.1: insufficient_scope is returned with HTTP 403';
const B400 = 'RFC 6750 §3.1: invalid_request is returned with HTTP 400';
const BNOERR = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code';
const BSCOPE = 'RFC 6750 §3: scope is a space-delimited list of case-sensitive scope values';
const BHDR = 'RFC 6750 §2.1: clients send the token in the Authorization request header field with the Bearer scheme';

const QUESTIONS: readonly Draft[] = [
  k('sre', 'does a 401 have to carry some specific header or can i just send the bare status', /WWW-Authenticate/i, R401),
  k('nonnative', 'When my API is returning 401, the WWW-Authenticate header it must have what inside, how many challenge minimum?', /(at least|minimum( of)?|one or more)\s+(one\s+)?(auth\w*\s+)?challenge|\b(one|1)\s+(or more\s+)?(auth\w*\s+)?challenge/i, R401),
  k('security', 'Is it permissible for a 403 response to include a WWW-Authenticate header, or is that header reserved exclusively for 401?', /\byes\b|\bmay\b[^.]{0,40}(send|generat|includ|carr|contain|appear)|(is|are|it's|it is)\s+(permitted|allowed|permissible|fine|legal|valid)|not (reserved|exclusive|limited)/i, RWWW),
  k('api', 'Under RFC 9110, are 404 responses cacheable by default when there is no Cache-Control header at all?', /(?<!not )heuristically cach|cach\w* by default|\byes\b/i, R404C),
  k('sre', 'is a 410 cacheable with zero cache headers or nah', /(?<!not )heuristically cach|cach\w* by default|\byes\b/i, R410C),
  k('security', 'Can a shared cache store a 403 by default, the same way it might store a 404 with no explicit freshness information?', /\bno\b|\bnot\b[^.]{0,30}(heuristic|cacheable|by default)|only (with|if|when)[^.]{0,40}(explicit|cache-control|max-age|freshness)/i, RCACHE),
  k('support', 'A customer got a 403 and asked whether logging out and logging back in with the same account will fix it. What does the spec say about repeating the request?', /same credentials|(should ?n[o']t|not|won'?t)[^.]{0,40}(automatically )?(repeat|retr|resend|help)/i, R403),
  k('nonnative', 'If I receive 403, I am allow to try again with another account credentials, or the RFC forbid that?', /\b(yes|may|allowed|permitted|can)\b[^.]{0,80}(new|different|other|another)/i, R403N),
  k('api', 'Does a 404 tell the client whether the resource is missing temporarily or for good?', /(does ?n[o']t|not|no|neither)[^.]{0,60}(temporar|permanen)/i, R404),
  k('sre', 'how long do we have to keep serving 410 for a deleted page before we can drop it to 404', /discretion|no (required|minimum|fixed|set|specific|mandated|defined)|not (required|necessary|mandated)|any (length|period|amount) of time|up to (you|the server owner|the owner|the site owner)|no (time|duration) (limit|requirement)/i, R410D),
  k('api', 'Which RFC is the current normative definition of HTTP status code semantics such as 401, 403, 404 and 410?', /9110/, RRFC),
  k('security', '401 used to be defined in RFC 7235. Which document obsoletes that one now?', /9110/, RRFC),
  k('api', 'In RFC 6750, which HTTP status goes with the invalid_token error code?', /\b401\b/, B401),
  k('sre', 'insufficient_scope in a bearer challenge, which status should that ride on', /\b403\b/, B403),
  k('nonnative', 'For bearer token, the error invalid_request is sending together with which status code please?', /\b400\b/, B400),
  k('security', 'Per RFC 6750, if a request arrives with no token at all, should the Bearer challenge in the 401 include an error code?', /should ?n[o']t (include|send|contain|add|return)|\bno error|(omit|leave out|leave off|without|skip)[^.]{0,30}error|not (include|contain|send|return|add)[^.]{0,30}error|\bno\b[,.]/i, BNOERR),
  k('nonnative', 'What mean the "realm" in WWW-Authenticate header? I not understand for what it is used.', /protection space|scope of protection|protected (area|space|zone|region|part)|partition|(group|set|area|collection) of (protected )?(resources|pages|urls)/i, RREALM),
  k('api', 'In a Bearer WWW-Authenticate challenge, how are multiple values formatted inside the scope attribute?', /space[- ](delimited|separated)|separated by (a )?(single )?spaces?|spaces? between/i, BSCOPE),
  k('support', 'In one sentence that I can paste to a customer: what is the difference between 401 and 403?', /(authenticat|credential|log(ged)? ?in|sign(ed)? ?in|identity|who you are)[\s\S]{0,250}(permission|authoriz|allowed|access|forbidden|refus)/i, RDIFF),
  k('sre', 'when exactly is it ok to send 404 where a 403 would be the honest answer', /hid(e|ing)|conceal|not (reveal|disclose|expose|leak)|without (revealing|disclosing|exposing|leaking)|(leak|disclos|reveal|expos)\w*[^.]{0,40}exist/i, R403H),
  k('security', 'Does RFC 9110 itself permit returning 404 in place of 403, or is that merely an industry convention?', /\byes\b|explicit\w*|15\.5\.4|\bpermits\b|\ballows\b/i, R403H),
  k('api', 'When should a server prefer 410 over 404?', /permanen/i, R410),
  k('support', 'We took a page down but we honestly do not know whether it will come back. Should we answer 404 or 410 according to the RFC?', /(use|return|send|ought to|should|go with|stick with|answer|respond with|choose)[^.]{0,30}\b404\b|\b404\b[^.]{0,50}(is (the )?(right|correct|appropriate|better|safer)|ought|should)/i, R410),
  k('security', 'What is the stated purpose of the 410 status code in RFC 9110?', /links?[^.]{0,40}(remov|delet|drop|taken down|clean)|(remov|delet|drop)[^.]{0,40}links?|intentional/i, R410P),
  k('api', 'Can a 403 response tell the client why the request was forbidden, and if so where?', /(describ|explain|reason|why)[^.]{0,60}(content|body|payload)|(content|body|payload)[^.]{0,60}(describ|explain|reason|why)/i, R403B),
  k('sre', 'whats 407 and what header has to go with it', /Proxy-Authenticate/i, R407),
  k('nonnative', 'The auth scheme name like "Bearer" vs "bearer", server must compare exact case or no?', /case[- ]insensitive|not case[- ]sensitive|case (does not|doesn'?t) matter|ignor\w* (the )?case|regardless of (the )?case|any case/i, RSCHEME),
  k('security', 'If a request already carried credentials and the server still replies 401, what does that signify?', /(credentials|token)[^.]{0,60}(refused|rejected|not accepted|invalid|denied|failed)|(refused|rejected|denied)[^.]{0,40}(credentials|token|those)/i, R401C),
  k('api', 'After receiving a 401, what is the client expected to do next?', /Authorization[- ](header|field)|new (or replaced |or different )?(credentials|token)|(resend|retry|repeat)[^.]{0,60}(credentials|token|authoriz)/i, R401R),
  k('support', 'A developer asks how they should send their OAuth access token. What is the recommended way in RFC 6750?', /Authorization[^.]{0,40}Bearer|Bearer[^.]{0,40}Authorization/i, BHDR),
];

export const UNSEEN266_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
