import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 282, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an energy utility's customer portal and smart-meter API (meter readings, account holders, landlords and tenants, closed accounts, replaced meters, field engineers, partner comparison sites with API keys). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response carries WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token with 401.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses to fulfil it; re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: a valid token lacking the required scope is insufficient_scope with 403.';
const R404 = 'RFC 9110 §15.5.5: no current representation of the target resource was found.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 should be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource was intentionally removed and the condition is likely permanent.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'comparison site partner hitting /v2/tariffs w/ an api key we rotated out last wk, key isnt in the keystore anymore at all. what do we send back', R401),
  w('401', 'sre', 'smart meter readings endpoint, bearer token exp claim was 10 min ago, mobile app keeps retrying. dave says 403 b/c "theyre not allowed anymore". code pls', R401T),
  w('401', 'support', 'A customer clicked "download my bill" on the portal but they are not signed in at all, there is no session cookie on the request. What status should the billing API be giving back in that case?', R401),
  w('401', 'nonnative', 'The field engineer app is sending request to /jobs/today without any Authorization header, because of a bug in the new build. Which code we must return to it?', R401),
  w('401', 'security', 'pen test finding: landlord portal api receives a JWT whose signature doesnt verify (payload was tampered to role=admin) and currently answers 403 "role mismatch". what should it answer instead', R401T),
  w('401', 'api', 'Our resource server receives a well-formed access token that was revoked when the account holder changed their password. The signature is fine but introspection says active=false. Which status code and RFC 6750 error should the response use?', R401T),
  w('401', 'sre', 'engineers still have badge tokens from the old idp, we decommissioned that issuer so we cant validate those tokens at all anymore. 401 or 403 for them', R401),
  w('401', 'nonnative', 'Tenant is typing wrong password on meter-reading submit API, it use basic auth. Now we answer 403 Forbidden, it is correct or we should use other code?', R401),
  w('401', 'support', 'After last night\'s incident we rotated the session signing key, so every portal session issued before that is invalid. Customers with those old cookies are hitting the usage graphs page. What should the API return to them so the app sends them to log in again?', R401),

  // ---- 403 ----
  w('403', 'sre', 'tenant logged in fine, valid token, tries to PATCH the landlords direct debit details for the property. tenants cant change billing. nothing secret, the property is on the tenants own dashboard. code', R403),
  w('403', 'api', 'A partner comparison site presents a valid, unexpired API token with scope tariffs:read and calls POST /switch-requests, which requires switch:write. What status and RFC 6750 error code belong in the response?', R403S),
  w('403', 'security', 'Field engineer is authenticated and requests the reading history for a meter that is on their own job sheet, but outside their work-order window, so policy denies it. The engineer already knows the meter exists. A colleague wants 404 "to be safe" — what is the right status?', R403),
  w('403', 'support', 'A landlord is logged in and tries to view energy usage for one of their own flats, but the tenant opted out of sharing usage with the landlord. The flat is listed on the landlord\'s account, so it\'s no secret it exists. What error should they get?', R403),
  w('403', 'nonnative', 'User is authenticated, token is valid, but his IP is not in the allowlist for the bulk export API. Login again will not help him. Which code is correct for this?', R403),
  w('403', 'sre', 'support agent w/ read-only role, valid sso session, tries DELETE on a customer acct they can already see in the console. what code should the admin api give', R403),
  w('403', 'api', 'A partner\'s API key authenticates correctly and we know exactly which partner it is, but their contract is suspended pending an unpaid invoice, so we refuse every call. Rotating the key will not change anything. Which status fits?', R403),
  w('403', 'security', 'ordinary customer, valid login, calls POST /internal/tariff-engine/reload. that endpoint is in our public openapi spec so theres nothing to hide about it existing. what should they get', R403),
  w('403', 'sre', 'engineer token has scope meters:read only, calls POST /meters/{id}/firmware. token valid not expired, meter on their job. which status + which 6750 error', R403S),
  w('403', 'support', 'Joint account: the secondary account holder is logged in and tries to close the account, but only the primary holder is allowed to do that. Both of them can see the account in the portal. What should the response code be?', R403),

  // ---- 404 ----
  w('404', 'sre', 'partner w/ valid key calls GET /meters/MPAN-000000000000, that mpan has never existed in our system. code pls', R404),
  w('404', 'nonnative', 'Customer type wrong account number in the URL /accounts/99999999, this account was never created in our system. His token is ok. What we answer him?', R404),
  w('404', 'support', 'A customer followed a link to /outages/region/zz9 from some forum post. There has never been a region called zz9 in our outage map. What status should that page return?', R404),
  w('404', 'security', 'comparison site A (valid key) asks for quote history of a customer who signed up through comparison site B. A must not learn that this person is a customer of ours at all. what do we return', R404H),
  w('404', 'sre', 'tenant in flat 2 is guessing acct ids to find flat 3s tenant. valid login. we must not confirm other accts exist, enumeration risk. 403 or 404', R404H),
  w('404', 'api', 'An authenticated landlord requests /properties/{id} for a property they do not own. The privacy review requires that landlords cannot discover which addresses are supplied by us. Which status code should the API return?', R404H),
  w('404', 'security', 'pentester flagged /meters/{serial}: field engineers get 403 for serials not assigned to them and 404 for unknown serials, so they can map which addresses have smart meters. how should the not-assigned case respond', R404H),
  w('404', 'sre', 'meter got replaced, migration job deleted the old serial record, data team hasnt decided yet if old serials get restored. GET /meters/{oldserial} — someone said 410, code pls', R404U),
  w('404', 'support', 'A customer\'s account was closed and removed from the portal, but our policy lets them reopen it within 28 days if they change their mind. They open an old bookmark to the account page while logged in with a still-valid login. What status code should they get?', R404U),
  w('404', 'api', 'We pulled /v1/usage/half-hourly while we investigate a data quality issue. Nobody has decided whether it comes back or is retired for good. A partner calls it with a valid key — what should it return?', R404U),

  // ---- 410 ----
  w('410', 'api', 'We permanently retired /v1/readings on 1 March; it will never return and partners were told to move to /v2/readings. What status should requests to /v1/readings receive?', R410),
  w('410', 'sre', 'old meter replaced, its readings url was deliberately purged under the retention policy, gone for good, no restore possible. caller is the acct holder w/ valid token. what do we send', R410),
  w('410', 'support', 'The public page for our "Green Fix 2021" tariff was taken down on purpose because the tariff is withdrawn forever and won\'t be coming back. People still land on it from old comparison links. Which code should that URL give?', R410),
  w('410', 'nonnative', 'We delete permanently the promotion page "winter-saver", it will never come back. Google still is crawling it. Which status is the best to return?', R410),
  w('410', 'security', 'the /v1/webhooks partner endpoint was decommissioned intentionally and permanently. some want 404 so we dont reveal anything, but it was publicly documented for years, nothing secret. 404 or 410', R410),
  w('410', 'sre', 'legacy sms meter-reading gateway endpoint killed on purpose, permanent, announced 6 months ago. colleague says just 404 it. what do u say', R410),

  // ---- knowledge ----
  k('sre', 'which header has to go out with a 401, forgot the name', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', 'Is a 404 response cacheable by default under RFC 9110, or only when we add explicit Cache-Control?', /heuristic|cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', 'When a customer gets a 403 on the portal, should I tell them to log out and log back in? Will that fix it?', /same credentials|not (automatically )?(repeat|retry)|(won.?t|will not|doesn.?t|does not|wouldn.?t|would not) (help|fix|change)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('api', 'Under RFC 6750, what error code goes in the WWW-Authenticate challenge when the bearer token has expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens'),
  k('nonnative', 'In RFC 6750 the error insufficient_scope, with which HTTP status it should be sent?', /403/, 'RFC 6750 §3.1: insufficient_scope SHOULD respond with 403'),
  k('api', 'Once we start returning 410 for a retired endpoint, how long does RFC 9110 say we must keep returning it?', /discretion|not required|no (fixed|required|set|mandated|specific)|any (particular )?length of time/i, 'RFC 9110 §15.5.11: no requirement to keep the 410 mark for any length of time; at the server owner\'s discretion'),
  k('security', 'under what condition does rfc 9110 let us send 404 in place of 403', /hid(e|es|ing)|conceal/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden target resource MAY respond with 404'),
  k('support', 'What is the difference in meaning between 410 and 404, according to the spec? I need to explain it to a partner.', /intentional|permanent/i, 'RFC 9110 §15.5.11: 410 means the resource is intentionally no longer available and this is likely permanent'),
  k('nonnative', 'If server return 404, does it mean the resource is gone forever or maybe it comes back later?', /temporary or permanent|permanent or temporary|does(n.?t| not) (indicate|say|tell)|no indication|not indicate/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', 'per 6750 if the request had no token at all, do we put error=invalid_request or similar in the challenge', /should not include|shouldn.?t include|no error (code|information)|without (an |any )?error|omit/i, 'RFC 6750 §3.1: if the request lacks any authentication information the resource server SHOULD NOT include an error code'),
  k('api', 'If the client already sent credentials and still receives 401, what does RFC 9110 say that indicates?', /refused|rejected|invalid|not (been )?accepted/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('sre', 'can a 403 body say why it was forbidden or is that not allowed', /(can|may|allowed to) (describe|explain|include|say|give)|in the (response )?(content|body|payload)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('api', 'With RFC 6750, how does a 403 insufficient_scope response tell the client which scope it actually needs?', /scope=|scope (attribute|parameter)|"scope"/i, 'RFC 6750 §3: the scope attribute in the WWW-Authenticate challenge lists the scopes required'),
];

export const UNSEEN282_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
