import { type Draft, type EvalQuestion, k, w } from '../questions';

/**
 * Issue #13's check, done once more: 50 questions (35 "which code?", 15 knowledge) written by an
 * independent writer who has not read the parser (src/domain/ask, src/domain/knowledge) nor any other
 * question set, in the voices the issue names. This set is held aside and scored once, at the end of
 * the session. Do not tune on it, and do not edit a question or a label to make it pass.
 *
 * One knowledge question the writer could not know was word for word in ./unseen ("When is it acceptable
 * to return 404 for a resource that actually exists?", answered right by every build) was taken out by the
 * lead: 49 remain (35 which-code, 14 knowledge).
 */

const R401 = 'RFC 9110 §15.5.2: no valid credentials → 401';
const R401T = 'RFC 6750 §3.1: invalid_token (expired, revoked, malformed) → 401';
const R403 = 'RFC 9110 §15.5.4: caller known, not allowed (role, scope, tenant, IP, plan), existence no secret → 403';
const R403S = 'RFC 6750 §3.1: insufficient_scope → 403';
const R404 = 'RFC 9110 §15.5.5: no current representation for the target (never existed, mistyped) → 404';
const R404H = 'RFC 9110 §15.5.4/§15.5.5: to hide existence from a caller not allowed to know it → 404';
const R404U = 'RFC 9110 §15.5.11: 410 only when removal is known to be permanent; until then → 404';
const R410 = 'RFC 9110 §15.5.11: intentionally removed and known to be permanent → 410';

