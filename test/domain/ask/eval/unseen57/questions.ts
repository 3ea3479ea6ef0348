import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 57, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a smart-home / IoT platform — hubs, devices, device certificates, household members and guests, installers, firmware images, shared automations, cloud API for integrators. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, bad signature) → 401';
const R401C = 'RFC 9110 §15.5.2: credentials were sent but refused (expired, unknown) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; caller is known but not allowed → 403';
const R403S = 'RFC 6750 §3.1: valid token lacking the needed scope → 403 insufficient_scope';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server unwilling to disclose that a forbidden resource exists may answer 404';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.11: 410 only when the removal is known to be permanent; otherwise 404 (§15.5.5)';
const R410 = 'RFC 9110 §15.5.11: target intentionally and permanently unavailable → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×7
  w('401', 'sre', 'hubs on fw 3.2.0 POST /v2/hubs/hb-88a1/heartbeat with no Authorization header at all, regression in the http client. what do we send back', R401),
  w('401', 'security', 'The device API receives the client certificate forwarded by the edge (TLS terminates there and passes the cert through in a header). This camera\'s certificate expired last Tuesday and it hasn\'t rotated. What status should the device API answer its requests with?', R401C),
  w('401', 'api', 'A household owner unlinked the "SmartThermo Pro" integration from their account, which revoked the integrator\'s OAuth access token. The integrator\'s backend keeps calling GET /v1/devices with that same bearer token. What should our cloud API return?', R401T),
  w('401', 'nonnative', 'The installer app is sending a JWT but the signature is not verify with our public key, I think they build the app with the staging key by mistake. Which code we must return, 401 or 403?', R401T),
  w('401', 'sre', 'seeing a lot of these from the alexa skill:\n`WARN authn bearer parse failed: expected 3 segments, got 2 client_id=alexa-skill-prod path=/v1/scenes`\ntoken is garbage basically. code pls', R401T),
  w('401', 'support', 'A guest invited to a holiday rental opened the app this morning and the lock controls fail. Their invite is valid until Sunday, but their app session token timed out overnight after 12 hours and the app sent the stale one. What should the API respond so the app knows to send them back through sign-in?', R401C),
  w('401', 'api', 'An integrator puts a value in X-Api-Key that matches no key we have ever issued — looks like they pasted it with a character missing. Which status does the gateway return?', R401C),

  // ---- 403 ×9
  w('403', 'sre', 'household member acct (role=member, token fine) tries DELETE /households/h-1192/hubs/hub-3. only the owner can remove a hub. they live in the house so we dont care if they know the hub exists. code?', R403),
  w('403', 'api', 'Integrator token is valid and unexpired, but it was granted only devices:read. They call POST /v1/devices/lock-44/commands to unlock the door. Which status, and which error in the challenge — I mostly need the status.', R403S),
  w('403', 'nonnative', 'Guest user is logged in correct, he try to change the thermostat schedule. But the owner configured that guests can use only lights and the front door. What we answer to him?', R403),
  w('403', 'support', 'An installer finished a job at a customer\'s home; the customer ended the installer handover in the app yesterday at 5pm. Today the installer, signed in fine with their own account, tries to change the hub\'s Z-Wave settings for that same home. They obviously know the home exists. What should they get back?', R403),
  w('403', 'security', 'An integrator registered two egress IPs in the developer console. Today calls arrive with valid client credentials from a third address that is not on their list. Which code should the cloud API return for those calls?', R403),
  w('403', 'sre', 'free plan acct hitting GET /v1/automations/export, export is a premium feature. token valid, acct exists, nothing secret about the endpoint (its on the pricing page). which one', R403),
  w('403', 'api', 'A hub authenticates with its device certificate just fine and asks for the latest image on the beta firmware channel, but the household never opted into beta. The beta builds are listed in our public release notes, so there\'s nothing to hide. Correct response?', R403),
  w('403', 'security', 'The teenager\'s profile in a household has a parental rule "can\'t disarm the alarm". Their session is valid and they send POST /v1/alarm/disarm. What status is right?', R403),
  w('403', 'nonnative', 'The owner shared an automation "Good night" with his sister as view only. She is logged in, she can see it, but when she send PUT to edit it, what status we give?', R403),

  // ---- 404 ×9
  w('404', 'security', 'An integrator calls GET /v1/households/{id} for a household that exists but never linked their integration. We must not let third parties find out which homes use our platform. What should they receive?', R404H),
  w('404', 'sre', 'GET /v1/devices/by-serial/SN-7731-AQ from a normal user acct, serial belongs to some other customer\'s doorbell. pentest last quarter flagged that you could walk serial numbers and learn which ones are registered. today we return 403 for this. what should it be', R404H),
  w('404', 'support', 'A guest who was invited to the owner\'s city apartment changed the home id in the web app URL and landed on the owner\'s lake cabin. The owner is very private and does not want anyone to learn the cabin is on the account. What should the guest get?', R404H),
  w('404', 'api', 'We pulled firmware image 4.1.2 from the CDN while QA investigates a bricking report. It might be republished as-is if the report turns out unrelated. What should GET /firmware/4.1.2/image.bin return meanwhile?', R404U),
  w('404', 'nonnative', 'Moderation team took down a shared automation template because of a bug report, but maybe it come back when the author fix it. Someone ask for the template URL, what code?', R404U),
  w('404', 'sre', '`GET /v1/devcies/abc123 -> ???` integrator typo\'d the path, no such route. what do we return', R404),
  w('404', 'support', 'A customer says the app shows an error when they open a device link from an old email. I checked: the device id in that link was never registered in any account — it\'s not in the database or the audit log at all. What status is the right one for that link?', R404),
  w('404', 'security', 'Installer company A, authenticated, requests /v1/installer-jobs/J-55012, which belongs to installer company B. Our installers compete with each other and must not learn who else the customer hires or which jobs exist. What should the API answer?', R404H),
  w('404', 'api', 'A user deleted a smart plug from their account; deleted devices sit in a trash for 30 days and can be restored from there. What should GET /v1/devices/plug-91 return during those 30 days?', R404U),

  // ---- 410 ×5
  w('410', 'sre', 'v1 pairing endpoint /v1/pair was retired march 1, announced a year ahead, the code is deleted and it will never come back. old hubs still hit it every few mins. what should it answer', R410),
  w('410', 'api', 'Firmware 1.x reached end of life and we deliberately deleted every 1.x image; legal signed off that we will never host them again. Which status for requests to the old 1.x image URLs?', R410),
  w('410', 'support', 'A creator asked us to erase their account under GDPR. All their published automations were wiped and cannot be recovered by anyone, us included. People still open the share links. What code should those links return?', R410),
  w('410', 'nonnative', 'We shut down the old webhook URLs of the legacy rules engine, they are finished forever, all integrators got email months ago. What status to return for calls on them?', R410),
  w('410', 'security', 'The Gen-1 camera line is end-of-life and its cloud recordings service was decommissioned: data destroyed, servers returned, no plan to ever restore it. Old cameras still request /v1/recordings/upload. Which code?', R410),

  // ---- knowledge ×30 (situated)
  k('support', 'A customer\'s Home Assistant integration gets a 401 from our cloud API when the token is missing, and their developer says our response is non-compliant because a header is missing. Which response header must a 401 carry?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header with at least one challenge'),
  k('nonnative', 'Our partner get 403 with insufficient_scope when they send commands to the locks. They ask: if they just log in again with same token and same account, it will work?', /\b(no|won['’]?t|will not|doesn['’]?t help|does not help|not help|wouldn['’]?t|not (fix|solve|resolve|change))\b/i, 'RFC 9110 §15.5.4: re-authenticating with the same credentials does not fix a 403'),
  k('api', 'Token introspection says the integrator\'s access token expired an hour ago, so we answer 401 with a Bearer challenge. Which error code goes in that challenge?', /invalid_token/i, 'RFC 6750 §3.1: expired, revoked or malformed token → error="invalid_token"'),
  k('sre', 'hub polls /v2/config w/o any token, we send 401 + WWW-Authenticate: Bearer realm="hubs". should the challenge also carry an error= param', /\b(no|shouldn['’]?t|should not|omit|leave (it )?out|without|not include|don['’]?t)\b/i, 'RFC 6750 §3.1: when the request had no authentication information, the challenge SHOULD NOT include an error code'),
  k('security', 'We answer 404 to integrators asking for households that exist but never linked their integration. Which section of RFC 9110 allows hiding a forbidden resource behind 404?', /15\.5\.[45]/, 'RFC 9110 §15.5.4 (and §15.5.5): a server may answer 404 to hide the existence of a forbidden resource'),
  k('support', 'We retired the Gen-1 hub product pages for good and they now answer 410. Our SEO contractor asks whether search engines handle that differently from a 404.', /fast|quick|sooner|immediate|right away|permanent|without (waiting|re-?check)/i, 'RFC 9110 §15.5.11: 410 tells recipients the removal is permanent, so crawlers drop the URL sooner than after repeated 404s'),
  k('api', 'Firmware 2.x images are removed for good and their URLs return 410 with no Cache-Control header. Could a CDN or the hub\'s HTTP cache still store that 410?', /\b(yes|cacheable|heuristic(ally)?|can (be )?(cached|stored)|may (be )?(cached|stored))\b/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('nonnative', 'We moved the firmware files to a new storage bucket and they have new URLs, the old URLs not work anymore. My colleague want to return 410 on old URLs. What kind of response is more correct for this case?', /\b30[178]\b|redirect|moved permanently/i, 'RFC 9110 §15.4: a resource that moved should get a redirect (301/308), not 410'),
  k('sre', 'automation template pulled by moderation, author might fix it and republish. someone on the team wants 410 for it. ok or not, and what instead', /404/, 'RFC 9110 §15.5.11: if it is not known whether the removal is permanent, 404 should be used instead of 410'),
  k('security', 'Our device API answers 401 to hubs whose certificate-bound token was revoked. When the hub retries with a new token, in which request header is it expected to send its credentials?', /\bAuthorization\b/, 'RFC 9110 §11.6.2: the client may repeat the request with new credentials in the Authorization header'),
  k('support', 'A household owner got "Forbidden" when adding a fourth admin, because their plan allows three. They want to know why. Is it fine for us to put that reason in the body of the 403?', /\b(yes|may|can|allowed|fine|ok(ay)?|should)\b/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was refused can describe the reason in the response content'),
  k('nonnative', 'Some installers work behind a company proxy that want them to login before going to internet. The proxy give an error that is like 401 but is not 401. Which number is it?', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is the proxy counterpart of 401'),
  k('api', 'An integrator sends its access token both in the Authorization header and in the access_token query parameter. We reject it with error=invalid_request. What HTTP status goes with that error per RFC 6750?', /400/, 'RFC 6750 §3.1: invalid_request (e.g. more than one method of sending the token) → 400'),
  k('sre', 'marketing site returns 200 w/ "this device page no longer exists" for dead product pages. whats that antipattern called', /soft[\s-]*404/i, 'seed + RFC 9110 §15.5.5: a 200 page saying "not found" is a soft 404; send a real 404/410 instead'),
  k('support', 'A customer\'s integration logs show 401s although they are definitely sending a token with every call. They ask what a 401 means when a token was included.', /refus|invalid|reject|not (valid|accepted)|\bbad\b|wrong|expired|revoked|insufficient/i, 'RFC 9110 §15.5.2: if credentials were sent, 401 means they were refused'),

  // ---- knowledge (general)
  k('security', 'Which RFC is the current normative reference for the semantics of 401, 403, 404 and 410?', /9110/, 'RFC 9110 (HTTP Semantics, 2022) defines these status codes'),
  k('nonnative', 'RFC 7231 is still the valid one for status codes, or it is replaced by something?', /9110|obsolet|replac|supersed/i, 'RFC 9110 obsoletes RFC 7231'),
  k('support', 'A customer asked me where in RFC 9110 "410 Gone" is defined. Which section number do I give them?', /15\.5\.11/, 'RFC 9110 §15.5.11 defines 410 Gone'),
  k('sre', 'rfc 9110 section # for 401', /15\.5\.2/, 'RFC 9110 §15.5.2 defines 401 Unauthorized'),
  k('support', 'In plain words, what does a 410 tell a client that a 404 does not?', /permanen|for good|never (come )?back|forever|intentional|deliberate/i, 'RFC 9110 §15.5.11: 410 says the resource is gone and the condition is likely permanent'),
  k('nonnative', 'In the Bearer challenge, which attribute I use for telling the client which scope it is missing?', /\bscope\b/i, 'RFC 6750 §3: the scope attribute lists the scope needed to access the resource'),
  k('api', 'Besides error, which Bearer challenge attribute carries a human-readable explanation for the developer?', /error_description/i, 'RFC 6750 §3: error_description gives human-readable text'),
  k('security', 'Why would an API answer 404 instead of 403 when someone asks for another tenant\'s object?', /exist|enumerat|reveal|leak|disclos|hid|confirm/i, 'RFC 9110 §15.5.4: 404 lets the server avoid disclosing that the forbidden resource exists'),
  k('support', 'Is it mandatory to send 410 every time something is permanently deleted, or may we keep answering 404?', /404|not (required|mandatory|necessary|obligatory)|optional|\bno\b/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone; 404 is allowed'),
  k('sre', 'reason phrase for 410?', /\bGone\b/i, 'RFC 9110 §15.5.11: 410 Gone'),
  k('nonnative', 'When a client receive 410, what the RFC suggest it do with its links to that resource?', /remov|delet|drop|stop|purge|unlink|get rid/i, 'RFC 9110 §15.5.11: 410 signals that remote links to the resource should be removed'),
  k('api', 'Which RFC 6750 error code goes with a 403?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('security', 'The reason phrase "Unauthorized" is misleading. What does a 401 actually signal?', /authenticat|credential/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  k('nonnative', 'After a client got a 403, it should keep retrying the same request automatic?', /\b(no|not|stop|don['’]?t|shouldn['’]?t|should not|without)\b/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
];

export const UNSEEN57_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
