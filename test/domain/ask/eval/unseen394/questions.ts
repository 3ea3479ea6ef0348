import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 394, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a freelance-work marketplace (clients and freelancers, contracts and milestones, staff-handled disputes, deleted gig listings, suspended accounts, payout partner API keys), argued in an on-call channel. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials (none sent, expired, revoked, rotated, unknown, bad signature); RFC 6750 §3.1 invalid_token; the 401 must carry WWW-Authenticate.';
const R403 = 'RFC 9110 §15.5.4: the server knows who the caller is and refuses the action (role, plan, allowlist, suspension, policy); re-authenticating will not help, and existence is not secret here.';
const R403S = 'RFC 6750 §3.1: a valid token lacking the required scope is insufficient_scope, answered with 403 (RFC 9110 §15.5.4).';
const R404 = 'RFC 9110 §15.5.5: the origin server has no current representation for the target; it never existed (wrong or unknown id).';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden target may answer 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410 (§15.5.5).';
const R410 = 'RFC 9110 §15.5.11: 410 when the target was intentionally removed and the condition is known to be permanent.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'payout partner still calling POST /v2/payouts w/ the api key we rotated last night, old key is dead in the db. someone says 403 b/c we know who the partner is. status?', R401),
  w('401', 'support', 'Ticket from a freelancer: they logged out on their laptop, left the tab open, and later hit "submit milestone" on contract 4471. The request went out with no session cookie and no token at all. Our svc currently returns 403 and the UI shows "Forbidden", which confused them. What should we return here?', R401),
  w('401', 'api', 'POST /contracts/{id}/milestones w/o any Authorization header. not 403 right? what does the api send back', R401),
  w('401', 'security', 'finding: /disputes/queue accepts a bearer JWT whose signature fails verification (tampered payload) and returns 403 "not staff". signature invalid means we dont actually know who this is. correct response?', R401),
  w('401', 'nonnative', 'client session is expired since 2 hours, he try to open contract page with the old token and api reject it. which code we give back, 401 or 403?', R401),
  w('401', 'sre', 'X-Api-Key on the payout webhook replay endpoint doesnt match any key we ever issued, prob a typo on the partner side. 401 or 403', R401),
  w('401', 'api', 'freelancer oauth token got revoked when they reset pw, mobile app keeps sending it to GET /me/earnings. code pls', R401),
  w('401', 'support', 'Staff member from the disputes team is back from vacation. Her SSO session expired while she was away and the console still calls GET /disputes/882 with the expired token. She IS staff and has the disputes role, but the token itself is expired. What should the gateway return?', R401),

  // ---- 403 ----
  w('403', 'sre', 'freelancer w/ a valid token hits GET /admin/disputes (staff-only queue). the route is in our public docs, nothing secret about it. 401 or 403?', R403),
  w('403', 'api', 'payout partner key is valid but only has payouts:read, they call POST /payouts which needs payouts:write. what status (and which rfc 6750 error)', R403S),
  w('403', 'support', 'Freelancer account is suspended for a ToS violation. We still let them log in so they can see the appeal page, so their token is valid. They tried to submit a proposal on a gig and a colleague wants to return 401. The user already knows the account is suspended, nothing to hide. Which code is correct?', R403),
  w('403', 'security', 'payout partner calls from an IP thats not on their allowlist. key is valid and active. pentest report says we return 401 for this, is that right or should it be something else', R403),
  w('403', 'nonnative', 'client is on free plan, the plan allow only 5 active contracts. he is logged in correct and try to create the 6th contract. which status we must return?', R403),
  w('403', 'sre', 'freelancer (valid session) tries POST /contracts/311/escrow/release, only the client on the contract can release funds. both parties see the contract so its no secret it exists. code?', R403),
  w('403', 'api', 'staff user w/ support role (not the disputes role) tries POST /disputes/77/resolution. they can view the dispute in the console fine, they just arent allowed to resolve it. status?', R403),
  w('403', 'security', 'freelancer logged in fine, identity known, but KYC not completed so payout withdrawal is blocked by policy. someone suggests 401 to force a re-login, but re-login wont change anything. what code', R403),
  w('403', 'nonnative', 'trust and safety put a messaging ban on one freelancer. he is logged in ok, he is member of the contract chat, and he try to send a message. we dont hide the chat from him. which code is right?', R403),

  // ---- 404: never existed ----
  w('404', 'sre', 'GET /gigs/99999999 — no row, never created, not deleted. someone wants 410. thoughts', R404),
  w('404', 'nonnative', 'freelancer type wrong contract id in url (cntr_8f2 instead of cntr_8f3). the id cntr_8f2 never exist in our db. what we return?', R404),
  w('404', 'api', 'partner calls GET /v2/payout-batches/pb_000 — we never had a batch with that id, not deleted, it just never existed. which one', R404),
  w('404', 'support', 'Client clicked a link in an email that had a typo in the milestone id. There is no such milestone and there never was one; nothing was deleted. Colleague says 403. What is the correct response?', R404),

  // ---- 404: exists but hidden from this caller ----
  w('404', 'security', 'freelancer A (authenticated) requests /disputes/5521, a dispute between two other users. policy: we must not confirm to non-parties that a dispute even exists. 403 would leak that. what do we send', R404H),
  w('404', 'api', 'partner key is valid, but it requests GET /payouts/po_9921 which belongs to a different payout partner. payout ids are confidential across partners, we cant reveal the record exists. status?', R404H),
  w('404', 'sre', 'private invite-only gig /gigs/7781, a logged-in freelancer who wasnt invited hits it. product says uninvited ppl must not even learn the gig exists. code pls', R404H),
  w('404', 'support', 'A logged-in user requested GET /users/42/investigations/9, which is a staff fraud investigation about their own account. Legal says we must not disclose that an investigation exists at all. They are authenticated but obviously not allowed to see it. What should the API return?', R404H),

  // ---- 404: removed, permanence unknown ----
  w('404', 'support', 'Client deleted their gig listing yesterday. Deleted listings sit in trash for 30 days and the client can restore them any time. Freelancers with the old link are hitting it. Someone proposed 410. Is that right, or what should we send?', R404U),
  w('404', 'sre', 'gig listing taken down by moderation pending review, might be restored if the appeal wins. not sure yet if its permanent. what should the gateway return', R404U),
  w('404', 'nonnative', 'freelancer portfolio page was removed, we dont know yet if it come back, team is still deciding. which code for visitors now, 410?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'gig listings purged for good after a GDPR erasure request, hard deleted on purpose, never coming back. old urls still get crawler traffic. status?', R410),
  w('410', 'api', 'we retired the /v1/payouts endpoint on purpose, sunset finished, its gone permanently and theres no plan to bring it back. partners still calling it. what do we send back', R410),
  w('410', 'support', 'A client deleted a gig listing using "Delete permanently", which hard-deletes it with no restore possible, and they did it on purpose. Google still sends people to the old URL. What response code should the listing URL return now?', R410),
  w('410', 'security', 'freelancer closed their account and asked us to remove the public profile permanently, it will never return. the page was public before so nothing to hide about it having existed. someone says 404 to be safe, is there a more accurate code', R410),
  w('410', 'nonnative', 'we delete old milestone attachments after 7 years retention, deleted forever, on purpose. what code for the old download link', R410),
  w('410', 'api', 'contract templates v1 intentionally discontinued and permanently removed, GET /templates/v1/fixed-price still gets hits. correct response?', R410),
  w('410', 'sre', 'referral promo landing page for freelancers, campaign is over and the page was intentionally taken down for good. code?', R410),

  // ---- knowledge ----
  k('security', 'pentest note: our 401s from the payout partner api have no challenge header at all. which header must a 401 include per rfc 9110', /www-authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('support', 'if a freelancer gets a 403 and just logs out and back in with the same account, does that usually fix it?', /\bno\b|\bnot\b|won'?t|doesn'?t|wont|doesnt/i, 'RFC 9110 §15.5.4: 403 means the server understood and refuses; the same credentials are considered insufficient, so re-authenticating as the same user will not change it.'),
  k('security', 'general q: when is it ok to answer 404 instead of 403 for something like a dispute record', /hid(e|es|ing|den)|conceal|(not|n'?t|without) (reveal|disclos|confirm|leak)|existence/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden target may respond with 404 instead.'),
  k('nonnative', 'the 404 say anything about if the resource is gone permanent or only temporary? what rfc 9110 say about this', /temporary or permanent|permanent or temporary|(no|not|n'?t|neither)\b[^.]{0,60}(permanen|temporar)|whether[^.]{0,40}permanen/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('support', 'what does a 410 tell search crawlers and people who have links to a deleted gig listing', /remov|delet|delist|de-?index|drop|purg|(update|fix|clean)\w*\s+(up\s+)?(their |the |any )?(links?|bookmarks?|references?)|permanent|for good/i, 'RFC 9110 §15.5.11: 410 says the removal is intended to be permanent and that recipients with link-editing capability ought to remove references to the target.'),
  k('sre', 'cdn cached a 410 for a deleted gig even tho we sent no Cache-Control at all. allowed per rfc 9110 or a cdn bug', /^(?![\s\S]*\b(not|isn'?t|never)\s+(allowed|permitted|heuristically))[\s\S]*(heuristic|cacheable by default|\ballowed\b|\bpermitted\b|not a (cdn )?bug)/i, 'RFC 9110 §15.5.11 and §15.1: 410 is heuristically cacheable by default unless the method definition or explicit cache controls say otherwise.'),
  k('api', 'rfc 6750: payout partner bearer token is valid but missing the required scope. which error code and which http status', /^(?=[\s\S]*insufficient_scope)[\s\S]*\b403\b/i, 'RFC 6750 §3.1: insufficient_scope, and the resource server SHOULD respond with 403 (Forbidden).'),
  k('nonnative', 'in rfc 6750 the error invalid_token, it go together with which http status?', /\b401\b/, 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) SHOULD be answered with 401.'),
  k('security', 'rfc 6750 invalid_request (eg token sent twice in different ways), which status code goes with it', /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 (Bad Request).'),
  k('api', 'ppl keep citing rfc 7231 and 7235 for 401/403/404 in our api guidelines. is that still the current spec or is there a newer one', /\b9110\b/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'can our 403 page tell the suspended freelancer WHY they are blocked, or must a 403 stay vague', /\byes\b|\b(may|can|could|should|is (allowed|free|permitted) to)\s+(describe|explain|include|say|give|state|tell|show|put|contain|mention)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),
  k('security', 'payout partner sdk auto-retries 403s with the same key in a loop. what does rfc 9110 say about repeating a 403 request w/ the same credentials', /(should not|shouldn'?t|must not|don'?t|do not|not|never|no point)\b[^.]{0,40}(retry|retries|repeat|re-?send|resend)|stop\w*\s+(the\s+)?(auto-?)?retr/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY retry with new or different credentials.'),
  k('nonnative', 'when freelancer app send no token at all and we answer 401 with WWW-Authenticate Bearer, we should put error="invalid_token" in the header or not?', /\bno\b|should not|shouldn'?t|not (include|add|put|send)|omit|leave (it |that )?out|without (an |any )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information.'),
  k('security', 'do we have to keep returning 410 forever for purged gigs or can we switch to 404 at some point', /discretion|not (required|necessary|mandatory|obligat)|no (need|requirement|obligation)|(don'?t|do not|doesn'?t|does not|needn'?t) (have|need)|up to (you|us|the server|the owner)|your call|can switch|may switch/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner.'),
  k('nonnative', 'general question, not one case: when server dont know if a removal is permanent, rfc 9110 say to use which code instead of 410?', /\b404\b/, 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 (Not Found) ought to be used instead.'),
];

export const UNSEEN394_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
