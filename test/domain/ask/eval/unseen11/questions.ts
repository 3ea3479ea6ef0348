import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set no. 11, written by a blind writer taking the view of a platform team (API gateway, ingress controllers, CDN, auth proxy, object storage with signed URLs and buckets) that also handles mobile-app and partner-integration support. It was written without reading the product's parser, its tests or any other question set, and only the domain seed and RFC 9110 / RFC 6750 were used to check facts. It is kept apart from development and used only to measure the `ask` command. */

const R401 = 'RFC 9110 §15.5.2: no credentials or credentials that are not valid → 401';
const R401_TOKEN = 'RFC 6750 §3.1: expired, revoked, malformed or otherwise invalid token is invalid_token → 401';
const R401_SESSION = 'RFC 9110 §15.5.2: ended/invalidated session means no valid credentials → 401 (seed: 401 is about authentication)';
const R403 = 'RFC 9110 §15.5.4: caller is known but not permitted (role/tenant/plan/allowlist), existence no secret → 403';
const R403_SCOPE = 'RFC 6750 §3.1: valid token lacking the required scope is insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: nothing at that URI (never existed, typo) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4 + §15.5.5: a server may answer 404 instead of 403 to hide that a forbidden resource exists';
const R404_NOTPERM = 'RFC 9110 §15.5.11: if it is not known that the removal is permanent, 404 ought to be used, not 410';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- which code: 401 ----
  w('401', 'sre', 'auth proxy is seeing a jwt w/ exp 2h in the past, token just expired. what do we send back', R401_TOKEN),
  w('401', 'sre', 'ingress, request w/o any Authorization header on /api/v2/orders which requires login. code pls', R401),
  w('401', 'sre', 'partner hmac sig doesnt match, they are signing w/ an old secret we rotated out. gateway should say unauthorized or forbidden', R401),
  w('401', 'api', 'The bearer token arrives truncated (half a JWT, cannot even be parsed). Should the resource server respond 401 or 403?', R401_TOKEN),
  w('401', 'support', 'A customer logged out of the mobile app, but the app kept calling the API in the background with the old session cookie. That session is ended on our side. What response should those calls get?', R401_SESSION),
  w('401', 'support', 'User changed their password and we revoked all their old tokens. The tablet app is still sending one of the old tokens. What should the API reply to it?', R401_TOKEN),
  w('401', 'security', "A partner's API key was revoked yesterday after it leaked, and they are still sending it to the gateway. Should the gateway answer 401 or 403?", R401_TOKEN),
  w('401', 'nonnative', 'The token signature is not verify because client signed it with wrong key (old key from staging). Which code the auth proxy must return?', R401),
  w('401', 'nonnative', 'I call the API without login, no token at all, and this resource is only for logged users. What is the right status?', R401),

  // ---- which code: 403 ----
  w('403', 'sre', 'svc acct token is valid but missing the storage.write scope, tries to PUT into the bucket. insufficient scope. code pls', R403_SCOPE),
  w('403', 'sre', 'new egress ip for the batch svc isnt on the partner ip allowlist at the gateway, creds are fine. which one', R403),
  w('403', 'sre', 'bucket policy denies list for the ci role, token is valid, bucket name isnt a secret (its in our docs). correct response?', R403),
  w('403', 'api', 'A user of tenant A with a valid token requests /tenants/B/invoices. Tenant IDs are public in our URLs and we do not mind if they know tenant B exists. What should the gateway return?', R403),
  w('403', 'api', 'A read-only API key (valid, not expired) tries to POST to /v1/webhooks. Writes need a read-write key. 403 or 404?', R403),
  w('403', 'support', 'A customer on the Free plan tries the export endpoint, which is only included in Business. They are logged in fine and the feature is listed on our public pricing page. What should the API return?', R403),
  w('403', 'security', "An authenticated user with the 'viewer' role sends DELETE for a project they can already see in the UI. Forbidden or not found?", R403),
  w('403', 'security', 'The admin console is only allowed from the office VPN range. A properly logged-in admin connects from a home IP. The console URL is documented internally, no need to hide it. What should the auth proxy answer?', R403),
  w('403', 'nonnative', 'User is logged in correct, but his role is not admin and he open /admin via the ingress. Everybody know the admin page exist. Which code?', R403),

  // ---- which code: 404 ----
  w('404', 'sre', 'ingress gets /api/v3/healt (typo, that path never existed). what should it be', R404),
  w('404', 'sre', 'private bucket, object key exists, caller is authd but has no read perm, and we dont want to leak that the key exists. which one', R404_HIDE),
  w('404', 'sre', 'took the legacy reports endpoint down, nobody decided yet if its permanent. what do we return in the meantime', R404_NOTPERM),
  w('404', 'api', 'GET /users/{id} for an id that was never allocated. Status?', R404),
  w('404', 'api', 'We soft-deleted a workspace; the owner can restore it within 30 days. What should requests to it get until then, 404 or 410?', R404_NOTPERM),
  w('404', 'support', 'A customer typed a product id into the app that never existed in our catalog. What should the app get back from the API?', R404),
  w('404', 'support', 'A partner integration sends a deep link for order 88123, but that order was never created. What should our API answer?', R404),
  w('404', 'security', 'A user from another org requests /files/{id} for a confidential file. Policy: outsiders must not learn the file exists. 403 or 404?', R404_HIDE),
  w('404', 'security', 'Our gateway currently gives external partners 403 on /internal/* routes, which tells them those routes exist. Requirement: external callers must not learn they exist. What should it return instead?', R404_HIDE),
  w('404', 'nonnative', 'We removed the old banner image from CDN but we are not sure yet if it is forever, maybe marketing want it back. Which status code is good?', R404_NOTPERM),

  // ---- which code: 410 ----
  w('410', 'sre', 'we killed the v1 api for good, sunset is done, never coming back. clients still hitting it thru the gateway. code pls', R410),
  w('410', 'sre', 'signed url still has a valid sig but the object behind it was purged on purpose after retention ended, its gone for good. what does the bucket return', R410),
  w('410', 'api', 'We intentionally and permanently removed /legacy/reports and we want integrators to drop their links to it. 404 or 410?', R410),
  w('410', 'support', 'A customer asks why an old share link now errors. The file was deleted on purpose and permanently purged, it cannot come back. Which code should the link return?', R410),
  w('410', 'security', 'We retired an old OAuth callback URL on purpose and it will never be re-enabled; its existence was never a secret. Gone or not found?', R410),
  w('410', 'nonnative', 'We shut down the old mobile app download page forever, on purpose. It will never come back. What status?', R410),
  w('410', 'nonnative', 'The promotion page was delete intentionally and it is permanent, we want Google remove it faster. Which code we use?', R410),

  // ---- knowledge ----
  k('sre', 'whats the header a 401 has to carry again', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header'),
  k('sre', 'per rfc 9110 is a 404 cacheable by default or only w/ cache-control', /\byes\b|heuristically|cacheable by default/i, 'RFC 9110 §15.5.5 / §15.1: 404 is heuristically cacheable unless indicated otherwise'),
  k('sre', 'client keeps retrying a 403 in a loop w/ the same token, should it even retry', /\bno\b|not|shouldn.?t|don.?t/i, 'RFC 9110 §15.5.4: client SHOULD NOT automatically repeat the request with the same credentials'),
  k('sre', 'is 7231 still the rfc we cite for status codes or did smth replace it', /9110/, 'RFC 9110 obsoletes RFC 7231 and now defines HTTP semantics and status codes'),
  k('api', 'In RFC 6750, which bearer error code goes with a 403 response?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('api', "What's the actual difference between 401 and 403?", /authenticat|credential/i, 'RFC 9110 §15.5.2 / §15.5.4: 401 = lacks valid authentication credentials; 403 = understood and refused'),
  k('api', 'Where do the RFC 6750 error and error_description values go, in the body or in a header?', /WWW-Authenticate/i, 'RFC 6750 §3: they are attributes of the WWW-Authenticate Bearer challenge'),
  k('api', 'If a request came with no token at all, should the Bearer challenge include an error attribute?', /\bno\b|not|shouldn.?t|omit/i, 'RFC 6750 §3.1: if the request lacks authentication information, the server SHOULD NOT include an error code'),
  k('support', 'A customer asks what "Gone" means compared with "Not Found". How do I explain the difference?', /permanent/i, 'RFC 9110 §15.5.11: 410 means the resource is intentionally gone and likely permanently; 404 makes no such claim'),
  k('support', 'A partner says "401 Unauthorized" means their account lacks permission. Is that right?', /authenticat|credential|log.?in|sign.?in/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials, not a permission problem'),
  k('support', 'Should the mobile app retry later when it gets a 410 from us?', /\bno\b|not|permanent/i, 'RFC 9110 §15.5.11: 410 indicates the condition is likely to be permanent'),
  k('security', 'When is it legitimate to return 404 for a resource that actually exists?', /hid|conceal|existence|reveal|disclos/i, 'RFC 9110 §15.5.4: a server may respond 404 to hide the existence of a forbidden resource'),
  k('security', 'Which RFC 6750 error code should accompany an expired access token?', /invalid_token/i, 'RFC 6750 §3.1: expired tokens are invalid_token (401)'),
  k('nonnative', 'Which status code the RFC say to use when server do not know if the resource is removed permanent or not?', /404/, 'RFC 9110 §15.5.11: if it is not known whether the condition is permanent, 404 ought to be used'),
  k('nonnative', 'In which section of RFC 9110 is 403 Forbidden defined?', /15\.5\.4/, 'RFC 9110 §15.5.4 defines 403 Forbidden'),
];

export const UNSEEN11_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
