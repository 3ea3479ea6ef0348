import type { EvalQuestion } from '../questions';

/**
 * Issue #13's second evaluation ("fresh"), written on 2026-12-05 before any change to the code of that
 * session, in voices and phrasings the first 324 questions do not use: QA test cases (GIVEN/WHEN/THEN),
 * code-review comments, frontend and mobile developers, product managers, incident threads and
 * post-mortems, "status for: …" one-liners, SHOUTING, heavy typos, pasted requests. Same shape and rules
 * as ../questions.ts: each carries its expected verdict and a one-line reason from RFC 9110, RFC 6750 or
 * the seed; open and knowledge questions carry the fact the answer must mention.
 *
 * It was split once at random into a tuning half and a held-aside half (./split.json). Do not edit a
 * question to make it pass.
 */

export type FreshVoice = 'qa' | 'reviewer' | 'frontend' | 'pm' | 'incident' | 'terse' | 'typo' | 'spec' | 'nonnative';

export type FreshQuestion = Omit<EvalQuestion, 'voice'> & { voice: FreshVoice };
type Draft = Omit<FreshQuestion, 'id'>;

const R401 = 'RFC 9110 §15.5.2: no valid credentials → 401';
const R401E = 'RFC 9110 §15.5.2: the session or credentials ended (logout, timeout, revocation) → no valid credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, wrong signer) → 401';
const R403 = 'RFC 9110 §15.5.4: authenticated, server understood and refuses → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the resource from this caller may answer 404';
const R404 = 'RFC 9110 §15.5.5: no current representation found → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when known to be permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: intentionally and permanently removed → 410';

const w = (verdict: '401' | '403' | '404' | '410', voice: FreshVoice, q: string, reason: string): Draft => ({ q, verdict, reason, voice, kind: 'which' });
const open = (voice: FreshVoice, q: string, fact: RegExp, reason: string): Draft => ({ q, verdict: null, fact, reason, voice, kind: 'open' });
const k = (voice: FreshVoice, q: string, fact: RegExp, reason: string): Draft => ({ q, verdict: null, fact, reason, voice, kind: 'knowledge' });

