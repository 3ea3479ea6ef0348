import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 161, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a newsletter and publishing platform (writers, paid subscribers, drafts, unpublished posts, custom domains, banned authors). */

const R401 = 'RFC 9110 §15.5.2: 401 when the request lacks valid authentication credentials; the server MUST send WWW-Authenticate';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed or otherwise invalid access token) is answered with 401';
const R403 = 'RFC 9110 §15.5.4: 403 when the server understood the request but refuses it; supplied credentials are insufficient and re-authenticating will not help';
const R403S = 'RFC 6750 §3.1: insufficient_scope (token valid but lacks the required scope) is answered with 403';
const R404 = 'RFC 9110 §15.5.5: 404 when the origin server did not find a current representation for the target resource';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: a server that wishes to hide the existence of a forbidden resource MAY answer 404 instead of 403';
const R404U = 'RFC 9110 §15.5.5/§15.5.11: if the server does not know whether the removal is permanent, 404 ought to be used rather than 410';
const R410 = 'RFC 9110 §15.5.11: 410 when the resource was intentionally removed and the condition is known to be permanent';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', "GET /api/v2/me/subscriptions coming in w/o any auth header or session cookie at all, endpoint is login-only. what do we send back", R401),
  w('401', 'api', "A subscriber's JWT access token expired ten minutes ago; the signature is fine and we know exactly which user it belongs to. A colleague argues for 403 because 'we know who they are'. Under RFC 6750, what status should the paid-posts API return so the client knows to refresh?", R401T),
  w('401', 'support', "Customer says her tablet app keeps failing since she changed her password this morning. Looking at logs, the app is still sending the old session token, which we revoked when the password changed. She is a paying subscriber in good standing. What status should the server be giving that tablet?", R401T),
  w('401', 'security', "Pen-test finding: a writer's API key leaked, we revoked it, and the attacker keeps replaying it against /drafts. Our API currently answers 403 'key revoked'. The tester says that is the wrong class of error. What should a revoked key get?", R401T),
  w('401', 'nonnative', "The bearer token for publish endpoint is malformed, the signature is not verify at all. Now we return 403 to this. Is correct or which code we must to send?", R401T),
  w('401', 'sre', "custom domain admin api uses basic auth, caller sent the right username but wrong password. not a perms thing, creds are just bad. code pls", R401),
  w('401', 'api', "GET /posts/{id}/body returns the full text of a paid post and requires authentication. The post itself is publicly listed in the archive with title and teaser, so its existence is no secret. If a request arrives with no Authorization header whatsoever, which response is correct?", R401),
  w('401', 'support', "A reader clicked a magic sign-in link from an email that is three days old; those links expire after 15 minutes, so we cannot tell who they are. They then hit their account settings page. What should the settings endpoint respond with - not a 403, right?", R401),
  w('401', 'nonnative', "Someone call our subscriber API with a bearer token that is issued by other company, our auth server do not recognize it at all. We cannot know who is the user. Which response code is right for this?", R401T),

  // ---- 403 ----
  w('403', 'sre', "free tier reader logged in fine, token valid, requests full text of a paid-only post. post is public in the archive w/ title + teaser so nothing to hide. we dont use 402. what do we send back", R403),
  w('403', 'api', "An authenticated user with the 'editor' role on a publication tries to change the publication's custom domain, an action limited to the 'owner' role. Their token is valid and unexpired, and the publication's settings page is visible to editors anyway. Which status code fits?", R403),
  w('403', 'support', "An author was banned from publishing last week - their public profile even shows 'suspended'. They can still log in normally and are now trying to publish a new post, getting an error. Which status code should that publish request return?", R403),
  w('403', 'security', "OAuth token is valid and not expired but only carries scope posts:read; the client calls POST /posts which needs posts:write. Someone on the team wants 401 so the client 'logs in again'. What is the correct response under RFC 6750?", R403S),
  w('403', 'nonnative', "The user is login correctly with valid session, but his IP address is in the block list for the admin panel of newsletter. He is not hidden from anything, he know the panel exist. What status we should reply?", R403),
  w('403', 'sre', "co-author on a shared pub tries DELETE on a post another writer published. co-authors can read it fine, just cant delete others posts. someone said 404 but they can already see it lol. which one", R403),
  w('403', 'api', "Contributors may edit drafts but not posts that are already published. A contributor with a valid session sends PATCH to a published post they can read publicly. Re-authenticating would not change anything. What should the API respond?", R403),
  w('403', 'support', "A writer's trial ended, they are still logged in on the free plan, and they are trying to connect a custom domain, which is a paid-plan feature. The settings page clearly shows the feature exists. What error code is appropriate when they submit the form?", R403),
  w('403', 'security', "An admin with a fresh, MFA-verified session tries to export the full subscriber email list. Export is restricted to the publication owner. Admins know the export exists (the button is visible, just greyed). Nothing needs concealing here - which code should the export endpoint return?", R403),
  w('403', 'nonnative', "Subscriber is logged in and try to comment on a post, but the writer allowed comments only for paid members and he is free member. The post is public, everybody can read. Which HTTP code for the comment request?", R403),

  // ---- 404 ----
  w('404', 'sre', "bunch of hits on /p/how-to-grow-your-newsltter, typo in a link someone tweeted. slug never existed on any pub. code pls", R404),
  w('404', 'nonnative', "Request come to our platform for a custom domain that was never registered by any newsletter on our side, no record ever. What code we answer?", R404),
  w('404', 'api', "A client requests GET /subscribers/{uuid} with a random UUID that is not in our database and never has been. The caller is authenticated and has permission to read subscribers of that publication. What should we return?", R404),
  w('404', 'security', "Writer B, properly logged in, guesses the URL of writer A's unpublished draft. Drafts are private and our policy is that nobody else should be able to confirm a draft exists. A teammate suggests 403 since B is authenticated. What should we send?", R404H),
  w('404', 'security', "Invite-only publications must not be discoverable: we do not want outsiders to learn that a private pub even exists. A logged-in non-member requests a post URL from one. A 403 would leak existence. Which status?", R404H),
  w('404', 'sre', "logged-in user hitting another customers scheduled post via the secret preview id. preview ids are supposed to be unguessable + we must not confirm they exist to anyone but the author. what do we send back", R404H),
  w('404', 'api', "A writer unpublished a post and moved it back to drafts; they may republish it at any time. A public reader requests the old URL. It is not permanently gone, and drafts are not public. What status code should the reader get?", R404U),
  w('404', 'support', "A writer deleted a post this morning, but deleted posts sit in trash for 30 days and can be restored. A reader emailed that the link is broken. My colleague wants to return 410 Gone. What is actually right while it can still come back?", R404U),
  w('404', 'nonnative', "Our moderation team take down a post but the author made appeal, maybe the post will be restored, we don't know yet. For readers that open this post, which code is correct, 410 or other?", R404U),
  w('404', 'support', "A customer took their whole newsletter offline while they decide whether to shut it down for good or relaunch it next month - they have not decided. Readers still open links to its posts. Which status should those requests get in the meantime?", R404U),

  // ---- 410 ----
  w('410', 'sre', "writer permanently deleted their whole newsletter, purge finished, slug retired + will never be reused. we want crawlers to drop the links asap. code pls", R410),
  w('410', 'api', "Our limited-time Black Friday subscription offer page (/offers/bf-2023) has ended and the marketing team has permanently retired it; it will never return. Which status should the URL serve going forward?", R410),
  w('410', 'support', "An author left the platform and asked for full account deletion under GDPR. The deletion is done and irreversible. Readers still click links to their old posts. There is no secret about the author having been here. What status should those URLs return?", R410),
  w('410', 'nonnative', "We shut down forever the old v1 newsletter export endpoint, the decision is final and it will not come back. Clients still calling it. Which status code we give, I think not 404?", R410),
  w('410', 'security', "A banned author's posts were purged after their final appeal was rejected; the removal is permanent and our transparency policy is to openly state the content was removed, so there is no existence to hide. What should requests for those post URLs get?", R410),
  w('410', 'sre', "post hard-deleted after the 30 day trash window, no restore possible, slug tombstoned for good. teammate says plain 404 is fine but we know its permanent. which one is correct", R410),

  // ---- knowledge ----
  k('sre', "what header has to be on a 401 again, paywall api is sending bare 401s w/ just a json body", /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field with at least one challenge'),
  k('api', "Is a 404 for a deleted post cacheable by default under RFC 9110, or does a CDN need explicit freshness information before it may store it?", /(?<!not )(?<!n't )(heuristically cacheable|cacheable by default)/i, 'RFC 9110 §15.5.5: a 404 response is heuristically cacheable unless otherwise indicated'),
  k('support', "A writer gets a 403 on the analytics page and keeps logging out and back in with the same account. Does re-authenticating ever fix a 403, according to the HTTP spec?", /same credentials|(different|other|new) (credentials|account)|(won'?t|will not|does ?n[o']t|would ?n[o']t) help/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials; it MAY repeat it with new or different credentials'),
  k('nonnative', "Which RFC is the current one for HTTP status codes? My team still cite RFC 7231 in the docs of newsletter API.", /9110/, 'RFC 9110 (2022) obsoletes RFC 7231 and defines HTTP semantics including status codes'),
  k('security', "for an expired oauth bearer token what error value does RFC 6750 want in the WWW-Authenticate challenge", /invalid_token/i, 'RFC 6750 §3.1: invalid_token is used for expired, revoked or malformed tokens (401)'),
  k('sre', "insufficient_scope in rfc 6750 maps to which status, 401 or 403", /403/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with 403'),
  k('api', "Which HTTP status does RFC 6750 pair with the invalid_request error code, e.g. when a client sends the subscriber token both in the header and in the query string?", /\b400\b|bad request/i, 'RFC 6750 §3.1: invalid_request SHOULD be answered with 400 (Bad Request)'),
  k('support', "A customer deleted their newsletter for good and we return 410 now. Are we required to keep sending 410 for those URLs forever, or for some minimum period?", /discretion|(not|no) (required|necessary|obligat\w*|mandat\w*)|no (fixed|required|minimum|set|specific) (period|duration|time|length)|any length of time|up to (you|the (server|site) owner)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the server owner'),
  k('security', "RFC 9110 lets a server answer 404 where 403 would otherwise apply. Under what condition exactly?", /hid(e|ing)|conceal|(not willing|unwilling) to disclose|not (to )?(disclose|reveal)/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404'),
  k('nonnative', "If we are not sure the deleted post is gone forever, which one is right by the RFC: 404 or 410?", /\b404\b/, 'RFC 9110 §15.5.11: if the server does not know or cannot determine whether the condition is permanent, 404 ought to be used'),
  k('api', "Which status code and which challenge header does RFC 9110 define for a proxy that requires authentication, as opposed to an origin server's 401?", /407|proxy-authenticate/i, 'RFC 9110 §15.5.8: 407 Proxy Authentication Required with a Proxy-Authenticate header'),
  k('security', "If a reader calls the paywall API with no token at all, should our Bearer challenge still include error=\"invalid_token\"?", /should ?n[o']t|(no|omit\w*|without( an| any)?) error|not (include|send|add)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the resource server SHOULD NOT include an error code'),
  k('sre', "what is 410 actually for per the rfc, seo folks keep asking why we bother vs 404", /remov\w* (the |any |those |their )?(remote |inbound |external )?links|links? (\w+ )?(be )?remov|intentionally (unavailable|removed)|delist/i, 'RFC 9110 §15.5.11: 410 tells recipients the resource is intentionally unavailable and the owners want remote links to it removed'),
  k('api', "What authentication scheme name should appear in the WWW-Authenticate header when our subscriber API rejects an OAuth 2.0 access token?", /bearer/i, 'RFC 6750 §3: the resource server uses the Bearer authentication scheme in WWW-Authenticate'),
  k('nonnative', "404 mean the post is deleted forever or only for now? What the RFC say about this?", /(does ?n[o']t|not|no|never) (\w+ )?(indicate|say|tell|specify|distinguish|imply|signal|state)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent'),
];

export const UNSEEN161_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
