import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 18, written by a blind writer who never read the parser, its tests, or any other question set; only the shared seed text and RFC 9110 / RFC 6750 were consulted. Angle: a public-sector digital services team (citizen portal, tax account, permits, benefits) and a telecom self-care portal (SIMs, bills, plans, number porting), with questions from developers, on-call SREs, a data-protection officer and call-centre staff. */

const R401_NONE = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401';
const R401_TOKEN = 'RFC 6750 §3.1 invalid_token (expired, revoked, malformed or otherwise invalid) → 401; RFC 9110 §15.5.2';
const R401_SESSION = 'RFC 9110 §15.5.2: an ended or invalidated session is no valid credential → 401';
const R403 = 'RFC 9110 §15.5.4: server knows the caller but refuses; existence is no secret → 403';
const R403_SCOPE = 'RFC 6750 §3.1 insufficient_scope → 403; RFC 9110 §15.5.4';
const R403_IP = 'Seed: an IP allowlist blocking a known caller is a 403 scenario; RFC 9110 §15.5.4';
const R403_TENANT = 'Seed: tenant isolation violation by an authenticated caller is a 403; RFC 9110 §15.5.4';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target (never existed, typo) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource MAY answer 404';
const R404_MAYBE = 'RFC 9110 §15.5.11: if it is not known whether the removal is permanent, 404 ought to be used';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'citizen portal api getting jwts w/ exp in the past, what do we send back', R401_TOKEN),
  w('401', 'support', 'Customer logged out of the self-care app on her phone, then pressed back and tried to open her bill again. What should the app get from the server at that point?', R401_SESSION),
  w('401', 'api', 'A call to /v2/sim-cards arrives with a bearer token we revoked yesterday after the customer reported the phone stolen. Which status?', R401_TOKEN),
  w('401', 'nonnative', 'The user send request to the tax account API without any token, there is no Authorization header at all. Which code we must return?', R401_NONE),
  w('401', 'sre', 'partner svc calling the number-porting endpoint w/ tokens signed by the key we rotated out last week, sig doesnt verify anymore. code pls', R401_TOKEN),
  w('401', 'security', 'The benefits API receives a bearer token that is malformed, truncated base64 that cannot even be parsed. 401 or 403?', R401_TOKEN),
  w('401', 'support', 'Caller says the portal logged him out after 20 minutes of doing nothing, and now every page he clicks shows an error. His session simply timed out. Which error should he be getting?', R401_SESSION),
  w('401', 'sre', 'oauth token for billing svc expired at 03:00, clients keep sending it, we currently return 403 for that. is that right or should it be something else', R401_TOKEN),
  w('401', 'support', 'We reset a customer\'s password on the phone, which kills all his old sessions. His tablet is still sending the old session cookie to the API. What should the API answer?', R401_SESSION),

  // ---- 403 ----
  w('403', 'sre', 'caseworker role can read applications but not approve them. user is logged in fine, hits POST /applications/123/approve. they can already see the application so nothing to hide. 403 or 404', R403),
  w('403', 'api', 'Token is valid but only carries the bills:read scope, and the client calls PUT /plans/current to change the tariff. What does RFC 6750 say we return?', R403_SCOPE),
  w('403', 'security', 'A logged-in employee of Municipality A requests a document that belongs to Municipality B\'s tenant. The document is listed in the public open-data register, so its existence is not confidential. What should be returned?', R403_TENANT),
  w('403', 'sre', 'new batch job runs from an ip thats not on the allowlist for the records api, creds are valid tho. what do we send back', R403_IP),
  w('403', 'support', 'Customer on the basic prepaid plan tries to open the roaming add-on in self-care. She is logged in fine, the feature just isn\'t included in her plan, and we advertise it publicly anyway. What code should the app receive?', R403),
  w('403', 'nonnative', 'The user is authenticated correctly, but he is not admin and he try to open the admin dashboard of the portal. Everybody know the dashboard exist. Which code is correct?', R403),
  w('403', 'api', 'Authenticated reseller account calls an endpoint that is only available on the enterprise tier. The endpoint is in our public docs. 403 or 404?', R403),
  w('403', 'sre', 'junior agent acct logged in ok but missing the refunds role, tries to issue a refund on a ticket they can see. correct response?', R403),
  w('403', 'sre', 'staff sso login works but the employee isnt in the group allowed to export the citizen register. export endpoint is in the public api docs, we dont mind if they know it exists. which one', R403),

  // ---- 404 ----
  w('404', 'sre', 'someone hitting /api/v1/permits/APP-00000, that id never existed, prob a typo. code?', R404),
  w('404', 'support', 'Customer clicked a link in an email to view an invoice, but the invoice number in the link has a typo and no invoice with that number was ever issued. What should the page return?', R404),
  w('404', 'security', 'As DPO: a logged-in citizen edits the case number in the URL and lands on someone else\'s child-protection case. The case exists, but the person must not learn that a case with that number exists at all. What should we respond?', R404_HIDE),
  w('404', 'api', 'We took the /v1/tariffs endpoint down for now, but product has not decided whether it comes back next quarter. 404 or 410?', R404_MAYBE),
  w('404', 'sre', 'took the old consultation page offline, not sure yet if permanent, legal might want it restored. which code', R404_MAYBE),
  w('404', 'nonnative', 'User ask for a SIM card id which is not in our database, it was never created. What status we return?', R404),
  w('404', 'security', 'Pentest finding: our API gives 403 for tenant ids that exist but belong to someone else and 404 for ids that don\'t exist, so an attacker can enumerate tenants. Tenant ids are confidential. What should the existing-but-not-yours case return instead?', R404_HIDE),
  w('404', 'support', 'A caller says the parking permit renewal page shows an error. We took it down while the council reviews the scheme and it may well be back in spring. What should that page return meanwhile?', R404_MAYBE),
  w('404', 'nonnative', 'Authenticated user try to open a private project of another organisation. For him the project must look like it does not exist, because even the name is secret. Which status is correct?', R404_HIDE),
  w('404', 'sre', 'cust requests the msisdn record for a number that belongs to a different acct. token is valid but we must not leak that the number is even our customer (privacy). code pls', R404_HIDE),

  // ---- 410 ----
  w('410', 'sre', 'we killed the legacy v1 tax-return upload endpoint for good, deliberate shutdown, never coming back. what do we send back', R410),
  w('410', 'api', 'The paper-form PDF download route was deliberately retired when the digital form launched. It is permanently gone and we want crawlers to drop it fast. Which status?', R410),
  w('410', 'support', 'A customer asks why the fax-to-email add-on page gives an error. We discontinued that service on purpose last year and it is permanently gone. What should the page return?', R410),
  w('410', 'nonnative', 'We delete on purpose the old COVID voucher application page and it will never come back, the decision is final. 404 or 410?', R410),
  w('410', 'sre', '3g data bundle pages removed intentionally, 3g network is shut down permanently, zero chance they return. correct response?', R410),
  w('410', 'security', 'Under our retention policy the 2015 consultation responses dataset was intentionally and permanently destroyed, and the fact that it existed is public record. What should requests to its old URL return?', R410),
  w('410', 'api', 'Public API v1 was sunset on purpose on 1 March and will not be restored under any circumstances. Requests to /v1/* should get 404 or 410?', R410),

  // ---- knowledge ----
  k('sre', 'which rfc has the status codes now, is it still 7231', /9110/, 'RFC 9110 obsoletes RFC 7231 and now defines HTTP semantics and status codes'),
  k('api', 'What header is a 401 response required to include?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', 'Will a shared cache store a 410 response by default, with no Cache-Control on it?', /\byes\b|heuristic/i, 'RFC 9110 §15.1: 410 is heuristically cacheable by default'),
  k('support', 'A customer asks why the error says "Unauthorized" when he is definitely allowed to use his own account. What does 401 Unauthorized actually mean?', /authenticat|credential|log(ged)? ?in|sign(ed)? ?in/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  k('security', 'Under RFC 6750, which HTTP status goes with the insufficient_scope error?', /403/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('nonnative', 'In RFC 6750 the error invalid_token is going with which HTTP status code?', /401/, 'RFC 6750 §3.1: invalid_token → 401 Unauthorized'),
  k('sre', 'client lib keeps auto retrying on 403 w/ the same token, should it even do that', /\bno\b|should ?n[o']t|not .*retry|stop/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('security', 'Is it legitimate under RFC 9110 to answer 404 for a resource that exists but that the requester is not allowed to see?', /hid|conceal|secret|(not|n't|avoid) (reveal|disclos|leak|expos)/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource MAY respond with 404'),
  k('nonnative', 'What is the difference between 404 and 410, in simple words?', /permanent/i, 'RFC 9110 §15.5.11: 410 means the resource is gone and the condition is likely permanent'),
  k('api', 'If we genuinely cannot tell whether a removal is permanent, which status does RFC 9110 say to use?', /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('support', 'Our SEO agency keeps complaining about "soft 404s" on the portal. What is a soft 404?', /200/, 'Seed: a soft 404 is returning 200 with "page not found" content'),
  k('api', 'RFC 9110 obsoleted which older RFC that used to define 403 and 404?', /7231/, 'RFC 9110 obsoletes RFC 7231 (and 7230, 7232-7235, 2818)'),
  k('security', 'What status does RFC 6750 pair with the invalid_request error?', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('nonnative', 'Please explain me the difference of 401 and 403', /authenticat|credential|identit|log(ged)? ?in/i, 'RFC 9110 §15.5.2 / §15.5.4: 401 is missing or invalid credentials, 403 is a known caller refused'),
  k('sre', 'are 404s cacheable by default or only w/ cache-control', /heuristic|\byes\b/i, 'RFC 9110 §15.1: 404 is heuristically cacheable by default'),
];

export const UNSEEN18_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
