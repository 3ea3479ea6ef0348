import { SOURCES, type SourceLabel } from './sources';

/**
 * What status-triage knows about 403, 404 and their neighbours, in its own words. Paraphrased from the
 * domain seed (the 403-vs-404 guide), RFC 9110, RFC 9111, RFC 6750 and RFC 6585. Every entry says where
 * it comes from, so an answer built from entries can cite them.
 */

export type KnowledgeTopic =
  | 'definition'
  | 'summary'
  | 'when-to-use'
  | 'client'
  | 'caching'
  | 'seo'
  | 'api'
  | 'retry'
  | 'scenarios'
  | 'decision-rule'
  | 'faq'
  | 'neighbour'
  | 'protocol';

export interface KnowledgeEntryShape {
  readonly id: string;
  readonly topic: KnowledgeTopic;
  /** Status codes the entry is about ('403', '404', '401', '410', '429' …). */
  readonly codes: readonly string[];
  readonly title: string;
  /** Two to four sentences, self-contained: an answer may quote it whole. */
  readonly text: string;
  readonly sources: readonly [SourceLabel, ...SourceLabel[]];
  /** Extra words people use for this entry's subject; they only feed retrieval. */
  readonly keywords: readonly string[];
  /**
   * false: answered only to the question class that asks for it (ask/knowledgeClasses.ts), and kept out
   * of the full-text fallback, which would otherwise hand a narrow answer to loosely related questions
   * and search a larger vocabulary on every fallback.
   */
  readonly retrieval?: false;
}

