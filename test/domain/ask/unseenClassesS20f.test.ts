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

/**
 * "GET /me/x answers 200 with an empty array to a request without credentials; the route exists for everyone": the empty list
 * is what a caller that proves no one gets today, not an empty collection to defend. Authentication comes before any content
 * (RFC 9110 §15.5.2: 401 with a challenge), whatever the collection holds.
 */
describe('an empty collection served to a caller without valid credentials', () => {
  it.each([
    'an audit found that a caller with no token at all gets 200 and an empty list from /accounts/me/payouts; the payouts resource exists for every account and is documented. what should that caller get?',
    'an expired session still gets 200 with an empty array from /me/orders, which exists for every shopper. which status should that be?',
    'scanner report: without any auth header, GET /v2/users/me/notifications returns an empty collection with 200; the route exists for all users. correct status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it('guard: an empty collection for a signed-in caller is still 200, not 404', () => {
    const result = answerQuestion('the team exists and has zero members; a signed-in user gets 200 with an empty list. is that right or should it be 404?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/200 OK with an empty list/);
  });
});
