import type { AskResult } from '../../../src/domain/types';

/**
 * Questions as on-call people actually type them, with the code they should get and the facts the
 * answer must mention (case-insensitive substrings; an inner array means "any of these").
 */
export interface AskCase {
  q: string;
  verdict: AskResult['verdict'];
  mentions: ReadonlyArray<string | readonly string[]>;
}

export const ASK_CASES: readonly AskCase[] = [
  // ── 403: authenticated, not allowed ───────────────────────────────────────────────────────
  { q: 'logged in but not an admin, deletes a project — 403 or 404?', verdict: '403', mentions: ['403', 'permission', ['retry', 'admin']] },
  { q: 'user has a valid jwt but not the admin role, hits DELETE /projects/42. 403 or 404?', verdict: '403', mentions: ['role', 'authenticated'] },
  { q: 'authenticated user w/o perms tries to edit a doc. what do we return', verdict: '403', mentions: ['403', 'permission'] },
  { q: 'perms check fails for a logged in user, what code', verdict: '403', mentions: ['403 forbidden', 'not retry'] },
  { q: 'user is authenticated but lacks the billing-admin role', verdict: '403', mentions: ['role', 'Re-authenticating'] },
  { q: 'non-admin tries to hit /admin/users, they are signed in. 403?', verdict: '403', mentions: ['403', 'role'] },
  { q: 'viewer role user trying to delete a dashboard, 403 or 404', verdict: '403', mentions: ['403', 'role or permission'] },
  { q: 'user has read access but tries to delete - forbidden or not found?', verdict: '403', mentions: ['403', 'permission'] },
  { q: 'new user missing a required role, calls fail. correct status?', verdict: '403', mentions: ['403', 'role'] },
  { q: 'only admins can export reports. a normal user tries. what should the api send back', verdict: '403', mentions: ['403', 'administrator'] },
  { q: "the rbac policy doesnt grant orders:refund to support agents, they're logged in. 401 or 403", verdict: '403', mentions: ['403', 'authenticated'] },
  { q: 'is 403 right when a logged-in user isnt allowed to approve their own expense?', verdict: '403', mentions: ['403'] },
  { q: 'user is not a member of the project but is authenticated, tries to view settings. code?', verdict: '403', mentions: ['403'] },
  { q: 'loggd in usr w/o permision to delete - 403 or 404', verdict: '403', mentions: ['403', 'permission'] },
  { q: 'authz fails but authn is fine. 401 or 403?', verdict: '403', mentions: ['403', ['authenticated', 'knows who']] },

  // ── 403: OAuth scope (RFC 6750 insufficient_scope) ─────────────────────────────────────────
  { q: 'token is missing the orders:write scope, what status', verdict: '403', mentions: ['insufficient_scope', 'RFC 6750', '403'] },
  // An error name and no case: the mapping is asked for (knowledge, no verdict), like the unseen set's
  // "insufficient_scope error, it go with which status?".
  { q: 'insufficient_scope error, what http status goes with it', verdict: null, mentions: ['403', 'scope'] },
  { q: 'oauth token created w/o the read:invoices scope, calls fail. 403?', verdict: '403', mentions: ['scope', '403'] },
  { q: 'valid bearer token but scopes dont include admin:write — 401 or 403', verdict: '403', mentions: ['insufficient_scope', 'not 401', 'scope'] },
  { q: 'api key only has read scope and the client is POSTing. which code', verdict: '403', mentions: ['scope', '403'] },
  { q: 'token lacks scope. should that be 401?', verdict: '403', mentions: ['403', 'scope'] },

  // ── 403: tenant, ownership, allowlist, account ────────────────────────────────────────────
  { q: 'user A tries to read user B\'s profile, should it be 403 or 404', verdict: '403', mentions: ['403', '404'] },
  { q: 'tenant 1 user requests /tenants/2/reports - 403 vs 404?', verdict: '403', mentions: ['tenant', '403', 'RFC 9110 §15.5.4'] },
  { q: 'logged in user from acme requests an invoice that belongs to another org. what code?', verdict: '403', mentions: ['tenant', '403'] },
  { q: 'cross-tenant request, tenant isolation check fails. which status?', verdict: '403', mentions: ['tenant isolation', '403'] },
  { q: 'ip not on the allowlist, request rejected. 403 or 401?', verdict: '403', mentions: ['allowlist', '403'] },
  { q: 'new service ip got blocked by the ip allowlist, what code should the gateway return', verdict: '403', mentions: ['allowlist', 'new service'] },
  { q: 'blocked by geo restriction — what status', verdict: '403', mentions: ['403'] },
  { q: "user's account is suspended, they call the api with a valid session. which code?", verdict: '403', mentions: ['suspended', '403'] },
  { q: 'email not verified yet, user tries to post. 403?', verdict: '403', mentions: ['403', 'verif'] },
  { q: 'free plan user tries to use a premium feature, 403?', verdict: '403', mentions: ['403', 'plan'] },
  { q: 'csrf token missing on form post, what do we send', verdict: '403', mentions: ['CSRF', '403'] },
  { q: 'directory listing disabled on /static/ — what status does nginx send and is it right?', verdict: '403', mentions: ['403'] },
  { q: 'we return 404 when a signed-in user lacks permission on a doc, should it be 403?', verdict: '403', mentions: ['Not 404', '403'] },

  // ── 404 to hide existence ─────────────────────────────────────────────────────────────────
  { q: "other tenant's invoice, we don't want to leak that it exists", verdict: '404', mentions: ['404', ['hide', 'existence'], 'RFC 9110 §15.5.4'] },
  { q: 'cross-tenant access to invoices, we dont want ppl to enumerate ids', verdict: '404', mentions: ['404', 'exist'] },
  { q: 'our api returns 404 when a user doesnt have access to a workspace so we dont leak which workspaces exist. is that ok?', verdict: '404', mentions: ['404', 'RFC 9110 §15.5.4'] },
  { q: 'user without access to a private repo; we do not want to reveal the repo exists. 403 or 404?', verdict: '404', mentions: ['404', 'exist', 'log'] },
  { q: 'can we return 404 instead of 403 to hide that the record exists from other customers?', verdict: '404', mentions: ['404', '§15.5.4'] },
  { q: 'security-sensitive admin endpoints, attackers shouldnt even know they exist. what code for non-admins?', verdict: '404', mentions: ['404', 'exist'] },
  { q: 'user not logged in tries to view private repo, we dont want to reveal it exists', verdict: '404', mentions: ['404', '401'] },
  { q: 'someone keeps probing for valid order ids of other users — 403 tells them the id is real. what instead?', verdict: '404', mentions: ['404', 'exist'] },

  // ── 401: not authenticated, invalid or expired credentials ────────────────────────────────
  { q: 'token expired', verdict: '401', mentions: ['401', ['refresh', 'log in again']] },
  { q: 'no credentials at all on the request, 401 or 403?', verdict: '401', mentions: ['401', 'WWW-Authenticate'] },
  { q: 'no auth header at all on /api/orders - 401 or 403?', verdict: '401', mentions: ['401', 'WWW-Authenticate'] },
  { q: 'request w/o token returns 403 today, is that right?', verdict: '401', mentions: ['401', '403'] },
  { q: 'what should we return when the bearer token is expired? currently 403', verdict: '401', mentions: ['invalid_token', '401'] },
  { q: 'api key revoked yesterday, customer still calling. which code?', verdict: '401', mentions: ['401'] },
  { q: 'jwt signature invalid -> 401 or 403', verdict: '401', mentions: ['401', 'WWW-Authenticate'] },
  { q: 'user isnt logged in and requests /settings, we send them a 403. correct?', verdict: '401', mentions: ['401', ['log in', 'authenticate']] },
  { q: 'anonymous user hits /admin — 401 or 403?', verdict: '401', mentions: ['401'] },
  { q: 'what do we return if the session cookie is expired', verdict: '401', mentions: ['401'] },
  { q: 'exipred tkn, mobile app gets 403 and just shows an error instead of refreshing. whats the right code', verdict: '401', mentions: ['401', 'refresh'] },
  { q: 'wrong password on basic auth endpoint - 401?', verdict: '401', mentions: ['401'] },
  { q: 'the jwt exp claim is in the past, gateway answers forbidden. should it?', verdict: '401', mentions: ['401', 'not 403'] },
  { q: 'client forgot to send the Authorization header, 401 or 403', verdict: '401', mentions: ['401', 'WWW-Authenticate'] },
  { q: 'unauthenticated request to a protected endpoint - which status?', verdict: '401', mentions: ['401'] },
  { q: 'token revoked after password reset, next call returns ? 401 vs 403', verdict: '401', mentions: ['401'] },
  { q: 'invalid_token from the resource server: 401 or 403?', verdict: '401', mentions: ['401', 'invalid_token'] },

  // ── 404: nothing there ────────────────────────────────────────────────────────────────────
  { q: 'GET /orders/999999 where order 999999 never existed, what code', verdict: '404', mentions: ['404', ['not retry', 'should not retry']] },
  { q: 'typo in url /api/v1/uesrs, what should we return', verdict: '404', mentions: ['404'] },
  { q: 'resource never existed, 403 or 404', verdict: '404', mentions: ['404', 'Not Found'] },
  { q: 'logged in user asks for a project id that doesnt exist. 403 or 404?', verdict: '404', mentions: ['404'] },
  { q: 'no such user id in the db, what status for GET /users/abc', verdict: '404', mentions: ['404'] },
  { q: 'request for a route we never implemented - 404 right?', verdict: '404', mentions: ['404'] },
  // Permanence is the deciding fact and the question does not give it: both outcomes, no verdict (issue #13,
  // and how all five evaluation sets label a removal of unstated permanence).
  { q: 'the product page was deleted, 404 or 410?', verdict: null, mentions: ['404', '410', 'permanent'] },
  { q: 'deleted accidentally, will restore tomorrow, 404 or 410?', verdict: '404', mentions: ['404', 'come back'] },
  { q: 'our spa returns 200 with a not found page for unknown routes. what should it return?', verdict: '404', mentions: ['soft 404', '404', ['index', 'crawl']] },

  // ── 410: removed on purpose, for good ─────────────────────────────────────────────────────
  { q: 'page removed for good', verdict: '410', mentions: ['410', ['delist', 'crawlers']] },
  { q: 'we retired the v1 api permanently, what should old endpoints return?', verdict: '410', mentions: ['410', 'permanent'] },
  { q: 'blog post removed on purpose and not coming back. 404 or 410', verdict: '410', mentions: ['410', 'crawlers'] },
  { q: 'should googlebot get 404 or 410 for discontinued products', verdict: '410', mentions: ['410', 'delist'] },
  { q: 'the /v1/legacy/export endpoint was removed last year and wont come back, what status?', verdict: '410', mentions: ['410'] },
  { q: 'we intentionally deleted the old campaign landing pages, they are never coming back. code?', verdict: '410', mentions: ['410', 'Gone'] },

  // ── Not asking for a code: caching ────────────────────────────────────────────────────────
  { q: 'are 404s cached?', verdict: null, mentions: ['heuristically cacheable', 'Cache-Control', 'CDN'] },
  { q: 'are 403 responses cacheable?', verdict: null, mentions: ['not heuristically cacheable', 'max-age'] },
  { q: 'can a cdn cache 403', verdict: null, mentions: ['403', 'Cache-Control'] },
  { q: 'cloudfront is caching 404s for 24h on /api/products/*, new products show 404. why?', verdict: null, mentions: ['max-age', 'no-store'] },
  { q: 'does a CDN cache 404 by default', verdict: null, mentions: ['heuristically cacheable', 'CDN'] },
  { q: 'do 403 and 404 get cached differently', verdict: null, mentions: ['heuristically cacheable', '403'] },
  { q: 'shoud we set cache-control on 404 for dynamic routes', verdict: null, mentions: ['no-store', 'dynamic'] },

  // ── Retry ─────────────────────────────────────────────────────────────────────────────────
  { q: 'should the client retry a 403?', verdict: null, mentions: ['not retry', 'permission'] },
  { q: 'is 403 safe to retry', verdict: null, mentions: ['retry', 'permission'] },
  { q: 'should the client retry a 404?', verdict: null, mentions: ['retry', ['URL', 'route']] },
  { q: 'do i retry on 401', verdict: null, mentions: ['credentials', ['refresh', 'log in']] },
  { q: 'mobile app keeps retrying 403s in a loop, hammering our api', verdict: null, mentions: ['retry', 'permission'] },
  { q: 'our sdk retries on every 4xx with backoff. ok for 403 and 404?', verdict: null, mentions: ['403', '404', 'retr'] },
  { q: 'token expired, should the client retry?', verdict: null, mentions: ['401', ['refresh', 'log in']] },

  // ── SEO / crawlers ────────────────────────────────────────────────────────────────────────
  { q: 'what is a soft 404', verdict: null, mentions: ['200', 'index'] },
  { q: 'do 403s hurt seo?', verdict: null, mentions: ['index', '403'] },
  { q: 'do 404 pages get indexed by google', verdict: null, mentions: ['index', ['dropped', 'delist']] },
  { q: 'googlebot hitting 403 from our WAF, pages dropping from search', verdict: null, mentions: ['403', 'index'] },
  { q: 'is it bad for seo to have lots of 404s?', verdict: null, mentions: ['404', 'index'] },
  { q: 'does 410 delist faster than 404 in google?', verdict: null, mentions: ['410', ['delist', 'index']] },
  { q: 'do 403 and 404 have seo or caching impact', verdict: null, mentions: ['cach', ['crawler', 'index']] },

  // ── Definitions, difference, FAQ ──────────────────────────────────────────────────────────
  { q: "what's the difference between 403 and 404", verdict: null, mentions: ['Forbidden', 'Not Found'] },
  { q: 'whats the diff btw 403 & 404 tl;dr', verdict: null, mentions: ['Forbidden', 'Not Found'] },
  { q: '403 vs 404', verdict: null, mentions: ['Forbidden', 'Not Found'] },
  { q: '403 or 404?', verdict: null, mentions: ['403', '404', ['depends', 'turns on']] },
  { q: 'what does forbidden mean', verdict: null, mentions: ['403', 'permission'] },
  { q: "what's 410", verdict: null, mentions: ['Gone', 'removed'] },
  { q: 'what does 401 mean', verdict: null, mentions: ['authentication', 'WWW-Authenticate'] },
  { q: '401 vs 403', verdict: null, mentions: ['401', '403', 'WWW-Authenticate'] },
  { q: 'when do i use 401 instead of 403', verdict: null, mentions: ['401', 'authentication'] },
  { q: 'is WWW-Authenticate required on 401', verdict: null, mentions: ['WWW-Authenticate', 'challenge'] },
  { q: 'can APIs safely return 403 instead of 404?', verdict: null, mentions: ['contract', ['branch', 'exact code']] },
  { q: 'why does it matter if we just return 404 for everything', verdict: null, mentions: ['retry', ['cache', 'monitoring']] },
  { q: 'will logging in again fix a 403?', verdict: null, mentions: ['No', '403'] },
  { q: '403 vs 404 which is more secure', verdict: null, mentions: ['404', 'exist'] },
  { q: 'how do i decide between 403 and 404', verdict: null, mentions: ['403', '404', 'Forbidden'] },

  // ── Scenarios and monitoring ──────────────────────────────────────────────────────────────
  { q: 'ip allowlist blocking new service ip, 403s spiking — what is going on', verdict: null, mentions: ['allowlist'] },
  { q: 'why are we seeing a spike of 404s after the deploy', verdict: null, mentions: ['deploy', 'rout'] },
  { q: 'is a baseline of 404s normal?', verdict: null, mentions: ['404', ['normal', 'always there']] },
  { q: '403s spiking for new users since this morning, common causes?', verdict: null, mentions: ['role'] },
  { q: '404s on urls that were 200 yesterday', verdict: null, mentions: ['routing regression'] },

  // ── Neighbours that are neither ───────────────────────────────────────────────────────────
  { q: 'rate limited user gets 403, should be?', verdict: null, mentions: ['429'] },
  { q: 'we moved the docs to /docs/v2, old urls 404 now. what should they return', verdict: null, mentions: ['301', 'redirect'] },
  { q: 'page temporarily unavailable due to maintenance, 404?', verdict: null, mentions: ['503'] },
  { q: 'user sends POST to a GET only endpoint, 404 or 403?', verdict: null, mentions: ['405'] },

  // ── Open questions: the deciding fact is missing ──────────────────────────────────────────
  { q: 'unauthorized user tries to access admin panel 401 or 403', verdict: null, mentions: ['401', '403', 'authenticated'] },
  { q: 'logged in user gets an error on /reports/7, should it be 403 or 404?', verdict: null, mentions: ['403', '404', 'allowed'] },
  { q: 'private doc, 403 or 404?', verdict: null, mentions: ['403', '404', 'secret'] },

  // ── Long incident stories and Slack style ─────────────────────────────────────────────────
  {
    q: 'so during the incident last night, around 2am, we saw thousands of 403s from the billing service. turns out the new deploy changed the RBAC policy and the support-agent role no longer had invoices:read. customers were calling support. one engineer suggested we should have returned 404 so the UI shows "not found" instead of "forbidden". is that right or should it stay 403?',
    verdict: '403',
    mentions: ['403', 'role'],
  },
  {
    q: '<!channel> heads up: after the auth migration the gateway started answering 403 to every request whose access token had expired, and the web app just shows "you do not have access" instead of sending people to login. pretty sure thats the wrong code?? what should it be',
    verdict: '401',
    mentions: ['401', 'WWW-Authenticate', 'refresh'],
  },
  {
    q: '<@U024BE7LH> question from the payments squad: merchant X can call GET /merchants/Y/payouts with their own valid api key. today we answer 403 but security review says that confirms merchant Y exists and lets people enumerate merchants. what should we do?',
    verdict: '404',
    mentions: ['404', 'RFC 9110 §15.5.4'],
  },
  {
    q: 'hey team :wave: we sunset the old /v1/reports pages in march, they are never coming back, but they still return 404 and google keeps crawling them. better code?',
    verdict: '410',
    mentions: ['410', 'crawl'],
  },
  // ── Paraphrases written from the sources, not from the code ───────────────────────────────
  { q: 'A user is authenticated but does not have permission to access a resource. Which status code should the server return?', verdict: '403', mentions: ['403', 'authenticated'] },
  { q: 'The client did not provide any credentials. Should the server return 401 or 403?', verdict: '401', mentions: ['401', 'WWW-Authenticate'] },
  { q: 'What status should an API return when an OAuth access token has expired?', verdict: '401', mentions: ['401', 'invalid_token'] },
  { q: 'An access token is valid but lacks the scope required for the endpoint. What status?', verdict: '403', mentions: ['insufficient_scope'] },
  { q: 'We want to hide the existence of a resource from users who are not allowed to see it. What status?', verdict: '404', mentions: ['404', 'RFC 9110 §15.5.4'] },
  { q: 'A resource was intentionally and permanently removed. What status code?', verdict: '410', mentions: ['410'] },
  { q: 'A URL never existed. 404 or 410?', verdict: '404', mentions: ['404'] },
  { q: 'Is a 404 response heuristically cacheable?', verdict: null, mentions: ['heuristically cacheable', 'RFC 9110 §15.1'] },
  { q: 'Should automated clients retry on 403?', verdict: null, mentions: ['retry', 'permission'] },
  { q: "What happens to SEO if a page returns 200 with 'page not found' content?", verdict: null, mentions: ['soft 404', 'index'] },
  { q: 'Can I return 404 instead of 403 for security reasons?', verdict: '404', mentions: ['404', 'exist'] },
  { q: 'user from tenant A requests data of tenant B', verdict: '403', mentions: ['tenant', '403'] },
  { q: 'User B requests /api/users/A/orders. B is logged in. We do not want B to learn whether A has orders. Which code?', verdict: '404', mentions: ['404'] },
  { q: '403 or 401 when the api key is disabled', verdict: '401', mentions: ['401'] },
  { q: 'link in an email points to an invoice id that was never issued', verdict: '404', mentions: ['404'] },
  { q: "the token isn't expired, it's valid, but the user isnt in the billing group", verdict: '403', mentions: ['403'] },
  { q: 'req w/ expird jwt gets 403 from api gw - shld be 401 rite?', verdict: '401', mentions: ['Not 403', '401'] },
  { q: 'the scope claim is missing write, 401?', verdict: '403', mentions: ['403', 'scope'] },
  { q: 'we deprecated /v1 and deleted it permanantly, what should callers see', verdict: '410', mentions: ['410'] },
  { q: '404 or 403 for a hidden feature flag endpoint that non-beta users shouldnt know about', verdict: '404', mentions: ['404'] },
  { q: 'is it ok that our api returns 404 for unauthorized access to other users\' resources?', verdict: '403', mentions: ['403', 'hide'] },
  { q: 'github returns 404 for private repos you cant see, why?', verdict: null, mentions: ['404', 'exist'] },
  { q: 'how should my mobile app handle 401 vs 403', verdict: null, mentions: ['401', '403'] },
  { q: 'what does RFC 9110 say about hiding resources with 404', verdict: null, mentions: ['404', '403'] },
  { q: 'SELECT * FROM users; DROP TABLE users;--', verdict: null, mentions: ['403 or 404'] },
];
