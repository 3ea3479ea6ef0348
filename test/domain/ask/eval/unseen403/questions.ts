import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 403, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a password manager and secrets vault for teams (shared vaults, personal items, emergency access, revoked devices, deleted items in a recovery bin, SCIM provisioning tokens), asked by security engineers in terse chat. */

const R401 = 'No valid credentials (none sent, expired, revoked, rotated, bad signature, unknown key) means 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token).';
const R403 = 'Caller is authenticated but not permitted (role, plan, IP allowlist, blocked account) and existence is not secret, so 403; re-authenticating will not help (RFC 9110 §15.5.4).';
const R403S = 'Valid token that lacks the required scope is insufficient_scope, which RFC 6750 §3.1 pairs with 403 (RFC 9110 §15.5.4).';
const R404 = 'No current representation exists for the target (never existed, wrong id), so 404 (RFC 9110 §15.5.5).';
const R404H = 'The resource exists but its existence must be hidden from this caller, and RFC 9110 §15.5.4 lets the server answer 404 instead of 403 (§15.5.5).';
const R404U = 'Removed but not known to be permanent (restorable or undecided), so 404; 410 is only for removal known to be permanent (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally and permanently removed with no forwarding address, so 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'cli calling GET /v1/vaults w/ no Authorization header at all, no token, no cookie. code pls', R401),
  w('401', 'security', 'finding: admin revoked a lost laptop from the devices page but the laptop keeps calling the sync api with its old device token. token is revoked server side so its no longer valid. what should sync return', R401),
  w('401', 'support', 'Ticket: customer clicked "Log out" in the web vault, then hit Back and the page tried to fetch /api/items with the old session cookie. The session was destroyed on logout so that cookie is not valid anymore. What status should the API return for that request?', R401),
  w('401', 'api', 'we rotated the SCIM provisioning token yesterday, okta is still pushing w/ the old bearer token which we deleted. someone says 403, thoughts', R401),
  w('401', 'nonnative', 'the access token for vault api is expired since 2 hours, client still send it for get item. which status we must return please', R401),
  w('401', 'security', 'jwt presented to /v1/items has a signature that fails verification (payload tampered). is 403 right here', R401),
  w('401', 'sre', 'api key w/ a key id we dont know, not in our db at all, hitting /v1/secrets. status?', R401),
  w('401', 'support', 'user left the tab open, session timed out after 15 min idle per org policy, then clicked "reveal password" on an item. session is expired, no valid login anymore. what do we send back', R401),

  // ---- 403 ----
  w('403', 'sre', 'member has read-only role on the shared "infra" vault, tries PUT to edit an item in it. they can see the vault fine, just cant edit. code', R403),
  w('403', 'security', 'scim token is valid but only has scope scim:read, IdP tries POST /scim/v2/Users to create a user. token itself is fine, just missing the write scope. which code', R403S),
  w('403', 'support', 'Customer set up emergency access for a coworker with a 7 day waiting period. The coworker is logged in, the request shows on both sides, and on day 2 they tried to open the vault before the wait is over. Nothing is secret here, both know the vault exists. What status for the vault fetch?', R403),
  w('403', 'api', 'org turned on ip allowlist. user has a valid session but calls from home ip which isnt on the list. 403 or 401', R403),
  w('403', 'nonnative', 'admin has suspended the account of one user. his password and 2fa is correct and token is valid, but account is blocked by admin. what code for his requests to the vault', R403),
  w('403', 'security', 'org on free plan calls GET /v1/audit-log, audit log is enterprise only. caller is authenticated and the endpoint is publicly documented so nothing to hide. correct response?', R403),
  w('403', 'sre', 'personal api token scoped items:read, script tries DELETE /v1/items/itm_42. someone said 401 b/c the token lacks the scope, thoughts', R403S),
  w('403', 'api', 'regular member (not admin) opens the /admin/scim settings page. its in the nav for everyone, no secret that it exists, they just arent allowed. what should the api return', R403),
  w('403', 'nonnative', 'guest user of team is logged in and try to download export of a shared vault, guests are not allowed to export. the vault he can see in his list so existence is not secret. status code?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /v1/vaults/vlt_8qz2, typo in the id, no vault with that id ever existed. caller logged in w/ valid token. status', R404),
  w('404', 'support', 'Customer pasted a share link but the item id got cut off when they copied it. There is no item with that truncated id and there never was. They are logged in fine. Which code should the page return?', R404),
  w('404', 'api', 'GET /v1/emergency-access/grants/ea_000. not deleted, it never existed, we never issued that grant id. caller has valid session. what do we send back', R404),
  w('404', 'nonnative', 'IdP send GET /scim/v2/Groups/grp_777 with valid scim token, but this group id was never created in our system. which status', R404),

  // ---- 404: exists but hidden ----
  w('404', 'security', 'user from org A (valid token) requests /v1/vaults/{id} of a vault belonging to org B. we must not confirm to outsiders that the vault exists. code pls', R404H),
  w('404', 'sre', 'member not added to the "prod-db-creds" shared vault requests it by id. vault names and ids are confidential, dont want to leak that it exists. 403 or 404', R404H),
  w('404', 'support', 'An employee was removed from the Finance vault but is still a logged-in member of the org. They had bookmarked an item link and opened it. Our policy is never to reveal to non-members whether an item exists. What status should they get?', R404H),
  w('404', 'api', 'user A is authenticated and requests GET /v1/items/itm_91 which is user B\'s personal item. personal items must stay invisible to others, not even their existence. what should the api return', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'Customer deleted a shared item this morning. It is in the recovery bin and can be restored for 30 days. A teammate who has access still has the direct link and it now fails. What should the item endpoint return while the item sits in the bin?', R404U),
  w('404', 'sre', 'admin deleted the "legacy-ci" vault, not sure yet if thats permanent, might be restored from backup next week. caller has valid session + access. 404 or 410', R404U),
  w('404', 'nonnative', 'the record of a revoked device was removed from devices list in cleanup, but we did not decide yet if it will be restored. admin with valid session call GET /v1/devices/dev_5. which code is correct', R404U),

  // ---- 410 ----
  w('410', 'sre', 'item got purged from the recovery bin after the 30 day retention, crypto-shredded on purpose, cant come back. owner w/ valid session opens the old link. code', R410),
  w('410', 'api', 'we permanently retired the /v1/export/csv endpoint on purpose, no replacement, its never coming back. clients still call it w/ valid tokens. what status', R410),
  w('410', 'security', 'one-time secret share link, burned after first view by design, the secret is destroyed for good. second visitor opens it. 404 or 410', R410),
  w('410', 'support', 'A user emptied their recovery bin manually. The items are permanently deleted and cannot be restored by us or by them. While logged in they click an old bookmark to one of those items. Which status code?', R410),
  w('410', 'nonnative', 'we shut down the old browser extension update url forever, on purpose, it will not come back. old extensions still call it. what is correct status', R410),
  w('410', 'security', 'org closed its account and we intentionally wiped all its vaults for good at their request. the old public share page (no login needed) for one of those vaults still gets hits. code?', R410),
  w('410', 'api', 'scim v1 endpoints are sunset permanently, deliberately removed, IdPs must move to v2. requests to /scim/v1/Users still arrive w/ valid tokens. status?', R410),

  // ---- knowledge ----
  k('nonnative', 'when we send 401 from the vault api, which header must be inside the response', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header with at least one challenge.'),
  k('support', 'Customer keeps logging out and back in to fix a 403 on a shared vault. Does re-authenticating ever change a 403?', /(won'?t|will not|does not|doesn'?t|cannot|can'?t|never|not)\b.{0,60}(help|change|fix|resolve|succeed|work|matter|difference)|\bno\b/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; re-authenticating makes no difference.'),
  k('security', 'when is it ok to send 404 instead of 403 for a vault the caller cant access', /hid(e|es|ing)|conceal|existence|(not|without) (reveal|disclos|confirm|leak)|leak/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden target may respond with 404.'),
  k('nonnative', 'the 404 say anything if the item is gone temporary or permanent?', /(no|not|n'?t|neither|nothing|without)\b.{0,60}(permanen|temporar|future)|\bno\b/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('sre', 'what does a 410 tell search crawlers and ppl holding links to a retired vault share url', /(remov|delet|delist|drop|purg|de-?index|forget|stop).{0,60}(link|reference|index|url|crawl)|(link|reference|url)s?.{0,60}(remov|delet|drop)|permanen/i, 'RFC 9110 §15.5.11: 410 signals the removal is permanent so recipients should remove links/references to the target.'),
  k('security', 'can a cdn heuristically cache a 403 from the vault api w/o any cache-control', /\bno\b|not heuristically cacheable|isn'?t heuristically cacheable|(only|unless|needs?|requires?).{0,40}(explicit|cache-control|expires|max-age)/i, 'RFC 9110 §15.1: 403 is not heuristically cacheable; it can be cached only with explicit freshness information.'),
  k('api', 'which rfc 6750 error code goes in WWW-Authenticate when the bearer token is expired or revoked', /invalid_token/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, or invalid) with 401.'),
  k('api', 'which rfc is the current ref for 401/403/404/410 semantics, still 7231?', /\b9110\b/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235 and is the current definition.'),
  k('support', 'Can our 403 page tell the user why they were refused (e.g. "your role cannot export this vault"), or does the spec forbid that?', /\byes\b|\b(may|can|is allowed to|should)\s+(optionally\s+|also\s+)?(describe|explain|include|state|give|say|tell)|(doesn'?t|does not|no) (forbid|prohibit)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('nonnative', 'is 410 heuristically cacheable by default, or it need explicit cache headers', /\byes\b|(?<!not |n't |non-)heuristically cacheable|(?<!not |n't )cacheable by default/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default.'),
  k('security', 'per 9110, what do you use instead of 410 when you dont know whether a removal is permanent', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used.'),
  k('support', 'If a client already sent credentials and still gets a 401, what does that tell it according to RFC 9110?', /(refus|reject|invalid|not (valid|accepted)|fail|wrong|bad)/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials.'),
  k('nonnative', 'is ok to return 200 with body "item not found" when the item dont exist in the vault?', /\bno\b|soft[- ]?404|(should|must|use|return|send).{0,20}\b404\b/i, 'RFC 9110 §15.5.5: a missing target is 404; a 200 "not found" page is a soft 404 that misleads clients and crawlers.'),
];

export const UNSEEN403_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
