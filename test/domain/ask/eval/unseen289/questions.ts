import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 289, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a crypto exchange / brokerage API (KYC review, frozen withdrawals, delisted pairs, trade-only and IP-whitelisted API keys, closed accounts), in hurried on-call chat and pen-test finding style. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server sends a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and the caller is known but refused; re-authenticating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the privileges the request needs) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 ought to be used when the server does not know whether the removal is permanent';
const R410 = 'RFC 9110 §15.5.11: 410 when the target is no longer available at the origin and the condition is likely permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 ----------
  w('401', 'sre', "withdraw endpoint getting hammered w/ requests that have no api key header at all, nothing in Authorization either. ivan says just 403 em b/c withdrawals are frozen platform wide rn anyway. what do we send back", R401),
  w('401', 'sre', "key id exists in our db but the hmac sig on the req doesnt match, looks like they signed w/ the wrong secret. we cant verify who it is. code pls", R401),
  w('401', 'security', "Finding EXC-07: An API key that the customer revoked after it leaked on GitHub still receives 403 Forbidden on GET /v3/balances instead of a challenge. The key no longer authenticates anyone. Which status should the endpoint return for a revoked key?", R401T),
  w('401', 'support', "Customer closed their account last month and we revoked all their API keys at closure. Their old trading bot keeps calling GET /v1/orders with that revoked key and they want to know why it fails. What code should the bot be getting for the dead key itself?", R401T),
  w('401', 'nonnative', "The user have trade permission on his account, but the access token he is sending is expired since two hours. Which response code we must give for this, is it 403 because of the permission?", R401T),
  w('401', 'api', "Our brokerage API accepts OAuth bearer tokens. If a token fails signature verification entirely (it was not issued by our authorization server), the request is well formed otherwise. Should the resource server answer with 400, 401 or 403?", R401T),
  w('401', 'sre', "web session cookie expired, user refreshes the kyc status page /account/verification and we get a req w/ a stale session we cant map to anyone. not a perms thing. status?", R401),
  w('401', 'security', "Pen-test note: after a key rotation, requests signed with the OLD api secret are answered 200 for 5 minutes, then 403. We agree the grace window is a bug. Once the old secret is invalid, what is the correct status for those requests, given the server can no longer authenticate the caller?", R401),
  w('401', 'support', "client pasted their api secret w/ a trailing space so every signature comes out wrong, our side cant verify any of their requests. theyre not KYC restricted or anything. what code should they be seeing", R401),

  // ---------- 403 ----------
  w('403', 'sre', "trade-only api key (no withdraw perm) calling POST /v1/withdrawals, sig valid, acct fine. someone suggested 401 so the client re-auths. what do we send back", R403),
  w('403', 'security', "Finding EXC-12: IP-whitelisted API key, valid signature, request originates from an IP not on the key's allowlist. Currently returns 401. The key is authenticated and the caller is known; the IP restriction is the only reason for refusal, and the endpoint is public in our docs. What should it return?", R403),
  w('403', 'support', "User's account is under KYC review. They log in fine, can see their own balances, but when they try to withdraw the request is rejected. It's their own account so there's nothing to hide from them. Which status should the withdraw call return?", R403),
  w('403', 'nonnative', "Compliance team has frozen the withdrawals on one account. The owner is logged in correctly with valid token and he try to withdraw BTC. Which code is correct for refuse him, we are not hiding anything because he know it is his account.", R403),
  w('403', 'api', "A client's OAuth access token is valid and carries scope read:balances only. It calls POST /orders, which requires scope trade. There is no reason to conceal that the orders endpoint exists. What status is appropriate?", R403S),
  w('403', 'sre', "read only key tries DELETE /orders/{id} on an order that belongs to the same acct. key is valid, order obviously exists for them. 404 or 403 or what", R403),
  w('403', 'security', "Tester with a normal retail account hits GET /admin/listings (the admin path is listed in the public OpenAPI spec, so hiding it is pointless). Session is valid. Dev team returns 401. What should the correct code be?", R403),
  w('403', 'support', "Customer on the basic tier tries to open a margin position via the API. Their key is valid and authenticated; margin trading just isn't enabled for their tier and the margin endpoints are documented publicly. They keep re-logging in hoping it helps. What code should they get?", R403),
  w('403', 'sre', "subacct key calling POST /transfers to pull funds out of its own master acct. sub obviously knows the master exists (its the parent), key is valid, subs just arent allowed to do that. status code?", R403),
  w('403', 'api', "An account has been flagged by AML monitoring and withdrawals are blocked until review completes. The user's credentials are valid; a proposal is to return 401 so the app forces a fresh login. Logging in again will not change the outcome. Which status code is correct for the blocked withdrawal?", R403),

  // ---------- 404 ----------
  w('404', 'sre', "GET /v2/markets/BTC-USDTT/orderbook, typo, that pair was never listed ever. nothing secret. code pls", R404),
  w('404', 'nonnative', "Client ask for order with id 98127731 but this id was never created in our system, not deleted, just never exist. What status code we are returning?", R404),
  w('404', 'api', "A request arrives for /assets/FOOCOIN/deposit-address. FOOCOIN has never been supported on our exchange and there is nothing confidential about that. Which response code fits?", R404),
  w('404', 'security', "Finding EXC-03: an authenticated user can iterate order IDs. Orders owned by other users return 403, unknown IDs return 404, so the difference leaks which order IDs exist. We need other users' orders to be indistinguishable from nonexistent ones. What should the response be for another user's order?", R404H),
  w('404', 'sre', "key for acct A requesting /accounts/B/balances, B is someone elses acct and we dont want to confirm B even exists. ops wants 403. what do we send back", R404H),
  w('404', 'support', "A regular user found the URL /markets/NEWCOIN-USD for a pair that launches next week. The listing is confidential until the announcement and we must not reveal it exists. Their session is valid. What status should they see?", R404H),
  w('404', 'security', "Pen-test: GET /users/lookup?email=... returns 403 for registered emails and 404 for unregistered ones, so the attacker can enumerate customers. The caller is authenticated but not allowed to look up others. What status should a registered email return so it cant be told apart?", R404H),
  w('404', 'sre', "XYZ-USDT got delisted friday, listing committee says its paused pending review and might come back. market data endpoint for it, 410 or 404 or what. we dont know if its permanent", R404U),
  w('404', 'support', "A customer asks why the ABC-EUR pair page stopped working. We removed the pair after a regulator query, but legal has not decided whether it will ever be relisted. What status should that page return for now?", R404U),
  w('404', 'api', "Monthly statement exports for a closed account were deleted by a cleanup job, but the retention team may be able to restore them from backup and nobody has decided it is final. A staff tool requests the export URL. Is 410 right, or something else?", R404U),

  // ---------- 410 ----------
  w('410', 'sre', "LUNA-USDT delisted for good, announced, never coming back, all data purged on purpose. authed users still hitting /markets/LUNA-USDT/ticker. nothing to hide its public knowledge. status?", R410),
  w('410', 'api', "We intentionally retired the /v1/withdrawals endpoint; it is permanently removed and will never return (clients must use /v3). There is nothing secret about it. What status should requests to /v1/withdrawals receive?", R410),
  w('410', 'support', "Customer's old bookmark to the orderbook for DOGE-BTC stopped working. That pair was deliberately and permanently delisted, it's in the public announcement, and it will not be relisted. What code should the page return?", R410),
  w('410', 'nonnative', "Account was closed and deleted permanent after the user asked erasure. His public referral link /ref/ABC123 is deactivated for always, we decide it never come back and it is not secret. Which status we give when someone open this link?", R410),
  w('410', 'security', "Reviewer comment: the tester recommends 404 for the public page of a token we permanently retired on purpose. The retirement is announced publicly, there is no existence to hide, and we are certain it will not return. Which code best fits?", R410),
  w('410', 'sre', "deposit instructions page for the old ERC20 version of the token, we killed it deliberately after the migration and its permanent, not coming back. not 404 since we know its permanent right? what code", R410),

  // ---------- knowledge ----------
  k('api', "Is a 404 response cacheable by default under the current HTTP semantics RFC, or does it need explicit freshness information?", /(?<!not )(?<!n't )heuristically[ -]cach|(?<!not )cacheable by default|(?<!not )(?<!n't )heuristic cach/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', "When the API says 403, does it help if the customer just logs out and signs in again with the same key?", /same credentials|not (automatically )?(repeat|retry)|won'?t help|will not help|doesn'?t help|does not help|no(t)? (use|help)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "Which RFC is the current one that define the HTTP status codes like 401 and 403, the old 7231 is still valid?", /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('sre', "bearer token comes back w/ error=invalid_token in the challenge, what status goes w/ that", /401/, 'RFC 6750 §3.1: invalid_token SHOULD be answered with 401'),
  k('security', "Per RFC 6750, what status does a resource server return for error=invalid_request (missing or duplicated parameter, malformed request)?", /400/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 Bad Request'),
  k('nonnative', "The 410 Gone code, it means the resource is gone for short time or for long time? How long is it supposed to stay?", /(likely|expected to be|is|considered|intended to be|be) permanent|permanently (gone|removed|unavailable)/i, 'RFC 9110 §15.5.11: 410 indicates the condition is likely to be permanent'),
  k('sre', "pair removed but nobody knows if its permanent, 410 still ok or is there a better code per the rfc", /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', "For a request that carries no credentials at all, should the Bearer challenge in WWW-Authenticate include an error code such as invalid_token?", /SHOULD NOT include|should ?n[o']t include|not include an? error|no error (code|attribute|info)|omit(ted|s)? the error|without (an |any )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('support', "Does a 404 tell the customer whether the thing is missing just temporarily or forever?", /(does not|doesn'?t|do not|no|not) (indicate|say|tell|imply|specify|distinguish|reveal)|neither|not whether|unknown whether/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('sre', "whats the proxy version of 401, the one where the proxy wants creds", /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate'),
  k('api', "Is a 410 Gone response cacheable without explicit Cache-Control, according to RFC 9110?", /(?<!not )(?<!n't )heuristically[ -]cach|(?<!not )cacheable by default|(?<!not )(?<!n't )heuristic cach/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('nonnative', "Which RFC is define the bearer token errors invalid_token and insufficient_scope?", /6750/, 'RFC 6750 §3.1 defines the bearer token error codes'),
];

export const UNSEEN289_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
