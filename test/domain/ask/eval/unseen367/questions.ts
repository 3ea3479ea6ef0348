import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 367, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an ad-tech and analytics API (advertiser and agency accounts, partner API keys, report exports, sunset endpoints, campaigns of other advertisers), asked by API designers and SREs. */

const R401 = 'No valid credentials (missing, expired, revoked, malformed, unknown key, bad signature) → 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3, §3.1 invalid_token).';
const R403 = 'Caller is authenticated but not authorized (role, plan, allowlist, contract, blocked account); re-authenticating will not help → 403 (RFC 9110 §15.5.4).';
const R403S = 'Valid token that lacks the required scope: RFC 6750 §3.1 insufficient_scope → 403 (RFC 9110 §15.5.4).';
const R404 = 'No current representation for the target: it never existed or the id/path is wrong → 404 (RFC 9110 §15.5.5).';
const R404H = 'Resource exists but its existence must not be disclosed to this caller; 404 may stand in for 403 to hide it (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent (restorable, undecided) → 404; 410 is only for known, intentional, permanent removal (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally removed and known to be permanent → 410 Gone, so clients and crawlers drop links (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'reporting api call came in w/ no Authorization header at all, no token no key nothing. what does the gateway send back', R401),
  w('401', 'api', 'agency rotated their partner api key last week, the old key is now invalid. their nightly report export job still sends the old rotated-out key. correct response?', R401),
  w('401', 'support', 'Customer says the report export link in the advertiser dashboard fails every morning. Looking at the logs, their session expired overnight and they were logged out, so the request to the export endpoint carries an expired session cookie and nothing else. Engineering asked me which status the export endpoint should return in that case.', R401),
  w('401', 'security', 'finding: POST /v2/conversions returns 403 when the HMAC signature on the partner request fails verification. if the signature doesnt verify we dont actually know who the caller is. dev team wants to keep 403, thoughts? what should it be', R401),
  w('401', 'nonnative', 'hello, our partner send a bearer token to the analytics api which is expired since yesterday. which status code we must return please', R401),
  w('401', 'sre', 'X-Api-Key header is there but the key doesnt exist in our key store, unknown key, never issued. 401 or 403', R401),
  w('401', 'api', 'bearer token on the campaigns api is malformed, cant even be parsed (truncated jwt, missing a segment). status?', R401),
  w('401', 'support', 'An agency admin revoked a contractor\'s access token when the contract ended. The contractor\'s script keeps calling /v2/campaigns with that revoked token. What should the API answer?', R401),

  // ---- 403 ----
  w('403', 'security', 'token is valid and not expired but only has the reports:read scope. caller tries POST /v2/campaigns to create a campaign in their own advertiser acct. which status', R403S),
  w('403', 'nonnative', 'advertiser user is logged in correct with valid token, but his role is "viewer" and he try to change the budget of a campaign in his own account. which code?', R403),
  w('403', 'sre', 'partner api key is valid but the request comes from an IP thats not on that partners allowlist. nothing secret about the endpoint, its in the public docs. what do we send back', R403),
  w('403', 'api', 'advertiser on the free plan, authenticated fine, calls the raw log-level export which is enterprise only. the export feature exists and is publicly documented. is 403 right here', R403),
  w('403', 'support', 'An agency account was suspended for unpaid invoices. They still authenticate successfully with their valid API key, but we block every API action for them until billing is settled. The account itself is known to them, nothing to hide. What code should the campaign list endpoint return?', R403),
  w('403', 'security', 'audit: an analyst w/ a valid session but no delete permission calls DELETE on a scheduled report in their own advertiser acct. they can already see that report in the ui so nothing is hidden. it currently returns 404. right, or should it be something else', R403),
  w('403', 'nonnative', 'login again not help. user have valid token but admin removed "billing" permission from his role, now /billing/invoices refuse him. what is correct status', R403),
  w('403', 'sre', 'svc acct for the bidder authenticates ok, token valid, but the policy engine denies it access to the audience segments api b/c its not in the data-science group. code pls', R403),
  w('403', 'api', 'someone says 401 for this: agency user logged in w/ a valid unexpired token, but the agency contract doesnt include the attribution module so the attribution endpoints are off for them. re-auth wont change anything. thoughts', R403),

  // ---- 404 ----
  w('404', 'sre', 'GET /v3/reports/rpt_99x81 — that report id was never created, typo in the client. valid key. what should we return', R404),
  w('404', 'support', 'A customer pasted a campaign id into the API that does not exist anywhere in our system — not deleted, it never existed. They are authenticated and their account is in good standing. Which status should they get?', R404),
  w('404', 'nonnative', 'partner call /v2/advertisers/ADV-0000 but this advertiser id never exist in our database, it is wrong id. the key is valid. what to return', R404),
  w('404', 'api', 'client hits /v2/reprots/export (misspelled path), no such route has ever existed. token is fine. status?', R404),
  w('404', 'security', 'agency A is authenticated and requests a campaign id that belongs to advertiser B, another company thats not their client. campaign ids of other advertisers are confidential and we must not confirm they exist. status', R404H),
  w('404', 'api', 'partner key valid but its querying a report export owned by a different advertiser. our policy: never reveal whether another advertisers resources exist. 403 or 404', R404H),
  w('404', 'sre', 'gateway q: authed caller asks for /advertisers/{id} of an advertiser outside their tenant. existence must not leak across tenants. what do we send back', R404H),
  w('404', 'nonnative', 'user of advertiser X guess the id of a campaign of competitor advertiser Y. he is logged in fine. we must not tell him that this campaign exist. which code?', R404H),
  w('404', 'support', 'An advertiser archived a campaign. Archived campaigns are restorable for 90 days and this one might well be restored. The API currently returns 410 for it. Is that right, or what should it be?', R404U),
  w('404', 'sre', 'report export file got removed from storage during the incident, not sure yet if thats permanent, might be restored from backup. status for the download url rn', R404U),
  w('404', 'security', 'the /v1/conversions endpoint was pulled temporarily while we investigate a data leak; still undecided whether it comes back. requests to it, 410 or 404?', R404U),

  // ---- 410 ----
  w('410', 'api', 'v1 reporting endpoint was sunset on june 30, permanently retired per our deprecation policy, never coming back. what should calls to it return now', R410),
  w('410', 'support', 'An advertiser requested permanent deletion of their account and we purged it on purpose; it will never be restored. Old partner integrations (whose own keys are still valid) keep calling /advertisers/{id} for it. Which status should those calls get?', R410),
  w('410', 'sre', 'export download urls are public, no auth needed. files get purged for good after 30d by design, unrecoverable. someone hitting an expired export link — status?', R410),
  w('410', 'nonnative', 'we delete permanently the old campaign "summer_2021" on purpose, it will never come back. partner still request it with valid key. what code is correct?', R410),
  w('410', 'security', 'the legacy /v0/pixel-stats endpoint was intentionally decommissioned for good after its sunset date and will not return. scanners keep hitting it. someone proposes 404, but is there a better code', R410),
  w('410', 'api', 'audience api v2 — sunset date passed, its permanently shut down and we want integrators and crawlers to know its gone forever. which status', R410),
  w('410', 'support', 'Legacy shared dashboard links for agencies were permanently retired on purpose last quarter; the feature is gone for good and will not come back. Clients with bookmarked links keep reporting errors. What status should those URLs return?', R410),

  // ---- knowledge ----
  k('security', 'our 401s from the reporting api have no challenge header. which header must a 401 response carry', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field with at least one challenge.'),
  k('nonnative', 'if user get 403 from campaign api, will it help when he log in again with same account?', /\b(won'?t|will not|does not|doesn'?t|not|no|never)\b[^.]{0,80}\b(help|change|fix|matter|difference|succeed|work)|futile|pointless|useless/i, 'RFC 9110 §15.5.4: for 403 the credentials were understood but insufficient; re-authenticating as the same identity will not change the outcome.'),
  k('security', 'when is it acceptable for our ad api to send 404 instead of 403 for a resource the caller is not allowed to see', /hid(e|es|ing)|conceal|existence|reveal|disclos|leak|confirm/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target may respond with 404 instead.'),
  k('support', 'A campaign was deleted but the advertiser may ask us to restore it; we do not know yet whether the deletion is permanent. Should the API return 410 or 404 meanwhile?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('api', 'what does a 410 on a sunset endpoint actually tell crawlers and partners who still have links to it', /permanent|for good|forever|no longer (available|exists?)|remov\w* (their |the )?(links?|references?)|delist|de-?index/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally, permanently gone and recipients with link-editing capability should remove references to it.'),
  k('sre', 'can the cdn cache our 410s for the sunset endpoints even w/o an explicit cache-control header', /\byes\b|heuristic\w*|cach(e)?able by default/i, 'RFC 9110 §15.1 (and §15.5.11): 410 (like 404) is heuristically cacheable by default unless method definition or explicit cache controls say otherwise.'),
  k('security', 'is a 403 heuristically cacheable by default in RFC 9110 the way 404 is', /\bno\b|\b(not|isn'?t)\b[^.]{0,40}(heuristic|cach|in the (list|set))/i, 'RFC 9110 §15.1: the heuristically cacheable set is 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501; 403 is not in it.'),
  k('api', 'partner token is valid but missing the scope for campaign writes. which RFC 6750 error code goes in the WWW-Authenticate header', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, which SHOULD be sent with 403 Forbidden.'),
  k('nonnative', 'in bearer token spec, which error code we put in WWW-Authenticate when the token of partner is expired?', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid token is invalid_token, sent with 401.'),
  k('support', 'Our API docs still cite RFC 7231 and RFC 7235 for the status code definitions. Which RFC is the current one for HTTP semantics?', /\b9110\b/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235 and is the current definition of HTTP semantics and status codes.'),
  k('security', 'is it allowed for a 403 from the campaigns api to say in the body why the request was forbidden, e.g. "ip not on allowlist"', /\byes\b|\b(may|can|allowed to|is allowed|permitted)\b[^.]{0,40}\b(describe|explain|include|state|say|give)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content.'),
  k('sre', 'export client is getting 403 from the api. should it just auto retry w/ the same key', /\b(no|not|shouldn'?t|should not|don'?t|do not|never)\b[^.]{0,60}\b(retry|repeat|resend)|same credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; fix permissions first.'),
  k('nonnative', 'which http status go with the invalid_request error of RFC 6750, for example partner send two tokens in one request?', /\b400\b/, 'RFC 6750 §3.1: invalid_request (missing/duplicate/malformed parameter, multiple credential methods) SHOULD use 400 Bad Request.'),
  k('support', 'After getting a 401 from the reporting API, is the partner allowed to send the same request again with a new API token?', /\byes\b|\b(may|can|allowed to|is allowed|permitted)\b[^.]{0,40}\b(repeat|retry|resend|send)|new (or replaced )?(credentials|token|key|authorization)/i, 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field.'),
  k('nonnative', 'when analytics api give 404 for a report, does it mean the report is gone forever?', /\bno\b|does ?n[o']t (necessarily )?(indicate|say|tell|mean|imply)|\bnot\b[^.]{0,30}(indicate|say|tell|mean|imply|necessarily)|temporary or permanent|either temporary/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of a representation is temporary or permanent; 410 is for known-permanent removal.'),
];

export const UNSEEN367_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
