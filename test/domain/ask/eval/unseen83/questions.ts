import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 83, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an internal developer platform at a large company (service catalogue, CI artifacts, feature flags, secrets vault, on-call, postmortems, deprecated APIs, contractors, service accounts, M&A code names). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server must send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope is answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.5/§15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may respond with 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available at the origin server and the condition is likely to be permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', 'ci runner hitting the artifact store w/o any Authorization header at all, the pipeline just forgot to inject the creds. what do we send back', R401),
  w('401', 'sre', 'svc acct token for the deploy bot expired 10 min ago (they only live 15 min), bot keeps calling the catalogue api with it. code pls', R401T),
  w('401', 'security', 'During the pen test, the tester replayed a service-account bearer token that we had already revoked in the identity provider. The vault API still needs to reject it. A colleague suggested 403 because "the account is not allowed anymore". What is the correct response status?', R401T),
  w('401', 'api', 'Our feature-flag API receives a bearer token whose signature does not verify against any of our published JWKS keys. The caller is therefore not authenticated at all. Which status should the API return, and should it include a WWW-Authenticate challenge?', R401),
  w('401', 'nonnative', 'Contractor is try to open the on-call schedule page but his SSO session is expired since yesterday, he is not logged anymore. Which code we must return, is it 403 because he is contractor?', R401),
  w('401', 'support', 'A customer team says their build script gets rejected by the secrets vault. Looking at the logs, the script sends the password for the old LDAP account, which is wrong now after the password rotation. Nothing about their policy changed. What status should they be seeing?', R401),
  w('401', 'sre', 'pagerbridge svc calling the oncall api w/ a bearer token minted by some random issuer we dont trust, signature checks out against nothing we know. someone said 403 b/c its a svc acct. what do we send back', R401T),
  w('401', 'api', 'The deprecated-API gateway (the route is still live) receives a request whose session cookie fails HMAC verification, i.e. it was tampered with, so no user identity can be established. The caller is effectively unauthenticated. Which code fits?', R401),
  w('401', 'security', 'security review q: the build artifact download endpoint accepts an API key; a request comes in with a key that never existed in our system (random string). Not a permission issue, we simply do not know who this is. What should the response be?', R401),

  // ---- 403 (10) ----
  w('403', 'sre', 'contractor is logged in fine via sso, valid session, but hes not in the platform-admins group and tried to flip a feature flag in prod. flag and project both visible to him already. what code', R403),
  w('403', 'api', 'A service account presents a valid, unexpired token with scope "artifacts:read" and attempts to POST a new build artifact, which requires "artifacts:write". Under RFC 6750, what status and error code should the resource server return?', R403S),
  w('403', 'security', 'Team A engineer, authenticated, requests a secret from team B vault path. Team B path names are listed in the public service catalogue so there is nothing to hide about its existence; the per-team policy just does not grant team A read. Someone proposed 404 to be safe. Which is right here?', R403),
  w('403', 'support', 'A developer is logged in and can see the payments service in the catalogue, but when they try to edit its ownership metadata they get rejected because only the owning team may edit it. They keep logging out and back in hoping it helps. What status should the platform return so they understand re-login will not fix it?', R403),
  w('403', 'nonnative', 'The user is authenticated with good token, but his role is only viewer and he try to delete a CI pipeline. The pipeline is visible for him in UI. What code server should give back? not 401 I think?', R403),
  w('403', 'sre', 'valid svc acct token, correct identity, but the on-call schedule write endpoint is blocked for svc accts by policy, only humans can swap shifts. everyone knows the schedule exists. what do we return', R403),
  w('403', 'api', 'Our secrets vault denies reads from outside the corporate network by policy, even for authenticated users with the correct team membership. The secret path is not sensitive to disclose. The request is understood and the identity is known; we just refuse it. Which status code fits best?', R403),
  w('403', 'security', 'pen test finding: authenticated contractor with limited SSO groups can enumerate nothing new, since the repo list is public internally, but tries to trigger a release pipeline on a repo they can already see. the action is refused. 401 or 403', R403),
  w('403', 'support', 'Customer is logged in and has a valid session. They requested to export the full audit log of their feature flags, but export is restricted to org owners and they are just a member. The audit log page itself is visible to them. What status code do we return for the export?', R403),
  w('403', 'nonnative', 'Service account have valid short-lived token, not expired, and it call the deprecated API which still exist, but this account is not in allow-list for it anymore because migration is finished for its team. The API is still live for other teams. Which status we return to it?', R403),

  // ---- 404 (10) ----
  w('404', 'sre', 'someone curled /catalogue/services/paymnts-v2 typo, that svc never existed. code pls', R404),
  w('404', 'security', 'Postmortems are restricted to incident responders and even the existence of a postmortem for a given incident id must not leak to non-responders. An authenticated engineer who was not a responder requests /postmortems/INC-4412. What should we respond with?', R404H),
  w('404', 'api', 'M&A project repos use code names that must stay secret. An authenticated employee without the deal group requests /repos/project-heron. The repo exists, but revealing that would leak the code name. Which status code should the platform return?', R404H),
  w('404', 'support', 'A user asks why a build artifact link they bookmarked now shows an error. The artifact was deleted by the retention job, but the storage backend keeps soft-deleted blobs for 30 days and admins sometimes restore them. We do not know if it is gone for good. What should the status be?', R404U),
  w('404', 'nonnative', 'The feature flag "new-checkout" was deleted by someone, but we dont know if it will be recreated or restored, there is no record if deletion is permanent. What status code is correct, 410 or other?', R404U),
  w('404', 'sre', 'contractor w/ limited sso groups probing /vault/teams/secret-acq-team/ paths, that team name itself is confidential. he is authenticated. we dont want to confirm it exists. what do we send back', R404H),
  w('404', 'api', 'A client requests an on-call schedule by an ID that was never allocated in our system. The client is fully authenticated and has broad read permissions. Which response code applies?', R404),
  w('404', 'security', 'Authenticated user asks GET /incidents/9981/postmortem, the incident exists but there was no postmortem ever written for it. Nothing to hide, the user is a responder with full access. Colleague says 410. Which code is right?', R404),
  w('404', 'support', 'A team says their old service entry vanished from the catalogue. It was removed during a migration script run, but nobody decided whether that removal is final and the script might re-import it. Caller is logged in with proper rights. What status code should the catalogue API give for it?', R404U),
  w('404', 'nonnative', 'User is logged and have permissions, he request pipeline run number 99999 but our runs only go to 5000, this run never was created. What code to answer him?', R404),

  // ---- 410 (6) ----
  w('410', 'api', 'The /v1/deploy internal API was deprecated, every consumer migrated to /v2, and the platform team intentionally and permanently removed /v1 with an announced sunset. Callers are authenticated. What should requests to /v1/deploy return now?', R410),
  w('410', 'sre', 'legacy artifacts api /v0/blobs decommissioned for good last quarter, migration done, no plan to ever bring it back. still getting hits from old scripts w/ valid creds. what code', R410),
  w('410', 'support', 'A customer keeps calling the old feature-flag evaluation endpoint. We shut it down on purpose after the migration and it is confirmed permanent; the docs say it is gone forever. Someone on my team wants to return 404. What is the more precise status to give them?', R410),
  w('410', 'nonnative', 'We have deleted the old service catalogue v1 endpoint forever, it was planned removal after all teams migrate. Nothing secret about it. Token of caller is valid. Which status should we reply, 404 or 410?', R410),
  w('410', 'security', 'Not a hiding case: the public internal changelog announced that the XML build-status API was permanently retired after migration. An authenticated caller still hits it. Which status code correctly communicates that the removal is intentional and permanent?', R410),
  w('410', 'api', 'Our secrets vault had a v1 "kv-legacy" mount that was intentionally deleted after all teams migrated to kv-v2; the decision is final and documented. The caller is authorized for kv-v2 and nothing about the mount is confidential. Which status code should requests to the kv-legacy paths return?', R410),

  // ---- knowledge (15) ----
  k('api', 'What response header must a server include with a 401 response according to RFC 9110?', /www-authenticate/i, 'RFC 9110 §15.5.2: 401 must include WWW-Authenticate'),
  k('sre', 'is a 404 cacheable by default or do we need explicit cache headers', /heuristic\w*|cacheable by default|(?:is|are) cacheable/i, 'RFC 9110 §15.1: 404 is heuristically cacheable'),
  k('security', 'Per RFC 9110, does re-authenticating help after a 403 where credentials were already supplied?', /(?:not|n'?t) (?:help|change)|won'?t help|will not help|insufficient|should not (?:simply )?repeat|not repeat/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient'),
  k('api', 'Which RFC currently defines HTTP semantics such as 401/403/404/410, replacing RFC 7231?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('nonnative', 'In RFC 6750 which error code is for token that is expired or revoked, and what status it use?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token, 401'),
  k('security', 'RFC 6750: what error code should a bearer-token resource server use when the token lacks the scope for the request?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, 403'),
  k('api', 'According to RFC 6750, which HTTP status accompanies the invalid_request error (missing or duplicated parameters)?', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request, 400'),
  k('sre', 'does 410 mean gone forever or does it expire after some time', /permanent|indefinite|no (?:fixed|set) (?:time|duration)|not (?:required|necessary) to .*(?:mark|time)|likely to be permanent/i, 'RFC 9110 §15.5.11: condition likely permanent; no requirement to keep 410 for any particular time'),
  k('security', 'Under RFC 9110, when may a server answer 404 instead of 403?', /hide|conceal|not (?:to )?reveal|existence/i, 'RFC 9110 §15.5.4: server wishing to hide the existence of a forbidden resource may use 404'),
  k('support', 'If we are not sure a removal is permanent, what does the RFC recommend instead of 410?', /\b404\b|not found/i, 'RFC 9110 §15.5.11: use 404 if permanence unknown'),
  k('api', 'Is a 410 Gone response cacheable by default under RFC 9110?', /heuristic\w*|cacheable by default|(?:is|are) cacheable/i, 'RFC 9110 §15.1 / §15.5.11: 410 is heuristically cacheable'),
  k('nonnative', 'The 404 status, it says anything if the missing is temporary or permanent?', /(?:does not|doesn'?t|not|no)\b.*(?:indicat|say|specif|distinguish|tell)|either temporary or permanent|temporary or permanent/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', 'Per RFC 9110, may a 403 response body explain the reason for refusal?', /(?:may|can|should|is allowed to|is free to)\s+(?:\w+\s+){0,3}(?:describe|explain|include|state|give)/i, 'RFC 9110 §15.5.4: server that wishes to make public why the request has been forbidden can describe that reason in the response content'),
  k('sre', 'who is 410 mainly meant to help, whats the purpose', /(?:remov|delet)\w*.{0,40}(?:link|reference|bookmark)|web maintenance|(?:link|reference|bookmark)s?.{0,40}(?:remov|delet)/i, 'RFC 9110 §15.5.11: 410 primarily assists web maintenance by notifying recipients the resource is intentionally unavailable so links can be removed'),
  k('api', 'What does a 401 response tell the client about credentials it already sent in the Authorization header?', /refused|rejected|invalid|not (?:been )?accepted|failed/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for them'),
];

export const UNSEEN83_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
