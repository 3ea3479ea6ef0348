import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 92, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a helpdesk / ticketing SaaS (agents, customers, shared inboxes, archived and purged tickets, SSO and API keys for integrations). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; it carries WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, or otherwise invalid) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses to fulfil it; re-authenticating with the same credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (valid token lacking the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 when the removal is not known to be permanent; 410 only when it is';
const R410 = 'RFC 9110 §15.5.11: the target resource is no longer available at the origin server and this condition is likely to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', "crm sync svc keeps hitting /api/v2/tickets w/ an api key an admin revoked yesterday, key is marked revoked in our db. what do we send back", R401T),
  w('401', 'api', "Our mobile agent app sends an OAuth bearer token that expired twenty minutes ago. The agent's account and role are otherwise fine, and the ticket they're opening is assigned to them. A colleague argues for 403 because we know who the agent is. What status should the tickets endpoint return?", R401T),
  w('401', 'support', "A customer's script calls our ticket list endpoint with no Authorization header at all - they simply forgot to add their API key. They're asking what error they should expect to see from us in that case. Which one is it?", R401),
  w('401', 'security', "pen test finding: when X-Api-Key holds a random string that matches no key at all, the helpdesk api answers 403 Forbidden. reviewer flagged it as wrong. what should an unrecognised key actually get", R401),
  w('401', 'nonnative', "The JWT coming from our SSO provider have a bad signature, we cannot verify it, so we dont know who is the agent. Which code we must answer for this request to the inbox API?", R401T),
  w('401', 'sre', "email ingest webhook uses basic auth, mail provider is sending the old password since they rotated on their side. not a perms thing, creds just dont match. code pls", R401),
  w('401', 'api', "A request for ticket #48213 arrives with an expired session token. The ticket belongs to a different organization than the token's former owner, but since we can't authenticate the caller at all we never reach the authorization step, and we return the identical auth-failure response for every path. What status code is correct here?", R401T),
  w('401', 'support', "An agent clicked 'Sign out of all devices', which revoked every token she had. Her browser extension is still using one of those revoked tokens to pull tickets. Should the extension be getting a 403, or something else?", R401T),
  w('401', 'sre', "after the sso cutover the agents old session token is expired, agent console api sees no valid creds on the req. colleague wants 403 b/c the agent used to be logged in. what status", R401T),

  // ---- 403 (10) ----
  w('403', 'sre', "light agent role (read only) tries PATCH /tickets/912 to set status solved. token valid, they can already view that ticket. what do we send", R403),
  w('403', 'api', "The integration's OAuth access token is valid and unexpired, but it was granted only the tickets:read scope. It is calling DELETE /api/v2/tickets/77. Per RFC 6750, which HTTP status accompanies the error?", R403S),
  w('403', 'support', "Customer is signed in fine and tries to change the assignee on their own ticket - only agents are allowed to set the assignee. It's their ticket, so there's nothing to hide from them. What code does the API give back?", R403),
  w('403', 'security', "agent has valid creds but the request comes from an ip outside the orgs configured allowlist. endpoint is the publicly documented /api/v2/tickets, no existence to hide. 403 or 404", R403),
  w('403', 'nonnative', "Agent is member of Billing inbox only. The list of all shared inboxes is visible to every agent, so he know the Legal inbox exist, but he try to post a reply in Legal inbox where he is not member. What is the correct status?", R403),
  w('403', 'sre', "zap uses a read only api key (valid, not expired) and tries POST /macros. key just doesnt allow writes. what status", R403),
  w('403', 'api', "An agent with a valid SSO session tries to permanently purge ticket 5521. Purging requires the Admin role, which they don't have; the ticket itself is visible in their queue. A teammate suggests returning 401 so they get prompted to log in as an admin. What should we actually return?", R403),
  w('403', 'support', "An agent can find an archived ticket in search results (so they already know it's there), but their role doesn't include permission to open archived tickets. They're logged in. What status should the open request return?", R403),
  w('403', 'security', "security review: GET /api/v2/exports/full is in our public api docs, every agent knows it exists. only the account owner may call it. caller is an authenticated agent, not the owner. do we need to hide it or is forbidden fine", R403),
  w('403', 'nonnative', "User have good API key and he is admin of the workspace, but he try to change the SSO configuration which only account owner can change. Settings page is same for everybody, nothing secret there. Which code to return?", R403),

  // ---- 404 (10) ----
  w('404', 'sre', "GET /api/v2/tickets/99999999 from an admin w/ full access, that id was never allocated, sequence is only at 4.1M. what code", R404),
  w('404', 'nonnative', "Customer is calling /api/v2/tikets/123 (typo, tikets), there is not any such route in our API and never was. What we should return?", R404),
  w('404', 'support', "A logged-in customer followed a link to /portal/inboxes/suport-team, but no shared inbox with that slug was ever created - the real one is support-team. What should they get?", R404),
  w('404', 'security', "customer in tenant acme requests /tickets/8812 which exists but belongs to tenant globex. tenant isolation policy says we must never confirm that other tenants ticket ids exist. whats the right response", R404H),
  w('404', 'api', "Customers may only view tickets on which they are the requester or CC'd, and product requires that customers must not be able to learn which ticket numbers exist. An authenticated customer requests a real ticket they're not on. What status do we respond with?", R404H),
  w('404', 'sre', "agent not in the confidential HR inbox requests an HR ticket by id. requirement is non-members cant even tell HR tickets exist. someone said 403, thoughts? what do we send", R404H),
  w('404', 'security', "pen test: /api/v2/users/lookup?email=x returns 403 for customers that exist in other orgs and 404 for emails nobody registered, so customers can be enumerated. callers are authenticated agents of a different org. what should the exists-but-other-org case return", R404H),
  w('404', 'support', "A ticket was moved to Trash by an admin. Trash keeps tickets for 30 days and any admin can restore it in that time. The customer who opened it is now fetching it via the API. Do they get 410, or something else?", R404U),
  w('404', 'sre', "attachment blob for ticket 3310 is missing from storage, caller is authorized for the ticket. dunno if it was deleted on purpose or if the backup restore job will bring it back. 410 or 404", R404U),
  w('404', 'api', "A customer record was deleted, but our deletion flow has a 14-day undo window, so the deletion may well be reversed. An admin integration calls GET /customers/{id} during that window. A colleague wants 410 since it's deleted. What's right?", R404U),

  // ---- 410 (6) ----
  w('410', 'sre', "ticket purged under a gdpr erasure request, hard deleted, we keep only a tombstone, its never coming back. caller is the admin who ran the purge. code pls", R410),
  w('410', 'api', "We permanently retired API v1 on March 1 and will never bring it back; the endpoints were removed deliberately. How should calls to /api/v1/tickets be answered?", R410),
  w('410', 'support', "An author deliberately and permanently deleted a public help-center article; it won't be restored and there's no replacement page. Customers still follow old links to it. What should those links return?", R410),
  w('410', 'nonnative', "We decommissioned the shared inbox 'sales-eu' for ever, the address is released and it will not come back. The admin integration still post to /inboxes/sales-eu/messages. Which status is right?", R410),
  w('410', 'security', "retention job hard-purges closed tickets after 7 yrs, permanent, no backup copy. the requester who owns the ticket asks for it by id, no need to hide anything from them. what do we return", R410),
  w('410', 'api', "The legacy webhook receiver /hooks/v0/ticket-events was intentionally and permanently removed when we shipped the new events API. A teammate wants 404 for old integrations still calling it. Which code fits best?", R410),

  // ---- knowledge (15) ----
  k('sre', "what header has to go out w/ a 401 from the tickets api, pentest tool says its missing", /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', "Is a 404 response cacheable by default under RFC 9110, or do we need explicit Cache-Control before our CDN may cache missing-ticket responses?", /(?<!not |n't |non-|non |not be |n't be )(heuristically[ -]cach|cach(e)?able by default|cached (heuristically|by default)|heuristic(ally)? fresh)/i, 'RFC 9110 §15.1/§15.5.5: 404 is heuristically cacheable by default'),
  k('support', "A customer keeps logging out and back in after getting a 403 on the billing settings page. Will re-authenticating help, according to the spec?", /same credentials|re-?(authenticat|log)\w*[^.]{0,30}(will|would|does|wo)\s?n[o']t|(won'?t|will not|would not|not going to|does not|doesn'?t)\s(help|change|fix)|should\s?n[o']t\s(automatically\s)?(repeat|retry|re-?authenticat)/i, 'RFC 9110 §15.5.4: credentials were judged insufficient; the client should not repeat the request with the same credentials'),
  k('nonnative', "Which RFC is now the current one for meaning of HTTP status codes, it is still 7231 or something newer?", /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235'),
  k('security', "under rfc 6750 what error code does the resource server put in WWW-Authenticate when the bearer token is expired", /invalid_token/i, 'RFC 6750 §3.1: invalid_token, with 401'),
  k('api', "Per RFC 6750, when a bearer token is valid but lacks the scope required for DELETE /tickets, what error value goes in the WWW-Authenticate challenge?", /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, with 403'),
  k('sre', "rfc 6750, what status for a malformed auth request, eg token sent twice in header and query string", /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('support', "How long do we have to keep returning 410 for a purged ticket URL? Does the RFC set a minimum time?", /discretion|any (particular |specific |fixed )?length of time|left to (you|the (server|owner|origin|operator))|up to (you|the (server|owner|origin|operator))|no (fixed |specific |set |required |mandated |minimum )?(time|duration|period|limit|minimum)|(n[o']t|no)\s(require|mandate|specif|set|define|impose)\w*[^.]{0,40}(time|duration|period|long|minimum)/i, 'RFC 9110 §15.5.11: not necessary to keep the mark for any length of time; left to the discretion of the server owner'),
  k('security', "what is the spec basis for answering 404 instead of 403 on a confidential ticket the caller may not see", /(hid(e|ing)|conceal\w*|(not|avoid\w*|without|prevent\w*)\s(reveal|disclos|leak|confirm)\w*)[^.]{0,80}exist|exist\w*[^.]{0,80}(hid(e|ing|den)|conceal|not (be )?(reveal|disclos|leak|confirm))/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the current existence of a forbidden target resource may respond 404'),
  k('api', "What does 410 Gone communicate to a client that a plain 404 doesn't?", /permanen/i, 'RFC 9110 §15.5.11: the condition is likely to be permanent'),
  k('nonnative', "Our help center crawler is getting 410 for old articles. What the RFC say a client should do with the links to that resource?", /(remov|delet)\w*[^.]{0,50}(link|reference)|(link|reference)\w*[^.]{0,50}(remov|delet)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI'),
  k('sre', "when a 401 comes back but the req already had creds in it, what does that mean per 9110", /(refused|rejected|not accepted|invalid|insufficient|failed)[^.]{0,60}credential|credential\w*[^.]{0,60}(refused|rejected|not accepted|invalid|failed|were not valid)|new (or replaced )?credential|replac\w+ (the )?authorization/i, 'RFC 9110 §15.5.2: authorization has been refused for those credentials; the client may retry with new or replaced credentials'),
  k('support', "Does a 404 tell the customer whether their ticket is gone for good or only temporarily?", /(n[o']t|never|no|neither)\s(say|indicate|tell|specify|signal|distinguish|convey|reveal|imply|guarantee|state)\w*[^.]{0,80}(temporar|permanen|for good|whether)|(no|without)\s(distinction|indication)[^.]{0,40}(temporar|permanen)|either\s(temporar\w*|permanen\w*)\s(or|and)\s(temporar|permanen)|(silent|agnostic)\s(on|about|as to)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', "RFC 6750: if the request has no token at all, should the WWW-Authenticate: Bearer challenge carry an error= attribute", /(should|must|do|does)\s?n[o']t\s(include|send|add|return|carry|contain)|no error (code|attribute|param)|without (an? )?error|omit/i, 'RFC 6750 §3.1: if the request lacks authentication information the resource server SHOULD NOT include an error code'),
  k('nonnative', "It is allowed to write the reason in the body of 403, like 'your role Light Agent cannot delete tickets', or the RFC want the 403 stay empty?", /\b(may|can)(?!['’]?t\b|not)\b[^.]{0,80}(reason|content|body|explain|describ)|(reason|explanation)[^.]{0,60}\b(may|can) be (given|included|described|put|stated)|allowed[^.]{0,60}(reason|body|content)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content'),
];

export const UNSEEN92_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
