import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 385, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a children's learning-games platform with parental controls (parents, child accounts, teachers and classes, privacy rules for minors, deleted child profiles, retired games), asked by privacy reviewers, support staff and non-native speakers. */

const R401 = 'No valid credentials (none sent, expired, revoked, rotated or failing verification) → 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token).';
const R403 = 'Caller is authenticated but not permitted and existence is not secret; re-authenticating will not help → 403 (RFC 9110 §15.5.4).';
const R403S = 'Valid bearer token lacking the required scope → 403 with error="insufficient_scope" (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No current representation for the target: it never existed / wrong id or route → 404 (RFC 9110 §15.5.5).';
const R404H = 'Existence of the target must not be disclosed to this caller → 404 instead of 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent (restorable / undecided) → 404, not 410 (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally removed and known to be permanent → 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'parent app hitting GET /v2/family/children w/ an access token that expired 20 min ago, gateway currently returns 403. code pls', R401),
  w('401', 'support', 'Ticket #88213: Mom logged out of the parent dashboard on her phone, then her 7yo pressed back and the app fired a request with the old session cookie. That session is ended on our side, the cookie isnt valid anymore. Engineering wants to know what status the API should send for that request, right now it returns 200 with an empty list.', R401),
  w('401', 'nonnative', 'when the parent change the family PIN we revoke all tokens of the child accounts. after that the kid tablet still send the old revoked token to load game progress. which code we must return? my colleague say 403 because kid is not allowed anymore', R401),
  w('401', 'security', 'Privacy review finding PR-14: GET /api/classes/{id}/roster answers 403 when the request has no Authorization header at all (no token, no cookie, nothing). Which status should it be so clients know they have to sign in?', R401),
  w('401', 'api', 'teacher gradebook integration is still sending the API key we rotated out last week, key no longer exists in our db. what do we send back', R401),
  w('401', 'security', 'Audit note: child session JWTs are arriving signed with a kid that isnt in our JWKS, so signature verification fails and we cant tell who the caller is. The service currently answers 403. Is that right or should it be something else?', R401),
  w('401', 'nonnative', 'Teacher open the class dashboard in morning but the school SSO session is expire since yesterday, so the token we receive is expired. Dashboard call /api/class/7/progress. What is correct response?', R401),
  w('401', 'support', 'shared family ipad, nobody is signed in (no parent, no kid profile picked), but the spelling game still calls /progress/save in the background. no credentials on the request at all. someone says 403, thoughts', R401),

  // ---- 403 ----
  w('403', 'sre', 'child acct (logged in fine, valid token) calls PUT /parental-controls/screen-time. only parents can change that. the settings screen is visible in the app, nothing secret about it. status?', R403),
  w('403', 'api', 'kid app token has scope games:play only, it calls GET /reports/weekly which needs reports:read. token is valid, not expired. which code', R403S),
  w('403', 'support', 'A teacher on the free school plan clicked "Export class report to CSV". She is signed in correctly, but CSV export is only included in the paid school plan. What status should the export endpoint return? She keeps logging out and in again and of course it doesnt help.', R403),
  w('403', 'nonnative', 'parent has blocked the game "Dino Dash" for his son in parental controls. the son is logged in with his own account and try to open the game anyway. the game is in public catalog, everybody can see it exist. what code the server should give?', R403),
  w('403', 'security', 'Reviewer note: an authenticated teacher from Oakridge Elementary requests GET /classes/4410, which belongs to Pine Hill school. Class names and ids are listed on the public district page, they are not confidential, and we want the teacher told plainly that they are not allowed. Which status?', R403),
  w('403', 'sre', 'admin console for school staff is allowlisted to school network IPs. teacher signed in ok but from home wifi, ip not on the list. what should the gateway return', R403),
  w('403', 'security', 'Trust & safety finding: we suspended a parent account for breaking forum rules. His login still works and his token is valid, but blocked accounts may not post. POST /forum/posts currently returns 401 for him. What should it return?', R403),
  w('403', 'nonnative', 'we have two guardians for one child. the second guardian has only "view" role, he can see the child profile normally. he call DELETE /children/55 for delete the profile. he is authenticated. which one is correct, 401 or 403 or 404?', R403),
  w('403', 'api', '9yo account (valid session) tries to turn on in-game chat, but chat for under-13s needs verified parental consent and the parent hasnt given it. the feature and the endpoint arent hidden from anyone. 403 or 401?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /games/998877, no game with that id ever existed, deep link in a partner newsletter had a typo. what do we return', R404),
  w('404', 'support', 'A dad clicked the "See your child\'s progress" link in our weekly email, but a template bug put a made-up child id in the URL (/children/zz-000). That id was never assigned to any child: not deleted, it simply never existed. What status should the page give? Right now it shows a 500.', R404),
  w('404', 'api', 'client keeps calling /api/v1/clases (one s). we never had that route, its just a typo on their side. correct response?', R404),
  w('404', 'api', 'integration calls /classes/12/assignments/a-7731 but that assignment id comes from their staging env, it was never created in prod. colleague wants 410, i think thats wrong. which one', R404),

  // ---- 404: exists but must stay hidden ----
  w('404', 'security', 'Privacy finding: a signed-in parent can iterate /children/{id} and gets 403 for other families\' kids, which confirms those child profiles exist. Policy for minors: we must never confirm to an unrelated adult that a child profile exists. What should the endpoint return for ids that belong to other families?', R404H),
  w('404', 'api', 'teacher (valid token) requests /students/{id} for a kid who isnt in any of her classes. our rule: a minor\'s profile must not be revealed to adults not linked to them, not even the fact that it exists. status?', R404H),
  w('404', 'nonnative', 'class ids are private, only people with the invite code should know the class is there. a logged in user try GET /classes/8812 for a class where he is not member. we dont want to leak that the class exist. what we send?', R404H),
  w('404', 'support', 'A kid searched for a friend\'s username and opened /kids/starlight_99. Starlight\'s parent turned on "hidden profile", which under our privacy rules means we must not even confirm to other users that the account exists. The searching kid is signed in. What should that page return?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'pulled "Fraction Farm" from the catalog pending a content review, might come back after review, might not. /games/fraction-farm 404 or 410', R404U),
  w('404', 'support', 'A parent deleted her daughter\'s profile yesterday and now her old bookmark /children/311 is being hit from her own browser. Deleted profiles stay in a 30-day restore window, so she can still undo it. What should we return during that window? A colleague said 410 since it was deleted on purpose.', R404U),
  w('404', 'nonnative', 'teacher archive the class at end of school year. school did not decide yet if they reactivate it next year or purge it. students still open the old link /classes/2023-3b. which status is right?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'game "Math Rocket" retired for good, license ended, assets deleted, never coming back. old links all over teacher blogs. what should /games/math-rocket return', R410),
  w('410', 'support', 'A parent asked us to permanently erase her son\'s profile under the children\'s privacy law. We hard-deleted it: irreversible, no backup, no restore. She knows it existed (she asked for the deletion), and her old bookmark /children/4021 is still being opened from her browser. What status should that URL return?', R410),
  w('410', 'nonnative', 'we shut down the old v1 rostering API on purpose, it is removed forever, no plan to bring back. some schools still call /v1/roster. what code they should get?', R410),
  w('410', 'api', 'removed the printable worksheet PDFs for the retired 2019 curriculum, intentionally and permanently, want search engines to drop them fast. status for /worksheets/2019/*', R410),
  w('410', 'security', 'Retention policy check: child voice recordings older than 12 months are purged permanently by design, no backups kept. Grandparents who received a share link (and already know the recording existed) now open it. Which status communicates that correctly?', R410),
  w('410', 'sre', 'halloween 2021 event game retired permanently, we decided we will never run it again and deleted it. /events/spooky-spell still gets traffic. which one', R410),
  w('410', 'security', 'Finding on class lifecycle: a school admin permanently deleted the class "Grade 3 2022" by decision of the school; it cannot be restored. Former students who were members still click the old class link. Which status should that link return?', R410),

  // ---- knowledge ----
  k('api', 'when our parent API returns 401, which response header is required', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge.'),
  k('support', 'A parent keeps getting 403 on the screen-time settings and asks if logging out and back in will fix it. What do we tell them about re-authenticating after a 403?', /\b(no|not|won'?t|doesn'?t|will not|does not|wouldn'?t|unlikely|never)\b[^.]{0,60}\b(help|change|fix|resolve|solve|matter|work|succeed)|\bsame (result|response|outcome|error|403)|\bstill (get|see|receive|be)\b[^.]{0,30}\b403\b|\bdifferent (account|credentials|user|login)/i, 'RFC 9110 §15.5.4: the credentials were understood but are insufficient; repeating with the same credentials will not change the outcome.'),
  k('security', 'privacy reviewer q: when is it acceptable to answer 404 instead of 403 for a child profile that actually exists', /hid(e|es|ing|den)|conceal|existence|reveal|disclos|confirm|leak/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404.'),
  k('nonnative', 'a game is removed but we dont know yet if it is permanent or maybe it come back. 410 or 404 is better?', /^\W*404\b|\b(use|return|send|choose|pick|go with|stick (with|to)|prefer|answer with)\b[^.]{0,20}\b404\b|\b404\b[^.]{0,60}\b(better|correct|right|appropriate|should|recommended|unknown|not (sure|known|certain)|unsure|uncertain|until|unless|may|might|temporar)/i, 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('sre', 'what does a 410 tell crawlers and ppl who linked to a retired game page', /permanent|for good|forever|no longer (available|exist)|delist|de-?index|(update|remove|delete|drop)[^.]{0,30}(links?|index)/i, 'RFC 9110 §15.5.11: 410 says the resource was intentionally and permanently removed, so link holders should remove references and crawlers can delist it.'),
  k('sre', 'CDN q: can a 410 for a retired game get cached w/o any Cache-Control on it', /heuristic|cacheable by default|by default[^.]{0,40}cach|cach[^.]{0,40}by default|\byes\b/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default unless the method or explicit cache controls say otherwise.'),
  k('api', 'token expired on the kids app. which RFC 6750 error code goes in the WWW-Authenticate header', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked or malformed access token is error="invalid_token" with 401.'),
  k('api', 'what HTTP status pairs with error="insufficient_scope" in a bearer challenge', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 Forbidden.'),
  k('security', 'our privacy policy doc still cites RFC 7231 and RFC 7235 for status codes. which RFC should it cite now', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'Parents complain that our 403 page just says "Forbidden". Is the server allowed to explain in the response why it refused, for example "a parent has blocked this game"?', /\b(yes|may(?! not)|can(?!'?t|not)|allowed|permitted|free to|fine)\b[^.]{0,80}\b(explain|describ|reason|why|body|content|message)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('nonnative', 'the parent app get 401 from the API. what the app should do next before it try again?', /re-?auth|log(ging)? ?in again|sign(ing)? ?in again|new (access )?(token|credentials)|refresh|fresh (token|credentials)|obtain[^.]{0,20}(token|credential)|prompt[^.]{0,30}(log ?in|sign ?in|credential)/i, 'RFC 9110 §15.5.2: the client may repeat the request with a new or replaced Authorization header field (fresh credentials).'),
  k('support', 'Our retired-games pages return 200 with a friendly "this game isnt here anymore" page. The SEO agency says thats a problem. What is that called and what should we return instead?', /soft[- ]?404|\b(404|410)\b/i, 'A 200 for a missing/removed page is a soft 404; the status should be 404, or 410 when permanently removed (RFC 9110 §15.5.5, §15.5.11).'),
  k('nonnative', 'if we return 404 for a deleted worksheet, does the 404 tell the client if it is temporary or permanent?', /\b(no|not|doesn'?t|does not|neither|nothing)\b[^.]{0,80}\b(indicat|say|tell|specif|distinguish|whether|permanen|temporar)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('security', 'kids app request arrives with no token at all: should our bearer 401 challenge include an error code like invalid_token?', /\b(no|not|shouldn'?t|should not|omit|leave (it )?out|without|skip)\b[^.]{0,80}\berror\b|\bjust\b[^.]{0,30}\brealm\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code or other error information.'),
  k('sre', 'is 401 Unauthorized about permissions or about auth? on-call keeps mixing it up w/ 403', /\b(lack(s|ing)?|missing|no|without|invalid|valid|absent|failed|fails|proper)\b[^.]{0,30}\b(authenticat|credential)/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; an authorization (permission) refusal is 403.'),
];

export const UNSEEN385_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
