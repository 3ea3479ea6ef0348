import { type Draft, type EvalQuestion, k, w } from '../questions';

/** Evaluation set 388, written by a blind writer who never read the parser, its tests, or any other question set. Angle: a feature-flag and experimentation SaaS (environments, SDK keys vs admin tokens, flags archived vs deleted, projects of other teams, audit logs), argued between platform engineers in short messages. */

const R401 = 'No valid credentials (missing, expired, revoked, rotated, malformed, bad signature or unknown key): RFC 9110 §15.5.2 401 with WWW-Authenticate; RFC 6750 §3.1 invalid_token.';
const R403 = 'Caller is authenticated and identified but not permitted (role, plan, allowlist, suspension); re-authenticating will not help: RFC 9110 §15.5.4 403.';
const R403S = 'Valid bearer token lacking the required scope: RFC 6750 §3.1 insufficient_scope is answered with 403 (RFC 9110 §15.5.4).';
const R404 = 'No current representation for the target; it never existed / wrong id: RFC 9110 §15.5.5 404.';
const R404H = 'Server wishes to hide the existence of a target the caller may not access: RFC 9110 §15.5.4 allows 404 instead of 403 (§15.5.5).';
const R404U = 'Removed but not known to be permanent (restorable or undecided): RFC 9110 §15.5.5 404; 410 only when the removal is known to be permanent (§15.5.11).';
const R410 = 'Intentionally removed and known to be permanently gone: RFC 9110 §15.5.11 410.';

