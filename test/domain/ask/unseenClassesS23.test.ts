import { answerQuestion } from '../../../src/domain/ask';

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
