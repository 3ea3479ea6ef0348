import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 44, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a travel company — flight and hotel booking API, loyalty-programme accounts, a travel-agent partner portal with agencies as tenants, cancelled and expired bookings, retired routes and discontinued fares, internal ops tools. */

const R401_NONE = 'RFC 9110 §15.5.2 / RFC 6750 §3.1: the request carries no credentials for a protected resource → 401 with a WWW-Authenticate challenge';
const R401_FIRST = 'RFC 9110 §15.5.2: no credentials on a protected resource → 401 whatever the state of the resource; authentication is checked before the lookup';
const R401_TOKEN = 'RFC 6750 §3.1: invalid_token — the access token is expired, revoked, malformed or otherwise invalid → 401';
const R401_CRED = 'RFC 9110 §15.5.2: the credentials supplied were refused (wrong, revoked or unverifiable) → 401';
const R403_ROLE = 'RFC 9110 §15.5.4: identified caller lacks the required role; the server understood and refuses, and existence is not secret → 403';
const R403_SCOPE = 'RFC 6750 §3.1: insufficient_scope — the token is valid but lacks the scope → 403 Forbidden';
const R403_POLICY = 'RFC 9110 §15.5.4: valid credentials, refused by a policy rule (plan, IP allowlist, contract); re-authenticating will not help → 403';
const R403_TENANT = 'RFC 9110 §15.5.4: cross-tenant access where the target\'s existence need not be hidden → 403';
const R404_NONE = 'RFC 9110 §15.5.5: no current representation found for the target resource → 404';
const R404_HIDE = 'RFC 9110 §15.5.4 and §15.5.5: a server unwilling to disclose that the resource exists answers 404 instead of 403';
const R404_UNSURE = 'RFC 9110 §15.5.11 and §15.5.5: 410 only when the removal is known to be permanent; otherwise 404';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410 Gone';

