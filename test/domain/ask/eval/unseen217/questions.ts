import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 217, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an email and newsletter delivery API (sending domains, per-domain API keys, suppressed recipients, deleted templates, sub-accounts). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource; the 401 carries a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) is answered with 401; RFC 9110 §15.5.2';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses to fulfil it; repeating it with the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the current existence of a forbidden target resource MAY instead respond 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used';
const R410 = 'RFC 9110 §15.5.11: access to the target resource is no longer available at the origin server and the condition is likely permanent (intentional removal)';

const CACHE_YES = /heuristic|(?<!not |n't |non-?)(cacheable|cached) by default|^\W*yes\b/i;

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 ----------
  w('401', 'sre', 'key for mail.acme.io got revoked yday after the leak. customer cron still hitting GET /v3/templates/tmpl_42 w/ it, and tmpl_42 was purged for good last month anyway. 401 or 410, what do we send back', R401T),
  w('401', 'api', 'A request to GET /v1/suppressions arrives with no Authorization header and no API key of any kind. A colleague wants to return 403 because "anonymous callers are not allowed to read suppressions". What status should the endpoint actually return?', R401),
  w('401', 'support', 'A customer says their OAuth bearer token expired about an hour ago and now listing their sending domains fails. They have not refreshed the token yet. What status code should our API have answered them with?', R401T),
  w('401', 'security', 'Pen-test note: on POST /v1/account/templates (a collection URL that is identical for every tenant, so nothing about any single tenant is exposed) the tester sent an API key whose HMAC signature does not verify. Today the server answers 404 "to avoid enumeration". What is the correct response for a key that fails verification here?', R401),
  w('401', 'nonnative', 'We rotate the domain key last week and the old key is not valid anymore, but the client of the customer still is sending the old one. Which code the server must to give back?', R401T),
  w('401', 'sre', 'basic auth on the smtp-over-http relay endpoint, username exists but password is wrong. 401 or 403, code pls', R401),
  w('401', 'api', 'The API key was issued to a sub-account that has since been deleted, so the key no longer authenticates anybody. The caller uses it to POST /v1/messages. Someone suggested 410 because the sub-account is gone. Which status is right for this request?', R401T),
  w('401', 'support', 'Customer clicked "regenerate key" in the dashboard this morning and their integration broke right after. Their config still holds the previous key. They are seeing a 403 and ask if that is correct. What should the API return to them instead, if anything?', R401T),
  w('401', 'security', 'The bearer token presented to the newsletter send endpoint has a valid signature, but its exp claim passed ten minutes ago. A reviewer argues for 403 because "we know who it is". Which status is correct?', R401T),

  // ---------- 403 ----------
  w('403', 'sre', 'domain-scoped key for news.acme.io, valid. same acct also owns promo.acme.io and they see both in the dashboard. they try to send from promo.acme.io w/ the news key. nothing to hide, both domains are theirs. what do we return', R403),
  w('403', 'api', 'A token carrying only the messages:read scope attempts DELETE /v1/suppressions/jane@example.com. The token is valid and unexpired. Following RFC 6750, which status fits?', R403S),
  w('403', 'support', 'A sub-account user, logged in correctly, tries to change the parent account\'s billing plan. They can already see the parent account and its plan on their screen, so its existence is no secret. They simply are not allowed to change it. What error code should they receive?', R403),
  w('403', 'security', 'Finding: a valid API key is used from an IP address outside the account\'s allowlist. The target is the account\'s own sending-domain list, so there is nothing whose existence needs concealing from this caller. Which status should the server return?', R403),
  w('403', 'nonnative', 'User is login with correct key but his role is "viewer". He try to start the DNS verification for the sending domain which he can see already in the list. Which answer code we give him?', R403),
  w('403', 'sre', 'acct suspended for spam complaints, key itself still valid + unexpired, they keep calling /messages. not a creds problem, new key wouldnt change anything. what status', R403),
  w('403', 'api', 'My colleague proposes 401 for the following because "the user is not authorized": a valid API key belonging to the same account that owns template tmpl_7 (and which can read it) lacks the templates:write permission and attempts PUT /v1/templates/tmpl_7. What is the right code?', R403),
  w('403', 'support', 'The parent account shares a default newsletter template with all of its sub-accounts, and every sub-account can see it. A sub-account with a working key tried to delete that template and we refused. The customer asks which status they should expect for that refusal.', R403),
  w('403', 'security', 'The sending domain in question is effectively public: it appears in the From header of every message we deliver. A valid key from a different, unrelated account attempts to edit that domain\'s DKIM settings. Hiding the domain\'s existence buys nothing. Which code should we send?', R403),
  w('403', 'nonnative', 'Our sandbox sub-account have a valid token but the plan don\'t permit to add custom sending domain. When it call POST /domains what code is correct? Login again will not change anything.', R403),

  // ---------- 404 ----------
  w('404', 'sre', 'GET /v3/domains/mial.acme.io, typo, nobody ever registered that domain w/ us, key is fine. what do we send back', R404),
  w('404', 'support', 'A customer asks for template tmpl_999. Their key is valid, but no template with that ID has ever been created on any account. What code should they get?', R404),
  w('404', 'nonnative', 'Client with good key ask GET /suppressions/bob@example.org but this address never was suppressed, never bounced, nothing at all. Which code is return?', R404),
  w('404', 'security', 'A valid key from tenant A requests GET /v1/templates/{id} where the ID belongs to tenant B. Our policy is that tenants must not be able to learn that other tenants\' template IDs exist. A developer wants 403. What should the response be?', R404H),
  w('404', 'api', 'Sub-accounts under the same parent must not learn anything about each other, including which sending domains a sibling has. Sub-account X, properly authenticated, requests sub-account Y\'s domain record. Which status code is appropriate?', R404H),
  w('404', 'security', 'Pen-test finding: GET /v1/suppressions/{email} returns 403 for addresses suppressed on another customer\'s account and 404 for addresses not suppressed anywhere, so an attacker with any valid key learns who unsubscribed elsewhere. To close the leak, what should the 403 case become?', R404H),
  w('404', 'sre', 'customer key poking at /v1/subaccounts/internal-abuse-desk, thats our staff-only sub acct, customers must not even know it exists. 403 or 404', R404H),
  w('404', 'support', 'A customer deleted a template yesterday. It sits in the trash and can be restored for 30 days. Their app still requests it by ID with a valid key. Which status should the API return in the meantime?', R404U),
  w('404', 'nonnative', 'Customer remove the domain from his account. We have no idea if he will add it again and there is no rule that say removing is permanent. For GET on it, 404 or 410 is better?', R404U),
  w('404', 'api', 'A recipient was removed from an account\'s suppression list, but the entry is re-created automatically if the address hard-bounces again, so we cannot say the absence is permanent. The owning account requests GET /v1/suppressions/that-address with a valid key. Should we answer 410 Gone, or something else?', R404U),

  // ---------- 410 ----------
  w('410', 'sre', 'template hard-purged last week on owner request, irrecoverable, ids never reused. owner still GETs it w/ valid key every 5 min. what code', R410),
  w('410', 'api', 'We intentionally retired the v1 newsletter send endpoint and it will never come back; we want integrators to drop every reference to it. Properly authenticated calls still arrive. Which status best communicates that?', R410),
  w('410', 'support', 'A parent account closed one of its sub-accounts and asked for it to be permanently erased. The erasure is complete and sub-account IDs are never reused. The parent, who owned it and from whom nothing is hidden, requests GET /v1/subaccounts/sa_88. What should they get?', R410),
  w('410', 'nonnative', 'Domain was deleted by owner and after the 30 day grace period it is purged for ever, the domain_id is never reuse. The owner still call GET /domains/{domain_id} with valid key. What code we should answer?', R410),
  w('410', 'security', 'A newsletter issue\'s public web-view page (no login required, linked from every copy sent) was deliberately and permanently taken down on legal request. There is nothing secret about it having existed. What status should that URL return now?', R410),
  w('410', 'sre', 'we killed the public template preview share links on purpose, feature is never coming back. bots keep hitting the old preview urls (no auth on them). code pls', R410),

  // ---------- knowledge ----------
  k('api', 'Is a 404 response cacheable by default under RFC 9110, that is, without explicit freshness information?', CACHE_YES, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('support', 'A customer got a 403 and wants to know whether simply sending the same request again with the same key will fix it. What does the RFC say about repeating the request?', /(should not|shouldn'?t|must not|not to|need not) (be )?(automatically )?(repeat|retry|resend|re-?send|re-?submit)|different credentials|new credentials|(won'?t|will not|doesn'?t|does not|would not|wouldn'?t) (help|fix|change)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY repeat it with new or different credentials'),
  k('nonnative', 'Which RFC is now the actual one for HTTP status codes? We still cite 7231 in our docs.', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231'),
  k('api', 'What status code does RFC 6750 pair with the invalid_token error code?', /\b401\b|unauthori[sz]ed/i, 'RFC 6750 §3.1: invalid_token SHOULD be answered with 401 Unauthorized'),
  k('support', 'After we mark a deleted template as 410 Gone, how long are we required to keep returning 410 for that URL?', /no (fixed |set |required |specific |mandated |minimum |particular )?(time|duration|period|limit|requirement)|not (required|necessary|obligated|mandated)|(up to|at the discretion of|discretion of|decided by) the (server |site |resource )?owner|any (particular |specific )?length of time|as long as (you|the owner)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any particular length of time; that is left to the server owner'),
  k('security', 'Under RFC 9110, when may an origin server answer 404 in place of 403 for a forbidden resource?', /hid(e|es|ing)|conceal|existence|reveal|disclos/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the current existence of a forbidden target resource MAY respond 404'),
  k('nonnative', 'Is 410 response cacheable by default, or the client must get explicit Cache-Control for cache it?', CACHE_YES, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('sre', 'what does rfc 9110 say 410 is mainly for', /maint|remov\w* (the |remote |any )?links|remote links|delist|intentional/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by signalling the resource is intentionally unavailable and that remote links to it should be removed'),
  k('security', 'RFC 6750: when a request carries no authentication information at all, should the 401 WWW-Authenticate challenge include an error code?', /(should not|shouldn'?t|must not) (include|contain|carry|send|have|add)|no error|omit|without (an |the |any )?error|not include|leave (it )?out|^\W*no\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('nonnative', 'Proxy need authentication from the client, which code it use instead of 401?', /\b407\b|proxy authentication required/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate'),
];

export const UNSEEN217_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
