import { answerQuestion } from '../../../src/domain/ask';

/**
 * Issue #13, fifth pass: the understandings added while tuning on fresh4's tuning half, each checked on
 * wordings written for this file (none is from an evaluation set): pasted log fields, scopes written as
 * tokens, a path's tenant, uninvited callers, ellipsis, hard deletes and tombstones, hedged permanence,
 * denied absences, and knowledge questions that name facts without asking for a code.
 */
describe('ask: which code, on wordings the tuning never saw', () => {
  it.each([
    ['401', 'for endpoints that need a login: the caller never authenticated. 401 or 403?', 'never authenticated'],
    ['403', '{"user.id":"u-3","user.roles":["viewer"],"url.path":"/api/admin/audit","labels.auth":"session"} which code', 'pasted log fields'],
    ['401', '403 spike, every doc has labels.auth=none. should be?', 'pasted log fields: no credentials'],
    ['403', 'token valid, it carries reports:read and the route needs reports:write. code?', 'scope tokens'],
    ['403', 'partner token lacks the invoices:read scope but is otherwise valid. code?', 'scope tokens'],
    ['403', 'Key is valid. Key\'s scopes: read. Endpoint: POST /items. Which status?', 'read scope asked to write'],
    ['403', 'the api key is valid but belongs to a read-only integration; it tries to create users. code', 'read-only asked to write'],
    ['403', 'user from org blue calls /orgs/red/invoices/4, logged in. what code', 'path tenant'],
    ['403', 'signed in, the board exists, the owner just didn\'t invite her. status?', 'uninvited, and didn\'t'],
    ['403', 'tenant mismatch, we have no policy to hide it, caller logged in. code', 'hiding disclaimed'],
    ['404', 'the folder exists but the file does not: /drive/f1/report.pdf. status', 'ellipsis'],
    ['404', 'no saved report 12 exists for any user. status?', 'no X exists'],
    ['404', 'customer typed the coupon url wrong. which code', 'typed wrong'],
    ['404', 'nothing at /api/v9, we only have v1 and v2. code?', 'nothing at a path'],
    ['404', 'oncall: requests for /wp-admin from scanners, we dont have wordpress. code?', 'scanners'],
    ['410', 'after a hard delete there is no way back. what should GET /notes/5 return?', 'hard delete'],
    ['410', 'record tombstoned permanently. which code', 'tombstoned'],
    ['410', 'we stop the old export api forever by decision, calls still come. which code?', 'stop forever'],
    ['410', 'the campaign is over and we took the landing page down permanently on purpose. what should it return', 'taken down'],
    ['404', 'endpoint got dropped by mistake in the release, fix coming tomorrow. what does it answer meanwhile', 'dropped by mistake'],
    ['404', 'image deleted from the bucket, it might get re-uploaded. 410 ok?', 're-uploaded, and 410 ok?'],
    ['404', 'probably permanent but legal hasn\'t signed off. 404 or 410 for now?', 'hedged permanence'],
    ['401', 'basic auth with a username that is not in our ldap directory. 401 or 404?', 'unknown username'],
    ['404', 'user looks up a username that doesn\'t exist via /users/by-name/foo, caller is an admin. code', 'lookup, not a login'],
    ['401', 'customer says he get error after he logout and open the link again. which code should be?', 'he logout'],
    ['401', 'the request carried a token but it was not valid. code?', 'token judged by a pronoun'],
    ['401', 'api key sent in the wrong header so the server sees no key at all. code', 'no key'],
    ['403', 'the caller is not unauthenticated and the page is not missing; they are simply not allowed. code?', 'denied absences'],
    ['404', 'the feature is behind a flag and unannounced; customers without the flag must not discover it. code?', 'must not discover'],
    ['410', 'gdpr erasure completed, irreversible. code for the profile?', 'erasure'],
    ['404', 'the prodcut is not in our catalgoue. status?', 'catalogue, typos'],
    ['401', 'logged in? no. token? none. code', 'chat Q&A with oneself'],
    ['410', 'account profile: the deletion is final and the data purged. status', 'a final deletion'],
    ['404', 'internal tool that outsiders must not know about; a logged-in customer probes it. status', 'must not know about'],
    ['404', 'listing deactivated by the seller, they can reactivate it anytime. code?', 'reactivate is not a typo of deactivated'],
    ['404', 'we pulled the page while legal reviews it. what status?', 'a removal bounded by a review'],
    ['404', 'the doc sits in the bin for 30 days. what should its link return?', 'restorable for a while'],
    ['403', 'support: a team member tries to change billing; only the account owner can do that. status?', 'only the owner can'],
    ['401', "an authorization header with an unknown scheme ('Token x' instead of 'Bearer x'). status?", 'unknown scheme'],
    ['404', 'GET /v1/projects/{id}, the id is well-formed but no project has ever had it. status?', 'no X has ever had it'],
    ['401', 'Is it correct to return 403 when the token has expired?', 'a code reviewed for a stated case'],
    ['410', 'Is it right to return 404 for a page we removed permanently on purpose?', 'a code reviewed for a stated case'],
    ['403', 'Would 401 be correct for a logged-in user without permission?', 'would CODE be correct'],
    ['403', 'Is it fine to return 404 to a logged-in user who lacks the role when the resource is not secret?', 'no hiding wanted'],
  ] as const)('%s for "%s" (%s)', (verdict: string, q: string, _mechanism: string) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: a decisive fact left open gets both outcomes and no verdict', () => {
  it.each([
    ['doc deleted, 404 or 410?', /permanent/i],
    ['we removed the endpoint. what should clients get?', /permanent/i],
    ['something was deleted, 404 or 410 — how do i decide?', /permanent/i],
    ["we refuse the request; whether the project's existence is secret is still undecided. 403 or 404?", /secret|hid|exist/i],
    ['403 or 404 for a resource the user cannot access — how do i decide?', /secret|hid|exist/i],
  ] as const)('%s', (q: string, fact: RegExp) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });
});

describe('ask: knowledge questions get the fact and no verdict', () => {
  it.each([
    [/9110/, 'which RFC defines the status codes now — still 7231?'],
    [/9110/, 'where in rfc 9110 is 403 defined'],
    [/hid|exist|reveal/i, 'when does 404 make more sense than 403'],
    [/hid|exist|reveal/i, 'how can we prevent id enumeration via status codes'],
    [/authenticat|credential/i, '401 means not logged in, right?'],
    [/permanent/i, 'is 410 permanent'],
    [/429/, 'client exceeded its quota, 403 or something else?'],
    [/authenticat|credential|WWW-Authenticate/i, 'why send 401 rather than 403 for a missing token, does it matter'],
    [/soft|index|search/i, 'why the missing page should not return 200?'],
    [/tenant|another|data/i, 'what is tenant isolation'],
    [/redirect|rout|rule/i, 'lots of 404s on one url pattern, what does that point to'],
    [/baseline|normal|always there/i, 'are some 404s normal'],
  ] as const)('%s: %s', (fact: RegExp, q: string) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });
});
