import { answerQuestion } from '../../../src/domain/ask';
import { correctTypos } from '../../../src/domain/ask/typos';

/**
 * Session 26, from the misses of the spent sets unseen244, 246, 248 and 250 (scored before anyone read them, then tuned on), and
 * from running a dictionary through the typo corrector. Each block is a class of wording, checked with questions written for this
 * file in other words than the sets', and a guard that a close wording outside the class is not caught.
 */

/**
 * Real words that sit one or two edits from a word the fact readers look for were "corrected" into it: "sufficient scope" became
 * "insufficient scope", a "publisher" became "published", "messing" became "missing", a file "binned" became "banned".
 */
describe('real words near the vocabulary are left as typed', () => {
  it.each([
    ['the token has sufficient scope', 'sufficient'],
    ['the publisher admin opens the page', 'publisher'],
    ['someone was messing with the config', 'messing'],
    ['the draft was binned', 'binned'],
    ['the lambda authorizer rejects it', 'authorizer'],
    ['a commissioned report', 'commissioned'],
  ])('%s keeps "%s"', (text, word) => {
    expect(correctTypos(text)).toContain(word);
  });

  it.each([
    ['the token is exipred', 'expired'],
    ['the user lacks permision', 'permission'],
    ['the request was authorised by the gateway', 'authorized'],
    ['check the pollicy first', 'policy'],
  ])('guard: the typo in "%s" is still fixed to "%s"', (text, word) => {
    expect(correctTypos(text)).toContain(word);
  });

  it('a caller with sufficient scope who is refused for another reason is not read as lacking a scope', () => {
    const result = answerQuestion('the token is valid and has sufficient scope, but the account is suspended for abuse. which code');
    expect(result.verdict).toBe('403');
    expect(result.answer).not.toMatch(/insufficient_scope/);
  });
});

/** "logged out + back in 3x, still cannot open it": the caller signed in afresh, so the refusal is about permission, not login. */
describe('logging out and back in, written with a plus, is history rather than no credentials', () => {
  it.each([
    'she logged out + back in twice, still gets denied on the billing page because her role is viewer. teammate says 401. code?',
    'signed out + signed in again, same error: the export needs the auditor role and he does not have it. what should we send',
  ])('%s -> 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: logged out and nothing after is still no credentials', () => {
    expect(answerQuestion('the user logged out, then the app fired a request to /me with no cookie. which code').verdict).toBe('401');
  });
});

/** "the account is already disclosed to that app": what the caller has been shown already is no secret from it. */
describe('what is already disclosed to the caller is not hidden from it', () => {
  it.each([
    'the partner app already holds consent for the loan, so the loan is already disclosed to that app. its token lacks the documents:read scope needed for GET /loans/7/documents. how do we answer',
    'the project is already revealed to this contractor through the shared board; the contractor has a valid login but no edit right on it. code for the PUT?',
  ])('%s -> 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a duty not to disclose it still hides', () => {
    expect(answerQuestion('the loan must not be disclosed to partner apps without consent, not even that it exists. the app has a valid token. code?').verdict).toBe('404');
  });
});

/** "will it help if he logs out and in with the same account? what does the RFC say": the RFC's words on repeating a 403. */
describe('whether logging in again helps a 403 cites what RFC 9110 says about the same credentials', () => {
  it.each([
    'my user gets 403. will logging out and in again with the same account fix it? what does the rfc say',
    'does signing in again help when the api gave 403, per rfc 9110?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/SHOULD NOT automatically repeat the request with the same credentials/);
  });
});
