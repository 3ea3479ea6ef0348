import { type Draft, type EvalQuestion, k, open, w } from '../questions';

/**
 * Issue #13's third evaluation ("fresh2"), written on 2026-12-05 before any change to the code of that
 * session and without reading how the code parses, in the voices the other two sets under-use: SRE
 * incident-channel shorthand, API designers, support staff, security reviewers and people writing
 * English as a second language — and the issue's failure kinds (unrecognised requests for a code,
 * shorthand, hedges and negations, confidentiality, ended sessions, easy knowledge) in new wording.
 * Same shape and rules as ../questions.ts: each carries its expected verdict and a one-line reason from
 * RFC 9110, RFC 6750 or the seed; open and knowledge questions carry the fact the answer must mention.
 *
 * It was split once at random into a tuning half and a held-aside half (./split.json). Do not edit a
 * question to make it pass.
 */

export type Fresh2Question = EvalQuestion;

const R401 = 'RFC 9110 §15.5.2: no valid credentials → 401';
const R401E = 'RFC 9110 §15.5.2: the session or credentials ended (logout, timeout, revocation) → no valid credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, forged) → 401';
const R403 = 'RFC 9110 §15.5.4: authenticated, server understood and refuses → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the resource from this caller may answer 404';
const R404 = 'RFC 9110 §15.5.5: no current representation found → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when known to be permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: intentionally and permanently removed → 410';

const HIDDEN = /hid|exist|reveal|confiden|secret/i;
const PERMANENT = /permanent|for good/i;
const AUTHENTICATED = /authenticat|credential|log(?:ged)? ?in|sign/i;


