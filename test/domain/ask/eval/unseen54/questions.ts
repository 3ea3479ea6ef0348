import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 54, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a ride-hailing and delivery app — riders, drivers and couriers, fleet partners, deactivated drivers, trip receipts, city launches and shutdowns, promo codes, partner API keys, lost-and-found items. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401 with a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, wrong signature, wrong audience) → 401';
const R401N = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: no credentials sent → 401, challenge without an error code';
const R403 = 'RFC 9110 §15.5.4: the server knows who the caller is and refuses; re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R403P = 'RFC 9110 §15.5.4: refusal by rule, policy, plan or network setting for an identified caller → 403';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide an existing resource from this caller may answer 404 instead of 403';
const R404 = 'RFC 9110 §15.5.5: no current representation of the target resource was found → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when the removal is known to be permanent; if that is unknown, 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is likely permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×20
  w('401', 'sre', 'rider app stopped sending the Authorization header at all after the logout bug in 8.14, GET /v2/trips/receipts comes in bare. gateway returns 403 today. whats right', R401N),
  w('401', 'api', "The driver app's JWT has an nbf claim ten minutes in the future because the issuer's clock drifted, and the shift service rejects it on POST /v1/shifts/start. The driver is fully onboarded otherwise. What status should the shift service respond with?", R401T),
  w('401', 'support', "A courier told me the app keeps throwing him out. From the logs: he changed his password on his new phone, which revoked every old session, but his old phone is still calling the earnings API with its old access token. What should those calls from the old phone get back?", R401T),
  w('401', 'security', 'Fleet partner requests carry their partner key id plus an HMAC over the body. On a batch of requests the key id is real but the HMAC does not verify against the secret we hold. Which status?', R401),
  w('401', 'nonnative', 'The courier app is sending a bearer token that is cut in half, only the header and payload, no signature part, so we can not even parse it. Which status code we must give back?', R401T),
  w('401', 'sre', "lost-found-api: token signed w/ kid=2023-11 which we rotated out of the jwks last night, verifier cant find the key so it throws and we 500. what should it be instead", R401T),
  w('401', 'api', 'Logged-out web visitor hits POST /promos/redeem with no session cookie and no token. We want the client to prompt for sign-in. Code?', R401N),
  w('401', 'support', "Rider says she tapped 'sign out of all devices' on her laptop, then on her tablet the app still tried to refresh a trip receipt with the session it had. Of course it failed. What status is the correct one for the tablet's request?", R401T),
  w('401', 'security', 'Deactivation flow: when a driver is deactivated we revoke every token they hold at the IdP. Their app keeps polling /dispatch/offers with the revoked token, and introspection says active:false. 401 or 403 for those polls?', R401T),
  w('401', 'nonnative', 'Our courier app build is sending the staging API key to production by mistake. Production never issued this key, it is totally unknown for it. What we answer?', R401),
  w('401', 'sre', 'partner rotated keys last week, we deleted the old one on their request. their cron still sends the old X-Api-Key every 5 min. code pls', R401),
  w('401', 'api', 'Receipt download requires a session cookie. After the Redis failover the session store was flushed, so the cookie the rider sends points at a session id that no longer exists anywhere. Which response should the receipts endpoint produce?', R401),
  w('401', 'support', "A rider followed an old email link to the lost-and-found page in a browser where she's not logged in; the page's API call goes out with no login at all. Which status should that API call get?", R401N),
  w('401', 'security', "Token confusion: a perfectly signed rider-API token (aud=rider-api) is presented to the driver payouts API, whose expected audience is payouts-api. Same issuer. What does payouts-api send back?", R401T),
  w('401', 'nonnative', 'Fleet partner reporting endpoint use Basic auth. The partner send the right username but the password is wrong. Is it 401 or 403 or 400?', R401),
  w('401', 'sre', "WARN auth: jwt verify failed: token is expired by 3h12m0s route=/couriers/me/earnings sub=cou_55120\nWARN auth: jwt verify failed: token is expired by 3h12m4s route=/couriers/me/earnings sub=cou_55120\nwe map this to 403 rn, feels wrong", R401T),
  w('401', 'api', 'Someone is curling our delivery quotes API with no API key and no token whatsoever. What is the correct status, and should it carry a challenge header?', R401N),
  w('401', 'security', 'Driver restored his phone from a backup. The app sends its stored sender-constrained token, but the proof-of-possession signature was made with a different device key than the one the token is bound to. What should the dispatch API respond?', R401T),
  w('401', 'security', 'Refresh-token reuse was detected for a courier, so we killed the whole token family. Requests still arriving with an access token from that family — which status?', R401T),
  w('401', 'nonnative', 'Somebody send us a JWT with header alg "none" and no signature, claiming to be a fleet admin. Our library reject it. Which code is correct to return?', R401T),

  // ---- 403 ×24
  w('403', 'sre', "courier w/ valid token POSTs /orders/8812/pickup but the order is assigned to a diff courier. we know exactly who he is. order is on the shared board anyway so no secret. 401 or 403", R403),
  w('403', 'api', 'A partner key was issued with scope quotes:read only. The partner calls POST /deliveries, which needs deliveries:write. Which status, and which error code goes in the challenge?', R403S),
  w('403', 'support', "A rider who is logged in just fine tried to open the fleet owner dashboard from a link her brother sent. She doesn't own a fleet, she's just a rider. What should she get?", R403),
  w('403', 'security', "An ops agent's SSO session is valid, but they're calling the admin refund endpoint from home. Admin API calls are only accepted from the office VPN range. Which status?", R403P),
  w('403', 'nonnative', 'Driver is logged in correctly, but his account was deactivated because his rating is too low. He try to go online in the app. Which code the server should give?', R403),
  w('403', 'sre', "fleet partner A token, GET /fleets/B/vehicles. B is on the public partners page so we dont care if A knows B exists. code?", R403),
  w('403', 'api', "Starter-plan partners can't use bulk dispatch; it's an Enterprise feature. A Starter partner with a perfectly good key calls POST /v1/dispatch/bulk. What should we return?", R403P),
  w('403', 'support', "Courier is signed in, and our records say he is 17. He tried to accept an alcohol delivery and the app showed an error. Which HTTP status should the accept call have returned?", R403P),
  w('403', 'security', 'Finance tool: a user with the read-only auditor role (SSO fine, MFA fine) tries to trigger this week\'s driver payouts. Correct response?', R403),
  w('403', 'nonnative', 'Our city team from Lisbon want to change the surge settings of Porto. They are logged as city manager, but only for Lisbon city. What code is right for this?', R403),
  w('403', 'sre', "authz deny principal=drv_8812 action=trip.receipt.resend resource=trip_1193 reason=not_rider\ndriver drove that trip obviously so he knows it exists. only the rider can resend receipts. token good. what do we send back", R403),
  w('403', 'api', 'Token carries rides:read; client attempts DELETE /rides/{id} to cancel, which requires rides:write. Per RFC 6750, what status?', R403S),
  w('403', 'support', "A driver hit the 12-hour driving limit and has to rest before his next shift. He's logged in and tapped 'go online' again anyway. What should the go-online request return?", R403P),
  w('403', 'security', 'promo-engine calls payments-svc with a valid service identity certificate, but payments-svc only lets checkout and refunds services in. Which status should payments-svc answer with?', R403P),
  w('403', 'nonnative', 'User is logged in and verified, but he did not accept the new terms of service yet. Our rule say no booking until he accept them. What status when he try to book?', R403P),
  w('403', 'sre', "/v3/batch-offers is only for couriers in the pilot group. this courier isnt in it, authenticated fine. feature was announced in the courier newsletter. we return 404 today, should be?", R403),
  w('403', 'api', 'Any support agent can look up a trip, but only Trust & Safety agents may see the rider\'s phone number. A regular support agent (SSO is fine) requests GET /trips/{id}/rider-contact for a trip they can already see. What should come back?', R403),
  w('403', 'support', "Restaurant partner is logged in and tried to push their delivery radius to 8 km. Their contract only covers up to 5 km. What status should the settings call return?", R403P),
  w('403', 'security', 'New rule after the incident: admin accounts without a hardware security key enrolled cannot use the background-check API, even with a valid session. Such an admin calls it. Status?', R403P),
  w('403', 'nonnative', 'Fleet partner API key is correct, but the call come from IP 203.0.113.7 and their key is locked to the two IPs they registered. Which one: 401, 403 or 404?', R403P),
  w('403', 'sre', "driver token ok, POST /cities/berlin/launch. only city-ops can flip launch flags. berlin launch was in the press so no hiding needed. which one", R403),
  w('403', 'api', "A courier is authenticated and calls PATCH /couriers/me/vehicle to switch from bike to car. Car deliveries need a verified driving licence and his hasn't been verified. What should the API answer?", R403P),
  w('403', 'support', "We banned a rider for abusive behaviour. She can still log in so she can download her old receipts, but when she requests a new ride the app fails. Which status should the ride request give her?", R403P),
  w('403', 'nonnative', 'A rider token is sent to /driver/earnings endpoint, which is documented publicly and only for drivers. The token is valid, it is just not a driver. Logging again will not change anything. Which code?', R403),

  // ---- 404 ×24
  // hide existence
  w('404', 'sre', "rider token, GET /trips/tr_88123 which is someone elses trip. trip ids leak pickup addresses so we dont even want to confirm the id is real. 403?", R404H),
  w('404', 'security', 'Finding: /v1/riders/lookup?phone= returns 403 when the number belongs to a rider other than the caller and 404 when it belongs to no rider. Anyone can tell who uses our service. What should the first case return?', R404H),
  w('404', 'support', "A woman wants to know whether her ex drives for us. She's logged in as a rider and keeps trying driver profile URLs with IDs she guessed. We must not confirm anything about whether he's a driver. What do those requests get?", R404H),
  w('404', 'api', 'Partner X requests /fleets/Y/drivers/123. Y is a fleet still in confidential negotiations, and partners must never learn about other partners. X\'s token is valid. Which status?', R404H),
  w('404', 'nonnative', 'Lost item report belong to other rider. Rider A is logged in and ask /lost-items/77 which is of rider B. We not want to say to him that this item exist. Which status?', R404H),
  w('404', 'sre', 'munich launch is under NDA, nothing public yet. external partner token hits /cities/munich/config. partner is authenticated fine. what should the gateway return', R404H),
  w('404', 'security', 'A courier requests /trust-safety/cases/4471, the internal investigation about himself. Policy is that the subject must not learn a case exists until we contact them. What status?', R404H),
  w('404', 'api', "Restaurant partners shouldn't be able to probe other restaurants' order ids. Restaurant A, authenticated, asks GET /orders/ord_7712, which belongs to restaurant B. Correct response?", R404H),
  w('404', 'support', "A rider saw STAFF50 mentioned on a forum and tried GET /promos/STAFF50. It's a real employee-only code, but we'd rather outsiders never find out staff codes exist. What should she get?", R404H),
  // removal not known to be permanent
  w('404', 'sre', 'promo SUMMER24 disabled by mktg, they might turn it back on in august, idk. 404 or 410', R404U),
  w('404', 'api', "We paused operations in Cardiff after a regulator dispute. It may reopen, nobody knows yet. What should GET /cities/cardiff return in the meantime?", R404U),
  w('404', 'support', "A driver's public profile page was taken down while we look into a complaint. Could go back up, could stay down, depends on the outcome. Riders keep clicking old share links to it. What should they see as a status?", R404U),
  w('404', 'nonnative', 'Receipt PDFs were deleted from storage by a wrong lifecycle rule. Maybe we regenerate them later, maybe not, it is not decided. What code for the missing receipts?', R404U),
  w('404', 'security', 'We pulled the public docs page describing the partner auth flow after a disclosure report. No decision on whether it returns. Requests to that docs URL should get which status?', R404U),
  w('404', 'sre', "lost-found item 5512 got purged by the cleanup job. cant tell yet if it was the normal 90 day retention purge or tuesdays bug — if bug we restore from backup. 410?", R404U),
  // nothing there
  w('404', 'nonnative', 'Rider ask for a receipt with trip id that never exist, she made a typo in the id. What code is correct?', R404),
  w('404', 'sre', 'GET /v2/drivers/drv_000000 no such driver in the db, never was one', R404),
  w('404', 'api', 'GET /v1/deliveries/{id}/proof-of-delivery: the delivery exists and the partner may see it, but the courier never uploaded a photo. What status for the proof resource?', R404),
  w('404', 'support', 'Customer clicked a help center link, /help/articles/courier-insurence-faq, and the URL has a typo in it. What status does she get?', R404),
  w('404', 'security', 'An unauthenticated scanner is hammering /wp-admin/ on our rider web app. We have never run WordPress. What should the server reply?', R404),
  w('404', 'api', 'Only v1 and v2 of the quotes API were ever deployed. A partner calls /v3/quotes. What should the response be?', R404),
  w('404', 'nonnative', 'City slug "atlantis" is not in our cities table, there never was a city like this. Which status we return?', R404),
  w('404', 'sre', 'courier calls /couriers/me/vehicle but hes a walker, never registered any vehicle. authenticated fine', R404),
  w('404', 'support', "A fleet partner is asking for /documents/9911 for one of their drivers. The upload failed on the driver's phone, so that document was never stored. Which code?", R404),

  // ---- 410 ×12
  w('410', 'sre', 'promo WELCOME2019 retired, mktg confirmed it is never coming back. 404 or 410', R410),
  w('410', 'api', "We intentionally retired the old /r/{short} receipt URL scheme and won't reuse it. New receipts live under /receipts/{id}; we decided not to redirect. What should /r/ links return?", R410),
  w('410', 'support', "A rider wants a receipt for a trip from 2015. Our retention policy destroyed it on purpose after seven years, and it can't be regenerated. What status should the receipt request return?", R410),
  w('410', 'security', 'The v1 partner API was decommissioned after a 12-month notice period. Those endpoints are gone for good. What should calls to v1 get?', R410),
  w('410', 'nonnative', 'Driver referral links of the old referral program still get clicks. The program is finished forever, the company decided. What code for these links?', R410),
  w('410', 'sre', 'lost item 8812 donated to charity after the 90 day hold, listing closed on purpose and it wont ever be reopened. app still hits /lost-items/8812', R410),
  w('410', 'api', "The /v1/keys/legacy key-management endpoint was removed after the migration, and we will never bring it back. Which status should it respond with?", R410),
  w('410', 'support', 'Our courier insurance partnership ended and the contract was terminated. We took the partner page down deliberately and it will not return. Couriers still open the old link. Which status?', R410),
  w('410', 'security', 'A fleet partner closed their business. We deleted their public showcase page on purpose and it will not be restored. Crawlers still request it. Correct response?', R410),
  w('410', 'nonnative', 'The Carpool product we killed it for good last year, but old app versions still call /carpool/match. What we should answer?', R410),
  w('410', 'sre', "phoenix ops closed permanently 3/1, leadership said no relaunch ever. driver app still polling /cities/phx/heatmap", R410),
  w('410', 'security', 'The leaked promo code LEAK50 was burned: invalidated permanently and never to be reissued. Requests for /promos/LEAK50 should return what?', R410),

  // ---- knowledge ×10
  k('support', 'If a driver gets a 403, will logging out and back in fix it?', /\b(no|not|won'?t|doesn'?t|don'?t|cannot|can'?t|will not|does not|isn'?t|unlikely)\b/i, 'RFC 9110 §15.5.4: re-authenticating makes no difference to a 403'),
  k('security', 'Is a server allowed to answer 404 instead of 403 to hide that a resource exists?', /\b(yes|may|can|allowed|permitted|acceptable|fine)\b/i, 'RFC 9110 §15.5.4: an origin wishing to hide a forbidden resource may respond 404'),
  k('sre', 'is 410 cacheable by default or do we need cache-control', /(yes|heuristic|cacheable by default|by default|can be cached|may be cached|is cacheable)/i, 'RFC 9110 §15.5.11: 410 is heuristically cacheable by default'),
  k('nonnative', 'Which RFC define now these status codes? Is RFC 7231 still the current one?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', 'Which RFC 6750 error code goes with a 403 when the token lacks the needed scope?', /insufficient[_ ]scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('security', 'What error code goes in the Bearer challenge when the access token has expired?', /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token → 401'),
  k('support', 'Our SEO person asks: how do search engines treat 410 differently from 404 on old city pages?', /(fast|quick|sooner|immediate|right away|permanent|for good|drop|remov|delist|deindex)/i, 'RFC 9110 §15.5.11: 410 signals permanent removal, so crawlers and clients can drop links sooner'),
  k('sre', '401 when no creds sent at all, should the challenge have an error= param', /\b(no|not|without|omit|shouldn'?t|should not|none)\b/i, 'RFC 6750 §3.1: when the request lacks any authentication information, the challenge should not include an error code'),
  k('nonnative', 'Can we use 410 when we are not sure the removal is permanent?', /\b(no|not|404)\b/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 should be used'),
];

export const UNSEEN54_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
