import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 157, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a code-hosting and CI service (private repositories, organisation members, deploy keys, archived projects, deleted branches, build artifacts). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server sends WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401; RFC 9110 §15.5.2';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses to fulfil it; credentials are insufficient and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404 instead';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access to the target is no longer available at the origin and the condition is likely permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'ci runner hitting /api/projects/42/artifacts w/o any Authorization header at all. project is public but artifact downloads need a logged in user. what do we send back', R401),
  w('401', 'support', 'A customer says their personal access token expired yesterday, and now every call to list branches on their private repository fails. A colleague suggested we return 403 because the repo is private, but the customer is the owner of that repo. What should the API be returning for the expired token?', R401T),
  w('401', 'api', 'When an organisation admin revokes a deploy token, a pipeline may later present that revoked token to fetch a build artifact from a project it previously had access to. The token is well-formed; it is simply no longer valid. Which status should we respond with?', R401T),
  w('401', 'security', 'pentest finding: the org members endpoint returns 403 "not a member" for a JWT whose signature doesnt verify (tester flipped bytes in the payload). we are fixing the validation order. after the fix, what code should a bad-signature token get', R401T),
  w('401', 'nonnative', 'Hello, when user push to git over https with basic auth and the password is wrong (the username is exist), our server give 403. My teammate say it is correct because the user is known. Is it correct or which one we must return?', R401),
  w('401', 'sre', 'oidc token for the build job expired halfway thru a 3h build, artifact upload at the end gets rejected. the job itself had write perms on the project. code pls', R401T),
  w('401', 'api', 'After a user resets their password we revoke every personal access token they had. If a script then calls GET /orgs/acme/repos with one of those old tokens, the user is still an org member with full read access. What status should the response use?', R401T),
  w('401', 'security', 'we see calls to the deploy keys API with bearer tokens that dont map to any account in our db (staging tokens hitting prod by mistake). not malformed, just unknown to us. which status is right for these', R401T),
  w('401', 'nonnative', 'Our CI have a "retry build" button and retry is need a logged-in user. If the session token from browser is not sended at all (the cookie is blocked), the API receive the request without any credential. The build is in public project. Which HTTP code is the right?', R401),

  // ---- 403 ----
  w('403', 'sre', 'token valid, user is maintainer on the project, but the PAT was created w/o the write:artifacts scope and theyre trying to upload build artifacts. 401 or 403 or what', R403S),
  w('403', 'api', 'A user with the "read" role in an organisation tries to delete a protected branch on a public repository. They are properly authenticated, the repository and branch are visible to everyone, and re-authenticating as the same user would change nothing. What status code best describes the refusal?', R403),
  w('403', 'support', 'Customer is a developer in the org with write access. They\'re trying to push to a public project that was archived last month, and archived projects are read-only until an owner unarchives them. They think their token is broken, but it authenticates fine. What status should the push get?', R403),
  w('403', 'security', 'In our review we found that an org member who can already see the private repo in their dashboard (they have read access) gets a 404 when opening the repo admin settings. Nothing is being hidden since they know it exists. The dev argues 404 is "safer". What should the settings endpoint return for this user?', R403),
  w('403', 'nonnative', 'We have deploy key with read-only permission on the repository. The CI try to push a tag using this key and the key is valid and authenticate correctly. What code should be return when the key is not allow to write?', R403),
  w('403', 'sre', 'org has ip allowlist on, new runner pool came up w/ an ip not on the list. tokens are valid, not expired, users are org members. every api call from those runners fails. what should the svc return', R403),
  w('403', 'api', 'Changing a repository\'s visibility requires the admin role. A caller presents a valid OAuth token that carries the repo:admin scope, but the account behind it only holds the maintainer role on that public repository. Which status code should the visibility-change request receive?', R403),
  w('403', 'support', 'An outside collaborator was invited to a private repo, accepted, and can browse the code. They want to download the release build artifacts, but our plan restricts artifact downloads to org members only. They\'re logged in with a working token. What error code do they get?', R403),
  w('403', 'security', 'A logged-in non-admin tries to delete a public repository. The repo is public, so hiding it gives no protection against enumeration. A colleague proposes 404 anyway "to avoid enumeration". Which code is actually correct here?', R403),
  w('403', 'nonnative', 'User is member of organisation but not owner. He try to remove other member from the org. He can see the member list (it is visible for all members) and his token is good. What status we should answer him?', R403),

  // ---- 404 ----
  w('404', 'sre', 'someone is hammering GET /repos/acme/infra-terrafrom (typo), that repo never existed in any org. caller has a valid token. what do we send back', R404),
  w('404', 'api', 'A client requests GET /projects/17/branches/release-2025 on a public project. No branch of that name has ever been created. The caller is authenticated and has read access to the project. What status code is appropriate?', R404),
  w('404', 'nonnative', 'Client request the build id 99999999 from our pipeline API, but we never had so many builds, this id never exist. The user is authenticated normally. Which response code you recommend?', R404),
  w('404', 'security', 'A logged-in user who is not a member of the org requests a private repository by its exact name. We must not confirm to outsiders that private repos exist, and a 403 would tell them it does. What should we return?', R404H),
  w('404', 'support', 'A customer from a different company pasted a link to another customer\'s private CI pipeline. They have a valid account and token, but no access to that organisation. Our policy is never to confirm that private projects exist. What should they get back?', R404H),
  w('404', 'sre', 'tenant B svc acct (valid token) requesting artifacts from a private project in tenant A. policy says cross tenant callers must not learn the project exists. 403 or 404', R404H),
  w('404', 'api', 'Our GET /repos/{owner}/{repo}/keys endpoint lists deploy keys. It is being called by an authenticated user with no access to the private repository in question. Returning 403 would confirm the repository exists, which our threat model forbids. Which status is appropriate?', R404H),
  w('404', 'support', 'A customer deleted a branch by accident. Deleted branches can be restored from the UI for 30 days, and a teammate hit the branch URL in the meantime. My colleague wants 410 because the branch was deleted on purpose. What code should the branch URL return during that window?', R404U),
  w('404', 'sre', 'repo got deleted by the owner but its only soft deleted, support can restore it for 90 days. public repo so nothing to hide. 404 or 410', R404U),
  w('404', 'nonnative', 'The build log of an old job is not in storage anymore. We dont know if the cleanup job delete it forever or it was only moved to archive storage and can come back. Project is public. What is the correct code?', R404U),

  // ---- 410 ----
  w('410', 'api', 'Build artifacts on public projects are kept for 90 days; after that a retention job purges them irrevocably and writes a tombstone noting they were intentionally deleted and will never be restored. When a client requests a purged artifact, what status should the API return?', R410),
  w('410', 'sre', 'branch deleted 45 days ago, the 30 day restore window is over and the ref is purged for good. public repo, we keep a tombstone for it. what do we send back for GET on that branch', R410),
  w('410', 'support', 'A customer requested permanent deletion of their public project. It\'s been hard-deleted: no backups, no restore, and the project name is retired. Other people still have links to it, and there is nothing confidential about it having existed. What status code should those links return?', R410),
  w('410', 'nonnative', 'We switch off forever the old /api/v1/builds endpoint, it will never come back and clients must use v2. Which status code is the best for requests to the old v1 endpoint?', R410),
  w('410', 'security', 'A maintainer permanently deleted a public release (and its download assets) after a compromised binary was published. It will never be republished under that tag, and everyone already knew it existed. A colleague suggests 404 "to minimise info". Which status is correct for requests to that release?', R410),
  w('410', 'sre', 'we retired the ci badge svc for good, /badges/<proj>.svg links are all over peoples readmes. its never coming back and we want folks to drop the links. status pls', R410),

  // ---- knowledge ----
  k('api', 'Is a 404 response cacheable by default, i.e. without explicit freshness information such as Cache-Control?', /heuristic|\byes\b/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('support', 'A customer asked why we bother sending 410 for deleted projects instead of plain 404. What is 410 actually meant to tell people?', /intentional|permanent|links?\b/i, 'RFC 9110 §15.5.11: 410 tells the recipient the resource is intentionally unavailable (likely permanently) and that remote links should be removed'),
  k('nonnative', 'If our API give 403 to a user, is it useful that the client just login again and send the same request again with same token?', /(should ?n[o']?t|shouldnt|not|won'?t|wont|doesn'?t|doesnt|no)[\s\S]{0,40}(repeat|retry|help|resend)|insufficient/i, 'RFC 9110 §15.5.4: if credentials were provided they are considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', 'Which RFC is the current normative definition of HTTP status codes such as 401, 403, 404 and 410, now that RFC 7231 and RFC 7235 have been obsoleted?', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235'),
  k('sre', 'bearer token expired, which error value goes in the WWW-Authenticate per 6750', /invalid_token/i, 'RFC 6750 §3.1: an expired token is reported as error="invalid_token"'),
  k('api', 'In RFC 6750, which HTTP status code goes with the invalid_request error (for example a request with a missing parameter or the token supplied twice)?', /400|bad request/i, 'RFC 6750 §3.1: invalid_request SHOULD be returned with 400 Bad Request'),
  k('support', 'Once we start returning 410 for a deleted project, how long are we required to keep returning it?', /discretion|any (particular )?length of time|(no|not|isn'?t|isnt)[\s\S]{0,30}(required|obligat|fixed|specific|mandated)|server owner|up to (you|the server)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the discretion of the server owner'),
  k('security', 'does the http spec actually allow answering 404 where a 403 would technically apply? pen testers keep asking why our private repos return 404', /hid(e|ing|den)|conceal|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the current existence of a forbidden target resource MAY respond 404'),
  k('nonnative', 'When the server is not knowing if a removed resource is gone forever or not, which code the RFC say to use, 404 or 410?', /404|not found/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead'),
  k('support', 'If a request already included credentials and we respond with 401, what does that 401 say about those credentials?', /refus|reject|not accepted|invalid|failed/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates that authorization has been refused for those credentials'),
  k('sre', 'oauth access tokens, what auth scheme name goes in the WWW-Authenticate challenge', /bearer/i, 'RFC 6750 §3: the challenge uses the "Bearer" auth-scheme'),
  k('security', 'Per RFC 6750, if a request arrives with no authentication information at all, should the 401 challenge include an error code such as invalid_token?', /(should ?n[o']?t|shouldnt|\bnot\b|\bno\b|omit|without|leave out)[\s\S]{0,40}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('nonnative', 'A 404 tell the client if the missing resource is missing only temporary or for permanent?', /(does ?n[o']?t|doesnt|\bno\b|\bnot\b) (say|indicate|tell|specify|signal|distinguish)|temporary or permanent|whether[\s\S]{0,40}(temporary|permanent)|neither/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN157_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