const DRAFTS: readonly Draft[] = [
  // ── 401: nothing sent, or credentials that never were valid ─────────────────────────────────
  w('401', 'sre', 'no auth hdr at all on these reqs, lb hands out 403. shld be', R401),
  w('401', 'sre', 'anon req to /settings — 401 or 403', R401),
  w('401', 'sre', 'webhook callback hits our api w/o any creds, what do we respond with', R401),
  w('401', 'sre', 'svc-to-svc call comes in w/o a token, nothing else attached either. code?', R401),
  w('401', 'support', 'the person isnt signed in at all and tries to open their invoices. what code should they see', R401),
  w('401', 'support', 'caller never logged in, just pasted the deep link into a browser. what do we give them', R401),
  w('401', 'nonnative', 'client send request without any login information, which code we must to return', R401),
  w('401', 'nonnative', 'If the user has no token, is 403 right or we need another code?', R401),
  w('401', 'security', 'pentest finding: unauthenticated calls to /api/export get 404 instead of a challenge. what is the expected code', R401),
  w('401', 'security', 'a client presents basic credentials with a username we have never heard of. which status code is appropriate', R401),
  w('401', 'security', 'signature on the bearer doesnt check out (forged token). 401 or 403?', R401T),
  w('401', 'api', 'api key was rotated and the old one is no longer valid; a client keeps sending the old key. which response code', R401),
  w('401', 'api', 'What status does a resource server hand back when the request carries a JWT issued by an issuer we do not trust?', R401T),
  w('401', 'sre', 'wrong pw on basic auth, ingress replies forbidden. fix to what', R401),

  // ── 401: sessions and tokens that ended ─────────────────────────────────────────────────────
  w('401', 'sre', 'fyi users who hit logout then reuse the tab get 404 from /api/cart. what do we hand back instead', R401E),
  w('401', 'sre', 'sess expired after 30m idle, next xhr gets 403. correct code?', R401E),
  w('401', 'sre', 'cookies gone (user signed out), api still answering 404 for /me. right code pls', R401E),
  w('401', 'sre', 'jwt exp in the past, svc returns 404 cuz middleware swallows it. whats correct', R401T),
  w('401', 'sre', 'token revoked by idp, gw gives 403, pretty sure thats wrong. which one', R401T),
  w('401', 'api', 'Designing the error model: a request arrives whose bearer token the user revoked from their security settings. Which status should the resource server emit?', R401T),
  w('401', 'api', 'the session cookie points at a session id our store already invalidated. response?', R401E),
  w('401', 'api', 'what should we return to a caller whose access token ran out a minute ago', R401T),
  w('401', 'support', 'customer logged out on a shared computer and now the link they bookmarked shows "forbidden". what should it really say', R401E),
  w('401', 'support', 'an admin changed the users password which signed them out everywhere; their old session tries to load the report. status?', R401E),
  w('401', 'support', 'ticket: "I logged in on my phone and now my laptop shows access denied" — the new login ended the laptop session. what status should the laptop get', R401E),
  w('401', 'nonnative', 'the token of user is expire since yesterday, what response the server must send?', R401T),
  w('401', 'nonnative', 'after session timeout the user press refresh and get 404 page, what is the correct?', R401E),
  w('401', 'security', 'refresh token revoked after a suspected compromise, and the access tokens minted from it revoked too; the attacker keeps presenting one. what should they get', R401T),
  w('401', 'security', 'session was terminated server-side by the admin kill switch; the browser still sends the stale cookie. expected status', R401E),

  // ── 403 ─────────────────────────────────────────────────────────────────────────────────────
  w('403', 'sre', 'authed user, missing the deploy perm, hits POST /deploys. what do we hand back', R403),
  w('403', 'sre', 'valid key, ip not on allowlist, route is in the public docs. code pls', R403),
  w('403', 'sre', 'logged in usr tries PATCH on someone elses public profile. should be?', R403),
  w('403', 'sre', 'readonly token trying to write, token itself is valid. which one', R403S),
  w('403', 'sre', 'tenant admin pokes platform-level config, we know who they are, endpoint is documented. resp code', R403),
  w('403', 'sre', 'acct suspended, creds valid, POST /orders. code', R403),
  w('403', 'sre', 'authd but wrong role, and its no secret the page exists. 403 or 404', R403),
  w('403', 'sre', 'tok ok, scope=read only, DELETE /items/3. status', R403S),
  w('403', 'api', 'An authenticated client calls an endpoint its OAuth token lacks the scope for. What should the gateway respond?', R403S),
  w('403', 'api', 'The caller is identified (valid token) but their account is locked pending KYC. The endpoint is publicly documented. Status?', R403),
  w('403', 'api', 'what should the server answer when a logged-in user tries to delete a comment they didnt write? comments are public', R403),
  w('403', 'api', 'Which HTTP status fits: the user is authenticated, the resource is public knowledge, but our RBAC policy denies the action?', R403),
  w('403', 'api', 'what status do we use when a logged-in user hasnt accepted the new terms and tries to use the API', R403),
  w('403', 'support', 'customer signs in fine but their plan doesnt include the reports module; reports are listed on our pricing page. which status', R403),
  w('403', 'support', 'she can sign in but cant download the export; only admins can, and she isnt one. what should the error code be', R403),
  w('403', 'support', 'signed-in member of the workspace, but guests cant create channels and shes a guest. which error', R403),
  w('403', 'support', 'user is logged in, trial ran out, the feature shows in everyones menu. they click it. code?', R403),
  w('403', 'nonnative', 'user is login correctly but he have not the role for delete, what code we return', R403),
  w('403', 'nonnative', 'the user is authenticate, but the admin remove his permission to edit. now he try to edit, which status?', R403),
  w('403', 'nonnative', 'we know who is the user but he is not allow to see this page (everybody know the page exist). what to answer?', R403),
  w('403', 'security', 'authenticated request from a country we geo-block by policy; the endpoint is public knowledge. expected status?', R403),
  w('403', 'security', 'reviewer note: handler returns 401 when an authenticated user lacks the admin role. correct it to?', R403),
  w('403', 'security', 'known user, valid session, CSRF check fails on the POST. which code', R403),
  w('403', 'security', 'the user is authenticated and banned from the api for abuse. what status', R403),

  // ── 404: existence stays hidden ─────────────────────────────────────────────────────────────
  w('404', 'security', 'We do not want to leak which account ids are real. A logged-in user requests someone elses account. What should they get?', R404H),
  w('404', 'security', 'Authenticated user walks /invoices/{n}. Invoice numbers are sensitive. Response for the invoices that arent theirs?', R404H),
  w('404', 'security', 'requirement: a signed-in user must not be able to tell whether another users email is registered. they query /users/by-email/x. status?', R404H),
  w('404', 'security', 'hiding existence from authenticated-but-unauthorized users — 403 or 404', R404H),
  w('404', 'security', 'embargoed press release: a logged-in journalist without embargo access requests its url, and its existence must stay secret. code', R404H),
  w('404', 'sre', 'usr from org B poking /orgs/A/secrets/1 w/ valid tok, must not reveal A has anything there. code', R404H),
  w('404', 'sre', 'hidden admin route, authed normal user hits it, shouldnt be discoverable. resp?', R404H),
  w('404', 'sre', 'authd but not in the project, project names are confidential, 403 leaks it. so?', R404H),
  w('404', 'sre', 'keep it quiet that the endpoint exists — authed non-staff hitting /internal/metrics. which status', R404H),
  w('404', 'sre', 'valid sess, not a member, repo private + unlisted, confirm-nothing policy. code', R404H),
  w('404', 'api', 'For private resources, an authenticated non-owner must not be told the thing exists. Which code do we use?', R404H),
  w('404', 'api', 'private repos: a signed-in user who isnt a collaborator requests one; private repos stay invisible to outsiders. which code', R404H),
  w('404', 'api', 'Should a valid-token caller from another tenant get 403 or 404 for a resource id whose existence is private to its tenant?', R404H),
  w('404', 'api', 'the resource is there, but to this signed-in caller it should look like it isnt. what do we return', R404H),
  w('404', 'support', 'customer is logged in and opened a link to another customers ticket. we are not supposed to let on that the ticket exists. what status', R404H),
  w('404', 'support', 'a logged-in user got 403 on a colleagues private draft, and now they know its there, which we promised not to reveal. what should it have been', R404H),
  w('404', 'support', 'the logged-in user isnt allowed to see that patient record and we cant even acknowledge its there. what code do we send', R404H),
  w('404', 'nonnative', 'the document exist but the user (he is logged) have not access and we not want he know that it exist. which code?', R404H),
  w('404', 'nonnative', 'user login ok, but the group is secret for non members. when he ask the group, what the server reply?', R404H),

  // ── 404: nothing there ──────────────────────────────────────────────────────────────────────
  w('404', 'sre', 'GET /api/v3/users/abc — no such user, never was. what do we send back', R404),
  w('404', 'sre', 'bot hitting /wp-login.php, we arent wordpress. resp code', R404),
  w('404', 'sre', 'route isnt defined anywhere, logged in user calls it. code', R404),
  w('404', 'sre', '404 or 410 for a path that never existed?', R404),
  w('404', 'api', 'What should the endpoint respond when the requested order id was never created?', R404),
  w('404', 'api', 'Lookup by slug: no record has that slug. Which status?', R404),
  w('404', 'support', 'customer typed the url wrong, theres no page at that address. which error do they get', R404),
  w('404', 'support', 'the link in the old email points to a coupon code that was never created. what should the server say', R404),
  w('404', 'nonnative', 'the page not exist and never exist before, which status I return?', R404),
  w('404', 'nonnative', 'user is admin and logged, but the id he ask is not exist in database. what code?', R404),
  w('404', 'security', 'scanner probes /admin.php which was never part of our app. what code is correct', R404),

  // ── 404: removed, but not known to be for good ──────────────────────────────────────────────
  w('404', 'sre', 'pulled the page earlier today, might put it back after review. 410?', R404U),
  w('404', 'sre', 'deleted the bucket obj, not decided if thats final. code', R404U),
  w('404', 'sre', 'removed by mistake, restore from backup pending. status in the meantime', R404U),
  w('404', 'sre', 'page is gone, dunno if permanently or not, prob not. 404 or 410', R404U),
  w('404', 'api', 'A resource was soft-deleted and can be restored from the trash for 30 days. What should GET return meanwhile?', R404U),
  w('404', 'api', 'The doc was deleted; whether thats for good is still being discussed with legal. Which code until then?', R404U),
  w('404', 'support', 'the seller took down their listing but says they might relist it next month. what status for the listing url', R404U),
  w('404', 'support', 'user deactivated their profile, they can reactivate whenever they like. what should visitors to the profile url get', R404U),
  w('404', 'nonnative', 'we delete the article but maybe we put it again later, we dont decide. 404 or 410?', R404U),
  w('404', 'nonnative', 'the video is removed, but I am not sure if it is for always. what code to use?', R404U),
  w('404', 'security', 'we took the file down pending an investigation; it may be reinstated. what code for requests to it', R404U),
  w('404', 'api', 'the endpoint is removed but it is not permanent, we will bring a new version under the same path. 404 or 410?', R404U),

  // ── 410 ─────────────────────────────────────────────────────────────────────────────────────
  w('410', 'sre', 'we nuked /v1 permanently last qtr, clients still hitting it. what do we hand back', R410),
  w('410', 'sre', 'page deleted for good on purpose, wanna get it out of search fast. code', R410),
  w('410', 'sre', 'decommissioned the legacy hosts paths for good, intentional. resp code?', R410),
  w('410', 'sre', 'deleted permanently - no restore possible, that was the plan. which one', R410),
  w('410', 'api', 'The endpoint was deliberately retired and will not return. Which status should callers receive?', R410),
  w('410', 'api', 'resource intentionally removed, no successor, never coming back. 404 or 410?', R410),
  w('410', 'api', 'definitely permanent, definitely intentional removal. status?', R410),
  w('410', 'support', 'the campaign page was taken down on purpose and wont be coming back. what code should it return', R410),
  w('410', 'support', 'the user closed their account permanently and asked for erasure, which we completed. visitors to their old profile get what', R410),
  w('410', 'nonnative', 'we remove this page with intention and forever, which is the code?', R410),
  w('410', 'nonnative', 'the old api version is finish forever, we turn it off on purpose. what status for the calls?', R410),
  w('410', 'security', 'data deleted permanently per retention policy; requests to those object urls should get?', R410),
  w('410', 'security', 'we purposely and irrevocably deleted the leaked file. what should its url return now', R410),

  // ── Open: the decisive fact is missing ──────────────────────────────────────────────────────
  open('sre', 'user gets blocked on /reports/42, 403 or 404?', HIDDEN, 'RFC 9110 §15.5.4: depends on whether existence must stay hidden'),
  open('sre', 'req to /admin denied, 401 or 403', AUTHENTICATED, 'RFC 9110 §15.5.2/§15.5.4: depends on whether valid credentials were sent'),
  open('sre', 'obj deleted. 404/410?', PERMANENT, 'RFC 9110 §15.5.11: 410 only if the removal is known to be permanent'),
  open('api', 'we removed the /beta endpoint, what should it return now?', PERMANENT, 'RFC 9110 §15.5.11: depends on whether the removal is for good'),
  open('api', 'a caller with a bearer token gets refused — 401 or 403?', /valid|expired|scope|authenticat/i, 'RFC 6750 §3.1: invalid token → 401, insufficient scope → 403'),
  open('support', 'customer cant open a page and gets an error, should that be 401 or 403', AUTHENTICATED, 'RFC 9110 §15.5.2/§15.5.4: depends on whether the customer is authenticated'),
  open('support', 'the article is gone from our site. 404 or 410?', PERMANENT, 'RFC 9110 §15.5.11: depends on permanence'),
  open('security', 'authenticated user requests another tenants file, 403 or 404?', HIDDEN, 'RFC 9110 §15.5.4: depends on whether existence must stay hidden'),
  open('security', 'should a forbidden resource be 403 or 404 for logged in users?', HIDDEN, 'RFC 9110 §15.5.4: depends on whether existence must stay hidden'),
  open('nonnative', 'the page was delete, which code is correct?', PERMANENT, 'RFC 9110 §15.5.11: depends on permanence'),
  open('nonnative', 'logged user cannot see the order of other user, is 403 or 404?', HIDDEN, 'RFC 9110 §15.5.4: depends on whether existence must stay hidden'),

  // ── Knowledge ───────────────────────────────────────────────────────────────────────────────
  k('sre', 'tldr 403 vs 404?', /permission|exist|not found/i, 'RFC 9110 §15.5.4 vs §15.5.5'),
  k('sre', 'is 7231 still the ref for 404 or did that change', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('sre', 'should we alert on 404s at all? the baseline is noisy', /spike|baseline|deploy|normal/i, 'seed: a baseline is normal; alert on spikes and on recently-200 URLs'),
  k('sre', 'what does 410 do for seo compared to 404', /delist|crawl|index|faster/i, 'seed: 410 helps crawlers delist faster'),
  k('sre', 'usual causes of a 403 spike in prod?', /role|scope|allowlist|rbac|tenant/i, 'seed: missing role, missing scope, IP allowlist, tenant isolation'),
  k('sre', 'does a 404 mean it was deleted?', /whether|ever existed|no (?:guarantee|indication)|may have|typed|never existed/i, 'RFC 9110 §15.5.5: 404 does not say whether it ever existed'),
  k('sre', 'section for 410 in 9110?', /15\.5\.11/, 'RFC 9110 §15.5.11'),
  k('sre', 'is 7235 (the auth rfc) still current?', /9110/, 'RFC 9110 obsoletes RFC 7235'),
  k('sre', 'what should api clients do on a 404, retry?', /retry|surface/i, 'seed: no automatic retry; surface the error'),
  k('sre', 'when do 404 spikes actually matter?', /deploy|spike|rout|regression/i, 'seed: spikes after deploys, recently-200 URLs, systematic patterns'),
  k('sre', 'is a 403 a sign of an authn problem?', /permission|authenticat/i, 'RFC 9110 §15.5.4: authenticated but not permitted'),
  k('api', 'Which RFC should our API guidelines cite for HTTP status semantics today?', /9110/, 'RFC 9110'),
  k('api', 'Must a 401 include a WWW-Authenticate header?', /www-authenticate/i, 'RFC 9110 §15.5.2'),
  k('api', 'can 404 responses sit in a CDN cache?', /cache|max-age/i, 'seed: CDNs may cache 404s when max-age is present'),
  k('api', 'whats a soft 404?', /200|soft/i, 'seed: 200 with not-found content'),
  k('api', 'which status goes with invalid_token per rfc 6750', /401/, 'RFC 6750 §3.1'),
  k('api', 'which section of RFC 9110 covers 403', /15\.5\.4/, 'RFC 9110 §15.5.4'),
  k('api', 'difference between 404 and 410 in one sentence?', /permanent|intentional/i, 'RFC 9110 §15.5.11'),
  k('api', 'whats the reason phrase for 410?', /gone/i, 'RFC 9110 §15.5.11: 410 Gone'),
  k('api', 'which rfc covers bearer token usage and its error codes', /6750/, 'RFC 6750'),
  k('api', 'should a 403 response explain why access was refused?', /reason|describe|content|why/i, 'RFC 9110 §15.5.4: the server may describe the reason in the content'),
  k('api', 'does a 410 get cached?', /cache/i, 'RFC 9110 §15.5.11: 410 is heuristically cacheable'),
  k('security', 'is it legit per spec to answer 404 to someone who is denied, so the resource stays hidden?', /hid|exist/i, 'RFC 9110 §15.5.4'),
  k('security', 'what does RFC 6750 say to send for a token lacking scope?', /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('security', 'whats the risk of returning 403 for private resources?', /reveal|exist|leak|hid|enumerat/i, 'RFC 9110 §15.5.4'),
  k('security', 'are 403s cacheable?', /cache/i, 'seed: 403 not cached; permission checks per request'),
  k('security', 'is 401 only for missing credentials, or also for bad ones?', /invalid|refused|expired|wrong/i, 'RFC 9110 §15.5.2: credentials sent but refused also get 401'),
  k('security', 'whats the 403 error code in oauth bearer terms', /insufficient_scope/i, 'RFC 6750 §3.1'),
  k('security', 'does answering 404 help against id enumeration?', /enumerat|exist|hid|reveal/i, 'RFC 9110 §15.5.4'),
  k('security', 'what must a server send along with a 401', /www-authenticate|challenge/i, 'RFC 9110 §15.5.2'),
  k('security', 'Per RFC 9110, does a 403 mean the credentials were bad?', /insufficient|permission|401/i, 'RFC 9110 §15.5.4: credentials considered insufficient, not invalid'),
  k('support', 'what does 403 mean in plain words for a customer', /permission|allowed|refus/i, 'RFC 9110 §15.5.4'),
  k('support', 'a customer retried a 403 ten times, will retrying ever work?', /permission|retry|admin/i, 'seed: not without a change in permissions'),
  k('support', 'user got a 403, what do we tell them to do', /admin|permission/i, 'seed: contact an administrator'),
  k('support', 'will logging in again fix a 403?', /permission|authenticat|not help/i, 'seed: re-authenticating will not help'),
  k('support', 'whats the name of the 401 status', /unauthorized/i, 'RFC 9110 §15.5.2: 401 Unauthorized'),
  k('support', 'difference between not found and gone, for a customer?', /permanent|intentional|for good/i, 'RFC 9110 §15.5.11'),
  k('support', 'what does 410 mean in simple words', /permanent|removed/i, 'RFC 9110 §15.5.11'),
  k('nonnative', 'what is different between 401 and 403, please explain short', /authenticat|credential/i, 'RFC 9110 §15.5.2 vs §15.5.4'),
  k('nonnative', 'what mean 410 gone exactly?', /permanent|intentional/i, 'RFC 9110 §15.5.11'),
  k('nonnative', 'which rfc replace the rfc 7231 for http?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('nonnative', 'the 404 code, can it mean the thing exist but is hidden?', /hid|exist/i, 'RFC 9110 §15.5.4'),
  k('nonnative', 'why we should not use 403 for not logged user?', /401|authenticat/i, 'RFC 9110 §15.5.2'),
  k('nonnative', 'the page give 200 but it say not found, google will index it?', /soft|index/i, 'seed: soft 404 stays indexed'),
  k('sre', 'what does forbidden actually mean per spec', /understood|refus|permission/i, 'RFC 9110 §15.5.4'),
  k('api', 'is it ok to send 404 for a thing that exists? when?', /hid|exist/i, 'RFC 9110 §15.5.4'),
  k('sre', 'rfc number for http semantics these days? 7231?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('support', 'why would a page that exists show not found to some customers', /hid|exist|private|access|permission/i, 'RFC 9110 §15.5.4'),
];

export const FRESH2_QUESTIONS: readonly Fresh2Question[] = DRAFTS.map((draft, index) => ({ ...draft, id: index + 1 }));