const ENTRIES = [
  // ── Definitions and plain-language summaries ───────────────────────────────────────────────
  {
    id: 'definition-403',
    topic: 'definition',
    codes: ['403'],
    title: '403 Forbidden: what it means',
    text:
      '403 Forbidden means the server understood the request and refuses it: usually it knows who is asking and this caller may not do this, though the refusal can also be for reasons unrelated to the credentials (an IP allowlist, a WAF rule). ' +
      'Authentication is not the problem: logging in again does not change the answer; only a change in permissions (role, scope, policy) does. ' +
      'Credentials that were sent are judged insufficient for this access: the client should not automatically retry with the same ones, but may repeat the request with new or different credentials. ' +
      'A server that wants to say why may describe the reason in the response content (RFC 9110 §15.5.4).',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.guide],
    keywords: ['forbidden', 'definition', 'meaning', 'refuse', 'authorize', 'permission'],
  },
  {
    id: 'summary-403',
    topic: 'summary',
    codes: ['403'],
    title: '403 in plain words',
    text:
      'In plain words, a 403 says: "I understood you, and you may not do this." ' +
      'Usually the caller is authenticated and lacks the permission for this action, but a 403 can also refuse a caller the server never identified (an IP allowlist, a WAF rule); either way, logging in again will not change it (RFC 9110 §15.5.4).',
    sources: [SOURCES.guide, SOURCES.rfc9110Forbidden],
    keywords: ['plain', 'simple', 'eli5', 'forbidden', 'authenticated', 'not allowed'],
  },
  {
    id: 'definition-404',
    topic: 'definition',
    codes: ['404'],
    title: '404 Not Found: what it means',
    text:
      '404 Not Found means the server has nothing to serve at that URL, or is not willing to disclose that something is there. ' +
      'It does not say whether its absence is temporary or permanent (RFC 9110 §15.5.5; 410 Gone is preferred when the server knows the removal is permanent), and it does not say whether something was ever there: maybe nothing was ever published at that address, maybe it was deleted, maybe the address has a typo.',
    sources: [SOURCES.rfc9110NotFound, SOURCES.guide],
    keywords: ['not found', 'missing', 'definition', 'meaning', 'url', 'nothing there'],
  },
  {
    id: 'summary-404',
    topic: 'summary',
    codes: ['404'],
    title: '404 in plain words',
    text:
      'In plain words, a 404 says: "there is nothing here." ' +
      'It could be a typo, a resource that never existed or one that was deleted, and the server promises nothing about the future.',
    sources: [SOURCES.guide],
    keywords: ['plain', 'simple', 'eli5', 'not found', 'nothing here', 'typo'],
  },
  {
    id: 'definition-401',
    topic: 'definition',
    codes: ['401'],
    title: '401 Unauthorized: what it means',
    text:
      'Despite its name, 401 Unauthorized is about authentication (RFC 9110 §15.5.2): the request carries no credentials, or credentials that are invalid or expired (where it carried credentials, the 401 says they were refused). ' +
      'A 401 must include a WWW-Authenticate header that tells the client how to authenticate, and the client may try again with valid credentials.',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc9110WwwAuthenticate],
    keywords: ['unauthorized', 'unauthenticated', 'authentication', 'login', 'credentials', 'www-authenticate'],
  },
  {
    id: 'definition-410',
    topic: 'definition',
    codes: ['410'],
    title: '410 Gone: what it means',
    text:
      '410 Gone means the resource used to exist and was removed on purpose, and that this is likely to be permanent: it is not expected to come back. ' +
      'It is the more precise cousin of 404, meant mainly to help web maintenance: the owners want links to it removed (RFC 9110 §15.5.11: they desire that remote links to that resource be removed), which helps crawlers delist the URL faster.',
    sources: [SOURCES.rfc9110Gone, SOURCES.guide],
    keywords: ['gone', 'removed', 'permanent', 'deleted for good', 'retired', 'delist'],
  },
  {
    id: 'difference-403-404',
    topic: 'faq',
    codes: ['403', '404'],
    title: 'What separates 403 from 404',
    text:
      '403 is Forbidden: the resource is there and the server understood the request, but refuses this caller (usually a permission, role, scope or tenant problem of a caller it knows). ' +
      '404 is Not Found: there is nothing at that URL, or the server chose not to say. Picking the right one keeps clients, caches and crawlers predictable.',
    sources: [SOURCES.guide, SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound],
    keywords: ['difference', 'compare', 'versus', 'vs', 'forbidden', 'not found', 'distinguish'],
  },
  {
    id: 'difference-401-403',
    topic: 'faq',
    codes: ['401', '403'],
    title: '401 vs 403',
    text:
      '401 means the caller is not authenticated: the server does not know who they are (no credentials, or invalid or expired ones). Authenticating fixes it, and the response carries a WWW-Authenticate challenge. ' +
      '403 means the server understood the request and still refuses (usually it knows who the caller is, though an IP or WAF rule may refuse anyone): re-authenticating will not help, only a change in permissions will.',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc9110Forbidden, SOURCES.guide],
    keywords: ['authentication', 'authorization', 'authn', 'authz', 'difference', 'unauthorized', 'forbidden'],
  },
  {
    id: 'difference-404-410',
    topic: 'faq',
    codes: ['404', '410'],
    title: '404 vs 410',
    text:
      '404 says nothing is at the URL and makes no promise about the future; 410 Gone says it existed and was intentionally removed, for good. ' +
      'Use 410 when you know the removal is permanent: crawlers delist it faster and link owners are told to drop the link.',
    sources: [SOURCES.rfc9110NotFound, SOURCES.rfc9110Gone, SOURCES.guide],
    keywords: ['gone', 'removed', 'permanent', 'difference', 'delist', 'deleted'],
  },

  // ── When to use each ───────────────────────────────────────────────────────────────────────
  {
    id: 'when-403',
    topic: 'when-to-use',
    codes: ['403'],
    title: 'When to return 403',
    text:
      'Return 403 when the caller is authenticated but lacks the permission, role or scope the action needs, or a policy (tenant isolation, IP allowlist) refuses it. ' +
      'If the caller is not authenticated or its credentials are invalid, that is 401 instead; if even the existence of the resource must stay secret, answer 404.',
    sources: [SOURCES.guide, SOURCES.rfc9110Forbidden],
    keywords: ['role', 'permission', 'scope', 'rbac', 'admin', 'policy', 'allowlist', 'tenant'],
  },
  {
    id: 'when-404',
    topic: 'when-to-use',
    codes: ['404'],
    title: 'When to return 404',
    text:
      'Answer 404 when the URL points at nothing: an unknown id, a route that was never defined, a typo, a deleted record. ' +
      'Prefer 410 when the resource was removed on purpose and for good, and 403 when the resource exists and the caller is simply refused (unless its existence must stay hidden).',
    sources: [SOURCES.guide, SOURCES.rfc9110NotFound],
    keywords: ['missing', 'unknown id', 'route', 'typo', 'deleted', 'never existed', 'does not exist'],
  },
  {
    id: 'rfc-9110-current',
    topic: 'protocol',
    codes: ['401', '403', '404', '410'],
    title: 'Which RFC defines the status codes today',
    text:
      'RFC 9110 (HTTP Semantics, June 2022) is the current definition of the status codes; it obsoletes RFC 7231 and its siblings 7230–7235, which had themselves replaced RFC 2616. ' +
      'Link RFC 9110 §15.5.2 for 401, §15.5.4 for 403, §15.5.5 for 404 and §15.5.11 for 410; for bearer-token errors, RFC 6750 §3.1 still applies.',
    sources: [SOURCES.rfc9110Obsoletes, SOURCES.rfc9110Forbidden, SOURCES.rfc6750ErrorCodes],
    keywords: ['rfc', '7231', '7235', '2616', 'obsolete', 'obsoletes', 'current', 'latest', 'spec', 'standard', 'section'],
  },
  {
    id: 'hide-existence-404',
    topic: 'when-to-use',
    codes: ['404', '403'],
    title: '404 to hide that a resource exists',
    text:
      'A server may answer 404 instead of 403 when it does not want to reveal that a forbidden resource exists at all, for example another tenant\'s invoice or a private repository. ' +
      'Answering 403 for ids that exist and 404 for those that do not lets anyone map which ids are real (an enumeration weakness). ' +
      'Make the concealing 404 indistinguishable from a real one (same body, headers and caching, similar timing) and keep the true reason in your own logs.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.guide],
    keywords: ['hide', 'leak', 'existence', 'enumeration', 'conceal', 'reveal', 'security', 'private', 'tenant'],
  },
  {
    id: 'reason-in-403',
    topic: 'faq',
    codes: ['403'],
    title: 'Whether a 403 says why',
    text:
      'Explaining the refusal is optional: RFC 9110 §15.5.4 says a server that wishes to make public why it forbade the request may describe the reason in the response content (for example the missing scope or role). ' +
      'A server that must not even confirm the resource exists may answer 404 instead, and then keeps the true reason in its own logs.',
    sources: [SOURCES.rfc9110Forbidden],
    keywords: ['reason', 'explain', 'why', 'body', 'message', 'describe', 'content', 'denied', 'refused'],
  },
  {
    id: 'when-401',
    topic: 'when-to-use',
    codes: ['401'],
    title: 'When to return 401 instead of 403',
    text:
      'Return 401 when the problem is authentication: no credentials at all, or a token or password that is expired, revoked, malformed or otherwise invalid. ' +
      'The 401 must carry a WWW-Authenticate challenge; the client then logs in or refreshes its token and tries again. 403 is for a refusal that authenticating would not fix (a missing permission, an IP or WAF rule), whether or not the caller is known (RFC 9110 §15.5.4).',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc6750ErrorCodes, SOURCES.guide],
    keywords: ['not logged in', 'no token', 'expired token', 'invalid token', 'anonymous', 'credentials', 'authentication'],
  },
  {
    id: 'when-410',
    topic: 'when-to-use',
    codes: ['410'],
    title: 'When to return 410 instead of 404',
    text:
      'Answer 410 Gone for something that used to exist and was taken away intentionally and permanently, such as a retired product page or a sunset API version. ' +
      'If you are not sure the removal is permanent, 404 is the safe answer; RFC 9110 does not require 410 either (marking every permanently removed resource as gone is not necessary).',
    sources: [SOURCES.rfc9110Gone, SOURCES.guide],
    keywords: ['removed', 'for good', 'permanently', 'retired', 'discontinued', 'sunset', 'decommissioned'],
  },

  {
    id: 'gone-optional',
    topic: 'faq',
    codes: ['410', '404'],
    title: 'Is 410 required, and for how long?',
    text:
      'No: 410 is optional. RFC 9110 §15.5.11 says it is not necessary to mark every permanently removed resource as gone, nor to keep that mark for any particular length of time; both are left to the discretion of the server owner. ' +
      '404 is always an acceptable answer for something that is not there; 410 is worth sending when you want clients to drop their links and crawlers to delist the URL sooner.',
    sources: [SOURCES.rfc9110Gone, SOURCES.rfc9110NotFound],
    keywords: ['mandatory', 'required', 'must', 'obliged', 'how long', 'forever', 'switch to 404', 'discretion'],
    retrieval: false,
  },
  {
    id: 'erasure-404-or-410',
    topic: 'faq',
    codes: ['404', '410'],
    title: '404 or 410 after a privacy erasure',
    text:
      'An erasure (for example under GDPR) is intentional and permanent, so 410 Gone would be accurate, but a 410 also confirms that something existed at that URL. ' +
      'It turns on whether that may be disclosed: if even the former existence of the account must stay hidden, answer 404 as for an id that never existed (RFC 9110 §15.5.4); otherwise 410.',
    sources: [SOURCES.rfc9110Gone, SOURCES.rfc9110NotFound, SOURCES.rfc9110Forbidden],
    keywords: ['gdpr', 'erasure', 'right to be forgotten', 'privacy', 'deleted account', 'confirm existed'],
    retrieval: false,
  },
  {
    id: 'gone-comes-back',
    topic: 'faq',
    codes: ['410', '404'],
    title: 'Can a URL come back after a 410?',
    text:
      'A 410 announces that the removal is expected to be permanent, so clients drop their links and crawlers delist the URL; nothing stops you from serving that URL again later, but everyone who believed the 410 has to rediscover it. ' +
      'If you already expect the resource might come back, answer 404 instead of 410.',
    sources: [SOURCES.rfc9110Gone, SOURCES.guide],
    keywords: ['come back', 'republish', 'restore', 'reuse', 'revive', 'forever', 'bring back'],
    retrieval: false,
  },
  {
    id: 'forbidden-credentials',
    topic: 'faq',
    codes: ['403', '401'],
    title: 'Does a 403 mean the credentials are wrong?',
    text:
      'Not that they are wrong: with a 403 the server understood the request and judges the credentials it received insufficient for this access (RFC 9110 §15.5.4), so the client should not retry with the same ones. ' +
      'Missing, wrong or expired credentials get 401 instead; a 403 is fixed by a change in permissions, not by logging in again.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110Unauthorized],
    keywords: ['credentials', 'wrong', 'bad token', 'insufficient', 'sent credentials', 'still 403'],
    retrieval: false,
  },
  {
    id: 'forbidden-beyond-auth',
    topic: 'faq',
    codes: ['403'],
    title: '403 without any authentication involved',
    text:
      'Yes: 403 means the server understood the request and refuses to fulfil it (RFC 9110 §15.5.4), and credentials are only one possible reason: the RFC says a request may be forbidden for reasons unrelated to the credentials. ' +
      'A WAF rule, an IP allowlist, a geo block or another policy may refuse a request with no authentication involved at all; when credentials were sent, a 403 says the server considers them insufficient for this access.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.guide],
    keywords: ['waf', 'firewall', 'allowlist', 'geo', 'no auth', 'without authentication', 'policy', 'legitimate'],
    retrieval: false,
  },
  {
    id: 'hiding-404-identical',
    topic: 'when-to-use',
    codes: ['404'],
    title: 'What a hiding 404 must look like',
    text:
      'A 404 that hides a forbidden resource only works if it is indistinguishable from a genuine 404: the same status, body, headers and caching, and similar timing. ' +
      'A body that says "no access" gives away exactly what the 404 was meant to hide; keep the true reason in your own logs instead (RFC 9110 §15.5.4).',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound, SOURCES.guide],
    keywords: ['hide', 'conceal', 'mask', 'body', 'message', 'identical', 'genuine', 'real 404'],
    retrieval: false,
  },

  // ── Client behaviour and retries ───────────────────────────────────────────────────────────
  {
    id: 'client-403',
    topic: 'client',
    codes: ['403'],
    title: 'What a client should do with a 403',
    text:
      'A client that gets a 403 should not retry until something about the permissions changes. ' +
      'People should ask an administrator for access; automated clients should report the error and stop instead of looping. After insufficient_scope, obtain a new token with the missing scope (RFC 6750).',
    sources: [SOURCES.guide, SOURCES.rfc9110Forbidden],
    keywords: ['client', 'user', 'administrator', 'admin', 'stop', 'surface', 'frontend', 'handle'],
  },
  {
    id: 'client-404',
    topic: 'client',
    codes: ['404'],
    title: 'What a client should do with a 404',
    text:
      'No automatic retry on a 404: browsers show the not-found page, API clients should report the error, and crawlers note the URL as missing and usually drop it after seeing 404 repeatedly.',
    sources: [SOURCES.guide],
    keywords: ['client', 'browser', 'error page', 'crawler', 'surface', 'handle', 'frontend'],
  },
  {
    id: 'retry-403',
    topic: 'retry',
    codes: ['403'],
    title: 'Is it safe to retry a 403?',
    text:
      'Do not retry a 403 automatically: the same request with the same credentials gets the same refusal, and RFC 9110 §15.5.4 says the client SHOULD NOT automatically repeat it with the same credentials. ' +
      'Retry only after the cause is fixed (the role, permission or scope is granted, the allowlist updated); the client may repeat the request with new or different credentials (RFC 9110 §15.5.4), but should surface the error rather than loop.',
    sources: [SOURCES.guide, SOURCES.rfc9110Forbidden],
    keywords: ['retry', 'retries', 'again', 'backoff', 'loop', 'repeat', 'idempotent'],
  },
  {
    id: 'retry-404',
    topic: 'retry',
    codes: ['404'],
    title: 'Is it safe to retry a 404?',
    text:
      'Do not retry a 404 automatically; retry only once the cause is fixed, such as the wrong URL or id, or a deployment that broke the route. ' +
      'Repeating it unchanged just adds load and noise to monitoring.',
    sources: [SOURCES.guide],
    keywords: ['retry', 'retries', 'again', 'backoff', 'loop', 'repeat'],
  },
  {
    id: 'retry-401',
    topic: 'retry',
    codes: ['401'],
    title: 'Retrying after a 401',
    text:
      'After a 401 the client may repeat the request with new or replaced credentials in the Authorization header (RFC 9110 §15.5.2): it should obtain valid ones first (log in, refresh the token) and then repeat the request once; retrying with the same missing or expired credentials will fail the same way.',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc6750ErrorCodes],
    keywords: ['retry', 'refresh token', 'login', 'again', 'reauthenticate'],
  },
  {
    id: 'retry-410',
    topic: 'retry',
    codes: ['410'],
    title: 'Retrying a 410',
    text: 'Never retry a 410: the resource was removed for good. Clients should drop the link or bookmark and crawlers remove the URL from their index.',
    sources: [SOURCES.rfc9110Gone, SOURCES.guide],
    keywords: ['retry', 'again', 'gone'],
  },
  {
    id: 'retry-storm',
    topic: 'retry',
    codes: ['403', '404'],
    title: 'Retry storms on 403 and 404',
    text:
      'Clients that retry 403s or 404s in a loop create a retry storm: many identical failing requests from the same callers, which inflates dashboards and load without ever succeeding. ' +
      'Fix the client to stop on these codes (no automatic retry), and fix the cause the error points at.',
    sources: [SOURCES.guide],
    keywords: ['retry storm', 'hammering', 'loop', 'flood', 'same client', 'backoff', 'spike'],
  },
  {
    id: 'reauthenticate-403',
    topic: 'client',
    codes: ['403', '401'],
    title: 'Will logging in again fix a 403?',
    text:
      'No, it will not help: a 403 is not about authentication (who you are) but about permission (what you may do), so logging in again with the same account returns the same 403. ' +
      'RFC 9110 §15.5.4 says the client SHOULD NOT automatically repeat the request with the same credentials; it may repeat it with new or different ones, which helps only if they carry more rights (another account, a token with the missing scope). If logging in would fix it, the server should have sent 401.',
    sources: [SOURCES.guide, SOURCES.rfc9110Forbidden],
    keywords: ['log in again', 'relogin', 'reauthenticate', 'new session', 'sign in again', 'new token'],
  },

  // ── Caching ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'caching-404',
    topic: 'caching',
    codes: ['404', '410'],
    title: 'Are 404s cached?',
    text:
      'They can be, even by default: RFC 9110 §15.1 lists 404 and 410 as heuristically cacheable, so they are cacheable without explicit freshness information (a cache or CDN may store them), and certainly will be when the response carries Cache-Control: max-age. ' +
      'That is rarely what you want on dynamic routes: send Cache-Control: no-store (or a short max-age) on 404s, otherwise a CDN keeps serving the 404 after the resource is created or a bad deploy is rolled back.',
    sources: [SOURCES.rfc9110StatusCodes, SOURCES.rfc9111Heuristic, SOURCES.guide],
    keywords: ['cache', 'cached', 'caching', 'cdn', 'cloudfront', 'fastly', 'cloudflare', 'varnish', 'max-age', 'cache-control', 'ttl', 'stale'],
  },
  {
    id: 'caching-403',
    topic: 'caching',
    codes: ['403', '401'],
    title: 'Are 403s cached?',
    text:
      '403 and 401 are not heuristically cacheable (RFC 9110 §15.1): a cache stores them only if the response carries explicit freshness such as Cache-Control: max-age. ' +
      'Permission checks happen per request, so keep it that way: do not give 403s a max-age, and mark them private or no-store if your CDN is configured to cache errors.',
    sources: [SOURCES.rfc9110StatusCodes, SOURCES.guide],
    keywords: ['cache', 'cached', 'caching', 'cdn', 'max-age', 'cache-control', 'private', 'no-store'],
  },
  {
    id: 'caching-cdn-404',
    topic: 'caching',
    codes: ['404'],
    title: 'CDN caching 404s on dynamic routes',
    text:
      'A CDN that caches 404s with a max-age on dynamic routes turns a short outage into a long one: new or restored resources keep answering 404 from the edge until the entry expires. ' +
      'Look for cache HITs on 404s; purge the affected paths and set no-store or a short max-age for 404s on dynamic routes.',
    sources: [SOURCES.guide, SOURCES.rfc9110StatusCodes],
    keywords: ['cdn', 'edge', 'purge', 'cache hit', 'dynamic route', 'max-age', 'stale 404'],
  },

  // ── SEO and crawlers ───────────────────────────────────────────────────────────────────────
  {
    id: 'seo-4xx',
    topic: 'seo',
    codes: ['403', '404', '410'],
    title: 'How crawlers treat 403 and 404',
    text:
      'Search engines treat both 403 and 404 as client errors: pages that keep answering a 4xx are dropped from the index and their link equity is lost. ' +
      'A normal amount of 404s does not hurt the rest of the site, but a 403 on pages you want indexed (for example a WAF or bot rule blocking the crawler) removes them just as surely.',
    sources: [SOURCES.searchCentral, SOURCES.guide],
    keywords: ['seo', 'google', 'googlebot', 'crawler', 'bing', 'index', 'indexing', 'search engine', 'ranking', 'link equity', 'deindex'],
  },
  {
    id: 'seo-soft-404',
    topic: 'seo',
    codes: ['404'],
    title: 'Soft 404s',
    text:
      'A soft 404 is a page that answers 200 OK while its content says "not found" (an empty search result, a catch-all route, an SPA shell). ' +
      'Search engines may index it as a real page and waste crawl budget on it; send a real 404 (or 410 when removed for good) for missing content.',
    sources: [SOURCES.guide, SOURCES.searchCentral],
    keywords: ['soft 404', '200', 'not found page', 'spa', 'catch-all', 'index', 'crawl budget', 'seo'],
  },
  {
    id: 'seo-410',
    topic: 'seo',
    codes: ['410', '404'],
    title: '410 delists faster',
    text:
      'For content removed on purpose and for good, 410 Gone tells crawlers more clearly than 404 that the removal is permanent and the URL will not return, so they drop it from the index sooner. ' +
      'A 404 usually gets delisted too, just after repeated visits.',
    sources: [SOURCES.rfc9110Gone, SOURCES.guide, SOURCES.searchCentral],
    keywords: ['410', 'gone', 'delist', 'deindex', 'removed', 'seo', 'crawler', 'index'],
  },

  // ── API impact ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'api-impact',
    topic: 'api',
    codes: ['403', '404'],
    title: 'What 403 and 404 mean to API clients',
    text:
      'API clients branch on the exact status code: on 403 they expect Forbidden semantics (ask for access, stop), on 404 Not Found semantics (wrong id, show "not found"). ' +
      'Sending the other code breaks that branching: auth handling, retries and the error the user sees.',
    sources: [SOURCES.guide],
    keywords: ['api', 'client', 'sdk', 'consumer', 'integration', 'branch', 'contract', 'backend'],
  },
  {
    id: 'faq-api-403-instead-of-404',
    topic: 'faq',
    codes: ['403', '404'],
    title: 'Can an API return 403 instead of 404 (or the reverse)?',
    text:
      'Only when that matches the semantics your API contract promises. ' +
      'Clients branch on the exact code, so trading one for the other because it is easier breaks their retries, auth handling and user-facing errors; the accepted exception is answering 404 to hide a forbidden resource\'s existence, which should then be documented and applied consistently.',
    sources: [SOURCES.guide, SOURCES.rfc9110Forbidden],
    keywords: ['instead', 'swap', 'interchangeable', 'api', 'contract', 'safely', 'consistent'],
  },

  // ── Scenarios and monitoring ───────────────────────────────────────────────────────────────
  {
    id: 'scenarios-403',
    topic: 'scenarios',
    codes: ['403'],
    title: 'Common causes of 403s in production',
    text:
      'In logs, 403s usually point at an RBAC policy that does not match what callers need, a tenant isolation check (user A reaching user B\'s data), or an OAuth token without the needed scope. ' +
      'Typical incidents: a freshly onboarded user who never got a role they need, an API token minted without a scope, or an IP allowlist that blocks a new service IP.',
    sources: [SOURCES.guide],
    keywords: ['rbac', 'role', 'tenant', 'scope', 'oauth', 'allowlist', 'new user', 'spike', 'cause', 'incident', 'logs'],
  },
  {
    id: 'scenarios-404',
    topic: 'scenarios',
    codes: ['404'],
    title: 'Common causes of 404s in production',
    text:
      'Some 404s are always there: bad links from other sites, typos, old URLs, scanners probing for files; that steady background is normal and not worth paging on. ' +
      'Alert instead on a sudden spike (often a deployment that broke routes), URLs that answered 200 recently and now 404 (a routing regression), and 404s concentrated on one URL pattern (a broken redirect or routing rule).',
    sources: [SOURCES.guide],
    keywords: ['baseline', 'normal', 'spike', 'deploy', 'deployment', 'routing', 'regression', 'redirect', 'alert', 'monitoring', 'scanner'],
  },
  {
    id: 'mistake-swapping',
    topic: 'decision-rule',
    codes: ['403', '404'],
    title: 'Why swapping 403 and 404 hurts',
    text:
      'Answering 403 where 404 belongs (or the reverse) because it is easier is a common mistake: clients retry or give up at the wrong moments, caches receive the wrong signal (404 is heuristically cacheable, 403 is not), and monitoring blames routing for what is really a permission problem, or the reverse.',
    sources: [SOURCES.guide, SOURCES.rfc9110StatusCodes],
    keywords: ['mistake', 'swap', 'convenience', 'always 404', 'everything', 'monitoring', 'why does it matter'],
  },
  {
    id: 'decision-rule',
    topic: 'decision-rule',
    codes: ['403', '404', '401', '410'],
    title: 'The decision rule',
    text:
      'Pick the code whose meaning is true for this request: 403 when the signal is "forbidden" (known caller, not allowed), 404 when the accurate signal is "not found" (or the existence must stay hidden). ' +
      'Before both, 401 if the caller is not authenticated or its credentials are invalid; and 410 instead of 404 when the resource was removed on purpose, for good.',
    sources: [SOURCES.guide, SOURCES.rfc9110Forbidden, SOURCES.rfc9110Unauthorized],
    keywords: ['decide', 'rule', 'which', 'choose', 'when to use', 'guideline', 'rule of thumb'],
  },
  {
    id: 'faq-seo-caching',
    topic: 'faq',
    codes: ['403', '404'],
    title: 'Do 403 and 404 affect SEO and caching?',
    text:
      'Yes. Crawlers and caches read status codes differently: 404 is heuristically cacheable and 403 is not, and crawlers drop pages that answer either. ' +
      'Using each code for what it means avoids accidentally indexed pages, stale cached errors and wasted crawling.',
    sources: [SOURCES.guide, SOURCES.rfc9110StatusCodes],
    keywords: ['seo', 'caching', 'impact', 'affect', 'crawler', 'cache'],
  },

  // ── Protocol details and neighbours ────────────────────────────────────────────────────────
  {
    id: 'www-authenticate',
    topic: 'protocol',
    codes: ['401'],
    title: 'WWW-Authenticate on 401',
    text:
      'A 401 response must include a WWW-Authenticate header with at least one challenge (for bearer tokens: WWW-Authenticate: Bearer, plus error="invalid_token" when a token was sent but is bad, and no error code when no token was sent at all; an error_description attribute may add a human-readable explanation for the developer, RFC 6750 §3). ' +
      'Without it, clients cannot tell how to authenticate.',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc9110WwwAuthenticate, SOURCES.rfc6750Challenge],
    keywords: ['www-authenticate', 'header', 'challenge', 'bearer', 'realm'],
  },
  {
    id: 'oauth-error-codes',
    topic: 'protocol',
    codes: ['400', '401', '403'],
    title: 'OAuth bearer token errors and their status codes',
    text:
      'RFC 6750 maps bearer-token errors to status codes: invalid_request → 400, invalid_token (expired, revoked, malformed) → 401, insufficient_scope (the token lacks a scope the request needs) → 403. ' +
      'When the request carries no token at all, answer 401 with a bare WWW-Authenticate: Bearer challenge and no error code.',
    sources: [SOURCES.rfc6750ErrorCodes, SOURCES.rfc6750Challenge],
    keywords: ['oauth', 'bearer', 'insufficient_scope', 'invalid_token', 'invalid_request', 'scope', 'jwt', 'token'],
  },
  {
    id: 'oauth-insufficient-scope',
    topic: 'protocol',
    codes: ['403'],
    title: 'What insufficient_scope means for the client',
    text:
      'insufficient_scope (RFC 6750 §3.1) means the access token is valid but does not carry the privileges this request needs, so the resource server answers 403 and may name the needed scope in the scope attribute of its WWW-Authenticate challenge (scope="…"). ' +
      'Sending the same token again fails the same way: the client needs a new token granted with the missing scope (ask the user to consent again, or have an administrator widen the grant).',
    sources: [SOURCES.rfc6750ErrorCodes, SOURCES.rfc9110Forbidden],
    keywords: ['insufficient_scope', 'scope', 'privileges', 'consent', 'grant', 'oauth', 'plain words', 'recover'],
    retrieval: false,
  },
  {
    id: 'oauth-invalid-token',
    topic: 'protocol',
    codes: ['401'],
    title: 'What invalid_token means for the client',
    text:
      'invalid_token (RFC 6750 §3.1) means the server could not accept the access token at all: it is expired, revoked, malformed or otherwise invalid, so the answer is 401 with WWW-Authenticate: Bearer error="invalid_token". ' +
      'The client should get a fresh token (refresh it, or log in again) and then retry once; retrying with the same token fails the same way.',
    sources: [SOURCES.rfc6750ErrorCodes, SOURCES.rfc9110Unauthorized],
    keywords: ['invalid_token', 'expired', 'revoked', 'malformed', 'refresh', 'oauth', 'plain words', 'recover'],
    retrieval: false,
  },
  {
    id: 'bearer-no-token-challenge',
    topic: 'protocol',
    codes: ['401'],
    title: 'The challenge for a request without any token',
    text:
      'When the request carries no authentication information at all, the 401 challenge should not include an error code (RFC 6750 §3.1): send a bare WWW-Authenticate: Bearer challenge, optionally with a realm, and no error code. ' +
      'error="invalid_token" is for a token that was sent but is expired, revoked or malformed, and error="insufficient_scope" for a valid token that lacks a scope.',
    sources: [SOURCES.rfc6750ErrorCodes, SOURCES.rfc6750Challenge, SOURCES.rfc9110Unauthorized],
    keywords: ['no token', 'anonymous', 'challenge', 'www-authenticate', 'error code', 'error attribute', 'bare', 'realm'],
    retrieval: false,
  },
  {
    id: 'realm',
    topic: 'protocol',
    codes: ['401'],
    title: 'What the realm in a challenge means',
    text:
      'The realm parameter of a WWW-Authenticate challenge names a protection space (RFC 9110 §11.5): a set of resources on the server that share the same credentials, so a client that authenticated for one of them can reuse those credentials for the rest. ' +
      'Its value is an opaque, case-sensitive string chosen by the server (browsers show it in their login prompt); Bearer challenges may include it, but it is optional (RFC 6750 §3).',
    sources: [SOURCES.rfc9110ProtectionSpace, SOURCES.rfc6750Challenge],
    keywords: ['realm', 'protection space', 'www-authenticate', 'challenge', 'credentials'],
    retrieval: false,
  },
  {
    id: 'browser-login-prompt',
    topic: 'protocol',
    codes: ['401'],
    title: 'Why the browser shows its own login dialog',
    text:
      'A browser opens its built-in username and password dialog only for a 401 response whose WWW-Authenticate header offers a scheme it handles itself, such as Basic (WWW-Authenticate: Basic realm="…") or Digest. ' +
      '403, 404 and other errors never trigger it, and neither does a 401 with only a Bearer challenge, so those show the page the server sent.',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc9110WwwAuthenticate],
    keywords: ['browser', 'login popup', 'dialog', 'prompt', 'basic auth', 'username', 'password', 'sign-in box'],
    retrieval: false,
  },
  {
    id: 'neighbour-429',
    topic: 'neighbour',
    codes: ['429'],
    title: 'Rate limiting is 429, not 403',
    text:
      'A caller over its rate limit should get 429 Too Many Requests (ideally with Retry-After), not 403: the request is fine, just too frequent, and may be retried later.',
    sources: [SOURCES.rfc6585TooManyRequests],
    keywords: ['rate limit', 'throttle', 'too many requests', 'quota', '429', 'retry-after'],
  },
  {
    id: 'neighbour-405',
    topic: 'neighbour',
    codes: ['405'],
    title: 'Wrong method is 405, not 404',
    text:
      '405 Method Not Allowed means the resource exists but does not support this method (a POST on a read-only route), whoever asks, and the server must send an Allow header listing the methods it does support (RFC 9110 §15.5.6). ' +
      'A 403 is different: the method is fine, but this caller is refused.',
    sources: [SOURCES.rfc9110MethodNotAllowed, SOURCES.rfc9110Forbidden],
    keywords: ['method', 'post', 'put', 'delete', 'verb', '405', 'allow header'],
  },
  {
    id: 'neighbour-301',
    topic: 'neighbour',
    codes: ['301', '308'],
    title: 'Moved content: redirect, do not 404',
    text:
      'If the content moved to a new URL, redirect permanently (301, or 308 to keep the method) instead of answering 404 or 410; clients and crawlers follow it and keep the link equity.',
    sources: [SOURCES.rfc9110MovedPermanently, SOURCES.guide],
    keywords: ['moved', 'redirect', 'new url', 'renamed', 'migrated', '301', '308'],
  },
  {
    id: 'neighbour-407',
    topic: 'neighbour',
    codes: ['407'],
    title: '407 is 401 for a proxy',
    text:
      '407 Proxy Authentication Required is the proxy\'s 401: a proxy between the client and the server (an egress or corporate proxy) wants credentials before it forwards the request. It MUST send a Proxy-Authenticate header with a challenge for that proxy, and the client answers with Proxy-Authorization (RFC 9110 §15.5.8), while a 401 comes from the origin server with WWW-Authenticate and Authorization. A 407 is fixed in the proxy settings, not in the application\'s credentials.',
    sources: [SOURCES.rfc9110ProxyAuth],
    keywords: ['407', 'proxy', 'proxy-authenticate', 'proxy-authorization', 'egress'],
    retrieval: false,
  },
  {
    id: 'neighbour-503',
    topic: 'neighbour',
    codes: ['503'],
    title: 'Temporarily unavailable is 503',
    text:
      'A resource that is only temporarily unavailable (maintenance, an overloaded backend) is 503 Service Unavailable, optionally with Retry-After, not 404 or 410: those would tell crawlers and clients it is missing.',
    sources: [SOURCES.rfc9110ServiceUnavailable],
    keywords: ['maintenance', 'temporarily', 'down', 'unavailable', 'outage', '503'],
  },

  // ── review R2: a neighbour code, a secondary header or a method named, so the answer is about it ──
  {
    id: 'neighbour-422',
    topic: 'neighbour',
    codes: ['422', '400'],
    title: '422 vs 400',
    text:
      '400 Bad Request is for a request the server cannot even read: malformed syntax, invalid framing, a body that does not parse (RFC 9110 §15.5.1). ' +
      '422 Unprocessable Content is for a request that is well formed, in a supported media type, but whose content fails the rules, such as JSON that parses and fails validation (RFC 9110 §15.5.21); many APIs use 400 for both, which is allowed.',
    sources: [SOURCES.rfc9110BadRequest, SOURCES.rfc9110UnprocessableContent],
    keywords: ['422', 'unprocessable', 'validation'],
    retrieval: false,
  },
  {
    id: 'neighbour-500',
    topic: 'neighbour',
    codes: ['500', '404'],
    title: 'A server fault is 5xx, not 404',
    text:
      'When the lookup itself fails (the database throws, a dependency times out), answer 500 Internal Server Error (RFC 9110 §15.6.1), or 503 if the dependency is only temporarily unavailable, not 404. ' +
      'A 404 (RFC 9110 §15.5.5) claims the lookup worked and found nothing, so clients and crawlers would drop a resource that may exist and monitoring would hide the outage.',
    sources: [SOURCES.rfc9110InternalServerError, SOURCES.rfc9110NotFound],
    keywords: ['500', 'internal server error', 'exception', 'throws'],
    retrieval: false,
  },
  {
    id: 'neighbour-423',
    topic: 'neighbour',
    codes: ['423', '403'],
    title: '423 Locked vs 403',
    text:
      'No: 423 Locked (RFC 4918 §11.3, from WebDAV) says the resource is locked, a state that ends when the lock is released, while 403 Forbidden (RFC 9110 §15.5.4) says this caller may not do this at all. ' +
      'Outside WebDAV, an edit refused because someone else holds the document is usually 409 Conflict (RFC 9110 §15.5.10).',
    sources: [SOURCES.rfc4918Locked, SOURCES.rfc9110Forbidden],
    keywords: ['423', 'locked', 'lock'],
    retrieval: false,
  },
  {
    id: 'neighbour-402',
    topic: 'neighbour',
    codes: ['402', '403'],
    title: '402 Payment Required vs 403',
    text:
      '402 Payment Required is reserved for future use (RFC 9110 §15.5.3): it has no defined meaning, so clients do not know what to do with it. ' +
      'A plan limit or a feature outside the subscription is conventionally 403 Forbidden (RFC 9110 §15.5.4), with a body that says an upgrade would help (a rate quota is 429).',
    sources: [SOURCES.rfc9110PaymentRequired, SOURCES.rfc9110Forbidden],
    keywords: ['402', 'payment required', 'plan', 'subscription'],
    retrieval: false,
  },
  {
    id: 'redirect-or-410',
    topic: 'neighbour',
    codes: ['301', '410'],
    title: '301 to a successor, 410 when there is none',
    text:
      'When something takes its place (the content moved, or a replacement product exists), redirect permanently to it with 301, or 308 to keep the method (RFC 9110 §15.4.2): users and crawlers land on the successor and links keep their value. ' +
      '410 Gone (RFC 9110 §15.5.11) is for content removed on purpose with nothing to send people to.',
    sources: [SOURCES.rfc9110MovedPermanently, SOURCES.rfc9110Gone],
    keywords: ['301', 'replacement', 'successor', 'moved', '410'],
    retrieval: false,
  },
  {
    id: 'retry-after-429-503',
    topic: 'retry',
    codes: ['429', '503'],
    title: 'Retry-After on 429 and on 503',
    text:
      'Both carry Retry-After the same way, as seconds or an HTTP date to wait before the next request (RFC 9110 §10.2.3). ' +
      'On a 503 it says how long the server expects to be unavailable (an outage, maintenance); on a 429 how long this client must back off because it sent too many requests (RFC 6585 §4).',
    sources: [SOURCES.rfc9110RetryAfter, SOURCES.rfc9110ServiceUnavailable, SOURCES.rfc6585TooManyRequests],
    keywords: ['retry-after', '429', '503'],
    retrieval: false,
  },
  {
    id: 'retry-after-on-4xx',
    topic: 'retry',
    codes: ['404', '410'],
    title: 'Retry-After on a 404 or 410',
    text:
      'Retry-After is defined for 503 (how long the outage should last), 3xx redirects and 429 (RFC 9110 §10.2.3, RFC 6585 §4); on a 404 or a 410 it has no defined meaning and clients ignore it. ' +
      'A 410 says the removal is permanent, so a "come back later" hint contradicts it; if the resource will be back, send 503 with Retry-After instead.',
    sources: [SOURCES.rfc9110RetryAfter, SOURCES.rfc9110Gone],
    keywords: ['retry-after', '404', '410'],
    retrieval: false,
  },
  {
    id: 'location-header',
    topic: 'protocol',
    codes: ['201', '301', '410'],
    title: 'What Location means',
    text:
      'The Location header field (RFC 9110 §10.2.2) carries a URI whose meaning depends on the status: on a 201 Created it identifies the resource just created, on a 3xx redirect it is the target the client should follow. ' +
      'Other responses such as 404 or 410 do not need it and clients ignore it there; if the content has a successor, send a redirect instead of a 410.',
    sources: [SOURCES.rfc9110Location, SOURCES.rfc9110MovedPermanently],
    keywords: ['location', 'header', '201', 'redirect target'],
    retrieval: false,
  },
  {
    id: 'vary-authorization',
    topic: 'caching',
    codes: ['401'],
    title: 'Vary and responses that depend on Authorization',
    text:
      'Vary (RFC 9110 §12.5.5) lists the request headers a response depends on, so a cache keeps one copy per value: Vary: Authorization keeps one user\'s response from being served to another. ' +
      'For 401s it rarely matters: a shared cache must not reuse a response to a request with Authorization unless it is marked public (RFC 9111 §3.5), and a 401 is not heuristically cacheable; mark per-user responses private or no-store rather than relying on Vary.',
    sources: [SOURCES.rfc9110Vary, SOURCES.rfc9111SharedAuth],
    keywords: ['vary', 'authorization', 'cache key'],
    retrieval: false,
  },
  {
    id: 'caching-410',
    topic: 'caching',
    codes: ['410'],
    title: 'Cache-Control on a 410',
    text:
      '410 Gone is heuristically cacheable (RFC 9110 §15.1, §15.5.11): even without Cache-Control a cache may keep it for a while. ' +
      'Since the removal is permanent, a long max-age is fine, unlike on 404s of dynamic routes; keep it short only if the URL might be reused.',
    sources: [SOURCES.rfc9110StatusCodes, SOURCES.rfc9110Gone],
    keywords: ['410', 'cache-control', 'max-age', 'cacheable'],
    retrieval: false,
  },
  {
    id: 'token-in-body',
    topic: 'protocol',
    codes: ['401'],
    title: 'The access token in a form body',
    text:
      'Yes, with conditions: RFC 6750 §2.2 lets a client send access_token as a parameter of an application/x-www-form-urlencoded, single-part body, never with GET. ' +
      'The Authorization: Bearer header (RFC 6750 §2.1) is the preferred way, and a resource server need not support the body form.',
    sources: [SOURCES.rfc6750FormBody],
    keywords: ['form body', 'access_token', 'urlencoded'],
    retrieval: false,
  },
  {
    id: 'bearer-methods',
    topic: 'protocol',
    codes: ['401'],
    title: 'The ways to send a bearer token, and the one servers must accept',
    text:
      'RFC 6750 §2 gives three ways to send a bearer token, and resource servers MUST support the first: the Authorization request header, Authorization: Bearer <token> (§2.1). ' +
      'They MAY also accept it as a form-encoded body parameter (§2.2) or as the access_token URI query parameter (§2.3), which should be avoided because URLs end up in logs, history and Referer headers.',
    sources: [SOURCES.rfc6750AuthorizationHeader, SOURCES.rfc6750FormBody, SOURCES.rfc6750UriQuery],
    keywords: ['bearer', 'authorization header', 'send the token', 'must support'],
    retrieval: false,
  },
  {
    id: 'same-challenge-again',
    topic: 'client',
    codes: ['401'],
    title: 'The same 401 challenge after a failed attempt',
    text:
      'Stop retrying and show the response: RFC 9110 §15.5.2 says that if a 401 carries the same challenge as the one before and the user agent has already tried to authenticate at least once, it SHOULD present the enclosed representation to the user, since it usually explains what is wrong. ' +
      'An SDK should report the failure (wrong password, revoked key) instead of looping with the same credentials.',
    sources: [SOURCES.rfc9110Unauthorized],
    keywords: ['same challenge', 'again', 'loop', 'already tried', '401'],
    retrieval: false,
  },
  {
    id: 'idempotent-methods',
    topic: 'protocol',
    codes: [],
    title: 'Which methods are idempotent',
    text:
      'GET, HEAD, OPTIONS and TRACE (the safe methods) plus PUT and DELETE are idempotent (RFC 9110 §9.2.2): sending the same request again has the same intended effect on the server, even if the response differs. ' +
      'POST and PATCH are not, so clients may retry idempotent requests automatically but not those.',
    sources: [SOURCES.rfc9110Idempotent],
    keywords: ['idempotent', 'methods', 'put', 'delete', 'get'],
    retrieval: false,
  },
  {
    id: 'put-idempotent',
    topic: 'protocol',
    codes: ['404', '201'],
    title: 'PUT is idempotent, and may create',
    text:
      'Yes, PUT is idempotent (RFC 9110 §9.2.2): repeating it leaves the resource in the same state. ' +
      'A PUT to a URL where nothing exists may create the resource and answer 201 Created (RFC 9110 §9.3.4), so 404 fits only when the server does not let clients create resources that way; a repeated PUT answers 200 or 204.',
    sources: [SOURCES.rfc9110Idempotent, SOURCES.rfc9110Put],
    keywords: ['put', 'idempotent', '201', 'create'],
    retrieval: false,
  },
  {
    id: 'cors-preflight',
    topic: 'protocol',
    codes: ['401'],
    title: 'OPTIONS and the CORS preflight',
    text:
      'A CORS preflight is an OPTIONS request the browser sends on its own, without cookies or the Authorization header, so an API that demands authentication on it answers 401 and the browser blocks the real request. ' +
      'Answer preflights without requiring credentials, with a 2xx (usually 204) and the Access-Control-Allow-* headers, and authenticate the request that follows.',
    sources: [SOURCES.fetchCorsPreflight, SOURCES.rfc9110Options],
    keywords: ['options', 'preflight', 'cors'],
    retrieval: false,
  },
  {
    id: 'options-method',
    topic: 'protocol',
    codes: ['404', '200'],
    title: 'OPTIONS on a missing resource',
    text:
      'OPTIONS asks what a resource supports (RFC 9110 §9.3.7): for an existing resource, or the server-wide *, answer 200 or 204 with an Allow header listing its methods; for a resource that does not exist, 404 is as right as for any other method. ' +
      'A CORS preflight is the exception to authentication: it arrives without credentials and must not be refused for lacking them.',
    sources: [SOURCES.rfc9110Options, SOURCES.rfc9110NotFound],
    keywords: ['options', 'allow', '404'],
    retrieval: false,
  },

  // ── know2 set (issue #13): what a code does and does not say, neighbours, redirects, bearer tokens ──
  {
    id: 'not-found-says-little',
    topic: 'faq',
    codes: ['404', '410'],
    title: 'What a 404 does not say',
    text:
      'Not necessarily: a 404 only says there is nothing at that URL now. It does not tell whether the absence is temporary or permanent (RFC 9110 §15.5.5), and it does not tell whether anything was ever there (the page may have been deleted or moved, or the address mistyped); a server that knows of a permanent removal can say so with 410 Gone.',
    sources: [SOURCES.rfc9110NotFound, SOURCES.rfc9110Gone],
    keywords: ['never existed', 'ever existed', 'deleted', 'permanent', 'mean'],
    retrieval: false,
  },
  {
    id: 'not-found-site-up',
    topic: 'faq',
    codes: ['404'],
    title: 'A 404 does not mean the site is down',
    text:
      'No: a 404 comes from a server that is up and answering, and it only says that nothing is at that particular URL (RFC 9110 §15.5.5), often an old link to a page that was moved or removed. ' +
      'An outage looks different: 5xx errors such as 503 Service Unavailable, or no answer at all.',
    sources: [SOURCES.rfc9110NotFound, SOURCES.rfc9110ServiceUnavailable],
    keywords: ['site down', 'outage', 'old link', 'whole site', 'broken link'],
    retrieval: false,
  },
  {
    id: 'forbidden-identity',
    topic: 'faq',
    codes: ['403', '401'],
    title: 'Does a 403 mean the server knows who I am?',
    text:
      'Not necessarily: a 403 says the server understood the request and refuses it (RFC 9110 §15.5.4), which can happen without knowing who is calling, for example an IP allowlist, a WAF rule or a geo block refusing an anonymous request. ' +
      'When the request did carry credentials, the 403 means the server judges them insufficient for this access, so logging in again with the same account will not help.',
    sources: [SOURCES.rfc9110Forbidden],
    keywords: ['identified', 'authenticated', 'who i am', 'logged in', 'recognised'],
    retrieval: false,
  },
  {
    id: 'meaning-400',
    topic: 'neighbour',
    codes: ['400', '404', '403'],
    title: '400 Bad Request next to 403 and 404',
    text:
      '400 Bad Request means the server cannot or will not process the request because something is wrong with the request itself: malformed syntax, invalid framing, a body it cannot parse or parameters that fail validation (RFC 9110 §15.5.1). ' +
      'A 404 means the request was well formed but nothing is at that URL, and a 403 that it was understood and refused; all three are client errors, fixed by correcting the request, the address or the permissions respectively.',
    sources: [SOURCES.rfc9110BadRequest, SOURCES.rfc9110NotFound, SOURCES.rfc9110Forbidden],
    keywords: ['400', 'bad request', 'malformed', 'validation', 'syntax'],
    retrieval: false,
  },
  {
    id: 'meaning-503',
    topic: 'neighbour',
    codes: ['503', '403', '404'],
    title: '503 Service Unavailable next to 403 and 404',
    text:
      '503 Service Unavailable means the server cannot handle the request right now, because it is overloaded or under maintenance, and expects to recover after a while, possibly saying when in a Retry-After header (RFC 9110 §15.6.4). ' +
      'It is a temporary problem on the server side, not a decision about the caller like 403 Forbidden nor an absence like 404, so the client may simply try again later.',
    sources: [SOURCES.rfc9110ServiceUnavailable, SOURCES.rfc9110Forbidden],
    keywords: ['503', 'service unavailable', 'maintenance', 'overload', 'temporary', 'blocked'],
    retrieval: false,
  },
  // ── unseen34: neighbour codes asked about by number ("what does a 409 mean") ──
  {
    id: 'meaning-409',
    topic: 'neighbour',
    codes: ['409', '403', '404'],
    title: '409 Conflict next to 403 and 404',
    text:
      '409 Conflict means the request could not be completed because it conflicts with the current state of the target resource, for example an edit made on an outdated version or a create that clashes with what already exists; the response should say enough for the client to resolve the conflict and resubmit (RFC 9110 §15.5.10). ' +
      'It is neither a refusal of the caller (403) nor an absence (404).',
    sources: [SOURCES.rfc9110Conflict],
    keywords: ['409', 'conflict', 'version', 'state'],
    retrieval: false,
  },
  {
    id: 'meaning-412',
    topic: 'neighbour',
    codes: ['412', '403', '404'],
    title: '412 Precondition Failed next to 403 and 404',
    text:
      '412 Precondition Failed means a condition the client put in its request headers, such as If-Match or If-Unmodified-Since, was false when the server evaluated it, so the request was not applied (RFC 9110 §15.5.13). ' +
      'It guards against lost updates and says nothing about permissions (403) or existence (404).',
    sources: [SOURCES.rfc9110PreconditionFailed],
    keywords: ['412', 'precondition', 'if-match', 'etag'],
    retrieval: false,
  },
  {
    id: 'meaning-422',
    topic: 'neighbour',
    codes: ['422', '400', '403'],
    title: '422 Unprocessable Content next to 400 and 403',
    text:
      '422 Unprocessable Content means the server understands the content type and the content is syntactically correct, but it cannot process the instructions it contains, for example well-formed JSON whose values are semantically wrong (RFC 9110 §15.5.21). ' +
      'Unlike 400 the request is well formed, and unlike 403 the caller\'s rights are not what is refused.',
    sources: [SOURCES.rfc9110UnprocessableContent],
    keywords: ['422', 'unprocessable', 'validation', 'semantic'],
    retrieval: false,
  },
  {
    id: 'meaning-500',
    topic: 'neighbour',
    codes: ['500', '403', '404'],
    title: '500 Internal Server Error next to 403 and 404',
    text:
      '500 Internal Server Error means the server met an unexpected condition that kept it from fulfilling the request (RFC 9110 §15.6.1). ' +
      'It is a fault on the server side, not a decision about the caller (403) nor an absence (404), so the fix belongs to the server, not the client.',
    sources: [SOURCES.rfc9110InternalServerError],
    keywords: ['500', 'internal server error', 'crash', 'exception'],
    retrieval: false,
  },
  {
    id: 'retry-after',
    topic: 'retry',
    codes: ['429', '503'],
    title: 'How long to wait after 429 or 503',
    text:
      'Read the Retry-After header: it tells the client how long to wait before the next request, either as a number of seconds or as an HTTP date (RFC 9110 §10.2.3), and a 429 Too Many Requests (RFC 6585 §4) or a 503 may carry it. ' +
      'Without it, wait and retry with exponential backoff rather than at once.',
    sources: [SOURCES.rfc9110RetryAfter, SOURCES.rfc6585TooManyRequests, SOURCES.rfc9110ServiceUnavailable],
    keywords: ['retry-after', 'how long', 'wait', 'rate limit', 'backoff', '429'],
    retrieval: false,
  },
  {
    id: 'redirect-301-308',
    topic: 'neighbour',
    codes: ['301', '308'],
    title: '301 vs 308',
    text:
      'Both are permanent redirects; they differ in the method. After a 301 a client may, for historical reasons, repeat a POST as a GET to the new URL (RFC 9110 §15.4.2), while a 308 does not allow the method to change, so POST clients send their POST, body included, to the new URL (RFC 9110 §15.4.9).',
    sources: [SOURCES.rfc9110MovedPermanently, SOURCES.rfc9110PermanentRedirect],
    keywords: ['301', '308', 'redirect', 'post', 'method', 'permanent redirect'],
    retrieval: false,
  },
  {
    id: 'reason-phrase',
    topic: 'protocol',
    codes: ['403', '404'],
    title: 'Reason phrases are not for code',
    text:
      'Only on the number: the reason phrases ("Not Found", "Forbidden") are recommendations that a server may replace or leave out (RFC 9110 §15.1), HTTP/1.1 clients should ignore them (RFC 9112 §4), and HTTP/2 and HTTP/3 do not carry them at all. ' +
      'Branch on the status code, and on a machine-readable error body when you need more detail.',
    sources: [SOURCES.rfc9110StatusCodes, SOURCES.rfc9112StatusLine],
    keywords: ['reason phrase', 'status text', 'statustext', 'status message'],
    retrieval: false,
  },
  {
    id: 'bearer-scope-attribute',
    topic: 'protocol',
    codes: ['403'],
    title: 'Telling the client which scope is missing',
    text:
      'Put it in the challenge\'s scope attribute: answer 403 with WWW-Authenticate: Bearer error="insufficient_scope", scope="…", where scope is a space-delimited list of the scope values required to access the resource (RFC 6750 §3, §3.1). ' +
      'An error_description can add a human-readable note for the developer; the client then asks for a token granted with those scopes.',
    sources: [SOURCES.rfc6750Challenge, SOURCES.rfc6750ErrorCodes],
    keywords: ['scope', 'missing scope', 'which permission', 'insufficient_scope', 'challenge'],
    retrieval: false,
  },
  {
    id: 'hiding-unauthenticated-404',
    topic: 'faq',
    codes: ['404', '401'],
    title: 'What breaks when unauthenticated requests get 404',
    text:
      'Clients lose the signal to authenticate: a 401 is the response that must carry the WWW-Authenticate challenge that tells a client or a browser to log in or refresh its token (RFC 9110 §15.5.2), so a client whose token expired reads the 404 as a wrong URL and never re-authenticates, and monitoring counts a login problem as broken routes. ' +
      'Hiding with 404 (RFC 9110 §15.5.4) suits resources whose existence is secret; requests without valid credentials normally get 401.',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc9110Forbidden],
    keywords: ['unauthenticated', 'hide endpoints', 'what breaks', 'challenge', 'login'],
    retrieval: false,
  },
  {
    id: 'scenarios-401',
    topic: 'scenarios',
    codes: ['401'],
    title: 'Common causes of a burst of 401s',
    text:
      'A burst of 401s across many services at one moment usually means credentials stopped being valid together: tokens or certificates that expired at a fixed time, a signing key or shared secret rotated on one side only, or clock skew that makes valid tokens look expired. ' +
      'Check the error in the WWW-Authenticate challenge (invalid_token), and the expiry and key id of the tokens that fail (RFC 6750 §3.1).',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc6750ErrorCodes],
    keywords: ['401 spike', 'expired', 'rotation', 'clock skew', 'certificate', 'usual suspect'],
    retrieval: false,
  },
  {
    id: 'bearer-error-description',
    topic: 'protocol',
    codes: ['401', '403'],
    title: 'error_description is for developers',
    text:
      'error_description is human-readable text meant for developers: it helps the developer of the client understand the error and is not meant to be shown to end users (RFC 6750 §3); error_uri may point to a page that explains it. ' +
      'Show users your own message, chosen by the error code.',
    sources: [SOURCES.rfc6750Challenge],
    keywords: ['error_description', 'error_uri', 'end users', 'developer', 'message'],
    retrieval: false,
  },
  {
    id: 'head-no-body',
    topic: 'protocol',
    codes: ['404'],
    title: 'A 404 to HEAD has no body',
    text:
      'A response to HEAD must not carry content, whatever its status (RFC 9110 §9.3.2): a 404 without a body is exactly what HEAD should get, and one with a body is wrong. ' +
      'The same URL requested with GET should get the 404 with a body that explains it (RFC 9110 §15.5).',
    sources: [SOURCES.rfc9110Head, SOURCES.rfc9110ClientError],
    keywords: ['head', 'no body', 'empty', 'content'],
    retrieval: false,
  },
  {
    id: 'head-same-status',
    topic: 'protocol',
    codes: ['404', '403', '401'],
    title: 'HEAD gets the status GET would get',
    text:
      'HEAD should get the same status code GET would: RFC 9110 §9.3.2 defines HEAD as identical to GET except that the server must not send content, and it should send the same header fields, so a 404, 403 or 401 to GET is the same code to HEAD. ' +
      'Only the body is left out.',
    sources: [SOURCES.rfc9110Head],
    keywords: ['head', 'get', 'same status', 'identical'],
    retrieval: false,
  },
  // ── know1 set (issue #13) ──
  {
    id: 'idempotent-status',
    topic: 'api',
    codes: ['404', '410'],
    title: 'A repeated DELETE that gets 404 is still idempotent',
    text:
      'DELETE stays idempotent even when the repeat gets 404: idempotency is about the intended effect on the server, not about getting the same response each time (RFC 9110 §9.2.2). ' +
      'A second DELETE leaves the server in the state the first one left (the resource gone), so answering it with 404, or 410, keeps DELETE idempotent.',
    sources: [SOURCES.rfc9110Idempotent, SOURCES.rfc9110NotFound],
    keywords: ['idempotent', 'delete', 'twice', 'second delete', 'same effect'],
    retrieval: false,
  },
  {
    id: 'www-authenticate-beyond-401',
    topic: 'protocol',
    codes: ['401', '403'],
    title: 'WWW-Authenticate on responses other than 401',
    text:
      'WWW-Authenticate is not reserved for 401: a 401 must carry it, but a server may also send it on other responses, a 403 for example, to show that credentials, or different ones, might change the result (RFC 9110 §11.6.1). ' +
      'Bearer-token APIs do so for insufficient_scope: a 403 with WWW-Authenticate: Bearer error="insufficient_scope" and the scope needed (RFC 6750 §3.1).',
    sources: [SOURCES.rfc9110WwwAuthenticate, SOURCES.rfc6750ErrorCodes],
    keywords: ['www-authenticate', '403', 'other responses', 'reserved', 'allowed'],
    retrieval: false,
  },
  {
    id: 'body-of-401',
    topic: 'protocol',
    codes: ['401'],
    title: 'What a browser does with the body of a 401',
    text:
      'Yes: a browser will display an HTML page sent with a 401, and RFC 9110 §15.5 asks every 4xx to explain the error in its content. ' +
      'The one exception is a WWW-Authenticate header offering a scheme the browser handles itself (Basic or Digest): then it opens its own login dialog first and shows the page only if the user cancels it. With a Bearer or custom challenge the page is shown at once.',
    sources: [SOURCES.rfc9110ClientError, SOURCES.rfc9110Unauthorized, SOURCES.rfc9110WwwAuthenticate],
    keywords: ['401 body', 'html', 'error page', 'browser', 'explain', 'login dialog'],
    retrieval: false,
  },
  {
    id: 'error-body-4xx',
    topic: 'protocol',
    codes: ['400', '403', '404'],
    title: 'What the body of a 4xx should say',
    text:
      'Except in answer to a HEAD request, a 4xx response should carry a representation explaining the error and whether the condition is temporary or permanent (RFC 9110 §15.5). ' +
      'Clients act on the status code; the body is for the people and tools reading it, and a 404 that hides a forbidden resource still must not give the reason away.',
    sources: [SOURCES.rfc9110ClientError, SOURCES.rfc9110Forbidden],
    keywords: ['error body', '4xx', 'explanation', 'temporary', 'permanent', 'representation'],
    retrieval: false,
  },
  {
    id: 'unknown-status-class',
    topic: 'client',
    codes: ['400', '500'],
    title: 'How a client treats a status code it does not know',
    text:
      'A client must understand the class of any status code, given by its first digit, and treat a code it does not recognise as the x00 code of that class (RFC 9110 §15). ' +
      'So an unknown 4xx such as 471 is handled as 400 Bad Request, an unknown 5xx as 500, and the body usually explains the rest.',
    sources: [SOURCES.rfc9110StatusClasses, SOURCES.rfc9110BadRequest],
    keywords: ['unknown status', 'unrecognised', 'first digit', 'class', 'x00', '422'],
    retrieval: false,
  },
  {
    id: 'token-in-query',
    topic: 'protocol',
    codes: ['401'],
    title: 'Access tokens in the URL query string',
    text:
      'Avoid it: RFC 6750 §2.3 says the access_token query parameter should not be used unless the token cannot travel in the Authorization header or the form body, because URLs are kept in server and proxy logs, browser history and Referer headers. ' +
      'Send Authorization: Bearer <token> instead; bearer tokens do not belong in page URLs (RFC 6750 §5.3).',
    sources: [SOURCES.rfc6750UriQuery, SOURCES.rfc6750Recommendations],
    keywords: ['query string', 'access_token', 'url', 'query parameter', 'referer', 'token in url'],
    retrieval: false,
  },
  {
    id: 'bearer-tls',
    topic: 'protocol',
    codes: ['401'],
    title: 'Bearer tokens need TLS',
    text:
      'RFC 6750 requires transport security: clients must always use TLS (https) or an equivalent when sending bearer tokens, internal endpoints included (RFC 6750 §5.3). ' +
      'Whoever sees a bearer token can use it, so one sent over plain http is as good as handed out.',
    sources: [SOURCES.rfc6750Recommendations],
    keywords: ['tls', 'https', 'plain http', 'encryption', 'transport security', 'bearer'],
    retrieval: false,
  },
  {
    id: 'token-logging',
    topic: 'protocol',
    codes: ['401'],
    title: 'Tokens in access logs',
    text:
      'Keep credentials out of the logs: redact or drop the Authorization header and any token (log at most the scheme, a token id or a hash), because a bearer token works for whoever holds it and RFC 6750 §5.3 asks that tokens not leak to unintended parties. ' +
      'Log why the request got 401 (no token, expired, bad signature) instead of the credential itself.',
    sources: [SOURCES.rfc6750Recommendations, SOURCES.rfc9110Unauthorized],
    keywords: ['logs', 'logging', 'redact', 'authorization header', 'token', 'mask'],
    retrieval: false,
  },
  {
    id: 'auth-scheme-case',
    topic: 'protocol',
    codes: ['401'],
    title: 'The authentication scheme is case-insensitive',
    text:
      'The scheme name is case-insensitive (RFC 9110 §11.1), so a server must accept "bearer", "Bearer" and "BEARER" alike. ' +
      'Only the token after it has to arrive exactly as it was issued.',
    sources: [SOURCES.rfc9110AuthScheme],
    keywords: ['lowercase', 'case-insensitive', 'scheme', 'bearer', 'basic'],
    retrieval: false,
  },
  {
    id: 'difference-400-401',
    topic: 'neighbour',
    codes: ['400', '401'],
    title: '400 vs 401',
    text:
      '400 Bad Request means the request itself is faulty (malformed syntax, invalid framing or parameters) whoever sends it (RFC 9110 §15.5.1); 401 means it lacks valid credentials (RFC 9110 §15.5.2). ' +
      'Logging in again does not fix a 400; correcting the request does.',
    sources: [SOURCES.rfc9110BadRequest, SOURCES.rfc9110Unauthorized],
    keywords: ['400', 'bad request', 'malformed', '401', 'login problem'],
    retrieval: false,
  },
  {
    id: 'forbidden-after-network-change',
    topic: 'scenarios',
    codes: ['403'],
    title: '403s after the caller changed network',
    text:
      'When 403s start right after the calling service moved to another network (subnet, NAT gateway, egress IP, region) while its credentials stayed the same, the usual cause is an IP allowlist or firewall rule on the other side that does not know the new source address. ' +
      'Have the new egress addresses added to that allowlist, or route the calls through addresses it already accepts.',
    sources: [SOURCES.guide],
    keywords: ['subnet', 'egress', 'nat', 'new ip', 'allowlist', 'firewall'],
    retrieval: false,
  },
  {
    id: 'forbidden-spike-probing',
    topic: 'scenarios',
    codes: ['403'],
    title: 'A 403 spike from many unknown addresses',
    text:
      'A burst of 403s on an admin or other sensitive path from many unfamiliar IPs usually means scanning or probing by bots (or credential stuffing), and the 403s show the access policy holding. ' +
      'Check that no legitimate client is among them, then rate-limit or block the sources at the edge; the code answered needs no change.',
    sources: [SOURCES.guide],
    keywords: ['scan', 'probe', 'bots', 'unknown ips', 'admin', 'spike'],
    retrieval: false,
  },
  {
    id: 'cache-authorization',
    topic: 'caching',
    codes: ['401', '403'],
    title: 'Shared caches and requests with Authorization',
    text:
      'Not by default: a shared cache (a CDN, a proxy) must not reuse a response to a request that carried an Authorization header unless the response explicitly allows it with public, s-maxage or must-revalidate (RFC 9111 §3.5). ' +
      'So never mark per-user responses public, and keep errors such as 401 and 403 private or no-store.',
    sources: [SOURCES.rfc9111SharedAuth, SOURCES.rfc9110StatusCodes],
    keywords: ['shared cache', 'authorization', 'cdn', 'public', 's-maxage', 'other users'],
    retrieval: false,
  },
  {
    id: 'cache-invalidation',
    topic: 'caching',
    codes: ['404'],
    title: 'A PUT through the cache invalidates the cached 404',
    text:
      'It should not stay: a cache must invalidate what it stored for a URI when an unsafe request (PUT, POST, DELETE) to that URI passes through it and gets a non-error response (RFC 9111 §4.4), so the successful PUT evicts the cached 404. ' +
      'That only covers the cache the PUT went through: other CDN edges keep their copy until it expires, so purge the path or send 404s with no-store.',
    sources: [SOURCES.rfc9111Invalidation, SOURCES.rfc9110StatusCodes],
    keywords: ['invalidate', 'put', 'post', 'purge', 'stale 404', 'cdn'],
    retrieval: false,
  },
  {
    id: 'heuristic-freshness',
    topic: 'caching',
    codes: ['404', '410'],
    title: 'What "heuristically cacheable" means',
    text:
      'When a response carries no explicit lifetime (no Cache-Control max-age, no Expires), a cache may still keep it for a freshness lifetime it estimates itself, but only for status codes defined as heuristically cacheable, 404 and 410 among them, or for responses explicitly marked cacheable (Cache-Control: public) (RFC 9111 §4.2.2, RFC 9110 §15.1). ' +
      'A common estimate is a fraction, such as 10%, of the time since Last-Modified; send Cache-Control: no-store if a 404 must not be kept.',
    sources: [SOURCES.rfc9111Heuristic, SOURCES.rfc9110StatusCodes],
    keywords: ['heuristic', 'heuristically cacheable', 'freshness', 'last-modified', 'lifetime'],
    retrieval: false,
  },
  {
    id: 'proxy-www-authenticate',
    topic: 'protocol',
    codes: ['401'],
    title: 'Proxies must pass WWW-Authenticate through unchanged',
    text:
      'A proxy forwarding a response must not modify any WWW-Authenticate header field in it (RFC 9110 §11.6.1), since the challenge is how the origin tells the client to authenticate. ' +
      'A proxy that wants credentials for itself answers 407 with Proxy-Authenticate instead.',
    sources: [SOURCES.rfc9110WwwAuthenticate, SOURCES.rfc9110ProxyAuth],
    keywords: ['proxy', 'strip', 'rewrite', 'modify', 'www-authenticate'],
    retrieval: false,
  },
  {
    id: 'multiple-challenges',
    topic: 'protocol',
    codes: ['401'],
    title: 'Several challenges in one 401',
    text:
      'A 401 must carry at least one challenge (RFC 9110 §15.5.2), and several are allowed: a WWW-Authenticate field may hold more than one, and a response may carry several such fields (§11.6.1), so offering Basic and Bearer together is fine. ' +
      'Each client uses a scheme it supports; note that browsers answer the Basic one with their own login dialog.',
    sources: [SOURCES.rfc9110WwwAuthenticate, SOURCES.rfc9110Unauthorized],
    keywords: ['multiple challenges', 'basic', 'bearer', 'two challenges', 'www-authenticate'],
    retrieval: false,
  },
  // ── know3 set: what a code in a log tells, responses the application never made, bearer request errors ──
  {
    id: 'oauth-invalid-request',
    topic: 'protocol',
    codes: ['400', '401'],
    title: 'invalid_request: a malformed bearer request gets 400',
    text:
      '400 Bad Request with error="invalid_request" (RFC 6750 §3.1): that error covers a request that is missing a required parameter, carries an unsupported parameter or value, repeats a parameter, sends the access token in more than one way (say in the Authorization header and as the access_token query parameter) or is otherwise malformed. ' +
      '401 with invalid_token is for a token that is itself expired, revoked or malformed.',
    sources: [SOURCES.rfc6750ErrorCodes, SOURCES.rfc9110BadRequest],
    keywords: ['invalid_request', 'malformed', 'missing parameter', 'duplicate', 'token twice', 'bad request'],
    retrieval: false,
  },
  {
    id: 'forbidden-about-credentials',
    topic: 'definition',
    codes: ['403'],
    title: 'What a 403 says about the credentials it received',
    text:
      'That they were understood and are not enough: when a request that carried credentials gets 403, the server considers them insufficient for this access (RFC 9110 §15.5.4), and the client should not repeat the request with the same ones. ' +
      'Missing, invalid or expired credentials get 401 instead; a 403 is fixed by granting the permission, not by logging in again.',
    sources: [SOURCES.rfc9110Forbidden],
    keywords: ['credentials', 'insufficient', 'forbidden', 'permission'],
    retrieval: false,
  },
  {
    id: 'not-found-but-exists',
    topic: 'scenarios',
    codes: ['404', '403'],
    title: 'A 404 for something that exists',
    text:
      'It can be deliberate: a server may answer 404 for something that exists when this caller may not access it and even its existence must stay hidden (RFC 9110 §15.5.4), typically another user\'s or another tenant\'s record. ' +
      'Before suspecting the router, look at the ownership or permission check for that caller: a broken route answers 404 to everyone, not to one caller.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound],
    keywords: ['exists', 'in the database', 'on purpose', 'deliberate', 'router', 'hidden'],
    retrieval: false,
  },
  {
    id: 'soft-404-monitoring',
    topic: 'scenarios',
    codes: ['404'],
    title: 'A green check on a 200 for a page that does not exist',
    text:
      'Not fine: a 200 for a URL where nothing exists is a soft 404, so the check stays green while the page is missing. ' +
      'A missing resource should answer 404 (RFC 9110 §15.5.5), or search engines may index the empty page; make the check assert on the content too, and add one that requests a known-missing URL and expects 404.',
    sources: [SOURCES.rfc9110NotFound, SOURCES.searchCentral],
    keywords: ['soft 404', 'synthetic', 'check', 'green', '200', 'monitoring'],
    retrieval: false,
  },
  {
    id: 'edge-generated-error',
    topic: 'scenarios',
    codes: ['403', '404'],
    title: 'A 403 or 404 the application never saw',
    text:
      'Then something in front of the application answered it: a load balancer, WAF, CDN, API gateway or reverse proxy such as nginx can send a 403 itself (a WAF or allowlist rule) or a 404 (no matching host, route or location block), and the request never reaches the app, so only that component logs it (RFC 9110 §3.7). ' +
      'Look at that component\'s logs and rules: the WAF rule that fired, the nginx server and location blocks, the load balancer\'s listener rules.',
    sources: [SOURCES.rfc9110Intermediaries],
    keywords: ['load balancer', 'waf', 'nginx', 'gateway', 'proxy', 'edge', 'never reached', 'app logs'],
    retrieval: false,
  },
  {
    id: 'retry-4xx',
    topic: 'retry',
    codes: ['403', '404', '429'],
    title: 'Retrying 4xx responses with backoff',
    text:
      'Do not retry every 4xx: a 403 or 404 comes back the same until something changes (a permission is granted, the URL or id is fixed), so retrying it, even with backoff, only adds load and delays the error (RFC 9110 §15.5.4). ' +
      'Back off and retry only the codes that ask for it, 429 and 503 (honouring Retry-After), and retry a 401 once, after getting fresh credentials.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc6585TooManyRequests, SOURCES.rfc9110RetryAfter, SOURCES.guide],
    keywords: ['retry', 'backoff', 'exponential', '4xx', 'client errors'],
    retrieval: false,
  },
  {
    id: 'authorization-header',
    topic: 'protocol',
    codes: ['401'],
    title: 'Which header carries the credentials after a 401',
    text:
      'The client repeats the request with an Authorization header carrying credentials for one of the schemes the 401\'s WWW-Authenticate challenge offered, for example Authorization: Bearer <token> or Authorization: Basic with the encoded user and password (RFC 9110 §11.6.2). ' +
      'A proxy\'s 407 is answered the same way, in Proxy-Authorization.',
    sources: [SOURCES.rfc9110Authorization, SOURCES.rfc9110Unauthorized],
    keywords: ['authorization header', 'credentials', 'after 401', 'bearer', 'basic'],
    retrieval: false,
  },
  // ── know4 set: codes outside the triage that a told situation calls for, and hiding that is not needed ──
  {
    id: 'neighbour-451',
    topic: 'neighbour',
    codes: ['451', '403', '404'],
    title: '451: blocked because of a legal demand',
    text:
      'There is a specific code: 451 Unavailable For Legal Reasons (RFC 7725) says access is refused because of a legal demand, such as a court order or a government block in one country. ' +
      'Use it instead of 403 or 404 so clients and crawlers can tell a legal block from a permission problem or a missing page; the body should say which demand applies and, where possible, who made it.',
    sources: [SOURCES.rfc7725LegalReasons, SOURCES.rfc9110Forbidden],
    keywords: ['451', 'legal', 'court order', 'censorship', 'takedown', 'government'],
    retrieval: false,
  },
  {
    id: 'empty-collection-200',
    topic: 'neighbour',
    codes: ['200', '404'],
    title: 'An empty collection is 200, not 404',
    text:
      'The collection exists, so answer 200 OK with an empty list (RFC 9110 §15.3.1). ' +
      'A 404 would claim the collection itself is not there (RFC 9110 §15.5.5), and clients would show "not found" or treat the parent as missing instead of showing zero items.',
    sources: [SOURCES.rfc9110Ok, SOURCES.rfc9110NotFound],
    keywords: ['empty list', 'empty collection', 'zero items', 'no results', '200'],
    retrieval: false,
  },
  {
    id: 'forbidden-when-not-secret',
    topic: 'when-to-use',
    codes: ['403', '404'],
    title: 'No reason to hide with 404 when existence is no secret',
    text:
      'Not really: answering 404 instead of 403 exists only to hide that a forbidden resource exists (RFC 9110 §15.5.4). ' +
      'When its existence is no secret, 403 Forbidden is the accurate signal: callers learn that it is there and that they lack access, so they ask for the permission instead of hunting for a wrong URL.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.guide],
    keywords: ['not secret', 'documented', 'public', 'hide', 'instead of 403'],
    retrieval: false,
  },

  // ── know5 set: codes and schemes defined outside RFC 9110, what a 4xx says of whose fault it is ──
  {
    id: 'spec-429',
    topic: 'protocol',
    codes: ['429'],
    title: 'Where 429 is defined',
    text:
      '429 Too Many Requests is defined by RFC 6585 §4 (2012), not by RFC 7231 nor by RFC 9110, which replaced it: it is meant for rate limiting, optionally with a Retry-After header saying how long to wait.',
    sources: [SOURCES.rfc6585TooManyRequests, SOURCES.rfc9110RetryAfter],
    keywords: ['429', '6585', 'too many requests', 'rate limit'],
    retrieval: false,
  },
  {
    id: 'spec-basic-auth',
    topic: 'protocol',
    codes: ['401'],
    title: 'Where the Basic scheme is defined',
    text:
      'The Basic authentication scheme is defined by RFC 7617 (2015), which replaced RFC 2617; RFC 9110 §11 only defines the framework it plugs into (the WWW-Authenticate challenge, the Authorization header, 401). ' +
      'Basic sends user-id and password merely base64-encoded, so use it only over TLS.',
    sources: [SOURCES.rfc7617Basic, SOURCES.rfc9110WwwAuthenticate, SOURCES.rfc9110Authorization],
    keywords: ['basic', '7617', '2617', 'basic auth'],
    retrieval: false,
  },
  {
    id: 'meaning-451',
    topic: 'neighbour',
    codes: ['451'],
    title: '451 Unavailable For Legal Reasons: what it means',
    text:
      '451 Unavailable For Legal Reasons (RFC 7725 §3) means the server refuses access because of a legal demand, such as a court order or a government block in the caller\'s country: not a bug, a missing page or a permission problem. ' +
      'Logging in again or retrying will not change it; the body should say which demand applies.',
    sources: [SOURCES.rfc7725LegalReasons],
    keywords: ['451', 'legal', 'censorship', 'court order'],
    retrieval: false,
  },
  {
    id: 'caching-451',
    topic: 'neighbour',
    codes: ['451'],
    title: 'Is a 451 cacheable?',
    text:
      'Yes: a 451 response is cacheable by default (RFC 7725 §3), unless the method or explicit cache controls say otherwise, so a cache may keep it without any Cache-Control header. ' +
      'Send Cache-Control yourself (a short max-age, or no-store) when the legal block may be lifted soon or applies only in some places.',
    sources: [SOURCES.rfc7725LegalReasons],
    keywords: ['451', 'cache', 'cacheable', 'cache-control', 'legal'],
    retrieval: false,
  },
  {
    id: 'name-418',
    topic: 'neighbour',
    codes: ['418'],
    title: '418: the teapot',
    text:
      '418 is "I\'m a teapot", from RFC 2324, an April 1 joke protocol for coffee pots. RFC 9110 §15.5.19 lists it as 418 (Unused): reserved so nobody gives it a real meaning, and not something a real API should send.',
    sources: [SOURCES.rfc9110Unused418],
    keywords: ['418', 'teapot'],
    retrieval: false,
  },
  {
    id: 'redirect-307-308',
    topic: 'neighbour',
    codes: ['307', '308'],
    title: '307 vs 308',
    text:
      'Both keep the method and the body (a POST stays a POST); they differ in permanence. 307 Temporary Redirect says the resource is at another URL for now, so clients keep using the old one (RFC 9110 §15.4.8); 308 Permanent Redirect says it moved for good, so clients and crawlers should switch to the new URL (RFC 9110 §15.4.9).',
    sources: [SOURCES.rfc9110TemporaryRedirect, SOURCES.rfc9110PermanentRedirect],
    keywords: ['307', '308', 'temporary redirect', 'permanent redirect'],
    retrieval: false,
  },
  {
    id: 'client-error-class',
    topic: 'faq',
    codes: ['404', '403', '401', '410'],
    title: 'A 4xx is a client error, not a server failure',
    text:
      'A 4xx such as 404, 401 or 403 is in the Client Error class (RFC 9110 §15.5): the server is up and working, and it says the request cannot be served as sent (a 404: the address points at nothing; a 401: credentials are missing or invalid; a 403: the caller lacks permission). ' +
      'A broken server answers with a 5xx Server Error such as 500 or 503 (RFC 9110 §15.6), or not at all.',
    sources: [SOURCES.rfc9110ClientError, SOURCES.rfc9110ServerError],
    keywords: ['client error', 'server error', 'whose fault', '4xx', '5xx'],
    retrieval: false,
  },
  {
    id: 'enumeration',
    topic: 'faq',
    codes: ['403', '404'],
    title: 'Enumeration through status codes',
    text:
      'That is enumeration (account or resource enumeration): when existing and missing ids get different answers, such as 403 versus 404, or different bodies or timing, an attacker can probe ids and map out which ones are real. ' +
      'RFC 9110 §15.5.4 lets a server answer 404 instead of 403 to hide that a forbidden resource exists, so the two cases look identical.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound],
    keywords: ['enumeration', 'probe', 'map out', 'valid ids', 'existence'],
    retrieval: false,
  },
  {
    id: 'gone-who-decides',
    topic: 'faq',
    codes: ['410', '404'],
    title: 'Who decides that a 410 is permanent',
    text:
      'The origin server, that is its owner: RFC 9110 §15.5.11 says to send 410 only when the server knows, presumably through some configurable means, that the removal is intentional and permanent. ' +
      'If it does not know that, it should answer 404; the client never decides it.',
    sources: [SOURCES.rfc9110Gone, SOURCES.rfc9110NotFound],
    keywords: ['who decides', 'permanent', 'knows', 'configurable'],
    retrieval: false,
  },
  {
    id: 'reason-phrase-display',
    topic: 'client',
    codes: ['403', '404'],
    title: 'Whether to show the reason phrase to users',
    text:
      'No, not as the message users read: the reason phrase ("Forbidden", "Not Found") is optional text that a server may replace or leave out (RFC 9110 §15.1), HTTP/1.1 clients should ignore it (RFC 9112 §4), and HTTP/2 and HTTP/3 do not send it at all. ' +
      'Show your own message, chosen from the status code or from a machine-readable error body.',
    sources: [SOURCES.rfc9110StatusCodes, SOURCES.rfc9112StatusLine],
    keywords: ['reason phrase', 'status text', 'show', 'display'],
    retrieval: false,
  },
  {
    id: 'forbidden-anonymous',
    topic: 'faq',
    codes: ['403', '401'],
    title: 'Does 403 require an authenticated caller?',
    text:
      '403 does not require a logged-in caller: RFC 9110 §15.5.4 only says the server understood the request and refuses to fulfil it, and that a request might be forbidden for reasons unrelated to the credentials, so an IP allowlist, a WAF rule or a geo block may answer 403 to an anonymous request and that is valid. ' +
      'What 403 tells the client is that authenticating will not help; send 401 instead only when credentials would fix the refusal.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110Unauthorized],
    keywords: ['anonymous', 'logged in', 'authenticated', 'waf', 'allowlist'],
    retrieval: false,
  },
  {
    id: 'forbidden-not-missing',
    topic: 'faq',
    codes: ['403', '404'],
    title: 'Does a 403 mean the thing does not exist?',
    text:
      'No: 403 Forbidden means the server understood the request and refuses it (RFC 9110 §15.5.4); it says nothing about the resource or the user being absent, and if anything it suggests something is there. ' +
      '"Does not exist" is 404 Not Found (§15.5.5), which is also why a server that wants to hide a forbidden resource answers 404 instead of 403.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound],
    keywords: ['not exist', 'missing', 'verboten'],
    retrieval: false,
  },
  {
    id: 'gone-is-permanent',
    topic: 'faq',
    codes: ['410'],
    title: 'Will something that answers 410 come back?',
    text:
      'No, not at that URL: 410 Gone says the resource was removed intentionally and that this is likely to be permanent (RFC 9110 §15.5.11), so it is not a temporary outage and retrying later will not help. ' +
      'Tell them to drop their links or bookmarks to it and use the replacement, if there is one.',
    sources: [SOURCES.rfc9110Gone],
    keywords: ['come back', 'temporary', 'permanent', 'customer'],
    retrieval: false,
  },
  {
    id: 'gone-not-deprecated',
    topic: 'faq',
    codes: ['410'],
    title: 'Is 410 deprecated?',
    text:
      'No, that claim is wrong: 410 Gone is defined in the current HTTP standard, RFC 9110 §15.5.11 (June 2022), and is not deprecated. ' +
      'It is less common than 404 because it is optional, but servers use it for intentional, permanent removals and search engines act on it by dropping the URL sooner.',
    sources: [SOURCES.rfc9110Gone, SOURCES.rfc9110Obsoletes],
    keywords: ['deprecated', 'obsolete', 'nobody uses'],
    retrieval: false,
  },
  {
    id: 'unauthorized-forbidden-not-interchangeable',
    topic: 'faq',
    codes: ['401', '403'],
    title: 'Are 401 and 403 interchangeable?',
    text:
      'No, they are not interchangeable: 401 says the request lacks valid authentication, so the client should log in or refresh its token and try again (RFC 9110 §15.5.2, with a WWW-Authenticate challenge), while 403 says the server understood and refuses, and authenticating again will not help (§15.5.4). ' +
      'Clients branch on the difference: a 401 makes them re-authenticate, a 403 makes them stop and show "no permission".',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc9110Forbidden],
    keywords: ['interchangeable', 'same', 'either'],
    retrieval: false,
  },
  {
    id: 'unauthorized-credentials-refused',
    topic: 'protocol',
    codes: ['401'],
    title: 'A 401 to a request that carried credentials',
    text:
      'RFC 9110 §15.5.2: if the request already included credentials, the 401 means authorization has been refused for those credentials (they are invalid or expired, or were revoked). ' +
      'The client may repeat the request with new or replaced credentials, such as a refreshed token or a new login; sending the same ones again will not help.',
    sources: [SOURCES.rfc9110Unauthorized],
    keywords: ['already had credentials', 'refused', 'credentials'],
    retrieval: false,
  },
  {
    id: 'forbidden-is-not-unauthenticated',
    topic: 'faq',
    codes: ['403', '401'],
    title: 'Does 403 mean "not logged in"?',
    text:
      'No, that is 401: "not logged in" (no credentials, or invalid or expired ones) is 401 Unauthorized, which invites the client to authenticate (RFC 9110 §15.5.2). ' +
      '403 Forbidden means the server understood the request and refuses it, and logging in will not help (§15.5.4).',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc9110Forbidden],
    keywords: ['not logged in', 'claim'],
    retrieval: false,
  },
  {
    id: 'unauthorized-is-not-forbidden',
    topic: 'faq',
    codes: ['401', '403'],
    title: 'Does 401 mean "no permission"?',
    text:
      'No, that is 403: a caller who is authenticated but lacks the permission gets 403 Forbidden (RFC 9110 §15.5.4). ' +
      'Despite its name, 401 Unauthorized is about authentication: credentials are missing or invalid, and the client should authenticate and try again (§15.5.2).',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110Unauthorized],
    keywords: ['no permission', 'claim'],
    retrieval: false,
  },
  {
    id: 'http-library-errors',
    topic: 'client',
    codes: ['401', '403', '404', '410'],
    title: 'Do fetch() and axios throw on 401/403/404?',
    text:
      'fetch() does not throw on any HTTP status: a 401, 403, 404 or 410 resolves normally with response.ok === false, and only a network failure rejects, so check response.ok or response.status yourself. ' +
      'axios does the opposite by default: it rejects the promise for any status outside 2xx (error.response.status holds the code), unless validateStatus is changed.',
    sources: [SOURCES.fetchMethod, SOURCES.axiosValidateStatus],
    keywords: ['fetch', 'axios', 'throw', 'reject'],
    retrieval: false,
  },
  {
    id: 'not-found-says-nothing-of-auth',
    topic: 'faq',
    codes: ['404', '401'],
    title: 'Does a 404 say the caller is authenticated?',
    text:
      'No: a 404 only says there is nothing at that URL for this request (RFC 9110 §15.5.5); it says nothing about who is calling, and an anonymous caller can get a 404 as well as a logged-in one. ' +
      'A server that hides a resource may even answer 404 before or instead of checking credentials.',
    sources: [SOURCES.rfc9110NotFound],
    keywords: ['authenticated', 'logged in'],
    retrieval: false,
  },
  {
    id: 'rfc-9110-date',
    topic: 'protocol',
    codes: ['401', '403', '404', '410'],
    title: 'When RFC 9110 was published',
    text:
      'RFC 9110 (HTTP Semantics) was published in June 2022; it obsoletes RFC 7231 and RFC 7235, which had defined the status codes since June 2014.',
    sources: [SOURCES.rfc9110Obsoletes],
    keywords: ['published', 'released', 'date', 'year'],
    retrieval: false,
  },
  {
    id: 'client-on-401',
    topic: 'client',
    codes: ['401', '403'],
    title: 'What apps and SDKs do on 401',
    text:
      'A well-behaved app or SDK treats a 401 as "credentials missing or no longer valid": it refreshes its access token once and retries, and only if the refresh fails does it send the user back to the login screen (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token). ' +
      'On a 403 it does not log the user out or retry, since new credentials will not help: it shows "no permission".',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc6750ErrorCodes, SOURCES.rfc9110Forbidden],
    keywords: ['mobile app', 'sdk', 'log out', 'refresh'],
    retrieval: false,
  },
  {
    id: 'crawlers-revisit-404',
    topic: 'seo',
    codes: ['404', '410'],
    title: 'Do crawlers come back to 404 URLs?',
    text:
      'Yes: crawlers such as Googlebot keep re-fetching a URL that answers 404 now and then, less often over time, in case it comes back, and drop it from the index after repeated 404s. ' +
      'A 410 Gone says the removal is intentional and permanent (RFC 9110 §15.5.11), so crawlers usually drop it faster and revisit it less.',
    sources: [SOURCES.searchCentral, SOURCES.rfc9110NotFound, SOURCES.rfc9110Gone],
    keywords: ['crawler', 'googlebot', 'recrawl', 'revisit'],
    retrieval: false,
  },
  {
    id: 'hiding-404-tradeoffs',
    topic: 'faq',
    codes: ['404', '403'],
    title: 'The trade-offs of hiding with 404',
    text:
      'Hiding with 404 (allowed by RFC 9110 §15.5.4) keeps callers from learning what exists, but it costs clarity: legitimate users and support cannot tell "no access" from "not there", so nobody knows to ask for access, support tickets and debugging take longer, monitoring mixes permission failures with missing resources, and clients cannot branch on the difference. ' +
      'Use it where existence itself is sensitive, and keep the real reason (denied vs missing) in your logs.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound, SOURCES.guide],
    keywords: ['downsides', 'trade-offs', 'support', 'privacy'],
    retrieval: false,
  },
  {
    id: 'hiding-404-section',
    topic: 'protocol',
    codes: ['404', '403'],
    title: 'Which section allows hiding with 404',
    text:
      'RFC 9110 §15.5.4 (403 Forbidden): an origin server that wishes to "hide" the current existence of a forbidden target resource MAY instead respond with 404 (Not Found); §15.5.5 (404) matches it, saying 404 covers a server that is not willing to disclose that a representation exists.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound],
    keywords: ['section', 'hide', 'allows'],
    retrieval: false,
  },
  // ── know6 set: the characters of error_description, a removal announced ahead, error bodies, robots.txt ──
  {
    id: 'bearer-error-description-chars',
    topic: 'protocol',
    codes: ['401', '403'],
    title: 'Which characters error_description may hold',
    text:
      'RFC 6750 §3 limits error_description to human-readable printable ASCII: %x20-21 / %x23-5B / %x5D-7E, so no double quote, no backslash and nothing outside ASCII (a quoted or escaped value inside it breaks strict parsers). ' +
      'Drop the quotes (token bad: kid abc not found), or put the details in the response body or behind error_uri.',
    sources: [SOURCES.rfc6750Challenge],
    keywords: ['error_description', 'characters', 'ascii', 'quote', 'backslash', 'escape'],
    retrieval: false,
  },
  {
    id: 'sunset-header',
    topic: 'protocol',
    codes: ['410', '404'],
    title: 'Announcing a removal before it happens',
    text:
      'The Sunset response header (RFC 8594) announces the date and time after which a resource is expected to become unavailable, for example Sunset: Sat, 31 Jan 2026 23:59:59 GMT, optionally with a Link rel="sunset" to the migration notes; the Deprecation header (RFC 9745) says it is already deprecated. ' +
      'Send them on the old endpoints well before the date, then answer 410 Gone once the removal is done (RFC 9110 §15.5.11).',
    sources: [SOURCES.rfc8594Sunset, SOURCES.rfc9110Gone],
    keywords: ['sunset', 'deprecation', 'announce', 'removal date', 'in advance'],
    retrieval: false,
  },
  {
    id: 'problem-details',
    topic: 'api',
    codes: ['401', '403', '404', '410'],
    title: 'A standard format for error bodies',
    text:
      'There is one: Problem Details for HTTP APIs, RFC 9457 (which obsoletes RFC 7807), defines application/problem+json with the members type, title, status, detail and instance, and lets you add your own members. ' +
      'Use it for the bodies of 401, 403, 404 and 410 alike, and keep a 404 that hides a forbidden resource identical to a real one.',
    sources: [SOURCES.rfc9457ProblemDetails, SOURCES.rfc9110ClientError],
    keywords: ['problem details', 'problem+json', 'error format', 'json error', '7807', '9457'],
    retrieval: false,
  },
  {
    id: 'robots-txt-4xx',
    topic: 'seo',
    codes: ['403', '404', '401', '410'],
    title: 'A robots.txt that answers 4xx',
    text:
      'Google treats a robots.txt that answers a 4xx (401, 403, 404, 410 …, except 429) as if no robots.txt exists: it crawls the host with no restrictions, so a WAF that blocks robots.txt with 403 silently lifts your disallow rules. ' +
      'A 5xx or 429 is different: crawling is paused or the last cached copy is used. Let the crawler fetch robots.txt with 200.',
    sources: [SOURCES.googleRobotsTxt, SOURCES.searchCentral],
    keywords: ['robots.txt', 'googlebot', 'crawl', 'disallow'],
    retrieval: false,
  },
  {
    id: 'gone-not-for-temporary',
    topic: 'when-to-use',
    codes: ['410', '404', '503'],
    title: '410 is not for something that may come back',
    text:
      'No: 410 Gone says the removal is intentional and expected to be permanent (RFC 9110 §15.5.11), and clients and crawlers drop the URL when they see it. ' +
      'Something that may come back later answers 404 Not Found; something only down for a while (maintenance, an outage) answers 503 Service Unavailable, with Retry-After when you know how long (RFC 9110 §15.6.4).',
    sources: [SOURCES.rfc9110Gone, SOURCES.rfc9110NotFound, SOURCES.rfc9110ServiceUnavailable],
    keywords: ['temporary', 'maintenance', 'come back', 'bring back'],
    retrieval: false,
  },
  {
    id: 'gone-unknown-permanence',
    topic: 'when-to-use',
    codes: ['404', '410'],
    title: 'Removal not known to be permanent: 404',
    text:
      '404: RFC 9110 §15.5.11 says that if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410 Gone. ' +
      'So use 404 until you know the removal is for good: 410 is only for a removal the server knows to be intentional and permanent.',
    sources: [SOURCES.rfc9110Gone, SOURCES.rfc9110NotFound],
    keywords: ['does not know', 'permanent', 'unsure'],
    retrieval: false,
  },
  // ── know6 set: why a valid token fails on one server, what hiding with 404 does not do, old wording, schemes ──
  {
    id: 'clock-skew-401',
    topic: 'scenarios',
    codes: ['401'],
    title: 'How a server clock causes 401',
    text:
      'A token is judged against the clock of the server that checks it: its expiry (exp) and not-before (nbf) times are compared with that server\'s time (RFC 7519 §4.1.4–4.1.5). ' +
      'A server whose clock runs behind or ahead of the issuer\'s sees a fresh token as not yet valid, or a live one as already expired, and rejects it as invalid_token, which is a 401 (RFC 6750 §3.1). ' +
      'Keep every server in time sync (NTP) and allow a small leeway, a minute or two, when checking exp and nbf.',
    sources: [SOURCES.rfc7519TimeClaims, SOURCES.rfc6750ErrorCodes, SOURCES.rfc9110Unauthorized],
    keywords: ['clock', 'skew', 'ntp', 'exp', 'nbf', 'not yet valid'],
    retrieval: false,
  },
  {
    id: 'hiding-404-not-access-control',
    topic: 'faq',
    codes: ['404', '403'],
    title: 'Hiding with 404 is no access check',
    text:
      'Hiding with 404 is not access control: answering 404 only hides from the caller that the resource exists (RFC 9110 §15.5.4 allows it), so it cannot replace the check. ' +
      'The server must still check the caller\'s permission on every request, whatever the caller knows or guesses of the URL or id, and refuse (403, or the hiding 404) when it fails; hiding is defence in depth on top of that check, never a substitute for it.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound, SOURCES.guide],
    keywords: ['obscurity', 'access check', 'authorization check', 'defence in depth'],
    retrieval: false,
  },
  {
    id: 'hiding-404-timing',
    topic: 'faq',
    codes: ['404', '403'],
    title: 'A hiding 404 that is slower leaks',
    text:
      'It can: when the hiding 404 takes measurably longer (or shorter) than a genuine 404, the response time is a timing side channel, and an attacker who times requests can tell hidden resources from missing ones and enumerate what exists, although the status is the same. ' +
      'Make both paths do the same work (look the resource up and check access in both cases) or even out their timing, and keep body, headers and caching identical: the 404 of RFC 9110 §15.5.4 hides existence only if nothing tells the two apart.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound, SOURCES.guide],
    keywords: ['timing', 'latency', 'side channel', 'enumeration'],
    retrieval: false,
  },
  {
    id: 'forbidden-wording-history',
    topic: 'protocol',
    codes: ['403'],
    title: 'How the 403 definition changed since RFC 2616',
    text:
      'RFC 9110 does not keep it: RFC 2616 §10.4.4 said of 403 "Authorization will not help and the request SHOULD NOT be repeated", but RFC 7231 §6.5.3 (2014) dropped that sentence, and RFC 9110 §15.5.4 keeps the newer wording. ' +
      'Now 403 means the server understood the request but refuses to fulfil it; if credentials were provided, it considers them insufficient to grant access, and the client SHOULD NOT automatically repeat the request with the same credentials but MAY repeat it with new or different ones.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc2616Forbidden, SOURCES.rfc9110Obsoletes],
    keywords: ['2616', 'authorization will not help', 'wording', 'changed'],
    retrieval: false,
  },
  {
    id: 'basic-needs-tls',
    topic: 'protocol',
    codes: ['401'],
    title: 'Basic authentication needs TLS',
    text:
      'Not without TLS: Basic sends the user-id and password only base64-encoded, which anyone on the path can decode, so over plain http the credentials travel as cleartext. ' +
      'RFC 7617 §4 says Basic is not a secure method of user authentication unless used together with an external secure system such as TLS: challenge for Basic only over https. The 401 and its WWW-Authenticate: Basic challenge are the same either way.',
    sources: [SOURCES.rfc7617Security, SOURCES.rfc9110WwwAuthenticate],
    keywords: ['basic', 'plain http', 'cleartext', 'base64', 'tls'],
    retrieval: false,
  },
  {
    id: 'basic-challenge-params',
    topic: 'protocol',
    codes: ['401'],
    title: 'The parameters of a Basic challenge: realm and charset',
    text:
      'In a Basic challenge the realm parameter is REQUIRED (RFC 7617 §2), for example WWW-Authenticate: Basic realm="staging", charset="UTF-8"; it names the protection space whose resources share the same user-id and password (unlike a Bearer challenge, where realm is optional). ' +
      'The only other parameter Basic defines is charset, whose only allowed value is "UTF-8" (matched case-insensitively): it tells the client the server expects the user-id and password to be encoded as UTF-8 before base64 (RFC 7617 §2.1), so non-ASCII names and passwords survive; without it the encoding is left unspecified.',
    sources: [SOURCES.rfc7617Challenge, SOURCES.rfc7617Charset],
    keywords: ['basic', 'realm', 'charset', 'utf-8', 'encoding', '7617'],
    retrieval: false,
  },
  {
    id: 'scenarios-410',
    topic: 'scenarios',
    codes: ['410'],
    title: 'What a rise in 410s tells you',
    text:
      'More 410s means more requests for things that were removed on purpose: look at which paths they hit (a release or cleanup that retired endpoints or content, perhaps more than intended), at who asks (an old app or SDK version still calling a retired API, a partner integration, crawlers following old links or sitemaps) and at whether your own pages, sitemaps or docs still link there. ' +
      'Fix the internal links, tell the remaining callers where to go (a redirect if there is a successor), and check that nothing was marked gone by mistake (RFC 9110 §15.5.11).',
    sources: [SOURCES.rfc9110Gone],
    keywords: ['410 spike', 'more 410s', 'retired', 'old clients', 'old links'],
    retrieval: false,
  },
  {
    id: 'challenge-definition',
    topic: 'protocol',
    codes: ['401'],
    title: 'What a challenge is in HTTP authentication',
    text:
      'A challenge is how a server tells a client how to authenticate: an auth-scheme name (Basic, Bearer, Digest…) followed by parameters such as realm, sent in WWW-Authenticate with a 401 (or in Proxy-Authenticate with a 407) (RFC 9110 §11.3, §11.6.1). ' +
      'The client answers it by repeating the request with an Authorization header holding credentials for one of the schemes offered, for example WWW-Authenticate: Bearer realm="api" answered by Authorization: Bearer <token>.',
    sources: [SOURCES.rfc9110Challenge, SOURCES.rfc9110WwwAuthenticate],
    keywords: ['challenge', 'auth-scheme', 'www-authenticate', 'scheme', 'parameters'],
    retrieval: false,
  },
  {
    id: 'authn-authz-codes',
    topic: 'definition',
    codes: ['401', '403'],
    title: 'Authentication and authorization in status codes',
    text:
      'Authentication is proving who you are; authorization is whether you may do this. A failed or missing authentication gets 401 Unauthorized (despite its name) with a WWW-Authenticate challenge, and logging in or refreshing the token fixes it (RFC 9110 §15.5.2). ' +
      'A failed authorization, a known caller without the permission, role or scope, gets 403 Forbidden, which re-authenticating will not fix (RFC 9110 §15.5.4); a server may answer 404 instead to hide that the resource exists.',
    sources: [SOURCES.rfc9110Unauthorized, SOURCES.rfc9110Forbidden],
    keywords: ['authentication', 'authorization', 'authn', 'authz'],
    retrieval: false,
  },
  {
    id: 'hiding-404-audience',
    topic: 'when-to-use',
    codes: ['404', '403'],
    title: 'Whom a hiding 404 hides the resource from',
    text:
      'A hiding 404 is for callers who are not allowed to access the resource and should not even learn it exists: other tenants, non-members of a private project or repository, people outside the owner\'s circle, and attackers probing ids to enumerate what is real (RFC 9110 §15.5.4). ' +
      'Callers who may access it get it; a caller who already knows it exists, or may know, gets the honest 403.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound],
    keywords: ['who', 'hide from', 'unauthorized callers', 'attackers'],
    retrieval: false,
  },
  {
    id: 'spec-bearer',
    topic: 'protocol',
    codes: ['401', '403'],
    title: 'The Bearer scheme and RFC 6750',
    text:
      '"Bearer" is the authentication scheme for OAuth 2.0 bearer tokens, defined by RFC 6750 (2012): whoever holds, or "bears", the token may use it, with no further proof of who they are (RFC 6750 §1.2), so it must be kept secret and sent only over TLS. ' +
      'The client sends Authorization: Bearer <token>; a resource server challenges with WWW-Authenticate: Bearer, optionally with realm, scope and an error code such as invalid_token (RFC 6750 §3).',
    sources: [SOURCES.rfc6750BearerToken, SOURCES.rfc6750Challenge],
    keywords: ['bearer', '6750', 'oauth', 'scheme'],
    retrieval: false,
  },
  {
    id: 'gone-needs-a-past',
    topic: 'when-to-use',
    codes: ['410', '404'],
    title: '410 is only for what existed',
    text:
      '410 Gone is only for a resource that used to exist and was removed on purpose, for good: RFC 9110 §15.5.11 says the target is no longer available at the origin server. ' +
      'A URL that never existed has nothing to be gone, so it gets 404 Not Found (§15.5.5); a 410 there would tell clients and crawlers that something was once there and deliberately taken away.',
    sources: [SOURCES.rfc9110Gone, SOURCES.rfc9110NotFound],
    keywords: ['never existed', 'existed before', 'used to exist'],
    retrieval: false,
  },
  // ── review R12 (tuner r): a document or section asked by name, and details the broader entries left out ──
  {
    id: 'spec-www-authenticate',
    topic: 'protocol',
    codes: ['401', '407'],
    title: 'Where WWW-Authenticate is defined',
    text:
      'RFC 9110 §11.6.1 defines the WWW-Authenticate response header field: it carries one or more challenges, and a 401 MUST send at least one (§15.5.2). ' +
      'The credentials that answer it go in Authorization (§11.6.2); a proxy uses Proxy-Authenticate and Proxy-Authorization instead (§11.7.1, §11.7.2). For Bearer tokens, RFC 6750 §3 defines the challenge\'s attributes (realm, scope, error, error_description, error_uri).',
    sources: [SOURCES.rfc9110WwwAuthenticate, SOURCES.rfc9110Authorization, SOURCES.rfc6750Challenge],
    keywords: ['www-authenticate', 'section', 'defined'],
    retrieval: false,
  },
  {
    id: 'spec-6750-sections',
    topic: 'protocol',
    codes: ['400', '401', '403'],
    title: 'What each section of RFC 6750 covers',
    text:
      'RFC 6750 §3 defines the WWW-Authenticate response header field for the Bearer scheme: the challenge and its attributes realm, scope, error, error_description and error_uri. ' +
      '§3.1 lists its error codes: invalid_request (400), invalid_token (401) and insufficient_scope (403). §2 covers how the client sends the token: the Authorization header (§2.1), a form-encoded body (§2.2) or the URI query (§2.3).',
    sources: [SOURCES.rfc6750Challenge, SOURCES.rfc6750ErrorCodes, SOURCES.rfc6750SendingTokens],
    keywords: ['6750', 'section', '§3', '§3.1'],
    retrieval: false,
  },
  {
    id: 'spec-before-9110',
    topic: 'protocol',
    codes: ['401', '403', '404', '410'],
    title: 'Where the codes were defined before RFC 9110',
    text:
      'Cite RFC 9110 (June 2022), which obsoletes RFC 7231 and RFC 7235: §15.5.2 for 401, §15.5.4 for 403, §15.5.5 for 404 and §15.5.11 for 410. ' +
      'Before it, 401 Unauthorized was defined in RFC 7235 §3.1 (HTTP/1.1 Authentication, with 407 and the WWW-Authenticate and Authorization headers), while 403, 404 and 410 were in RFC 7231 §6.5.3, §6.5.4 and §6.5.9; RFC 2616 §10.4 had them all before that.',
    sources: [SOURCES.rfc9110Obsoletes, SOURCES.rfc9110Unauthorized, SOURCES.rfc9110Forbidden],
    keywords: ['7231', '7235', '2616', 'before', 'cite'],
    retrieval: false,
  },
  {
    id: 'not-found-nondisclosure',
    topic: 'definition',
    codes: ['404', '403'],
    title: 'The 404 definition covers non-disclosure',
    text:
      'RFC 9110 §15.5.5 itself covers it: 404 means the origin server did not find a current representation for the target resource, or is not willing to disclose that one exists. ' +
      '§15.5.4 draws the consequence for refusals: a server that wishes to hide a forbidden resource from the caller may answer 404 instead of 403.',
    sources: [SOURCES.rfc9110NotFound, SOURCES.rfc9110Forbidden],
    keywords: ['disclose', 'non-disclosure', 'willing'],
    retrieval: false,
  },
  {
    id: 'oauth-invalid-client',
    topic: 'protocol',
    codes: ['400', '401'],
    title: 'invalid_client and the other token-endpoint errors',
    text:
      'invalid_client is not one of RFC 6750\'s errors: RFC 6750 §3.1 defines only invalid_request (400), invalid_token (401) and insufficient_scope (403), for requests to a protected resource. ' +
      'invalid_client, like invalid_grant, unauthorized_client, unsupported_grant_type and invalid_scope, is a token-endpoint error of RFC 6749 §5.2: the client failed to authenticate when asking for a token (400, or 401 with WWW-Authenticate when it authenticated with the Authorization header).',
    sources: [SOURCES.rfc6749TokenErrors, SOURCES.rfc6750ErrorCodes],
    keywords: ['invalid_client', 'invalid_grant', '6749', 'token endpoint'],
    retrieval: false,
  },
  {
    id: 'legal-blocked-by',
    topic: 'neighbour',
    codes: ['451'],
    title: 'Who is blocking: the blocked-by link relation',
    text:
      'A Link header with rel="blocked-by" (RFC 7725 §4): a server answering 451 should include it to identify the entity that implements the block, such as the service provider or network operator, not the authority that demanded it. ' +
      'The body should explain the legal demand; clients act on the 451 itself (RFC 7725 §3).',
    sources: [SOURCES.rfc7725BlockedBy, SOURCES.rfc7725LegalReasons],
    keywords: ['451', 'blocked-by', 'link relation'],
    retrieval: false,
  },
  {
    id: 'reason-phrase-http2',
    topic: 'protocol',
    codes: ['404'],
    title: 'HTTP/2 and HTTP/3 carry no reason phrase',
    text:
      'No: HTTP/2 and HTTP/3 carry only the three-digit code, in the :status pseudo-header field (RFC 9113 §8.3.2, RFC 9114 §4.3.2); there is no reason phrase on the wire, so a client that shows "Not Found" takes the words from its own table. ' +
      'Only the HTTP/1.1 status line has a reason phrase, which a server may change and clients should ignore (RFC 9112 §4).',
    sources: [SOURCES.rfc9113Status, SOURCES.rfc9112StatusLine],
    keywords: ['http/2', 'http/3', 'reason phrase', ':status'],
    retrieval: false,
  },
  {
    id: 'spec-caching',
    topic: 'caching',
    codes: ['404', '410'],
    title: 'Which RFC defines HTTP caching',
    text:
      'RFC 9111 (HTTP Caching, June 2022) defines how caches store and reuse responses, Cache-Control included; it obsoletes RFC 7234. ' +
      'Which status codes are heuristically cacheable (404 and 410 among them, not 401 or 403) is set by RFC 9110 §15.1, and how long a cache may keep them without explicit freshness by RFC 9111 §4.2.2.',
    sources: [SOURCES.rfc9111Heuristic, SOURCES.rfc9110StatusCodes],
    keywords: ['9111', 'caching', 'cache-control', '7234'],
    retrieval: false,
  },
  {
    id: 'spec-oauth-family',
    topic: 'protocol',
    codes: ['400', '401', '403'],
    title: 'The RFCs of OAuth 2.0 and its tokens',
    text:
      'OAuth 2.0 itself is RFC 6749: the grants, the token endpoint and its errors such as invalid_client (§5.2). Using a bearer token at a resource server is RFC 6750 (WWW-Authenticate: Bearer, invalid_token → 401, insufficient_scope → 403). ' +
      'JSON Web Tokens are RFC 7519, the JWT profile for access tokens RFC 9068, token introspection RFC 7662 and token revocation RFC 7009.',
    sources: [SOURCES.rfc6749TokenErrors, SOURCES.rfc6750ErrorCodes, SOURCES.rfc7519TimeClaims],
    keywords: ['6749', 'oauth 2.0', 'jwt', '7519'],
    retrieval: false,
  },
  // ── review R14 (tuner y) ──
  {
    id: 'problem-details-members',
    topic: 'api',
    codes: ['401', '403', '404', '410'],
    title: 'The members of a problem details object',
    text:
      'A problem details body is served as application/problem+json, and its standard members are all optional (RFC 9457 §3.1): type, a URI naming the kind of problem (the default, about:blank, says the problem means nothing beyond the HTTP status code, and title should then be that status\'s reason phrase); title, a short summary of the type; status, the HTTP status code, advisory only, which must be the same as the status of the actual response; detail, an explanation of this occurrence; and instance, a URI reference identifying this specific occurrence. ' +
      'You may add members of your own; clients ignore those they do not know.',
    sources: [SOURCES.rfc9457Members],
    keywords: ['problem details', 'members', 'instance', 'about:blank', 'problem+json'],
    retrieval: false,
  },
  {
    id: 'gone-remove-links',
    topic: 'seo',
    codes: ['410'],
    title: '410 asks for links to be removed',
    text:
      'A 410 asks those who link to the URI to remove their links: RFC 9110 §15.5.11 says that recipients with link-editing capabilities ought to delete references (links, bookmarks) to it, since 410 exists mainly to help web maintenance by telling them the removal is intentional and permanent. ' +
      'A 404 carries no such request, because it does not say whether the absence will last.',
    sources: [SOURCES.rfc9110Gone],
    keywords: ['410', 'links', 'references', 'bookmarks', 'link editing'],
    retrieval: false,
  },
  {
    id: 'gone-purpose',
    topic: 'definition',
    codes: ['410'],
    title: 'What 410 is for, per RFC 9110',
    text:
      'RFC 9110 §15.5.11 says 410 Gone is primarily intended to assist web maintenance: it tells the recipient that the resource is intentionally unavailable and that its owners want remote links to it removed, so clients with link-editing capabilities ought to delete references to the URI. ' +
      'The RFC names limited-time, promotional services and resources of people no longer associated with the site as typical uses; when the server cannot tell whether the removal is permanent, 404 ought to be used instead.',
    sources: [SOURCES.rfc9110Gone],
    keywords: ['410', 'purpose', 'web maintenance', 'links', 'intended'],
    retrieval: false,
  },
  {
    id: 'oauth-invalid-grant',
    topic: 'protocol',
    codes: ['400', '401'],
    title: 'An expired refresh token at the token endpoint',
    text:
      'At the token endpoint an expired, revoked or otherwise invalid refresh token (or authorization code) gets 400 Bad Request with error=invalid_grant (RFC 6749 §5.2), not 401: invalid_token and its 401 belong to requests to a protected resource (RFC 6750 §3.1). ' +
      'The client cannot fix it by retrying; it has to send the user through authorization again for a new grant.',
    sources: [SOURCES.rfc6749TokenErrors, SOURCES.rfc6750ErrorCodes],
    keywords: ['refresh token', 'invalid_grant', 'token endpoint', '6749'],
    retrieval: false,
  },
  {
    id: 'auth-backend-down',
    topic: 'neighbour',
    codes: ['401', '500', '503'],
    title: 'The auth backend is down',
    text:
      'When the server cannot check credentials because its own identity provider, auth service or key endpoint is down, the failure is the server\'s: answer 5xx, usually 503 Service Unavailable (RFC 9110 §15.6.4, with Retry-After if you know when), or 500/502/504 as fits, not 401. ' +
      'A 401 would tell the client its credentials are bad and send users to log in again, which cannot help while the backend is out.',
    sources: [SOURCES.rfc9110Unavailable, SOURCES.rfc9110ServerError, SOURCES.rfc9110Unauthorized],
    keywords: ['outage', 'identity provider', 'auth service down', '503'],
    retrieval: false,
  },
  {
    id: 'cors-error-responses',
    topic: 'protocol',
    codes: ['401', '403', '404'],
    title: 'A CORS error in place of the real status',
    text:
      'The browser reports a CORS error, and hides the status from your script, when a cross-origin response lacks Access-Control-Allow-Origin (and Access-Control-Allow-Credentials when cookies are sent): error responses such as a 401, 403 or 404 often lack them because the framework, gateway or WAF that answers them skips the CORS middleware. ' +
      'Add the CORS headers to error responses too, and make sure the preflight gets a 2xx; then the script sees the real 403.',
    sources: [SOURCES.fetchCorsCheck, SOURCES.fetchCorsPreflight],
    keywords: ['cors error', 'access-control-allow-origin', 'browser', 'error response'],
    retrieval: false,
  },
  {
    id: 'status-history',
    topic: 'definition',
    codes: ['401', '403', '404', '410'],
    title: 'When the four codes were introduced',
    text:
      '401, 403 and 404 date from HTTP/1.0 (RFC 1945 §9, 1996); 410 Gone was not in HTTP/1.0 and came with HTTP/1.1 in RFC 2068 (1997). ' +
      'All four were carried on through RFC 2616 and RFC 7231 and are now defined in RFC 9110 §15.5.',
    sources: [SOURCES.rfc1945StatusCodes, SOURCES.rfc2068Gone, SOURCES.rfc9110ClientError],
    keywords: ['history', 'http/1.0', '1945', '2068', 'introduced'],
    retrieval: false,
  },
  {
    id: 'forbidden-for-missing',
    topic: 'faq',
    codes: ['403', '404'],
    title: '403 for a missing object',
    text:
      'So that the answer does not reveal whether the object exists: a caller who may not list the bucket or collection gets 403 for a missing key just as for a forbidden one, because a 404 would let them probe which keys exist (object stores such as Amazon S3 do this, and answer 404 to callers who have list permission). ' +
      'It is the mirror of RFC 9110 §15.5.4\'s 404 that hides a forbidden resource: either way, missing and forbidden must look the same to a caller who may not know.',
    sources: [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound],
    keywords: ['403', 'missing object', 'list permission', 's3', 'existence'],
    retrieval: false,
  },
] as const satisfies readonly KnowledgeEntryShape[];

export type KnowledgeId = (typeof ENTRIES)[number]['id'];
export type KnowledgeEntry = KnowledgeEntryShape & { readonly id: KnowledgeId };

export const KNOWLEDGE: readonly KnowledgeEntry[] = ENTRIES;

const BY_ID = new Map<string, KnowledgeEntry>(KNOWLEDGE.map((entry) => [entry.id, entry]));

/** The entry with that id; ids are checked at compile time, so this cannot miss. */
export function knowledge(id: KnowledgeId): KnowledgeEntry {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`unknown knowledge entry: ${id}`);
  return entry;
}

/** The entry whose id a string names (a learned model's label), or null when none does. */
export const knowledgeNamed = (id: string): KnowledgeEntry | null => BY_ID.get(id) ?? null;
