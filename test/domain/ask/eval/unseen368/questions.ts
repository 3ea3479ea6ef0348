import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 368, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a museum and archive digitisation portal (public and restricted collection items, researcher accounts, curators, deaccessioned objects, embargoed records, IIIF image endpoints), seen by archivists, support and security reviewers. */

const R401 = 'No valid credentials (none sent, expired, revoked, bad signature, unknown key) → 401 with a WWW-Authenticate challenge (RFC 9110 §15.5.2; RFC 6750 §3, §3.1 invalid_token).';
const R403 = 'Caller is authenticated but not allowed, and the item\'s existence is not secret → 403; re-authenticating will not help (RFC 9110 §15.5.4).';
const R403S = 'Valid token but missing the required scope → 403 with error="insufficient_scope" (RFC 6750 §3.1; RFC 9110 §15.5.4).';
const R404 = 'No resource ever existed at that URI (wrong or never-issued id) → 404 Not Found (RFC 9110 §15.5.5).';
const R404H = 'The item exists but its existence must not be disclosed to this caller → 404 may stand in for 403 (RFC 9110 §15.5.4, §15.5.5).';
const R404U = 'Removed but not known to be permanent (may be restored) → 404, since 410 is only for conditions known to be permanent (RFC 9110 §15.5.5, §15.5.11).';
const R410 = 'Intentionally removed and known to be permanent → 410 Gone (RFC 9110 §15.5.11).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'iiif image svc getting hits on the restricted manuscripts collection w/o any Authorization header, no token at all, no cookie. what do we send back', R401),
  w('401', 'support', 'Ticket from a PhD researcher: she logged out of the portal yesterday and today she clicked her bookmarked link to a restricted-collection letter scan. Her session cookie is expired and the portal has no valid login for her at all. She is seeing a generic error page. What status code should the portal be returning for that request?', R401),
  w('401', 'security', 'finding: the curator api keys were rotated last week but the old overnight digitisation batch script still sends the retired key. the gateway cant match it to any account anymore. which status should the rejection use', R401),
  w('401', 'nonnative', 'the bearer token from researcher app have wrong signature, our verify of signature is fail. now we return 403 for this, is correct or not?', R401),
  w('401', 'api', 'admin revoked one researcher token after scraping (the acct itself is still fine, just that token is revoked). client keeps calling /items/{id}/manifest with the revoked token. status?', R401),
  w('401', 'sre', 'archive search api, jwt expired 2h ago, client still sending it. code pls', R401),
  w('401', 'support', 'A volunteer transcriber left the transcription tool open overnight. In the morning her access token had expired and every save to the restricted diaries project failed, and the app showed "403 Forbidden". She has the transcriber role, the token just is not valid anymore. Which code should the server actually send in this case?', R401),
  w('401', 'nonnative', 'researcher session is expire after 30 minute idle, then he request the restricted high-res scan. he is not login anymore. which code we must give', R401),

  // ---- 403 ----
  w('403', 'api', 'researcher token is valid but only has read:public scope, calls /restricted/items/4411/image which needs read:restricted. item is listed in the public catalogue so nothing secret. what should the api return', R403S),
  w('403', 'support', 'Researcher is logged in fine, but her reading-room approval for the restricted Estate Papers collection hasn\'t been granted yet. The catalogue publicly lists the item she wants (title and shelfmark are public, it\'s not a secret). She gets a blank page when opening the full scan. What status should we send?', R403),
  w('403', 'sre', 'new staff acct logged in ok but doesnt have the curator role yet, tries to edit a catalogue record. is 403 right here', R403),
  w('403', 'security', 'review note: high-res TIFF download is limited to the partner institution IP allowlist. request came from an authenticated partner account but from an IP not on the list. the object itself is public in the catalogue. correct response?', R403),
  w('403', 'nonnative', 'user is login correctly and his token is valid, but in our authz his researcher account is blocked by admin for misuse. he open a restricted item, which is known in public catalogue. which code', R403),
  w('403', 'api', 'multi-tenant portal: partner museum A\'s authenticated service acct requests museum B\'s accession records endpoint. B\'s records are all on B\'s public site so no secret there, A just isnt allowed to use that endpoint. status?', R403),
  w('403', 'support', 'A logged-in researcher on the free individual plan tried the bulk export of an entire photo collection. Bulk export is only for institutional plan subscribers, and the collection itself is public. He is asking why it fails. What should the API return to him?', R403),
  w('403', 'sre', 'volunteer acct, authed, tries DELETE on an image in the iiif store, only curators can delete. logging in again wont change anything. colleague says 401, thoughts', R403),
  w('403', 'security', 'embargoed record: the embargo is not hidden, the public catalogue shows the title and "embargoed until 2031". an authenticated researcher requests the full text before then. we dont need to hide that it exists. which code', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /iiif/3/obj-99999/info.json, no object with that id ever existed, its a typo in the id. code', R404),
  w('404', 'support', 'A user pasted a citation link with a mistyped accession number (1987.45.12 instead of 1987.45.21). No record has ever had the number 1987.45.12 in our system. What status should that URL give?', R404),
  w('404', 'nonnative', 'researcher ask /collections/photografs (wrong spelling), this path is never exist in the portal. what code is right', R404),
  w('404', 'api', 'client calls /items/abc123/manifest, abc123 is not an id we ever issued. not deleted, it never existed. someone suggests 410, which one', R404),

  // ---- 404: exists but must be hidden ----
  w('404', 'security', 'finding: restricted-collection item ids are confidential, but authed researchers without access get 403 on existing ids and 404 on made-up ones, so the ids can be enumerated. what should existing-but-forbidden ids return to them', R404H),
  w('404', 'support', 'We hold a donor-restricted collection where the donor agreement says we must not even confirm that the items exist to anyone outside the approved list. A logged-in researcher who is not on the list opened a direct link to one of those items. Which status code should the portal give him?', R404H),
  w('404', 'api', 'embargoed records under legal hold, existence must not be revealed to researchers w/o the clearance. authenticated researcher w/o clearance requests one by id. status?', R404H),
  w('404', 'nonnative', 'we have draft records for objects under provenance investigation, only curators can know they exist, we cannot confirm it to other staff. staff account logged in ok but not curator, he request one. which one we return', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'The images for a public photograph were taken down pending a copyright review. They might be restored if the rights holder agrees, nobody knows yet. Anyone could view the page before. What should the public URL return right now?', R404U),
  w('404', 'sre', 'curator unpublished a public object record, not sure yet if thats permanent, could be republished next month. code for the public url rn', R404U),
  w('404', 'nonnative', 'object is returned to the lender and its public page is removed, maybe it come back if there is new loan, nobody know yet. 410 or 404?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'object deaccessioned and transferred to another museum, we removed its public record on purpose and its never coming back. status for the old url', R410),
  w('410', 'support', 'Our 2015 online exhibition microsite was retired deliberately and permanently. The pages won\'t return and we don\'t want to redirect them anywhere. Old links still get traffic from blogs. What status code should those URLs give?', R410),
  w('410', 'api', 'v1 iiif image api endpoints are decommissioned on purpose, permanently, v1 will never come back. clients still call /iiif/1/... what should we return', R410),
  w('410', 'nonnative', 'we deaccession and destroy one object (it was infested), and the record is deleted for always, this is decided. which code for its page now', R410),
  w('410', 'security', 'images with sensitive personal data were permanently purged by decision of the archive board and will never be re-published. a public takedown notice was posted, so the removal itself isnt secret. links still circulate. what should the portal return', R410),
  w('410', 'support', 'A historian reports that her citation link to a digitised letter now shows an error. The letter was repatriated to the originating community and, under the agreement, its digital surrogate was intentionally and permanently withdrawn, never to be republished. What status should that link return?', R410),
  w('410', 'api', 'collection temp-2019-scans was a duplicate batch, we deleted it permanently on purpose and the ids will never be reused. status for its item urls?', R410),

  // ---- knowledge ----
  k('api', 'when our iiif auth layer sends a 401, which response header is required on it', /WWW-Authenticate/i, 'A 401 response must send a WWW-Authenticate header with at least one challenge (RFC 9110 §15.5.2).'),
  k('nonnative', 'what 401 mean exactly per the rfc? is it same like forbidden?', /(lack|lacks|lacking|missing|no|without|absent)\b[^.]{0,40}(valid\s+)?(authentication|credentials)|not (been )?authenticated|unauthenticated|invalid credentials/i, '401 means the request lacks valid authentication credentials for the target resource (RFC 9110 §15.5.2).'),
  k('api', 'researcher app got 403 on a restricted scan. should the client just keep retrying the same request w/ the same token', /(should ?n[o\u2019']?t|must ?n[o\u2019']?t|don[\u2019']?t|do not|never|no\b|not)[^.]{0,60}(repeat|retry|retrying|resend|re-?send|again)|(repeat|retry|retrying|resend)\w*[^.]{0,60}(won[\u2019']?t|will not|not|pointless|useless|futile)/i, 'The client SHOULD NOT automatically repeat the request with the same credentials after a 403 (RFC 9110 §15.5.4).'),
  k('security', 'when is it ok to answer 404 instead of 403 for a restricted collection item', /hid(e|es|ing)|conceal|existence|exists|reveal|disclos|confirm/i, 'An origin server that wishes to hide the existence of a forbidden target resource may respond with 404 instead (RFC 9110 §15.5.4).'),
  k('nonnative', 'object is removed from online collection but we dont know if it is permanent. which code is correct, 404 or 410?', /\b404\b/, 'If the server does not know whether the condition is permanent, 404 ought to be used instead of 410 (RFC 9110 §15.5.11).'),
  k('support', 'what does a 410 tell search engines and people who linked to a deaccessioned object page', /permanent|remove[sd]?\s+(the\s+)?(remote\s+)?links?|links?[^.]{0,40}remov|delist|de-?index|drop|no longer|intentional/i, '410 signals the resource is intentionally and likely permanently unavailable and that remote links should be removed (RFC 9110 §15.5.11).'),
  k('sre', 'can the cdn cache our 410s for deaccessioned objects even if we dont send cache-control', /heuristic(ally)?|cacheable by default|by default[^.]{0,40}cach|cach\w*[^.]{0,40}by default|\byes\b/i, '410 is heuristically cacheable, so caches may reuse it without explicit freshness information (RFC 9110 §15.1, §15.5.11).'),
  k('sre', 'is a 403 from the restricted collection endpoint heuristically cacheable, or does it need explicit freshness headers to be cached', /\bno\b|not heuristically|isn[\u2019']?t (heuristically )?cacheable|not (cacheable )?by default|explicit|only (with|if|when)/i, '403 is not in the list of heuristically cacheable status codes; it needs explicit freshness information to be cached (RFC 9110 §15.1).'),
  k('security', 'rfc 6750 error insufficient_scope, which http status goes with it', /\b403\b/, 'insufficient_scope is returned with 403 Forbidden (RFC 6750 §3.1).'),
  k('security', 'anonymous request to the archive api with no token at all: should the WWW-Authenticate on the 401 include an error code like invalid_token', /should ?n[o\u2019']?t|shouldn[\u2019']?t|no error|without (an? )?error|omit|leave (it )?out|not include|don[\u2019']?t include|\bno\b/i, 'If the request lacks any authentication information, the server SHOULD NOT include an error code (RFC 6750 §3.1).'),
  k('api', 'our token for the iiif image svc expired. per rfc 6750 invalid_token goes with which status', /\b401\b/, 'invalid_token (expired, revoked, malformed) is returned with 401 Unauthorized (RFC 6750 §3.1).'),
  k('security', 'our api style guide still cites rfc 7231 and 7235 for 401/403/404. which rfc is current now', /\b9110\b/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235.'),
  k('security', 'is the portal allowed to say in the 403 body why a researcher was refused, e.g. reading-room approval pending', /(may|can|could|is allowed to|allowed|permitted|free to)[^.]{0,60}(explain|describe|reason|say why|include|state)|(explain|describe)\w*[^.]{0,40}(reason|why)|\byes\b/i, 'A server that wishes to make public why the request was forbidden can describe that reason in the response content (RFC 9110 §15.5.4).'),
  k('sre', 'do we have to keep returning 410 forever for deaccessioned object urls or can we drop it after a while', /\bno\b|not (necessary|required|obliged|needed)|isn[\u2019']?t (necessary|required|needed)|any (particular )?length of time|up to (you|the server|the owner|the site)|your (call|choice|discretion)|discretion|don[\u2019']?t have to|do not have to|can drop/i, 'It is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is at the server owner\'s discretion (RFC 9110 §15.5.11).'),
  k('nonnative', 'after client get 401 from the portal, what the client should do for try again', /(new|fresh|different|valid|replac\w*|updated|correct)\s+(credentials?|token|access token|authorization|api key|key|login)|log(ging)?\s*in again|re-?authenticat\w*|re-?log\s*in|sign(ing)? in again|refresh\w*\s+(the\s+)?token/i, 'The client may repeat the request with a new or replaced Authorization header field (RFC 9110 §15.5.2).'),
];

export const UNSEEN368_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
