import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Held-aside evaluation set 32, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a streaming music service — artist dashboards, the label partners' API, region licensing, removed tracks and takedowns, and family plans. */

const R401 = 'RFC 9110 §15.5.2: the request lacks valid authentication credentials for the target resource; the server must send WWW-Authenticate so the client can (re)authenticate.';
const R401T = 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is invalid_token, answered with 401.';
const R403 = 'RFC 9110 §15.5.4: the server understood the request but refuses to fulfil it; the caller is known and re-authenticating will not help.';
const R403S = 'RFC 6750 §3.1: insufficient_scope (the token lacks the privileges the request needs) is answered with 403.';
const R404 = 'RFC 9110 §15.5.5: the origin found no current representation for the target resource (never existed / wrong URL).';
const R404H = 'RFC 9110 §15.5.4 and §15.5.5: an origin that wants to hide the existence of a forbidden target resource may respond 404 instead of 403.';
const R404D = 'RFC 9110 §15.5.5 and §15.5.11: removal that is not known to be permanent is a 404; 410 is only for removal that is likely permanent.';
const R410 = 'RFC 9110 §15.5.11: access to the target resource is no longer available at the origin and the condition is likely permanent (intentional removal).';

const QUESTIONS: readonly Draft[] = [
  w('401', 'sre', 'label partner api calls all failing since 02:00 utc, their token expired at exactly that time, they keep sending Authorization: Bearer w/ the old token and our logs say "token expired". what code do we send back, mike wants 403 b/c "access denied"', R401T),
  w('401', 'api', 'artist dashboard endpoint GET /v2/artists/{id}/streams, request arrives with no Authorization header, no cookie, nothing at all. artist pages are public knowledge so we dont care if anon callers know the artist exists, we just need them to log in first. 401 or 403', R401),
  w('401', 'support', 'ticket from family plan member: she changed her password on web, now the tv app keeps erroring. we revoke all sessions on password change so the tvs session token is dead. what status should the api give the tv so it kicks her back to the login screen', R401T),
  w('401', 'security', 'pentest finding: label API returns 403 when the bearer jwt signature doesnt verify (they tampered the payload). the token is basically garbage, we cant tell who the caller is. report says wrong code, whats correct', R401T),
  w('401', 'nonnative', 'hello, partner client send request to royalty report api with basic auth but the password is the wrong one. the username is exist but password not match so he is not authenticated. which code we must return, 401 or 403? thx', R401),
  w('401', 'sre', 'after key rotation the stream-stats svc rejects every token signed w/ the old kid, so nobodys credentials verify, callers arent identified at all. bob says 403 b/c its "access denied" but i think its an auth failure, which one is right', R401T),
  w('401', 'api', 'on the playlist editor api we have `if (!req.headers.authorization) return res.status(403).json({ error: "login required" })` and the request in question has no credentials at all. is 403 right here or should it be something else', R401),
  w('401', 'support', 'listener opens a shared "followers only" playlist link in a browser where hes not logged in at all, the playlist title is already in the link preview so existence isnt a secret, we just need to know who he is before we can check if he follows. what code should that be', R401),
  w('401', 'nonnative', 'the track upload api for artist use header X-Api-Key, but the key the artist send is not exist in our database (maybe he copy it wrong), so we cannot know which artist it is. what status? my colleague tell 404 because key not found', R401),

  w('403', 'api', 'label partner token is valid and not expired, scopes are `catalog:read` only, they call POST /v1/releases to push a new album which needs `catalog:write`. what do we return', R403S),
  w('403', 'sre', 'family plan: the kid acct is logged in fine and tries PUT /account/plan/billing, only the plan manager can change billing. everyone in the family obviously knows the plan exists so nothing to hide. 403 or 404', R403),
  w('403', 'security', 'tenant isolation q: label A is authenticated and requests label Bs royalty statement by id. statement ids are sequential and documented, we dont care if label A knows a statement exists, we just want to refuse. code pls', R403),
  w('403', 'support', 'artist says login works but "edit bio" in the dashboard throws an error. checked: their team member role is viewer not editor. they tried logging out and in again, nothing changes obv. what should the api be sending', R403),
  w('403', 'sre', 'moved the ingest workers to a new ip range and the ip allowlist on the partner api now blocks them. creds are fine and valid, path is public in our docs, the requests just get refused b/c of the allowlist. what code for an allowlist block', R403),
  w('403', 'nonnative', 'user is login with premium, track is visible in his app with label "not available in your country" so he know it exist. it is not legal order or government, only our label deal not cover his country. he press play, which code for the stream endpoint?', R403),
  w('403', 'api', 'bob says 404 but hear me out: artist X is logged in, hits /artists/X/payouts/export, which only label admins may use. the export button is literally shown on her own dashboard so she knows the endpoint exists. what code', R403),
  w('403', 'security', 'internal /internal/takedowns endpoint reachable over vpn, engineer logged in via sso w/ a valid session but isnt in the takedown-ops group. path is in our public runbook so we dont mind it being known. which code', R403),
  w('403', 'support', 'free tier user logged in fine hits /v1/hifi/stream for lossless. endpoint exists and works for hifi subscribers, we know exactly who he is, he just isnt entitled on his plan. support thinks the api should say 401, is that right', R403),
  w('403', 'sre', 'label partner w/ valid oauth token incl `reports:read`, but the daily report endpoint also checks contract tier and theirs is "basic" which doesnt include daily reports. retrying wont help until sales upgrades them, and they know daily reports exist (its in the pricing page). code?', R403),

  w('404', 'security', 'unreleased album pages /albums/{id}: if a logged in listener guesses the id of an embargoed album before release day we must NOT leak that it exists (last time a leak = press drama). it is there in the db. what do we return', R404H),
  w('404', 'api', 'partner calls GET /v1/tracks/USRC17600O1 but typod the isrc (letter O instead of zero), theres no such track and never was. which code', R404),
  w('404', 'support', 'artist deleted a track from their dashboard this morning but deletion is soft, they can restore it within 30 days and we have no idea if they will. what should GET /tracks/{id} return right now, 410 or 404', R404D),
  w('404', 'security', 'user A (logged in) opens /playlists/{id} of user Bs private playlist. policy says private playlists must be indistinguishable from nonexistent ones so nobody can enumerate them. status?', R404H),
  w('404', 'nonnative', 'the label delete their album because distribution contract is end, but maybe they renew contract next month, nobody know yet. what code is for the album url now, 404 or 410?', R404D),
  w('404', 'api', 'snippet: `const artist = await db.artists.findBySlug(slug); if (!artist) return res.status(404).end()` — the slug is something that was never an artist, someone typed /artists/tayylor-swfit. is 404 fine or should it be 400', R404),
  w('404', 'support', 'listener says a share link to a song gives an error page. link is /track/8xkq... and i checked, that id never existed, the link got cut off when pasted into whatsapp. which code is correct for that', R404),
  w('404', 'security', 'family plan: someone outside the family with a valid login hits /family/{planId}/members. after last audit we dont want to confirm which plan ids are real (enumeration concern), and 403 would basically say "exists but no". what code', R404H),
  w('404', 'sre', 'copyright takedown came in and legal pulled the track, but the dispute isnt done, uploader can counter-notice and it may well be restored. not sure yet if its permanent. we are currently returning 410, correct?', R404D),
  w('404', 'api', 'label partner asks for /v1/labels/77/contracts/2031. contract 2031 exists but belongs to a different label, contract metadata is confidential, and our api docs promise that other labels records simply "do not exist" from your view. which code', R404H),

  w('410', 'sre', 'we permanently shut down the old v1 charts api on jan 1, announced for a year, it will never come back. what should /v1/charts return now for the stragglers still calling it', R410),
  w('410', 'api', 'takedown is final: court ruling done, label confirmed the master is permanently withdrawn, the track id will never be restored or reused. we want crawlers and partner caches to drop it fast. 404 or 410', R410),
  w('410', 'support', 'artist closed their artist acct and asked us to remove their profile page forever, gdpr erasure is done and irreversible, we are fine saying it was there. what should the public artist url return now, alice says 404', R410),
  w('410', 'nonnative', 'we remove the podcast feature completely from product, all /podcasts/* urls are removed on purpose and never coming back. the team say 404 is enough. which code is more correct?', R410),
  w('410', 'security', 'we deliberately retired the legacy family-invite links (/invite/legacy/{code}) after the abuse incident, they are dead for good and the new system uses different links. we are fine with people knowing they existed. code for those old urls', R410),
  w('410', 'sre', 'the "2019 wrapped" microsite was intentionally decommissioned, marketing confirmed it will never return, google still crawls it a ton and we want it delisted fast. current reply is 200 with "page not found" html lol. what should it be', R410),

  k('security', 'why would anyone return 404 for a resource that does exist and the caller just isnt allowed to see', /hid|conceal|(not|n't) (reveal|disclos|leak|confirm)|existence|enumerat/i, 'RFC 9110 §15.5.4: an origin that wishes to hide the existence of a forbidden resource may respond 404.'),
  k('sre', 'are 404s cacheable by default or only if we put cache-control on them, our cdn keeps serving stale 404s for new release pages', /heuristic|cacheable by default|cached by default|by default.{0,40}cach/i, 'RFC 9110 §15.5.5 and §15.1: 404 is heuristically cacheable unless indicated otherwise by the method definition or explicit cache controls.'),
  k('api', 'which rfc is the current one that defines 401 403 404 410, 7231 is obsolete right', /9110/, 'RFC 9110 (HTTP Semantics, 2022) obsoletes RFC 7231 and defines these status codes in §15.5.'),
  k('support', 'what does 410 tell a client that a plain 404 doesnt', /permanent/i, 'RFC 9110 §15.5.11: 410 says the resource is gone and the condition is likely permanent; 404 says nothing about permanence.'),
  k('security', 'partner bearer token expired, what error value goes in the WWW-Authenticate header per rfc 6750', /invalid_token/i, 'RFC 6750 §3.1: an expired token is invalid_token, sent with 401.'),
  k('api', 'request to token protected endpoint is missing a required param, token is fine. 400 or 401 per rfc 6750', /400|invalid_request/i, 'RFC 6750 §3.1: invalid_request (missing or malformed parameter) is answered with 400 Bad Request.'),
  k('sre', 'should our partner sdk auto retry on 403', /(no|not|n't)\b.{0,40}retry|retry.{0,40}(only|after|until|unless)|(won't|will not|wont) help/i, 'RFC 9110 §15.5.4 and the seed: a 403 will not change by repeating the request; retry only after permissions change.'),
  k('nonnative', 'what is "soft 404" and why it is bad for our artist pages in google', /200|OK status|success/i, 'Seed: a soft 404 returns 200 with "page not found" content, so search engines treat it as an indexed page.'),
  k('api', 'DELETE on our read only /tracks collection, should that be 405 or 403', /405/, 'RFC 9110 §15.5.6: 405 Method Not Allowed when the method is not supported by the target resource, with an Allow header.'),
  k('sre', 'label partner blew through their hourly request quota, do we send 403 or something else', /429/, 'RFC 6585 §4: 429 Too Many Requests is the status for rate limiting, optionally with Retry-After; 403 is for permission refusal.'),
  k('security', 'rfc 6750 insufficient_scope maps to which http status', /403/, 'RFC 6750 §3.1: insufficient_scope is answered with 403 Forbidden.'),
  k('support', 'artist got 403 on the dashboard, will logging out and back in fix it', /(no|not|n't)\b.{0,40}(help|fix|change|matter|work)|(won't|wont|will not)/i, 'RFC 9110 §15.5.4: if credentials were provided, the server considers them insufficient; re-authenticating will not help.'),
  k('api', 'if our edge proxy itself needs auth before forwarding, is that still 401', /407/, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required is the proxy counterpart of 401, with Proxy-Authenticate.'),
  k('nonnative', 'the 401 name is "Unauthorized" but really it mean unauthenticated, is it true?', /authenticat|credential/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials, despite the name.'),
];

export const UNSEEN32_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
