import { type Draft, type EvalQuestion, k, open, w } from '../questions';

/**
 * The third unseen evaluation for issue #13: about 150 "403 or 404?" questions (which-code questions,
 * knowledge questions, and questions that leave the deciding fact open), typed the way people type in
 * an incident channel or a design review: shorthand, typos, pasted log lines, hedges, negations,
 * non-native grammar, long messages with the decisive fact in the middle.
 *
 * Written by a helper session acting only as the question WRITER, independently of the product: it did
 * not read src/domain/ask, src/domain/knowledge, any other question set under test/domain/ask/eval/, nor
 * the eval folder's git history; it never ran the parser or `status-triage ask` on these questions.
 * Labels follow RFC 9110 (§15.5.2, §15.5.4, §15.5.5, §15.5.11), RFC 6750 §3.1 and the seed; situations on
 * which HTTP experts would disagree were left out rather than guessed.
 *
 * This set is to be scored once, as a held-aside measure. Do not tune the parser on it, and do not edit a
 * question or its label to make it pass.
 *
 * One question the writer could not know was word for word in an earlier set ("Is a 410 response
 * cacheable by default?") was taken out by the lead before scoring: 149 remain.
 */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401';
const R401S = 'RFC 9110 §15.5.2: the session or credential has ended, so the caller is no longer authenticated → 401';
const R401F = 'RFC 9110 §15.5.2 and the seed: authentication comes first; without valid credentials it is 401 whatever else holds';
const R403 = 'RFC 9110 §15.5.4: the server knows the caller and refuses; existence is no secret → 403';
const R403S = 'RFC 6750 §3.1: valid token without the required scope is insufficient_scope → 403';
const R403P = 'Seed (403 scenarios: role, scope, tenant isolation, IP allowlist) and RFC 9110 §15.5.4 → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation (never existed, mistyped, wrong id) → 404';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may answer 404';
const R404U = 'RFC 9110 §15.5.11: 410 only when the removal is known to be permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410';
const ROPENP = 'RFC 9110 §15.5.11: 404 vs 410 turns on whether the removal is known to be permanent, which is not stated';
const ROPENH = 'RFC 9110 §15.5.4: 403 vs 404 turns on whether existence must be hidden from this caller, which is not stated';

/** What an answer to an open 404-or-410 question must name: whether the removal is permanent. */
const PERMANENCE = /permanen|for good|forever|never (come|coming) back|come back|temporar|restor|reversib/i;
/** What an answer to an open 403-or-404 question must name: whether the resource's existence is to be hidden. */
const HIDING = /\bhid(e|es|ing|den)\b|conceal|secret|reveal|disclos|leak|existence|enumerat/i;

