import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner j), from the knowledge misses of the spent set unseen82 (the rule asked of a kind of token or of any server,
 * not of a told case). Each block is a class of wording, checked with questions written for this file in other words than the
 * set's, and a guard that a close wording outside the class is not caught.
 */

/**
 * "which error code corresponds to a token that …", "what error name matches a token missing …": RFC 6750 §3.1's error matched to a
 * token of a kind (indefinite: any such token), with its status as the companion. That is the mapping (invalid_token → 401,
 * insufficient_scope → 403), asked without a verdict.
 */
describe('the rfc 6750 error matched to a kind of token, its status as the companion', () => {
  it.each([
    ['In RFC 6750 terms, what error name corresponds to an access token that has been revoked, and what status goes with it?', /invalid_token/],
    ['under rfc 6750 which error code matches a token missing the scope an endpoint requires, and what status comes with it?', /insufficient_scope/],
    ['per rfc 6750, which error value applies to a bearer token whose signature cannot be verified, and which status accompanies it?', /invalid_token/],
  ])('%s', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });

  it.each([
    ['in rfc 6750, which error code and status for an expired bearer token?', '401'],
    ['the billing job\'s token lacks the invoices:write scope. in rfc 6750, which error code applies to it, and what status goes with it?', '403'],
  ])('guard: the error and status of a told token keep the verdict: %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});