const QUESTIONS: readonly Draft[] = [
  // on-call SREs, shorthand in the incident channel
  w('401', 'sre', 'user hit logout then retried /api/me w/ the old cookie, session is gone server side. what do we send back', R401),
  w('401', 'sre', 'svc calling the billing api w/ a token we revoked this morning, token still well formed just revoked. code pls', R401T),
  w('403', 'sre', 'new hire cant open the deploy dashboard, shes logged in fine but doesnt have the deployer role yet. dashboard isnt secret, everyone knows the url. which one', R403),
  w('403', 'sre', 'partner svc moved to a new egress ip thats not on our allowlist, their creds are valid and the endpoint is in the public docs. correct response?', R403),
  w('404', 'sre', 'someone keeps hitting /v2/ordrs (typo, real one is /v2/orders), nothing ever lived at that path. what should the gateway return', R404),
  w('404', 'sre', 'we dropped the legacy export bucket yesterday, not sure yet if thats permanent, might get restored next sprint. what do we return for it rn', R404U),
  w('410', 'sre', 'killed the old /beta/reports endpoint for good, on purpose, no replacement. want clients and crawlers to stop asking. what do we return', R410),
  k('sre', 'quick one, whats the actual diff btw 401 and 403', /authenticat|credential/i, R401),
  k('sre', 'do caches/cdn keep a 410 around if we dont send cache-control', /heuristic|cacheable|can be cached|may be cached|(can|may) (store|cache|reuse)/i, 'RFC 9110 §15.5.11: a 410 is heuristically cacheable by default'),
  k('sre', 'if someone gets a 403 will logging in again fix it or nah', /(won'?t|will not|doesn'?t|does not|not) (help|fix|change)|permission|role|scope|authori[sz]|admin/i, 'seed: re-authenticating will not change a 403; the permission must change'),

  // API designers
  w('401', 'api', 'A request arrives with no Authorization header at all on an endpoint that requires a bearer token. What should the response be?', R401),
  w('401', 'api', 'Our access tokens live for 15 minutes. If a client presents one that expired five minutes ago, what do we return so the client knows to refresh?', R401T),
  w('403', 'api', 'The token is valid but was issued with only the read:invoices scope, and the client calls POST /invoices, which needs write:invoices. The endpoint is publicly documented. Which response code?', R403S),
  w('403', 'api', 'Multi-tenant API: an authenticated user of tenant A requests /tenants/B/settings. Tenant ids are public in our URLs and we are fine acknowledging that tenant B exists; we just refuse. What should we return?', R403),
  w('404', 'api', 'An authenticated client asks for GET /users/98213, but there is no user with that id and there never was. What do we send?', R404),
  w('404', 'api', 'An authenticated client requests a draft document owned by someone else. Our policy is that drafts must not be discoverable: we do not even want to confirm the id is real. Right response?', R404H),
  w('410', 'api', 'We are retiring v1: after the sunset date every v1 endpoint is deliberately and permanently shut off, with no way back. What should v1 requests get after that date?', R410),
  k('api', 'Is RFC 7231 still the reference for status code semantics, or has something replaced it?', /9110/, 'RFC 9110 obsoletes RFC 7231'),
  k('api', 'Which header is a 401 response required to include?', /WWW-Authenticate/i, 'RFC 9110 §15.5.2: a 401 must send a WWW-Authenticate header'),
  k('api', 'The name "Unauthorized" for 401 confuses our team. What does it actually signal?', /authenticat|credential/i, R401),

  // support staff relaying customers
  w('401', 'support', "A customer's session expired overnight; this morning the app's API calls go out with that expired session cookie and fail. What should the server be returning to them?", R401),
  w('401', 'support', 'A customer pastes an API key into the header, but it has a typo, so it matches no key we ever issued. What is the correct code for that?', R401),
  w('403', 'support', 'A customer on the free plan is trying to open the SSO settings page, which is Enterprise only. They are signed in, and the page is listed on our pricing page. Which code should they get?', R403),
  w('403', 'support', "A customer's admin removed her from the Finance group, so she can no longer open the finance reports. She is still logged in and everybody knows those reports exist. What should she see?", R403),
  w('404', 'support', 'A customer clicked a link in an old newsletter to a blog post we unpublished last week. Marketing has not decided whether it comes back. What should the link return for now?', R404U),
  w('404', 'support', 'A customer swapped two digits of their order number in the tracking URL, and there is no order with that number. What should the page respond with?', R404),
  w('410', 'support', 'A customer closed their account and asked us to delete their public profile permanently. We did, on purpose, and it will never come back. What should the old profile URL return?', R410),
  k('support', 'A customer asks whether answering 410 instead of 404 makes search engines drop their deleted pages faster. What do we tell them?', /faster|sooner|quicker|more quickly|delist|de-?index|drop/i, 'seed: 410 helps crawlers delist faster'),
  k('support', 'What is a "soft 404", and why do SEO people complain about it?', /200/, 'seed: a soft 404 is a 200 with "not found" content; search engines index it'),
  k('support', 'A customer sees a 404 on a page. Does that mean it is gone for good?', /not (necessarily )?(permanent|for good|forever)|no guarantee|doesn'?t (mean|say|tell|guarantee|indicate)|does not (mean|say|tell|guarantee|indicate)|temporar|410/i, 'RFC 9110 §15.5.5: 404 does not say whether the condition is temporary or permanent'),

  // security reviewers
  w('401', 'security', 'Pen test finding: the API accepted JWTs whose signature fails verification. After the fix, what should a request with a bad signature get?', R401T),
  w('401', 'security', "An admin revoked all of a user's access and refresh tokens. What should that user's next API call with the revoked access token get?", R401T),
  w('403', 'security', 'A logged-in support agent requests /admin/audit-log, which requires the auditor role they lack. The route is documented in our public admin guide, so hiding it buys nothing. What should be returned?', R403),
  w('404', 'security', "User ids are treated as confidential: an authenticated customer probing /accounts/{id} for accounts that aren't theirs must not learn whether an id exists. What response do they get?", R404H),
  w('404', 'security', 'Private repositories must look exactly like repositories that do not exist to an authenticated caller without access. What should such a caller get when requesting one?', R404H),
  w('404', 'security', 'We pulled a leaked file from the CDN yesterday. Legal may need it restored, so it is not decided that it is gone for good. What should requests for it get?', R404U),
  w('410', 'security', 'The insecure endpoint /api/v0/legacy-login was removed on purpose after the audit, permanently; the changelog announces it and it is never coming back. What should calls to it return?', R410),
  k('security', 'Under RFC 6750, what HTTP status goes with error="insufficient_scope"?', /403/, R403S),
  k('security', 'Which RFC 6750 error code should WWW-Authenticate carry when the bearer token has expired?', /invalid[_ ]token/i, R401T),

  // English as a second language
  w('401', 'nonnative', 'hello, user make logout and after he use the same token again for call the api, token is not valid anymore after logout. which code we must to give?', R401),
  w('403', 'nonnative', 'Our api user is authenticate correct, but his role is only viewer and he try to delete project. Project is not secret, all team see it. What response is correct?', R403),
  w('403', 'nonnative', 'Client is login ok but he is from other company (other tenant) and try open invoice of our company. We dont care if he know this invoice exist, only must refuse. Which code please?', R403),
  w('404', 'nonnative', 'Please help, the file was delete by user yesterday but maybe he restore it from trash later, nobody know yet. What code to return when someone ask this file?', R404U),
  w('410', 'nonnative', 'We remove the old product page on purpose and forever, product is stop selling and page will never come back. What is correct code for this page now?', R410),
  w('410', 'nonnative', 'The campaign page was take down intentionally and it is permanently, we want google forget it quick. Which answer the server should give?', R410),
  w('410', 'nonnative', 'Our team decide to shut down public endpoint /v1/weather for always, is not temporary and no new version. What is right response code to send?', R410),
  k('nonnative', 'What client should do when it receive 403? Retry again?', /permission|admin|(not|n'?t|stop|no|never)\W+(\w+\W+){0,3}retr/i, 'seed: do not retry a 403 without a change in permissions; contact an administrator'),
  k('nonnative', 'What means 401 for the client, what he must do after?', /authenticat|log ?in|sign ?in|credential|token/i, R401),
  k('nonnative', 'Which is difference between 404 and 410?', /permanent|for good|forever|intentional/i, R410),
];

export const UNSEEN6_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