const QUESTIONS: readonly Draft[] = [
  // ---- 401 ----
  w('401', 'sre', 'sdk key for the prod env got rotated last nite, old android build still sends the old key to /sdk/evaluate. that key is dead now. code pls', R401),
  w('401', 'api', 'GET /api/v2/projects with no Authorization header at all, no token no cookie nothing. what do we send back', R401),
  w('401', 'support', 'Ticket from ACME: their terraform provider started failing on every flag update this morning. I checked and the personal access token they configured expired yesterday at midnight, they havent created a new one yet. Which status should the admin API be returning for those calls?', R401),
  w('401', 'security', 'finding: audit-log export endpoint answers 403 when the bearer jwt signature doesnt verify (token was tampered with). we think thats wrong, what should it be', R401),
  w('401', 'nonnative', 'user was logged out of dashboard because the session is expired, but the page still make api call to load the flag list with the old session cookie. which code we return for this?', R401),
  w('401', 'sre', 'admin token got revoked when the engineer left the team, CI job still uses it to flip flags in staging. someone says 403, thoughts', R401),
  w('401', 'api', 'Authorization header is literally "Bearer" followed by garbage that isnt even a token format we issue, cant parse it. correct response?', R401),
  w('401', 'support', 'customer pasted a client-side sdk key w/ a typo, it doesnt match any key we ever issued for any environment, so the sdk gets rejected. is 404 right here b/c the key isnt found, or something else', R401),

  // ---- 403 ----
  w('403', 'security', 'admin token w/ scope flags:read only tries PATCH on a flags targeting rules. token is valid, just not enough scope. status?', R403S),
  w('403', 'nonnative', 'our customer is on free plan and try to create an experiment, experiments are only in the paid plan. he is logged in correct with valid token. what we should answer?', R403),
  w('403', 'sre', 'viewer role on project checkout-web tries to toggle a flag in the production env, needs writer. logged in fine, env is visible to them. is 403 right here', R403),
  w('403', 'api', 'org turned on ip allowlist for the admin api. valid token, known user, but the call comes from an ip not on the list. which one', R403),
  w('403', 'support', 'Customer says they logged out and back in three times and still cant change the rollout percentage in production. Their login is fine and the token is valid, the org admin just never gave their role write access to the production environment. Everyone in the org can see that environment exists. What code should they be getting?', R403),
  w('403', 'security', 'acct suspended by trust & safety for abuse. the tokens still validate and we know exactly who it is, we just block them from everything. code?', R403),
  w('403', 'nonnative', 'developer from team A want to delete a flag in project of team B. inside our org all projects are visible for every member, names are not secret, but only team B owners can delete flags there. which status code is correct?', R403),
  w('403', 'sre', 'audit log export needs org-owner role. engineer w/ writer role hits /audit-logs/export, authenticated fine. every org has an audit log so nothing to hide. code pls', R403),
  w('403', 'api', 'service account token is valid but its scope only covers project "payments"; it calls the experiments endpoint of project "search", which is listed openly to everyone in the org. insufficient scope. what should the api return', R403S),

  // ---- 404 ----
  w('404', 'support', 'Customer reports their SDK gets an error fetching flag "new-chekout-flow". Looked into it: its a typo, the flag in that project is "new-checkout-flow", nothing with the misspelled key has ever existed. What should GET /flags/new-chekout-flow return?', R404),
  w('404', 'security', 'other teams projects are confidential here, even the project ids. a dev from team A calls GET /projects/prj_7f3a which is team Bs private project. we must not confirm it exists. what do we return', R404H),
  w('404', 'nonnative', 'client ask for environment "staging2" in project web-app, but this environment was never created. not deleted, it never exist. which code please', R404),
  w('404', 'sre', 'cross-tenant req: org X token asks for a flag in org Y. flag keys leak unreleased features so we dont want to reveal whether the key exists at all. status?', R404H),
  w('404', 'api', 'experiment id exp_00000 in the url, wrong id, no experiment with that id ever existed in our system. someone says 410, thoughts', R404),
  w('404', 'support', 'A customer archived the flag "dark-mode" last week. In our product archived flags disappear from the API until someone unarchives them, and any admin can restore them at any time. Their old script still calls GET /flags/dark-mode. They might restore it, nobody has decided. What should the API send back meanwhile?', R404U),
  w('404', 'security', 'finding: /orgs/{id}/audit-logs for an org the caller doesnt belong to returns 403, which confirms that the org id is real. org ids are supposed to stay confidential. what should it return', R404H),
  w('404', 'nonnative', 'environment "qa" was deleted but it stays in trash 30 days and can be restored, team is not sure yet if they restore it or not. api calls for this env, what we return?', R404U),
  w('404', 'sre', 'GET /projects/prj_doesnotexist/flags, that id was never created, just a bad id from a copy paste. what should the gateway return', R404),
  w('404', 'api', 'stealth project for an unannounced launch, only members of the launch team may even know it exists. an authenticated non-member requests its flag list. 403 or something else', R404H),
  w('404', 'support', 'We took the "legacy-pricing" experiment offline during a data migration. Engineering says it may come back after the migration or it may be dropped, not decided yet. Customers are hitting its results page, what status should they see?', R404U),

  // ---- 410 ----
  w('410', 'security', 'flag "promo-2023" was hard-deleted on purpose (not archived), purged from the db, key will never be reused. old server sdks still ask for it. code?', R410),
  w('410', 'nonnative', 'we shut down /api/v1/evaluate forever on purpose, there is no plan to bring it back. old clients still call it. what status is correct?', R410),
  w('410', 'sre', 'customer deleted their project permanently, purge job finished, confirmation said cannot be undone. old dashboard links to it still get hit. status?', R410),
  w('410', 'api', 'we removed the /flags/{key}/rollout-rules endpoint in api v3 deliberately and for good, no replacement at that path. requests still arrive. someone wants 404, is there a better one', R410),
  w('410', 'support', 'Customer asked us to erase all data of their experiment "onboarding-ab" under GDPR. It has been permanently erased on purpose and cannot be recovered. Their BI tool still polls the results URL with a valid token. What should that URL return now?', R410),
  w('410', 'security', 'audit log export files are deleted permanently after 7 days by policy, intentional, cannot be regenerated. an authorized org owner fetches a 10 day old export. which status', R410),
  w('410', 'nonnative', 'environment "perf-old" was deleted for good by our platform team on purpose, we will never recreate it. an admin with valid token still calls /environments/perf-old in the admin api. which code?', R410),

  // ---- knowledge ----
  k('sre', 'when we 401 an sdk call what header has to be on the response', /www-authenticate/i, 'RFC 9110 §15.5.2: a 401 response MUST include a WWW-Authenticate header field.'),
  k('api', 'are 7231 and 7235 still the refs for 401/403 in our api docs or is there a newer rfc', /\b9110\b/, 'RFC 9110 (HTTP Semantics) obsoletes RFC 7231 and RFC 7235.'),
  k('support', 'Customer automation gets a 403 when archiving flags and just retries the same request with the same token in a loop. Per the RFC, should a client automatically repeat a 403 request with the same credentials?', /(should not|shouldn'?t|must not|mustn'?t|do not|don'?t|not)\b[^.]{0,60}(retry|repeat|resend|re-send|retrie)|(won'?t|will not|doesn'?t|does not) help|pointless|no point|useless|futile/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),
  k('security', 'when is it ok per 9110 to answer 404 for a project that exists but the caller isnt allowed to see', /hid(e|es|ing|den)|conceal|existence|reveal|disclos|leak/i, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404.'),
  k('nonnative', 'does 404 tell the client that the flag is gone forever or only for now? what rfc 9110 say', /(not|n'?t|no)\b[^.]{0,80}(temporar|permanen|forever)|whether[^.]{0,80}(temporar|permanen)|(either|could be|may be|might be)[^.]{0,40}(temporar|permanen)/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of representation is temporary or permanent.'),
  k('sre', 'on a 410 what are ppl holding links to that url supposed to do', /(remov|delet|purg|drop|clean)\w*[^.]{0,60}(link|reference|bookmark)|(link|reference|bookmark)s?[^.]{0,60}(remov|delet|purg|drop)/i, 'RFC 9110 §15.5.11: 410 signals that remote links to the resource be removed; recipients with link editing capabilities ought to delete references.'),
  k('api', 'if we 403 w/o any cache-control or expires, may a shared cache reuse that 403 heuristically', /(no|not|isn'?t|aren'?t|never|cannot|can'?t)\b[^.]{0,80}(heuristic|cacheable|cached|by default|reuse|store)|(only|unless)[^.]{0,80}(explicit|cache-control|expires|max-age|freshness)/i, 'RFC 9110 §15.1: 403 is not heuristically cacheable; it can only be cached with explicit freshness information.'),
  k('support', 'Our CDN kept serving stale 404s for a flag config URL after the flag was recreated. We never set Cache-Control on those 404s. Is a 404 cacheable by default under RFC 9110?', /heuristic|cacheable by default|by default[^.]{0,40}cach|\byes\b/i, 'RFC 9110 §15.1: 404 (like 410) is heuristically cacheable unless indicated otherwise by the method definition or explicit cache controls.'),
  k('security', 'per rfc 6750 what status goes with error="insufficient_scope"', /\b403\b/, 'RFC 6750 §3.1: insufficient_scope SHOULD be answered with HTTP 403 (Forbidden).'),
  k('nonnative', 'token is expired, in WWW-Authenticate which error code we put according rfc 6750?', /invalid_token/i, 'RFC 6750 §3.1: an expired, revoked, malformed or otherwise invalid access token is error="invalid_token" with 401.'),
  k('sre', 'req came w/ no token at all. does the 401 challenge need error="invalid_token" or do we leave error out', /omit|leave (it |the error )?out|left out|leave off|without (an? |the )?error|(should ?n[o']t|must ?n[o']t|do ?n[o']t|don'?t|not) (include|send|add|set|use)[^.]{0,40}error|no error (code|attribute|param)/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code or other error information.'),
  k('api', 'do we have to send 410 for every hard deleted flag or is 404 still allowed', /not (required|necessary|mandatory|obligatory|needed)|optional|don'?t have to|do not have to|no need|needn'?t|isn'?t (required|necessary|mandatory)|(can|may|could) (still )?(use|return|send|answer) (a |with )?404|404 is (still )?(fine|ok|allowed|acceptable)/i, 'RFC 9110 §15.5.11: it is not necessary to mark all permanently unavailable resources as gone; 404 may be used instead.'),
  k('support', 'Customer asks why they get a bare 403 when trying to view audit logs. Can our 403 response body actually explain the reason (e.g. "requires org-owner role"), or does the RFC forbid that?', /\byes\b|\b(may|can(?!'?t|not)|allowed|permitted|free to)\b[^.]{0,80}(reason|explain|why|describ|body|content|message)/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request has been forbidden can describe that reason in the response content.'),
  k('security', 'after a 401 from the admin api, what is the client allowed to do per 9110', /(new|fresh|different|valid|refresh|updated|rotat|correct|replac)\w*[^.]{0,40}(credential|token|key|authori)/i, 'RFC 9110 §15.5.2: the client MAY repeat the request with a new or replaced Authorization header field.'),
  k('nonnative', 'for bearer token request which is malformed (missing parameter, same parameter repeated), rfc 6750 say which error and which status?', /invalid_request|\b400\b/i, 'RFC 6750 §3.1: a malformed request is error="invalid_request" and SHOULD be answered with HTTP 400 (Bad Request).'),
];

export const UNSEEN388_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