const DRAFTS: readonly Draft[] = [
  // ── 401 ─────────────────────────────────────────────────────────────────────────────────────
  w('401', 'qa', 'GIVEN no Authorization header WHEN GET /api/profile THEN status = ?', R401),
  w('401', 'reviewer', 'pr review: handler returns 403 when req.user is undefined (no session at all). nit or real bug?', R401),
  w('401', 'frontend', 'frontend here - if the user never logged in and the page calls /api/me, what status am I supposed to expect', R401),
  w('401', 'frontend', 'mobile app: access token expired mid-flight, backend replies 403. what should the backend send instead', R401T),
  w('401', 'incident', 'cookie cleared by the browser, user refreshes the dashboard, we respond with not found. proper code?', R401E),
  w('401', 'incident', 'the logout endpoint killed the session server side, a stale tab fires a request. status?', R401E),
  w('401', 'pm', 'Our SSO token got revoked when the employee left the company; the laptop still sends it. Which status is correct for those calls?', R401T),
  w('401', 'terse', 'jwt signed with the staging key hitting prod, what comes back', R401T),
  w('401', 'qa', 'curl -H "Authorization: Bearer " https://api.example.com/x -> what should that give', R401),
  w('401', 'typo', 'basic auth w/ wrong pwd -> 403 rn, shld be?', R401),
  w('401', 'terse', 'token expired 2h ago, svc gives 404. whats right', R401T),
  w('401', 'pm', 'users whose session ran out see an "access denied" screen. what status should the api use there?', R401E),
  w('401', 'terse', 'anon visitor opens /account/settings. 401 vs 403 vs 404?', R401),
  w('401', 'spec', 'the api key they send was deleted from our system last week. code?', R401),
  w('401', 'incident', 'idle timeout logged them out, then they click save. what do we answer', R401E),
  w('401', 'incident', 'password reset => all sessions revoked; the old phone keeps syncing. whats the status for those syncs', R401E),
  w('401', 'terse', 'no cookie, no header, nothing. which status', R401),
  w('401', 'nonnative', 'when user is not logged, what code gives the api', R401),
  w('401', 'incident', 'requests w/o a bearer get a 403 from our ingress, should be something else?', R401),
  w('401', 'spec', 'oauth access token past its expiry, still presented. resource server says?', R401T),
  w('401', 'terse', 'TOKEN EXPIRED. GATEWAY SAYS 403. RIGHT OR WRONG?', R401T),
  w('401', 'spec', 'client sends a token we cant verify b/c the signature is bad, 403 or 401', R401T),
  w('401', 'qa', '```GET /api/orders/55 HTTP/1.1``` no auth header in the request. we send 404. fix to?', R401),
  w('401', 'terse', 'status for: no session at all', R401),
  w('401', 'spec', 'in our API spec, what code for a request that carries an expired api key', R401),
  w('401', 'spec', 'if a token is valid but its audience is another service, 401 or 403?', R401T),
  w('401', 'terse', 'what do we give a request with a revoked api key', R401),
  w('401', 'typo', 'approprate respons for an expierd sesion?', R401E),
  w('401', 'typo', 'thru the gateway w/o creds b/c the sidecar dropped the header — code?', R401),
  w('401', 'incident', 'svc acct token revoked yesterday, cron still uses it. what do we return', R401T),
  w('401', 'incident', 'incident thread: since 09:00 mobile users get 403 on /sync. turns out their refresh tokens were revoked by the IdP migration. what should /sync be returning to them?', R401T),
  w('401', 'nonnative', 'the user make logout and after he use the back button, the server give him 403, it is correct?', R401E),

  // ── 403 ─────────────────────────────────────────────────────────────────────────────────────
  w('403', 'qa', 'GIVEN a logged-in viewer WHEN they POST /dashboards THEN status = ?', R403),
  w('403', 'reviewer', 'pr review: returns 401 when the user is authenticated but lacks the admin role. should this be different?', R403),
  w('403', 'spec', 'the svc acct has a valid token but no write perms on the bucket, which status do we give', R403),
  w('403', 'incident', 'user w/ valid session tries to approve their own expense, policy says no self-approval. code?', R403),
  w('403', 'pm', 'they ARE logged in, they just arent an org owner. transferring billing -> ?', R403),
  w('403', 'pm', 'a free-tier customer (logged in) calls the bulk export api which needs the enterprise plan. response code?', R403),
  w('403', 'terse', 'token fine, scope is read:users only, call is DELETE /users/5. what goes back', R403S),
  w('403', 'terse', 'requests from an IP outside our allowlist but w/ a valid key — status pls', R403),
  w('403', 'incident', 'account is on hold b/c of a chargeback; the person signs in ok and tries to place an order. what code', R403),
  w('403', 'spec', 'user is authenticated but in the wrong department to view salaries; the salaries page is known to everyone. which status', R403),
  w('403', 'incident', 'mfa done, session valid, role=support, hits /admin/impersonate. what should it return', R403),
  w('403', 'reviewer', 'we know exactly who it is (valid jwt) but theyre not on the project member list, and the project is public. code?', R403),
  w('403', 'frontend', 'my coworker is logged in but cant delete the channel, only the creator can, the channel is public. what status is correct', R403),
  w('403', 'nonnative', 'he has login and token ok but the permission for export is not given to him. what code', R403),
  w('403', 'qa', 'student account (signed in) tries to open the teacher grading page, which is listed publicly in the nav. status?', R403),
  w('403', 'spec', 'valid api key, the key is limited to project alpha, request goes to project beta whose existence is public. what status', R403S),
  w('403', 'pm', 'sso user authenticated fine; conditional access policy blocks unmanaged devices. which one', R403),
  w('403', 'spec', 'Security review: authenticated tenant admin attempts to modify a global setting reserved for platform operators; the setting is documented publicly. Expected status?', R403),
  w('403', 'terse', 'logged in, read-only role, PUT /config. what status does the spec want', R403),
  w('403', 'terse', 'customer logs in, their acct is suspended for abuse, they hit the api. code pls', R403),
  w('403', 'frontend', 'csrf token missing on a form POST from a logged-in user, what do we send', R403),
  w('403', 'terse', 'status for: valid session + missing "billing:read" permission', R403),
  w('403', 'spec', 'what code when the user is signed in but has been banned from the forum', R403),
  w('403', 'spec', 'which http status for a logged-in user whose email isnt verified trying to post a comment', R403),
  w('403', 'typo', 'usr is loged in but dosnt have the admn role, wat code', R403),
  w('403', 'incident', 'acct disabled for posting by a moderator, sess still valid, hits POST /comments. code', R403),
  w('403', 'pm', 'user has a valid login but isnt on the beta allowlist, and the beta is announced publicly. status', R403),
  w('403', 'reviewer', 'code review: `if (!user.roles.includes("editor")) return res.status(404)` — user is always authenticated here and article urls are public. right status?', R403),

  // ── 404: existence stays hidden ─────────────────────────────────────────────────────────────
  w('404', 'spec', 'logged-in user guesses another clinic’s patient id. patient ids must never be confirmed to outsiders. code?', R404H),
  w('404', 'terse', 'we dont want outsiders to even know a private repo is there. signed-in non-member asks for it. status', R404H),
  w('404', 'spec', 'security review: an authenticated user should not be able to distinguish "exists but not yours" from "does not exist". what do we return for not-yours?', R404H),
  w('404', 'incident', 'user from tenant B (valid token) requests /tenants/A/reports/9. tenant names are confidential. which one', R404H),
  w('404', 'pm', 'the admin console url is secret; a normal logged in customer stumbles on it. what should it answer', R404H),
  w('404', 'pm', 'can we avoid telling shoppers that an unreleased product page exists? logged-in shoppers hitting the url early — what status', R404H),
  w('404', 'terse', 'valid session, not invited to the doc, doc titles are sensitive, a 403 would leak. so?', R404H),
  w('404', 'nonnative', 'he is authenticated but is not member of that private group, and we must keep secret that the group exists. status?', R404H),
  w('404', 'qa', 'GIVEN user A is logged in AND order 77 belongs to user B AND order ids are confidential WHEN A GETs /orders/77 THEN status = ?', R404H),
  w('404', 'terse', 'authed user hits /internal/flags, internal endpoints shouldnt be discoverable by customers. code', R404H),
  w('404', 'spec', 'someone with a valid login walks /users/1..10000 looking for real accounts. what should each request for someone elses account give', R404H),
  w('404', 'pm', 'invite-only workspace, a logged in stranger requests it, we must not confirm it exists. which status', R404H),
  w('404', 'reviewer', 'Is 403 okay for a private repo when the caller is signed in but not a collaborator, given we must not reveal that private repos exist?', R404H),
  w('404', 'frontend', 'private profile, the logged in viewer is not a friend, we hide the fact that the profile is there. response?', R404H),
  w('404', 'terse', 'status for: exists, caller not allowed, existence is confidential', R404H),
  w('404', 'spec', 'what should /reports/123 return for a logged in user from a different org when org data is confidential', R404H),
  w('404', 'incident', 'so the ticket: customer B can open customer A’s invoice pdf by editing the url. we are fixing the authz check. after the fix, what status for B? we dont want B to learn which invoice numbers exist', R404H),

  // ── 404: nothing there ──────────────────────────────────────────────────────────────────────
  w('404', 'qa', 'GET /v1/invoices/INV-000 — that invoice number was never issued. status?', R404),
  w('404', 'frontend', 'frontend calls /api/v2/userz (typo in the client), what does the backend return', R404),
  w('404', 'qa', 'QA: we deleted nothing, the record just never existed, admin is logged in. expected code', R404),
  w('404', 'terse', 'sku 99999 isnt in the catalog and never was, what do we send', R404),
  w('404', 'frontend', 'url from an old bookmark, that path never existed on our site, user logged in fine. which one', R404),
  w('404', 'terse', 'the bucket key they ask for doesnt exist at all. code pls', R404),
  w('404', 'incident', 'someone fat-fingered the org slug in the url, there is no org by that name. status', R404),
  w('404', 'spec', 'API designer q: lookup by email where no user has that email. what status', R404),
  w('404', 'incident', 'scanner requests /.git/config, which we never served. what should it get', R404),
  w('404', 'spec', 'no route matches /v1/widgets/frobnicate at all. which code', R404),
  w('404', 'terse', 'the product id in the link is garbage, no such product. code?', R404),
  w('404', 'terse', 'status for: resource never existed', R404),
  w('404', 'typo', 'page was never ther, the link was just wrong. wich status', R404),

  // ── 404: removed, permanence not known ──────────────────────────────────────────────────────
  w('404', 'pm', 'took the page down for now, legal is reviewing, might republish. code?', R404U),
  w('404', 'spec', 'deleted the dataset but we keep backups and may restore it if the customer asks. 404 or 410', R404U),
  w('404', 'pm', 'unpublished the blog post, not sure yet whether it stays down. what do we return', R404U),
  w('404', 'incident', 'endpoint removed in the last deploy by accident, rollback coming. status meanwhile', R404U),
  w('404', 'spec', 'user closed their shop, they can reopen it within 90 days. what should the shop url give', R404U),
  w('404', 'terse', 'the listing got archived, seller can un-archive anytime. 410?', R404U),
  w('404', 'pm', 'we removed the feature page, might bring it back, undecided. status', R404U),
  w('404', 'terse', 'docs page deleted, might be permanent, might not, nobody knows yet. which code', R404U),
  w('404', 'pm', 'product is discontinued for this season only, comes back in spring. code', R404U),
  w('404', 'incident', 'postmortem q: we returned 410 for articles an editor deleted by mistake (they were restored next day). what should we have returned', R404U),

  // ── 410 ─────────────────────────────────────────────────────────────────────────────────────
  w('410', 'incident', 'we killed the v1 api for good last year, clients still call it. what do we return', R410),
  w('410', 'terse', 'the promo page was removed on purpose and will never come back. code pls', R410),
  w('410', 'pm', 'intentionally deleted the old docs site permanently, want google to drop it asap. status?', R410),
  w('410', 'spec', 'account deletion under gdpr is final and irreversible; requests for the deleted profile url get what', R410),
  w('410', 'spec', 'endpoint was sunset per our deprecation policy, it is gone for good. which one', R410),
  w('410', 'pm', 'we decided to retire the legacy export endpoint forever. 404 or 410?', R410),
  w('410', 'pm', 'the old marketing microsite is shut down permanently by decision of management, links are still out there. status', R410),
  w('410', 'terse', 'product page purged deliberately, no plans to bring it back. code', R410),
  w('410', 'spec', 'hard-deleted the user uploads on purpose (retention policy), those urls should answer?', R410),
  w('410', 'incident', 'the old webhook url was decommissioned on purpose, its not coming back. what should callers get', R410),
  w('410', 'terse', 'status for: removed permanently on purpose', R410),

  // ── Open: the decisive fact is missing ──────────────────────────────────────────────────────
  open('terse', 'user gets denied on /projects/9, 403 or 404?', /hid|exist|reveal|confiden/i, 'RFC 9110 §15.5.4: depends on whether existence must stay hidden (and whether it exists)'),
  open('terse', 'page removed, 404 or 410?', /permanent|for good/i, 'RFC 9110 §15.5.11: 410 only if known to be permanent'),
  open('terse', 'is it 401 or 403 when someone hits /admin', /authenticat|credential|log/i, 'RFC 9110 §15.5.2/§15.5.4: depends on whether valid credentials were sent'),
  open('spec', 'should a request for another tenant’s doc be 403 or 404', /hid|exist|reveal|confiden/i, 'RFC 9110 §15.5.4: depends on whether existence must be hidden'),
  open('pm', 'we deleted the old pricing page. what code now?', /permanent|for good/i, 'RFC 9110 §15.5.11: depends on whether the removal is for good'),
  open('frontend', 'a user cant get into the billing page, 401 or 403?', /authenticat|credential|log/i, 'depends on whether the user is authenticated'),
  open('spec', 'old endpoint removed, what should clients get now', /permanent|for good/i, 'RFC 9110 §15.5.11: depends on permanence'),
  open('reviewer', 'caller with a jwt gets 401 from us, should it be 403?', /valid|expired|authenticat/i, 'RFC 6750 §3.1: depends on whether the token is valid'),

  // ── Knowledge ───────────────────────────────────────────────────────────────────────────────
  k('pm', 'is it ever ok to 404 something that actually exists?', /hid|exist/i, 'RFC 9110 §15.5.4'),
  k('terse', 'still 7231 for status codes or has it been replaced?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('spec', 'which RFC do I cite for 403 in 2026?', /9110/, 'RFC 9110 §15.5.4'),
  k('reviewer', 'does RFC 9110 allow a 404 in place of a 403?', /hid|exist/i, 'RFC 9110 §15.5.4'),
  k('spec', 'what header must a 401 carry?', /www-authenticate/i, 'RFC 9110 §15.5.2'),
  k('frontend', 'should the CDN cache our 404 pages?', /cache/i, 'seed: CDNs may cache 404 with max-age; rarely appropriate'),
  k('pm', 'what does 410 tell a crawler that a 404 does not', /delist|crawl|index|permanent/i, 'seed: 410 helps crawlers delist faster'),
  k('terse', '401 vs 403 tl;dr', /authenticat|credential/i, 'RFC 9110 §15.5.2 vs §15.5.4'),
  k('frontend', 'should our sdk retry a 403 automatically?', /retry|permission/i, 'seed: do not retry without a change in permissions'),
  k('pm', 'what is a soft 404 and why is it bad', /200|soft|index/i, 'seed: 200 with not-found content stays indexed'),
  k('spec', 'which status goes with the oauth error insufficient_scope', /403/, 'RFC 6750 §3.1'),
  k('spec', 'bearer token expired — what does RFC 6750 say the status is', /401/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('reviewer', 'when exactly is 410 better than 404', /permanent|intentional/i, 'RFC 9110 §15.5.11'),
  k('nonnative', 'what the spec mean with "forbidden", please simple', /permission|refus|allowed/i, 'RFC 9110 §15.5.4'),
  k('qa', 'is a 404 a promise that the thing never existed?', /(?:ever|before|previously) existed|no (?:guarantee|indication)|not say|whether|future/i, 'RFC 9110 §15.5.5'),
  k('spec', 'what rfc obsoleted rfc 7235?', /9110/, 'RFC 9110 obsoletes RFC 7235'),
  k('spec', 'what section is 404 in rfc 9110', /15\.5\.5/, 'RFC 9110 §15.5.5'),
  k('frontend', 'why does github show 404 for private repos instead of 403', /hid|exist|private/i, 'RFC 9110 §15.5.4'),
  k('terse', 'is 403 cacheable', /cache/i, 'seed: 403 not cached; permission checks are per request'),
  k('pm', 'what should users do when they hit a 403', /admin|permission|access/i, 'seed: contact an administrator'),
  k('terse', 'does re-login fix a 403?', /permission|authenticat/i, 'seed: re-authenticating will not help'),
  k('pm', 'which one do crawlers drop faster, 404 or 410?', /410|delist/i, 'seed: 410 helps crawlers delist faster'),
  k('typo', 'wich rfc is the curent one for http staus codes', /9110/, 'RFC 9110'),
  k('reviewer', 'our runbook links rfc 7231 §6.5.4 for 404 — still correct?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
];

export const FRESH_QUESTIONS: readonly FreshQuestion[] = DRAFTS.map((draft, index) => ({ ...draft, id: index + 1 }));
