import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 356, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a dating and matchmaking app — hidden profiles, blocked members, paused accounts, deleted matches, premium-only features, reported users under review; product and trust-and-safety staff worried about leaking information. */

const R401 = 'RFC 9110 §15.5.2: request lacks valid authentication credentials for the target resource; answer 401 with a WWW-Authenticate challenge';
const R401T = 'RFC 9110 §15.5.2 + RFC 6750 §3.1: credentials were sent but are expired, revoked or invalid (invalid_token) -> 401';
const R403 = 'RFC 9110 §15.5.4: server understood the request and refuses it; the caller is authenticated, re-authenticating will not help, and nothing needs hiding';
const R403S = 'RFC 6750 §3.1: insufficient_scope -> 403 Forbidden';
const R404 = 'RFC 9110 §15.5.5: origin server did not find a current representation for the target resource (never existed)';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a forbidden target resource MAY respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: unavailability not known to be permanent -> 404; 410 only when the server knows the condition is likely permanent';
const R410 = 'RFC 9110 §15.5.11: target resource intentionally removed and the condition is likely permanent -> 410 Gone';

const QUESTIONS: readonly Draft[] = [
  // ---------------- 401 ----------------
  w('401', 'sre', "GET /v2/matches coming in w/ a session token that expired like 2 hrs ago, user is real and the matches exist, what do we send back", R401T),
  w('401', 'support', "A member changed her password on the website, which revokes every other session. Her phone app is still calling the inbox endpoint with the old, now-revoked token. What status should the inbox API return to the phone?", R401T),
  w('401', 'api', "Our 'See who liked you' endpoint is premium-only. A request arrives with no Authorization header and no session cookie at all. A colleague argues for 403 because the feature is paywalled anyway, but we have no idea who the caller is. Which response code is correct here?", R401),
  w('401', 'nonnative', "The JWT of the user have a signature which is not valid, looks like somebody edit the payload to change plan to premium. The user id inside is real member. We must answer with what code?", R401T),
  w('401', 'security', "Pen-test note: after we banned a member we revoked all their access tokens (introspection now returns active=false). The tester replayed one of those revoked bearer tokens against /me/profile. Which status should the resource server return for that replayed token?", R401T),
  w('401', 'sre', "incident cleanup: we pushed every token issued before 14:00 into the deny list. clients still sending those tokens to /swipes. acct itself is fine, nothing banned. code pls", R401T),
  w('401', 'api', "Under RFC 6750, when the bearer token presented to the messaging API has expired, the resource server reports error=\"invalid_token\". What HTTP status accompanies that?", R401T),
  w('401', 'support', "Customer keeps getting kicked to the login screen. Logs show the app is sending a token issued by our staging identity provider, which production does not recognise at all. What status code should prod be returning for those calls?", R401T),
  w('401', 'nonnative', "For the endpoint of video date rooms, request is coming without any login — no cookie, no token, nothing. My teammate say 404 for hide the room, but the room link is shared publicly in event page anyway, only joining needs login. Which code is correct to return?", R401),

  // ---------------- 403 ----------------
  w('403', 'sre', "free tier user, valid token, hitting GET /likes/received which is premium only. the feature is on our pricing page so nothing secret about it existing. what do we return", R403),
  w('403', 'api', "The moderation queue endpoint (/reports/queue) is documented in our public API reference and restricted to trust-and-safety staff. A regular member with a perfectly valid session calls it. Someone suggested 404, but the endpoint's existence is public knowledge. What should the response be?", R403),
  w('403', 'support', "A member who was reported is under trust-and-safety review. Until the review ends, their account can't send messages — we emailed them about the restriction, so it's no secret. They're logged in normally and try POST /messages. Which status code should they get?", R403),
  w('403', 'security', "A third-party calendar integration holds a valid OAuth bearer token for a member, but the token was granted only the profile:read scope. It calls POST /messages, which needs messages:write. Per RFC 6750, what status should come back?", R403S),
  w('403', 'nonnative', "User A is logged in and can see the public profile of user B normally. But A send a PATCH to /profiles/B to change B's bio. Of course A is not allowed. B's profile is visible to A anyway so nothing to hide. What is the right code?", R403),
  w('403', 'sre', "video chat needs ID verification done. user logged in fine, valid session, but hasnt verified yet. app already shows a banner telling them to verify. POST /video-calls -> ?", R403),
  w('403', 'api', "A member has paused their own account. While paused, they may browse their settings but cannot send likes. They are fully authenticated, and logging in again will not change anything. If they call POST /likes during the pause, what status code do we respond with?", R403),
  w('403', 'support', "The customer says she logged out and back in and is still refused. She is trying to download the CSV export of all members, which is a staff-only tool — she is a regular member and her login itself works fine. What code is the server sending, and is that right?", R403),
  w('403', 'security', "Admin console is behind an IP allowlist. A trust-and-safety staffer authenticated successfully with SSO from her home IP, which isn't on the allowlist. The console's existence is not sensitive. Which status should the console return?", R403),
  w('403', 'sre', "group event chat: user is a member and can read it, tries DELETE on the chat but only the host can delete. token valid. someone said 401 but the auth is fine. what code", R403),

  // ---------------- 404 ----------------
  w('404', 'sre', "deeplink from a broken marketing email points at /profiles/zz9x000 — that id was never issued, no such member ever. what do we send back", R404),
  w('404', 'security', "User A blocked user B. B, logged in with a valid token, requests A's profile directly by id. Product requirement: B must not be able to tell that A exists or that A blocked them. Which status should we return to B?", R404H),
  w('404', 'api', "Incognito mode hides a profile from everyone except members the incognito user has liked. A logged-in member who hasn't been liked fetches the incognito profile by URL. The requirement is that the caller must not learn the profile exists. A colleague wants 403 because the caller is authenticated. What code should we use?", R404H),
  w('404', 'support', "After the other person unmatched, a member opens /matches/789 from an old notification. We deliberately don't want to reveal whether the other person unmatched, blocked them, or deleted their account. What status should that request get?", R404H),
  w('404', 'nonnative', "When a user pause his account, other people opening his profile link should not see it. He can unpause anytime and the profile come back exactly same. Someone in my team propose 410 Gone. What code is correct for this profile link during the pause?", R404U),
  w('404', 'sre', "acct deletion is soft for 30 days, user can restore by logging back in. someone hits the profile url on day 3. colleague wants 410. what do we return", R404U),
  w('404', 'security', "A reported member's profile is suspended while trust-and-safety reviews the case; it might be reinstated or removed, we don't know yet. Other members who request the profile must not learn that it's under review. What status code should they receive?", R404U),
  w('404', 'api', "When a member deletes a photo, we keep the file for 14 days in case moderation needs it and it can still be restored; no decision about permanence has been made at the time of the request. What should GET /photos/{id} return during those 14 days?", R404U),
  w('404', 'security', "Pen-test finding: GET /members/{id}/settings returns 403 for real member ids that aren't yours and 404 for ids that don't exist, which lets an attacker enumerate members. The caller is authenticated. To fix the enumeration for existing-but-not-yours ids, what status should we return?", R404H),
  w('404', 'support', "A spam site links to /events/speed-dating-vip-party on our domain. We never created an event with that slug — it was simply made up. What status do visitors get?", R404),

  // ---------------- 410 ----------------
  w('410', 'api', "A member exercised their GDPR erasure right; the account and profile were hard-deleted, this is irreversible by policy, and we want external share links to the profile removed. Legal has confirmed we may disclose that the profile is gone. Which status should the old profile URL return?", R410),
  w('410', 'sre', "the valentines-2023 premium trial endpoint got retired for good, promo over, never coming back. clients still calling it. colleague says 404 but we know its permanent. code pls", R410),
  w('410', 'support', "A member was permanently banned, no appeal possible, and their account was purged. Their public share page is still linked around the web, and product wants crawlers and apps to drop those links. Privacy has no objection to saying it's gone. What status should the share page return?", R410),
  w('410', 'nonnative', "We shut down the /v1/swipes endpoint forever, all clients must move to v2, and the v1 will never come back. Old apps still calling it. Which response we give to them?", R410),
  w('410', 'security', "An organizer hard-deleted a past public meetup event; there is no restore path and the event page was public anyway, so disclosing that it's removed leaks nothing. Security review is fine with an explicit signal. What should /events/{id} return now?", R410),
  w('410', 'sre', "voice prompt feature sunset, every audio file purged permanently, /voice-prompts/{id} urls will never work again. want old links removed. what do we return", R410),

  // ---------------- knowledge ----------------
  k('sre', "when we send 401 on the matches api which header has to go with it", /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header with at least one challenge'),
  k('api', "Is a 404 response cacheable by default under current HTTP semantics, or does it need explicit freshness information?", /heuristic|(?<!not )cacheable by default|\byes\b[^.]{0,60}cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('support', "If we start returning 410 for deleted profiles, how long are we required to keep returning 410 before it can become a 404?", /discretion|any (particular )?length of time|no (required|mandated|fixed|minimum|specific|set) (time|duration|period|length)|not (required|necessary|obligated|mandated)|no requirement/i, 'RFC 9110 §15.5.11: it is not necessary to keep the "gone" mark for any length of time; that is left to the server owner'),
  k('nonnative', "Which RFC is the current one for HTTP status codes semantic? Our backend docs still cite RFC 7231.", /9110/, 'RFC 9110 obsoletes RFC 7231 and is the current HTTP semantics spec'),
  k('api', "Per RFC 6750 §3.1, what status code is paired with error=\"invalid_token\"?", /401/, 'RFC 6750 §3.1: invalid_token -> 401'),
  k('sre', "bearer request to /likes is malformed, token sent twice (header and query). rfc 6750 says invalid_request — what status is that", /400/, 'RFC 6750 §3.1: invalid_request -> 400 Bad Request'),
  k('support', "After our app gets a 403 on the premium filter, should it just automatically retry with the same login token?", /(should ?n[o']t|must ?n[o']t|not|never|don'?t)\s+(\w+\s+){0,2}(retry|repeat|re-?send|resubmit)|won'?t help|will not help|wouldn'?t help|not help|pointless|no point/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('security', "If a server wants to hide that a forbidden resource exists at all, what status does RFC 9110 allow it to send instead of 403?", /404/, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond with 404'),
  k('nonnative', "The 404 code, does it tell the client if the missing profile is gone forever or only for some time?", /does ?n[o']t (indicate|say|tell|specify|distinguish)|not (indicate|say|tell|specify|distinguish)|no indication|neither|temporary or permanent|permanent or temporary/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('api', "If we aren't sure whether a removed match record is permanently gone, should we send 410 anyway, or something else?", /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('security', "Is it allowed under RFC 9110 to explain in the 403 response body why the request was refused, e.g. 'account restricted pending review'?", /\b(yes|may|can|allowed|permitted)\b[^.]{0,80}(reason|describe|explain|why)|(describe|explain)[^.]{0,40}(reason|why)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request is forbidden can describe that reason in the response content'),
  k('api', "What is the stated purpose of 410 Gone in RFC 9110 — what is it primarily intended to help with?", /web maintenance|remov\w* (remote |the |those |any )?links|links?[^.]{0,40}(be )?removed|intentionally (unavailable|removed)/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by notifying that the resource is intentionally unavailable and that links to it should be removed'),
  k('sre', "our corp proxy in front of the moderation tools wants auth, is that a 401 too or something else", /407/, 'RFC 9110 §15.5.8: proxy authentication uses 407 Proxy Authentication Required with Proxy-Authenticate'),
  k('security', "When a bearer request to our API carries no authentication at all, should the WWW-Authenticate challenge include error=\"invalid_token\"?", /should ?n[o']t|must ?n[o']t|\bno\b[^.]{0,40}error|without (an? )?error|omit|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
];

export const UNSEEN356_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
