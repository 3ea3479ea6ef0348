import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 391, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an industrial control and SCADA vendor's remote-maintenance portal (technicians, plant operators, client certificates, other customers' sites, decommissioned plants, withdrawn firmware images), asked by security auditors and plant IT. */

const R401 = 'No valid credentials (missing, expired, revoked, malformed or unverifiable): RFC 9110 §15.5.2 401 with a WWW-Authenticate challenge; RFC 6750 §3.1 invalid_token for bad bearer tokens.';
const R403 = 'Caller is authenticated but not permitted and existence is not secret: RFC 9110 §15.5.4 403; re-authenticating will not help.';
const R403S = 'Valid bearer token lacking the required scope: RFC 6750 §3.1 insufficient_scope maps to 403 (RFC 9110 §15.5.4).';
const R404 = 'No resource at that URI (never existed / wrong id): RFC 9110 §15.5.5 404.';
const R404H = 'Existence must not be disclosed to this caller: RFC 9110 §15.5.4 lets a server answer 404 instead of 403 to hide the resource (§15.5.5).';
const R404U = 'Removed but not known to be permanent (may be restored): RFC 9110 §15.5.11 says 404 ought to be used when the server cannot tell whether the condition is permanent (§15.5.5).';
const R410 = 'Intentionally and permanently removed, not coming back: RFC 9110 §15.5.11 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'tech laptop hits /api/v2/sites/PLT-0913/alarms w/ no Authorization header at all, rn the api answers 302 to the login page like the web ui. what should the api return instead', R401),
  w('401', 'api', 'Our remote-maintenance API takes bearer tokens. A technician\'s access token expired at 06:00 and the field tool keeps calling GET /sessions/active with it. Which status should the API send back?', R401),
  w('401', 'support', 'Ticket from a water utility: a plant operator logged out of the portal, then opened a bookmarked trend dashboard in another tab. The session cookie was invalidated at logout, so the request arrives with no valid session at all. Today we show a "Forbidden" page and a colleague says 403 is fine. What is the correct response?', R401),
  w('401', 'security', 'finding SCADA-PEN-07: after we rotated the historian connector api key, calls with the old key still got 200 for about an hour b/c of a cache. fixing that now. once the old (rotated) key is rejected, what status should those calls get? dev wants 403', R401),
  w('401', 'nonnative', 'hello, the client certificate of our field engineer was revoked yesterday, it is on the CRL now. the proxy forward the request and the portal see the cert is revoked, so there is no valid identity for him. which code we must return please', R401),
  w('401', 'sre', 'jwt on the plant gateway call has a kid thats not in our jwks, signature cant be verified. 401 or 403', R401),
  w('401', 'support', 'Operator left the HMI web client open over the weekend. Idle timeout is 30 min so the session expired long ago; Monday morning he hits refresh on the setpoint page. What do we send back? He thinks he is now "forbidden" from his plant.', R401),
  w('401', 'security', 'pentest note: requests with the literal header "Authorization: Bearer undefined" to /api/firmware/download were treated as anonymous and got the file list. we will reject that token as garbage. status?', R401),

  // ---- 403 ----
  w('403', 'sre', 'plant operator acct (role=operator) does POST /sites/PLT-0204/firmware/push, only role=technician may push firmware. hes logged in fine and sees the site, its his own plant. code pls', R403),
  w('403', 'api', 'Token is valid but only has scope telemetry:read; the client calls PUT /sites/PLT-0311/setpoints, which needs setpoints:write. The site belongs to the caller\'s own company. Which status should the resource server return?', R403S),
  w('403', 'support', 'Customer ticket: their technician logs in fine with MFA, but the plant\'s IT only allows remote sessions from their jump-host IP range and the technician is working from home on another IP. The portal blocks the session start. He is assigned to that site and knows it exists. Which status should the blocked session start return?', R403),
  w('403', 'security', 'audit note: a technician account was suspended by the vendor admin after an insider-threat review. the person can still complete SSO (the IdP doesnt know), so the portal knows exactly who it is but must refuse everything. someone proposed 401. whats right', R403),
  w('403', 'nonnative', 'our contractor technician is logged in correct and the site is assigned to him, but the plant did not approve the maintenance window for today, so portal refuse to open the remote desktop to the PLC engineering station. he know the site exist. it is 403 or 404?', R403),
  w('403', 'sre', 'read only auditor acct w/ valid session sends DELETE /audit/exports/2291. export exists and auditor can list it, just cant delete. what should we return', R403),
  w('403', 'api', 'A machine client authenticates with a valid client certificate as the historian service. It may read tags, but it calls GET /sites/PLT-0118/config/backup, which its grant does not cover. It is the client\'s own site and nothing about the endpoint is secret. Status?', R403),
  w('403', 'support', 'A customer on the Basic support plan tries to start a live remote session; live sessions are only in Premium. They are logged in and the button is greyed out, but their script calls the API directly. Which code should the API return for that call?', R403),
  w('403', 'nonnative', 'colleague say 401 because the user must "login again". but the operator is already logged in with valid session, he only miss the alarm-ack permission for one line of his own plant. login again will not change his permission. so which one', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /sites/PLT-0042 is a typo, the real site is PLT-0024. there is no PLT-0042 and never was. status', R404),
  w('404', 'api', 'A client requests GET /firmware/images/rtu-5000/9.9.9. That version was never built or released; there is no such image and there never has been. What should the API return?', R404),
  w('404', 'support', 'Customer says the link in an old email, /tickets/RM-55812, does not work. We checked: that ticket number was never issued, the email had a typo. Nothing was deleted. What status is correct for that URL?', R404),
  w('404', 'nonnative', 'technician type wrong serial number of the controller in the url, /devices/SN-77A1-0000. this device is not deleted, it never existed in our system. what code?', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'finding: a technician of integrator A calling GET /sites/{id} for plants of other customers gets 403, which confirms those site ids exist. contract says other customers\' sites must not be revealed. what should it return instead', R404H),
  w('404', 'api', 'A plant operator from customer X requests /sites/PLT-0777/alarms, a real plant that belongs to customer Y. Site IDs are confidential and we must not confirm to X that PLT-0777 exists. Which code?', R404H),
  w('404', 'sre', 'tenant isolation: logged in user from one utility hits another utility\'s substation endpoint. we dont want to leak that the substation even exists. someone says 403, thoughts', R404H),
  w('404', 'nonnative', 'we have custom firmware builds made only for one customer. if a technician of another customer ask for the URL of such image, we must not show that the image exist at all. he is logged in correctly. what status is right?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'We pulled firmware image PLC-FW 4.2.1 from the download portal while engineering investigates a possible bug. It might be re-released unchanged if the investigation comes back clean. A technician\'s update tool keeps requesting it. What do we send back?', R404U),
  w('404', 'sre', 'plant PLT-0650 mothballed for the season, site record archived and taken off the portal, can be restored when the plant restarts in spring. requests to /sites/PLT-0650 from its own operators, status?', R404U),
  w('404', 'security', 'legal hold: a customer plant record was removed from the portal while its decommissioning is disputed. not decided yet if thats permanent, it could come back. is 410 right for now or what', R404U),

  // ---- 410 ----
  w('410', 'sre', 'rtu firmware 3.1.0 withdrawn for good (cve + compromised signing key), will never be republished. we want downloaders to know its permanently gone. code?', R410),
  w('410', 'api', 'Plant PLT-0102 was decommissioned last year. The decommissioning is final and all its site endpoints were removed on purpose and will not come back. What should GET /sites/PLT-0102/telemetry return now for the former operator account?', R410),
  w('410', 'support', 'Customer asks why their link to an old remote-session recording fails. Recordings are deleted permanently after two years by our retention policy, on purpose, with no backup kept. What status should that link return?', R410),
  w('410', 'security', 'we retired the legacy /api/v1/remote-shell endpoint permanently after an audit finding, it will never be brought back. what code for clients still hitting it, 404 or 410', R410),
  w('410', 'nonnative', 'the plant in Brno is decommissioned and dismantled, we deleted its records on purpose, for ever. old bookmarks of operators still call the site page. which code is correct?', R410),
  w('410', 'api', 'The client-certificate enrollment endpoint for decommissioned sites was removed intentionally and permanently; those plants are gone and the endpoint will never return. Old provisioning scripts still call it. Status?', R410),
  w('410', 'support', 'The legacy ActiveX remote-client installer was permanently discontinued and deleted from our servers on purpose; it will never be offered again. Technicians still use the old direct download link. A colleague says 404. What is correct?', R410),

  // ---- knowledge ----
  k('nonnative', 'when our portal send 401 to the technician tool, which header the response must contain?', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field.'),
  k('support', 'Plant IT asks: if an operator gets 403 on the firmware page, will logging out and back in fix it? What does the spec say about re-authenticating after a 403?', /\b(not|won'?t|doesn'?t|does not|will not|no|cannot|can'?t|unlikely)\b[^.]{0,80}\b(help|change|fix|matter|difference|succeed|grant|resolve)|pointless|futile|useless|same (result|response|outcome)/i, 'RFC 9110 §15.5.4: the server understood the request but refuses it; credentials are insufficient and the client should not repeat the request with the same credentials.'),
  k('security', 'audit question: under what condition does RFC 9110 allow the portal to answer 404 where 403 would be accurate, e.g. for another customer\'s site?', /hid(e|es|ing)|conceal|existence|not (to )?(reveal|disclose|confirm)|disclos/i, 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may respond 404.'),
  k('api', 'Does a 404 from /firmware/images tell the client whether the image is missing temporarily or permanently, according to RFC 9110?', /\b(no|not|doesn'?t|does not|neither|nor)\b[^.]{0,80}(indicat|say|tell|signal|specif|distinguish|whether|guarantee|know|convey)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent.'),
  k('sre', 'what does a 410 on a decommissioned plant url tell search crawlers and people who linked to it', /permanent|remov(e|ing)[^.]{0,30}links?|delist|de-?index|no longer (available|exist)|intentional/i, 'RFC 9110 §15.5.11: 410 means the resource is intentionally and permanently gone; link holders should remove references.'),
  k('sre', 'can the cdn in front of the firmware mirror cache a 410 w/o any cache-control header, per rfc 9110 heuristic caching', /^(?![\s\S]*\bnot heuristically)[\s\S]*(\byes\b|heuristically cacheable|cacheable by default|(can|may) (cache|store) it)/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default.'),
  k('api', 'Under RFC 6750, a bearer token that lacks the scope a portal endpoint requires gets which error code and which HTTP status?', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, HTTP 403.'),
  k('security', 'RFC 6750: expired or revoked bearer token on the maintenance API, which HTTP status goes with error="invalid_token"?', /\b401\b/, 'RFC 6750 §3.1: invalid_token SHOULD be sent with 401.'),
  k('nonnative', 'if the technician app send a request with missing parameter, or use two token methods at the same time, which status RFC 6750 say for invalid_request?', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be sent with 400 Bad Request.'),
  k('security', 'our audit checklist still cites RFC 7231 and RFC 7235 for 401/403. which RFC is the current one for http semantics', /\b9110\b/, 'RFC 9110 (2022) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'Plant IT asks whether our 403 page may tell the operator why access was refused (for example "maintenance window not approved"), or whether a 403 has to stay silent about the reason. What does RFC 9110 allow?', /^(?![\s\S]*\b(must not|cannot|can'?t|should not|shouldn'?t|may not|must stay silent)\b[^.]{0,30}(explain|describe|tell|reason))[\s\S]*\b(yes|may|can|allowed|permitted|free to)\b[^.]{0,80}(reason|why|explain|describ|content|body)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('nonnative', 'we withdraw many old firmware images permanently. it is obligatory by the RFC to use 410 for all of them, or 404 is also allowed?', /not (necessary|required|mandatory|obligatory)|isn'?t (necessary|required|mandatory|obligatory)|optional|404 is (also )?(allowed|acceptable|fine|ok|permitted)|(may|can) (also |still )?(use|return|send) (a )?404|not obliged|no obligation/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone; 404 remains acceptable.'),
  k('api', 'When a request to the portal API carries no credentials at all, should the WWW-Authenticate: Bearer challenge include an error code such as invalid_token?', /should ?n[o']t|shouldn'?t|omit|no error (code|information)|not (include|contain|add)|without (an? )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code.'),
  k('security', 'According to RFC 9110 §15.5.11, which status ought to be used instead of 410 when the origin server cannot determine whether the condition is permanent?', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used.'),
  k('nonnative', 'after the portal answer 401 to our script, what the client is supposed to do, retry same request unchanged or something else?', /(repeat|retry|resend|re-?send|re-?submit|try again|send again)[^.]{0,60}(credential|authorization|token|auth|log ?in)|(new|fresh|valid|correct|replaced?|updated) (credentials|token|authorization|api key|key|certificate)|re-?authenticat|log ?in again/i, 'RFC 9110 §15.5.2: the client may repeat the request with a new or replaced Authorization header field.'),
];

export const UNSEEN391_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
