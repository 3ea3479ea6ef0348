import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 27, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a newsroom CMS with paywalled articles, embargoed stories, retracted articles, syndication partners calling a content API, and editors and freelancers working in it. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource (missing, wrong, expired); the server must send WWW-Authenticate.';
const R401_BEARER = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token, answered with 401 and WWW-Authenticate.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and knows the caller but refuses to fulfil it; re-authenticating will not help (seed: missing role/permission).';
const R403_SCOPE = 'RFC 6750 §3.1: insufficient_scope, the token is valid but lacks the scope the request needs, is 403.';
const R403_IP = 'Seed: an IP allowlist blocking a known, authenticated caller is a 403 (request understood, refused; credentials are not the problem).';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource (never existed / typo).';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may answer 404 instead of 403 (seed: use 404 when you do not want to reveal whether it exists).';
const R404_UNKNOWN = 'RFC 9110 §15.5.11: 410 only if the server knows the condition is permanent; if it does not know (or cannot yet tell), 404 should be used.';
const R410 = 'RFC 9110 §15.5.11: 410 Gone when the resource was intentionally removed and the condition is known to be permanent; helps crawlers delist it faster.';

const QUESTIONS: readonly Draft[] = [
  // 401 x9
  w('401', 'sre', 'partner feed puller erroring since 02:10, LB logs show their calls to /api/v2/articles come in with no Authorization header at all, looks like their config push dropped the api key. what should the content api send back to them', R401),
  w('401', 'api', 'designing the partner content api. the bearer token signature doesnt verify (signed w/ the old key we rotated out last week). bob says 403 b/c "they arent allowed" but i think hes wrong. which code', R401_BEARER),
  w('401', 'support', 'freelancer says the cms mobile app just shows an error when she opens her drafts. her session token expired 3 days ago and the app keeps sending it. what code should the api give her app so it knows to make her log in again', R401_BEARER),
  w('401', 'security', 'pentest finding: GET /api/embargo/schedule accepted a forged JWT (alg none) and returned 200 lol. fixing now — token is invalid, what do we return. the schedule endpoint is documented publicly so its existence is no secret', R401_BEARER),
  w('401', 'nonnative', 'hello, our editor tool call the api with username and password in basic auth but password is wrong (user typed the old one). which code must server answer please, now we answer 403', R401),
  w('401', 'sre', 'we revoked partner X leaked api key at 14:00 in the key store, their calls still come in w/ that exact key and no other creds. key isnt valid anymore. what should they get', R401_BEARER),
  w('401', 'api', '`if (!req.headers.authorization) return res.status(403).json({ err: "login" })` on the paywalled article endpoint. anon readers hit this, no session no token nothing. is 403 right or should it be something else, we want their client to prompt a login', R401),
  w('401', 'support', 'reader ticket "im a subscriber but the app says error when i open the premium story". checked logs, her app didnt send any credentials at all on that request (she got logged out after a pw reset). correct code for that request pls', R401),
  w('401', 'nonnative', 'partner system send a token but the token is from staging environment, our production auth server dont recognise it at all, it is not valid for prod. which status we give them', R401_BEARER),

  // 403 x10
  w('403', 'sre', 'freelancer acct logs in fine (token valid, we know exactly who she is) but she hits publish on a story and only staff editors have publish permission. ui currently shows a 500 which is obv wrong. what should the publish endpoint return', R403),
  w('403', 'api', 'syndication partner authenticates ok w/ a valid token, token only has scope read:wire but they call POST /articles/{id}/corrections which needs write:corrections. we dont care if they know the article exists, its on the public site anyway. code?', R403_SCOPE),
  w('403', 'support', 'logged-in reader, identity verified, free tier acct, asks the api for the full text of a paywalled investigation. the article itself is public knowledge (teaser is on the homepage), they just dont have a subscription. someone suggested 402, someone else 401. what do we send', R403),
  w('403', 'security', 'new ip allowlist on the content api. partner Y moved their ingest to a new datacenter ip thats not on the list; their creds are valid and we know who they are, the request is denied only b/c of the source ip. what status', R403_IP),
  w('403', 'nonnative', 'our editor is login correct, but he is in sports desk and try to edit an article of politics desk, our rule say only politics desk can edit it. the article is visible on site so everybody know it exist. which code to return', R403),
  w('403', 'sre', 'alert on /copyedit errors. context: intern acct created yesterday, authenticates fine, but is missing the copydesk role so every call to /copyedit gets rejected. alice says 401 so the client refreshes the token, but refreshing wont add the role. what should it return', R403),
  w('403', 'api', 'embargoed story: partner is in the embargo program and got the embargo notice w/ the article id and lift time, so they know it exists (thats the point). they call GET before the lift time with a valid token and we refuse to hand over the body until lift. which code', R403),
  w('403', 'security', 'rbac review: contributor role (authenticated) calls DELETE /api/articles/123 on an article they dont own. its published and public so hiding it makes no sense. current code returns 404 "to be safe". what should it be', R403),
  w('403', 'support', 'freelancer contract ended, we kept his login active for archive access but removed his write permission. he logs in fine and tries to upload a new draft to his old section. what error should the system give him', R403),
  w('403', 'nonnative', 'partner token is valid and correct but partner contract is only for sport section, they request a business section article (public article, nothing secret). please what code, my colleague say 404', R403_SCOPE),

  // 404 x10
  w('404', 'sre', 'partner cron is hitting /api/v2/articels/88213 (yes "articels", typo in their config). there was never a route like that. what should it get', R404),
  w('404', 'api', 'embargoed story, partner is NOT in the embargo program and must not even learn the story exists before lift (legal req, market moving). they guess the id and call GET with a valid token. what do we answer. bob says 403 since theyre authenticated', R404_HIDE),
  w('404', 'security', 'multi-tenant cms: newsroom A editor (valid login) requests a draft id that belongs to newsroom B. we dont want A to find out that draft id exists at all. code?', R404_HIDE),
  w('404', 'support', 'reader says a link from a social post gives an error. the slug in the link was never an article on our site, the post mangled the url. what should the page return', R404),
  w('404', 'nonnative', 'article was deleted by editor yesterday, but we dont know yet if it come back or is forever, legal team not decide. which code for the url now', R404_UNKNOWN),
  w('404', 'sre', 'retracted piece pulled at 09:00 pending legal review. not sure yet if its permanent, could be republished w/ corrections next week. seo guy wants 410. what code in the meantime', R404_UNKNOWN),
  w('404', 'api', '`if (!article) return res.status(403)` in the partner api — article is null here b/c the id doesnt exist in the db, it was never created. what should that be', R404),
  w('404', 'security', 'unpublished investigation draft, only the 3 reporters on it may know it exists. another staffer (logged in, valid session) opens the preview url from a leaked slack msg. we must not confirm it exists. which status', R404_HIDE),
  w('404', 'support', 'freelancer ticket: old bookmark to an article id someone removed from the cms last month. nobody on the desk knows if it was meant to be permanent, no record of why. what should the url return', R404_UNKNOWN),
  w('404', 'nonnative', 'partner ask for article id 99999999 but our ids only go to 5 million, this article never exist. what status code we must send', R404),

  // 410 x6
  w('410', 'sre', 'legal signed off: the retracted defamation article is removed permanently, will never come back, decision is final. url still gets crawler traffic and we serve 200 w/ "this article was removed" text. what code so search engines drop it fast', R410),
  w('410', 'api', 'we sunset the old syndication endpoint /api/v1/wire on purpose, its permanently removed, nothing will ever be served at that url again, partners were told 6 months ago. what should calls to it return now', R410),
  w('410', 'support', 'freelancer asked us to take her column series down for good, contract says permanent removal, we deleted it deliberately and it wont come back. readers still hit old links, what code', R410),
  w('410', 'nonnative', 'we remove on purpose the spam articles that a bot inject in the cms, they will never come back, is permanent. which status code for those url now', R410),
  w('410', 'security', 'gdpr erasure: article about a private person deleted at their request, permanently, we are certain it wont be restored. what should the old url give. colleague wants 404 "to be safe" but we dont care about hiding that it existed, it was public for years', R410),
  w('410', 'sre', 'archive cleanup: we deliberately killed the 2009-2012 blog section, gone forever per the editor in chief, no redirect planned. crawlers keep hitting those urls. right status', R410),

  // knowledge x15
  k('sre', 'which response header has to come with a 401, partner client lib complains its missing', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field.'),
  k('api', 'for bearer tokens what error value goes in the www-authenticate header when the access token has expired', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or otherwise invalid tokens (401).'),
  k('security', 'partner token is valid but lacks the scope the endpoint needs — under rfc 6750 what http status is that', /403|forbidden|insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope should be answered with 403.'),
  k('api', 'partner request is missing a required param (and sends the token twice). what status does the bearer token spec say for that', /400|bad request|invalid_request/i, 'RFC 6750 §3.1: invalid_request (missing parameter, token sent by more than one method) is 400.'),
  k('support', 'whats the actual difference between 404 and 410 for a reader clicking an old link', /permanent|for good|forever|never (come|be) back/i, 'RFC 9110 §15.5.11: 410 says the removal is intentional and known to be permanent; 404 makes no such claim.'),
  k('security', 'is it legit to return 404 instead of 403 for embargoed stuff or is that lying to the client', /hid|conceal|(not|n't) (reveal|disclos|leak|confirm)|existence/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource may respond 404.'),
  k('sre', 'can a cdn cache our 410 responses even w/o any cache-control header', /heuristic|cacheable|(can|may) be cached|yes/i, 'RFC 9110 §15.1: 410 (like 404) is heuristically cacheable by default.'),
  k('support', 'what is a soft 404 and why does the seo team hate it', /200/, 'Seed: a soft 404 returns 200 with "page not found" content; search engines treat it as an indexed page.'),
  k('api', 'editors call DELETE on a read-only feed resource that doesnt support delete at all. if we answer 405 instead of 403, what header has to go with it', /\bAllow\b/, 'RFC 9110 §15.5.6: a 405 response MUST include an Allow header listing the supported methods.'),
  k('sre', 'a partner is hammering the api way over their rate limit, should we 403 them or is there a proper code for that', /429|too many requests/i, 'RFC 6585 §4 (referenced from RFC 9110 practice): 429 Too Many Requests is the rate-limit code, not 403.'),
  k('nonnative', 'why 401 is called unauthorized if it mean not logged in, 401 is about authentication or authorization', /authenticat/i, 'RFC 9110 §15.5.2 / §11: 401 is about missing or invalid authentication credentials despite the name.'),
  k('sre', 'if a partner gets a 403, will refreshing or rotating their token fix it', /\bno\b|not help|won.?t|will not|doesn.?t|does not|wont|re-?authenticat/i, 'RFC 9110 §15.5.4 / seed: for 403 re-authenticating will not change the outcome; permissions must change.'),
  k('api', 'which rfc is the current one for http status code semantics, people here keep quoting 7231', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines current HTTP semantics including status codes.'),
  k('security', 'the newsroom corporate proxy wants creds before forwarding, whats the status code for proxy auth required', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate.'),
  k('nonnative', 'partner want to know, when our api return 404 for an article, should their system retry it automatically', /\bno\b|not retry|shouldn.?t|should not|don.?t|do not|without/i, 'Seed: 404 has no automatic retry; API clients should surface the error and not retry until the cause is fixed.'),
];

export const UNSEEN27_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
