import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set no. 9, written by a blind writer who never saw the `ask` parser, its tests or any
 * other question set. Only the domain seed text and RFC 9110 / RFC 6750 were consulted. The questions imitate
 * four sources: a support ticket queue (long, customer background first), an API design-review doc, a security
 * audit spreadsheet (finding rows, dev-vs-pentester disputes) and an incident channel (terse SRE shorthand),
 * plus colleagues arguing about which code is right and people writing English as a second language. */

const R401_NONE = 'RFC 9110 §15.5.2: the request carries no credentials at all → 401 (not 403)';
const R401_EXPIRED = 'RFC 6750 §3.1 invalid_token: an expired credential is not valid → 401 (RFC 9110 §15.5.2)';
const R401_REVOKED = 'RFC 6750 §3.1 invalid_token: a revoked key/token is not valid → 401 (RFC 9110 §15.5.2)';
const R401_SESSION = 'RFC 9110 §15.5.2: a session that was ended server-side is no valid credential → 401';
const R401_SIG = 'RFC 6750 §3.1 invalid_token / RFC 9110 §15.5.2: token that fails signature verification is invalid → 401';
const R401_MALFORMED = 'RFC 6750 §3.1 invalid_token covers a malformed token → 401 (RFC 9110 §15.5.2)';
const R403_SCOPE = 'RFC 6750 §3.1 insufficient_scope: valid token lacking the required scope → 403';
const R403_ROLE = 'RFC 9110 §15.5.4 + seed: authenticated caller lacks the role, existence is no secret → 403';
const R403_TENANT = 'RFC 9110 §15.5.4 + seed: tenant isolation violation by a known caller, existence not secret → 403';
const R403_IP = 'seed + RFC 9110 §15.5.4: valid credentials but source IP not on allowlist → 403';
const R403_PLAN = 'RFC 9110 §15.5.4: authenticated caller whose plan does not include the feature, endpoint public → 403';
const R404_NEVER = 'RFC 9110 §15.5.5: no current representation for the target (never existed / mistyped) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4: a server that wishes to hide existence of a forbidden resource MAY answer 404';
const R404_MAYBE = 'RFC 9110 §15.5.11: if it is not known whether the removal is permanent, 404 SHOULD be used';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is permanent → 410';

