import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set no. 16, written by a blind writer who never read the `ask` parser, its tests or any other question set; only the shared domain seed and RFC 9110 / RFC 6750 were consulted. The questions are in the voices of a mobile backend team and an enterprise IT helpdesk (SSO, VPN, device management, intranet apps, shared drives), mixing panicked incident-channel one-liners with careful questions from new team members. 
 *
 * One knowledge question the writer could not know was word for word in ./unseen6 ("Which header is a 401 response
 * required to include?") was taken out by the lead before scoring: 49 remain (35 which-code, 14 knowledge).
 */

const R401_NONE = 'RFC 9110 §15.5.2: request carries no authentication credentials → 401 with WWW-Authenticate';
const R401_INVALID = 'RFC 9110 §15.5.2: an old password / credential that is no longer valid → 401';
const R401_EXPIRED = 'RFC 9110 §15.5.2 / RFC 6750 §3.1 invalid_token: expired credentials are not valid → 401';
const R401_REVOKED = 'RFC 9110 §15.5.2 / RFC 6750 §3.1 invalid_token: revoked or rotated-out credentials → 401';
const R401_SESSION = 'RFC 9110 §15.5.2: an ended session is no longer a valid credential → 401';
const R401_BAD = 'RFC 9110 §15.5.2 / RFC 6750 §3.1 invalid_token: malformed or wrongly signed credentials → 401';
const R403_ROLE = 'RFC 9110 §15.5.4 + seed: caller authenticated but lacks the required role/group, existence no secret → 403';
const R403_SCOPE = 'RFC 6750 §3.1 insufficient_scope → 403; RFC 9110 §15.5.4';
const R403_IP = 'RFC 9110 §15.5.4 + seed: valid credentials, blocked by IP allowlist, existence no secret → 403';
const R403_TENANT = 'RFC 9110 §15.5.4 + seed: tenant isolation for a known caller, existence openly known → 403';
const R403_PLAN = 'RFC 9110 §15.5.4: authenticated caller refused by plan/entitlement, feature publicly known → 403';
const R404_NEVER = 'RFC 9110 §15.5.5: no current representation for the target (never existed / typo) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: server may answer 404 to hide the existence of a resource from a caller not allowed to know it';
const R404_MAYBE = 'RFC 9110 §15.5.11: removal not known to be permanent → 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'mobile users getting errors after pw reset, reset revokes their refresh + access tokens but the app keeps calling w/ the old access token. what do we send back', R401_REVOKED),
  w('401', 'sre', 'sso session expired overnight and the intranet api still gets the old session cookie from the browser. code pls', R401_SESSION),
  w('401', 'support', "A customer logged out on the web portal, which ended their session everywhere, but their iPhone app still sends that ended session when it syncs. What should the API answer to that sync request?", R401_SESSION),
  w('401', 'nonnative', 'The request come to our VPN portal API without any Authorization header, no token at all. Which code we must return?', R401_NONE),
  w('401', 'security', "The JWT's signature doesn't verify because it was signed with a key that isn't ours. Which status should the gateway return?", R401_BAD),
  w('401', 'api', "Our device enrollment endpoint sometimes receives a bearer token that is just garbage: truncated, not even parseable as a JWT. Which HTTP status goes with that?", R401_BAD),
  w('401', 'sre', 'we rotated the api key and the old one is still baked into the android build, every call w/ the old key fails. 401 or 403', R401_REVOKED),
  w('401', 'nonnative', 'Helpdesk changed the password of one user, but his Outlook add-in still try with the old password (basic auth) on our intranet API. What we answer to him?', R401_INVALID),
  w('401', 'api', "In the mobile API, the access token's exp claim was 10 minutes ago. We want the app to refresh its token and try again. How should the server respond?", R401_EXPIRED),

  // ---- 403 ----
  w('403', 'sre', 'contractor acct logs in fine thru sso but tries to open the finance share, hes not in the group. the share isnt secret, everyone sees it in the drive list. code pls', R403_ROLE),
  w('403', 'api', "The caller's token is valid but only has the files.read scope, and it sends DELETE /files/123. The file exists and the caller can already see it. Which status?", R403_SCOPE),
  w('403', 'security', "A valid employee token is used from an IP outside the corporate VPN range, and our IP allowlist blocks it. We don't mind if they know the endpoint exists. What should the API return?", R403_IP),
  w('403', 'support', "Customer on the Basic plan is logged in fine and tries the bulk device wipe, which is Enterprise-only and listed on our public pricing page. What code should the API give back?", R403_PLAN),
  w('403', 'nonnative', 'Our MDM is multi-tenant. Admin of tenant Acme is authenticated correct and he calls /tenants/globex/policies of tenant Globex. Tenant names are public and it is okay he knows Globex exists, only he may not access it. Which status is correct?', R403_TENANT),
  w('403', 'sre', 'readonly role user hitting POST /vpn/profiles, session is valid, the endpoint obviously exists. 401 or 403', R403_ROLE),
  w('403', 'api', "A user signed in with a fresh, valid token opens the admin console, but the console requires the helpdesk-admin role, which they don't have. The console URL is in our public docs, so its existence isn't a secret. Which response code?", R403_ROLE),
  w('403', 'security', "User has a valid intranet session and requests the audit log export. Only compliance officers may download it; the export feature itself is documented internally and not sensitive. What should they get?", R403_ROLE),
  w('403', 'support', "A staff member is signed in through SSO with a valid account, but they're in the interns group, which isn't allowed into the payroll intranet app. Everyone knows the payroll app exists. What status should they see?", R403_ROLE),

  // ---- 404 ----
  w('404', 'sre', 'old app build is hitting /api/v2/devcies (typo), that route never existed. code?', R404_NEVER),
  w('404', 'security', "An authenticated user guesses the ID of a confidential HR investigation case they're not part of. They must not learn the case exists. Which status?", R404_HIDE),
  w('404', 'support', "A customer says their link to a shared drive folder is broken. Turns out they mistyped the folder name and no folder with that name ever existed. What should the server return?", R404_NEVER),
  w('404', 'nonnative', 'We removed the old intranet page with the holiday calendar, but HR maybe will bring it back next year, it is not decided. Which status is correct for this page now?', R404_MAYBE),
  w('404', 'sre', 'pulled the legacy vpn config endpoint for now, not sure yet if permanent, might restore it after the migration. what do we send back', R404_MAYBE),
  w('404', 'api', "Private projects must look absent to anyone who isn't a member. An authenticated non-member requests GET /projects/secret-merger, which does exist. What should we return?", R404_HIDE),
  w('404', 'security', "Our mobile API has /users/{id}/devices. A logged-in user is swapping in other people's ids. Those device lists are private and we must not confirm which ids are real accounts. What's the right response for someone else's id?", R404_HIDE),
  w('404', 'sre', 'device id 8812 doesnt exist in mdm, never did, but the app keeps polling it. which one', R404_NEVER),
  w('404', 'nonnative', 'Our app call GET /api/tickets/99999 but no such ticket is in database, it was never created. 404 or 410?', R404_NEVER),
  w('404', 'support', "A user deleted a file from the shared drive. It's in the recycle bin and can still be restored for 30 days. What should the old link to the file return meanwhile?", R404_MAYBE),

  // ---- 410 ----
  w('410', 'sre', 'we killed the v1 mobile api for good, decomissioned, never coming back. old clients still calling it. code pls', R410),
  w('410', 'api', "We're intentionally and permanently removing the /legacy-sso/saml1 endpoint; it will never return. What status should requests to it get after the removal?", R410),
  w('410', 'support', "A customer's old link to the Q3 all-hands recording stopped working. We purged that recording on purpose under our retention policy and it's gone forever. What should the link return?", R410),
  w('410', 'nonnative', 'We delete forever the old intranet wiki pages on purpose, no plan to restore them ever. The search crawler still visit them. Which status tells it they are gone permanently?', R410),
  w('410', 'security', "After the incident we deliberately retired the old password-reset endpoint, and it will never be reinstated. What should it return now when something calls it?", R410),
  w('410', 'sre', 'old android app download page removed on purpose, the app is dead for good. 404 or 410', R410),
  w('410', 'api', "Our deprecated webhook registration API reached its sunset date and was intentionally, permanently removed. Integrations still calling it should stop. How should the server answer them?", R410),

  // ---- knowledge ----
  k('sre', 'is rfc 7231 still the one for status codes or did something replace it', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines HTTP semantics incl. status codes'),
  k('sre', 'client got a 403, should the app just retry w/ the same token', /\bno\b|\bnot\b|n['’]t\b|stop|without (a )?change/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; seed: retry only after fixing the cause'),
  k('sre', 'is a 410 cacheable or do cdns just ignore it', /heuristic|\byes\b|(?<!not )cacheable by default/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('sre', 'idp lib says error=invalid_token, thats 401 or 403 right', /401/, 'RFC 6750 §3.1: invalid_token → HTTP 401'),
  k('sre', 'does a 404 tell the client if the thing is gone for good or just temp', /\bno\b|doesn['’]?t|does not|not (say|indicate|tell|signal)|neither|either/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('api', 'In RFC 6750, which error code goes together with a 403 response?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → HTTP 403'),
  k('api', "When we return insufficient_scope, how can we tell the client which scope it's missing?", /scope attribute|scope=|"scope"|WWW-Authenticate/i, 'RFC 6750 §3.1: the resource server MAY include the "scope" attribute (in the WWW-Authenticate Bearer challenge) with the scope necessary'),
  k('support', "What does 'Unauthorized' in 401 Unauthorized actually mean? Is it about the user's permissions?", /authenticat|credential/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; permissions are 403'),
  k('support', 'When should we use 410 Gone instead of 404 Not Found?', /permanen/i, 'RFC 9110 §15.5.11: 410 when the resource is intentionally gone and the condition is likely permanent'),
  k('support', "A customer's app shows HTTP 401 right after their SSO password change. Do they need more access from an admin, or do they just need to sign in again?", /sign.?in|log.?in|re-?authenticat|credential/i, 'RFC 9110 §15.5.2: 401 is about missing/invalid credentials, fixed by authenticating again, not by extra permissions (403)'),
  k('security', 'When is it acceptable to return 404 for a record that actually exists?', /hid|conceal|reveal|disclos|secret|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404'),
  k('security', 'Per RFC 6750, if a request arrives with no bearer token at all, should the 401 include an error code in the WWW-Authenticate challenge?', /\bno\b|should not|shouldn['’]?t|not include|omit|without/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('nonnative', 'The 404 response, it is cacheable by default or not?', /heuristic|\byes\b|(?<!not )cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('nonnative', 'Please explain me simple, what is the difference between 401 and 403?', /authenticat|credential|log(ged)?.?in|identity|who you are/i, 'RFC 9110 §15.5.2 / §15.5.4: 401 = no valid authentication credentials; 403 = known caller refused'),
];

export const UNSEEN16_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
