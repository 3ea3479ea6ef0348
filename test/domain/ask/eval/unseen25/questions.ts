import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 25, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a SaaS project-management tool (workspaces, boards, guest users, SSO and SCIM provisioning, public share links, an integrations marketplace) and the on-call, API, support and security people who run it. */

const R401 = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource (none sent, or the ones sent are refused); the server sends WWW-Authenticate.';
const R401_TOKEN = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) is answered with 401; RFC 9110 §15.5.2.';
const R403 = 'RFC 9110 §15.5.4: 403 means the server understood the request but refuses to fulfill it; the caller is authenticated and re-authenticating will not help (seed: missing role/permission).';
const R403_SCOPE = 'RFC 6750 §3.1: insufficient_scope (valid token, not enough privileges) is answered with 403; RFC 9110 §15.5.4.';
const R403_POLICY = 'RFC 9110 §15.5.4: authenticated caller refused by policy (IP allowlist, tenant isolation) and existence need not be hidden → 403; seed lists both as 403 scenarios.';
const R404_MISSING = 'RFC 9110 §15.5.5: 404 means the origin server did not find a current representation for the target resource; a never-existing or mistyped URL is 404.';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond with 404 instead of 403.';
const R404_UNSURE = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the removal is permanent, 404 should be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 means the resource is no longer available at the origin server and the condition is likely permanent; it was intentionally removed and links should be removed.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'scim sync from okta started failing overnight, every POST /scim/v2/Users comes back 500 rn. root cause: we rotated the scim bearer token on our side yesterday and okta still sends the old one, so its just not a valid token anymore. what should we return instead of the 500', R401_TOKEN),
  w('401', 'api', 'public api GET /v1/boards w/o any Authorization header at all, no cookie either, totally anonymous call. alice wants 403 b/c "theyre not allowed". i think thats wrong, what code', R401),
  w('401', 'support', 'customer says the desktop app errors out after laptop slept all weekend. logs show their access token exp was friday, so the token is expired, nothing else wrong w/ the acct. what status should the api give for an expired token', R401_TOKEN),
  w('401', 'nonnative', 'hello, in our board api when the JWT signature is not verifying (somebody changed the payload by hand) we answer 404 now. the token is simply not valid. which code is correct please', R401_TOKEN),
  w('401', 'security', 'pentest finding: /api/workspaces/{id}/export returns 403 when the session cookie is missing entirely, nobody is logged in on that request and no other credentials are sent. reviewer says wrong code. whats right', R401),
  w('401', 'sre', 'ok so context: we moved sso from saml to oidc last sprint, grafana is super noisy, pagerduty paged me twice, coffee machine broken lol. actual thing: after an idp logout the users old session cookie is unknown to us so we reject it, the request basically has no valid login anymore. right now the api sends a 302 to /login which breaks the mobile client. for the api calls, which status should it be', R401),
  w('401', 'api', 'marketplace: a 3rd party app calls our api w/ an oauth access token that the workspace admin revoked when they uninstalled the app. token is dead, not just missing a scope. bob says 403 b/c the admin "forbade" it. what do we return', R401_TOKEN),
  w('401', 'nonnative', 'guest user try to open board by api but he send Basic auth with the wrong password. password is wrong, it is not permission problem. what status we give', R401),
  w('401', 'support', 'ticket: customers zapier integration fails on every call. we checked, the api key they pasted has a trailing space so it doesnt match any key we have, we cant tell who they are. which code should they be seeing', R401),

  // ---- 403 ----
  w('403', 'sre', 'new hire gets an error on POST /boards/123/columns. they are logged in fine and can see the board, but their role on it is viewer and only editors can add columns. which code', R403),
  w('403', 'api', 'marketplace app is installed in the workspace and can read the board, token is valid but was granted only boards:read scope, and now it calls DELETE /boards/55. what do we return', R403_SCOPE),
  w('403', 'security', 'enterprise customer has an ip allowlist on their workspace. a member w/ a valid session calls the api from home, ip not on the list. we dont care if they know the workspace exists, theyre literally a member of it. 401 or 403', R403_POLICY),
  w('403', 'support', 'guest user (invited to one board) tries to open workspace settings > billing. they obviously know the workspace exists, they are in it, and theyre logged in. we currently return 404 and they think the page is broken. what should it be', R403),
  w('403', 'nonnative', 'my colleague say 401 for this case: user is authenticated with sso correctly, token is valid, but workspace admin disabled export for members, only admins can export. this user is member. which is correct code', R403),
  w('403', 'sre', "`if (user.role !== 'admin') return res.status(401).json({ error: 'nope' })` on the scim config endpoint. user is logged in, just not an admin, and the endpoint is in our public docs so nothing secret about it. is 401 right here", R403),
  w('403', 'api', 'scim token authenticates fine but its a read-only token type, and the idp does POST /scim/v2/Users to create a user with it. the endpoint exists and the idp knows it. which code', R403_SCOPE),
  w('403', 'security', 'tenant isolation: a user logged into the acme workspace calls GET /workspaces/globex/members. we decided workspace slugs are public (they show on public share pages anyway) so hiding existence isnt a concern. block it with which code', R403_POLICY),
  w('403', 'support', 'customer logs in ok, theyre an editor on the board and can see it, but they try to delete the board and only the board owner can delete boards. theyre on the free plan if that matters. 403 or 404', R403),
  w('403', 'nonnative', 'user is already authenticated, he try re-login many times, still cannot approve the integration install because only workspace owner may approve installs and he is normal member. support want to tell him log out and in again. which status we must send', R403),

  // ---- 404 ----
  w('404', 'sre', 'spike of errors on GET /b/8f3k2x, turns out a marketing email had a typo in the board link, that id never existed in any workspace. what code should those requests get', R404_MISSING),
  w('404', 'security', 'user in workspace A guesses the id of a private board in workspace B. theyre logged in but not a member of B. we must not leak that the board exists, board names are sensitive for some customers. 403 or 404', R404_HIDE),
  w('404', 'support', 'customer deleted a board yesterday, it sits in trash and can be restored for 30 days. someone hits the old board url. not sure yet if they will restore it or not. should that be 410', R404_UNSURE),
  w('404', 'api', 'GET /v1/integrations/slak (typo, should be slack). no integration w/ that name ever existed in the marketplace. dev suggests 400 bad request. what status is right', R404_MISSING),
  w('404', 'nonnative', 'private board is only for invited members. a guest who is logged in but not invited opens the url. we want the guest cannot know even that this board is exist. which code', R404_HIDE),
  w('404', 'sre', "`const share = await Shares.find(token); if (!share) return res.status(403).end()` -- these are share tokens that dont exist in the db at all, bots scanning /s/<random>, never issued by us. right code?", R404_MISSING),
  w('404', 'security', 'scim: idp requests GET /scim/v2/Users/abc123 but that user id belongs to a different customers tenant, token is valid for tenant X only. we must not confirm that id exists anywhere else. what status', R404_HIDE),
  w('404', 'support', 'an app listing was pulled from the marketplace by the vendor last week, vendor hasnt told us if its temporary or permanent, they might relist under the same url. what should /marketplace/<app> return meanwhile', R404_UNSURE),
  w('404', 'api', 'cards get hard-deleted and we dont keep any record of ids, so after the delete we cant tell "deleted" from "never existed". GET /cards/991 after someone deleted it. 410 or something else', R404_UNSURE),
  w('404', 'nonnative', 'after migration to new api, the endpoint /api/v2/boardz was never existing, it is client bug, they typed wrong. but team lead say return 410 so client stop calling. is right?', R404_MISSING),

  // ---- 410 ----
  w('410', 'sre', 'we sunset api v1 for good on march 1, announced for a year, code is removed and it will never come back. clients still hit /api/v1/boards. what should they get', R410),
  w('410', 'support', 'workspace was deleted by the owner and after the 90 day retention it got purged, cant be restored ever. its old public pages /w/acme-old still get google traffic. what status so google drops them', R410),
  w('410', 'api', 'marketplace: vendor "TaskBot" permanently discontinued their integration, we removed the listing on purpose and they confirmed no relaunch ever. listing page is /marketplace/taskbot. bob says 404 is enough. whats most accurate', R410),
  w('410', 'nonnative', 'public share link: owner revoke it and our system make revoked links never valid again, this is permanent by design. people still open the old link and it is fine they know it existed. which code is best', R410),
  w('410', 'security', 'we deliberately removed the legacy /embed/board widget endpoint b/c of an xss issue, its never coming back, decision is final. no concern about revealing it existed (it was public and documented). what do we return', R410),
  w('410', 'sre', 'old template gallery pages /templates/* were intentionally removed, product killed the feature and we know theyre gone permanently. seo team wants crawlers to delist asap. currently we 302 everything to the home page. right code', R410),

  // ---- knowledge ----
  k('api', 'when our api returns 401 which response header is required so clients know how to authenticate', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a server generating 401 must send a WWW-Authenticate header with at least one challenge.'),
  k('support', 'customer keeps getting 403 on a board, will telling them to log out and log back in fix it or what do i tell them', /admin|permission|role|owner/i, 'RFC 9110 §15.5.4 / seed: re-authenticating will not help with 403; the user needs permission, ask an admin.'),
  k('nonnative', 'what is the real difference between 404 and 410, both say the page is not there', /permanent/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally gone and the condition is likely permanent; 404 says nothing about permanence.'),
  k('sre', 'can our cdn cache a 404 from the board pages even if we didnt send any cache-control header', /heuristic|by default|without (an? )?(explicit )?(cache-control|freshness)/i, 'RFC 9110 §15.1: 404 (and 410) are heuristically cacheable by default unless method definition or explicit cache controls say otherwise.'),
  k('api', 'rfc 6750 bearer token error insufficient_scope, which http status goes with that', /403/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden.'),
  k('api', 'the Authorization header is malformed (missing the token part entirely, duplicate params), rfc 6750 says invalid_request, is that 400 or 401', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request.'),
  k('support', 'our public share link page shows "link not found" but with a 200 status, seo person says thats bad, why', /soft.?404|index|crawl/i, 'Seed: avoid soft 404s (200 with "not found" content); search engines treat them as indexed pages.'),
  k('api', 'POST /boards/{id}/archive exists but DELETE on the same path isnt supported at all by any user. should that be 403 or some other code', /405/, 'RFC 9110 §15.5.6: 405 Method Not Allowed (with an Allow header) when the method is not supported by the target resource, not 403.'),
  k('sre', 'marketplace apps hammering the api, we throttle them. should the throttle response be 403 or something else', /429/, 'RFC 6585 §4: 429 Too Many Requests is the rate-limiting status (optionally with Retry-After), not 403.'),
  k('nonnative', 'corporate proxy in front of the customer network ask for login itself, which status code is for proxy authentication, not 401', /407|Proxy-Authenticate/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate.'),
  k('security', 'is it legit per the rfc to send 404 instead of 403 for private boards the caller isnt allowed to see, and why would we', /hid|conceal|(not|n't) (reveal|disclos|leak|expos)|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may respond with 404.'),
  k('security', 'which rfc currently defines 401 403 404 410, the old 7231 one or something newer', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and defines these status codes in §15.5.'),
  k('api', 'what does the WWW-Authenticate header look like when our api uses oauth bearer tokens, which auth scheme goes in it', /Bearer/, 'RFC 6750 §3: the challenge uses the "Bearer" auth-scheme, optionally with realm, scope, error, error_description.'),
  k('nonnative', '401 name is "Unauthorized" but i read it is not really about authorization. what does 401 actually mean', /authenticat|credential/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource.'),
  k('support', 'should our integration sdk automatically retry when it gets a 403 from the api', /(no|not|n't|shouldn't|never)\b[^.]{0,60}retr|stop|permission|until/i, 'Seed / RFC 9110 §15.5.4: clients should not retry a 403 without a change in permissions; surface the error and stop.'),
];

export const UNSEEN25_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
