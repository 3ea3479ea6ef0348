import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 19 (tuner a), from the misses of spent sets (unseen53-55, unseen60, know4): each block is a class of
 * wording, checked with questions written for this file in other words than the sets', and a guard that a close
 * wording outside the class is not caught.
 */

/** A token that does not include the scope the call needs lacks it: RFC 6750 §3.1 insufficient_scope, 403. */
describe('a token that does not include the scope the call needs', () => {
  it.each([
    'the app token does not contain invoices:write because the user unticked it on the consent screen. it calls PUT /invoices/9. what do we send back?',
    'partner jwt doesnt include shipments:create, they POST /shipments anyway. status?',
    'the access token our mobile client got does not carry payments:refund (the merchant never approved it), and it calls the refund endpoint. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a token that does not include its expiry is no lacking scope', () => {
    expect(answerQuestion('the token does not include an exp claim and the signature check fails. which status?').verdict).toBe('401');
  });
});

/** Not wanting to say to the caller that a thing exists is hiding it (RFC 9110 §15.5.4: 404 instead of 403). */
describe('not wanting to say to the caller that it exists', () => {
  it.each([
    'a logged in customer asks for an invoice of another company; we would rather not say to them that the invoice exists. what do we return?',
    'contractor is signed in but not in the hr group; hr does not want to say that the salary file exists to anyone outside. what should the api answer?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: somebody saying that it exists is no hiding', () => {
    expect(answerQuestion('the user says to support that the report exists; he is logged in and lacks the reports role. which code?').verdict).toBe('403');
  });
});
