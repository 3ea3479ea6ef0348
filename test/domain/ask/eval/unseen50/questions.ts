import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 50, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an open-banking API provider — account information and payment initiation, consent expiry and revocation, TPP certificates, scopes, closed accounts, retired API versions, fraud blocks, sandbox vs production. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: token expired, revoked, malformed or otherwise invalid → invalid_token, 401';
const R401N = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: no credentials presented at all → 401, challenge without an error code';
const R403 = 'RFC 9110 §15.5.4: the caller is known but the server refuses to authorize the action (role, policy, plan, network rule); new credentials will not help → 403';
const R403S = 'RFC 6750 §3.1: token valid but lacks the privileges the request needs → insufficient_scope, 403';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may answer 404 instead of 403';
const R404 = 'RFC 9110 §15.5.5: the server found no current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.11 / §15.5.5: 410 only when the removal is known to be permanent; if that is unknown, 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×20
  w('401', 'sre', `aisp hitting GET /accounts w/o any Authorization header at all, gw currently answers 403. what should it be`, R401N),
  w('401', 'api', `When a TPP calls our domestic payment initiation endpoint with an access token whose exp claim passed twenty minutes ago, which status should the resource server return?`, R401T),
  w('401', 'support', `A budgeting-app partner tells me their end user withdrew consent from inside our mobile banking app yesterday. Since then every balances call they make with the same access token is rejected, because withdrawing the consent revokes the token and introspection now says active=false. They want to know what status they should be seeing from us.`, R401T),
  w('401', 'security', `In the review of our JWS verification for access tokens: when the signature on the token does not verify against any key in our JWKS, are we answering 401 or 403?`, R401T),
  w('401', 'nonnative', `The TPP is sending us a bearer token but it is cut in the middle, only the header and half of payload, so we cannot parse it like JWT. Which code we must give back?`, R401T),
  w('401', 'sre', `prod gw log: "introspect failed: unknown issuer iss=https://auth.sandbox.ourbank.example client=tpp-2231" — tpp is using their sandbox token against prod api. code pls`, R401T),
  w('401', 'api', `We rotated our token-signing key last week and removed the old key from the JWKS entirely. A handful of payment initiation clients still present access tokens signed with the retired key, and we can no longer validate them. What do we send back?`, R401T),
  w('401', 'support', `Customer's developer says he gets 403 Forbidden on every account call since he moved to a new Postman collection. Turns out he forgot to add the token to the collection, so the requests go out with no Authorization header at all. Is 403 what he should be getting?`, R401N),
  w('401', 'security', `A TPP's API key leaked on a public repo and we revoked it within the hour. We still see traffic from an unknown address using that revoked key against the accounts API. 401 or 403 for those calls?`, R401),
  w('401', 'nonnative', `The consent is expired since it reached the 180 days limit and the access token linked to it is not more valid, our auth server reject it. What should be the response status to the TPP when they call transactions?`, R401T),
  w('401', 'sre', `WARN authz: bearer token expired exp=1717000000 now=1717003600 client_id=tpp-4471 path=/open-banking/v3.1/aisp/accounts/9f2c/transactions  -> currently mapped to 500 by the error handler lol, needs fixing`, R401T),
  w('401', 'api', `A client sends Authorization: Basic with some username/password pair to an endpoint that only accepts OAuth 2.0 bearer tokens, and the pair matches nothing we know. Correct response?`, R401),
  w('401', 'support', `A corporate client's treasurer logged out of the business portal, but a browser tab kept polling the statements endpoint with the session cookie that logout had already invalidated. The tab shows "403 Forbidden" and they're confused. Which status should that request really get?`, R401),
  w('401', 'security', `We found tokens minted for another bank's API (aud points at their resource server, not ours) being replayed against our account information endpoints. Since we can't accept them as credentials for us, which status is right?`, R401T),
  w('401', 'nonnative', `The authorisation code flow is not finish yet, the PSU did not approve, but the TPP already call account endpoint without any token. What status is correct?`, R401N),
  w('401', 'sre', `mtls-bound token (cnf x5t#S256) showed up on a conn w/ a different client cert, so the binding check fails. 401 or 403`, R401T),
  w('401', 'api', `One TPP is sending the OpenID Connect ID token in the Authorization header instead of the access token. Our resource server treats that as not a valid access token. Which code should the API respond with?`, R401T),
  w('401', 'support', `Our policy is that when a customer resets their online-banking password, every access token issued to TPPs on their behalf gets revoked. An aggregator keeps calling with one of those old tokens after the customer did a reset this morning. What code do they get?`, R401T),
  w('401', 'security', `Pen test finding: a request carrying a JWT with alg=none, hand-crafted, not issued by our authorization server. Besides rejecting it, which status code should the accounts API use?`, R401T),
  w('401', 'nonnative', `TPP revoked the token themself using our revocation endpoint yesterday night, but their batch job still is using the same token this morning. Which one we return, 401 or 403?`, R401T),

  // ---- 403 ×24
  w('403', 'api', `An AISP whose access token carries only the accounts scope calls POST /domestic-payments. Which status, and does the WWW-Authenticate error change anything?`, R403S),
  w('403', 'sre', `tpp-883 token valid, scope=accounts, calling /funds-confirmations which needs fundsconfirmations scope. code?`, R403S),
  w('403', 'support', `A fintech is registered with the regulator only as an account information provider — their eIDAS certificate has no payment initiation role. They authenticate to us just fine, but they're trying to initiate payments. What response should they get?`, R403),
  w('403', 'security', `Our fraud engine flagged a TPP and ops placed a block on payment initiation for that client_id. Their tokens are still perfectly valid. We don't care if they know the endpoint exists — what should the API return to them?`, R403),
  w('403', 'nonnative', `The request is coming from IP which is not inside the allowlist of this TPP (they registered only two IP), but the token is valid. Which code?`, R403),
  w('403', 'sre', `consent + token fine, but consent only covers acct ...111 and they're asking for txns on ...222. same psu, and 222 was in the /accounts list they already pulled so no point hiding it. 404 or 403`, R403),
  w('403', 'api', `A TPP's production client is registered but still in 'pending approval' status in our directory. Its credentials authenticate correctly in production, yet it isn't approved for live customer data. What should the account endpoints return until approval?`, R403),
  w('403', 'support', `A business-banking user is logged in fine but only has the "viewer" role in their company's profile. They try to approve a bulk payment file and the app shows an error. Which status should the API have used?`, R403),
  w('403', 'security', `Our admin API for managing TPP registrations is publicly documented, so concealing it buys nothing. A regular TPP with a valid token calls /admin/tpps. Which status?`, R403),
  w('403', 'nonnative', `The TPP is on the free plan and this plan is not including the bulk file payments endpoint. The token is ok. What we should answer?`, R403),
  w('403', 'sre', `2024-06-01T10:22:13Z gw deny reason=geo_block country=XX client=tpp-12 token=valid route=/pisp/domestic-payments — what status goes out with that`, R403),
  w('403', 'api', `On the consent authorisation page, a signed-in customer tries to authorise a payment from an account where they are only a view-only secondary holder. Which status should the authorisation API send back?`, R403),
  w('403', 'support', `A partner's user is logged in and gets "Forbidden" viewing a joint account's statements, because the other joint holder restricted their access in the bank's settings. The partner asks whether we could send 401 instead so their app prompts the user to log in again. Would that be right, or what's the correct code?`, R403),
  w('403', 'security', `The national authority suspended a TPP's licence. Their certificate hasn't been revoked and their tokens still validate, but our policy is no access during a suspension. What status should their calls receive?`, R403),
  w('403', 'nonnative', `Token has the payments scope, but TPP is trying to make international payment and the consent they have say domestic payments only. Which status we give?`, R403),
  w('403', 'sre', `tpp authenticated fine w/ prod cert, hitting /internal/reconcile from outside the vpn, ip rule blocks it. endpoint is in the public api docs anyway. what do we send back`, R403),
  w('403', 'api', `Maker-checker rule: the same user who created a corporate payment tries to approve it themselves. They're fully authenticated; policy forbids self-approval. Which status fits?`, R403),
  w('403', 'support', `A TPP with a valid token tried to cancel one of the customer's standing orders. Our rules say TPPs can only read standing orders — cancelling is something the customer does in our own app. They got 401 back and think they need to refresh their token. 401 or 403?`, R403),
  w('403', 'security', `A support agent's SSO session is valid, but by policy agents may not open full account details of accounts flagged as high-profile. Agents can already see that those accounts exist in their search results. The agent tool calls the API. What should it return?`, R403),
  w('403', 'nonnative', `Our customer is a minor (under 18) and bank policy say minors can not give consent to a payment initiation TPP. The customer is logged in on the consent page and try to approve. Which HTTP code?`, R403),
  w('403', 'sre', `tpp has scope accounts, fine, but hits /accounts/{id}/parties and the consent doesn't grant ReadPartyPSU permission. acct itself is in their consent. code`, R403S),
  w('403', 'api', `For our v4 payments API the write operations require payments:write. A client presents a valid token that only has payments:read. What status goes with the insufficient_scope error?`, R403S),
  w('403', 'support', `A TPP got a 401 from us after compliance put their account on hold, and now their client keeps requesting new tokens in a loop. The tokens are valid; the hold is purely a business decision. What should we have sent them?`, R403),
  w('403', 'security', `A staff member of our Irish entity, properly logged in, tries to open a customer record that belongs to our German entity. Entities are isolated from each other, but the record's existence isn't secret — it shows up in the group-wide search index. Which response?`, R403),

  // ---- 404 ×24 (hide existence, not known to be permanent, nothing there)
  w('404', 'security', `A TPP is walking through account IDs sequentially and requesting /accounts/{id} for accounts it has no consent for. Account IDs must not be enumerable by outsiders. Which code for those requests?`, R404H),
  w('404', 'sre', `tpp-51 requesting a consent id that belongs to tpp-77. we must not leak that the consent even exists. code pls`, R404H),
  w('404', 'api', `GET /payments/{paymentId} where the payment was created by a different TPP. Our rule is never to disclose the existence of another TPP's resources. What does the caller receive?`, R404H),
  w('404', 'support', `A fintech asks why they get "not found" for an account their user insists exists. It's actually the user's spouse's account, and the spouse never consented to share it. We never confirm the existence of accounts outside a consent to anyone. Is not found correct, or should it be forbidden?`, R404H),
  w('404', 'nonnative', `We have internal endpoint /internal/fraud-rules, it exist, but we don't want that anybody outside know about it. A TPP with valid token call it. What we return?`, R404H),
  w('404', 'security', `We run a private-beta endpoint for one launch partner only. Other partners are authenticated, but they must not be able to discover that the endpoint exists. Which status do they get when they call it?`, R404H),
  w('404', 'api', `We keep fraud investigation case records behind /fraud-cases/{id}. If a TPP that is itself under investigation queries its own case ID with a valid token, we mustn't tip them off that a case exists. Which response code?`, R404H),
  w('404', 'sre', `multi-brand platform: psu logged into brand A app tries to fetch an acct that lives under brand B. brands must never reveal each other's customers. which one`, R404H),
  w('404', 'security', `A corporate user calls /corporates/{id}/mandates for a company where they are not a signatory. Our corporate client list is confidential, so the caller must not learn whether that company banks with us. What status?`, R404H),
  w('404', 'sre', `acct closed yesterday but T&Cs let the customer reopen within 30 days, so not final. tpp hitting /accounts/{id} now. 410?`, R404U),
  w('404', 'api', `We switched off v2 of the account information API, but product hasn't decided whether that's permanent — we may bring it back for a big customer. Until then, what should requests to /v2/... return?`, R404U),
  w('404', 'support', `A customer removed a saved beneficiary and the aggregator now gets an error fetching it. Nobody on our side can tell me whether the core system keeps removed beneficiaries restorable or deletes them for good. Which code should the aggregator be getting in the meantime?`, R404U),
  w('404', 'nonnative', `The statement PDF is not available anymore because archive system moved it, and we don't know if it will come back or not. Which code, 404 or 410?`, R404U),
  w('404', 'security', `A retention job purged some consent records, but we're honestly not sure the purge is final — ops has restored from backup before. When a TPP asks for one of those consents, which status should they get?`, R404U),
  w('404', 'sre', `sandbox test accts wiped by nightly reset, might get re-seeded w/ same ids tomorrow, dunno. tpp calling them now gets`, R404U),
  w('404', 'api', `A TPP calls GET /accounts/abc123/transactions, and abc123 has never existed in any of our systems — looks like a typo in their config. Which status should we respond with?`, R404),
  w('404', 'support', `A merchant's TPP keeps asking us for the status of payment pmt_0000deadbeef. I checked with the payments team: we never issued that ID, there's no record of it anywhere. They want to know whether to expect 404 or 410 from us.`, R404),
  w('404', 'support', `A developer emailed saying our API is broken. Their request goes to /open-banking/v3.1/aisp/acounts — with "acounts" misspelled. What should that request be answered with?`, R404),
  w('404', 'nonnative', `TPP is calling /v5/accounts but we never released v5, only v3 and v4 are existing. What is correct status for this?`, R404),
  w('404', 'security', `Scanners hit our API gateway for /.env, /wp-admin and /phpmyadmin all day. None of those exist on the gateway. What should they see?`, R404),
  w('404', 'api', `Sandbox has a helper endpoint /sandbox/simulate-payment-status that was never deployed to production. A TPP calls it on the production host with a valid production token. Which status?`, R404),
  w('404', 'support', `A customer copied a payment ID from their sandbox tests and is looking it up on the production API. Sandbox and production are separate systems; that ID has never existed in production. What should they get back?`, R404),
  w('404', 'nonnative', `The account exist but the sub-resource /accounts/{id}/balances/forecast we never implemented it. TPP call it with good token. Which status code is right?`, R404),
  w('404', 'sre', `GET /consents/7b1e... -> id format valid, no row, never created per audit log, token fine. response?`, R404),

  // ---- 410 ×12
  w('410', 'api', `Version 1 of our API was retired on 1 January after an 18-month sunset notice, and it will never come back. What should calls to /v1/ receive?`, R410),
  w('410', 'sre', `v2 aisp killed for good last sprint, routes gone, some clients still calling it. code`, R410),
  w('410', 'support', `A customer closed their account and under our policy closure is irreversible — the account number is never reused. The customer's TPP still calls /accounts/{id} for it and already knows the account existed. What should they get?`, R410),
  w('410', 'nonnative', `We removed for always the old screen-scraping login endpoint after the PSD2 rules, it will not return never. What status we answer now?`, R410),
  w('410', 'security', `The legacy endpoint that accepted customers' online-banking passwords directly was decommissioned on purpose and permanently. Its existence was always public. Old clients still try it — 404 or 410?`, R410),
  w('410', 'sre', `GET /v3.0/pisp/payments — 3.0 permanently removed on 1 march, 3.1 is the replacement. response`, R410),
  w('410', 'api', `A one-off promotional endpoint, /campaigns/2023-switch-bonus, was deliberately taken down when the campaign ended, and that path will never be reused. How should the API answer requests for it?`, R410),
  w('410', 'support', `Our retention policy permanently destroys statements older than ten years. A customer's TPP is requesting a 2012 statement that definitely existed and was deliberately deleted under that policy. What code should they get?`, R410),
  w('410', 'nonnative', `The webhook subscription API we shut down on purpose and permanently, it was replaced by event streaming. Which code to answer when somebody still call it?`, R410),
  w('410', 'security', `We permanently decommissioned the old /authorize endpoint on our legacy domain and want both clients and crawlers to drop it. Which status should the legacy host return?`, R410),
  w('410', 'nonnative', `The sandbox v1 environment we decommissioned for good, but the DNS is still pointing to our gateway. What we send to the TPPs which still call it?`, R410),
  w('410', 'nonnative', `Our pilot for open-finance pension endpoints is finish and management decided it is final, the endpoints are gone forever. Which code is right, 404 or 410?`, R410),

  // ---- knowledge ×10
  k('api', `Which response header must a 401 Unauthorized carry?`, /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge'),
  k('support', `If a customer is getting 403 Forbidden, will logging in again or getting a fresh token fix it?`, /\b(no|not|won'?t|doesn'?t|cannot|can'?t|unlikely)\b/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; re-authenticating will not change a 403'),
  k('security', `Is it allowed by the HTTP spec to answer 404 instead of 403 so that a caller can't tell a forbidden resource exists?`, /\b(yes|may|can|allowed|permitted|acceptable|legitimate)\b/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target may respond with 404'),
  k('nonnative', `Is 410 Gone cacheable by default, or it need explicit cache headers like other errors?`, /(heuristic|cacheable by default|cached by default|\byes\b|default.{0,30}cach)/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless indicated otherwise'),
  k('api', `Which RFC currently defines the semantics of 401, 403, 404 and 410, and which older RFC did it obsolete?`, /9110[\s\S]*7231|7231[\s\S]*9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231 and defines these status codes in §15.5'),
  k('security', `Under RFC 6750, what error code goes in the WWW-Authenticate header when a bearer token lacks the scope the request needs, and with what status?`, /insufficient_scope[\s\S]*403|403[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, HTTP 403'),
  k('sre', `rfc 6750 error value for an expired or revoked bearer token`, /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or otherwise invalid tokens, with 401'),
  k('support', `When a request comes in with no credentials at all, should our 401 challenge include an error code like invalid_token?`, /(should not|shouldn'?t|\bno\b|\bnot\b|omit|without|leave (it )?out)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('nonnative', `What is different for search engines and crawlers between 410 and 404? Why some teams prefer 410 for removed pages?`, /(permanent|faster|sooner|quick|immediate|for good|drop|delist|deindex|remov)/i, 'RFC 9110 §15.5.11: 410 signals intentional permanent removal so links can be removed; crawlers tend to delist 410 faster than 404'),
  k('sre', `if we're not sure a removal is permanent, is 410 still ok or should it be something else`, /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 should be used instead of 410'),
];

export const UNSEEN50_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
