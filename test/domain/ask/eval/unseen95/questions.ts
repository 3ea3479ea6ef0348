import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 95, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a news publisher's website and CMS (paywalled articles, retracted stories, embargoed drafts, editors and freelancers, search engine crawlers and SEO). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server must send a WWW-Authenticate challenge.';
const R401T = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token, answered with 401.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and knows the client but refuses it; re-authenticating with the same credentials will not help.';
const R403S = 'RFC 6750 §3.1: a valid token lacking the required scope is insufficient_scope, answered with 403.';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource (never existed / unknown URI).';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether absence is temporary or permanent; 410 only when the removal is known to be intentional and permanent.';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available and this condition is likely permanent, intentionally removed; helps remove remote links.';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 ----------
  w('401', 'sre', 'freelancer hitting POST /api/drafts on the cms, her jwt exp was yesterday, sig checks out otherwise. what do we send back', R401T),
  w('401', 'api', 'Our syndication API authenticates partners with OAuth bearer tokens. When a partner contract ended last week we revoked their token, but their ingest job keeps calling GET /v1/articles with it. What status should the resource server return to those calls?', R401T),
  w('401', 'support', 'A subscriber says the app shows "something went wrong" when opening premium stories. Our logs show the app sent the request to the article API with no Authorization header at all (a bug dropped the session token). The article API is bearer-protected. My colleague thinks it should be a 403 because its a paywall. Which response code is actually correct here?', R401),
  w('401', 'security', 'Pen-test note: GET /api/me/saved-articles returned 500 when the bearer token had a tampered signature (someone flipped bytes in the JWT). We are fixing the crash. The token can not be verified at all, so we do not know who the caller is. What status should the fixed endpoint return?', R401T),
  w('401', 'nonnative', 'admin have reset the password of one editor and invalidated all his sessions on server. now his browser still send the old session cookie to the CMS api and server dont recognise it anymore. which code the api should give him, 401 or 403?', R401),
  w('401', 'sre', 'wire feed push endpoint uses basic auth, the agency side is sending a wrong password since their rotation, every push fails. nobody on our side is refusing them on purpose, creds just dont match. status code pls', R401),
  w('401', 'api', 'The access token presented to our comments API has an exp claim in the past; the user still has a valid refresh token in the client. A teammate argues for 403 since "we know who the user is from the token". What should the resource server respond with, per RFC 6750?', R401T),
  w('401', 'support', 'Freelance photographer uploads via our media API with a personal API key. Security rotated all keys on Monday and she is still using the old one, which no longer exists in our key store. She gets a generic error. Which HTTP status should she be getting?', R401),
  w('401', 'nonnative', 'the moderation endpoint for reader comments need login. a script call it without any token or cookie, nothing. what is the good status to answer? my lead say 404 but i think is not correct', R401),

  // ---------- 403 ----------
  w('403', 'sre', 'logged in subscriber on the basic tier hits the api for a premium investigation, tier doesnt include premium. headline + teaser are public on the homepage anyway so nothing to hide. 403 or 401? re-login wont change his tier', R403),
  w('403', 'api', 'Our CMS API uses OAuth scopes. A valid, unexpired token carrying only articles:read is used for PUT /articles/4412, which requires articles:write. Which status code and RFC 6750 error should we return?', R403S),
  w('403', 'support', 'A freelancer can edit her own draft just fine, but when she clicks "Publish" she gets an error. Publishing requires the editor role, which freelancers do not have. It is her own draft, so she obviously knows it exists. What status should the publish call return?', R403),
  w('403', 'security', 'Reviewing the CMS admin: editors are authenticated via SSO, but admin routes are also restricted to the office IP allowlist. An authenticated editor working from home off-VPN hits /admin/settings (the admin panel is publicly known). Someone suggested 401 to trigger a re-login. What should it be?', R403),
  w('403', 'nonnative', 'copy editor is logged correctly and want to delete one article already published on the site. only managing editor is allowed to delete. article is public for everybody. which response we must send for the delete request?', R403),
  w('403', 'sre', 'sports desk editor valid session tries PATCH on a politics desk article. section-level perms say no. article is live on the site so existence is no secret. what do we return', R403),
  w('403', 'api', 'An intern account with a valid session calls GET /api/analytics/traffic. The route is documented in our public developer portal; interns are simply not granted analytics access. Which status should we return?', R403),
  w('403', 'security', 'Pen-test finding: an authenticated freelancer account could GET /api/users and see every staff member. The endpoint itself is listed in the public API docs, so hiding it is pointless. After the fix freelancers must be refused. Which code should the fix return?', R403),
  w('403', 'support', 'A licensing partner has a valid API key, but their contract only covers the sports feed. They request /feeds/politics, which is listed in our public docs. They keep asking if they should regenerate their key. Which status should they receive, given a new key would not change anything?', R403),
  w('403', 'nonnative', 'Reader is logged in with valid account but he is banned from commenting because of abuse. He try to POST comment on article, article is public. Which status? not 401 i think because he is logged.', R403),

  // ---------- 404 ----------
  w('404', 'sre', 'googlebot hammering /2019/05/mayor-resigns-scandall, typo slug, that url never existed on our side. what code', R404),
  w('404', 'api', 'A freelancer who is not assigned to the story requests GET /api/drafts/8812, an embargoed merger scoop. Policy: unassigned users must not learn that the draft exists at all. The freelancer is authenticated. What should we return?', R404H),
  w('404', 'security', 'Pen-test finding: authenticated readers guessing draft IDs get 403 for drafts that exist and 404 for IDs that do not, which lets them enumerate unpublished stories. Drafts must stay secret from readers. What should the server return for an existing draft so the two cases look the same?', R404H),
  w('404', 'support', 'Legal asked us to unpublish an article while they review a complaint. It may well be republished next week depending on the outcome. Someone on the web team wants to serve 410 so Google drops it. What should the URL return in the meantime?', R404U),
  w('404', 'nonnative', 'we delete maybe by mistake one article from database, the team is still checking backups and we dont know if it come back or not. google still crawl the url. what status to put? colleague say 410', R404U),
  w('404', 'sre', 'bots probing /story.php?id=123 and /wp-admin all day. we never ran php or wordpress, those paths never existed. code pls', R404),
  w('404', 'api', 'Requests to /tags/{slug} for a tag slug that has never been created in the CMS: what status should the tag page endpoint return?', R404),
  w('404', 'security', 'The investigations desk keeps its drafts invisible to other desks; policy says other desks must not even learn an investigation is in progress. A business desk editor, fully authenticated, requests one of those draft URLs she got from a leaked Slack message. 403 would confirm it exists. What do we send?', R404H),
  w('404', 'sre', 'article pulled from site pending a retraction decision, standards desk hasnt decided yet if its retracted for good or corrected and restored. what do we serve on the url meanwhile', R404U),
  w('404', 'nonnative', 'user request photo gallery with id 99821 but this id never was in our system, nobody create it ever. which status we return?', R404),

  // ---------- 410 ----------
  w('410', 'sre', 'story retracted, legal + editor in chief signed off that its removed permanently, never coming back, no replacement url. want google to drop it fast. which code', R410),
  w('410', 'api', 'We intentionally retired the AMP versions of all articles (/amp/...). The decision is final, there will be no redirect and the AMP pages will never come back. What status should those URLs return?', R410),
  w('410', 'support', 'A reader asked us to erase one of their comments. We deleted it permanently and on purpose; it cannot be restored. Other sites still link to the comment permalink. What should that permalink return now?', R410),
  w('410', 'nonnative', 'the contest page from 2015 we removed on purpose, forever, it will not come back and there is no new page for it. colleague say 404 is enough. what is more correct code?', R410),
  w('410', 'security', 'The editor-in-chief permanently deleted a plagiarized column; the decision is final. The column was public for months so there is no secret about it having existed. Should its URL return 404 or something more specific?', R410),
  w('410', 'api', 'Our "Morning Brief" podcast was cancelled and we deliberately and permanently removed its feed at /feeds/podcast/morning-brief. Podcast apps still poll it. Which status best tells them to stop and drop the subscription?', R410),

  // ---------- knowledge ----------
  k('sre', 'when the article api sends a 401 which header has to be on it', /www-authenticate/i, 'RFC 9110 §15.5.2: 401 MUST include a WWW-Authenticate header field'),
  k('api', 'Is a 404 response from our article pages cacheable by default under RFC 9110, i.e. without explicit Cache-Control?', /(?<!not |n't |nt )heuristically cacheable|(?<!not |n't |nt )cacheable by default/i, 'RFC 9110 §15.5.5: 404 is heuristically cacheable by default'),
  k('support', 'A freelancer got a 403 from the CMS. According to RFC 9110, is it pointless for her client to retry, or can it retry with other credentials?', /(new|different|other)\s+(set of\s+)?credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat with the same credentials but MAY repeat with new or different credentials'),
  k('nonnative', 'which RFC is now the current one for the http status codes? we still cite 7231 in our cms docs', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', 'Under RFC 6750, what error code do we put in the WWW-Authenticate challenge when a subscriber presents an expired access token?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked, malformed tokens'),
  k('sre', 'rfc 6750 insufficient_scope goes with which http status', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope -> 403'),
  k('security', 'RFC 6750 lists invalid_request as an error code. Which HTTP status does it pair with?', /\b400\b/, 'RFC 6750 §3.1: invalid_request -> 400'),
  k('support', 'We return 410 for a retracted story. How long are we required to keep returning 410 for that URL before we can let it become a 404?', /(no|not|isn'?t|is not)\s+(a\s+)?(required|requirement|obligat|necessary|mandat)|any length of time|(owner|publisher|server)'?s?\s+discretion|up to (the|you|your)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; left to the server owner\'s discretion'),
  k('security', 'under rfc 9110 when can a server answer 404 in place of 403 for an embargoed draft', /hid(e|ing)|conceal|not (to )?reveal|existence/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden target may respond with 404'),
  k('api', 'What does RFC 9110 say the 410 status code is primarily intended for?', /maint|remote links|(remove|delete)\w*\s+(the\s+)?links|intentionally unavailable/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by notifying that the resource is intentionally unavailable and that remote links should be removed'),
  k('nonnative', 'the 404 code, it tell to google if the page is gone temporary or gone permanent?', /(does\s*n[o']?t|doesnt|not|never)\s+(indicate|say|tell|specify|distinguish|signal|differentiate)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('sre', 'request already had creds on it and still got a 401 back, what does that mean per the rfc', /refus|reject|invalid|not accepted|insufficient|(were|are) (not )?(wrong|bad)/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('api', 'When a request to our paywalled article API carries no authentication at all, should the 401 challenge include an error code per RFC 6750?', /\b(should\s*not|shouldn'?t|shouldnt|must not|omit|leave out|don'?t include|do not include|not include|no)\b[^.]{0,60}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('support', 'Per RFC 9110, what should a client with link-editing capabilities (say a CMS link checker) do with links to a URL that returns 410?', /(delete|remove)\w*\s[^.]{0,40}(link|reference)|(link|reference)s?\s[^.]{0,40}(delete|remove)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities SHOULD delete references to the target URI after user approval'),
  k('nonnative', 'when our article api refuse an oauth access token, which auth scheme name we write in the challenge header?', /\bbearer\b/i, 'RFC 6750 §3: the WWW-Authenticate challenge uses the Bearer auth-scheme'),
];

export const UNSEEN95_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
