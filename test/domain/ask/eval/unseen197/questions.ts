import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 197, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an event-ticketing marketplace (organisers, resale, cancelled events, private presales, venue scanners). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response carries WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1 invalid_token: expired, revoked, malformed or otherwise invalid access token -> 401; RFC 9110 §15.5.2.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and the identified client is refused; re-authenticating with the same credentials will not help, and nothing needs hiding.';
const R403S = 'RFC 6750 §3.1 insufficient_scope: valid token lacking the required scope -> 403; RFC 9110 §15.5.4.';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource (it never existed).';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target resource may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether the absence is temporary or permanent; if the server does not know the removal is permanent, 404 rather than 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when access to the target is no longer available and this is likely permanent; intended for intentional removal so links get removed.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9)
  w('401', 'sre', 'doors opened 18:30 and every gate scanner is failing on POST /v1/scans, the bearer token they were provisioned w/ expired at 18:00. someone in the channel says return 403 b/c the scanner isnt allowed anymore. what do we actually send back', R401T),
  w('401', 'api', 'Our GET /me/tickets endpoint is occasionally called by the mobile app with no Authorization header at all (a race during app start-up). The resource is not secret in any way; it is simply the caller\'s own wallet. What status should the response carry in that case?', R401),
  w('401', 'support', 'Customer reset their password and we signed them out of all devices, which revokes every session token. Their old tablet is still sending the revoked token when it tries to open the resale payouts page, which they do own. What error should the tablet be getting from the API?', R401T),
  w('401', 'security', 'pen-test finding: the resale listing API logs a warning but still returns 403 when the JWT signature has been tampered with (payload edited, signature no longer verifies). tester says the code is wrong. the token is simply invalid, nobody is identified. what should it be', R401T),
  w('401', 'nonnative', 'The admin revoked the API key of one organiser yesterday, but their ticketing integration still is calling us with this key. Which code we must return? My colleague say 403 because the key is known for us, but it is revoked, not valid anymore.', R401T),
  w('401', 'sre', 'organiser sales export uses basic auth, getting a flood of requests w/ the wrong password from one box office pc. code pls, not rate limiting question just the status for a bad password', R401),
  w('401', 'api', 'A partner sends an access token that was issued by our staging authorization server to the production check-in API. Production does not recognise the issuer and cannot validate the token at all. Which response code, and is this the invalid_token case from RFC 6750?', R401T),
  w('401', 'support', 'A seller left the resale page open for an hour, their session expired after 30 min idle and now clicking "withdraw listing" fails. It is their own listing, they just need to log in again. What should the server respond with so the app prompts for login?', R401),
  w('401', 'security', 'scanner device got deregistered, its token now shows active=false on our introspection endpoint (revoked) even though the exp claim is still in the future. it keeps calling the check-in endpoint. is that a 401 or a 403, we dont want to hide anything here', R401T),

  // ---- 403 (10)
  w('403', 'sre', 'organiser staff member w/ a valid token but only the "viewer" role is trying to issue refunds for a cancelled event. event is public, they can see it fine, they just arent allowed to refund. what do we return, 401?', R403),
  w('403', 'api', 'Creating a resale listing (POST /listings) requires the tickets:resell scope. A third-party app presents a perfectly valid, unexpired access token that only has tickets:read. What status code and RFC 6750 error should the resource server use?', R403S),
  w('403', 'support', 'A buyer is logged in and owns the ticket, but the organiser switched off resale for this concert, so the "sell" action is refused. The concert page and the resale policy are public, nothing to hide. What code should that refusal have among 401/403/404/410?', R403),
  w('403', 'security', 'door staff account is authenticated and authorised for venue A. they try to scan tickets for an event at venue B (public event, nothing secret). a dev wants 401 so the app forces a re-login, but logging in again gives the same account and same rights. which is correct', R403),
  w('403', 'nonnative', 'User is logged in and want to buy in the private presale, but he is not in the presale list. The presale is announced openly on the event page, so it is not a secret that it exist. What code do we answer?', R403),
  w('403', 'sre', 'new box office terminal, creds are valid, but its ip isnt on the allowlist for the box office api yet. requests get refused. what status should that refusal be', R403),
  w('403', 'api', 'Organiser A is authenticated and tries to PATCH the price tiers of an event owned by Organiser B. All events are publicly listed, so confirming that the event exists reveals nothing. What should we respond?', R403),
  w('403', 'support', 'Customer account was suspended for resale fraud. They can still sign in and their token is valid, but every purchase attempt is blocked by the suspension. Their ticket listings are public anyway. Which status code does the API send for those blocked purchases?', R403),
  w('403', 'security', 'review question: /internal/payouts is documented in our public api reference, so its existence is no secret. a normal buyer with a valid session calls it. reviewer asked whether we are required to return 404 there. what should it return', R403),
  w('403', 'nonnative', 'Customer login again and again, but still is refused, because the event is 18+ and his verified profile say he is 16. Login is fine, token is fine. Which http status is correct for this refuse?', R403),

  // ---- 404 (10)
  w('404', 'sre', 'seeing lots of GET /events/evt_9x9x9 from some partner, that id was never issued, looks like a typo in their config. what do we send back', R404),
  w('404', 'nonnative', 'Scanner is authenticated correctly, but it scan a barcode which we never issued, it does not exist in our system at all. Which status the lookup endpoint should give?', R404),
  w('404', 'api', 'GET /v2/venues/{venueId}/seatmap is called with a venueId that has never existed in our database. The caller is authenticated and would be allowed to read any venue. What status code is appropriate?', R404),
  w('404', 'security', 'invite-only presale events are unlisted and we must not reveal that they exist to anyone not invited. an authenticated user who isnt on the invite list requests /events/{id} for one of them. 403 would leak it. what do we return', R404H),
  w('404', 'security', 'order ids are sequential. a logged-in user requests another customer\'s order id. policy: never confirm which order ids exist to someone who isnt the owner. what status should that be', R404H),
  w('404', 'support', 'An organiser has a draft event that is not announced yet (the headliner is secret). A journalist with an ordinary buyer account found the URL and opened it. We must not let them learn the event exists. What should the response code be?', R404H),
  w('404', 'sre', 'tenant isolation: org X token asking for org Y payout report. requirement from security is dont leak whether org Y even has that report. x is authenticated fine. code pls', R404H),
  w('404', 'api', 'An event was cancelled and its page taken down, but the organiser is talking about rescheduling and may restore the same event page. We genuinely do not know yet whether the removal is permanent. Should requests for it get 404 or 410?', R404U),
  w('404', 'support', 'A resale listing was pulled by moderation pending review; if the review goes the seller\'s way it will be reinstated at the same URL. Someone opens the listing link meanwhile. My teammate suggests 410. What code should they get?', R404U),
  w('404', 'nonnative', 'Event was deleted from database but we have no tombstone or any record, so we cannot know if it is deleted forever or it maybe come back. Which code we should return, 410 or other?', R404U),

  // ---- 410 (6)
  w('410', 'sre', 'event cancelled, organiser confirmed its permanent, refunds all done, we deliberately deleted the event page and want crawlers and old links to drop it. not 404 right? what do we send', R410),
  w('410', 'api', 'We have permanently retired the v1 scanner endpoint /v1/checkin. It was removed on purpose, will never return, and we want integrators to delete references to it. Which status should requests to it receive?', R410),
  w('410', 'support', 'A customer clicked an old link to a resale listing. That listing was intentionally closed for good after the ticket sold and the URL will never be reused. We would like search engines to delist it. What code should the page return?', R410),
  w('410', 'nonnative', 'The presale landing page ended and we decided to remove it permanently, the url will not be used again. My colleague say just 404, but we know it is gone for always and removed on purpose. What is better code?', R410),
  w('410', 'security', 'gdpr erasure: an organiser asked us to delete their public profile page, which we did permanently (tombstone kept). the page was public for years so confirming it used to exist leaks nothing. what status for the old profile url', R410),
  w('410', 'sre', 'we purged all festival 2019 event pages on purpose, permanent, tombstones in the db saying removed. what should those urls return now', R410),

  // ---- knowledge (15)
  k('api', 'Which response header is a 401 Unauthorized required to include, and what does it contain?', /www-authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge'),
  k('nonnative', 'Which RFC is the current one for HTTP status codes meaning? We still cite RFC 7231 in our docs, is it still correct?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231'),
  k('api', 'In RFC 6750, which HTTP status accompanies the invalid_token error code?', /\b401\b/, 'RFC 6750 §3.1: invalid_token -> 401 Unauthorized'),
  k('sre', 'invalid_request from rfc 6750 maps to what status, is it 401 too', /\b400\b/, 'RFC 6750 §3.1: invalid_request -> 400 Bad Request'),
  k('support', 'Once we start returning 410 for a removed event page, how long are we obliged to keep returning 410?', /discretion|no (fixed |set |specific |particular |required |mandated )?(time|period|duration|minimum|requirement|obligation)|not (necessary|required|obliged|obligated)|any length of time|up to (you|the (server )?owner|the operator)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; that is at the discretion of the server owner'),
  k('security', 'per rfc 9110 when is a server allowed to answer 404 where 403 would be the honest answer', /hid(e|ing)|conceal|not (to )?(reveal|disclose|expose)|(reveal|disclos|leak)\w*.{0,30}exist/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target resource MAY respond 404'),
  k('nonnative', 'If server does not know is the removal permanent or not, which one of 404 and 410 the RFC say to use?', /(use|send|return|respond with|should be|prefer\w*|go with|answer)\s+(a\s+|with\s+)?(http\s+)?404|404\s+(should|is|instead)/i, 'RFC 9110 §15.5.11: if the server does not know or has no facility to determine whether the condition is permanent, 404 ought to be used'),
  k('api', 'What is the proxy counterpart of 401, and which header does it use for the challenge?', /\b407\b/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required with Proxy-Authenticate'),
  k('sre', 'does a 410 get cached by default, worried cdn will keep serving it', /(?<!not |n't |never )(heuristically cacheable|cacheable by default)|heuristic(ally)?\s+(cach|fresh|expir)/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('security', 'When a request already carried credentials and the server still answers 401, what does that mean, and may the client try again?', /refused for (those|these|the) credentials|(new|replaced|replacement|different|fresh|other)\s+(credentials|token|authorization)/i, 'RFC 9110 §15.5.2: authorization has been refused for those credentials; the user agent MAY repeat with a new or replaced Authorization header'),
  k('support', 'Can we tell the customer in the 403 response why they were refused, or does the RFC forbid explaining?', /(reason|why|explain\w*|describ\w*).{0,80}(content|body|payload|message)|(content|body|payload|message).{0,80}(reason|why|explain\w*|describ\w*)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('nonnative', 'When request has no authentication at all, RFC 6750 say resource server should put error code in WWW-Authenticate or not?', /should not (include|contain|send|add|put)|not (include|contain|send|add|put)\w* (an |the |any )?error|no error (code|param\w*|attribute)|omit|without (an |any )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
];

export const UNSEEN197_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
