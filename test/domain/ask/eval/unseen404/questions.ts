import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 404, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a city library's catalogue and lending app (members, librarians, holds of other members, withdrawn books, expiring e-book licences, cards blocked for fines), asked by library staff and non-native English speakers. */

const R401 = 'No valid credentials were sent (none, logged out, or not verifiable), so RFC 9110 §15.5.2 401 with a WWW-Authenticate challenge applies.';
const R401T = 'The credential is expired, revoked, rotated or invalidated, so it is not valid: RFC 9110 §15.5.2 401 (RFC 6750 §3.1 invalid_token → 401).';
const R403 = 'The caller is authenticated but not allowed (blocked card, role, branch, IP, plan) and existence is not secret: RFC 9110 §15.5.4 403; re-authenticating will not help.';
const R403S = 'Valid bearer token without the required scope: RFC 6750 §3.1 insufficient_scope → 403 (RFC 9110 §15.5.4).';
const R404 = 'Nothing exists at the target (never existed, wrong id): RFC 9110 §15.5.5 404.';
const R404H = 'The resource exists but its existence must not be revealed to this caller; RFC 9110 §15.5.4 lets the server answer 404 instead of 403 (§15.5.5).';
const R404U = 'Removed but not known to be permanent; RFC 9110 §15.5.11 says 404 ought to be used when the server does not know whether the condition is permanent.';
const R410 = 'Removed on purpose and known to be permanent: RFC 9110 §15.5.11 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'loans svc: member app calls GET /members/me/loans w/o any Authorization header, no token at all. what do we send back', R401),
  w('401', 'sre', 'holds api getting reqs w/ a jwt signed by a key we dont know (kid isnt in our jwks, cant verify it). someone says 403, thoughts', R401),
  w('401', 'nonnative', 'Hello, in our library app the member session is expired (they logged in yesterday, token live only 1 hour) and now they try to renew a loan. What code the server must give? My colleague say 403 because "card not allowed", but the card is fine, only the session is old.', R401T),
  w('401', 'support', 'Ticket from the Central branch desk: a librarian logged out of the staff portal, then pressed the browser back button and clicked "Check out" again. The request still carries the old session cookie, which the server already invalidated at logout, so the server has no idea who this is. What status should the staff API return for that request?', R401),
  w('401', 'security', 'finding: self-checkout kiosk api keys were rotated last week, the old key is revoked. one kiosk at Eastside branch still sends the old key and currently gets 403. imo it should be 401 since the kiosk isnt authenticated at all with a dead key. confirm correct code', R401T),
  w('401', 'security', 'When a member reports their library card lost we revoke all their access tokens. An old phone keeps calling the ebook api with one of the revoked tokens. Which status should it get?', R401T),
  w('401', 'security', 'review note: on password change we invalidate every other session of that member. her tablet app still sends the access token issued before the change (now invalid) and the api answers "403 forbidden". is 403 right here or should it be something else', R401T),
  w('401', 'api', 'ebook lending endpoint gets a bearer token whose signature fails verification, so we cant trust who it is. status?', R401),

  // ---- 403 ----
  w('403', 'support', 'Member logs in without problem (valid token), but her library card is blocked because unpaid fines are over 10 euro. She tries to place a hold. She knows her own card is blocked, nothing secret about it. Which code should the app get back?', R403),
  w('403', 'support', 'A member with a child card (under 12) is logged in and tries to borrow an e-book marked adults-only. The title is in the public catalogue, anyone can see it exists; the rule only says child cards cant borrow it. Is 403 right or should it be 404?', R403),
  w('403', 'nonnative', 'The member is logged in correctly but his card is suspended because he did not pay the fine for a lost book. He try to borrow an e-book. Colleague say 401. I think no, he is logged in. What is the correct one?', R403),
  w('403', 'nonnative', 'Student volunteer account is logged in but has only the "shelver" role, not "circulation". He try to check out books for another person. Which status code? Nothing is hidden, everybody know the checkout page exist.', R403),
  w('403', 'api', 'partner app token is valid but only has scope catalogue:read, it calls POST /holds which needs holds:write. what status do we return', R403S),
  w('403', 'api', 'free membership tier doesnt include audiobook streaming, premium only. member is authenticated w/ a valid token and hits /audiobooks/77/stream. the audiobook is public in the catalogue. code pls', R403),
  w('403', 'security', 'pentest: a logged-in member (role=patron) can call PATCH /admin/fines/waive. we check the role and reject it, but currently with 401. the endpoint is documented publicly so no need to hide it. which code is correct', R403),
  w('403', 'sre', 'staff api has an ip allowlist. branch laptop logs in fine but comes from a new ip not on the list. code pls', R403),
  w('403', 'sre', 'librarian from Northside (valid login) tries to edit shelf inventory of Central branch, his role is scoped to Northside only. both branches are public, nothing to hide. which one', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /catalogue/items/isbn/9780000000002 , that isbn was never in our catalogue. status?', R404),
  w('404', 'support', 'A member typed the wrong barcode in the renew form (31234000 instead of 31234001). No item with barcode 31234000 was ever in our system, it was not deleted, it never existed. What should the API return? A colleague suggests 410.', R404),
  w('404', 'nonnative', 'Client request /branches/99 but our city have only 14 branches, branch 99 never exist. It is not deleted, just never was there. Which code please?', R404),
  w('404', 'api', 'GET /members/me/loans/88231 , loan id is well formed but no loan with that id was ever created (member mistyped it). 404 or 400?', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'finding: GET /holds/{id} for another member\'s hold returns 403, which confirms the hold id exists. our privacy policy says a member must never learn whether other members have holds on anything. what should it return instead', R404H),
  w('404', 'security', 'The local history archive has a restricted collection (sensitive records). A logged-in normal member requesting /collections/restricted-archive/items/55 must not be able to tell that the item exists at all. The item does exist. Correct response?', R404H),
  w('404', 'nonnative', 'Member A is logged in and try to open /members/B/reading-history. The library privacy law in our country say we must not even confirm that member B exist to other members. Which code to answer?', R404H),
  w('404', 'api', 'librarian of branch A (authenticated) requests a patron record that belongs only to branch B, a separate municipality. patron ids are confidential between municipalities and must not be confirmed across them. which status', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'A book was taken off the shelf for rebinding and its catalogue record is suppressed for now. It might be restored in a few weeks, nobody has decided yet if it comes back. A member opens the old link. Which code? Someone said 410 because the status says "withdrawn".', R404U),
  w('404', 'sre', 'ebook licence expired yesterday, renewal w/ the publisher still being negotiated, title may come back. /ebooks/4411 rn , 410 or 404?', R404U),
  w('404', 'nonnative', 'We removed the page of one event (author talk) from the library site, but maybe we put it back later, we dont know yet if it is permanent. What status we should return?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'weeded title: permanently withdrawn and discarded, record deleted on purpose, never coming back. GET /catalogue/items/{id} for it , code?', R410),
  w('410', 'support', 'The e-book licence expired and the library decided NOT to renew it; the title was permanently removed from the catalogue on purpose and will not return. Members still have old links in newsletters. What should those links return so that search engines drop them?', R410),
  w('410', 'support', 'The Old Town branch closed for good last year and we intentionally deleted its branch page; it will never come back. What should /branches/old-town return?', R410),
  w('410', 'security', 'the old public lost-and-found listing endpoint was retired permanently by decision of the library board, it will never return. scanners keep hitting it. which code', R410),
  w('410', 'nonnative', 'The old mobile API v1 for library card is shut down forever, this was announced, all clients must use v2 and v1 will never come back. For request to /v1/card what code we give?', R410),
  w('410', 'api', 'reading-lists feature removed permanently (product decision, data purged on purpose, no restore possible). GET /reading-lists/{id} for a list that used to exist , status?', R410),
  w('410', 'api', 'the microfilm reservation page was intentionally and permanently removed after the microfilm room closed for good. someone says 404, thoughts', R410),

  // ---- knowledge ----
  k('api', 'which response header must a 401 from our catalogue api carry', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge.'),
  k('security', 'per rfc 9110, if our api returns 403 to a member, does it help if the app just logs in again with the same credentials and retries?', /\bno\b|not help|won'?t help|doesn'?t help|will not help|(should ?n[o']t|not) (automatically )?(repeat|retry|resend)/i, 'RFC 9110 §15.5.4: the server understood the request but refuses it; the client SHOULD NOT automatically repeat it with the same credentials.'),
  k('security', 'when is a server allowed to answer 404 instead of 403?', /hid(e|es|ing)|conceal|existence|not (to )?(reveal|disclose|confirm)|without (revealing|disclosing|confirming)/i, 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource may respond 404.'),
  k('sre', 'does a 404 tell the client whether the missing thing is gone for good or only temporarily', /(\bno\b|\bnot\b|doesn'?t|does not|nothing)[^.]{0,80}(permanen|temporar|whether|for good|come back)|no (indication|guarantee)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('support', 'What does a 410 tell search engines and people who bookmarked the link?', /permanen|for good|(remove|delete|drop|purge|update)\w*[^.]{0,30}links?|delist|de-?index|won'?t come back|not coming back/i, 'RFC 9110 §15.5.11: 410 means the resource is intentionally and permanently unavailable, and link holders should remove references to it.'),
  k('sre', 'are 410 responses cacheable by default, w/o explicit cache-control?', /\byes\b|is heuristically cacheable|cacheable by default|can be cached (by default|heuristically|without)/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable unless explicit cache controls say otherwise.'),
  k('nonnative', 'Is a 403 response heuristically cacheable, like 404, or not?', /\bno\b|not (heuristically )?cach|isn'?t (heuristically )?cach|only (if|with|when)[^.]{0,40}(explicit|cache-control|expires)|explicit (freshness|cache)/i, 'RFC 9110 §15.1: 403 is not in the list of heuristically cacheable codes; it may be cached only with explicit freshness information.'),
  k('api', 'rfc 6750: bearer token is expired, which error code goes in WWW-Authenticate and with which status', /invalid_token[\s\S]*\b401\b|\b401\b[\s\S]*invalid_token/i, 'RFC 6750 §3.1: an expired, revoked or malformed access token is invalid_token and the resource server SHOULD respond 401.'),
  k('support', 'Our old staff wiki cites RFC 7231 and 7235 for 401/403/404/410. Which RFC is the current one?', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('nonnative', 'Can the body of a 403 response explain the reason why it is refused, for example "card blocked for fines"?', /\byes\b|\b(may|can|could)\b[^.]{0,30}(describe|explain|include|state|say|give)|is (allowed|permitted)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content.'),
  k('sre', 'rfc 6750: request to the holds api has no token at all. should the WWW-Authenticate challenge include an error code?', /\bno\b|should not|shouldn'?t|without (an? )?error|omit|leave (it )?out|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('api', 'rfc 6750 invalid_request, what status does it go with', /\b400\b/, 'RFC 6750 §3.1: invalid_request → the resource server SHOULD respond with 400 Bad Request.'),
  k('nonnative', 'If server dont know if a removal is permanent or not, RFC says use 404 or 410?', /(use|return|send|choose|pick|prefer|go with|ought to be|should be|stick with|answer with)\s+(a\s+|the\s+)?\W{0,2}404\b|^\W*404\b|\b404\b[^.]{0,40}(ought to be used|is (the )?(right|correct|appropriate|proper|safer?)\b)/i, 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('support', 'Once we return 410 for a discarded book, how long are we required to keep returning 410 for that URL?', /discretion|not (necessary|required|obligat)|no (fixed|set|required|minimum|specific)|up to (the )?(server|owner|you|site|library)|isn'?t (necessary|required)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the "gone" mark for any length of time; that is left to the server owner\'s discretion.'),
];

export const UNSEEN404_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
