import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 58, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an airline's booking and loyalty APIs — bookings (PNRs), boarding passes, loyalty accounts and tiers, partner airlines, travel agents, crew portal, retired routes and fare classes. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials (missing or refused) → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, untrusted issuer, bad signature) → 401';
const R401M = 'RFC 9110 §15.5.2: credentials were sent but refused (malformed, unverifiable) → 401';
const R403 = 'RFC 9110 §15.5.4: server understood and refuses; caller is known but a rule/role/policy does not allow it → 403';
const R403S = 'RFC 6750 §3.1: valid token lacking the required scope → insufficient_scope → 403';
const R404H = 'RFC 9110 §15.5.4: an origin that wishes to hide a forbidden resource\'s existence may answer 404';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target resource → 404';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 only when removal is known to be permanent; if unknown, 404';
const R410 = 'RFC 9110 §15.5.11: target intentionally and permanently removed → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×7
  w('401', 'sre', 'kiosk build 4.12 hitting GET /v2/boarding-passes/by-pnr/K7D2QM w/o any Authorization header at all, svc currently answers 500 b/c of a null deref. what should it send back', R401),
  w('401', 'api', 'The mobile app calls GET /loyalty/accounts/me/balance with a bearer JWT whose exp was 20 minutes ago. Our middleware currently answers 403 with {"error":"token expired"}. Is that the right status or should it be something else?', R401T),
  w('401', 'support', "A travel agency told us their booking integration broke right after they rotated API keys. Turns out their system is still sending the old key, which we revoked the moment the new one was issued. What status should their calls be getting from us?", R401),
  w('401', 'security', 'Crew portal API receives a JWT whose kid is not in our JWKS, and signature verification fails. A reviewer left a comment: "return 403, they are clearly not allowed". Agree, or which code?', R401T),
  w('401', 'nonnative', 'Partner airline send us Authorization: Basic header but the base64 inside is broken, we cannot decode the username or password at all. Which code we must answer for this request?', R401M),
  w('401', 'sre', '[edge-gw] 2024-05-14T03:12:44Z GET /loyalty/accounts/me 500 token_state=revoked cause=member_signed_out_everywhere\nthat 500 is obviously wrong. correct code?', R401T),
  w('401', 'nonnative', "Last week we switch off our old identity provider. Some partner clients still are sending access tokens that was issued by it, and our gateway cannot validate them anymore because that issuer is not trusted now. What the gateway should return?", R401T),

  // ---- 403 ×9
  w('403', 'nonnative', 'Agency bot is calling POST /tickets, token is valid and scopes are fine. But the agency was suspended by IATA, so in our agency table it have a flag and its agents cannot issue nothing until they are reinstated. They still can log in and look bookings. What we send on the issue call?', R403),
  w('403', 'api', "Partner airline's OAuth client holds a valid token with scope pnr:read and calls PATCH /bookings/{pnr}, which needs pnr:write. What status do we respond with?", R403S),
  w('403', 'support', 'Member on the phone: she is a Silver, logged into the app, tries to buy a lounge pass and gets a generic error. Lounge pass purchase is only open to Gold and above. What status should the API be returning there?', R403),
  w('403', 'security', "The crew scheduling admin API only accepts traffic from the ops centre's IP ranges. A request arrived with a perfectly valid admin token, but from a hotel Wi-Fi address. We don't mind anyone knowing the admin API exists. Response code?", R403),
  w('403', 'nonnative', 'Crew member is logged in with good token, he try to open the roster of another base. Our rule say crew can see only roster of own base. The rosters are not secret, every crew know they exist. Which code is correct for this?', R403),
  w('403', 'sre', "ok so award bookings. agency X api client authenticates fine, token good. their contract w/ us doesnt include award redemption so they shouldnt be able to create award bookings. someone in thread said 404, someone said 401. we dont care if they know the endpoint exists, its in the public docs. which one", R403),
  w('403', 'api', 'A codeshare partner calls GET /partners/{theirOwnId}/settlement-exports/2024-03 with valid credentials. Their account is still in onboarding mode and exports stay switched off until the contract is countersigned. The endpoint is documented for them. What should we return?', R403),
  w('403', 'support', 'Customer is logged in and wants to gift miles to his sister. We switched off mile transfers for accounts younger than 90 days, and his is three weeks old. He is asking why the app just says "error". 401 or 403, which should it be?', R403),
  w('403', 'security', "Check-in agent signs in through SSO fine, role=checkin_agent. She calls POST /pnrs/{pnr}/override-watchlist-hold, which is reserved for duty supervisors. Today our code returns 401 and the agent's client keeps trying to log in again in a loop. What should it be?", R403),

  // ---- 404 ×9
  w('404', 'sre', 'GET /bookings/ZZ9QXK -> no such record locator anywhere, never issued. code pls', R404),
  w('404', 'api', "Logged-in member calls GET /loyalty/accounts/{number} with a number that isn't theirs. Product says the API must never let anyone confirm whether a given number belongs to a member, since people have been scripting through number ranges. What status for a number that exists but isn't the caller's?", R404H),
  w('404', 'support', 'A customer logged into Manage My Booking and typed a booking reference that belongs to some other passenger (a real booking). Our privacy team insists nobody should be able to tell from our responses which booking references are real. What should the API return?', R404H),
  w('404', 'security', "Agency A's token requests /agencies/B/bookings/P4LQ7R. The PNR is real and belongs to one of agency B's customers. Agencies must not learn who flies with a competitor. 403 or 404?", R404H),
  w('404', 'nonnative', 'We take the LHR-BOM route out of the API for the winter. Maybe it come back in spring, maybe not, nobody decide yet. What GET /routes/LHR-BOM should answer in the meantime?', R404U),
  w('404', 'sre', 'promo fare class Z pulled from the catalogue last night pending legal review. could be reinstated, could be dead, nobody knows. GET /fare-classes/Z currently returns 410. is that right or what should it be', R404U),
  w('404', 'api', 'A client requests GET /boarding-passes/BP-00918273. The ID is well-formed, but no boarding pass with that ID exists because the passenger never checked in. Which status?', R404),
  w('404', 'security', "We're building a private integration for a partner airline that hasn't been announced; its endpoints live under /partners/nova/. Other partners, fully authenticated, sometimes probe that path. The deal has to stay confidential until launch, so the path shouldn't even be confirmed to them. What should they get?", R404H),
  w('404', 'support', "A travel agent says their system calls /v2/bookngs/ABC123 and gets an error. Looks like a typo in the path, there's no such endpoint on our side. What's the right code for that?", R404),

  // ---- 410 ×5
  w('410', 'sre', 'route JFK-TXL retired, TXL airport closed for good so its never coming back. GET /routes/JFK-TXL answer?', R410),
  w('410', 'api', "We've permanently shut down the v1 loyalty API. There is no plan to bring it back and we want every client to stop calling it. What should requests to /v1/loyalty/* get?", R410),
  w('410', 'support', 'A member asks about the old "Elite Plus" tier page in the app, which now errors. That tier was abolished in the programme overhaul; the decision is final and it will never return. What status should that tier\'s endpoint give?', R410),
  w('410', 'nonnative', 'Fare class Y-Flex is discontinued for definitive, the board decide and it will not come back never. Old booking confirmations have links to /fare-classes/YFLEX. What status we must return on this URL?', R410),
  w('410', 'security', "When a partner contract ends we purge their agreement records irreversibly, per our retention policy. Nothing to hide here: it's public that the partnership existed. What should GET /partners/skyhop/agreements/2021 return after the purge?", R410),

  // ---- knowledge ×30 (first 15 told through a situation, last 15 plain)
  k('sre', 'boarding pass api already sends 401 when the kiosk forgets its token. which response header is supposed to ride along w/ it', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field'),
  k('api', "Our route catalogue answers 410 for the routes we killed off last year, and we don't set any Cache-Control on those responses. Can a shared cache or CDN store a 410 like that by default?", /heuristic|cacheable by default|\byes\b|(can|may|will|might) (be )?(stored|cached)|(can|may|will|might) (store|cache)/i, 'RFC 9110 §15.5.11/§15.1: 410 is heuristically cacheable by default'),
  k('support', 'A travel agent keeps hitting 403 when issuing tickets for her suspended agency and asks whether signing out and back in will clear it. Will it?', /\bno\b|won'?t|will not|does(n'?t| not)|not (help|fix|change|clear)|same (result|outcome|error)/i, 'RFC 9110 §15.5.4: 403 is a refusal for a known caller; re-authenticating as the same caller does not change it'),
  k('security', 'Partner API: the token is valid but only carries pnr:read, so we refuse the write with 403 and a Bearer challenge. Which error code value belongs in that challenge?', /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope, with 403'),
  k('nonnative', 'Our mobile app send an access token that is expired since one hour and we answer 401 with WWW-Authenticate: Bearer. Which value we put in the error parameter?', /invalid_token/i, 'RFC 6750 §3.1: expired token → error="invalid_token"'),
  k('sre', 'crew app sometimes sends no token at all, we 401 w/ WWW-Authenticate: Bearer realm="crew". do we add an error= param in that case or not', /\bno\b|\bnot\b|shouldn'?t|omit|leave (it|them) out|without (an? )?error|don'?t|do not/i, 'RFC 6750 §3.1: if the request lacks authentication information, the server SHOULD NOT include an error code'),
  k('api', 'We return 410 for the retired fare-class pages and 404 for mistyped URLs. Do search crawlers usually drop a 410 URL from their index sooner or later than a 404 one?', /sooner|faster|quicker|more quickly|earlier|immediately|right away|promptly/i, 'Seed / common crawler behaviour: 410 signals deliberate permanent removal and is delisted faster than 404'),
  k('support', 'A customer looked up her trip, got a 404 on the booking, and is asking me whether that means the booking is gone for good. Does a 404 by itself say whether the absence is temporary or permanent?', /\bno\b|does(n'?t| not)|not (say|indicate|tell|specify|distinguish)|no (indication|guarantee)|can'?t tell|either/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', "For other agencies' PNRs we answer 404 rather than 403 so nobody can map a competitor's customers. Which section of RFC 9110 explicitly allows an origin to do that?", /15\.5\.4/, 'RFC 9110 §15.5.4: an origin that wishes to hide a forbidden resource MAY respond 404'),
  k('nonnative', 'When an agency is suspended we give 403 on the ticket issue call. My colleague say the body must explain the reason. It is a must, or the server only may explain?', /\bmay\b|\bcan\b|optional|not (required|mandatory|a must)|isn'?t (required|mandatory)|up to/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was refused can describe the reason in the content'),
  k('sre', 'fare class Z pulled pending legal, might come back. someone on the team wants 410 "because its gone". what condition does 410 actually require', /permanent/i, 'RFC 9110 §15.5.11: 410 is for access no longer available and the condition likely permanent; if unknown, use 404'),
  k('api', "We've put 410 on the /v1/loyalty endpoints we shut down. Does RFC 9110 oblige us to keep answering 410 there indefinitely?", /\bno\b|not (necessary|required|obliged|obligated|mandatory)|discretion|up to (the|you)|your (call|choice)/i, 'RFC 9110 §15.5.11: no need to keep the "gone" mark for any length of time; left to the server owner'),
  k('support', 'A member forwarded a screenshot from the app debug panel: 401 with WWW-Authenticate: Bearer realm="loyalty". Which RFC defines that Bearer scheme?', /6750/, 'RFC 6750 defines the Bearer authentication scheme for OAuth 2.0 tokens'),
  k('security', 'Pen-test finding: our crew portal returns 401 with no WWW-Authenticate header at all. Is that header mandatory on a 401 per RFC 9110, or just nice to have?', /\bmust\b|required|mandatory|\byes\b|obligatory/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('nonnative', 'Our partner API give 410 for the agreements we purged. The developer of the partner ask me: should his client retry later? What the 410 is telling him about this?', /\bno\b|shouldn'?t|should not|don'?t|do not|stop|never|permanent|won'?t come back|not coming back/i, 'RFC 9110 §15.5.11: 410 means the removal is expected to be permanent; clients should not expect it back'),
  k('api', "What's the reason phrase that goes with status 410?", /\bgone\b/i, 'RFC 9110 §15.5.11: 410 Gone'),
  k('security', 'Under RFC 6750, which HTTP status pairs with the invalid_request error?', /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request → 400 Bad Request'),
  k('nonnative', 'In one 401 response, it is possible to have more than one challenge in WWW-Authenticate?', /\byes\b|multiple|more than one|several|at least one|can\b/i, 'RFC 9110 §11.6.1/§15.5.2: WWW-Authenticate carries at least one challenge and may carry several'),
  k('support', "What's the official name of the 403 status code?", /forbidden/i, 'RFC 9110 §15.5.4: 403 Forbidden'),
  k('sre', 'rfc 9110 section number for 410 gone?', /15\.5\.11/, 'RFC 9110 §15.5.11 defines 410 Gone'),
  k('api', 'Is a 403 heuristically cacheable, i.e. can caches store it without explicit freshness information?', /\bno\b|isn'?t|is not|not (heuristically )?cacheable|only (with|if|when)|explicit/i, 'RFC 9110 §15.1: 403 is not in the heuristically cacheable list; it needs explicit freshness to be cached'),
  k('security', 'Is error_description required in a Bearer error response, or optional?', /\bmay\b|optional|not (required|mandatory)|isn'?t (required|mandatory)|\bno\b/i, 'RFC 6750 §3: error_description MAY be included'),
  k('nonnative', 'In RFC 6750, which section is listing the error codes like invalid_token?', /3\.1/, 'RFC 6750 §3.1 (Error Codes)'),
  k('support', 'People keep saying "soft 404". What status code does a soft 404 page actually come back with?', /\b200\b/, 'Seed / common usage: a soft 404 answers 200 OK with a not-found page instead of a real 404'),
  k('sre', '401 reason phrase, the official one', /unauthori[sz]ed/i, 'RFC 9110 §15.5.2: 401 Unauthorized'),
  k('api', 'Between 401 and 403, which one means the request lacks valid authentication credentials for the target resource?', /\b401\b/, 'RFC 9110 §15.5.2: 401 = lacks valid authentication credentials'),
  k('security', 'What does the scope attribute in a Bearer insufficient_scope challenge tell the client?', /required|needed|necessary|must have|needs/i, 'RFC 6750 §3: scope lists the scope(s) required to access the resource'),
  k('nonnative', '410 Gone is good for a resource that is only temporary unavailable?', /\bno\b|shouldn'?t|should not|isn'?t|is not|not (appropriate|right|correct|suitable|meant|for)|\b404\b|\b503\b/i, 'RFC 9110 §15.5.11: 410 is for permanent removal; temporary or unknown → 404 (or 503 for temporary unavailability)'),
  k('support', 'Does a 401 only happen when somebody typed a wrong password, or also when no login details were sent at all?', /both|either|also|missing|no credentials|not (sent|provided|included|supplied)|absent|lack|without/i, 'RFC 9110 §15.5.2: 401 covers requests that lack credentials as well as ones whose credentials were refused'),
];

export const UNSEEN58_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
