import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 45, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an electronic-signature and document-workflow SaaS (envelopes, signers, tenant organisations, shared templates, retention purges, integrator API, compliance team). */

const R401_NONE = 'RFC 9110 §15.5.2: the request carries no credentials at all → 401 with WWW-Authenticate';
const R401_BAD = 'RFC 9110 §15.5.2: credentials were sent but are not valid (unknown, stale, wrong) → 401';
const R401_TOKEN = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, bad signature) → 401';
const R403_ROLE = 'RFC 9110 §15.5.4 + seed: authenticated but lacks the role or permission; re-authenticating will not help → 403';
const R403_POLICY = 'RFC 9110 §15.5.4 + seed: valid credentials, refused by plan, policy or IP allowlist → 403';
const R403_SCOPE = 'RFC 6750 §3.1: insufficient_scope → 403';
const R403_BAN = 'RFC 9110 §15.5.4: server knows who the client is and refuses (suspended / banned account) → 403';
const R403_TENANT = 'RFC 9110 §15.5.4 + seed: another tenant\'s resource whose existence is already public, nothing to hide → 403';
const R404_HIDE = 'RFC 9110 §15.5.4 + seed: a server that wishes to hide a forbidden resource\'s existence may answer 404';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource → 404';
const R404_UNSURE = 'RFC 9110 §15.5.11/§15.5.5: 410 only when the removal is known to be intentional and permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is likely permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ── 401 ──
  w('401', 'sre', `envelopes api throwing 500s?? no wait its our own middleware blowing up when the Authorization header is missing entirely. integrator "acme-hr" has been sending POST /v3/envelopes w/ no auth header at all since their deploy this morning. what should we return instead of the 500 pls`, R401_NONE),
  w('401', 'api', `An integrator's OAuth access token for our eSign API has an exp claim that passed 40 minutes ago. They call GET /v3/envelopes/{id}/status with it. The envelope is theirs and the token had the right scopes when it was issued. My teammate says 403 because "the token is recognisable, so we know who they are". I disagree but want to be sure before I reply in the review: what status do we send?`, R401_TOKEN),
  w('401', 'support', `Customer (Brightwell Legal) says their nightly sync broke. Looking into it: their org admin revoked the API key "sync-prod-2" last Friday during a security cleanup, and the sync job still uses that key. Every call fails. Which error code should the customer be getting from us? They think we changed their permissions.`, R401_BAD),
  w('401', 'sre', `level=warn msg="jwt decode failed" err="illegal base64 data at input byte 212" route=/v3/templates client=oauth_app_31f
looks like their http client truncates the bearer token at 256 chars so we get half a jwt. what code does this path give back`, R401_TOKEN),
  w('401', 'nonnative', `Hello, in our signing dashboard the sender stay on the page very long time, then click "Send reminder" and the backend say the session is timed out (the cookie is too old, server don't accept it anymore). Which code we must give in this case? The sender is the normal owner of the envelope, nothing special.`, R401_BAD),
  w('401', 'security', `Pen test finding on the webhook-management endpoints (they accept JWT bearer tokens): the tester took a real token, changed the claims, and re-signed it with their own key. We now reject it because the signature doesn't verify against our JWKS. What status should the rejection carry?`, R401_TOKEN),
  w('401', 'nonnative', `our customer remove our app from the "Connected apps" page of his organisation in your e-signature product, so his grant is gone and the tokens are revoked. Our app still call the API with the old access token for some minutes. What code your API should answer to us?`, R401_TOKEN),
  w('401', 'security', `Integrator pasted a sandbox API key into their production config. Prod has never heard of that key, it's simply not in our production key store. The endpoint they hit is one they'd be allowed to use with a real prod key. Response code?`, R401_BAD),
  w('401', 'support', `relaying from a ticket: "we changed the password of our integration user yesterday and forgot to update the connector, now document uploads fail". connector uses basic auth w/ the old password. which code should they see? they're asking if its a permissions thing on our side`, R401_BAD),

  // ── 403 ──
  w('403', 'api', `Org members with the "Member" role can create envelopes, but only "Admin" can edit the org's branding (logo, colours, email footer). A member, correctly logged in, calls PATCH /v3/orgs/{orgId}/branding. Their token is fresh and valid. What status?`, R403_ROLE),
  w('403', 'support', `customer on the Starter plan trying to use bulk send (same envelope to 500 recipients via POST /v3/bulk-sends). bulk send is Business plan and up. theyre authenticated fine, api key good. what should the api return? right now they get a 404 and think the endpoint doesnt exist lol`, R403_POLICY),
  w('403', 'security', `Compliance asked us to enforce a data-residency rule: an org configured as "EU only" must not allow document download from sessions originating outside the EU. A valid, logged-in admin of that org, travelling in Singapore, tries to download a completed agreement from their own org. What should the download endpoint answer?`, R403_POLICY),
  w('403', 'sre', `2024-05-13T02:14:07Z deny route="POST /v3/envelopes" org=org_7Hq key=key_live_a91 src=198.51.100.77 rule=org_ip_allowlist
key is valid, org has the allowlist on and the integrator moved to new NAT ips. what code is this deny supposed to emit? were currently sending 401 and they keep rotating keys thinking its the key`, R403_POLICY),
  w('403', 'api', `OAuth app token carries scopes "envelopes:read templates:read". It calls POST /v3/envelopes/{id}/send on an envelope in the same account. Token is valid and not expired. Under RFC 6750, what do we return?`, R403_SCOPE),
  w('403', 'api', `Templates published to our public Template Gallery are visible to everyone (listed on the website, indexed by search engines). Only the publishing org can edit them. A user from a different org, authenticated, sends PUT /v3/gallery/templates/nda-mutual-v2 to overwrite it. Someone proposed 404 to hide it, which seems pointless since the template is public anyway. What's right?`, R403_TENANT),
  w('403', 'support', `We suspended a sender's account for sending phishing envelopes (trust & safety ticket TS-4471). Their password still works, so authentication succeeds, but every action has to be refused until T&S lifts the suspension. What status should the API give them?`, R403_BAN),
  w('403', 'nonnative', `A signer (not the sender) receive the envelope by email and open it. He want to cancel (void) the whole envelope, but only the sender is allowed to void. He call the void action with his signer session which is valid. What is the correct status? He know the envelope exist because he has it open in front of him.`, R403_ROLE),
  w('403', 'sre', `compliance team has the auditor role, read only. one of them tried DELETE /v3/audit-events/evt_2291 (why lol). token fine. 403 or 401? colleague says 401 bc "unauthorized" is literally the name`, R403_ROLE),
  w('403', 'security', `Users with a "Viewer" seat in a team keep hitting an error on "Use template", and our frontend reacts by forcing logout + login, which obviously changes nothing: they come back with a fresh valid session and get the same rejection, because Viewer seats can't instantiate templates. Which code should the backend emit so the client stops this re-login loop?`, R403_ROLE),

  // ── 404 ──
  w('404', 'security', `Envelope IDs are sequential-ish (env_000184233, env_000184234, ...). An authenticated user of org A requests GET /v3/envelopes/env_000184234, which belongs to org B. We don't want anyone to be able to learn which envelope IDs exist or how many envelopes other orgs send. What do we answer?`, R404_HIDE),
  w('404', 'api', `Teams can keep private templates (e.g. HR's "Termination agreement - J. Doe"). Even the existence of some of these is sensitive. Someone in Sales, logged in, same org, guesses GET /v3/templates/tpl_termination_jdoe. Product wants the caller to be unable to tell whether it exists. Code?`, R404_HIDE),
  w('404', 'nonnative', `Our customers are law firms, and the fact that a firm use us for a particular client matter is confidential. The URL is /orgs/{slug}/matters/{matterSlug}. If a logged-in user who is not member of that org try the URL, we must not confirm anything at all. What code please?`, R404_HIDE),
  w('404', 'sre', `quick one: GET /v3/envelope/env_8fk2/docs (singular "envelope", real route is /v3/envelopes/...). customer is authed, just typo'd the path. 400 or what`, R404),
  w('404', 'support', `customer says "your API says the envelope doesn't exist but I just created it". checked: their code truncates the id, so they're requesting env_9c1e77a0, which isn't any envelope ever, in any org. which code is correct here? they want us to change it to 403 because "it must be a permission issue"`, R404),
  w('404', 'api', `Integrator calls DELETE /v3/webhooks/whk_sbx_55a1 against production. That webhook subscription ID only exists in the sandbox environment; production has no such subscription and never had one. Auth is a valid prod key with webhooks:write. Status?`, R404),
  w('404', 'sre', `deploy 2024.19 dropped the route for GET /v3/envelopes/{id}/certificate by accident (router refactor). fixing forward tomorrow. right now prod returns 500 for it bc of a fallthrough. shuld it be 410 for the night since its "gone"? or what`, R404_UNSURE),
  w('404', 'support', `Sender deleted a draft envelope; it goes to the Trash and can be restored for 30 days. Meanwhile their integration keeps doing GET /v3/envelopes/{id} on it. Customer success wants to tell them it returns "410 Gone" since it was deleted. Is that the right code for the trashed draft, or something else?`, R404_UNSURE),
  w('404', 'nonnative', `We removed the old template "Vendor NDA 2019" from the shared library, but product team still discuss, maybe it come back next quarter with updates, nobody decide yet. Some integrations still request it by its ID. Is it 410 or other code?`, R404_UNSURE),
  w('404', 'api', `GET /v3/users/{id}/avatar: the user removed their profile photo in settings. They can upload a new one whenever they like and it will be served from the same URL. What should the avatar URL return in the meantime?`, R404_UNSURE),

  // ── 410 ──
  w('410', 'sre', `retention job purged documents for envelopes completed >7y ago (org policy, irreversible, blobs shredded, encryption keys destroyed). integrators still hit GET /v3/envelopes/{id}/documents/1 for those and get 404. should it be something else`, R410),
  w('410', 'api', `API v1 was sunset on 2024-03-31 after a 12-month deprecation notice. The v1 hosts are decommissioned for good and there is no plan to ever bring it back. Stragglers still call https://api.example-sign.com/v1/envelopes. What should those requests get?`, R410),
  w('410', 'security', `A former customer invoked GDPR erasure. We deleted their org, users, envelopes and the public signature-verification pages permanently; it's done and by design cannot be undone. Old emails and crawlers still hit /verify/hollis-partners/cert-88123. That they were a customer is public (there was a press release), so there's nothing to hide. Which code for those URLs?`, R410),
  w('410', 'support', `marketing asks: we shut down the "QuickSign Lite" product permanently, the pages under /quicksign-lite/* are gone for good, and they want search engines to drop them as fast as possible. which status should those URLs return? (not a redirect, they dont want one)`, R410),
  w('410', 'nonnative', `Legal team order us to destroy permanently one envelope because of a court order. We did it with "permanent delete", which cannot be reversed, and no backup is kept. When the sender's integration ask for this envelope ID again, what code is good?`, R410),
  w('410', 'api', `Senders can publish a "PowerForm", a public URL anyone can open to self-serve sign (e.g. /p/onboarding-form-2023). When a sender permanently deletes a PowerForm (we make them type DELETE to confirm, there's no undo), what should the public URL return to people who still have the link bookmarked?`, R410),

  // ── knowledge ──
  k('api', `Which RFC and section currently define 403 Forbidden? Our API style guide still links RFC 7231.`, /9110|15\.5\.4/i, 'RFC 9110 §15.5.4 defines 403 (obsoletes RFC 7231 §6.5.3)'),
  k('security', `What response header is a 401 required to include?`, /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST send a WWW-Authenticate header with at least one challenge'),
  k('sre', `is a 410 cacheable by default if we dont send cache-control, or do caches ignore it`, /heuristic|cacheable/i, 'RFC 9110 §15.5.11 / §15.1: 410 is heuristically cacheable by default'),
  k('nonnative', `Which error code of RFC 6750 we put when the token is good but it don't have the scope needed, and with which status?`, /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, status 403'),
  k('sre', `should our webhook sender / sdk auto-retry on 403s? thinking exponential backoff`, /permission|admin|no[t]? (auto[- ]?)?retr|don'?t (auto[- ]?)?retr|shouldn'?t (auto[- ]?)?retr|never retr|without.{0,40}chang|stop/i, 'seed: do not retry a 403 without a change in permissions; surface it and stop'),
  k('api', `When exactly should a deleted resource get 410 rather than 404?`, /permanent/i, 'RFC 9110 §15.5.11: 410 when removal is intentional and known to be permanent; otherwise 404'),
  k('security', `Does the HTTP spec actually allow answering 404 for something that exists but the caller isn't allowed to see? Our auditor says that's "lying".`, /hid|conceal|existence|15\.5\.4|allow|permit|may/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource may respond 404'),
  k('support', `For SEO, is there any difference between returning 404 and 410 for pages we removed?`, /fast|quick|sooner|delist|permanent/i, 'seed + RFC 9110 §15.5.11: 410 signals permanent removal and helps crawlers delist faster'),
  k('api', `What is a "soft 404" and why is it bad?`, /200|\bok\b|success/i, 'seed: a soft 404 returns 200 with "not found" content; search engines treat it as an indexed page'),
  k('api', `RFC 6750 has an invalid_request error code. Which HTTP status goes with it?`, /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('nonnative', `What is the difference between 401 and 403? Logging in again help in both cases?`, /authenticat|credential|log(ged)? ?in/i, 'RFC 9110 §15.5.2/§15.5.4 + seed: 401 = missing/invalid credentials; 403 = known client refused, re-authenticating will not help'),
  k('security', `What's the auth scheme name for OAuth 2.0 access tokens in the Authorization and WWW-Authenticate headers?`, /bearer/i, 'RFC 6750 §2.1 / §3: the "Bearer" scheme'),
  k('support', `Which RFC section is 410 Gone in these days?`, /9110|15\.5\.11/i, 'RFC 9110 §15.5.11 defines 410 Gone'),
  k('sre', `can our cdn end up caching 404s from the envelope api? saw a stale 404 after an envelope was created`, /cache-control|max-age|heuristic|ttl|negative/i, 'seed + RFC 9110 §15.1: 404 is heuristically cacheable; CDNs may cache it, especially with Cache-Control max-age'),
];

export const UNSEEN45_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
