import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 363, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a warehouse management system with handheld scanners, pickers and supervisors, retired SKUs and decommissioned warehouses, written mostly in terse SRE shorthand and by non-native English speakers. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid credentials (none, expired, revoked, rotated, bad signature, unknown key) → 401 with WWW-Authenticate; RFC 6750 §3.1 invalid_token.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses to authorize it; re-authenticating will not help → 403.';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden; RFC 9110 §15.5.4.';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource (never existed / wrong id) → 404.';
const R404H = 'RFC 9110 §15.5.4 and §15.5.5: an origin that wishes to hide the existence of a forbidden target may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11 and §15.5.5: if the server does not know whether the removal is permanent, 404 should be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: the target was intentionally removed and the condition is likely permanent → 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'scanner HS-2231 calls POST /v2/picks/confirm w/o any auth header at all, no token no cookie nothing. what should gw return', R401),
  w('401', 'nonnative', 'picker finish his shift and make logout on the handheld, the session is ended on server side. but scanner app still send the old session cookie to /tasks/next. which code we must give back?', R401),
  w('401', 'security', 'finding WMS-SEC-14: api key of the scanner fleet from decommissioned warehouse was revoked last week, but someone still calls /inventory/adjust with it. currently we answer 403 "not allowed". is 403 right here or should it be something else', R401),
  w('401', 'support', 'Ticket #8812: supervisor at the Leeds DC says her handheld shows "forbidden" every morning. Looked at the logs: her bearer token expired overnight (exp was 23:00) and the app keeps sending it at 06:00 start of shift. Colleague wants to keep 403 since thats what it does now. What should the API actually return for the expired token?', R401),
  w('401', 'api', 'jwt from the scanner fails signature verification (tampered payload or whatever, it just doesnt verify). status for GET /stock/{sku}?', R401),
  w('401', 'sre', 'tokens coming in signed w/ a kid we dont know, key id not in our jwks at all. svc currently 500s on it lol. correct response?', R401),
  w('401', 'nonnative', 'we rotate the client secret of picking app yesterday, old secret is invalid now. some handhelds in zone C still use the old secret and the request reach the api with this old credential. 401 or 403 for them?', R401),
  w('401', 'support', 'Customer (3PL ops manager) logged out of the supervisor portal on his laptop, then pressed Back and clicked "export pick report". The session was destroyed at logout, so the request carries no valid session anymore. Our frontend shows 404 which confuses him. Which status should the export endpoint send?', R401),

  // ---- 403 ----
  w('403', 'api', 'picker role tries PATCH /inventory/counts/{bin} which is supervisor-only. token valid, user known, endpoint is publicly documented so nothing to hide. which one', R403),
  w('403', 'sre', 'scanner token valid but missing scope inventory:write, hitting POST /adjustments. bearer error would be insufficient_scope -> status?', R403S),
  w('403', 'nonnative', 'new warehouse in Poznan, the handhelds login ok and have valid token, but the site IP is not yet in our allowlist so gateway refuse them. what code is right to send, 401 like my colleague say?', R403),
  w('403', 'support', 'Ticket: a picker\'s account was blocked by his supervisor after a safety incident. He can still sign in (credentials are valid, we identify him fine) but every pick task call gets rejected on purpose until he is unblocked. He sees 401 and thinks his password is wrong. What should we return so its accurate?', R403),
  w('403', 'security', 'review note: authenticated client-A user requests GET /reports/stock?client=B. tenant mismatch, must be denied. client list is public on our marketing site and the report endpoint is no secret, we dont need to hide anything. code?', R403),
  w('403', 'api', 'customer on Basic plan calls /slotting/optimize with a valid api key. that feature is Enterprise plan only. what do we send back', R403),
  w('403', 'nonnative', 'supervisor of warehouse MAD-1 is logged in correct, she try to approve cycle count of warehouse BCN-3 where she has no rights. the warehouses are known for everybody, no secret. is 403 right here?', R403),
  w('403', 'security', 'device cert checks out (mTLS ok, device identified as kiosk-07) but kiosk role is read-only and it tried POST /shipments/confirm. dev proposes 401 so it re-auths. thoughts', R403),
  w('403', 'sre', 'authenticated svc acct of the label printer tries DELETE /skus/{id}. not permitted for that acct, re-login wont change anything. status pls', R403),

  // ---- 404 ----
  w('404', 'support', 'Ticket #9031: picker scanned barcode 4006381333932 and the handheld said "SKU retired". But that code never existed in our catalog at all. Not retired, never created, its a misprint on the supplier label. What status should GET /skus/4006381333932 return?', R404),
  w('404', 'nonnative', 'the url use warehouse code WH-0O7 (letter O and zero mixed up), correct one is WH-007. WH-0O7 never existed. the user is logged in fine. which code?', R404),
  w('404', 'api', 'GET /bins/ZZ-99-99, bin never created, no such location in any layout ever. caller authed. code pls', R404),
  w('404', 'sre', 'order id in request has a wrong digit, no order w/ that id exists or ever did. someone says 410, thoughts', R404),
  w('404', 'security', 'finding: 3PL tenant B (authenticated) can query inbound shipment ids of tenant A. shipment ids are confidential and we must not confirm to B that any such shipment exists. currently returns 403. what should it be', R404H),
  w('404', 'security', 'recall-quarantine lots: non-supervisor picker (logged in) requests GET /lots/Q-4471. policy says existence of a recall investigation must not be revealed to anyone outside QA. which status', R404H),
  w('404', 'support', 'Customer X\'s user (logged in, valid session) typed in the id of a bonded cage that belongs to another customer. Our contract says we never confirm to one client which storage areas other clients have, not even that the id is valid. Which response should the API give?', R404H),
  w('404', 'nonnative', 'we have high-value cage HV-2 and pickers must not even know that it exist. a picker with good login call /locations/HV-2. which code so we dont leak it', R404H),
  w('404', 'api', 'SKU 88-1042 deactivated for off-season, might get reactivated next spring, no decision yet. GET /skus/88-1042 returns?', R404U),
  w('404', 'support', 'Ticket: warehouse DUB-2 was taken offline last week and its endpoints removed. Management hasnt decided yet if it closes for good or reopens after the renovation. A customer integration keeps calling /warehouses/DUB-2/stock. Someone wants 410. What is correct for now?', R404U),
  w('404', 'sre', 'zone F removed from layout (maybe by mistake), restorable from backup, no call yet on whether it comes back. /zones/F -> ?', R404U),

  // ---- 410 ----
  w('410', 'nonnative', 'warehouse DUS-2 is closed for ever, the building is sold, we decommission it on purpose and it never come back. colleague say 404 for /warehouses/DUS-2. I think other code. which one is correct', R410),
  w('410', 'support', 'Ticket: SKU 55-301 (old scanner model) was retired permanently, discontinued on purpose and will never be sold or stocked again. Customers and search engines still hit /catalog/55-301 and we want those links dropped. Which status should the page return?', R410),
  w('410', 'security', 'scanner firmware 3.x download url removed intentionally and permanently (vulnerable build, will never be republished). what should /firmware/3.2.1.bin return now', R410),
  w('410', 'api', 'v1 pick endpoint /v1/picks deliberately sunset, removed for good, there will never be a v1 again, clients must move to v2. what do calls to v1 get', R410),
  w('410', 'sre', 'decomd warehouse ORD-4: gone for good, lease ended, all its endpoints intentionally retired permanently. status for /warehouses/ORD-4/*', R410),
  w('410', 'api', 'retired SKU 12-777, permanently discontinued by the product team, deliberate, record kept only as a tombstone. GET /skus/12-777 from authed client returns?', R410),
  w('410', 'security', 'old shipment labels purged per retention policy, deliberately and permanently deleted, no backup, cant be restored. authorized supervisor requests /labels/{id} of a purged one. 404 or 410', R410),

  // ---- knowledge ----
  k('sre', 'scanner gets 401 from pick svc, which response header does the 401 have to carry per rfc', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field.'),
  k('nonnative', 'if a picker get 403 and he make logout and login again, will this help him?', /(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|not going to|cannot|can'?t|no)\s+(?:\w+\s+){0,2}(?:help|change|fix|make a difference|matter)|no (?:difference|effect)|same (?:result|outcome|403|response|answer)|\b(?:pointless|futile|useless)\b/i, 'RFC 9110 §15.5.4: for 403, re-authenticating with the same identity will not change the outcome; the client should not repeat it with the same credentials.'),
  k('security', 'when is it ok to answer 404 instead of 403 for a storage location the caller isnt allowed to see', /hid(?:e|es|ing)|conceal|existence|not (?:to )?reveal|(?:not|n't|without) (?:disclos|confirm|leak)|disclos(?:e|ing|ure)|leak/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden target may respond 404 instead.'),
  k('support', 'Warehouse might reopen or might not, nobody knows yet. While undecided, should its URLs return 410 or 404?', /(?:use|return|send|respond with|answer with|stick with|go with|should be|prefer|keep|serve)\W+(?:(?:a|an|the|plain|just)\W+)*404\b|\b404\b[^.]*\b(?:rather than|instead of|not|until)\b[^.]*\b410\b|^\W*404\b/im, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('api', 'what does a 410 tell crawlers and partners that still have links to our retired SKU pages', /permanent|for good|forever|(?:remove|delete|drop|update)\w*\s+(?:\w+\s+){0,3}(?:links?|references?|bookmarks?)|de-?list|de-?index|drop\w* from (?:the )?index/i, 'RFC 9110 §15.5.11: 410 signals intentional, permanent removal so recipients should remove links to the resource.'),
  k('sre', 'cdn is caching our 404s for /skus/* even tho we send no cache-control at all. is that allowed per rfc', /(?<!not |n't |non-)heuristic(?:ally)?[- ]cach|(?<!not |n't |non-)cacheable by default|\byes\b|(?<!not |n't )(?:permitted|allowed) to cache/i, 'RFC 9110 §15.1: 404 (like 410) is heuristically cacheable, so a cache may store it without explicit freshness information.'),
  k('api', 'scanner token lacks the inventory:write scope. which rfc 6750 error code goes in the WWW-Authenticate header', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, with status 403.'),
  k('nonnative', 'bearer token of the scanner is expired. which error value we put in WWW-Authenticate header by RFC 6750?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, invalid) with status 401.'),
  k('security', 'rfc 6750 invalid_request (handheld sends malformed auth request, duplicate params) - which http status goes with that error code', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request.'),
  k('support', 'A customer cites RFC 7231 and RFC 7235 in their ticket about our 403s and 401s. Are those still the current specs for these status codes, or which one is?', /\b9110\b/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'May our 403 response body explain to the picker why he is forbidden, e.g. "account blocked by supervisor", or must it stay empty?', /\byes\b|(?:may|can|is allowed to|is permitted to|is free to|should|could)\s+(?!not\b)(?:\w+\s+){0,3}(?:describ|explain|includ|giv|stat|say|tell|mention)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('sre', 'should the scanner app auto-retry when it gets 403 from pick svc', /(?:shouldn'?t|should not|don'?t|do not|must not|never|not)\b[^.]{0,40}\b(?:auto-?)?re-?(?:try|tries|peat|send)|\bno\b/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('nonnative', 'the scanner is sending credentials and still get 401. what does this mean exactly?', /refus|reject|invalid|not (?:been )?accept|not valid|wrong|expired|bad credential/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 means authorization has been refused for those credentials.'),
  k('api', 'do we have to keep serving 410 for decommissioned warehouse urls forever or can we stop at some point', /(?:not|no|n't)\s+(?:\w+\s+){0,3}(?:required|necessary|need|obligat|mandatory|have to|forever)|discretion|up to (?:you|the (?:server|site|owner|operator))|as long as you (?:like|want)|your (?:choice|call)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner.'),
  k('security', 'request from handheld arrives with no auth info at all. should our WWW-Authenticate on the 401 include an error= code like invalid_token', /(?:shouldn'?t|should not|don'?t|do not|no need to|not|never)\s+(?:\w+\s+){0,2}(?:include|add|send|put|return|set)\b[^.]*\berror|omit\w*\b[^.]*\berror|\bno error\b|without (?:an? |any )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code.'),
];

export const UNSEEN363_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
