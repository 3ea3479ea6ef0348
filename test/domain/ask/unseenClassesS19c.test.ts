import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 19 (tuner c), from the misses of the spent set unseen70: each block is a class of wording, checked with
 * questions written for this file in other words than the set's, and a guard that a close wording outside the class
 * is not caught.
 */

/** Logging in again changes nothing only for a caller the server already knows: a refusal (RFC 9110 §15.5.4, the seed's 403). */
describe('logging in again said to change nothing', () => {
  it.each([
    'member of team red opens team blue\'s board; the board shows up in the sidebar so he knows it is there. signing in again makes no difference. what status?',
    'a contractor opens the payroll report, which is linked from the intranet home page. re-login would be pointless. which code?',
    'the partner app calls /reports/7; logging back in changes nothing for them. status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: logging in again that would fix it is a credential problem', () => {
    expect(answerQuestion('the token expired, so logging in again would fix it. which status?').verdict).toBe('401');
  });
});

/** "Zero plans", "0 intention": no plan to bring a deliberate removal back, so it is known to be for good (RFC 9110 §15.5.11, 410). */
describe('zero plans or intention of a return', () => {
  it.each([
    'the old forum export was deleted on purpose and there is zero intention of restoring it. what should /exports/old return?',
    'we pulled the beta docs page deliberately, 0 plans to bring it back. status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: zero said of something else leaves a possible return open', () => {
    expect(answerQuestion('we removed the endpoint, zero callers left, but product may bring it back. status?').verdict).toBe('404');
  });
});

/** A credential word naming a record by its number ("certificate number") looks up a document, it proves no one: 404 when none has it. */
describe('a record looked up by a number named after a credential word', () => {
  it.each([
    'an employer checks a diploma on our public verify form with a made up certificate number that we never issued. status?',
    'someone enters an invalid certificate number on the lookup page; no certificate with that number exists. what should it return?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it.each([
    'the mtls client presents a wrong certificate. which code?',
    'the partner sends a certificate that was never issued by our ca. status?',
    'the device connects with no client certificate at all. which code?',
  ])('guard: a certificate presented as a credential stays one: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });
});

/** "Which response header" asks a part of the response like "which header" does: for 401, WWW-Authenticate (RFC 9110 §15.5.2). */
describe('a header asked by a qualified name (response header, http response header)', () => {
  it.each([
    'what http response header must a 401 carry?',
    'which response headers are mandatory on a 401 Unauthorized?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/WWW-Authenticate/);
  });

  it('guard: a case asking its code with the header beside it keeps its verdict', () => {
    expect(answerQuestion('the token expired. which status, and which response header goes with it?').verdict).toBe('401');
  });
});

/** A bearer request whose required parameter is said missing after its name is RFC 6750's invalid_request: 400, not 401. */
describe('a required parameter said missing after it, in a bearer request', () => {
  it.each([
    'bearer auth header arrives with a required param left out. is 401 right per rfc 6750?',
    'oauth resource server gets a request where one required parameter is not sent. which status?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/400|invalid_request/);
  });

  it('guard: a malformed token itself is invalid_token, 401', () => {
    expect(answerQuestion('the bearer token is malformed, only two segments. per rfc 6750, 401 or something else?').verdict).toBe('401');
  });

  it('guard: without a bearer request the missing parameter is no RFC 6750 error', () => {
    expect(answerQuestion('the search endpoint gets a request with a required query parameter missing. what status?').answer).not.toMatch(/invalid_request/);
  });
});

/** Session 19, found by a tuner outside its set: a sign-in code named with what it signs in to, told wrong after who typed it. */
describe('a one-time sign-in code typed wrong is a credential that does not check out (401)', () => {
  it.each(['the one-time sign-in code the user typed is wrong. which status?', 'the one-time login code she entered was wrong, what do we answer'])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it('guard: a one-time discount code is no credential', () => {
    expect(answerQuestion('the one-time discount code the customer typed is wrong. which status?').verdict).not.toBe('401');
  });
});
