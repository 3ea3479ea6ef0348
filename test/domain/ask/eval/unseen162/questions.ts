import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 162, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a cloud object-storage service (buckets, presigned URLs, access keys, bucket policies, versioned deletes, lifecycle rules). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (missing, invalid, expired or revoked); the server sends WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request but refuses to fulfil it; the caller is known and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or has no facility to determine, whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access to the resource is no longer available and the condition is likely permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'backup job doing getobject on a private bucket, request has no authorization header and no presigned query params either, nothing. what do we send back', R401),
  w('401', 'api', 'An account owner revoked one of their access keys yesterday, but a forgotten cron job is still signing requests with it. A colleague argues for 403 because "we know whose key it is". The key is no longer valid for authentication at all. Which status should the storage API return for these requests?', R401),
  w('401', 'support', 'Customer says every upload fails since they rotated their secret key. Looking at the logs, their SDK is still signing with the old secret, so the request signature does not verify against any active key on the account. Their IAM user otherwise has full write access to the bucket. What code should our gateway be returning them?', R401),
  w('401', 'security', 'Pen-test finding: our object-storage gateway answers 403 when a presigned URL has expired. In our design the query-string signature is the only credential the request carries, the signing user still has read permission on the object, and the only problem is that the signature expired two hours ago. Which status code is the correct one under RFC 9110 for this case?', R401),
  w('401', 'nonnative', 'Our storage console is using OAuth bearer token. The token of user is expired since 10 minutes, but the user have full admin role on all buckets. Which response code I must give back to him?', R401T),
  w('401', 'sre', 'sts session creds expired in the middle of a multipart upload, the later part puts start failing. the role still has write on the bucket, its purely the session token being past expiry. code pls', R401),
  w('401', 'api', 'Our bucket API accepts OAuth 2.0 bearer tokens. When a presented token fails signature verification, we respond with error="invalid_token" in the challenge. Which HTTP status should accompany that error?', R401T),
  w('401', 'support', 'A customer deactivated their CI access key by mistake (status is now Inactive), and their pipeline keeps calling GET on an object key that, as it happens, was also never uploaded. Should they get a 404 or something else? We have not authenticated them at all on these calls.', R401),
  w('401', 'nonnative', 'User send request to private bucket with Authorization header, but the access key id inside header not exist in our system at all, it is typo. What status we should to return?', R401),

  // ---- 403 ----
  w('403', 'sre', 'ci-deployer role hits an explicit deny in the bucket policy for deleteobject. key is valid, they can list the bucket fine so its no secret the bucket and objects exist. what do we return', R403),
  w('403', 'api', 'An authenticated caller holding a read-only access key attempts a PUT into a bucket they are allowed to list and read. Nothing about the bucket needs to be concealed from them. What is the appropriate response status?', R403),
  w('403', 'support', 'The customer owns the bucket and their credentials check out, but the request comes from an IP address outside the allowlist in their own bucket policy. My teammate says we should send 401 so they log in again. Is that right, or what should it be?', R403),
  w('403', 'security', 'Client presents a valid, unexpired OAuth token scoped only to storage.read and calls DELETE on an object in a bucket it can already see. What status should the resource server use?', R403S),
  w('403', 'nonnative', 'The user is logged in correctly and the object exist, but the owner set the object ACL to private and this user is not in the grant list. The bucket is public listed, so nothing to hide. Which code is correct?', R403),
  w('403', 'sre', 'user logged out and back in 3 times, still gets denied on the billing-exports bucket. their role just doesnt have getobject there. bucket shows up in their own console list, same acct. 401 or what', R403),
  w('403', 'api', 'Cross-account access: account B uses a valid key against a bucket in account A whose policy grants B ListBucket on the whole bucket but no GetObject under the private/ prefix. B can therefore already see those object keys in listings. What should GetObject on private/report.csv return to B?', R403),
  w('403', 'support', 'Customer account is suspended for non-payment. Their key still authenticates fine and we know exactly who they are, but we refuse any upload to their own bucket until the invoice is paid. Logging in again will not change anything. What should the response be?', R403),
  w('403', 'security', 'Review question: our public website bucket name is printed on our marketing page. An authenticated user without write permission tries to overwrite index.html in it. Someone suggested 404 "to hide the bucket". Should we, or what code fits?', R403),
  w('403', 'nonnative', 'Token is valid and not expired, but the role of the user is viewer and he try to change the lifecycle rules of the bucket, a bucket which he can see in the list. What status must return?', R403),

  // ---- 404 ----
  w('404', 'sre', 'getobject for reports/2042/q1.csv, the real key is reports/2024/q1.csv, typo. 2042 never existed. caller is the bucket owner w/ full perms', R404),
  w('404', 'api', 'A correctly authenticated client requests a bucket name that no one has ever created on our platform. What status should the API return?', R404),
  w('404', 'security', 'Tenant A, authenticated with a valid key, requests a private bucket belonging to tenant B. Our requirement is that tenants must never learn the names of other tenants\' buckets. A developer wants to return 403 since A is simply not allowed. Which status do we use?', R404H),
  w('404', 'support', 'Customer deleted a file in a versioned bucket, so there is now a delete marker on top. They can still bring it back by removing the marker. A plain GET without versionId hits the marker. My colleague says 410 Gone. Is that right, or what should it return?', R404U),
  w('404', 'nonnative', 'Object is removed by user and now is in the recycle bin, it can be restored by him during 30 days, we dont know if he will do it. For GET on the object now, which code we give?', R404U),
  w('404', 'security', 'Finding: an attacker with a valid key but no read access to a bucket is probing object keys, and the keys themselves are sensitive (they include customer names). The requirement is that the API must not reveal which keys exist in that bucket. Which status should every probe get?', R404H),
  w('404', 'sre', 'objects got deleted in a non versioned bucket, we keep no tombstones so we have no idea if the delete was meant to be for good or if they ll re-upload. clients still hitting the old keys, what status', R404U),
  w('404', 'api', 'When a customer deletes a bucket, the name is released back into the global pool and anyone may recreate it at any time. For requests to that bucket name after deletion, what status is appropriate?', R404U),
  w('404', 'nonnative', 'A user from company X ask for an object in the bucket of company Y. The user is authenticated correct but has not any permission there, and we must not let him know that company Y bucket exist. Which status we return?', R404H),
  w('404', 'support', 'A customer pasted a share link whose object key contains a path that has never existed in their bucket (we checked the full history, nothing was ever stored there). They are signed in as the owner. What response should they be seeing?', R404),

  // ---- 410 ----
  w('410', 'api', 'Our API offers a "permanent delete" operation that purges all versions of an object irreversibly; we keep a tombstone recording that the object was deliberately destroyed and will never be restored. We want clients and crawlers to drop their links. What status should GETs on that key return afterwards?', R410),
  w('410', 'sre', 'lifecycle rule expires objects after 90d in an unversioned bucket, purge is irreversible and intentional and we keep tombstones for the expired keys. old links still get hit. someone said just 404 but we know its gone for good. what code', R410),
  w('410', 'support', 'The research team retired their public dataset bucket. It was an announced, deliberate withdrawal, the data is destroyed, and the bucket name is reserved so it will never be reused. People keep following old links. What status should those links return?', R410),
  w('410', 'security', 'An object was erased under a GDPR erasure request: irrecoverable, deliberate, and we keep a record of the erasure. The requester is the bucket owner who asked for the deletion, so there is nothing to hide from them. Which code should their GETs for that key receive?', R410),
  w('410', 'nonnative', 'We shutdown the old v1 download endpoint of our storage for forever. The files behind it were deleted on purpose and the old URLs will never work again, we are sure. What code is correct to return?', R410),
  w('410', 'sre', 'bucket decommissioned on purpose, we never release bucket names so its retired permanently. caller has valid creds and used to own it. what do we send back', R410),

  // ---- knowledge ----
  k('sre', 'which header has to go out w/ a 401', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response must include a WWW-Authenticate header with at least one challenge'),
  k('api', 'Is a 404 response cacheable when it carries no explicit freshness information, according to RFC 9110?', /heuristic/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', 'Customer got a 403 and wants to know if they should just send the exact same request again with the same access key. What does the RFC say about that?', /(same|identical) credentials|not (be )?(automatically )?(repeat|retr|resen)|shouldn'?t (automatically )?(repeat|retr|resen)|re-?authenticat\w* (will|would|does|do)(n'?t| not) help|different credentials/i, 'RFC 9110 §15.5.4: if credentials were provided they were deemed insufficient; the client should not automatically repeat the request with the same credentials'),
  k('api', 'Which RFC currently defines HTTP status code semantics such as 401, 403, 404 and 410? I keep seeing RFC 7231 cited.', /9110/, 'RFC 9110 obsoletes RFC 7231 and defines HTTP semantics including §15 status codes'),
  k('security', 'Under RFC 6750, what error code does a resource server put in the challenge when the bearer token is valid but lacks the privileges the request needs?', /insufficient_scope|insufficient[ _-]scope/i, 'RFC 6750 §3.1: insufficient_scope, with HTTP 403'),
  k('nonnative', 'What mean the 410 Gone exactly, it is temporary condition or not?', /permanent/i, 'RFC 9110 §15.5.11: 410 indicates the condition is likely to be permanent'),
  k('sre', 'once we start returning 410 for a purged key do we have to keep returning it forever', /discretion|not (necessary|required|obligated)|no (requirement|obligation)|any (particular )?length of time|up to (the )?(server|owner|you)|server owner/i, 'RFC 9110 §15.5.11: it is not necessary to keep the 410 mark for any length of time; that is left to the server owner\'s discretion'),
  k('security', 'When does RFC 9110 allow a server to answer 404 where 403 would otherwise apply?', /hid(e|ing)|conceal|not (to )?reveal|existence/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource may respond 404'),
  k('api', 'What HTTP status does RFC 6750 pair with the invalid_request error code (missing or duplicated parameters, malformed request)?', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('support', 'Which status code goes with the invalid_token error from RFC 6750, e.g. when the customer\'s token was revoked?', /\b401\b|unauthori[sz]ed/i, 'RFC 6750 §3.1: invalid_token → 401'),
  k('nonnative', 'If the request already had credentials inside and server still answer 401, what this is meaning about those credentials?', /refus|reject|not (been )?accept|invalid|insufficient/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('api', 'May a 403 response explain to the client why the request was refused, and if so where?', /content|body|payload|describ/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content'),
  k('security', 'What authentication scheme name appears in the WWW-Authenticate challenge defined by RFC 6750?', /\bbearer\b/i, 'RFC 6750 §3: the Bearer authentication scheme'),
  k('support', 'If the server has no way to tell whether a removed object is gone permanently, which code does RFC 9110 say to use instead of 410?', /\b404\b|not found/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
];

export const UNSEEN162_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
