import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 81, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a newsletter and podcast publishing platform (paid subscribers, guest drafts, embargoed episodes, legal takedowns, per-show RSS tokens, admin-only analytics, comments API sunset). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the response must carry WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid) → 401; RFC 9110 §15.5.2';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request but refuses to fulfil it; the caller is known and credentials will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) → 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server has no current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: an origin server that wishes to hide the existence of a forbidden resource may respond 404 instead of 403';
const R404U = 'RFC 9110 §15.5.11: if the server does not know, or cannot determine, whether the removal is permanent, 404 ought to be used instead of 410';
const R410 = 'RFC 9110 §15.5.11: 410 when access is no longer available at the origin and the condition is likely permanent (intentional removal)';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'podcast rss api, show is listed publicly in the directory but the feed endpoint needs the per-show token. getting requests w/ no Authorization header and no ?token param at all. code pls', R401),
  w('401', 'api', 'A show owner rotated their per-show RSS token yesterday, which revokes the old token immediately. Podcast apps still poll the feed with the old token. Should the feed endpoint respond with 403 because we know which show they want, or with something else? The old token is simply no longer valid.', R401T),
  w('401', 'support', 'Customer says the mobile app errors out when she opens a paid post she does pay for. Logs show the API call carried an access token that expired 3 hours ago; her subscription itself is active and fine. What status should the API have returned so the app knows to refresh the token?', R401T),
  w('401', 'security', 'Pen-test finding: the publication analytics endpoint accepted a JWT whose exp was in the past. After the fix, what should that endpoint return for an expired JWT? A dev suggested 403 "because analytics is admin-only anyway", but the token in the test belonged to an actual admin of that publication.', R401T),
  w('401', 'nonnative', 'Guest contributor is invited for real and the draft is his, but the draft-access token in his link is not verify anymore — signature is wrong, his email client broke the link. So we cannot know who is this person from the token. Which status we must to return for this request?', R401T),
  w('401', 'sre', 'comments api v2 (the new one, not the sunset v1) - some integration keeps sending an X-Api-Key that an admin deleted last week. oncall teammate wants 403, i dont think thats right. what should it be', R401),
  w('401', 'api', 'When a reader deletes their account we revoke all of their OAuth tokens. If a third-party reader app then calls GET /posts/{id} on a paid post using one of those revoked bearer tokens, what should the resource server answer, following RFC 6750?', R401T),
  w('401', 'support', "A writer hit \"log out everywhere\" after losing her laptop. The studio app on the laptop then tried to fetch her own embargoed episode with the old, now-revoked session token. I'm not asking about the embargo — she owns the show — just what the API should return for that request.", R401T),
  w('401', 'sre', 'GET /pubs/{id}/analytics w/ no auth header at all, plain curl. only admins can see analytics so someone said 403 — is that right or should it be different', R401),

  // ---- 403 ----
  w('403', 'api', 'A logged-in reader on a free subscription requests a paid-only post. The post title and teaser are shown publicly in the archive, so its existence is no secret, and their bearer token is valid. Which response code best fits the refusal?', R403),
  w('403', 'sre', 'guest contributor w/ draft access tries POST /drafts/{id}/publish on his own draft. valid session, draft is his, but only editors can publish. what do we return', R403),
  w('403', 'support', 'One of our writers made her co-writer an "editor", not an "admin". The co-writer logs in fine but the analytics tab gives an error. Analytics are admin-only; the publication is public and it is no secret that it has stats. What code should that request get?', R403),
  w('403', 'security', 'A per-show RSS token is valid but scoped feed:read only; the holder used it to call POST /shows/{id}/episodes to upload audio. Per RFC 6750, what status should the response carry?', R403S),
  w('403', 'nonnative', 'A paid subscriber is logged in and try to delete the comment of other reader under a post. He is not moderator. The comment is public, everybody can see it. What code is correct for this refuse?', R403),
  w('403', 'sre', 'writer acct suspended by trust&safety, token still valid (we dont revoke on suspension), tries to publish a new post. they know theyre suspended, nothing to hide. code?', R403),
  w('403', 'security', "Tenant isolation check: an admin of publication A requests /pubs/B/analytics. Both publications are public and the review concluded nothing about B needs hiding — B's analytics obviously exist. A colleague wants 404 anyway. Your verdict?", R403),
  w('403', 'support', 'An editor removed a guest contributor\'s draft access yesterday. The guest is still logged in with a valid session and tries to open the draft she herself wrote, so she obviously knows it exists. What should she get back?', R403),
  w('403', 'api', 'An episode has been announced publicly with its title and a "releases Friday 09:00 UTC" badge, so its existence is public. Before the release time, an authenticated paying subscriber requests the audio URL. The embargo is a deliberate refusal, not a missing resource. Which status should we respond with?', R403),
  w('403', 'sre', 'comments api v2, token is valid but role is read-only, client does PUT /comments/123 to edit. 401 or 403 or what', R403),

  // ---- 404 ----
  w('404', 'support', 'A reader emailed: she clicked a link to /p/how-i-quit-my-job on a publication and got an error. We checked and that slug never existed on that publication — probably a typo in a tweet. What should the page have returned?', R404),
  w('404', 'sre', 'rss api GET /shows/99999999/feed.xml — auth is fine, but that show id was never created, no such show ever. code', R404),
  w('404', 'api', 'A guest contributor with a valid token requests /drafts/{id} with an id that has never been assigned to any draft. Should this be 403 because guests have limited access, or is there a better fit?', R404),
  w('404', 'security', 'Enumeration concern: a logged-in subscriber can request /drafts/{id} with sequential IDs. Unpublished drafts of other writers must not be revealed to anyone outside the publication team. Right now we send 403 for other people\'s drafts and 404 for unused IDs. What should other people\'s drafts return?', R404H),
  w('404', 'nonnative', 'Our embargoed episode is secret, not announced anywhere. Some listener is logged in and guess the episode GUID in the API. We don\'t want that he knows the episode exist before the release. Which code to send?', R404H),
  w('404', 'security', 'Private, invite-only publication whose name is confidential. An outsider with a valid account requests /pubs/{slug}/analytics. Requirement: we must not confirm that the publication exists at all. Status code?', R404H),
  w('404', 'sre', 'pentest finding: /pubs/{id}/subscribers gives 403 for private pubs you dont belong to and 404 for nonexistent ids, so you can enumerate which private pubs exist. fix is to make them look the same. which code should both return', R404H),
  w('404', 'api', 'A writer unpublished a post: it is back in drafts and she may well republish it next week. What should the public URL return to readers, logged in or not, in the meantime? Someone proposed 410 so crawlers drop it.', R404U),
  w('404', 'support', 'A post got a legal complaint, so we took it down pending review by counsel. It could be restored if the complaint is rejected, or removed for good — nobody knows yet. What should visitors get?', R404U),
  w('404', 'sre', 'writer deleted a post, its in the 30-day trash & she can restore it anytime. public url returns what while its in trash, 410 or?', R404U),

  // ---- 410 ----
  w('410', 'api', 'Following a final court order on a defamation complaint, we permanently removed a post. Legal confirms it will never be restored and the slug is retired. What should requests for its URL receive?', R410),
  w('410', 'sre', 'old comments api v1 got sunset on the 1st, endpoints removed for good, no plan to bring back, everyone told to move to v2. calls still coming in w/ valid keys. teammate says 404. what should v1 send back', R410),
  w('410', 'support', 'A writer permanently deleted her post: she emptied the trash, it cannot be recovered, and we never reuse slugs. Her readers still click old links to it. What status fits best?', R410),
  w('410', 'nonnative', 'Podcaster delete his show forever and ask us that podcast apps remove the feed from their directory. It was a public feed, no token needed, and the feed URL will never come back. Which status the feed URL should give?', R410),
  w('410', 'security', 'A publication closed permanently; the owner purged everything and we decided its URLs are retired forever. It was a public publication, so there is nothing to hide about it having existed. Someone argues 404 "to avoid leaking info". What should its posts return?', R410),
  w('410', 'api', 'An episode was removed after a copyright takedown; the dispute is settled, the audio is deleted permanently, and we want aggregators to delist it. Which response code should its episode URL give?', R410),

  // ---- knowledge ----
  k('sre', 'what header has to be on a 401 again, pod feed api', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field'),
  k('api', 'Is a 404 response cacheable by default under RFC 9110 (i.e. without explicit Cache-Control), or must caches never store it?', /heuristic(ally)?[\s-]*cach|cacheable by default|by default[^.]{0,40}cacheable|default[^.]{0,30}cacheable/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable by default'),
  k('support', 'A reader keeps getting a 403 on a paid post and asks whether logging out and back in will fix it. What does the HTTP spec say about re-authenticating after a 403?', /(won['’]?t|will not|wouldn['’]?t|would not|doesn['’]?t|does not|not going to)\s+(help|fix|change|make)|(should|SHOULD)\s+not\s+(automatically\s+)?repeat|not\s+(automatically\s+)?(repeat|retry)[^.]{0,30}same credentials|no (use|point)/i, 'RFC 9110 §15.5.4: the server considers the credentials insufficient; the client SHOULD NOT automatically repeat the request with the same credentials'),
  k('nonnative', 'Which RFC is the current one for the HTTP status codes semantic? My old doc say RFC 7231, it is still valid?', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231'),
  k('api', 'In RFC 6750, which HTTP status code goes with the invalid_token error code?', /401/, 'RFC 6750 §3.1: invalid_token SHOULD respond with 401'),
  k('security', 'rfc 6750 insufficient_scope -> which status', /403/, 'RFC 6750 §3.1: insufficient_scope SHOULD respond with 403'),
  k('sre', 'rss client sends the access token in both the query string and the Authorization header. per rfc 6750 what status does that get', /400/, 'RFC 6750 §3.1: using more than one method to include the token is invalid_request → 400'),
  k('api', 'For how long are we required to keep returning 410 for a permanently removed episode before we may switch to 404 or reuse the URL?', /no (fixed|set|specific|required|minimum|mandated|particular)|not (required|necessary|mandated|specified)|discretion|up to (you|the (server|owner|site|publisher))|any particular (length|period)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or keep the mark for any length of time; that is left to the server owner'),
  k('security', 'Under RFC 9110, when is it acceptable to return 404 for a resource that exists but that the caller is forbidden from accessing?', /hid(e|es|ing|den)|conceal|(not|avoid|without)\s+(reveal|disclos|leak|confirm)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond 404 instead'),
  k('support', 'legal took down a post but might restore it later. spec-wise can we use 410 if we are not sure its permanent', /404/, 'RFC 9110 §15.5.11: if the server does not know whether the condition is permanent, 404 ought to be used instead'),
  k('api', 'What is the primary purpose of 410 Gone according to RFC 9110 — what does it signal the server owner wants done with links to the resource?', /remov(e|ed|al)|delist|delet(e|ed)[^.]{0,20}link|drop[^.]{0,20}link/i, 'RFC 9110 §15.5.11: 410 tells the recipient the resource is intentionally unavailable and the owners desire that remote links to it be removed'),
  k('security', 'Per RFC 6750, when a request to our podcast API carries no credentials at all, should the WWW-Authenticate: Bearer challenge include an error code such as invalid_token?', /\b(no|not|shouldn['’]?t|omit(ted)?|without|leave out)\b[^.]{0,40}error/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code or other error information'),
  k('nonnative', 'Our podcast CDN have a proxy that need authentication by itself. What is the proxy version of the 401 status?', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is the proxy analogue of 401, with Proxy-Authenticate'),
  k('api', 'Which RFC defines how OAuth 2.0 bearer tokens are sent to a resource server and the error codes used in the WWW-Authenticate: Bearer challenge?', /6750/, 'RFC 6750: OAuth 2.0 Bearer Token Usage'),
  k('sre', 'does a 404 tell clients if the post is gone temporarily or permanently', /(doesn['’]?t|does not|don['’]?t|do not|not|no|never)\b[^.]{0,40}(indicate|say|tell|specify|distinguish|imply|signal|convey)|neither|either (temporary|permanent)|could be (either|temporary or permanent)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN81_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
