import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 409, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a co-working space booking and door-access app (members, community managers, company accounts, desks and rooms of other companies, cancelled bookings, closed locations, door-badge tokens), asked by non-native English speakers and support staff. */

const R401 = 'No valid credentials (missing, expired, revoked, rotated or unverifiable) means the request lacks valid authentication: 401 Unauthorized with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3, §3.1 invalid_token).';
const R403 = 'The caller is identified and authenticated but not allowed to do this, and existence need not be hidden; re-authenticating will not help: 403 Forbidden (RFC 9110 §15.5.4).';
const R403S = 'A valid bearer token lacking the scope the request needs is insufficient_scope, which RFC 6750 §3.1 maps to 403 (RFC 9110 §15.5.4).';
const R404 = 'There is no current representation for the target and it never existed (wrong or unknown id): 404 Not Found; 410 is only for resources that existed and were removed on purpose (RFC 9110 §15.5.5, §15.5.11).';
const R404H = 'The resource exists but its existence must not be disclosed to this caller, so the server may answer 404 instead of 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed, but nobody knows whether the removal is permanent; 410 requires knowing the condition is likely permanent, otherwise 404 should be used (RFC 9110 §15.5.11, §15.5.5).';
const R410 = 'The resource existed and was removed intentionally and permanently, and this is known: 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'door badge svc: front entrance reader calls /v2/doors/main/unlock w/ Authorization: Bearer <badge token> but the badge token expired at midnight. what do we send back', R401),
  w('401', 'nonnative', 'Hello, the member is logged out from the app (her session is finished since yesterday) and the app still call GET /me/bookings without any token or cookie. Which status code we must return please?', R401),
  w('401', 'support', 'Ticket #8812: member changed her password this morning, and on password change we revoke all her old access and refresh tokens. Her tablet app keeps sending the old revoked access token to GET /me/bookings. Dev team wants to return 403 because "she is forbidden now". Is 403 right or should it be something else?', R401),
  w('401', 'security', 'finding: POST /doors/{id}/unlock accepts a JWT whose signature fails verification and answers 403 "badge not allowed". if the signature doesnt verify we dont know who the caller is at all. what should the code be', R401),
  w('401', 'security', 'company account integration (their HR tool) still calls our booking api with the api key we rotated last week, old key is not valid anymore. someone says 403, thoughts', R401),
  w('401', 'nonnative', 'The kiosk at reception send request to the check-in endpoint with no Authorization header at all, no cookie, nothing. What is correct response code? My colleague say 404 because the kiosk is not registered.', R401),
  w('401', 'sre', 'access-svc getting tokens signed w/ a kid thats not in our jwks, cant verify them. status?', R401),
  w('401', 'support', 'Community manager left the portal open, her session expired after 12h idle, then she clicked "approve guest" and the portal sent the expired session cookie. Right now we show a 500. What is the correct response so the portal knows to ask her to log in again?', R401),

  // ---- 403 ----
  w('403', 'sre', 'member w/ valid token tries PATCH /locations/12/opening-hours. only community managers can change opening hours, she is plain member role. locations are public anyway. code pls', R403),
  w('403', 'api', 'access token is valid but only has scope bookings:read and the client calls POST /bookings (needs bookings:write). which one', R403S),
  w('403', 'nonnative', 'Our member is logged in correct, but her plan is "Hot desk only" and meeting rooms are not included in this plan. She try to book meeting room "Blue", which she can see in the room list of the app. Is 403 good here or other code?', R403),
  w('403', 'security', 'door-access api: member badge token is valid and we know who she is, but the server room door on floor 3 is staff only. the door list is on the public floor map, not a secret at all. reviewer proposes 404, correct?', R403),
  w('403', 'support', 'Member account was blocked by the community manager for unpaid invoices. She can still log in fine (credentials valid, we know exactly who she is) but every booking attempt is refused. Error page says 401 and customer is confused, keeps resetting her password. What code should it be?', R403),
  w('403', 'api', 'community manager of Berlin location (authenticated) tries to edit a booking at the Lisbon location where she isnt manager. all managers in the network can see every location and its bookings so nothing to hide. correct response?', R403),
  w('403', 'sre', '/internal/badges/export is only allowed from the office ip allowlist. request comes with a valid admin token but from her home ip. status', R403),
  w('403', 'nonnative', 'User is authenticated and she try to delete an invoice of her company, but only "company owner" role can delete invoices. She is "employee" role in the same company and she can see the invoice normally. What we return?', R403),
  w('403', 'support', 'Member asks why logging in again doesnt help: her login is valid, but her company admin removed her right to invite guests, and she keeps trying to invite a guest. We return 401 right now, which makes the app log her out. What should we return instead?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /rooms/rm_99812, that room id was never created, nothing deleted, it just never existed. 404 or 410', R404),
  w('404', 'nonnative', 'Member type wrong booking number in the URL (BK-2024-0091 instead of BK-2024-0019). There is no booking with this number and there never was one. Which code please?', R404),
  w('404', 'support', 'Customers click a link to /locations/oslo-harbour from our newsletter, but we never had an Oslo location, marketing made a mistake. Not closed, it never existed. Someone here wants 410 so google forgets it faster. What\'s right?', R404),
  w('404', 'api', 'authenticated ops admin calls DELETE /badges/tok_7f3a where that badge token id doesnt match any badge we ever issued. what to return', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'member of company A (logged in, valid token) requests GET /companies/B/bookings/123. booking exists but belongs to company B. policy: we must never confirm to another tenant that a booking or a company exists. 403 or something else?', R404H),
  w('404', 'nonnative', 'There is private meeting room of other company (they rent a private office with it). A member from a different company call GET /rooms/{id} for this room. The room exist, but it is confidential, we are not allowed to say it exist to people outside that company. Which status?', R404H),
  w('404', 'sre', 'member hits /doors/{id}/unlock for a door inside another company\'s private suite. valid token. door ids of private suites are confidential and shouldnt leak. code?', R404H),
  w('404', 'support', 'A member wrote a script that tried booking ids of other companies. For ids that exist he got "403 Forbidden", for the others "404", so he could learn which bookings are real. Security says the existence of other companies\' bookings must not be revealed to him. What should we return for the existing ones he isn\'t allowed to see?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'api', 'hamburg location closed for renovation, we took its page and rooms offline. might reopen next year, management hasnt decided yet. what should GET /locations/hamburg return now', R404U),
  w('404', 'nonnative', 'We remove a meeting room from the app because of water damage. Maybe it come back after the repair, maybe not, management did not decide. Someone want 410. What is right?', R404U),
  w('404', 'support', 'When a member cancels a booking we move it to trash and support can restore it within 30 days if asked. Member opens the old booking link from the confirmation email while it is in the trash. Not sure yet if it will be restored or purged. Which code?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'lisbon location permanently closed, lease ended, we will never reopen, removed on purpose. GET /locations/lisbon -> ?', R410),
  w('410', 'api', 'we retired the old /v1/badges/{id}/qr endpoint on purpose, for good, it will never come back (v2 replaced it). what do old clients get', R410),
  w('410', 'nonnative', 'The member cancel a booking and after the retention period we purge it permanently, it will never be restored. Now she open the old link from confirmation email. Which code is correct?', R410),
  w('410', 'support', 'Company account closed at the customer\'s request and all its data permanently erased (GDPR erasure, wont come back). Ex-employees still open the old public company profile page from bookmarks. Status?', R410),
  w('410', 'security', 'review note: after a badge is reported lost we deliberately and permanently delete the badge record; a new badge gets a new id and the old one will never be reactivated. the company admin who owned it (valid token, allowed to see it) calls GET /badges/{old-id}. what status', R410),
  w('410', 'sre', 'room "Atlas" demolished in the rebuild, room record deleted intentionally and permanently. someone says 404, thoughts', R410),
  w('410', 'api', 'we discontinued the "Day Pass" product permanently and on purpose, /products/day-pass will never come back. should the endpoint return 404 or 410', R410),

  // ---- knowledge ----
  k('api', 'what header must a 401 response from our booking api include', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('support', 'if a member gets a 403 on a booking, will logging out and back in fix it?', /\b(not|won['’]?t|doesn['’]?t|never|unlikely)\b[^.]{0,80}\b(help|fix|change|resolve|solve|grant|work|make a difference)|same credentials/i, 'RFC 9110 §15.5.4: the server understood the request but refuses it; credentials were insufficient and the client should not repeat with the same credentials, so re-authenticating as the same user will not help.'),
  k('security', 'when is it ok for the door api to answer 404 instead of 403', /hid(e|es|ing|den)|conceal|\b(reveal|disclos|confirm|leak)\w*|existence/i, 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource may respond with 404 instead.'),
  k('nonnative', 'What a 404 say about if the resource will come back or not, is it temporary or permanent?', /(doesn['’]?t|does not|\bno\b|not)\b[^.]{0,60}\b(indicat|say|tell|specif|distinguish|guarantee|impl|signal)\w*|\bnothing\b[^.]{0,40}(permanen|temporar|future|come back)|temporary or permanent|permanent or temporary/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('sre', 'is a 410 heuristically cacheable by default, ie can the cdn cache it w/o explicit cache-control', /\byes\b|(?<!not |n['’]t |non-|un)(heuristically cacheable|cacheable by default)/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable unless otherwise indicated by the method definition or explicit cache controls.'),
  k('api', 'bearer token error insufficient_scope goes with which http status', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope should respond with 403 (Forbidden).'),
  k('support', 'what does a 410 tell search engines and people who saved the link to a closed location page', /(remov|delet|delist|de-?index|drop|purg|forget|stop (linking|crawling|requesting)|update)\w*/i, 'RFC 9110 §15.5.11: 410 marks the resource as intentionally unavailable and signals that links to it should be removed.'),
  k('security', 'which RFC is the current reference for 401/403/404/410, is it still 7231?', /\b9110\b/, 'RFC 9110 (2022) defines HTTP semantics and obsoletes RFC 7231 and RFC 7235.'),
  k('nonnative', 'In RFC 6750, when the badge access token is expired, which error value we put in the WWW-Authenticate header?', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked or malformed access token is invalid_token (401).'),
  k('security', 'can a 403 body explain why the booking was refused, e.g. "your plan doesnt include meeting rooms", or must it stay silent', /\byes\b|\b(can|may|allowed to|is fine to|ok to)\b[^.]{0,30}\b(describe|explain|include|say|state|give)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('sre', 'should the mobile app auto retry a door unlock that got 403', /(^|\W)no\b|should ?not|shouldn['’]?t|do not|don['’]?t|never/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('api', 'per rfc 6750, when the request to our api has no token at all, should the 401 challenge include an error code?', /\bno\b|should ?not|shouldn['’]?t|\bomit|without/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('security', 'what does 401 actually mean per the rfc, our members read "Unauthorized" as "not allowed"', /(lack|lacks|missing|no|without|invalid|valid)\b[^.]{0,40}(credential|authenticat)/i, 'RFC 9110 §15.5.2: 401 means the request has not been applied because it lacks valid authentication credentials for the target resource.'),
  k('security', 'once a closed location returns 410, do we have to keep answering 410 for that url forever?', /not (necessary|required|needed|obliged|mandatory)|no (need|requirement|obligation)|discretion|up to (you|the server|the owner|the operator)|do ?n['’]?o?t have to|don['’]?t have to|needn['’]?t|\bno\b/i, 'RFC 9110 §15.5.11: it is not necessary to mark permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner\'s discretion.'),
];

export const UNSEEN409_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
