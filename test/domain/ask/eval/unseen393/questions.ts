import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 393, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a university research-computing cluster portal (HPC allocations, project groups, expired SSH certificates and API tokens, purged scratch storage, other groups\' jobs, retired queues), asked by sysadmins and PhD students, many writing English as a second language. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (none sent, expired, revoked, rotated, or unverifiable); RFC 6750 §3.1 invalid_token maps to 401 with a WWW-Authenticate challenge.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses to authorize it; existence is not secret, and re-authenticating with the same credentials will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope — the bearer token is valid but lacks the scope the request needs, so 403 (RFC 9110 §15.5.4).';
const R404 = 'RFC 9110 §15.5.5: the origin server has no current representation for the target resource — it never existed / wrong identifier.';
const R404H = 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5 and §15.5.11: if the server does not know (or has not decided) whether the removal is permanent, 404 should be used; 410 only when it is known to be permanent.';
const R410 = 'RFC 9110 §15.5.11: the target resource was intentionally removed and the condition is expected to be permanent, so 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'portal api still returning 200 for a token that expired 3 days ago?? fixing now. what should /api/allocations return w/ an expired api token, 401 or 403', R401),
  w('401', 'nonnative', 'Hello, our cluster CLI is login to the portal REST API with the short-lived SSH certificate of the user (valid only 24h). When the certificate is expired and user call /api/jobs, which status we should give? My colleague say 403 because the user name is known from the cert.', R401),
  w('401', 'security', 'finding HPC-SEC-12: tokens of offboarded phd students are revoked in the IdP but the job-submit endpoint keeps accepting them until the cache refresh. after the fix, what status should a request carrying a revoked token get', R401),
  w('401', 'support', 'Ticket from a postdoc: she logged out of the cluster portal at 5pm, and next morning the dashboard tab she left open polls /api/usage with the old session cookie. The session was ended server side at logout, so the cookie is not valid anymore. She sees "Forbidden" and is confused. Is 403 right here or should it be something else?', R401),
  w('401', 'api', 'job-submission api receives a Bearer JWT whose signature doesnt verify against our keys (someone edited the payload to add group=admins). what do we send back', R401),
  w('401', 'security', 'after a project group API token was leaked on github the admins rotated it. a student cron script still sends the old token, so it has no valid credentials now. which status should the portal return to that script', R401),
  w('401', 'sre', 'request to /api/storage/quota with no Authorization header at all, no cookie, no cert, nothing. code pls', R401),
  w('401', 'api', 'token is signed with a kid that isnt in our JWKS anymore (old IdP from before the migration) so we cant validate it at all. 401 or 403 for that call to /projects', R401),

  // ---- 403 ----
  w('403', 'api', 'authenticated phd student calls DELETE /jobs/8812345 to cancel a job owned by another group. the job list is public on the cluster (everyone can see all jobs in the queue), so nothing to hide, the student just isnt allowed to cancel it. which one', R403),
  w('403', 'sre', 'valid token, scope only jobs:read, client tries POST /jobs to submit. insufficient_scope. status?', R403S),
  w('403', 'nonnative', 'The student account is suspended by admin because he was mining crypto on the GPU nodes. He login with correct password and MFA, his token is valid, but we dont allow him to submit jobs anymore. Which code? Not 401 I think because the login is ok?', R403),
  w('403', 'security', 'pentest note: admin endpoints of the research-computing portal (/admin/allocations) must only be reachable from campus VPN ranges. an admin with a valid session coming from a home IP outside the allowlist currently gets 200. the endpoint is documented and well known. what should it return', R403),
  w('403', 'support', 'Ticket: PhD student in project group "astro-sim" (role: member) tries to add a new person to the group through the portal. Only the PI role can change membership. The group and its member list are visible to all members, nothing secret. The student is logged in fine. A colleague suggests 401, thoughts?', R403),
  w('403', 'sre', 'user from grp bio-lab, logged in, tries PUT on /storage/projects/geo-hydro/ which is another groups project dir. project dir names are public in the portal listing, no secret. just no write perm for him. code?', R403),
  w('403', 'api', 'student project has a cpu-only allocation and submits to the gpu-a100 partition, which needs a GPU allocation. the partition is listed publicly in the docs and the user authenticated ok. response for that POST /jobs', R403),
  w('403', 'nonnative', 'External collaborator from other university have a valid account and is authenticated. He try to download a dataset which is export-controlled, only for our university staff. The dataset page is public in our catalog, everybody can see that it exist. What we must return for the download?', R403),
  w('403', 'security', 'user re-logged in with fresh MFA and still cant open the allocation approval page because he is not a committee member. a dev proposes returning 401 to "force a re-login". the page is not secret. correct response?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /api/jobs/99999999 — that job id was never assigned, scheduler counter is only at 8.9M. what do we return', R404),
  w('404', 'nonnative', 'Student request /projects/chem-2024-071 but his real project is chem-2024-017, he swapped the numbers. There is no project chem-2024-071, never was. Which status code is correct?', R404),
  w('404', 'support', 'User keeps asking the portal for the allocation report of queue "gpu-xxl". We never had a queue with that name. It is not retired, it simply never existed. What should the portal answer with?', R404),
  w('404', 'api', 'GET /api/users/me/tokens/tok_7fa3 -- no token with that id was ever issued to anyone, probably a copy paste typo. caller is authenticated fine. response?', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'project groups for clinical-data research are confidential: non-members must not even be able to confirm that such a project exists. a logged-in grad student from physics requests /projects/clin-onco-07, which does exist. what should the portal return', R404H),
  w('404', 'api', 'policy: other groups job ids are confidential, users must not learn whether a given job id belongs to someone else. an authenticated user GETs /jobs/8812001, which is another groups running job. 403 or 404', R404H),
  w('404', 'nonnative', 'On our cluster the scratch directory names show the thesis topic of students, so we decided to not reveal to other users which directories exist. A logged user ask /scratch/mkowalski/ which exist but is not his. What response is correct, 403 or some other?', R404H),
  w('404', 'support', 'We host an allocation for an industry partner under NDA; the contract says we cannot even confirm to outsiders that the project exists. A user from another group (authenticated) hits /projects/partner-x/usage, and it really exists. Which code so we dont leak it?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'scratch purge moved /scratch/jli/run42 into quarantine, restorable for 30 days if the user opens a ticket. path no longer there. someone says 410, i say 404. which', R404U),
  w('404', 'support', 'The "bigmem" queue was taken offline while the vendor replaces the boards, and its page /queues/bigmem was removed from the portal. Management has not decided yet whether it comes back or gets retired for good. What should GET /queues/bigmem return meanwhile?', R404U),
  w('404', 'nonnative', 'PI archived the project "neuro-2019", so it is removed from portal now. The committee not yet decided if it will be deleted forever or restored when the new grant come. What code for /projects/neuro-2019 in the meantime?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'queue legacy-ib retired for good, nodes scrapped last month, nothing will ever use that name again. /api/queues/legacy-ib status code?', R410),
  w('410', 'support', 'User asks for her old file through the portal download link. Our scratch policy deletes files older than 90 days on purpose and scratch has no backup, so the file is gone permanently and cannot be restored. What should the link return?', R410),
  w('410', 'api', 'we shut down /api/v1/* permanently on 1 march, v1 will not come back, everyone was told to move to v2. what do v1 calls get now', R410),
  w('410', 'nonnative', 'Project group "climate-old" was closed when the grant finished, all data deleted by policy on purpose, it will never be restored. People still have links to its page. Which code we answer?', R410),
  w('410', 'security', 'after the CA key incident we deliberately and permanently removed the old ssh cert-signing endpoint /ca/v1/sign; the new flow is /ca/v2 and v1 will never be re-enabled. scanners still hit v1. what should it return', R410),
  w('410', 'sre', 'docs pages for the retired hpc2015 cluster were removed intentionally, cluster decommissioned for good, crawlers still hitting /docs/hpc2015/*. what code', R410),
  w('410', 'support', 'The software module page "matlab-r2016a" was removed from our module catalog on purpose because the license ended; it will not be offered again, ever. Users still open old links to it. What status should that page give now?', R410),

  // ---- knowledge ----
  k('api', '401 from our portal api — which response header is mandatory on it', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('nonnative', 'If a student get 403 from the portal, will it help when he logout and login again with the same account?', /^\W*no\b|\b(not|won'?t|doesn'?t|will not|wouldn'?t|cannot|can'?t|unlikely)\b[^.]{0,60}\b(help|fix|chang|resolv|work|matter|grant)/i, 'RFC 9110 §15.5.4: with 403 the credentials are considered insufficient; the client SHOULD NOT repeat with the same credentials — re-authenticating as the same user will not help.'),
  k('security', 'is it ok per the RFC for the portal to return 404 instead of 403 for a forbidden project page, and why would we', /hid(e|es|ing|den)?\b|conceal|existence|(not|without) (reveal|disclos|confirm|leak)/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target resource MAY respond 404 instead.'),
  k('sre', 'does a 404 tell the client whether the thing is gone for good or just temporarily', /(not|n't|no)\s+(\w+\s+){0,3}(indicat|say|tell|specif|distinguish|signal|convey|imply|guarantee|promise|reveal)\w*[^.]{0,80}(temporar|permanen)|temporar\w*\W+(or|nor|vs\.?|versus)\W+permanen|permanen\w*\W+(or|nor|vs\.?|versus)\W+temporar|no indication/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('support', 'what does a 410 tell search engines and people who bookmarked our docs pages for retired queues', /(remov|delet|drop|purg|de-?index|delist|unlink|forget|clean)\w*[^.]{0,80}(link|reference|bookmark|index|url)|(link|reference|bookmark|index|url)\w*[^.]{0,80}(remov|delet|drop|purg|delist|de-?index)|permanent/i, 'RFC 9110 §15.5.11: 410 signals intentional, permanent removal; recipients with link-editing capabilities should delete references to the URI.'),
  k('sre', 'can a cache or cdn store a 403 heuristically (no cache-control at all) the same way it can a 404', /\b(no|not|isn'?t|cannot|can'?t)\b[^.]{0,60}(heuristic|by default|without)|only\b[^.]{0,40}(explicit|cache-control|max-age|expires|freshness)/i, 'RFC 9110 §15.1: 404 and 410 are heuristically cacheable by default; 403 is not, and is cached only with explicit freshness information.'),
  k('api', 'RFC 6750: bearer token is valid but lacks the scope needed for job submission. which error code goes in WWW-Authenticate and which http status', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, which SHOULD be answered with 403 (Forbidden).'),
  k('security', 'RFC 6750 error=invalid_token on our portal api — which http status goes with it', /\b401\b/, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) SHOULD be answered with 401.'),
  k('api', 'RFC 6750 error invalid_request (missing parameter, token sent two ways at once etc) — which status code', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 (Bad Request).'),
  k('nonnative', 'Which RFC is now the current one for the HTTP status codes 401 and 403? Our cluster docs still cite RFC 7231 and RFC 7235, is it still ok?', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235 and is the current definition of these status codes.'),
  k('support', 'is the portal allowed to explain in a 403 response body why the request was refused, e.g. "your allocation has expired"', /\byes\b|\b(may|can|allowed to|permitted to|free to)\s+(?!not\b)(\w+\s+){0,3}(explain|describ|includ|stat|giv|say|tell|provid)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('security', 'what does RFC 9110 say to use when the server does not know whether a resources removal is permanent — 404 or 410', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the condition is permanent, 404 (Not Found) ought to be used instead of 410.'),
  k('nonnative', 'What really means 401 Unauthorized? Is it about the permission of the user or something other?', /authenticat|credential|not logged in|log ?in|identity/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials for the target resource; missing permission is 403.'),
  k('security', 'bearer token api on the cluster portal: which auth-scheme name goes in the WWW-Authenticate challenge of our 401s', /\bBearer\b/i, 'RFC 6750 §3: resource servers using bearer tokens send WWW-Authenticate with the "Bearer" auth-scheme (with optional realm, scope, error attributes).'),
  k('support', 'do we have to keep returning 410 for the retired queue urls forever, or can we stop at some point', /^\W*no\b|\bnot (required|necessary|needed|obliged|mandatory|obligated)|discretion|up to (you|the|us|your)|don'?t have to|do not have to|need not|needn'?t/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner\'s discretion.'),
];

export const UNSEEN393_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
