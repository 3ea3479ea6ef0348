import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 30, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a developer platform like a git host, with repositories, organisations, deploy keys, personal access tokens, packages, and archived and deleted projects. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing, expired, revoked or malformed); the response carries WWW-Authenticate; RFC 6750 §3.1 invalid_token is 401.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and knows the caller but refuses to authorize it; re-authenticating will not help (role, scope, policy, IP allowlist, read-only); RFC 6750 §3.1 insufficient_scope is 403.';
const R403_EXISTS = 'RFC 9110 §15.5.4: the resource exists and is visible to this caller, and the authenticated caller is refused this action, so 403; 410 would be wrong because nothing was removed.';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a forbidden target resource may respond with 404 instead of 403.';
const R404_NEVER = 'RFC 9110 §15.5.5: 404 when no current representation exists for the target (never existed, typo); it says nothing about past or future existence.';
const R404_MAYBE = 'RFC 9110 §15.5.5/§15.5.11: removed but not known to be permanent (may be restored or recreated), so 404, not 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when the target is no longer available at the origin and the condition is likely permanent (intentionally removed); lets clients and crawlers drop links.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'ci is red on every repo since ~2am, runners doing git clone over https w/ a personal access token and the token expired last night (90 day expiry, nobody rotated). what code should the git host api be returning for the expired PAT, logs show mixed stuff', R401),
  w('401', 'api', 'designing GET /user (returns the profile of whoever is calling). if the request comes in with no Authorization header at all, no cookie, nothing — what status. the endpoint isnt secret, everyone knows /user exists', R401),
  w('401', 'security', 'pentest finding: we tamper with one char of the bearer token signature and the packages api returns 403 w/ "insufficient permissions". token is just invalid, the signature doesnt verify so we dont know who it is. what should it be', R401),
  w('401', 'support', 'ticket from acme corp: they rotated their PAT yesterday and the old one got revoked, their nightly backup script still sends the old token. bob on my team says we return 403 b/c theyre "blocked" but i dont think anyone blocked them, the token is just dead. which code is right', R401),
  w('401', 'nonnative', 'hello, our package registry is using basic auth for private npm registry and the client sends user + wrong password (typo in .npmrc). the user exists. which status code the registry must answer for wrong password please', R401),
  w('401', 'sre', 'anonymous `npm publish` to our hosted registry, no credentials configured at all on the build box, publishing always requires login. registry currently returns 404 which confuses everyone b/c the package page is public. what should publish return w/o creds', R401),
  w('401', 'api', 'code review: `if (!req.session) return res.status(403).json({error: "forbidden"})` on POST /settings/tokens (create a new PAT). session is missing = user not logged in at all. is 403 ok here or should it be something else, thx', R401),
  w('401', 'security', 'org admin revoked a deploy token after an incident. attacker keeps calling the repo contents api w/ that revoked token. we dont want to leak anything but the repo is public anyway. token is no longer valid credentials. which code', R401),
  w('401', 'support', 'user says the web ui kicks them out and the api calls from the desktop app fail after their sso session expired (8h lifetime). logging in again fixes it. what status should the api give while the session is expired', R401),

  // ---- 403 ----
  w('403', 'sre', 'release pipeline cant publish the new package version. the PAT is valid and authenticates fine (GET /user works) but it was created with only read:packages scope, publish needs write:packages. what code should the registry return', R403),
  w('403', 'api', 'member of the org w/ read role tries to push to main on an internal repo they can clone and browse just fine. they are logged in, token ok, they just arent allowed to write. 403 or 404 or something else', R403_EXISTS),
  w('403', 'security', 'org enabled an IP allowlist last week. new ci runner has a fresh IP not on the list, token is valid and the user is an org owner. requests to org repos should be rejected w/ what code', R403),
  w('403', 'support', 'customer is an outside collaborator on a repo (can see it, can open PRs) and tries to delete the repository, only admins can delete. they logged out and back in 3 times, still fails. what code is correct for this', R403_EXISTS),
  w('403', 'nonnative', 'the user is authenticated, token good, but org owner disabled setting "members can create repositories". user try to create repo inside the org and we refuse. what code we should answer, the org is public so no secret', R403),
  w('403', 'sre', 'someone archived the legacy-billing repo (read only, still visible and clonable). a maintainer with valid creds tries to push and gets rejected. alice says 410 since its archived, im not sure. what code for the push', R403_EXISTS),
  w('403', 'api', 'public repo, authenticated user who is not admin calls PATCH /repos/acme/widgets/settings to change default branch. we dont care if they know it exists, its public. they just dont have permission. code pls', R403_EXISTS),
  w('403', 'security', 'tenant isolation question: user from org A (logged in) requests GET /orgs/beta-inc/billing. beta-inc org page is public so existence isnt secret, we dont mind it being known, but billing is owners only. what status', R403),
  w('403', 'support', 'user can view the package @contoso/ui in the registry, they are authenticated, but the package belongs to another org and they try to delete a version. they think its a login problem but relogging didnt help. which code should they see', R403_EXISTS),
  w('403', 'nonnative', 'we have deploy token which is read only (scope read_repository), valid and attached to this exact repo. the bot try to push a tag with it and server reject. which status is correct, 401 or 403', R403),

  // ---- 404 ----
  w('404', 'security', 'private repo acme/secret-infra. request comes from a logged in user who is not a member of acme. policy: we never reveal that private repos exist to non members. bob says 403 is more honest. what do we return', R404_HIDE),
  w('404', 'support', 'customer keeps getting an error on github-ish url /acme/billing-servcie — typo, the repo is billing-service, billing-servcie never existed. what code should that be', R404_NEVER),
  w('404', 'sre', 'owner deleted the repo acme/old-dashboard this morning. deleted repos can be restored by the owner for 90 days so its not gone for good, not sure yet if theyll restore it. what should requests to it get in the meantime, someone proposed 410', R404_MAYBE),
  w('404', 'api', 'GET /packages/acme-cli/versions/2.3.9 — that version was never published (latest is 2.3.8). package itself exists and is public. what do we return for the missing version', R404_NEVER),
  w('404', 'security', 'private org "project-nightjar" (org is secret, unannounced product). non members hitting /orgs/project-nightjar/secrets get 403 right now which confirms the org exists. we must not leak that. which code', R404_HIDE),
  w('404', 'api', 'snippet from repo lookup: `const repo = await db.findRepo(owner, name); if (!repo) return res.status(410)` — the lookup returns null for anything not in the db, we have no idea if it ever existed or was just mistyped. is 410 right', R404_NEVER),
  w('404', 'support', 'user opened link to issue #99999 on acme/widgets, repo only has about 4200 issues, that number never existed. what status should the page be', R404_NEVER),
  w('404', 'nonnative', 'branch feature/login was deleted via api by the developer, but maybe it will be created again later with same name, we dont know it is permanent. GET for this branch should answer which code', R404_MAYBE),
  w('404', 'sre', 'wafs logs full of scanners hitting /acme/widgets/.env and /wp-admin on our git host. those paths never existed on our platform. what status should they get, someone wants 403 to look scary', R404_NEVER),
  w('404', 'security', 'GET /repos/acme/payments/keys (list deploy keys) from an authenticated user of a different tenant. acme/payments is private and our rule is to not disclose private repos to outsiders at all, not even that the name is taken. what code', R404_HIDE),

  // ---- 410 ----
  w('410', 'sre', 'org "defunct-co" was deleted, retention window ended and everything was purged, the name is blocked forever so it will never come back. we want api clients and crawlers to stop hitting it. what code', R410),
  w('410', 'api', 'we are sunsetting the v2 repos api on purpose, announced for a year, /v2/repos/* is removed permanently and will never return (v3 only). what should v2 endpoints return now, 404?', R410),
  w('410', 'support', 'registry policy: an unpublished package version can never be restored or reused. customer unpublished @acme/core 1.0.3 intentionally. what status for requests to 1.0.3 now, bob says plain 404', R410),
  w('410', 'sre', 'repo acme/leaky was deleted by the owner, 90 day restore window is over, data is purged and the slug is permanently retired. nothing can bring it back. 404 or 410 for that url now', R410),
  w('410', 'nonnative', 'we removed the old wiki v1 pages of all projects on purpose, it is permanent, never coming back. we want google to delist these urls faster. which status code we should send', R410),
  w('410', 'security', 'a gist containing a leaked key was intentionally deleted at the owners request and hard-purged, no chance of restore. we dont care if people know a gist used to be at that url. what code should the url return', R410),

  // ---- knowledge ----
  k('sre', 'which response header has to come with a 401 from our git host api, the git client keeps complaining it doesnt know how to authenticate', /WWW-Authenticate/i, 'RFC 9110 §15.5.2 / §11.6.1: a 401 response MUST include a WWW-Authenticate header with at least one challenge.'),
  k('api', 'which rfc is the current reference for http status semantics like 401 403 404 410, is it still 7231', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and 7235.'),
  k('security', 'why do big git hosts return 404 instead of 403 when you hit a private repo you cant access', /hid|conceal|(not|n't) (reveal|disclos|leak|confirm|expos)|existence/i, 'RFC 9110 §15.5.4: an origin that wants to hide the existence of a forbidden resource may respond 404.'),
  k('sre', 'can a cdn cache our 404 responses for repo pages even if we dont send any Cache-Control, or are they never cached', /heuristic|cacheable by default|cached by default|default.{0,30}cacheable|(can|may) be cached/i, 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable, so caches may store them without explicit freshness info.'),
  k('api', 'PAT is valid but missing the scope the endpoint needs, what error code string goes in the WWW-Authenticate header for bearer tokens', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, with HTTP 403.'),
  k('api', 'bearer token rfc: request is missing a required param / malformed, error=invalid_request — what http status goes with it', /400|bad request/i, 'RFC 6750 §3.1: invalid_request should be returned with HTTP 400.'),
  k('security', 'in rfc 6750 what is the error code for an expired or revoked access token', /invalid_token/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed), with HTTP 401.'),
  k('nonnative', 'please explain short what is real difference 401 vs 403, the name "unauthorized" confuse me', /authenticat|credential|log ?in|who (you are|the (client|user) is)/i, 'RFC 9110 §15.5.2/§15.5.4: 401 means missing or invalid authentication credentials; 403 means the server knows the caller but refuses.'),
  k('support', 'marketing says our custom "repo not found" page returns 200, seo guy calls it a soft 404, what does that mean', /200|ok status|success/i, 'Seed: a soft 404 returns 200 with "not found" content, so search engines treat it as an indexable page.'),
  k('sre', 'rate limiting on the clone endpoint — 403 or is there a dedicated code for too many requests', /429/, 'RFC 6585 §4: 429 Too Many Requests is the dedicated code for rate limiting, not 403.'),
  k('api', 'DELETE on /repos/x/y/commits/abc isnt supported for anyone ever (commits are immutable) — 403 or something else', /405|method not allowed/i, 'RFC 9110 §15.5.6: 405 Method Not Allowed (with Allow header) when the method is not supported for the target, regardless of who asks.'),
  k('security', 'client got 403 from the packages api, should our sdk auto retry with the same token', /(no|not|n't|never|shouldn't|should not).{0,40}(retry|repeat)|same credentials|without (a )?change|fix/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; seed: retry only after fixing permissions.'),
  k('support', 'what does 410 tell a client or crawler that 404 doesnt', /permanent/i, 'RFC 9110 §15.5.11: 410 signals the removal is intentional and likely permanent; 404 says nothing about permanence.'),
  k('sre', 'corp egress proxy needs its own auth before our git traffic goes out, what status does the proxy send and which header', /407|Proxy-Authenticate/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required with a Proxy-Authenticate header.'),
  k('nonnative', 'for bearer token, in which request header the client must put the PAT when calling api', /Authorization/i, 'RFC 6750 §2.1: send the token in the Authorization request header with the Bearer scheme.'),
];

export const UNSEEN30_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
