import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 398, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a government e-procurement and tender portal (bidders, procurement officers, sealed bids, cancelled tenders, debarred suppliers, archived contracts), asked by security auditors and civil-service IT. */

const R401 = 'No valid credentials (none sent, expired, logged out, revoked, rotated, malformed, or signature/key cannot be verified) -> 401 with WWW-Authenticate (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token).';
const R403 = 'Caller is authenticated but not permitted, and the resource\'s existence is not secret -> 403; re-authenticating will not help (RFC 9110 §15.5.4).';
const R403S = 'Valid token that lacks the required scope -> insufficient_scope, 403 (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'Nothing exists at that target (never existed, wrong id) -> 404 Not Found (RFC 9110 §15.5.5).';
const R404H = 'Resource exists but its existence must not be disclosed to this caller, so 404 stands in for 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent (may be restored/republished, undecided) -> 404; 410 only when the server knows the removal is permanent (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally and permanently removed, never coming back -> 410 Gone; recipients should remove links (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'bidder portal: session expired after 30 min idle, bidder then clicks submit bid w/ the old session cookie. what do we send back', R401),
  w('401', 'api', 'GET /tenders/T-2024-118/documents arrives with no Authorization header at all, no token, nothing. docs are for registered bidders only. code pls', R401),
  w('401', 'security', 'audit finding: a supplier\'s API key was rotated yesterday and the old key is no longer valid, but their integration keeps presenting it and the gateway answers 403. we think that should be 401. confirm which one is correct', R401),
  w('401', 'nonnative', 'hello, the bidder did logout from portal, then he press browser back and try to upload bid file again with same token. the token is revoked at logout. which status we must return?', R401),
  w('401', 'support', 'Ticket #4471: after the nightly certificate rollover, requests coming from the e-signature gateway fail signature verification on our side, so we cannot establish who is calling at all. The team currently returns 403 "forbidden" for these. Which status is correct for a request whose credentials cannot be verified?', R401),
  w('401', 'sre', 'bearer token on POST /bids is garbage, jwt only has 2 segments, cant even parse it. someone says 403, i say 401. which one', R401),
  w('401', 'api', 'bid submission api gets a jwt signed with a kid our procurement IdP has never heard of, so we cant verify it. reject with what status', R401),
  w('401', 'nonnative', 'admin reset the password of procurement officer, so all his old sessions are invalidated. he still open the bid evaluation page with old session cookie. what code server should give?', R401),

  // ---- 403 ----
  w('403', 'security', 'authenticated procurement officer tries to open the sealed bids for tender T-881 two days before the submission deadline. rule: nobody may see bid contents before the deadline. the bids exist and the number of bids received is shown publicly on the tender page, so existence is no secret. what should the API return', R403),
  w('403', 'sre', 'debarred supplier logs in fine, valid session, tries POST /tenders/552/bids. debarment list is public anyway so nothing to hide. code?', R403),
  w('403', 'api', 'token is valid but only carries scope tenders:read. caller hits POST /tenders/77/clarifications which needs tenders:write. status?', R403S),
  w('403', 'support', 'Ticket: a registered, logged-in bidder from abroad tries to download the tender dossier for T-3302, which by policy is restricted to domestic suppliers. The tender itself is public and listed on the homepage. A colleague wants to return 404. What is the right code?', R403),
  w('403', 'nonnative', 'the evaluation committee member is logged in ok, but he is not assigned to committee of this tender. tender is public, everybody can see it exist. he try to open the scoring sheet. which code we give?', R403),
  w('403', 'sre', 'tender portal admin endpoints only reachable from ministry IP range. officer with a valid SSO token calls from home IP. 401 or 403', R403),
  w('403', 'security', 'finding: bidder acct flagged for conflict of interest is blocked from bidding. acct still authenticates fine and GET /tenders/{id} works, but PUT /bids/{id} returns 401. logging in again wont change anything, and the bid resource is not secret. what should it be', R403),
  w('403', 'api', 'supplier on the free registration tier, logged in w/ valid token, calls the live e-auction bidding endpoint which needs the paid verified tier. status pls', R403),
  w('403', 'support', 'A procurement officer from the Ministry of Health is logged in and tries to edit a tender published by the Ministry of Transport. The tender is public on the portal, so there is nothing to hide, but officers may only edit their own ministry\'s tenders. What do we return?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /tenders/T-2024-9999, that reference number was never issued, there is no such tender and never was. code?', R404),
  w('404', 'api', 'bidder typo in the contract id: /contracts/C-1O23 (letter O instead of zero). nothing at that id. not deleted, it never existed. what do we send back', R404),
  w('404', 'nonnative', 'supplier is calling /suppliers/88812/certificates but this supplier id was never registered in our system, not ever. which response is correct?', R404),
  w('404', 'support', 'Ticket: a journalist followed an old forum link to /notices/award-2031-44. We checked the database and audit log: no award notice with that number was ever created, the link is simply wrong. A colleague proposes 410. Which code should the portal return?', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'bidder A (logged in) requests /tenders/T-55/bids/B-2, which is bidder B\'s sealed bid and it does exist. policy: a bidder must not even learn whether a competitor has submitted a bid before opening. what code', R404H),
  w('404', 'api', 'restricted defence tenders: only security-cleared suppliers may know they exist at all. an uncleared but authenticated supplier guesses the url /tenders/DEF-0042, which is a real tender. we must not confirm it exists. status?', R404H),
  w('404', 'support', 'Ticket: a supplier is the subject of a debarment proceeding. The case file is confidential and the supplier must not find out that the case exists. The supplier is logged in and requests /debarment-cases/DC-311, which is the real id. What should we return?', R404H),
  w('404', 'nonnative', 'in our portal the internal audit reports on tenders are secret, also their ids are confidential. a normal bidder logged in and open /audit-reports/AR-17 which is existing. server must not show that it exist. which code?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'tender notice T-310 pulled from the portal pending legal review. might be republished next week, might not, nobody has decided. 404 or 410', R404U),
  w('404', 'support', 'Ticket: Contract C-2019-552 was taken out of the public contract archive during a storage migration. The records team says it can be restored if needed, but no decision has been made on whether to bring it back. The public link now resolves to nothing. A colleague says 410. What is the correct code?', R404U),
  w('404', 'security', 'tender doc attachment removed b/c suspected malware, its in quarantine. may be restored after the scan, not sure yet if the removal is permanent. what should the download url return in the meantime', R404U),

  // ---- 410 ----
  w('410', 'sre', 'tender T-2022-17 was cancelled and the board permanently withdrew the notice on purpose, it will never be republished and we want search engines to drop it. code?', R410),
  w('410', 'api', 'we deliberately and permanently retired the v1 bid submission endpoint /api/v1/bids, nothing will ever be served at that url again, its gone for good. what should calls to it return', R410),
  w('410', 'support', 'Ticket: under the records-retention schedule, contract files older than ten years are purged and destroyed permanently, on purpose, with no backup. A citizen requests /contracts/C-2009-301, which was purged last month. Which code should the portal send?', R410),
  w('410', 'nonnative', 'the supplier company closed its account and we deleted the supplier profile on purpose and forever, it can not be restored. someone open the old link to the profile. what status we return?', R410),
  w('410', 'security', 'pentest note: cancelled tender page /tenders/T-2023-40 returns 200 with "this tender was cancelled" text, but the notice and all its documents were intentionally and permanently deleted. what status should it return instead', R410),
  w('410', 'sre', 'old e-auction room urls like /auction/A-771: auction closed and the room was deliberately deleted for good, never coming back. 404 or 410', R410),
  w('410', 'api', 'clarification Q&A thread for tender T-88 was intentionally and permanently removed by the officer (it was a duplicate), it will not come back. GET on it returns?', R410),

  // ---- knowledge ----
  k('security', 'reviewing the tender portal: when it answers 401, which response header does RFC 9110 say must come with it', /WWW-Authenticate/i, 'A 401 response must include a WWW-Authenticate header with at least one challenge (RFC 9110 §15.5.2).'),
  k('security', 'a bidder keeps getting 403 on the sealed bid vault. will logging out and logging back in fix it, per the spec', /(won'?t|will not|doesn'?t|does not|wouldn'?t|would not|not going to|cannot|can'?t|unlikely to|is not (likely )?to)\s+(\w+\s+){0,3}?(help|change|fix|resolve|succeed|work|matter|grant)|same (result|outcome|response)|insufficient/i, 'A 403 means the server refuses despite knowing who the caller is; re-authenticating with the same identity will not help (RFC 9110 §15.5.4).'),
  k('nonnative', 'is it allowed for the procurement server to send 404 instead of 403, when it dont want to tell that the tender exists?', /hid(e|es|ing|den)|conceal|not (to )?(reveal|disclose|confirm|expose|leak)|existence/i, 'An origin server that wishes to hide the existence of a forbidden resource may respond with 404 instead of 403 (RFC 9110 §15.5.4).'),
  k('sre', 'per rfc 9110 does a 404 tell clients whether the missing tender page is gone temporarily or permanently', /(temporary or permanent|permanent or temporary|temporary (nor|or|vs\.?) permanent|(not|no|doesn'?t|does not|never)\b[^.]{0,40}(indicat|say|tell|specify|imply|signal|guarantee)\w*[^.]{0,40}(permanen|temporar))/i, 'A 404 does not indicate whether the lack of a representation is temporary or permanent (RFC 9110 §15.5.5).'),
  k('support', 'Our comms team asks: when the portal returns 410 for a withdrawn tender notice, what does that tell search engines and sites that link to it?', /permanent|intentional|remove\w* (the |their |any )?(links?|references?|it)|delist|de-?index|drop|forever|for good/i, '410 signals the resource is intentionally and permanently unavailable and that remote links to it should be removed (RFC 9110 §15.5.11).'),
  k('api', 'which of 403, 404 and 410 can a cache store heuristically (no explicit max-age or expires) per rfc 9110', /\b404\b[^.]*\b410\b|\b410\b[^.]*\b404\b/, '404 and 410 are heuristically cacheable by default; 403 is not (RFC 9110 §15.1, §15.5.5, §15.5.11).'),
  k('security', 'bearer token on the tender API is valid but lacks the scope for opening bids. RFC 6750 error code insufficient_scope goes with which HTTP status', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope -> 403 Forbidden.'),
  k('nonnative', 'in RFC 6750 the error invalid_token (token expired or revoked) must be sent with which http status code?', /\b401\b/, 'RFC 6750 §3.1: invalid_token -> 401 Unauthorized.'),
  k('sre', 'which rfc is the current one for http status semantics these days, our old procurement runbook still cites 7231 and 7235', /\b9110\b/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'A supplier asks why their bid upload was refused with 403. Is the portal allowed to explain the reason for the refusal in the response body?', /\byes\b|(may|can(?!'?t|not)|could|is allowed to|is free to|optionally)\b[^.]{0,60}(describe|explain|state|give|include|say)/i, 'A server that wishes to make public why the request was forbidden can describe that reason in the response content (RFC 9110 §15.5.4).'),
  k('api', 'RFC 6750 invalid_request (e.g. bearer token sent twice in one bid request) maps to which http status', /\b400\b/, 'RFC 6750 §3.1: invalid_request -> 400 Bad Request.'),
  k('nonnative', 'generally speaking, if our team dont know yet if a removed tender page is removed permanent or only temporary, which status code rfc 9110 want us to use, 404 or 410?', /\b404\b/, '410 is only for conditions the server knows to be permanent; otherwise 404 should be used (RFC 9110 §15.5.11).'),
  k('support', 'For the civil-service helpdesk wiki: in plain terms, what does a 401 Unauthorized mean about the request?', /(lack\w*|missing|no|without|invalid|absent|not) (valid )?(authentication|credentials|auth\b|authenticated|logged in)/i, '401 means the request lacks valid authentication credentials for the target resource (RFC 9110 §15.5.2).'),
  k('nonnative', 'when the portal send 403 to the bidder, it mean the server did not understand the bid request, or something else?', /refus\w*|declin\w*|will not (fulfil|fulfill|authori[sz]e|allow)|won'?t (fulfil|fulfill|authori[sz]e|allow)/i, '403 means the server understood the request but refuses to fulfill it (RFC 9110 §15.5.4).'),
  k('security', 'tender API 401 for a request that sent no token at all: per RFC 6750 should the WWW-Authenticate challenge include an error code like invalid_token', /(should not|shouldn'?t|must not|omit\w*|leave out|without|no|not) (include |send |contain |have |carry |add )?(an |any )?(error|the error)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code or other error information.'),
];

export const UNSEEN398_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