const CACHEABLE_404 = /heuristic|cacheable|can be cached|may be cached|could be cached|cache-control|max-age|\bttl\b/i;
const NO_RETRY = /(do not|don'?t|dont|should ?n[o']t|must ?n[o']t|never|not|no)\s+(\w+\s+){0,2}(auto(matic(ally)?)?\s+)?retr|not be retried|without (a |any )?change|only after|stop retrying|surface the error/i;
const OBSOLETED = /obsolet|supersed|replac|no longer (current|the reference|authoritative)/i;

const QUESTIONS: readonly Draft[] = [
  // ---- 401: no / invalid / expired / revoked credentials, ended sessions ----
  w('401', 'sre', 'quick q — jwt on the req is expired (exp was 14:02 UTC, now 14:20), what do we send back', R401T),
  w('401', 'sre', '@oncall-api svc-billing getting hammered w/ a revoked api key from some old cron. we return 403 for that rn, is that right', R401T),
  w('401', 'support', 'Customer says they logged out on their laptop and then an old tab tried to save a draft. What should the API answer with?', R401S),
  w('401', 'nonnative', 'user is not login yet and he open /api/orders, which code we must give him', R401),
  w('401', 'api', 'No Authorization header at all on GET /v1/projects. Is 403 right here or something else?', R401),
  w('401', 'security', 'after a password change we kill all sessions. requests still arriving with the old session cookie — code?', R401S),
  w('401', 'sre', "[INC-4412] 09:14:03 `curl -H 'Authorization: Bearer eyJhbGciOi...' https://api.acme.io/v2/me` → sig doesnt verify b/c we rotated the signing key last night and old tokens are dead. which one, 401 or 403", R401T),
  w('401', 'api', 'Basic auth with the wrong password on our admin API. We send 403 right now. Correct?', R401),
  w('401', 'nonnative', 'the token is cut in the middle (copy paste problem), so is not valid token. what status we answer?', R401T),
  w('401', 'support', "Ticket #88213: the client's API key was rotated by their admin yesterday and their integration is still sending the old one. They get an error — which code should that error be?", R401T),
  w('401', 'security', 'refresh token reuse detected so we revoked the whole token family. next request comes in with an access token from that family, 401 or 403?', R401T),
  w('401', 'sre', 'oidc session idle timeout hit (30m), user keeps clicking around in the SPA. html gets a redirect to login but what code for the xhr api calls', R401S),
  w('401', 'nonnative', 'Session of user was expire because he did not use app for 2 hour. Now he try to upload file. Is 403 or 401 ?', R401S),
  w('401', 'security', "user is NOT logged in and hits /settings/billing (everyone knows that page exists, it's in our nav). currently we 404 it. what's correct", R401),
  w('401', 'support', "Hi! A user deleted a personal access token in their settings and their script still sends it. What error is correct for the script's calls?", R401T),
  w('401', 'sre', "token isn't expired but it was issued by our staging idp and sent to prod, so prod can't validate it at all. what do u return for that", R401T),
  w('401', 'api', "We signed the user out server-side (admin forced logout). Their websocket reconnect hits GET /session/resume with the dead session id. What's the correct response?", R401S),
  w('401', 'nonnative', "we are returning 403 when the cookie is expired. my colleague say it's wrong. who is right?", R401S),
  w('401', 'security', 'service account key was revoked by secops after the leak. their pods are still calling us with it. which code', R401T),
  w('401', 'sre', "clock skew thing: token nbf is 5 min in the future from our pov so it's not valid yet. we're sending 403s. should it be 401 tho?", R401T),
  w('401', 'support', "customer's SSO session ended after 24h but their mobile app keeps calling the API with the old session. what should it get back", R401S),
  w('401', 'api', 'The API receives an access token whose aud claim is for a different API entirely. Signature is fine otherwise. Which status, per RFC 6750?', R401T),
  w('401', 'nonnative', 'Customer use the old password after he change it, with basic auth in the API. Which code the API should response?', R401),
  w('401', 'security', "expired token AND the account lacks the admin role anyway. do we 403 b/c they'd never be allowed, or something else", R401F),

  // ---- 403: known caller, not allowed, existence no secret ----
  w('403', 'sre', 'user has viewer role, tries DELETE /api/dashboards/42 (dashboard exists, they can see it fine). code?', R403P),
  w('403', 'api', 'token valid, scopes = read:orders only, and they POST /orders. what do we send back', R403S),
  w('403', 'support', "A customer on the Free plan is trying to export to CSV, which is a Pro feature (it's on our public pricing page). They're logged in. The API refuses — what code should they see?", R403),
  w('403', 'nonnative', 'our partner call the api from new server, the ip is not in allowlist. he is authenticated with good key. we give what?', R403P),
  w('403', 'security', "WAF blocks requests from a few countries we banned for abuse (our own decision, not a legal order). the endpoints themselves are public. is 403 right here", R403),
  w('403', 'api', "Logged-in user tries to edit an issue in someone else's public repo — they can read it, they just can't write. We return 404 for that atm. Correct?", R403),
  w('403', 'support', "User can see teh shared folder but cant upload into it b/c they only have read acess. Which error should the upload give them?", R403P),
  w('403', 'nonnative', 'The user have valid token but he is not member of the team. The team page is public, anyone can see the team exist. He try to change the team name. 403 or 404?', R403),
  w('403', 'security', "authenticated contractor acct, but their IP is outside the corp range so the conditional access policy says no. we don't hide that the app exists. what to return", R403P),
  w('403', 'sre', '[12:41:07] GET /api/v1/reports/export 403 user=ana@acme role=analyst — export needs role=admin. is 403 correct or should this be 401', R403P),
  w('403', 'api', "The endpoint is documented publicly. Caller's OAuth token is valid but was issued without the `admin:org` scope. What's the correct response?", R403S),
  w('403', 'support', "The school account is active and logged in, but their admin switched off the Marketplace feature for students. The student clicks Marketplace anyway. What should the error code be? It's not a secret, the menu item is visible to everyone.", R403),
  w('403', 'nonnative', 'i am login as normal user and i try open the admin panel, everybody know the admin panel exist. what code is correct please', R403P),
  w('403', 'security', 'pentest finding: authenticated user A can GET /api/users/B/profile (profiles are public) but PUT on it returns 404. we think it should say forbidden since profiles are public anyway. agree?', R403),
  w('403', 'api', "Service-to-service call: the caller's client_credentials token is fine, but the calling service isn't on the callee's list of allowed clients. Nothing is hidden here. Code?", R403),
  w('403', 'support', "User says \"I'm logged in but it won't let me delete this comment\" — it's someone else's comment on a public thread. What status should the delete return?", R403P),
  w('403', 'nonnative', 'token is not expire, is correct token, but the scope not include write. we return 401 now. it is wrong?', R403S),
  w('403', 'security', '@sec-review we currently return 401 for users who are logged in but lack the billing_admin permision. is that right?', R403P),
  w('403', 'support', "hey, quick q: customer's subscription is Basic and they're calling the analytics endpoint that's Enterprise-only. they're logged in fine. what's the right code", R403),
  w('403', 'nonnative', 'Our app block the users from one country because of company decision about fraud (not law). The user is login. Which status is good for this case?', R403),
  w('403', 'sre', "k8s q: serviceaccount token is valid but RBAC doesnt allow `list pods` in ns prod. what's the right code for that, someone on the thread said 401", R403P),
  w('403', 'api', "User is authenticated and the org is on the right plan, but an org admin removed the user's Billing permission an hour ago. The billing page is linked from everywhere. What do we send back?", R403P),
  w('403', 'support', "A read-only guest in the workspace tries to invite another user. They're logged in. What's the correct response?", R403P),
  w('403', 'nonnative', "we have a user of tenant A, he open the dashboard URL of tenant B. The tenants are public companies listed in our directory, we don't care to hide them. which is the code?", R403P),
  w('403', 'security', "token has insufficient scope per introspection — it's valid, active, not revoked. we're sending 401 with error=insufficient_scope. ok?", R403S),
  w('403', 'sre', "pls sanity check: readonly db-console user runs a write via the api, we 404 it (old catch-all). user can obviously see the table. should be?", R403),
  w('403', 'support', "Customer's employee left the Admins group yesterday; she still logs in ok but now the Users page errors. The page is obviously known to her. Which code is correct?", R403P),
  w('403', 'nonnative', 'My API key is valid, but the key is only for read. I try to delete a item and server say 404. I think it is not correct, the item is there, I can GET it. What should be?', R403),
  w('403', 'sre', 'new egress ip for svc-payouts (NAT change during the migration) isnt on the partner allowlist yet, so our calls now go thru an ip they dont know. auth is fine on our side, key is valid. what code should they be returning', R403P),
  w('403', 'security', "long one sorry. we run a B2B portal; customer orgs are listed publicly on our partners page so there's nothing secret about which orgs exist. a user in org A, properly logged in, opens org B's settings URL. the settings route is the same for every org and documented. right now it shows a blank 200. what should it be?", R403P),

  // ---- 404: never existed, mistyped, wrong id, hidden, removal not known to be permanent ----
  w('404', 'sre', 'spike of calls to /api/v1/ordrs (typo, that route never existed) from one client. what should they recieve', R404),
  w('404', 'api', 'GET /users/999999 — that id never existed. 404 or 410?', R404),
  w('404', 'support', 'Customer typed the wrong order number into the URL. What should the page return, code-wise?', R404),
  w('404', 'nonnative', 'the repository is private and the user is login but not member. we dont want that he know the repo exist. which code?', R404H),
  w('404', 'security', "IDOR hardening: invoice ids are sequential and we don't want people enumerating which ones exist. logged-in user requests someone else's invoice. what code", R404H),
  w('404', 'sre', 'post was deleted by the author yesterday, soft delete, might be restored from trash within 30d. 410?', R404U),
  w('404', 'api', "We pulled /v1/widgets, but honestly we don't know yet if it's gone for good — product might bring it back. 404 or 410?", R404U),
  w('404', 'support', 'A share link points to a document that the owner moved to trash (they can still restore it). What should people opening the link get?', R404U),
  w('404', 'nonnative', 'The product is not deleted, is only hidden for this customer because it is in other region catalog and we must not show it exist. What code we send?', R404H),
  w('404', 'security', 'not deleted, just hidden: internal admin-only project, and for non-admins we must not reveal it exists at all. user is logged in. code?', R404H),
  w('404', 'api', 'Lookup by slug: the caller mistyped it (`acme-crop` instead of `acme-corp`). What do we send back?', R404),
  w('404', 'support', "user is trying to open a ticket id from another company's helpdesk. we must never confirm to them that the ticket exists. what should they see", R404H),
  w('404', 'nonnative', 'Someone put wrong id in the URL, this id never exist in database. is it 404 or 410?', R404),
  w('404', 'security', "we currently 403 when a logged-in user probes other customers' private project slugs. that confirms the slug exists, which we don't want. iirc there's an RFC line about this. what should it be?", R404H),
  w('404', 'api', "An old link to a user profile: we don't know whether the user deleted their account or whether it never existed (logs rotated). What do we answer?", R404U),
  w('404', 'support', 'The page owner unpublished their page for now, they said they might republish it. Visitors hitting the URL get which code?', R404U),
  w('404', 'nonnative', 'We delete the user photo but maybe the user can restore it, we are not sure it is permanent. 410 is ok?', R404U),
  w('404', 'security', 'private snippets: anyone w/o ownership must not learn they exist. authed user w/o ownership hits /snippets/123. code?', R404H),
  w('404', 'sre', "uptime monitor pinging /healthz/old which this svc never had, someone copy-pasted it from another repo. we return 403 rn from the catch-all. whats correct", R404),
  w('404', 'api', "Customer requests /v2/orders/ORD-12 for an order that belongs to another merchant; our policy is explicit: never disclose other merchants' order ids. Caller is authenticated. Right code?", R404H),
  w('404', 'support', 'Customer says "your link is broken" — the URL in our marketing email has a typo in it (/pricng). What should that URL return?', R404),
  w('404', 'nonnative', 'the file is delete from storage, but the team say maybe they will upload again next week. what code until then?', R404U),
  w('404', 'security', "User is logged in, but asks for a resource id from a different tenant, and tenant ids are confidential (enumeration risk). 403 would confirm the id is real. What should we return?", R404H),
  w('404', 'sre', "merged two accts last night; the old acct id is gone from the db, we don't redirect old ids, and support can still unmerge if the customer complains. old-id requests → 410?", R404U),
  w('404', 'api', "Context: internal docs portal and the public one sit behind the same gateway. The page in question, /internal/runbooks/payments, is an internal runbook, and security's rule is that people outside the SRE group must not be able to tell which runbooks exist. The requester is a logged-in marketing employee. Today they get 403 with \"ask your admin\". What should it be?", R404H),
  w('404', 'support', "hi! the old help-center article u linked in ur macro was archived, probably permanent? nobody has decided yet, content team might bring it back. What should the URL return until they decide?", R404U),
  w('404', 'sre', "2024-06-03T11:02:45Z GET /api/v2/customers/c_8f2a1 404 — that customer id doesnt exist anywhere, checked all shards, caller just has a wrong id in their config. is 404 the right response or should we be sending something else", R404),
  w('404', 'security', "afaik our rule is we don't leak the existence of other users' private workspaces. so a logged-in outsider who guesses a workspace url gets... 403?", R404H),
  w('404', 'api', "Quick design question: a help article was taken down temporarily for a rewrite and will be back at the same URL next week. Nothing secret about it. Until then, 404 or 410?", R404U),

  // ---- 410: intentionally removed and known to be permanent ----
  w('410', 'sre', "morning all — we sunset api v1 on 2024-03-31, announced 12 months ahead, it's permanently shut off and will never come back. what do v1 calls get now", R410),
  w('410', 'api', 'The deprecated endpoint /v1/legacy-search was intentionally removed for good in the last release; nothing replaces it at that URL. 404 or 410?', R410),
  w('410', 'support', "The holiday promo page from 2022 was taken down on purpose and we'll never bring it back. What code should it return so Google drops it?", R410),
  w('410', 'nonnative', 'We remove the old product page forever, the product is discontinued and never come back. which code is better?', R410),
  w('410', 'security', "after the incident we permanently destroyed the exposed export files (deliberate, irreversible). the links are public knowledge already and we're fine saying they existed. code for those urls?", R410),
  w('410', 'sre', 'old tracking pixel endpoint /px/v0 decommissioned for good, on purpose. still getting 2k rps from ancient embeds. 404 or 410', R410),
  w('410', 'api', "Public status page for a product we shut down permanently in January. Intentional, no plan to restore it. We're returning 404 — should it be something else?", R410),
  w('410', 'support', 'A user closed their public portfolio and asked us to delete it permanently. It is purged, no backups. Visitors still arrive from old links. Right code?', R410),
  w('410', 'nonnative', 'The API v2 is shutdown definitively since last month, we announced it before. Clients still call it. 404 or 410 is correct?', R410),
  w('410', 'security', 'the public bug bounty program page was retired on purpose, permanently — the program ended and will not return. 404 or 410?', R410),
  w('410', 'sre', 'campaign landing pages /c/2019-* intentionally deleted for good in the cleanup, will not return. crawlers keep hitting them. code?', R410),
  w('410', 'api', 'We permanently removed the `v3beta` namespace — intentional, the beta is over, it is in the changelog. What should requests to /v3beta/* get?', R410),
  w('410', 'support', 'A seller permanently closed their shop and we purged the listings on purpose — they can never come back. Buyers clicking old listing links get 404 today. Should it be 410?', R410),
  w('410', 'nonnative', 'the webinar recording we deleted it on purpose and it is permanent, we will not upload it again. but old link still in emails. which code to return?', R410),
  w('410', 'security', 'we killed the public RSS export for good (deliberate decision, privacy reasons, announced). feed readers keep polling /export.rss. what do they get', R410),
  w('410', 'sre', 'INC-9920 — cdn logs full of GET /assets/v1/* 404. those assets were removed deliberately & permanently in 2023 when we dropped v1. should we be sending 410 instead?', R410),
  w('410', 'nonnative', "hello, the event page is deleted by organizer on purpose, the event is finish and the page is gone permanent, it can't be undo. people still share link. code?", R410),

  // ---- open: the deciding fact is not stated ----
  open('sre', 'page /blog/old-launch-post got deleted. 404 or 410', PERMANENCE, ROPENP),
  open('api', 'We removed the `/v1/exports` endpoint in the last release. Should callers get 404 or 410 now?', PERMANENCE, ROPENP),
  open('support', "A customer's listing was removed. Should old links to it say not found or gone?", PERMANENCE, ROPENP),
  open('nonnative', 'The document of user is removed from system. For this URL, better 404 or 410?', PERMANENCE, ROPENP),
  open('security', 'authenticated user from org A requests /orgs/B/invoices/77, which exists. 403 or 404?', HIDING, ROPENH),
  open('sre', "logged in user, not a member of project 'infra' (it does exist), hits /projects/infra. 403 or 404", HIDING, ROPENH),
  open('api', "An authenticated caller asks for a document in a workspace they don't belong to. The document exists. 403 or 404, which is correct?", HIDING, ROPENH),
  open('support', "Customer writes: \"it was here last month, now it's not\". We deleted that page. Do we show 404 or 410?", PERMANENCE, ROPENP),

  // ---- knowledge ----
  k('sre', 'whats a 410 actually mean vs 404, eli5 pls', /permanen|for good|forever|intentional|on purpose/i, 'RFC 9110 §15.5.11: 410 means intentionally and permanently gone'),
  k('sre', 'do cdns cache 404s? we have cloudfront in front and a route was briefly broken', CACHEABLE_404, 'RFC 9110 §15.1/§15.5.5 and the seed: 404 is heuristically cacheable, CDNs cache it with Cache-Control'),
  k('sre', 'saw a sudden 404 spike right after a deploy, what does that usually point to', /deploy|rout|regress|broke|redirect/i, 'Seed: 404 spikes after a deployment point at broken routes'),
  k('sre', 'typical causes of a 403 spike in prod? new svc ip maybe?', /role|scope|rbac|allow-?list|tenant|permission/i, 'Seed: 403s come from RBAC, scopes, tenant isolation, IP allowlists'),
  k('sre', 'is a baseline of 404s normal or should we page on every one', /normal|baseline|expected|typo|bad links|old urls|spike/i, 'Seed: a baseline of 404s is normal; alert on spikes'),
  k('sre', 'should our retry middleware retry 403s', NO_RETRY, 'Seed: do not retry a 403 without a change in permissions'),
  k('sre', 'does logging in again fix a 403 or nah', /(won'?t|will not|wouldn'?t|doesn'?t|does not|do not|don'?t|not|cannot|can'?t|never)\s+(\w+\s+){0,2}(help|change|fix|solve|resolve|make)/i, 'Seed: for 403 re-authenticating will not help'),
  k('sre', 'is rfc 2616 still the ref for status codes or is that dead', /obsolet|supersed|replac|9110/i, 'RFC 9110 obsoletes RFC 7231, which obsoleted RFC 2616'),

  k('api', 'Which header MUST a 401 response carry?', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 must send WWW-Authenticate'),
  k('api', "What HTTP status does RFC 6750's insufficient_scope map to?", /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('api', 'Per RFC 6750, which status goes with error=invalid_request?', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('api', 'When the request carries no bearer token at all, should our WWW-Authenticate challenge include an error code?', /(should|must)\s+not|shouldn'?t|no error|without (an |any )?error|omit|not include|leave (it )?out|don'?t include/i, 'RFC 6750 §3.1: with no authentication information the server SHOULD NOT include an error code'),
  k('api', 'Is RFC 7231 still current for 4xx semantics or did 9110 replace it?', OBSOLETED, 'RFC 9110 obsoletes RFC 7231'),
  k('api', 'Does a 404 say anything about whether the resource ever existed or might exist later?', /(does not|doesn'?t|not|no|without|nothing)\s+(\w+\s+){0,3}(indicat|say|tell|guarantee|impl|reveal|promise|specif|distinguish|about)/i, 'RFC 9110 §15.5.5 and the seed: 404 does not indicate whether the resource ever existed or will'),
  k('api', "what's the difference between 401 and 403 in one sentence", /(?=[\s\S]*authenticat)(?=[\s\S]*(permission|authori[sz]|not allowed|refus|forbid))/i, 'RFC 9110 §15.5.2/§15.5.4: 401 is missing/invalid authentication, 403 is refusal for a known caller'),
  k('api', 'Can a 403 body explain why access was refused, or does that leak too much?', /(may|can|allowed|permit|free to|fine to|ok to|okay to)\b[^.]{0,80}(reason|explain|describe|why)/i, 'RFC 9110 §15.5.4: a server may describe the reason for the refusal in the content'),

  k('support', 'What does a 404 actually mean, in plain words I can tell a customer?', /(not|n'?t|no)\s+(\w+\s+){0,3}(find|found|exist|match)/i, 'RFC 9110 §15.5.5: the server found no current representation'),
  k('support', "What's the difference between 'Not Found' and 'Gone' for our customers?", /permanen|for good|forever|intentional|on purpose/i, 'RFC 9110 §15.5.11: Gone means intentionally and permanently removed'),
  k('support', 'When a customer gets a 403, what should they do next?', /admin|permission|owner|request access|ask for access/i, 'Seed: users should contact an administrator; retry only after permissions change'),
  k('support', 'And when a customer gets a 401, what should they do?', /log ?in|sign ?in|re-?authenticat|credential|new (api )?(key|token)|refresh/i, 'RFC 9110 §15.5.2: supply valid credentials'),
  k('support', "What's a 'soft 404'?", /\b200\b/, 'Seed: a soft 404 returns 200 with "page not found" content'),
  k('support', 'why are soft 404s bad for SEO', /index|search engine|crawler|google/i, 'Seed: search engines treat soft 404s as indexed pages'),
  k('support', 'If we return 410 instead of 404 for old pages, does Google remove them faster?', /faster|quicker|sooner|delist|de-?index|remov|drop/i, 'Seed: 410 helps crawlers delist faster'),
  k('support', 'Does a 404 mean the page will never come back?', /(no|not|n'?t|without)\s+(\w+\s+){0,3}(guarantee|promise|mean|say|indicate|imply|necessarily|permanent)|(might|may|could|can) (come back|exist|return|reappear)|in the future/i, 'Seed and RFC 9110 §15.5.5: a 404 makes no guarantee about the future'),

  k('security', 'is it legit per RFC to return 404 instead of 403 to hide that a resource exists', /\byes\b|(is |are |explicitly )(allowed|permitted)|\ballows\b|\bpermits\b|legitimate|acceptable|15\.5\.4|may (instead )?(respond|answer|return|use|send)/i, 'RFC 9110 §15.5.4: a server may answer 404 to hide a forbidden resource'),
  k('security', 'does sending 403 vs 404 leak info? how does enumeration work with those', /exist|reveal|leak|confirm|disclos/i, 'RFC 9110 §15.5.4 and the seed: 403 confirms existence; 404 hides it'),
  k('security', 'do 403s get cached? worried a shared cache serves a 403 to someone who IS allowed', /not (be )?(heuristically )?cach|isn'?t (heuristically )?cach|aren'?t (heuristically )?cach|not (heuristically )?cacheable|per[- ]request|only (if|when|with)[^.]{0,40}(explicit|cache-control|freshness)/i, 'Seed and RFC 9110 §15.1: 403 is not cached by default; permission checks are per request'),
  k('security', 'for an expired or revoked bearer token, which RFC 6750 error code and which HTTP status', /(?=[\s\S]*invalid_token)(?=[\s\S]*401)/i, 'RFC 6750 §3.1: invalid_token with 401'),
  k('security', "which RFC 9110 section do i cite for 'server may 404 to hide a forbidden resource'", /15\.5\.[45]/, 'RFC 9110 §15.5.4 (and §15.5.5)'),
  k('security', "why is 401 called 'Unauthorized' when it's really about who you are, not what you're allowed to do?", /authenticat|credential|historic|misnom|naming|legacy/i, 'RFC 9110 §15.5.2: 401 is about missing or invalid credentials despite its name'),
  k('security', 'what should a client do after getting insufficient_scope back', /new (access )?token|re-?authori[sz]|request (additional|more|broader|the required|a)|consent|obtain/i, 'RFC 6750 §3.1: the client may request a new access token with the required scope'),
  k('security', "what's the section number for 410 in RFC 9110", /15\.5\.11/, 'RFC 9110 §15.5.11'),
  k('security', 'Does RFC 9110 require 410 whenever something is permanently deleted, or is 404 acceptable?', /not (necessary|required|mandatory|obligat)|(no|not a) requirement|(don'?t|doesn'?t|does not|do not|need not|needn'?t) (have|need) to|404 is (also )?(fine|ok|okay|acceptable|allowed|permitted)|optional|acceptable|may (also )?(use|return|send)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone'),

  k('nonnative', 'What mean the 403 code exactly? I read many explanations and they are different.', /permission|(not|n'?t) (be )?allowed|refus|lacks?|understood/i, 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it'),
  k('nonnative', 'please explain me the difference between 404 and 410, when I use each one', /permanen|for good|forever/i, 'RFC 9110 §15.5.5/§15.5.11: 410 when the removal is known to be permanent'),
  k('nonnative', 'The 401 response need some special header? which one?', /www-authenticate/i, 'RFC 9110 §15.5.2: WWW-Authenticate'),
  k('nonnative', 'Is the 404 response can be stored in cache by browser or CDN?', CACHEABLE_404, 'RFC 9110 §15.1 and the seed: 404 is heuristically cacheable'),
  k('nonnative', 'Which RFC is now the official one for HTTP status codes? My team still use 7231.', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('nonnative', 'if the API give me 404, my client must retry automatic?', NO_RETRY, 'Seed: no automatic retry on 404; surface the error'),
  k('nonnative', "What is mean 'insufficient_scope' in the bearer token error?", /403|(higher|more|required|necessary|needed|enough) (scope|privilege|permission)|privilege/i, 'RFC 6750 §3.1: the token lacks the privileges required (403)'),
  k('nonnative', 'Why we must not swap 403 and 404 only for convenience? What happen?', /retr|cach|monitor|branch/i, 'Seed: swapping breaks client retries, cache signals and monitoring'),
];

export const UNSEEN3_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
