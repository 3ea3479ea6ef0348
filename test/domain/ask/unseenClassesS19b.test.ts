import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 19b: classes of question from spent sets' misses, each in new wordings written for this file, with a
 * guard that a close wording is not caught.
 */

/** Session 19b, from a spent set's miss: a sensitive record whose existence the asker says is no secret. */
describe('a sensitive record whose existence is known to the caller, 403 or 404', () => {
  it.each([
    'a nurse is logged in and wants to read the medical record of a patient on another ward. every staff member knows the patient is here, nothing secret about it. 403 or 404?',
    'logged-in manager wants to see the performance review of an employee in another department. that employee is in the staff directory, so no secret that he exists. 403 or 404?',
    "the bank customer is signed in and wants to view the account statement of her brother; the brother's account is known to her, it is not hidden. 404 or 403?",
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: the same record with nothing said about hiding leaves hiding open', () => {
    expect(answerQuestion('a nurse is logged in and wants to read the medical record of a patient on another ward. 403 or 404?').verdict).toBeNull();
  });
});
