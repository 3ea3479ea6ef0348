import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 383, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a nonprofit's donor-management CRM (private giving history, volunteers, fundraisers, anonymous donations, ended campaigns, donors who asked to be forgotten) run by a small team with one overworked developer. */

const R401 = 'RFC 9110 §15.5.2: no valid credentials (expired, revoked, rotated, malformed or failing verification) → 401 with a WWW-Authenticate challenge; RFC 6750 §3.1 invalid_token.';
const R401N = 'RFC 9110 §15.5.2 / RFC 6750 §3: the request carries no credentials at all → 401 with a WWW-Authenticate challenge.';
const R401S = 'RFC 9110 §15.5.2: the session was ended, so the request has no valid credentials → 401, not a permission (403) problem.';
const R403 = 'RFC 9110 §15.5.4: the caller is identified but not permitted, and re-authenticating will not help; existence is not secret → 403.';
const R403S = 'RFC 6750 §3.1: valid token lacking the required scope → insufficient_scope with 403; RFC 9110 §15.5.4.';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target (never existed / wrong id) → 404.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: removed but not known to be permanent (restorable or undecided) → 404; 410 only when permanence is known.';
const R410 = 'RFC 9110 §15.5.11: the target was intentionally and permanently removed and will not return → 410 Gone.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'GET /api/donors/4821/gifts coming in w/ no Authorization header at all, no cookie either. gateway returns 403 rn, whats correct', R401N),
  w('401', 'support', 'Ticket from our volunteer coordinator: she clicked "log out" on the shared office PC yesterday, and this morning someone hit the back button and the browser re-sent the old session cookie to /volunteers/shifts. On the server that session is destroyed. What should the CRM answer that request with? Its not a permissions thing, the session just doesnt exist anymore.', R401S),
  w('401', 'security', 'finding CRM-SEC-07: the fundraising-events integration key was rotated on monday but requests using the old key still get 200 on /api/events. once we fix it, what status should the old key get', R401),
  w('401', 'api', 'mobile app sends a bearer token whose exp was 2 hours ago to /api/campaigns/active. colleague says 403 since the user "has no access right now". i think thats wrong. which one', R401),
  w('401', 'nonnative', 'Hello, the JWT we receive for the donor portal have a signature that not verify with our public key (maybe someone change the payload). So the user is not identified. Which status code we must return?', R401),
  w('401', 'sre', 'frontend bug sends "Authorization: Bearer undefined" to /api/donations. token is literally the string undefined, cant be parsed. status?', R401),
  w('401', 'support', 'Our ED asked me to reset a board member\'s password after a phishing scare, which revoked all his sessions and tokens. His old iPad is still syncing with the CRM using the revoked token and getting a 500. Our one dev is swamped - what code should it actually get so the app knows to send him back to the login screen?', R401),
  w('401', 'api', 'volunteer offboarded friday, we revoked her personal api token. her spreadsheet script still calls /api/volunteer-hours with it. what do we send back, 401 or 403', R401),

  // ---- 403 ----
  w('403', 'sre', 'logged-in volunteer (role=volunteer) hit POST /api/donors/export. export needs development_director role. the export endpoint is in our public api docs so nothing to hide. code pls', R403),
  w('403', 'api', 'token has scope donations:read only, client calls POST /api/donations/refund which needs donations:write. token is valid, not expired. what status', R403S),
  w('403', 'support', 'A chapter lead logged in fine and tried to open the "Major Gifts Forecast" report. That report only comes with the Pro plan and her chapter is on the Basic plan. The menu item is visible to everyone so its no secret the report exists. What error should she get instead of the blank screen she sees now?', R403),
  w('403', 'security', 'the bookkeeping sync authenticates w/ a valid api key but now calls from a new IP that isnt on the allowlist for /api/finance/ledger. which status should the allowlist rejection use', R403),
  w('403', 'nonnative', 'A volunteer account is suspended by admin for bad behaviour. His login still work and the token is valid, we know exactly who he is, but suspended accounts are not allowed to use the shift calendar. The calendar is not secret. What code is correct, please?', R403),
  w('403', 'sre', 'auditor role (read only) tries DELETE /api/campaigns/spring-appeal-2025. auditor already sees that campaign in the list, so no hiding. is 403 right here', R403),
  w('403', 'support', 'We run three local chapters in one CRM. A logged-in staffer from the Northside chapter tried to edit the Southside chapter\'s 5k fun run event page. That page is public on our website anyway, so there is no point pretending it doesnt exist - she just isnt allowed to edit it. What should her edit request return?', R403),
  w('403', 'api', 'PUT /api/fundraisers/pages/marathon-for-meals by a logged-in fundraiser who isnt the page owner. page is public, anyone can view it. someone on the team says 404, thoughts', R403),
  w('403', 'security', 'Pentest note: an authenticated volunteer requesting /admin/settings gets a 200 with an empty page. We decided the existence of the admin area is not confidential. Volunteers must not get in, and logging in again as the same volunteer changes nothing. Recommended status?', R403),

  // ---- 404: never existed / wrong id ----
  w('404', 'sre', 'GET /api/donors/48210 - typo, real id is 4821. no donor 48210 has ever existed. what should the svc return', R404),
  w('404', 'nonnative', 'A person type the campaign url "spring-gala-2O25" with letter O instead of zero. Such campaign was never created - not deleted, it never existed. What we answer?', R404),
  w('404', 'support', 'A donor emailed us a link to "receipt #R-2024-99871" saying it shows an error. I checked and we never issued that receipt number, our numbering stopped around 12,000 last year, he probably mistyped it. Which status code is the correct one for that page?', R404),
  w('404', 'api', 'some integration keeps calling /api/v3/volunteers. we only ever had v1 and v2, there was never a v3. correct response?', R404),

  // ---- 404: exists but hidden from this caller ----
  w('404', 'security', 'fundraiser (logged in, valid session) requests /api/donors/7731/giving-history for a donor outside their assigned portfolio. donor identities are confidential, we must not confirm donor 7731 exists to anyone outside the portfolio. which code', R404H),
  w('404', 'api', 'anonymous gifts: GET /api/donations/{id}/donor-identity. staff w/o the anonymity-steward permission must not even learn whether a donation with that id exists. caller is authenticated. what should the api return', R404H),
  w('404', 'support', 'One of our volunteers (logged in) has been guessing URLs like /donors/profile/jane-doe to find out whether people she knows are donors. We dont want the CRM to reveal to volunteers whether someone is a donor at all, the donor list is private. What should those URLs give her?', R404H),
  w('404', 'nonnative', 'Our CRM is shared by several small charities. A staff user of Charity A is logged in and asks for a donor id of Charity B. Donor ids of the other charity are confidential, we must not confirm they exist. Which status is the good one?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'sre', 'donor record soft-deleted by staff, sits in trash 30 days and can be restored. GET /api/donors/5102 during that window, 404 or 410', R404U),
  w('404', 'nonnative', 'The spring campaign page was taken offline while the board decide if we run it again next year. Maybe it come back, nobody know yet. What code for the page now?', R404U),
  w('404', 'security', 'finance pulled gift #88213 from the system while they investigate a possible chargeback fraud. might be restored, might be purged, not decided. colleague wants 410 so nobody relies on it. right call?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'donor invoked right to erasure, we purged record 3390 for good, backups too, it will never come back. partner sync still calls GET /api/donors/3390 - they already had that id so its no secret it existed. code?', R410),
  w('410', 'api', 'the 2019 winter gala campaign ended and we deliberately retired /campaigns/winter-gala-2019 permanently. it wont be relaunched. what should that url return', R410),
  w('410', 'support', 'We replaced our old donation form and intentionally shut down the old URL /give-old forever. It is never coming back, and we want Google and anyone still linking to it to know it is gone for good. Which status should the old URL return?', R410),
  w('410', 'nonnative', 'We removed the endpoint /api/v1/volunteer-signup on purpose, the sunset date passed and it will never be back. Some old clients still call it. Which code is best?', R410),
  w('410', 'security', 'the public "donor wall" page listed donor names. after a privacy review we took it down on purpose, permanently, it will not return. what should /donor-wall respond', R410),
  w('410', 'security', 'review item: personal fundraising pages that a fundraiser deletes are hard-deleted permanently by policy, not restorable. right now those urls return 200 with an empty template. what status should they return instead', R410),
  w('410', 'nonnative', 'The board decide to remove the 2018 annual report PDF permanently, it is deleted on purpose and will not come back. What status for /reports/annual-2018.pdf?', R410),

  // ---- knowledge ----
  k('api', 'for a 401 from the donor api, which response header are we required to include', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field.'),
  k('support', 'A fundraiser keeps getting 403 on the grants pipeline page and wants to just log out and back in. Will that fix it?', /(won'?t|will not|doesn'?t|does not|not|no)\b[\s\S]{0,50}\b(help|change|fix|matter|make a difference|work)|pointless|futile|useless|same (result|outcome|response|403)|\bno\b[,.!—-]/i, 'RFC 9110 §15.5.4: the server understood who the caller is and refuses; re-authenticating as the same user will not change a 403.'),
  k('security', 'when is it legit to answer 404 instead of 403 for a donor record someone isnt allowed to see', /(hid(e|es|ing)|conceal|(not|n'?t|without) (reveal|disclos|confirm|leak)\w*|existence)/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target may respond 404.'),
  k('sre', 'campaign page removed, nobody knows if its permanent. 410 or 404 per the rfc', /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),
  k('support', 'what does a 410 tell search engines and people who still link to our old ended campaigns', /(permanent|for good|no longer (available|exists)|remov|delet|delist|de-?index|drop|purge|update (their )?(links|bookmarks))/i, 'RFC 9110 §15.5.11: 410 signals intentional, permanent removal so recipients can remove links to the resource.'),
  k('sre', 'our cdn is caching 410s for purged donor pages even tho we send no cache-control. is that allowed by the rfc or a cdn bug', /(heuristic|(is|are|as) cacheable|cacheable by default|cached by default|not a (cdn )?bug|\byes\b|(is|it'?s) (allowed|permitted))/i, 'RFC 9110 §15.5.11 / §15.1: 410 is heuristically cacheable by default unless method definition or cache controls say otherwise.'),
  k('api', 'rfc 6750: token is valid but lacks the scope the donor-export endpoint needs. error code and status?', /insufficient_scope[\s\S]*\b403\b|\b403\b[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, and the resource server SHOULD respond with 403.'),
  k('security', 'bearer token for the volunteer api is expired. which error code does rfc 6750 say to put in WWW-Authenticate and with what status', /invalid_token[\s\S]*\b401\b|\b401\b[\s\S]*invalid_token/i, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) and the resource server SHOULD respond with 401.'),
  k('api', 'a request to /api/gifts carries the access token both in the Authorization header and in the query string. per rfc 6750 which error code and status', /invalid_request[\s\S]*\b400\b|\b400\b[\s\S]*invalid_request/i, 'RFC 6750 §3.1: using more than one method to include the token is invalid_request, answered with 400.'),
  k('nonnative', 'Our developer read RFC 7231 and RFC 7235 for the status codes. Are they still the current ones, or which RFC replace them?', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'When a volunteer gets a 403 on the donor export page, is the CRM allowed to tell them why (like "only development staff can export")? Or does it have to stay vague?', /(yes|may|can(?!'?t|not)|allowed|permitted|free to|fine|ok(ay)?)\b[\s\S]{0,80}(reason|explain|describ|why)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('sre', 'sync job gets 403 on /api/grants, should it just retry w/ same token on backoff', /(should not|shouldn'?t|don'?t|do not|no|not|never|pointless|stop)\b[\s\S]{0,60}(retry|retrying|repeat|resend|again)|(same|unchanged) credentials|without (a |any )?chang/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('nonnative', 'Is 401 only for when no credentials are sent? What if the volunteer sent a password but it was wrong?', /\b401\b[\s\S]{0,120}(refus|reject|invalid|wrong|incorrect|bad|fail|also|too|as well|still)|(refus|reject|invalid|wrong|incorrect|bad|fail)\w*[\s\S]{0,80}\b401\b/i, 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates authorization has been refused for those credentials.'),
  k('security', 'rfc 6750: a request to the donor api shows up with no token at all. should the WWW-Authenticate challenge include an error code like invalid_token', /(no|not|shouldn'?t|should not|omit|without|leave (it )?out|skip|don'?t|do not)\b[\s\S]{0,60}(error|invalid_token)|just (the )?(realm|scheme|bearer)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('nonnative', 'Our ended campaign pages show the text "This campaign is not found" but the status is 200. Google still show them in results. Is this a problem, what is better?', /soft[ -]?404|\b(404|410)\b/i, 'RFC 9110 §15.5.5/§15.5.11: a not-found page must carry a real 404 (or 410 if permanently removed); a 200 "soft 404" gets indexed.'),
];

export const UNSEEN383_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
