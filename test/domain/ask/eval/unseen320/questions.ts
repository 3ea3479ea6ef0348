import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 320, written by a blind writer who never read the parser, its tests, or any other question set. Angle: government and tax services — citizens' filings, delegated access for accountants, withdrawn forms, sealed records; careful policy prose mixed with terse SRE questions. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource; a 401 carries WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfill it; new credentials will not change the outcome';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: access to the target resource is no longer available and the condition is likely to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'efile submit throws 500 when the Authorization header is missing entirely, fixing it now. caller not logged in at all, endpoint is the public documented POST /v2/returns. what do we send back', R401),
  w('401', 'sre', 'accountant delegation token expired 23:59 on deadline night, agent still hammering GET /clients/{tin}/returns w/ it. someone on the bridge says 403 b/c we know who the agent is. code pls', R401T),
  w('401', 'api', 'Following the theft of a registered tax agent\'s laptop, we revoked all of that agent\'s access tokens at the authorisation server. Requests continue to arrive at the filing API bearing one of the revoked tokens. A colleague argues that 403 is appropriate because the agent is a known party. Which response does the resource server actually owe the caller?', R401T),
  w('401', 'support', 'Customer says the refund tracker keeps showing "something went wrong" since they reset their password this morning. Logs show the mobile app is still presenting the session token issued before the reset, and the reset invalidated that token. What status should the API return so the app knows to send them back to the login screen?', R401),
  w('401', 'nonnative', 'the legacy SOAP e-filing service receive Basic auth with wrong password from a payroll software, and now it answer 200 with a fault inside the body. which http code it must answer instead?', R401),
  w('401', 'security', 'pen-test finding #14: the bulk W-2 upload endpoint (publicly documented, nothing secret about it) accepts requests with no API key at all and just returns an empty 200. what is the correct rejection status when the key is absent', R401),
  w('401', 'sre', 'citizen portal sessions time out after 15 min idle per policy, after that the session is dead server side. next xhr to /api/notices comes in w/ the dead cookie. ops wants 403, i dont think thats right. which one', R401),
  w('401', 'api', 'Our gateway is receiving bearer tokens that fail signature verification: they were signed with a key we rotated out and no longer trust. Apart from that, the taxpayer identity inside them would be perfectly fine. How should we respond to such requests?', R401T),
  w('401', 'nonnative', 'some requests to the tax certificate api arrive with a token that a proxy has truncated, so it is malformed and cannot be parsed at all. the user is a real citizen. what code we give back? my team lead say 400 but i am not sure', R401T),

  // ---- 403 ----
  w('403', 'api', 'A chartered accountant holds a valid delegation from a taxpayer covering income-tax returns only. Using that delegation, the accountant attempts to submit the same taxpayer\'s VAT return. The accountant\'s login is valid and the taxpayer is already their known client, so there is nothing to conceal. What status should the VAT endpoint return?', R403),
  w('403', 'sre', 'token scope is returns:read, caller POSTs /returns which needs returns:write. token is valid, not expired, not revoked. what do we send', R403S),
  w('403', 'support', 'A case officer at the regional office logs in fine and can view refunds, but clicking "Approve refund" fails. Their role is read-only by design; approving needs the supervisor role. They already tried logging out and back in. What status should that approve call return?', R403),
  w('403', 'security', 'internal audit api (its existence is documented in our public architecture docs, nothing hidden) only accepts calls from the ministry network. authenticated auditor w/ a valid session calls it from home w/o vpn. what status is correct for that refusal', R403),
  w('403', 'nonnative', 'a taxpayer withdraw the authorisation of his accountant yesterday. today the accountant, who is logged in correctly, try to open the taxpayer filing list. policy team say we should tell clearly that the authorisation was withdrawn, it is not secret because the accountant already know this client. which code is right?', R403),
  w('403', 'sre', 'acct suspended pending fraud review. user logs in fine, valid session, tries to submit a return. relogin doesnt change anything. legal is ok w/ telling them they are blocked. code?', R403),
  w('403', 'api', 'Agent B, properly authenticated, attempts to edit the public-register profile of Agent A. The register is public, so Agent A\'s entry is common knowledge. A colleague suggests 401 "because Agent B isn\'t authorised". What is the correct status for rejecting the edit?', R403),
  w('403', 'security', 'The refund-status app is issued tokens scoped refund:status only. We observed it calling /payments/direct-debit, which requires payments:manage. The token itself is valid and unexpired, and the endpoint is documented publicly. What should the resource server answer?', R403S),
  w('403', 'support', 'a 16 year old with a verified citizen account tried to register as a tax agent. the rules say agents must be 18 or older. they are logged in properly and nothing about the registration page is secret. what should the registration API answer', R403),
  w('403', 'nonnative', 'the accounting firm API key is valid and active, but the firm did not sign the data sharing agreement, so bulk export is not allowed for them. colleague want 404 but there is nothing secret about the export endpoint, it is in our public docs. what to return?', R403),

  // ---- 404 ----
  w('404', 'sre', 'GET /forms/SA-999 getting hit a lot from some blog link w/ a typo. no form w/ that code has ever existed. currently 500s. what should it be', R404),
  w('404', 'support', 'Citizen is logged in and enters payment reference PR-88213 on the "check my payment" page. There has never been any payment with that reference in our system; they mistyped it. What should the lookup API respond with?', R404),
  w('404', 'security', 'Court-sealed taxpayer records: an authenticated case officer without sealed-records clearance requests one by ID. Policy says the system must neither confirm nor deny that a sealed record exists to anyone lacking clearance. A developer currently returns 403 with "record is sealed". What should it return?', R404H),
  w('404', 'api', 'An authenticated accountant queries /taxpayers/{tin} for a TIN they hold no delegation for. Whether a given TIN is registered at all is itself confidential, and we have seen enumeration attempts. Which status should we return so as not to disclose registration?', R404H),
  w('404', 'sre', 'protected-persons register (witness protection etc). staff w/o clearance hitting /persons/{id} for a protected entry. hard rule: never confirm the entry exists. someone proposes 403. what do we return', R404H),
  w('404', 'nonnative', 'citizen A is login and he change the id in the url to see the return of citizen B. we must not show that the return of B even exist. which status code we should use here?', R404H),
  w('404', 'api', 'Form RT-7 has been withdrawn from the portal pending the outcome of a constitutional court challenge; depending on the ruling it may be reinstated unchanged. What should a request for /forms/rt-7 return in the meantime?', R404U),
  w('404', 'sre', 'user deleted their draft return, its soft-deleted and they can restore it from the bin within 30 days. GET /drafts/{id} after the delete, 410? or something else', R404U),
  w('404', 'support', 'The guidance page on the home-office deduction was pulled last week while policy staff revise it. Nobody has decided whether it will come back or be replaced by something else. A taxpayer following an old bookmark lands on it; what should they get?', R404U),
  w('404', 'security', 'scanner hitting /phpmyadmin and /wp-admin on the citizen portal. those paths never existed on this stack and there is no block policy for them, a sloppy catch-all rule just answers 403. what is the correct code', R404),

  // ---- 410 ----
  w('410', 'api', 'Form SA-200 was abolished by the Finance Act 2024; the repeal is in force and there is no mechanism to bring the form back. We deliberately removed the form page. What status should /forms/sa-200 return?', R410),
  w('410', 'sre', 'v1 filing api decommissioned for good, sunset date passed 6 months ago, announced everywhere, zero plan to revive. still getting traffic on it. code pls', R410),
  w('410', 'support', 'A citizen clicked an old link to the pandemic relief grant application. The programme was ended by law and the application form has been permanently retired. What should that link return now?', R410),
  w('410', 'nonnative', 'the paper filing appointment booking service is closed permanently by ministry decree, it will not come back. people still click the links in old emails. which code we should put there?', R410),
  w('410', 'api', 'The 2015 tax calculator page was intentionally removed and will never be republished. We want search engines to drop it and other sites to remove their links to it. What should the old URL serve?', R410),
  w('410', 'security', 'public register entry (a charity\'s tax-exempt status) was permanently expunged after the statutory retention period ended, deletion is irreversible. its public data so nothing to hide from anyone. auditor asks what clients should get on that url now', R410),

  // ---- knowledge ----
  k('api', 'Is a 404 response cacheable by default under RFC 9110, or do we need explicit Cache-Control before a CDN may store it?', /heuristic|cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', 'Customer keeps re-entering their password after getting a 403 on the VAT page. Does the RFC say that retrying with the same login will help?', /should\s*not[^.]*(repeat|retry)|same credentials|won'?t help|will not help|doesn'?t help|does not help|not help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'which RFC is now the current one for the HTTP status codes meaning, is it still 7231?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('sre', 'expired bearer token, which rfc6750 error string goes in the challenge', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked or malformed tokens, with 401'),
  k('api', 'Once we start serving 410 for withdrawn forms, for how long does RFC 9110 require us to keep serving it?', /discretion|any (particular |specific )?length of time|no (minimum|fixed|set|specific|required) (period|duration|time)|not (required|necessary) to keep|up to (you|the server owner|the owner)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; left to the discretion of the server owner'),
  k('security', 'when exactly does RFC 9110 allow a 404 in place of a 403', /hid(e|ing)|conceal|not (to )?(reveal|disclose)|existence/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may respond with 404'),
  k('sre', 'rfc6750 invalid_request maps to what status', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('api', 'If we cannot tell whether the removal of a withdrawn form is permanent, what does RFC 9110 say we should send instead of 410?', /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('nonnative', 'for a bearer token, what auth-scheme name we put in the WWW-Authenticate header of the 401 response?', /bearer/i, 'RFC 6750 §3: the resource server uses the "Bearer" auth-scheme in WWW-Authenticate'),
  k('security', 'token is valid but missing the scope, which status does rfc 6750 pair with insufficient_scope', /403/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('support', 'A taxpayer asked whether our 404 means their old return never existed. Does a 404 say anything about whether the absence is temporary or permanent?', /temporary or permanent|permanent or temporary|(does not|doesn'?t|not) (indicate|say|tell|specify|distinguish|imply)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('api', 'Beyond signalling "gone", what is the stated purpose of the 410 status in RFC 9110?', /web maintenance|remove (remote )?links|links[^.]{0,30}removed|delist/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by notifying the recipient that the resource is intentionally unavailable and that remote links should be removed'),
  k('nonnative', 'can our 403 response explain the reason why the accountant is refused, or the body must stay empty?', /\byes\b|\bmay (describe|explain|include|contain)|(can|is allowed to|is permitted to) (describe|explain|include|contain)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content'),
  k('sre', 'proxy in front of efile wants creds before forwarding, do we 401 from the proxy or something else', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required, with Proxy-Authenticate'),
];

export const UNSEEN320_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
