import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 52, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a video streaming service — regional licensing windows, titles pulled from the catalogue, profiles and kids profiles, device limits, expired subscriptions, partner API keys, DRM licence servers, cancelled shows. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource → 401 with WWW-Authenticate';
const R401N = 'RFC 9110 §15.5.2 / RFC 6750 §3.1: no credentials at all → 401, challenge without an error code';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, bad signature, wrong issuer) → 401';
const R403 = 'RFC 9110 §15.5.4: the caller is known, the server understood the request and refuses it; re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the token is valid but lacks the scope the request needs → 403';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource from this caller may answer 404';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: the removal is not known to be permanent, so 404 rather than 410';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×20
  w('401', 'sre', 'drm licence svc getting license reqs from an old roku build that sends no Authorization header at all, just the challenge blob. what do we send back', R401N),
  w('401', 'api', 'We rotated partner API keys last Tuesday. One partner is still calling /v2/catalog/feeds with the retired key, which no longer maps to any partner record in our key store. What should the partner gateway respond with?', R401),
  w('401', 'support', 'A customer changed her password on the website, and now the TV app shows an error and bounces her to the sign-in screen. Engineering says her old session token was invalidated by the password change. Which status is the session endpoint supposed to return in that case?', R401T),
  w('401', 'security', 'Found a request to the playback API carrying a JWT whose header says "alg": "none" and has an empty signature segment. Our verifier obviously rejects it. Correct status?', R401T),
  w('401', 'nonnative', 'The access token is expire since one hour, but the mobile app still is sending it to /profiles endpoint. Which code we must answer to the app?', R401T),
  w('401', 'sre', 'seeing a lot of these on playback-auth:\n`WARN playback-auth bearer rejected: exp=1718200000 now=1718203611 sub=acct_88123`\ncurrently mapped to 403. 401 or 403', R401T),
  w('401', 'api', 'Some clients send `Authorization: Bearer` with nothing after the scheme (looks like a templating bug on their side). The API only accepts bearer tokens. Which status do we reply with?', R401T),
  w('401', 'support', 'Customer hit "sign out of all devices" on the account page because an ex still had access. Afterwards her old smart TV keeps trying to load Continue Watching using the token it had before. What does the API tell that TV?', R401T),
  w('401', 'security', 'The token service flagged refresh-token reuse on an account and revoked the whole token family. The access token minted from that family is still being presented to /watchlist, and it has not reached its exp yet. What status should the resource server give?', R401T),
  w('401', 'nonnative', 'Partner is sending the API key in the header, but there is a typo in it, so this key not exist at all in our database. What code?', R401),
  w('401', 'sre', 'web player session cookie fails hmac check, looks like someone edited the acct id in it by hand. cookie is the only thing we auth on for that route. code pls', R401),
  w('401', 'api', 'Localisation vendors upload subtitle files to an endpoint protected with HTTP Basic. A vendor sends the right username but the wrong password. What is the correct response?', R401),
  w('401', 'support', 'A customer who has not opened the app in about two months says it now asks him to sign in again. Apparently his refresh token expired and the app got an error back when it tried to load his profiles. Which error would that have been?', R401T),
  w('401', 'security', 'The internal rights-management API is reached anonymously from a laptop on the corporate network. The service expects a bearer token from our IdP and none was sent. A teammate argues 403 because the laptop is "on the network but not logged in". What should it return?', R401N),
  w('401', 'nonnative', 'When user open the kids profile on a new tablet, the app forget to attach the token, so the request go to the server without any authentication. Server should give which status please?', R401N),
  w('401', 'sre', 'introspection returns active:false for the token the android app is sending to /watchlist, nothing else wrong w/ the request. what should the svc return', R401T),
  w('401', 'api', 'A partner was issued a sandbox API key and is now pointing it at production. Production has no record of that key, since the environments have separate key stores. Which status should prod send?', R401),
  w('401', 'support', 'A customer closed his account last year and opened a new one with the same email. His old phone still has a login from the closed account and sends that token when he opens the app. What code does the API answer with?', R401T),
  w('401', 'security', 'A token signed by our staging identity provider (different issuer, different signing keys) is presented to the production playback API. Signature validation against the prod JWKS fails. What should prod respond?', R401T),
  w('401', 'nonnative', 'The bearer token arrive cut in the middle, it look like some proxy is truncating long headers, so we can not parse the token at all. Which status code is right for this?', R401T),

  // ---- 403 ×24
  w('403', 'sre', 'acct is on basic plan which only includes hd, user is logged in fine and requests the 4k manifest for a title. what do we return', R403),
  w('403', 'api', 'A partner\'s API key is valid, but it was issued with the read:catalog scope only. They are calling POST /v1/partner/availability-windows, which needs write:availability. What status should the API return?', R403S),
  w('403', 'support', 'The customer can sign in without a problem, but their subscription lapsed last month after the card was declined. When they press play on an episode they get an error. The show itself is on our public landing page, so it is no secret. Which code is the right one there?', R403),
  w('403', 'security', 'A kids profile, authenticated normally, requests playback of a title rated 18. The title is listed in the public catalogue and on the marketing site, so there is nothing to hide about its existence. What should the playback API return?', R403),
  w('403', 'nonnative', 'User have already 4 devices streaming at same time, their plan allow maximum 4 streams. Then a fifth device ask a playback session, and the token of it is completely valid. Which code should we give to the fifth one?', R403),
  w('403', 'sre', 'drm: device authenticates fine but reports widevine L3, policy says hd licences only go to L1 devices. licence request is for hd. which one', R403),
  w('403', 'api', 'A signed-in household member tries to DELETE another member\'s profile. Only the account owner is allowed to manage profiles; everyone in the household can already see all profiles on the picker screen. What status do we return to the member?', R403),
  w('403', 'support', 'Trust & Safety suspended an account for reselling logins. The customer can still sign in and see their account page, but every attempt to play something is refused. They know perfectly well their account exists. What code should playback send them?', R403),
  w('403', 'security', 'An employee in the customer-support role uses the internal admin API, properly authenticated through SSO, to read a subscriber\'s saved card details. Only the billing role may see those. Which status should the admin API return?', R403),
  w('403', 'nonnative', 'Our partner in Germany use their own API key to change the price of a title that belong to another partner. The key is correct, but the title is not theirs. We don\'t mind that they know the title exist, it is in the public catalogue anyway. Which code we send?', R403),
  w('403', 'sre', '`authz deny subject=svc-recs action=write resource=catalog/titles/tt81734 reason=policy:recs-readonly`\nrecs svc presents a valid workload identity, it just isnt meant to write to the catalogue. right code', R403),
  w('403', 'api', 'Pre-release screeners: the title exists and the press page already announces it, but only accounts flagged as press may stream it before the premiere date. A regular member with a valid session calls playback for it. What do we answer?', R403),
  w('403', 'support', 'A parent says their child, while on the kids profile, tapped into account settings and tried to change the plan, and the app showed an error. The kids profile is signed in properly; kids profiles just can\'t touch billing. Would the API have returned 401 or 403 there?', R403),
  w('403', 'security', 'A partner API key validates correctly, but the request comes from an IP address outside the ranges the partner registered with us. Our contract says keys are only honoured from registered ranges. Which status?', R403),
  w('403', 'nonnative', 'The student plan need a verification every year. For this user the verification is expired, the user is logged in normally and try to play a movie. Our rule say they must re-verify before they can watch again. What is correct status?', R403),
  w('403', 'sre', 'live match blackout. user is authed, sitting inside the local blackout zone for the game, event page is public and shows the fixture. playback gets refused. status?', R403),
  w('403', 'api', 'We enforce one household per account. A device that is not in the account\'s primary household tries to start a stream. We know exactly which account and device it is, and telling them about the household rule is the whole point. What status should the stream start endpoint use?', R403),
  w('403', 'support', 'A customer on the Standard plan tried to add a sixth profile. Standard allows five. The app just said something went wrong. What should the POST /profiles call have returned?', R403),
  w('403', 'security', 'An authenticated regular user calls GET /admin/encoding-jobs. That endpoint is documented in our public API reference as admin-only, so there is no point hiding that it exists. Which status fits?', R403),
  w('403', 'nonnative', 'User is signed in correct, but he did not accept yet the new terms of use, and the policy say no streaming until they accept. So what status the playback should return?', R403),
  w('403', 'sre', 'ci bot svc acct has a perfectly valid token but tried to publish a release to the prod catalogue, only the release-managers group can do that. what should the gateway return', R403),
  w('403', 'api', 'Downloads are capped at 100 titles per account across all devices. An authenticated user already at 100 asks for another download licence. What response code?', R403),
  w('403', 'security', 'The user\'s OAuth token is valid and carries profiles:read, but not profiles:write, and it is used to rename a profile. What should the resource server return, and with which error?', R403S),
  w('403', 'nonnative', 'The user live in Brazil and is logged in. The title is licensed only for US at this moment, but the title page is public for all the world and we show "not available in your region". Which code for the play request?', R403),

  // ---- 404 ×24
  w('404', 'sre', 'people hitting /v1/devices/<id> w/ device ids from other households. they are authed, but we dont want to confirm which device serials are registered with us. what do we send', R404H),
  w('404', 'api', 'Partner A requests /partners/partner-b/reports. We do not want any partner to learn which other companies we work with. What status should the API give partner A?', R404H),
  w('404', 'support', 'A customer opened a watch-party link a friend pasted in a group chat. The party exists but he was not invited, and watch parties are private — we should not reveal that the party is there at all. What should he get back?', R404H),
  w('404', 'security', 'GET /profiles/{id} with an id that belongs to a different account. Profile names are often children\'s first names, so we must not even confirm that such a profile exists. What do we return to the authenticated caller?', R404H),
  w('404', 'nonnative', 'In our catalogue there is an unreleased title and the IDs are sequential, so easy to guess. A normal user request /titles/98231 before the announce. Marketing say nobody can know it exist before the trailer. Which code?', R404H),
  w('404', 'sre', 'partner support integration does GET /v1/accounts/by-email/<email>. if the person isnt a customer of theirs we must not leak whether they subscribe to us at all. correct response', R404H),
  w('404', 'api', 'Because of a gateway misconfiguration, /internal/ingest is reachable from the public internet. Until it is fixed, external callers should not be able to tell that the route exists. What status should the gateway return to them?', R404H),
  w('404', 'security', 'Someone authenticated is iterating /offline-licences/{licenceId} on the DRM server, walking through other users\' offline licences. We don\'t want the responses to tell them which ids are real. What status?', R404H),
  w('404', 'nonnative', 'The kids profile is calling /profiles/{adultProfileId}/history, the watch history of the parent. Product team say kids should not even see that the adult profile exist. What we return?', R404H),
  w('404', 'security', 'A logged-in user queries GET /gift-cards/{code} with codes that belong to other people. Confirming a code is valid would let anyone harvest them. Which status code should we use?', R404H),
  w('404', 'sre', 'title got pulled from the catalogue last night b/c the licence window ended. legal says the studio might renew, nobody knows yet. deep links still getting traffic, what do they return', R404U),
  w('404', 'support', 'A customer\'s bookmark of a documentary now shows an error. The content team took it down while a rights dispute is sorted out, and it may well come back afterwards. What status is right for that page?', R404U),
  w('404', 'api', 'An episode was unpublished because of a subtitle sync bug. It will be republished once the fix ships, but there is no date. Requests for the episode id in the meantime — 404 or 410?', R404U),
  w('404', 'nonnative', 'The trailer is removed for now, maybe we upload a new version with the same id, maybe not, nobody decide yet. Which status is better?', R404U),
  w('404', 'security', 'User reviews removed by moderation sit in an appeals queue and are restored if the appeal succeeds. What should GET /reviews/{id} return for one that is currently removed?', R404U),
  w('404', 'sre', 'collections/summer-2023 rotated off the homepage and unpublished, marketing might bring it back next summer, not decided', R404U),
  w('404', 'api', 'GET /titles/tt-0000 — that id has never existed in our catalogue. What is the right response?', R404),
  w('404', 'support', 'A customer typed /shows/strnger-things into the browser and got an error page. Nothing at that address has ever existed. Which code should the page come back with?', R404),
  w('404', 'nonnative', 'The mobile app is calling /v3/continue-watching, but we only have v2, version v3 never existed on our side. What code?', R404),
  w('404', 'sre', 'GET /api/profiles/7c1e9/avatar -> profile exists and belongs to the caller, but no avatar ever uploaded and we dont serve a default. code', R404),
  w('404', 'security', 'A vulnerability scanner is hammering /wp-admin/ and /phpmyadmin/ on our web frontend. We have never run either. What should these requests get?', R404),
  w('404', 'api', 'The DRM licence server receives a request for a key ID that our packager never generated; there is no such key anywhere in the key store. What should it respond?', R404),
  w('404', 'support', 'A fan asked for season 4 of a show that was cancelled after season 3. Season 4 was never made, and someone shared a link to /shows/x/seasons/4. What does that link return?', R404),
  w('404', 'nonnative', 'A partner ask the subtitle file in language "tlh" for one episode, but we never produced subtitles in that language for any title. Which status to send him?', R404),

  // ---- 410 ×12
  w('410', 'sre', 'show cancelled, licence terminated, every season removed. content team says its killed for good and wont ever come back. old deep links /shows/x still get hits. what should they return', R410),
  w('410', 'api', 'We retired v1 of the partner feed on 1 January, announced a year in advance, and it is not coming back. Partners still calling /v1/* should get which status?', R410),
  w('410', 'support', 'A customer deleted one of her profiles. Deleting a profile is irreversible by policy and the data is purged. Her sister still has an old shared link to that profile\'s list and asks why it errors. Which code should that link return?', R410),
  w('410', 'security', 'The promo landing pages from last year\'s campaign were deleted on purpose and will never be republished. Old affiliate links still point at them. What status should they serve?', R410),
  w('410', 'nonnative', 'The contract with the studio is finished forever, we delete the movie from all regions and there is no plan to bring it back. We want also that Google remove the page quickly. Which status?', R410),
  w('410', 'sre', 'batch export files under /exports/<id>.csv get deleted after 7 day retention, never restored, ids never reused. someone fetched one from day 9', R410),
  w('410', 'api', 'Ended watch parties are purged and their ids are never reused. Someone opens the invite link to a party that ended last week. What should GET /watch-parties/{id} return?', R410),
  w('410', 'support', 'We shut down the "year in review" feature for good and deleted every page it had generated. A customer says the link she shared with friends now shows an error and wants to know what code it sends.', R410),
  w('410', 'security', 'The family-sharing feature was discontinued permanently and its /family/* endpoints were decommissioned on purpose. Old clients still call them. Which status should the gateway give?', R410),
  w('410', 'nonnative', 'For a cancelled show we had a companion podcast. We stop it and will never publish any more episodes, but podcast apps still poll the RSS feed every hour. What is right status for the feed?', R410),
  w('410', 'support', 'Our share-a-clip links expire after 48 hours and the clip is deleted for good at that point. A customer opens one from three days ago. What code does he get?', R410),
  w('410', 'security', 'The legacy PlayReady endpoint /drm/v1/playready was decommissioned deliberately; everything moved to /drm/v2 and v1 will never be brought back. Old set-top boxes keep calling v1. What should they receive?', R410),

  // ---- knowledge ×10
  k('support', 'When our API sends a 401, is there a header it has to include?', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge'),
  k('api', 'If a client gets a 403, will signing in again or getting a fresh token fix it?', /\b(no|not|won'?t|doesn'?t|cannot|can'?t|unlikely)\b/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; repeating the request with the same authorisation will not help'),
  k('security', 'Are we actually allowed by the HTTP spec to answer 404 instead of 403 when we want to hide that something exists?', /\b(yes|may|can|allowed|permitted|acceptable|fine)\b/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may respond 404'),
  k('nonnative', 'Which RFC is defining these status codes now? RFC 7231 is still the valid one?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines HTTP semantics including 401, 403, 404 and 410'),
  k('api', 'With bearer tokens, what error code goes in the WWW-Authenticate challenge when the token lacks the scope the call needs, and with which status?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, returned with 403'),
  k('security', 'Which RFC 6750 error value should we put in the challenge when the bearer token is expired or revoked?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token, returned with 401'),
  k('sre', 'do crawlers treat 410 any different from 404 when we pull titles', /(410[^.]*(fast|quick|sooner|immediate|permanent|for good|right away)|(fast|quick|sooner|immediate|permanent|for good|right away)[^.]*410)/i, 'RFC 9110 §15.5.11: 410 tells recipients the removal is permanent so links can be removed; crawlers typically drop 410 URLs faster than 404'),
  k('nonnative', 'When the request come with no token at all, should our WWW-Authenticate header contain an error="..." value?', /(\bno\b|should not|shouldn'?t|must not|not include|omit|without)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server should not include an error code'),
  k('support', 'Does a 404 tell the customer\'s app whether the page is gone forever or might come back?', /(\bno\b|not (say|indicate|tell|specify|imply)|doesn'?t (say|indicate|tell|specify|imply)|does not (say|indicate|tell|specify|imply)|temporary or permanent|410)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the condition is temporary or permanent; 410 is for known-permanent removal'),
];

export const UNSEEN52_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
