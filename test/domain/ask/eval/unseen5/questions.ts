import { type Draft, type EvalQuestion, k, open, w } from '../questions';

/**
 * Unseen set 5 for issue #13: the hard-but-fair end of real "403 or 404?" usage. Situations from many
 * domains (object storage, code hosting, Kubernetes, feature flags, paywalls, GDPR erasure, bans, CDNs and
 * WAFs, mTLS, service-to-service calls, URL shorteners, GraphQL and gRPC gateways), phrased the way people
 * type: pasted curl/log/JSON/nginx snippets, arguments between colleagues, wrong codes proposed, buried
 * facts, negations and hedges that flip the answer, shorthand, typos and second-language grammar.
 *
 * Written by an independent writer who has not read the parser (src/domain/ask, src/domain/knowledge), any
 * other question set, or run the product on these questions. Every label is one an HTTP expert would give
 * from RFC 9110, RFC 6750 and the seed. Do not edit a question or its label to make it pass.
 */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid credentials, and authentication is checked first → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401';
const R401S = 'RFC 9110 §15.5.2 + seed: an ended or invalidated session is no valid credential → 401, not 403';
const R403 = 'RFC 9110 §15.5.4 + seed: known caller, understood and refused (role, policy, plan, status) → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R403N = 'RFC 9110 §15.5.4 + seed: the request is refused for a reason that is not authentication (IP allowlist, WAF, geo) → 403';
const R403E = 'RFC 9110 §15.5.4 + seed: access denied and the resource\'s existence is no secret → 403';
const R404 = 'RFC 9110 §15.5.5 + seed: nothing at that URL (never existed, mistyped, wrong id) → 404';
const R404H = 'RFC 9110 §15.5.4 + seed: a server that wishes to hide the resource\'s existence from this caller answers 404';
const R404U = 'RFC 9110 §15.5.11: 410 only when the removal is known to be permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11 + seed: intentionally removed and known to be permanent → 410 (helps crawlers delist)';
const OPERM = 'RFC 9110 §15.5.11 vs §15.5.5: turns on whether the removal is known to be permanent (410) or not (404)';
const OHIDE = 'RFC 9110 §15.5.4: turns on whether the resource\'s existence must be hidden from this caller (404) or not (403)';

/** The deciding fact of an open question, in any reasonable wording. */
const PERMANENCE = /permanen|for good|forever|(come|coming|be|bring it) back|temporar|restor/i;
const HIDING = /hid(e|es|ing|den)|reveal|existen|leak|disclos|confirm|secret/i;

