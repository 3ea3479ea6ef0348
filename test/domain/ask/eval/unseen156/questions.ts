import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 156, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an airline booking and loyalty-programme API (bookings, boarding passes, partner airlines, closed loyalty accounts, cancelled flights). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the server sends WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked or otherwise invalid access token) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses to fulfil it; the caller is known and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available and the condition is likely permanent (intentionally removed)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'mobile app hitting GET /bookings/{pnr} w/o any Authorization header at all, endpoint needs auth, booking def exists. what do we send back', R401),
  w('401', 'api', "A passenger's access token for the loyalty API expired twenty minutes ago, and the client still sends it to GET /loyalty/accounts/me. One reviewer suggests 403 because the account is real and belongs to that passenger. What response should the resource server return?", R401T),
  w('401', 'support', "A customer says that ever since they changed their password, the check-in app shows an error when downloading the boarding pass. Our logs show the app is still sending the old access token, which we revoked automatically on the password change. What status should the API be answering with?", R401T),
  w('401', 'security', "Pen-test finding: the partner-airline endpoint /partners/codeshare/inventory receives a JWT whose signature does not verify against any of our keys, and we currently answer 403 Forbidden. What should the response status be instead?", R401),
  w('401', 'nonnative', 'Our booking API receive request with an API key that is not exist in our system (maybe typo from the partner side). The endpoint need authentication. Which status we must to return?', R401),
  w('401', 'sre', 'basic auth on the gds sync endpoint, caller sends right username wrong password. code pls', R401),
  w('401', 'api', "An airport kiosk's client-credentials token was revoked by ops when the kiosk was decommissioned, but the kiosk is still powered on and keeps calling POST /boarding-passes/print. I don't think this is a 403, but please confirm which status the API should return.", R401T),
  w('401', 'support', "A travel agent logged out of the agency portal, which invalidated their session token on the server, and then clicked 'view booking' in an old browser tab that still sends that token. The booking is one of their own. What should the API give back?", R401),
  w('401', 'nonnative', 'Loyalty points API: the token is signed by our staging environment issuer, so production is not accept it as valid. Is this 403 because it is forbidden, or is other code?', R401T),

  // ---- 403 ----
  w('403', 'sre', 'agent token valid, role = checkin_agent, trying POST /bookings/{pnr}/refund which needs refunds_supervisor role. booking exists + agent can already see it. what do we return', R403),
  w('403', 'api', 'An OAuth access token is valid and unexpired but only carries the scope bookings:read. The client calls PUT /bookings/{pnr}/seats, which requires bookings:write. Per RFC 6750, what status should the resource server respond with?', R403S),
  w('403', 'security', "A partner airline's service authenticates fine with its client certificate and a valid token, but it is calling from an IP address that is not on that partner's allowlist. Nothing about the endpoint is secret; it is documented on the public partner portal. A colleague wants to return 401. What is the correct verdict?", R403),
  w('403', 'support', "A Silver-tier loyalty member is logged in fine and tries to claim a Platinum lounge voucher for their own account. The vouchers feature is advertised publicly to every member, so there is nothing to hide; the app just needs to tell them they are not entitled. Which code should the API use?", R403),
  w('403', 'nonnative', 'User is login correctly and he try to cancel a booking of his colleague. It is company travel booking which everyone in the company can see in the list, but only the travel manager can cancel it. He is not manager. What code we give him?', R403),
  w('403', 'sre', 'ops dashboard user w/ valid sso session tries DELETE /flights/{id} on a real scheduled flight, only schedulers can delete. they can already read the flight. re-login wont change anything. 401 or 403', R403),
  w('403', 'api', "In our codeshare API, Partner B is authenticated and is allowed to read Partner A's published timetable, which is public information. Partner B then tries to PATCH the fare on a flight operated by Partner A. The flight's existence is public. What should the response be?", R403),
  w('403', 'security', "Review question: a staff user holds a valid token, but their account is flagged read-only for the duration of an audit. They try to modify a booking they are able to view. We have no need to hide anything from staff. Is 403 correct here, or should we mask it as a 404?", R403),
  w('403', 'support', "A corporate customer's travel coordinator had their 'manage_loyalty' permission removed by their company admin yesterday. They can still sign in and see the loyalty account summary, but transferring miles now fails. A colleague says we should return 401 so they log in again. What's actually right?", R403),
  w('403', 'nonnative', 'The token have only scope loyalty:read and it is not expired. The app call the endpoint for redeem miles, which need loyalty:redeem scope. Which HTTP status is correct to send with the error in WWW-Authenticate?', R403S),

  // ---- 404 ----
  w('404', 'sre', 'GET /bookings/ZZZ999 - that pnr was never issued, no record anywhere, caller is authed fine and is an admin. what do we send back', R404),
  w('404', 'api', 'A client requests /v2/partners/XY/alliances, but XY is not, and has never been, a partner airline code in our system. The caller is a fully authorised administrator. Which status is appropriate?', R404),
  w('404', 'nonnative', 'Client is asking boarding pass for a passenger id that was never created in our system. The user has valid token and is admin. What is correct status, 404 or 410?', R404),
  w('404', 'security', "Enumeration concern: passenger A, with a valid token, requests GET /bookings/{pnr} for a PNR that belongs to passenger B. PNRs are six characters and guessable, and we must not confirm to anyone outside the booking that a PNR exists. A teammate says 403 is more honest. What should we return?", R404H),
  w('404', 'support', "A logged-in customer typed another member's loyalty number into the 'view statement' URL. Our policy is that we never confirm whether someone else's membership number is valid. What should the API respond with?", R404H),
  w('404', 'sre', 'partner airline X token is ok, asks for GET /partners/Y/contracts/123 which exists, but X must not even learn that Y has a contract w/ us. 403 would leak it. code pls', R404H),
  w('404', 'api', 'We have an internal "VIP passenger watchlist" resource. A regular authenticated agent requests /watchlists/42, which does exist, but its existence is confidential for anyone without the security role. What status should the agent receive?', R404H),
  w('404', 'sre', 'flight record for tomorrows QF12 got deleted by a bad batch job, we might restore from backup, unclear yet. clients calling GET /flights/{id} for it. 404 or 410', R404U),
  w('404', 'support', "A member's loyalty account was closed last week at their request and is no longer served by the API, but under our terms they can reopen it within 12 months, so we don't know yet whether it is gone for good. A partner hotel calls GET /loyalty/accounts/{id} with valid credentials. What should they see?", R404U),
  w('404', 'nonnative', 'A cancelled flight was removed from the schedule API, but the airline say maybe it will be reinstated next season, nobody know for sure. Which code for GET on that flight URL, is 410 ok?', R404U),

  // ---- 410 ----
  w('410', 'api', 'We decommissioned v1 of the boarding-pass API on purpose; it was announced a year ago and it will never come back. What should requests to /v1/boarding-passes/{id} receive now?', R410),
  w('410', 'sre', 'loyalty acct closed + purged deliberately, ids never reused, it is not coming back. partner still polls GET /loyalty/accounts/{id} w/ valid creds and was allowed to see it before. code', R410),
  w('410', 'support', "A cancelled flight's page was intentionally taken down: the route has been discontinued permanently and the flight number retired. Customers' old bookmarks still hit that URL. What should they receive?", R410),
  w('410', 'security', 'Pen-test team asks why GET /partners/ZZ returns 410. ZZ was a partner airline whose agreement we terminated, and we intentionally removed its record for good. The partner list is public, so its existence is not secret. Is 410 correct, or should it be 404?', R410),
  w('410', 'nonnative', 'We remove the promotion fare SUMMER19 forever, on purpose, it never come back, and we want that the clients delete their links to it. The resource was public. Which code is best?', R410),
  w('410', 'api', 'The seat map belongs to a flight that was cancelled and whose record we deliberately and permanently deleted; the schedule team confirms it will never be restored. Authenticated clients who had access still call GET /flights/{id}/seatmap. What is the right status?', R410),

  // ---- knowledge ----
  k('sre', 'what header has to go out w/ a 401 again, forgot', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge'),
  k('api', 'Under RFC 9110, is a 404 response cacheable by default, or does it need explicit freshness information before a cache may store it?', /heuristic|\b(is|are|it'?s) (heuristically )?cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('support', 'A customer got a 403 and keeps logging out and back in. According to the HTTP spec, is signing in again going to help with a 403?', /insufficient|(should ?n[o']t|not) (automatically )?(repeat|retry)|(will not|won'?t|doesn'?t|does not|not going to|unlikely to|wouldn'?t|would not) help|\bno[,.]/i, 'RFC 9110 §15.5.4: provided credentials are considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'Which RFC is now the current one for the meaning of HTTP status codes? My book say RFC 7231 but I think it is replaced.', /9110/, 'RFC 9110 obsoletes RFC 7231 and defines HTTP semantics including status codes'),
  k('api', 'In RFC 6750, which error code goes into the WWW-Authenticate challenge when the bearer access token has expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or otherwise invalid tokens'),
  k('sre', 'rfc 6750 insufficient_scope maps to what status again', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 Forbidden'),
  k('security', 'In RFC 6750, what HTTP status accompanies error="invalid_request", for example when the token is sent both in the header and in the body?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 Bad Request'),
  k('sre', 'we 410 the old fare urls now. how long are we required to keep returning 410 per the rfc', /discretion|no (set|fixed|required|specific|mandated|minimum) (time|duration|period|length)|any (particular )?length of time|not (required|necessary|obligated)|up to (the )?(server|owner|you)/i, "RFC 9110 §15.5.11: it is not necessary to mark permanently unavailable resources as gone or keep the mark for any length of time; that is left to the server owner's discretion"),
  k('security', 'Under RFC 9110, when is an origin server allowed to answer 404 instead of 403 for a resource the caller may not access?', /hid(e|ing)|conceal|not (to )?(reveal|disclose|expose)|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404'),
  k('nonnative', 'The 410 Gone response, it can be cached by browser or proxy even without Cache-Control header? Or it is never cached?', /heuristic|\b(is|are|it'?s) (heuristically )?cacheable by default/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('api', 'What authentication scheme name appears in the WWW-Authenticate challenge that a resource server sends for OAuth 2.0 bearer tokens under RFC 6750?', /\bBearer\b/i, 'RFC 6750 §3: the challenge uses the "Bearer" auth-scheme'),
  k('security', 'RFC 6750 has a rule for requests that arrive with no authentication information at all. Should the 401 challenge include an error code in that case?', /SHOULD NOT|shouldn'?t|no error code|omit|without (an |any )?error|leave (it )?(out|off)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('support', "What does a 410 actually tell the people who link to our old cancelled-flight pages, according to the RFC? I'm trying to explain it to our web team.", /remov\w* .{0,40}links?|links? .{0,40}remov|intentional|permanent/i, 'RFC 9110 §15.5.11: 410 notifies the recipient that the resource is intentionally unavailable and that remote links to it should be removed'),
  k('nonnative', 'In RFC 9110 which section number is for 403 Forbidden? I need to cite it in our document.', /15\.5\.4/, 'RFC 9110 §15.5.4 defines 403 Forbidden'),
  k('api', "If the server doesn't know whether a removal is permanent, which status does RFC 9110 say ought to be used instead of 410?", /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead'),
];

export const UNSEEN156_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
