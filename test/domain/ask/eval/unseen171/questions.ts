import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 171, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a news publisher's website and content API (paywalled articles, retracted stories, embargoed drafts, syndication partners, comment moderation). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing or refused); the server must send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1 invalid_token: an expired, revoked, malformed or otherwise invalid access token gets 401 (RFC 9110 §15.5.2)';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and knows the caller but refuses it; re-authenticating will not help';
const R403S = 'RFC 6750 §3.1 insufficient_scope: a valid token lacking the required scope gets 403 (RFC 9110 §15.5.4)';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server found no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wants to hide the existence of a forbidden resource may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether the absence is temporary or permanent; use it when removal is not known to be permanent';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource was intentionally removed and the condition is likely permanent; asks that links be removed';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'paywall svc logs showing GET /v3/articles/8812/body w/ no Authorization header at all, anon curl from some scraper. oncall buddy wants 403 b/c its a premium article. what do we send back', R401),
  w('401', 'api', "A syndication partner's OAuth bearer token expired forty minutes ago; the token had the syndication:read scope and the partner's contract is still active. Their nightly job keeps pulling /partner/feed/world with it. Which status should the content API return, and why not 403?", R401T),
  w('401', 'support', 'Customer is a partner newsroom whose API key we revoked last week. They still hit the article feed with that same revoked key, get a 403, and want to know if thats right. what should they actually be getting back', R401T),
  w('401', 'security', "Pen-test note: the tester edited the payload of a CMS JWT (changed role to editor-in-chief) without re-signing it, so the signature check fails. Our API currently responds 403 'insufficient role'. What response code should that request get?", R401T),
  w('401', 'nonnative', 'Hello, our mobile app send the Bearer token to the comments API but the token is malformed, it is cut in the middle by a bug so server can not parse it. Server should answer which code? My teammate tell 400 but I am not sure about it', R401T),
  w('401', 'sre', 'moderator left the company, acct deactivated + api token revoked in the idp. theyre still hitting /moderation/queue from a cron script w/ that revoked token. code pls', R401T),
  w('401', 'api', 'The wire-feed ingest endpoint uses HTTP Basic authentication. A partner sends an Authorization header with the correct username but the wrong password. What status should the ingest endpoint respond with?', R401),
  w('401', 'support', "A subscriber says the app shows 'please subscribe' when they open a premium article, but they ARE a paying subscriber. Logs show the app sent an access token that expired yesterday; the subscription itself is active until December. What should the API have answered instead of the 403 it sent?", R401T),
  w('401', 'security', "finding: prod content api accepts a token signed by the staging identity provider and returns 403 'no entitlement'. prod doesnt trust the staging issuer at all so the token simply isnt valid there. what should the status be", R401T),

  // ---- 403 ----
  w('403', 'sre', 'reader logged in fine, token valid, free tier acct. requesting a subscriber-only longread thats teased on the homepage for everyone to see, nothing hidden. 401 or 403 or what', R403),
  w('403', 'api', 'A syndication partner presents a valid, unexpired bearer token whose scope is articles:read. They call GET /partner/photos/5521, which requires photos:read. Following RFC 6750, what status (and error code) should the response carry?', R403S),
  w('403', 'support', 'A sports desk reporter, signed in via SSO with no problems, tried to edit an already-published politics article (public on the site) and got bounced. My colleague says we should return 401 so the CMS forces them to log in again. Their role simply has no edit rights on the politics section. What should they get?', R403),
  w('403', 'security', 'Authenticated commenter sends DELETE /comments/44120, a comment written by a different user and publicly visible under the article, so nothing secret about it existing. Which response is correct for the refused delete?', R403),
  w('403', 'nonnative', 'Our syndication partner in Germany have a valid API key and it work fine for news section. But their contract do not include the opinion section, and they request an opinion article which is public on our website. Which code we must return to them?', R403),
  w('403', 'sre', 'regular reader w/ valid session calling GET /moderation/queue. endpoint is in our public api docs so its existence isnt a secret, they just arent a moderator. what do we send back', R403),
  w('403', 'api', "A signed-in reader whose account is banned from commenting (the ban is account-level; their login still works and their token is valid) posts a new comment on a public article. Logging in again won't lift the ban. Which status code fits?", R403),
  w('403', 'support', 'customer says their subscription expired last month. they log in fine (login works, token valid) but cant open premium stories anymore. what status does the api return to them? to be clear its the subscription that expired not the token', R403),
  w('403', 'security', "The wire-feed API restricts partners to an IP allowlist. A partner with valid, current credentials calls from a new cloud IP that isn't on the list. The endpoint itself is publicly documented. What status should be returned?", R403),
  w('403', 'nonnative', 'An intern have valid SSO login, he can see the draft in the CMS list (so he know it exists), but he try to press publish and he has not the publisher permission. What is the good status code for POST /drafts/771/publish?', R403),

  // ---- 404 ----
  w('404', 'sre', 'someone hitting /news/2023/05/mayor-resings-amid-scandal, typo in the slug, we never had an article at that url and theres no redirect rule. code?', R404),
  w('404', 'api', 'An authenticated syndication partner requests an embargoed draft by ID. The story is under embargo until Thursday and partners must not learn that it exists before then; their token is valid. What should the content API respond so the draft is not revealed?', R404H),
  w('404', 'security', 'Pen test found we return 403 for embargoed story IDs and 404 for unused IDs, so anyone with an ordinary reader account can enumerate upcoming embargoed stories. For the embargoed IDs, what status should a non-newsroom authenticated user get?', R404H),
  w('404', 'support', 'legal pulled a story pending review, it may be republished once the lawyers are done, nobody knows yet. readers still hitting the url, what should they get? someone on the team suggested 410', R404U),
  w('404', 'nonnative', 'A comment was hidden by moderators after a report, but the author made an appeal and maybe it will be restored. When public user request the comment URL, which code we should return meanwhile?', R404U),
  w('404', 'api', 'A partner calls GET /partner/feeds/f-90210, but no feed with that identifier was ever created in our system; their credentials are fine. Which status code applies?', R404),
  w('404', 'support', 'An investigative reporter on the metro desk (logged in, valid token) requested the URL of a confidential draft belonging to the investigations desk. Our source-protection policy says people outside that desk must not even learn the draft exists. What response do we give?', R404H),
  w('404', 'nonnative', 'Article got deleted by accident because of a bug in our CMS migration. We are checking if the backup can restore it but we do not know yet. Readers are coming to the URL, which status is correct until we know?', R404U),
  w('404', 'sre', 'GET /comments/9999999, id was never issued (max comment id is like 3.2M). no auth issue, reader is logged in. code pls', R404),
  w('404', 'sre', 'syndicated piece from a wire partner came down b/c our license lapsed. biz dev might renew it, might not, no decision yet. what do we return on that url for now, not 410 right', R404U),

  // ---- 410 ----
  w('410', 'api', 'The editorial board retracted a story and decided it is permanently removed: it will never be republished, and we want search engines and syndication partners to drop their links to it. The article URL needs no authentication. Which status should it return?', R410),
  w('410', 'sre', 'election night live blog microsite was a limited-time thing, we intentionally shut it down for good, never coming back. what status on those urls', R410),
  w('410', 'support', 'A columnist left the paper and the editors decided to remove her author page and her blog permanently; they will not come back. Readers still land on the old URLs from social media. Which status fits best?', R410),
  w('410', 'security', "A comment was erased under a GDPR erasure request: permanently purged, can never be restored. The thread already shows a 'comment removed' placeholder, so its former existence is not secret. What status should GET /comments/{id} return?", R410),
  w('410', 'nonnative', 'We closed our weekly newsletter archive forever, management decided it never come back, and all the archive pages are removed on purpose. Which code the archive URLs should give now?', R410),
  w('410', 'sre', 'retracted story got hard-deleted, legal says its final, never republishing, public url w/o auth. coworker says just 404 b/c deleted is deleted. i think theres something more specific, code?', R410),

  // ---- knowledge ----
  k('api', 'When the content API answers 401 to a partner, which response header is it required to include?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge'),
  k('sre', 'cdn is caching our 404s for dead article urls even w/o cache-control. is a 404 cacheable by default or is the cdn being weird', /heuristic|cacheable by default|cached by default|(is|are) cacheable unless/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('support', 'A partner keeps getting 403 on an article and their developer wants the integration to simply log in again and retry the same call with the same key. Is that going to help, according to the spec?', /same credentials|(won'?t|will not|does not|doesn'?t|not going to|unlikely to) help|should not (automatically )?(repeat|retry)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat a 403 request with the same credentials'),
  k('nonnative', 'Our API guideline still cite RFC 7231 for status codes. Which RFC is the current one for HTTP semantics that replace it?', /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235'),
  k('api', 'Under RFC 6750, what HTTP status accompanies the insufficient_scope error in a Bearer challenge?', /403/, 'RFC 6750 §3.1: insufficient_scope SHOULD be returned with 403 Forbidden'),
  k('sre', 'rfc 6750 invalid_token, what status goes with that one', /401/, 'RFC 6750 §3.1: invalid_token SHOULD be returned with 401 Unauthorized'),
  k('security', 'RFC 6750 defines invalid_request for malformed requests, e.g. a duplicated access_token parameter. Which status code does it pair with?', /400/, 'RFC 6750 §3.1: invalid_request SHOULD be returned with 400 Bad Request'),
  k('nonnative', 'If we return 410 for a retracted article, do we have to keep the 410 on that URL forever, or is there a minimum time the RFC demand?', /discretion|not (required|necessary|obligated|mandatory)|no (requirement|obligation|minimum)|any (particular )?length of time|need not|(doesn'?t|does not|don'?t|do not) (have|need) to/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner'),
  k('security', 'Under what condition does RFC 9110 allow an origin server to reply 404 where 403 would otherwise apply?', /hid(e|ing)|conceal|not (be )?willing to disclose|(disclos|reveal)\w* (that it|its|the) exist|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404 instead'),
  k('api', 'A story was taken down and we cannot determine whether the removal is permanent. Should we send 404 or 410?', /(use|return|send|sending|returning|ought to be|should be|go with|answer)\W+(a\W+|the\W+)?404|404 (ought|should|is (the )?(right|correct|appropriate))|^\W*404/im, 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 ought to be used'),
  k('sre', 'is a 410 heuristically cacheable or do we need explicit cache headers for the cdn to keep it', /heuristic|cacheable by default|cached by default|(is|are) cacheable (without|unless)/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('api', 'When a request to the paywall API carries no authentication at all, should the Bearer WWW-Authenticate challenge include an error code such as invalid_token?', /should ?n[o']t|not include|no error|omit|without (an? )?error|leave (it|the error)\w* out/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code or other error information'),
  k('support', 'A customer says they already sent their API key and still got a 401. What does a 401 mean when the request did include credentials?', /refused|rejected|invalid|not (been )?accepted|not valid/i, 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates authorization has been refused for those credentials'),
  k('security', 'what is the point of 410 vs plain 404 for a permanently retracted story, what is it telling whoever links to it', /remov\w* (the |their |any |those )?(remote )?links|links? (be|should be|to be|are) removed|delist|intentional/i, 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and the owners want remote links removed'),
  k('nonnative', 'Does a 404 tell the client if the missing article is gone only for some time or gone for always?', /(does not|doesn'?t|no|not|never) (indicate|say|tell|distinguish|specify|signal)|no indication|neither|(temporary|temporarily) or (permanent|permanently)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN171_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
