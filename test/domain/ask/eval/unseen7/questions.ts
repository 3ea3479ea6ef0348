import { type Draft, type EvalQuestion, k, open, w } from '../questions';

/**
 * Unseen set 7: written by an independent writer who has not read the parser (src/domain/ask,
 * src/domain/knowledge) nor any other question set. It aims at the everyday middle: ordinary situations
 * from many products (shops, banks, clinics, SaaS consoles, phones, devices, internal tools, public APIs,
 * file sharing, CMS, search, maps, messaging), typed the way each person would actually type them.
 * Labels follow RFC 9110 §15.5.2/§15.5.4/§15.5.5/§15.5.11, RFC 6750 §3.1 and the seed; contested
 * situations were left out. Do not edit a question or its label to make the parser pass.
 */

const A401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials → 401';
const A401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed, unknown) → 401';
const A401S = 'RFC 9110 §15.5.2: an ended or invalidated session is no valid credential → 401';
const A401F = 'RFC 9110 §15.5.2 / seed: authentication is checked first; without valid credentials → 401';
const F403 = 'RFC 9110 §15.5.4 / seed: caller is known but lacks the permission, existence no secret → 403';
const F403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const F403P = 'Seed: valid identity blocked by IP allowlist / plan / role → 403';
const N404 = 'RFC 9110 §15.5.5: no current representation at this URL (never existed, mistyped) → 404';
const N404H = 'RFC 9110 §15.5.4: to hide a forbidden resource\'s existence the server may answer 404';
const N404U = 'RFC 9110 §15.5.11/§15.5.5: removed but not known to be permanent → 404, not 410';
const G410 = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410';
const OPENP = 'RFC 9110 §15.5.11 vs §15.5.5: 410 only if the removal is known to be permanent, else 404';
const OPENH = 'RFC 9110 §15.5.4: 403 if existence may be known, 404 if it must stay hidden from this caller';

// Patterns shared by several knowledge questions.
const HIDE = /(hid(e|ing|den)|conceal|reveal|disclos|leak|confirm|enumerat|secret|confidential)/i;
const PERMANENT = /(perman|for good|forever|irreversib|never (come|coming) back)/i;

