import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 190, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions from identity/OAuth engineers and SDK authors (bearer challenges, retries, caching, which RFC is current). */

const R401 = 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge';
const R401C = 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates authorization has been refused for those credentials';
const R401R = 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field';
const R403W = 'RFC 9110 §11.6.1: a server MAY send WWW-Authenticate in other responses (e.g. 403) to indicate that supplying (different) credentials might affect the response';
const R403S = 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials';
const R403U = 'RFC 9110 §15.5.4: the client MAY repeat with new or different credentials, but a request might be forbidden for reasons unrelated to the credentials';
const R404U = 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent';
const R404H = 'RFC 9110 §15.5.5 / §15.5.4: 404 also covers a server not willing to disclose that a representation exists; a server wishing to hide a forbidden resource MAY respond 404';
const R404P = 'RFC 9110 §15.5.11: if the origin server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410T = 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner';
const R410P = 'RFC 9110 §15.5.11: 410 signals the resource is intentionally unavailable and likely permanently so, to assist web maintenance by asking that remote links be removed';
const RCACHE = 'RFC 9110 §15.1 / §15.5.5 / §15.5.11: 404 and 410 are heuristically cacheable by default; 401 and 403 are not in that list and need explicit freshness information';
const RRFC = 'RFC 9110 (June 2022) is the current HTTP semantics spec; it obsoletes RFC 7231 and RFC 7235 (the old authentication framework)';
const R407 = 'RFC 9110 §15.5.8 / §11.7.1: a proxy requiring authentication responds 407 (Proxy Authentication Required) with Proxy-Authenticate';
const RREALM = 'RFC 9110 §11.5: the realm value, combined with the canonical root URI, defines a protection space whose resources share credentials';
const B_TOKEN = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) uses 401; the client MAY request a new access token and retry';
const B_SCOPE = 'RFC 6750 §3.1: insufficient_scope uses 403 and MAY include the scope attribute with the scope needed to access the resource';
const B_REQ = 'RFC 6750 §3.1: invalid_request (missing/unsupported/repeated parameter, more than one token method, malformed) uses 400';
const B_NOERR = 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information';
const B_SCOPEATTR = 'RFC 6750 §3: the scope attribute is a space-delimited list of case-sensitive scope values, intended for programmatic use and not meant to be displayed to end users';

