import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner f), from the misses of the spent sets unseen78 and unseen79 (credentials that prove no one, read as
 * something else). Each block is a class of wording, checked with questions written for this file in other words than the
 * set's, and a guard that a close wording outside the class is not caught.
 */

/**
 * "the key is simply a random string we never issued", "the token is one that nobody ever minted": the credential restated as
 * a bare string (or "one") that no issuer made. It names no one, so the request lacks valid credentials (RFC 9110 §15.5.2,
 * RFC 6750 §3.1 invalid_token: 401), not a resource that is missing.
 */
describe('a credential restated as a string (or "one") never issued', () => {
  it.each([
    'the kiosk sends an api key that looks right but is just a made-up string nobody at our company ever issued. which status?',
    'the jwt in the header is a value that was never minted by our auth service. what do we send back?',
    'a crawler sends a session cookie that is one we never generated. status code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it.each([
    'the caller is logged in fine, but the voucher number is one we never issued. which status?',
    'the token is valid; the order id it asks for is one that we never created. what status?',
  ])('guard: a record restated as one never issued is still missing: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });
});
