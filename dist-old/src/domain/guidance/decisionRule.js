"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decisionRule = decisionRule;
/**
 * Which status code these requests should get, and why, adapted to the causes found. Grounded in RFC 9110
 * (§15.5.2 401, §15.5.4 403, §15.5.5 404, §15.5.11 410, §15.1 heuristic cacheability) and RFC 6750 §3.1.
 */
const MEANING_403 = '403 means the server knows who is asking and refuses; presenting the same credentials again will not change the answer (RFC 9110 §15.5.4). ' +
    'A 404 would instead claim that nothing exists at the URL (§15.5.5).';
const WHEN_401 = 'When the request carries no credentials, or credentials the server cannot accept (expired, malformed, revoked), the right answer is 401 with a WWW-Authenticate challenge (§15.5.2): ' +
    'it tells the client that authenticating can help. For bearer tokens RFC 6750 §3.1 draws the same line: `invalid_token` goes with 401, `insufficient_scope` with 403.';
const HIDE_WITH_404 = 'A server may answer 404 instead of 403 to avoid confirming that a resource exists (§15.5.4), which suits other tenants’ records or admin endpoints. ' +
    'If you do, do it for every caller on that route: a mix of 403 and 404 leaks exactly what you meant to hide.';
const CONSEQUENCES_403 = 'What the code changes downstream: clients should not repeat a 403 until permissions change, so automated callers must surface it instead of retrying. ' +
    'Caches do not keep a 403 on their own (it is not heuristically cacheable), while 404 and 410 may be kept. ' +
    'Monitoring reads a 403 spike as an authorization incident and a 404 spike as broken routes, so the wrong code sends on-call to the wrong place.';
const MEANING_404 = '404 says the server has nothing at this URL for this caller and promises nothing about the past or the future (RFC 9110 §15.5.5). ' +
    '410 Gone says the resource was removed on purpose and is not coming back (§15.5.11). ' +
    '403 says it exists but the caller may not have it (§15.5.4) — unless the server deliberately answers 404 to hide that.';
const WHEN_410 = 'Use 410 for URLs retired for good: crawlers delist them sooner and link owners get a clear signal, whereas a 404 leaves room for the page to come back and keeps being re-checked. ' +
    'Keep 404 for URLs that never existed (typos, guessed paths), and 301 to the new place when there is one.';
const CONSEQUENCES_404 = 'What the code changes downstream: 404 and 410 are heuristically cacheable (§15.1), so a CDN or browser may store them even without explicit freshness, and certainly with a max-age. ' +
    'Crawlers drop URLs that keep answering 404; a “soft 404” (200 with a not-found page) gets indexed instead. ' +
    'API clients take 404 as “this does not exist” and may delete local state or stop asking, so a 404 that is really an outage does lasting damage; none of them should retry it blindly.';
