import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 13, written by a blind writer with the angle of a SaaS collaboration product
 * (documents, workspaces, sharing links, guests, SSO/SCIM, admin consoles) and its public REST API: questions
 * from on-call SREs, developer-relations and API reviewers, customer success/support, security reviewers and
 * people writing English as a second language, several asking to settle a disagreement or to confirm what the
 * code does now. Written from RFC 9110, RFC 6750 and the shared 403-vs-404 seed only, without reading the
 * product's parser, its tests, or any other question set; it is kept aside and used only for measurement. */

const R401_NONE = 'RFC 9110 §15.5.2: request carries no authentication credentials → 401';
const R401_INVALID = 'RFC 9110 §15.5.2 + RFC 6750 §3.1 invalid_token: expired, revoked or malformed token is not a valid credential → 401';
const R401_SESSION = 'RFC 9110 §15.5.2: an ended or expired session leaves the request without valid credentials → 401';
const R401_KEY = 'RFC 9110 §15.5.2: credentials that fail verification (rotated-out signing key) are not valid → 401';
const R403_ROLE = 'RFC 9110 §15.5.4: caller authenticated but its role does not permit the action, existence not secret → 403 (seed: RBAC mismatch)';
const R403_SCOPE = 'RFC 6750 §3.1 insufficient_scope: valid token lacking the needed scope → 403';
const R403_IP = 'RFC 9110 §15.5.4 + seed: IP allowlist refusing a known, authenticated caller → 403';
const R403_TENANT = 'RFC 9110 §15.5.4 + seed: tenant isolation refusal for a known caller when existence is no secret → 403';
const R403_PLAN = 'RFC 9110 §15.5.4: known caller refused because the plan does not include the feature → 403';
const R404_NONE = 'RFC 9110 §15.5.5: no current representation for the target (never existed, typo) → 404';
const R404_HIDE = 'RFC 9110 §15.5.4/§15.5.5: server MAY answer 404 instead of 403 to hide that a resource exists → 404 (seed: security-sensitive resources)';
const R404_MAYBE = 'RFC 9110 §15.5.11: removal not known to be permanent (restorable, undecided) → 404, not 410';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- which code: 401 ----
  w('401', 'sre', 'scim sync svc acct token got revoked by the customers idp admin yesterday, the sync job is still hammering /scim/v2/Users w/ it. what do we send back', R401_INVALID),
  w('401', 'api', "Settle a disagreement: a client calls GET /v1/documents with an OAuth access token that expired 20 minutes ago. Our docs team wants 403 \"because we know whose token it is\". Which status is correct?", R401_INVALID),
  w('401', 'support', 'A customer clicked "Sign out of all devices" and now an old browser tab keeps trying to autosave the doc they had open. That session is over. What should the autosave request be getting back?', R401_SESSION),
  w('401', 'nonnative', 'The user send a request to open a workspace document but there is no Authorization header at all, no cookie also. Which code we must return, 401 or 403?', R401_NONE),
  w('401', 'security', "Reviewing the API gateway: a request comes with an API key signed by the old key we rotated out last month, so the signature check fails. Right now the code answers 403. What should it answer?", R401_KEY),
  w('401', 'sre', 'customers ci pipeline keeps sending a personal access token thats malformed, looks like the copy paste cut off half of it. correct response?', R401_INVALID),
  w('401', 'api', "DevRel question: a third-party app sends a well-formed bearer token, but our introspection says it's no longer active because the user revoked the app's access in their settings. 401 or 403 for GET /v1/workspaces?", R401_INVALID),
  w('401', 'nonnative', 'Our SSO session finish after 8 hours. After that the user click on a document and the API see the session cookie is expired. What we answer to this request?', R401_SESSION),
  w('401', 'sre', 'guest whose sessions were all killed by the workspace admin keeps polling /comments w/ the dead session cookie. no valid session anymore. which one', R401_SESSION),

  // ---- which code: 403 ----
  w('403', 'sre', 'user is logged in fine, valid token, but only has viewer role on the workspace and tries DELETE on a doc. everyone in the workspace can see the doc exists anyway. code pls', R403_ROLE),
  w('403', 'api', 'Token is valid but it was issued with scope docs:read only, and the integration calls POST /v1/documents to create one. Which status should the API return?', R403_SCOPE),
  w('403', 'support', "The customer's admin turned on an IP allowlist for their org. An employee with a valid login tries from home, outside the allowed range. What error should they be getting? They obviously know the workspace exists, it's their own company's.", R403_IP),
  w('403', 'security', "Tenant isolation check: a user from org A with a valid token requests /v1/orgs/org-b/audit-log. Org B's slug is shown on their public profile page, so we don't mind if they know it exists. 403 or 404?", R403_TENANT),
  w('403', 'nonnative', 'Customer is on Free plan and try to use the export in admin console, this feature is only for Enterprise plan. The user is logged in correctly. Which status code is correct?', R403_PLAN),
  w('403', 'sre', 'scim endpoint called w/ a valid token but it belongs to a regular member not an org admin. endpoint is publicly documented so no secret there. what do we return', R403_ROLE),
  w('403', 'api', "Settle this for us: a guest with a valid session tries to invite other people to a workspace. Guests can see the workspace but aren't allowed to invite. Half the team says 401 because the message is \"Unauthorized\", the other half says 403. Who's right?", R403_ROLE),
  w('403', 'support', "A customer is logged in and tries to change the workspace's SSO settings, but they're just a regular member, not an owner. The settings page is listed in everyone's menu, nothing hidden. Should they see 401 or 403?", R403_ROLE),
  w('403', 'security', "PR review: a member with a valid token tries to download a doc from a shared folder they were removed from. The folder and its file list are visible to the whole workspace, so existence isn't secret. The code currently returns 401 and forces a re-login. What's the correct response?", R403_ROLE),

  // ---- which code: 404 ----
  w('404', 'sre', 'spike of GETs for /v1/documents/doc_7fz... ids that never existed, looks like a client bug in id generation. what do we send', R404_NONE),
  w('404', 'api', "In our product private document IDs are confidential: someone who isn't shared on a doc must not learn it exists. An authenticated user without access requests GET /v1/documents/{id}. Which status?", R404_HIDE),
  w('404', 'support', 'Customer typed the workspace address wrong, acme-corp instead of acmecorp, and there is no workspace called acme-corp. What should they get?', R404_NONE),
  w('404', 'nonnative', 'We deleted a workspace by mistake from the admin console and maybe we restore it from backup next week, we did not decide yet. Until then which code for the requests to it?', R404_MAYBE),
  w('404', 'security', 'Someone from another tenant, with a valid token, asks for a private workspace by its slug. Private workspaces must look absent to non-members. 403 or 404?', R404_HIDE),
  w('404', 'sre', 'doc got moved to trash, restorable for 30 days, api still getting GETs for it from an integration. not sure yet if itll be purged. correct response?', R404_MAYBE),
  w('404', 'api', "API review comment: GET /v1/users/{id}/files with a user id that doesn't exist in our system at all currently returns 410 because \"it isn't there\". What should it return?", R404_NONE),
  w('404', 'support', 'Customer success here: a customer unpublished their public doc, so the old share link no longer works, but they said they might publish it again later. What should the link return meanwhile?', R404_MAYBE),
  w('404', 'nonnative', 'Guest user with valid login try to open a document in a private workspace. Our rule is guests must not even know which documents exist there. What we should return?', R404_HIDE),
  w('404', 'security', "SCIM GET /scim/v2/Users/{id} is called with an id from a different customer's directory. The caller's token is valid for their own directory, but we must not leak whether ids in other directories exist. Which code?", R404_HIDE),

  // ---- which code: 410 ----
  w('410', 'sre', 'we killed the v1 export endpoint for good last quarter, its never coming back, clients still calling it. code pls', R410),
  w('410', 'api', 'We removed /v1/legacy-comments on purpose and it is permanently gone since March 1; we want integrators to drop their links to it. What status should it answer now?', R410),
  w('410', 'support', "A customer asked us to permanently delete their public template page. It's purged, no restore possible, but old links to it are all over blogs. What should those links return?", R410),
  w('410', 'nonnative', 'The owner delete the public showcase page on purpose and it is permanent, we will never restore it. Which code is correct for the old links?', R410),
  w('410', 'security', 'The public listing page for an integration we discontinued was removed deliberately and permanently. It was public, so there is nothing to hide about it having existed. 404 or 410?', R410),
  w('410', 'sre', 'legacy webhook receiver /hooks/v0 decommissioned permanently on purpose, no plans to bring it back, integrators keep posting to it. which one', R410),
  w('410', 'api', 'Confirming what the code should do: the public embed endpoint /embed/v1 was retired deliberately and for good, and it returns 404 today. What is the right code for it?', R410),

  // ---- knowledge ----
  k('api', "DevRel here, writing our error docs: what's the actual difference between 401 and 403, in one or two lines?", /authenticat|credential|identity|logged in|log in/i, 'RFC 9110 §15.5.2 vs §15.5.4: 401 = no valid credentials; 403 = understood and identified but refused'),
  k('sre', 'which rfc has the status code definitions now, is 7231 still the one', /9110/, 'RFC 9110 obsoletes RFC 7231 and defines HTTP semantics and status codes'),
  k('api', 'When our API returns a 401, is there a response header we are required to include?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('security', 'Is it acceptable per the spec to answer 404 for a document that does exist, to a user who is not allowed to see it?', /hid(e|ing)|conceal|exist/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden resource MAY respond 404'),
  k('support', "Customer asks: the API keeps giving 403 for one of their users. If their script just retries, will it eventually work?", /permission|access|role|scope|grant|admin|same credentials/i, 'RFC 9110 §15.5.4: client SHOULD NOT automatically repeat with the same credentials; seed: retry only after permissions change'),
  k('nonnative', 'The 404 and 410 responses, can a cache store them by default when there is no Cache-Control header?', /heuristic|\byes\b/i, 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable'),
  k('security', 'Which RFC 6750 error code goes together with a 403 for a bearer token?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', 'bearer token expired, per rfc 6750 what error value goes in the www-authenticate header', /invalid_token/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401'),
  k('sre', 'what does unauthorized in 401 actually mean, is it about perms or something else', /authenticat|credential|identity/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  k('nonnative', 'What is the difference between 404 and 410, in simple words please?', /permanen|intentional|deliberate|on purpose|for good|forever/i, 'RFC 9110 §15.5.11: 410 = intentionally removed and likely permanent; 404 says nothing about permanence'),
  k('support', "A customer's developer sends requests with no token at all. Should our 401 include an error code like invalid_token in that case?", /should ?n.?t|should not|no error|omit|leave (it )?out|without (an? )?error|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('sre', 'does a 404 tell the client if the thing is gone temporarily or permanently', /\bno\b|does ?n.?t|does not|not (say|tell|indicate|specify)|neither|410/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent'),
  k('support', "The customer's engineer wants the exact place in RFC 9110 where 403 Forbidden is defined for their ticket. Which section is it?", /15\.5\.4/, 'RFC 9110 §15.5.4 defines 403 Forbidden'),
  k('sre', 'whats the point of 410 vs just 404, who actually uses it', /link|crawler|search engine|index|maintenance|permanen/i, 'RFC 9110 §15.5.11: 410 assists web maintenance, asks that remote links be removed; seed: crawlers delist faster'),
  k('sre', 'after a 401 is the client allowed to retry the same request or is that it', /credential|authori[sz]ation|token|log ?in|sign ?in|re-?authenticat/i, 'RFC 9110 §15.5.2: the client MAY repeat the request with a new or replaced Authorization header field'),
];

export const UNSEEN13_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
