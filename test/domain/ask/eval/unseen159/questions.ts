import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 159, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a document e-signature service (envelopes, signers, shared links, voided documents, team admins, retention deletions). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing or rejected); the server MUST send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, unverifiable) → 401 Unauthorized';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; the caller is known, credentials are insufficient, re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (valid token lacking the required scope) → 403 Forbidden';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource MAY respond 404 (not willing to disclose that one exists)';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access to the resource is no longer available and the condition is likely to be permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'zapier integration hitting GET /v2/envelopes/env_8812/documents w/o any Authorization header at all, envelope def exists. what do we send back', R401),
  w('401', 'api', "A partner's OAuth access token for our e-signature API expired at 09:00 (the exp claim is in the past), and their 09:05 call to list envelopes is rejected. A teammate wants to return 403 because \"they no longer have permission\". Which status should the response carry?", R401T),
  w('401', 'support', 'Customer says their nightly job that creates envelopes broke. Their team admin revoked the API key last Friday and they never replaced it, so the job still sends the old revoked key. What status code should they be getting back from us?', R401T),
  w('401', 'security', 'pen-test finding: sending a bearer JWT with a tampered signature to /envelopes returns 403 Forbidden. our verifier rejects the signature, so we never actually learn who the caller is. what should the correct response code be?', R401T),
  w('401', 'nonnative', 'Our auth server do not recognize the token the client send, it is not in our token table at all and we can not identify who is the user. Client is asking for a signed PDF. Which code we must return, 401 or 403?', R401T),
  w('401', 'sre', 'mobile user hit "sign out of all devices", all their tokens got revoked. tablet still retrying POST /envelopes/env_33/recipients w/ the old bearer. not a perms thing, token is just dead. code pls', R401T),
  w('401', 'api', 'Our admin console uses HTTP Basic authentication. When a team admin submits the wrong password while trying to change the document retention period, what response code is appropriate? Note that the account itself exists and the admin role is genuinely theirs.', R401),
  w('401', 'support', 'A signer opened the signing page, went to lunch, and her session token expired. When she came back and clicked Finish, the request went out with the expired token. The envelope is still active and she is a valid signer on it. What should the server answer with?', R401T),
  w('401', 'security', 'request to GET /envelopes/env_771 where the envelope was voided and later purged for good, but the request carries no credentials at all, and every endpoint requires auth before anything else is evaluated. someone says 410 since its gone. what should this unauthenticated caller get', R401),

  // ---- 403 ----
  w('403', 'sre', 'user w/ viewer role on the team tries POST /envelopes/env_204/void. token valid, user is known, envelope shows up in their own team list so nothing to hide. only senders+admins can void. what do we send back', R403),
  w('403', 'api', 'A client authenticates with a valid, unexpired bearer token whose only scope is signature:read. It calls POST /envelopes, which requires signature:write. What should the server respond with under RFC 6750?', R403S),
  w('403', 'support', "Customer is logged in fine as a regular team member and tries to change the team's retention policy from 7 years to 3. Only team admins can change it. They can see the settings page, they just can't save it. They're asking why they get an error. What code is correct here?", R403),
  w('403', 'security', 'acct has an IP allowlist. a request from an unlisted IP comes in w/ a valid token for a user of that acct, hitting their own envelope list. no existence to hide, its their own account. is the right code 401 or 403 or something else?', R403),
  w('403', 'nonnative', "User is login correctly and his token is fine, but his role is 'sender', not 'admin'. He try to remove another member from the team. The member list he already can see. What status code should the API give to him?", R403),
  w('403', 'sre', 'compliance role needed to download the audit trail cert for an envelope. user authed fine, no compliance role, envelope is one they sent so we dont care about hiding it. oncall buddy says 401 so the client re-logs in. thats wrong right? what code', R403),
  w('403', 'api', 'A signer on an envelope (authenticated, and obviously aware that the envelope exists since they received it) calls PATCH /envelopes/{id}/settings, which only the sender may use. Which status code correctly communicates the refusal?', R403),
  w('403', 'support', "The customer's team admin turned off API access for non-admin members. One of those members has a perfectly valid token and calls the envelopes endpoint for their own team. Logging in again won't change anything. What should our API return?", R403),
  w('403', 'security', 'pen-test report flags a 403 on POST /teams/team_12/members/invite as leaking that team_12 exists. but the caller is a member of team_12 (just not an admin), so they already know it exists. keep the 403 or switch to 404?', R403),
  w('403', 'nonnative', "The token is valid and it is not expire, but it have no 'envelopes:void' scope, and the client try to void an envelope. Is correct to answer 401, or other code?", R403S),

  // ---- 404 ----
  w('404', 'sre', 'GET /envelopes/env_zz9 from an authed user, that id was never issued by us, just a typo in their script. what code', R404),
  w('404', 'support', 'Customer forwarded a shared link to a signed contract, but the link has a typo in it. There has never been a shared link with that slug in our system. The visitor lands on an error page. Which status should that page have?', R404),
  w('404', 'nonnative', 'Client is calling /v2/envelope-templates/bulk but this endpoint never exist in our API, they read wrong documentation from other company. Which code we send to them?', R404),
  w('404', 'security', 'multi-tenant: user from tenant B (valid token) requests envelope env_501, which belongs to tenant A. policy says we must never confirm to other tenants that an envelope exists. what should they get', R404H),
  w('404', 'api', "Our contract says that users who are neither the sender nor a signer must not be able to learn whether a given envelope exists. An authenticated non-participant requests GET /envelopes/env_9001, which does exist. A colleague proposes 403 \"since it's a permission issue\". What should we return?", R404H),
  w('404', 'security', 'signer lookup endpoint GET /signers/{email}: an attacker w/ a valid free account enumerates emails to see who signs for a given company. requirement is that we never reveal whether a signer exists to accounts outside that company team. which code for outsiders, whether or not the email is real?', R404H),
  w('404', 'sre', 'ex-member got removed from the team yesterday, their acct token is still valid, they GET an old team envelope. product wants ex-members to be unable to even confirm the envelope still exists. code?', R404H),
  w('404', 'support', 'The sender deleted a draft envelope, but it sits in the trash for 30 days and they can restore it at any time. A signer clicks an old link to it. Should we answer 404 or 410?', R404U),
  w('404', 'sre', 'env row missing from db for env_440. could be deleted, could be a botched shard migration, we honestly cant tell if its permanent. someone wants 410. what do we send back', R404U),
  w('404', 'nonnative', 'Owner disabled the shared link for the document, but he can enable it again any time he want, and we not want to tell the visitor that the link was existing. Visitor open the link. Should be 410 because it is gone, or which code?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'envelope got voided then purged by the retention job, purge is irreversible, we keep a tombstone w/ the id. the sender (authed, owns it) requests it. not hiding anything from them. code pls', R410),
  w('410', 'api', 'Our retention policy permanently deletes completed envelopes after seven years; the deletion cannot be undone, and we retain a tombstone recording it. The original sender, authenticated and authorized, requests one of those envelopes. Which status code best describes the situation?', R410),
  w('410', 'support', 'Customer shared a completed contract through a public link. Our shared links hard-expire after 30 days and can never be reactivated; we keep the link record, marked dead for good. Someone opens it on day 45. It is not a login problem. Which code should they see?', R410),
  w('410', 'security', 'after a GDPR erasure request, a signer\'s documents were hard-deleted permanently and we log a tombstone. the account owner who filed the request later GETs the document id. nothing to hide from them, they asked for the deletion. 404 or 410?', R410),
  w('410', 'nonnative', 'We removed the v1 signing endpoint /v1/sign forever, it will never come back, and we want that clients know it is gone permanent and remove their links to it. Which status is right?', R410),
  w('410', 'sre', 'public verify page /verify/doc_77 for a voided doc that got permanently purged (confirmed irreversible, tombstoned). bots + old emails still hit it. we want crawlers to drop the link. what code', R410),

  // ---- knowledge ----
  k('sre', 'quick one, what header has to go out w/ every 401, blanking on it', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field'),
  k('api', 'In the absence of explicit Cache-Control or Expires headers, may a cache store a 404 Not Found response and reuse it under RFC 9110?', /heuristic|cacheable by default|(is|are) (heuristically )?cacheable/i, 'RFC 9110 §15.1/§15.5.5: 404 is heuristically cacheable unless otherwise indicated'),
  k('support', 'Our retention team asks: once we start returning 410 for a purged envelope, does the HTTP spec require us to keep returning 410 for it forever?', /not (necessary|required|obligated|mandatory)|no (requirement|obligation)|discretion|any (particular )?length of time|need not|(don|doesn|isn).?t (have|need|required)|is not required/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; left to the server owner'),
  k('support', 'A customer keeps getting a 403 when trying to void an envelope, and they keep logging out and back in hoping it will fix it. According to the HTTP spec, will re-authenticating help?', /(won.?t|will not|wouldn.?t|would not|doesn.?t|does not|not going to|unlikely to)\s+(help|fix|change)|should ?n.?t (automatically )?(repeat|retry)|should not (automatically )?(repeat|retry)|same credentials/i, 'RFC 9110 §15.5.4: credentials are considered insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'Which RFC is now the current one for the meaning of HTTP status codes? My book still say RFC 7231.', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235'),
  k('api', 'Under RFC 6750, which HTTP status code accompanies the invalid_token error?', /\b401\b/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('sre', 'bearer err insufficient_scope maps to which status again', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('nonnative', 'In RFC 6750, the error invalid_request go together with which HTTP status code?', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('security', 'under RFC 9110, in what circumstance is a server allowed to answer 404 for a resource it is actually refusing to serve?', /hid(e|es|ing)\b|conceal|not (be )?(willing to )?(disclose|reveal)|without (disclosing|revealing)|(disclos|reveal|leak)\w* (the |its |that )?(existence|it exists)/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource MAY respond 404'),
  k('api', 'If an origin server cannot determine whether a removal is permanent, what does RFC 9110 say it should send instead of 410 Gone?', /(use|return|send|respond with|answer with)\s+(a\s+)?404|404 (ought|should|is|instead)|instead.{0,30}404|404 not found/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead'),
  k('support', 'Customer says: "I definitely sent my API key and still got a 401, so it must be a server bug." What does a 401 mean when the request did include credentials?', /refused|rejected|(not|aren.?t|weren.?t) (valid|accepted)|invalid/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('nonnative', 'Which RFC is define how to use bearer tokens and the error codes like invalid_token for protected resources?', /6750/, 'RFC 6750 defines OAuth 2.0 Bearer Token Usage and its error codes'),
  k('security', 'can a CDN store and reuse a 410 Gone response when we send no cache-control or expires at all, per the RFC?', /heuristic|cacheable by default|(is|are) (heuristically )?cacheable/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('security', 'RFC 6750 question: if a request to a protected resource carries no authentication info at all, should the Bearer challenge in WWW-Authenticate include an error code such as invalid_request?', /should ?n.?o?t|shouldn.?t|not include|no error (code|attribute)|omit|without (an |any )?error|must not|not (be )?included/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('nonnative', 'What is the purpose of 410 Gone, what it tell to the client that 404 does not tell?', /permanent|intentional|links? (should|to|ought to) be removed|remove (the |any |all )?(remote )?links/i, 'RFC 9110 §15.5.11: 410 signals the resource is intentionally unavailable and the condition is likely permanent; remote links should be removed'),
];

export const UNSEEN159_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
