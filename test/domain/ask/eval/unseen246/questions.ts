import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 246, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an IoT device fleet (device certificates, firmware download URLs, decommissioned devices, per-tenant device registries, OTA update servers). */

const R401 = 'RFC 9110 §15.5.2: 401 — request lacks valid authentication credentials (missing or refused); server MUST send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401';
const R403 = 'RFC 9110 §15.5.4: 403 — server understood the request but refuses it; credentials are insufficient and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: 404 — origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server not willing to disclose that a forbidden resource exists MAY respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used rather than 410';
const R410 = 'RFC 9110 §15.5.11: 410 — resource intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', "device gw-7731 hitting POST /v2/telemetry w/ bearer token that expired 40 min ago, device is active + registered in tenant acme, nothing else wrong. what do we send back", R401T),
  w('401', 'api', "Our OTA update server exposes GET /ota/manifests/{model}, which is not public. A request arrives with no Authorization header and no client certificate at all. A colleague argues for 403 because the endpoint is restricted to enrolled devices. What status should the server return, given that the caller has presented no credentials whatsoever?", R401),
  w('401', 'security', "Pen-test finding: our per-tenant device registry answers requests that carry no credentials with a 403 and no WWW-Authenticate header. The registry is documented publicly, so nothing about its existence is secret. What code should an unauthenticated request get instead?", R401),
  w('401', 'nonnative', "The device send the JWT but the signature is not validate, because it was signed with the old key we rotated out last week. The device itself is still good and we will re-provision it. Which code the API must respond?", R401T),
  w('401', 'support', "Customer says their edge gateway suddenly gets rejected by the device registry API. Looking at the logs, the gateway is sending Basic auth with a password their admin changed yesterday, so the credentials no longer match. The gateway is otherwise permitted to register devices. Which status code should the customer expect to see?", R401),
  w('401', 'sre', "token introspection returns active:false for a device api key, key was revoked by tenant admin during the cert rotation incident. device record is fine, not decommissioned. code pls", R401T),
  w('401', 'nonnative', "Device put an API key in the X-Api-Key header but we dont find this key in any tenant, it is not exist in database. My colleague want return 404 because the key is not found. Which is the right code?", R401),
  w('401', 'api', "In the fleet console API, browser sessions are represented by a session token. When a user's session token has expired and they request GET /tenants/acme/devices — a list they would normally be allowed to see — which status should we return so the client knows to sign in again?", R401),
  w('401', 'sre', "firmware download svc: request has Authorization: Bearer w/ a token the IdP never issued (header format fine, just not a real token). not a scope thing, there is no valid identity at all. which one", R401T),

  // ---- 403 (10) ----
  w('403', 'sre', "tenant viewer role, valid token, POSTs /devices/d-1182/reboot on a device in their own tenant. they can already GET that device so existence isnt secret. what do we return", R403),
  w('403', 'api', "A fleet integration presents a valid, unexpired OAuth 2.0 bearer token whose scope is firmware:read, and it calls PUT /firmware/images/{id}, which requires firmware:write. Under RFC 6750, what HTTP status accompanies the error in this case?", R403S),
  w('403', 'support', "A field technician at the customer logs in fine and opens a device in her own company's registry, which she can see in her device list. When she tries to push a config change she is refused, because she isn't assigned to that site group. What status code should the portal return?", R403),
  w('403', 'security', "Device authenticates with its own valid client cert and tries to download firmware for a different hardware model. The firmware catalog (models + versions) is publicly listed on our site, so there is nothing to hide, and the reviewer wants the refusal to be explicit. Which code?", R403),
  w('403', 'nonnative', "User login is success and token is valid, but the account is suspended by billing team, so we refuse all device operations for him. Everybody in the tenant know the devices exist. What status we give?", R403),
  w('403', 'sre', "new ota mirror svc has valid creds but its ip isnt on the registry allowlist yet so the request gets blocked. creds fine, identity known, nothing to hide. what code", R403),
  w('403', 'api', "A support engineer with a read-only role, correctly authenticated, attempts POST /devices/{id}/certificates/rotate. The device detail page is visible to that role, so the device's existence is not a secret. Which status code properly expresses that the request is understood but will not be carried out?", R403),
  w('403', 'sre', "user logged out + back in 3x, still cant open the ota rollout page b/c theyre missing the release-manager role. teammate says 401 since its auth related. pretty sure its not, what should it be", R403),
  w('403', 'security', "The /admin/signing-keys endpoint on our OTA server is described in our public API docs, so its existence is common knowledge. A regular tenant user with a valid token calls it. We don't need to hide anything. What should we return?", R403),
  w('403', 'nonnative', "Token is valid, but the device belong to another tenant. In our API contract we decided to not hide this — tenant and device IDs are public in the shared registry and the error must tell the reason. So which code we return?", R403),

  // ---- 404 (10) ----
  w('404', 'sre', "GET /devices/SN-00099999 w/ valid admin token. serial was never provisioned in any tenant, no record anywhere, never existed. what do we return", R404),
  w('404', 'api', "A device requests /firmware/model-x/9.9.9/image.bin. Version 9.9.9 has never been built or published for any model; the caller is an authenticated, enrolled device entitled to model-x firmware. What status code should the download endpoint return?", R404),
  w('404', 'nonnative', "Customer script call /v1/devcies/abc (the word is a typo) with correct token. This route never exist in our API. Which status is correct for this?", R404),
  w('404', 'security', "Tenant A's user has a valid token and guesses a device ID that belongs to tenant B. Our policy is that tenants must never learn whether another tenant's devices exist. A colleague wants 403 since the user is authenticated but not authorized. What status keeps us from leaking existence?", R404H),
  w('404', 'security', "Enumeration concern: a device authenticated with its own cert asks for GET /devices/{other-serial}/shadow. Serial numbers are considered sensitive and we must not confirm which ones are in our fleet. What does the API respond with?", R404H),
  w('404', 'sre', "internal debug endpoint on ota server, non-admin w/ valid token hits it. policy says dont reveal it exists to anyone but admins. 403 or something else", R404H),
  w('404', 'api', "Our per-tenant registry has private device groups that are invisible to users outside the group; the group's existence itself is confidential. An authenticated member of the same tenant who is not in the group requests GET /groups/{id}. What should the response status be?", R404H),
  w('404', 'support', "Customer deleted a device from their registry in the console by mistake. Deletions are soft for 30 days and can be restored, and they haven't decided yet whether to restore it. Their API calls for that device, which they are allowed to read, now fail. What status should the API return in the meantime?", R404U),
  w('404', 'sre', "retention job purged fw artifact 3.2.1 from the ota bucket. might get re-uploaded if we need to roll back, nobody has decided its gone for good. device asks for it, what code", R404U),
  w('404', 'api', "We pulled firmware 4.0.2 from the OTA server pending investigation of a bricking bug. It may be republished after a fix or withdrawn for good — that decision has not been made. Some engineers want 410 to stop devices retrying. Given the uncertainty, which status is correct?", R404U),

  // ---- 410 (6) ----
  w('410', 'api', "Firmware 1.x download URLs for our end-of-life sensor line have been intentionally and permanently retired; the product team signed off that they will never be served again, and we want partners to remove their links. The callers are authorized and the retirement is publicly announced. What status should those URLs return?", R410),
  w('410', 'sre', "device d-5512 decommissioned + record permanently purged, decom is irreversible by policy and serial is retired forever. owning tenant admin (fully authorized) does GET on it. what do we send back", R410),
  w('410', 'support', "Customer's old devices keep calling /v1/ota/check. We shut that endpoint down permanently on March 1 — announced to all customers, it is not coming back, and there is no equivalent URL to redirect them to. What status should those old devices get?", R410),
  w('410', 'nonnative', "We had a beta firmware channel only for a limited-time promotion, it is finished now and will never come back, all customers know this. Devices still request the channel URL. Which code is good?", R410),
  w('410', 'security', "A tenant admin, correctly authorized, requests a device-registry export that was deleted under our data-retention policy. The deletion was intentional and is irreversible, and the admin already knows the export existed, so there is nothing to conceal. What status code?", R410),
  w('410', 'api', "The legacy per-device certificate download endpoint was intentionally removed; we know the removal is permanent and want clients to drop their links to it. A colleague proposes 404 because it is 'more common'. Which status conveys this situation accurately?", R410),

  // ---- knowledge (15) ----
  k('sre', "what header has to go out w/ a 401 from the device registry", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header field with at least one challenge'),
  k('api', "Absent explicit freshness information, is a 404 response from our firmware CDN origin cacheable by default according to RFC 9110?", /(?<!not\s)(?<!n[o']t\s)heuristic(?:ally)?[\s-]+cach|(?<!not\s)cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('security', "Per RFC 9110, when a device gets a 403 from the OTA server, should it simply retry the same request with the same credentials?", /should\s*n[o']?t|shouldn'?t|not\s+(?:automatically\s+)?(?:repeat|retry|re-?send)|(?:won'?t|will not|does not|doesn'?t)\s+help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "Which RFC is now the current one for the HTTP status codes meaning? The 7231 is still valid or not?", /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', "Under RFC 6750, which HTTP status code is associated with the invalid_token error for bearer tokens?", /\b401\b/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('sre', "6750 insufficient_scope maps to which code again", /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('api', "What HTTP status does RFC 6750 pair with the invalid_request error, for example when a device sends its bearer token in two places at once?", /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('support', "A customer asks: do we have to keep returning 410 forever for the retired firmware URLs, or can we stop at some point?", /discretion|not\s+(?:required|necessary|obligated|mandatory)|no\s+(?:requirement|obligation)|any length of time|need(?:s)?\s+not|don'?t have to|do not have to|not have to/i, 'RFC 9110 §15.5.11: it is not necessary to keep the "gone" mark for any length of time; that is at the server owner\'s discretion'),
  k('sre', "if we dont know whether a removal is permanent, 410 or 404 per the rfc", /(?:use|send|return|respond with|prefer|go with|stick with|ought to be used|should be used|answer is)\W+(?:a\s+|an\s+|with\s+)?\**\s*404|\b404\b[^.]{0,40}?(?:ought|should|is\s+(?:the\s+)?(?:right|correct|appropriate|safer|preferred))/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('api', "When a request did include credentials and the server nonetheless responds with 401, what does RFC 9110 say that response indicates about those credentials?", /refused|rejected|invalid|not\s+(?:been\s+)?accepted|failed|denied/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for those credentials'),
  k('nonnative', "What is the proxy version of the 401, which code it is?", /\b407\b/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is the proxy analogue of 401'),
  k('api', "Per RFC 6750, if a request to the device registry carries no authentication information at all, should the WWW-Authenticate challenge include an error code?", /should\s+not|shouldn'?t|no\s+error\s+code|omit|without\s+(?:an?\s+)?error|not\s+include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('support', "What does a 410 tell a customer's devices that a plain 404 does not?", /permanent/i, 'RFC 9110 §15.5.11: 410 signals the removal is intentional and likely permanent'),
  k('security', "Does a 404 from the firmware server say anything about whether the missing image is gone temporarily or permanently?", /(?:does\s+not|doesn'?t|doesnt|no|not|nothing)\s+(?:indicate|say|tell|signal|imply|specify|distinguish|reveal)|neither|temporary or permanent/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent'),
];

export const UNSEEN246_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
