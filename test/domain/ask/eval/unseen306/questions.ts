import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 306, written by a blind writer who never read the parser, its tests, or any other question set. Angle: food delivery restaurant-partner portal (owners, staff logins, menus, paused stores, removed dishes, payout reports, multi-branch chains), hurried chat shorthand with typos. */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server MUST send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401; RFC 9110 §15.5.2';
const R403 = 'RFC 9110 §15.5.4: server understood the request and refuses it; credentials are insufficient and retrying with the same ones will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403 Forbidden';
const R404 = 'RFC 9110 §15.5.5: origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource MAY respond 404';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: removal not known to be permanent → 404, not 410';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource was intentionally removed and the condition is likely permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'owner app calling /v2/stores/4411/menu w/ no auth header at all, sdk upgrade dropped it. store is def theirs and exists. what do we send back', R401),
  w('401', 'sre', 'cashier at branch 7, staff token exp claim is 20 min in the past, tries to mark fries out of stock. cashiers ARE allowed to toggle stock normally. colleage says 403 b/c cashier role is limited anyway... i dont buy it. code pls', R401T),
  w('401', 'support', 'Restaurant owner reset her password this morning and that revoked every old session. The kitchen tablet still has the old revoked session token and keeps polling todays orders with it. What should the portal answer the tablet with?', R401T),
  w('401', 'security', 'pentest retest: payout report endpoint gets a jwt w/ a tampered signature, verification fails so we have no idea who the caller is. endpoint currently returns 403. whats the correct status', R401),
  w('401', 'nonnative', 'Our partner API receive a bearer token that is malformed, it cannot be even decoded, on the request to /branches. Because token not valid we dont know which restaurant is calling. Which status we should respond?', R401T),
  w('401', 'sre', 'ex-staff acct deactivated by owner yday, their api key got revoked. their old script still hitting /orders w/ the revoked key every 30s. team split 401 vs 403, which', R401T),
  w('401', 'api', 'The chain HQ integration calls our menu-sync endpoint with HTTP Basic auth, but the password is wrong. We already give the identical response for unknown usernames and wrong passwords, so nothing about the account leaks. A teammate suggests 404 to be extra safe. What should the response code be?', R401),
  w('401', 'sre', 'owner browser blocked the session cookie so /api/portal/payouts gets called anon, no cookie no token nothing. payouts page exists obvs. json api, no redirect to login. what status', R401),
  w('401', 'support', 'manager of a burger place says his 2fa code timed out before he entered it, so login never finished and he has no valid session, but the app still fires the GET menu request without any valid creds. what error code should that request get', R401),

  // ---- 403 ----
  w('403', 'sre', 'staff login (role=kitchen), valid token, tryna open payout reports for their OWN store. payouts tab is shown greyed out in the ui so its no secret it exists, only owner role sees $$. code?', R403),
  w('403', 'sre', 'branch mgr of downtown location tries to edit menu of the airport branch, same chain. all chain branches are listed in their sidebar so they know it exists, they just dont have edit rights there. somone said 404 lol, what should it be', R403),
  w('403', 'api', 'An owner is properly authenticated, but their store is paused by our ops team for a food-safety review, and while paused we reject all menu edits. The owner can see the store and the pause banner explaining why. Which status code for the rejected PUT /menu?', R403),
  w('403', 'security', 'pos integration oauth token is valid but scope is menu:read only, integration tries POST /menus/items. per rfc 6750 what status', R403S),
  w('403', 'nonnative', 'The owner is logged in correctly, but his account is suspended because unpaid commission, and he try to download payout report of his own restaurant. We already informed him by email he is suspended, so nothing is secret. What is right code for this?', R403),
  w('403', 'sre', 'ip allowlist on chain-admin api, franchise HQ calling from new office ip thats not on the list. creds are valid n we know exactly who they are. 401 or 403', R403),
  w('403', 'support', "A staff member at a partner pizzeria is logged in with her own staff account and tries to delete the Margherita dish. Staff can view the menu but only managers can delete dishes; she sees the dish, the delete button is just disabled for her. She called the API directly anyway. What should the API respond?", R403),
  w('403', 'sre', 'owner w/ valid session tries to unpause a store HQ locked (chain policy: only hq can unpause). owner sees the store in their list. colleague wants 401 so app reprompts login but relogin wont change anything. what do we return', R403),
  w('403', 'security', 'review note: payout-export endpoint returns 401 when a logged in cashier (valid session, identity known) calls it. cashiers are documented as lacking the payouts permission and the export is public in the api docs. is 401 right, if not whats the code', R403),
  w('403', 'api', "A franchisee account, fully authenticated, tries to change the price of a chain-mandated dish. The chain contract locks that price at HQ level, and the dish is visible on the franchisee's own menu. What should we return?", R403),

  // ---- 404 ----
  w('404', 'sre', 'GET /stores/99999999/menu, that store id was never issued, typo in the integrations config. owner token valid. code', R404),
  w('404', 'security', 'restaurant A owner (valid login) is iterating store ids and hitting restaurant Bs payout report urls. we dont want to confirm which ids are real partners, competitor scraping. 403 would leak that it exists. what do we return', R404H),
  w('404', 'sre', 'owner removed spicy wings from menu, soft delete, they do this every season and usually bring it back. app requests /dishes/8812. 410 right? or not', R404U),
  w('404', 'support', 'chain owner says a branch page vanished. the branch record was taken off the platform last week while a lease dispute gets sorted, nobody knows yet if it reopens or closes for good. what should the api return for that branch url', R404U),
  w('404', 'nonnative', 'User request /menus/abc-123 but this menu id never exist in our database, it is just random string. User is logged in fine. Which one we return?', R404),
  w('404', 'security', 'staff token from branch 12 requests an order receipt that belongs to an unrelated restaurant (diff owner, not in their chain). policy: never reveal existence of other partners orders to them. what code', R404H),
  w('404', 'sre', 'owner deleted promo banner, row sits in trash 30 days and they can restore it any time. GET /promos/77 from their app. pls confirm code, someone wants 410', R404U),
  w('404', 'api', "We're designing the branch list endpoint. An authenticated owner of an unrelated restaurant requests /chains/{id}/branches for a chain they don't belong to. Chain ids and membership are confidential and must not be confirmed to outsiders. What status code?", R404H),
  w('404', 'sre', '/payouts/reports/2024-13 month 13 doesnt exist lol, owner fat fingered the url, theres nothing at that path. auth fine. code', R404),
  w('404', 'support', 'ops pulled a dish from the menu pending a supplier recall investigation. it might come back or be deleted permanently, undecided. owner is asking what the app gets for the dish url right now, is it gone (410)?', R404U),

  // ---- 410 ----
  w('410', 'sre', 'partner contract terminated, store permanently offboarded, menu purged & the id will never be reused. old /stores/5521 links still getting google traffic, we want crawlers to drop them. code', R410),
  w('410', 'api', 'We are retiring the v1 payout-report CSV endpoint. It has been intentionally removed and will never come back; v2 is different enough that no redirect is planned. What should requests to the v1 URL get?', R410),
  w('410', 'sre', 'owner hard deleted a dish w/ "delete forever", no restore possible, id never reused. partner app has a cached link hitting /dishes/3301. 404 or 410', R410),
  w('410', 'support', 'chain closed a branch for good, owner confirmed its permanently closed, we deleted the branch listing on purpose and theres no plan to reopen. old bookmarks still hit the branch url. which response', R410),
  w('410', 'nonnative', 'We delete permanently the old public staff-invite links after the restaurant is offboarded. They are gone for always, on purpose, no login is needed to open these links. What code is correct when someone open an old invite link?', R410),
  w('410', 'security', 'seasonal menu page "summer 2022" deliberately retired, permanent, HQ wants it delisted. menu pages are public, no auth involved, requester anonymous. what status', R410),

  // ---- knowledge ----
  k('sre', 'quick one, 401 from partner api, what header has to go on it per the rfc, app team says its optional', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 MUST include a WWW-Authenticate header with at least one challenge'),
  k('api', 'Is a 404 for a removed dish URL cacheable by default under RFC 9110, or only when we explicitly add Cache-Control?', /(?<!not )(heuristically cacheable|cacheable by default)/i, 'RFC 9110 §15.1/§15.5.5: 404 is heuristically cacheable unless indicated otherwise'),
  k('sre', 'staff user gets 403 on payouts, does logging out n back in w/ same acct fix it', /(same credentials|(won'?t|will not|wouldn'?t|would not|does not|doesn'?t|not) (help|fix|change)|(should not|shouldn'?t) (automatically )?(repeat|retry))/i, 'RFC 9110 §15.5.4: client SHOULD NOT automatically repeat the request with the same credentials'),
  k('support', 'which rfc do i cite now for 403 and 404 definitions, my old notes say rfc 7231', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('security', 'rfc 6750, bearer token sig is valid but it lacks payouts:read scope. what http status goes with that', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('nonnative', 'In RFC 6750, when access token of the restaurant is expired, which HTTP status we must return with the Bearer error?', /\b401\b/, 'RFC 6750 §3.1: invalid_token → 401'),
  k('api', 'Our menu-sync client sends the access token in both the Authorization header and the query string. RFC 6750 calls that invalid_request; which HTTP status does that map to?', /\b400\b/, 'RFC 6750 §3.1: invalid_request → 400'),
  k('sre', 'how long do we gotta keep serving 410 for offboarded stores, is there a min period in the rfc', /(no (minimum|required|fixed|set|specific|mandated)|not (necessary|required)|discretion|any (particular )?length of time|up to the (server|owner|operator))/i, 'RFC 9110 §15.5.11: no requirement to keep the mark for any length of time; left to the server owner'),
  k('security', 'can we send 404 instead of 403 to an authed owner poking at another restaurants store, is that actually rfc legit or a hack', /(hide|hiding|conceal|not willing to disclose|unwilling to disclose)/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden resource MAY respond 404'),
  k('support', 'does a 404 tell the restaurant whether the dish is gone temporarily or forever', /(does ?n[o']?t|do ?n[o']?t|not|no|neither|without) (indicate|indicating|say|saying|tell|telling|specify|specifying|distinguish|distinguishing|signal|signaling|reveal|revealing)/i, 'RFC 9110 §15.5.5: 404 does not indicate whether the condition is temporary or permanent'),
  k('api', 'If we are not sure whether a deleted branch will ever come back, does RFC 9110 want 410 or 404?', /(use|return|send|respond with|should be|ought to be|prefer|choose)\s+(a\s+)?\W*404/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('sre', 'owner app sent creds and still got 401, does that mean creds got rejected or just missing, rfc wording pls', /(refused|rejected|not accepted|denied)/i, 'RFC 9110 §15.5.2: if the request included credentials, 401 indicates authorization has been refused for them'),
  k('security', 'rfc 6750: request to /payouts with no token at all, should the 401 challenge include error=invalid_token or not', /(should not|shouldn'?t|not|no|omit|omitted|without|leave out)\b[^.]{0,60}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('api', 'Does RFC 9110 limit 403 to credential problems, or can we use it for an IP allowlist block on the chain-admin API?', /(unrelated to (the )?credentials|not (only|just|limited|solely|necessarily)|other reasons|reasons other than|regardless of (the )?credentials|beyond credentials)/i, 'RFC 9110 §15.5.4: a request might be forbidden for reasons unrelated to the credentials'),
  k('nonnative', 'What is meaning of 410 Gone exactly, and why we would use it for old menu links instead of 404?', /permanent/i, 'RFC 9110 §15.5.11: access is no longer available and the condition is likely to be permanent'),
];

export const UNSEEN306_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
