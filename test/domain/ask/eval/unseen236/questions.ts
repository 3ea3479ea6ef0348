import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 236, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a real-estate agency CRM (agents, brokers, listings, withdrawn listings, client portals, MLS feed keys). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the server sends WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request and refuses it; credentials were provided but are insufficient, re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource may answer 404 (not willing to disclose that one exists)';
const R404U = 'RFC 9110 §15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available at the origin server and the condition is likely to be permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 (9) ----
  w('401', 'sre', "partner syndication site is hitting /feed/listings w/ an mls feed key that expired at midnight, key itself is real just past its expiry. what do we send back", R401T),
  w('401', 'api', "In the client portal, GET /portal/saved-searches arrives with no Authorization header and no session cookie at all. A colleague wants 403 because 'only logged-in clients may see saved searches'. Which status should the endpoint actually return?", R401),
  w('401', 'support', "A buyer reset her portal password this morning, which revoked all her old sessions. Her phone app is still sending the old, now-revoked token when it loads her favourite listings. What response should the app be getting from us?", R401T),
  w('401', 'security', "Pen-test finding: on the agent API the tester swapped the JWT signature for garbage (and also tried alg=none). The signature check fails, so we cannot say who the caller is. The listing they asked for does exist. Which code is correct here, not 404 and not 403?", R401T),
  w('401', 'nonnative', "The broker app is sending a bearer token for the commissions endpoint but the token is malformed, the base64 is broken and we cannot decode it. Which status we should give back to him?", R401T),
  w('401', 'sre', "mls board revoked a feed key last night b/c the brokerage license lapsed. the feed client keeps calling w/ that revoked key. not a scope thing, the key just isnt valid anymore. code pls", R401T),
  w('401', 'api', "Our legacy IDX export still uses HTTP Basic. A request comes in with a real agent username but the wrong password. What should the export respond with, and yes, it should include a challenge?", R401),
  w('401', 'sre', "agent is mid showing editing her own listing, her access token expired 2 min ago. listing exists and she owns it. someone on the team says 404 so we dont leak anything, i say thats wrong. what do we return", R401T),
  w('401', 'nonnative', "Partner is sending a MLS feed key that have the right format but it is not existing in our key table at all, nobody issued it. For the feed request which code is correct to return?", R401),

  // ---- 403 (10) ----
  w('403', 'sre', "agent w/ valid token tries to approve the commission split on her own deal, only brokers can approve splits. she already knows the deal exists obv. what status", R403),
  w('403', 'api', "A partner's MLS feed key is valid and authenticates fine, but it was issued with listings:read only. The partner tries to PATCH a listing status, which requires listings:write. Per RFC 6750, what status code does the resource server send?", R403S),
  w('403', 'support', "A client is logged into the portal and can see the purchase agreement listed in her own transaction, but the broker locked document downloads until closing. When she clicks download, what code should the server return? Logging in again won't change anything.", R403),
  w('403', 'security', "The brokerage admin panel is restricted to the office IP allowlist. A broker with a perfectly valid login tries it from home. The admin panel URL is publicly documented, so there is nothing to hide about it existing. What should the response code be?", R403),
  w('403', 'nonnative', "The assistant account is logged in correct, but role 'assistant' is not allowed to delete listings. The listing is public on our website anyway, everybody can see it exist. Which code we return when assistant try the delete?", R403),
  w('403', 'sre', "agent got suspended by the brokerage pending a compliance review. login still works, token is valid, but suspended=true blocks all writes. she tries to create a listing. 401 or something else", R403),
  w('403', 'api', "An agent from a competing brokerage, authenticated with a valid token, tries to edit a listing that is publicly visible on the MLS. The listing's existence is public information. One reviewer suggested 404; what is the correct response for the edit attempt?", R403),
  w('403', 'support', "Customer (an agent) says she keeps re-entering her password, it's accepted every time, but she still can't open the broker-only production report. Another support rep wants us to send 401 so the portal prompts her to log in again. What should the server really return?", R403),
  w('403', 'security', "Every public listing has a private remarks sub-resource, so whether it exists reveals nothing. An authenticated agent from another office requests /listings/88231/private-remarks, which only the listing office may read. What status should we give?", R403),
  w('403', 'sre', "partner feed key is valid but their data license is idx display only. they call the documented sold-data endpoint which needs vow access. token is fine, just not enough access. what do we send", R403S),

  // ---- 404 (10) ----
  w('404', 'sre', "agent is logged in fine, fat-fingered /listings/MLS-99999999, that mls number was never issued to anything ever. what do we return", R404),
  w('404', 'api', "GET /brokers/42/offices/7781 where broker 42 exists and the caller is that broker, properly authenticated, but office 7781 was never created under any broker. What status code is appropriate?", R404),
  w('404', 'nonnative', "A client click on a link /portal/favorites/xyz-old that he got from somewhere, but this path never was existing in our portal, not deleted, just never there. He is logged in. What code server give?", R404),
  w('404', 'security', "Pocket (off-market) listings are visible only to the listing agent's team and our policy is that other agents must not even learn that a pocket listing exists. An agent outside the team, with a valid token, probes the ID directly. A teammate says 403. What should we return?", R404H),
  w('404', 'security', "Enumeration concern: a logged-in buyer changes the URL to /portal/clients/1235, which is another buyer's portal. We must not confirm that other clients exist or which IDs are taken. Which status code do we send back?", R404H),
  w('404', 'support', "We have a confidential deal room for a high-profile divorce sale. An agent who isn't on the deal, but is logged in properly, found the URL pattern and tried it. Legal says nobody outside the deal may even know the room exists. What response code should he see?", R404H),
  w('404', 'sre', "seller withdrew the listing, might relist in spring, might not, nobody knows. we pulled it from the feed. partner sites still hit the listing url. 410 or what", R404U),
  w('404', 'api', "When an agent deletes a listing we soft-delete it with a 30-day restore window, and we can't tell whether it will be restored. For requests to that listing during the window, which status should the API return?", R404U),
  w('404', 'support', "An agent left the brokerage and his public profile page was taken down, but HR says he might come back next year and we'd restore the same profile. What code should the old profile URL return in the meantime?", R404U),
  w('404', 'nonnative', "The feed client ask /feeds/photos/ph_000193 with valid key, but this photo id was never uploaded by anyone, it never existed. The colleague want 410 Gone. Which is right?", R404),

  // ---- 410 (6) ----
  w('410', 'sre', "brokerage policy: sold listing pages get purged for good 90 days after close, deliberate, they never come back. crawlers still hitting them. what status", R410),
  w('410', 'api', "We retired the v1 MLS feed endpoint on a published sunset date; it has been intentionally removed and will never return. Old partners still call /v1/feed. What is the right status for those calls?", R410),
  w('410', 'support', "A seller cancelled and her lawyer demanded the listing be removed permanently; we deleted it on purpose and that listing ID is retired forever, it will never be relisted. The public listing URL is still getting traffic. What code should it return?", R410),
  w('410', 'security', "Under our data-retention policy, a closed transaction's client portal was deliberately and permanently erased; it cannot be restored. The former client, who knows it existed, opens the old link. Nothing to hide from her. Which code?", R410),
  w('410', 'nonnative', "Our brokerage closed the downtown office for ever and we removed the office page on purpose, it will never come back. Which status code the office page should return now?", R410),
  w('410', 'sre', "past open house pages get deleted on purpose after the event, permanently, by design. google keeps crawling them. not 404 right? what do we send", R410),

  // ---- knowledge (15) ----
  k('api', "What header is a server required to send along with a 401 response?", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 MUST send a WWW-Authenticate header field'),
  k('support', "If an agent gets a 403, should the app just retry the same request with the same credentials?", /(should ?n[o']?t|not|never|don'?t|do not)\s+(automatically\s+)?(repeat|retry|resend)|same credentials|(won'?t|will not|does ?n[o']?t|wont|doesnt) help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', "Which RFC is the current one for HTTP status code semantics, the 7231 is still valid?", /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('security', "Per RFC 6750, what status should a resource server return with error=insufficient_scope?", /403|forbidden/i, 'RFC 6750 §3.1: insufficient_scope SHOULD be 403'),
  k('sre', "rfc 6750 invalid_request error, what status code goes w/ it", /400|bad request/i, 'RFC 6750 §3.1: invalid_request SHOULD be 400'),
  k('api', "Once we start returning 410 for a removed listing, for how long does the RFC require us to keep returning 410?", /discretion|no (fixed|set|required|mandated|specific) (time|period|duration|length)|any length of time|not (required|necessary)[^.]*(long|time|period|duration)|up to (the )?(server|owner|you)/i, 'RFC 9110 §15.5.11: it is not necessary to keep the mark for any length of time; left to the server owner\'s discretion'),
  k('security', "When is it acceptable per RFC 9110 to answer 404 instead of 403?", /hid(e|ing)|conceal|not (to )?(reveal|disclose)|(existence|exists)[^.]*(secret|private|undisclosed)/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may respond 404'),
  k('support', "If we removed something but honestly don't know whether the removal is permanent, does the RFC want 410 or another code?", /404|not found/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('nonnative', "What is the status code like 401 but for when the proxy need the authentication?", /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is similar to 401 but for proxies'),
  k('api', "Where may a server explain why a request was forbidden, per the 403 definition in RFC 9110?", /content|body|payload/i, 'RFC 9110 §15.5.4: a server may describe the reason in the response content'),
  k('security', "rfc 6750: if the request had no auth info at all, should the bearer challenge include an error code", /(should ?n[o']?t|shouldnt|not|omit\w*|without|leave out|no)\b[^.]*\berror\b|^\W*no\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('sre', "does a 404 tell the client whether the thing is gone temporarily or permanently", /(does ?n[o']?t|doesnt)\s+(say|tell|indicate|specify|distinguish|reveal|signal|say whether)[^.]*(temporar|permanen)|neither temporar|no (indication|signal|information|guarantee)[^.]*(temporar|permanen)|\bno\b[^.]*(could be|may be|might be) (either )?(temporar|permanen)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('support', "What is 410 Gone mainly intended for, according to the RFC?", /web maintenance|(remov|delet|drop|purg)\w*[^.]*(links?|bookmarks?|references?)|links?[^.]*(be )?removed/i, 'RFC 9110 §15.5.11: 410 assists web maintenance by telling recipients the resource is intentionally unavailable and remote links should be removed'),
];

export const UNSEEN236_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
