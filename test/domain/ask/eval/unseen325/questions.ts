import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 325, written by a blind writer who never read the parser, its tests, or any other question set. Angle: travel and hospitality — other guests' bookings, cancelled reservations, retired hotel listings, loyalty tiers, partner API keys, GDPR erasure; terse on-call SRE shorthand and non-native English. */

const R401 = 'RFC 9110 §15.5.2: 401 — the request lacks valid authentication credentials for the target resource; the server MUST send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 — the server understood the request but refuses to fulfill it; credentials are insufficient and repeating with the same ones will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: 404 — the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target MAY respond 404 (unwilling to disclose that one exists)';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether the condition is temporary or permanent; if the server does not know whether the removal is permanent, 404 rather than 410';
const R410 = 'RFC 9110 §15.5.11: 410 — access to the target is no longer available at the origin and the condition is likely permanent (intentional removal, links should be removed)';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 ----------
  w('401', 'sre', "partner api key for acme-travel got revoked last nite after it leaked on github, they still hammering /v2/availability w/ the old key. endpoint is in our public partner docs so nothing to hide. what do we send back", R401T),
  w('401', 'nonnative', "Guest open the app and want see his own booking, but his access token is expired since 2 hours. My colleague say we must return 403 because the token is not good anymore. Is he right or what code is correct for this case?", R401T),
  w('401', 'api', "Our GET /loyalty/me endpoint is documented publicly, so there is no reason to conceal it. When a request arrives with no Authorization header whatsoever, one reviewer suggested 404 to be safe. What should the response status actually be?", R401),
  w('401', 'security', "Pen-test finding: tester took a guest JWT, edited the payload to say tier=platinum, and sent it to /lounge-access. The signature no longer verifies, so we have no idea who this is. Which status is right for a tampered token like that?", R401T),
  w('401', 'support', "Customer reset her password this morning, which invalidates all her old bearer tokens. Her tablet app is still sending the old token when she tries to open her upcoming reservations and she gets an error. Which status code should the API be giving in that case?", R401T),
  w('401', 'sre', "channel mgr hotel partner sending basic auth w/ wrong pw to /rates/push, like 400 req/min. acct exists, endpoint isnt secret. code pls", R401),
  w('401', 'nonnative', "Somebody call our GDPR erasure endpoint with a bearer token that we never issued, it is not expired, just random string which not match any token in our system. Which answer code we return?", R401T),
  w('401', 'api', "A guest's token expires in the middle of checkout, and the client then calls GET /bookings/{id}/payment for a booking that does belong to that guest. Nobody is refusing the guest anything; we simply no longer know who they are. Which status should we return?", R401T),
  w('401', 'support', "A travel agent is calling /bookings/{id}/invoice from a script with no API key at all, because their admin rotated the key and the script config ended up empty. The booking belongs to their agency and invoices are no secret. What status code should they be seeing?", R401),

  // ---------- 403 ----------
  w('403', 'sre', "front desk user logged in fine, token valid, role=housekeeping, tries POST /refunds. refunds endpoint is in every staff manual so no point hiding it. what do we return", R403),
  w('403', 'api', "A partner holds a valid OAuth access token with scope bookings:read only, and calls PATCH on a reservation the partner itself created. The token is not expired or revoked; it simply lacks bookings:write. Which status code fits?", R403S),
  w('403', 'nonnative', "Silver tier member is logged in and try to open the platinum lounge booking page. This page is advertise on our website so everybody know it exist. Colleague want send 401. I think is not about login. Which one is correct?", R403),
  w('403', 'support', "A corporate travel manager, properly signed in, can see a traveler's booking in their dashboard but company policy says managers can't cancel on behalf of travelers. They already know the booking exists. What should the cancel request return?", R403),
  w('403', 'security', "New partner service IP not on our allowlist yet. Their API key is valid and they know the endpoint exists, it is in the contract. Request gets blocked at the gateway. Someone proposed 401 so they retry with a new key, but the key is fine. What is the correct status?", R403),
  w('403', 'sre', "hotel owner acct suspended for unpaid fees, owner logs in ok (valid session), tries to edit rate plan of their own property. relogin wont change anything. which code, not 401 right", R403),
  w('403', 'api', "We issue read-only API keys to metasearch partners. One of them, with a perfectly valid key, sent PUT /properties/{id}/photos for a property that is publicly listed. There is nothing to hide about the property. Which status should the write attempt get?", R403),
  w('403', 'nonnative', "A guest with valid session try GET /admin/occupancy-report. The admin panel is documented in our public API docs, so it is not secret. He is not admin. Is this 401, 403 or 404 please?", R403),
  w('403', 'security', "During the test the tester logged in again with a fresh token for the same low-privilege agent account and was still denied on the group booking export. Team is debating changing the response to 401 to prompt a login. Existence of the export is not sensitive. Which status should it be?", R403),
  w('403', 'support', "User at a travel agency is signed in, and the commission report shows in their menu, so they know it is there, but their seat is the booker role, not finance. When they click it, what status should the API return?", R403),

  // ---------- 404 ----------
  w('404', 'sre', "partner hitting GET /hotels/htl_9999999, that id was never allocated, just a typo on their side. what do we send back", R404),
  w('404', 'security', "Guest A is logged in and increments the booking id in the URL to fetch guest B's reservation. We must not confirm to A that B's booking even exists. 403 would leak that. What status do we respond with?", R404H),
  w('404', 'api', "A hotel listing has been delisted pending a safety inspection; it may well be relisted next month. A colleague wants to return 410 for its page in the meantime. What status code is appropriate while we do not know whether it is coming back?", R404U),
  w('404', 'nonnative', "When reservation is cancelled we remove it from the API, but support team can restore it in 30 days if guest ask. So we are not sure it is gone for always. What is correct code when someone request this cancelled reservation?", R404U),
  w('404', 'support', "A guest typed their confirmation code wrong on the manage-booking page. There has never been any booking with that code. Which status code should they get back?", R404),
  w('404', 'security', "Partner A has a valid key and is probing property ids that belong to partner B. Which properties partner B has on our platform is confidential between us and B. What status stops A from learning anything?", R404H),
  w('404', 'sre', "promo page /deals/summer-flash taken down, marketing says maybe it comes back next yr maybe not, nobody knows. someone wants 410 for seo. what do we send", R404U),
  w('404', 'nonnative', "We only have /v2/rooms, the /v3/rooms never exist at all. A client is calling /v3/rooms by mistake. What code should our server give?", R404),
  w('404', 'security', "There is a staff-only VIP guest list at /guests/vip. A regular logged-in guest requested it and got 403, which the pentest flagged because it reveals the list exists. We do not want to disclose it at all to non-staff. What should the status be instead?", R404H),
  w('404', 'api', "A member's public traveler profile was erased under a GDPR request, and our privacy policy says we must not reveal to anonymous visitors that this person ever had an account with us. What status should that old public profile URL return to them?", R404H),

  // ---------- 410 ----------
  w('410', 'sre', "hotel listing htl_4412 retired for good, property was demolished, we want google + otas to drop the links asap. not coming back ever. code pls", R410),
  w('410', 'api', "The /v1/partner endpoints were sunset on 1 March as announced, deliberately and permanently; there is no plan to restore them. A colleague suggests plain 404. Which status better reflects the situation?", R410),
  w('410', 'nonnative', "A hotel chain leave our platform for ever, contract is finish, and we delete all their hotel pages on purpose. They never come back. Which code is better for these pages?", R410),
  w('410', 'support', "Our old loyalty program was discontinued permanently last year and its landing pages were intentionally removed. People still click old links from emails. What status code should those old program URLs send?", R410),
  w('410', 'sre', "cancelled reservations get purged after 2y retention, purge is permanent, no restore. original guest (valid session, its their own booking, nothing to hide from them) opens old link to a purged one. 404 or 410", R410),
  w('410', 'security', "Moderation permanently removed a public hotel review page for policy violation. The review was public, so its existence is not a secret, and it will not be reinstated. Which status code should the review URL now return?", R410),

  // ---------- knowledge ----------
  k('sre', "when we send 401 which response header is mandatory again", /www-authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge'),
  k('api', "Is a 404 response cacheable by default under RFC 9110, or does it need explicit freshness information first?", /heuristic|(?<!not )(?<!isn't )(?<!isnt )cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('nonnative', "If server answer 403 to a user, it help if the client just log in again and send same credentials? What RFC say about this?", /(same|identical) credentials|re-?authenticat\w* (will|would|does|do)(n'?t| not)|(should|must|shall) not (\w+ )?(automatically )?(repeat|retry|resend)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('support', "Which RFC is the current one for HTTP status code meanings? Our old runbook still cites RFC 7231.", /9110/, 'RFC 9110 obsoletes RFC 7231 and defines HTTP semantics including status codes'),
  k('sre', "oauth bearer token expired, what error code does rfc 6750 say goes in www-authenticate", /invalid_token/i, 'RFC 6750 §3.1: invalid_token — the access token is expired, revoked, malformed or invalid; respond 401'),
  k('api', "RFC 6750 defines insufficient_scope for tokens that lack the privileges a request needs. Which HTTP status should accompany it?", /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be returned with HTTP 403 (Forbidden)'),
  k('support', "We retired a hotel listing and are returning 410. Do we have to keep returning 410 for that URL forever?", /any length of time|not (necessary|required|obliged|obligated|mandatory)|no (requirement|obligation)|(up to|at the discretion of|decided by) the (server|owner|site|origin)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner'),
  k('security', "Under RFC 9110, when is an origin allowed to send 404 in place of 403?", /hid(e|ing)|conceal|not (to )?reveal|(not|un\w*) (to )?disclos|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404'),
  k('nonnative', "If we remove a resource but we dont know if the removal is permanent, the RFC say use which code, 404 or 410?", /(use|send|return|respond with|answer with|should be|go with|prefer|choose)\s+(a\s+)?(plain\s+)?404|404 (should|is (the )?(right|correct|appropriate|recommended))/i, 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used'),
  k('api', "RFC 6750: if a request to a protected resource carries no authentication information at all, should the error attribute be included in the WWW-Authenticate challenge?", /(should|must|ought) not (include|contain|send|carry)|no error (code|attribute|parameter)|without (an |the |any )?error|omit/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('sre', "what is 410 actually telling crawlers vs a plain 404", /permanent/i, 'RFC 9110 §15.5.11: 410 indicates the target is no longer available and the condition is likely permanent; owners desire that remote links be removed'),
  k('api', "Per RFC 6750 §3.1, what HTTP status accompanies the invalid_request error, e.g. a request with a malformed Authorization header or a duplicated parameter?", /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be returned with HTTP 400 (Bad Request)'),
  k('security', "A client sent an Authorization header and got a 401 back. According to RFC 9110, may the client try again, and if so with what?", /(new|replac\w*|different|fresh|updated|other)\s+(\w+\s+)?(credentials|authorization|token|header)/i, 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field'),
  k('nonnative', "The 404 code, it say if the resource is missing only for now or for always? We want know what the client can understand from it.", /(does ?n['o]?t|doesnt|no|not|never|nothing)\s+(\w+\s+)?(indicat|say|tell|impl|signal|specif|distinguish|reveal|convey|commit)|neither|no (indication|information|guarantee)/i, 'RFC 9110 §15.5.5: a 404 status code does not indicate whether this lack of representation is temporary or permanent'),
  k('support', "Before RFC 9110, which RFC defined the 401 status and the HTTP authentication framework?", /7235/, 'RFC 9110 obsoletes RFC 7235 (HTTP/1.1 Authentication), which previously defined 401 and the authentication framework'),
];

export const UNSEEN325_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
