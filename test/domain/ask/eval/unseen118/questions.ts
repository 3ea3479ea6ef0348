import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 118, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a developer platform (package registry, CI runners, git hosting) — private repos/packages, yanked and unpublished versions, deploy keys and scoped PATs, org SSO enforcement, suspended accounts; mostly incident-channel shorthand and code-review comments. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server MUST send WWW-Authenticate with a challenge';
const R401T = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token, answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and the known caller is refused; nothing needs hiding';
const R403S = 'RFC 6750 §3.1: a valid token lacking the scope the request needs is insufficient_scope, answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server found no current representation for the target resource (it never existed)';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target resource MAY answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available and the condition is known to be permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'ci runner polling for jobs w/ the registration token we rotated last night, old token is dead in the db. runner logs show we answer 403 and someone in the channel says thats fine b/c "its forbidden now". code pls', R401T),
  w('401', 'api', 'Review comment on `authMiddleware`: you return 403 when the personal access token has an `expires_at` in the past. An expired token is not a usable credential at all, so at that point we have not established who the caller is. What status should this branch return instead?', R401T),
  w('401', 'support', 'Customer reports `npm publish` to our registry fails. Their .npmrc has no auth token entry for the scope at all, so the CLI sent the publish request with no Authorization header. Publishing always requires login, and it is a brand-new package name, so there is nothing to hide. What status should they have received?', R401),
  w('401', 'security', 'Pen-test follow-up: a user revoked a leaked PAT from their settings page, but the tester could still list packages with it for ~10 minutes because of a token cache. Once we fix the cache, what status should a request carrying that revoked token get?', R401T),
  w('401', 'nonnative', 'Our package registry receive a GET with bearer JWT whose signature is not valid, somebody modified the payload to change the user id. We validate the token before we even look up the package. My colleague say we return 400 because the request is bad. Which code is correct for this?', R401T),
  w('401', 'sre', 'acct got suspended and the suspension job revoked every session + pat it had. now the old pat is hitting /user/repos, token lookup returns nothing, we have no idea who this is. what do we send back', R401T),
  w('401', 'api', 'Our CLI authenticates to the registry API with a short-lived OAuth access token; the one it is sending expired two minutes ago (the refresh token is still fine). What should the API respond with so the CLI knows it has to refresh and retry, rather than telling the user they lack permission?', R401T),
  w('401', 'sre', 'container registry: docker pull w/ no creds at all, user never ran docker login. we dont look up the image for anon requests, every anon request gets the same challenge w/ the token endpoint in the header so the docker client can go get a token. status for that', R401),
  w('401', 'support', 'A customer\'s nightly CI pipeline started failing at midnight because the personal access token in their CI secrets reached its 90-day expiry. The customer insists it must be a permissions problem since they are an org owner with every permission. What status should the API have returned to the pipeline?', R401T),

  // ---- 403 ----
  w('403', 'sre', 'deploy key is read-only, ci tries git push w/ it to the same repo the key is installed on. key auths fine, repo obviously known to it. what code', R403),
  w('403', 'api', 'A PAT with only `read:packages` calls PUT to publish a new version of @acme/ui. The token is valid and belongs to a listed maintainer of the package. Under RFC 6750, what status should the resource server return?', R403S),
  w('403', 'support', 'Customer is a member of acme-corp, which enforces SAML SSO. Their PAT is valid but has not been authorized for SSO in that org. The repo is internal and they can see it in the web UI after their SSO login, so there is nothing to hide from them. What should the API return when they clone with that PAT?', R403),
  w('403', 'security', 'code review: for suspended accounts we deliberately keep tokens working so they can export their data, but creating repos is blocked. the PR returns 404 "to be safe". POST /user/repos exists for every user and is documented publicly, nothing secret about it. what should the blocked create return', R403),
  w('403', 'nonnative', 'User is authenticated with valid token, he is member of the repository with "triage" role, but he try to delete the repository and only admins can do it. The repository is public so everybody know it exist. Which status is correct here?', R403),
  w('403', 'sre', 'push to main blocked by branch protection, user has write on the repo, token is fine. someone wants 401 so the git client reprompts for creds lol. code', R403),
  w('403', 'api', 'Our registry supports org-level IP allowlists. A request arrives with a valid token belonging to an org member, but from an IP outside the allowlist. Members already know the org and all its packages exist. Which status do you recommend?', R403),
  w('403', 'support', 'An outside collaborator with read access on a repo, using a valid SSO-authorized token, tries to add a webhook to that repo. They can see the repo and its settings page exists for everyone. What status should the webhook API return?', R403),
  w('403', 'security', 'Fine-grained PAT is scoped to repo A only, and the user tries to push to repo B in the same org with it. Repo B is public, so its existence is no secret, and the token itself is valid. What should the API return for the push?', R403S),
  w('403', 'sre', 'maintainer w/ valid token tries to unpublish a version thats 10 days old, registry policy only allows unpublish within 72h. package is public. what do we send back, NOT a 404 pls its clearly there', R403),

  // ---- 404 ----
  w('404', 'sre', 'npm i @acme/lefpad (typo) - package never existed in our registry, user authed fine. someone says 410. code pls', R404),
  w('404', 'nonnative', 'Request is for /repos/acme/api/releases/tags/v9.9.9 but this release tag was never created in the repository. User is admin of the repo. What we should answer?', R404),
  w('404', 'api', 'GET /orgs/acme/actions/runners/99999 — no runner with that id has ever been registered (ids are sequential and we are at 4120). The caller is an org owner with full access. Which status?', R404),
  w('404', 'security', 'Pen-test finding: tester with a valid token, not a member of org stealth-co, requests GET /repos/stealth-co/secret-project. We currently answer 403, which confirms the private repo exists, and repo names there are sensitive. What should we return instead?', R404H),
  w('404', 'sre', 'private pkg @bank/core, caller has a valid token but zero access to the bank org. policy is never confirm private pkg names to outsiders. 403 or what', R404H),
  w('404', 'api', 'Code review: this handler returns 403 when a deploy key tries to read a repo other than the one it is installed on. A deploy key should not learn which other repos exist in the org, and most of them are private. What should it return?', R404H),
  w('404', 'support', 'Customer was removed from their old employer\'s org yesterday. Their PAT is still valid, and they keep fetching one of that org\'s private repos. The org does not want ex-members confirming that repos still exist. What status should they get?', R404H),
  w('404', 'sre', 'repo deleted by owner, sits in soft-delete for 90d and can be restored from settings. collaborator hits GET /repos/x/y during that window. 410 right, its deleted', R404U),
  w('404', 'support', 'A package version was pulled by Trust & Safety pending a malware investigation. If it turns out to be a false positive it will be reinstated exactly as it was. The customer\'s build tries to download it — what status should they see?', R404U),
  w('404', 'nonnative', 'The user account was suspended and his public repositories are hidden until the appeal finish. If the appeal win, everything is restored. A visitor open one of his repository page, which code we give?', R404U),

  // ---- 410 ----
  w('410', 'api', 'Version 2 of our packages API was permanently retired on 1 March; the announcement said it will never come back and clients should remove all references to it. What should requests to /api/v2/packages/... return now?', R410),
  w('410', 'sre', 'pkg 1.4.2 got yanked, then confirmed malware so admins unpublished + hard-deleted it, tarball purged from storage, policy says that name@version can never be republished. tarball url code', R410),
  w('410', 'support', 'Customer asks why an old CI build-artifact link stopped working. Our retention policy purges artifacts after 90 days, permanently and on purpose, with no backups kept. What status does that artifact URL return?', R410),
  w('410', 'security', 'A public gist with leaked creds was purged at the owner\'s request; we scrubbed it from backups too and it will never come back. The URL was widely linked, so everyone already knows it existed. A teammate suggests 403 "so nobody sees it". What should the old gist URL return?', R410),
  w('410', 'nonnative', 'We deprecated the old download endpoint /dl/legacy/<file> and removed it on purpose forever, and we want that people delete their links to it. Which status is the correct one?', R410),
  w('410', 'sre', 'user closed acct permanently, username retired and can never be registered again, profile was public. GET /users/oldname code pls', R410),

  // ---- knowledge ----
  k('sre', 'what header does a 401 have to carry again', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('api', 'Under RFC 9110, is a 404 response cacheable by default, or does it need explicit Cache-Control to be stored?', /heuristic/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('security', 'after a 403 should the client just retry w/ the same creds, or is that pointless', /(not|n't|never|pointless|won'?t help|will not help|no point)\b.{0,40}(repeat|retry|resend|re-?send|same credential|re-?authenticat)|(pointless|won'?t help|will not help)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', 'Which RFC currently defines the HTTP status codes — is RFC 7231 still the reference?', /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231'),
  k('nonnative', 'In RFC 6750, when the token has not enough scope for the request, which error code and which HTTP status we must use?', /insufficient_scope[\s\S]{0,300}403|403[\s\S]{0,300}insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, status 403'),
  k('sre', 'rfc 6750 error value for an expired bearer token, the error= thing in the header', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or invalid tokens'),
  k('api', 'RFC 6750 defines an `invalid_request` error for bearer tokens. What HTTP status should accompany it?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 Bad Request'),
  k('support', 'Once a package URL starts returning 410, how long are we required to keep returning 410 for it?', /discretion|not required|no (fixed |set |specific |minimum |particular )?(requirement|duration|period|minimum|time limit)|any (particular |specific )?length of time|indefinite/i, 'RFC 9110 §15.5.11: the server is not required to mark the resource as gone for any length of time; that is at the server owner\'s discretion'),
  k('security', 'when is it ok per the rfc to send 404 where the real answer is 403', /hid(e|ing)|conceal|existence|reveal/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond with 404'),
  k('api', 'If the server cannot tell whether a removed resource is gone for good, should it answer 404 or 410?', /(use|return|send|respond with|answer with|should be|ought to be|go with|pick)\s+(a\s+)?404|404\s+(ought|should|is (the )?(right|correct))/i, 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 ought to be used instead'),
  k('sre', 'whats 410 actually for per the spec, like what is it supposed to tell whoever is linking to us', /link|maintenance|intentional/i, 'RFC 9110 §15.5.11: 410 is primarily to assist web maintenance, telling recipients the resource is intentionally unavailable and that remote links should be removed'),
  k('nonnative', 'If the client already sent Authorization header and server still answer 401, what does it mean according to the RFC?', /(credential|token)s?[^.]{0,60}(refused|rejected|not (been )?accepted|invalid|failed|insufficient)|(refused|rejected)[^.]{0,40}(credential|token)/i, 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates that authorization has been refused for those credentials'),
  k('api', 'RFC 6750: when a request arrives with no authentication information at all, should the WWW-Authenticate: Bearer challenge include an error code?', /should not|shouldn'?t|\bno error|omit|without (an |any )?error|not include|must not|don'?t include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('security', 'whats the proxy version of 401 and which header goes with it', /407|Proxy-Authenticate/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required with Proxy-Authenticate'),
  k('support', 'Does a 404 tell the customer whether the package is gone temporarily or permanently?', /(not|n't|no|neither)\b[^.]{0,50}(indicate|say|tell|imply|specify|guarantee|distinguish|signal|information)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether this lack of representation is temporary or permanent'),
];

export const UNSEEN118_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
