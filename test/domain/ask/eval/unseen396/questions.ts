import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 396, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a genealogy and DNA-ancestry service (private family trees, living people hidden from non-relatives, opted-out DNA matches, deleted test kits, researcher API access), seen by privacy reviewers and API designers. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (missing, expired, revoked, malformed, unknown or unverifiable) → 401 with WWW-Authenticate; RFC 6750 §3.1 invalid_token.';
const R403 = 'RFC 9110 §15.5.4: the caller is identified but refused (role, plan, allowlist, suspension, policy); existence is not secret, so 403.';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403 (RFC 9110 §15.5.4); the token is valid but lacks the needed scope.';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target — it never existed / wrong id → 404.';
const R404H = 'RFC 9110 §15.5.4 / §15.5.5: a server that wishes to hide the existence of a forbidden target resource MAY respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11 / §15.5.5: removal not known to be permanent (restorable, undecided) → 404, not 410.';
const R410 = 'RFC 9110 §15.5.11: the target was intentionally removed and the condition is known to be permanent → 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'researcher api getting GET /v3/projects/884/cohort w/o any Authorization header at all, no token, no cookie. what do we send back', R401),
  w('401', 'api', 'academic partner rotated their api key yesterday (old one invalidated on our side) but their nightly job still sends the old key to /research/v1/segments. old key no longer validates. code pls', R401),
  w('401', 'support', 'Ticket: member used a library computer, clicked Log out, then the next patron hit the back button and the page tried to reload the DNA match list. The session was ended at logout so the request carries no valid session. Colleague says 403 because they "arent allowed" - what should the match endpoint return?', R401),
  w('401', 'security', 'finding: /dna/kits/{id}/results accepts JWTs whose signature fails verification and just answers 403. the token isnt valid at all, so what should it be', R401),
  w('401', 'nonnative', 'our mobile app token is expire after 1 hour, after that the app still call /tree/persons and server answer 403. i think is wrong, which status is correct when the token is expired?', R401),
  w('401', 'sre', 'seeing lots of "Authorization: Bearer undefined" from the new web build hitting the ancestor search api, its garbage not a real token. 401 or 403', R401),
  w('401', 'api', 'researcher sends X-Api-Key with a key id we never issued, lookup finds nothing. not a permissions thing, we just dont know who this is. status?', R401),
  w('401', 'support', 'Our research partner says their token "stopped working" today. We revoked that access token ourselves after it leaked, so it is no longer valid for anything. Their script keeps calling the ethnicity-estimates API with it. Which response should they get?', R401),

  // ---- 403 ----
  w('403', 'api', 'researcher token is valid, scope is trees:read only, they call GET /research/v1/dna-segments which needs dna:read. what status + error', R403S),
  w('403', 'support', 'Customer on the free plan is logged in and clicks "Download raw DNA file" for their own kit. Raw download is a paid-plan feature. The kit is theirs so there is nothing to hide. What error do we return from the download endpoint?', R403),
  w('403', 'sre', 'logged-in user is a viewer on a public family tree (anyone can see it exists) and tries to edit a great-grandparent record. only editors can edit. which one', R403),
  w('403', 'security', 'researcher api: valid key, authenticates fine, but the call comes from an IP thats not on the institution allowlist. endpoint is publicly documented. is 403 right here', R403),
  w('403', 'nonnative', 'user account is suspended because of scraping match lists. the user still can login with valid session but we block all his requests. which code we should return for him?', R403),
  w('403', 'sre', 'shared tree, collaborator has "guest" role, they can see the tree fine but sent DELETE /trees/51/persons/902. guests cant delete. code?', R403),
  w('403', 'api', 'normal logged-in member hits /admin/kit-audit. the admin endpoint is in our public docs so its not a secret that it exists, they just arent admin. someone says 404, thoughts', R403),
  w('403', 'security', 'Review note: the cohort dataset "heritage-2019" is listed in the public research catalog. A researcher with a valid, authenticated API key requests it, but their data access agreement has not been approved for that dataset. What should the API return?', R403),
  w('403', 'nonnative', 'member is 16 years old, logged in normally, try to upload DNA raw data. our policy not allow the DNA feature for under 18. what status for the upload endpoint?', R403),

  // ---- 404 ----
  w('404', 'sre', 'GET /trees/99999999999 - id way past anything we ever assigned, never existed. what do we return', R404),
  w('404', 'support', 'Customer typed their kit activation code wrong (KT-7Q2 instead of KT-7O2). There is no kit with that code and there never was - not deleted, it never existed. What does the activation lookup return?', R404),
  w('404', 'nonnative', 'partner client call /v2/ancestorz/123 (typo, our route is /v2/ancestors). this path never exist in our api. which status?', R404),
  w('404', 'api', 'researcher requests /research/v1/datasets/cohort-2031 - no dataset with that name was ever created. not hidden, not removed, just doesnt exist. code pls', R404),
  w('404', 'security', 'non-relative logged-in user requests /persons/{id} for a living person in someone elses tree. policy: we must never confirm to non-relatives that a living person exists. 403 would leak it. which code', R404H),
  w('404', 'api', 'user A requests /dna/matches/{kitB}, kit B opted out of matching. we must not reveal that B has even tested with us. what does the endpoint return', R404H),
  w('404', 'support', 'A logged-in member found a link to a private family tree they were not invited to. Private tree ids are confidential and we never confirm to outsiders that a private tree exists. They ask if it is "forbidden" - what status should the tree endpoint return?', R404H),
  w('404', 'nonnative', 'researcher from university X, token is valid, try to GET a project of university Y which is private. we must not leak to other institutions that the project exist. which status code?', R404H),
  w('404', 'sre', 'owner deleted tree 7781, it sits in the trash for 30 days and can be restored. someone hits GET /trees/7781 rn. 410?', R404U),
  w('404', 'support', 'The owner asked to delete their DNA kit but we are in the 14-day cooling-off window - they can still cancel and the results come back. It is not decided yet whether it will be purged. What do the owner\'s requests for the kit results return meanwhile?', R404U),
  w('404', 'security', 'old family photo was taken down after a copyright complaint, still under review, might be reinstated. not sure yet if its permanent. status for the photo url?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'kit 55-102 deleted at the owners request, raw data + results destroyed on purpose, permanently, never coming back. owners old app still polls it. status?', R410),
  w('410', 'api', 'we retired /v1/relatives for good, on purpose, v2 replaces it and v1 will not come back. what should v1 return now', R410),
  w('410', 'support', 'A member closed their account and the erasure completed; their public profile page was deliberately and permanently removed and will not return. Old links from forums still point to it. Which status should the profile URL give?', R410),
  w('410', 'nonnative', 'we removed the old "surname forum" forever, all threads deleted permanent by decision of management. google still crawl old thread URLs. what status we return?', R410),
  w('410', 'security', 'dataset "pilot-2016" was listed in the public research catalog; it was withdrawn permanently after participants withdrew consent and the data was destroyed on purpose. what should the dataset endpoint return', R410),
  w('410', 'nonnative', 'the GEDCOM export download link: file is purged on purpose after 7 days and never created again on that url, is by design. user click the link on day 9. which code?', R410),
  w('410', 'security', 'legacy one-name-study microsite shut down permanently, intentional, content is not coming back. old urls still getting traffic. 404 or 410', R410),

  // ---- knowledge ----
  k('api', 'what header does a 401 from our tree api have to include per rfc 9110', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header with at least one challenge.'),
  k('security', 'if the researcher client gets a 403 on the match endpoint, should it just auto-retry with the same token? what does 9110 say', /same (credentials|token|key)|should ?n.?t|should not|not (automatically )?(retry|repeat|resend)|no point|won.?t help|will not help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('sre', 'when is it ok to answer 404 instead of 403 for a forbidden tree', /hid(e|es|ing)|conceal|existence|reveal|disclos|leak|confirm/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden target resource MAY respond 404.'),
  k('nonnative', '404 is telling the client that the thing is gone forever or only for now? what the rfc say', /(temporar\w*|permanen\w*)\s+or\s+(temporar|permanen)|(not|doesn.?t|does not|never) (say|indicate|tell|specify|state|distinguish|imply)|no indication|neither|unknown|either/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('support', 'what does a 410 tell people who have bookmarks or links to a deleted profile page', /remov|delet|drop|purg|get rid|clean up|stop (link|using)/i, 'RFC 9110 §15.5.11: recipients with link editing capabilities ought to delete references to the target URI.'),
  k('sre', 'is a 410 cacheable by a CDN by default when we send no Cache-Control', /\byes\b|(?<!not )(heuristically cacheable|cacheable by default)|can be (heuristically )?cached/i, 'RFC 9110 §15.5.11 / §15.1: 410 is heuristically cacheable by default.'),
  k('api', 'rfc 6750: which http status goes with error="insufficient_scope"', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD respond with 403 Forbidden.'),
  k('security', 'bearer token expired - which RFC 6750 error code goes in the WWW-Authenticate challenge', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid token → error="invalid_token" with 401.'),
  k('api', 'rfc 6750 invalid_request, which http status is that supposed to be', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400 Bad Request.'),
  k('nonnative', 'which RFC is the current one for 401/403/404/410 meaning, is it still 7231?', /9110/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235 and is the current HTTP semantics spec.'),
  k('support', 'can the 403 body explain to the member why they are blocked, or must it stay vague', /\byes\b|\b(may|can|allowed to|free to|is ok to|is fine to) (describe|explain|include|say|give|state|tell)|response (content|body)|payload/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('security', 'request to the research api carries no auth at all. should the WWW-Authenticate on the 401 include error="invalid_token" or any error code', /(should ?n.?t|should not|\bno\b|omit|leave (it )?out|without|don.?t|do not|not include)[^.]{0,60}(error|code)|only (the )?(scheme|realm|challenge)|just the (scheme|realm|challenge)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code.'),
  k('sre', 'what does a 401 actually mean per 9110, one line pls', /valid (authentication )?credentials|lacks? (valid )?authenticat|not (been )?authenticated|unauthenticated|authentication (is )?(required|missing|failed)/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource.'),
  k('support', 'once we return 410 for purged kits, do we have to keep answering 410 for them forever', /not (necessary|required|obligat|mandatory)|no need|(don.?t|do not|doesn.?t|does not) (have|need)|any length|can (switch|change|stop|go back|later)|free to/i, 'RFC 9110 §15.5.11: it is not necessary to mark permanently unavailable resources as gone or to keep the mark for any length of time.'),
  k('nonnative', 'if we dont know if a deleted tree is permanent or not, the rfc say use 404 or 410?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
];

export const UNSEEN396_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
