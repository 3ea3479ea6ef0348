import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set "unseen8", written by a blind writer who never read the status-triage parser, its tests, or any other question set. The questions imitate what one would collect from a company Slack over a month: short one-liners fired off mid-incident by SREs, some with a pasted log line or config/code snippet, plus questions from API designers, support staff relaying customers, security reviewers and people writing English as a second language. Labels follow RFC 9110 (§15.5.2, §15.5.4, §15.5.5, §15.5.11), RFC 6750 §3/§3.1 and the shared seed text on 403 vs 404.
 *
 * Two knowledge questions the writer could not know were word for word in earlier sets ("Which section of RFC 9110 defines 403 Forbidden?", "When is it acceptable to return 404 for a resource that actually exists?") were taken out by the lead before scoring: 48 remain (35 which-code, 13 knowledge). Held aside: do not tune on it, and do not edit a question or a label to make it pass. */

const R401_NOCRED = 'RFC 9110 §15.5.2: request carries no authentication credentials → 401';
const R401_INVALID = 'RFC 6750 §3.1 invalid_token / RFC 9110 §15.5.2: expired, revoked, malformed or wrongly signed credentials → 401';
const R401_SESSION = 'RFC 9110 §15.5.2 + seed: an ended or expired session is not a valid credential → 401';
const R403_SCOPE = 'RFC 6750 §3.1: valid token lacking the required scope is insufficient_scope → 403';
const R403_AUTHZ = 'RFC 9110 §15.5.4 + seed: caller authenticated but not permitted (role, tenant, IP allowlist, plan) and existence is no secret → 403';
const R404_NONE = 'RFC 9110 §15.5.5: no current representation for the target (never existed, typo) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource may answer 404';
const R404_MAYBE = 'RFC 9110 §15.5.11: removal not known to be permanent (may be restored, undecided) → 404, not 410';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'GET /v2/invoices from the mobile app, jwt exp was 2h ago per jwt.io. what do we send back', R401_INVALID),
  w('401', 'sre', 'user clicked logout but their old tab keeps polling /api/me w/ the dead session cookie. code pls', R401_SESSION),
  w('401', 'api', 'If the Authorization header is missing entirely on a protected endpoint, what should the API return?', R401_NOCRED),
  w('401', 'support', "Customer's admin revoked one of their API tokens this morning. A script still using that token gets a 403 from us and they're asking if that's right. What should it actually return?", R401_INVALID),
  w('401', 'support', "Customer says their integration broke after they rotated API keys. They're still sending the old key, which we deleted as part of the rotation. What error should they be getting from us?", R401_INVALID),
  w('401', 'nonnative', 'Hello, the client send JWT but the signature is not valid, it is signed with other key, not our key. Which status code we must return please?', R401_INVALID),
  w('401', 'sre', 'seeing a lot of `auth: bearer token malformed (2 segments, expected 3) path=/orders` in the gw logs. correct response?', R401_INVALID),
  w('401', 'sre', 'sessions expire after 30m idle. req comes in w/ an expired session id, 401 or 403', R401_SESSION),
  w('401', 'nonnative', 'The request come without any credentials, no cookie and no token, to /admin/reports. What we answer, 401 or 403?', R401_NOCRED),

  // ---- 403 ----
  w('403', 'sre', 'token is valid but only has read:orders scope and theyre calling DELETE on their own order /orders/9. which code', R403_SCOPE),
  w('403', 'api', 'The access token validates fine, but our resource server decides the error is insufficient_scope for this call. Which status goes with that?', R403_SCOPE),
  w('403', 'security', "Tenant A's admin, with a valid session, requests /tenants/B/settings. The tenant list is public on our status page so we don't care if they know tenant B exists. What do we return?", R403_AUTHZ),
  w('403', 'sre', 'new batch svc runs from 10.9.3.12 which isnt on the ip allowlist yet, api key is valid tho. what do we send back', R403_AUTHZ),
  w('403', 'support', "Customer on the Free plan is trying to open the Audit Log page. They're logged in, and the pricing page openly lists Audit Log as a Business-plan feature. What error should they see?", R403_AUTHZ),
  w('403', 'nonnative', "User is login correctly but his role is 'viewer' and he try to edit the dashboard. Is 403 or 401?", R403_AUTHZ),
  w('403', 'api', 'Logged-in user calls PATCH /projects/12. They are a member of the project but only with the read-only role, so they obviously know the project exists. Which code?', R403_AUTHZ),
  w('403', 'security', "Reviewing this: `if (!user.roles.includes('billing_admin')) return res.status(404)`. The caller is authenticated and the billing page is linked from the main nav, so everyone knows it exists. What should that status be?", R403_AUTHZ),
  w('403', 'sre', 'contractor acct got moved to the readonly group, now getting denied on POST /deploys. token valid, we dont mind if they know the endpoint exists. 401 or 403', R403_AUTHZ),

  // ---- 404 ----
  w('404', 'sre', 'GET /api/v1/userz/42 spiking, its a typo, that route never existed. what should it return', R404_NONE),
  w('404', 'sre', 'cust asking about invoice INV-99999, we never issued that number. code pls', R404_NONE),
  w('404', 'security', "Authenticated user from org X requests /orgs/Y/incidents/771. Incident ids are confidential and users must not learn that other orgs' incidents exist. What should we return?", R404_HIDE),
  w('404', 'support', 'Customer deleted a project yesterday. It sits in the 30-day trash and can still be restored. Their integration keeps hitting the project URL. What should the API answer?', R404_MAYBE),
  w('404', 'api', "We sunset the /v1/widgets endpoint, but product hasn't decided whether it comes back in v3. 404 or 410?", R404_MAYBE),
  w('404', 'nonnative', "It is a private repository, the user is login but he is not member. We don't want that he know the repository exist. Which code?", R404_HIDE),
  w('404', 'security', "Someone is enumerating /users/<id>/export with a valid low-privilege token. Other users' exports must look absent to them. What's the right response for ids that exist but aren't theirs?", R404_HIDE),
  w('404', 'sre', 'crawler hammering /blog/2019/helo-world, typo of the real slug, that url never existed. 404 or 410', R404_NONE),
  w('404', 'nonnative', 'We take down the promo page temporary, maybe we put it back for next campaign, we are not sure yet. What code to return?', R404_MAYBE),
  w('404', 'support', 'Customer asks why they get an error on /reports/Q3-2025. That report was never generated, their account only has Q1 and Q2. What should the API return?', R404_NONE),

  // ---- 410 ----
  w('410', 'sre', 'we killed /legacy/soap for good last quarter, never coming back, clients still hitting it. what do we send back', R410),
  w('410', 'api', 'Product confirmed the v1 API is permanently retired as of today; it was removed on purpose. What status should v1 routes return now?', R410),
  w('410', 'support', "Customer's old landing page was deleted deliberately by their marketing team and it will never come back. They want Google to drop the link fast. Which error should the page give?", R410),
  w('410', 'nonnative', 'We remove the old download files on purpose and they will never come back. 404 or 410 is better?', R410),
  w('410', 'security', 'We intentionally removed the leaked debug endpoint /internal/dump for good; the code is deleted and it will never return. Its existence is already public from the CVE writeup. What status should it answer?', R410),
  w('410', 'sre', 'pasting from the nginx conf:\n```\n# /rss-old deprecated 2023, removed on purpose, permanent\nlocation /rss-old { return ???; }\n```\nwhich one', R410),
  w('410', 'api', "Webhook subscription endpoint /hooks/v0: we intentionally removed it and there's a written commitment that it won't come back. Should calls get 404 or 410?", R410),

  // ---- knowledge ----
  k('sre', 'is 7231 still the rfc for status codes or did something replace it', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines HTTP semantics incl. status codes'),
  k('sre', 'does a 401 need a specific header or can we just send a json body', /WWW-Authenticate/i, 'RFC 9110 §15.5.2/§11.6.1: a server generating 401 MUST send a WWW-Authenticate header field'),
  k('sre', 'cdn cached our 404s for an hour w/o any cache-control from us. are 404s cacheable by default or did someone set that', /heuristic|by default|\byes\b/i, 'RFC 9110 §15.1: 404 is heuristically cacheable unless method definition or explicit cache controls say otherwise'),
  k('api', 'In RFC 6750, what error code goes in the WWW-Authenticate header when the bearer token has expired?', /invalid_token/i, 'RFC 6750 §3.1: expired, revoked, malformed or otherwise invalid token → invalid_token (401)'),
  k('api', "What's the RFC 6750 error code for a bearer token that doesn't have the scope the endpoint needs?", /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, answered with 403'),
  k('api', "What does RFC 9110 say to use instead of 410 when the server can't tell whether the removal is permanent?", /404/, 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 ought to be used'),
  k('support', "A customer is confused: the error says '401 Unauthorized' but they ARE an admin in our panel. What does 'Unauthorized' actually mean there?", /authenticat|credential|log(ged)?[ -]?in|identity|identify/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials, i.e. unauthenticated'),
  k('support', 'Customer asks if their script should just keep retrying when it gets a 403. What do I tell them?', /\bno\b|\bnot\b|n't|stop|permission|admin/i, 'RFC 9110 §15.5.4 + seed: client SHOULD NOT repeat with the same credentials; retry only after permissions change'),
  k('support', "what's the difference between a 404 and a 410, in plain words I can give a customer?", /permanent|for good|never|intentional|on purpose/i, 'RFC 9110 §15.5.11: 410 says the resource was intentionally removed and is permanently gone; 404 says nothing about permanence'),
  k('security', 'Per RFC 6750, if the request had no token at all, should the Bearer challenge in WWW-Authenticate include an error code?', /\bno\b|\bnot\b|n't|omit|without/i, 'RFC 6750 §3: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('security', "What's the difference between 401 and 403, in one sentence?", /authenticat|credential|identity/i, 'RFC 9110 §15.5.2 vs §15.5.4: 401 = no valid credentials; 403 = understood and known caller, but refused'),
  k('nonnative', 'What is the name of the status 410? In our log I see only the number.', /\bgone\b/i, 'RFC 9110 §15.5.11: 410 Gone'),
  k('nonnative', 'The error invalid_request in OAuth bearer token, it go with which status code?', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
];

export const UNSEEN8_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
