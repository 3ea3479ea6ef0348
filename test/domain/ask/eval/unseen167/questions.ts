import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 167, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a video-streaming service (subscriptions, regional licensing, parental profiles, expired rentals, takedowns, device logins). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the response carries WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; the client is known and re-authenticating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (request needs higher privileges than the token provides) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 when the server does not know, or cannot determine, whether the condition is permanent; 410 only if known permanent';
const R410 = 'RFC 9110 §15.5.11: access to the target resource is no longer available at the origin server and this condition is likely to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'user hit "sign out of all devices", so the living room tv device token got revoked. tv keeps calling /playback/start w/ the old token. someone said 403 b/c we know the acct but token is dead. what do we send back', R401T),
  w('401', 'api', 'Our /v2/profiles endpoint is receiving requests with no Authorization header at all. Profile IDs are not secret (they appear in share links), so there is nothing to hide about their existence. What should the gateway respond with?', R401),
  w('401', 'support', "Customer says her phone app shows an error every morning. Logs show her access token expired overnight (the exp claim is in the past) and the app calls the watchlist API before refreshing it. Her subscription is active and it's her own watchlist. What status should the API be returning here?", R401T),
  w('401', 'nonnative', 'When user is typing wrong password on the smart-TV login and then the TV send the Basic credentials to /account/me, which code we must answer? My colleague tell me 403 because the password is wrong, I am not sure about it.', R401),
  w('401', 'security', 'pen-test finding: /downloads/offline-license accepts a bearer token whose signature doesnt verify (payload was tampered) and answers 403 "not entitled". tester says the status is wrong too, not just the acceptance. what should a forged token get', R401T),
  w('401', 'sre', 'after a pw reset we invalidate every bearer token on the acct. web player still sends the old one to /continue-watching. not a scope problem, nothing secret about the endpoint. code pls', R401T),
  w('401', 'api', "A partner's set-top box calls our catalog-sync API with an API key that we rotated out and deleted last week; the key maps to no account anymore. Should we answer 401 or 403?", R401),
  w('401', 'support', "A kid's tablet was removed from the family account by the parent under 'Manage devices', which revokes that tablet's login. The tablet app still calls /profiles/kids/rows and currently gets 403. The parent thinks that's fine since the kid isn't allowed anymore. Is 403 correct, or should it be a different code?", R401T),
  w('401', 'nonnative', 'Our new smartwatch app is sending request to /now-playing without any token, because a bug skip the login screen. The server have no idea who is it. The endpoint is existing for sure. Which answer is correct, 401 or 404?', R401),

  // ---- 403 (10) ----
  w('403', 'sre', 'rental expired, 48h window closed. user logged in fine, token valid, title still in catalog and shown on the title page. dev wants 401 b/c "expired". what code for /play on an expired rental', R403),
  w('403', 'api', 'A subscriber authenticates successfully with a valid token, but their Premium plan was cancelled, so 4K streams are no longer permitted for them. The 4K tier is publicly advertised and we do not use 402. Which status should the 4K manifest endpoint return?', R403),
  w('403', 'support', "Parent set the kids profile to max rating PG. Kid taps an R-rated movie that is shown in the greyed-out 'Not available on this profile' row, so the app already tells them it exists. The playback call carries the family's valid token and the kid's profile id. What should the playback API return?", R403),
  w('403', 'security', "token is valid but only carries scope catalog:read. caller does POST /profiles/{id}/pin which needs profile:write. profile is the caller's own, nothing to hide. what status goes w/ the rfc 6750 error here", R403S),
  w('403', 'nonnative', 'Our film is licensed only for Germany. A German customer is travelling in Brazil, he is logged in correctly, and the title page is visible everywhere (we show "not available in your region"), but the play request must be refused. Which status code? Not 451 please, the team choose only between 401, 403, 404 and 410.', R403),
  w('403', 'sre', 'support agent acct (role=viewer) tried DELETE /admin/titles/123. auth ok, title exists and isnt secret, just the wrong role. what do we send back', R403),
  w('403', 'api', "A secondary household member, authenticated with a valid token, tries to change the account owner's billing email via PATCH /account/billing. The resource obviously exists — it is their own household's account — but this is an owner-only operation. What is the right status?", R403),
  w('403', 'support', 'User is logged in fine but the "Download for offline" call keeps getting refused because downloads are not included in the Basic plan. He already logged out and back in three times and asks if that will ever fix it. What code should the download API return?', R403),
  w('403', 'security', 'our ip allowlist for the studio screener portal is blocking a new office IP. request is authenticated w/ a valid SSO token, the portal url is public knowledge, we dont care about hiding it. which code is correct', R403),
  w('403', 'sre', 'device cap: Standard plan allows 4 registered devices. 5th device logs in ok (token valid) then POST /devices/register gets refused by policy. teammate says 401 b/c "device not authorized". 401 or 403', R403),

  // ---- 404 (10) ----
  w('404', 'sre', 'crawler hammering /title/99999999. that id was never assigned, no title ever lived there. code', R404),
  w('404', 'api', 'Kids profiles must not even learn that mature titles exist; the kids catalog omits them entirely and search never returns them. If a kids profile (valid token) requests /titles/{matureId} directly, what should we return so we do not leak the title?', R404H),
  w('404', 'support', "A movie left our catalog last night because the license window ended. Licensing says they're renegotiating and it may come back next quarter — nobody knows yet. A customer's bookmarked link now hits /title/555. Someone suggested 410. What should that page send?", R404U),
  w('404', 'security', 'enumeration finding: GET /profiles/{id} returns 403 for profiles in other households and 404 for ids that dont exist, so anyone w/ a valid acct can map which profile ids exist. what should other-household profiles return instead', R404H),
  w('404', 'nonnative', 'We received a copyright complaint and disabled the user-uploaded video temporarily while the counter-notice is processing; it can be restored if the uploader win. We are not using 451. Somebody open the link, which code? Team say 410 but I am not sure because maybe it come back.', R404U),
  w('404', 'sre', 'client bug calling /v2/wachlist (missing t). no such route or resource ever existed. what do we send back', R404),
  w('404', 'api', 'In regions where we hold no rights, legal requires that the very existence of certain unreleased titles not be disclosed; the regional catalog behaves as if they do not exist. An authenticated user in such a region requests the title detail URL directly. Which status code should we use?', R404H),
  w('404', 'support', "Customer deleted the profile 'Dad' yesterday. Deleted profiles are kept for 30 days and can be restored from account settings. An old device still requests /profiles/dad-id/watchlist. Should it be 410 since it was deleted?", R404U),
  w('404', 'security', 'private screener links for critics. a regular subscriber (authenticated) guesses a screener url. product says regular users must not be able to tell that screeners exist at all. 403 or 404', R404H),
  w('404', 'nonnative', 'The app request /series/88/season/3/episode/11 but season 3 has only 10 episodes, episode 11 never was existing. User is logged in normal. What status we should give?', R404),

  // ---- 410 (6) ----
  w('410', 'api', 'The studio permanently withdrew a documentary: the contract is terminated, the assets are purged, and it will never return to the service. We want search engines to delist /title/doc-42 quickly. What status code is appropriate?', R410),
  w('410', 'sre', 'legacy /api/v1/streams decommissioned for good, shutdown announced 12 months ago, zero plan to bring it back. old clients still calling. colleague says just 404 it. what do we send', R410),
  w('410', 'support', "A creator permanently deleted their channel and all videos. Our policy says channel deletion is irreversible and the handle is retired forever. Fans' old links still hit the channel page. Which code should that page return?", R410),
  w('410', 'nonnative', 'We removed the "Watch Party" feature completely, it is shut down permanently and the old party links /party/{id} will not work anymore, never. Which code to return for these old links?', R410),
  w('410', 'security', 'uploader acct was banned and all their videos purged per ToS, irreversible, files destroyed. the ban is public so no secrecy concern. want /v/xyz to say its intentionally and permanently gone. which code', R410),
  w('410', 'sre', 'summer-2021 promo landing pages: campaign over, pages deleted permanently, never coming back, marketing wants them out of google. code', R410),

  // ---- knowledge (15) ----
  k('api', 'Which response header is a server required to send along with a 401, and what does it contain?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header containing at least one challenge'),
  k('sre', 'are 404s cacheable by default or only w/ explicit cache-control? asking b/c cdn is holding onto them', /heuristic\w*|\bis cacheable by default|\bare cacheable by default|cacheable (by default )?(even )?without (an )?(explicit|any) (freshness|cache-control|max-age)/i, 'RFC 9110 §15.5.5 / §15.1: 404 is heuristically cacheable by default'),
  k('support', 'A customer keeps getting 403 on a title and wants to know if signing out and back in with the same account will help. What does the spec say?', /same credentials|(new|different) credentials|re-?(authenticat|login|log in|sign in)\w*.{0,40}(will not|won.t|doesn.t|does not|wouldn.t|not) (help|change|fix)|(will not|won.t|doesn.t|does not|wouldn.t) help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY retry with new or different credentials'),
  k('nonnative', 'Which RFC is now the current one that define the HTTP status codes like 403 and 404? My old notes say RFC 7231.', /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231'),
  k('api', 'Under RFC 6750, which error code should accompany a response when the bearer access token has expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token, with 401'),
  k('security', 'rfc 6750 insufficient_scope — which http status is that supposed to go with', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be 403 Forbidden'),
  k('sre', 'bearer request missing a required param / malformed. rfc 6750 error code and status?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be 400 Bad Request'),
  k('api', 'Once a resource has been marked 410 Gone, is the server obligated to keep returning 410 for that URL forever?', /discretion|any (particular )?length of time|(no|not|isn.t|is not) (required|necessary|obligat\w*)|up to the (server|owner|operator|site)|(does not|doesn.t) have to/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the discretion of the server owner'),
  k('security', 'is it legit per the rfc to send 404 instead of 403 when the user is authenticated but we dont want to confirm the resource exists', /hid(e|ing)|conceal\w*|not (to )?reveal|(existence|exists).{0,40}(secret|hidden|disclos|reveal|leak)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY instead respond 404'),
  k('nonnative', 'For OAuth 2.0 access tokens in RFC 6750, what is the name of the auth-scheme that appear inside the challenge header of a 401?', /\bBearer\b/, 'RFC 6750 §3: the WWW-Authenticate challenge uses the Bearer auth-scheme'),
  k('support', 'What is 410 Gone actually meant to tell people who link to us, compared with a regular not-found?', /(remove|delete|drop)\w*.{0,40}(link|reference)|(link|reference)s?.{0,40}(remov|delet|drop)|intentional\w*|delist/i, 'RFC 9110 §15.5.11: 410 notifies recipients that the resource is intentionally unavailable and that the owners desire remote links to it be removed'),
  k('api', 'If a request did include credentials and the server still responds 401, what does that 401 indicate about those credentials?', /refused for (those|the|these) credentials|(credentials|token)s?.{0,40}(invalid|rejected|refused|not accepted|were refused)|(invalid|rejected|refused).{0,20}(credentials|token)/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('sre', 'can a 403 body say why it was refused or is that not allowed', /(reason|why).{0,60}(content|body|payload|response)|(content|body|payload).{0,60}(reason|why)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content'),
  k('support', 'Does a 404 tell the customer whether the title is gone for good or might come back later?', /temporary or permanent|permanent or temporary|(does not|doesn.t|no) (say|indicate|tell|guarantee|distinguish|indication)|410/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent; 410 is preferred when known permanent'),
  k('nonnative', 'A 403 is meaning the server did not understand my request, is it correct?', /understood|understands|did understand|does understand/i, 'RFC 9110 §15.5.4: 403 means the server understood the request but refuses to fulfill it'),
];

export const UNSEEN167_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
