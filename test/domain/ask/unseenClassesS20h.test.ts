import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner h), from the misses of the spent sets unseen82 and unseen83: each block is a class of wording, checked with
 * questions written for this file in other words than the sets', and a guard that a close wording outside the class is not caught.
 */

/** A code a colleague proposes, then "what is correct per the rfc": the proposal judged for this case, like "what does the rfc say". */
describe('a proposed code judged by what is correct per the spec', () => {
  it.each([
    'the token is fine but only has repo:read; it calls DELETE /repos/12, which needs repo:admin. qa wants 401. what is right under rfc 6750?',
    'the reviewer wants 404 for the read-only key calling DELETE /invoices/3, which needs invoices:admin. the token is valid. what is right according to the spec?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: the spec asked without a proposal to judge stays a knowledge question', () => {
    expect(answerQuestion('a valid token with only orders:read calls POST /orders. what is correct per rfc 6750?').verdict).toBeNull();
  });
});

/** "We cannot say the removal is permanent": the writer is in no position to claim it, so it is not known permanent (RFC 9110 §15.5.11). */
describe('permanence the writer says they cannot claim', () => {
  it.each([
    'the listing was taken down by the moderation bot, and we cannot say the takedown is permanent. which code for /listings/4?',
    'the old tenant export got deleted by the cleanup job and we are unable to say it is gone for good. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: a removal that cannot be undone is still permanent', () => {
    expect(answerQuestion('the old tenant export got deleted on purpose and cannot be restored; the removal is permanent. which code?').verdict).toBe('410');
  });
});

/** "Nothing is being hidden from them": hiding disclaimed for the caller, so a removal for good is 410, not a hiding 404 (RFC 9110 §15.5.4). */
describe('hiding disclaimed as an act towards the caller', () => {
  it.each([
    'the vendor removed the listing themselves and it is deleted forever. they call GET /listings/8 again; nothing is being hidden from them. status?',
    'a clinic closed its profile permanently, purged for good. the booking app that owned the link still calls it, nothing was ever concealed from the app. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: a stranger who must not learn it existed is still hidden from', () => {
    expect(answerQuestion('the account was deleted permanently but the caller is a stranger who must not learn it ever existed. status?').verdict).toBe('404');
  });
});

/** "We simply do not know who this is": the server can establish no identity for the caller, which 401 answers (RFC 9110 §15.5.2). */
describe('the caller named by a bare this or it, unknown to the server', () => {
  it.each([
    'an unknown script calls /metrics with a bearer value nobody here handed out; we have no idea who it is. status?',
    'the mobile client calls GET /feed with a session id nobody can place; honestly we cannot tell who it is. what code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it('guard: not knowing who a resource was for says nothing of the caller', () => {
    expect(answerQuestion('the report was deleted and we do not know who it was for. which code?').verdict).toBe('404');
  });
});
