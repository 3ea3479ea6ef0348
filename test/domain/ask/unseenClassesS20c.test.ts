import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner c), from the misses of the spent set unseen74: each block is a class of wording, checked with
 * questions written for this file in other words than the set's, and a guard that a close wording outside the class
 * is not caught.
 */

/**
 * The reason someone gives for the code they propose ("because the token is not good enough", "so nothing leaks") is their
 * reading of the case, not a fact of it: what the question states decides, in RFC 9110's order.
 */
describe('a proposed code with the proposer\'s reason', () => {
  it.each([
    "the ci bot's token is unexpired and valid but lacks the deploy scope; the on-call engineer wants 401 because the token is not good enough for prod. which status?",
    'the mobile app has a valid oauth token with only orders:read and tries to cancel an order, which needs orders:write. our architect thinks 401 because the token is not good for this. what is right?',
    'a signed-in member tries to rename a channel he can already see in the sidebar; only admins may rename. a teammate proposes 404 so nothing leaks. is that right?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a reason that reads as another code is a fact the proposer misreads, and stays', () => {
    expect(answerQuestion('the api key is valid. bob says 401 because the key cannot delete invoices, alice says 403. who is right?').verdict).toBe('403');
  });

  it('guard: a reason that is all the case there is stays the shared premise', () => {
    expect(answerQuestion('alice says 410 since the page was deleted for good. bob says 404. who is right?').verdict).toBe('410');
  });
});

/** A credential named by who sends it ("the password she typed", "the key the script uses") is still that credential: wrong is 401 (RFC 9110 §15.5.2). */
describe('a credential named by who sends it, said wrong', () => {
  it.each([
    'the clerk opens the payroll page, which only hr may see; the password she typed is wrong. which status?',
    'the cashier tries to void a sale, which needs a manager; the password he gave is incorrect. what code?',
    'the nurse opens the psychiatry notes, which only the psychiatrist may read; the password the nurse typed was wrong. which status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it('guard: the same credential said correct leaves the refusal', () => {
    expect(answerQuestion('the password he sent is correct, but he is not an admin and opens /admin. which status?').verdict).toBe('403');
  });
});

/** "Not sure yet it will be removed forever": a doubt with "yet" before the claim it doubts; a removal not known to be for good is 404 (RFC 9110 §15.5.11). */
describe('permanence doubted with a "yet" before the claim', () => {
  it.each([
    'the podcast episode was taken down after a complaint. we are not sure yet it is gone for good. which status for the episode url?',
    'the seller removed the shop listing; unsure yet that the removal is permanent. what code?',
    'the recipe was deleted by its author; the moderators are not sure yet it will stay deleted forever. which status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: a "not sure yet" about something else leaves the permanence', () => {
    expect(answerQuestion('we were not sure yet about the redesign, but the old pricing page was removed permanently on purpose. status?').verdict).toBe('410');
  });
});

/**
 * "Reposts always get a new id": what is put up again is another resource at another address, so the removed one does not come
 * back and has no successor to redirect to; removed on purpose for good, it is 410 (RFC 9110 §15.5.11).
 */
describe('a re-publication that gets a new id or url', () => {
  it.each([
    'the forum thread was deleted on purpose and for good; reposted threads always get a new id. what should the old thread url return?',
    'the seller removed the listing permanently on purpose; a relisting always gets a new url. which status should the old listing url return?',
    'the old recipe pages were taken down for good on purpose; a re-uploaded recipe lands on a new url. status of the old pages?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: a relisting at the same url may bring it back', () => {
    expect(answerQuestion('the listing was removed on purpose; the seller may relist it at the same url later. which status?').verdict).toBe('404');
  });

  it('guard: a page moved to a new url is still a move (a redirect, no verdict)', () => {
    expect(answerQuestion('the docs page moved to a new url. which status for the old one?').verdict).toBeNull();
  });
});

/** A proxy set against the server ("not the origin server") asks for a login of its own: 407, 401's proxy counterpart (RFC 9110 §15.5.8). */
describe('a proxy, not the server, that wants credentials', () => {
  it.each([
    'the proxy between our kiosks and the internet asks for a login, not the backend. what status does it send?',
    'which code does a proxy use when it, not the origin server, needs the user to authenticate?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/407/);
  });

  it.each([
    'the auth proxy sees an expired jwt and must answer, not the backend. what should the auth proxy return?',
    'the proxy strips the authorization header, not the api itself, so the api gets no credentials. what status does the api return?',
  ])('guard: a proxy that judges or passes on the origin\'s credentials keeps the 401: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });
});

/** What 410 is for, asked of the spec: RFC 9110 §15.5.11 says it is meant to assist web maintenance (links to it removed). */
describe('the purpose of 410 asked', () => {
  it.each([
    "what is 410 meant for, in the spec's own words?",
    'tell me the rationale behind 410 per the rfc, not just that the page is removed',
    'why does a 410 even exist?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/web maintenance/);
  });

  it('guard: 410 weighed against 404 keeps the comparison', () => {
    expect(answerQuestion('whats the point of 410 vs just 404, who actually uses it').answer).not.toMatch(/web maintenance/);
  });

  it('guard: a case told with the question keeps its verdict', () => {
    expect(answerQuestion('the page was deleted for good. what is the purpose of 410 here, should we use it?').verdict).toBe('410');
  });
});
