import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 390, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a photo-sharing app (albums shared by link, private albums, blocked followers, deleted photos in a 30-day trash, copyright takedowns, printing partners' API keys), asked by mobile developers and support. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (none sent, logged out, expired, revoked or rotated) → 401 with a WWW-Authenticate challenge.';
const R401T = 'RFC 6750 §3.1 invalid_token (expired, revoked, malformed or failing verification) → 401; RFC 9110 §15.5.2.';
const R401K = 'RFC 9110 §15.5.2: credentials that cannot be verified (unknown or rotated key, bad signature) are not valid credentials → 401, not 403.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses to authorize it; existence is not secret, so 403.';
const R403S = 'RFC 6750 §3.1 insufficient_scope → 403; RFC 9110 §15.5.4: authenticated but not authorized.';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource (never existed / wrong id) → 404.';
const R404H = 'RFC 9110 §15.5.4 and §15.5.5: a server that wishes to hide the existence of a forbidden target may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5 and §15.5.11: removed but not known to be permanent (restorable, may come back, undecided) → 404; 410 only when the removal is known permanent.';
const R410 = 'RFC 9110 §15.5.11: the target was intentionally removed and the condition is likely permanent → 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'ios app still hitting GET /v2/albums/8812/photos after the user logged out, client keeps sending the old session cookie which we killed on logout. status?', R401),
  w('401', 'api', 'printing partner calls POST /partner/print-orders w/ an api key we rotated last tuesday, the old key isnt in our db anymore. what do we send back', R401K),
  w('401', 'support', 'Ticket #5521: customer says the android app shows "something went wrong" whenever she opens her shared albums. Logs show her access token expired 3 days ago and the refresh failed, so every request goes out with the expired bearer token. The mobile dev wants to return 403 for this so the app shows "no access". Is 403 right here or should it be something else?', R401T),
  w('401', 'security', 'finding: GET /api/me/trash returns 200 with an empty list when the request has no Authorization header and no cookie at all. nobody is identified. what should it return instead', R401),
  w('401', 'nonnative', 'hello, our upload endpoint receive request with Bearer token but the JWT signature is not verify (somebody change the payload). which code we must give back?', R401T),
  w('401', 'sre', 'print partner webhook comes in signed w/ hmac but the key id in the header is one we never issued, so signature check fails. 401 or 403', R401K),
  w('401', 'nonnative', 'user has revoke our app access from his account settings, so the token is revoked. but the old app version still send it to /v1/photos/upload. what is correct response, my colleague think 403', R401T),
  w('401', 'security', 'pentest note: DELETE /photos/{id} with no cookie and no token at all comes back 403 "forbidden". we think thats wrong since there is no user. which code is correct', R401),

  // ---- 403 ----
  w('403', 'sre', 'blocked follower does GET /users/lena/albums/road-trip — album is public and listed on her profile so its no secret it exists, but lena blocked him so we refuse. hes logged in fine. code?', R403),
  w('403', 'api', 'print partner key is valid but was issued with only orders:read scope, they call POST /partner/print-orders to create an order. which status should the gateway return', R403S),
  w('403', 'support', 'User on the free plan tries to download the original full-res files from an album he owns himself. Originals download is a Pro feature. He is logged in, the album is his, we dont hide anything from him (he sees the photos fine). Eng asks what the API should answer when he hits the originals endpoint.', R403),
  w('403', 'security', 'review: logged-in user with the viewer role on a shared family album can call DELETE /albums/55/photos/9 and it actually deletes. he can see the photo so existence isnt secret to him. what should the api return instead of 204', R403),
  w('403', 'nonnative', 'our admin page for copyright takedowns is only for trust and safety staff. normal user is login and open /admin/takedowns. the page is not secret, it is written in our public docs. which code is correct?', R403),
  w('403', 'security', 'partner api has an ip allowlist, printco sends from a new ip thats not on the list. their key is valid and known. is 403 right', R403),
  w('403', 'api', 'collaborator on a shared album (logged in, sees all photos, knows the album obviously) tries to switch it from shared-by-link to private. only the owner may do that. what do we send back', R403),
  w('403', 'support', 'Customer account is suspended for ToS violations. She can still sign in successfully (we let suspended users log in so they see the appeal banner), but when she tries to upload new photos to her own album we refuse. What code should the upload call return?', R403),
  w('403', 'security', 'finding: user B (authenticated) requests user A\'s trash via GET /users/A/trash. every account has a trash and usernames are public, so existence isnt the concern here. team currently returns 401. correct code?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /albums/0000 from android deep link, no album with that id ever existed, typo in the link generator. code', R404),
  w('404', 'api', 'share link token abc123xyz isnt in our db at all. not expired, not revoked, not deleted — it never existed. what should GET /s/{token} return', R404),
  w('404', 'nonnative', 'user open photo id 77123 but this id was never created in our system, we checked the sequence never reach this number. 410 or 404?', R404),
  w('404', 'support', 'Customer clicked a link from an old blog post to /p/Summer-Trip-2091, but that slug is a typo, the real album is Summer-Trip-2019. Nothing with the 2091 slug has ever existed on our side. What should that URL return?', R404),

  // ---- 404: exists but hidden ----
  w('404', 'security', 'private album ids are confidential — we must not confirm to a non-member that album 4411 exists. a logged-in non-member requests it and we return 403, which leaks that its there. what should we return', R404H),
  w('404', 'api', 'blocked follower hits GET /users/mara/albums/wedding (private). policy says blocked users must not even learn the album exists. code pls', R404H),
  w('404', 'sre', 'logged in user is enumerating photo ids inside someone elses private album, we dont want to reveal which ids are real. he is not allowed to see any of them. status?', R404H),
  w('404', 'nonnative', 'in our app the private album of other user must be invisible, we cannot tell that it is there. the user is login ok but he is not member of album. which status we return?', R404H),

  // ---- 404: removed, not known permanent ----
  w('404', 'support', 'User deleted a photo yesterday; it sits in her 30-day trash and she can still restore it any time. A friend opens the old direct link to that photo. What should the link return while the photo is in the trash?', R404U),
  w('404', 'api', 'photo was taken down after a DMCA notice but the uploader filed a counter-notice so it might be restored in 10-14 business days. what should GET /photos/{id} return meanwhile', R404U),
  w('404', 'sre', 'owner unpublished an album, not sure yet if thats permanent, they might republish it next week. someone says 410, thoughts', R404U),

  // ---- 410 ----
  w('410', 'sre', 'photo got purged from trash after the 30 days, gone for good, cant be restored by anyone. old links still hit /photos/{id}. code', R410),
  w('410', 'api', 'copyright takedown is final — no counter-notice, legal says the photo is removed permanently and will never come back. what should GET /photos/{id} return', R410),
  w('410', 'support', 'Customer closed his account and asked for erasure; we permanently deleted him and all his albums, and those share links will never work again. People keep opening his shared-album link from a forum. What status should those links get?', R410),
  w('410', 'security', 'we retired the v1 public share-link api on purpose and for good, no replacement on that path. old clients still call /v1/share/{id}. response code?', R410),
  w('410', 'nonnative', 'the owner delete the shared album and then empty the trash, so album is removed forever on purpose, cannot come back. people who have the link still open it. what we return, 404 or 410?', R410),
  w('410', 'nonnative', 'owner revoke a share link on purpose, and we never activate revoked link token again (new link always get new token). which status for GET /s/{old_token} please', R410),
  w('410', 'support', 'We shut down the "Memories 2015" promo gallery. It was a one-off campaign and marketing confirmed it is permanently removed and never coming back. Search engines still send people to it. What should the gallery URL return?', R410),

  // ---- knowledge ----
  k('api', 'what header must a 401 from our photo api include', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge.'),
  k('support', 'a user gets 403 on an album and asks if logging out and signing in again with the same account will fix it. will it?', /(no|not|won'?t|doesn'?t|will not|does not|unlikely|never)\b[^.]{0,60}\b(help|fix|change|solve|matter|difference|work)/i, 'RFC 9110 §15.5.4: for 403 the credentials are considered insufficient; re-authenticating with the same identity will not change the outcome.'),
  k('security', 'when is it ok to answer 404 instead of 403 for someone elses private album', /hid(e|es|ing)|conceal|existence|reveal|disclos|leak|confirm/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target may respond with 404.'),
  k('sre', 'does a 404 tell the app whether a deleted photo is gone for good or might come back', /(not|no|doesn'?t|does not|neither|nothing|without|isn'?t)\b[^.]{0,80}(permanen|temporar|for good|come back|forever)|temporary or permanent|permanent or temporary/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent.'),
  k('security', 'what does a 410 on a purged photo url tell search crawlers and people who bookmarked the link', /permanen|for good|forever|(remov|delet|delist|drop|purg)\w*\b[^.]{0,40}(link|index|reference|bookmark)|not coming back|won'?t (come|be) back/i, 'RFC 9110 §15.5.11: 410 signals the resource is intentionally and permanently gone, so recipients should remove links/references to it.'),
  k('sre', 'we return 410 for purged photos with no Cache-Control header. can the cdn still cache it', /heuristic|cacheable by default|(can|may) (be )?(cache|store)d?|(can|may) (cache|store) it/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default, unlike 403.'),
  k('api', 'rfc 6750 error code for an expired access token on /albums, and which status goes with it', /(invalid_token[\s\S]*\b401\b|\b401\b[\s\S]*invalid_token)/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401.'),
  k('nonnative', 'which error code rfc 6750 use when the token dont have enough scope for upload photo, and which http status go with it?', /(insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope)/i, 'RFC 6750 §3.1: insufficient_scope → 403.'),
  k('support', 'is RFC 7231 still the one to cite for 403/404 in our help center docs', /\b9110\b/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235 and is the current HTTP semantics spec.'),
  k('security', 'is it ok for our 403 body to tell the user why, like "you were blocked by the album owner"', /(may|can|is allowed to|is permitted to|free to|ok to|fine to)\s+(describe|explain|include|state|give|say|tell|provide|put)|reason[^.]{0,40}(content|body)|\byes\b/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('sre', 'should the ios client auto-retry a 403 from the album endpoint w/ the same token', /(not|no|don'?t|shouldn'?t|never|avoid)\b[^.]{0,60}(retry|retrying|repeat|resend|re-send)|(retry|retrying|repeat)\w*[^.]{0,40}(pointless|won'?t help|useless|only after|will not help)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('api', 'when the request has no token at all, should our 401 challenge include error="invalid_token"', /(should not|shouldn'?t|must not|no need|not|omit|without|leave (it )?out|don'?t|no)\b[^.]{0,40}\berror\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('nonnative', 'what 401 really mean, the user is not allowed or the user is not authenticated?', /(not|un|lack\w*|missing|invalid|without)[ -]?(authenticat|credential|valid credential|log(ged)?[ -]?in|sign(ed)?[ -]?in)/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource.'),
  k('nonnative', 'for 410 the server must know it is permanent. if we dont know if deleted album come back or not, what code rfc say to use?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used.'),
  k('support', 'do we have to use 410 for every permanently deleted photo, or is a 404 also allowed', /not (required|necessary|mandatory|obligatory)|optional|(404|either)\b[^.]{0,50}(fine|ok|okay|allowed|acceptable|also|valid)|don'?t have to|do not have to|no need|needn'?t|isn'?t (required|necessary|mandatory)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone; 404 remains acceptable.'),
];

export const UNSEEN390_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
