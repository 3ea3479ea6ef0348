import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set written by an independent "blind" writer with a developer-platform angle (git hosting, CI runners, package and container registries, webhooks, personal access tokens, deploy keys, OAuth apps): maintainers, CI failures pasted from logs and short chat messages. It was written without reading the parser, its tests or any other question set, using only RFC 9110, RFC 6750 and the shared domain seed text, and is kept out of development so it measures `ask` on unseen phrasing. */

const R401_EXPIRED = 'RFC 9110 §15.5.2 + RFC 6750 §3.1 invalid_token: expired token is not a valid credential → 401';
const R401_REVOKED = 'RFC 9110 §15.5.2 + RFC 6750 §3.1 invalid_token: revoked token is not a valid credential → 401';
const R401_MISSING = 'RFC 9110 §15.5.2: request lacks authentication credentials for a resource that requires them → 401';
const R401_INVALID = 'RFC 9110 §15.5.2 + RFC 6750 §3.1 invalid_token: malformed/unrecognised/wrongly signed credentials are not valid → 401';
const R401_SESSION = 'RFC 9110 §15.5.2: a session ended server-side is no longer a valid credential → 401';
const R403_SCOPE = 'RFC 6750 §3.1 insufficient_scope → 403; RFC 9110 §15.5.4: valid credentials, not allowed, existence no secret';
const R403_TENANT = 'RFC 9110 §15.5.4 + seed (tenant isolation): caller known but not allowed in another tenant, existence public → 403';
const R403_IP = 'RFC 9110 §15.5.4 + seed (IP allowlist): valid caller refused by allowlist, existence not hidden → 403';
const R403_ROLE = 'RFC 9110 §15.5.4 + seed (RBAC role missing): authenticated but role insufficient, resource is public → 403';
const R403_PLAN = 'RFC 9110 §15.5.4: server understood and knows the caller but refuses the action (plan does not allow it) → 403';
const R404_NEVER = 'RFC 9110 §15.5.5: no current representation for the target (never existed / typo) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4: server wishing to hide existence of a forbidden resource MAY answer 404 (seed: security-sensitive resources)';
const R404_MAYBE = 'RFC 9110 §15.5.5/§15.5.11: removed but not known to be permanent → 404, 410 only when permanence is known';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410 (seed: helps crawlers delist)';
const K_WWWAUTH = 'RFC 9110 §15.5.2: a server generating 401 MUST send WWW-Authenticate';
const K_9110 = 'RFC 9110 (June 2022) obsoletes RFC 7231 and defines HTTP status code semantics';
const K_CACHE = 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable (cacheable by default unless indicated otherwise)';
const K_6750 = 'RFC 6750 §3.1: invalid_token (401) for expired/revoked/malformed tokens, insufficient_scope (403) for missing scope';
const K_403RETRY = 'RFC 9110 §15.5.4: client SHOULD NOT automatically repeat the request with the same credentials; seed: retry only after fixing the cause';
const K_401MEANS = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials';
const K_401V403 = 'RFC 9110 §15.5.2 vs §15.5.4: 401 = no/invalid authentication; 403 = authenticated/understood but refused';
const K_HIDE = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond 404';
const K_404PERM = 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent; 410 preferred if known permanent';
const K_410KEEP = 'RFC 9110 §15.5.11: not necessary to mark all permanently unavailable resources as gone or keep the mark for any length of time';
const K_BEARER = 'RFC 6750 §3: the challenge for OAuth 2.0 bearer tokens uses the "Bearer" auth-scheme';
const K_GONE = 'RFC 9110 §15.5.11: 410 Gone — intentionally unavailable, owners want remote links removed';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'ci failing on docker push: `Error response from daemon: Get https://registry.acme.dev/v2/: unauthorized` — the PAT in the runner secret expired yesterday. is 401 right there or should the registry say 403', R401_EXPIRED),
  w('401', 'sre', 'we revoked the PAT after the leak this morning but some bot is still hammering the api w/ it. which one 401 or 403', R401_REVOKED),
  w('401', 'support', 'A customer says `npm publish` to our package registry fails because their .npmrc lost the auth token line, so the request goes out with no Authorization header at all. What status should the registry return?', R401_MISSING),
  w('401', 'api', 'Our webhooks management endpoint gets a bearer token that was signed with the old signing key we rotated out last week. The token is otherwise well-formed. Which status should we respond with?', R401_INVALID),
  w('401', 'security', 'User clicked "Sign out" in the web UI and the session was destroyed server-side, but someone replays the old session cookie against /api/user/tokens. What should the API answer?', R401_SESSION),
  w('401', 'nonnative', 'Our runner is sending the access token but the token string is truncated, only half of characters, so server cannot decode it. Which code we must return for this?', R401_INVALID),
  w('401', 'sre', 'oauth access token expired mid pipeline, refresh never happened, api currently returns 403 for those calls. is that the correct response or should it be smth else', R401_EXPIRED),
  w('401', 'nonnative', 'User disconnected the OAuth app in his settings, so the token of the app is revoked. Now the app still call our API with this token. Which response is correct, 401 or 403?', R401_REVOKED),
  w('401', 'support', 'Someone runs `docker pull` against our container registry without ever running `docker login`. Anonymous pulls are disabled on our registry for every image. What should they get back?', R401_MISSING),

  // ---- 403 ----
  w('403', 'sre', 'release job fails on publish, runner token only has read:packages and publishing needs write:packages. package is public anyway. code pls', R403_SCOPE),
  w('403', 'api', 'A PAT restricted to org A calls GET /orgs/b/hooks. The token itself is valid, and org B and its name are public. What should the API return?', R403_TENANT),
  w('403', 'sre', 'runner registration endpoint is behind an ip allowlist. valid admin token but the request comes from a new runner ip thats not on the list. we dont mind if they know the endpoint exists. what do we send back', R403_IP),
  w('403', 'support', 'Customer is an admin of their org, logged in fine, and tries to enable self-hosted runners via the API. That feature needs the Team plan and they are on the Free plan. What status should they get?', R403_PLAN),
  w('403', 'nonnative', 'User is member of the repository with read role only, he try to delete a branch protection rule. He is logged in correctly and the repository is public. Which status code is right?', R403_ROLE),
  w('403', 'sre', 'deploy bot has a valid token but its only reporter on the project, tries to trigger the prod deploy pipeline. project is public so no secrecy here. 401 or 403', R403_ROLE),
  w('403', 'api', 'Pushing a tag to a protected ref on a public repo with a valid token whose user lacks the maintainer role — what should the HTTP API respond?', R403_ROLE),
  w('403', 'security', 'An OAuth app token that was granted without the admin:org_hook scope is used to create an org webhook. The org is public and the endpoint is documented. Per RFC 6750, what status do we send?', R403_SCOPE),
  w('403', 'sre', 'valid token, wrong tenant. tenant b project is listed on the public explore page so no point hiding it. what do we hand back', R403_TENANT),

  // ---- 404 ----
  w('404', 'sre', 'ci log: `GET /api/v4/projects/acme%2Fbuild-toolz/pipelines` — typo, repo is build-tools, build-toolz never existed. what should we return', R404_NEVER),
  w('404', 'support', 'Customer is asking for package `left-padd` version 9.9.9 from our registry. No package with that name has ever been published. What code do they get?', R404_NEVER),
  w('404', 'security', 'A signed-in user with a valid token requests a private repo in another org they have no access to. They must not learn that the repo exists. What status should the server return?', R404_HIDE),
  w('404', 'api', 'Maintainer unpublished a package. Our policy allows restoring within 72 hours and we have not decided whether it is gone for good. What should GET on the package return in the meantime?', R404_MAYBE),
  w('404', 'nonnative', 'Owner deleted the repository, but we are not sure yet if it is permanent, admin maybe restore it from backup next week. What code to return for the repo URL?', R404_MAYBE),
  w('404', 'security', 'A scanner using its own valid token is walking /api/orgs/<id>/secrets over org ids it is not a member of. Org ids are confidential and must not be confirmed. What should we answer?', R404_HIDE),
  w('404', 'sre', 'someone fat-fingered a webhook delivery id, GET /hooks/12/deliveries/88213, we never had a delivery w/ that id. which one', R404_NEVER),
  w('404', 'support', 'A customer tries to pull image tag v2.0.0-rc9 from our container registry, but that tag was never pushed. What should the registry respond?', R404_NEVER),
  w('404', 'support', 'User reports a dead link to a CI artifact. The retention job deleted it, but the team has not decided if expired artifacts are gone permanently; there is talk of restoring them from cold storage. What should the link return?', R404_MAYBE),
  w('404', 'api', 'Enterprise internal repos must look completely absent to outsiders. A signed-in user from another company with a valid token asks for one by its exact name. How should we respond?', R404_HIDE),

  // ---- 410 ----
  w('410', 'sre', 'we killed the v1 packages api for good, deprecation window ended, its not coming back. clients still hitting it, what do we send back', R410),
  w('410', 'api', 'A maintainer deleted a package version on purpose. Our registry never restores deleted versions and the version number can never be reused. What should requests to its tarball URL return?', R410),
  w('410', 'support', 'We intentionally retired the old build-badge service permanently — it will never come back. A customer asks what their old badge URLs should return now.', R410),
  w('410', 'nonnative', 'We removed the legacy runner registration endpoint on purpose and it will never come back, this is final decision. What status should the server give?', R410),
  w('410', 'security', 'After the CVE we intentionally and permanently deleted the public image acme/base:legacy; it will never be republished and there is nothing secret about it having existed. What should pulls get?', R410),
  w('410', 'sre', 'old inbound webhook url /hooks/legacy-jenkins removed on purpose, decision is final, no rollback. correct response?', R410),
  w('410', 'sre', 'public mirror at /mirrors/old-project was shut down deliberately and permanently, wont be restored. crawlers still hit it. 404 or 410', R410),

  // ---- knowledge ----
  k('sre', 'quick one, what header is a 401 required to have, our ci client complains its missing', /WWW-Authenticate/i, K_WWWAUTH),
  k('api', 'Which RFC is the current reference for HTTP status code semantics? Our API style guide still cites RFC 7231.', /9110/, K_9110),
  k('api', 'Can a CDN cache a 410 Gone response when there is no Cache-Control header?', /heuristic|\byes\b|by default/i, K_CACHE),
  k('security', 'In RFC 6750, which error code goes into the WWW-Authenticate header when the bearer token has expired?', /invalid_token/i, K_6750),
  k('security', 'What is the RFC 6750 error code for a token that is valid but lacks the needed scope?', /insufficient_scope/i, K_6750),
  k('sre', 'our ci keeps retrying on 403 from the package registry. should a client ever retry a 403 as is', /\bno\b|\bnot\b|n['’]t\b|never|only after/i, K_403RETRY),
  k('support', 'Customer asks: why does it say "Unauthorized" when I am definitely allowed to see this repo? What does a 401 actually mean?', /authenticat|credential/i, K_401MEANS),
  k('nonnative', 'What is the difference between 401 and 403? I always confuse them.', /authenticat|credential|identi|log ?in/i, K_401V403),
  k('security', 'Is it legitimate per the RFC to answer 404 for a private repo that exists, instead of 403?', /hid(e|ing)|conceal|reveal|existence/i, K_HIDE),
  k('api', 'Does a 404 tell the client whether the resource is missing temporarily or permanently?', /\bno\b|\bnot\b|n['’]t\b|410/i, K_404PERM),
  k('nonnative', 'After we return 410 for a deleted package, must we keep returning 410 forever?', /\bno\b|not (necessary|required|needed)|n['’]t (need|have)|any length/i, K_410KEEP),
  k('sre', 'whats the auth scheme name in the www-authenticate challenge for oauth access tokens', /bearer/i, K_BEARER),
  k('support', 'What is the name of status 410 and what is it telling link checkers and search engines?', /gone/i, K_GONE),
  k('api', 'Which RFC defines the bearer token error codes such as invalid_token and insufficient_scope?', /6750/, K_6750),
  k('nonnative', 'If a token not have enough scope for the action, is 401 correct or I should use other code?', /403|forbidden|insufficient_scope/i, K_6750),
];

export const UNSEEN15_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
