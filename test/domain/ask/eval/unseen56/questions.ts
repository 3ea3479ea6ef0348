import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 56, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a city government's online services portal — permits, parking fines, tax accounts, resident records, council staff back-office, contractors, open-data APIs. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource → 401';
const R401N = 'RFC 9110 §15.5.2 + RFC 6750 §3.1: no credentials at all → 401 with a challenge and no error code';
const R401T = 'RFC 6750 §3.1: token expired, revoked, malformed or otherwise invalid → invalid_token, 401';
const R403 = 'RFC 9110 §15.5.4: server knows who is asking, understood the request and refuses it; re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: valid token without the scope the request needs → insufficient_scope, 403';
const R404H = 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may answer 404 instead of 403';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when removal is known to be permanent; if that is not known, 404';
const R410 = 'RFC 9110 §15.5.11: resource intentionally removed and the condition is likely permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×7
  w('401', 'sre', "parking fines api: old kiosk build calls POST /v1/fines/{id}/pay w/o any Authorization header at all. middleware derefs null and we 500. what should it return instead", R401N),
  w('401', 'support', "A resident rang in: she was signed in to her council tax account, went to lunch with the tab open, came back and pressed 'Pay balance'. Her session had timed out after 30 minutes idle, so the portal no longer knew who she was. Which status should that payment request have got?", R401),
  w('401', 'security', "Contractor portal: somebody edited a JWT payload to swap the contractor_id claim and re-encoded it, so the RS256 signature no longer verifies against our JWKS. What should the gateway answer?", R401T),
  w('401', 'nonnative', "The permit API is receiving token from a contractor firm which we offboarded yesterday, we revoked all their tokens, but by the exp time the token is still not expired. Which status we must give back?", R401T),
  w('401', 'api', "Open-data API: caller passes ?api_key=abc123 but no such key exists in our key store and never did. 401 or 403?", R401),
  w('401', 'sre', "`WARN authz bearer rejected: exp=1717430400 now=1717434012 route=/v2/resident-records/search client=housing-app` code pls", R401T),
  w('401', 'nonnative', "In the staff back-office some old scripts send header 'Authorization: Basic' and after it only garbage, it is not valid base64 and we cannot decode user and password from it. What answer is right for this request?", R401),

  // ---- 403 ×9
  w('403', 'sre', "planning clerk logged in fine via sso, clicks approve on a building permit. only senior planners can sign off approvals. she can already see the permit in her queue so we dont care that she knows it exists. code?", R403),
  w('403', 'api', "Open-data partner token carries scope datasets:read and calls POST /v1/datasets/street-lights/rows. The token itself is valid and unexpired. What should we return?", R403S),
  w('403', 'nonnative', "A staff member from parks department is logged with a valid SSO session but he open the revenue back-office module for tax accounts, which only the revenue team is allowed to use. Everybody in the council know this module exists. What we answer to him?", R403),
  w('403', 'security', "Back-office admin endpoints should only be reachable from the town hall network. We're seeing a request with a perfectly valid staff session coming from a home broadband IP. 401 or 403?", R403),
  w('403', 'support', "A contractor called: he can sign in without any trouble, but the rule is that a firm whose public liability insurance certificate has lapsed can't lodge new permit applications until it's renewed, and theirs ran out last week. Right now the site just bounces him back to the login page, so he thinks his password is wrong. What should it actually return?", R403),
  w('403', 'sre', "bulk export on the open data api is paid tier only. key is valid, acct plan = community, hitting GET /v1/bulk/export. today we send 401 and the client lib keeps rotating the key in a loop lol. what should it be", R403),
  w('403', 'api', "A resident signs in successfully but hasn't finished the identity check yet (ID documents still pending review). Until verification, accounts only get general information, not council tax statements. They call GET /accounts/me/statements. Which status?", R403),
  w('403', 'nonnative', "Token of contractor company A try to upload a document into the permit application of company B. The application of B is visible for everyone on the public permit register, so it is no secret that it exists. Which code is correct?", R403),
  w('403', 'support', "One of the parking wardens says her handheld logs in fine but the 'void ticket' button errors out. Only supervisors get to cancel fines, and she isn't one. What status should the fines API send for her void request?", R403),

  // ---- 404 ×9
  w('404', 'security', "Resident records API: a logged-in resident is iterating /residents/88213, /residents/88214 and so on, i.e. other people's records. Nobody should be able to work out who lives in the city by probing IDs. What should those requests get?", R404H),
  w('404', 'support', "A business owner logged into his own business rates account swapped the account number in the statement URL for a competitor's number. He told us he just wanted to see whether they were even registered with us. We never confirm who is or isn't a taxpayer. Which response should he have got?", R404H),
  w('404', 'nonnative', "Some resident records have the 'confidential address' marker (for example survivors of domestic abuse). When a staff member without protected-records clearance request such record, the policy say he must not even learn that this record exist. What to return?", R404H),
  w('404', 'api', "Draft permit applications are private to the contractor drafting them. Contractor X requests GET /permits/drafts/D-7781, which is a rival firm's draft; telling X that it exists would leak that the rival is bidding for the same site. Response code?", R404H),
  w('404', 'sre', "GET /v1/parking/fines/PF-2024-0000000 -> id format valid, no such fine in db, user fat-fingered it. currently 500 from an unhandled NoneType. what should it be", R404),
  w('404', 'api', "Which code for GET /v1/datasets/bike-lanes-2031 on the open-data API? That dataset has never existed.", R404),
  w('404', 'sre', "street trading permits dataset pulled off the open data api yesterday b/c legal is reviewing whether it has personal data in it. could be back next week, could be never, nobody knows. crawlers + partners still hitting /datasets/street-trading. 404 or 410", R404U),
  w('404', 'support', "The 'report a pothole' page was taken down during the CMS migration. The web team reckon they'll probably put it back at the same address once the new form is built, but there's no date yet. Residents still using the old link: what should they get?", R404U),
  w('404', 'nonnative', "A clerk delete a resident record by mistake, it goes in the recycle bin and can be restored during 30 days. Meanwhile somebody request this record by its URL. Is it 404 or 410?", R404U),

  // ---- 410 ×5
  w('410', 'api', "Permits API v1 was decommissioned on 1 March after a twelve-month deprecation period. It will never come back and every client has to use v2. What should requests to /v1/permits/* get now?", R410),
  w('410', 'sre', "killed the 2019 census-block dataset for good, council voted to retire it, it will not be republished. crawlers still hammering /open-data/census-2019. 404 or something better", R410),
  w('410', 'support', "The dog licence scheme was abolished by bylaw and its pages were taken down on purpose; it isn't coming back. A resident clicked an old bookmark to the dog licence renewal page. What should the site send?", R410),
  w('410', 'nonnative', "Parking permit zone K was discontinued by council decision, the zone is not existing anymore and it will not be created again. For GET /zones/K in the API, what status?", R410),
  w('410', 'security', "Closed tax account documents are destroyed after seven years under the records retention schedule: deliberately purged, unrecoverable, and those URLs will never serve anything again. What status should the document URLs return afterwards?", R410),

  // ---- knowledge, told through a situation
  k('sre', "parking fines api already sends 401 when the token is missing. what header is the client expecting alongside it", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response must include a WWW-Authenticate header field with at least one challenge'),
  k('support', "A contractor keeps getting a 403 when he tries to approve his own permit, and he says he's logged out and back in three times. Will signing in again ever clear a 403?", /\b(no|not|never|nothing)\b|n['’]t\b/i, 'RFC 9110 §15.5.4: with 403 the server already knows who is asking; re-authenticating will not change the outcome'),
  k('api', "We retired the 2018 budget dataset and now answer 410 for it. Under HTTP caching rules, can a cache store that 410 even though we send no Cache-Control or Expires?", /heuristic|cacheable|by default|\byes\b|can (be )?(cached|stored?)|may (be )?(cached|stored?)/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless indicated otherwise'),
  k('sre', "open data portal answers 410 for retired datasets now. does a search crawler drop those urls faster than if we sent 404", /faster|sooner|quick|\byes\b/i, 'RFC 9110 §15.5.11: 410 says the removal is intentional and asks that links be removed, so crawlers delist sooner than on 404'),
  k('security', "Our Bearer-token gateway for the contractor API answers an expired access token with 401. Which error code belongs in the WWW-Authenticate challenge?", /invalid_token/i, 'RFC 6750 §3.1: expired, revoked or malformed tokens → error="invalid_token"'),
  k('nonnative', "When token of an open-data partner does not have the scope for write and we answer 403, which error value should be put inside the WWW-Authenticate header?", /insufficient_scope/i, 'RFC 6750 §3.1: token lacks the privileges the request needs → error="insufficient_scope" with 403'),
  k('api', "The parking kiosk sometimes calls the resident API with no Authorization header at all, and we send 401 with a Bearer challenge. Should that challenge carry an error code?", /\b(no|not|omit|omitted|without)\b|n['’]t\b/i, 'RFC 6750 §3.1: if the request had no authentication information, the server should not include an error code'),
  k('support', "A resident got 'page not found' on her old tax account link, but the account is real; she's just signed in as a different household. Is a server actually allowed to answer 404 for something that exists?", /\b(yes|allowed|may|can|permitted|acceptable)\b/i, 'RFC 9110 §15.5.4: a server that wishes to hide a forbidden resource may answer 404 instead'),
  k('security', "We return 404 for fine IDs that belong to other people on the parking API. Which section of RFC 9110 explicitly allows answering 404 in place of 403?", /15\.5\.4/, 'RFC 9110 §15.5.4 (403 Forbidden) contains the sentence allowing 404 to hide a forbidden resource'),
  k('nonnative', "Our permits page return 200 with the text 'permit not found' when the permit number don't exist. SEO team say this is bad. How is this mistake called?", /soft[\s-]?404/i, 'A 200 page that says "not found" is a soft 404; RFC 9110 §15.5.5 says the right status is 404'),
  k('security', "When the fines API refuses a staff member from the wrong department with 403, may the response body explain why the request was refused?", /\b(may|can|yes|allowed|permitted|fine|ok)\b|describ|explain/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe the reason in the content'),
  k('security', "A pentest found the resident records API answers 403 for IDs that exist and 404 for IDs that don't, so anyone can map which IDs are real. What is this class of weakness called?", /enumerat/i, 'Differing 403/404 answers let a caller enumerate existing resources; RFC 9110 §15.5.4 allows 404 to hide them'),
  k('sre', "open data api sends 401 + Bearer challenge to anonymous callers. is the realm param required or is the scheme alone enough", /optional|not (required|mandatory|needed)|\bno\b|n['’]t (required|needed|mandatory)|enough|sufficient/i, 'RFC 6750 §3: the realm attribute MAY be included; it is optional'),
  k('support', "A contractor's script retries every five seconds whenever it gets our 403 for their suspended account. Should an automated client keep retrying a 403 unchanged?", /\b(no|not|stop|never)\b|n['’]t\b/i, 'RFC 9110 §15.5.4: the server refuses to fulfil the request; repeating it unchanged will not help'),
  k('api', "We removed /permits/legacy-fees and answer 410. If later we are no longer sure it's gone for good, which status does RFC 9110 say to use instead when you don't know the removal is permanent?", /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('nonnative', "When a fine is paid we delete the fine page, but maybe later we restore it for an audit. Can we use 410 for this page?", /\b(no|not)\b|404|n['’]t\b/i, 'RFC 9110 §15.5.11: 410 only when the removal is known to be permanent; otherwise 404'),

  // ---- knowledge, plain
  k('api', 'Which RFC currently defines the semantics of 401, 403, 404 and 410 and obsoletes RFC 7231?', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231'),
  k('security', 'Between 401 and 403, which one means the credentials themselves are missing or not valid?', /401/, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  k('nonnative', 'What is the reason phrase (the name) of status code 410?', /\bgone\b/i, 'RFC 9110 §15.5.11: 410 Gone'),
  k('support', 'Quick one for the support wiki: which status code does RFC 6750 pair with the insufficient_scope error?', /403/, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('security', 'What HTTP status does RFC 6750 attach to the invalid_request error code?', /400/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('api', 'Is a 404 response cacheable by default when it carries no explicit freshness information?', /\byes\b|heuristic|by default|cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless indicated otherwise'),
  k('sre', '410 vs 404 in one word', /permanen/i, 'RFC 9110 §15.5.11: 410 means the removal is likely permanent; 404 makes no such claim'),
  k('support', "A customer's integrator asks: does a 403 response have to carry a WWW-Authenticate header the way a 401 does?", /\b(no|not|optional)\b|n['’]t\b|only.*401/i, 'RFC 9110 §11.6.1/§15.5.2: WWW-Authenticate is required on 401; 403 has no such requirement'),
  k('api', 'After a 401, what is the client allowed to do according to RFC 9110?', /repeat|retry|resend|re-send|again|new (credentials|token)|authorization/i, 'RFC 9110 §15.5.2: the user agent may repeat the request with a new or replaced Authorization header field'),
  k('support', 'What does RFC 9110 say clients that can edit links should do when they receive a 410?', /delet|remov/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI after user approval'),
  k('security', 'Is a server obliged to answer 410 for every permanently removed resource, or is 404 acceptable too?', /\b(no|not|optional|acceptable|fine|ok|allowed)\b|n['’]t\b/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone'),
  k('sre', 'how long do we have to keep serving 410 for a dead url', /discretion|owner|up to (you|the)|any length|not (specified|defined|fixed|required)|no (fixed|set|specific|required|minimum)|indefinite|as long as/i, 'RFC 9110 §15.5.11: how long to keep the gone mark is left to the discretion of the server owner'),
  k('nonnative', 'If the bearer token is malformed, not even a JWT format, is the error code also invalid_token?', /\byes\b|invalid_token|malformed/i, 'RFC 6750 §3.1: invalid_token covers tokens that are expired, revoked, malformed or invalid for other reasons'),
];

export const UNSEEN56_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
