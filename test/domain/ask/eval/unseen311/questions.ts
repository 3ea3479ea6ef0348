import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 311, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a sports league and ticketing platform (season tickets, transfers, cancelled matches, club staff, resale marketplace, scalping bans, relegated clubs). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response must carry WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token, answered with 401.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; credentials, if given, are insufficient and re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: a valid token lacking the required scope is insufficient_scope, answered with 403.';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when access to the target is no longer available and the condition is likely permanent (intentional removal).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', "fan app hitting GET /v2/season-tickets/me w/ a bearer token that expired 10 min ago. oncall buddy says 403 b/c season tix are members only. what do we send back", R401T),
  w('401', 'support', "A customer keeps getting bounced out of the app. She reset her password this morning, which revoked all her old tokens, but the app is still sending the old access token when it loads her transferred tickets. What status should that request be getting from the API?", R401T),
  w('401', 'security', "Pen-test finding on the resale marketplace: the tester forged a JWT with a bad signature and called POST /resale/listings. Currently we answer 403 with a generic message. The tester says that is wrong. Which status code is actually correct for a token whose signature does not verify?", R401),
  w('401', 'nonnative', "In the club staff portal the user send Basic auth with a wrong password. My colleague tell we must return 403 because it is staff area only. What code we must return really?", R401),
  w('401', 'sre', "gate scanner web app, session cookie expired at halftime, scanner keeps POSTing /gates/scan w/ the dead cookie. no valid creds at all now. code pls", R401),
  w('401', 'api', "Our partner integration used an API key that we deleted when the partnership contract ended. Partner calls to GET /partners/me/allocations still arrive with that key. Someone on the team suggested 410 because the key is gone for good, but the allocations endpoint itself still exists for other partners. What should the response be?", R401),
  w('401', 'support', "A fan opens the My Tickets page in a private browser window without logging in and tries to download the PDF for her own season ticket. No session, no token, nothing. Which error should the download endpoint return?", R401),
  w('401', 'nonnative', "Mobile app is sending the token of user but this token is expire since yesterday. He want to see the refund for the cancelled match. Is it 403, 410 or something other we must answer?", R401T),
  w('401', 'api', "A request to PUT /me/tickets/{id}/transfer comes in with no Authorization header at all. The endpoint requires a Bearer token. The ticket is the caller's own (by URL design it is always under /me), so there is nothing to hide. Which status do we return, and should the challenge include an error code?", R401),

  // ---- 403 (10) ----
  w('403', 'sre', "club staff user from Rovers, valid token, tries PATCH on pricing for a United home fixture. fixture list is public so nothing to hide that it exists. he just isnt allowed to touch another clubs prices. 401 or 403 or what", R403),
  w('403', 'api', "The access token is valid and unexpired but only carries the scope tickets:read. The client calls POST /tickets/{id}/transfer, which requires tickets:transfer. What status does RFC 6750 want here?", R403S),
  w('403', 'support', "This account was banned for scalping last week; the ban email already told him so, so nothing is secret. He can still log in fine with his correct password, but when he tries to list tickets on the resale marketplace it has to be refused. Which code should he get?", R403),
  w('403', 'security', "Reviewing a report: a steward-role user with a valid session gets 403 on /admin/refunds. The admin routes are documented in our public API reference, so their existence is not sensitive. The pentester recommends switching to 401 since the user is not authorized. Do we keep 403 or change it?", R403),
  w('403', 'nonnative', "A season ticket holder want to transfer his ticket for the derby, but league rule say derby tickets are not transferable. He is logged in with a good token and the ticket is his. Which answer code is correct for refuse this?", R403),
  w('403', 'sre', "turnstile sync svc calling from a new egress ip thats not on the allowlist. mTLS cert is fine, identity is known. ops wants the call rejected until ip gets added. what status", R403),
  w('403', 'api', "On the resale marketplace all listings are public, anyone can browse them. Seller A, properly authenticated, sends DELETE /resale/listings/{id} for a listing that belongs to seller B. Which status should we return?", R403),
  w('403', 'support', "A new box office clerk logged in successfully but gets an error issuing complimentary tickets, which needs the box-office-manager role. My lead says the API should say 401 because he is not authorized. Is that right, or what should it say?", R403),
  w('403', 'security', "Away-section sales are refused to members whose registered postcode is in the home region. The member is fully authenticated, logging in again would change nothing, and the away section obviously exists on the public seat map. What status is correct for the refusal?", R403),
  w('403', 'sre', "token has read:fixtures only, caller hits POST /resale/listings. token is valid not expired. code pls and what error goes in www-authenticate", R403S),

  // ---- 404 (10) ----
  w('404', 'sre', "GET /matches/99999999 getting hammered. that match id was never created, ids dont go that high. what do we send back", R404),
  w('404', 'security', "Hospitality box bookings are private. A logged-in fan with a valid token requests GET /hospitality/bookings/{id} for a booking that belongs to someone else. Our policy is that no caller may learn whether a given booking id exists unless it is theirs, to stop enumeration. Which status should the API return?", R404H),
  w('404', 'api', "The cup tie was cancelled because of a waterlogged pitch and we took its match page down. The league has not decided yet whether it will be rescheduled under the same URL or dropped entirely. A colleague wants 410 for the old URL. What is the appropriate status for now?", R404U),
  w('404', 'support', "A fan emailed that the club shop link gives an error. Looking at it, he typed /clubs/fc-unitd instead of /clubs/fc-united. No page has ever existed at the misspelled address. What status should that URL return?", R404),
  w('404', 'nonnative', "Our club was relegated so we unpublish its page from the top division section. Maybe it come back next season if promoted, maybe not, nobody know. My colleague want 410 Gone. Which is better code for this page now?", R404U),
  w('404', 'security', "We have a staff-only endpoint /internal/scalper-watchlist/{fanId}. A regular fan with a valid token probed it. Requirement from legal: non-staff must not be able to tell that this endpoint or any entry in it exists. 403 or something else?", R404H),
  w('404', 'sre', "after a ticket transfer the old owner still calls GET /tickets/{id}. privacy rule says we never confirm a ticket id belongs to another acct, to anyone. old owner has a valid token. what status", R404H),
  w('404', 'api', "When a seller deletes a resale listing we soft-delete it and the seller can restore it within 30 days. A buyer follows an old link to the deleted listing during that window. Is 410 appropriate, or something else?", R404U),
  w('404', 'support', "A customer clicked a link in a forum post to the 2027 season ticket renewal form. We have not created any 2027 renewal form yet and there is nothing at that address. What should the site answer?", R404),
  w('404', 'nonnative', "Staff user of the league, with valid token and the correct role, search fan profile id 5521 but this id never was created in database. He is allowed to see all fans. What code we return?", R404),

  // ---- 410 (6) ----
  w('410', 'api', "We shut down the legacy 2019 cup final resale marketplace. The decision is final: those listing URLs will never come back, and we want search engines to drop them. The pages were public. Which status code should the old URLs return?", R410),
  w('410', 'sre', "Athletic got liquidated and expelled, league confirmed they will never return, its not a relegation. we deleted the club page on purpose, no successor page. someone said 404. what should /clubs/athletic return", R410),
  w('410', 'support', "A fan bookmarked the promo page for a one-off pre-season friendly. The friendly was cancelled for good, it will not be rescheduled, and we deliberately removed the page permanently. What should the fan see as the status when he opens the bookmark?", R410),
  w('410', 'nonnative', "We remove the v1 ticket transfer endpoint forever, after deprecation was announced one year. It will never come back. Old clients still call it. Which code we should answer them?", R410),
  w('410', 'security', "After banning a scalper, legal required that his public resale listings be permanently erased, and they cannot be restored. Crawlers still request those listing URLs. The listings were public so there is nothing to hide, and the ban itself does not apply to anonymous crawlers. Which status fits best?", R410),
  w('410', 'sre', "season ticket waitlist feature decommissioned on purpose, permanent, /waitlist/join is never coming back. anon traffic still hits it. 404 or 410", R410),

  // ---- knowledge (15) ----
  k('sre', "401 from the ticket api, which response header has to be on it", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', "Is a 404 response from our fixtures API cacheable by default if we send no Cache-Control, according to RFC 9110?", /heuristic|cacheable by default|\bis (heuristically )?cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', "When the marketplace answers 403 to a user who did send credentials, what does the HTTP spec say about the client trying again with the same login?", /insufficient|same credentials|not (automatically )?(repeat|retry)|shouldn'?t (automatically )?(repeat|retry)/i, 'RFC 9110 §15.5.4: credentials are considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "Which RFC is now the current one for HTTP status code meanings? Our old docs say RFC 7231 and RFC 7235 still.", /9110/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235'),
  k('api', "Under RFC 6750, which error code goes in the Bearer challenge when the access token has expired?", /invalid_token/i, 'RFC 6750 §3.1: invalid_token for an expired, revoked, malformed or otherwise invalid token'),
  k('api', "If we start returning 410 for the pages of a dissolved club, how long does RFC 9110 require us to keep serving 410 for those URLs?", /discretion|any length of time|no (set|fixed|required|mandated|specific|minimum) (duration|period|time|length)|not (required|necessary) to keep/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner'),
  k('security', "Under which condition does RFC 9110 allow a server to answer 404 where 403 would otherwise apply?", /hide|hiding|conceal|not (to )?reveal|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target may respond 404'),
  k('nonnative', "If we remove a page but we are not sure it is permanent or not, the RFC say to use 410 or other code?", /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('support', "After a 401, can the app simply try the request again, and if so with what?", /(new|replaced|different|fresh|valid|updated) (or replaced )?(credentials|authorization|token|login)/i, 'RFC 9110 §15.5.2: the client MAY repeat the request with a new or replaced Authorization header field'),
  k('api', "What is the proxy counterpart of 401, and which challenge header does it use instead of WWW-Authenticate?", /Proxy-Authenticate|\b407\b/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required with Proxy-Authenticate'),
  k('security', "Per RFC 6750, when a request to the bearer-protected API has no authentication information at all, should the WWW-Authenticate challenge include an error code?", /(should not|shouldn'?t|no|not|omit|without|leave out).{0,40}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('support', "When we refuse a banned scalper with 403, are we allowed to tell him why, and where would that explanation go?", /\b(yes|can|may)\b.{0,80}(content|body|payload)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
];

export const UNSEEN311_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
