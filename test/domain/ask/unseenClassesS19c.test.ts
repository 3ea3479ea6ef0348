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
