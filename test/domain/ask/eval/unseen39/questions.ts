import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 39, written by a blind writer who never read the parser, its tests, or any other question set. Angle: an online game platform — player accounts, matchmaking API, in-game store, mod uploads, esports tournament pages, anti-cheat bans. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource → 401';
const R401T = 'RFC 6750 §3.1: an expired, revoked or otherwise invalid access token is invalid_token → 401';
const R401M = 'RFC 9110 §15.5.2 / RFC 6750 §3.1: malformed or unverifiable credentials mean the client is not authenticated → 401';
const R403 = 'RFC 9110 §15.5.4: the server knows who the client is and refuses to authorize the action; re-authenticating will not help → 403';
const R403S = 'RFC 6750 §3.1: the token is valid but lacks the scope the resource requires (insufficient_scope) → 403';
const R404 = 'RFC 9110 §15.5.5: the origin server has no current representation for the target resource → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that does not want to disclose that a forbidden resource exists may answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: 410 is only for removal known to be permanent; when that is unknown, use 404';
const R410 = 'RFC 9110 §15.5.11: the resource was intentionally removed, the condition is expected to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ×9
  w('401', 'sre', `matchmaking svc getting ~2.3k req/min w/o any Authorization header from old launcher builds (pre 4.1). handler currently 500s on nil token. what do we send back`, R401),
  w('401', 'api', `On the player-account API, what status should we return when the bearer JWT's signature does not verify against any key in our JWKS?`, R401M),
  w('401', 'support', `A player says the in-game store kept erroring after he left his PC running overnight. Looking at the logs, his session token expired at 03:12 and the launcher just kept sending it on every store call. What response should the store have given him?`, R401T),
  w('401', 'security', `After last week's credential-stuffing incident we revoked every access and refresh token belonging to the affected accounts. When one of those revoked access tokens hits the tournament registration API, is the correct answer 401 or 403?`, R401T),
  w('401', 'nonnative', `The mod upload endpoint receive request where Authorization header is only "Bearer" and nothing after it, the token is empty. Which code we must return, please?`, R401M),
  w('401', 'sre', `[edge-gw] 2024-05-11T21:04:17Z POST /v2/matchmaking/queue status=500 err="jwt: token is expired" sub=player:88121 region=eu-west
[edge-gw] 2024-05-11T21:04:18Z POST /v2/matchmaking/queue status=500 err="jwt: token is expired" sub=player:88121 region=eu-west
handler bubbles the parse error up as a 500 rn. jonas says 403 b/c we can read the sub claim so we know who it is. i dont buy it. code pls`, R401T),
  w('401', 'api', `Anti-cheat telemetry ingestion: each batch is signed with an HMAC derived from a per-session key we issue at login. If the HMAC on a request doesn't match, we can't tell which client actually sent it. What should the ingestion endpoint respond with?`, R401M),
  w('401', 'security', `Pentest finding on the esports admin API: requests with no session cookie at all get a 200 with an empty bracket list. We want it to fail closed. To be clear, this isn't a permissions thing, there is simply no session on the request. What status should it return instead?`, R401),
  w('401', 'nonnative', `Player change his password on the website and our system invalidate all his old sessions, this is by design. After that his phone app still call friends-list API with the old token. Server should answer what? My colleague say 403 but I am not sure.`, R401T),

  // ---- 403 ×10
  w('403', 'sre', `player acct auths fine, token valid, but they're doing PUT /admin/tournaments/42/brackets and they dont have the organizer role. which one`, R403),
  w('403', 'api', `A third-party stats site holds an OAuth token for a player with scope profile:read only, and it calls POST /v1/store/purchases, which requires store:write. The token itself is valid and unexpired. What should our resource server return?`, R403S),
  w('403', 'support', `Customer is logged in and fully verified, but the store won't let him buy the season pass bundle because his account is flagged as under 18 and the bundle contains an 18+ item. He wants to know what's going on. What code should the API be sending in that case?`, R403),
  w('403', 'security', `Tenant isolation question. A partner studio authenticates with its own API key and requests mod analytics for a different studio's game. The list of games on our platform is public in the catalogue, so we don't care if they learn that game exists. 403 or 404?`, R403),
  w('403', 'nonnative', `Our matchmaking have region lock: players from one country cannot join ranked queue on servers of other region. The player is login correctly with valid token, we know exactly who he is, only his region is not allowed. Which status is correct for this?`, R403),
  w('403', 'sre', `anti-cheat ban, 14 days off ranked. acct can still log in + browse the store, token is valid, but POST /ranked/queue must be refused. banned isnt the same as unauthenticated right? code`, R403),
  w('403', 'api', `Replay downloads are a premium-plan feature. A free-plan player with a perfectly valid session requests GET /replays/8812/download. The replay exists and the player can already see it listed in the client UI. Which code should the API send?`, R403),
  w('403', 'support', `A streamer with a working account tried to publish a mod to the workshop, but he never confirmed his email, and workshop policy says only verified accounts can publish. He's logged in and everything else works for him. What should the publish call return?`, R403),
  w('403', 'nonnative', `The internal tool for tournament scoring only accept requests from office IP allowlist. Our referee is authenticated with SSO, his token is fine, but he connect from hotel wifi so his IP is not in the list. What the gateway should return?`, R403),
  w('403', 'security', `Looking at GET /matches/{id}/anticheat-report. Match IDs are printed on the public tournament pages, so everyone already knows the matches exist; hiding that buys nothing. A spectator account with a valid session fetches the report, which is admin-only. Today the code returns 401, and the web client reacts by showing a login prompt, user logs in again, gets 401 again, forever. What is the right response here?`, R403),

  // ---- 404 ×10
  w('404', 'sre', `GET /v1/players/zz-91x/profile -> no such player id in the db, never was one. code`, R404),
  w('404', 'api', `Private lobbies: when an authenticated player who wasn't invited requests GET /lobbies/{id}, our spec says we must not reveal that the lobby exists at all. What status do we return?`, R404H),
  w('404', 'support', `A player complains that the link to a tournament page he found on Reddit is broken. That page was pulled while legal reviews the sponsor contract; it might come back, it might not, nobody has decided. What should the URL answer in the meantime?`, R404U),
  w('404', 'security', `Anti-cheat investigation records live at /investigations/{id}, and we've seen authenticated players walking the id space sequentially. Players must not be able to learn whether an investigation exists, about them or anyone else. For a real id the player isn't allowed to see, what do we return?`, R404H),
  w('404', 'nonnative', `In our store one skin item was taken out temporary because of a bug with the texture, maybe we put it back next patch, maybe not, not decided. What code the item page must return in meantime? 410 is correct?`, R404U),
  w('404', 'sre', `mod cdn: GET /mods/7781/files/v3.2.zip getting hammered. that version was never uploaded, the author typo'd the version in the changelog link (real one is v3.1). assume 404 but double checking`, R404),
  w('404', 'api', `Our matchmaking API exposes /v2/queues/{queueId}. A client asks for a queue ID that's well-formed but isn't configured in any region and never has been. Auth is fine. Which response?`, R404),
  w('404', 'support', `A parent wrote in: their kid's profile was hidden after a moderation report and stays hidden while the review is pending. Other players visiting that profile URL must not be able to tell whether the profile still exists or was never there. What code should other players get?`, R404H),
  w('404', 'security', `Scrim servers: their admin endpoints are for the owning org's staff only, and even the server names leak a team's strategy. An authenticated player from a rival team requests /scrims/{name}/admin. Plain 403, or should the response pretend there's nothing there? We really must not reveal that it exists.`, R404H),
  w('404', 'nonnative', `Hello team, sorry for long message. Yesterday the cleanup job deleted some old season leaderboards from database by mistake (not on purpose!!). Backup restore is in progress, maybe tomorrow they are back. Now users request /leaderboards/season-3 and receive 500. My colleague says we use 410 because it is gone. I think this is not correct because it is not permanent and also not intentional. What we should return until restore is done?`, R404U),

  // ---- 410 ×6
  w('410', 'sre', `legacy v1 matchmaking endpoints decommissioned for good last patch, deprecation announced 6 months ago, never coming back. old clients still hitting /v1/mm/join. 404 or 410`, R410),
  w('410', 'api', `As part of a content cleanup we intentionally and permanently retired the 2019 season tournament pages. The content is deleted and there will be no redirect. What status should those URLs serve so search engines drop them faster?`, R410),
  w('410', 'support', `A modder asked why the link to his old mod now shows an error. He asked us to delete the mod permanently and we did; it's killed for good and won't be restored. What code should that link return?`, R410),
  w('410', 'security', `After the breach we shut down the old password-reset-by-security-question endpoint on purpose. It is gone permanently and will never be reintroduced. Scripts still calling it should get which status?`, R410),
  w('410', 'nonnative', `The limited event shop of Halloween 2021 is closed forever, we removed it by decision and it will never come back, all items are retired. What is the best code for the event shop URL?`, R410),
  w('410', 'support', `Customer keeps clicking a bookmark to the old forum-based clan pages. We migrated clans into the client two years ago and deliberately deleted the old clan pages; they are never coming back and there's no equivalent page to redirect to. Which status should those bookmarks hit?`, R410),

  // ---- knowledge ×15
  k('api', `Which response header must a 401 carry?`, /WWW-Authenticate/i, 'RFC 9110 §15.5.2: the server generating a 401 must send a WWW-Authenticate header field with at least one challenge'),
  k('support', `If a player gets 403 on the ranked queue, will logging out and logging back in fix it?`, /\b(no|not|won'?t|doesn'?t|never|cannot|can'?t)\b/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; re-authenticating does not change a 403'),
  k('security', `are we allowed to answer 404 instead of 403 to hide that a private resource exists`, /\b(yes|may|can|allowed|permitted|permissible|acceptable|fine)\b/i, 'RFC 9110 §15.5.4: a server that wishes to hide the existence of a forbidden resource may respond with 404'),
  k('api', `Which RFC defines the HTTP status codes today, and which older RFC did it replace for these semantics?`, /9110[\s\S]*7231|7231[\s\S]*9110/i, 'RFC 9110 (June 2022) obsoletes RFC 7231'),
  k('nonnative', `For bearer token that is expired, which error code RFC 6750 say to put in WWW-Authenticate?`, /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked, malformed or otherwise invalid tokens'),
  k('api', `In a bearer-token API, which RFC 6750 error code goes with a 403 when the token lacks a needed scope?`, /insufficient_scope/i, 'RFC 6750 §3.1: insufficient_scope → 403'),
  k('support', `Should we use 410 for a store page we might bring back later?`, /\bno\b|\bnot\b|\b404\b/i, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead of 410'),
  k('security', `What do search crawlers typically do differently with a 410 compared with a 404?`, /(410|gone)[\s\S]*(fast|quick|sooner|immediate|right away|permanent)|(fast|quick|sooner|immediate|right away|permanent)[\s\S]*(410|gone)/i, 'RFC 9110 §15.5.11: 410 marks permanent removal, so link maintenance and crawlers can remove references; crawlers typically delist 410s faster than 404s'),
  k('nonnative', `Is it required that 403 response have WWW-Authenticate header like 401?`, /\bno\b|\bnot\b|optional|doesn'?t|does not/i, 'RFC 9110 §15.5.2/§15.5.4: WWW-Authenticate is mandatory on 401 only; a 403 need not carry it'),
  k('security', `When a request arrives with no credentials at all, should the Bearer challenge on the 401 include an error code?`, /\b(no|not|without|omit|omitted|shouldn'?t|should not)\b/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server should not include an error code'),
  k('sre', `are 404s cacheable by default per the rfc`, /\byes\b|heuristic|\bare (heuristically )?cacheable|\bis (heuristically )?cacheable|cacheable by default/i, 'RFC 9110 §15.1/§15.5.5: 404 is heuristically cacheable by default'),
  k('sre', `does a 404 tell the client whether the thing is gone temporarily or for good`, /\b(no|not|doesn'?t|does not|neither|nothing)\b/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the condition is temporary or permanent'),
  k('nonnative', `What is the reason phrase of status 410 and what it mean?`, /\bgone\b/i, 'RFC 9110 §15.5.11: 410 Gone, the target resource is no longer available and this is likely permanent'),
  k('support', `Why is 401 called "Unauthorized" if it's really about the player not being logged in?`, /authenticat|credential|logged in|log in|sign(ed)? in/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; despite its name it is about authentication'),
];

export const UNSEEN39_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
