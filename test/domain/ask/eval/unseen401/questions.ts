import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 401, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions from experienced backend engineers and SREs, terse and spec-minded (caches, proxies, retries, crawlers, RFC 6750 details), topics spread wide. */

const QUESTIONS: readonly Draft[] = [
  // ---- 401: the challenge header ----
  k('sre', 'spec-wise what header is a 401 required to carry', /www-authenticate/i, 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field containing at least one challenge.'),
  k('security', 'pentest finding: /api/* returns bare 401s, no WWW-Authenticate. dev says thats cosmetic. is it actually a spec violation or not', /(?<!(\bnot|n't|\bno)\s(an?\s)?)\b(must|required|requirement|mandatory|non-?compliant)\b/i, 'RFC 9110 §15.5.2: the server MUST send WWW-Authenticate with a 401; omitting it is non-compliant.'),
  k('security', 'can a single 401 advertise both Bearer and Basic challenges or is only one scheme allowed', /\byes\b|multiple|more than one|several|one or more|at least one|two challenges/i, 'RFC 9110 §15.5.2 / §11.6.1: WWW-Authenticate carries at least one challenge and may list several, for different schemes.'),

  // ---- RFC 6750 challenge contents ----
  k('api', 'bearer api, request shows up w/ no Authorization header at all. WWW-Authenticate: Bearer realm="api" only, or do we tack on error="invalid_request"', /(should ?n[o'’]?t|do ?n[o'’]?t|omit\w*|leav\w* (it |them )?out|without|\bno|\bnot)\b[^.\n]{0,50}\berror\b|just\s+`?Bearer realm|only\s+`?(Bearer\s+)?realm/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('security', 'token lacks the needed scope. can the challenge tell the client which scope it needs or is that info-leak territory per 6750', /scope\s*=|\bscope\b\s+(attribute|param\w*)|(\byes\b|\bmay\b|\bcan(?!['’]t|not)\b)[\s\S]{0,100}\bscope/i, 'RFC 6750 §3 and §3.1: the Bearer challenge MAY include a scope attribute naming the scope required; insufficient_scope goes with 403.'),
  k('api', 'who is error_description in the Bearer challenge actually for. ok to show it to end users', /developer|debug|diagnos|not (meant |intended )?(to be )?(shown|displayed|for) (to )?end[- ]?users/i, 'RFC 6750 §3: error_description is a human-readable explanation for developers, not meant to be displayed to end-users.'),

  // ---- RFC 6750 error codes and their statuses ----
  k('api', 'rfc 6750 insufficient_scope pairs w/ which status', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403 (Forbidden).'),
  k('sre', 'expired/revoked access token -> error="invalid_token". status per 6750?', /\b401\b/, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, invalid) → 401 (Unauthorized).'),
  k('nonnative', 'in RFC 6750 the error invalid_request (missing parameter, repeated parameter, malformed), this one is also 401 or it is other code?', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 (Bad Request).'),

  // ---- retrying after 401 ----
  k('nonnative', 'after server give 401 for the old token, client is allowed to send the same request again with a new token? or is forbidden to repeat', /\byes\b|\bmay\b|(?<!not\s)\ballowed|(can|should)\s+(re)?(try|send|repeat|retry|resend|submit)|(repeat|retry|resend)\w*[^.]{0,40}(new|fresh|refreshed|different|valid|replace)/i, 'RFC 9110 §15.5.2: the user agent MAY repeat the request with a new or replaced Authorization header field.'),
  k('sre', 'svc retry loop hammering 401s w/ the same expired token. any spec reason to expect that to ever succeed', /(new|fresh|refresh\w*|valid|different|renewed|replaced|replacement|another) (access )?(token|credential)s?|\brefresh|re-?authenticat|(won.?t|will not|never|not going to|cannot|can.?t) (ever )?(succeed|work|help|change)/i, 'RFC 9110 §15.5.2 / RFC 6750 §3.1: a 401 refuses those credentials; only a new or replaced credential (e.g. a refreshed token) can change the outcome.'),
  k('sre', 'UA already tried creds once, gets a 401 back w/ the exact same challenge. what does 9110 say it should do w/ the response body', /(show|present|display|render|surface)\w*[^.]{0,60}(user|body|representation|content|page|message)|diagnos/i, 'RFC 9110 §15.5.2: if the 401 carries the same challenge and the UA already tried once, it SHOULD present the enclosed representation to the user (usually diagnostic info).'),

  // ---- retrying / re-auth after 403 ----
  k('api', 'our sdk auto-retries a 403 w/ the same bearer token 3x. spec ok w/ that', /(should ?n[o'’]?t|do ?n[o'’]?t|\bno|\bnot)\b[^.]{0,40}(automatic|retry|retrie|repeat|resend)|pointless|won.?t (help|change|succeed)|(?<!\bnot )(different|new) credentials/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY with new or different credentials.'),
  k('support', 'ticket: customer keeps logging out and back in to get past "403 Forbidden" on the billing page, thinks the session is stale. will that ever fix it', /(won.?t|will not|doesn.?t|does not|not going to|wouldn.?t|can.?t|cannot|unlikely to|isn.?t going to)\s+(ever\s+)?(help|fix|change|work|solve|make|resolve)|pointless|no (use|point)|futile|\bno\b/i, 'RFC 9110 §15.5.4: 403 means the server understood the request and refuses it; credentials sent are considered insufficient, so re-authenticating as the same user won\'t help — permissions must change.'),

  // ---- 404 standing in for 403 ----
  k('security', 'finding says our 404s on other tenants\' objects should be 403 "for accuracy". is 404 there actually sanctioned by 9110', /hid(e|es|ing|den)|conceal|existence|disclos|reveal|leak/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead.'),
  k('nonnative', 'why github is giving 404 and not 403 when i open a private repo where i am not member? it exist, i know it', /hid(e|es|ing|den)|conceal|reveal|disclos|existence|exists?\b|leak|confirm/i, 'RFC 9110 §15.5.4 and §15.5.5: 404 may be used to avoid disclosing that a forbidden resource exists.'),

  // ---- what 404 says about permanence ----
  k('support', 'customer asks "the product page 404s now, does that mean its deleted for good?" what can i honestly tell them from the status code alone', /(doesn.?t|does not|don.?t|not|\bno|neither|nothing|can.?t|cannot)\b[^.]{0,60}(permanen|temporar|for good|forever|deleted)|temporary or permanent|(might|may|could) (come back|return|reappear|be restored|exist)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of a representation is temporary or permanent.'),
  k('sre', 'when does 9110 say 410 is preferred over 404', /permanen|for good|forever|never (come|be) back|won.?t (come|be) back/i, 'RFC 9110 §15.5.5: 410 is preferred over 404 if the origin server knows the condition is likely to be permanent.'),

  // ---- 410: crawlers, link holders, how long ----
  k('support', 'seo team wants 410 instead of 404 for discontinued products. what does a 410 tell google that a 404 doesnt', /permanen|intentional|on purpose|deliberat|for good|forever/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally and permanently gone, so crawlers can drop it rather than retry.'),
  k('api', 'per 9110 what are clients w/ link-editing supposed to do on a 410', /(remov|delet|drop|updat|purg|clean|prun)\w*[^.]{0,40}(link|reference|bookmark|url|uri)|(link|reference|bookmark|url|uri)s?[^.]{0,30}(remov|delet|drop|purg|prun)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities SHOULD delete references to the target URI after user approval.'),
  k('nonnative', 'after we delete something on purpose and return 410, we must keep the 410 forever? or later it can become 404', /not (necessary|required|needed|mandatory|obligat)|no (need|requirement|obligation)|(don.?t|doesn.?t|do not|does not|needn.?t|need not)\s+(have to|need to|need)|discretion|up to (you|the (server )?owner|the operator)|(your|owner'?s?) (call|choice|decision)|not forever|(can|may)\s+(later\s+)?(become|switch|change|fall back|revert)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the "gone" mark for any length of time; that is left to the server owner\'s discretion.'),

  // ---- heuristic caching ----
  k('security', 'cdn held a 404 for hours, origin sent no cache-control/expires at all. cdn bug or spec-legit', /(?<!\bnot |n't )(heuristic\w*|legit\w*|allowed|permitted|cacheable by default)/i, 'RFC 9110 §15.1: 404 is heuristically cacheable, so a cache may assign a heuristic freshness lifetime without explicit freshness info.'),
  k('sre', '410 heuristically cacheable or does it need explicit freshness to be stored', /(?<!\bnot |n't |never )heuristically cacheable|\byes\b|(doesn.?t|does not|\bno) need/i, 'RFC 9110 §15.1: 410 is among the heuristically cacheable status codes; explicit freshness is not required.'),
  k('api', 'we send 403 w/ no cache-control. can a shared cache store + reuse it', /\bno\b|(not|isn.?t) (heuristically )?cacheable|(won.?t|will not|shouldn.?t|should not|can.?t|cannot|not) (be )?(cache|store|reuse)|only (if|with|when)|explicit/i, 'RFC 9110 §15.1: 403 is not heuristically cacheable; it can only be cached when explicit freshness information allows it.'),

  // ---- 403 body ----
  k('support', 'can the 403 page say *why* (e.g. "your plan doesnt include exports") or does the spec want it opaque', /(?<!\bnot |n't )\b(yes|may|can(?!['’]t)|allowed|fine|ok|okay|permitted|encouraged)\b/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),

  // ---- what "Unauthorized" means ----
  k('support', 'user asks why the error says "Unauthorized" when they just werent logged in. is the name wrong', /unauthenticated|authenticat|credential|misnomer/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; "Unauthorized" really means unauthenticated.'),
  k('security', 'review note claims "401 = authenticated but not permitted, 403 = not authenticated". correct?', /backward|revers|swap|other way|\bno\b|wrong|incorrect|mixed|flip|invert/i, 'RFC 9110 §15.5.2 and §15.5.4: it is the other way round — 401 is missing/invalid credentials, 403 is understood but refused.'),

  // ---- reason phrases, current RFC, soft 404 ----
  k('nonnative', 'what is the official reason phrase of 410, is it "Gone" or "Resource Removed"?', /\bgone\b/i, 'RFC 9110 §15.5.11: 410 Gone.'),
  k('nonnative', 'which RFC is today the reference for 401/403/404/410? my colleague still cite RFC 7231 for everything', /\b9110\b/, 'RFC 9110 (June 2022) defines HTTP semantics and obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'cms serves a 200 w/ a "page not found" template for missing urls. seo calls it a soft 404. why does it matter if the user sees the same page anyway', /index|crawl|search engine|google|(real|actual|proper|true) (404|status)|status code/i, 'RFC 9110 §15.5.5: the status code, not the body, tells clients and crawlers the resource was not found; a 200 makes crawlers index the error page.'),
];

export const UNSEEN401_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
