import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 219, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a university research-data repository (embargoed datasets, restricted clinical data, withdrawn papers, external collaborators). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server must send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; the credentials are insufficient and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation was found for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target may respond 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: access is no longer available, intentionally, and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', "ext collaborator hitting /datasets/4471/files w/ a bearer token that expired 20 min ago. landing page is public, files need login. what do we send back", R401T),
  w('401', 'api', "Our clinical-data API receives a request for a restricted dataset with no Authorization header and no session cookie at all. The dataset's catalog entry is publicly searchable, so there is nothing to hide. A colleague wants to return 403 because \"the data is restricted anyway\". Which status is actually correct here?", R401),
  w('401', 'support', "A visiting researcher from another university keeps getting errors when downloading. Logs show her personal access token was revoked last week when a new one was issued to her, and she's still sending the old revoked token. She is on the access list for that dataset. What code should the server be returning to those requests?", R401T),
  w('401', 'security', "Pen-test finding: when a JWT's signature fails verification against our IdP's published keys, the repository API answers 403 \"not permitted\". The target is an embargoed dataset whose existence is public knowledge. What should the response be for a token that fails signature validation?", R401T),
  w('401', 'nonnative', "the user send basic auth to our webdav gateway for the data archive but the password is wrong. the folder is exist and it is not secret. which code we must to return?", R401),
  w('401', 'sre', "shib session cookie expired on the deposit api, user tries upload to their own draft dataset. no redirect to idp for api calls. 401 or 403", R401),
  w('401', 'api', "A request to the restricted clinical cohort endpoint carries an access token that expired an hour ago. Even if the token had been valid, this user does not hold the clinical-data role. Which status should the resource server return for this request?", R401T),
  w('401', 'sre', "pipeline svc acct sending a token signed w/ the old key we rotated out and no longer trust. acct itself is legit and has the right roles. code pls", R401T),
  w('401', 'support', "A collaborator's guest account at our IdP was deleted when her contract ended, but her harvester script keeps sending the token it had cached. Token introspection now returns active=false. What should the repository respond with?", R401T),

  // ---- 403 (10) ----
  w('403', 'sre', "partner uni researcher, valid token, authn fine, asking for files of an embargoed dataset. landing page + metadata are public till the embargo lifts in march. hes not on the project acl. what do we return", R403),
  w('403', 'api', "A client presents a valid OAuth bearer token with scope datasets:read and calls POST /datasets/88/versions, which requires datasets:write. The dataset is public. Following RFC 6750, what status should the response carry?", R403S),
  w('403', 'support', "A PhD student is logged in fine and can see the catalog entry for the restricted ICU dataset (it's publicly listed), but she hasn't signed the data use agreement yet, so downloads are refused. She asked if logging out and back in will fix it. What code should she be getting?", R403),
  w('403', 'nonnative', "the user is authenticate with valid token, he can view the dataset but he try to delete it and only curators can delete. my colleague say 401. which one is correct?", R403),
  w('403', 'security', "Clinical enclave downloads are only allowed from the hospital VPN range. A researcher with valid credentials and the right role requests from a home IP. The dataset's existence is public in our catalog; we have no need to hide it. A teammate suggests 401 so the client re-prompts for login. What is the right answer?", R403),
  w('403', 'sre', "read-only role doing PUT on metadata of an open dataset, token is good. someone said 404, someone said 401. what do we send", R403),
  w('403', 'api', "A reviewer's time-limited access grant to a peer-review dataset expired yesterday, but their login session and token are perfectly valid. The dataset still exists and its existence isn't secret from them - they were invited to review it. What status should the API return when they request it now?", R403),
  w('403', 'support', "An external collaborator logged in via eduGAIN wants to mint a DOI for a public dataset he co-authored. DOI minting is restricted to staff curators and he isn't one. What should the API answer with?", R403),
  w('403', 'nonnative', "researcher is login correct from other university, but his institution is not part of the consortium agreement so he can not download the genomics data. the dataset page is public for everyone. what response code is proper?", R403),
  w('403', 'security', "Our pen tester recommends returning 404 on /datasets/{id}/edit for users without editor rights. But these datasets are all open access and publicly listed, so anyone can already see they exist. The callers are authenticated, they just lack editor rights. What should we actually return?", R403),

  // ---- 404 (10) ----
  w('404', 'nonnative', "somebody request our DOI with a typo in the suffix, this dataset id was never created in our system at all. what status we give?", R404),
  w('404', 'security', "We host a rare-disease cohort whose mere existence could help re-identify patients, so policy says its existence must not be disclosed to anyone outside the study team. An authenticated staff member from another department, valid token, requests /datasets/rd-017. A colleague wants 403 with \"restricted clinical data\". What should we send?", R404H),
  w('404', 'sre', "lab A user w/ valid token guessing ids of lab B private projects. policy: tenants must never learn that other tenants projects exist. what do we send back", R404H),
  w('404', 'support', "A dataset was taken down pending an ethics review. Depending on the outcome it may be restored or deleted for good; nobody knows yet. A user with a valid login requests it. What code should the API give right now?", R404U),
  w('404', 'api', "A preprint was withdrawn by its authors pending an investigation into figure manipulation. It could be reinstated if they are cleared, and we have not decided that the removal is permanent. What status should GET /papers/2391 return in the meantime?", R404U),
  w('404', 'sre', "client asking for /datasets/772/versions/7, dataset only has v1-v3, v7 never existed. someone on the team wants 410 lol. code pls", R404),
  w('404', 'security', "Dataset ids are sequential. Submissions under embargo are not announced yet and policy is not to confirm they exist to anyone outside the deposit team. An authenticated researcher from a partner institution iterates ids and hits one of them. What should the response be so we don't leak existence?", R404H),
  w('404', 'nonnative', "the files of one dataset is disappeared from storage after a migration error. maybe we can restore from tape backup, maybe not, we dont know yet. what code we return meanwhile?", R404U),
  w('404', 'api', "A client requests /collections/neuro-2019, a collection slug that has never been created in our repository. A colleague proposes 410 since \"it isn't there\". What is the correct status?", R404),
  w('404', 'support', "An industry sponsor's confidential dataset sits in our repository under a contract that forbids disclosing that it exists. A logged-in external collaborator who is not in the sponsor group follows a leaked link to it. Which code keeps us in compliance?", R404H),

  // ---- 410 (6) ----
  w('410', 'api', "Following a retraction, the editorial board decided to permanently remove the PDF of paper 5512. It will never be restored, there is no replacement URL, and we would like external sites to drop their links to it. Which status should that URL return?", R410),
  w('410', 'support', "A study participant withdrew consent, so we deliberately and permanently deleted the dataset derived from their samples. The decision is final and the record will never come back. A user with a valid token requests it. What should they get?", R410),
  w('410', 'sre', "v1 of the deposit api was decommissioned for good last month, on purpose, no redirect, never coming back. clients still hitting /v1/deposits. what do we return", R410),
  w('410', 'nonnative', "the PI decided to delete the dataset permanently, it never come back, it was on purpose. my colleague say 404 is enough. what is the best code for this?", R410),
  w('410', 'security', "The conference review snapshot was deliberately and permanently purged when the review period closed, as our retention policy requires. Nothing about the URL or the fact that it existed is confidential. Which status should requests to it get now?", R410),
  w('410', 'sre', "dup dataset record purged on purpose after the merge, permanent, we decided no redirect. user w/ valid token hits the old id. 404 or 410", R410),

  // ---- knowledge (15) ----
  k('support', "A customer keeps getting 403 on a restricted dataset and asks if logging in again will fix it. What does the spec say about that?", /(same|different|new|other) credentials|re-?(authenticat|login|log(ging)? in)\w*[^.]{0,40}(not|won'?t|doesn'?t|wouldn'?t|never) (help|change|fix)|(not|won'?t|doesn'?t|wouldn'?t|never) (help|change|fix)[^.]{0,40}re-?(authenticat|log)|should not (automatically )?(repeat|retry)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; re-authenticating will not help'),
  k('api', "Which RFC is the current reference for HTTP status code semantics? Our API guidelines still cite RFC 7231.", /9110/, 'RFC 9110 (June 2022) obsoletes RFC 7231'),
  k('nonnative', "in RFC 6750 the error invalid_token, which status code it go together with?", /\b401\b/, 'RFC 6750 §3.1: invalid_token → 401 Unauthorized'),
  k('sre', "rfc 6750 invalid_request maps to what code", /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('api', "Once we return 410 for a withdrawn paper, for how long are we required to keep returning 410 rather than 404?", /discretion|no (fixed |set |specific |minimum |required )?(time|period|duration|requirement|obligation)|not (necessary|required|obligated)|any (particular |specific )?length of time|up to (the )?(server )?owner|as long as you (like|want|choose)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; that is left to the server owner'),
  k('security', "When does the RFC allow a server to answer 404 where 403 would otherwise apply?", /hid(e|ing)|conceal|not (be )?willing to disclose|(not|without) (disclos|reveal)\w*|existence/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden target may respond 404'),
  k('support', "If we removed a dataset but don't actually know whether the removal is permanent, should we send 404 or 410?", /\b404\b[^.]{0,60}(ought|should|instead|appropriate|correct|right|prefer)|(use|send|return|respond with|ought to be used|go with|answer)[^.]{0,20}\b404\b/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('nonnative', "what is the meaning of 410 compare to 404, what extra thing it tell to the client?", /permanent|intentional|deliberate/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally gone and the condition is likely permanent'),
  k('api', "For a bearer-protected resource, if the request carries no authentication at all, should the WWW-Authenticate challenge include an error parameter?", /should not|shouldn'?t|omit|no error (code|param)|without (an |any )?error|not include/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('sre', "whats the proxy equivalent of 401 and which header goes w/ it", /\b407\b|proxy-authenticate/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required with Proxy-Authenticate'),
  k('support', "Does a plain 404 tell the client whether the dataset is missing temporarily or permanently?", /(does ?n[o']t|not|no|nothing|neither)\b[^.]{0,60}(indicat|say|tell|specif|distinguish|impl|whether|signal)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the condition is temporary or permanent'),
  k('security', "If a request did include credentials and the server still responds 401, what does that mean per RFC 9110?", /refus|reject|invalid|not accepted|failed|denied|were not valid|bad credentials/i, 'RFC 9110 §15.5.2: if the request included credentials, the 401 indicates authorization has been refused for those credentials'),
];

export const UNSEEN219_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
