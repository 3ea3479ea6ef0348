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

/**
 * "which code should an api send, 404 or 410, if it cannot tell …", "what should a web site give instead of 410 when it is not sure …":
 * the doubt about permanence put as a condition of any server (indefinite, or servers in the plural). That asks RFC 9110 §15.5.11's
 * rule (404 ought to be used when the server does not know whether the condition is permanent), answered without a verdict.
 */
describe('the doubt about permanence as a condition of any server', () => {
  it.each([
    'which code should an api send, 404 or 410, if it cannot tell whether a deleted record is gone for good?',
    'should servers use 410 or 404 when nobody knows if the removal is permanent?',
    'what status should a web site give instead of a 410 when it is not sure the page is deleted for good?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/\b404\b/);
  });

  it.each([
    ['we deleted the old pricing page. what should a server return instead of 410 when it does not know whether the removal is permanent?', '404'],
    ['what should our api return instead of 410 when we do not know if the removal is permanent?', '404'],
    ['a server removed /promo on purpose and knows it will never come back. which code should it send, 404 or 410?', '410'],
  ])('guard: a told case keeps its verdict: %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

/**
 * "does a 401 get cached the same way as a 404?", "will a proxy cache a 401 as it would a 410?": a yes/no about one code, the
 * others named only as the comparison. It is answered for the code asked first (RFC 9110 §15.1: 404 and 410 are heuristically
 * cacheable, 401 and 403 are not), the others as the contrast.
 */
describe('caching asked of one code, compared with the others', () => {
  it.each([
    'does a 401 get cached by a cdn the same way as a 404 does?',
    'will a proxy cache a 401 as it would a 410?',
    'is a 403 cacheable by default like a 404 is?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^No: 403 and 401 are not heuristically cacheable/);
  });

  it('guard: both codes asked together keep the answer of both sides', () => {
    const result = answerQuestion('are 404 and 403 both cached by default?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^404 and 410 are heuristically cacheable/);
  });
});

/**
 * "which code does a proxy return if it requires credentials of its own?", "the status that a proxy gives when it demands auth":
 * a proxy in general (or with the article dropped) asked for its code, on the condition that it (the proxy itself) wants a login.
 * That is 407 Proxy Authentication Required with Proxy-Authenticate (RFC 9110 §15.5.8), the proxy's 401.
 */
describe('the code a proxy uses when it needs authentication itself', () => {
  it.each([
    'which code does a proxy return if it requires credentials of its own?',
    'the status that a proxy gives when it demands auth, is it 401 too?',
    'what code should a proxy answer with when it wants authentication itself?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/\b407\b/);
  });

  it.each([
    'our reverse proxy strips the authorization header, so the backend says 401. which code should the proxy use when it needs auth?',
    'the proxy in front of our api strips the Authorization header when it forwards, backend then answers 403. should it be 401?',
  ])('guard: credentials the proxy passes on to the origin keep the origin\'s 401: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });
});