function has(ids, ...wanted) {
    return wanted.some((id) => ids.includes(id));
}
function rule403(ids) {
    const parts = [MEANING_403];
    let summary = 'Keep 403 for callers who are authenticated and not allowed; send 401 when no valid credentials came with the request, and 404 only to hide that a resource exists.';
    if (has(ids, 'should_be_401')) {
        summary =
            'These 403s went to requests without credentials: answer 401 with a WWW-Authenticate challenge, and keep 403 for callers who are known but not allowed.';
        parts.push(WHEN_401, 'Answering 403 to an anonymous request tells the client that logging in would not help, so it never tries; real users see “forbidden” instead of a login prompt.');
    }
    else if (has(ids, 'oauth_scope_insufficient')) {
        summary =
            '403 is right here: the tokens are valid but lack a scope. Send it with `WWW-Authenticate: Bearer error="insufficient_scope"` and the scope needed; 401 is for invalid or expired tokens.';
        parts.push(WHEN_401, 'Naming the missing scope in the challenge lets a client request a token that has it instead of retrying the one that will keep failing.');
    }
    else if (has(ids, 'tenant_isolation_violation')) {
        summary =
            '403 is correct for a known caller refused another tenant’s resource; 404 is an equally valid choice that also hides whether the resource exists.';
        parts.push(HIDE_WITH_404, WHEN_401);
    }
    else if (has(ids, 'stale_client') && !has(ids, 'rbac_policy_mismatch', 'new_user_missing_role', 'ip_allowlist_block')) {
        summary = '403 is the right code: the client is known and has never been allowed this. Fix or retire the client that keeps asking, not the status code.';
        parts.push(WHEN_401, HIDE_WITH_404);
    }
    else if (has(ids, 'rbac_policy_mismatch', 'new_user_missing_role', 'ip_allowlist_block')) {
        summary =
            '403 is the right code: the callers are authenticated and the server refuses them. Fix the access (role, policy or allowlist), not the status code.';
        parts.push(WHEN_401, HIDE_WITH_404);
    }
    else {
        parts.push(WHEN_401, HIDE_WITH_404);
    }
    if (has(ids, 'retry_storm')) {
        parts.push('Clients are retrying these 403s: they are treating a permanent refusal as a transient error. A 403 should be surfaced to a person or an operator, not repeated.');
    }
    parts.push(CONSEQUENCES_403);
    return { summary, explanation: parts.join('\n\n') };
}
function rule404(ids) {
    const parts = [MEANING_404];
    let summary = 'Keep 404 when nothing exists at the URL; use 410 when it was removed on purpose for good, and 403 (or a deliberate 404) when it exists but the caller may not have it.';
    if (has(ids, 'gone_should_be_410')) {
        summary = 'These URLs were removed on purpose and are still requested: answer 410 Gone. Keep 404 for URLs that never existed.';
        parts.push(WHEN_410);
    }
    else if (has(ids, 'deploy_broke_routes', 'routing_regression', 'broken_redirect_or_rule')) {
        summary =
            'These resources still exist, so the 404s are a bug: fix the route (or redirect with 301 to the new place) rather than switching to another status code.';
        parts.push('Here the 404 is what a broken route answers, not a statement that the resource is gone. Clients and crawlers believe it: they drop links, delete cached state, and stop asking. Restore the route quickly; a move deserves a 301/308, not a 404.');
    }
    else if (has(ids, 'stale_client')) {
        summary = '404 is the right answer: nothing the client asks for exists. The fix is in the client that keeps asking, not in the status code.';
        parts.push(WHEN_410);
    }
    else if (has(ids, 'scanner_probe')) {
        summary = '404 is exactly right for probe paths: it reveals nothing. Do not answer 403 there, which confirms something is present.';
        parts.push('Probes want to learn what exists; a uniform 404 for everything that is not public gives them nothing, while a 403 on `/.git/config` tells them the file is there.');
    }
    else if (has(ids, 'baseline_noise')) {
        summary = '404 is the correct answer for these: nothing lives at these URLs. Use 410 for pages retired on purpose and 301 for pages that moved.';
        parts.push(WHEN_410);
    }
    else {
        parts.push(WHEN_410);
    }
    if (has(ids, 'cached_404')) {
        parts.push('A cache is serving these 404s: once stored, a 404 keeps answering after the origin is fixed. Send `Cache-Control: no-store` (or a very short max-age) on 404s of dynamic routes, and purge what is cached.');
        if (!has(ids, 'gone_should_be_410')) {
            summary = `${summary} Do not let caches keep 404s of dynamic routes.`;
        }
    }
    if (has(ids, 'retry_storm')) {
        parts.push('Clients are retrying these 404s: the answer will not change on its own, so retrying only adds load. They should surface it instead.');
    }
    parts.push(CONSEQUENCES_404);
    return { summary, explanation: parts.join('\n\n') };
}
function decisionRule(status, causeIds) {
    return status === 403 ? rule403(causeIds) : rule404(causeIds);
}
//# sourceMappingURL=decisionRule.js.map