import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 42, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an industrial IoT and fleet telematics company (device fleet API, firmware update server, per-tenant dashboards, technician field app, integrator API keys, decommissioned devices and sensors, regulatory data exports). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401 with a WWW-Authenticate challenge';
const R401K = 'RFC 9110 §15.5.2: credentials were sent but refused (wrong, rotated or revoked key/secret) → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401';
const R403 = 'RFC 9110 §15.5.4: caller is identified, server understood and refuses the action; re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope, a valid token without the required scope → 403';
const R403P = 'RFC 9110 §15.5.4 + seed: valid credentials refused by a policy rule (IP allowlist, plan, tenant), existence not secret → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that must hide an existing resource from this caller answers 404';
const R404U = 'RFC 9110 §15.5.11: removal not known to be permanent → 404, not 410';
const R404S = 'Seed + RFC 9110 §15.5.5: a soft 404 (200 with a "not found" page) is wrong; send 404';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ── 401 ─────────────────────────────────────────────────────────────────────────────────────────
  w('401', 'sre', `customers edge gw config push wiped their key, so ~3k of their devices are hitting our ingest w/ x-api-key: "" (empty string). our side unchanged, nothing expired. what do we send back to those reqs`, R401),
  w('401', 'api', `Integrator "Northwind Logistics" calls GET /v2/fleets/42/vehicles with a bearer JWT whose exp was yesterday 23:59 UTC. Signature checks out, the scope on it (fleet:read) would be enough, and fleet 42 is theirs. Correct response?`, R401T),
  w('401', 'security', `A technician reported their phone stolen, so we revoked the field app's access and refresh tokens at 09:14. At 09:20 someone replays the old access token against /workorders/7781. The token is well-formed and its exp is still in the future, but it is on our revocation list. 401 or 403?`, R401T),
  w('401', 'nonnative', `Hello, one integrator send us header "Authorization: Bearer eyJhbGciOi..." but the token is cut in the middle, only two parts, no signature part, so we can not parse it at all. Which code we must give back for this request?`, R401T),
  w('401', 'support', `Customer rotated their integration key on Monday from the admin console. Their nightly script still uses the old key and now fails against /api/v2/telemetry. They keep telling me they're tenant admin so it must be a permissions thing. Which one is right here, 401 or 403?`, R401K),
  w('401', 'sre', `fw update svc: devices sign the manifest req w/ hmac. one batch got flashed w/ the wrong provisioning secret so the sig doesnt match any device we have, we literally cant tell who they are. code pls`, R401K),
  w('401', 'api', `Our regulatory export endpoint /exports/emissions uses HTTP Basic for the auditor accounts. An auditor typed the password wrong. The export exists and they'd have access with the right password. Should this be 403 since the export is sensitive?`, R401),
  w('401', 'sre', `runbook curl to GET /tenants/acme/dashboards/ops 4xxd. nothing expired, nothing revoked — turns out curl sent no Authorization header at all, $TOKEN was unset in that shell. dashboard isnt public. which code should that be`, R401),
  w('401', 'nonnative', `We have integrator which we terminated the partnership, admin has revoked his API key last week. Today still he is calling GET /v1/devices with this revoked key. Is it 403 because he is not partner anymore, or other code?`, R401K),

  // ── 403 ─────────────────────────────────────────────────────────────────────────────────────────
  w('403', 'sre', `tech role user (valid sso, token fresh) tried to kick off firmware rollout 5.3.0 to fleet eu-west. starting a rollout needs fleet-admin. he can see the rollout page fine. 403 or 404`, R403),
  w('403', 'api', `Integrator token carries scope "devices:read" only. They POST /v2/devices/SN-88812/commands (reboot), which requires "devices:command". Token is valid, the device is in their tenant, they can already GET it. What status? It's a Bearer token if that matters.`, R403S),
  w('403', 'security', `Tenant isolation check: a user from tenant Blue, fully authenticated, opens /tenants/green/dashboard/settings. Tenant slugs and Green's dashboard are listed in our public partner directory, so hiding existence buys us nothing. The settings page is restricted to Green admins. Which code?`, R403P),
  w('403', 'sre', `integrator moved to a new egress NAT, 203.0.113.77 isnt on their ip allowlist. key is fine (same key works from the old ip right now). what should we return from the new ip`, R403P),
  w('403', 'support', `Customer on the Starter plan is logged in fine and clicks "Export regulatory report (EU tachograph)", which is Enterprise-only. The button is visible in the UI with an upgrade badge. What do we send back from the API, 401 or 403? I think 401 because they "aren't authorized" for it?`, R403P),
  w('403', 'nonnative', `Field technician is login correctly in the app, his token is okay. He is assigned to region North but he try to change config on a pump sensor in region South. He can see the sensor in the list (we show all sensors to all technicians) but edit is only for assigned region. Which is the correct code please?`, R403),
  w('403', 'api', `Read-only API key (role "observer") in tenant 17 sends DELETE /tenants/17/geofences/depot-3. The geofence exists and the key can list it. Key is valid, not expired. Response code?`, R403),
  w('403', 'sre', `dash exporter svc acct hitting GET /admin/users -> we reject. token valid, re-minted it twice, same result lol. endpoint is in the public api docs so no point pretending it doesnt exist. svc acct just doesnt have admin. which one`, R403),
  w('403', 'security', `Viewer-role user in tenant 9, valid session, MFA done, tries POST /tenants/9/integrations/keys/ak_5521/rotate to rotate another integrator's key. Every tenant member can see the key list including this key; only key-admins can rotate. 403 or 404? I lean 404 for safety.`, R403),
  w('403', 'nonnative', `The device itself is calling our firmware server, its client certificate is valid and we know exactly which device it is. It ask the image for hardware rev C, but device is rev B and the policy allow only own hardware rev. The rev C image is in public release notes, not secret. What code the server must answer?`, R403),

  // ── 404 ─────────────────────────────────────────────────────────────────────────────────────────
  w('404', 'sre', `GET /v2/devices/SN-00O4471 — tech typed letter O instead of zero. no device w/ that serial ever existed. auth fine. code`, R404),
  w('404', 'security', `An authenticated user in tenant A enumerates /v2/devices/{id} using ids that belong to tenant B. Our threat model requires that a caller must never be able to learn whether a device id exists in another tenant. What should the API return for tenant B's devices that do exist?`, R404H),
  w('404', 'api', `An integrator is calling /v4/fleets/12/trips. We only have v1 to v3; there has never been a v4 and none is planned. Their token is valid. What's the right status?`, R404),
  w('404', 'support', `Customer says a humidity sensor disappeared from their dashboard. Audit log: another user deleted it yesterday. They might re-register it under the same id once it's back from calibration, nobody knows yet. The old URL /sensors/HX-2231 now returns... 404 or 410?`, R404U),
  w('404', 'nonnative', `Device ask firmware version 4.2.1 from update server, but we never released 4.2.1, we jump from 4.2.0 to 4.3.0 directly. Nothing was deleted. What response is correct?`, R404),
  w('404', 'sre', `truck unit TX-5512 pulled for RMA, record removed from fleet api. ops says "probably scrapped, maybe refurbished + re-enrolled w/ same id, idk". integrators still polling /vehicles/TX-5512. not sure if permanent. 410 feels right?? or`, R404U),
  w('404', 'security', `Our firmware server hosts beta images for a handful of pilot customers. The existence of a beta is under NDA: non-pilot customers must not learn it exists. A non-pilot customer with a perfectly valid key requests /firmware/6.0.0-beta.3/image.bin (guessed the URL). 403 would reveal it exists. What do we return?`, R404H),
  w('404', 'api', `GET /exports/3f1c9a7e-0b6e-4d0a-9f51-7d2f9c1e0a44 — no export job with that id was ever created (checked the jobs table and the archive). Caller is the tenant admin with full export rights. Which status?`, R404),
  w('404', 'sre', `dashboard spa returns 200 + "page not found" html for unknown routes like /dash/t/acme/widgets/zzz. seo ppl complaining. what status should that actually be`, R404S),
  w('404', 'nonnative', `In technician app, the work order attachment (photo) is gone from storage, the row is deleted and we dont keep any tombstone, so server have no way to know if it was permanent or somebody will upload again. Client ask GET /workorders/55/attachments/9. 404 or 410 we use?`, R404U),

  // ── 410 ─────────────────────────────────────────────────────────────────────────────────────────
  w('410', 'api', `We sunset the v1 telemetry API on 2024-06-30 after 12 months of deprecation notices. The v1 handlers are deleted and it will never come back. Integrators still call /v1/telemetry — what do we return? (No redirect, v2 payloads are incompatible.)`, R410),
  w('410', 'sre', `SN-7730 decommissioned + physically scrapped, serial retired forever (our numbering never reuses). we keep a tombstone row. integrator who owned it still GETs /devices/SN-7730 w/ a valid key. code pls`, R410),
  w('410', 'support', `We pulled the firmware 2.x images after the safety recall. Engineering deleted them on purpose and confirmed they will never be served again under any circumstances. A customer's old script still fetches /firmware/2.9.4/image.bin. What should they get back?`, R410),
  w('410', 'nonnative', `Regulatory export files are deleted automatic after 90 days by our retention policy, this is by design and cannot be restored, the file is gone forever. Auditor open the download link from 120 days ago, he is logged in and he is owner of the export. Which code is correct for this?`, R410),
  w('410', 'sre', `dropped the legacy co2 sensor endpoint /v2/sensors/legacy-co2/* — table deleted, migration done, not temporary, product signed off its gone for good. still getting hits from 3 integrators. 404 or 410`, R410),
  w('410', 'security', `After the audit we permanently removed the insecure endpoint POST /v1/keys/export-plaintext. It's announced in the public changelog as removed for good, so there is nothing to hide. Callers are authenticated. What status should it return from now on?`, R410),

  // ── knowledge ───────────────────────────────────────────────────────────────────────────────────
  k('api', `In RFC 6750, which error code goes in the WWW-Authenticate header when the bearer token has expired?`, /invalid[_ -]?token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked and malformed tokens'),
  k('api', `RFC 6750 error code when the token is valid but lacks the scope the endpoint needs?`, /insufficient[_ -]?scope/i, 'RFC 6750 §3.1: insufficient_scope (sent with 403)'),
  k('nonnative', `Which RFC is now the standard for HTTP semantics, where the status codes 401, 403, 404 and 410 are defined?`, /9110/, 'RFC 9110 (HTTP Semantics, 2022) defines the status codes'),
  k('support', `Before RFC 9110, which RFC defined 403, 404 and 410? Our wiki cites an old number and I want to know which one 9110 replaced.`, /7231/, 'RFC 9110 obsoletes RFC 7231, whose §6.5 defined 403/404/410'),
  k('sre', `can a cdn cache a 410 w/ no cache-control or expires at all, or does it need explicit headers`, /(\byes\b|heuristic|cacheable by default|can be cached|may be cached)/i, 'RFC 9110 §15.5.11: 410 is heuristically cacheable by default'),
  k('nonnative', `In RFC 9110 what is the section number of 410 Gone?`, /15\.5\.11/, 'RFC 9110 §15.5.11: 410 Gone'),
  k('support', `What is the official reason phrase for 401? Customers get confused by it.`, /unauthori[sz]ed/i, 'RFC 9110 §15.5.2: 401 Unauthorized'),
  k('security', `Per RFC 9110, if a server wants to hide that a forbidden resource exists, which status code can it send instead of 403?`, /\b404\b/, 'RFC 9110 §15.5.4: a server that wishes to hide the resource may respond 404 (Not Found)'),
  k('api', `RFC 6750: what error code for a malformed request, e.g. the access token sent both in the Authorization header and in the query string?`, /invalid[_ -]?request/i, 'RFC 6750 §3.1: invalid_request (400), e.g. more than one method of sending the token'),
  k('support', `Why send 410 instead of 404 for a page we removed forever — what does it do for search engines?`, /(faster|quicker|sooner|more quickly|more rapidly|right away|immediately|remove (the )?links|delist|de-?index)/i, 'Seed + RFC 9110 §15.5.11: 410 signals intentional permanent removal so crawlers delist faster and links get removed'),
  k('security', `Which RFC defines the Bearer token scheme and the invalid_token / insufficient_scope error codes?`, /6750/, 'RFC 6750: OAuth 2.0 Bearer Token Usage'),
  k('sre', `invalid_token per rfc 6750 maps to which status`, /\b401\b/, 'RFC 6750 §3.1: invalid_token → 401 Unauthorized'),
  k('api', `What's a "soft 404" — what status code does the server actually send in that case?`, /\b200\b/, 'Seed: a soft 404 is a 200 OK carrying "page not found" content'),
];

export const UNSEEN42_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
