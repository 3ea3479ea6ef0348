import { answerQuestion, extractSituation, normalizeQuestion } from '../../../src/domain/ask';

/**
 * Session 23, from the misses of the spent sets unseen116–119 (all four scored before anyone read them, then tuned on). Each
 * block is a class of wording, checked with questions written for this file in other words than the sets', and a guard that
 * a close wording outside the class is not caught.
 */

/** "its existence is published", "policy lets members know the drafts exist": nothing to hide from this caller (RFC 9110 §15.5.4). */
describe('an existence that is published, or that the rules let the caller know, is not hidden', () => {
  it.each([
    ["the project's existence is published in the public registry. a request for its private settings comes with no credentials at all. which code", '401'],
    ['the fund is a private one but its existence is listed on the regulator site. a request without any token asks for its holdings, what do we return', '401'],
    ['our policy lets members know that drafts exist (the sidebar shows how many) but not open them. a logged in member opens one. status?', '403'],
    ['the rules allow tenants to see that archived invoices exist, only admins may read them. a logged in non-admin tenant user asks for one, code?', '403'],
  ])('%s -> %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it.each([
    'a logged in user asks for another customer\'s invoice. a 403 lets attackers know the invoice exists, and we must not reveal that it exists. code?',
    'a logged in user opens a sealed case file. its existence must not be revealed to anyone outside the court. code?',
  ])('guard: %s is still hidden (404)', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });
});

/** "the token reached its 90-day expiry": a credential past its lifetime is an expired one (RFC 6750 invalid_token, 401). */
describe('a credential that reached the end of its lifetime is expired, whatever the asker thinks the refusal is', () => {
  it.each([
    'the deploy key hit its 30-day ttl last night; the customer says it must be permissions since they are an org admin. what should the api return',
    'the service account token passed its configured expiry at 02:00 and every call since fails. the team owns every role. correct status?',
  ])('%s -> 401, named as expired', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBe('401');
    expect(result.answer).toMatch(/^An expired token/);
  });

  it('guard: a token that has not reached its expiry, with a role missing, is 403', () => {
    expect(answerQuestion('the token has not reached its expiry yet but the user lacks the admin role. status?').verdict).toBe('403');
  });
});

/** "is 410 Gone appropriate for a temporary condition, like a maintenance window?": 410 is for good; an outage is 503. */
describe('410 judged for a temporary kind of condition is answered by what 410 means', () => {
  it.each([
    'is a 410 ok for a short outage while we migrate the database?',
    'Would 410 Gone be acceptable for a page that is only offline during the weekend maintenance?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^No: 410 Gone says the removal is intentional and expected to be permanent/);
    expect(result.answer).toMatch(/503 Service Unavailable/);
  });

  it('guard: a removal for good, asked for its code, is 410', () => {
    expect(answerQuestion('we removed the old pricing page on purpose and it will never come back. 404 or 410?').verdict).toBe('410');
  });
});

/**
 * "is it legitimate under rfc 9110 to return 404 instead of 403 to hide that a sealed record exists?": a question about what the
 * rule allows gets the rule first (a server may answer 404 to hide existence), then what it means for the case.
 */
describe('whether the rule allows a hiding 404 is answered with the rule first', () => {
  it.each([
    'Is it legitimate under RFC 9110 for our court portal to return 404 instead of 403 in order to hide that a sealed case file exists?',
    'Under RFC 9110 may our registry return 404 instead of 403 in order to hide that a sealed adoption record exists?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^A server may answer 404 instead of 403 when it does not want to reveal that a forbidden resource exists/);
  });

  it('guard: a case whose existence must stay hidden keeps its verdict and its own answer', () => {
    const result = answerQuestion('a logged in user of tenant A asks for tenant B\'s invoice and we must not reveal that it exists. code?');
    expect(result.verdict).toBe('404');
    expect(result.answer).not.toMatch(/^A server may answer 404 instead of 403/);
  });
});

/** "quick def of 401 pls": a definition asked in chat shorthand. */
describe('"def of <code>" asks for its definition', () => {
  it.each([
    ['quick def of 401 pls, is it user not logged in or user has no permission', /^Despite its name, 401 Unauthorized is about authentication/],
    ['def of 403 pls', /^403 Forbidden means the server understood the request and refuses it/],
  ])('%s', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });

  it('guard: a "def" that is no definition is left alone', () => {
    expect(answerQuestion('the .def file was never on the server and a logged in user requests it. code?').verdict).toBe('404');
  });
});

