import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 49, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a payroll and HR SaaS — employee records, payslips, manager vs HR admin roles, multi-company tenants, SSO sessions, offboarded employees, API tokens for accounting integrations, deleted and archived documents. */

const R401 = 'RFC 9110 §15.5.2: the request carries no valid credentials for the target resource → 401 with WWW-Authenticate';
const R401N = 'RFC 9110 §15.5.2 + RFC 6750 §3.1: no credentials presented at all → 401, challenge without an error code';
const R401T = 'RFC 6750 §3.1: the bearer token is expired, revoked, malformed or otherwise invalid (invalid_token) → 401';
const R401C = 'RFC 9110 §15.5.2: credentials were sent but are not valid (wrong password, unknown key, bad signature, dead session) → 401';
const R403 = 'RFC 9110 §15.5.4: the caller is identified but not permitted; re-authenticating will not change the outcome → 403';
const R403S = 'RFC 6750 §3.1: the token is valid but lacks the scope the request needs (insufficient_scope) → 403';
const R403P = 'RFC 9110 §15.5.4: refusal by policy (tenant, plan, IP/geo rule, admin setting, consent), no need to hide the resource → 403';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wants to hide a forbidden resource from this caller may answer 404 instead of 403';
const R404 = 'RFC 9110 §15.5.5: the origin has no current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when removal is known to be intentional and permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×20
  w('401', 'sre', `xero bridge hitting /v2/payruns w/ no authorization header at all, we currently 500 b/c the auth middleware npes on null. what should it actually be`, R401N),
  w('401', 'api', `Our payslip download endpoint receives a bearer token whose exp claim is 20 minutes in the past. Signature checks out, it was a legitimate token when issued. Which status should the API return?`, R401T),
  w('401', 'support', `A customer's accounting sync broke overnight. Their admin rotated the integration API key yesterday afternoon and revoked the old one, but the sync job is still configured with the old key. What error should our API be giving the sync job?`, R401T),
  w('401', 'security', `The JWT presented to the employee-records API has a signature that does not verify against any key in our JWKS. 401 or 403?`, R401C),
  w('401', 'nonnative', `Hello, when the SSO session of user is expired in Okta and he is calling the payslip page API, which code we must to return? He is not logged in anymore.`, R401),
  w('401', 'sre', `WARN auth: malformed Authorization header value="Bearer" (token missing) path=/api/employees/8812 tenant=acme-gmbh
WARN auth: malformed Authorization header value="Bearer" (token missing) path=/api/employees/8813 tenant=acme-gmbh
code pls`, R401N),
  w('401', 'api', `Should the timesheet import endpoint respond 401 or 403 when the service account's Basic auth password is wrong?`, R401C),
  w('401', 'support', `An ex-employee was offboarded last Friday and HR's offboarding flow revoked all his refresh and access tokens. Today he opened the mobile app, which still had the old token cached, and tried to pull up his last payslip. What status does the API send back to the app?`, R401T),
  w('401', 'security', `Pen test finding: /api/hr/export accepts a request with no credentials whatsoever and answers 403 with an empty body. Tester says the code is wrong and there should be a WWW-Authenticate header. What should it be?`, R401N),
  w('401', 'nonnative', `The accounting partner is sending us an API token that we never issued, it is not exist in our tokens table at all. Which status is the correct one?`, R401C),
  w('401', 'sre', `accounting integration signs requests w/ hmac over the body, sig on these ones doesnt match (they changed their secret on their side, we still have the old one). gateway returns what`, R401C),
  w('401', 'api', `For the list-employees endpoint: the Authorization header is present but the token is garbage — not a JWT, just random base64 we can't parse. RFC 6750 wise, what do we reply?`, R401T),
  w('401', 'support', `Customer says every single call from their payroll script comes back as "unauthorized" since they switched from sandbox to production. They're still sending the sandbox key, which production has never heard of. Is 401 right for that or should it be 403?`, R401C),
  w('401', 'security', `After an HR admin resets her password we terminate every session she had. Her old session cookie shows up on /admin/payroll/approve five minutes later from the same browser. Response?`, R401C),
  w('401', 'nonnative', `We have cookie session for the manager portal. The session id inside the cookie is not matching any session in redis (maybe it was evicted). What code the backend should give?`, R401),
  w('401', 'sre', `curl -H 'Authorization: Bearer ' https://api.payroll.example/v1/companies/42/payslips
-> 200 w/ empty list lol. thats clearly wrong, should be?`, R401N),
  w('401', 'api', `The accounting integration uses client credentials. The access token it sends to prod was minted by our staging authorization server, so the issuer is unknown to production. Status?`, R401T),
  w('401', 'support', `The client's HR manager was halfway through approving leave requests when the 8-hour idle timeout logged her out; the approve button's background request then failed. Which error should that request get so the front end knows to send her back to the SSO login?`, R401),
  w('401', 'security', `Someone is sending bearer tokens to the employee API with "alg":"none" in the header and no signature. We reject them — but with which status?`, R401T),
  w('401', 'nonnative', `The partner put the API key in a wrong header name, "X-Api-Token" instead of "Authorization", so our gateway see no credential at all. What we answer them?`, R401N),

  // ---- 403 ×24
  w('403', 'sre', `manager role user doing POST /salary-adjustments, only hr_admin is allowed. authn is fine. code?`, R403),
  w('403', 'api', `The QuickBooks integration's OAuth token has scope payroll:read only, and it calls POST /payruns/{id}/finalize, which needs payroll:write. What status and what error code in the challenge?`, R403S),
  w('403', 'support', `A customer's line manager can see her team list, but clicking a direct report's bank details gives her an error. Bank details are HR-admin only. She obviously knows the record is there, it's her own report. What should the error be?`, R403),
  w('403', 'security', `An employee signed in through SSO opens the company-wide salary report. Everybody knows the report exists (it's in the nav for everyone), it's just restricted to finance. 403 or 404?`, R403),
  w('403', 'nonnative', `User is logged in correctly but his company is on Basic plan, and the custom reports API is only for Enterprise plan. Which code is right to send?`, R403P),
  w('403', 'sre', `authz deny user=u_7781 tenant=globex action=payrun.approve reason=ip_not_in_allowlist src=203.0.113.40
creds are fine, tenant turned on ip allowlisting yesterday. what do we return`, R403P),
  w('403', 'api', `A payroll admin with a perfectly valid session tries to approve a payroll correction she submitted herself. Our four-eyes policy blocks the submitter from approving. Which code?`, R403),
  w('403', 'support', `The customer's accountant has a valid login and works on Company A. She tried to open payroll for Company B in the same group but was never granted access there. The customer says it's no secret that Company B exists — they're sister companies and both show up in the company switcher. Which code should she get?`, R403P),
  w('403', 'security', `Read-only auditor role calls DELETE /documents/{id}. The auditor can view that document, just not delete it. Correct status?`, R403),
  w('403', 'nonnative', `The integration token is valid but it belongs to a read-only app, and it is trying to update an employee address. We have to say 401 or 403?`, R403S),
  w('403', 'sre', `offboarded employee still has a valid ss portal session (leavers keep access 90d for tax docs), but tries to edit bank details which is blocked for leavers. code`, R403),
  w('403', 'api', `We support API keys restricted to an allowlist of endpoints. A valid key that is only allowed on /payslips calls /employees/{id}/national-id. What should that return?`, R403),
  w('403', 'support', `A customer's manager tried to approve a leave request for someone outside her reporting line. She can see the request on the shared team calendar, but approval is limited to the direct line manager. What error code fits?`, R403),
  w('403', 'security', `The service account behind the accounting export authenticates fine, but the tenant's admin switched off "allow third-party API access" in settings this morning. Nothing wrong with the token itself. Response?`, R403P),
  w('403', 'nonnative', `Manager want to download the payslip PDF of his employee, but our rule say only HR admin and the employee himself can download payslips. The manager is logged in and he can see the payslip in the list. Status code please?`, R403),
  w('403', 'sre', `geo policy: eu tenant blocks access from outside eea. user w/ valid sso session hitting /employees from a us hotel wifi. nothing to hide here, feature is documented. what do we send`, R403P),
  w('403', 'api', `A valid access token with scope employees:read does GET /employees/{id}/tax-ids, which needs employees:sensitive. What does RFC 6750 say the response should be?`, R403S),
  w('403', 'support', `The customer's owner downgraded one of their HR admins to the plain "employee" role this morning. She still logs in fine, but all the admin console calls now fail. Which status should those admin API calls be getting?`, R403),
  w('403', 'security', `An intern account with a valid session hits /admin/impersonate. That endpoint is listed in our public API reference, so its existence is not a secret. 403 or 404?`, R403),
  w('403', 'nonnative', `User is login fine by SSO, token is valid, but his company admin has suspended his account in our app (not deleted, only blocked from using it). Which code we give?`, R403),
  w('403', 'sre', `token is fine, not rate limited, but tokens inherit perms from whoever created them and this one was created by a manager. its calling PUT /payroll/settings. 403 right or 401`, R403),
  w('403', 'api', `A benefits-provider app has a valid, tenant-approved token, but the individual employee never gave consent for that app to read their health insurance data. The app requests it anyway. Status?`, R403P),
  w('403', 'support', `A customer's external bookkeeper, logged in normally, tries to upload a file to the "Contracts" folder in the document library. That folder is read-only for external bookkeepers (they can browse it). What error should the upload return?`, R403),
  w('403', 'security', `Employee authenticated, sends PATCH /employees/me with a new salary value. He can read his own salary, but that field is not writable by the employee. We reject — which code?`, R403),

  // ---- 404 ×24
  // hiding an existing resource from this caller
  w('404', 'security', `Logged-in employee edits the URL /payslips/99120 to another number and lands on a colleague's payslip id. We must not confirm that payslip ids belonging to other people exist. What do we answer?`, R404H),
  w('404', 'sre', `tenant isolation: user from tenant globex requests /companies/acme-ltd/employees/5531. record exists but belongs to another customer, we dont want to leak that acme is even a customer. code`, R404H),
  w('404', 'api', `Confidential HR investigation case files: only the assigned investigators should even know a case exists. A regular manager, authenticated, guesses a case URL that does exist. Which response keeps the case secret?`, R404H),
  w('404', 'support', `A customer asked why their employee gets "not found" when opening a link to the CEO's payslip that he found in a forwarded email, when the payslip obviously exists. Given we never disclose other people's payslips, what code should we be sending there?`, R404H),
  w('404', 'nonnative', `The manager try to open a disciplinary note of employee in another department. We don't want that he knows such note exists. Is it 403 or 404?`, R404H),
  w('404', 'sre', `accounting integration token scoped to company 12 asks GET /companies/13/journal-exports/771. 13 is a different customer entirely, same db. must not reveal it exists. what`, R404H),
  w('404', 'api', `Medical certificates attached to employee profiles: if a user without the HR-medical permission requests one by id, we want the response to be indistinguishable from a certificate that doesn't exist. What code keeps that promise?`, R404H),
  w('404', 'security', `Enumeration issue: /api/employees/lookup?email=... answers 403 for employees of other tenants and 404 for unknown emails, so an attacker can map which emails belong to our customers. What should the other-tenant case return instead?`, R404H),
  w('404', 'nonnative', `HR created a draft restructuring plan which only 3 people can see. Another HR admin call the API with this plan id. We must hide that it exist. Which code?`, R404H),
  w('404', 'support', `An employee who isn't in the pilot group somehow got the URL of the unannounced "salary benchmarking" beta page. We are not supposed to let anyone outside the pilot know it's there. What should he get?`, R404H),
  // removal not known to be permanent
  w('404', 'sre', `hr admin deleted doc d_8812 this morning but it sits in the 30d trash and can be restored. GET /documents/d_8812 -> 404 or 410?`, R404U),
  w('404', 'api', `Once an employee record is archived, the default GET /employees/{id} stops serving it, but HR can un-archive at any time. Is that a 410 or a 404?`, R404U),
  w('404', 'support', `A customer deleted a payslip template and their sync app now asks for it. Whether our retention job purges it or it stays restorable hasn't been decided yet. What should the sync app get back?`, R404U),
  w('404', 'nonnative', `Company cancelled subscription and we took their data off the API, but we keep it 60 days and maybe they come back and we restore. Their integration still call /companies/77/employees. 404 or 410 is better?`, R404U),
  w('404', 'security', `An offboarded employee's profile was soft-deleted, but legal may ask us to bring it back for an ongoing dispute. An old deep link to it comes in. Should we say Gone?`, R404U),
  w('404', 'sre', `payslip pdfs missing from s3 after the bucket migration. might just not be copied yet, might be lost, nobody knows. what code should the download endpoint give meanwhile`, R404U),
  // nothing there
  w('404', 'sre', `GET /v1/employes/123 (typo in path, no such route) -> router currently throws 500. should be`, R404),
  w('404', 'api', `Employee id 000000 has never existed in any tenant. An authenticated HR admin asks for it. What code?`, R404),
  w('404', 'support', `A customer clicked an invitation link /welcome/invite/abc123 from an old email. Our logs show no such invite was ever created. What should that page return?`, R404),
  w('404', 'nonnative', `Accounting integration is asking the payrun for December 2030 which is not created yet, nothing exists for that period. Which status we return?`, R404),
  w('404', 'security', `Scanners keep probing /.env, /wp-admin, /phpmyadmin on our payroll app domain. None of those exist on our side. What should we respond with?`, R404),
  w('404', 'api', `GET /companies/{id}/cost-centers/{ccId} where the ccId was never issued by us — right code for that?`, R404),
  w('404', 'sre', `new mobile build is calling /v3/payslips but v3 was never deployed anywhere, only v2 exists. what should nginx give back`, R404),
  w('404', 'support', `Customer complains our API returns 200 with {"error":"no such employee"} when their script asks for an employee number that doesn't exist anywhere in their company. Support thinks that's wrong. What's the correct code?`, R404),

  // ---- 410 ×12
  w('410', 'sre', `we killed legacy /v1/payslips-export for good in march, deprecation was announced 12 months before, never coming back. clients still calling it. code`, R410),
  w('410', 'api', `After a right-to-erasure request is completed, the employee record is irreversibly purged and the id will never be reused. What should GET /employees/{id} say to that company's HR admins who still have old links?`, R410),
  w('410', 'support', `The customer's HR admin permanently deleted an old employee handbook PDF — trash emptied, unrecoverable. The share link is still in lots of employees' bookmarks. What should they see?`, R410),
  w('410', 'security', `The public careers page posting for our payroll team was taken down for good once the role was filled. We want search engines to drop it quickly. Which status for that URL?`, R410),
  w('410', 'nonnative', `We shut down forever the old SOAP API for accounting partners, it is decommissioned and will never come back. What status we give when somebody still call it?`, R410),
  w('410', 'sre', `payslip share links are single use by design: file is purged permanently right after first download. second click on the same link returns ...?`, R410),
  w('410', 'api', `Payslips older than ten years are deliberately and permanently destroyed by the retention job. What should requests for those payslip IDs return?`, R410),
  w('410', 'support', `A customer's HR admin hard-deleted an announcement from the company news feed — it can't be restored — but the notification emails linking to it already went out. Employees clicking the link get what code?`, R410),
  w('410', 'security', `Legal made us remove the "peer salary comparison" feature permanently; the endpoint has been retired and will not return. 404 or 410 for callers still hitting it?`, R410),
  w('410', 'nonnative', `The benefits plan 2019 was deleted definitively by HR, hard delete, no restore possible anymore. The app call /benefit-plans/2019. Which code?`, R410),
  w('410', 'sre', `webhook endpoint /hooks/legacy-payroll-events ripped out in v5, gone gone, not coming back. callers still POSTing to it. 404 or 410`, R410),
  w('410', 'api', `A payslip issued in error was voided and intentionally, permanently removed (no copy kept), and a corrected one was issued under a new ID. What do we return for the old ID?`, R410),

  // ---- knowledge ×10
  k('api', 'Which response header must a 401 carry, and what goes in it?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response must send a WWW-Authenticate header with at least one challenge'),
  k('support', 'A customer gets a 403 on the payroll settings page. Will logging out and back in fix it?', /\b(no|not|won'?t|doesn'?t|cannot|can'?t|unlikely)\b|permission|role|admin/i, 'RFC 9110 §15.5.4: a 403 is not fixed by re-authenticating; the caller needs different permissions'),
  k('security', 'Is a server allowed to answer 404 instead of 403 so that it does not reveal a resource exists?', /\b(yes|may|can|allowed|permitted|acceptable)\b|hid(e|ing)|conceal|not (to )?reveal/i, 'RFC 9110 §15.5.4: an origin wishing to hide the existence of a forbidden resource may respond 404'),
  k('nonnative', 'Which RFC is now the current definition of HTTP status codes, what replaced RFC 7231?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231'),
  k('api', 'Which RFC 6750 error code goes in the WWW-Authenticate header of a 403 when a token lacks a scope?', /insufficient[_ ]scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('security', 'For an expired bearer token, which RFC 6750 error code should the challenge carry, and with which status?', /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token → 401'),
  k('support', 'What changes for search engines if a removed page returns 410 instead of 404?', /fast|quick|sooner|immediate|permanent|for good|gone/i, 'RFC 9110 §15.5.11: 410 signals permanent removal, so crawlers can delist the URL sooner than after repeated 404s'),
  k('nonnative', 'If the client send no credentials at all, the WWW-Authenticate of the 401 must include an error code like invalid_token?', /\b(no|not|without|omit|omitted|shouldn'?t|should not)\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server should not include an error code'),
  k('sre', 'when r we allowed to use 410 vs plain 404 for a deleted thing', /permanent|for good|intentional|deliberate/i, 'RFC 9110 §15.5.11: 410 only when the removal is intentional and expected to be permanent; if unsure, 404'),
];

export const UNSEEN49_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