const QUESTIONS: readonly Draft[] = [
  // ── 401 ────────────────────────────────────────────────────────────────────────────────────
  w('401', 'sre', `gw logs full of these from the ios app since the 3.14 rollout:
  GET /v2/bookings/QX7TRP status=? auth=none ua=TravelApp/3.14
app dropped the token on upgrade, requests go out w/o any Authorization hdr. someone in #inc-booking says we should send 403 bc the booking exists and belongs to a real customer. code pls`, R401_NONE),
  w('401', 'api', `Our loyalty API validates JWTs from the member app. If the access token's exp is 20 minutes in the past, but the signature checks out and the member would have every permission on the account they're reading, what status should GET /loyalty/accounts/{id}/points return?`, R401_TOKEN),
  w('401', 'support', `A travel agency called in: their integration broke this morning. They rotated their partner API key on Friday and we revoked the old one, but their nightly job is still sending the old key. Which error should our partner API be giving them, 401 or 403?`, R401_CRED),
  w('401', 'nonnative', `Hello, one partner send the header "Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5" and the token is cut in half, it is not a full JWT, we cannot parse it at all. Which status is correct for this please? My colleague say 400 but I am thinking this is not about the request body.`, R401_TOKEN),
  w('401', 'sre', `ops-console svc acct hitting fare-admin w/ a token signed by the old staging key, sig check fails. not a perms thing, the role would be fine if the token was real. what do we send back`, R401_CRED),
  w('401', 'security', `Pen test finding: an unauthenticated GET /v2/bookings/{ref} for a cancelled booking returns 404, while the same call for a live booking returns 401, so you can tell cancelled from live without logging in. Our middleware is supposed to check credentials before anything else. With no credentials at all on the request, what should both cases return?`, R401_FIRST),
  w('401', 'api', `The hotel inventory sync endpoint still uses HTTP Basic for legacy channel managers. A channel manager sends the right username but an old password. Correct response?`, R401_CRED),
  w('401', 'sre', `loyalty member hit "sign out of all devices", old browser tab keeps polling /points w/ the same bearer. nothing expired, exp still 40min out, but the token id is on the revocation list. 403 since exp is fine?`, R401_TOKEN),
  w('401', 'nonnative', `We first think 403 because the user is "not allowed", but wait — the request from the self-service kiosk at airport come with no token at all, the kiosk lost his config after reboot. The booking details endpoint need login always. Which code we return then?`, R401_NONE),

  // ── 403 ────────────────────────────────────────────────────────────────────────────────────
  w('403', 'sre', `agent at sunway travel (valid login, role=agent) trying to approve a refund on one of their own agencys bookings. refund approval needs agency-admin. they can see the booking fine. 401 or 403`, R403_ROLE),
  w('403', 'api', `A partner's OAuth client holds a token with scope "bookings:read" only and calls POST /v2/bookings to create a flight booking. The token is valid and unexpired. What status do we answer with? I assume the Bearer challenge should carry the scope it needs.`, R403_SCOPE),
  w('403', 'support', `A Silver member is logged in and tries to redeem points for the airport lounge pass. That reward is in the public catalogue, everyone can see it, but only Gold and above can redeem it. What error code should the app get back?`, R403_POLICY),
  w('403', 'security', `The internal ops tool booking-force-cancel only accepts requests from office and VPN IP ranges. An on-call engineer with a valid SSO session hits it from home without the VPN. The tool's URL is in the public runbook, so its existence isn't secret. Which status should the IP rule produce?`, R403_POLICY),
  w('403', 'nonnative', `Agency "Blue Lagoon Tours" have the Basic partner plan. They call /v2/reports/bulk-export which is only in Enterprise plan. Their key is good, we see the agency id in the log correctly. Is 401 the correct one or other code?`, R403_POLICY),
  w('403', 'sre', `pricing-batch svc acct: token validates, sub=svc-pricing, but /admin/fares/override needs fare-admin role which it doesnt have. endpoint is in the public api docs so no point hiding it. which one`, R403_ROLE),
  w('403', 'security', `An agent from agency B requests GET /agencies/A/profile. Agency profiles are listed in our public partner directory, so there is nothing to hide about A existing, but agents may only open the full profile of their own agency. B's token is valid. Correct code?`, R403_TENANT),
  w('403', 'api', `We have an "auditor" role in the partner portal that can read every booking in its agency but change nothing. An auditor with a valid token sends DELETE /v2/bookings/ZK3P9A for a booking they read successfully a minute ago. Which status should the delete get?`, R403_ROLE),
  w('403', 'sre', `seeing this from hotel-svc when a partner w/ hotels:read tries to push rates:
  HTTP/1.1 401 Unauthorized
  WWW-Authenticate: Bearer realm="partners", error="insufficient_scope", scope="hotels:write"
header looks right to me, status doesnt. what should the status be`, R403_SCOPE),
  w('403', 'nonnative', `The partner have contract only for hotels, not for flights. They call the flight booking endpoint with valid key. They think the key is broken so they rotate the key, and the new key get same error. So re-auth not help. Which code should be there?`, R403_POLICY),

  // ── 404 ────────────────────────────────────────────────────────────────────────────────────
  w('404', 'sre', `GET /v2/bookings/ABC12E -> partner typoed the PNR, real one is ABC123. no booking w/ that ref ever existed. token fine. code`, R404_NONE),
  w('404', 'api', `Loyalty API: member X (authenticated) requests /loyalty/members/88310042, which belongs to a different member. Member numbers are sequential and we must not let anyone learn which numbers are real accounts. What should we return?`, R404_HIDE),
  w('404', 'security', `Tenant isolation in the agent portal: an agent at agency B is guessing booking IDs that belong to agency A. Our requirement is that one agency must not be able to tell whether another agency's booking ID exists at all. Valid token, valid role. 403 or 404?`, R404_HIDE),
  w('404', 'support', `A hotel asked us to take their listing off the site while they renovate, so the page is removed for now. They might come back on the platform next year or might not, nobody knows yet. What status should /hotels/villa-marisol give in the meantime?`, R404_UNSURE),
  w('404', 'nonnative', `The route MAN-FNC is stopped because of the season. Product team remove it from the catalogue API, so /v2/routes/MAN-FNC have nothing now. Maybe it come back next summer, maybe not, it is not decided. I want to return 410 to be clean, is it right or what code?`, R404_UNSURE),
  w('404', 'api', `Partners sometimes reach GET /internal/ops/flags through the public gateway because of a sloppy prefix rule. That path is internal-only and we don't want external partners even learning it exists. The partner's token is valid. Which status should they see?`, R404_HIDE),
  w('404', 'sre', `token introspection says active=true, scopes fine. GET /v2/hotels/HTL-99812 -> that hotel id isnt in the db, never onboarded. someone in channel said 401 bc of the "auth: checking token" line in the middleware log but thats just debug noise. should this be 404`, R404_NONE),
  w('404', 'security', `Invite-only "Black Card" offers in the loyalty app: a member who was not invited calls /loyalty/offers/black-card-2025. The product requirement is that non-invited members must not be able to discover that the offer exists. The member is logged in normally. Status?`, R404_HIDE),
  w('404', 'support', `A customer says their bookmark to a discontinued fare page is broken. The FlexSaver fare is off sale and its page is gone, and product haven't decided whether it'll be relaunched under the same URL. What status should that fare URL return right now?`, R404_UNSURE),
  w('404', 'nonnative', `When the booking hold expire after 15 minutes, the cleanup job delete the hold. The hold reference can be given again later to a new hold, it is recycled. Customer open the old link to the hold. Is it 410 because expired, or which one?`, R404_UNSURE),

  // ── 410 ────────────────────────────────────────────────────────────────────────────────────
  w('410', 'api', `We retired the LHR-TXL route permanently when Tegel closed — it will never be sold again, and we want partners and search engines to drop their links to it. What should GET /v2/routes/LHR-TXL return now?`, R410),
  w('410', 'sre', `fare class SAVER-LITE killed for good, product signed off it never comes back + fare codes are never reused. partners still hitting /v2/fares/SAVER-LITE w/ valid keys. 404 fine or is there something better`, R410),
  w('410', 'support', `We sunset the v1 booking API on 1 March after a year of notice. The v1 endpoints were intentionally removed and will not come back. What should a partner calling /v1/bookings with their usual valid key get?`, R410),
  w('410', 'nonnative', `The hotel "Grand Orsova" leave our network, the contract is terminated forever and we removed the hotel page on purpose. We want Google to remove it from index more quickly. Which status code is best for the old page?`, R410),
  w('410', 'security', `The summer-2023 promo landing page was intentionally taken down after the campaign, and marketing confirms that URL is permanently retired. It's a public page, no auth involved, nothing sensitive on it. What should it return?`, R410),
  w('410', 'sre', `customer (logged in, their own booking) opening a cancelled booking from 2017. past retention so the record was purged permanently by design, we keep a tombstone list of purged refs and refs are never reused. no need to hide anything from them, its theirs. 404 or 410`, R410),

  // ── knowledge ──────────────────────────────────────────────────────────────────────────────
  k('sre', `which header does a 401 have to carry again`, /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field (§11.6.1)'),
  k('api', `In RFC 6750, which error code does the resource server use when the bearer token is expired or revoked?`, /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or otherwise invalid tokens'),
  k('security', `Per RFC 6750, what HTTP status goes with error="insufficient_scope"?`, /\b403\b|forbidden/i, 'RFC 6750 §3.1: insufficient_scope SHOULD respond with 403 Forbidden'),
  k('nonnative', `Which RFC is replacing RFC 7231 now for the HTTP semantics and the status codes?`, /\b9110\b/, 'RFC 9110 (June 2022) obsoletes RFC 7231'),
  k('sre', `rfc 9110 section number for 403 forbidden?`, /15\.5\.4(?!\d)/, 'RFC 9110 §15.5.4 defines 403 Forbidden'),
  k('support', `If a hotel page returns 404 and we don't set any Cache-Control header, is a browser or CDN still allowed to cache it under RFC 9110?`, /\byes\b|heuristically cach|(?<!not )cacheable by default/i, 'RFC 9110 §15.5.5 / §15.1: 404 is heuristically cacheable by default'),
  k('security', `Which status code is the proxy equivalent of 401?`, /\b407\b|proxy authentication required/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is the proxy counterpart of 401'),
  k('api', `Which RFC defines the Bearer token error codes like invalid_token and insufficient_scope in WWW-Authenticate?`, /\b6750\b/, 'RFC 6750 §3.1 defines the Bearer error codes'),
  k('nonnative', `RFC 9110 make obsolete which RFC, the one that was defining 401 and the HTTP authentication framework before?`, /\b7235\b/, 'RFC 9110 obsoletes RFC 7235, which defined 401 (§3.1) and the authentication framework'),
  k('api', `A request to our booking API arrives with no token at all. In the Bearer WWW-Authenticate challenge we send back, should we include an error code like invalid_token?`, /\bno\b|should not|shouldn'?t|not include|omit|without (an |any )?error/i, 'RFC 6750 §3.1: if the request lacks any authentication information the server SHOULD NOT include an error code'),
  k('sre', `what does 410 tell crawlers that a 404 doesnt`, /permanent|for good|intentional|remove (the |their |its )?links|delist/i, 'RFC 9110 §15.5.11: 410 says the removal is intentional and likely permanent, so links should be removed'),
  k('security', `RFC 6750's invalid_request error maps to which HTTP status code?`, /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400 Bad Request'),
  k('nonnative', `If the server answer 403, can the client just send the same request again automatically with the same credentials? What RFC is saying?`, /\bno\b|should not|shouldn'?t|must not|not (automatically )?(retry|repeat|resend)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
];

export const UNSEEN44_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