const QUESTIONS: readonly Draft[] = [
  // ---------------------------------------------------------------- 401: no / bad / ended credentials
  w('401', 'sre', 'gateway giving 404 when the jwt is expired, thats wrong right? what should it be', A401T),
  w('401', 'support', 'Customer email: "Since this morning your API answers Forbidden on /v2/invoices. I rotated my API key yesterday and deleted the old one, I think our script still sends the old key." What should we actually have sent them?', A401T),
  w('401', 'api', 'OpenAPI responses for GET /accounts/{id} when the Authorization header is missing entirely — which status goes there?', A401),
  w('401', 'nonnative', 'Which code we must return when the user send request without any token to the orders endpoint?', A401),
  w('401', 'security', 'Finding: /api/admin/export responds 403 to requests that carry no credentials at all. Which status should it use instead?', A401),
  w('401', 'sre', 'mobile users getting kicked, refresh token got revoked after pw reset and api returns 403 rn. correct code?', A401T),
  w('401', 'support', 'A user logged out on her laptop, then pressed the back button and the dashboard called the API with the old session cookie. We answered 404. Shouldn\'t that be something else?', A401S),
  w('401', 'nonnative', 'Session is timeout after 30 minute idle, then user click on "My orders". What status server should give?', A401S),
  w('401', 'api', 'Bearer token has a bad signature (someone edited the payload). What does the resource server respond with?', A401T),
  w('401', 'security', 'IoT thermostats authenticate with a token that expired last week; the firmware keeps posting to /telemetry. Which status should the ingest API return so the device knows to get a new token?', A401T),
  w('401', 'sre', 'basic auth w/ wrong password on the internal grafana proxy -> what code', A401),
  w('401', 'nonnative', 'In our banking app the access token was revoked by bank because user changed phone. The app still call /balance. It is 401 or 403?', A401T),
  w('401', 'support', 'Customer pasted this response body: {"error":"invalid_token","error_description":"The access token expired"} and the status line says 403. Is that the right status for that body?', A401T),
  w('401', 'api', 'Someone calls our public maps API with a bearer token we never issued, just a random string. What do we send back?', A401T),
  w('401', 'sre', 'cron job calling billing api w/o creds since the secret got wiped from vault, its getting 404s. what shld the api send', A401),
  w('401', 'security', 'Our CMS editor API answers 200 with a login page when the editor\'s session has expired. What status should the JSON API return instead?', A401S),
  w('401', 'nonnative', 'user try to open a shared file link but he is not logged in, and the file is only for logged users. what we return?', A401),
  w('401', 'api', 'FHIR server: GET /Patient/123 with an OAuth access token that the authorization server has revoked. Status?', A401T),
  w('401', 'support', 'Messaging app: after the user signed out on all devices, her tablet keeps polling /messages with its old token and gets 403. Is 403 right?', A401S),
  w('401', 'security', 'Pentest note: after a password change we invalidate all sessions server-side, but requests with an invalidated session cookie get 403. Correct status?', A401S),
  w('401', 'support', 'Stripe answers 401 for an invalid API key. Our API answers 403 when a customer uses a key they revoked themselves. Which of us is right?', A401T),
  w('401', 'nonnative', 'Client is calling URL which not exist, and also he don\'t send any credential. API is private. We give 404 or 401?', A401F),

  // ---------------------------------------------------------------- 403: known caller, not allowed, existence no secret
  w('403', 'sre', 'new hire logs in fine but cant open the billing page, missing the finance role. code?', F403P),
  w('403', 'api', 'GET /reports/{id} response when the token is valid but lacks the reports:read scope', F403S),
  w('403', 'support', 'Customer is on the Free plan and tries Export to CSV, which is a Pro feature we advertise. They\'re logged in. The export endpoint returns 404 today. What should it return?', F403P),
  w('403', 'nonnative', 'Our partner server call the API with correct key but from IP that is not in the allowlist. Which code is correct?', F403P),
  w('403', 'security', 'Finding: a read-only auditor account can send DELETE /api/users/42 and gets 404, although the auditor sees user 42 in the list. Expected status?', F403),
  w('403', 'sre', 'ci runner token valid but repo scope missing, api returns 401 and the runner keeps refreshing its token in a loop. should be 403 yes?', F403S),
  w('403', 'api', 'Admin console: a logged-in member (not an admin) calls POST /settings/sso. Everyone in the org can see the settings page, only admins may change it. Status?', F403),
  w('403', 'support', 'A teacher is logged in and tries to change grades for a class she doesn\'t teach. She can see the class roster but not edit grades. What code?', F403),
  w('403', 'nonnative', 'User is authenticated, but his role is "viewer" and he try to publish an article in the CMS. Which HTTP status is proper?', F403),
  w('403', 'security', 'Employee is signed in through SSO from home, but the HR system only allows office VPN IP ranges. The HR portal URL is well known inside the company. 403 or 404?', F403P),
  w('403', 'sre', 'spike of 403 on /api/v3/export from one tenant since we started requiring the export scope, their tokens are valid otherwise. is 403 correct or should it be 404', F403S),
  w('403', 'api', 'If our WWW-Authenticate header carries error="insufficient_scope", what status line must the response have?', F403S),
  w('403', 'support', 'A logged-in service rep opens the "Refunds over $500" screen; only supervisors have that permission. Everyone knows the screen exists. What should the server send?', F403),
  w('403', 'nonnative', 'Mobile app user is logged in but subscription is basic, and premium recipes endpoint is only for premium. User know premium recipes exist because we advertise them. What code to send?', F403P),
  w('403', 'security', 'The search indexer\'s service account authenticates fine but calls /admin/reindex, which it was never granted. The endpoint is in our public docs. What should it get back?', F403),
  w('403', 'sre', 'grafana gives 404 when viewer users try to delete a dashboard, the dash exists and they can see it. right code?', F403),
  w('403', 'api', 'Multi-tenant SaaS, tenant ids are public (they\'re in URLs and on invoices). An authenticated user of tenant A calls GET /tenants/B/members. We don\'t care if they learn tenant B exists. Which response?', F403),
  w('403', 'support', 'From a ticket: "I\'m logged in as the owner\'s assistant, I can see the shared folder but when I click Upload it says Not Found." The assistant has view-only rights on that folder. What should the server have returned?', F403),
  w('403', 'nonnative', 'IoT device is registered and authenticated, but firmware update endpoint is allowed only to devices in "beta" group. Endpoint is documented. Return which?', F403),
  w('403', 'security', 'Reviewing the API gateway: an authenticated user whose token lacks payments:write calls POST /payments and the gateway answers 401. Is that correct?', F403S),
  w('403', 'sre', 'intern\'s k8s token authenticates ok but RBAC denies listing secrets. api server should say 401 or 403', F403),
  w('403', 'api', 'Response for DELETE /projects/{id} when the caller is a member of the project but not its owner?', F403),
  w('403', 'support', 'Hospital: a nurse is logged in and has the patient\'s chart open (she is assigned to him), then clicks "Prescribe", which only doctors may do. The screen says 404. What should it say?', F403),
  w('403', 'nonnative', 'We are having maps API. Key is valid, but the customer monthly plan don\'t include geocoding endpoint. Which status we respond?', F403P),
  w('403', 'security', 'An authenticated user hits /admin from the public internet; the admin panel is only reachable from the corporate IP allowlist. The /admin path is no secret. Should that be 401?', F403P),
  w('403', 'nonnative', 'Someone from other department is logged in our intranet and try to open salary report. Everybody know the report exists, only HR can read it. What code?', F403),
  w('403', 'support', 'The user is signed in and their role doesn\'t allow deleting invoices; the invoice is right there in their list. We shouldn\'t send 404 here, right? What then?', F403),
  w('403', 'security', 'Finding: a support agent (valid login, agent role) can call PATCH /api/users/{id}/role and gets 200. The endpoint is documented and agents can see users. What should agents get instead?', F403),

  // ---------------------------------------------------------------- 404: not there, mistyped, hidden, or removal not known permanent
  w('404', 'sre', 'ppl hitting /api/v2/userz (typo in their client), what do we send back', N404),
  w('404', 'support', 'Customer says "order 1009223 doesn\'t load". That order number doesn\'t exist in our system, looks like they mistyped it. Which status should the API return?', N404),
  w('404', 'api', 'Like GitHub: a private repo, an outsider is logged in but not a collaborator, and we must not reveal that the repo exists. Status for GET /repos/acme/secret-plans?', N404H),
  w('404', 'nonnative', 'Product was deleted from catalog yesterday but we don\'t know yet if it will come back. Which code — 404 or 410?', N404U),
  w('404', 'security', 'Finding: GET /api/patients/{mrn} gives 403 for MRNs that exist and 404 for ones that don\'t, so any clinician can enumerate registered patients. Policy says patient existence is confidential. What should existing-but-not-permitted MRNs return?', N404H),
  w('404', 'sre', 'link from an old newsletter points to /blog/summer-sale-tips, that slug never existed. code?', N404),
  w('404', 'api', 'File sharing: user B (authenticated) opens a file id that belongs to user A\'s private space. Requirement: other users must not be able to tell whether a file id is real. What do we return?', N404H),
  w('404', 'support', 'Customer clicked "track your parcel" but only pasted half of the tracking number. What status should the tracking page give?', N404),
  w('404', 'nonnative', 'We removed the old endpoint /v1/stock last week but maybe we bring it back if customers complain. What status is correct for calls now?', N404U),
  w('404', 'security', 'Admin-only routes like /internal/debug/heap: for logged-in normal users we don\'t want to even confirm those routes exist. What do we answer?', N404H),
  w('404', 'sre', 'cms preview links erroring after an editor deleted the draft, might get restored from trash. 404 fine or 410', N404U),
  w('404', 'api', 'Search API: GET /indexes/{name} when no index by that name exists. Status?', N404),
  w('404', 'support', 'Messaging app: a push notification carried a random conversation id (bug on our side), the conversation was never created. User taps it — which code?', N404),
  w('404', 'nonnative', 'Customer call GET /users/0, id zero never existed in database. Which code is correct for this?', N404),
  w('404', 'security', 'Wiki: pages in a restricted space must be invisible to people outside it — they must not learn the page is there. An authenticated employee outside the space opens a link to one. Status?', N404H),
  w('404', 'sre', 'bots scanning /wp-admin on our node api (we never ran wordpress) what code', N404),
  w('404', 'api', 'Banking API: GET /accounts/{iban} for an IBAN belonging to another customer. We must not confirm to other customers which accounts exist at our bank. Response?', N404H),
  w('404', 'support', 'Ticket: "your app says Forbidden when I open my friend\'s album link". The friend is logged in; the album is private and our policy is to not acknowledge private albums to anyone but the owner. What code should they get?', N404H),
  w('404', 'nonnative', 'Map tile for zoom 25 is not exist, we only have tiles until zoom 20. What we return for /tiles/25/x/y?', N404),
  w('404', 'security', 'Our shop\'s order lookup answers 403 "not your order" for other customers\' order numbers. Order numbers are sequential and we don\'t want competitors counting our orders. What should foreign order numbers get?', N404H),
  w('404', 'api', 'Patient portal: a lab result was pulled pending a correction review and may be republished. What does GET /results/{id} return meanwhile?', N404U),
  w('404', 'support', 'The seller took their listing down "for now" and may relist it later. Buyers opening the listing link should get what?', N404U),
  w('404', 'security', 'Tenant isolation review: resource ids are random UUIDs and we treat them as secret. A user of tenant A requests tenant B\'s invoice by its UUID. 403 or 404?', N404H),
  w('404', 'security', 'Project codenames are confidential: people outside a project must not be able to confirm a codename exists. An authenticated employee outside the project requests /projects/bluefin. What status?', N404H),
  w('404', 'api', 'IoT platform: GET /devices/{serial} for a serial number that was never registered.', N404),
  w('404', 'nonnative', 'The article is unpublished by editor, he say maybe later he publish again. Visitors come from Google to the old URL. 404 or 410 is right?', N404U),

  // ---------------------------------------------------------------- 410: intentionally and permanently removed
  w('410', 'sre', 'we killed /v1 for good last quarter, sunset was announced, never coming back. still getting hits. what do we answer', G410),
  w('410', 'support', 'A customer closed her account and asked us to erase everything. Her public profile URL is still being visited. The data is permanently gone by design. What should that URL return?', G410),
  w('410', 'api', 'The spring campaign page /promo/spring-2023 was a limited-time offer; the campaign is over and we retired the page on purpose, forever. Status?', G410),
  w('410', 'nonnative', 'We delete the product page on purpose and it will never come back, we want Google remove it fast. Which code we send?', G410),
  w('410', 'security', 'The legacy endpoint /api/legacy/reset was deliberately and permanently decommissioned after the audit; our public changelog lists it as removed. What should requests to it receive?', G410),
  w('410', 'sre', 'short link owner nuked the link permanently, we keep slugs reserved and never reuse them. status for /s/xk2?', G410),
  w('410', 'api', 'OpenAPI: describe the response for GET /v2/legacy-reports now that we removed that endpoint permanently, on purpose (announced sunset, no replacement).', G410),
  w('410', 'support', 'News site: an article was retracted and permanently unpublished by the editor-in-chief; it will not come back. Readers following old links get what?', G410),
  w('410', 'nonnative', 'Our old app version still use /api/v1/sync, which we switched off forever on purpose. Which status the old app should receive?', G410),
  w('410', 'security', 'A public share link leaked, so we deliberately deleted the file for good; that link id will never be valid again. The link needed no login. Status for it now?', G410),
  w('410', 'sre', 'marketplace seller banned & all their listings permanently purged on purpose, crawlers still hitting the listing urls. 404 or 410', G410),
  w('410', 'api', 'Transit API: the city discontinued route 42 permanently and we removed it from the dataset on purpose. GET /routes/42?', G410),
  w('410', 'nonnative', 'Webinar recording was available only until end of month, after that we removed it intentionally and for always. What code for the link after?', G410),
  w('410', 'support', 'A merchant deleted their shop with "Delete forever — this cannot be undone". What should their old storefront URL return?', G410),
  w('410', 'security', 'Per our security roadmap we permanently removed the OAuth implicit-grant endpoint. Clients still call /oauth/implicit. What status?', G410),
  w('410', 'sre', 'old docs under /docs/v1/* intentionally removed forever, want them out of search asap, code pls', G410),

  // ---------------------------------------------------------------- open: the deciding fact is not given
  open('sre', 'user deleted their project, GET /projects/77 now. 404 or 410?', PERMANENT, OPENP),
  open('api', 'An authenticated user from another org requests /orgs/acme/billing. They are not a member. 403 or 404?', HIDE, OPENH),
  open('support', 'A customer says the product page they bookmarked now shows an error. We took that product off the site. Which code should the page give?', PERMANENT, OPENP),
  open('nonnative', 'Logged user try to open a document of other team, he has no access to it. We should give 403 or 404?', HIDE, OPENH),
  open('security', 'An authenticated customer requests /api/invoices/{id} for another customer\'s invoice. 403 or 404, which is more correct?', HIDE, OPENH),
  open('sre', 'old webhook endpoint was removed in yesterday\'s release, clients still calling it. 404 or 410?', PERMANENT, OPENP),

  // ---------------------------------------------------------------- knowledge
  k('api', 'What is the actual difference between 401 and 403?', /(401[^.]*(credential|authenticat|log(ged)?[ -]?in)|(credential|authenticat)[^.]*401)/i, 'RFC 9110 §15.5.2/§15.5.4: 401 is about missing or invalid credentials, 403 about permission'),
  k('sre', 'which rfc defines the status codes these days, still 7231?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('nonnative', 'RFC 2616 is still the valid one for status codes or it is replaced?', /(9110|723\d)/, 'RFC 2616 was obsoleted by RFC 7230-7235, themselves obsoleted by RFC 9110'),
  k('api', 'What header does a 401 response have to include?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST send a WWW-Authenticate header'),
  k('security', 'Do we need to send a WWW-Authenticate challenge with our 403 responses too?', /((only|required|must|mandatory)[^.]{0,60}401|401[^.]{0,60}(only|required|must)|not (required|needed|necessary|mandatory)|n[o\u2019']t (need|have) to|no need|optional)/i, 'RFC 9110 §15.5.2/§15.5.4: the challenge is required on 401; 403 does not require it'),
  k('support', 'What status code goes with the insufficient_scope error in a bearer token response?', /403/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('sre', 'invalid_token in WWW-Authenticate maps to which status', /401/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('nonnative', 'What is the error code in Bearer header when token don\'t have the needed scope?', /insufficient_scope/i, 'RFC 6750 §3.1 defines insufficient_scope'),
  k('api', 'Which status does RFC 6750 pair with invalid_request?', /400/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('sre', 'can a cdn cache our 404s?', /(heuristic|cache-control|max-age|\byes\b|(can|may) be cached)/i, 'RFC 9110 §15.1/§15.5.5 and seed: 404 is heuristically cacheable; CDNs cache it given Cache-Control'),
  k('security', 'Is a 410 Gone response cacheable by default?', /(heuristic|by default|yes)/i, 'RFC 9110 §15.5.11: a 410 is heuristically cacheable'),
  k('support', 'Will browsers or CDNs cache a 403 Forbidden on their own?', /(\bnot?\b|n[\u2019']t)[^.]{0,60}(cach|heuristic|store)|per[- ]request|explicit|cache-control/i, 'Seed / RFC 9110 §15.1: 403 is not heuristically cacheable; permission checks are per request'),
  k('support', 'What is a "soft 404"?', /200/, 'Seed: a soft 404 is a 200 response with "page not found" content'),
  k('api', 'Why are soft 404s a problem for our website?', /(index|search engine|crawl|google)/i, 'Seed: search engines treat soft 404s as real pages and index them'),
  k('nonnative', 'What is better for search engines when page is removed for ever, 404 or 410, and why?', /(faster|sooner|quick|delist|de-?index|drop|remov[^.]{0,30}index)/i, 'Seed: 410 helps crawlers delist faster'),
  k('security', 'When is it fine to answer 404 for a resource that actually exists?', HIDE, 'RFC 9110 §15.5.4: a server may use 404 to hide the existence of a forbidden resource'),
  k('sre', 'should clients retry on 404', /(\bno\b|\bnot\b|n[\u2019']t|never)[^.]{0,40}retr|without (a |some )?(change|fix)|after fixing/i, 'Seed: no automatic retry on 404'),
  k('support', 'A customer\'s script keeps retrying after getting 403. When does retrying actually make sense?', /(permission|role|scope|grant|admin|access (is|was|gets) (changed|granted))/i, 'Seed: do not retry 403 without a change in permissions'),
  k('nonnative', 'What client must do when it receive 401?', /(re-?authenticat|log ?in|sign ?in|(new|valid|correct|fresh|different) (token|credential)|refresh)/i, 'RFC 9110 §15.5.2: the client may repeat the request with new or replaced credentials'),
  k('api', 'Does logging in again help when a user gets 403?', /(won[\u2019']?t|will not|does ?n[o\u2019']t|not|no)[^.]{0,40}(help|change|fix)|permission|role/i, 'RFC 9110 §15.5.4 / seed: re-authenticating will not change a 403'),
  k('security', '401 is called "Unauthorized" — is it really about authorization?', /authenticat/i, 'RFC 9110 §15.5.2: 401 concerns lacking valid authentication credentials'),
  k('sre', '404 vs 410 whats the diff', PERMANENT, 'RFC 9110 §15.5.5/§15.5.11: 410 means permanently gone, 404 says nothing about permanence'),
  k('api', 'Where does the spec allow using 404 instead of 403 to hide a resource?', /(9110|15\.5\.4|15\.5\.5)/, 'RFC 9110 §15.5.4 allows 404 to hide existence'),
  k('nonnative', 'Does 404 tell that the resource never existed or it can be temporary?', /(temporar|perman|not (say|tell|indicat|specify|guarantee)|does ?n[o\u2019']t (say|tell|indicat|specify|guarantee)|no guarantee)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the absence is temporary or permanent'),
  k('security', 'If a request has no bearer token at all, should our WWW-Authenticate challenge include an error code?', /(should ?n[o\u2019']t|should not|not|no|omit|without|leave out)[^.]{0,60}error|error[^.]{0,60}(omit|left out|not (be )?included)/i, 'RFC 6750 §3.1: with no authentication information the server SHOULD NOT include an error code'),
  k('support', 'In plain words, what does 403 Forbidden mean?', /(understood|refus|permission|not allowed|denied|no access)/i, 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfil it'),
  k('api', 'What should clients that store links do when they receive 410 Gone?', /(remov|delet|drop)[^.]{0,50}(link|reference|bookmark)|(link|reference|bookmark)[^.]{0,50}(remov|delet|drop)/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities should delete references'),
  k('sre', 'are we required to send 410 for every page we retire or is 404 ok too', /(not (strictly )?(required|necessary|mandatory|obligatory)|n[o\u2019']t (have|need) to|no need|optional|(404|not found)[^.]{0,60}(fine|ok|acceptable|allowed|also|too))/i, 'RFC 9110 §15.5.11: it is not necessary to mark every permanently removed resource as gone'),
  k('support', 'We suddenly see lots of 404s in the logs since this afternoon. What usually causes that?', /(rout|deploy|release|regression|redirect|broken link|link)/i, 'Seed: 404 spikes after a deployment usually mean broken routes'),
  k('security', 'What do 403s in access logs usually point to?', /(role|scope|permission|allowlist|allow list|rbac|tenant|polic)/i, 'Seed: RBAC mismatches, tenant isolation, missing scopes, IP allowlists'),
  k('nonnative', 'RFC 9110 and RFC 7231, it is different meaning for 403 and 404 or same?', /(obsolet|replac|supersed|same|unchanged|no (real )?change)/i, 'RFC 9110 obsoletes RFC 7231 and keeps the meaning of 403/404'),
  k('sre', 'does github send 403 or 404 for private repos you cant see', /404/, 'RFC 9110 §15.5.4: GitHub answers 404 to hide private repositories'),
  k('api', 'Doesn\'t returning 403 tell the caller the resource exists?', HIDE, 'RFC 9110 §15.5.4: 403 reveals existence; use 404 to hide it'),
  k('security', 'Is it OK to return 403 to callers who sent no credentials at all?', /401/, 'RFC 9110 §15.5.2: missing credentials call for 401'),
  k('nonnative', 'Which authentication scheme we put in WWW-Authenticate for OAuth access tokens?', /bearer/i, 'RFC 6750 §3: the Bearer scheme'),
  k('support', 'The page moved to a new URL. Is 410 right for the old one?', /(301|308|redirect|moved)/i, 'RFC 9110 §15.5.11: 410 means no forwarding address is known; a move is a redirect'),
  k('sre', 'do crawlers treat 410 differently from 404', /(faster|sooner|quick|perman|delist|de-?index)/i, 'Seed / RFC 9110 §15.5.11: 410 signals permanence and helps crawlers delist faster'),
  k('api', 'Why shouldn\'t we just pick 403 or 404 by convenience?', /(retr|cach|monitor|client)/i, 'Seed: swapping 403/404 causes client retry bugs, wrong cache signals and misleading monitoring'),
  k('security', 'After a 401 can the client just send the same request again?', /(new|replac|different|valid|fresh|correct)[^.]{0,40}(credential|token|authori[sz]ation)|re-?authenticat|log ?in/i, 'RFC 9110 §15.5.2: the client may retry with new or replaced credentials'),
  k('support', 'What does the realm in a WWW-Authenticate header mean?', /(protection space|area|scope of protection|partition|set of resources|which part|region)/i, 'RFC 9110 §11.5: realm names a protection space'),
  k('nonnative', 'When we must use 410 instead of 404, what is the condition?', /(perman|for good|forever|intention|deliberate|on purpose)/i, 'RFC 9110 §15.5.11: intentionally and permanently removed'),
  k('sre', 'pm asks whats a 404 mean in one sentence', /(not found|no (current )?(resource|representation)|cannot find|can't find|could not find|doesn't exist|does not exist)/i, 'RFC 9110 §15.5.5: no current representation found'),
];

export const UNSEEN7_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
