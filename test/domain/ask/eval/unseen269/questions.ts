import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 269, written by a blind writer who never read the parser, its tests, or any other question set. Angle: smart-city / public-transport API (ticket passes, fare cards blocked after loss, operator dashboards, retired open-data endpoints, partner apps with API keys, stations closed for construction), with hedged and negated facts. */

const R401 = 'RFC 9110 §15.5.2: 401 — the request lacks valid authentication credentials for the target resource; a WWW-Authenticate challenge MUST be sent';
const R401T = 'RFC 9110 §15.5.2 + RFC 6750 §3.1: credentials were sent but refused (expired, revoked, forged, unknown) → 401 (invalid_token)';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses it; re-authenticating will not help; nothing needs hiding';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the token is valid but lacks the required scope → 403';
const R404 = 'RFC 9110 §15.5.5: the origin found no current representation for the target resource (it never existed)';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource MAY respond 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: removed but not known to be permanent → 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 — the resource is intentionally no longer available and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "partner app hitting /v2/departures w/ no Authorization header at all, not a bad key, just nothing sent. endpoint isnt public. what do we send back", R401),
  w('401', 'api', "A rider's access token for the ticket-pass API expired five minutes ago. The pass exists, the rider owns it, and their account has every role needed. Nothing is wrong with permissions; only the token's lifetime has lapsed. Which status should GET /passes/{id} return?", R401T),
  w('401', 'support', "A partner app's API key was revoked by us last week after it leaked in a public repo. They're still calling the journey planner with that same key and asking what error they should expect. My teammate says 403 because we 'forbid' them now, but the key itself is simply no longer valid. What's right?", R401T),
  w('401', 'nonnative', "The JWT which the mobile ticket app send to us has a signature that is not valid, it was signed with other key than ours. The user maybe exist, but we cannot trust the token at all. Which code we must answer?", R401T),
  w('401', 'security', "Pen-test finding on the operator dashboard API: a forged bearer token (alg=none, unsigned) is rejected, but we currently answer 403. The token does not correspond to any real session or user. The reviewer says the code is wrong. What should the dashboard return for a token that fails validation?", R401T),
  w('401', 'sre', "dashboard users getting kicked overnight, session token expired at 02:00. theyre admins, role isnt the problem, nothing about the resource is secret. someone wants 403 for this. what should the api return", R401T),
  w('401', 'api', "When a rider uses 'log out of all devices', we revoke every bearer token they hold. A stale client then calls POST /farecards/{id}/topup with one of those revoked tokens. The card is theirs and their account normally has the needed scope. Should this be 401 or 403?", R401T),
  w('401', 'nonnative', "Open-data developer call /v3/vehicles/live with api key 'abc123xyz' but this key is not existing in our database, I think it is a typo. The endpoint need a key. Is it 403 or other code?", R401T),
  w('401', 'support', "Customer changed her password and now her transit app shows an error on every request. We invalidate all tokens on password change, so the app is sending a token we no longer accept. She hasn't lost any permissions and her tickets are all still there. What status does the API give her app?", R401T),

  // ---- 403 ----
  w('403', 'sre', "driver acct w/ valid token tries PUT /dashboard/fare-tables, needs fare-admin role, driver only has driver role. endpoint is in the public api docs so no point hiding it. code pls", R403),
  w('403', 'api', "A partner app holds a valid OAuth token with scope tickets:read. It calls POST /passes to issue a monthly pass, which requires tickets:write. The token is neither expired nor revoked. Per RFC 6750, what status should the response carry?", R403S),
  w('403', 'security', "Valid partner key tries PATCH /stations/central-sq to mark the station closed. Partners may only read station data. A colleague wants 404 to 'hide' the station, but every station is listed in our published GTFS feed, so its existence is not secret at all. What do we return?", R403),
  w('403', 'support', "Rider is logged in fine and reported her fare card lost, so the card is blocked. Now she tries to unblock it herself through the app, but our policy says only support agents may unblock lost cards. It's her own card, so there is nothing to hide from her. What should the unblock call answer?", R403),
  w('403', 'nonnative', "Partner have a valid api key, not expired, but the request come from IP address which is not in their allowlist. The resource is public documented. Logging again will not change nothing. Which status?", R403),
  w('403', 'sre', "operator from bus co A (valid login, correct operator role) opens the dashboard for bus co B. both operators are listed on the city site, contract says tell them its forbidden, no need to hide anything. 403 or 404", R403),
  w('403', 'api', "Our ridership export, GET /analytics/ridership/monthly.csv, requires the 'analyst' role. A city employee with a valid, fresh token but only the 'viewer' role calls it. The endpoint is openly documented. Which response is correct?", R403),
  w('403', 'support', "A regular rider (logged in two minutes ago, token definitely valid) found the URL of the operator dashboard and tried to open it. My coworker says we should send 401 so they log in again, but logging in again won't give a rider operator rights. What should we send?", R403),
  w('403', 'security', "Pen-test report flags that PUT /routes/42/fare-rules returns 403 to a logged-in rider and claims this 'leaks existence'. But route 42 and its fare rules are published in our open timetable data; the rider just isn't allowed to edit them. Is 403 acceptable here or must we change it?", R403),
  w('403', 'nonnative', "A partner's plan include only realtime vehicle positions. With their valid key they try GET /v1/ticketing/sales which is not in their plan. The endpoint is in our public docs, we don't hide it. What code is the correct answer?", R403),

  // ---- 404 ----
  w('404', 'sre', "GET /stations/9999 from a legit authed client. no station w/ that id has ever existed, ids only go up to 812. what do we send back", R404),
  w('404', 'nonnative', "User ask for timetable of line U17 but we never had line U17 in our network, not now and not in the past. Token is valid. What status code is proper?", R404),
  w('404', 'api', "A client with a valid key requests /v2/departurez (a typo; the real route is /v2/departures). Nothing has ever lived at that path. What should the server respond with?", R404),
  w('404', 'security', "Rider A, with a valid token, calls GET /farecards/4417-2290, which is registered to rider B. Card numbers are sensitive and we must not confirm to anyone but the owner that a number is registered. Rider A has no rights on it. What status?", R404H),
  w('404', 'support', "A journalist's partner app (valid key) keeps requesting /operators/internal/incidents/2024-117. That incident report does exist, but it's confidential and we're not allowed to even confirm it exists to outsiders. What should the API return to them?", R404H),
  w('404', 'sre', "someone whos not the owner is looking up a card thats blocked after loss. fraud team says dont confirm the card exists to anyone but the holder. caller is authed but has no rights on it. code?", R404H),
  w('404', 'security', "Enumeration finding: /passes/{id} returns 403 for passes belonging to other riders and 404 for ids that don't exist, so an attacker can map which pass ids are real. Pass ids must not be discoverable. What single status should both cases return to a non-owner?", R404H),
  w('404', 'api', "We took the open-data endpoint /v1/stops.csv offline last month. Management hasn't decided yet: it might come back, be replaced, or be retired for good. We have no record saying the removal is permanent. Is this 404 or 410?", R404U),
  w('404', 'nonnative', "Station Nordbahnhof is closed for construction and we removed its /stations/nordbahnhof/facilities endpoint for now. Maybe the station reopen in 2027, maybe it is demolished, nobody know yet. My colleague want 410. What you recommend?", R404U),
  w('404', 'support', "A customer's annual pass record got deleted by a faulty batch job. Ops thinks they can probably restore it from backup next week, but it's not certain. Until then, what does GET /passes/{id} return to her?", R404U),

  // ---- 410 ----
  w('410', 'api', "The city council formally retired the legacy open-data endpoint /v1/gtfs-legacy on 1 March. It was removed on purpose, will never return, and we'd like third-party sites and crawlers to drop their links to it. What status should it serve now?", R410),
  w('410', 'sre', "old harbour station demolished, record intentionally deleted, id will never be reused, decision is final. clients still call /stations/old-harbour. what do we send back", R410),
  w('410', 'support', "A partner asked why their SMS ticketing integration stopped working. We deliberately decommissioned the SMS ticket API for good last quarter; it's permanently shut down with nothing at that URL. What status should their calls receive?", R410),
  w('410', 'nonnative', "We discontinued the 10-ride paper strip ticket forever and removed its product endpoint /products/strip-10 on purpose. It is sure it will not come back. Which code we should return now?", R410),
  w('410', 'security', "Our v1 realtime vehicle feed was intentionally and permanently removed, with a public announcement. Someone on the team suggests 404 'to be safe', but there's nothing secret about it; the deprecation is public. What's the most accurate status?", R410),
  w('410', 'sre', "2019 seasonal pass endpoints purposely deleted, deprecation registry marks them permanent, wont be restored. partner apps still polling. 404 or 410", R410),

  // ---- knowledge ----
  k('sre', "quick one, what header has to go out with a 401", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server MUST send a WWW-Authenticate header field containing at least one challenge'),
  k('support', "If a customer gets a 403 from the ticket app, would logging out and back in help? What does the RFC say about retrying?", /(should not|shouldn'?t|not)\b[^.]{0,40}\b(repeat|retry|resend|re-send)|(won'?t|will not|does not|doesn'?t|not) (help|change)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "Which RFC is now the valid one for the definition of HTTP status codes? Before we used RFC 7231.", /9110/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231'),
  k('api', "In RFC 6750, what HTTP status code goes with the insufficient_scope error?", /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('sre', "bearer token invalid_token error, which status does rfc 6750 pair it with", /\b401\b/, 'RFC 6750 §3.1: invalid_token → 401 Unauthorized'),
  k('security', "For a malformed bearer request (for example the token sent both in the header and in the query string), RFC 6750 defines invalid_request. What status code should accompany it?", /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('api', "Once we start returning 410 for a retired open-data endpoint, how long are we obliged to keep serving 410 for it?", /discretion|not (required|necessary|obligated|obliged|mandatory)|no (fixed |set |minimum )?(requirement|obligation|period|duration)|any length of time|up to (you|the (server|site) owner)/i, "RFC 9110 §15.5.11: it is not necessary to keep the 'gone' mark for any length of time; that is left to the server owner's discretion"),
  k('security', "Under what condition does RFC 9110 allow a server to answer 404 where it would otherwise send 403?", /hid(e|es|ing)|conceal|disclos|reveal/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target resource MAY respond 404'),
  k('nonnative', "If we removed a resource but we are not sure if it is permanent or not, RFC say to use which code, 404 or 410?", /404[^.]{0,40}(instead|ought|should)|(use|send|return|respond with|answer with|be|is)\s+(a\s+)?404/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410'),
  k('support', "What's the point of 410 Gone compared to a plain 404? What is it actually telling the sites that still link to the retired page?", /intentional|on purpose|deliberate|remov\w*[^.]{0,20}links?|links?[^.]{0,30}remov|delist/i, 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and that the owners want remote links to it removed'),
  k('api', "Our fare-card API sits behind an authenticating proxy. If it is the proxy, not the origin, that needs credentials, is that still a 401?", /\b407\b/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required (with Proxy-Authenticate) is used when the client must authenticate with a proxy'),
  k('sre', "request comes in w/ no auth at all, we send 401 w/ a Bearer challenge. do we put error=invalid_token in there or not", /(should not|shouldn'?t|must not|don'?t|do not|not|no)\b[^.]{0,60}\b(error|include)|omit|leave (it |that )?out/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('nonnative', "When token have not enough scope, can the 403 response tell the client which scope it need? How?", /scope\s*=|\bscope\b[^.]{0,40}(attribute|parameter|param)|(attribute|parameter|param)[^.]{0,40}\bscope\b/i, 'RFC 6750 §3: the WWW-Authenticate Bearer challenge may carry a scope attribute listing the scope needed'),
];

export const UNSEEN269_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
