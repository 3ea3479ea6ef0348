import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 69, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a B2B procurement and invoicing platform (buyers, suppliers, approval chains, purchase orders, supplier portals, e-invoicing partners, spend limits, sanctioned suppliers, enterprise SSO, read-only auditors). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (missing or not accepted) → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, or otherwise invalid) → 401';
const R401N = 'RFC 9110 §15.5.2 / RFC 6750 §3.1: no authentication information at all → 401 challenge without an error code';
const R403 = 'RFC 9110 §15.5.4: server understood the request and refuses it; credentials are insufficient and re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: valid token lacking the required scope → insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation found for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide a forbidden resource’s existence may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 should be used rather than 410';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is likely permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ── 401 ────────────────────────────────────────────────────────────────────────────────────
  w('401', 'sre', 'supplier portal call came in w/ no auth header at all, just GET /po/4471 naked. what do we send back', R401N),
  w('401', 'api', 'An e-invoicing partner submits a batch of invoices with a bearer token that expired twenty minutes ago. The partner is a known integration and the token, had it been fresh, carried every scope needed. Which status should the submission endpoint return?', R401T),
  w('401', 'security', 'After a suspected leak we revoked the integration token belonging to one of our e-invoicing partners. Their system keeps retrying the invoice upload with that same revoked token. What status should those retries receive?', R401T),
  w('401', 'nonnative', 'Hello, buyer mobile app is sending the JWT but it was cut in half when copied into config, so the signature check is failing and we cannot read who it is. Which code we must return please?', R401T),
  w('401', 'sre', 'enterprise buyer sso session expired overnight, browser still sending the stale session cookie to approvals api. not a perms thing at all, just dead session. code pls', R401),
  w('401', 'support', 'A finance clerk at one of our customers reports an error when downloading invoices through her integration. Our logs show the API key she pasted does not match any key we have ever issued, most likely a typo. Which status is right for that?', R401),
  w('401', 'api', 'A colleague wants the supplier portal to return 403 for requests that arrive with no credentials whatsoever, arguing "they are forbidden from seeing purchase orders". Nothing in the request identifies the caller. What should the status really be?', R401N),
  w('401', 'sre', 'partner hits invoice webhook w/ basic auth, acct exists but password wrong. correct response?', R401),
  w('401', 'nonnative', 'Our auditor user had a token, but admin rotated signing keys yesterday and now all old tokens fail validation. The auditor still have same read-only role, nothing is changed about permission. What status when he use the old token?', R401T),

  // ── 403 ────────────────────────────────────────────────────────────────────────────────────
  w('403', 'sre', 'auditor acct is read only, logged in fine via sso, tries POST /po/881/approve. what do we send back', R403),
  w('403', 'api', 'An e-invoicing partner presents a valid, unexpired OAuth token, but it only carries the invoices:read scope. They call the credit-note submission endpoint, which requires invoices:write. What status goes back?', R403S),
  w('403', 'support', 'A buyer on our Starter plan keeps trying the bulk purchase-order export, which is an Enterprise-only feature. She is logged in correctly and she knows the export exists, she found it in our docs. What code should she be getting?', R403),
  w('403', 'security', 'An admin from tenant Acme, properly authenticated, requests a purchase order that belongs to tenant Globex. Globex emailed them that PO number during a joint deal, so its existence is no secret, but Acme is not allowed to read it. Which status?', R403),
  w('403', 'sre', 'approver token is fine, request comes from ip outside the customers allowlist. not an auth problem, its the ip rule blocking. code', R403),
  w('403', 'nonnative', 'Buyer try to approve purchase order of 80 000 EUR but his spend limit is only 50 000. He is logged in normal and the order exist. Which status the server should give him?', R403),
  w('403', 'api', 'Our policy engine blocks any payment release to a supplier that appears on the sanctions list. The treasury user is fully authenticated and holds the payments role, and the supplier record is visible to them. Which status do we return when that block fires?', R403),
  w('403', 'security', 'A requester tries to approve their own purchase order, which segregation-of-duties rules forbid. They are signed in and the PO is theirs, so they obviously know it exists. Someone proposed 401 so the UI will prompt a re-login. What is correct?', R403),
  w('403', 'sre', 'supplier tries to read the buyer side approval chain on a po they were sent. authd fine, knows the po exists, just not allowed to see internal chain. relogin wont help. status', R403),
  w('403', 'support', 'The customer’s SSO works and users’ profiles load, but their company admin switched on a policy that bars the finance department from the invoice API. Those users are still authenticated when they call it. Which code should they see?', R403),

  // ── 404 ────────────────────────────────────────────────────────────────────────────────────
  w('404', 'sre', 'GET /po/PO-99812, no such po, never created, prob a typo in the id. code pls', R404),
  w('404', 'api', 'A supplier user, authenticated, requests one of the buyer’s internal spend reports by ID. Suppliers are not supposed to even know these reports exist. What status should we send so we do not leak that it is there?', R404H),
  w('404', 'support', 'A supplier says an invoice they uploaded last week now errors out. It is gone from the database, and nobody can tell me yet whether ops deleted it on purpose or whether it will be restored from backup. What should the API return for now?', R404U),
  w('404', 'nonnative', 'Partner call /suppliers/88213 but this supplier id was never existing in our system, not before and not now. Partner token is valid. Which code?', R404),
  w('404', 'security', 'An authenticated user from tenant A is iterating purchase-order numbers that belong to tenant B. We do not want to confirm which of B’s PO numbers exist. What should we return for the ones that do exist in tenant B?', R404H),
  w('404', 'sre', 'archived order got moved off the live api into cold storage, we might restore it next quarter, not decided. what do we send back for a GET on it right now', R404U),
  w('404', 'api', 'During a migration we pulled the catalog-items endpoint from one supplier’s portal. It may well come back once they re-sync, we honestly do not know. Callers with valid credentials still hit it. Which status fits?', R404U),
  w('404', 'support', 'A buyer clicks an old link to an RFQ, and there is no record of it anywhere: not in archives, not in the trash, no trace it ever existed. She is logged in fine and has full buyer rights. What should the page return?', R404),
  w('404', 'nonnative', 'Auditor with read-only access ask for a contract draft of another business unit, and by our rule auditors must not know about the drafts of other unit at all. Which status is best so the existence stay hidden?', R404H),
  w('404', 'sre', 'invoice attachment deleted by the supplier, not sure yet if its permanent, retention team still deciding. colleague says 410. correct response?', R404U),

  // ── 410 ────────────────────────────────────────────────────────────────────────────────────
  w('410', 'api', 'We cancelled PO-5521, and our retention policy says cancelled orders are purged and will never be served again. A partner with perfectly valid credentials still requests it. What status should they get?', R410),
  w('410', 'sre', 'v1 invoice api decommissioned on purpose, shut down for good, no plan to bring it back. partners still calling it w/ valid keys. code pls', R410),
  w('410', 'nonnative', 'We delete the supplier profile forever because supplier asked for erasure, it is permanent and will not come back. Buyers still request /suppliers/7731 sometimes. Which code to send?', R410),
  w('410', 'support', 'A customer asks why an old catalog link stopped working. The supplier closed that catalog for good and we removed it deliberately; it is not coming back. Someone on my team suggested 404. What is the right code?', R410),
  w('410', 'security', 'Security asked us to permanently retire the legacy public supplier onboarding form at /onboard/legacy. It will never return, and it never required any login. What status should requests to that URL get now?', R410),
  w('410', 'sre', 'rfq 2291 closed and intentionally wiped per policy, never coming back. caller authd ok, role ok. status', R410),

  // ── knowledge ──────────────────────────────────────────────────────────────────────────────
  k('api', 'Our API guidelines for the procurement platform still cite RFC 7231 for status codes. Which RFC defines 401, 403, 404 and 410 today?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and now defines the HTTP status codes'),
  k('security', 'When our invoice API answers 401, which response header is it required to send along with it?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field'),
  k('sre', 'whats a www-authenticate challenge actually, like what goes in it', /scheme|bearer|basic|realm/i, 'RFC 9110 §11.6.1/§11.3: a challenge names an authentication scheme, optionally with parameters such as realm'),
  k('api', '401 is named "Unauthorized" but our supplier portal uses 403 for missing permissions. Is 401 really about authorization, or something else?', /authenticat|credential/i, 'RFC 9110 §15.5.2: despite its name, 401 means the request lacks valid authentication credentials'),
  k('support', 'If we return 410 instead of 404 for a supplier catalog page we deleted for good, do search engine crawlers treat it any differently?', /permanent|sooner|faster|quick/i, 'RFC 9110 §15.5.11: 410 tells recipients (including crawlers) the removal is permanent, so links and index entries can be dropped sooner'),
  k('api', 'Once we return 410 for a cancelled order URL, are we obliged to keep answering 410 for it forever?', /not (required|necessary|obliged|obligated)|no (need|obligation|requirement)|need not|discretion|up to (you|the (server|owner|origin))|(doesn.?t|does not|don.?t|do not) (have|need) to/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner'),
  k('sre', 'is a 404 cacheable by default or do we need to add cache-control to it', /heuristic|cacheable by default|is cacheable|can be cached|may be cached/i, 'RFC 9110 §15.1/§15.5.5: 404 is heuristically cacheable unless method definition or explicit cache controls say otherwise'),
  k('security', 'In general terms, when is a server allowed to send 404 where 403 would otherwise be the accurate answer?', /hid(e|ing)|conceal|(not|n.t|without) (reveal|disclos|confirm|leak)|existence/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden resource may respond 404'),
  k('api', 'For OAuth bearer token errors, which error code is paired with 401 and which with 403?', /invalid_token[\s\S]*insufficient_scope|insufficient_scope[\s\S]*invalid_token/i, 'RFC 6750 §3.1: invalid_token → 401, insufficient_scope → 403'),
  k('nonnative', 'When partner send request without any token, our server reply 401 with error="invalid_token" in the header. Is this correct by the standard?', /no error|without (an |any )?error|should not (include|contain|send)|shouldn.?t (include|contain|send)|omit|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('sre', 'bearer req malformed, missing params / dup params. what status does rfc 6750 say for that', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('support', 'A supplier asked me: if I log out and log back in, will the 403 on the purchase-order page go away?', /(won.?t|will not|doesn.?t|does not|wouldn.?t|not going to|unlikely to|cannot|can.?t) (help|fix|change|make|resolve)|no difference|not help/i, 'RFC 9110 §15.5.4: for 403, re-authenticating with the same credentials will not help'),
  k('api', 'May a 403 response body explain why the request was refused, for example "spend limit exceeded", or should it stay empty?', /\b(yes|may|can)\b[\s\S]*(reason|why|content|body|explain)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the response content'),
  k('sre', 'diff btw 404 and 410 in one line, for the runbook', /permanent/i, 'RFC 9110 §15.5.11: 410 means intentionally removed and likely permanent; 404 makes no claim about permanence'),
  k('security', 'An auditor is reviewing our archival flow. If the server cannot tell whether a removed record is gone for good, which of 404 or 410 does the spec say to use?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
];

export const UNSEEN69_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
