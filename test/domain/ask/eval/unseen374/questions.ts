import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 374, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a legal case-management system for law firms (privileged documents, ethical walls between teams, sealed matters, closed and purged matters, client portal links), with security reviewers and paralegals asking. */

const R401 = 'No valid credentials (none sent, expired, revoked, rotated, bad signature or unknown key): RFC 9110 §15.5.2 401 with a WWW-Authenticate challenge; RFC 6750 §3.1 invalid_token.';
const R403 = 'Caller is authenticated but not permitted (role, plan, IP allowlist, suspended account, ethical wall) and existence is not secret: RFC 9110 §15.5.4 403; re-authenticating will not help.';
const R403S = 'Valid bearer token lacking the required scope: RFC 6750 §3.1 insufficient_scope maps to 403 (RFC 9110 §15.5.4).';
const R404 = 'No current representation exists for the target (never existed, wrong id or typo): RFC 9110 §15.5.5 404.';
const R404H = 'Target exists but its existence must not be disclosed to this caller: RFC 9110 §15.5.4 lets the server answer 404 instead of 403 (§15.5.5).';
const R404U = 'Removed but not known to be permanent (restorable, undecided): RFC 9110 §15.5.11 says 404 should be used when the server does not know whether the condition is permanent (§15.5.5).';
const R410 = 'Intentionally and permanently removed, with no forwarding address: RFC 9110 §15.5.11 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'paralegal got logged out of the case mgmt app, old tab still fires GET /matters/4411/docs w/ the session cookie that expired server side an hour ago. what do we send back', R401),
  w('401', 'api', 'our docket sync client calls /api/v2/matters with no Authorization header at all, no token whatsoever. 403 or 401?', R401),
  w('401', 'security', 'finding LGL-112: when an associate leaves the firm we revoke their API token, but a cron script of theirs still calls the privileged-docs endpoint with the revoked token and gets 403 "ethical wall". thats the wrong signal imo. what should a revoked token get', R401),
  w('401', 'support', 'Client emailed that the portal shows an error on her tablet after she changed her password on her laptop. Logs show her portal access token was rotated at the password change and the tablet app keeps sending the old one. Right now the tablet gets 403. Is that correct or should it be a different code?', R401),
  w('401', 'nonnative', 'the bearer token from our document review vendor have a bad signature, we cannot verify it at all. which status we must return, 401 or 403?', R401),
  w('401', 'security', 'reviewer note: the e-filing integration sends JWTs signed with a kid that isnt in our JWKS, so we cant validate them and reject. current code is 404. what is the correct status for that rejection', R401),
  w('401', 'api', 'access token expired 20 min ago, paralegal timekeeping widget keeps calling /matters/123/time-entries with it. teammate wants 403 b/c the user "isnt allowed anymore". thoughts', R401),
  w('401', 'nonnative', 'client portal user finish his session (he click logout) but the old browser tab still request the invoice PDF of his matter without valid session. we answer what?', R401),

  // ---- 403 ----
  w('403', 'sre', 'paralegal on litigation team, logged in fine, tries to edit billing rates on a matter - only billing admins can. she can see the matter, just cant edit. status?', R403),
  w('403', 'api', 'token is valid but only has scope matters:read, client calls DELETE /matters/88/docs/12 which needs matters:write. what status do we return', R403S),
  w('403', 'security', 'finding: a paralegal account that HR suspended can still sign in via SSO (creds are valid), we now block it at the authorization layer. nothing to hide, they already know which matters exist. which code for the block', R403),
  w('403', 'support', 'A contract attorney signs in from home and authenticates correctly, but the document vault has an IP allowlist that only permits office and VPN ranges. What status should the vault return to her?', R403),
  w('403', 'nonnative', 'the user is login correctly, but his role is "read-only paralegal" and he try to upload a pleading to the matter. Everyone can see the matter exist, it is not secret. 403 is correct?', R403),
  w('403', 'sre', 'ethical wall on matter 7720 (Acme v Beta). walled-off associate is authenticated. firm policy: matter names are on the internal conflicts list anyway, existence isnt confidential, we just deny opening it. which one', R403),
  w('403', 'api', 'bulk export endpoint /exports/matters is Enterprise plan only. a firm on the Standard plan calls it with a perfectly valid api key. code pls', R403),
  w('403', 'security', 'pentest: a logged-in client portal user can see the title of an internal strategy memo in their matter doc index (title is not secret) but clients may never open internal memos. download currently returns 500. recommend a status', R403),
  w('403', 'support', 'Paralegal keeps getting "forbidden" when she tries to approve a trust-account disbursement. She is logged in, session is fine, but approvals need the partner role. She logged out and back in three times. Is 403 right, or should it be 401 since logging in again did not help?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /matters/2024-LIT-99999 - no such matter number, never assigned, paralegal typo. code?', R404),
  w('404', 'api', 'client is logged in to the portal and opens /portal/docs/98765, but doc id 98765 never existed in our system, they copied it wrong from a printed letter. what do we return', R404),
  w('404', 'support', 'Client called: the link in our engagement letter goes to /intake/forms/conflict-waiver-2 but we never created a form with that name, the letter had a typo. Nothing was deleted, it just never existed. What should the server respond with?', R404),
  w('404', 'nonnative', 'paralegal request exhibit 14 of the deposition, but this deposition have only 12 exhibits, exhibit 14 never existed. which code?', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'finding: sealed juvenile matter. users not on the sealing order get 403 "sealed matter", which confirms the matter exists. sealed matters must not be confirmed to anyone outside the order. what should we return instead', R404H),
  w('404', 'sre', 'screened lawyer (ethical wall) hits /matters/5531, authenticated fine. wall policy says screened ppl cant even learn the matter exists, the conflicted client is confidential. code?', R404H),
  w('404', 'api', 'GET /clients/{id}/privileged-docs/{docId}: caller is authenticated but not on the matter team. privileged doc ids are confidential and we must not reveal whether a given doc exists. 403 or 404?', R404H),
  w('404', 'nonnative', 'In our firm the internal investigation matters are secret, we cannot confirm even that they exist to other teams. A associate from another team is logged in and opens the URL of one. We return which code?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'A closed matter was moved to cold archive last week. Records team says it may be restored if the client reopens the case, and nobody has decided yet whether it will ever be purged. Portal users hitting the old matter URL should get what code?', R404U),
  w('404', 'sre', 'doc pulled out of the review set pending privilege re-review. might be put back, might be clawed back for good, not decided yet. reviewer (who has access to the set) does GET on it, returns?', R404U),
  w('404', 'nonnative', 'somebody deleted a pleading draft by accident, it stay in the recycle bin 30 days and can be restored. during this time GET /drafts/771 should be 410 or 404?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'matter 3302 purged under retention policy, 7yr limit hit, records destroyed on purpose, wont ever come back. GET /matters/3302 should return?', R410),
  w('410', 'api', 'we intentionally and permanently retired the v1 /dockets endpoint, removed for good, no replacement at that URL. old clients still call it. 404 or 410?', R410),
  w('410', 'support', 'Client clicked an old portal link to a settlement document. That document was destroyed deliberately when the matter was purged at the client\'s request, and it is permanently gone. What code should the link return?', R410),
  w('410', 'security', 'reviewer: after certified destruction of privileged docs under a clawback agreement (all copies destroyed on purpose, permanently) the doc URLs still return 200 with an empty body. recommend the correct status', R410),
  w('410', 'nonnative', 'the closed matter was purged for always according to retention schedule, data is destroyed and will not come back. client still open the old portal link. 404 or 410 please?', R410),
  w('410', 'support', 'We permanently took down the public "Find a Lawyer" profile pages of attorneys who left the firm. The decision is final and we want search engines to drop them. Which status should those URLs return?', R410),
  w('410', 'security', 'GDPR erasure executed for a former prospective client: intake record deliberately and irreversibly deleted. the intake URL still gets hits. code?', R410),

  // ---- knowledge ----
  k('api', 'which response header must a 401 from our matters API include?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge.'),
  k('api', 'RFC 6750 error code insufficient_scope on the privileged-docs api - which HTTP status goes with it', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403 Forbidden.'),
  k('api', 'paralegal app sends no Authorization header at all to /matters. per RFC 6750 should the WWW-Authenticate challenge carry an error code like invalid_token?', /(should not|shouldn'?t|must not|don'?t|do not|not)\s+(include|send|add|return|put|carry)[^.]{0,30}\berror|\bomit[^.]{0,30}\berror|\bno error (code|attribute|parameter|info)|without (an |any )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code or other error information.'),
  k('security', 'when does RFC 9110 allow a 404 instead of a 403 for a sealed matter', /(hid(e|es|ing)|conceal|not (to )?(reveal|disclose|confirm)|existence|whether (it|the (matter|resource|target)) exists)/i, 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target may respond 404 instead of 403.'),
  k('security', 'what error code goes in the WWW-Authenticate header when an associate sends an expired or revoked bearer token', /invalid_token/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) with 401.'),
  k('security', 'can our 403 for ethical-wall blocks explain the reason (like "you are screened from this matter") or must the body stay empty', /\byes\b|\b(can|may)\b (describe|explain|include|state|say|give|contain)|(is|are) (allowed|permitted)|is fine/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('support', 'paralegal gets 403 on the billing screen. will logging out and back in fix it?', /(won'?t|will not|wouldn'?t|would not|doesn'?t|does not|not going to|unlikely to|cannot|can'?t)\b[^.]{0,40}\b(help|fix|change|resolve|work)/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; re-authenticating does not change a 403.'),
  k('support', 'client portal app got a 401 because its access token expired. what should the app do next', /(new|fresh|refresh(ed)?|renew(ed)?|re-?authenticat|log(ging)? ?in again|sign(ing)? in again|obtain|re-?login)/i, 'RFC 9110 §15.5.2: the client may repeat the request with new or replaced credentials in the Authorization header.'),
  k('support', 'our client portal shows a nice "matter not found" page but with HTTP status 200. is that ok or what should it be', /\b404\b|soft 404/i, 'RFC 9110 §15.5.5: a missing target should be answered 404; a 200 "not found" page is a soft 404 that clients and crawlers treat as success.'),
  k('sre', 'per RFC 9110, matter removed but we dont know if thats permanent - which code should be used', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('sre', 'purged matter pages return 410 with no Cache-Control header. can caches / our CDN still store that response?', /heuristic|\byes\b|(is|are) cacheable|can (be )?cache|may (be )?cache|cacheable by default/i, 'RFC 9110 §15.1 and §15.5.11: 410 (like 404) is heuristically cacheable unless otherwise indicated.'),
  k('sre', 'conflicts-check svc returns 403 to our nightly job. should the job just retry w/ backoff', /(don'?t|do not|shouldn'?t|should not|not|no|never|stop)\b[^.]{0,30}\bretr(y|ies|ying)|retr(y|ies|ying)[^.]{0,30}(won'?t|will not|doesn'?t|does not|wouldn'?t|would not) (help|change|succeed|work)|only after|without (a |some )?change|until (the )?(permission|role|access|policy)/i, 'RFC 9110 §15.5.4: the server understood and refuses; repeating the request unchanged will not succeed until permissions change.'),
  k('nonnative', 'what the 410 Gone tell to search crawler and to people who have the old link of a purged matter?', /(permanent|for good|no longer (available|exist)|intentional|delist|de-?index|remove (the |their )?links?|drop)/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally and permanently unavailable, so recipients may remove links and crawlers can delist it.'),
  k('nonnative', 'which RFC define now the 401, 403, 404 and 410 codes? is RFC 7231 still the current one?', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235 and is the current definition.'),
  k('nonnative', 'for oauth access token of our case system, which scheme name we put in the WWW-Authenticate header of the 401?', /\bBearer\b/i, 'RFC 6750 §3: the challenge uses the "Bearer" auth-scheme.'),
];

export const UNSEEN374_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
