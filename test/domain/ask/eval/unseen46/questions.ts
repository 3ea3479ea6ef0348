import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 46, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an electric-vehicle charging network and energy utility (driver apps, RFID cards, CPO tenants, OCPI roaming partners, fleets, smart meters, a grid-operator integration, a support console). */

const R401_NONE = 'RFC 9110 §15.5.2, RFC 6750 §3.1: the request carries no credentials at all → 401 with a WWW-Authenticate challenge';
const R401_EXP = 'RFC 6750 §3.1 invalid_token: expired access token / session → 401';
const R401_REV = 'RFC 6750 §3.1 invalid_token: a revoked token is not valid credentials → 401, not 403';
const R401_BAD = 'RFC 9110 §15.5.2: credentials supplied but invalid (malformed, unknown, wrong) → 401';
const R403_ROLE = 'RFC 9110 §15.5.4 + seed: authenticated but lacks the required role or permission → 403';
const R403_PLAN = 'RFC 9110 §15.5.4 + seed: server understood and refuses an identified client (plan entitlement); re-authenticating will not help → 403';
const R403_POLICY = 'RFC 9110 §15.5.4 + seed: authorization policy refuses a known, authenticated client → 403';
const R403_IP = 'seed: an IP allowlist blocking a caller whose credentials are valid → 403';
const R403_SCOPE = 'RFC 6750 §3.1: valid token without the needed scope, insufficient_scope → 403';
const R403_TENANT = 'seed + RFC 9110 §15.5.4: tenant isolation violation on a resource whose existence is public anyway → 403';
const R403_BAN = 'RFC 9110 §15.5.4: known, authenticated account refused (suspended / banned) → 403';
const R404_HIDE = 'RFC 9110 §15.5.4 + seed: a server that wishes to hide the existence of the resource from this caller may answer 404 instead of 403';
const R404 = 'RFC 9110 §15.5.5: no current representation found for the target resource → 404';
const R404_UNK = 'RFC 9110 §15.5.11/§15.5.5: removal not known to be permanent → 404, not 410';
const R410 = 'RFC 9110 §15.5.11 + seed: resource intentionally removed and the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ── 401 ──
  w('401', 'sre', `ocpi partner hitting GET /ocpi/2.2/locations w/ no Authorization header at all, nginx passes it thru to us. what do we answer, pls keep it quick`, R401_NONE),
  w('401', 'sre', `roaming-gw rejecting calls from one partner since midnight:
  WARN auth: credentials token rejected party=NL-XYZ reason=expired exp=2024-11-30T23:59:59Z
theyre still on the old token, rotation didnt happen on their side. what status should the gw send back`, R401_EXP),
  w('401', 'support', `Customer says the app "threw her out" after the update and now every screen shows "something went wrong". Looking at the logs, her session expired weeks ago and the app keeps sending the old session token on GET /me/charging-history. What should the backend reply so the app knows to send her to the login screen instead of showing a generic error?`, R401_EXP),
  w('401', 'security', `Security review of the roaming API. When a roaming agreement ends we revoke the partner's credentials token in our token store immediately. The partner's system keeps calling with that token for days. One dev wants to answer 403 "because we know exactly who they are". I disagree but want a reference. What should the status be for those calls?`, R401_REV),
  w('401', 'nonnative', `Hello, our fleet integration sends JWT to your API but my colleague copied it wrong, the token is missing the last part so signature check is failing. Your API gives 500 now which is a bug I think. What code is correct to return for this case?`, R401_BAD),
  w('401', 'support', `driver changed her password on the website yesterday, which logs out all her devices. today her phone app still tries to start charging at a station with the old session and just gets "error". which status should the start-session endpoint give so the app shows the login page`, R401_REV),
  w('401', 'api', `Grid-operator integration: they authenticate with an X-Api-Key header (we advertise it in a WWW-Authenticate challenge with a custom scheme). This morning they rotated keys on their side and are now sending a key we have never issued — it's not in our key table at all, not even as a revoked one. The call is POST /flex/dispatch-signals. Which status?`, R401_BAD),
  w('401', 'nonnative', `I am building the home energy dashboard. When I call /households/me/meter-readings before the user is logged in (no cookie, no token, nothing), which status the API must send? I think it is 403 but I am not sure.`, R401_NONE),
  w('401', 'sre', `basic auth on the legacy smart-meter csv export, a utility contractor keeps typing the wrong password. what do we return on each attempt (not talking about the lockout, just wrong pw)`, R401_BAD),

  // ── 403 ──
  w('403', 'sre', `support console: tier1 agent tried POST /console/refunds, that needs the billing-admin role. agent is logged in fine via SSO. 401 or 403 or what`, R403_ROLE),
  w('403', 'api', `Fleet managers on the Starter plan can see their sessions in the dashboard, but the bulk CSV export (GET /fleet/{fleetId}/sessions/export) is a Fleet Pro feature. The caller is authenticated and it's their own fleet; they're just on the wrong plan. Someone suggested 402 but we want to stay within 401/403/404/410. Which one fits?`, R403_PLAN),
  w('403', 'support', `Driver is logged into the app. The station is visible on the public map, marked "Private – Acme employees only", and she is not an Acme employee. She taps "Start charging" and the backend refuses. What code should the backend use for that refusal?`, R403_POLICY),
  w('403', 'sre', `grid op moved their dispatch service to a new DC, calls now come from 203.0.113.40 which isnt on our allowlist. api key is valid, waf drops it at the edge. status?`, R403_IP),
  w('403', 'api', `A roaming partner's token was granted "locations:read tariffs:read" only. Now they try PUT /ocpi/2.2/sessions/DE/ABC/sess-9912 to push a session. The token is valid, not expired, the partner is known to us; the token just was never granted sessions write. What status goes on the response?`, R403_SCOPE),
  w('403', 'security', `CPO tenant "VoltGo" sent PATCH /cpo/stations/FR*ION*E1234 to change the max power. That station belongs to another CPO, but it's a public station – its ID, address and operator are published in the open roaming feed, so there is nothing to hide about its existence. VoltGo is properly authenticated. What should we answer?`, R403_TENANT),
  w('403', 'support', `We suspended a driver account after the fraud team found cloned RFID cards linked to it. We still let the person log in so they can download invoices and pay the open balance, but POST /sessions/start has to be refused. Which code for that refusal?`, R403_BAN),
  w('403', 'nonnative', `In our fleet product the fleet manager creates sub-accounts for the drivers. A driver sub-account (logged in, token is ok) calls PUT /fleet/billing-settings to change the company payment card. Only the main account may do this. Which status is right?`, R403_ROLE),
  w('403', 'sre', `colleague wants 401 for read-only cpo api keys that try DELETE /tariffs/{tariffId} "because the key isnt authorized". key is valid and recognised, its just read-only. i think hes wrong, which is it`, R403_ROLE),
  w('403', 'security', `Pentest finding on the driver API: an authenticated driver can see in the response of GET /stations/NL*EVB*E77 that it's a public fast charger, and when they call POST /stations/NL*EVB*E77/reset (an operator-only maintenance action) we return 404. The station obviously exists and is listed everywhere. What should the reset call return instead?`, R403_POLICY),

  // ── 404 ──
  w('404', 'security', `Meter readings endpoint: GET /meters/{meterId}/readings. Meter IDs are sequential-ish and printed on the device. If a logged-in household asks for a meter that exists but belongs to another household, we must not confirm that the ID is in use – that would leak that someone at that address is our customer. What do we return?`, R404_HIDE),
  w('404', 'sre', `randoms probing /internal/support-console/api/users – theyre logged-in drivers from the app w/ valid tokens, obviously not staff. we dont want to advertise that the console even lives there. status pls`, R404_HIDE),
  w('404', 'api', `Multi-tenant CPO API. Tenant A requests GET /cpo/stations/{stationId} for a station that belongs to tenant B and isn't published in any roaming feed (it's a private depot charger). Our tenant isolation policy says a tenant must not be able to learn anything about another tenant's assets, including whether an ID exists. Which code?`, R404_HIDE),
  w('404', 'nonnative', `Fleet manager of company X try GET /fleet/vehicles/WVWZZZ1JZXW000001 and this vehicle is in the fleet of company Y. We don't want that company X can check which VINs are our customers. What to return? My lead says 403 because he is not allowed, but then X knows the VIN is with us, no?`, R404_HIDE),
  w('404', 'sre', `GET /stations/DE*ABC*E0000999 -> no such evse, never existed, driver typed the id off the sticker wrong. what do we send`, R404),
  w('404', 'api', `In the OCPI tokens module a partner does GET /ocpi/2.2/tokens/NL/TNM/012345678 for a token UID we have never seen – never issued, never registered by any eMSP. The partner is authenticated and allowed to query tokens. Which HTTP status?`, R404),
  w('404', 'sre', `after deploy 4.12 seeing tons of
  10.2.3.4 - - "GET /api/v2/tarifs/current HTTP/1.1" ... 
typo in the new mobile build, real route is /api/v2/tariffs/current. what should the server keep answering for the typo path until the app fix ships`, R404),
  w('404', 'support', `Station "Harbour Car Park 3" was taken off the public map last week. The operator says the site lease is being renegotiated – it might come back in the same spot, it might not, nobody knows yet. Old deep links to /stations/harbour-car-park-3 are still getting hits. What should they return for now?`, R404_UNK),
  w('404', 'api', `We withdrew the "GreenFlex" tariff after a complaint to the regulator; it may be reinstated when the review concludes (could take months). What should GET /tariffs/greenflex return meanwhile? Marketing wants 410 so Google drops the page, but I'm not convinced.`, R404_UNK),
  w('404', 'sre', `charging session cs_8f21 was there yesterday, gone today. cant tell yet if the retention job purged it or a migration just lost it and well restore from backup. partner asking for it via GET /sessions/cs_8f21. what do we return until we know`, R404_UNK),

  // ── 410 ──
  w('410', 'support', `The station at Mill Road was decommissioned in March: hardware dismantled, grid connection removed, and its EVSE IDs are retired for good (we never reuse them). Old QR codes on a printed leaflet still point to /stations/mill-road. What should that URL return?`, R410),
  w('410', 'sre', `tariff "night saver 2022" killed for good, terms superseded, legal says itll never be offered again. /tariffs/night-saver-2022 still gets crawler traffic and we want google to drop it fast. code?`, R410),
  w('410', 'api', `Our OCPI 2.1.1 endpoints were shut off on 1 July after a 12-month deprecation period announced with Sunset headers. They are permanently gone and there's no one-to-one successor URL to redirect to. What should requests to /ocpi/2.1.1/... return now? (First I thought 404, then 403 because "they're not allowed anymore" – now I'm confused.)`, R410),
  w('410', 'nonnative', `Grid operator integration: the old demand-response endpoint /dr/v1/curtail was removed on purpose in our migration to OpenADR, and it will not come back ever. The grid operator system still calls it sometimes. Which status code we should give them?`, R410),
  w('410', 'security', `Drivers can share a public receipt link (/r/<random-token>). Per our retention policy, receipts are deliberately and permanently deleted after 24 months. The link token is unguessable and whoever holds it was given it by the driver, so hiding whether it ever existed isn't a concern here. What should a purged receipt link return?`, R410),
  w('410', 'sre', `campaign page /promo/summer-free-kwh — campaign over permanently, page deleted on purpose, not coming back. seo team asks for the right status so it gets delisted fast`, R410),

  // ── knowledge ──
  k('api', `What header does a 401 response have to include, per RFC 9110?`, /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST send a WWW-Authenticate header with at least one challenge'),
  k('sre', `rfc section for 403 forbidden? need it for the runbook`, /15\.5\.4|6\.5\.3/i, 'RFC 9110 §15.5.4 (formerly RFC 7231 §6.5.3)'),
  k('security', `Is a 410 Gone response cacheable by default, or does it need an explicit Cache-Control header to be stored?`, /heuristic|(is|are) cacheable by default|cached by default|without (an? )?(explicit )?cache-control/i, 'RFC 9110 §15.5.11 / §15.1: 410 is heuristically cacheable'),
  k('nonnative', `In RFC 6750, which error code the server puts in WWW-Authenticate when the access token is expired?`, /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked, malformed tokens'),
  k('api', `Under RFC 6750, when a bearer token is valid but lacks the scope the endpoint needs, what status and error code should we send?`, /403[\s\S]*insufficient_scope|insufficient_scope[\s\S]*403/i, 'RFC 6750 §3.1: insufficient_scope, HTTP 403'),
  k('support', `Customer got a 403 from the fleet portal and asks if she should just log in again. Will re-authenticating fix a 403?`, /\bno\b|won'?t|will not|doesn'?t|does not|not help|unlikely|re-?authenticat\w* (will|does)n'?t/i, 'seed + RFC 9110 §15.5.4: re-authenticating will not change a 403'),
  k('sre', `does a client retry a 403 automatically or not`, /(not|n't|no|never|without|stop|only)[^.]{0,60}retr|retr[^.]{0,60}(not|n't|only|until|after|unless)/i, 'seed + RFC 9110 §15.5.4: no automatic retry without a change in permissions/credentials'),
  k('api', `What's the actual difference between 404 and 410 in terms of what the server knows about the resource?`, /permanent/i, 'RFC 9110 §15.5.11: 410 means the removal is known to be permanent; 404 makes no such claim'),
  k('security', `Does RFC 9110 allow us to answer 404 instead of 403 to avoid revealing that a resource exists?`, /15\.5\.4|6\.5\.3|\bmay\b|\byes\b|hide|hidden|conceal|allow|permit/i, 'RFC 9110 §15.5.4: a server wishing to hide existence MAY respond 404'),
  k('sre', `seo q: 404 vs 410 for deleted station pages, which gets them out of google faster`, /410|gone/i, 'seed: 410 helps crawlers delist faster'),
  k('api', `What is a "soft 404" and why is it a problem?`, /200|\bok\b|index/i, 'seed: 200 with not-found content; search engines treat such pages as indexed'),
  k('nonnative', `Which RFC and section defines 401 Unauthorized today? The old reference we have is RFC 7235.`, /9110|15\.5\.2/i, 'RFC 9110 §15.5.2 obsoletes RFC 7235 §3.1'),
  k('security', `RFC 6750: when a request has no credentials at all, should the WWW-Authenticate: Bearer challenge include an error code?`, /\bno\b|should not|shouldn'?t|not include|without (an? )?error|omit/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('sre', `should our cdn cache 403s`, /not (be )?cach|no(t)?\b[^.]{0,20}cach|shouldn'?t|should not|don'?t|per.request/i, 'seed: 403 not cached, permission checks are per-request; not heuristically cacheable (RFC 9110 §15.1)'),
  k('support', `Our site shows a 404 on a station page and the customer asks whether that means the station is gone forever. Does a 404 say whether it's permanent?`, /410|gone|(not|n't|no)[^.]{0,60}(indicat|say|tell|distinguish|guarantee|whether|permanent)/i, 'RFC 9110 §15.5.5 + seed: 404 does not indicate whether the absence is temporary or permanent; 410 is for permanent removal'),
];

export const UNSEEN46_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
