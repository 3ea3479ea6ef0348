import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 239, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a public REST API for a weather and climate data provider (free and paid keys, embargoed forecasts, retired stations, enterprise tenants). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the server MUST send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1 invalid_token: an expired, revoked, malformed or otherwise invalid access token gets 401 (RFC 9110 §15.5.2)';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and knows the caller but refuses to fulfil it; re-authenticating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1 insufficient_scope: a valid token lacking the required scope gets 403 (RFC 9110 §15.5.4)';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access to the target resource is no longer available at the origin server and the condition is likely permanent (intentionally removed)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "curl to /v2/forecast/hourly w/o any api key, no X-Api-Key header no Authorization header nothing. gateway currently returns 403, pretty sure thats wrong. what do we send back", R401),
  w('401', 'api', "A paid-tier client presents an OAuth bearer token whose exp claim passed forty minutes ago. The account itself is in good standing and the plan includes the endpoint. Which response should the resource server return, and with what error code in the challenge?", R401T),
  w('401', 'support', "Customer from a farm co-op says the historical precipitation endpoint rejects them since this morning. Looked it up: they regenerated their API key yesterday and the old one was revoked, but their script still sends the old key. What status should they be seeing?", R401T),
  w('401', 'security', "Pen-test finding: if you tamper with the signature of the JWT sent to /v1/climate/normals, the API answers 403 Forbidden. The token fails validation entirely, so we do not actually know who the caller is. The tester says the code is wrong. What should it be?", R401T),
  w('401', 'nonnative', "Client send us the api key but it have a typo, one character wrong, so this key is not existing in our key database at all. Which http code we must to return for this?", R401),
  w('401', 'sre', "enterprise tenant admin, sso session token expired 2h ago, hits /tenants/acme/stations. admin role is fine, token just isnt valid anymore. colleague says 403 b/c tenant endpoints are restricted. code pls", R401T),
  w('401', 'api', "Our bulk archive download host uses HTTP Basic authentication. When the supplied username exists but the password is wrong, what status should the archive server answer with?", R401),
  w('401', 'support', "Customer puts their key in the ?apikey= query string, but we dropped query-string keys last year and only read the X-Api-Key header now, so the server sees the request as carrying no credentials at all. Their account is a valid paid one. Which status code should come back?", R401),
  w('401', 'nonnative', "the token is sign by our staging issuer, production not trust this issuer so the signature check fail. user is real paying customer. we answer 403 now, it is correct or should be other one?", R401T),

  // ---- 403 ----
  w('403', 'sre', "free tier key, valid, hitting /v2/archive/hourly which is paid only. endpoint is in the public docs + pricing page so nothing to hide. 401 or 403 or 404? what do we send back", R403),
  w('403', 'api', "A partner integration holds a valid, unexpired access token with scope observations:read and attempts POST /v1/stations/{id}/observations, which requires observations:write. Per RFC 6750, what status should the response carry?", R403S),
  w('403', 'support', "An enterprise tenant user with the Viewer role tries to delete one of their own company's alert rules. The rule shows up in their dashboard, so they already know it exists. They logged out and back in and still can't. What code is correct here?", R403),
  w('403', 'security', "enterprise key is restricted to an ip allowlist. request comes from an ip outside the list but with a perfectly valid key, to /v1/forecast which is publicly documented. no existence to hide. what status should we emit", R403),
  w('403', 'nonnative', "We suspend one account because violation of terms, but his key still authenticate correctly, we know exactly who he is. We want to tell him clearly he is refused, nothing secret about the endpoint. What status code is right?", R403),
  w('403', 'sre', "embargoed seasonal forecast, release at 06:00 utc, release calendar is public so everyone knows it exists. valid paid key tries to pull it at 05:40. someone said 401 lol. whats the right code", R403),
  w('403', 'api', "After a user refreshes their session and obtains a brand-new valid token, their request to export gridded climate data is still denied because their role lacks the export permission. The export feature is documented publicly. Which status code conveys that?", R403),
  w('403', 'support', "Customer on the non-commercial academic licence is calling the commercial redistribution endpoint. Their key authenticates fine, and the endpoint is listed on our public pricing page. A teammate suggested 404 so it looks cleaner, but there is nothing to hide. What should they get?", R403),
  w('403', 'security', "A regular member account, properly authenticated, calls DELETE /v1/stations/{id}, which is admin-only. The station is public, the endpoint is in the OpenAPI spec, and a dev wants to return 404. From a review standpoint nothing sensitive is being concealed. Which code is correct?", R403),
  w('403', 'nonnative', "token have scope radar:read only but user call the lightning endpoint what need lightning:read. token is valid and not expire. which code to return, and is this the insufficient_scope case?", R403S),

  // ---- 404 ----
  w('404', 'sre', "GET /v1/stations/WX-99999, that id never existed in the catalog, user typo. valid key. code pls", R404),
  w('404', 'api', "A client requests GET /v2/forecasts/{id} with an identifier our system has never issued. The key is valid and has access to all forecasts. What status should the API respond with?", R404),
  w('404', 'security', "A tenant A user with a valid key guesses dataset ids and hits a private dataset owned by tenant B. Policy: we must never confirm to other tenants that a given dataset exists. A dev proposes 403. Which code should we use?", R404H),
  w('404', 'security', "a free-tier user is probing ids of the private sensor network belonging to one of our enterprise customers. contract says we cannot even reveal that those stations exist. what status code keeps that hidden", R404H),
  w('404', 'support', "Customer asks for station data from a station we retired last month. Ops says it might be re-hosted in the archive later, nobody has decided yet whether the removal is permanent. Is this a 410 or something else?", R404U),
  w('404', 'sre', "migration bug wiped the 2023 snowfall dataset, restore from backup maybe possible, we dont know yet if its coming back. requests are hitting it now. 410?? or what", R404U),
  w('404', 'nonnative', "user calling /v1/forcast (missing the e), this path never exist in our api. what status code we give back to him?", R404),
  w('404', 'api', "We produce bespoke forecasts for commodity-trading clients; merely revealing that a custom forecast exists for a given commodity would leak market-sensitive information. When a different paying customer with a valid key requests one of these by ID, what should we return?", R404H),
  w('404', 'support', "A station went offline for sensor replacement and was pulled from the API. The field team isn't sure whether it will come back or be decommissioned for good. Customers are hitting its URL now. Which code should they receive?", R404U),
  w('404', 'nonnative', "customer ask us for report id 8812 but we never generate any report with this id, not deleted, just never was created. key is valid. which code is correct to answer?", R404),

  // ---- 410 ----
  w('410', 'api', "We announced the sunset of /v1/metar-legacy eighteen months ago and have now permanently shut it down; it will never be restored and the replacement is /v2/aviation. What should requests to the old path receive?", R410),
  w('410', 'support', "A customer wants readings from station KXYZ, which we decommissioned in 2019. The decision was final: the station was intentionally and permanently removed and its URL will not come back. Which code should the API send?", R410),
  w('410', 'sre', "customer asked for their custom dataset to be purged for gdpr, its permanently deleted incl backups, intentional and final. they still have a script hitting it w/ their valid key. what code", R410),
  w('410', 'nonnative', "we discontinue the 'seasonal outlook beta' product for ever, the URL is removed on purpose and never come back. some clients still call it. which status is best for them?", R410),
  w('410', 'security', "A publicly shared forecast report link was intentionally and permanently deleted by its owner. Security signed off that confirming it used to exist leaks nothing, since the link was public anyway. Which status should the share URL return now?", R410),
  w('410', 'sre', "licence for the reanalysis mirror ended, licensor wont renew, we deleted the mirror on purpose, decision final, not coming back. /v1/reanalysis/* still getting traffic. 404 or 410", R410),

  // ---- knowledge ----
  k('api', "When our API rejects a request with 401 Unauthorized, which response header does RFC 9110 require us to include?", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge'),
  k('sre', "are 404s cacheable by default or only if we set cache-control. cdn sits in front of the station api", /heuristic|(?<!not )cacheable by default/i, 'RFC 9110 §15.5.5 / §15.1: a 404 response is heuristically cacheable unless otherwise indicated by the method definition or explicit cache controls'),
  k('support', "A customer keeps logging in again after getting 403 on the radar tiles. Does re-authenticating ever help with a 403, according to the RFC?", /same credentials|different credentials|new credentials|insufficient/i, 'RFC 9110 §15.5.4: credentials provided are considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials (it MAY with new or different ones)'),
  k('nonnative', "which RFC is the current one for HTTP status code meanings? my colleague still cite 7231 for everything", /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and defines the status codes in §15'),
  k('sre', "rfc 6750 error code for an expired bearer token?", /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or invalid tokens, with 401'),
  k('security', "pentester says our malformed-bearer-request responses should use invalid_request. what status does rfc 6750 pair with invalid_request", /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400 Bad Request'),
  k('support', "Once we start returning 410 for a retired station, how long are we required to keep returning 410 for it according to the spec?", /(any|particular|specific|fixed|minimum|set) (length of time|period|duration|amount of time)|owner'?s? discretion|at (the|your) discretion|up to (you|the (server|resource)? ?owners?)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the discretion of the server owner'),
  k('security', "Under what condition does RFC 9110 allow an origin server to answer 404 where 403 would otherwise apply?", /(hid|conceal|not (to )?(reveal|disclose)|withhold).{0,60}exist|exist.{0,60}(hid|conceal|reveal|disclos|secret)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404'),
  k('api', "If a request already carried credentials and still receives a 401, what does that 401 tell the client about those credentials?", /refused|rejected|not (valid|accepted)|invalid/i, 'RFC 9110 §15.5.2: if the request included authentication credentials, the 401 indicates that authorization has been refused for those credentials'),
  k('sre', "what does the rfc say if we dont know whether a removal is permanent. 410 anyway?", /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead'),
  k('nonnative', "what is the 401 equivalent for a proxy which need authentication, which code and header?", /\b407\b/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate'),
  k('support', "What is the 410 Gone status mainly intended to help with, according to RFC 9110?", /link|maintenance/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by notifying the recipient that the resource is intentionally unavailable and that remote links to it should be removed'),
  k('api', "Per RFC 6750, if a request to our forecast API contains no authentication information at all, should the WWW-Authenticate challenge include an error code?", /(should not|shouldn'?t|not include|omit|without|\bno\b).{0,40}error (code|attribute|information|param)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('nonnative', "if api give 404, this mean the station is gone for ever? or it can be temporary?", /temporar\w* or permanent|permanent\w* or temporar|(does not|doesn'?t|not) (indicate|say|specify|tell)\w*.{0,20}whether/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN239_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
