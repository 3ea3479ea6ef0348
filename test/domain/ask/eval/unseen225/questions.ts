import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 225, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a team chat product (workspaces, private channels, guests, archived channels, deleted messages, bot tokens). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials for the target resource; the response carries WWW-Authenticate.';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) -> 401.';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request but refuses to fulfill it; re-authenticating with the same credentials will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) -> 403.';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource.';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden target resource may respond 404 instead of 403.';
const R404U = 'RFC 9110 §15.5.11/§15.5.5: if the server does not know, or cannot determine, whether the condition is permanent, 404 should be used instead of 410.';
const R410 = 'RFC 9110 §15.5.11: 410 when access to the target resource is no longer available and this condition is likely to be permanent (intentional removal).';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "bot token got revoked by the workspace admin yesterday but the bot is still hammering chat.postMessage w/ it. oncall says 403 b/c its a bot thats not allowed anymore. what do we send back", R401T),
  w('401', 'api', "Our conversations.list endpoint requires authentication on every call, even when only public channels would be listed. A request arrives with no Authorization header and no session cookie at all. Which status should the API return?", R401),
  w('401', 'support', "Customer says their desktop app suddenly errors when opening #general. In the logs I can see their session token expired after our 30-day idle limit and the app keeps sending that expired token. The channel is public and they're a full member. What status should the server be giving them?", R401T),
  w('401', 'security', "Pen-test finding: the messages API takes a JWT, and when the signature is forged (the token doesn't verify) it responds 403 Forbidden. The tester says that's the wrong code. What should the endpoint respond with for a token whose signature fails validation?", R401T),
  w('401', 'nonnative', "Our integration send the bot token but it is cut off, only half of the string arrive, so server cannot parse the token. My colleague want to return 400 because it is malformed. Which code is the right one for this case?", R401T),
  w('401', 'sre', "guest acct got deactivated and deactivation kills all their sessions, so the session token is no longer valid. their mobile client keeps retrying w/ the dead token against a channel they used to be in. code pls", R401),
  w('401', 'api', "Our OAuth access tokens live for 12 hours. A client presents a token that expired 20 minutes ago when calling reactions.add on a message in a channel it otherwise has full access to; its refresh token is still good. What should the resource server return so the client knows it has to refresh?", R401T),
  w('401', 'support', "A user reset their password, which signs them out on every other device. Their tablet is still sending the old session cookie to fetch unread counts. They're a workspace admin with every permission. Should the server say forbidden, or something else? What status?", R401),
  w('401', 'security', "A request for a private channel's history carries an expired user token. The user behind it was never a member of that channel, and a teammate wants to answer 404 to hide the channel. But auth is checked before any channel lookup, every route gives the identical response for bad tokens whether the channel exists or not, and with the token expired we don't even know who is asking. What's the correct status?", R401T),

  // ---- 403 ----
  w('403', 'sre', "single-channel guest w/ valid session calls conversations.create. workspace setting says guests cant create channels, full stop, and nothing about the endpoint is secret. someone said 401 b/c its unauthorized lol. what do we send back", R403),
  w('403', 'api', "A bot token with scopes channels:read and users:read calls chat.postMessage, which requires chat:write. The token is valid and unexpired. Per RFC 6750, what status should the response carry?", R403S),
  w('403', 'support', "A regular member tried to delete a coworker's message in #random, a public channel everyone can see. Only admins and the message's author can delete messages. The member is logged in fine. What should the error status be?", R403),
  w('403', 'security', "A member calls conversations.unarchive on an archived public channel. Archived channels stay visible to everyone in the channel browser, and only workspace admins may unarchive. The member's token is valid. Is there any existence to hide here, and which code should we return?", R403),
  w('403', 'nonnative', "In our workspace the #announcements channel is only admins can post. A normal member, he is logged in correct, try to post there, and everybody can see this channel anyway. Which status we must answer?", R403),
  w('403', 'sre', "user is a member of private channel #inc-bridge so they obviously know it exists. tries to rename it but only channel managers can rename. token is fine. 404 or 403", R403),
  w('403', 'api', "The workspace export endpoint (admin.export) is publicly documented and restricted to workspace owners. A member with a valid token but only the plain member role calls it. What should the endpoint respond with?", R403),
  w('403', 'security', "Our enterprise workspace enforces an IP allowlist. An employee with a perfectly valid, unexpired token connects from home, outside the allowed ranges. Logging in again from the same IP won't change anything. A colleague proposes 401 so the client re-prompts for login. What is the right status?", R403),
  w('403', 'support', "A guest account is trying to open the full member directory. Guests aren't allowed to browse the directory, but it's no secret that the directory exists, it's described in our help center. The guest is properly signed in. What code should they get?", R403),
  w('403', 'nonnative', "User is admin of the workspace but not the primary owner. He call the delete-workspace API with his valid token. Only primary owner is permit to delete workspace, and login again will not help him. What is correct code for the response?", R403),

  // ---- 404 ----
  w('404', 'sre', "GET /api/channels/C0NOPE123 and that id was never issued, checked the id allocator and the db, nothing ever. caller is a full workspace member w/ valid token. what do we return", R404),
  w('404', 'support', "Customer typed acme-crop.chat.example (typo) instead of acme-corp. No workspace has ever been created under acme-crop. What status should that URL give back?", R404),
  w('404', 'nonnative', "Our bot call /api/chat.postMesage (the typo, one s is missing) with a good token. This endpoint never was existing in our API. What the server should reply?", R404),
  w('404', 'security', "A user with a valid token requests GET /conversations/G123/history for a private channel they aren't a member of. Product requirement: non-members must not be able to learn that a private channel exists. Which status code?", R404H),
  w('404', 'api', "Guests who follow a message permalink into a private channel they don't belong to must not be able to tell whether that message or channel exists. The guest is authenticated. What status should the permalink API return?", R404H),
  w('404', 'security', "Pen-test finding: for private channel IDs, authenticated non-members get 403, while random IDs get 404, so an attacker with any valid account can enumerate which private channels exist. How should the non-member case respond to close this?", R404H),
  w('404', 'sre', "member of workspace A w/ valid token is poking user ids that belong to workspace B. tenant rule is we never confirm anything in another workspace exists. code pls", R404H),
  w('404', 'support', "A user deleted one of their messages. We keep deleted messages in a 30-day trash where workspace admins can restore them. Someone hits that message's API URL during those 30 days. Gone, or not found? Which status?", R404U),
  w('404', 'sre', "channel got deleted by an admin this morning. legal hasnt decided yet if we restore it from backup or purge it for good. requests coming in w/ valid member tokens. 410 or something else", R404U),
  w('404', 'api', "When a workspace admin removes an uploaded file for moderation review, the file may be reinstated if the review clears it. During that period, what should GET /files/{id} return to the uploader, who otherwise has access to it?", R404U),

  // ---- 410 ----
  w('410', 'sre', "msg deleted by its author and we hard delete: no trash, no backups of msg bodies, its gone forever and we only keep a tombstone id. clients still fetch the permalink w/ valid tokens and they were in the channel. 404 or 410", R410),
  w('410', 'api', "A workspace owner deleted the workspace; the 14-day grace period has passed, all data has been purged, and the subdomain is retired and will never be reassigned. Requests still arrive at that workspace's API base URL. What status best communicates this?", R410),
  w('410', 'support', "A customer permanently deleted a file they had shared via a public link. The deletion is irreversible, the link will never work again, and they'd like search engines and anyone linking to it to drop the link. What should that public link return now?", R410),
  w('410', 'nonnative', "We retire the v1 of our messages API on purpose and forever, the v1 URLs will not come back and there is no redirect. Clients still are calling /v1/messages. Which code is best for say this?", R410),
  w('410', 'security', "Under a compliance purge a channel was deleted permanently and irrecoverably. Its existence isn't sensitive: it was a public channel and the deletion was announced to everyone. Former members still hit its URL with valid tokens. Any reason not to say it's gone? Which code?", R410),
  w('410', 'sre', "admin generated a compliance export then deleted it permanently per policy. download url will never work again, we know that for sure, and the requester is the same admin who made it. what do we send back", R410),

  // ---- knowledge ----
  k('nonnative', "When our API send a 401 to a bot, which header the response must include, according to the RFC?", /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST send a WWW-Authenticate header field containing at least one challenge'),
  k('sre', "is a 404 cacheable by default or do we need cache-control before the cdn can cache it", /heuristic\w*|(?<!not |n't |never )\bcach(e|ed|eable|able) by default/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('api', "If a client receives a 403 after sending credentials, what does RFC 9110 say about repeating the request with those same credentials?", /(should ?n[o']t|must not|not|never|don'?t|do not)\s+(automatically\s+|just\s+|simply\s+)?(repeat|retry|re-?send|re-?try|re-?submit)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('support', "Our developer docs cite RFC 7231 for status code definitions. Is that still the current spec, or has it been replaced?", /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('security', "Under RFC 6750, what error code goes in the WWW-Authenticate challenge when a bearer token is expired or revoked?", /invalid_token/i, 'RFC 6750 §3.1: invalid_token for expired, revoked, malformed or invalid tokens'),
  k('api', "RFC 6750 defines invalid_request for cases like a missing parameter or the token being sent by more than one method. What HTTP status does it specify for that error?", /\b400\b/, 'RFC 6750 §3.1: invalid_request SHOULD respond with 400'),
  k('support', "Once we start returning 410 for a permanently deleted channel, are we required to keep returning 410 for it forever?", /discretion|any (particular )?length of time|(not|no|isn'?t) (required|obligat\w*|necessary|need)|up to (the )?(server|owner|you)/i, 'RFC 9110 §15.5.11: not necessary to keep the mark for any length of time; left to the discretion of the server owner'),
  k('nonnative', "If we are not sure the deleted message is gone permanent, the RFC say we use 410 or which code instead?", /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used'),
  k('security', "According to RFC 9110, under what circumstance may an origin server answer 404 instead of 403?", /hid(e|ing)|conceal|(not|without) (to )?(reveal|disclos\w*|expos\w*|confirm\w*)|existence/i, 'RFC 9110 §15.5.4: a server wishing to hide the existence of a forbidden target resource may respond 404'),
  k('api', "What authentication scheme name does RFC 6750 use in the WWW-Authenticate challenge for OAuth access tokens?", /bearer/i, 'RFC 6750 §3: the Bearer scheme'),
  k('sre', "what is 410 actually meant for per the rfc, like whats the point of it vs just 404", /(remov|delet|drop|purg|clean)\w*[^.]{0,40}links?|links?[^.]{0,40}(remov|delet|drop|purg)|intentional/i, 'RFC 9110 §15.5.11: 410 assists web maintenance by telling recipients the resource is intentionally unavailable and that remote links should be removed'),
  k('support', "Does a 404 tell the client whether the thing is missing temporarily or for good?", /(does ?n[o']t|not|\bno\b|never|neither)[^.]{0,60}(temporar|permanen)|temporary or permanent|permanent or temporary/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
  k('security', "Per RFC 6750, when a request to a protected resource carries no authentication information at all, should the 401 challenge include an error code?", /(should ?n[o']t|not|\bno\b|omit\w*|without|leave out|exclude)\b[^.]{0,50}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code'),
  k('nonnative', "What is the code similar like 401 but for when a proxy is the one who need the authentication?", /\b407\b/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is similar to 401 but for proxies'),
];

export const UNSEEN225_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
