import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 384, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a domain registrar and managed DNS API (other customers' domains and zones, zone-scoped API tokens, expired domains in redemption, deleted zones, transferred-out domains), asked by API designers and on-call engineers. */

const R401 = 'No valid credentials (missing, expired, revoked, malformed or unverifiable): RFC 9110 §15.5.2 401 with a WWW-Authenticate challenge; RFC 6750 §3.1 invalid_token.';
const R403 = 'Caller is identified but not permitted (role, plan, IP allowlist, suspension): RFC 9110 §15.5.4 403; re-authenticating will not help.';
const R403S = 'Valid bearer token lacking the needed scope, resource not secret: RFC 6750 §3.1 insufficient_scope maps to 403 (RFC 9110 §15.5.4).';
const R404 = 'Nothing exists at that target (wrong id, never registered, no such path): RFC 9110 §15.5.5 404.';
const R404H = 'Existence must not be disclosed to this caller: RFC 9110 §15.5.4 lets an origin answer 404 instead of 403 to hide the resource (§15.5.5).';
const R404U = 'Removed but not known to be permanent (restorable, undecided): RFC 9110 §15.5.11 says 404 should be used when the server does not know whether the condition is permanent.';
const R410 = 'Intentionally and permanently removed, server knows it will not return: RFC 9110 §15.5.11 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'getting a flood of calls to /v1/zones/{id}/records w/ no Authorization header at all, no token, nothing. what do we send back', R401),
  w('401', 'api', 'customer rotated their api token in the dashboard this morning, old token is revoked but their cron still uses it to push A record updates. someone on my team says 403 b/c the token "belongs" to a real account. thoughts?', R401),
  w('401', 'support', 'Ticket from a reseller: their domain auto-renew script started failing at 02:00 UTC. Logs show their OAuth access token expired at 01:59 and their script never refreshed it, so every renew call since then carries the expired token. Nothing else changed on the account. What status should our registrar API be giving them on those calls?', R401),
  w('401', 'security', 'finding: HMAC-signed requests to the dynamic DNS update endpoint whose signature doesnt verify currently get 403 "forbidden". if the signature fails we have no idea who the caller is. correct status?', R401),
  w('401', 'nonnative', 'hello, client send header "Authorization: Bearer" but after Bearer is nothing, empty, no token. for our domain API what code we must return please', R401),
  w('401', 'sre', 'ddns endpoint receiving an api key id that isnt in our key table at all, unknown key. status?', R401),
  w('401', 'api', 'user logged out of the registrar dashboard, session invalidated server side, but the SPA keeps calling GET /account/domains with the dead session cookie. which one, 401 or 403', R401),
  w('401', 'nonnative', 'the token is from account which was closed and deleted last week, so token is not valid anymore. customer script still calling /zones with it. is it 401 or 403 we give?', R401),

  // ---- 403 ----
  w('403', 'api', 'token is scoped to the example.com zone only. same customer uses it to PATCH records in shop-example.net, which is also in their acct and they can see it in the dashboard, nothing secret there. which code', R403S),
  w('403', 'sre', 'read-only api token (valid, we know exactly who it is) tries DELETE on a TXT record in its own zone. code pls', R403),
  w('403', 'support', 'Customer reports an error when changing nameservers. Their user has the "Billing" role in their org; billing users can pay invoices but are not allowed to modify domains. They are logged in fine, the domain belongs to their org and they can see it in the list. What should the API return for the nameserver change?', R403),
  w('403', 'security', 'api access is restricted by a customer-configured IP allowlist. valid token, but the request comes from a non-allowlisted IP. current behavior is 401. is that right or should it be something else', R403),
  w('403', 'nonnative', 'customer on free plan is authenticated ok and try to enable DNSSEC on his own zone, but DNSSEC is only in paid plan. which status code is correct for this', R403),
  w('403', 'api', 'dns-only token (scope dns:write) hits POST /domains/{d}/renew which needs registrar:write. domain is theirs, token is valid and not expired. someone says 401 b/c of the scope, i think otherwise', R403S),
  w('403', 'sre', 'acct suspended for abuse (phishing zones). creds still valid and we know who it is, but all write ops are blocked for that account. what do we return on record create', R403),
  w('403', 'support', 'A reseller sub-account user, properly logged in, calls the parent reseller\'s wholesale pricing endpoint. Sub-accounts are not permitted to use it. The endpoint is publicly documented so its existence is no secret. Which code should they get?', R403),
  w('403', 'security', 'pentest note: org member w/ "viewer" role can call GET /domains/{id}/auth-code and gets the transfer code back. fixing it. after the fix what should the viewer get? the domain is in their own org and they already see it listed', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /v1/zones/z_9f3a71 , zone id is a typo, no zone with that id has ever existed. status', R404),
  w('404', 'nonnative', 'customer ask our API for info of domain "exampel.com", but this domain was never registered with us. not deleted, it never existed in our system. what is right code?', R404),
  w('404', 'api', 'record id in DELETE /zones/{zone}/records/{rec} doesnt exist in that zone and never did. caller owns the zone. someone wants 410 since "its not there". correct response?', R404),
  w('404', 'support', 'A customer\'s integration calls /v2/domain/check (singular) but our route is /v2/domains/check. There is no such path as the one they call. Their token is valid. What are they supposed to be getting back?', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'finding: GET /zones/{id} returns 403 for zones owned by other customers and 404 for ids that dont exist, so anyone can enumerate which zone ids are real. policy says we must never confirm another customer\'s zone exists. what should the other-customer case return', R404H),
  w('404', 'nonnative', 'customer A token ask for the contacts of a domain that is registered by customer B with us. our rule: never tell one customer if other customer\'s domain is in our account system. which code to return?', R404H),
  w('404', 'support', 'Someone wrote in asking why they get "Forbidden" when calling the API for a zone id they found in an old log. The zone is real but belongs to a different customer. Our privacy rules say zone ids are confidential and we must not confirm to anyone outside the owning account that a zone exists. What should the API have returned?', R404H),
  w('404', 'security', 'authenticated caller requests a whois-privacy contact handle owned by another acct. requirement from privacy team: dont reveal that the handle exists to anyone but its owner. status?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'api', 'customer deleted a zone yesterday, its a soft delete and sits in trash, restorable for 30 days. their monitoring still GETs /zones/{id}. not sure yet if they will restore it. 404 or 410?', R404U),
  w('404', 'nonnative', 'domain expired and now is in redemption period, old owner can still restore it. its zone is removed from the active list. colleague want 410 but maybe it come back. which code?', R404U),
  w('404', 'sre', 'rrset got removed during a botched migration, might restore it from backup, nobody decided yet. GET /records/{id} should return what, 410?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'zone purged after the 30 day trash window ran out, hard delete, never coming back. old integrations still GET /zones/{id}. status', R410),
  w('410', 'api', 'domain transferred out to another registrar last month. we deliberately removed it from our system for good, the id will never be reused or come back. the old owner\'s clients still poll /domains/{id}. which one', R410),
  w('410', 'support', 'Customer\'s old integration still calls our v1 DNS API. We retired v1 permanently on June 1 after announcing it for a year; those endpoints are intentionally gone forever and will not be brought back. What status should the retired v1 endpoints return to this customer?', R410),
  w('410', 'nonnative', 'domain was not renewed, redemption period is finished, we released it to the registry and deleted it from our system permanently. restore is not possible anymore. what code for GET of this domain', R410),
  w('410', 'security', 'compromised zone was intentionally and permanently deleted per incident response, the owner was told it will never be restored. their old ddns clients still hit it. 404 or 410', R410),
  w('410', 'security', 'audit item: vanity nameserver host object ns1.brand.example was deleted on purpose and its host id is retired forever. what should GET /hosts/{id} return to the owning account', R410),
  w('410', 'support', 'We shut down the URL forwarding feature completely last quarter. The forwarding rule endpoints were removed for good on purpose and the product will not return. A customer\'s script still calls GET /forwarding-rules/{id}. What should they get?', R410),

  // ---- knowledge ----
  k('api', 'our 401s from the zone api only have a json body. what header does the spec require on a 401', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 must send a WWW-Authenticate header with at least one challenge.'),
  k('support', 'customer got 403 on a zone they arent allowed to edit and asks if logging out and back in will fix it. does re-authenticating help w/ a 403', /\bno\b|(not|n't)\b[^.]{0,60}(help|fix|change|resolve)|same credentials/i, 'RFC 9110 §15.5.4: the server understood and refuses; repeating with the same credentials will not help.'),
  k('security', 'when is it ok to answer 404 instead of 403 for another customer\'s zone', /hid(e|es|ing)|conceal|existence|reveal|disclos|confirm|enumerat/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden resource may respond 404.'),
  k('sre', 'zone got deleted, we dont know yet if its permanent. 404 or 410', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 should be used.'),
  k('api', 'what does a 410 on a retired domain endpoint tell crawlers and people holding links to it', /permanent|remov(e|ing) (the |their )?(link|reference)|delete (the )?link|no longer (available|exist)|delist|de-?index|gone for good/i, 'RFC 9110 §15.5.11: 410 marks the resource as intentionally, permanently unavailable so recipients can remove links to it.'),
  k('sre', 'can caches store a 410 from our public whois lookup page if we send no explicit cache headers', /\byes\b|heuristic(ally)?[ -]cach|cacheable by default/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default.'),
  k('security', 'is a 403 heuristically cacheable the way a 404 is', /\bno\b|not (heuristically )?cacheable|isn'?t (heuristically )?cacheable|only (with|if|when) explicit/i, 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable; 403 is not.'),
  k('nonnative', 'in RFC 6750 the error "invalid_token" is coming with which http status', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD use 401.'),
  k('api', 'bearer error insufficient_scope on a zone-scoped token maps to what status', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD use 403.'),
  k('support', 'a customer\'s DNS api call was missing a required parameter and repeated another one. for bearer token errors, invalid_request goes with which status', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD use 400.'),
  k('nonnative', 'which RFC is now current for the meaning of 401/403/404/410? our doc still say RFC 7231 and 7235', /\b9110\b/, 'RFC 9110 obsoletes RFC 7231 and RFC 7235.'),
  k('security', 'can our 403 body tell the customer why (e.g. token not allowed from this IP), or does the spec forbid that', /\byes\b|\b(may|can) (describe|explain|include|state|give)|describe (the )?reason/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content.'),
  k('sre', 'client sent no creds at all, no Authorization header. should our Bearer challenge include error="invalid_token"', /\bno\b|should not|shouldn'?t|omit|without (an? )?error|leave (it )?out/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code.'),
  k('support', 'does a 404 mean the domain is gone forever? customer is convinced it does', /\bno\b|not (necessarily|permanent)|doesn'?t|does not|temporary or permanent|either/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('nonnative', 'after we purge a zone and return 410, must we return 410 forever or can we stop after some time?', /\bno\b|not (required|necessary|obligat|need)|discretion|up to (you|the (server|owner))|don'?t (have|need)|can stop/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the owner\'s discretion.'),
];

export const UNSEEN384_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
