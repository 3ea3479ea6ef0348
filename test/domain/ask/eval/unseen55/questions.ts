import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 55, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a public library and e-book lending service — patrons and library cards, branch staff roles, holds and loans, e-book licences that expire, withdrawn titles, inter-library partner APIs, children's accounts, fines. */

const R401 = 'RFC 9110 §15.5.2: the request carries no valid authentication credentials (none sent) → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token — the token is expired, revoked, malformed or invalid for another reason → 401';
const R401C = 'RFC 9110 §15.5.2: credentials were sent but were refused (wrong, undecodable, unverifiable) → 401';
const R403 = 'RFC 9110 §15.5.4: the server knows who the caller is and refuses the action; re-authenticating will not help → 403';
const R403P = 'RFC 9110 §15.5.4: identified caller refused by a rule or policy (fines, licence terms, plan, membership, network range) → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the token is valid but lacks the scope the request needs → 403';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource from this caller may answer 404';
const R404 = 'RFC 9110 §15.5.5: the origin server has no current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when the removal is known to be permanent; when that is not known, 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×20
  w('401', 'sre', "GET /v2/patrons/me/loans from the web opac, no Authorization header at all, svc currently 500s on null patron. what should it return", R401),
  w('401', 'sre', "`auth: jwt malformed (expected 3 segments, got 2) route=/holds client=reader-android 4.12.0` seeing ~300/min since the android release went out. code pls", R401T),
  w('401', 'sre', "reader svc -> loans svc calls failing since the idp migration, loans logs `token rejected: aud=catalog-api expected=loans-api`. token not expired, sig checks out fine. 401 or 403", R401T),
  w('401', 'sre', "self-check kiosks at eastside all sending device tokens that expired at 06:00 b/c the overnight refresh cron died. loans api answers 403 'device not allowed' rn. is that right or should it be something else", R401T),
  w('401', 'api', "Our patron API received a bearer token whose exp is 40 minutes in the past — the patron left the catalogue tab open over lunch. What status should GET /holds respond with, and what goes in WWW-Authenticate?", R401T),
  w('401', 'api', "Staff portal sessions are cookies signed with an HMAC key. We rotated the key last week and dropped the old one, so some staff browsers now present cookies we can no longer verify. The JSON endpoints behind the portal should answer with which status?", R401C),
  w('401', 'api', "Inter-library loan partners call us with OAuth client-credentials tokens. One partner's integration is accidentally fetching its tokens from our staging authorization server, so production can't verify the signature against its JWKS. Correct response?", R401T),
  w('401', 'api', "The audiobook streaming endpoint takes HTTP Basic on every request. One player sends a Basic header that decodes to the card number followed by a colon and then nothing — the PIN part is empty. What do we return?", R401C),
  w('401', 'support', "A patron says the reading app 'keeps throwing her out'. She reported her library card lost yesterday and got a replacement number at the desk; replacing a card revokes every token tied to the old number, but her app is still sending one of those. What should the server answer those requests with?", R401T),
  w('401', 'support', "Mother on the phone: she reset her 9-year-old's password from the family dashboard, and now the kid's tablet shows an error on every screen. Password resets end all existing sessions, and the tablet is still presenting its old one. Which status should the tablet be getting?", R401T),
  w('401', 'support', "Patron clicked the 'renew everything' button in an old reminder email. That link signs you in with a one-time code, and she had already used it last Tuesday, so the code is spent. The page just errors. Which code should that request get?", R401C),
  w('401', 'support', "A partner library's developer wrote in: their catalogue sync broke overnight. They regenerated their keys last month and we deleted the old key then, but their script still sends it — we simply have no record of that key any more. What should we be sending them back, 401 or 403?", R401C),
  w('401', 'security', "Pentest finding: /api/patrons/me accepts a bearer value of the literal string 'undefined' (front-end bug when the token hasn't loaded yet) and returns 200 with an empty profile. What should it return instead?", R401T),
  w('401', 'security', "The holds service trusts an X-Patron-Id header only for traffic coming through the internal mesh. A request from the internet arrives with X-Patron-Id: 100234 and no token of any kind. What status should the edge give it?", R401),
  w('401', 'security', "Reviewing the fines-payment callback from our card processor: one request arrived whose signature header doesn't verify against the processor's shared secret, even though the source IP is one of theirs. Which status do we reply with?", R401C),
  w('401', 'security', "A request to the e-book licence service carried a JWT whose header says alg 'none' with an empty signature segment. Our JWT library refuses it. Which status code fits that rejection?", R401T),
  w('401', 'nonnative', "Patron click 'sign out from all devices' on the website. After that, his other phone still is calling the API with the access token, which we revoked also. Which status is correct for this phone?", R401T),
  w('401', 'nonnative', "Basic auth header on /staff/reports is coming with a value that is not base64 at all, it cannot be decoded. What code we should return for it?", R401C),
  w('401', 'nonnative', "The user open the e-book app while he is not logged in, and he press 'borrow' on one title. The request go to server without any token or cookie. Which status is right, please?", R401),
  w('401', 'nonnative', "We use API key in header for partner libraries. One partner send the X-Api-Key header but the value is empty string. Our code now give 403 for this. I think is wrong, what is correct one?", R401),

  // ---- 403 ×24
  w('403', 'sre', "patron logged in fine, tries to check out an ebook, acct owes $14.50 in unpaid fines and the rule is no borrowing once you owe more than $10. svc currently returns 401 and the app loops back to the login screen lol. what should it be", R403P),
  w('403', 'sre', "`POST /fines/88121/waive -> 403 user=jlee role=circulation_clerk` only supervisors can waive, clerk is logged in fine. is 403 actually right here or should it be 401", R403),
  w('403', 'sre', "partner token from riverside county lib has scope catalog:read only, theyre hitting POST /ill/requests which needs ill:write. token valid, not expired. code?", R403S),
  w('403', 'sre', "staff admin ui only allowed from branch network ranges, jane's on her laptop at home w/ a valid sso session. what do we send", R403P),
  w('403', 'sre', "kid acct (age 10) trying to open items on the teen/adult graphic novels shelf. childrens cards are capped at the juvenile collection. the shelf is listed on the public website anyway so nothing secret about it. response?", R403P),
  w('403', 'api', "Design question: cataloguers may edit bibliographic records, but only the metadata team may delete them. A cataloguer with a valid token sends DELETE /records/{id}. The record exists and the cataloguer can already view it. Which status?", R403),
  w('403', 'api', "Our e-book vendor's licence only lets us lend to residents of the county. A signed-in patron whose address on file is out of county tries to borrow an e-book. What should POST /ebook-loans return?", R403P),
  w('403', 'api', "Consortium members on the 'basic' plan get search only; the bulk MARC export is reserved for 'full' members. A basic-plan member calls GET /export/marc with a perfectly valid API key. Which code should we answer with?", R403P),
  w('403', 'api', "Patron mobile tokens are issued with scopes. The token presented to POST /fines/pay doesn't include fines:pay because the patron declined it at sign-in. Per RFC 6750, what should the response be?", R403S),
  w('403', 'api', "New patrons who register online can search and place holds, but can't borrow until they show photo ID at a branch. What status should the loan endpoint give a signed-in patron who is still waiting on that ID check?", R403P),
  w('403', 'support', "A patron is upset that the app won't let her download anything. Her membership ran out in March and she hasn't renewed it, but she can still sign in and see her account page. The borrow button gives an error. Which status should the borrow call get?", R403P),
  w('403', 'support', "A librarian at Northside says she gets an error every time she edits the Southside branch's event listings. She's signed in correctly; each branch only manages its own calendar, and the Southside events are public anyway. What's the correct response for her edit?", R403),
  w('403', 'support', "A dad rang: he wants to see his 16-year-old's borrowing history through the family account. Our rules say once a teen turns 16 their reading history belongs to them alone, though the parent can still see that the linked account is there. What do we return when he asks for it?", R403P),
  w('403', 'support', "A volunteer from the Saturday homework club logged in and tried to open the patron contact list to ring the no-shows. Volunteers are kept away from patron addresses and phone numbers. He's signed in fine and says logging out and back in didn't change anything. Which code?", R403),
  w('403', 'support', "Patron says the app won't let him start a 6th e-book loan. He has 5 out already, which is the most anyone can have at once, and he's signed in. What status should the app be seeing for that refusal?", R403P),
  w('403', 'security', "A partner library's API key is valid, but the request comes from an IP outside the address ranges they registered with us when they signed up. Which status?", R403P),
  w('403', 'security', "The staff reports page is linked from the intranet menu and we don't care if anyone knows it exists. A signed-in patron who isn't staff navigates straight to it. Plain refusal — which code?", R403),
  w('403', 'security', "Our privacy policy says staff may not look at a patron's borrowing history without the patron's written consent on file. A desk librarian, signed in, requests GET /patrons/4412/history for a patron with no consent recorded; she can already see that patron in the desk lookup. What should the API respond?", R403P),
  w('403', 'security', "During the annual audit every staff account is switched to read-only. A branch manager with a valid session tries to delete a fine record. Which response code fits?", R403P),
  w('403', 'security', "A children's account tries to post in the community book-club chat, which we've turned off for under-13s. The session token is valid and unexpired. What should the chat API return?", R403P),
  w('403', 'nonnative', "Our partner library is logged in correctly but the agreement with us is only for printed books, not for audiobooks. When they call the audiobook loan API, what code we must send?", R403P),
  w('403', 'nonnative', "The child account want to change his own email address, but in our system only the parent or guardian can do this. Child is logged with valid session. Which is the correct status?", R403P),
  w('403', 'nonnative', "Patron want to download the e-book as DRM-free EPUB file, but the publisher licence allow only reading inside our app. He is logged in. The download endpoint must return which code?", R403P),
  w('403', 'nonnative', "Staff from Central branch try to approve the purchase order, but only the acquisitions team role can approve it. Her token is fine. 401 or 403 for this?", R403),

  // ---- 404 ×24 (10 hiding, 6 removal not known permanent, 8 plain)
  w('404', 'security', "Patron A, signed in, requests /patrons/{card}/loans using somebody else's card number. We must never confirm to anyone whether a given card number belongs to a real member. What status?", R404H),
  w('404', 'api', "Partner libraries can call GET /members?email=... to check reciprocal borrowing. When the email belongs to one of our patrons who hasn't opted into sharing, we don't want the partner to learn that this person is our patron at all. What should we return?", R404H),
  w('404', 'sre', "someone walking /api/children/{id} sequentially w/ a normal patron token, ids 1..50000. childrens accts must not be confirmable to anyone outside the family. current code 403s the real ones and 404s the gaps, which basically hands out the list. what should the real ones return", R404H),
  w('404', 'support', "A staff member at Lakeside asked why she sees 'not found' when she opens an incident report filed at Hillcrest. Incident reports stay with the branch that filed them and we don't even confirm to other branches that one exists. Is not found the right answer there or should it be something else?", R404H),
  w('404', 'nonnative', "Patron try to open /holds/77812 which is the hold of another person (ids are sequential). The hold is for a book about sensitive subject, so we must not tell him that this hold is existing. Which code we return?", R404H),
  w('404', 'api', "Pre-publication titles are loaded into the catalogue weeks early under publisher embargo. Anonymous visitors and ordinary patrons shouldn't be able to tell a title is coming. If one of them requests /titles/{id} for an embargoed record, what status?", R404H),
  w('404', 'security', "We have /internal/debug/circulation on the same host as the public catalogue. For anyone who isn't ops we'd rather the route looked like it isn't there at all than advertise it. Status?", R404H),
  w('404', 'sre', "parent acct hitting /children/{id}/history for a kid linked to a different family. dont leak that the kid has an acct here. code", R404H),
  w('404', 'support', "A patron with a protective order has her record flagged confidential; only two named staff can see it. A desk clerk at another branch typed her card number into the record URL. The clerk must not be able to learn she's a patron of ours. What should the record endpoint return?", R404H),
  w('404', 'nonnative', "Patron made his reading list private. Another user still have the old link and open it. We don't want other people can know this list is still there. Which code?", R404H),
  w('404', 'sre', "ebook licence for 'the overstory' ran out last night (26-circ metered licence used up), item record got pulled. collections might buy another copy next budget cycle, nobody knows yet. 404 or 410 on the item url", R404U),
  w('404', 'api', "A title has been pulled from the shelves and hidden in the catalogue while the board reviews a patron challenge. The review could restore it or withdraw it for good. What should GET /titles/{id} return in the meantime?", R404U),
  w('404', 'support', "A patron asked why the link to the author talk in our newsletter now says the page doesn't exist. The event was cancelled and its page deleted; the organiser says it might be rescheduled, might not. What code should that page be answering with?", R404U),
  w('404', 'nonnative', "Audiobook vendor removed one title from their platform 'for now' and they don't say if it come back. Our item URL for it, which code to return now? I think maybe 410 but I am not sure.", R404U),
  w('404', 'security', "Patrons can delete reading lists, but a deleted list sits in a 30-day trash it can be restored from. During those 30 days, what should the list's old share URL return?", R404U),
  w('404', 'sre', "westfield branch page taken down while the branch is shut for flood repairs, council hasnt decided if it ever reopens. seo team wants 410 so google drops it. what do we return", R404U),
  w('404', 'sre', "loan id in the path is a valid uuid but no loan w/ that id has ever existed (client bug, generating random uuids). what code", R404),
  w('404', 'api', "ISBN lookup: GET /catalog/isbn/9780000000002 for an ISBN we've never held in any format. What should it return?", R404),
  w('404', 'support', "A patron typed our branch page address by hand and got it slightly wrong — /branchs/central instead of /branches/central. There's never been anything at the misspelled address. What should it answer?", R404),
  w('404', 'nonnative', "Partner is calling /v3/ill/requests but we have only v1 and v2, version 3 was never existing. Which status is correct?", R404),
  w('404', 'security', "A crawler is hitting /catalog/items/99999999, far above any item id we have ever issued. What status should it get?", R404),
  w('404', 'api', "GET /branches/ZZ9/hours — ZZ9 isn't a branch code and never has been. Which response code?", R404),
  w('404', 'support', "Patron emailed a screenshot: the cover image on a local-history pamphlet's page is broken. We never had cover art for that pamphlet — the page builds an image URL that points at nothing. What should that image request return?", R404),
  w('404', 'nonnative', "The patron ask about his fine number F-2231 but in our system this fine number not exist, it was never created (he confused it with the receipt number). API return which code?", R404),

  // ---- 410 ×12
  w('410', 'sre', "weeded the 1998 ed of the county road atlas, catalogue record deleted for good, record ids never get reused. old record url still gets traffic. code pls", R410),
  w('410', 'api', "We decommissioned v1 of the partner ILL API on 1 March after a year's notice. It is never coming back; partners must move to v2. What should calls to /v1/... return now?", R410),
  w('410', 'support', "The Elm Street branch closed last year and the building has been sold, so it won't be reopening. People still find its page on search engines. What status should that page give so they drop it quickly?", R410),
  w('410', 'nonnative', "Publisher of some e-books closed the business, the licence is terminated and we delete the titles from our platform forever, no way they come back. The old title URL should return what?", R410),
  w('410', 'security', "The 2019 summer reading promo pages were taken down on purpose after the campaign and will never be republished (they also had outdated staff contact details). Which status for those URLs?", R410),
  w('410', 'sre', "patron purged their shared reading list, no trash no undo, gone. share link still floating around on a school website. what should it return", R410),
  w('410', 'api', "The legacy fines payment endpoint /payments/legacy was killed for good after we moved to the new card processor. Clients still calling it currently get a 500. What status should replace that?", R410),
  w('410', 'support', "A family donated a set of digitised letters and later asked for them back; we returned them and deliberately removed the scans from our collection for good. Researchers' links to those items now show an error. Which code should they get?", R410),
  w('410', 'nonnative', "We stop the magazine back-issues service, the contract with vendor is finished and management decide we never offer this again. What code for the old back-issue pages?", R410),
  w('410', 'security', "The new-arrivals RSS feed was retired on purpose; there's no plan ever to bring it back and we want aggregators to stop polling it. What status?", R410),
  w('410', 'sre', "recalled edition (printing error), every copy pulped, record retired permanently on purpose. item page status", R410),
  w('410', 'support', "We shut down the old audiobook CDs-by-post service permanently, and its request form at /cd-by-post/request is gone with it. A patron found the form through an old bookmark. What should that URL return?", R410),

  // ---- knowledge ×10
  k('security', "What header must a 401 response carry, and what does it tell the client?", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response must send a WWW-Authenticate header with at least one challenge'),
  k('nonnative', "If the user get 403, it will help if he log out and log in again?", /(re-?authenticat\w*|log(ging)?\s*(out|in)|sign(ing)?\s*(out|in)|credentials)[\s\S]{0,160}\b(not|won't|n't|no|never|cannot)\b|\b(not|won't|n't|no|never|cannot)\b[\s\S]{0,160}(re-?authenticat\w*|log(ging)?\s*(out|in)|sign(ing)?\s*(out|in)|credentials)/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; repeating the request with the same or new credentials will not help'),
  k('security', "Is it acceptable to answer 404 instead of 403 so we don't reveal that a resource exists?", /\b(yes|may|can|allowed|permitted|acceptable|fine|ok(ay)?)\b[\s\S]{0,200}\b404\b|\b404\b[\s\S]{0,200}\b(hide|hid|hiding|conceal\w*|not (reveal|disclose|confirm)|existence)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may respond 404'),
  k('api', "Can caches keep a 410 response around when we send no Cache-Control or Expires header at all?", /heuristic\w*|cacheable by default|(yes|can|may)[\s\S]{0,100}cach/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('sre', "is rfc 7231 still the ref for 401 403 404 410 or did something replace it", /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231 and now defines these status codes'),
  k('api', "Under RFC 6750, what error value goes in the WWW-Authenticate header when a bearer token has expired, and with which status?", /invalid_token/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401'),
  k('security', "Which RFC 6750 error code signals that a token lacks the privileges a request needs, and which status accompanies it?", /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('nonnative', "Why the search engines care if we send 410 and not 404 for a page we removed?", /410[\s\S]{0,250}(fast|quick|sooner|permanent|immediate|drop|remov|de-?index|delist|stop)|(fast|quick|sooner|permanent)[\s\S]{0,150}410/i, 'RFC 9110 §15.5.11: 410 signals permanent removal, so crawlers and clients can drop links to it sooner than after repeated 404s'),
  k('support', "A customer's app sends no token at all to a bearer-protected endpoint. Should our 401 include an error code like invalid_token in WWW-Authenticate?", /(should not|shouldn't|no|without|omit\w*|not include|leave out|don't include|do not include)[\s\S]{0,100}error|error[\s\S]{0,100}(omit\w*|not (be )?included|left out|should not|shouldn't)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server should not include an error code'),
  k('nonnative', "If we are not sure the book is removed forever, we can still use 410?", /\b404\b|only (when|if)[\s\S]{0,60}permanent/i, 'RFC 9110 §15.5.11: when the server does not know whether the condition is permanent, 404 should be used instead of 410'),
];

export const UNSEEN55_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
