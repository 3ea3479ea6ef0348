import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 231, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a restaurant reservations and POS platform (restaurants, staff roles, diners, closed venues, cancelled reservations, partner apps). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response carries WWW-Authenticate';
const R401T = 'RFC 9110 §15.5.2 + RFC 6750 §3.1 invalid_token: an expired, revoked, malformed or otherwise invalid token gets 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses it; re-authenticating will not help';
const R403S = 'RFC 6750 §3.1 insufficient_scope: a valid token lacking the required scope gets 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource MAY respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 SHOULD be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available and the condition is likely permanent (intentionally removed)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'after the pos firmware push a bunch of terminals hit POST /v2/orders w/o any Authorization header at all, the endpoint requires auth. right now we return 403, what should we actually send back', R401),
  w('401', 'api', "A partner booking app sends GET /reservations/{id} with a bearer token that expired ten minutes ago. The reservation exists and that partner is normally entitled to read it. A colleague argues for 403 because the partner is \"not allowed right now\". Which response is correct?", R401T),
  w('401', 'support', "A host at one of our restaurants changed her password this morning and security revoked all her old sessions. Her tablet keeps sending the old session token when it loads tonight's bookings. What status should the API be giving that tablet?", R401T),
  w('401', 'security', 'Pen-test finding: an API key for a partner POS integration was leaked and we revoked it. Requests still arrive using that revoked key against endpoints it used to be able to call. Tester asks what the correct response is for a revoked key, 401 or 403?', R401T),
  w('401', 'nonnative', 'the waiter app is sending a token with wrong signature, our server can not verify it at all so we dont know who is the user. now we answer 403 forbidden, this is correct or we must use other code?', R401T),
  w('401', 'sre', 'kds svc calls /tickets w/ basic auth but ops rotated the pw last night and the svc still sends the old one so auth fails. which code does it get, not a role thing, creds are just wrong', R401),
  w('401', 'api', "Our production API receives a bearer token that was issued by the staging identity provider, so its issuer and signature cannot be validated in prod. The token would carry a manager role if it were valid. Should the reservations API respond 401 or 403?", R401T),
  w('401', 'support', "A restaurant manager says the staff-schedule page shows an error. Looking at logs, the request to /staff/schedule (a login-only endpoint) came in with no cookie and no token at all, so we have no idea who it was. The manager role would normally be allowed. Which code is correct for that request?", R401),
  w('401', 'nonnative', 'diner click the magic login link from the email to see his reservation, but the login token in link is expired since yesterday. the reservation still exist and is his. what code we return for this', R401T),

  // ---- 403 ----
  w('403', 'sre', 'host role token is valid, she works at that restaurant, tries POST /pos/refunds which needs manager role. nothing secret here, refunds endpoint is documented for every staff. code pls', R403),
  w('403', 'api', "A partner app's access token is valid and carries scope reservations:read, but it calls DELETE /reservations/{id}, which requires reservations:write. Under RFC 6750, what status should we return?", R403S),
  w('403', 'support', "A diner is logged in and is listed as a guest on a group reservation, so he can already see it in his app. He tries to cancel it, but only the organiser can cancel. What error code should the cancel request get?", R403),
  w('403', 'security', "An authenticated server (waitstaff role) requests the payroll report. The report's existence isn't secret: it's shown greyed out in every staff member's menu and described in our public help docs. A colleague wants 404 \"for security\". What's the right status?", R403),
  w('403', 'nonnative', 'the cashier is logged in correct, she try to void a closed check but only manager can void checks. if she log in again it not help. which status code is right here?', R403),
  w('403', 'sre', 'new pos terminal at the downtown location has a valid token but its ip isnt on the tenant allowlist so we block it. terminal is known, creds fine. what do we send back', R403),
  w('403', 'api', "A restaurant's account is suspended for non-payment. The owner still authenticates successfully with valid credentials and requests their own menu editor, which we refuse while the account is suspended. There is nothing to hide from the owner about their own restaurant. Which status code fits?", R403),
  w('403', 'support', "A delivery partner app authenticates fine with its client credentials and asks for a restaurant's menu through our partner API. The restaurant is publicly listed on our marketplace, but it has not granted that particular partner API access. Which code should the partner see?", R403),
  w('403', 'security', "An employee with valid SSO and MFA tries to export the diner PII CSV. The export feature exists for all tenants and is documented; her role just lacks the export permission. The pen tester wrote that this should be 401. Which is correct?", R403),
  w('403', 'sre', 'staff token for location A, same group owns location B and the user has read access to B (sees the floor plan fine) but PATCH /locations/B/tables is edit only for B managers. existence obviously not hidden. 403 or 404', R403),

  // ---- 404 ----
  w('404', 'sre', 'platform admin w/ valid token hits GET /restaurants/99999999/menu, ids only go up to ~40k, that id was never issued. what code', R404),
  w('404', 'nonnative', 'customer type wrong confirmation code in the lookup, no reservation ever have this code in our system. we answer what status?', R404),
  w('404', 'api', "A partner with a valid token holding every scope requests /v1/venues/the-olive-grvoe, a typo; no venue has ever had that slug. Which status code is appropriate?", R404),
  w('404', 'security', "A logged-in staff user of restaurant A is iterating reservation IDs that belong to restaurant B. Our tenant-isolation policy says a caller must never be able to confirm that another tenant's data exists. The user is authenticated; should this be 403 or something else?", R404H),
  w('404', 'support', "A diner who is logged in changed the ID in the URL and tried to open another diner's reservation. Our policy is that diners must not learn whether other people's bookings exist. What code should the app show for that?", R404H),
  w('404', 'sre', 'stealth prelaunch private dining venue, staff token valid but not on the launch team. product says existence cannot leak before announcement. teammate says 403 b/c they are authed. what do we send', R404H),
  w('404', 'api', "A partner app with a valid token asks for a restaurant that has never onboarded with that partner. The partner contract forbids partners from discovering which restaurants use our platform, so we must not confirm the restaurant exists. Which response should they get?", R404H),
  w('404', 'sre', 'cancelled reservation got soft deleted from /reservations, support can still restore cancelled ones within 30 days so it may come back. someone wants 410, what should GET return', R404U),
  w('404', 'support', "A restaurant is 'temporarily closed' for renovation and we took its booking page down. The owner hasn't decided whether they will reopen or not. What code should the old page return for now?", R404U),
  w('404', 'nonnative', 'owner remove a menu item, maybe it is seasonal and come back next summer, maybe not, we really dont know. the item url, should it give 410 or other?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'venue closed for good, owner shut the business, we deliberately took the listing down and that url will never be reused. public page, no auth. code pls', R410),
  w('410', 'api', "We permanently retired the v1 partner endpoint /v1/orders on its published sunset date and we are intentionally not redirecting to v2. Partners still call it with valid tokens. What is the most accurate status for those calls?", R410),
  w('410', 'support', "A diner clicks an old email link to a reservation that was cancelled and then hard-deleted under our retention policy; it cannot be restored and the ID is never reused. The diner is the one who made it, so nothing is hidden from them. Which code should the link return?", R410),
  w('410', 'security', "A public promo page for a one-night chef event was intentionally and permanently removed. It was public for months, so confirming it once existed leaks nothing. Is 410 acceptable from a security point of view, or should we prefer another code?", R410),
  w('410', 'nonnative', 'the restaurant chain ask us to delete permanently their old location page, the building is demolish and it never come back. google still crawl it. what status we should return so it get removed?', R410),
  w('410', 'api', "A holiday gift-card campaign page was intentionally and permanently removed after the campaign ended; there is no successor page. A colleague says a plain 404 is \"fine\". Which status most accurately describes the situation?", R410),

  // ---- knowledge ----
  k('api', 'Which response header is a server required to send with a 401 so the client knows how to authenticate?', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header'),
  k('sre', 'is a 404 cacheable by default or only if we add cache-control, cdn keeps caching our missing-menu 404s', /heuristic\w*|cacheable by default|(is|are)\s+cacheable|yes[^.]{0,60}cach/i, 'RFC 9110 §15.5.5 / §15.1: 404 is heuristically cacheable by default'),
  k('support', 'When a staff member gets a 403, will logging out and logging in again fix it?', /(won.?t|will not|does ?n.?t|do not|not|no|never)\b[^.]{0,50}(help|change|fix|make a difference|work)|not (automatically )?repeat/i, 'RFC 9110 §15.5.4: credentials were deemed insufficient; the client SHOULD NOT repeat with the same credentials'),
  k('nonnative', 'which RFC is the current one for http status codes semantics? our old doc still say RFC 7231', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', 'In RFC 6750 bearer token usage, what HTTP status goes with the insufficient_scope error?', /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', 'rfc 6750 invalid_token error, what status code does that map to', /401/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('security', 'Per RFC 6750, if a partner app sends the access token both in the header and in the query string, the invalid_request error comes with which status code?', /400/, 'RFC 6750 §3.1: invalid_request (incl. multiple token methods) → 400'),
  k('support', 'After we return 410 for a permanently closed restaurant, how long are we required to keep returning 410 for that URL?', /(no|not|n.?t)\b[^.]{0,40}(required|necessary|need|obligat|fixed|mandat|specif)|discretion|up to (you|the (server|site|origin|owner))|any length of time/i, 'RFC 9110 §15.5.11: not necessary to keep the mark for any length of time; left to the server owner'),
  k('nonnative', 'if we delete something but we dont know is it permanent or not, the rfc say use 410 or what?', /(use|return|send|respond with|go with|stick with|should be)\s+(an?\s+)?(http\s+)?404|404\s+should\s+be\s+used/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 SHOULD be used'),
  k('api', 'Is a 410 Gone response cacheable by default, absent explicit freshness information?', /heuristic\w*|cacheable by default|(is|are)\s+cacheable|yes[^.]{0,60}cach/i, 'RFC 9110 §15.5.11 / §15.1: 410 is heuristically cacheable by default'),
  k('sre', 'the corporate proxy in front of the pos wants creds before forwarding, what status does a proxy use for that, not 401 right', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required'),
  k('support', 'Does a 404 tell the client whether the missing reservation page is gone temporarily or permanently?', /(whether|if)\b[^.]{0,40}(temporary|permanent)|temporary or permanent|permanent or temporary|(not|n.?t|no)\b[^.]{0,40}(indicate|say|tell|distinguish|specify|imply|guarantee)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('api', 'Is a server permitted to explain in the body of a 403 why the request was refused, e.g. "manager role required"?', /\b(yes|may|can|allowed|free to|permitted)\b[^.]{0,60}(reason|explain|descri|why)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the content'),
  k('nonnative', '401 is named Unauthorized but it really means the user has no permission, or it mean something else?', /(lack|lacks|missing|no|without|invalid|valid)\b[^.]{0,40}(authenticat|credential)|not (been )?authenticated|unauthenticated|authentication (is )?(missing|failed|required)/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
];

export const UNSEEN231_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
