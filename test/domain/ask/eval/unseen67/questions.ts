import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 67, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a residential property-rental platform (landlords, tenants, letting agents, viewings, leases, deposits, listing portals, maintenance requests). */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (missing or not accepted) → 401 with WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401';
const R403 = 'RFC 9110 §15.5.4: the server understood the request and refuses it; the credentials are insufficient and re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource was found → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin that wishes to hide the existence of a forbidden resource may answer 404';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 should be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed and the condition is likely permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ── 401 ─────────────────────────────────────────────────────────────────────────────────────
  w('401', 'sre', 'tenant app calling /leases/8812 w/ no authorization header, no session cookie either, nothing. code pls', R401),
  w('401', 'api', 'Our partner API for listing portals issues bearer tokens that live for one hour. A well-known portal, a paying partner, calls POST /listings with a token that expired twenty minutes ago. Which status should the listings endpoint return?', R401T),
  w('401', 'support', "A letting agent says the app keeps throwing her out. After her password reset yesterday we revoked all her old tokens, but her phone is still sending one of those. What status is the server giving her phone?", R401T),
  w('401', 'security', "Landlord dashboard gets Authorization: Bearer followed by a short string that isn't a JWT at all, no dots, fails to parse. The header is present, so it's not a missing-credentials case. Which status, and do we still send a challenge?", R401T),
  w('401', 'nonnative', 'Hello, in our maintenance request app one caller send an API key which we never issued, it is not in our database at all. He try to create new repair ticket. Which code we must return please?', R401),
  w('401', 'sre', 'viewing booking svc getting partner calls signed w/ an hmac key we rotated out last week. sig doesnt verify against any active key. partner is legit, just stale config on their side. what do we send back', R401),
  w('401', 'api', "Deposit dispute endpoint: a tenant's session expired overnight and the cookie is no longer accepted. A colleague suggests 403, since a tenant who isn't logged in obviously has no right to view disputes. What should GET /disputes/77 return?", R401),
  w('401', 'security', "A listing portal sends HTTP Basic auth with a known partner username but the wrong password. Since we can't verify who is calling, should we answer 403 because the account exists, or something else?", R401),
  w('401', 'nonnative', 'Agent mobile app by mistake send access token issued from our staging auth server. Production does not know this signing key so cannot validate the token, even it is not expired. What status production API should reply?', R401T),

  // ── 403 ─────────────────────────────────────────────────────────────────────────────────────
  w('403', 'sre', 'tenant logged in fine, valid jwt, tries PUT /listings/4411. only landlords can edit listings and role is tenant. code pls', R403),
  w('403', 'api', 'A partner portal token is valid but carries only the listings:read scope. The portal calls DELETE /listings/{id}, which requires listings:write. What should the resource server send back?', R403S),
  w('403', 'support', "An agency on the Starter plan keeps trying to bulk-export lease documents, which is a Pro-only feature. They're logged in correctly and the export endpoint is listed in our public docs. Which status code should they be getting?", R403),
  w('403', 'security', "Deposit refund admin endpoints are restricted to our office IP range. A staff member with perfectly valid credentials calls from home without the VPN. The endpoint is documented internally, so there's nothing to hide. Which status?", R403),
  w('403', 'nonnative', 'Staff user of Agency A is logged in and try to open maintenance request that belong to Agency B. Both agencies share the building portal so they already see each other request list, no need to hide it. What status we give?', R403),
  w('403', 'sre', 'letting agent acct still valid, but the agency hit its staff seat limit and his seat got unassigned. he can log in, api refuses him on /viewings. relogging wont change anything. what do we send', R403),
  w('403', 'api', "Policy says releasing a deposit above £5,000 needs a second approver. A verified landlord, correctly authenticated, tries to approve one alone. A colleague proposes 401. Is that right, or what should it be?", R403),
  w('403', 'security', 'Tenant account is frozen pending a fraud review. Login still works and the token validates, but every write must be refused until the review ends; signing in again will not lift the freeze. Which code for POST /viewings?', R403),
  w('403', 'sre', 'contractor token in the maintenance app is valid, scope is tickets:read only. contractor tries to close a ticket, closing needs tickets:write. correct response?', R403S),
  w('403', 'support', "A tenant is logged in and sees her own lease. The landlord's inspection notes for the same flat show up in her app as a greyed-out item, so she knows they exist, but they're landlord-only. When she taps them, which status should the API return?", R403),

  // ── 404 ─────────────────────────────────────────────────────────────────────────────────────
  w('404', 'sre', 'GET /listings/99999999, that id was never issued, our sequence only goes to about 4.2m. code pls', R404),
  w('404', 'api', "A partner portal with a valid token requests /v2/agencies/abc/listings. There is no agency with the slug 'abc' and there never has been. What do we return?", R404),
  w('404', 'support', "A landlord deleted one of his viewing slots this morning. He told us he might restore it later in the week, he's not sure yet. A tenant now opens the old booking link. What status should she get?", R404U),
  w('404', 'security', "Dispute ids are sequential. Tenant B, logged in, guesses the URL of tenant A's deposit dispute. B has no connection to that dispute, and we don't want outsiders to learn which dispute ids exist. What should we return to B?", R404H),
  w('404', 'nonnative', 'Our moderation team take down a listing yesterday, but they did not decide yet if it is forever or if the owner can appeal and bring it back. A portal now request this listing. Which status is correct, 410 or another one?', R404U),
  w('404', 'support', 'A tenant asks for /leases/123/documents/addendum-3, but that lease only ever had two addenda. She is the tenant on the lease and logged in. What status should the lease API respond with?', R404),
  w('404', 'api', "A letting agent from a rival agency, authenticated, calls GET /properties/{id} for an off-market property. He has no legitimate way to know it exists, and confirming it would leak a private deal. What should we answer?", R404H),
  w('404', 'security', 'The staff admin panel at /internal/agency-seats should be invisible to ordinary tenants. A logged-in tenant stumbles onto the path. We want to give no hint that it exists at all. Is 403 right or something else?', R404H),
  w('404', 'nonnative', 'Tenant type a maintenance ticket number from paper letter but she make mistake in one digit, so no ticket with this number exist in our system. Which code the app API return?', R404),
  w('404', 'sre', 'listing withdrawn, landlord paused it to redo photos, says its back up next week. portal keeps polling it. colleague wants 410 bc its withdrawn, i dont agree. what do we send', R404U),

  // ── 410 ─────────────────────────────────────────────────────────────────────────────────────
  w('410', 'api', 'Once a tenancy is signed, the listing is archived permanently and its public URL will never serve again; that is documented policy. A portal fetches the URL of such a listing. What status should it receive?', R410),
  w('410', 'sre', 'v1 partner feed /v1/feeds retired for good on 1 march, announced 6 months ago, not coming back. portals still hit it w/ valid keys. code pls', R410),
  w('410', 'support', 'A landlord asked us to erase his expired listing under GDPR, and we deleted it for good; there is no way to restore it. Search engines and portals still request the page. What should it return now?', R410),
  w('410', 'nonnative', 'The agency closed their account and we purged all their listings permanently. Decision is final, nothing will come back. People still visit the public listing pages. Which code should we use?', R410),
  w('410', 'security', 'After an enumeration incident we deliberately retired the old viewing-booking short links for good; they will never resolve again. There is nothing sensitive about the fact that they once existed. Which status for a hit on an old short link?', R410),
  w('410', 'sre', 'expired listings get hard deleted after 24 months retention, irreversible by design. crawler hits one of those urls. is plain 404 the best fit or is there a better one', R410),

  // ── knowledge ───────────────────────────────────────────────────────────────────────────────
  k('api', 'Which RFC currently defines the meaning of status codes like 401 and 410? Is RFC 7231 still the reference we should cite in our partner API docs?', /9110/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and defines the status codes in §15'),
  k('sre', 'partner api returns 401, which header has to go with it', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('security', 'Our lease-document API sends a WWW-Authenticate challenge on every 401. What is that challenge actually for?', /scheme|how (to|the client (can|should)) authenticate|bearer|realm/i, 'RFC 9110 §11.6.1: the challenge names the authentication scheme(s) and parameters applicable to the target resource'),
  k('api', "401 is named 'Unauthorized', yet people say it really means something else. What does 401 actually signal?", /authenticat|credential/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials'),
  k('support', 'Landlords keep asking: when a listing is removed permanently, is 410 better than 404 as far as Google and other crawlers are concerned?', /permanent|sooner|faster|quicker|more quickly/i, 'RFC 9110 §15.5.11: 410 tells recipients the removal is intentional and permanent, so links and index entries can be dropped'),
  k('sre', 'we purged a load of listings and return 410 for them now. do we have to keep serving 410 for those urls forever', /not required|no (requirement|obligation)|(don'?t|doesn'?t|do not|does not) (have|need) to|need not|up to (you|the server|the owner)|particular (length|period)/i, 'RFC 9110 §15.5.11: a 410 response need not be kept for any particular length of time; that is at the server owner\'s discretion'),
  k('api', 'Is a 404 response cacheable by default, or only when we add explicit Cache-Control headers to it?', /heuristic|(?<!not |n't |never )cacheable by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('security', "A tenant is poking at other tenants' lease URLs. Under what condition may we answer 404 instead of 403?", /hide|conceal|(not|without) (to )?(reveal|disclos|confirm)|existence/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden resource may respond with 404'),
  k('nonnative', 'Tenant app get 401 because token expired. Is the app allowed to send the same request again with other credentials, or it must give up?', /(new|fresh|refresh(ed)?|replac(ed|ement)|valid|different|other) (access )?(token|credentials|Authorization)/i, 'RFC 9110 §15.5.2: the client may repeat the request with a new or replaced Authorization header field'),
  k('api', 'Under RFC 6750, when a bearer token lacks the scope an endpoint needs, which error code goes into the WWW-Authenticate header, and with which status?', /insufficient_scope[\s\S]*403|403[\s\S]*insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, with HTTP 403'),
  k('sre', 'portal sent a request w/ no auth at all. per rfc 6750 do we put an error code in the bearer challenge or not', /no error|without (an |any )?error|(should not|shouldn'?t|SHOULD NOT) include|omit|leave (it|the error( code)?) out/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the challenge should not include an error code'),
  k('security', 'RFC 6750 defines invalid_request for things like a duplicated access_token parameter. Which HTTP status does it say goes with that error?', /400|bad request/i, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('support', 'A tenant got a 403 after logging in again, and wants to try logging in a third time. What does a 403 tell us about whether re-authenticating will help?', /(won'?t|will not|wouldn'?t|would not|does not|doesn'?t|not going to|unlikely to) (help|make (a|any) difference|change)|no (difference|help)|not help/i, 'RFC 9110 §15.5.4: if credentials were provided they are insufficient; repeating the request with the same credentials (re-authenticating) will not help'),
  k('api', "Moderation took a listing down but we aren't sure yet whether it's gone for good. What does RFC 9110 say we should send in that case, 410 or something else?", /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('nonnative', 'When the listing portal of our partner receive 410 for a listing, what the RFC expect the client should do with its links to that listing?', /delet|remov|drop|purge/i, 'RFC 9110 §15.5.11: clients with link-editing capabilities ought to delete references to the target URI'),
];

export const UNSEEN67_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
