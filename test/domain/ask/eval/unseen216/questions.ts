import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 216, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a marketplace for freelancers (clients, freelancers, contracts, disputes, suspended accounts, removed gigs, escrow API). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the response must carry WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed signature or otherwise invalid access token) is answered with 401; RFC 9110 §15.5.2.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and knows the caller but refuses to fulfill it; re-authenticating with the same credentials will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the scope the request needs) is answered with 403.';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource (it never existed / no such route).';
const R404H = 'RFC 9110 §15.5.4 and §15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5 and §15.5.11: when the server does not know, or has no facility to determine, whether the absence is permanent, 404 ought to be used rather than 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when access to the resource is no longer available at the origin server and this condition is likely to be permanent (intentionally removed).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'escrow api getting hit w/ no Authorization header at all on POST /escrow/{id}/release, looks like a client sdk bug dropping the header. what do we send back', R401),
  w('401', 'api', "A freelancer's access token expired twenty minutes ago (the exp claim is in the past) and they call GET /contracts/{id} for a contract they are a party to. A colleague argues for 403 because 'the contract is only visible to parties with a valid session'. What status should the response carry?", R401T),
  w('401', 'support', 'customer says since she changed her password the mobile app shows an error every time she opens the disputes tab. we revoke every access token on password change and the app is still sending the old one. what error code is the app getting, or should be getting?', R401T),
  w('401', 'security', "Pen-test finding: /escrow/payouts accepted a JWT whose signature had been tampered with. After the fix we reject any token that fails signature verification, so we can't establish who the caller is. Which status should that rejection use?", R401T),
  w('401', 'nonnative', 'When freelancer send request to /gigs/mine with API key which we have deleted yesterday, what code we must to return? The gigs are exist, only the key is not valid anymore, we cannot know who is calling.', R401),
  w('401', 'sre', 'webhook-admin endpoint uses basic auth, user exists but pw is wrong. someone says 403 b/c the acct is real. code pls', R401),
  w('401', 'api', 'Our production API receives bearer tokens minted by the staging authorization server, which production does not trust and cannot validate. The token is well-formed, just not issued by us. What should the resource server respond with?', R401T),
  w('401', 'security', "When we suspend an account we also revoke all of its tokens. Token introspection now reports the caller's token as inactive, so we don't know who is making the request. A teammate wants 403 'because the account is suspended'. What should a request bearing that revoked token get?", R401T),
  w('401', 'support', 'a client clicked the invoice link in our email while logged out of the site, so no session cookie was sent at all. the invoice is theirs. which status should the site return before they sign in?', R401),

  // ---- 403 (10) ----
  w('403', 'sre', 'freelancer w/ valid token tries to PATCH the milestone amount on a contract, only the client on the contract is allowed to do that. contract is visible to both parties so nothing to hide. what status', R403),
  w('403', 'api', "An OAuth access token is valid and unexpired but carries only the 'contracts:read' scope. The caller hits POST /escrow/{id}/release, which requires 'escrow:write'. Which status code does RFC 6750 prescribe here?", R403S),
  w('403', 'support', 'a suspended freelancer can still log in (token is valid, we know exactly who they are) and tries to submit a proposal. the suspension banner is shown on their own dashboard so it is not a secret. one of my teammates says 401, is that right or what should it be', R403),
  w('403', 'security', 'The /admin/disputes/queue endpoint is documented in our public API reference, so its existence is no secret. A regular client with a valid session calls it. What should they get?', R403),
  w('403', 'nonnative', 'User is login correctly, but he is not member of the agency team and try to open the agency payroll report. The report is known for everyone (it is in the menu), we do not need hide it. Which response we give?', R403),
  w('403', 'sre', 'ip allowlist on the payout api. partner svc presents a valid mTLS cert and api key but is calling from a new ip thats not on the list. re-auth wont change anything. what do we return', R403),
  w('403', 'api', 'Only users with the mediator role may POST /disputes/{id}/ruling. A client who is a party to the dispute, authenticated with a valid token, tries to post a ruling. Both parties can already see the dispute, so we are not concealing it. What is the appropriate response status?', R403),
  w('403', 'security', "A reviewer wants us to switch from 403 to 401 for clients who haven't finished KYC and try to fund escrow, arguing '401 means unauthorized'. Their credentials are valid and we know who they are; they are just not permitted to fund until KYC is done. Which code is correct?", R403),
  w('403', 'support', 'freelancer is logged in fine and tries to withdraw from their own wallet but the acct is on a compliance payout hold, which is shown right on their wallet page. what code should the withdraw call come back with', R403),
  w('403', 'sre', 'token valid, user is a client, tries to DELETE someone elses gig listing. gigs are public, everyone can see them anyway. 403 or 404', R403),

  // ---- 404 (10) ----
  w('404', 'sre', 'authed user requesting GET /gigs/99999999, our ids only go up to ~4.2m so that id was never issued. what status', R404),
  w('404', 'api', 'An authenticated integrator calls /v2/escrow/relase (typo of release). No such route has ever existed in any version of our API. What should be returned?', R404),
  w('404', 'nonnative', 'Freelancer open link with contract number which was never created in our system, we check and there is no record and never was. He is logged in normally. Which code is correct for this?', R404),
  w('404', 'security', 'A logged-in freelancer is iterating contract IDs. Contracts between other parties must not reveal whether they exist at all. What status should we return for contracts they are not a party to?', R404H),
  w('404', 'security', "Pen-test report: GET /users/{username}/earnings returns 403 for usernames that exist and 404 for ones that don't, which lets an attacker enumerate accounts. Earnings belong only to the owner. What should the existing-but-not-yours case return?", R404H),
  w('404', 'support', "An account manager asks why a client sees 'not found' on an invite-only gig he wasn't invited to, and wants us to show 'forbidden' instead. Our policy says invite-only gigs must never be disclosed to people who are not invited. What should the client keep getting?", R404H),
  w('404', 'api', 'Legal requires that when another user requests the profile of a suspended freelancer, we must not disclose that the account exists at all. The requester is authenticated. Which status best fits that requirement?', R404H),
  w('404', 'sre', 'gig got pulled by moderation, still under review and might be reinstated if the appeal goes thru. what do we send for GET /gigs/:id meanwhile', R404U),
  w('404', 'support', 'freelancer deleted a portfolio item, we soft delete it with a 30-day restore window so they can bring it back. what should the public link return during that window?', R404U),
  w('404', 'api', "Our retention job purges old contract attachments but keeps no tombstones, so for a given attachment ID we can't tell whether it was purged or never uploaded. A colleague wants 410 for missing attachments. What should we actually return?", R404U),

  // ---- 410 (6) ----
  w('410', 'api', 'We are permanently shutting down the v1 escrow API on January 1; the endpoints will never return and we want integrators to remove any references to them. What should authenticated calls to /v1/escrow/* receive after the shutdown?', R410),
  w('410', 'sre', 'gig hard-deleted for tos violation, appeal window closed, ban is final and we keep a tombstone. page was public. what status so crawlers drop it', R410),
  w('410', 'support', 'freelancer closed their account for good and the erasure is complete, nothing can be restored. their public profile url was indexed by google and they want it dropped. what should that url return', R410),
  w('410', 'nonnative', 'We remove forever the category "crypto tasks" from marketplace, page /categories/crypto-tasks will never come back and we want that search engines drop it fast. Which code is better to use?', R410),
  w('410', 'security', "We retired a contract template permanently because it had a legal flaw; there is no way to restore it. It was public. A security reviewer suggests 403 'so nobody uses it'. What's the right status for requests to it?", R410),
  w('410', 'api', 'Dispute evidence files are permanently destroyed 90 days after the dispute closes, and we keep a tombstone record so we know for certain the file was deliberately removed. A party to the dispute with a valid token requests one of those files. Which status?', R410),

  // ---- knowledge (15) ----
  k('sre', 'what header does a 401 have to include again', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge'),
  k('api', 'Is a 404 response cacheable by default if we send no Cache-Control or Expires headers?', /heuristic(al(ly)?)?[ -]?(cach|fresh)|cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('nonnative', 'Which RFC is now the current one for the HTTP status codes? Our docs still point to RFC 7231 and 7235, is it still ok?', /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231 and RFC 7235'),
  k('security', 'Per RFC 6750, what error code goes in the WWW-Authenticate Bearer challenge when the access token has expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked, malformed or otherwise invalid tokens (401)'),
  k('sre', 'bearer error insufficient_scope maps to which http status', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403'),
  k('api', 'In RFC 6750, what HTTP status accompanies the invalid_request error code?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 (Bad Request)'),
  k('support', 'once we send 410 for a removed gig, how long are we obliged to keep sending 410 for that url?', /discretion|not (necessary|required|obliged|obligated)|no (requirement|obligation|fixed|minimum|set)|any (particular )?length of time|up to (you|the server)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the discretion of the server owner'),
  k('security', 'Does RFC 9110 say anything about a client re-authenticating or retrying after receiving a 403?', /same credentials|should not (automatically )?(repeat|retry)|(re-?authenticat\w*|retry\w*) (will not|won'?t|does not|doesn'?t|do not|don'?t) help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials (it MAY with new or different ones)'),
  k('nonnative', 'If we delete a contract page but we are not sure the deletion is permanent, we should use 404 or 410? What say the RFC?', /(use|return|send|ought to be|should be|go with|pick|answer with)\W+(a |the )?404|404 (ought|should|is (the )?(right|correct|appropriate))/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('sre', 'does 410 mean gone for now or gone for good', /permanent|for good|forever/i, 'RFC 9110 §15.5.11: the condition is likely to be permanent'),
  k('security', 'RFC 6750: when a request to the escrow API comes in with no authentication information at all, should the Bearer challenge include an error code?', /(should not|shouldn'?t|must not|not|no|omit\w*|without|leave out)\b.{0,40}\berror\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('api', 'If a request did include credentials and still gets a 401, what does that 401 signify per RFC 9110?', /refused|rejected|(not|in)valid|insufficient/i, 'RFC 9110 §15.5.2: if the request included authentication credentials, the 401 indicates that authorization has been refused for those credentials'),
  k('support', 'what is the 410 status code mainly meant for, according to the spec?', /(remov\w*|delet\w*|drop\w*|clean\w* up) (the |any |those )?(remote |external |inbound )?links|links? (be |get |are )?(removed|deleted|dropped)|web maintenance|link maintenance/i, 'RFC 9110 §15.5.11: 410 is primarily intended to assist web maintenance by notifying the recipient that the resource is intentionally unavailable and remote links should be removed'),
  k('nonnative', 'Can our 403 response explain to the freelancer the reason, like "account suspended", or it must be empty?', /\b(may|can|allowed|permitted|free to)\b.{0,60}\b(describe|explain|reason|content|body|payload)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content'),
];

export const UNSEEN216_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
