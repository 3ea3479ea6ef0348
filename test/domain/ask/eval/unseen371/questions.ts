import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 371, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a city's parking permits and fines system (residents, enforcement officers, revoked and expired permits, other people's vehicles, abolished parking zones), as written by city IT staff, call-centre agents and contractors. */

const R401 = 'No valid credentials (none sent, expired, revoked, rotated, tampered or unknown key) -> 401 Unauthorized with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token).';
const R403 = 'The caller is authenticated but not permitted, and existence is not secret; re-authenticating will not help -> 403 Forbidden (RFC 9110 §15.5.4).';
const R403S = 'Valid bearer token lacking the required scope -> 403 with error="insufficient_scope" (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No resource exists at this URI and none ever did (wrong id, never issued, typo) -> 404 Not Found (RFC 9110 §15.5.5).';
const R404H = 'The resource exists but its existence must not be disclosed to this caller -> 404 in place of 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent (may be restored or come back) -> 404, not 410 (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally and permanently removed with no forwarding address -> 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'resident portal: session expired overnight, app still sends the old bearer token to GET /permits/mine. gateway returns what', R401),
  w('401', 'api', 'Enforcement handhelds authenticate with per-device API keys. We rotated all keys at 02:00 and one handheld is still sending the old key to POST /citations. A teammate says 403 because we know which device it is. What should the citations service return?', R401),
  w('401', 'support', 'Resident called the helpline: she logged out of the permits site, then used the browser back button and pressed "Renew permit". Our logs show the renewal request came in with no Authorization header and no session cookie at all. The site showed a 403 page and now she thinks her permit is blocked. What status should that request actually have gotten?', R401),
  w('401', 'security', 'Finding PF-12: the fines payment API answers 403 when the JWT signature fails verification (token was tampered with, payload edited). Recommend the correct status code.', R401),
  w('401', 'nonnative', 'contractor app is calling /api/zones without any token, no Authorization header at all. now we answer 403. is correct or which code must be?', R401),
  w('401', 'sre', 'officer left the dept, we revoked his token, his old tablet keeps calling GET /tickets w/ the revoked token. code pls', R401),
  w('401', 'support', 'Call-centre agent here. My SSO login token ran out in the middle of my shift and now every fine lookup fails. IT says the lookup service should send back one specific code when the login has expired so our desktop app knows to make me sign in again. Which code is that?', R401),
  w('401', 'security', 'The permit verification API receives a bearer token signed with a key id we never issued (unknown kid, not in our JWKS). Someone proposed 404 because the key isnt found. Which status is correct?', R401),

  // ---- 403 ----
  w('403', 'sre', 'call-centre agent w/ viewer role, logged in fine, tries POST /fines/88123/waive. waiving needs supervisor role. which one', R403),
  w('403', 'api', 'Towing contractor token is valid but only carries scope permits:read. They call DELETE /permits/RP-44120. Permit ids are not secret from them, they see them in the list endpoint. What do we return?', R403S),
  w('403', 'support', 'Resident is logged in but his account is blocked from renewals until he pays three outstanding fines. He can view his permit, it is his own. When he clicks Renew, what code should the API give? A colleague wants 401 but he is definitely signed in.', R403),
  w('403', 'security', 'The clamping contractor\'s service account authenticates correctly, but its calls now come from an IP that is not on our allowlist. Current behaviour is 200. What status should the fines API return?', R403),
  w('403', 'nonnative', 'enforcement officer of zone B is logged in and try to edit a ticket written in zone A. ticket numbers are printed on the windscreen so they are not secret. but officers can edit only tickets of own zone. 403 or 404?', R403),
  w('403', 'nonnative', 'resident is login and try to add the plate of his neighbour to his own permit. plate is not secret, anybody see it on street. rule is only vehicles registered on same address. what we answer?', R403),
  w('403', 'api', 'Secondary household member (logged in, allowed to view the household permit) sends PATCH /permits/{id} to change the plate. Only the primary holder may edit. Is 403 right here?', R403),
  w('403', 'security', 'pentest note: logged in as an ordinary resident, PUT /zones/Z4/rates succeeded with 200. Zone rates are published on the city website, nothing secret. What status should that write have gotten?', R403),
  w('403', 'sre', 'reporting contractor svc acct auths ok, hits /exports/residents-pii, their role doesnt include pii export. endpoint is documented, nothing to hide. status?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /permits/RP-000000 - that id was never issued. not deleted, never existed. 404 or 410', R404),
  w('404', 'support', 'A resident is trying to pay a fine online but typed the citation number wrong: CT-7781X. No citation with that number was ever issued. He is logged in. What should the pay-a-fine API return for that lookup?', R404),
  w('404', 'nonnative', 'client call /api/v2/parking-zones/Z99 but city never had zone Z99, it was never created. which code we send back?', R404),
  w('404', 'api', 'Contractor integration keeps hitting /v2/permts/123 (typo, our route is /v2/permits). No such path was ever served. Response?', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'Resident A (authenticated) requests GET /vehicles/AB12CDE, a plate registered to someone else. Policy: we must never confirm whether a plate is registered in our system to anyone but its keeper. Currently returns 403. Recommend.', R404H),
  w('404', 'support', 'A resident logged in and, out of curiosity, changed the number in the URL to look at permit 10442, which belongs to another household. Permit numbers are treated as confidential and nobody may find out which numbers exist. What should he get?', R404H),
  w('404', 'api', 'Multi-tenant fleet API: contractor X (valid token) requests GET /fleets/Y-204/fines, and that fleet belongs to contractor Y. We dont want to reveal to X that fleet Y-204 even exists. 403 or 404?', R404H),
  w('404', 'nonnative', 'officer in training have a valid account, he request the blue badge (disabled) permit record of one person. policy say non-medical staff must not even know if the record exist. what code?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'permit RP-5521 pulled from the db while the resident appeals the revocation, might be reinstated if the appeal wins. GET /permits/RP-5521 by the resident returns ? someone says 410', R404U),
  w('404', 'support', 'Zone Z7 was taken offline during the roadworks on Mill Street. The council hasn\'t decided yet whether Z7 comes back afterwards. Residents keep opening the zone page. What status should /zones/Z7 return for now?', R404U),
  w('404', 'api', 'A contractor deleted fine FN-30017 by mistake. The backup team thinks they can probably restore it next week. Until then, what should GET /fines/FN-30017 return, 404 or 410?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'zone Z3 abolished by council vote, gone for good, wont come back. /zones/Z3 code?', R410),
  w('410', 'api', 'We permanently retired the v1 permits API on purpose. No redirect, no replacement at those URLs, it is never coming back. What should requests to /v1/permits/* get?', R410),
  w('410', 'support', 'A resident found a link in a 2019 email to his old expired permit. That permit record was purged under the retention policy on purpose and will never come back, it is deleted permanently. What should the link return?', R410),
  w('410', 'security', 'Revoked permits used to have a public verification page (QR code on the windscreen). We deliberately and permanently removed those pages for revoked permits. The QR codes are public, not a secret. What should scanning an old code return?', R410),
  w('410', 'nonnative', 'the page for paper appeal form is removed for always, city decided no more paper appeals ever. which status for the old url?', R410),
  w('410', 'security', 'Fines quashed by the court are deleted permanently per court order, on purpose, and will never be restored. The ids are printed on tickets so not confidential. 404 or 410 for GET /fines/{id} on those?', R410),
  w('410', 'nonnative', 'visitor voucher scheme abolish by council, is permanent, endpoint /vouchers removed on purpose and not come back. code?', R410),

  // ---- knowledge ----
  k('api', 'What header must be on a 401 coming from the permits API?', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('support', 'A call-centre agent gets 403 when trying to refund a fine. She asked whether logging out and back in will fix it. Does re-authenticating change anything for a 403?', /\bno\b|(won'?t|will not|doesn'?t|does not|wouldn'?t|would not|not going to|unlikely to)\b.{0,40}(help|change|fix|matter|make (a|any) difference)|(useless|pointless)/i, 'RFC 9110 §15.5.4: if credentials were provided the server considers them insufficient; the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('security', 'when is it ok to send 404 instead of 403 for a resident asking for someone elses vehicle record', /hid(e|es|ing)|conceal|existence|reveal|disclos|confirm|leak/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404.'),
  k('sre', 'zone endpoint taken down, not sure yet if the zone ever comes back. 410 or 404 while permanence is unknown', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('support', 'What does a 410 on the old abolished-zone pages tell Google and people who bookmarked those pages?', /remov|de-?list|de-?index|drop|purge|delete (the |their |any )?(link|bookmark)|stop (linking|crawling)/i, 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and that remote links to it should be removed.'),
  k('sre', 'cdn q: abolished zone urls return 410 with no cache-control at all. can the cdn cache those on its own or not', /\byes\b|(?<!not |n't )(heuristically )?cacheable by default|(?<!not |n't )heuristically cacheable|\bcan (be )?cached?\b|\bmay (be )?cached?\b/i, 'RFC 9110 §15.1 / §15.5.11: 410 is heuristically cacheable by default unless the method definition or explicit cache controls say otherwise.'),
  k('sre', '403s from the fines api - will the cdn heuristically cache them like it can with 404s if we dont set cache headers', /\bno\b|\bnot\b.{0,40}(heuristic|cacheable|cached)|(isn'?t|aren'?t|won'?t|wouldn'?t)\b.{0,40}(heuristic|cacheable|cached)|only (with|if|when).{0,40}(explicit|cache-control|freshness)|explicit (cache|freshness)/i, 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable by default; 403 is not, so it is cached only with explicit freshness information.'),
  k('api', 'A contractor token lacks the fines:write scope. Per RFC 6750, what error value goes in the WWW-Authenticate header, and with which HTTP status?', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope - the request requires higher privileges than the access token provides; the resource server SHOULD respond with 403.'),
  k('security', 'resident portal bearer token expired - which RFC 6750 error code should the WWW-Authenticate challenge carry', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or otherwise invalid tokens, with status 401.'),
  k('nonnative', 'in RFC 6750 the error invalid_request, which http status it go with? our permit api use it when parameter is missing', /\b400\b/, 'RFC 6750 §3.1: invalid_request (missing or duplicated parameter, malformed request) SHOULD be answered with 400 Bad Request.'),
  k('nonnative', 'our old permit api docs cite RFC 7231 for the 403 and 404. it is still the current spec or replaced by which one?', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'When the API refuses a permit renewal with 403 because of unpaid fines, are we allowed to say why in the response body, or must a 403 stay vague?', /\byes\b|(may|can|allowed to|free to|permitted to|fine to|ok to|okay to)\b.{0,40}(say|explain|describ|include|state|give|tell)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('nonnative', 'our fines sync job get 403 from the city api. should the job retry automatic until it pass?', /\bno\b|(not|n't|never)\b.{0,30}retry|stop retrying|without (a )?change|until .{0,40}(permission|role|scope|access).{0,20}(change|fixed|granted)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; retrying only helps after permissions change.'),
  k('api', 'A request to the permits API has no Authorization header at all. Should our WWW-Authenticate challenge include error="invalid_token", or any error code?', /\bno\b|should not|shouldn'?t|omit|leave (it |them |the error )?out|without (an? |any )?error|not include|no error (code|attribute|parameter)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('security', 'When the app gets 404 for a revoked permit\'s page, does that 404 by itself tell it whether the permit is gone for good or only temporarily?', /\bno\b|(doesn'?t|does not|not|neither|can'?t|cannot)\b.{0,60}(temporar|permanen|for good)|either temporar|whether .{0,30}(temporar|permanen)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent; 410 is for known-permanent removal.'),
];

export const UNSEEN371_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
