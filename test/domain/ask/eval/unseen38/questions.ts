import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 38, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a hospital group — patient portal, electronic health records API, lab results, pharmacy integrations, clinicians' SSO, insurers' access. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: an expired, revoked, malformed or badly signed access token is invalid_token → 401';
const R401N = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: no credentials at all → 401 with a challenge and no error code';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses to authorize it → 403; new credentials will not help';
const R403S = 'RFC 6750 §3.1: token valid but lacks the required scope → insufficient_scope, 403';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server wishing to hide that a forbidden resource exists may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when removal is known to be permanent; if that is not known, 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', 'portal session cookie expired overnight, patient app still hits /api/me/appointments w/ the stale cookie and we currently send 403. should be', R401),
  w(
    '401',
    'sre',
    'ehr-gw WARN 03:12:44 jwt verify failed: signature mismatch kid=clin-2023 sub=dr.okafor path=/fhir/Patient/8812 — colleague says 403 b/c the sub is a clinician w/o access to that patient anyway, but we cant even trust the sub if the sig is bad. what does the gw return',
    R401T,
  ),
  w(
    '401',
    'api',
    'Pharmacy partners authenticate to our e-prescription API with a key in the X-Api-Key header. If a request arrives with no key at all, what status should we return, and should it carry a WWW-Authenticate challenge?',
    R401N,
  ),
  w(
    '401',
    'api',
    "An insurer's OAuth access token to the lab results API was revoked by our admin team after a contract dispute; introspection now says active=false. What should the resource server respond with when they keep calling?",
    R401T,
  ),
  w(
    '401',
    'support',
    "A patient tells me the lab results link in her email just shows an error. I checked with the team: the link goes straight to the results API and she isn't signed in at all — no cookie, no token, nothing. What should the API be answering in that case?",
    R401N,
  ),
  w(
    '401',
    'support',
    "Dr. Lindqvist got logged out of SSO in the middle of a night shift — her session token expired — and now the EHR API rejects her when she opens a chart she is definitely allowed to see. Right now she gets 'Forbidden'. Is that the right code or should it be something else?",
    R401,
  ),
  w(
    '401',
    'security',
    'The pharmacy integration still sends bearer tokens signed with a key we rotated out and revoked last week. The handler answers 404 to "avoid leaking anything", but the endpoint is documented in the public partner guide, so there is nothing to hide. What should the response be?',
    R401T,
  ),
  w(
    '401',
    'nonnative',
    'The insurer system still is sending the token which is expired since yesterday, they are not doing the refresh. Which code we give back to them?',
    R401T,
  ),
  w(
    '401',
    'nonnative',
    'In patient portal mobile app the user is logout, but the app still call /messages without any Authorization header. I think it is 403 because he is not allowed, but my colleague say different. Who is right?',
    R401N,
  ),

  // ---- 403 ×10
  w('403', 'sre', 'nurse acct authed fine via sso, hits /ehr/orders/sign which needs prescriber role, she doesnt have it. code pls', R403),
  w(
    '403',
    'sre',
    'authz DENY client=northlab-feed token_scopes=[lab.read] required=[lab.write] POST /v2/results — lab partner pushing results w/ a read-only token, token itself checks out fine. what do we send back',
    R403S,
  ),
  w(
    '403',
    'api',
    "Insurers get tenant-scoped credentials. An authenticated insurer requests a claim for a patient covered by a different insurer. Claim numbers aren't sensitive — they're sequential and printed on paper statements — so we don't care if people know a claim exists. 403 or 404?",
    R403,
  ),
  w(
    '403',
    'api',
    'The EHR admin API only accepts connections from hospital network ranges (IP allowlist). A properly logged-in admin calls it from home over an address that is not on the list. What status is correct?',
    R403,
  ),
  w(
    '403',
    'support',
    "The pharmacy at St. Brigid's says their integration can read prescriptions but gets rejected when it tries to cancel one. We checked their credentials and they're valid — it's just that their contract only covers read access. What should they be seeing?",
    R403,
  ),
  w(
    '403',
    'support',
    "A mum is logged into the portal and wants her son's records. He turned 16 last month, so under our policy her proxy access ended. The link is still visible on her dashboard so she knows the records are there, we're fine with that. Which code should the records page return to her?",
    R403,
  ),
  w(
    '403',
    'security',
    "Finding: the break-glass emergency access endpoint returns 401 when a clinician with a valid SSO session but without the emergency-access privilege calls it. Their identity is already established. What should it return instead?",
    R403,
  ),
  w(
    '403',
    'security',
    'A medical student has a valid, fresh SSO token, but the policy engine forbids students from editing medication lists. Today we answer 401 with a WWW-Authenticate header, which just makes the client prompt for login again, and logging in again changes nothing. Correct status?',
    R403,
  ),
  w(
    '403',
    'nonnative',
    'The clinic has not bought the telehealth module in their plan, so the doctor cannot open video consult API. He is authenticated ok, token is good. Which is correct response, 401 or 403?',
    R403,
  ),
  w(
    '403',
    'nonnative',
    "Insurer user is authenticated but he try to download a document marked as psychotherapy notes, our policy say insurers never can see this kind. We don't care if he know the document exist, it is listed in the claim summary anyway. Which code please?",
    R403,
  ),

  // ---- 404 ×10
  w('404', 'sre', 'GET /fhir/Patient/99999999 caller authed fine, no such patient id anywhere in the db. code', R404),
  w(
    '404',
    'sre',
    'lab-results svc throwing `GET /v2/results/LR-55812 -> 500 ResultNotFoundException` all morning, pager going off. turns out the partner typo\'d the result id, LR-55812 never existed. what should we be returning instead of the 500',
    R404,
  ),
  w(
    '404',
    'api',
    'Patient portal: a logged-in patient requests /appointments/{id} for an appointment belonging to another patient. Requirement from compliance: the response must not reveal whether that appointment ID exists. What do we return?',
    R404H,
  ),
  w(
    '404',
    'api',
    "We've switched off the v1 medication-history endpoint while pharmacy partners migrate to v2. Leadership hasn't decided whether v1 is gone for good or coming back for the stragglers. What should calls to the disabled v1 get in the meantime?",
    R404U,
  ),
  w(
    '404',
    'support',
    "A patient clicked an old bookmark to a discharge summary. IT says the document moved during the records migration and they aren't sure yet whether the old URL will come back or not. What should the portal send for that URL for now?",
    R404U,
  ),
  w(
    '404',
    'support',
    'A clinician keeps typing a wrong MRN into the results lookup and just gets an empty page with a 200. There is no patient with that number. What should the API return instead?',
    R404,
  ),
  w(
    '404',
    'security',
    "Records of high-profile patients (celebrities, our own staff) sit in a restricted cohort. When an authenticated clinician without the cohort flag requests one by ID, we must not leak that the person is even a patient here. 403 or 404?",
    R404H,
  ),
  w(
    '404',
    'security',
    'An insurer authenticated with client credentials is probing /members/{id}/hiv-status for people who are not on its book. The requirement is that a caller who is not the covering insurer cannot learn whether any such record exists. Which response?',
    R404H,
  ),
  w(
    '404',
    'nonnative',
    'The pharmacy is asking for prescription RX-00-4421, but in our system this number was never created, maybe they copied it wrong. Which code is correct?',
    R404,
  ),
  w(
    '404',
    'nonnative',
    'We removed temporarily the lab PDF download because of a bug, maybe we put it back next month, maybe not, nobody know yet. What is the code for this, is it 410?',
    R404U,
  ),

  // ---- 410 ×6
  w(
    '410',
    'sre',
    'killed /fax-referrals for good yesterday, svc decommissioned, never coming back, partners were told 6mo ago. still ~200 req/h from two clinics. what do we send',
    R410,
  ),
  w(
    '410',
    'api',
    "We've deliberately and permanently removed the old public health-library pages under /library/* from the patient site. The content won't return and we want search engines to drop those URLs quickly. Status?",
    R410,
  ),
  w(
    '410',
    'support',
    'A pharmacy partner is complaining that calls to the old refill-request webhook fail. That integration was retired on purpose in March, for good, per the contract amendment they signed. What should they be getting back?',
    R410,
  ),
  w(
    '410',
    'security',
    "As part of data minimisation we deliberately deleted the legacy insurer eligibility export endpoint; it will never be reinstated. The deprecation was published, so hiding that it existed isn't a concern. Some callers still hit it — which code?",
    R410,
  ),
  w(
    '410',
    'security',
    'The 2020 COVID test-result lookup pages were permanently taken down under our retention policy, intentionally and with no plan to restore them. Old links are still shared around on social media. What status should those URLs answer with?',
    R410,
  ),
  w(
    '410',
    'nonnative',
    'Our old SOAP API for lab orders is shut off definitely, it will never come back, management decided and all clients know. Which code we send now, 404 or 410?',
    R410,
  ),

  // ---- knowledge ×15
  k('api', 'Which response header must accompany a 401 from our EHR API?', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge'),
  k('api', 'Which RFC now defines 401, 403, 404 and 410, replacing RFC 7231?', /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231'),
  k(
    'api',
    'Is it OK to send 410 for a lab endpoint that is only down for a few days of maintenance?',
    /\b(no|not|never|shouldn'?t|permanent(ly)?|503)\b/i,
    'RFC 9110 §15.5.11: 410 is for conditions expected to be permanent; temporary unavailability is not Gone',
  ),
  k(
    'sre',
    'is 410 cacheable by default or do we need cache-control on it',
    /(heuristic|by default|default(ly)? cacheable|cacheable (by default|without)|yes|no (explicit )?cache-control (is )?(needed|required))/i,
    'RFC 9110 §15.5.11: a 410 response is heuristically cacheable unless indicated otherwise',
  ),
  k(
    'sre',
    '401 for a request w/ no bearer token at all - does the www-authenticate challenge need an error= param',
    /(no|not|without|omit|shouldn'?t|should not|don'?t|doesn'?t|need not|needn'?t)\b[^.]*error|error[^.]*(omitted|left out|not (be )?included|should not|shouldn'?t)/i,
    'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code',
  ),
  k(
    'sre',
    'does a 404 tell the client whether the thing existed before or might exist later',
    /\b(no|not|doesn'?t|does not|neither|nor|unspecified|no guarantee|no indication)\b/i,
    'RFC 9110 §15.5.5: 404 does not indicate whether the lack of representation is temporary or permanent',
  ),
  k(
    'support',
    'Does the HTTP standard allow a server to say 404 instead of 403 so nobody learns a record exists?',
    /\b(yes|may|can|allowed|permitted|permits)\b/i,
    'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource MAY respond with 404',
  ),
  k(
    'support',
    'Search engines still list some retired pages of our old portal. What do crawlers do differently with a 410 compared with a 404?',
    /(faster|quicker|quickly|sooner|more quickly|permanent|drop|delist|de-?index|remov)/i,
    '410 signals permanent removal, so crawlers drop the URL sooner than after repeated 404s',
  ),
  k(
    'support',
    "A patient asks why the portal shows '403 Forbidden' even though she just signed in. What does 403 mean in plain terms?",
    /(permission|not allowed|not permitted|refus|forbid|den(y|ied)|no access|access)/i,
    'RFC 9110 §15.5.4: the server understood the request but refuses to fulfil it; the caller is not allowed',
  ),
  k(
    'security',
    'Can a client get past a 403 just by logging in again or sending fresh credentials?',
    /\b(no|not|won'?t|doesn'?t|does not|cannot|can'?t|will not|unlikely)\b/i,
    'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; re-authenticating will not help',
  ),
  k(
    'security',
    'Under RFC 6750, which error code goes in the WWW-Authenticate header of a 401 for an expired or revoked bearer token?',
    /invalid_token/i,
    'RFC 6750 §3.1: invalid_token — expired, revoked, malformed or otherwise invalid token, status 401',
  ),
  k(
    'security',
    'Which status means the server knows who you are but still will not let you at the resource?',
    /403|forbidden/i,
    'RFC 9110 §15.5.4: 403 Forbidden — understood and refused; authentication is not the issue',
  ),
  k(
    'nonnative',
    'What error code the RFC 6750 say for a token which not have enough scope, and with which HTTP status?',
    /insufficient_scope[\s\S]*403|403[\s\S]*insufficient_scope/i,
    'RFC 6750 §3.1: insufficient_scope → 403 Forbidden',
  ),
  k(
    'nonnative',
    "401 is called 'Unauthorized' — but is it really about authentication or about authorization?",
    /authenticat/i,
    'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; despite its name it is about authentication',
  ),
  k(
    'nonnative',
    'If the server do not know if the removal is permanent, it should use 404 or 410?',
    /404/,
    'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410',
  ),
];

export const UNSEEN38_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