const QUESTIONS: readonly Draft[] = [
  w('401', 'sre', 'billing svc calls to ledger started failing after the key rotation, turns out billing is still sending the old api key we revoked this morning. what should ledger send back, 401 or 403', R401_REVOKED),
  w('403', 'sre', 'new on-call cant open the runbook admin page. sso login works fine, shes just missing the ops-admin role. we dont mind if she knows the page exists, its linked in the wiki. 403 or 404', R403_ROLE),
  k('api', 'Design review note: several people keep saying "401 Unauthorized" when they mean the user lacks permission. What does 401 actually signal according to RFC 9110?', /authenticat|credential/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  w('404', 'support', 'Customer reports that a shared link https://app.example.com/s/xk29Qa gives them an error page. I searched and there has never been a share with that code in our system, they probably copied it wrong (our codes are 8 chars, theirs is 6). What should that link return?', R404_NEVER),
  w('410', 'nonnative', 'Our company closed the old community forum forever. We deleted all the posts on purpose and we will never open it again. Which http code the old forum links should return?', R410),
  w('401', 'security', 'Audit finding #14: /internal/metrics, when called with a bearer token whose signature does not verify (token was forged by the tester), currently returns 403. What should it return instead?', R401_SIG),
  w('404', 'sre', 'we pulled the promo page last night b/c legal flagged it. might come back after their review, not sure yet if its permanent. 404 or 410', R404_MAYBE),
  k('sre', 'quick one does a 401 have to carry some specific header? our lb is stripping response headers and i want to know what breaks', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header with at least one challenge'),
  w('403', 'api', 'For the reporting API, customers on the Starter plan authenticate normally, but /reports/export is only included in the Enterprise plan. The endpoint is documented publicly on our pricing page. What should a Starter customer get when they call it?', R403_PLAN),
  w('401', 'nonnative', 'Hello, in our web app the user make logout, but after this the browser still send the old session cookie to the API. The session is already finished and deleted in the server. Which code the API must give, 401 or 403?', R401_SESSION),
  k('security', 'Per RFC 9110, is a server allowed to answer 404 instead of 403 so that it does not reveal a forbidden resource exists?', /\byes\b|\bmay\b|allowed|permitted|permissible/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide existence MAY respond with 404'),
  w('403', 'sre', 'ana says 404 b/c the deploy "isnt found" for that token, i say 403. token is valid but was minted w/o the write:deploys scope and the call is POST /deploys. nothing secret about the endpoint. who is right', R403_SCOPE),
  w('401', 'support', 'Customer says their integration started erroring this morning and they swear nothing changed on their side. Looking at the logs, the API key they use expired yesterday at midnight (our keys are valid for one year). Which status should they be seeing from us for those calls?', R401_EXPIRED),
  w('404', 'security', 'Finding: GET /api/patients/{mrn} returns 403 for patients of other clinics, which confirms to a logged-in attacker that an MRN is valid. Policy: users must not learn whether a patient record exists outside their own clinic. What should the response be?', R404_HIDE),
  w('410', 'sre', 'we killed the old /export/csv endpoint on purpose, its gone for good and not coming back. clients still hammering it. 404 or 410', R410),
  k('support', 'Customer asks: "Your API returned 403 Forbidden. If I log out and log back in, will it work?" What should I tell them?', /won.?t|will not|wouldn.?t|not (?:help|fix|change)|permission|\bno\b/i, 'RFC 9110 §15.5.4 + seed: 403 means the identity is known but not permitted; re-authenticating will not change it'),
  w('404', 'api', 'Our spec has GET /users/{id}/keys/{keyId}. If keyId doesn\'t match any key that was ever issued for that user, what do we return?', R404_NEVER),
  w('403', 'nonnative', 'My colleague say 404 but I think 403. The user is logged in correctly, his token have only read scope, and he try to delete a comment. The comment exist and everybody can see it. Who is right?', R403_SCOPE),
  k('sre', 'ok so once we 410 a url, how long do we have to keep serving the 410? forever? or can we drop the rule after a few months', /not (?:necessary|required)|no (?:need|requirement|fixed)|discretion|up to (?:you|the)|need not|do(?:es)?n.?t (?:have|need) to/i, 'RFC 9110 §15.5.11: no need to keep the mark for any length of time; left to the discretion of the server owner'),
  w('401', 'api', 'In the design review for our public REST API, someone proposed returning 403 when the Authorization header is missing entirely, on the grounds that the caller "is not allowed". I think that\'s wrong. With no credentials at all, what should the endpoint return?', R401_NONE),
  w('403', 'security', 'Audit item: a support-agent account (authenticated, valid session) can call GET /admin/audit-log. That endpoint is listed in our public API reference, so hiding it gains nothing, but the agent role must not have access. What is the correct response for that request?', R403_ROLE),
  w('410', 'support', 'A customer closed their account and asked for permanent deletion. We purged everything, it cannot be restored. Their public profile page used to be at /u/janedoe and Google keeps crawling it. What should that URL return so search engines drop it?', R410),
  w('404', 'nonnative', 'We have hide the pages of our test environment. If the user is not from our company, he must not know this page is existing. The user is logged in with normal customer account. What we answer?', R404_HIDE),
  k('api', 'RFC 6750 question: a bearer token is valid but doesn\'t have the scope the endpoint needs. Which error value goes in the WWW-Authenticate header?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope (with 403)'),
  w('401', 'sre', 'jwt on the request is signed w/ the staging key not prod so sig check fails. 401 or 403 code pls', R401_SIG),
  w('404', 'support', 'A customer deleted a workspace by mistake yesterday. Deleted workspaces sit in a 30-day trash and support can restore them, so it is not final yet. Teammates hitting the old workspace URL right now, should they get 404 or 410?', R404_MAYBE),
  w('403', 'sre', 'partner batch job moved to a new nat gateway and now their egress ip isnt on the allowlist. their token is valid tho and they know the api exists obviously. what do we send back', R403_IP),
  k('nonnative', 'What is the difference between 401 and 403? I always mix them.', /authenticat|credential|identity|who you are/i, 'RFC 9110 §15.5.2 / §15.5.4: 401 = no valid credentials (authentication), 403 = known caller refused'),
  w('410', 'api', 'We\'re sunsetting API v1. After the sunset date the v1 routes are permanently removed and we have no intention of ever bringing them back. What should v1 requests get after that date?', R410),
  w('404', 'sre', 'paged for a 404 spike on /v2/orders/<id>. ids in the logs are typos like ord_12e4 vs ord_1234, those orders never existed. are 404s right here or should we be sending something else', R404_NEVER),
  k('security', 'RFC 6750: if a request has no authentication at all (client didn\'t know auth was needed), should the Bearer challenge include an error code like invalid_token?', /should ?not|shouldn.?t|\bno\b|not include|omit|without (?:an |any )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  w('403', 'support', 'A customer\'s admin removed a colleague from the "Finance" group. The colleague can still log in fine but now gets an error opening the Invoices section. They know the section exists, they used it yesterday, and nobody is trying to hide it. What is the right code for that error?', R403_ROLE),
  w('410', 'nonnative', 'The product page of one discontinued item was removed by us intentionally, this product will never come back. For SEO which code is better, 404 or 410?', R410),
  w('401', 'support', 'Ticket from a user: they reset their password and now the mobile app errors on every request. On password reset we revoke all existing sessions, so the app is still sending a session token we already invalidated. Which response code is correct for those requests?', R401_REVOKED),
  k('sre', 'which rfc is the current one for http status codes? ppl keep linking 7231 in the runbook', /9110/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231'),
  w('404', 'api', 'Priya says 403, Marco says 404. Scenario: private repositories in our API. A logged-in user who is not a collaborator requests /repos/acme/secret-roadmap. Our policy is that non-collaborators must not be able to tell whether a private repo exists. Who is right?', R404_HIDE),
  w('401', 'nonnative', 'Please help: client send request with Authorization header but the bearer token is cut, only half of the token is there (copy paste mistake). Server cannot parse it. What is correct http code?', R401_MALFORMED),
  k('api', 'From a client\'s point of view, what is the practical difference between 404 and 410? When should a server prefer 410?', /permanent/i, 'RFC 9110 §15.5.11: 410 says the removal is intentional and likely permanent; 404 says nothing about permanence'),
  w('403', 'security', 'Row 22 of the pentest sheet: service account token is valid and belongs to the right tenant, but the request comes from an IP outside the customer\'s configured allowlist. Dev team returns 404, pentester says 403. The endpoint is public knowledge. Which is right?', R403_IP),
  w('410', 'support', 'We retired the old "Classic Dashboard" for everyone last month. Product decided it is permanently discontinued and it will not come back, and there is no replacement page to redirect to. Customers with bookmarks to /classic get an error. Which code is correct there?', R410),
  k('security', 'We see 407s in the egress logs next to the 401s from upstream. How is 407 different from 401?', /proxy/i, 'RFC 9110 §15.5.8: 407 is like 401 but the client must authenticate to a proxy (Proxy-Authenticate)'),
  w('403', 'api', 'Design question: projects are tenant-scoped, but project names and IDs are visible in the cross-org directory, so it is no secret that a project exists. When an authenticated member of tenant X sends DELETE for a project that belongs to tenant Y, 403 or 404?', R403_TENANT),
  w('401', 'sre', 'user logged out in another tab then hits /api/me w/ the same cookie, session row already deleted server side. correct response?', R401_SESSION),
  k('nonnative', 'Can the 410 Gone response be saved in the cache, or it is not allowed without Cache-Control header?', /heuristic|(?<!not |n.t |non-?)cach(?:e)?able|\byes\b|can be (?:cached|stored|saved)/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable'),
  w('404', 'security', 'Reviewing the admin panel: for users without the admin flag, /admin returns 403 today. Threat model says regular users must not even learn that an admin panel exists on this host. What should non-admins get?', R404_HIDE),
  k('support', 'A customer asks why they get "404 Not Found" on a document that their colleague says definitely exists. Can it be that the document is there and we still answer 404?', /hid|conceal|reveal|disclos|leak|existence/i, 'RFC 9110 §15.5.4: a server may answer 404 to hide the existence of a resource the caller may not access'),
  w('410', 'sre', 'legacy webhook ingest url was decommissioned permanently last quarter, decision is final, some clients still posting to it. which code tells them to stop', R410),
  w('404', 'sre', 'blog team pulled an old article, their mgr says maybe they republish it later, nothing decided. what should the url return till then 404 or 410', R404_MAYBE),
  k('sre', 'client lib is retrying 403s in a tight loop. should it ever auto retry the same request w/ the same creds', /should ?not|shouldn.?t|do ?not|don.?t|never|\bno\b|not (?:auto|retr)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', 'Which RFC 6750 error code should the resource server use when the access token has expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed tokens (401)'),
];

export const UNSEEN9_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
