import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 331, written by a blind writer who never read the parser, its tests, or any other question set. Angle: ticketing and events platform (private events, sold-out vs cancelled, transferred tickets, organizer dashboards, gate scanner devices), many non-native English speakers. */

const R401 = 'RFC 9110 §15.5.2: 401 — the request lacks valid authentication credentials for the target resource; the server must send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token — the access token is expired, revoked, malformed or invalid → 401';
const R403 = 'RFC 9110 §15.5.4: 403 — the server understood the request but refuses to fulfil it; the client is known and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the request needs more privileges than the access token grants → 403';
const R404 = 'RFC 9110 §15.5.5: 404 — the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: when the server does not know, or has no way to determine, whether the condition is permanent, 404 should be used rather than 410';
const R410 = 'RFC 9110 §15.5.11: 410 — access to the target resource is no longer available at the origin server and the condition is likely permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9)
  w('401', 'sre', 'gate scanner at door 3 rejecting every ticket since 6am. logs show the device token expired at midnight, refresh cron didnt run. scan endpoint currently answers 403 - whats the right code to send back', R401T),
  w('401', 'nonnative', 'organizer dashboard, request is come without any Authorization header, no cookie, nothing. what we return?', R401),
  w('401', 'api', 'When a buyer chooses "sign out of all devices", we revoke every access token they hold. If one of those revoked bearer tokens is later presented to POST /tickets/{id}/transfer, for a ticket that exists and does belong to that buyer, which status should the API return?', R401T),
  w('401', 'security', 'pen-test: tester sent a JWT with a tampered signature to the RSVP endpoint of a private event and got 404. the token fails signature verification before we look at any resource and we reject it the same way on every url, so nothing about the event leaks. what should the response be', R401T),
  w('401', 'nonnative', 'the device key of one scanner was revoke by admin yesterday because phone was stolen. still somebody try scan tickets with this key. my colleague say 403 because device is banned. i think different. which one is correct?', R401T),
  w('401', 'support', 'Customer says the app shows an error every time she opens "My tickets". I checked the logs: her session token expired two days ago and the app keeps sending the same one. What should the API be answering here?', R401),
  w('401', 'sre', 'resale partner api - partner sends an X-Api-Key that isnt in our db at all (typo in their config). svc returns 404 rn b/c the key lookup fails. code pls', R401),
  w('401', 'nonnative', 'login of organizer with basic auth, the password is wrong. we send 403 now. is correct or no?', R401),
  w('401', 'api', 'Our box-office kiosks call GET /events/{id}/seatmap for public events using a bearer token. The token\'s exp claim passed ten minutes ago and the kiosk has not refreshed it. What response should the seatmap endpoint give?', R401T),

  // ---- 403 (10)
  w('403', 'nonnative', 'scanner device is login ok, but it registered to venue in Berlin and now somebody use it for check-in at event in Madrid venue. the event is public. which code for this check-in?', R403),
  w('403', 'api', 'An organizer team member with the read-only "viewer" role calls POST /events/{id}/refunds with a valid token. The event is public and already appears on the member\'s dashboard. What status fits the refusal?', R403),
  w('403', 'security', 'bearer token is valid, not expired, but scope is only tickets:read. client calls POST /tickets/{id}/transfer. per rfc 6750 what status do we return', R403S),
  w('403', 'sre', 'new scanner gateway ip not on the allowlist yet. devices authenticate fine, token checks pass, but the gate api refuses them b/c of ip. what do we send back, 401 or', R403),
  w('403', 'nonnative', 'user is login correct, but he is banned from buy ticket for this festival because chargeback fraud. festival is public, everybody can see it. 401 or 403 or 404?', R403),
  w('403', 'support', 'A co-organizer was removed from an event team last week. She is still logged in with a valid session and tries to edit the event description. The event is public and everyone knows she used to run it. My teammate thinks logging her out and back in will fix it. What should the API return?', R403),
  w('403', 'sre', 'attendee w/ valid acct hitting /events/123/attendees.csv, only organizers allowed, event is public. someone on the team says 401 b/c hes not organizer. code pls', R403),
  w('403', 'nonnative', 'buyer want open the organizer dashboard of a concert, but he is not organizer of it. concert is public and dashboard url is not secret. what status we give?', R403),
  w('403', 'security', 'finding: a non-admin org member gets 404 from /events/{id}/payouts for events they already see in the org event list. nothing is hidden from them, they know the event exists. finding says the code is misleading. what should it return', R403),
  w('403', 'api', 'Our gate scanner apps hold valid, unexpired tokens with role=scanner. If one of them calls GET /events/{id}/sales-report for the public event it is assigned to, and only organizers may read sales reports, which status should come back?', R403),

  // ---- 404 (10)
  w('404', 'nonnative', 'scanner read QR code, the ticket id inside we never issue, is fake ticket. device auth is fine. GET /tickets/{id} return what?', R404),
  w('404', 'sre', 'ppl hitting /e/summer-fest-2O25 (letter O not zero). that slug never existed. what do we send back', R404),
  w('404', 'nonnative', 'private event, only invited people. user not invited ask for event page, he is logged in. we dont want he know the event exist. my boss say 403. what you think?', R404H),
  w('404', 'security', 'ticket ids are sequential and a logged-in user can request /tickets/{someone elses id}. requirement: we must not confirm that other peoples tickets exist. 403 leaks that. what code', R404H),
  w('404', 'support', 'An organizer cancelled her workshop and unpublished the page, but she told us she might reschedule and restore the same page — she hasn\'t decided. What should the event URL return in the meantime?', R404U),
  w('404', 'api', 'Events deleted by organizers are soft-deleted and can be restored within 30 days. During that window, what should GET /events/{id} return to the public?', R404U),
  w('404', 'nonnative', 'old owner of ticket after transfer, he call GET ticket again. our rule: old owner must not see if the ticket still exist or who have it now. what code?', R404H),
  w('404', 'sre', 'organizer dashboard GET /dashboard/events/99999 - that id was never created, auth is fine. someone on call wants 410. right?', R404),
  w('404', 'nonnative', 'we remove the VIP tier from sale, maybe it come back later, not sure yet. GET /events/5/tiers/vip return?', R404U),
  w('404', 'security', 'invite-only events: an authenticated but uninvited user probes /events/{id}. today real private events give 403 and nonexistent ids give 404, finding says thats an existence oracle. what should private events return to uninvited users', R404H),

  // ---- 410 (6)
  w('410', 'support', 'The 2019 festival page was deliberately deleted for good: the organizer shut down the brand and confirmed it will never come back. Google still crawls the URL. What should we return?', R410),
  w('410', 'nonnative', 'event is not sold out, it is cancelled and organizer delete it forever, no come back never. some people say 404. which is better?', R410),
  w('410', 'api', 'We retired the v1 organizer API permanently on 1 March; nothing will ever be served at those paths again. What should calls to /v1/events/... return?', R410),
  w('410', 'sre', 'ticket transfer claim links are one-time. once claimed the link is killed on purpose, permanently, never reused. ppl clicking an old claim link - code?', R410),
  w('410', 'nonnative', 'organizer close his account, we hard delete all his public events permanent, restore is not possible. urls of events still in many blogs. what we answer?', R410),
  w('410', 'security', 'gdpr erasure: public page of a past meetup purged on request, permanent, no backup restore. its fine to reveal it once existed (it was public). what code after purge', R410),

  // ---- knowledge (15)
  k('sre', 'when we send 401 from the scanner api what header has to be on it', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include WWW-Authenticate'),
  k('sre', 'is a 404 cacheable by default or only w/ explicit cache-control? cdn in front of event pages', /heuristically cacheable|(?<!not )(?<!n't )cacheable by default/i, 'RFC 9110 §15.5.5: 404 is heuristically cacheable by default'),
  k('api', 'If our ticketing API returns 403, should the client retry automatically with the same credentials?', /(should not|shouldn'?t|must not|do not|don'?t)[^.]{0,40}(automatically )?(repeat|retry|resend|re-send)|no point[^.]{0,40}(repeat|retry)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'which rfc is now the current one for http status codes meaning? 7231 still?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('security', 'rfc 6750 - token expired, which error code goes in the WWW-Authenticate', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired tokens'),
  k('nonnative', 'in rfc 6750 the error invalid_request, it go with which status number?', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('support', 'If we start returning 410 for permanently cancelled events, how long does the RFC say we have to keep returning 410?', /(any|particular|specific|fixed|set|required)\s+(length of time|duration|period)|discretion|up to the (server|owner|site)|server owner/i, 'RFC 9110 §15.5.11: no requirement to keep the mark for any length of time; at the server owner\'s discretion'),
  k('security', 'when is it ok per rfc to answer 404 where 403 would be the honest answer', /hid(e|ing|den)|conceal|(not|without) (to )?reveal|not disclos/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond 404'),
  k('sre', '410 cacheable by default?', /heuristically cacheable|(?<!not )(?<!n't )cacheable by default/i, 'RFC 9110 §15.5.11: 410 is heuristically cacheable by default'),
  k('api', 'Per RFC 6750, when a request to our events API carries no authentication at all, should the 401 challenge include an error code?', /(should not|shouldn'?t|not|no|omit|without|leave out)[^.]{0,40}error( code)?\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('nonnative', '404 it say resource gone forever or not? if we know it is forever, what code is for that?', /\b410\b/, 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether the condition is permanent; 410 is for known-permanent removal'),
  k('support', 'Can our 403 page tell the organizer why they were refused, or does the RFC say keep it empty?', /describe[^.]{0,40}reason|reason[^.]{0,60}(content|body|payload)|(content|body|payload)[^.]{0,60}reason/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('nonnative', 'if request already have credentials and server still answer 401, this mean what?', /refused|rejected|not accepted|invalid|denied/i, 'RFC 9110 §15.5.2: if credentials were included, 401 indicates authorization has been refused for those credentials'),
  k('security', 'what is 410 actually for according to the rfc, beyond "deleted"', /remov(e|al|ed)[^.]{0,60}links?|links?[^.]{0,60}remov|intentionally unavailable|web maintenance/i, 'RFC 9110 §15.5.11: 410 assists web maintenance by signalling intentional unavailability so remote links can be removed'),
];

export const UNSEEN331_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
