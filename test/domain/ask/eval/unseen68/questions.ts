import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 68, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a B2B observability / analytics SaaS (workspaces, shared dashboard links, ingest API keys, viewer seats, retention, deleted and archived projects, SSO orgs, a public status page, an alerting webhook API, data-residency regions). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (missing or not recognised) → 401 with a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood and refuses; the credentials are fine but insufficient and re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation found for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that does not want to disclose that the resource exists to this caller may answer 404';
const R404U = 'RFC 9110 §15.5.11: when the server does not know whether the removal is permanent, 404 should be used, not 410';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  w('401', 'sre', 'ingest api getting hits w/ no auth header at all, looks like an old agent build that never set the key. what do we send back', R401),
  w('403', 'sre', 'viewer seat trying to DELETE a dashboard. token valid, user is in the ws, role is read only. what do we send back', R403),
  w('404', 'sre', 'GET /dashboards/d_8f2k1, that id never existed, no row, nothing in the audit log either. caller authd fine. code pls', R404),
  w('410', 'sre', 'ws deleted on contract termination, hard purge done, we keep a tombstone row and will never restore it. GET on its dashboards, code pls', R410),
  k('api', 'Which RFC defines the HTTP status codes like 401 and 403 nowadays? Is it still RFC 7231?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines the status codes in §15'),

  w('401', 'api', 'On the alerting webhook API, a caller presents a signed bearer token whose exp claim passed twenty minutes ago. The signature checks out and the workspace is healthy. Which status should the response carry?', R401T),
  w('403', 'api', 'A token granted only `ingest:write` calls GET /v1/query. It is valid and unexpired; it just was never granted `query:read`. Per RFC 6750, which status code?', R403S),
  w('404', 'support', 'Someone opened a shared dashboard link, but the owner deleted that dashboard this morning. The owner says they might restore it from trash next week, not sure yet. What should the link return right now?', R404U),
  w('410', 'api', 'Legal asked us to take down one incident report from the public status page. We removed it deliberately, it will not be republished, and we keep its ID in a tombstone table. What should requests for that report get?', R410),
  k('sre', 'what header has to go out w/ every 401 from the ingest api', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field with at least one challenge'),

  w('401', 'support', 'A customer rotated their ingest API key yesterday and we revoked the old one. One collector in their Frankfurt cluster still sends the old key. Which status should that collector be getting back from us?', R401T),
  w('403', 'support', 'A customer on the Free plan tries to create a fourth alerting webhook; Free allows three. They are logged in correctly and keep logging out and back in hoping it helps. What status should the create call return?', R403),
  w('404', 'security', 'An authenticated user in tenant Acme requests /projects/p_123, which belongs to tenant Globex. Acme users have no way to know Globex projects exist and we do not want the ID to confirm anything. Which status?', R404H),
  w('410', 'support', 'Retention policy deletes events older than 13 months for good, with no backups. A customer opens an export link from two years ago; we still have the export record, so we know it existed. Which status should the link return?', R410),
  k('security', 'When is it acceptable to answer 404 instead of 403 for a dashboard the caller is not allowed to see?', /(hid(e|ing)|conceal|not (to )?(reveal|disclose|leak)|existence)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404'),

  w('401', 'nonnative', 'The token in the Authorization header is not even a JWT, we cannot decode it, is like random base64 broken. Dashboard API must reply which code for this?', R401T),
  w('403', 'security', 'The workspace has an IP allowlist. A valid, unexpired admin API key arrives from an address outside the list. Identity is not in doubt. Which status?', R403),
  w('404', 'api', 'Deleted projects are soft-deleted and can be restored by an admin for 30 days. A GET arrives for a project deleted yesterday. Which status code should it get?', R404U),
  w('410', 'security', 'An owner used "revoke link permanently" on a shared dashboard link. The link token is tombstoned and can never be re-enabled. What should anyone opening the old URL receive?', R410),
  k('support', 'Why is 401 called "Unauthorized" when it really seems to be about the user not being logged in?', /authenticat/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),

  w('401', 'security', 'Someone is spraying /api/v2/dashboards with random API keys that match nothing in our key table. A colleague wants 403 so it "looks more locked down". Which status is correct?', R401),
  w('403', 'nonnative', 'Admin of workspace turn on the policy "no raw data export". A member with good session, everything valid, call the export endpoint. What code we should answer to him?', R403),
  w('404', 'nonnative', 'The URL have a typo in metric name, like /metrics/cpu_usgae, and this metric never exist in any workspace. Which code is correct for reply?', R404),
  w('410', 'nonnative', 'Customer ask GDPR erasure, we deleted all their projects and it is final, no way to get back. When somebody call the old project URL, what status we return?', R410),
  k('api', 'Is a 404 from our dashboard API cacheable by default, or do we have to add Cache-Control before caches may keep it?', /heuristic|cacheable by default|default[^.]{0,40}cacheable|is cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),

  w('401', 'sre', 'sso session cookie expired overnight on the dashboard api. user is an org admin, nothing wrong w/ their role, just the session timed out. code pls', R401),
  w('403', 'sre', 'user authd fine, member of ws B and sees it in the switcher, but has no billing role there. hitting GET /ws/B/invoices. correct response', R403),
  w('404', 'sre', 'retention job dropped raw events older than 30d for this ws. customer asks for an event from 45d ago. cold storage team says they might still have a copy, dont know yet. what do we send back', R404U),
  w('410', 'sre', 'old ingest endpoint /collect-legacy turned off on purpose, announced 6 months ago, not coming back. agents still hitting it. colleague wants 404. correct response', R410),
  k('sre', 'we 410d the old share links after the purge last quarter. do we have to keep serving 410 for them forever', /(not necessary|not required|no (obligation|requirement)|need not|needn'?t|(don'?t|do not|doesn'?t|does not) (have|need) to|not (forever|indefinitely)|any length of time)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time'),

  w('401', 'api', 'A viewer-seat user logged out, and logout revokes the session token server-side. Their browser tab keeps polling the query endpoint with that revoked token. The viewer role has nothing to do with it. 401 or 403?', R401T),
  w('403', 'api', 'A service-account key for the alerting webhook API is valid, but the admin made it read-only. It attempts POST /webhooks. A colleague proposes 401 so the client "retries with better creds". What should we actually send?', R403),
  w('404', 'security', 'Our public status page has no login at all. Someone requests /incidents/internal-db-migration, an internal incident we never published. That visitor should not even learn it exists. What status?', R404H),
  k('support', 'A customer removed their public demo dashboards for good and wants them out of Google. Does answering 410 instead of 404 help search engines drop them faster?', /(permanent|for good|intentional)/i, 'RFC 9110 §15.5.11: 410 tells recipients, crawlers included, that the removal is intentional and permanent so links can be dropped'),
  k('security', 'If a request to the alerting API carries no Authorization header at all, should our Bearer challenge include error="invalid_token"?', /(no error|without (an? |any )?error|should ?n[o']t (include|contain)|not include|omit|leave (it )?(out|off))/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code in the challenge'),

  w('401', 'support', 'Customer pasted their API key into the Terraform provider with the last character missing, so it matches no key we ever issued. Their plan and permissions are fine. What code does the API give back?', R401),
  w('403', 'support', 'SAML configuration is an Enterprise-only feature. An admin on the Team plan, correctly signed in, calls the SAML config endpoint. They know the feature exists because it is in our docs. Which status code applies?', R403),
  w('404', 'api', 'A customer deleted webhook subscription wh_77 through the API. We keep no record of deleted subscription IDs, so we cannot tell it ever existed. What should GET /webhooks/wh_77 return?', R404),
  k('api', 'Per RFC 6750, what status and what error code go out when a bearer token is valid but lacks the scope the endpoint needs?', /(?=[\s\S]*403)(?=[\s\S]*insufficient_scope)/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('nonnative', 'What is the real difference between 401 and 403? In which one the user can login again and it works, and in which one not?', /((not|won'?t|n'?t|no)\s+(help|make (a|any) difference|change (anything|the (result|outcome)))|no difference)/i, 'RFC 9110 §15.5.4: for 403, re-authenticating will make no difference; 401 invites new credentials (§15.5.2)'),

  w('401', 'sre', 'status page admin api, basic auth, user exists but password is wrong. acct not locked, not rate limited. correct response', R401),
  w('403', 'security', 'Viewer seats may only open dashboards tagged "shared". A viewer who is properly logged in opens an untagged dashboard in their own workspace, one listed in the sidebar they can already see. Hiding it would be pointless. Which code?', R403),
  w('404', 'sre', 'private dashboard in another teams ws, requester isnt a member and has no reason to know it exists, we dont want to leak titles. colleague says 403. what do we send', R404H),
  k('sre', 'client sends two auth methods in one req, bearer header plus access_token query param. per 6750 is that 400 or 401', /400|invalid_request/i, 'RFC 6750 §3.1: using more than one method to include the token is invalid_request → 400'),
  k('support', 'What is the rule for picking 410 over 404 when a customer deleted a project and might still undo it? An engineer already set 410.', /404/, 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 ought to be used'),

  w('403', 'nonnative', 'Ingest key is correct and active, but it is only for ingest, and the person use it to read the metrics query API. The key has no read scope. Which status is right, please?', R403S),
  w('404', 'nonnative', 'Project was deleted, maybe by mistake. The admin did not decide yet if he will restore it or not. Somebody call the API for this project now, which status code?', R404U),
  k('security', 'Our public status page has no authentication scheme at all. Could a 401 from it ever be correct?', /WWW-Authenticate|challenge/i, 'RFC 9110 §15.5.2: a 401 must carry a WWW-Authenticate challenge applicable to the target resource'),
  k('api', 'What exactly is a "challenge" in a WWW-Authenticate header? Is it just the realm?', /scheme/i, 'RFC 9110 §11.3 and §11.6.1: a challenge is an auth-scheme followed by optional parameters such as realm'),
  k('nonnative', 'The 404 code, does it say if the missing thing is temporary or permanent? My team is not agree about this.', /(not|n'?t|neither)[^.]{0,80}(temporary|permanent)|410/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent; 410 is for known-permanent removal'),
];

export const UNSEEN68_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