const QUESTIONS: readonly Draft[] = [
  k('sre', 'does a 401 need any particular header or is the status alone enough',
    /(must|requir|mandatory|need|has to|have to|always|obligat)[^.\n]{0,80}www-?\s?authenticate|www-?\s?authenticate[^.\n]{0,80}(must|requir|mandatory|needed|has to|obligat)/i, R401),
  k('nonnative', 'My SDK receive a 401 from the resource server but there is no WWW-Authenticate header inside. The server is allowed to do this or it is against the spec?',
    /(violat|non-?(compliant|conformant)|not (spec-)?(compliant|conformant|allowed|permitted)|must (always )?(send|include|carry|contain|have|be sent)|is (required|mandatory)|against the spec)/i, R401),
  k('api', 'Is a 403 Forbidden response permitted to include a WWW-Authenticate header, or is that header reserved for 401?',
    /(\byes\b|\bMAY\b(?!\s+not)|is (also )?(allowed|permitted)|can (also )?(include|carry|send|contain|have|be (sent|included)))/i, R403W),
  k('api', 'Our SDK automatically retries a request that got 403 using the exact same bearer token. Does RFC 9110 say anything about that behaviour?',
    /(should not|shouldn'?t|must not|not (automatically )?(retry|repeat|resend)|don'?t (automatically )?(retry|repeat|resend)|avoid (automatic(ally)? )?(retry|retries|repeat))/i, R403S),
  k('support', 'A user got a 403, signed out and back in with a different account, and still gets 403. Does the spec say that new credentials will always fix a 403?',
    /(unrelated to (the )?credentials|not related to (the )?credentials|reasons? (other than|beyond|besides|unrelated)|nothing to do with (the |their )?credentials|independent (of|from) (the )?credentials|regardless of (the |which )?credentials)/i, R403U),
  k('nonnative', 'If the request already had an Authorization header and the server still answer 401, what this 401 is telling me exactly?',
    /(refus|reject|not accept|denied|invalid|not valid|failed|didn'?t work|did not work)/i, R401C),
  k('api', 'After receiving a 401, may a user agent resend the request with a new or replaced Authorization header according to RFC 9110?',
    /(\byes\b|\bMAY\b(?!\s+not)|can (retry|repeat|resend|re-send|send|try|reissue)|is (allowed|permitted)|free to)/i, R401R),
  k('sre', '404 on a user lookup endpoint, does that tell the client the user is gone for good or might come back',
    /(whether|if)[^.\n]{0,50}(temporar|permanen)|(temporar|permanen)[^.\n]{0,40}\b(or|nor)\b[^.\n]{0,10}(temporar|permanen)/i, R404U),
  k('sre', 'our gateway runs as a forward proxy and wants creds from the client before forwarding. we just send 401 from the proxy right',
    /\b407\b/, R407),
  k('sre', 'after we start returning 410 for a deleted doc how long do we have to keep serving the 410',
    /(no (fixed |minimum |required |set |specific |mandated )?(time|duration|period|requirement|limit)|not (required|necessary|obliged|obligated|mandated)|discretion|up to (the |you|your|server)|any (particular |specific )?length of time|as long as you (want|like|wish|choose))/i, R410T),
  k('nonnative', 'We delete many records every day. The RFC require that every permanently removed resource answer with 410, or it is optional?',
    /(not (necessary|required|mandatory|obligat\w*|obliged)|no (need|requirement|obligation)|(don'?t|do not|doesn'?t|does not) (have|need) to|optional|discretion|isn'?t required)/i, R410T),
  k('api', 'A record was deleted, but the product team may restore it later and nobody can say whether the deletion is permanent. Per the RFC, should the API answer 404 or 410?',
    /(^|[^0-9])404[^0-9][^.\n]{0,40}(rather than|instead of|not 410|over 410|is (the )?(right|correct|appropriate|better|safer))|(use|return|answer|send|respond with|choose|go with|stick with|should be|pick|prefer|recommend)[^.\n0-9]{0,20}404|^[\s*#>"`]*404/im, R404P),
  k('support', 'What is the point of 410 Gone compared to a plain 404, from the spec\'s point of view?',
    /(permanen|intentional|deliberate|remov\w*[^.\n]{0,30}links?|web maintenance)/i, R410P),
  k('sre', 'is a 404 cacheable by default if we send no cache-control or expires at all',
    /(heuristic|\byes\b|is (also )?cacheable by default|(may|can) be cached (by default|without))/i, RCACHE),
  k('api', 'Our HTTP client library ships a response cache. Per RFC 9110, may it store a 410 Gone that arrived with no explicit freshness headers?',
    /(heuristic|\byes\b|is (also )?cacheable by default|may (store|cache)|can (store|cache|be cached))/i, RCACHE),
  k('security', 'Could a shared cache reuse a 401 or 403 that has no Cache-Control or Expires? Are these heuristically cacheable the way 404 is?',
    /(not heuristically|aren'?t heuristically|are not (heuristically )?cacheable by default|not (cacheable|cached) by default|only (if|when|with)[^.\n]{0,40}(explicit|cache-control|expires|max-age|freshness)|explicit (freshness|cache-control|caching|expir))/i, RCACHE),
  k('nonnative', 'Which RFC is the current one that define 401 Unauthorized? I find 2616, 7235 and others and I am confused.',
    /9110/, RRFC),
  k('api', 'RFC 9110 replaced the older standalone HTTP authentication framework RFC. Which RFC number was that?',
    /7235/, RRFC),
  k('security', 'Pentest finding: private repositories return 403 to outsiders, which confirms that they exist. Does the spec let us send 404 instead?',
    /(\byes\b|\bMAY\b(?!\s+not)|is (allowed|permitted)|(explicitly |expressly )?(allows|permits)|can (instead )?(return|send|respond|use))/i, R404H),
  k('support', 'A customer insists that a 404 proves the document was never created. Is that what 404 means in RFC 9110?',
    /(disclos|hid(e|es|ing) (the )?(existence|that)|conceal|not willing|unwilling|\bever existed|whether it (ever )?existed|current representation)/i, R404H),
  k('sre', 'access token expired, what goes in error= in the bearer challenge',
    /invalid_token/i, B_TOKEN),
  k('nonnative', 'When resource server return error="invalid_token", which status code must go together with it? My colleague say 403.',
    /\b401\b/, B_TOKEN),
  k('api', 'I am building an OAuth client SDK. When a resource server responds with error="invalid_token", what does RFC 6750 say the client may do next?',
    /(new (access )?token|fresh (access )?token|refresh|re-?obtain|obtain (a )?(new|fresh)|request (a )?(new|another)|get (a )?(new|fresh|another))/i, B_TOKEN),
  k('security', 'Per RFC 6750, which HTTP status should a resource server use when the token is valid but lacks the privileges the request needs (insufficient_scope)?',
    /\b403\b/, B_SCOPE),
  k('api', 'For an insufficient_scope error, can the resource server\'s Bearer challenge tell the client which scope it needs, and how?',
    /scope[\s"'`]*(=|attribute|param|auth-param)|(attribute|parameter|param)[\s"'`]*scope/i, B_SCOPE),
  k('sre', 'client sent the access token in both the auth header and the query string, what status does 6750 want',
    /\b400\b/, B_REQ),
  k('security', 'If a request reaches an RFC 6750 resource server with no credentials at all, should the Bearer challenge include an error attribute?',
    /(should not|shouldn'?t|not include|omit|without (an |any )?error|no error (code|attribute|information|info|param)|leave (it )?out)/i, B_NOERR),
  k('nonnative', 'What means the "realm" in WWW-Authenticate: Basic realm="api"? It is like a username or something else?',
    /(protection space|partition|(set|group|collection|space) of (protected )?(resources|pages|uris|urls|endpoints)|protected (area|region|zone|space)|(credentials|username|password)s?[^.\n]{0,60}(shared|reuse|re-use|apply|valid|work))/i, RREALM),
  k('support', 'Can we show the scope string from the WWW-Authenticate header directly to end users on our error page?',
    /(not (meant|intended|designed)|programmatic|machine|should(n'?t| not) be (shown|displayed)|not for (display|end[- ]users|humans))/i, B_SCOPEATTR),
  k('sre', 'bearer challenge has scope="..." with several scopes in it, whats the separator',
    /(space[- ]?(delimited|separated)|separated by (a )?(single )?(space|whitespace)s?|whitespace[- ]?(delimited|separated)|spaces between)/i, B_SCOPEATTR),
];

export const UNSEEN190_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
