import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 104, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an airline's booking and loyalty API (other passengers' bookings, cancelled flights, expired vouchers, delegated travel agents, a retired mobile app version). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response carries a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1 invalid_token: the access token is expired, revoked, malformed or otherwise invalid, answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses to fulfil it for a known caller; re-authenticating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1 insufficient_scope: the token is valid but lacks the scope the request needs, answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available at the origin server and the condition is likely to be permanent (intentional, permanent removal)';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 (9) ----------
  w('401', 'sre', 'mobile app hits GET /bookings/ABC123 w/o any Authorization header at all, gateway currently says 404 b/c no user context. what do we send back', R401),
  w('401', 'api', 'A passenger calls GET /loyalty/balance with a bearer token that expired ten minutes ago. A colleague argues for 403 because the member account clearly exists and belongs to them. Given the token itself is no longer valid, which status should the API return?', R401T),
  w('401', 'support', 'Customer reset her password yesterday and we revoked all her old sessions on the server side. Her tablet still sends the old access token when she opens "My trips" and she gets an error. Which status should the API be giving her app in that situation?', R401T),
  w('401', 'security', 'Pen-test finding: the travel agent endpoint /agents/bookings answers 403 when the bearer token signature is forged and does not verify against our keys. The testers say the code is wrong. The token is not valid at all, so nobody is authenticated. What should we return?', R401T),
  w('401', 'nonnative', 'We have terminate the contract with a travel agency and revoked their API key last week. Their booking system is still calling our fare endpoint with this revoked key every minute. Which code we must answer them, the key is not valid anymore?', R401),
  w('401', 'sre', 'after the signing key rotation the old app build still sends tokens signed w/ the retired key, we reject them as invalid. endpoint itself is fine and still live. 401 or 403 or 410 for those calls, code pls', R401T),
  w('401', 'api', 'Our loyalty partner integration uses HTTP Basic authentication. A partner sent the correct username but the wrong password when posting accrued miles. Which status code is appropriate, and should it carry a challenge?', R401),
  w('401', 'security', 'When a member uses "log out on all devices" we put every access token for that account on a revocation list. A revoked token then arrives at /vouchers. Should the API treat this as forbidden, or is there a more accurate status?', R401T),
  w('401', 'sre', 'check-in kiosk svc sends a bearer that expired overnight, nobody refreshed it. not a permissions thing, the kiosk role is allowed to check in pax. what status', R401T),

  // ---------- 403 (10) ----------
  w('403', 'sre', 'travel agent has a valid token + delegated access to view the customers booking, agent already sees it fine, but delegation does not include refunds and they POST /bookings/QX7P2L/refund. what do we send back', R403),
  w('403', 'api', 'A member tries to redeem miles with an access token that is valid and unexpired but was issued without the loyalty:redeem scope. Per the bearer token spec, what status should the redemption endpoint return?', R403S),
  w('403', 'support', 'A Silver-tier member is logged in fine and tries to buy a lounge pass that is only for Gold members. The lounge product is listed publicly on our site, so it is no secret that it exists. He just is not entitled to it. What error code should the API give?', R403),
  w('403', 'security', 'A call-centre agent with a read-only role can open a booking and see the passenger names, but tries to change a passenger name on it. Someone on the team suggested 404 to be safe, but the agent can already read that booking, so there is nothing to hide. What is the right status?', R403),
  w('403', 'nonnative', 'Corporate travel manager can see the bookings of his employees, the loyalty number is even showed on the booking. But he try to open the employee miles statement, and our policy not allow managers to see this. He is logged in correctly. Which status is correct for this?', R403),
  w('403', 'sre', 'partner api client has valid creds but is calling from an ip not on its allowlist. creds fine, we know exactly who it is, we just refuse. 401 feels wrong, what code', R403),
  w('403', 'api', 'Two passengers share one group booking and both can see all names and segments on it. Only the person who made the booking may cancel other travellers\' segments. The second passenger, properly authenticated, tries to cancel the first passenger\'s flight. Which response code should the API use?', R403),
  w('403', 'support', 'A family pool member logs into the app and tries to open the pool admin page, but only the pool owner can manage it. She can see the pool exists because she is in it. She has logged out and in again three times. Should the app tell her to sign in again, or what status is right here?', R403),
  w('403', 'security', 'We froze a member\'s account for fraud review. He can still authenticate, and of course he knows his own account exists, but every redemption attempt must be refused until review ends. Which status code fits the redemption calls?', R403),
  w('403', 'sre', 'passenger revoked a travel agencys delegation. agency token still valid, they looked at this booking before, and policy says its ok to tell them access was withdrawn, no need to hide anything. what status for their next GET', R403),

  // ---------- 404 (10) ----------
  w('404', 'sre', 'GET /bookings/ZZZ999 and that PNR was never issued, no record in any system, not deleted, never existed. what code', R404),
  w('404', 'security', 'A logged-in passenger is cycling through six-character record locators trying to pull up other people\'s bookings. Our policy is that a non-owner must never learn whether a given booking exists. The booking he just requested does exist but belongs to someone else. What do we return?', R404H),
  w('404', 'api', 'A travel agent with a valid token requests a booking that exists but belongs to a customer who never delegated anything to that agency. We do not want agencies to be able to confirm which record locators are live. Which status should the API return?', R404H),
  w('404', 'support', 'An ops script deleted a batch of travel vouchers by mistake. We might be able to restore them from backup but nobody knows yet. A customer is opening her voucher link right now. What status should she be getting meanwhile?', R404U),
  w('404', 'nonnative', 'Someone is requesting /flights/XX9999 but we never operated this flight number, never in our schedule in any time. Is it 404 or 410 or something other?', R404),
  w('404', 'sre', 'member closed their loyalty acct, closure is reversible for 30 days so the record is gone from the api but may come back. someone wants 410. what should we send', R404U),
  w('404', 'security', 'Pen-testers noted that /internal/fare-rules/admin returns 403 to regular customers, which confirms the internal admin endpoint exists. We want customers to get no hint that it is there at all. What status should customers receive instead?', R404H),
  w('404', 'api', 'A flight was cancelled and its schedule entry was removed from the timetable API. Network planning has not decided whether the service will be reinstated later this season. For a client requesting that schedule resource now, is 404 or 410 more appropriate?', R404U),
  w('404', 'sre', 'we dropped /v2/seatmap during the backend migration, team has not decided if it comes back or not. nobody committed to anything. 410 or 404', R404U),
  w('404', 'support', 'Customer typed his ticket number with one digit wrong, so he asked for 125-1234567899 which is not a ticket we ever issued. He is logged in correctly. What status code does the API return for that?', R404),

  // ---------- 410 (6) ----------
  w('410', 'sre', 'app 3.x is retired, we shut down the /v1 endpoints it used on purpose and announced they will never come back. old installs still hit them with perfectly valid tokens. what do we return', R410),
  w('410', 'api', 'Our policy is that once a voucher expires its resource is deliberately and permanently purged, and voucher URLs are never reused. The caller is authenticated and was the voucher owner. What status should GET /vouchers/{id} return after the purge?', R410),
  w('410', 'support', 'We ended the partnership with a hotel chain and intentionally removed the "double miles" promo page for good. It is public, no login needed. My colleague says 404, but we know for sure it is permanently gone. Which status is best?', R410),
  w('410', 'nonnative', 'We discontinue the route Oslo-Tromso for always and deliberately removed the route resource, it will never come back, management confirm this. Crawlers still requesting the route page. Which code is good for send?', R410),
  w('410', 'security', 'Old public itinerary share-links (no authentication, anyone with the link could view them) were retired permanently and on purpose. Since they were public there is no existence to hide. What should a request for one of those links return now?', R410),
  w('410', 'sre', 'old skypoints program replaced, /skypoints/balance intentionally removed, permanent, announced months ago. auth is fine on those calls. code pls', R410),

  // ---------- knowledge (15) ----------
  k('sre', 'which header has to be on a 401 response, mobile team says they never see one', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field containing at least one challenge'),
  k('api', 'Is a 404 response cacheable by default under RFC 9110, or only when explicit freshness information is present?', /heuristic|\bis (heuristically )?cacheable|cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', 'A travel agent got a 403 and wants to know: will logging in again with the same credentials fix it?', /same credentials|different credentials|new credentials|won'?t help|will not help|not help|insufficient/i, 'RFC 9110 §15.5.4: credentials provided are considered insufficient; the client SHOULD NOT repeat with the same credentials, MAY with new or different ones'),
  k('nonnative', 'Which RFC is the current one for HTTP status codes semantic? Our old document still cite RFC 7231.', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', 'Under RFC 6750, which error code belongs in the WWW-Authenticate header when the bearer access token has expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked, malformed or invalid tokens'),
  k('security', 'In RFC 6750, the insufficient_scope error is paired with which HTTP status code?', /\b403\b|forbidden/i, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403'),
  k('sre', 'rfc 6750 invalid_request, what http status goes with it', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400'),
  k('api', 'Does 410 Gone imply the condition is temporary or permanent?', /permanent/i, 'RFC 9110 §15.5.11: the condition is likely to be permanent'),
  k('nonnative', 'When our server answer 410, what clients with link editing should do with the links to that resource?', /delet|remov/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI'),
  k('security', 'When does RFC 9110 allow a server to answer 404 even though the real reason is that the caller is forbidden?', /hide|hiding|conceal|disclos|reveal|existence/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond with 404'),
  k('api', 'If we deleted a resource but cannot determine whether the removal is permanent, which status does RFC 9110 say ought to be used instead of 410?', /\b404\b|not found/i, 'RFC 9110 §15.5.11: 404 ought to be used when permanence is unknown'),
  k('sre', 'does a 404 tell the client if the thing is gone for good or just temporarily missing', /(does not|doesn'?t|no|not) (indicate|say|specify|tell|signal)|no indication|whether .{0,40}(temporary|permanent)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('support', 'Are we obliged to mark every permanently removed fare page with 410, or is that optional?', /not required|optional|not (mandatory|obligated|obliged)|isn'?t required|no obligation|(may|can) (keep|use|return) 404/i, 'RFC 9110 §15.5.11: the server is not required to mark all permanently unavailable resources as gone'),
  k('api', 'Per RFC 6750, when a request to a protected resource carries no authentication information at all, should the WWW-Authenticate response include an error code?', /(should not|shouldn'?t|no|not) .{0,40}error|omit|without (an )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('security', 'Is a server allowed to explain in the body of a 403 why the request was refused, or must it stay silent?', /(describ|explain|state).{0,60}(reason|why)|reason.{0,60}(content|body)|(is )?allowed to (explain|describe|say)|(may|can) (explain|describe|state|say|give)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content'),
];

export const UNSEEN104_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
