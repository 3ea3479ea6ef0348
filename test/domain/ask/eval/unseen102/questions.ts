import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 102, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a source-code hosting and CI service (private repos, forks of deleted repos, archived projects, deploy keys, scoped PATs, expiring build artifacts). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response must carry WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1 invalid_token: an expired, revoked, malformed or otherwise invalid access token gets 401.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1 insufficient_scope: a valid token lacking the privileges the request needs gets 403.';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource.';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the removal is permanent, 404 ought to be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when the target is no longer available at the origin server and the condition is likely to be permanent.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'ci runner hits GET /api/v4/user/deploy_keys w/o any Authorization header at all. endpoint is documented + always needs a login, nothing secret about it existing. what do we send back', R401),
  w('401', 'support', 'Customer says their nightly pipeline started failing this morning. Their personal access token had an expiry date of yesterday and they haven\'t rotated it; the repo is theirs and the token had every scope it needed while it was valid. Which status should our API be giving them?', R401T),
  w('401', 'security', 'After a leak, the user revoked their PAT from the settings page. An attacker then replays that exact token against our REST API. A colleague wants to answer 403 "because the token is forbidden now". What is the correct response code?', R401T),
  w('401', 'sre', 'git push over https, basic auth, pw is just wrong (stale entry in the credential helper). acct exists and does have write on the repo. 403 or 401? code pls', R401),
  w('401', 'api', 'Our token parser receives a bearer token that is truncated mid-signature (a copy-paste accident), so it cannot be decoded at all. The Authorization header itself is present exactly once and well-formed as a header. Per RFC 6750, which status should the resource server return?', R401T),
  w('401', 'nonnative', 'The CI job token is only valid while the job is running. A user copy the token from the log and use it one hour later, after the job was finished, so the token is expired now. Which code we must to return?', R401T),
  w('401', 'security', 'Pen-test finding: anonymous requests (no cookie, no token, nothing) to /api/admin/runners get 403. The endpoint is listed in our public API docs, so its existence is not a secret. What should the response be instead?', R401),
  w('401', 'api', 'A client sends "Authorization: Bearer" followed by a random string we never issued; it matches no token in our database. The target is a repository settings endpoint that requires authentication. Which status code applies?', R401T),
  w('401', 'support', 'ticket: customer build box keeps sending an api token that their admin deleted during a credential rotation last week. the call is GET /user (whoami), which needs auth and is the same for everybody. right now they get a 500 which is obviously a bug. what should they get', R401T),

  // ---- 403 ----
  w('403', 'api', 'A personal access token is valid and belongs to the package\'s maintainer, but it was created with only the read:packages scope. The client tries to publish a new version of that public package. What status should the registry return?', R403S),
  w('403', 'sre', 'deploy key is read-only, someone wired it into the release job which tries to create a tag through the api. its the repo the key is attached to so they obviously know it exists. which code', R403),
  w('403', 'support', 'Customer has write access to a public repository that the maintainers archived last month (archived means read-only, still visible to everyone). They try to open a new issue through the API. What response should they be getting?', R403),
  w('403', 'nonnative', 'User is logged in correctly and have read role on a public repo. He try to delete the branch protection rule. My colleague say 401 because he is "not authorized", but I am not sure. Which one is correct?', R403),
  w('403', 'sre', 'dev force-pushes to main, branch protection forbids force push, dev is a collaborator w/ a valid token, repo is public. what do we send back', R403),
  w('403', 'sre', 'org turned on ip allowlist, runner got a new egress ip. token is fine + has the right scopes, org and repos are public. request gets blocked by the allowlist. code?', R403),
  w('403', 'security', 'A fine-grained token is restricted to repositories A and B. Its owner is a maintainer of public repository C and uses the token to create a release there. The token is valid and unexpired. C is public, so there is nothing to hide. Which status should come back?', R403S),
  w('403', 'api', 'A collaborator with the "maintain" role on a public repository attempts to change its visibility to private; only admins may do that. The user is properly authenticated, and re-authenticating would not change the role. Which status code should be returned?', R403),
  w('403', 'support', 'org admin writes in: a member (authenticated, valid session token) tries to delete a public repo but the org disabled repo deletion for anyone who is not an owner. member can see the repo fine. they get 404 right now and think the repo vanished. what is the correct code', R403),
  w('403', 'nonnative', 'Fork of a public repo: outside contributor want to re-run a workflow on the upstream repo using the API. He is not collaborator there, but the repo is public and everyone can see the runs. His token is valid. What status we answer?', R403),

  // ---- 404 ----
  w('404', 'sre', 'pipeline tries to clone acme/infra-toolz, that repo never existed, its a typo for acme/infra-tools. api GET on it returns 500 atm. fix it to what', R404),
  w('404', 'api', 'A client requests /artifacts/98231177, but our artifact ID sequence has never gone above 40 million; no artifact with that ID has ever existed. The caller\'s authentication is valid. What should we respond?', R404),
  w('404', 'nonnative', 'User ask for the zip archive of branch "relase-2" but this branch was never created in this repo, only "release-2" exist. The repo is public and user is logged in. Which code is right?', R404),
  w('404', 'security', 'An authenticated user who is not a member of the org requests a private repository by its exact name. Our policy is that outsiders must never be able to confirm that a private repo exists. A teammate argues 403 is more honest. What should we return?', R404H),
  w('404', 'support', 'A customer sent a private repo URL to a contractor. The contractor is logged in with his own account, which has no access to that repo. Our rule is that we never confirm a private repo exists to someone without access. Which status should the contractor see?', R404H),
  w('404', 'security', 'someone w/ a valid token is walking /repos/{id}/keys ids one by one to map deploy keys on other orgs private repos. we dont want to leak which ids exist. what do we return for the ones that do exist but arent theirs', R404H),
  w('404', 'sre', 'owner deleted the repo yesterday, its soft-deleted and the owner can still restore it for 90 days. ppl hitting the old url. 410 or 404', R404U),
  w('404', 'support', 'A build artifact was deleted by hand by a project admin, but we keep storage backups and the admin may ask us to restore it. Nobody can say whether it is gone for good. What should requests for it get?', R404U),
  w('404', 'api', 'A maintainer deleted tag v2.3.0 from a public repository and said they may push it again once the build is fixed. Clients still request /tags/v2.3.0. The removal was intentional but is not known to be permanent. Which status code fits?', R404U),
  w('404', 'nonnative', 'Upstream repo was deleted by the owner but we do not know if it is permanent, the deletion pipeline can not tell us if a restore is still possible. The forks still exist. For a request to the upstream URL, which code is correct?', R404U),

  // ---- 410 ----
  w('410', 'api', 'Workflow artifacts have a 90-day retention; when it lapses the blob is purged, can never be recovered, and we record that it expired. A client later requests the download URL of such an artifact from a public repository\'s run. What status should it receive?', R410),
  w('410', 'sre', 'public repo deleted, 90 day restore window passed, hard purged, name tombstoned forever. forks still around and link back to it. what should the old url return', R410),
  w('410', 'api', 'We are shutting down the v2 CI API deliberately and permanently; every v2 endpoint is removed with no replacement at or redirect from those URLs. After the shutdown date, what should requests to v2 paths receive?', R410),
  w('410', 'support', 'A user permanently deleted a public snippet (we offer no restore for snippets) and the link is all over a forum. They ask what visitors will see from now on. Which code should we serve?', R410),
  w('410', 'security', 'We deleted a public package version because it contained a leaked credential. The deletion is final and that version number can never be republished; the advisory is public, so nothing about it needs hiding. What should requests for that version return?', R410),
  w('410', 'nonnative', 'Project is archived and the maintainers delete on purpose the old wiki pages, they say these pages will never come back. The project is public. Which status for the old wiki URLs? My colleague say 403 because the project is archived.', R410),

  // ---- knowledge ----
  k('api', 'When our git HTTP endpoint answers 401, which response header is it required to include?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge'),
  k('sre', 'is a 404 cacheable by default or only w/ explicit cache-control. our cdn is caching 404s for deleted branches', /heuristic/i, 'RFC 9110 §15.5.5 / §15.1: 404 is heuristically cacheable by default'),
  k('support', 'Customer keeps logging out and back in after getting 403 on a protected branch. Does the spec say re-authenticating will fix a 403?', /(should ?n[o']t|shouldn'?t|won'?t|will not|does ?n[o']t|doesn'?t|not)[^.]{0,60}(repeat|retry|help|fix|change)|same credentials|insufficient/i, 'RFC 9110 §15.5.4: if credentials were provided the server considers them insufficient; the client should not automatically repeat the request with the same credentials'),
  k('nonnative', 'Which RFC is the current one for HTTP status codes semantics? Our docs still cite RFC 7231 and 2616.', /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231 and 2616'),
  k('api', 'Under RFC 6750, what HTTP status accompanies the insufficient_scope error?', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be sent with 403 Forbidden'),
  k('sre', 'rfc 6750 invalid_token, which status goes with it', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD be sent with 401 Unauthorized'),
  k('security', 'RFC 6750 also defines invalid_request, e.g. when a token is sent in two places at once. Which status code does it map to?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be sent with 400 Bad Request'),
  k('api', 'Once we start answering 410 for purged artifacts, for how long does RFC 9110 require us to keep returning 410 rather than 404?', /discretion|any length of time|no (fixed|required|set|specific|minimum)|not (required|necessary|mandated|obliged)|up to (you|the (server|owner|operator))|doesn'?t (require|specify|mandate)|does not (require|specify|mandate)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; left to the server owner\'s discretion'),
  k('security', 'In which situation does RFC 9110 allow a server to send 404 where 403 would otherwise be the accurate code?', /hid(e|ing)|conceal|reveal|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may respond with 404'),
  k('support', 'if we removed smth but dont know if its permanent or not, which one does the rfc say to use, 404 or 410', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', 'Which error code goes in the WWW-Authenticate Bearer challenge when a client presents an expired access token?', /invalid_token/i, 'RFC 6750 §3.1: an expired token is reported as error="invalid_token"'),
  k('nonnative', 'What is the 410 Gone status mainly intended for, according to RFC 9110? I read it is about web maintenance but not sure.', /maintenance|remov\w*[^.]{0,40}(links?|references?)|links?[^.]{0,60}remov\w*/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by telling recipients the resource is intentionally unavailable and remote links should be removed'),
  k('security', 'Per RFC 6750, if a request to a protected repo API carries no authentication information at all, should the WWW-Authenticate challenge include an error code?', /(should ?n[o']t|shouldn'?t|should not|no|not|omit\w*|without)[^.]{0,60}error|^\s*no\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('api', 'After receiving a 401 from our registry, what does RFC 9110 say the client may do next?', /(may|can)[^.]{0,40}(retry|repeat|resend|re-send|send (it )?again)|(new|replaced|fresh|different|valid)[^.]{0,30}(credentials|token|authorization)/i, 'RFC 9110 §15.5.2: the client MAY repeat the request with a new or replaced Authorization header field'),
];

export const UNSEEN102_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
