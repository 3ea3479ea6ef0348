import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 51, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a code-hosting platform — repositories public and private, organisations and teams, deploy keys, personal access tokens and fine-grained scopes, SSO-enforced orgs, archived and deleted repos, renamed users, GitHub-style apps and webhooks. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target → 401 with a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: token expired, revoked, malformed or otherwise invalid → invalid_token, 401';
const R401N = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: no credentials at all → 401 challenge (no error code)';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; the caller is known but not allowed → 403';
const R403S = 'RFC 6750 §3.1: valid token lacking the needed scope → insufficient_scope, 403';
const R403P = 'RFC 9110 §15.5.4: a rule, setting or policy refuses a known caller and existence is not secret → 403';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server wishing to hide that a resource exists from this caller may answer 404 instead of 403';
const R404 = 'RFC 9110 §15.5.5: the origin found no current representation for the target → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 is for removals known to be permanent; if that is unknown, 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×20
  w('401', 'sre', `curl https://api.gitforge.dev/user from my laptop, no auth header at all. svc answers 403 "login required" today. code pls`, R401N),
  w('401', 'api', `A fine-grained personal access token whose expiry date passed at midnight UTC is presented on the repository contents endpoint. Its scopes would otherwise have covered the call. Which status should the API respond with?`, R401T),
  w('401', 'support', `Customer says their CI broke the moment they hit "regenerate" on their token in settings. The pipeline is still sending the old value, which stopped working when the new one was minted. They want to know what our API should have told the pipeline.`, R401T),
  w('401', 'security', `The webhook redelivery endpoint receives an app JWT whose signature does not verify against the public key registered for that app. The app id in the claims is real. Is this a 401 or a 403?`, R401T),
  w('401', 'nonnative', `Our git-over-https server is receiving a request with Basic auth header, but the base64 part is broken and we cannot decode it at all. Which code we should give back to the client?`, R401),
  w('401', 'sre', `2024-05-11T03:12:09Z auth=bearer prefix=gfp_ status=? err="token not found in store" path=/repos/acme/api/pulls
token lookup misses entirely, we never issued it. what status`, R401T),
  w('401', 'api', `App installation tokens live for one hour. An integration keeps using one 70 minutes after it was minted; its expires_at is clearly in the past. What should we send back?`, R401T),
  w('401', 'support', `A user clicked "sign out everywhere" in the web UI, which also kills the OAuth token our CLI holds. Now the CLI keeps sending that old token and they are confused by the error. Which response is the right one for those CLI calls?`, R401T),
  w('401', 'security', `Secret scanning caught a token pushed in a public commit and auto-revoked it. A few minutes later someone calls the API with that exact string, which is still perfectly well-formed. Correct response?`, R401T),
  w('401', 'nonnative', `Admin removed the deploy token from the repository settings, but the build machine still send it on every fetch through our https git proxy. What code the proxy must answer?`, R401T),
  w('401', 'sre', `seeing "Authorization: token " w/ nothing after the word token on org api calls from some old script. header there, value blank. 401 or 400 or 403`, R401),
  w('401', 'api', `Production GraphQL gets a bearer token that was issued by our staging environment. Prod has no record of it and its signing key is different. Which code does the gateway return?`, R401T),
  w('401', 'support', `Customer's username and password are both right on the Basic auth call, but their account has two-factor turned on and the request carried no one-time code. What should the API answer so their tool knows to ask for the code?`, R401),
  w('401', 'security', `Client assertion JWT from a GitHub-style app has an exp more than an hour beyond the allowed maximum and an iat set in the future. We reject it — which status goes on the rejection?`, R401T),
  w('401', 'nonnative', `Anonymous person, not logged in, try to star a repository by the API. Star always need a user account. What is correct answer code?`, R401N),
  w('401', 'sre', `user deauthorized our oauth app from their settings page yesterday, app still calling w/ the access token it had cached. whats the right reply`, R401T),
  w('401', 'api', `Private package pulls require a signed-in account. A docker pull arrives without any credentials because the user never ran docker login. We don't mind that people know the package name exists. Which status code should the registry answer with?`, R401N),
  w('401', 'support', `Customer pasted their token from an email and accidentally grabbed half of the next line too, so what they send is garbage characters appended to a real prefix. What should they have seen from us?`, R401),
  w('401', 'security', `Someone edited the web session cookie by hand; its HMAC no longer matches. The request is for a repository settings page. What do we return?`, R401),
  w('401', 'nonnative', `The user changed his password yesterday, but the git credential helper on his laptop still keep the old password and send it in basic auth. Which status we respond please?`, R401),

  // ---- 403 ×24
  w('403', 'sre', `fine grained token has contents: read only, caller tries PUT /repos/acme/web/contents/README.md to commit. token valid. code?`, R403S),
  w('403', 'api', `A classic token carrying "repo" but not "admin:org" calls the endpoint that adds someone to a team. 401 or 403?`, R403S),
  w('403', 'support', `Customer is a member of the acme org and can browse its repos in the browser. The org enforces SAML single sign-on, and the personal token their script uses was never authorized for that org's SSO. The script gets refused. Which status fits?`, R403P),
  w('403', 'security', `Org has an IP allow list. A valid token for an org member comes in from a coffee-shop address that isn't on the list. The repos involved are known to this person. Correct refusal code?`, R403P),
  w('403', 'nonnative', `User with read role in the team try to delete the branch protection rule. The repo is public so everybody know it exist anyway. Which one we return?`, R403),
  w('403', 'sre', `push via api to archived repo acme/old-cli, maintainer's token is fine, repo is read-only b/c archived. they can obviously see it. what do we send`, R403P),
  w('403', 'api', `An organisation on the free plan calls the endpoint to turn on required reviewers for a private repository, which our pricing page lists as an Enterprise-only capability. What status should the response carry?`, R403P),
  w('403', 'support', `An outside collaborator who can read and push to a repo is trying to flip it from private to public. Only org owners are able to change visibility. What response should they get?`, R403),
  w('403', 'security', `An app was installed on "selected repositories" only — repo A. Its installation token is then used to open an issue on repo B in the same org. B is public. What should the API say?`, R403),
  w('403', 'nonnative', `Our organisation setting say forks of private repos are not allowed. A member who can see the private repo call the fork API anyway. What we reply to him?`, R403P),
  w('403', 'sre', `ci pushes over a deploy key that was added w/o the "allow write access" box ticked. key authenticates ok, push gets refused. code`, R403),
  w('403', 'api', `Trust & Safety suspended an account, but one of its sessions is still technically valid. With it, the account tries to open a pull request on a public repo. Which status should we give?`, R403),
  w('403', 'support', `The customer's org admin turned on "members must have two-factor enabled". The customer's token is valid but they never set up 2FA, so org resources are refused to them. They're asking which error they should be seeing.`, R403P),
  w('403', 'security', `Enterprise policy says classic personal tokens may not be used against this org's resources; only fine-grained ones. A valid classic token is used on an org repo the user belongs to. We don't care if they learn the repo exists. Status?`, R403P),
  w('403', 'nonnative', `The create webhook API is called with the token of a user who have only triage role on the repo. Only admins can add webhooks there. Which status code is correct?`, R403),
  w('403', 'sre', `level=warn msg="protected ref: force push not allowed" user=ana repo=acme/web ref=refs/heads/main
ana is authed fine, branch rules say no. which one`, R403P),
  w('403', 'api', `Token introspection comes back active:true with scope "read:packages", and the request is a package publish. Which status is appropriate?`, R403S),
  w('403', 'support', `Customer wants to transfer their repo into their company's org. They're a regular member there, and the org is configured so that members can't create repositories. What should the transfer call return?`, R403P),
  w('403', 'security', `A regular member of a well-known org (its name is on their homepage) requests the org audit log endpoint. Only owners may view it. Existence of the org is not sensitive. What response code?`, R403),
  w('403', 'nonnative', `The repo owner has blocked this user. The user is logged in and try to comment on an issue in that public repository. What we should return to him?`, R403P),
  w('403', 'sre', `GET /repos/acme/public-site/actions/secrets w/ a read-only member's token. repo is public. code currently 404s it but pm says just refuse plainly, the repo existing isnt a secret. right code?`, R403),
  w('403', 'api', `The org requires owners to approve fine-grained tokens before they work on org resources. A member's new token is still awaiting approval and is used to read an internal repo the member can see in the UI. What do we send?`, R403P),
  w('403', 'support', `Customer is a maintainer and tried to delete a repository in their company's org. The org setting restricts repository deletion to owners. What should the API have answered?`, R403P),
  w('403', 'security', `A workflow triggered by a pull request from a fork runs with a read-only built-in token by design. The workflow tries to add a label to the PR. Which response code fits the refusal?`, R403S),

  // ---- 404 ×24
  w('404', 'sre', `user w/ valid token, not a collaborator, requests private repo acme/secret-roadmap. we dont want ppl probing repo names to see whats real. what do we send back`, R404H),
  w('404', 'api', `A signed-in user requests /orgs/acme/teams/red-team. It's a secret team, visible only to its own members, and the caller isn't one. Should the response confirm the team is there?`, R404H),
  w('404', 'support', `Customer left their former employer and was removed from the org last week. They still try the URL of one of the company's private repos. What should we be sending them?`, R404H),
  w('404', 'security', `GET /enterprises/{slug} — enterprise slugs are not public, and we must not let anyone work out which companies pay us. The caller is authenticated but belongs to no enterprise. Which code?`, R404H),
  w('404', 'nonnative', `A draft security advisory in a public repo is only for the maintainers to know. A normal logged-in user open the URL of the draft. What we must return so he not learn it exist?`, R404H),
  w('404', 'sre', `pentest finding: attacker loops /repos/acme/{name} w/ their own token, our 403 vs 404 split tells them which private repos exist. what should every one of those return`, R404H),
  w('404', 'api', `Internal repositories are visible to every member of the enterprise and nobody else. An authenticated user from outside the enterprise requests one. Which status should the API use?`, R404H),
  w('404', 'security', `A deploy key registered on repo X is used to fetch repo Y, a private repo in the same org. The key itself is valid, but its holder should learn nothing about what else the org keeps. Response?`, R404H),
  w('404', 'nonnative', `Private package in private org, a user with valid token and read:packages scope pull it, but he is not member of that org. Privacy of the org is important for us. Which code is good?`, R404H),
  w('404', 'sre', `repo deleted by owner this morning, 90 day restore window still open. clone url getting hit by their old ci. 404 or 410`, R404U),
  w('404', 'support', `A customer deleted their org by mistake. Support may be able to bring it back within the grace period, we aren't sure yet. In the meantime, what should the org's URLs respond with?`, R404U),
  w('404', 'nonnative', `The account of the user is under review and the profile is hidden for now, maybe it come back after the review finish. Which code for the profile page?`, R404U),
  w('404', 'api', `A maintainer removed a release asset. They may well upload a new file under the same name next week — we have no idea. Is it correct to serve 410 on the download URL, or something else?`, R404U),
  w('404', 'sre', `branch feature/x deleted after the pr merged, the "restore branch" button is right there on the pr page. GET /repos/acme/web/branches/feature/x →`, R404U),
  w('404', 'security', `User renamed from olddev to newdev. The old login is not reserved and anyone could claim it tomorrow. What should GET /users/olddev return right now?`, R404U),
  w('404', 'nonnative', `The team delete a wiki page, but we are not sure if they will create it again or not. Which code is correct for the page now?`, R404U),
  w('404', 'api', `GET /repos/acme/api/commits/{sha} where the sha is a typo — it isn't in the repository's history at all. Which code?`, R404),
  w('404', 'sre', `bots hammering /repos/:o/:r/issue (singular). that route never existed, only /issues. what do we answer`, R404),
  w('404', 'support', `A customer shared a link with their username followed by a stray dot. No account with that name has ever existed. What do visitors to that link get?`, R404),
  w('404', 'security', `Scanners keep asking the marketing site for /.git/config. There is no such file there and never was. Correct status?`, R404),
  w('404', 'nonnative', `Somebody call /orgs/acme/hooks/999999 but hook with that id was never created. Which status please?`, R404),
  w('404', 'api', `The archive endpoint is asked for tag v9.9.9, but the repository only has tags up to v2.1.0. What do we return?`, R404),
  w('404', 'support', `Customer followed a link to pull request #4500, but the repo only has about 3,200 issues and PRs combined. They want to know what the right error is.`, R404),
  w('404', 'security', `GET /apps/no-such-app — no GitHub-style app has ever been registered with that slug. Which response should come back?`, R404),

  // ---- 410 ×12
  w('410', 'sre', `repo deleted, restore window ran out, storage purged and the name tombstoned. clones still coming in. status pls`, R410),
  w('410', 'api', `We're retiring the v2 REST API on June 1 for good. No rollback is planned and the changelog says it's gone. After that date, what should calls to v2 endpoints receive?`, R410),
  w('410', 'support', `A customer had their account erased at their own request under privacy law; the erasure is irreversible and all their data is wiped. People still open their old profile link. What should that link return?`, R410),
  w('410', 'security', `A gist that leaked credentials was destroyed by us at the owner's request; its content is unrecoverable and its id will never be handed out again. Requests for it should get what?`, R410),
  w('410', 'nonnative', `Our org decide to close the old package registry forever, it will never come back. The old download URLs are still used by many CI. Which code we return for them?`, R410),
  w('410', 'sre', `POST /hooks/legacy-travis — integration killed for good last quarter, code ripped out of the product, no plans to revive. old senders still posting. what do we send`, R410),
  w('410', 'api', `A repository admin deleted an issue. Issue deletion in our product can't be undone by anyone, support included. What should a GET on that issue number return?`, R410),
  w('410', 'support', `A customer asks why an old release tarball link stopped working. The project purged every release before 2019 and announced they won't be coming back. What should the link answer?`, R410),
  w('410', 'security', `Share links for private repository snapshots are one-time: once used, the snapshot is destroyed and that link can never work again. A second request on the same link — which code?`, R410),
  w('410', 'nonnative', `User deleted his wiki completely and we purged it from the storage, it is not possible to restore it any more. Which status for the wiki URLs?`, R410),
  w('410', 'sre', `gist deleted by owner, backups rotated out, id burned forever. crawlers still hitting it and we want it out of search results quick`, R410),
  w('410', 'api', `The /repos/{owner}/{repo}/downloads endpoints were sunset: the feature was taken off the platform deliberately, has no replacement, and will not return. What's the proper response for them now?`, R410),

  // ---- knowledge ×10
  k('api', `What header must accompany a 401 response, and what does it carry?`, /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header with at least one challenge'),
  k('support', `If someone gets a 403 on a repo, will signing out and back in with the same account fix it?`, /\b(no|not|won'?t|doesn'?t|does not|will not|cannot|can'?t|unlikely)\b/i, 'RFC 9110 §15.5.4: a 403 is not cured by re-authenticating with the same credentials'),
  k('security', `Are we allowed to answer 404 instead of 403 for a private repo, so outsiders can't tell it exists?`, /\b(yes|may|can|allowed|permitted|hide|conceal|not (reveal|disclose))\b/i, 'RFC 9110 §15.5.4: an origin that wishes to hide a forbidden resource may respond 404'),
  k('nonnative', `Which RFC is the current one for HTTP semantics and replaced RFC 7231?`, /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', `Under RFC 6750, which error code goes in the challenge when a bearer token has expired, and with what status?`, /invalid_token/i, 'RFC 6750 §3.1: invalid_token, with 401'),
  k('security', `What error value does RFC 6750 define for a bearer token that is valid but lacks the scope the call needs?`, /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, with 403'),
  k('support', `Why would we send 410 rather than 404 for a repo that is gone for good — what do search engines do differently?`, /(fast|quick|sooner|soon|permanent|de-?index|delist|drop|remov)/i, 'RFC 9110 §15.5.11: 410 signals permanent removal so links and index entries can be dropped; crawlers delist faster'),
  k('nonnative', `What is the official reason phrase of the 401 status, and is it really about authentication or about authorization?`, /unauthori[sz]ed/i, 'RFC 9110 §15.5.2: 401 Unauthorized, about missing or invalid authentication'),
  k('sre', `request w/ no bearer token at all — per rfc 6750 do we put an error= code in the www-authenticate challenge or not`, /(no\b|not|omit|without|shouldn'?t|should not|leave (it )?out|no error)/i, 'RFC 6750 §3.1: when the request lacks any authentication information, the challenge SHOULD NOT include an error code'),
];

export const UNSEEN51_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
