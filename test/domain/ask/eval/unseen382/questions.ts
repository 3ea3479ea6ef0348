import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 382, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a smart-agriculture IoT platform (farms, agronomists, field sensors and gateways with device certificates, other farms' yield data, retired sensor models, fields merged or split), seen mostly by support staff and security reviewers. */

const R401 = 'The request carries no valid credentials (expired, revoked, malformed, unverifiable or unknown key) → 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3.1 invalid_token).';
const R401N = 'No credentials were sent at all → 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3).';
const R403 = 'The caller is authenticated but not permitted, and existence need not be hidden → 403; re-authenticating will not help (RFC 9110 §15.5.4).';
const R403S = 'A valid bearer token lacking the required scope → 403 with error="insufficient_scope" (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No such resource exists or ever existed → 404 Not Found (RFC 9110 §15.5.5).';
const R404H = 'The resource exists but its existence must be concealed from this caller, so 404 stands in for 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent (restorable or undecided) → 404; 410 only when the server knows the removal is permanent (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'The resource was removed intentionally and permanently → 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'gw-0417 hitting POST /v2/telemetry w/ no Authorization header at all, no token no cookie nothing. what do we send back', R401N),
  w('401', 'support', 'Ticket from an agronomist at Hillside Orchards: she clicked "log out" on the web portal yesterday evening, left the tab open, and this morning clicked "download soil moisture report" in that same tab. Her session was destroyed at logout, so the request arrives with a dead session id and nothing else. The portal currently shows her a 403 page and she thinks her permissions were removed. What status should the API really return here?', R401),
  w('401', 'security', 'finding SEC-112: the sensor ingest endpoint receives device JWTs whose signature does not verify against the public key in the device certificate we have on file. today it returns 200 and silently drops the data. what status should it return instead', R401),
  w('401', 'nonnative', 'we rotate gateway certificates last week and revoked the old access tokens. one gateway in the north field still send the revoked token when upload readings. which status code the server must answer?', R401),
  w('401', 'api', 'irrigation schedule api: bearer token arrives malformed (truncated, not even valid base64). colleague says 403 b/c "its forbidden", thoughts', R401),
  w('401', 'sre', 'farm api key got rotated last nite, the weather station integration still sends the old key which is now invalid. is 403 right here', R401),
  w('401', 'nonnative', 'customer tractor app stop sync at 06:00. in logs the access token is expire exactly 06:00 and app never refresh it, it keep sending the expired token. what code our api should give so the app know to get new token?', R401),
  w('401', 'security', 'pentest: provisioning endpoint gets requests signed w/ a key id (kid) that isnt in our device registry at all, unknown key, cant verify anything. currently returns 403. correct response?', R401),

  // ---- 403 ----
  w('403', 'support', 'Agronomist Marta is logged in fine and has the Viewer role on Green Valley Farm (she can see all its fields, nothing secret there). She tries to change the irrigation thresholds for field 7, which needs the Editor role. She asked whether logging out and back in will fix it. What should the API return?', R403),
  w('403', 'api', 'token is valid but its scopes are fields:read only, and the client tries PATCH /fields/412/boundary which needs fields:write. code?', R403S),
  w('403', 'sre', 'new gateway batch calling from an ip range thats not on the farms ip allowlist. device tokens are valid and all. which one', R403),
  w('403', 'security', 'review note: co-op agronomist (authenticated, valid token) requests /farms/88/yield for a neighbour farm. the farm directory is public inside the co-op so farm 88 existing is not a secret, but no data sharing agreement is signed. what should the endpoint return?', R403),
  w('403', 'nonnative', 'farmer account is suspended by admin because of unpaid invoice. his token is still valid (not expired) but the account is blocked, and he try to open dashboard of his own farm. what code we return', R403),
  w('403', 'api', 'free plan doesnt include satellite NDVI export. user is logged in, the export for their own field exists, but their plan doesnt allow it. status?', R403),
  w('403', 'sre', 'gw-88 authenticated ok (valid token) but its enrolled to farm A and is posting readings into a field of farm B. both farms are in the same co-op and field ids are visible to all co-op members, so nothing to hide. code pls', R403),
  w('403', 'support', 'Our read-only support account (valid login) tried to delete sensor SN-4471 from a customer farm during a call. The sensor shows up in the list for that account, so its existence is not hidden from it. The delete was rejected. Which status code is right for that rejection?', R403),
  w('403', 'security', 'finding: agronomist re-authenticated 3 times w/ MFA and still cant approve the fertilizer plan b/c only the farm owner role can approve. dev wants to return 401 so the app prompts login again. is 401 right, or what', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /fields/fld_99999 from a cron script, no such field id, never existed, just a typo in the script. code pls', R404),
  w('404', 'support', 'A farmer typed a wrong sensor serial into the app deep link (SN-00X1 instead of SN-0011). There is no sensor with serial SN-00X1 and there never was one. He owns the account and is logged in. What should the API respond?', R404),
  w('404', 'nonnative', 'agronomist ask for harvest report of plot 12 for season 2019, but the farm join our platform only in 2022, so this report never exist. which code?', R404),
  w('404', 'api', 'GET /sensor-models/SM-X900: that model never existed in our catalog, not retired, not removed, just never was a thing. colleague says 410, i dont think so. which one', R404),

  // ---- 404: exists but must stay hidden ----
  w('404', 'security', 'other farms yield data: farm ids are confidential. agronomist from farm A w/ a valid token calls /farms/{B}/yield. we must not confirm that farm B is even a customer of ours. what status', R404H),
  w('404', 'support', 'Ticket: a user from a competing agribusiness (logged in, valid account) keeps trying gateway serial numbers in the URL to find out which farms have our gateways. Company policy: we never reveal to anyone outside a farm whether a gateway serial is registered. The serial he just tried does belong to another farm. What should he get back?', R404H),
  w('404', 'api', 'private fields: logged-in user who is not a member of the farm requests /fields/7731. we must not leak that the field exists at all. 403 or 404', R404H),
  w('404', 'nonnative', 'research partner with ok token ask for the dataset of a variety trial on another farm. this trial is under NDA and even the existence of the trial is confidential for anybody not in the trial. what we answer?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'Farmer deleted the field "North Paddock" by mistake this morning. It sits in the trash and can be restored for 30 days. His contractor\'s app is still calling /fields/north-paddock. What should it get while the field is in the trash?', R404U),
  w('404', 'sre', 'gw-12 decommissioned by the farm, they might re-enroll it next season, nobody knows yet. GET /gateways/gw-12 status?', R404U),
  w('404', 'security', 'fields 31 and 32 were merged into field 40 last week, but the agronomist may still revert the merge, no decision made yet. requests for /fields/31 keep coming in. someone proposed 410, is that right', R404U),

  // ---- 410 ----
  w('410', 'api', 'sensor model SM-200 was retired permanently, we deleted its catalog entry on purpose and it will never come back. GET /sensor-models/SM-200 returns?', R410),
  w('410', 'support', 'Field "River Flat" (id 220) was split into two new fields, 221 and 222, in March. The old id 220 was retired on purpose and will never be reused or restored. A partner integration still requests /fields/220. Which status should they receive?', R410),
  w('410', 'sre', 'v1 telemetry endpoint shut down for good, every gateway should be on v2, zero plan to bring v1 back. what should /v1/telemetry return now', R410),
  w('410', 'nonnative', 'one farm closed the account and ask us delete all their data permanently, we purged everything, it is final. but old public link to their farm report is still shared around. what code for this link?', R410),
  w('410', 'security', 'firmware image for retired gateway model GX-1 had a known vuln, so we intentionally removed the download forever. old devices still request the public download url. which status', R410),
  w('410', 'nonnative', 'two fields of Oak Ridge farm was merged in one field last season. the merge is final, can not be undone, old field ids 15 and 16 are retired for always. old bookmarks still go to /fields/15, what we must send?', R410),
  w('410', 'api', 'farmer made a public share link for his 2023 yield report, then deliberately deleted the report permanently, no backup, no restore. link holders still open it. code?', R410),

  // ---- knowledge ----
  k('sre', 'gateway got a 401 from the ingest svc, which header is that 401 supposed to carry', /www-authenticate/i, 'A 401 response must send a WWW-Authenticate header with at least one challenge (RFC 9110 §15.5.2).'),
  k('support', 'customer keeps getting 403 on the yield dashboard and wants to know if logging out and back in will fix it. will it', /\b(no|not|won'?t|doesn'?t|cannot|can'?t|unlikely)\b[^.]*\b(help|change|fix|grant|succeed|matter|work|solve)|should ?n[o']t (automatically )?(repeat|retry)|futile|pointless|useless/i, 'A 403 means the credentials were understood but are insufficient; repeating with the same or fresh credentials will not help (RFC 9110 §15.5.4).'),
  k('security', 'when is it ok to answer 404 instead of 403 for another farm\'s field', /hid(e|es|ing)|conceal|existence|not (to )?reveal|disclos|leak/i, 'An origin server that wishes to hide the existence of a forbidden target may respond with 404 instead of 403 (RFC 9110 §15.5.4).'),
  k('api', 'rule of thumb pls: a sensor record was removed but we arent sure its permanent, 410 or 404', /\b404\b/, '410 is for conditions the server knows to be permanent; when that is unknown, 404 is used (RFC 9110 §15.5.5, §15.5.11).'),
  k('support', 'What does a 410 on our old public farm report pages tell search engines and people who bookmarked them?', /remov|delist|de-?index|permanent|no longer|for good|forever|update (their )?(links|bookmarks)/i, '410 signals the resource is intentionally and permanently unavailable, so link holders should remove references to it (RFC 9110 §15.5.11).'),
  k('sre', 'can the cdn cache 410s for retired sensor model pages even if we send no Cache-Control header', /heuristic|cacheable by default|(yes|can|may)\b[^.]*cach/i, '410 (like 404) is heuristically cacheable unless the method or cache controls say otherwise (RFC 9110 §15.1, §15.5.11).'),
  k('security', 'is a 403 heuristically cacheable the same way a 404 is', /\bnot\b[^.]*(heuristic|cacheable)|isn'?t[^.]*cacheable|\bno\b[^.]*(heuristic|cach)|only (with|if|when)[^.]*(explicit|cache-control|freshness)/i, '403 is not in the list of heuristically cacheable status codes, unlike 404 and 410 (RFC 9110 §15.1).'),
  k('api', 'rfc 6750: gateway token is valid but missing the telemetry:write scope. which error code goes in WWW-Authenticate and which status', /(?=[\s\S]*insufficient_scope)[\s\S]*\b403\b/i, 'insufficient_scope → 403 Forbidden, optionally with the scope attribute (RFC 6750 §3.1).'),
  k('nonnative', 'in the bearer token standard, what status code go together with error invalid_token?', /\b401\b/, 'invalid_token (expired, revoked, malformed, or otherwise invalid) → 401 Unauthorized (RFC 6750 §3.1).'),
  k('sre', 'rfc 6750 invalid_request (like a gateway sending its token both in the header and in the query) maps to which status', /\b400\b/, 'invalid_request → 400 Bad Request (RFC 6750 §3.1).'),
  k('nonnative', 'my team still cite RFC 7231 and RFC 7235 for 403 and 401. which rfc is the current one?', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'Can our 403 page tell the farmer why he is forbidden (e.g. "only the farm owner can approve"), or is that not allowed?', /\b(yes|can|may|allowed|fine|ok(ay)?)\b[^.]*(explain|describ|reason|tell|say|message|body|content)|describe (that |the )?reason/i, 'A server that wishes to make public why the request was forbidden can describe that reason in the response content (RFC 9110 §15.5.4).'),
  k('security', 'gateway sends no token at all and we reply 401 with a Bearer challenge. should the WWW-Authenticate include error="invalid_token" or any error code in that case', /\b(should not|shouldn'?t|not|no|omit|without|leave out|skip)\b[^.]*\berror/i, 'If the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information (RFC 6750 §3.1).'),
  k('api', 'do we have to keep returning 410 forever for retired sensor model urls, or can we switch to 404 later', /not (required|necessary|obligat|mandatory)|no (requirement|obligation|need)|discretion|up to (you|the|us)|(don'?t|do not|doesn'?t|does not|no) (have|need) to|any length of time|can switch/i, 'It is not necessary to keep the 410 mark for any length of time; that is left to the server owner\'s discretion (RFC 9110 §15.5.11).'),
  k('nonnative', 'our farm portal return 200 with a html page "field not found" when the field doesnt exist. is this a problem?', /soft[- ]?404|\b404\b/i, 'A 200 with not-found content is a soft 404; a missing resource should get a real 404 (RFC 9110 §15.5.5).'),
];

export const UNSEEN382_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
