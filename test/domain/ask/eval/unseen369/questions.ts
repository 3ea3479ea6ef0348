import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 369, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a crypto exchange and wallet app (KYC levels, frozen accounts, withdrawal whitelists, delisted trading pairs, API keys with trade/withdraw permissions, other users' orders), in incident-channel shorthand and security findings. */

const R401 = 'No valid credentials (missing, expired, revoked, malformed, bad signature, unknown key) means 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3, §3.1 invalid_token).';
const R403 = 'Caller is identified but not authorized and existence is not secret: 403, re-authenticating will not help (RFC 9110 §15.5.4).';
const R403S = 'Valid bearer token lacking the required scope is insufficient_scope, answered with 403 (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No current representation for the target: it never existed / wrong id, so 404 (RFC 9110 §15.5.5).';
const R404H = 'A server that wants to hide the existence of a forbidden resource may answer 404 instead of 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent: 404, since 410 requires the condition to be known permanent (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally removed and known to be permanent: 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'withdraw-svc seeing POST /v1/withdrawals w/ no Authorization header at all, no api key, no cookie, nothing. what do we send back', R401),
  w('401', 'support', 'Ticket #88213: customer says he logged out of the mobile wallet app yesterday, then his old session cookie got replayed by a browser extension against GET /account/balances this morning. The session was invalidated server-side at logout so the cookie maps to nothing now. Our app shows a generic "forbidden" page. What status should the balances endpoint actually return for that request?', R401),
  w('401', 'security', 'Finding SEC-412: after a user rotates their API key, the old key (now revoked) is still presented by their trading bot on POST /v1/orders and the API returns 403 "permission denied". The revoked key is the only credential sent. Dev says 403 is fine. Is it, or should this be something else?', R401),
  w('401', 'nonnative', 'the request come with our api key id that exist, but the HMAC signature is not matching, signature verify is failing so we cannot trust who is sending. which code we return for this?', R401),
  w('401', 'api', 'JWT on GET /v2/account/kyc-level has exp 2h in the past, expired token, nothing else sent. gateway returns what', R401),
  w('401', 'sre', 'bot spamming /v1/private/balances w/ an X-API-KEY thats not in our db at all, never issued by us. status?', R401),
  w('401', 'api', 'mobile client sends "Authorization: Bearer undefined" to /v1/wallets, token is garbage, doesnt decode, no valid creds of any kind. someone on the team says 403. which status pls', R401),
  w('401', 'security', 'pentest note: web session expires after 15 min idle. after expiry, clicking "confirm withdrawal" sends the stale session id to POST /withdrawals/confirm and the server answers 404. session is dead, no valid auth on the request. correct response?', R401),

  // ---- 403 ----
  w('403', 'api', 'api key is valid and signed correctly but it only has read + trade permissions, withdraw permission is off. caller hits POST /v1/withdrawals on their own acct. which one', R403),
  w('403', 'support', 'Customer is logged in fine, KYC level 1. She tries to withdraw 5 BTC but anything over the daily limit needs KYC level 2. She knows the withdraw page exists, nothing secret here, she just isnt verified enough. What code should the withdrawal API return? Logging in again obviously wont change her KYC level.', R403),
  w('403', 'sre', 'acct frozen by compliance, user logs in ok, session valid, tries to place a market order. the freeze is shown on their dashboard anyway so nothing to hide. code pls', R403),
  w('403', 'security', 'review: withdrawal request to an address that is NOT on the users withdrawal whitelist. user is authenticated, key has withdraw permission, request is well-formed, we refuse only b/c of the whitelist policy. teammate proposes 401. thoughts', R403),
  w('403', 'nonnative', 'api key have IP allowlist. request come from IP not in the list, but key and signature are valid, we know exactly who is the user. the allowlist feature is public in docs. what status is correct?', R403),
  w('403', 'api', 'oauth token valid, not expired, but scope is only "read:balances" and the call is POST /v1/orders which needs "trade". what status do we return', R403S),
  w('403', 'support', 'User in a restricted jurisdiction is logged in and tries to open the margin trading page. Margin trading is publicly advertised, so its existence is not a secret; we just dont allow it for his country. Another agent said 404. Which is right?', R403),
  w('403', 'sre', 'sub-account user (authenticated, valid session) calling the master acct api-key mgmt endpoint. all sub-accounts see that menu entry, nothing confidential, they just arent allowed to use it. is 403 right here', R403),
  w('403', 'security', 'finding: support-readonly role (authenticated via staff SSO) can call POST /admin/accounts/{id}/unfreeze and gets a 500. endpoint is documented internally, staff know it exists, they just lack the role. what should it return', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /v1/markets/DOGEBTCX, typo, that pair was never listed on our exchange. what should the gateway return', R404),
  w('404', 'api', 'GET /v1/orders/99999999999 from an authenticated caller. no order with that id was ever created, its not deleted, it just never existed. code?', R404),
  w('404', 'nonnative', 'user ask for address book entry id 7731 in the wallet, but this id never exist in our system, nobody have it. which response code?', R404),
  w('404', 'support', 'Customer keeps clicking an old bookmark /deposit/solana-testnet. We checked: we never supported Solana testnet deposits, that page never existed, the link is just wrong. What status should it give?', R404),

  // ---- 404: exists but hidden ----
  w('404', 'security', 'IDOR check: user A (logged in) requests GET /v1/orders/{id} for an order belonging to user B. order ids are confidential, we must not confirm to A that the order exists. 403 or something else?', R404H),
  w('404', 'api', 'non-admin authenticated users calling /internal/cold-wallets. we dont want anyone outside ops to even know this endpoint exists. which status', R404H),
  w('404', 'support', 'A logged-in customer pasted another customer\'s withdrawal id into /withdrawals/{id}. Our policy is we never confirm or deny that other customers\' records exist. What should the API respond with?', R404H),
  w('404', 'nonnative', 'user try GET /v1/accounts/{other_account}/api-keys for account that is not his. we must not leak that this account even exist. what code to send?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'XYZ/USDT pair pulled rn, legal still reviewing, might be relisted next month, nobody decided anything. GET /v1/markets/XYZUSDT returns what', R404U),
  w('404', 'support', 'User removed an address from her own withdrawal whitelist yesterday. It is soft-deleted and can be restored within 30 days, so not permanently gone. Her script (valid key, her account) still calls GET /whitelist/addresses/{id} for it. What status should she see?', R404U),
  w('404', 'security', 'finding: /v1/subaccounts/{id} returns 410 for sub-accounts closed by the owner. but closure can be reversed by support on request, not sure yet if its ever permanent. is 410 correct or what should the owner get', R404U),

  // ---- 410 ----
  w('410', 'sre', 'LUNA/USDT delisted for good, final decision, market route removed on purpose, it is never coming back. /v1/markets/LUNAUSDT should return?', R410),
  w('410', 'api', 'legacy REST api was decommissioned on 2024-06-01, all /api/legacy/* routes were removed on purpose and will never be brought back. clients still hit them. status?', R410),
  w('410', 'support', 'Customer closed his account and we completed a GDPR erasure, all his data permanently purged on purpose. His old public referral link /r/kx91 is still shared on forums. What should that link return? It will never come back.', R410),
  w('410', 'nonnative', 'token FOO is delisted permanently, we deleted the deposit page /deposit/FOO on purpose and it will not return ever. which code is proper?', R410),
  w('410', 'security', 'post-incident: we permanently removed the insecure "withdraw via email magic link" endpoint /v1/withdrawals/email-confirm after the vuln. decision is final, its gone forever. old clients still call it with valid sessions. what should they get', R410),
  w('410', 'sre', 'airdrop claim page /promo/airdrop-2023, campaign ended, page deliberately taken down, permanent. someone says 404, thoughts', R410),
  w('410', 'api', 'margin lending product was shut down permanently, /v1/lending/* removed intentionally, not coming back under any circumstances. what do we return to callers', R410),

  // ---- knowledge ----
  k('sre', 'when we 401 a request on the exchange api, which response header has to be on it', /www-authenticate/i, 'A 401 response must send a WWW-Authenticate header with at least one challenge (RFC 9110 §15.5.2).'),
  k('api', 'our bot got 403 on POST /withdrawals b/c the key lacks withdraw perm. should the client just auto-retry the same request w/ the same key', /(should not|shouldn'?t|\bnot\b|\bno\b|don'?t|do not|never|pointless|won'?t|will not)[^.]{0,60}(retry|repeat|resend|re-?send|re-?try|same|help|work|succeed)/i, 'The client SHOULD NOT automatically repeat a 403 request with the same credentials (RFC 9110 §15.5.4).'),
  k('security', 'RFC-wise is it legit to answer 404 instead of 403 when a user pokes at other users order ids? whats the justification', /hid(e|es|ing)|conceal|existence|not (reveal|disclose|confirm|leak)|leak|enumerat/i, 'A server wishing to hide the existence of a forbidden resource MAY respond 404 instead of 403 (RFC 9110 §15.5.4).'),
  k('support', 'If a trading pair is delisted but we honestly dont know yet whether it will be relisted, should the old pair URL give 410 or 404?', /\b404\b/, '410 is for conditions known to be permanent; when that is unknown, 404 should be used (RFC 9110 §15.5.11).'),
  k('nonnative', 'when we return 410 for delisted market page, what it tell to search crawler and people who link to it?', /remov|delet|delist|drop|de-?index|permanent|no longer/i, '410 signals the resource is intentionally and permanently unavailable and that links to it should be removed (RFC 9110 §15.5.11).'),
  k('sre', 'cdn q: w/o any Cache-Control on the response, can a cache store our 410 for a permanently delisted pair heuristically', /\byes\b|heuristically cacheable|(is|are|it'?s) (heuristically )?cacheable|can (be )?(heuristically )?cache|may (be )?(heuristically )?cache/i, '410 is heuristically cacheable by default (RFC 9110 §15.5.11, §15.1).'),
  k('api', 'and our 403s for frozen accounts, are those heuristically cacheable by default like 404/410, or only if we add explicit freshness headers', /\bnot\b[^.]{0,40}(heuristic|cach|default)|isn'?t[^.]{0,40}(heuristic|cach|default)|only (if|with|when)[^.]{0,40}(explicit|cache-control|expires|max-age|freshness)|requires? explicit|needs? explicit/i, '403 is not in the list of heuristically cacheable status codes; it is cached only with explicit freshness information (RFC 9110 §15.1).'),
  k('security', 'RFC 6750: bearer token is valid but lacks the withdraw scope, so error=insufficient_scope. which HTTP status goes with that', /\b403\b/, 'insufficient_scope SHOULD be returned with 403 Forbidden (RFC 6750 §3.1).'),
  k('nonnative', 'api access token was revoked, we send 401 with WWW-Authenticate: Bearer. what value we should put in the error= param?', /invalid_token/i, 'An expired, revoked or malformed access token is error="invalid_token" with 401 (RFC 6750 §3.1).'),
  k('nonnative', 'client send bearer token in both Authorization header and access_token query param in same request. by RFC 6750 which HTTP status we answer?', /\b400\b/, 'Using more than one method to send the token is invalid_request, which SHOULD be 400 Bad Request (RFC 6750 §3.1, §2).'),
  k('support', 'Our API docs cite RFC 7231 for status codes. Is that still the current spec, or was it replaced?', /9110/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235 (RFC 9110, front matter).'),
  k('support', 'When an account is frozen by compliance, is it okay for the 403 response body to explain why the request was refused, or must a 403 stay silent?', /(can|may|allowed to|is fine to|ok to|okay to) (describe|explain|include|say|state|tell|give|mention)|describe (the )?reason|reason in the (body|response|content|payload)|explain(ing|s)? (why|the reason)/i, 'A server that wishes to make public why the request was forbidden can describe the reason in the response content (RFC 9110 §15.5.4).'),
  k('nonnative', 'we have 410 for delisted pairs. we must keep 410 forever, or after 1 year we can change to 404?', /not (necessary|required|obligat|mandatory)|no (need|requirement|obligation)|don'?t (have|need)|do not (have|need)|discretion|up to (you|the server|us|the owner|your)|can (switch|change|move)|may (switch|change|move)|(fine|ok|okay|allowed) to (switch|change|move)/i, 'It is not necessary to keep the 410 mark for any length of time; that is left to the server owner\'s discretion (RFC 9110 §15.5.11).'),
  k('security', 'request comes in with no token at all to /v1/private/*. we 401 with WWW-Authenticate: Bearer. should the challenge include error="invalid_token" too', /(should not|shouldn'?t|\bnot\b|\bno\b|omit|without|leave out|don'?t|do not)[^.]{0,60}(error|code)|(just|only) (the )?(scheme|realm|Bearer)/i, 'If the request lacks any authentication information, the server SHOULD NOT include an error code or other error information (RFC 6750 §3.1).'),
  k('nonnative', 'is 404 say that the page will never come back? our user ask if 404 on pair page mean it is deleted forever', /(doesn'?t|does not|\bnot\b|\bno\b)[^.]{0,40}(say|indicate|tell|imply|mean|guarantee|specify)|temporar|either|(may|might|could) (come back|exist|return|reappear)/i, '404 does not indicate whether the condition is temporary or permanent (RFC 9110 §15.5.5).'),
];

export const UNSEEN369_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
