import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 27, from what session 26 noticed and left, and from the misses of the spent sets of this session (scored before anyone
 * read them, then tuned on). Each block is a class of wording, checked with questions written for this file in other words than
 * the sets', and a guard that a close wording outside the class is not caught.
 */

/**
 * "under rfc 9110, may an origin server return 404 rather than 403 to hide that a forbidden resource exists?" was answered with the
 * API-contract caution about swapping codes. Whether hiding with a 404 is allowed, asked yes or no with no case, is RFC 9110
 * §15.5.4's rule, and its answer is "yes".
 */
describe('whether a 404 may stand in for a 403 to hide, asked yes or no', () => {
  it.each([
    'under rfc 9110, may an origin server return 404 rather than 403 to hide that a forbidden resource exists?',
    'per the spec, is it allowed to send 404 instead of 403 to hide the document?',
    'can an api answer 404 rather than 403 so that outsiders cannot tell the record is real?',
  ])('%s', (question) => {
    const result = answerQuestion(question);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^Yes\b/);
    expect(result.answer).toMatch(/§15\.5\.4/);
  });

  it('guard: a case with a caller refused and nothing to hide still gets its code', () => {
    const result = answerQuestion('signed-in user without the editor role tries to rename the project, it is not secret. 403 or 404?');
    expect(result.verdict).toBe('403');
  });
});
