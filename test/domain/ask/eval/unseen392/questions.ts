import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 392, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a customer-support help desk SaaS (agents, light agents, customers, internal notes, multi-brand tickets, closed/merged tickets, deleted help-center articles), pasted from Jira tickets and Slack. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid credentials (missing, expired, revoked, rotated, malformed, bad signature) → 401 with a WWW-Authenticate challenge; RFC 6750 §3.1 invalid_token.';
const R403 = 'RFC 9110 §15.5.4: the caller is identified but not allowed (role, plan, IP allowlist, suspension, brand scope) and existence is not secret → 403; re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden; RFC 9110 §15.5.4.';
const R404 = 'RFC 9110 §15.5.5: no current representation exists for the target (never existed, wrong id) → 404.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: removed but not known to be permanent (restorable, undecided) → 404; 410 only when the removal is known to be permanent.';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is expected to be permanent → 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'widget calls GET /api/v2/tickets.json with no Authorization header at all, not even an empty one. what do we send back', R401),
  w('401', 'support', 'SUP-4412: Agent Maria left the agent workspace open overnight and her session expired at 3am (idle timeout 8h). This morning she clicked a ticket link in the inbox and the app called /api/agent/tickets/88213 with the expired session cookie. The backend currently returns 403 and the UI shows "you dont have permission", which freaked her out. Which status should the API return for this?', R401),
  w('401', 'api', 'our marketplace app calls the tickets api w/ an oauth access token that was revoked when the customer admin uninstalled and reinstalled the app. token is just not valid anymore. code pls', R401),
  w('401', 'security', 'Finding HD-SEC-31: the messaging SDK endpoint /sdk/v1/conversations accepts a user JWT whose signature does not verify against the brand signing key, and falls through to serving the request as anonymous. Recommended fix is to reject it. Which status should the rejection use?', R401),
  w('401', 'nonnative', 'agent changed his password and all his old sessions are invalidated by this, but one browser tab still call the ticket list with the old cookie. my colleague say 403 b/c he is agent and has rights. which code is correct?', R401),
  w('401', 'sre', 'basic auth on /api/v2/users w/ "email/token:" but the token part is garbage, cant even be parsed. someone says 403, thoughts', R401),
  w('401', 'api', 'we rotated the account api key last night (old one deleted), the zapier connector still sends the old key on every ticket create. what should the gateway return', R401),
  w('401', 'support', 'Customer writes in: she clicks "My requests" in the help center, but her help-center login expired two weeks ago and she is not logged in anymore, and right now the requests API answers 404. She is a real requester with open tickets. What status should /hc/api/requests return to her while she has no valid session?', R401),

  // ---- 403 ----
  w('403', 'support', 'JIRA HD-2290. Light agent Tom (collaborator seat, logged in fine) can open ticket #55120 and add internal notes, which is what light agents are for. When he tries to post a public reply to the customer, the API refuses because light agents are not allowed to make public comments. The ticket is not a secret to him, he is looking right at it. Which code should the public-reply endpoint return?', R403),
  w('403', 'api', 'token is valid but only has tickets:read scope, client does PUT /api/v2/tickets/771 to change status. status?', R403S),
  w('403', 'sre', 'acct has IP allowlist turned on, agent authenticates fine from home but her home IP isnt on the list. what do we return', R403),
  w('403', 'security', 'Reviewer note: an agent in the "Tier 1" custom role, properly authenticated, calls DELETE /api/v2/tickets/40012. Tier 1 can view and update that ticket but ticket deletion is admin-only. Nothing about the ticket is confidential to this agent. It currently returns 500. Correct response?', R403),
  w('403', 'nonnative', 'the account is on starter plan, admin is logged in correct, he call the SLA policies endpoint which is only for enterprise plan. the endpoint exist and is documented in public docs. which code we return?', R403),
  w('403', 'support', 'Ticket from a multi-brand account: agent Priya is restricted to brand "Acme Home" by her role. She clicked a brand "Acme Pro" ticket straight from the global views list, where she can already see its subject and requester - same company, no secret at all about those tickets existing. Opening it fails because her role does not cover Acme Pro. Our API gives 404 and she thinks the ticket was deleted. What should it return?', R403),
  w('403', 'api', 'admin suspended an agent user. his api token still authenticates (we identify him fine) but suspended users are blocked from everything. what code for his calls', R403),
  w('403', 'sre', 'end user logged into the help center hits /agent/dashboard. shes not an agent, the agent workspace url is public knowledge anyway. which one', R403),
  w('403', 'security', 'Agent lacks the "view reports" permission and gets refused on /api/v2/reports/agent_activity. Support told him to log out and back in, he did, same result. Proposed code is 401 so the client re-prompts login. Is 401 right, or what should it be?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /api/v2/tickets/98765432 , our ticket ids only go up to ~451k, that one was never issued. code pls', R404),
  w('404', 'support', 'A customer emailed us a help center link with a typo in the slug: /hc/en-us/articles/how-to-rest-password. No article has ever had that slug, we checked the article history and the redirects table. The theme currently shows a friendly page with 200. What status should that URL actually return?', R404),
  w('404', 'nonnative', 'client call /api/v2/macros/31337 but this id is mistake, he typed wrong number. no macro with this id was ever created in any account. not deleted, never exist. which status?', R404),
  w('404', 'api', 'GET /api/v2/ticket_fields/9000001 - not deleted, it never existed, just a bad id from a stale config file. correct response?', R404),

  // ---- 404: exists but hidden from this caller ----
  w('404', 'security', 'Finding: a logged-in end user can fetch /api/v2/requests/5512/comments/90871, where 90871 is an internal note on his own ticket. Customers must not even learn that internal notes exist on their tickets, so the response must not confirm that the comment id exists. He is authenticated. What status should it return?', R404H),
  w('404', 'api', 'multi-brand acct but the two brands are white-labelled for separate client companies. an agent scoped to brand A requests a brand B ticket by id. contract says brand B ticket ids must never be confirmed to brand A agents. what do we return', R404H),
  w('404', 'support', 'Escalation SUP-8812: requester Jane (logged in) has been guessing ticket numbers in /hc/requests/<id> and landing on tickets from other customers in different organizations. She cannot read them, fine, but right now she gets 403 "Forbidden", which tells her those tickets exist. Policy: we never confirm to a customer that someone else\'s ticket id exists. What should she get instead?', R404H),
  w('404', 'nonnative', 'we have help center articles restricted to agents only (internal KB). a customer is logged in and request one by its URL. product say end users must not know these internal articles even exist. which code?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'Content team archived the article "Refund policy 2023" yesterday. Archived articles can be restored from the archive, and the team said they might bring it back after legal review - nothing decided yet. Visitors still hit the URL. Which code should it return while it is archived? Someone suggested 410.', R404U),
  w('404', 'sre', 'agent deleted ticket 30211, its sitting in the deleted tickets view, restorable for 30 days, nobody decided yet if it gets restored. api status for GET on it rn?', R404U),
  w('404', 'nonnative', 'admin deactivate brand "Globex Support", so the help center of this brand is off now. but deactivate is not delete, he maybe reactivate next month, not sure. what code for the article urls of this brand help center?', R404U),

  // ---- 410 ----
  w('410', 'support', 'The docs team permanently deleted the article "Legacy chat widget setup" on purpose - the feature was sunset, the article is never coming back, and it was purged from the archive too. That URL is linked from thousands of old ticket replies and Google still crawls it. What status should it return now?', R410),
  w('410', 'sre', 'tickets purged from the deleted view after the 30 days are hard deleted, unrecoverable, and thats intended. GET on those ids returns what', R410),
  w('410', 'security', 'After a GDPR right-to-erasure request we deliberately and irreversibly deleted end user 7712 and their profile; the id will never be reused. An admin who is fully authorized to view users later calls GET /api/v2/users/7712. 404 or 410?', R410),
  w('410', 'api', 'after a merge the source ticket gets hard deleted by design, we decided no redirect, its gone for good on purpose. clients still GET the old source ticket id. what should the api return', R410),
  w('410', 'nonnative', 'we retired the old /api/v1/tickets.json endpoint for good, it is removed on purpose and will never come back, v2 is the only one now. some old integration still call v1. which code?', R410),
  w('410', 'sre', 'brand "Initech Help" was deleted for good (deleted, not deactivated, cant be undone), crawlers still hit its article urls. status?', R410),
  w('410', 'security', 'An agent used ticket redaction to remove an attachment containing a credit card number. Redaction is permanent and irreversible by design. The old attachment URL is still in notification emails. We want the link to say clearly that it is gone forever. Which code?', R410),

  // ---- knowledge ----
  k('api', 'what header does a 401 have to include when our ticket api rejects a request', /www-authenticate/i, 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('support', 'If an agent gets a 403 on the reports page, will logging out and logging back in fix it?', /^\s*no\b|(won'?t|will not|wouldn'?t|would not|doesn'?t|does not|not|unlikely to)\s+(help|change|fix|make a difference|resolve|work)|no (difference|effect)|same (result|response|outcome|error)/i, 'RFC 9110 §15.5.4: credentials provided are considered insufficient; re-authenticating as the same user does not change a 403.'),
  k('security', 'when is it acceptable for our api to return 404 instead of 403 on a ticket the caller may not access', /hid(e|es|ing)|conceal|existence|not (to )?(reveal|disclos|confirm)|leak/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404.'),
  k('nonnative', 'if our api give 404 for a ticket, does rfc say it mean the ticket is deleted forever?', /(whether|if)\b[^.]{0,60}\b(temporar|permanent)|temporar\w* or permanent|permanent\w* or temporar|(doesn'?t|does not|not|no)\s+(say|indicate|tell|mean|imply|guarantee|indication|information)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('support', 'What does a 410 tell search engines and people who link to our old help center articles?', /remov|delet|delist|de-?index|drop|purg|unlink|update (their )?links/i, 'RFC 9110 §15.5.11: 410 signals intentional, permanent removal, and that links/references to the resource should be removed.'),
  k('sre', 'cdn q: no cache-control on our 410s for purged articles. can the edge still cache them by default', /\byes\b|(?<!not |n't |never )(heuristically cacheable|cacheable by default|cacheable heuristically)|\b(can|may) be (\w+ )?cached|\bcan cache\b/i, 'RFC 9110 §15.1: 410 (like 404) is heuristically cacheable by default, unlike 403.'),
  k('api', 'rfc 6750 insufficient_scope - which http status goes with it', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden.'),
  k('security', 'For an expired bearer token on the helpdesk API, which error code goes in the WWW-Authenticate Bearer challenge?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed tokens and goes with 401.'),
  k('nonnative', 'our old wiki cite RFC 7231 and 7235 for 401 and 403. which RFC is the current one for this now?', /\b9110\b/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235.'),
  k('security', 'Can a 403 body say why the agent was refused (e.g. "missing ticket.delete permission"), or must it stay silent?', /\byes\b|\b(may|can|is allowed to|are allowed to)\b(?!['’]t|not| not)\s+(\w+\s+)?(describe|explain|include|say|give|state|tell|contain|carry)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('api', 'after a 401 from the tickets api, is our client allowed to retry, and with what', /(new|valid|fresh|different|correct|updated|refreshed|replacement)\s+(\w+\s+)?(credential|token|authori[sz]ation|api key|key|access token)|re-?authenticat|refresh(ing)? the token|log(ging)? (back )?in/i, 'RFC 9110 §15.5.2: the client MAY repeat the request with a new or replaced Authorization header field.'),
  k('nonnative', 'my colleague say 401 "Unauthorized" mean the agent has no permission for the ticket. is this what 401 mean?', /authenticat|credential|log(ged)? ?in|identity/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; lack of permission is 403 (§15.5.4).'),
  k('security', 'Per RFC 6750, when a request to the ticket API carries no authentication at all (no token), should the WWW-Authenticate challenge include an error code like invalid_request?', /^\s*no\b|(should ?n[o']t|must ?n[o']t|do ?n[o']t|not) (include|add|send|put)[^.]{0,30}error|omit\w*[^.]{0,30}error|without (an? )?error|no error (code|attribute|param)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('sre', 'should our sdk auto-retry a 403 from the ticket api', /^\s*no\b|(should ?n[o']t|do ?n[o']t|never|not)\s+(\w+\s+){0,2}(auto-?)?(retry|repeat|retried|repeated)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('nonnative', 'in rfc 9110, when the server dont know if a removal is permanent, which code it should use instead of 410?', /\b404\b/, 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
];

export const UNSEEN392_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
