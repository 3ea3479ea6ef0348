import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 365, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a CI/CD service (pipeline job tokens, protected branches and environments, expiring build artifacts, deleted runners, private projects), written as pull-request review comments and incident chat. */

const R401 = 'No valid credentials (none sent, expired, revoked, ended session, unknown or bad-signature token) → 401 with WWW-Authenticate (RFC 9110 §15.5.2; RFC 6750 §3, §3.1 invalid_token).';
const R403 = 'Caller is authenticated but not permitted (role, plan, IP allowlist, blocked account); re-authenticating will not help → 403 (RFC 9110 §15.5.4).';
const R403S = 'Token is valid but lacks the required scope → 403 with insufficient_scope (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No current representation for the target (never existed / wrong id) → 404 (RFC 9110 §15.5.5).';
const R404H = 'Existence must not be revealed to a caller without access, so 404 stands in for 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent (may be restored / undecided) → 404, not 410 (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally removed and known to be permanent → 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'artifact download from the deploy script fails, script reuses the CI job token after the job already finished. job tokens die when the job ends so its dead now. api should return what', R401),
  w('401', 'api', 'PR review: `GET /api/v4/jobs/:id/artifacts` returns 403 when the request has no JOB-TOKEN header and no Authorization header at all. no token at all = nobody authenticated. which code should this branch return instead', R401),
  w('401', 'support', 'Ticket: customer rotated their project access token last night (the old one was revoked on rotation). Their external webhook integration is still sending the old token to trigger pipelines. What status should the trigger endpoint return for the revoked token? They insist we should send 404.', R401),
  w('401', 'security', 'finding CI-114: the OIDC id_token presented by deploy jobs fails signature verification (signed by a key we dont recognize) yet the api answers 403 forbidden. what should it answer', R401),
  w('401', 'nonnative', 'user make logout in the web ui, his session is ended. after this the browser extension still call the pipelines api with the old session cookie which is not valid anymore. which status code we give back?', R401),
  w('401', 'sre', 'runner 4471 was deleted yesterday and its auth token got invalidated with it. the box is still up polling /jobs/request w/ that token, token isnt recognized anymore. 403 or 401', R401),
  w('401', 'api', 'incident chat: some script is calling the pipeline trigger api w/ a bearer token that doesnt match any token we ever issued, just a random string. someone says 403, thoughts', R401),
  w('401', 'support', 'Customer\'s personal access token hit its expiry date on Monday. Their nightly CI sync job still sends it and the token is no longer valid for anything. What should the response status be for those calls?', R401),

  // ---- 403 ----
  w('403', 'sre', 'dev w/ Developer role (valid session) clicks deploy to the protected `production` environment, only maintainers are allowed to deploy there. project is internal, everyone in the org can see it. code pls', R403),
  w('403', 'api', 'PR comment: token has `read_api` scope only, valid and not expired, and its being used to POST /projects/42/pipeline which needs the `api` scope. what status should we return here, the PR uses 401', R403S),
  w('403', 'support', 'A customer on the Free tier is trying to start jobs on our larger GPU runners, which are only available on paid plans. They are logged in fine and the project is theirs. What status code should the API return when it refuses the job?', R403),
  w('403', 'security', 'review finding: POST /projects/:id/protected_branches/:name/unprotect returns 401 when an authenticated developer (valid token, but not a maintainer) calls it. reauthenticating wont change anything for them. correct response?', R403),
  w('403', 'nonnative', 'the user is Reporter in a public project, he is logged in correctly, he try to cancel a running pipeline but reporters cannot cancel pipelines. project is public so nothing to hide. which code is correct?', R403),
  w('403', 'sre', 'group has an IP allowlist, new self-hosted runner came up in a subnet thats not on the list. runner token is valid, runner is known to us. api rejects it b/c of the allowlist. status?', R403),
  w('403', 'api', 'PR review: push to protected branch `main` by an authenticated developer whose role isnt in the allowed-to-push list. author returns 401 and says "maybe they need to log in again". they are logged in, creds are valid. is 403 right here', R403),
  w('403', 'support', 'An admin blocked a user account for abuse. The user still has a technically valid personal access token and keeps calling the pipelines API with it. We know exactly who they are, they just are not allowed to do anything anymore. What do we send back?', R403),
  w('403', 'security', 'finding: a user from another org (authenticated, valid SSO session) tries to approve a deployment in a public project owned by a different org. approval is members-only. the project existing is public knowledge, not a secret. expected status?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'someone fat-fingered pipeline id 9912345 in the dashboard link, that pipeline never existed, not deleted. what do we return', R404),
  w('404', 'api', 'GET /jobs/881/artifacts/coverage/report.html - the job succeeded but it never produced that file, not deleted, it never existed. caller has full access to the project. code?', R404),
  w('404', 'support', 'Customer clicked a "view pipeline" link for branch `relase-2.3` (typo, the real branch is `release-2.3`). No branch with that name has ever existed in the repo, and the project is public. What should the response be?', R404),
  w('404', 'nonnative', 'admin open /admin/runners/77777 but there is no runner with this id, never was one, the id is simply wrong. admin has all rights. which status we return?', R404),

  // ---- 404: exists but hidden ----
  w('404', 'security', 'finding: GET /projects/acme%2Fpayments-infra/pipelines returns 403 to a logged-in non-member, which confirms the private project exists. requirement is we must not reveal that private projects exist to outsiders. correct status?', R404H),
  w('404', 'api', 'PR comment: job token from project A requests artifacts from private project B, A isnt on B\'s allowlist. product rule: a job token must never be able to confirm that another private project exists. author used 403, which code fits the rule', R404H),
  w('404', 'support', 'Ticket: an ex-contractor (still has an account and is logged in) keeps hitting URLs of our customer\'s private project environments. The customer asked that we never confirm to non-members whether the project or its environments exist. What should those requests get?', R404H),
  w('404', 'nonnative', 'secure file ids in private project are confidential. user without access to the project do GET /projects/12/secure_files/5531 with valid login. we should not reveal the file is existing. what code?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'artifacts of job 5520 got wiped by a bad cleanup cron, not on purpose. storage team checking if they can restore from snapshot, not sure yet. link holders (w/ access) hitting them rn, 410 or 404', R404U),
  w('404', 'support', 'A customer deleted their project this morning; it sits in the pending-deletion state for 7 days and can be restored until then. Their teammates (who still have access) are hitting the old pipeline URLs. One colleague wants to return 410 Gone. What is right?', R404U),
  w('404', 'security', 'the `staging` environment was stopped and removed during incident response. team hasnt decided yet whether it gets recreated at the same url. our own monitor (authorized) keeps hitting it. which status', R404U),

  // ---- 410 ----
  w('410', 'sre', 'artifacts for job 3310 hit their expire_in and were purged by design, theyre gone for good and never regenerated. people w/ access still open old links. what do we send', R410),
  w('410', 'api', 'PR: we retired the v3 `/trigger/builds` endpoint for good, deliberately, no replacement at that url and it will never come back. what should the route return now instead of 404', R410),
  w('410', 'support', 'A customer permanently deleted their public project after the 7-day restore window passed; it was hard-deleted on purpose and cannot be recovered. Old badge and pipeline links are still being crawled. Which status fits best?', R410),
  w('410', 'nonnative', 'we deleted runner 310 on purpose, it will never come back, decision is final. admin (has access) open its old page /admin/runners/310. which code is best?', R410),
  w('410', 'security', 'finding: the old public build-status badge endpoint /badges/legacy/:project.svg was intentionally and permanently removed as part of hardening. scanners and READMEs still hit it. expected status for that path?', R410),
  w('410', 'sre', 'release v1.0 page + assets in our public project were deleted on purpose, permanent, product says never restoring. still getting traffic from docs links. code?', R410),
  w('410', 'api', 'job log for job 2291 was erased on purpose (erase job, permanent, no backup kept). a maintainer requests the trace endpoint. status for the erased log', R410),

  // ---- knowledge ----
  k('security', 'our runner api sends a bare 401 w/ no headers when the job token is missing. which response header is the 401 required to carry', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST send a WWW-Authenticate header with at least one challenge.'),
  k('nonnative', 'developer get 403 when deploy to protected environment. if he log in again or make new token, will it fix the 403?', /\bno\b|won'?t (help|fix|change)|will not (help|fix|change)|doesn'?t (help|fix|change)|does not (help|fix|change)|not (help|fix|change)|pointless|same (result|response|403)/i, 'RFC 9110 §15.5.4: if credentials were provided the server considers them insufficient; re-authenticating does not grant the missing permission.'),
  k('security', 'when is it ok for the pipelines api to answer 404 for a private project the caller isnt allowed to see, instead of 403', /hid(e|es|ing)|conceal|(not|without|avoid|never) (reveal|disclos|confirm|leak)|existence|leak/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target may respond 404 instead.'),
  k('sre', 'build artifacts removed, nobody knows yet if thats permanent. which code, 410 or 404', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('support', 'A customer asks what a 410 on their old pipeline badge URLs actually tells search engines and people who linked to it. What does it signal?', /permanent|for good|remov|delist|de-?index|(no longer|never).{0,30}(available|exist|come back|return)/i, 'RFC 9110 §15.5.11: 410 signals the resource is intentionally, permanently unavailable, so links to it should be removed.'),
  k('sre', 'if our artifact cdn gets a 404 back w/o cache-control or expires, can it still cache that 404 by default', /\byes\b|(is|are)\s+(heuristically\s+)?cacheable by default|(can|may) (still )?be (heuristically )?cached|(?<!not |n't )heuristically cacheable/i, 'RFC 9110 §15.1: 404 (like 410) is heuristically cacheable by default.'),
  k('api', 'PR question: is a 403 from the protected-branch endpoint heuristically cacheable by default like a 404 is, with no explicit freshness headers', /\bno\b|not (heuristically )?cacheable|isn'?t (heuristically )?cacheable|(needs?|requires?|only with) explicit|not (in|on) the (list|set)/i, 'RFC 9110 §15.1: 403 is not among the heuristically cacheable status codes; it needs explicit freshness information.'),
  k('security', 'bearer token for the ci api is valid but missing the scope needed to trigger pipelines. RFC 6750 error is insufficient_scope, which http status goes with it', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 Forbidden.'),
  k('nonnative', 'in RFC 6750 the error invalid_token (expired or revoked job token) go with which http status code?', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD be answered with 401 Unauthorized.'),
  k('api', 'PR comment links RFC 7231 for the 403 semantics. is that still the current spec or what replaced it', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'Customer wants the 403 on their protected-environment deploy to say why it was refused (e.g. "only maintainers can deploy"). Is the server allowed to explain the reason in the 403 body?', /\byes\b|(may|can|could|is allowed to|are allowed to|is free to|is permitted to)\s+(describe|explain|include|say|state|give|tell|put|return|contain|carry)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('nonnative', 'our ci cli get 403 from artifacts api. should the cli retry automatic same request some times?', /\bno\b|(don'?t|do not|should not|shouldn'?t|never|not|stop)\s+(auto(matically|-)?\s*)?retr(y|ying)|pointless|won'?t help|until.{0,40}(permission|role|access|fix)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; only a permission change helps.'),
  k('security', 'request to the runner api came in with no token at all. our 401 WWW-Authenticate has error="invalid_token" in it. should an error code even be in there when no creds were sent', /\bno\b|should ?n[o']t|not include|omit|without|leave (it|the error|error) out|no error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code or other error information.'),
  k('nonnative', 'we return 410 for the deleted legacy badge url. how long we must keep return 410 for it, is there a rule?', /owner|up to|discretion|no (fixed|required|set|specific|mandated)|not (required|necessary|obligated)|any length|indefinite|no requirement|as long as/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; that is left to the discretion of the server owner.'),
  k('nonnative', 'when api return 404 for a pipeline, does it mean the pipeline is gone forever?', /\bno\b|not (necessarily|indicate|say|imply|mean|tell|distinguish)|doesn'?t (say|indicate|imply|mean|tell|distinguish)|does not (say|indicate|imply|mean|tell|distinguish)|temporary or permanent|either/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
];

export const UNSEEN365_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
