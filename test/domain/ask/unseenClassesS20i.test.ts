import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner i), from the misses of the spent set unseen83: each block is a class of wording, checked with questions
 * written for this file in other words than the set's, and a guard that a close wording outside the class is not caught.
 */

/** "Not a hiding case", "this is not about hiding": the asker rules hiding out, so the word is no wish to hide (RFC 9110 §15.5.4 unused). */
describe('hiding ruled out as the kind of case', () => {
  it.each([
    'this is not about hiding: the coupon page was removed on purpose and will never return. what should it answer?',
    'not a hiding case: the wiki export feature was deliberately removed for good. a signed in editor calls it. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: a hiding case said as one still hides', () => {
    expect(answerQuestion('it is a hiding case: the wiki export was deliberately removed for good, and outsiders must not learn it existed. an outsider calls it. which code?').verdict).toBe('404');
  });
});

/**
 * "Per RFC 6750, what status and error code should the resource server return?" after a told case: the status asked with the error
 * beside it (§3.1 pairs insufficient_scope with 403) is this case's code, not the spec's whole mapping.
 */
describe('a told case asked for its status and error code together', () => {
  it.each([
    'a mobile app\'s access token carries only profile:read but it tries to change the user\'s avatar, which needs profile:write. per rfc 6750, what status and error should the resource server send?',
    'our ci bot holds a live token limited to packages:read and tries to publish a package, which needs packages:write. according to rfc 6750, which code and which error code should the server return?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: the mapping asked for every error, with no case, stays a knowledge answer', () => {
    expect(answerQuestion('rfc 6750: what status and error code should the resource server return for each bearer error?').verdict).toBeNull();
  });
});

/** "Authenticated contractor …" at a note's start, the article dropped: the caller is named authenticated, so a refusal is 403 (RFC 9110 §15.5.4). */
describe('a caller named authenticated without an article, at a clause start', () => {
  it.each([
    'audit note: authenticated intern opens the payroll export he can see in the menu; export is refused for his role. 401 or 403?',
    'ticket: authenticated nurse tries to edit a discharge note she can open. the edit is refused. 401 or 403?',
    'bug report: authenticated reviewer tries to merge a branch in a repo he can see. the merge is refused. 401 or 403?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: authenticated access a route requires names no caller', () => {
    expect(answerQuestion('authenticated access is required for the reports page and the call is refused. 401 or 403?').verdict).toBeNull();
  });
});

/**
 * "The parent exists but no child was ever written for it": the thing asked for was never made, so nothing is there to send (RFC 9110
 * §15.5.5, 404), whatever the caller may do with its parent; 410 needs something that was there once.
 */
describe('a thing under an existing parent that no one ever made', () => {
  it.each([
    'a signed in shop owner opens /orders/5512/invoice; the order is real but no invoice was ever drawn up for it, and nothing is secret here. his partner says 410. which code?',
    'signed in member opens /albums/12/cover; the album exists but there was no cover ever made for it. nothing to hide, she owns the album. which code is right?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: a grant never made is a refusal of a known caller', () => {
    expect(answerQuestion('the user logs in fine and opens /albums/12/cover; the album exists, nothing to hide, but no role was ever granted to her for covers. which code is right?').verdict).toBe('403');
  });
});
