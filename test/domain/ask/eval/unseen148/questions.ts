import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 148, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a payments and checkout API team (merchants, refunds, payment links, API keys, webhooks). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the server MUST send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: an expired, revoked, malformed or otherwise invalid token is invalid_token → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses to fulfill it; re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (valid token lacking the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.5 / §15.5.4: 404 when the server is not willing to disclose that the resource exists; it MAY be used instead of 403 to hide a forbidden target';
const R404U = 'RFC 9110 §15.5.5 / §15.5.11: 404 does not say whether the condition is temporary or permanent; if the server does not know the removal is permanent, 404 should be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access to the target is no longer available at the origin and this condition is known to be likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "merchant rotated their live secret key last night, old one is revoked. their backend still hitting POST /v1/charges w/ the old key. what do we send back", R401T),
  w('401', 'api', "A POST to /v1/refunds arrives with no Authorization header whatsoever. A reviewer suggests 403 on the grounds that anonymous callers are never allowed to refund anything. Given that no credentials were presented at all, which status should the API return?", R401),
  w('401', 'support', "Customer on the Starter trial says every API call has failed since Monday. I checked the logs: their trial API key expired Sunday at midnight and they are still sending that same key. What status should they be getting from us?", R401T),
  w('401', 'security', "pen-test finding: the webhook-endpoints management API accepted a bearer token whose signature had been tampered with and returned 200. we are fixing it to reject the token. what status should the rejection carry? tester suggested 403", R401T),
  w('401', 'nonnative', "Merchant is sending access token but the token is expired since two hours. My colleague say we must return 403 because we know who is the merchant. Which code is correct for this case?", R401T),
  w('401', 'sre', "connect platform oauth token expired, calls to GET /v1/payment_links failing. rn we return 403 w/o any WWW-Authenticate. whats the right code", R401T),
  w('401', 'api', "Our API uses HTTP Basic auth with the secret key as the username. If the supplied key simply does not exist in our key store (a typo, say), someone proposed 404 'because the key was not found'. What should we actually respond with?", R401),
  w('401', 'security', "After a merchant resets their dashboard password we revoke every session token they had. A request to export the payouts CSV still arrives carrying one of those revoked tokens as a Bearer credential. Which response is appropriate?", R401T),
  w('401', 'nonnative', "customer delete his API key in the dashboard yesterday but his server still use it for create payment links. what status code we should give him back?", R401T),

  // ---- 403 ----
  w('403', 'sre', "restricted key w/ read-only perms on charges tries POST /v1/refunds for a charge on the same merchant acct. key is valid, merchant obviously knows the charge exists. code pls", R403),
  w('403', 'api', "A connected app presents a valid OAuth access token that was granted only the payments:read scope and calls POST /v1/payment_links, which requires payment_links:write. Which status does RFC 6750 prescribe for this?", R403S),
  w('403', 'support', "A merchant's team member with the Analyst role tries to issue a refund from the dashboard. They're logged in fine and can see the charge in their own account. My teammate wants to send a 401 so they log in again. Is that right, or what should it be?", R403),
  w('403', 'security', "The API key has an IP allowlist. A request comes from a non-allowlisted IP with a perfectly valid key, targeting that merchant's own balance endpoint. There is nothing to hide from the key owner. Which code fits?", R403),
  w('403', 'nonnative', "Merchant account is suspended by compliance team. His API key is still valid and authenticate correctly, and he try to create new charge. We dont need to hide the account, he know it is his. Which status we respond?", R403),
  w('403', 'api', "A developer-role user on a merchant account lists the webhook endpoints (they are allowed to see them) and then tries to DELETE one; our policy says only Owner or Admin roles may delete webhook endpoints. Their credentials are valid. What should the DELETE return?", R403),
  w('403', 'security', "authenticated merchant key calls GET /v1/admin/risk_scores. the endpoint is publicly documented as staff-only so its existence is no secret. merchant is not staff. which status", R403),
  w('403', 'support', "Merchant is on the Basic plan and tries to create a payment link via the API; payment links are a Pro feature and our pricing page says so openly. Their key works fine for everything else. What should the API hand back?", R403),
  w('403', 'nonnative', "User have valid token but his role is only Viewer and he want rotate the API keys of his own merchant. He can see the keys list already, so nothing is secret. Login again will not change his role. What is the code?", R403),
  w('403', 'sre', "token is valid, scope check fails: has refunds:read, needs refunds:write for POST /refunds. insufficient_scope. what status goes w/ that", R403S),

  // ---- 404 ----
  w('404', 'sre', "GET /v1/refunds/re_9Xq2 w/ a valid key, but that refund id was never issued by us to anyone. someone suggested 410. what do we send back", R404),
  w('404', 'security', "Tenant isolation: merchant A's valid secret key requests GET /v1/charges/{id} where the charge belongs to merchant B. Policy says we must not reveal that B's charge exists. A colleague wants 403 since A is authenticated but not allowed. What should we return?", R404H),
  w('404', 'api', "A merchant archived one of their payment links. Archived links can be unarchived from the dashboard at any time, and we have no idea whether this one will come back. When a shopper opens the link URL, which status is appropriate? Someone argued for 410 Gone.", R404U),
  w('404', 'support', "Customer deleted their webhook endpoint by accident and asked us to restore it; deletions are soft for 30 days and we haven't decided yet whether we will. Meanwhile their script keeps doing GET on that endpoint's id with a valid key. What should it get?", R404U),
  w('404', 'nonnative', "Merchant call /v1/merchnts/acct_123 (he make typo in the path), his key is valid. This path never exist in our API. Which code?", R404),
  w('404', 'security', "pentest report: GET /v1/customers/{id} with a valid key returns 403 for other merchants customers but 404 for ids that dont exist, so an attacker can enumerate customer ids. what should both cases return", R404H),
  w('404', 'support', "A platform tries to read a merchant account it is not connected to. We have a rule never to confirm to unconnected platforms whether an account id exists at all. The platform's own key is valid. What do we reply with?", R404H),
  w('404', 'nonnative', "Ops team delete a merchant record by mistake, now they investigate and maybe restore it from backup, nobody know yet. A partner platform that is connected to this merchant keep calling GET on it with valid key. Which status is correct in the meantime?", R404U),
  w('404', 'api', "GET /v1/invoices/in_abc arrives with valid credentials, but in_abc was never created in any account on our platform. What status should the response carry?", R404),
  w('404', 'sre', "refund record got wiped in a bad migration, team thinks they can maybe recover it from snapshots, not sure. owning merchant hitting it w/ valid key. 410 or what", R404U),

  // ---- 410 ----
  w('410', 'api', "We sunset the legacy /v0/checkout endpoint on 1 March after a year of announcements; it is permanently removed and will never return. Callers are authenticated merchants, and the endpoint's former existence is public. What should requests to it receive now?", R410),
  w('410', 'sre', "single-use promo payment links are deactivated for good when the campaign ends, by design, cant be reactivated. shopper opens one afterwards. code pls", R410),
  w('410', 'support', "A merchant closed their account and we permanently erased their public checkout page as part of the closure; it cannot be restored. Shoppers still land on the old checkout URL from bookmarks. Which code should that URL return?", R410),
  w('410', 'security', "We decommissioned the public /v1/webhooks/test-fire endpoint permanently. The reviewer asks whether the status we return leaks anything; the endpoint was publicly documented, so there is nothing to hide, and it is never coming back. Which code should we serve?", R410),
  w('410', 'nonnative', "We remove the old refunds API version 2019-02 forever, it will not come back never. Some merchants still call it with valid key. Which code we give them?", R410),
  w('410', 'sre', "dispute evidence files get purged after 2y retention, permanent by design, unrecoverable. owning merchant w/ valid key requests one after the purge. colleague says 404, i think theres a better one", R410),

  // ---- knowledge ----
  k('api', "Is a 404 response cacheable by default under RFC 9110 when there is no explicit Cache-Control or Expires?", /heuristic|(?<!not |n't |non-)cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('security', "does the rfc say a client should retry w/ the same creds after getting a 403", /same credentials|(should not|shouldn't|must not|not)\b[^.]{0,40}(repeat|retry|re-?send)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "Which RFC is now the current one for HTTP status codes semantic? My team still cite RFC 7231 in the API guideline.", /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235'),
  k('api', "Under RFC 6750, which HTTP status accompanies the invalid_token error?", /\b401\b/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('support', "A developer asked what HTTP status goes with RFC 6750's invalid_request error, e.g. when the bearer token is sent in two places at once. What is it?", /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('api', "Once we start returning 410 for a retired endpoint, how long does RFC 9110 require us to keep returning it?", /discretion|no (fixed|set|specific|minimum|required)|not (required|necessary|obligat)|any length|up to the (server|owner|site)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner'),
  k('security', "When exactly is a server allowed to answer 404 in place of 403?", /\bhid|conceal|(not|n't) (want to |willing to )?(reveal|disclose)|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404'),
  k('nonnative', "What is 410 Gone mainly intended for, according to the RFC? Only for saying the resource is deleted or also something more?", /web maintenance|remov\w*[^.]{0,30}links?|links?[^.]{0,30}remov|intentionally/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by signalling the resource is intentionally unavailable and remote links should be removed'),
  k('api', "When a request carries no bearer token at all, should the RFC 6750 WWW-Authenticate challenge include an error code such as invalid_token?", /(should not|shouldn't|must not|omit|leave out|without)[^.]{0,40}error|no error (code|information|attribute)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('sre', "401 on a request that DID include creds, what does that tell the client per 9110", /refused|rejected|not accepted|invalid/i, 'RFC 9110 §15.5.2: if the request included authentication credentials, 401 indicates that authorization has been refused for those credentials'),
  k('support', "Does a 404 tell the customer whether the thing is missing temporarily or for good?", /(does not|doesn't|no|not)\b[^.]{0,20}(indicat|say|tell|specif|distinguish|signal)|temporary or permanent|permanent or temporary/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', "if we explain in the 403 body why the refund was refused, is that allowed by RFC 9110 or is it a leak", /(describe|explain|state|give|include)\w*[^.]{0,40}reason|reason[^.]{0,40}(content|body|payload)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content'),
  k('nonnative', "After 403 response, the client can send again the request with other credentials, or never is allowed?", /(new|different|other|changed|fresh)[^.]{0,20}credentials/i, 'RFC 9110 §15.5.4: the client MAY repeat the request with new or different credentials'),
];

export const UNSEEN148_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
