import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 40, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a cloud object-storage and CDN provider — buckets, signed URLs, access keys, lifecycle rules, customer dashboards, abuse takedowns. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target → 401 with WWW-Authenticate';
const R401SIG = 'RFC 9110 §15.5.2: credentials were sent but rejected (bad signature / unknown key) → 401';
const R401T = 'RFC 6750 §3.1: expired or revoked token is invalid_token → 401';
const R401NONE = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: no credentials at all → 401, challenge without an error code';
const R403 = 'RFC 9110 §15.5.4: caller is known, server understood and refuses; re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: valid token lacking the required scope is insufficient_scope → 403';
const R403P = 'RFC 9110 §15.5.4: refusal by policy/plan/network rule with existence not secret → 403';
const R404 = 'RFC 9110 §15.5.5: origin found no current representation for the target → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wants to hide a forbidden resource from this caller may answer 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: removal not known to be permanent → 404, not 410';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', 'presigned GET on edge failing w/ SignatureDoesNotMatch, cust rotated their secret key yesterday and the url was still signed w/ the old one. what do we send back', R401SIG),
  w('401', 'api', 'Our PutObject endpoint gets a request carrying neither an Authorization header nor any signature query parameters. The bucket name is in the customer\'s public docs so there is nothing to hide about it. Which status should the API return?', R401NONE),
  w('401', 'support', 'Customer says their nightly backup job started failing this morning. Turns out their org admin deactivated the access key the script uses after an offboarding, and the script keeps sending it. They want to know what error they *should* be seeing from us.', R401T),
  w('401', 'security', 'The dashboard\'s SSO bearer token expired an hour ago but the CLI keeps presenting it to the storage API. Per RFC 6750, what status is correct here?', R401T),
  w('401', 'nonnative', 'Customer is sending request with access key id AKXX99 which not exist in our system at all, never was created. Which code we should return for this, please?', R401SIG),
  w('401', 'sre', `cdn edge logs full of these since 14:02:
  GET /media-prod/v/intro.mp4?X-Expires=1718000000&X-Signature=9f3c... -> currently 403 "Request has expired"
the expiry on the signed url is in the past, signature itself checks out. colleague says 403 is fine b/c "it was signed properly". i think the creds are just dead. correct response?`, R401T),
  w('401', 'api', '401 or 403 when an origin-pull request from our CDN arrives at the customer-facing origin shield without the shared origin token header at all?', R401NONE),
  w('401', 'nonnative', 'In dashboard the session cookie is expire after 12 hour. User click "download usage report" after that, so the cookie is not valid anymore. What the backend must answer?', R401),
  w('401', 'security', 'We revoked an API key after it leaked in a public GitHub repo and the attacker is still calling ListBuckets with it. Someone wants to answer 403 to "punish" them. What is the protocol-correct status for a revoked key?', R401T),

  // ---- 403 ×10
  w('403', 'sre', 'read-only key trying DeleteObject on a bucket in its own acct, key is valid and sig ok. code pls', R403),
  w('403', 'api', 'An OAuth token with only the storage.objects.read scope is used to call PUT /v2/buckets/{b}/objects/{key}. The token itself is valid and not expired. What should the gateway return?', R403S),
  w('403', 'support', 'A customer on the free tier is logged in and tried to attach a custom domain to their CDN distribution, which is a Pro-only feature. We advertise the feature on the pricing page so there\'s no secret. Which status should the API give them?', R403P),
  w('403', 'security', 'A bucket policy restricts access to the 10.20.0.0/16 range. A correctly signed request with valid keys comes in from a public IP outside that range. The bucket owner obviously knows the bucket exists. Which code?', R403P),
  w('403', 'nonnative', 'Our team member has viewer role in the dashboard and he try to edit a lifecycle rule on bucket. He is logged in correctly, the token is fine. Which one is right for this?', R403),
  w('403', 'sre', `ok so bucket policy on static-site-assets has an explicit Deny for principal arn:svc:iam::4412:role/ci-deployer, ci role authenticates fine. log:
  2024-06-10T09:12:44Z authz=deny reason=explicit_deny principal=ci-deployer bucket=static-site-assets op=PutObject
dave says we should return 404 to be safe but this bucket is literally the public website bucket, its name is in every html page, we dont care if people know it exists. today the code returns 500 lol`, R403P),
  w('403', 'api', 'Tenant A\'s authenticated service account requests an object in tenant B\'s bucket. Bucket names are globally unique and publicly resolvable through DNS anyway, so existence is not confidential. Correct response?', R403),
  w('403', 'support', 'Customer\'s key is valid and they can read everything, but their org\'s admin applied an organisation policy that forbids deleting objects in eu-west. The user insists logging out and back in should fix it. It won\'t — but what code should they be getting?', R403P),
  w('403', 'nonnative', 'The account is suspended because the invoices are not paid since two months. The user can still login to dashboard normally but we block all uploads to the buckets. What status is correct for the upload?', R403P),
  w('403', 'security', 'Credentials verify fine, but the key\'s attached policy only allows GetObject under the reports/ prefix and the request is for invoices/2024-05.pdf in the same bucket. The key holder already knows that prefix exists. 401 or 403?', R403),

  // ---- 404 ×10
  w('404', 'sre', 'GET /brand-assets/img/logo.pgn on the cdn, typo, that key never existed. what do we return', R404),
  w('404', 'api', 'What status should HeadBucket return for a bucket name that has never been created by anyone?', R404),
  w('404', 'support', 'Customer says a file vanished from their versioned bucket. It has a delete marker on top, and the previous version is still there and they might restore it later — they haven\'t decided. What should a GET on the key return in the meantime?', R404U),
  w('404', 'security', 'An authenticated user from account 7781 requests a private bucket owned by a different customer. Policy is that we must not reveal to outsiders whether another customer\'s private bucket exists. Which code do we send?', R404H),
  w('404', 'nonnative', 'Object was deleted by customer but maybe they upload again with the same key next week, we are not sure it is gone forever. Should we return 410 or something other?', R404U),
  w('404', 'sre', `customer key hitting /ops-internal-backups/ — thats our own infra bucket, name must not leak to customers (it tells ppl what tooling we run). request is properly signed, key is fine, just not ours obv. currently returning AccessDenied w/ the bucket name in the body 😬 what should the svc send`, R404H),
  w('404', 'api', 'GetObject is called with a versionId that does not exist for that key (the key itself exists with other versions). What status should the response carry?', R404),
  w('404', 'support', 'A customer\'s file was pulled by our abuse team while they review a report. It might come back if the report turns out to be bogus, nothing is final yet. What should visitors hitting the CDN URL get?', R404U),
  w('404', 'sre', 'cust generated a presigned GET, sig valid & not expired, but the upload that was supposed to create the object failed so the key isnt there. response?', R404),
  w('404', 'nonnative', 'User open the share link /s/q8Zr2k in dashboard but this share id was never generated by anybody, maybe he copied wrong. Which code is correct?', R404),

  // ---- 410 ×6
  w('410', 'sre', 'cust closed their acct last month, all data purged per retention policy, killed for good, those urls will never come back. cdn still getting hits on them. what code', R410),
  w('410', 'api', 'We decommissioned the /v1/download endpoint on purpose and permanently — it will never be brought back and everyone was migrated to v2. What should calls to it return now?', R410),
  w('410', 'support', 'The abuse team took down a phishing kit hosted in a customer bucket and deleted it permanently — every version purged, it is never coming back. A security vendor asks what status that URL should give so their scanners stop flagging it.', R410),
  w('410', 'nonnative', 'A user has revoked his public share link on purpose and our product promise that revoked links never work again, forever. What is the good status for people who open this link?', R410),
  w('410', 'security', 'A lifecycle rule expired objects under tmp/ in an unversioned bucket, exactly as the customer configured it. Deletion is intentional and irreversible. What should a later request for one of those keys return if we track that they were expired?', R410),
  w('410', 'api', 'A customer retired their static marketing site for good, deleted the distribution and asked us to tell search engines the pages are permanently gone so they drop out of the index quickly. Which status should the edge serve for those paths?', R410),

  // ---- knowledge ×15
  k('api', 'Which response header must a 401 response include?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST send a WWW-Authenticate header with at least one challenge'),
  k('support', 'If a customer gets a 403, will logging in again or fetching a new token fix it?', /\bno\b|\bnot\b|n't|\bnever\b|won.?t/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; repeating with the same access rights will not help'),
  k('security', 'Is a server allowed to answer 404 instead of 403 to hide that a forbidden resource exists?', /\b(yes|may|can|allowed|permitted|acceptable)\b/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target may respond with 404'),
  k('security', 'Can a 410 response be cached by intermediaries without explicit Cache-Control, or is it uncacheable by default?', /heuristic\w*|cacheable by default|can be cached|\byes\b/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless otherwise indicated'),
  k('support', 'A customer quotes RFC 7231 at us. Which RFC replaced it for HTTP semantics?', /9110/, 'RFC 9110 (2022) obsoletes RFC 7231'),
  k('nonnative', 'In RFC 6750, which error code the server put in WWW-Authenticate when the bearer token is expired?', /invalid_token/i, 'RFC 6750 §3.1: invalid_token — expired, revoked, malformed or otherwise invalid'),
  k('security', 'Which RFC 6750 error code signals that the token lacks the privileges needed, and what status goes with it?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('api', 'When a request to a bearer-protected API carries no credentials at all, should the WWW-Authenticate challenge include an error code?', /\b(no|not|without|omit\w*|shouldn.?t|need not|absent)\b/i, 'RFC 6750 §3.1: if the request lacks authentication information, the server SHOULD NOT include an error code'),
  k('support', 'A customer asks how search engines treat 410 compared with 404 for pages they deleted. What\'s the difference?', /fast\w*|quick\w*|sooner|immediate\w*|permanent\w*/i, 'RFC 9110 §15.5.11 / seed: 410 signals permanent removal, so crawlers can delist sooner than after repeated 404s'),
  k('nonnative', 'If we do not know if the removal of object is permanent, is it correct to use 410?', /\bno\b|\bnot\b|404|n't/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('sre', 'tldr 401 vs 403, whats the actual diff', /authenticat\w*|credential\w*|identity|logged in|who/i, 'RFC 9110 §15.5.2/§15.5.4: 401 = no valid credentials; 403 = known caller refused'),
  k('security', 'Does a 403 response have to carry a WWW-Authenticate header like a 401 does?', /\b(no|not|optional|isn.?t|doesn.?t|need not)\b/i, 'RFC 9110 §15.5.4: WWW-Authenticate is required on 401, not on 403'),
  k('support', 'A customer\'s developer asks which HTTP status RFC 6750 pairs with the invalid_request error. What do we tell them?', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('nonnative', 'What is the authentication scheme name that we put in WWW-Authenticate for OAuth access tokens?', /bearer/i, 'RFC 6750 §3: the challenge uses the "Bearer" auth-scheme'),
  k('sre', 'our 404 page for missing objects returns 200 w/ a "not found" html body. any problem w/ that', /soft 404|index\w*|crawler\w*|search engine\w*|cach\w*|monitor\w*|wrong status|should (be|return) 404/i, 'RFC 9110 §15.5.5 / seed: a 200 "not found" page is a soft 404 that crawlers and caches treat as a real page'),
];

export const UNSEEN40_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