/** "in rfc 6750, when the token …, which status …": what the document says, asked under a condition, with nobody's own case. */
describe('a question framed as what the RFC says under a condition gets no verdict', () => {
  it.each([
    ['In RFC 6750, when the token is valid but does not have enough scope, which HTTP status is the resource server sending?', /\b403\b/],
    ['per rfc 9110, if the resource was removed on purpose and for good, what code does the server send', /\b410\b/],
  ])('%s', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });

  it.each([
    ['in rfc 6750 which status for a valid token missing the write:orders scope, 403 or 401?', '403'],
    ['per rfc 9110, if we removed our old landing page on purpose and for good, what do we send?', '410'],
  ])('guard: %s keeps its verdict (a case put to the document, or our own)', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

/** What RFC 9110 and RFC 6750 say, in the words people look for. */
describe('entries say the facts in the RFCs\' own terms', () => {
  it('a 401 to a request that carried credentials says they were refused (RFC 9110 §15.5.2)', () => {
    expect(answerQuestion('what does 401 mean?').answer).toMatch(/where it carried credentials, the 401 says they were refused/);
  });

  it('410 is mainly meant to help web maintenance, with links removed (RFC 9110 §15.5.11)', () => {
    expect(answerQuestion('what does 410 gone mean').answer).toMatch(/meant mainly to help web maintenance: the owners want links to it removed/);
  });

  it('insufficient_scope names the needed scope in the challenge\'s scope attribute (RFC 6750 §3)', () => {
    expect(answerQuestion('insufficient_scope: how does the server tell the client the scope it needs?').answer).toMatch(/scope attribute of its WWW-Authenticate challenge/);
  });
});

/*
 * Round two, from the misses of unseen124–127 (scored before anyone read them with this session's code after round one, then
 * tuned on).
 */

/** "looks it up under their own login and the app says it cannot be found": what an app told about the thing, not a lost login. */
describe('an app saying a thing cannot be found is no missing credential', () => {
  it('a hidden record looked up under the caller\'s own login is 404', () => {
    expect(answerQuestion("they open their neighbour's ticket under their own login and the app says it cannot be found. we never confirm that other tenants' tickets exist. code?").verdict).toBe('404');
  });

  it('guard: a key that cannot be found in the key store is an invalid credential (401)', () => {
    expect(answerQuestion('the api key cannot be found in our key store. code?').verdict).toBe('401');
  });
});

/** "token is valid and scope is fine": the scope said to be enough is no scope refusal, whatever negative word stands nearby. */
describe('a scope said to be fine is not a missing scope', () => {
  it.each([
    'Client ask for a LabReport with a sample number which our lab system never create, maybe they type one wrong digit. Token is valid and scope is fine. Is it 404 or 410?',
    'order id never existed, maybe a typo in one digit. token valid and scopes are all correct. 404 or 410?',
  ])('an id that never existed, asked with a valid token and a scope said to be fine, is 404: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it.each(['token valid but the scope is wrong for this endpoint. code', 'the token does not have the required scope write:orders. code?'])('guard: %s is 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });
});

/** "banned plyr, token still valid": a banned or suspended player is known and refused (403); "plyr" is a player. */
describe('a banned or suspended player with a valid token is refused', () => {
  it.each([
    'banned plyr (we dont revoke tokens on ban) hits GET /me/inventory, the ui must show the ban reason. whats the code',
    'suspended player, token still valid, opens GET /me/stats. code?',
  ])('%s -> 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a deleted player\'s token that maps to no account is 401', () => {
    expect(answerQuestion('the player account was deleted and its token no longer maps to any account. code?').verdict).toBe('401');
  });
});

/** "an access token with a broken signature", "the key is simply invalid in prod": credentials that fail (RFC 6750 invalid_token). */
describe('a credential with a broken signature, or simply invalid, is invalid', () => {
  it.each([
    'player sends access token with broken signature (someone changed the payload). the stats endpoint should return what?',
    'a call with an access token with a tampered signature hits GET /me/settings. what should it return? a colleague wants 404 to reveal nothing, but the settings page exists for every user.',
    'the key is simply invalid in prod since prod never issued it. every logged in user can read /me. what should prod return?',
  ])('%s -> 401', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it("guard: a token whose signature is valid, with a role missing, is 403", () => {
    expect(answerQuestion("the token's signature is valid but the user lacks the admin role. code?").verdict).toBe('403');
  });
});

/** "which response header is the server required to include" asked anywhere in the question, about a 401. */
describe('a header asked for in the middle of a question is the header topic', () => {
  it('when our api returns 401 to a partner, which header does the server have to include?', () => {
    const result = answerQuestion('when our api returns 401 to a partner, which header does the server have to include?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^A 401 response must include a WWW-Authenticate header/);
  });
});

/** "status code pls, ops set it to 403 and i doubt it": a code asked with a please, followed by a remark. */
describe('"status code pls" followed by a remark still asks for the code', () => {
  it('the code is read as asked', () => {
    const asked = (q: string): boolean => extractSituation(normalizeQuestion(q)).asksWhich;
    expect(asked('bearer token exp claim is 2h in the past. status code pls, someone set it to 403 and i think thats wrong')).toBe(true);
    expect(answerQuestion('token revoked an hour ago, status code pls, ops set it to 403 and i doubt it').verdict).toBe('401');
  });
});
