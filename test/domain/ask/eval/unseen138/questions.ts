import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 138, written by a blind writer who never read the parser, its tests, or any other question set. Angle: open-source maintainers and public API documentation writers (package registries, git hosting, docs sites, deprecated endpoints); knowledge questions on precise RFC wording. */

const R401 = 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; the server MUST send WWW-Authenticate with a challenge';
const R401R = 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials (expired, revoked, forged or wrong credentials are not valid)';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 means the server understood the request but refuses to fulfill it; the caller is known and nothing about existence needs hiding';
const R403S = 'RFC 6750 §3.1: insufficient_scope (valid token lacking the required scope) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 means the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.5 / §15.5.4: 404 may be used when the server is not willing to disclose that the resource exists (hiding a forbidden resource)';
const R404U = 'RFC 9110 §15.5.11: if the origin server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 means the resource is no longer available and the condition is likely permanent; intended to get remote links removed';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'npm publish from ci blowing up, the automation token got revoked yesterday during the leak rotation but the pipeline still sends the old one in the auth header. what do we send back', R401R),
  w('401', 'api', 'I am documenting the download endpoint of our package registry. A request for a private package arrives with no Authorization header at all. Private package names are deliberately public in our search index, so there is nothing to conceal; the caller simply has not authenticated. Which response code should the reference page specify?', R401),
  w('401', 'support', 'A customer says git clone over HTTPS keeps prompting them. It turns out the personal access token stored in their credential helper expired last month. Which status should our git server be returning when that expired token is presented?', R401T),
  w('401', 'security', 'Pen-test finding on our docs-site admin API: when the session cookie has a tampered, invalid signature we currently answer 403. The tester flagged it. For a forged cookie that fails verification, what is the correct code?', R401R),
  w('401', 'nonnative', 'When user is calling our deprecated v1 endpoint with Basic auth and the password is wrong, what code we must return? My colleague say 410 because the endpoint is deprecated, but the endpoint is still working normal for correct passwords.', R401R),
  w('401', 'sre', 'webhook mgmt api, caller sends a bearer jwt that fails signature verification, not signed by us at all. not a scope thing, the token just isnt valid. code pls', R401T),
  w('401', 'api', 'For the release-asset upload endpoint, what should the docs say is returned when the request carries no credentials whatsoever? The endpoint is publicly documented and the only thing the caller is missing is authentication.', R401),
  w('401', 'support', 'user removed our oauth app from their github acct, which revoked the token we issued them. their mirror sync job keeps hitting our api with that revoked token. what should they be getting back', R401T),
  w('401', 'sre', 'self hosted container registry, anonymous pulls disabled on this instance. client hits /v2/ with no creds at all. which status do we return', R401),

  // ---- 403 (10) ----
  w('403', 'api', 'A maintainer presents a valid token, but their role in the organization is read-only, and they attempt to yank a version of a package. The package is public and anyone can see it. What status should the API return?', R403),
  w('403', 'sre', 'ci token is valid, not expired, but was created w/o the write:packages scope. push to a public package fails. what do we send back', R403S),
  w('403', 'security', 'Security review: an authenticated user tries to delete a public repository they do not own. The repository is public, so its existence is no secret. A colleague suggests 404 "to be safe". What is the right code here?', R403),
  w('403', 'support', 'A customer is logged in with valid credentials, but their org admin enabled an IP allowlist and the customer is calling from an IP that is not on it. The resource is a public docs project. Which status should the API respond with?', R403),
  w('403', 'nonnative', 'User is logged in correctly, but he try to edit the wiki page of a project where he is not collaborator. The page is visible public for everybody. Which code is right, 401 or 403?', R403),
  w('403', 'api', 'Our deprecated v1 search endpoint remains live and publicly documented. A caller authenticates with a perfectly valid API key, but their plan no longer includes v1 access. How should we respond?', R403),
  w('403', 'sre', 'maintainer authed fine, tries to force push to protected main on a public repo, branch protection rule says no. what status', R403),
  w('403', 'security', 'The token is valid and unexpired and we know exactly who the user is. They request the audit log of a public organization without being an org owner. The audit-log endpoint is documented and nothing about it is secret. A teammate proposed 401 because the user is "unauthorized". What should we return?', R403),
  w('403', 'support', 'A customer with a valid session tries to publish a new version under a package name that is owned by another publisher. The package is public on the registry. What response should they get?', R403),
  w('403', 'nonnative', 'The api key is valid and not expired, but the key is restrict to read only, and the client send DELETE on a public docs version. Login again will not change anything. What status we answer?', R403S),

  // ---- 404 (10) ----
  w('404', 'sre', 'someone hitting /packages/lodahs, typo, that name was never published or registered by anyone. code', R404),
  w('404', 'api', 'A client requests /docs/v9/ for our library, but we have never released a v9; the latest version is v4 and there was never anything at that path. Which status should the docs site return?', R404),
  w('404', 'nonnative', 'User request a git tag v2.0.0 which was never created in the repository. The repository is public. Which code we should to return?', R404),
  w('404', 'security', 'An authenticated user with a valid token requests a private repository in another organization that they have no access to. Our requirement is that we must not reveal that the private repo exists. Which code do we send?', R404H),
  w('404', 'support', 'A customer is logged in and is guessing URLs of private packages under a competitor\'s scope. Company policy says private package names must never leak to non-members. What should those requests get?', R404H),
  w('404', 'api', 'An embargoed security advisory exists as a draft. A logged-in user without access to it requests it by ID, and the existence of the advisory must not be disclosed before publication. Which status should our API reference specify?', R404H),
  w('404', 'sre', 'repo got taken down pending a dmca review, could be restored, could stay down, nobody knows yet. what do we serve on the repo url', R404U),
  w('404', 'api', 'An author unpublished a package version. Our policy allows the same version to be re-published within 72 hours, so during that window we cannot say it is gone for good. What status should requests for it receive in the meantime?', R404U),
  w('404', 'nonnative', 'We deleted the docs page of the old API, but maybe we bring it back next quarter, it is not decided yet. My colleague want 410. Which code is correct?', R404U),
  w('404', 'sre', 'user w/ valid session hits /orgs/acme/secret-infra, they arent a member. policy is private repos look nonexistent to outsiders. code pls', R404H),

  // ---- 410 (6) ----
  w('410', 'api', 'On the announced sunset date we intentionally and permanently removed the v1 REST endpoints. They will never come back, and we want integrators to update their links. What should requests to v1 receive?', R410),
  w('410', 'sre', 'old docs site under /v1/ permanently retired, decision is final, we want crawlers to drop the links. what do we return', R410),
  w('410', 'support', 'The registry permanently removed a package for containing malware. The name is blocked forever and it will never serve content again; that it existed is public knowledge. What should install requests for it get?', R410),
  w('410', 'nonnative', 'Our platform removed a user gists permanently because the account is closed forever and the person is not anymore associated with the site. There is no possibility to restore. What code we give?', R410),
  w('410', 'security', 'A deprecated download-mirror endpoint was decommissioned on purpose and permanently. Nothing sensitive about it; its existence was always public. The reviewer asks whether it should be 404 or 410. Which?', R410),
  w('410', 'sre', 'the limited time hacktoberfest swag api ended, endpoint killed for good, not coming back. code', R410),

  // ---- knowledge (15) ----
  k('api', 'For our docs glossary: what precisely does RFC 9110 say a 403 response indicates about whether the server understood the request?', /understood|understands/i, 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it'),
  k('sre', 'does a 404 say anything about whether the thing is gone temporarily or for good, per the rfc', /(n[o']?t|nt|no|nothing|silent|neither)\b[^.]{0,60}(temporary\s*(or|vs\.?|nor|\/)\s*permanent|permanent\s*(or|vs\.?|nor|\/)\s*temporary|whether)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', 'According to RFC 9110, which header field is a server required to send with a 401 response?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server MUST send a WWW-Authenticate header field with at least one challenge'),
  k('nonnative', 'If the request already include credentials and server answer 401, what is the meaning of this according RFC 9110?', /refus|reject|den(ied|y)/i, 'RFC 9110 §15.5.2: authorization has been refused for those credentials'),
  k('api', 'After receiving a 403, may a client automatically repeat the request with the same credentials, according to RFC 9110?', /(should\s*n[o']?t|shouldnt|must\s*n[o']?t|not|no)\b[^.]{0,50}(automatic|repeat|retry|resend|same credentials)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('support', 'Can we tell the user why access was forbidden in a 403? Where does RFC 9110 say that explanation goes?', /(response|message|the|in)\s+(content|body|payload)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('sre', 'is a 404 cacheable by default or do we need explicit cache headers for that', /heuristic/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable'),
  k('api', 'How long does RFC 9110 require us to keep returning 410 for a removed endpoint before we may switch it to 404?', /discretion|no (fixed|set|minimum|required|requirement|mandated|specific|particular)|not (necessary|required|mandated|specified)|up to (the|you)|any length of time/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; left to the discretion of the server owner'),
  k('api', 'What is the stated purpose of 410 in RFC 9110: what do the server owners want recipients to do about links to the resource?', /(remov|delet|drop|clean)[^.]{0,40}link|link[^.]{0,40}(remov|delet|drop|clean)|web maintenance/i, 'RFC 9110 §15.5.11: to assist web maintenance by notifying that the server owners desire remote links to the resource be removed'),
  k('support', 'A customer cited RFC 2616 and RFC 7231 in a ticket about our status codes. Which RFC is the current reference for HTTP status code semantics?', /9110/, 'RFC 9110 obsoletes RFC 7231 (and RFC 2616 was obsoleted earlier)'),
  k('sre', 'rfc 6750 q: request came in w/ no token at all, do we put error="invalid_token" in the WWW-Authenticate challenge or not', /(should\s*n[o']?t|shouldnt|not|no|omit|without|leave (it )?out|skip)\b[^.]{0,50}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('nonnative', 'Is it allowed by the RFC to send 404 instead of 403 when we want to hide that the resource exist?', /\bMAY\b|\byes\b|allowed|permitted/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the current existence of a forbidden target resource MAY instead respond with 404'),
  k('api', 'Per RFC 6750 section 3.1, which status code accompanies the invalid_request error?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 (Bad Request)'),
  k('support', 'What examples does RFC 9110 give of situations where a 410 response is common?', /promotion|limited[- ]time|no longer associated|individuals/i, 'RFC 9110 §15.5.11: common for limited-time, promotional services and for resources belonging to individuals no longer associated with the site'),
];

export const UNSEEN138_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
