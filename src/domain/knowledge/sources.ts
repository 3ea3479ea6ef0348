/**
 * Source labels that knowledge entries and answers cite. One place, so the same rule is always cited
 * the same way (people search Slack for "RFC 9110 §15.5.4", so the spelling matters).
 */
export const SOURCES = {
  /** The domain seed: the 403-vs-404 comparison table, scenarios, decision rule and FAQ. */
  guide: 'status-triage guide: 403 vs 404',
  /** Status codes overview: which codes are heuristically cacheable. */
  /** RFC 9110's list of the specifications it obsoletes (RFC 7230–7235, among them 7231). */
  rfc9110Obsoletes: 'RFC 9110 §1.4',
  rfc9110StatusCodes: 'RFC 9110 §15.1',
  rfc9110BadRequest: 'RFC 9110 §15.5.1',
  rfc9110Unauthorized: 'RFC 9110 §15.5.2',
  /** 403 Forbidden, including the permission to answer 404 to hide a forbidden resource. */
  rfc9110Forbidden: 'RFC 9110 §15.5.4',
  rfc9110NotFound: 'RFC 9110 §15.5.5',
  rfc9110MethodNotAllowed: 'RFC 9110 §15.5.6',
  rfc9110Gone: 'RFC 9110 §15.5.11',
  /** 407 Proxy Authentication Required: 401's counterpart for a proxy. */
  rfc9110ProxyAuth: 'RFC 9110 §15.5.8',
  rfc9110MovedPermanently: 'RFC 9110 §15.4.2',
  rfc9110ServiceUnavailable: 'RFC 9110 §15.6.4',
  /** Neighbour codes asked about by number (unseen34): 409, 412, 422, 500. */
  rfc9110Conflict: 'RFC 9110 §15.5.10',
  rfc9110PreconditionFailed: 'RFC 9110 §15.5.13',
  rfc9110UnprocessableContent: 'RFC 9110 §15.5.21',
  rfc9110InternalServerError: 'RFC 9110 §15.6.1',
  rfc9110WwwAuthenticate: 'RFC 9110 §11.6.1',
  /** The realm parameter: a protection space whose resources share credentials. */
  rfc9110ProtectionSpace: 'RFC 9110 §11.5',
  /** Heuristic freshness: how long a cache may keep a response that has no explicit lifetime. */
  rfc9111Heuristic: 'RFC 9111 §4.2.2',
  /** Bearer tokens: the WWW-Authenticate challenge. */
  rfc6750Challenge: 'RFC 6750 §3',
  /** Bearer tokens: invalid_request → 400, invalid_token → 401, insufficient_scope → 403. */
  rfc6750ErrorCodes: 'RFC 6750 §3.1',
  rfc6585TooManyRequests: 'RFC 6585 §4',
  // ── know1: sources of the entries added from the know1 knowledge set ──
  /** Status classes: an unrecognised code is treated as the x00 code of its class. */
  rfc9110StatusClasses: 'RFC 9110 §15',
  /** 4xx: the body should explain the error and whether it is temporary or permanent. */
  rfc9110ClientError: 'RFC 9110 §15.5',
  rfc9110Idempotent: 'RFC 9110 §9.2.2',
  rfc9110Head: 'RFC 9110 §9.3.2',
  rfc9110RetryAfter: 'RFC 9110 §10.2.3',
  /** The authentication scheme is a case-insensitive token. */
  rfc9110AuthScheme: 'RFC 9110 §11.1',
  rfc9110PermanentRedirect: 'RFC 9110 §15.4.9',
  /** Bearer tokens in the URI query: only when nothing else works. */
  rfc6750UriQuery: 'RFC 6750 §2.3',
  /** Bearer tokens: the summary of security recommendations (TLS always, no tokens in URLs, no leaks). */
  rfc6750Recommendations: 'RFC 6750 §5.3',
  /** A shared cache and requests that carried Authorization. */
  rfc9111SharedAuth: 'RFC 9111 §3.5',
  /** An unsafe method's success invalidates what a cache stored for that URI. */
  rfc9111Invalidation: 'RFC 9111 §4.4',
  /** How search engines treat 4xx answers and soft 404s. */
  searchCentral: 'Google Search Central: HTTP status codes and soft 404s',

  // ── know2 set (issue #13): neighbours, redirects, status classes and bearer-token transport ──
  /** HTTP/1.1's status line: clients should ignore the reason phrase. */
  rfc9112StatusLine: 'RFC 9112 §4',

  // ── review R2: neighbour codes, secondary headers, methods and bearer transport asked by name ──
  /** 402 Payment Required: reserved for future use. */
  rfc9110PaymentRequired: 'RFC 9110 §15.5.3',
  /** 423 Locked (WebDAV). */
  rfc4918Locked: 'RFC 4918 §11.3',
  /** Location: the created resource (201) or the redirect target (3xx). */
  rfc9110Location: 'RFC 9110 §10.2.2',
  /** Vary: the request headers a response depends on. */
  rfc9110Vary: 'RFC 9110 §12.5.5',
  /** PUT: create or replace the target's state. */
  rfc9110Put: 'RFC 9110 §9.3.4',
  /** OPTIONS: the communication options of the target (Allow). */
  rfc9110Options: 'RFC 9110 §9.3.7',
  /** The CORS-preflight fetch, an OPTIONS request sent without credentials. */
  fetchCorsPreflight: 'Fetch Standard §4.8 (CORS-preflight fetch)',
  /** fetch() resolves on any HTTP status; only a network error rejects. */
  fetchMethod: 'Fetch Standard (the fetch() method)',
  /** axios rejects a status its validateStatus refuses (by default anything outside 2xx). */
  axiosValidateStatus: 'axios documentation (validateStatus)',
  /** The access token as a form-encoded body parameter. */
  rfc6750FormBody: 'RFC 6750 §2.2',
  rfc6750AuthorizationHeader: 'RFC 6750 §2.1',

  // ── know3 set: credentials sent after a challenge, and responses made before the application ──
  /** The Authorization request header: the credentials a client sends for a challenged scheme. */
  rfc9110Authorization: 'RFC 9110 §11.6.2',
  /** Intermediaries: proxies and gateways (reverse proxies, load balancers) that can answer on their own. */
  rfc9110Intermediaries: 'RFC 9110 §3.7',

  // ── know4 set: codes outside the triage that a situation calls for ──
  /** 200 OK: a collection that exists answers 200, even when it is empty. */
  rfc9110Ok: 'RFC 9110 §15.3.1',
  /** 451 Unavailable For Legal Reasons: access refused because of a legal demand. */
  rfc7725LegalReasons: 'RFC 7725 §3',

  // ── know5 set: codes and schemes defined outside RFC 9110, and the codes' classes ──
  /** 418 (Unused): the April 1 teapot code of RFC 2324, reserved. */
  rfc9110Unused418: 'RFC 9110 §15.5.19',
  /** 5xx: the server failed a request that was apparently valid. */
  rfc9110ServerError: 'RFC 9110 §15.6',
  /** 307 Temporary Redirect: the method and body are kept. */
  rfc9110TemporaryRedirect: 'RFC 9110 §15.4.8',
  /** The Basic authentication scheme. */
  rfc7617Basic: 'RFC 7617',

  // ── know6 set: removal announced ahead, error bodies, robots.txt ──
  /** The Sunset response header: when a resource is expected to become unavailable. */
  rfc8594Sunset: 'RFC 8594',
  /** Problem Details for HTTP APIs (application/problem+json), which obsoletes RFC 7807. */
  rfc9457ProblemDetails: 'RFC 9457',
  /** How Google's crawlers treat the status code of robots.txt. */
  googleRobotsTxt: 'Google Search Central: how Google interprets the robots.txt specification',
  // ── know6 set: token time checks, the Bearer scheme's own RFC, Basic's security, the old 403 wording ──
  /** JWT time claims: exp (expiry) and nbf (not before), checked against the current time with some leeway. */
  rfc7519TimeClaims: 'RFC 7519 §4.1.4–4.1.5',
  /** The bearer token: any party in possession of it can use it. */
  rfc6750BearerToken: 'RFC 6750 §1.2',
  /** Basic is not secure unless used with an external secure system such as TLS. */
  rfc7617Security: 'RFC 7617 §4',
  /** RFC 2616's 403 ("Authorization will not help"), replaced by RFC 7231 §6.5.3 and then RFC 9110 §15.5.4. */
  rfc2616Forbidden: 'RFC 2616 §10.4.4',
  // ── review R8 (tuner m): the Basic challenge's own parameters ──
  /** The Basic challenge: realm is REQUIRED. */
  rfc7617Challenge: 'RFC 7617 §2',
  /** The Basic challenge's charset parameter: only "UTF-8" is allowed. */
  rfc7617Charset: 'RFC 7617 §2.1',
  /** The challenge and response framework: a scheme name and its parameters. */
  rfc9110Challenge: 'RFC 9110 §11.3',
  // ── review R12 (tuner r): documents and sections asked by name ──
  /** HTTP/2's :status pseudo-header: the code alone, no reason phrase. */
  rfc9113Status: 'RFC 9113 §8.3.2',
  /** 451's Link rel="blocked-by": the entity that implements the block. */
  rfc7725BlockedBy: 'RFC 7725 §4',
  /** The token endpoint's errors (invalid_client, invalid_grant …), not the resource server's. */
  rfc6749TokenErrors: 'RFC 6749 §5.2',
  /** How a client sends a bearer token: header, form body, query. */
  rfc6750SendingTokens: 'RFC 6750 §2',
  // ── review R14 (tuner y): problem details' members, 410's link clean-up, outages of the auth backend, the codes' history ──
  /** The members of a problem details object: type, title, status, detail, instance. */
  rfc9457Members: 'RFC 9457 §3.1',
  /** 503 Service Unavailable: the server cannot handle the request for now. */
  rfc9110Unavailable: 'RFC 9110 §15.6.4',
  /** The CORS check: a cross-origin response without Access-Control-Allow-Origin is a network error to the script. */
  fetchCorsCheck: 'Fetch Standard (CORS check)',
  /** HTTP/1.0's status codes: 401, 403 and 404, no 410. */
  rfc1945StatusCodes: 'RFC 1945 §9',
  /** HTTP/1.1's first definition of 410 Gone. */
  rfc2068Gone: 'RFC 2068 §10.4.11',
} as const;

export type SourceLabel = (typeof SOURCES)[keyof typeof SOURCES];
