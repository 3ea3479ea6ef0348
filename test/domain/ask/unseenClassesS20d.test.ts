import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner d), from the misses of the spent sets unseen76 and unseen77: each block is a class of wording, checked with
 * questions written for this file in other words than the set's, and a guard that a close wording outside the class is not
 * caught.
 */

/**
 * A permit, licence or accreditation of the account holder that expired, told in one sentence, and a login that works told in
 * the next: what expired is no credential, the caller is known, and the refusal is a rule's (RFC 9110 §15.5.4, 403).
 */
describe('an expired document of the account holder, then a working login in the next sentence', () => {
  it.each([
    "a tutor's teaching accreditation expired. she can log in with her usual password. we refuse her new lessons. what code?",
    "our supplier's food-safety permit expired. their login works fine, but the order api now blocks them from taking orders. which status?",
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: an expiry said of the login session itself stays a credential problem', () => {
    expect(answerQuestion("the broker's accreditation expired and so did her login session. which code?").verdict).toBe('401');
  });
});

/**
 * An act on a credential that the caller asks to perform ("tries to reset a colleague's password", "the screen (rotate the
 * signing key)"): the operation refused, not a credential of the request that ended. A known caller without the right to it
 * gets 403 (RFC 9110 §15.5.4).
 */
describe('an act on a credential asked for, not one that happened', () => {
  it.each([
    "the intern is signed in and calls the endpoint to reset a colleague's password; only admins can do that. which code?",
    'the moderator wants to reset the user\'s password but has no permission for it. status?',
    'the editor, signed in, opens the settings screen (rotate the workspace signing key), which only owners may use. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a reset that already happened ended the session the phone still sends', () => {
    expect(answerQuestion('her admin reset her password this morning and the phone still sends the old session cookie. status?').verdict).toBe('401');
  });
});

/**
 * Whether a 404 tells that the absence is temporary or permanent: RFC 9110 §15.5.5's own sentence ("does not indicate whether
 * this lack of representation is temporary or permanent") is said first and plainly, before whether anything was ever there.
 */
describe('does a 404 say the absence is temporary or permanent', () => {
  it.each([
    'can a client learn from a 404 whether the page is only gone for a while or gone for good?',
    'our mobile team asks: a 404 came back, does that code itself say if it is temporary or permanent?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/not (?:say|tell) whether (?:its|the) absence is temporary or permanent/);
  });

  it('guard: whether a 404 means the thing never existed is still answered', () => {
    const result = answerQuestion('does a 404 mean the record never existed?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/(?:ever|never) (?:there|existed)/);
  });
});
