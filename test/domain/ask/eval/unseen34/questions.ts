import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 34, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an HR and payroll SaaS — employee self-service, payslips, managers' approvals, an accountants' partner API, terminated employees, SSO with customers' identity providers. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401';
const R403 = 'RFC 9110 §15.5.4: server understood the request and refuses it; the caller is known but not allowed, re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the token is valid but lacks the privileges the request needs → 403';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target resource may answer 404';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 410 only when the removal is known to be permanent; if that is not known, 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is likely permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', 'payslip pdf endpoint getting hammered by requests w/ no Authorization header at all, no cookie either. we send 403 atm, what should it actually be', R401),
  w('401', 'api', "accountant partner integration calling GET /v2/companies/881/payroll-runs with a bearer token that expired yesterday 23:59. the scope on it was fine, its just expired. what do we send back", R401T),
  w('401', 'support', "employee left the self-service portal open over lunch, session cookie timed out, then clicked 'download payslip' and got a 404 page. dev says the session is simply expired, nothing else wrong. which code should that request get", R401),
  w('401', 'security', "terminated employee: on their last day we revoke all their tokens. their mobile app still calls /me/timesheets with the revoked access token (signature valid, just revoked server side). mark says 403 b/c they're fired. 401 or 403?", R401T),
  w('401', 'nonnative', 'customer rotate the signing key in their IdP and forget tell us, now the jwt from SSO fail signature verify, we can not know who is the user. colleague say 403, i think different. correct response?', R401T),
  w('401', 'sre', 'seeing tons of these in the gateway:\n`WARN authn: bearer token rejected reason=malformed_jwt path=/api/approvals/pending`\nthe handler returns 500 rn which pages us. what code shld it be', R401T),
  w('401', 'api', 'partner api supports client credentials via basic auth on /oauth/token... no wait this is the resource endpoint, they send `Authorization: Basic` with a wrong secret (typo in the client secret). which status', R401),
  w('401', 'support', "customer's HR admin deleted the API key for their old payroll connector last week. the connector still runs every night and calls our API with that deleted key. what code do we return, the customer wants a clear signal", R401),
  w('401', 'nonnative', 'user is not login at all, he open directly the link /me/payslips/2024-05 from the email. we return 404 now. it must be which code', R401),

  // ---- 403 ×10
  w('403', 'sre', "user logs in via SSO fine, token valid not expired, role=employee. hits GET /approvals/pending which is managers only. bob says 401. who is right", R403),
  w('403', 'api', "accountant firm token is valid, scopes = payroll:read. they POST /payroll-runs/77/finalize which needs payroll:write. what do we respond w/", R403S),
  w('403', 'support', "customer account is suspended for non payment. their admin can still log in (valid session) and tries to run the monthly payroll, we block it. the customer obviously knows the payroll module exists. which status code", R403),
  w('403', 'security', "customer configured an IP allowlist for the partner api. request comes with a perfectly valid token from an IP not on the list. not an auth problem, token is good. code?", R403),
  w('403', 'nonnative', 'accountant is login ok, but the company of the client has basic plan and export to accounting software is only in premium plan. what code we must give', R403),
  w('403', 'sre', 'log line:\n`authz deny sub=u_5512 tenant=acme res_tenant=acme action=payroll.approve reason=missing_role token_exp=2099-01-01`\nsame tenant, token fine, just no role. we currently send 404, should it be something else', R403),
  w('403', 'api', "manager tries to approve their own leave request. they can see it obviously (its theirs), but policy says no self-approval. which one: 401/403/404/410", R403),
  w('403', 'support', "hr user with role 'HR viewer' (read only) can open an employee's salary page but tries to save a salary change. we show a generic error now. what should the API return", R403),
  w('403', 'security', "terminated employees keep a limited login for 12 months so they can get their payslips and tax forms. one of them (logged in, valid session) tries POST /me/leave-requests. existence of the endpoint isnt a secret. code pls", R403),
  w('403', 'nonnative', 'the accounting firm see the client company in his list as "connection pending", he is authenticated with good key, but the client not yet approve the access, so he try read the payslips and we refuse. which status is right', R403),

  // ---- 404 ×10
  w('404', 'sre', "GET /api/employees/99999999/payslips — that employee id doesnt exist in any tenant, never did. we throw a 500 atm lol. correct code", R404),
  w('404', 'api', "partner token belongs to firm A. they request /employees/{id} for an employee of a company they are NOT connected to. we do not want to reveal which employee ids exist at other customers. what do we send", R404H),
  w('404', 'support', "employee asks for the june payslip on /me/payslips/2025-06 but the june payroll run hasnt happened yet so theres nothing there. not a permission issue, they're logged in. which code", R404),
  w('404', 'security', "employee A is logged in and increments the payslip id in the url to try to get colleague B's payslip. we must not even confirm that B's payslip exists. 403 or 404?", R404H),
  w('404', 'nonnative', 'somebody call /api/v2/payslip (without s), this route not exist, only /api/v2/payslips exist. what status we send back', R404),
  w('404', 'sre', "hr deleted an employment contract doc yesterday. it's in the recycle bin for 30 days and can be restored, not sure yet whether it's permanent. someone wants to return 410. what do we send", R404U),
  w('404', 'api', 'GET /approvals/3f2c9a1e-... with a uuid we never issued. caller is authenticated, has the approver role. which one', R404),
  w('404', 'support', "after the portal redesign the old url /ess/holidays/calendar doesnt work anymore. product hasnt decided if they bring that page back or not. what status should it return", R404U),
  w('404', 'security', "sso user from customer A probes /api/companies/1002, /1003, ... ids are sequential and belong to other customers. we dont want to confirm who our customers are. which code", R404H),
  w('404', 'nonnative', 'the bank account of employee is soft deleted yesterday by hr admin, maybe they restore, we really dont know. the app still request it. which code correct, 404 or 410', R404U),

  // ---- 410 ×6
  w('410', 'sre', "v1 payslip api was sunset on 1 jan, announced 12 months ahead, code deleted, never coming back. clients still hit /v1/payslips and we send 404 atm. should it be something else", R410),
  w('410', 'api', "payslip share links: after the 10 year legal retention the documents are purged for good on purpose, storage + backups destroyed. someone opens an old share link. what do we return", R410),
  w('410', 'support', "ex-employee filed a GDPR erasure request, we hard deleted their record on purpose, backups purged, it will never come back. the accountant's integration still calls GET /employees/4471 with a valid token. which code", R410),
  w('410', 'security', "we decommissioned the legacy SAML endpoint /sso/legacy/acs for good, every customer migrated to the new one and it's not coming back. a couple of customer IdPs still post to it. what status", R410),
  w('410', 'nonnative', 'the old page /ess/payslip.aspx we removed forever, we are 100% sure it never come back. google still crawl it. which code help google to drop it faster', R410),
  w('410', 'security', "partner api /v2/timesheets/export was retired permanently after a deprecation period with Sunset header, endpoint intentionally removed. jim says just 404 is fine. who is right", R410),

  // ---- knowledge ×15
  k('sre', 'is a 410 cacheable by default or do we need to add cache headers for the cdn to keep it', /heuristic|cacheable by default|can be cached|may be cached|cacheable/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('security', 'which RFC 6750 error code goes with a 403', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('nonnative', 'which rfc define now the 401 403 404 codes, is rfc 7231 still valid or replaced', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and 7235'),
  k('support', 'what does google do w/ a 410 compared to a 404', /faster|sooner|quick|permanent|for good/i, 'Seed and RFC 9110 §15.5.11: 410 signals permanent removal, crawlers drop the URL faster'),
  k('api', "what's the difference between 401 and 407", /proxy/i, 'RFC 9110 §15.5.8: 407 is like 401 but the client must authenticate to a proxy (Proxy-Authenticate)'),
  k('sre', "what code is meant for rate limiting a partner that sends too many requests, is 403 ok for that", /429|too many requests/i, 'RFC 6585 §4: 429 Too Many Requests, optionally with Retry-After; 403 is not the rate-limit signal'),
  k('security', 'does the spec actually allow answering 404 instead of 403 to hide that a resource exists', /hid|conceal|reveal|existence|may|allow|permit/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond with 404'),
  k('nonnative', 'what mean the error "invalid_token" in www-authenticate header and which status go with it', /401/, 'RFC 6750 §3.1: invalid_token — expired, revoked, malformed or invalid token → 401'),
  k('support', 'if a user gets a 403, will logging out and in again fix it', /(won'?t|will not|doesn'?t|does not|not) (help|change|fix)|\bno\b/i, 'RFC 9110 §15.5.4 and seed: re-authenticating will not change a 403'),
  k('api', 'which RFC 6750 error code is for a malformed request or a missing parameter, and what status goes with it', /invalid_request/i, 'RFC 6750 §3.1: invalid_request → 400'),
  k('security', 'second DELETE of the same payslip returns 404 instead of 204, does that break idempotency', /state|effect|idempot/i, 'RFC 9110 §9.2.2: idempotency concerns the intended effect on the server, not the status code returned'),
  k('nonnative', 'what is difference between 405 and 404', /method/i, 'RFC 9110 §15.5.6: 405 — the method is not supported by the target resource (with Allow); 404 — no resource found'),
  k('support', 'what does a 409 mean', /conflict/i, 'RFC 9110 §15.5.10: 409 Conflict — the request conflicts with the current state of the target resource'),
];

export const UNSEEN34_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
