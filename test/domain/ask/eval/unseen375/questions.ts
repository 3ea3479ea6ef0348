import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 375, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a fitness and wearables platform (coaches and athletes, private activities, deleted workouts, third-party apps with OAuth tokens and scopes, retired device models), asked in app-developer and on-call voices. */

const R401 = 'No valid credentials were presented (none, logged out, expired, revoked or rotated); RFC 9110 §15.5.2 says 401 with a WWW-Authenticate challenge.';
const R401T = 'RFC 6750 §3.1 invalid_token: the access token is expired, revoked or otherwise invalid, answered with 401 and a Bearer WWW-Authenticate challenge (RFC 9110 §15.5.2).';
const R403 = 'The caller is authenticated but not permitted (role, plan, allowlist, suspension) and existence is not secret; RFC 9110 §15.5.4 403 Forbidden, re-authenticating will not help.';
const R403S = 'The token is valid but lacks the required scope: RFC 6750 §3.1 insufficient_scope is answered with 403 (RFC 9110 §15.5.4).';
const R404 = 'No resource exists at the target (never existed, wrong id or route); RFC 9110 §15.5.5 404 Not Found.';
const R404H = 'The resource exists but its existence must be hidden from this caller; RFC 9110 §15.5.4 and §15.5.5 allow 404 in place of 403 for that purpose.';
const R404U = 'Removed but not known to be permanent (restorable or undecided); RFC 9110 §15.5.11 says to use 404 when the server does not know whether the condition is permanent.';
const R410 = 'The resource was removed on purpose and the removal is known to be permanent; RFC 9110 §15.5.11 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'athlete logged out on her phone, but the watch sync worker keeps posting to /v2/activities with the old session cookie that we already invalidated server side. what do we send back', R401),
  w('401', 'api', 'third-party running app calls GET /athlete/me with a bearer token, but the user hit "disconnect app" in settings yesterday so the token is revoked. it worked fine before that. 401 or 403?', R401T),
  w('401', 'support', 'Ticket from a coach: after two weeks of vacation her dashboard shows an error on every page. Logs show her refresh token had expired and the web client is now calling /coach/roster with no Authorization header at all. A teammate says we should return 403 because she is a paying coach. What should the API actually return here?', R401),
  w('401', 'security', 'finding: after we rotated the JWT signing key, partner tokens signed with the retired key fail signature verification and the gateway answers 403. we cant trust any identity in those tokens once the signature fails. which status should the gateway return', R401),
  w('401', 'nonnative', 'hello, our mobile app is sending request to heart rate endpoint before user is login, so there is no token at all. server give 403 now. my lead say it must be another code. which one is correct?', R401),
  w('401', 'sre', 'gym partner integration still calling the workouts api w/ the api key we rotated last night. old key is dead, no other creds sent. code pls', R401),
  w('401', 'api', 'access token for our nutrition app integration expired 10 min ago and the client didnt refresh it, keeps calling /v1/meals w/ the expired one. someone says 403, thoughts', R401T),
  w('401', 'nonnative', 'The OAuth token of the athlete is expired since this morning, but the watch app still send it for upload the workout. We answer 403 at the moment. Is this right or we should answer different status?', R401T),

  // ---- 403 ----
  w('403', 'api', 'third-party nutrition app has a valid token with scope activity:read only and calls POST /activities to write a workout. token is fine, just the wrong scope. which one', R403S),
  w('403', 'sre', 'athlete on free plan hitting /v1/training-plans/advanced, acct logged in fine, feature is premium only and listed publicly on the pricing page. status?', R403),
  w('403', 'support', 'A coach is logged in and trying to edit the training plan of an athlete who left her team last month. The athlete profile is public, so there is nothing secret about it existing; the coach is simply not allowed to edit it anymore. A colleague proposed 404. What do we send?', R403),
  w('403', 'security', 'review note: athletes suspended for leaderboard cheating can still sign in (token valid, identity known) but every upload must be refused. dev plans to return 401 on uploads. is that correct or should it be something else', R403),
  w('403', 'nonnative', 'Our firmware upload endpoint accept only from office IP allowlist. Engineer is logged in with valid token but is working from home IP, so request is blocked. What status we should return?', R403),
  w('403', 'sre', 'batch svc acct authenticates fine but doesnt have the devices:admin role needed to mark device models retired. is 403 right here', R403),
  w('403', 'api', 'athlete can see the public club page fine, thats not secret, but tries DELETE /clubs/{id} and they arent a club admin. valid login. correct response?', R403),
  w('403', 'support', 'Customer says she has logged out and back in three times and still cannot export team data. Her account is valid but her role on the team is "viewer", and only "owner" can export. What code should the export endpoint be giving her?', R403),
  w('403', 'nonnative', 'the token of third party app is valid, but the user gave only "profile:read" permission, and app is calling sleep data endpoint which need "health:read" scope. which status code is proper?', R403S),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /v2/workouts/wk_9f3a21 - that id isnt in the db and never was, client typo. not deleted, it never existed. code?', R404),
  w('404', 'api', 'dev is calling /v3/devices but we only ever shipped /v2, there has never been a v3 route. someone on my team says 410, which one', R404),
  w('404', 'support', 'An athlete clicked a link in our newsletter to /challenges/spring-10k-2025, but marketing made a typo; the real challenge is /challenges/spring-10k. No challenge with the typo slug ever existed. What should the server return for the typo link?', R404),
  w('404', 'nonnative', 'user is asking for device model id 99999, but we never had such model in our catalog. the user is authenticated fine. what is correct code to return?', R404),

  // ---- 404: exists but hidden ----
  w('404', 'security', 'athlete marked a run as "only me". another logged-in user requests /activities/8812 directly. product requirement: we must not confirm that the activity exists to anyone but the owner. 403 or something else?', R404H),
  w('404', 'api', 'third-party app holds a valid token for athlete A and requests athlete B workout by id. our policy is never to reveal whether ids from other accounts exist. status?', R404H),
  w('404', 'sre', 'coach tries to open a private athlete profile they dont coach. athlete ids are confidential, we dont want to leak that the acct even exists. what should the gateway return', R404H),
  w('404', 'support', 'A logged-in customer guessed the URL of an unannounced watch model page (/devices/codename-orca). The model exists internally but the company does not want anyone outside the beta group to learn it exists. Which status should that customer get?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'An athlete deleted a workout yesterday. It sits in trash for 30 days and she can still restore it. A connected third-party app now requests that workout by id. What should GET /workouts/{id} return while it is in trash?', R404U),
  w('404', 'sre', 'device model page taken down pending legal review, might come back, nothing decided. status?', R404U),
  w('404', 'nonnative', 'the coach removed his marathon training plan from store, but not sure yet if it is forever, maybe he publish again next season. what code for the old link?', R404U),

  // ---- 410 ----
  w('410', 'api', 'we retired the Pulse 2 device model for good. /devices/pulse2/firmware is removed permanently, it will never come back, and we want clients to stop calling it. status?', R410),
  w('410', 'security', 'v1 sync api was sunset on purpose, decommissioned permanently, announced 6 months ago. old clients still hitting it. 404 or 410', R410),
  w('410', 'support', 'An athlete requested full erasure of her account and we hard-deleted it; it is irreversible and cannot be restored. Her old public profile URL still gets traffic from links. What should that URL return now?', R410),
  w('410', 'security', 'workouts get purged after the 30-day trash window - hard delete, no restore possible, intentional. an integration still requests a purged one. colleague says 404, is 410 better?', R410),
  w('410', 'nonnative', 'we delete for always the old "Winter Challenge 2022" page, this was intentional and it will never come back. Google still crawling it. what status we return?', R410),
  w('410', 'api', 'the legacy activity feed endpoint /feed/legacy was removed permanently today, on purpose, no replacement at that url. what do third-party apps get when they call it', R410),
  w('410', 'support', 'We replaced the old sharing system and permanently shut down all /share/<id> links on purpose; there are no redirects and they will not be brought back. Athletes are reporting old shared links. Which status should those links return?', R410),

  // ---- knowledge ----
  k('api', 'when our activities api returns 401 to an app w/o a token, which response header does the spec say has to be on it', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('api', 'for OAuth access tokens from third-party fitness apps, what auth scheme name goes in the WWW-Authenticate challenge', /\bbearer\b/i, 'RFC 6750 §3: the resource server uses the "Bearer" auth-scheme in WWW-Authenticate.'),
  k('sre', 'sync client got a 403 on the coach roster endpoint. should it keep auto retrying with the same token', /\bno\b|should ?n[o\u2019']t|not (be )?(automatically )?(retr|repeat)|do ?n[o\u2019']t (auto(matically)?[- ]?)?(retry|repeat)|stop retrying|without (a )?change/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('security', 'when is it acceptable to send 404 instead of 403 for an athlete\'s private activity', /hid(e|es|ing)|conceal|existence|reveal|disclos|leak/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404.'),
  k('support', 'A deleted training plan might or might not come back, nobody knows yet. Between 404 and 410, which one does the spec want in that case?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('support', 'What does a 410 on a retired device page actually tell search engines and people who have the old link bookmarked?', /permanent|remove (the |their |any )?(links?|references?|bookmarks?)|delist|de-?index|drop (it|the url)|stop (requesting|crawling|linking)/i, 'RFC 9110 §15.5.11: 410 signals the removal is likely permanent and recipients with link editing capabilities should delete references to the target URI.'),
  k('sre', 'does the CDN get to cache a 410 for the retired firmware url even when we send no Cache-Control, or only with explicit freshness headers', /(?<!not |n[o\u2019']t )heuristically cacheable|(?<!not |n[o\u2019']t )cacheable by default|\byes\b/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default (as is 404), unlike 403.'),
  k('security', 'RFC 6750 error insufficient_scope - which http status goes with it', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 Forbidden.'),
  k('nonnative', 'In RFC 6750 there is error "invalid_token". Which HTTP status code we must use with this error?', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD be answered with 401 Unauthorized.'),
  k('security', 'our api docs still cite RFC 7231 and RFC 7235 for 401/403/404. which RFC is the current one for http status semantics', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('security', 'is the platform allowed to say in a 403 body why the coach was refused (e.g. "athlete revoked coach access"), or must it stay silent', /\byes\b|(may|can) (describe|explain|include|state|say)|is allowed|are allowed|permitted to (describe|explain)|in the (response )?(body|content)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('nonnative', 'If GET /workouts/{id} give 404, does it mean the workout is deleted forever?', /\bno\b|does ?n[o\u2019']t (say|tell|indicate|imply|mean|distinguish|guarantee)|not (necessarily|indicate|imply)|temporar|may (come back|exist|return)|could (come back|return)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('sre', 'do we have to keep serving 410 forever for every retired device endpoint or can we drop it after a while', /\bno\b|not (necessary|required|obligated|mandatory)|(isn[\u2019']?t|is not|aren[\u2019']?t) (required|necessary|mandatory)|any length of time|up to (you|the server|the owner)|discretion|can drop/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time.'),
  k('security', 'request to the heart rate api arrives with no auth info at all. should our 401 challenge include an error="..." code', /\bno\b|should ?n[o\u2019']t|omit|without (an |any )?error|leave (it |them )?out|not (include|add|send)|do ?n[o\u2019']t (include|add|send)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('nonnative', 'The name of 401 is "Unauthorized", but what is it really about? My team think it is about permission of the athlete.', /authenticat|credential|log ?in|identity/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource; permission refusal is 403.'),
];

export const UNSEEN375_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
