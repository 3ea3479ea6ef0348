import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 234, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a feature-flag and experimentation service (environments, SDK keys, archived flags, team roles, audit logs). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource; a WWW-Authenticate challenge is sent';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfil it; credentials are insufficient and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (the token is valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target resource may respond with 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: 404 does not say whether the absence is temporary or permanent; 410 only when removal is known to be permanent';
const R410 = 'RFC 9110 §15.5.11: the target resource is no longer available at the origin server and this condition is likely to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---------- 401 ----------
  w('401', 'sre', 'after the edge proxy change sdk calls to /v1/flags/evaluate are arriving w/o any Authorization header at all, proxy strips it. what do we send back to those', R401),
  w('401', 'api', 'Our server-side SDK keys were rotated last week and the old key for the production environment was revoked. Some services still send the old, revoked key. A colleague argues for 403 because "we recognise the key, so we know who they are". What status should the evaluation endpoint return to requests carrying the revoked key?', R401T),
  w('401', 'support', 'A customer says their personal access token expired yesterday and now the audit log export fails for them. They are an Admin on the team and nothing else changed, only the token is past its expiry. Which response should they be getting from the export call?', R401T),
  w('401', 'nonnative', 'The bearer token what client send for the experiments API is malformed, the signature is not verify at all. Which code we must to return in this case, please?', R401T),
  w('401', 'security', 'Pen-test finding: when no bearer token is presented at all, the flag management API answers 403 Forbidden. The tester says this is wrong. The endpoint itself is publicly documented. What should the API return for a request with no credentials?', R401),
  w('401', 'sre', 'eng left last month, admin revoked his api token, but his cron is still hitting /experiments every 5 min. token def isnt valid anymore. someone said 403 b/c he "no longer has access" but code pls for a revoked token', R401T),
  w('401', 'api', 'A request reaches the flag service with an SDK key string in the Authorization header that does not match any key we have ever issued — not expired, not revoked, simply unknown. What should we answer with?', R401),
  w('401', 'support', 'Customer is an Owner of their team, so role is definitely fine, but the signed JWT their integration sends has an exp timestamp two hours in the past. They want to toggle a flag. What should the API return to them?', R401T),
  w('401', 'nonnative', 'User session is expire already, but he have Owner role in the team. He try to delete the flag with this expired session token. Is it 401 or 403 we should give him?', R401T),

  // ---------- 403 ----------
  w('403', 'sre', 'valid token, user is Viewer on the team, tries to flip a flag in the production env. viewers cant write. envs and flags are visible to viewers anyway so nothing to hide. what do we return', R403),
  w('403', 'api', 'An OAuth access token with scope flags:read (valid, unexpired) is used for PATCH /flags/{key}, which requires flags:write. Someone on the team proposes 401 so the client gets a fresh token. Which status code is correct here?', R403S),
  w('403', 'support', 'A customer is logged in fine as a Developer in their org and tries to open the audit log, which is restricted to Admins. The audit log page is in our public docs and everyone in the org knows it exists. What should they get back?', R403),
  w('403', 'security', 'Our CI service account authenticates successfully with its key, but CI moved to a new egress IP that is not on the org IP allowlist, so policy blocks the call. The endpoint is public knowledge; there is nothing to conceal. Which status should the block produce?', R403),
  w('403', 'nonnative', 'User is login correctly and token is valid, but he is not member of the team who own this project. The project names are visible to whole org anyway, it is not secret. Which status we should to send?', R403),
  w('403', 'sre', 'someone is using the client-side sdk key (the public one) against the server-side admin endpoint to create flags. key is valid, just not allowed for admin ops. endpoint obv public. 401 or 403, what do we send back', R403),
  w('403', 'api', 'A Viewer with a perfectly valid session attempts to archive a flag. A colleague suggests returning 401 to force the user to log in again, but logging in again would still give them the Viewer role. Nothing about the flag is confidential to Viewers. What is the right status?', R403),
  w('403', 'support', 'Experiment results are restricted to the Analyst role. The customer is logged in with a valid session as a Member and can see the experiment listed in the UI, so it is no secret it exists, but opening the results is refused. What code should that request return?', R403),
  w('403', 'security', 'Deleting a production environment requires the Owner role. The caller is an Admin with a valid, unexpired token, and the list of environments is visible to every team member. Reviewing the deny path: what status should the DELETE return?', R403),
  w('403', 'nonnative', 'The service account have valid key, not expired, but the audit-log endpoint need the scope audit:read and this key don\'t have it. What response code is correct for it?', R403S),

  // ---------- 404 ----------
  w('404', 'sre', 'GET /v1/flags/new-checkout-flw coming in w/ a fine token, its a typo, theres no flag with that key and there never was. what do we return', R404),
  w('404', 'api', 'A client requests /projects/web/environments/env_7f3a, but no environment with that id has ever been created in that project (or any other). The caller is authenticated and is an Owner of the project. Which status should the API use?', R404),
  w('404', 'nonnative', 'Client ask for segment id seg_991 but this segment is not exist in any project, it was never created. The token is valid. Which status code we reply?', R404),
  w('404', 'security', 'Tenant isolation review: a user from org A, with a valid token, requests a flag id that belongs to org B. Policy says org A must not be able to learn whether org B has that flag. Which status should the response carry?', R404H),
  w('404', 'api', 'We have a private, unreleased project. Our policy says non-members must not even learn that the project exists. An authenticated user who is not a member requests it. 403 would be accurate about the refusal, but what should we actually respond with?', R404H),
  w('404', 'support', 'A contractor with a valid login is trying to open a confidential experiment their team is not part of. Our rule is that people outside the team must not be able to tell that the experiment exists at all. What should the contractor get back?', R404H),
  w('404', 'sre', 'audit log for the security teams private env, non members shouldnt even know the env exists. caller has valid token, wrong team. what do we send back', R404H),
  w('404', 'sre', 'flag got deleted, but its soft-delete, owners can restore it from trash within 30 days and nobody knows yet if they will. someone proposed 410. code pls', R404U),
  w('404', 'api', 'An experiment was deleted and sits in a retention bin; the product team has not decided whether it will be restored. An authorized user requests it. A teammate wants 410 Gone. Which status is defensible here?', R404U),
  w('404', 'support', 'A customer deleted an environment by mistake. We can restore it on request within 7 days and they might well ask us to. Meanwhile an authorized teammate of theirs calls the environment URL. What should the API answer?', R404U),

  // ---------- 410 ----------
  w('410', 'api', 'The v1 flag evaluation endpoint has been decommissioned on purpose after a year-long sunset; it is permanently removed and nothing will ever be served at that URL again. Authenticated clients still call it. What status should they receive?', R410),
  w('410', 'sre', 'archived flag went past retention and got purged, hard deleted on purpose, will never come back. caller is an owner w/ valid token. 404 or 410, what do we send back', R410),
  w('410', 'support', 'At the customer\'s request we permanently erased one of their experiments (GDPR erasure). It is irreversible and intentional. An authorized user on their team now requests that experiment. Which response is right?', R410),
  w('410', 'nonnative', 'The old endpoint /v1/sdk-keys/legacy we removed it forever, on purpose, it will never be back. The client have valid key and is allowed. Which code is best to return?', R410),
  w('410', 'security', 'The old audit-log CSV export URL was deliberately and permanently retired; this is announced in our public changelog, so there is no existence to hide. The caller is authenticated and authorized. Is there a better answer than 404, and if so which?', R410),
  w('410', 'sre', 'env qa-old was hard-deleted on purpose, irreversible, no backups, not coming back. user asking is an owner. what do we return for GET on it', R410),

  // ---------- knowledge ----------
  k('sre', 'which header has to go out w/ a 401 again', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge'),
  k('nonnative', 'When server give 403 and the client did send credentials, should client just retry the same request with same credentials again automatic?', /(should not|shouldn'?t|must not|ought not|not automatically|do not|don'?t)\b.{0,60}(repeat|retry|resend|re-?send|same credentials)|(different|new) credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY repeat with new or different credentials'),
  k('support', 'A customer\'s developer keeps quoting RFC 7231 for status codes. Which RFC is the current reference for HTTP semantics and status codes?', /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231'),
  k('nonnative', 'In the bearer token RFC, the error invalid_request, what HTTP status it should be returned with?', /400/, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400 (Bad Request)'),
  k('api', 'If we return 410 Gone for a purged flag, are we obliged to keep returning 410 for that URL forever, or for some minimum period?', /(any|particular|specific) (length of time|period|amount of time|duration)|up to the (server|owner)|server owner|discretion|not (required|obliged|obligated|necessary)|no (requirement|obligation)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner'),
  k('security', 'Per RFC 9110, under what circumstance may an origin server answer 404 where 403 would otherwise apply?', /hid(e|ing)|conceal|not (to )?(reveal|disclose|expose|leak)|without (revealing|disclosing)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead'),
  k('support', 'Does a 404 tell the customer whether the missing flag is gone for good or might come back later?', /(temporary|permanent)\w*\s+(or|nor)\s+(temporary|permanent)|whether.{0,60}(temporary|permanent)|(doesn'?t|does not|no)\s.{0,40}(indicat|tell|say|distinguish|signal)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent; 410 is preferred when known permanent'),
  k('sre', 'is 410 cacheable w/o explicit cache headers or not', /heuristic|cacheable by default|(is|are) cacheable|can be cached by default/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('api', 'When we send 403, does RFC 9110 say anything about whether we may explain the reason for the refusal in the response?', /(content|body|payload|message).{0,80}(reason|why|explain|describe)|(describe|explain|state).{0,60}(reason|why).{0,60}(content|body|payload|message)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content (if any)'),
  k('nonnative', 'If the request already include credentials and server still answer 401, what this 401 mean about those credentials?', /refus|reject|not accepted|invalid|not valid/i, 'RFC 9110 §15.5.2: if the request included authentication credentials, the 401 indicates that authorization has been refused for those credentials'),
  k('security', 'RFC 6750: when a request to a protected resource contains no authentication information at all, should the WWW-Authenticate challenge include an error code?', /\b(should not|shouldn'?t|must not|no|not|without|omit\w*|leave out|skip\w*)\b.{0,60}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('support', 'What does RFC 9110 suggest clients with link-editing capabilities do when they receive a 410 for a URL?', /delet|remov|(drop|purge|clean|forget).{0,30}(link|reference|bookmark|uri|url)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI after user approval'),
];

export const UNSEEN234_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
