import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 53, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an insurance claims portal — policyholders, brokers and adjusters, claims and attachments, policies lapsed or cancelled, fraud holds, third-party repair shops' API access, records retention and purge, legacy endpoints. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource → 401 with a WWW-Authenticate challenge';
const R401T = 'RFC 6750 §3.1: the token is expired, revoked, malformed or otherwise invalid (invalid_token) → 401';
const R401N = 'RFC 6750 §3.1 / RFC 9110 §15.5.2: no credentials at all → 401, and the challenge carries no error code';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and knows the caller but refuses to fulfil it; re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: the token is valid but lacks the scope the request needs (insufficient_scope) → 403';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a resource it will not serve to this caller may answer 404';
const R404 = 'RFC 9110 §15.5.5: the origin found no current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when the removal is known to be permanent; if that is not known, 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is likely permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×20
  w('401', 'sre', `claims-api 401 spike after mobile 7.4 release. log: "GET /v2/claims/CLM-88213 auth=none ua=ClaimsApp/7.4". looks like the new build drops the Authorization header entirely. what do we send back for these`, R401N),
  w('401', 'api', `A broker's portal session is idle for 45 minutes and our session store evicts sessions after 30. The broker then hits POST /claims/{id}/attachments with that stale session cookie. Which status should the upload endpoint return?`, R401),
  w('401', 'support', `Policyholder reset her password from her phone this morning, and per our policy that signs out every other device. Her iPad app still keeps calling the API with the old access token and she just sees a generic error. What should the API be returning to the iPad so the app knows to bring up the login screen?`, R401T),
  w('401', 'security', `Repair-shop integrations sign each request with HMAC-SHA256 over the body using their shared secret. We're seeing requests from one shop where the X-Signature doesn't match what we compute — the key id is real, the signature is just wrong. Gateway response?`, R401),
  w('401', 'nonnative', `After the key rotation yesterday, the adjusters JWT is still signed with the old key which we not trust anymore, so the signature verify is fail. Which code we are giving back, 401 or 403?`, R401T),
  w('401', 'sre', `fraud-svc calling claims w/ "Authorization: Bearer undefined" lol. config bug on their side. code pls`, R401T),
  w('401', 'api', `Design question for the policyholder API: the access token parses fine and its signature checks out, but its exp was 20 minutes ago. What status do we answer, and what goes in the challenge?`, R401T),
  w('401', 'support', `An agency offboarded one of their brokers on Friday. Token introspection now says active:false for his token, but he had a portal tab left open and says every click in it just errors. What should those calls come back with?`, R401T),
  w('401', 'security', `A body shop is still sending the API key we rotated out last week. The old key isn't in our key store anymore, so it maps to no partner at all. Should that be 401 or 403?`, R401),
  w('401', 'nonnative', `Our legacy SOAP endpoint for claim status use Basic auth. One broker system is sending the right username but the password is wrong since months. What is the correct status for this?`, R401),
  w('401', 'sre', `token minted by the underwriting idp (aud=underwriting-api) presented to claims-api. we validate aud and it doesnt match ours. 401 or 403`, R401T),
  w('401', 'api', `Some older partner SDKs send "Authorization: Token abc123" instead of the Bearer scheme. Our gateway only understands Bearer, so it can't evaluate the credential at all. What status should those callers get, and do we include WWW-Authenticate?`, R401),
  w('401', 'support', `After last week's security incident we invalidated every "remember me" cookie on the customer portal. A policyholder came back today, went straight to "My claims" from her bookmark and got an error page instead of the sign-in prompt. What status should that page have returned?`, R401),
  w('401', 'security', `Pen test finding: the tester sent an adjuster JWT with header {"alg":"none"} and an empty signature to the claims API. We now reject it. Which status is correct for the rejection?`, R401T),
  w('401', 'nonnative', `The adjuster tool in QA was configured with the staging identity provider by mistake, so the token is coming with an issuer our production does not trust. The request go to production claims API. What the API should answer?`, R401T),
  w('401', 'sre', `[gw] 2024-05-02T09:14:07Z partner=autoglass-ne path=/v1/estimates reject reason=token_not_yet_valid nbf=09:18:30Z
idp clock is running ahead, tokens arrive before their nbf. handler maps this to 500 today, what should it be`, R401T),
  w('401', 'api', `Repair shops push estimate updates to our webhook receiver, and every call must carry a signature header computed with their shared secret. Some calls arrive with no signature header at all. Which status should the receiver answer?`, R401N),
  w('401', 'security', `The internal fraud dashboard sits behind the ingress, and a misconfigured route was forwarding requests without the identity header, so the backend has no idea who is calling. The backend currently returns 403 in that case. What should it send instead?`, R401N),
  w('401', 'nonnative', `Customer is not login at all and he open the url /my/claims directly. What code the server must return?`, R401N),
  w('401', 'support', `A repair shop's developer says they put their API key in the "key" query parameter, but the value they pasted has a trailing newline, so our lookup finds no key with that value. They're asking what status they should expect from us when the key doesn't match anything.`, R401),

  // ---- 403 ×24
  w('403', 'sre', `adjuster j.ortiz approving a 41k payout, her authority limit is 25k. token fine, claim is assigned to her. what do we send back`, R403),
  w('403', 'api', `A repair shop's OAuth client was granted estimates:write only. It now calls GET /claims/{id}, which needs claims:read. Correct response per RFC 6750?`, R403S),
  w('403', 'support', `A broker from Lakeside Agency tried to file a claim on a policy that sits with a different agency. The policy number is printed on the customer's ID card anyway, so nobody minds if he learns it exists — he just can't act on it. What should he get?`, R403),
  w('403', 'security', `Our partner gateway only accepts calls from the IP ranges each repair shop registered. Fenwick Collision moved to a new ISP and now calls from an unregistered address with a perfectly valid key. Status?`, R403),
  w('403', 'nonnative', `A policyholder whose policy is lapsed can still login and look at old claims, this is by design. But the rule is they cannot submit a new claim on a lapsed policy. When they call POST /claims what code we return, 403 or 404?`, R403),
  w('403', 'sre', `SIU put CLM-20417 on fraud hold. claimant (logged in, it's their own claim, they obviously know it exists) tries to download the repair invoice attachment. during a hold only SIU can pull attachments. which one`, R403),
  w('403', 'api', `Agencies can give assistants a view-only seat. An assistant on a view-only seat sends DELETE /claims/{id}/attachments/{aid}. Which status should the API produce?`, R403),
  w('403', 'support', `A trainee adjuster says the "Close claim" button gives her an error. Trainees here can work claims, but closing them is reserved for certified adjusters until they pass the exam. She's asking if it's a bug — what status should the close call actually return?`, R403),
  w('403', 'security', `The records-purge admin API is behind SSO, and our policy says it may only be used from the corporate VPN. An admin with a valid SSO session calls it from home without the VPN. 401 or 403?`, R403),
  w('403', 'nonnative', `Repair shop is on the Basic partner tier. The bulk photo export is only included in Premium tier. Their key is valid. They call /exports/photos — which status?`, R403),
  w('403', 'sre', `eu adjuster (frankfurt team) opening attachments on a US claim. claim shows in the shared global queue so they know its there, but data residency rule says eu staff cant pull us attachments. gw 500s right now. correct code`, R403),
  w('403', 'api', `On a household auto policy, a named driver has their own login and sees the policy on their dashboard, but only the policy owner may change who claim payments go to. The named driver calls PATCH /claims/{id}/payee. What should the response be?`, R403),
  w('403', 'support', `A broker's producer licence for Oregon lapsed last month. He can still sign in and work his other states, but compliance switched off claim submissions on Oregon policies for him until he renews. He tried submitting one for an Oregon customer today. What status is right?`, R403),
  w('403', 'nonnative', `New version of terms of use must be accepted before using the claims API. A partner developer is authenticated okay but has not yet accepted the new terms. Which status the API give until they accept?`, R403),
  w('403', 'api', `Bodyshop A holds a valid token and tries to PUT an estimate on a repair job assigned to Bodyshop B. The job board already lists every open job with its assigned shop to all partners, so existence is no secret. What do we return?`, R403),
  w('403', 'support', `A policyholder added her husband as an "authorised contact". He can log in to check claim status, but payment details are kept to the policyholder only. He logged in and clicked "Payments" on her claim. What should the API send?`, R403),
  w('403', 'security', `The nightly reporting job's service account is calling the payout endpoint. Mesh policy only lets the payments service invoke that route; the reporting job's mTLS identity is valid and known to us. What status should the sidecar return?`, R403),
  w('403', 'nonnative', `Adjuster want to reopen a claim which he himself decided. Our four-eyes rule say another adjuster must do the reopen. He is logged in normal. Is it 401 or 403 or something else?`, R403),
  w('403', 'sre', `partner acct quickfix-auto has "submissions paused" set since finance flagged unpaid invoices. key still valid, we know exactly who they are. they keep posting estimates. what should the api return`, R403),
  w('403', 'api', `Policyholders see adjuster notes in their claim timeline as "internal note (hidden)", so the note IDs are visible to them. If a policyholder requests /claims/{id}/notes/{noteId} for one of those, we don't care that they know it exists — we just won't serve it. Which code?`, R403),
  w('403', 'support', `A broker called because he can't open the medical report attached to his client's injury claim. Health documents can only be viewed by staff who completed the health-data handling training, and he hasn't. He's signed in fine. What should the system return?`, R403),
  w('403', 'security', `A policyholder connected a third-party budgeting app through our OAuth consent screen and approved read access only. The app is now calling POST /claims to file a claim on her behalf. Which status, and which error code goes in WWW-Authenticate?`, R403S),
  w('403', 'nonnative', `The adjuster's cousin filed a claim, so the system marks conflict of interest and blocks this adjuster from the claim. He can still see it in the team list. When he open it, which code?`, R403),
  w('403', 'sre', `401 or 403? user logged in fine via sso, opens /admin/retention-settings, not in records-mgmt group`, R403),

  // ---- 404 ×24 (hide ×9, removal not known to be permanent ×6, nothing there ×9)
  w('404', 'security', `Claim IDs on the policyholder API are sequential (CLM-100231, CLM-100232, ...). If a logged-in policyholder requests a claim that exists but belongs to someone else, we don't want the response to let anyone walk the ID space and learn which numbers are real. What should we return?`, R404H),
  w('404', 'support', `A broker searched our lookup by policy number for a person who isn't one of his clients. That person does insure with us, but we must never let a broker find out who is or isn't our customer. What should the lookup return for him?`, R404H),
  w('404', 'api', `SIU investigations live at /investigations/{id}. The person under investigation must not find out there is one. If a policyholder's token requests an investigation about themselves, what status?`, R404H),
  w('404', 'nonnative', `Repair shops should not know which claims are handled by other shops, it is competitive information. Shop X requests a claim which exists but is with shop Y. What we answer so shop X learns nothing?`, R404H),
  w('404', 'sre', `policyholder tokens hitting /internal/admin/* (someone poking around). we'd rather not advertise to customers that those routes exist at all. code`, R404H),
  w('404', 'security', `Claims under litigation are sealed: only the legal team can see them, and legal insists that even the fact a sealed file exists is confidential. A regular adjuster follows an old link to one of those claims. Which status?`, R404H),
  w('404', 'support', `A woman who separated from her ex-husband still has a link he once shared to a photo on his home claim. She logged in with her own account and opened it. The claim isn't hers, and we shouldn't even confirm to her that it's there. What should she get?`, R404H),
  w('404', 'nonnative', `Some famous clients have their record marked "restricted", only the VIP desk is allowed to see it. For other employees the record should look like it is not existing at all. Which status code for them?`, R404H),
  w('404', 'api', `Partners may only see policies they're attached to, and we don't want a partner learning whether an arbitrary policy number is in force with us. A partner requests /policies/AU-7731-02, which exists but isn't theirs. What does the API say?`, R404H),
  w('404', 'sre', `user deleted an attachment, its in the 30d recycle bin and support can restore it on request. GET on the attachment id now - 404 or 410`, R404U),
  w('404', 'api', `When a customer discards a draft claim we remove it from the API, but we keep it for 14 days in case they ask support to bring it back. What should GET /claims/drafts/{id} return during those 14 days?`, R404U),
  w('404', 'support', `Legal asked us to pull the 2022 homeowners policy wording PDF from the document centre while they review a clause. It might go back up unchanged or be replaced, nobody knows yet. A customer's saved link now fails — what should it return?`, R404U),
  w('404', 'nonnative', `We disabled the /v1/quotes endpoint for now because of a bug, the team did not decide yet if we remove it forever or fix it. What to return in the meantime, 404 or 410?`, R404U),
  w('404', 'security', `A repair shop's public listing page was taken down when their accreditation was suspended pending an audit. If they pass, the page comes back. Should requests for the page get 410?`, R404U),
  w('404', 'sre', `after the blob migration some claim photos are missing in the new store. dunno yet if theyre lost or just not copied over. which code should the api return for them right now`, R404U),
  w('404', 'sre', `partner hitting /v2/claim/CLM-5521 (singular) instead of /v2/claims. no such route. what do we send`, R404),
  w('404', 'api', `GET /claims/CLM-000000 — that ID was never issued by our sequence. What should the response be?`, R404),
  w('404', 'support', `A customer typed his policy number into the URL with two digits swapped and got an error. No policy with that number exists. Which status should that page return?`, R404),
  w('404', 'nonnative', `A repair shop developer is using an attachment id from our sandbox when calling production. In production this id never existed. Which code?`, R404),
  w('404', 'security', `Our WAF logs show a scanner hitting /wp-login.php and /.env on the claims portal. We run neither. What should the origin answer?`, R404),
  w('404', 'sre', `GET /brokers/99812/commissions -> broker 99812 not in db, never was. currently returns 200 w/ empty body. fix to what`, R404),
  w('404', 'api', `Each claim may have a rental-car sub-resource at /claims/{id}/rental. For a claim where no rental was ever arranged, what does GET /claims/{id}/rental return?`, R404),
  w('404', 'support', `Our marketing email linked to /claims/how-to-file-fast, but that page never existed — the real one is /help/filing. Customers clicking it get an error. What status is appropriate for that URL?`, R404),
  w('404', 'nonnative', `Repair shop calls /v3/estimates because it is in the docs for the next release, but v3 is not deployed yet. What the gateway should answer?`, R404),

  // ---- 410 ×12
  w('410', 'sre', `/soap/v1/FnolService turned off mar 1 after 18 months of deprecation notices, code deleted, lb rule removed. still ~200 req/day from two broker systems. what do we answer them`, R410),
  w('410', 'api', `Claim records are purged once the seven-year retention period runs out; the purge is irreversible and we keep only a tombstone row with the claim ID. What should GET /claims/{id} return for a purged claim?`, R410),
  w('410', 'support', `A policyholder asked us to erase her data, and we did: her uploaded photos were destroyed and can't be recovered. She kept an old link to one of them and wants to know why it fails. What status should it return?`, R410),
  w('410', 'security', `We killed the public "share claim link" feature for good after the review — routes removed, no plans to bring it back. Requests to /share/* still come in. Which status?`, R410),
  w('410', 'nonnative', `The old broker portal (brokers.oldname.com) is decommissioned, the product is finished and never coming back. For the old pages what code we should return?`, R410),
  w('410', 'sre', `roadside-assist product discontinued, its pages deleted on purpose, mktg wants google to drop them asap. not coming back`, R410),
  w('410', 'api', `We announced the Sunset date for API v2 a year ago via the Sunset header, and that date has passed; v2 is now removed and won't be restored. What should v2 requests receive?`, R410),
  w('410', 'support', `A repair shop left our network when their contract ended, and we deliberately deleted their partner profile — it won't be restored even if they rejoin (they'd get a new one). Customers clicking the old profile link see an error. What should it be?`, R410),
  w('410', 'nonnative', `The user deleted an attachment, then the 30 days bin was emptied, and also the backups are rotated already, so no way to get it back. Now GET on it — 404 or 410?`, R410),
  w('410', 'security', `The regulator ordered us to withdraw the 2016 travel policy wording; we took the PDF down and are barred from ever republishing it. What should its URL return now?`, R410),
  w('410', 'api', `Load-test claims accidentally created in production were hard-deleted on purpose yesterday and nobody will ever recreate them. An old dashboard still polls their IDs. Status?`, R410),
  w('410', 'sre', `fax intake endpoint /intake/fax is dead dead. vendor contract over, server gone, team disbanded. someone's still posting to it`, R410),

  // ---- knowledge ×10
  k('api', `Which response header does a 401 have to carry, and what does it tell the client?`, /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header with at least one challenge'),
  k('support', `If a broker gets a 403, will signing out and back in fix it?`, /(\b(no|not|won'?t|doesn'?t|does not|will not|unlikely|cannot|can'?t)\b[\s\S]{0,120}(re-?authenticat|sign(ing)?[ -]?(back )?in|log(ging)?[ -]?(back )?in|credentials|help|fix))|((re-?authenticat|sign(ing)?[ -]?(back )?in|log(ging)?[ -]?(back )?in)[\s\S]{0,120}\b(no|not|won'?t|doesn'?t|does not|will not|cannot|can'?t)\b)/i, 'RFC 9110 §15.5.4: with 403, the client should not simply repeat the request with the same or new credentials; the refusal is not about authentication'),
  k('security', `Is a server allowed to answer 404 for a resource that exists but the caller may not see?`, /(\b(yes|may|can|allowed|permitted|acceptable|valid)\b[\s\S]{0,200}\b404\b)|(\b404\b[\s\S]{0,200}\b(hide|hiding|hidden|conceal|not (to )?reveal|existence)\b)/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden target resource may respond with 404'),
  k('nonnative', `Is 410 response cacheable by default, or we need Cache-Control for it?`, /(heuristic(ally)?[\s\S]{0,40}cach)|(cacheable[\s\S]{0,40}by default)|(\b(yes|is)\b[\s\S]{0,80}cacheable)/i, 'RFC 9110 §15.5.11: a 410 response is heuristically cacheable by default'),
  k('sre', `which rfc replaced 7231 for status code defs`, /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231'),
  k('api', `Under RFC 6750, what error code goes in the Bearer challenge when a partner's access token has expired or been revoked?`, /invalid_token/i, 'RFC 6750 §3.1: invalid_token, sent with 401'),
  k('security', `RFC 6750 insufficient_scope: which HTTP status does it go with?`, /\b403\b|forbidden/i, 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden'),
  k('support', `Our SEO team asks: if a retired page answers 410 instead of 404, what changes for search engines?`, /(faster|quicker|sooner|more quickly|immediately|right away|straight away|permanent)/i, '410 signals intentional permanent removal, so crawlers can drop the URL sooner than after repeated 404s (RFC 9110 §15.5.11: removal of links to the resource)'),
  k('nonnative', `When request come with no token at all, should the Bearer challenge include an error code like invalid_request?`, /(\b(no|not|shouldn'?t|should not|omit|omitted|without|must not|need not|doesn'?t)\b[\s\S]{0,120}\berror\b)|(\berror\b[\s\S]{0,120}\b(omit|omitted|not (be )?included|left out|no)\b)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('sre', `404 vs 410 - whats the actual diff in meaning`, /permanent/i, 'RFC 9110 §15.5.11/§15.5.5: 410 says the removal is intentional and likely permanent; 404 says nothing about whether the lack is temporary or permanent'),
];

export const UNSEEN53_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
