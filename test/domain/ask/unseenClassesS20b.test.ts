import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner b), from the misses of the spent sets unseen72 and unseen71: each block is a class of wording, checked with
 * questions written for this file in other words than the sets', and a guard that a close wording outside the class is not caught.
 */

/** The doubt about permanence put as a condition, and what the RFC says under it asked: §15.5.11's rule, 404, no one case's code. */
describe('what the rfc says when a removal is not known to be permanent', () => {
  it.each([
    'when you cannot tell whether an archived recipe was deleted for good, what does the spec say, 404 or 410?',
    'if the backend is unsure the retired feed will ever come back, does the rfc prefer 410 or 404?',
    'in case nobody knows if a removed listing is permanent, which status does rfc 9110 want?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/\b404 ought to be used instead\b/);
  });

  it('guard: a told removal whose permanence is doubted, without the rule asked, is that case: 404', () => {
    expect(answerQuestion('the listing was removed yesterday and we are not sure it is permanent. 404 or 410?').verdict).toBe('404');
  });
});