const QUESTIONS: readonly Draft[] = [
  // ── 401: no / invalid / expired / revoked / malformed credentials, ended sessions ──
  w('401', 'sre', 'curl -v https://api.internal/v2/orders\n> GET /v2/orders HTTP/1.1\n> Host: api.internal\n> User-Agent: curl/8.4.0\n> Accept: */*\n>\n< HTTP/1.1 403 Forbidden\n< Content-Type: application/json\nno Authorization header at all in that request. is 403 right or should it be something else', R401),
  w('401', 'api', 'is 401 correct here: the Bearer token\'s signature checks out fine but it expired 10 minutes ago', R401T),
  w('401', 'support', 'Customer says they rotated their API key yesterday, and an old integration of theirs still sends the old key, which we revoked at rotation. They see errors. What status should our API be giving that integration?', R401T),
  w('401', 'security', 'Session cookie belongs to a session the user ended with "log out on all devices". A request comes in later with that cookie for a page the user normally can see. 403?', R401S),
  w('401', 'nonnative', 'the token is expire since yesterday but user still have the permission in role table, we must send 403 or 401 ?', R401T),
  w('401', 'sre', 'k8s apiserver, kubectl using a serviceaccount token from an SA we deleted last week (token no longer valid). what code', R401T),
  w('401', 'api', 'Our frontend has a bug and sends the literal header "Authorization: Bearer undefined". Which status should the API answer to that?', R401T),
  w('401', 'security', 'JWT arrives with alg=none and we reject it as unsigned. 401 or 403', R401T),
  w('401', 'sre', 'graphql gateway rejects requests w/o an Authorization header before it even parses the query. which http status', R401),
  w('401', 'api', 'grpc-gateway question: backend returns codes.Unauthenticated, what HTTP status should the gateway map that to?', R401),
  w('401', 'nonnative', 'User put the wrong password in the basic auth popup. Server should answer which code please', R401),
  w('401', 'support', 'The customer disconnected our app from their Google account, which revoked the OAuth access token, but their script keeps calling us with that token. Should it get 403 or 404 or something else?', R401T),
  w('401', 'security', 'JWT aud claim says billing-api, request hits reports-api, so our validator rejects the token as not valid for this API. The user would have the right role in reports if the token were right. what status', R401T),
  w('401', 'sre', 'log line: level=warn msg="auth failed" reason="token not yet valid (nbf in future)" status=403 path=/v1/jobs client=batch-7\n-- clock skew on the client box. was 403 the right status to send?', R401T),
  w('401', 'nonnative', 'we have api key in header X-Api-Key, but this key is deleted by the customer admin. Is 403 correct for the request?', R401),
  w('401', 'api', 'service-to-service: the calling svc\'s client-credentials token arrives truncated (a proxy cut the header), so it doesnt parse. what should the callee return', R401T),
  w('401', 'support', 'User got logged out after 30 min idle (session timed out) and then clicked Save on a form. What should the Save request get back, 403?', R401S),
  w('401', 'security', '@bob says 403 because the token is expired and "expired means forbidden". I say 401. who\'s right', R401T),
  w('401', 'nonnative', 'request have no cookie and no token, the page is private dashboard of the company (everyone know it exist). which one, 403 or 404?', R401),
  w('401', 'api', 'Spec review: MUST the server respond 401 when the access token has been revoked, or is 403 acceptable there?', R401T),
  w('401', 'sre', 'after we rotated the jwt signing key every old token fails signature validation and grafana shows a wall of 403s. should those be 401s tbh', R401T),
  w('401', 'security', 'mTLS is fine at the TLS layer, but the bearer token inside the request was minted by our staging IdP, not prod, so the signature check fails. 401 or 403?', R401T),
  w('401', 'support', 'Customer: "I logged in on my phone, changed my password, and now my laptop gets an error." The laptop\'s session was invalidated by the password change. Which code should the laptop\'s requests get?', R401S),
  w('401', 'support', 'Customer pasted this response body: {"error":"invalid_token","error_description":"The access token expired"} and the HTTP status was 403. Is that status right?', R401T),

  // ── 403: known caller, no permission, existence no secret ──
  w('403', 'sre', 'new hire, SSO login works fine, but no billing-admin role yet, hits /billing/export. 403 or 404', R403),
  w('403', 'api', 'token has scope repo:read only, client does PUT /repos/x/contents/readme. RFC 6750 wise what do we send', R403S),
  w('403', 'support', 'Customer says their integration broke after they moved to a new datacenter. Our logs show "ip not allowed" for their new IP; the API key itself is valid. What status is correct for that?', R403N),
  w('403', 'security', 'k8s: serviceaccount ci-runner authenticates fine, tries to list secrets in kube-system, RBAC denies. what code should the apiserver give', R403),
  w('403', 'nonnative', 'User is login correctly but his plan is Free and the export feature is only in Pro plan (pricing page is public). which status?', R403E),
  w('403', 'sre', 'WAF rule 942100 (sqli) matched and the request is blocked at the edge. what status should the waf send, 403 or 404', R403N),
  w('403', 'api', 'gRPC PERMISSION_DENIED from the backend → which HTTP status at the grpc-gateway?', R403),
  w('403', 'security', 'mTLS: client cert verifies against our CA fine, but its CN (svc-reporting) isn\'t in the allowed callers list for /payments. status?', R403),
  w('403', 'support', 'A customer\'s account is suspended for non-payment. They can still log in (so they can pay), but every API call to create projects is refused. We send 404 for those now, is that right?', R403),
  w('403', 'nonnative', 'Our S3 bucket policy deny GetObject for this IAM role, the role credentials are valid. The bucket and key are known to them (they uploaded it). 403 or 404 here?', R403E),
  w('403', 'sre', 'public github-like repo, user isnt a collaborator, tries git push over https. 403 or 404?', R403E),
  w('403', 'api', 'The beta program for the new reports API is announced publicly in our changelog. A user not enrolled calls it with a valid token. 404 like we do for unknown routes, or?', R403E),
  w('403', 'security', 'user IS logged in but not in the "auditors" group; the audit log page is linked in everyone\'s nav so it is no secret. code?', R403E),
  w('403', 'nonnative', 'token is valid, not expired, but the scope is only "read" and they try DELETE. i think 401 because token is "not good enough"?', R403S),
  w('403', 'sre', 'new egress NAT ip of svc-payments not on the partner\'s allowlist, creds fine. what SHOULD the partner answer, 403 or 401', R403N),
  w('403', 'api', 'Admin panel at /admin is documented in our public self-hosting guide. A logged-in non-admin opens it. 403 or 404?', R403E),
  w('403', 'support', 'customer\'s teammate can open the project fine but Delete fails; they\'re a Viewer, and only admins can delete. what code should the delete call return', R403),
  w('403', 'security', 'user of org A calls /orgs/B/settings. org slugs are public (every org has a public profile page), so existence isn\'t secret. 403 or 404', R403E),
  w('403', 'nonnative', 'Video is not available in the country of the user because of our licensing contract (it is not a legal order), CDN geo restriction. Between 403 and 404 which one is right?', R403N),
  w('403', 'support', 'customer\'s api key is valid and the endpoint exists, but the key belongs to a sandbox project and sandbox keys can\'t call /live/payouts. 403 yeah?', R403),
  w('403', 'api', 'Is 401 correct for "authenticated but account is banned"? The credentials are still valid, we just refuse everything for banned accounts.', R403),
  w('403', 'security', 'kubernetes: alice authenticated via OIDC, her RoleBinding gives view in ns dev only, she runs kubectl delete pod in ns prod. what should the apiserver return', R403),
  w('403', 'support', 'Customer downgraded from Enterprise to Free when their trial ended. SSO still logs them in fine. The audit-log API (Enterprise only, listed on our pricing page) now answers them 404. Shouldn\'t it be 403?', R403E),
  w('403', 'nonnative', 'the service account have valid token, but our OPA policy say no for this action in this namespace. 401 or 403 ? colleague say 401', R403),
  w('403', 'sre', 'feature flag new-checkout is off for this tenant. endpoint is in the public api docs. tenant calls it, authenticated. 403 or 404', R403E),
  w('403', 'api', 'GET /users/42/email. The caller is authenticated and can see user 42\'s public profile (so 42 exists for them), but email is visible only to admins and to 42 themself. Caller is neither. which code', R403E),
  w('403', 'security', 'ip allowlist on the admin API: request comes from an office IP that is not on the list, with a valid admin token. 401 because "not authorized"?', R403N),
  w('403', 'support', 'Customer says "Forbidden" shows up since we removed the Editor role from their user last week, and asks if it\'s a bug. The role removal was intended. Is Forbidden the right response then?', R403),
  w('403', 'nonnative', 'client send correct token, but tenant_id in token is tenant-7 and url is /tenants/tenant-9/reports. tenant list is public in our marketplace. what code', R403E),
  w('403', 'sre', 'paywall: article exists and shows a teaser to everyone, full body only for subscribers. logged-in non-subscriber hits /api/articles/991/full. 403 or 404', R403E),
  w('403', 'security', 'Internal git hosting: the caller\'s token is fine and they ARE a member with write access, but main is protected and only maintainers may push to it. Direct push to main: 403 or 404?', R403),
  w('403', 'api', 'S2S: svc-reports calls svc-ledger with a valid client-credentials token, but svc-ledger only lets svc-billing call POST /entries. status for svc-reports?', R403),
  w('403', 'api', 'Our API returns {"error":"insufficient_scope","scope":"invoices:write"} with status 401. Wrong status?', R403S),

  // ── 404: never existed, mistyped, wrong id, hidden existence, removal not known permanent ──
  w('404', 'sre', '403 or 404 for private repo to non-member? we dont want to leak private repo names', R404H),
  w('404', 'api', 'GET /v1/orders/ord_9f2: that id was never issued. 404 yes? someone suggested 410', R404),
  w('404', 'support', 'Customer typed /acount/settings (missing a c) and gets an error page. What should the status code be?', R404),
  w('404', 'security', 'Admin routes must not be discoverable by normal users, we don\'t want to confirm that /internal/admin exists. A logged in normal user hits it. 403 or 404?', R404H),
  w('404', 'nonnative', 'we delete the blog post but maybe we bring it back later after edit, not sure. 404 or 410?', R404U),
  w('404', 'sre', 'product page for sku-8812 removed from catalog, not permanently, merch says it might return next season. 410?', R404U),
  w('404', 'api', 'Unreleased feature, its existence is confidential until launch. Users outside the flag call the endpoint. 403 would leak it. So?', R404H),
  w('404', 'security', 'multi-tenant: invoice ids are guessable and tenant A must not learn which of tenant B\'s invoice ids exist. A requests one of B\'s invoices. code?', R404H),
  w('404', 'support', 'Customer says the short link s.example/xK3 gives them an error. We checked: that code was never created, they probably mistyped it. Which status should it be?', R404),
  w('404', 'nonnative', 'user account is soft deleted, admin can restore it within 30 days. Someone open the profile URL. I think 410 Gone because deleted?', R404U),
  w('404', 'sre', 'gdpr erasure done for user 5521. legal says we must not confirm this person ever had an acct. GET /users/5521 → ?', R404H),
  w('404', 'api', 'is 403 correct here: the requested repo doesn\'t exist at all, and the caller is authenticated', R404),
  w('404', 'security', 'Bucket names are sensitive (they contain customer names). An authenticated user of another account requests our private bucket; we don\'t want to confirm the bucket exists. 403 or 404?', R404H),
  w('404', 'nonnative', 'The doc page was removed temporary during the migration, it come back next week. Which code in meantime, 404 or 410?', R404U),
  w('404', 'sre', 'GET /api/v3/widgets, no v3 ever existed, client is misconfigured. 404/410?', R404),
  w('404', 'support', 'Customer asks for order #A-1001 through our API with their valid key. That order belongs to a different customer, and our policy is to never confirm other customers\' order numbers. What code?', R404H),
  w('404', 'security', 'pentest finding: /api/users/{id} returns 403 for ids that exist and 404 for ones that dont, to users who cant see them. we want ids not enumerable. what should both cases return', R404H),
  w('404', 'nonnative', 'user ask /products/12345 but the id in DB is 1234, he copy paste wrong. status pls', R404),
  w('404', 'sre', 'feature flags: /beta/insights is hidden from non-beta users on purpose, we havent announced it. authenticated non-beta user hits it → 403 or 404', R404H),
  w('404', 'support', 'Customer says an old invoice link from an email no longer works. Finance archived that invoice PDF and would restore it if asked. What should the link return, 410?', R404U),
  w('404', 'api', 'k8s-style API: GET /namespaces/foo/widgets/bar. namespace foo exists, widget bar doesn\'t, and the caller has read on widgets in foo. code?', R404),
  w('404', 'nonnative', 'the page was unpublish by the author (it go back to draft), author can publish again any time. For visitors 404 or 410?', R404U),
  w('404', 'api', 'Presigned URL: signature valid, not expired, but the object key it points to was never uploaded (the upload failed). What should the storage answer?', R404),
  w('404', 'support', 'A user reports a 403 on a help-center article URL that has a typo in the slug. Our CDN returns 403 for unknown paths (S3 origin without ListBucket). What should a correct setup return for a mistyped URL?', R404),
  w('404', 'nonnative', 'Item is removed by the seller in our marketplace, we are not sure it is permanent. 410 or 404, which is correct?', R404U),
  w('404', 'sre', 'nginx:\n  location /legacy/ { return 410; }\nbut the legacy pages are only offline while we re-platform, theyll be back in Q3. is 410 right', R404U),
  w('404', 'security', 'Unless they\'re an admin, nobody should even know report R-77 exists. A logged-in analyst (not an admin) requests it. 403 or 404?', R404H),
  w('404', 'sre', 'nginx:\n  location /internal/ { allow 10.0.0.0/8; deny all; }\noutsiders get 403 from that. we\'d rather the internet not learn /internal exists at all. what should outsiders get', R404H),

  // ── 410: intentionally removed and known to be permanent ──
  w('410', 'support', 'Merch team asks me: the discontinued product\'s page was removed on purpose, for good, it\'s never coming back. Should it say 404 or 410?', R410),
  w('410', 'api', 'API v1 was sunset on 2024-01-01 as announced in the Sunset header for a year, and it is permanently shut off. What should calls to /v1/* get?', R410),
  w('410', 'support', 'Customer asks why their bookmarked blog post says Not Found. We deleted that post deliberately, for good, no backups. What status should it ideally send?', R410),
  w('410', 'security', 'abuse team permanently disabled a phishing short link s.example/a9Z, it will never be reactivated. what should the short link return', R410),
  w('410', 'nonnative', 'we remove the old campaign page on purpose and it never come back. google still crawl it. 404 or 410 is better?', R410),
  w('410', 'sre', 'short links on the free plan expire after 30 days by design and can never be reactivated. expired link requested → status?', R410),
  w('410', 'api', 'GDPR erasure of the public profile /u/jdoe: erased permanently, and we are fine saying a profile used to be there. 404 or 410?', R410),
  w('410', 'support', 'A customer\'s shop retired a product for good (discontinued, SKU retired, never to be restocked). Their SEO consultant asks which status the product URL should give.', R410),
  w('410', 'security', 'we removed /api/export/legacy on purpose b/c it leaked data. its gone forever and its existence is public (old docs mention it). code?', R410),
  w('410', 'nonnative', 'The webinar recording was deleted intentionally and permanently, we have no copy anymore. It is not secret that it existed. Which code?', R410),
  w('410', 'sre', '@alice wants 404 for the retired /reports/v2 endpoints, I want 410. they were retired deliberately, permanently, announced months ago. who\'s right', R410),
  w('410', 'support', 'Docs page for a product we killed: the page was deleted on purpose, there is no replacement page, and it will never return. 404 or 410?', R410),
  w('410', 'support', 'A user asks about a forum thread that moderators permanently purged (not hidden: purged, cannot be restored). The thread was public. What should its URL return?', R410),
  w('410', 'support', 'The shared doc was permanently deleted by its owner (trash emptied, unrecoverable). The link had been public. 410?', R410),
  w('410', 'nonnative', 'old API endpoint /v0/search is removed for ever, we announced the deprecation one year ago. what status now please', R410),
  w('410', 'sre', 's3 static site: we deleted /promo-2019/* deliberately and permanently and want google to drop those urls fast. which code should cloudfront serve for them', R410),
  w('410', 'api', 'A tenant was deprovisioned (contract ended, all data destroyed per policy, permanent). Their public status page status.example.com/acme: 404 or 410?', R410),
  w('410', 'support', 'Customer wants their listing page to stop showing in Google; the listing is deleted for good at their request. Which status should the old URL send?', R410),

  // ── open: the deciding fact is not stated ──
  open('api', 'A user of tenant A requests tenant B\'s invoice by id. 403 or 404?', HIDING, OHIDE),
  open('sre', 'we removed /pricing-old. 404 or 410', PERMANENCE, OPERM),
  open('support', 'A customer\'s product page was taken off our catalog. What code should that URL give now?', PERMANENCE, OPERM),
  open('security', 'An authenticated user requests a project page of a project they aren\'t a member of. 403 or 404?', HIDING, OHIDE),
  open('nonnative', 'feature is behind flag, user is not in the rollout but he is logged in. return 403 or 404 for him?', HIDING, OHIDE),
  open('api', 'Blog post deleted by its author. 404 or 410 for the slug?', PERMANENCE, OPERM),
  open('sre', 'logged in non-admin hits /admin. 403 or 404', HIDING, OHIDE),
  open('nonnative', 'the S3 object of the report was deleted, what we answer for the report url, 404 or 410?', PERMANENCE, OPERM),
  open('security', 'GDPR: we erased a user\'s data. Requests to their old profile URL: 404 or 410?', /hid(e|es|ing|den)|reveal|existen|leak|disclos|confirm|secret|privacy/i, 'RFC 9110 §15.5.11/§15.5.4: erasure is permanent, so it turns on whether confirming the account ever existed is acceptable (410) or must be avoided (404)'),

  // ── knowledge ──
  k('sre', 'whats the actual diff between 401 and 403, one line pls', /(authenticat|credential|log(ged)? ?in)[\s\S]*(permission|authori[sz]|refus|forbid|not allowed)|(permission|authori[sz]|refus|forbid|not allowed)[\s\S]*(authenticat|credential|log(ged)? ?in)/i, 'RFC 9110 §15.5.2/§15.5.4 + seed: 401 = missing or invalid credentials; 403 = known caller refused'),
  k('api', 'Does RFC 9110 require a WWW-Authenticate header on every 401?', /\bmust\b|requir|mandatory/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('support', 'A customer keeps getting 403 Forbidden. Should I tell them to log out and log back in?', /won'?t help|will not help|doesn'?t help|does not help|not help|no use|permission|role|admin/i, 'Seed: 403 — re-authenticating will not change the outcome; users should contact an administrator'),
  k('security', 'why would a server answer 404 for a resource that actually exists?', /hid(e|es|ing|den)|reveal|leak|disclos|existence|enumerat|secret|conceal/i, 'RFC 9110 §15.5.4 + seed: 404 may be used to hide the existence of a forbidden resource'),
  k('nonnative', 'what is different between 404 and 410 ? both say not there no?', /permanen|for good|forever|no longer|not coming back|won'?t come back|intentional/i, 'RFC 9110 §15.5.11: 410 says the removal is intentional and expected to be permanent; 404 says nothing about that'),
  k('sre', 'is a 404 cacheable by default', /heuristic|Cache-Control|max-age|explicit|freshness/i, 'RFC 9110 §15.5.5: 404 is heuristically cacheable unless otherwise indicated; seed: cached when Cache-Control allows'),
  k('nonnative', '410 response can be cached or not?', /heuristic|Cache-Control|max-age|explicit|freshness|\byes\b/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('security', 'Are 403s cached by CDNs or browsers by default?', /not (heuristically )?cache|n'?t (be )?cache|per[- ]request|uncache|explicit|Cache-Control|max-age/i, 'Seed: 403 not cached, permission checks are per request; RFC 9111/9110: 403 is not heuristically cacheable'),
  k('nonnative', 'what means soft 404, why it is bad?', /\b200\b/, 'Seed: a soft 404 returns 200 with "page not found" content, and search engines treat it as an indexed page'),
  k('sre', 'does returning 410 instead of 404 actually make google drop pages faster or is that a myth', /delist|de-?index|remov\w* (it |them |pages? )?from (the |its )?index|faster|sooner|quicker/i, 'Seed: 410 Gone helps crawlers delist faster'),
  k('api', 'RFC 6750: which HTTP status goes with error="insufficient_scope"?', /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('security', 'RFC 6750 invalid_token: what status code, and which cases does it cover?', /401/, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, invalid) → 401'),
  k('sre', '6750 invalid_request maps to which status', /400/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('api', 'RFC 7231 vs RFC 9110 for 403/404: which one should our API guidelines cite?', /9110[\s\S]*(obsolet|replac|supersed|current|newer|latest)|(obsolet|replac|supersed)[\s\S]*(7231|9110)/i, 'RFC 9110 obsoletes RFC 7231 (and RFC 7230–7235)'),
  k('support', 'A customer quotes RFC 2616 for status codes from an old blog post. Is RFC 2616 still the current spec?', /obsolet|replac|supersed|9110|no longer|not current|outdated/i, 'RFC 2616 was obsoleted by RFC 7230–7235 and those by RFC 9110'),
  k('security', 'Where in RFC 9110 is a server allowed to send 404 instead of 403?', /15\.5\.4|15\.5\.5|hid(e|ing)|conceal|existence|not (wish|want) to (reveal|disclose)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404'),
  k('nonnative', 'if the client sent credentials and get 403, means the credentials are wrong?', /insufficient|not (enough|sufficient)|permission|not wrong|are (fine|ok|valid)|re-?authenticat|same credentials/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient to grant access'),
  k('sre', 'can a WAF legitimately send 403 even when theres no auth involved at all', /\byes\b|any reason|unrelated|not (only|just|necessarily)|refus/i, 'RFC 9110 §15.5.4: 403 means the server understood the request but refuses it; credentials are only one possible reason'),
  k('api', 'After a 403, may a client automatically repeat the request with the same credentials, per RFC 9110?', /should ?n[o']t|not (automatically )?(repeat|retry)|\bno\b|do ?n[o']t/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('security', 'what should the WWW-Authenticate header look like when a bearer token is expired', /invalid_token/i, 'RFC 6750 §3.1: WWW-Authenticate: Bearer error="invalid_token" for an expired token'),
  k('support', 'A user asks why their request was refused with "insufficient_scope". What does that mean in plain words?', /privileg|permission|more (access|scope)|grant|allow|cover|new token|re-?(authori|consent)|higher/i, 'RFC 6750 §3.1: the token does not carry the privileges the request needs'),
  k('nonnative', 'for a method the resource never support (POST on read-only endpoint, for everybody) we send 403. Is correct?', /405|Method Not Allowed/i, 'RFC 9110 §15.5.6: a method the target resource does not support at all → 405, not a permission refusal'),
  k('sre', 'why is 401 called Unauthorized if its really about authn', /authenticat|misnomer|historical/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  k('api', 'What should a client with link-editing capabilities do when it gets a 410?', /remov|delet|drop|purg/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI'),
  k('security', 'MUST a server send 410 for every permanently removed resource?', /not (necessary|required|mandatory)|n'?t (necessary|required|have to|need)|optional|\bmay\b|404 is (fine|ok|acceptable|allowed)|\bno\b/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone'),
  k('support', 'How long do we have to keep answering 410 for a deleted page before we may switch to 404?', /discretion|(any|no) (particular|specific|fixed|set|required|minimum) ?(length|period|time|duration)|up to (you|the (server|owner|site))|not (necessary|required)|no (rule|requirement)|as long as/i, 'RFC 9110 §15.5.11: no need to keep the mark for any length of time; at the server owner\'s discretion'),
  k('nonnative', 'our monitor show big 403 spike after the deploy. usually what is the cause?', /RBAC|role|scope|allowlist|tenant|policy|permission/i, 'Seed: 403s indicate RBAC policy mismatches, tenant isolation violations, missing scopes, IP allowlists'),
  k('sre', 'theres always some 404s in prod. when are they actually worth paging on', /spike|sudden|deploy|regression|pattern|(were|was|used to be|previously) (recently )?200|redirect|routing/i, 'Seed: alert on sudden 404 spikes, URLs that were recently 200, systematic patterns'),
  k('api', 'Our CDN cached a 404 for a page before it was published. The page exists now but users still see 404. Why?', /max-age|Cache-Control|TTL|negative|s-maxage|purg|heuristic/i, 'Seed + RFC 9110 §15.5.5: 404 may be cached (Cache-Control max-age, heuristics); careful with CDN 404 caching on dynamic routes'),
  k('security', 'If /users/{id} gives 403 for existing ids and 404 for unknown ones to an outsider, what is the risk?', /enumerat|reveal|leak|disclos|probe|discover|confirm|tells? (them|the attacker|an attacker|outsiders?)/i, 'RFC 9110 §15.5.4 + seed: the difference discloses which resources exist'),
  k('support', 'Why does the browser show a login popup for some error pages and not others?', /WWW-Authenticate|Basic|401/i, 'RFC 9110 §15.5.2/§11.6.1: a 401 with a WWW-Authenticate challenge (e.g. Basic) makes the browser ask for credentials'),
  k('nonnative', 'if we hide a resource with 404, can the body say "no access" or it must be like a real not found?', /identical|indistinguish|same|consistent|can'?t tell|cannot tell|no difference|as if|must not|should ?n[o']t/i, 'RFC 9110 §15.5.4: hiding existence only works when the 404 cannot be told apart from a real one'),
  k('security', 'For a request with no token at all, should the WWW-Authenticate header carry error="invalid_token"?', /should ?n[o']t|no error|without (an |any )?error|omit|not include|just (the )?(challenge|Bearer|realm)|\bno\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('support', 'A customer\'s script keeps retrying when it gets a 404. Should clients auto-retry 404s?', /\bno\b|should ?n[o']t|do ?n[o']t|surface|stop/i, 'Seed: no automatic retry on 404; surface the error'),
  k('api', 'Should an automated client keep retrying a 403?', /\bno\b|should ?n[o']t|do ?n[o']t|stop|permission|surface|administrator/i, 'Seed: automated clients should surface the error and stop retrying; retry only after a permission change'),
  k('nonnative', 'what 401 mean exactly?', /authenticat|credential|log ?in|identif/i, 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource'),
  k('support', 'What is the difference between 403 and 404, in plain words I can tell a customer?', /(permission|allowed|forbid|refus|access)[\s\S]*(not found|no (such )?(resource|page)|can'?t (be )?f(i|ou)nd|cannot (be )?f(i|ou)nd|does ?n[o']t exist|nothing)|(not found|no (such )?(resource|page)|can'?t (be )?f(i|ou)nd|cannot (be )?f(i|ou)nd|does ?n[o']t exist|nothing)[\s\S]*(permission|allowed|forbid|refus|access)/i, 'Seed: 403 = Forbidden (no permission), 404 = Not Found (nothing at that URL)'),
  k('security', 'if we answer 403, do we effectively confirm the resource exists?', /\byes\b|implies|reveal|leak|404|disclos/i, 'RFC 9110 §15.5.4 + seed: 403 tells the caller the resource exists; use 404 to hide it'),
  k('sre', 'does a 404 tell the client the thing never existed', /\bno\b|not necessarily|does ?n[o']t|ever existed|may have|might have|deleted|removed|whether/i, 'Seed + RFC 9110 §15.5.5: 404 does not indicate whether the resource ever existed or might exist later'),
  k('api', 'For an insufficient_scope 403, what else should the response include per RFC 6750?', /WWW-Authenticate|scope=|scope attribute|"scope"|(necessary|required|needed) scope|scopes? (needed|required|necessary)/i, 'RFC 6750 §3.1: WWW-Authenticate with error="insufficient_scope", and MAY include the scope attribute needed'),
  k('nonnative', 'after we send 410 for a url, can the same url come back later?', /permanen|404|should ?n[o']t|not expected|is ?n[o']t expected|not (supposed|meant)/i, 'RFC 9110 §15.5.11: 410 says the condition is expected to be permanent; if it may return, use 404'),
  k('security', 'Is returning 404 instead of 403 "security through obscurity" that the RFC disallows?', /\ballow|permit|\bmay\b|explicit|15\.5\.4|legitimate|acceptable/i, 'RFC 9110 §15.5.4: the RFC explicitly lets a server hide a forbidden resource\'s existence with 404'),
];

export const UNSEEN5_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
