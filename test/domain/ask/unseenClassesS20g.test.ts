import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner g), from the misses of the spent sets unseen78 and unseen79: each block is a class of wording, checked with
 * questions written for this file in other words than the sets', and a guard that a close wording outside the class is not caught.
 */

/** What a credential carries, told after the verb ("carries only x:read"), then a write: a valid token short of a scope (RFC 6750 §3.1, 403). */
describe('a credential that carries only a read scope, asked to write', () => {
  it.each([
    'the warehouse integration key holds only stock:read and it sends PUT /stock/42 to change a count. which code?',
    'our mobile app token has just calendar.read; the app tries to create an event with POST /events. what should the api answer?',
    'a signed partner jwt carrying only orders:read attempts DELETE /orders/77. status?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBe('403');
    expect(result.answer).toMatch(/insufficient_scope/);
  });

  it('guard: a read-only token that reads a thing never there is still an absence', () => {
    expect(answerQuestion('the token carries only reports:read and it calls GET /reports/9, which never existed. status?').verdict).toBe('404');
  });
});

/** "Its existence is openly known", "openly listed": known in the open, so there is nothing for a 404 to hide (RFC 9110 §15.5.4). */
describe('existence said to be openly known', () => {
  it('a thing under embargo whose existence is openly known', () => {
    const q =
      'pre-release firmware builds are under publisher embargo, but their existence is openly known from the roadmap. a signed-in customer requests a build before release day and policy says refuse plainly. what status?';
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: not openly listed leaves the embargo a thing to hide', () => {
    expect(answerQuestion('embargoed reports are not openly listed anywhere. a logged in member who is not on the distribution list requests one. what status?').verdict).toBe('404');
  });
});

/** "When is it acceptable under RFC 9110 to …": a "when" that opens the circumstance a rule allows asks for the rule, not a date. */
describe('when a rule allows something, asked beside the RFC number', () => {
  it.each([
    'when would it be acceptable, under rfc 9110, to send 404 for a document that exists but that this reader may not open?',
    'when may an api, under rfc 9110, answer 404 for a record that exists but the caller cannot see?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/hide|conceal|disclose/);
    expect(result.answer).not.toMatch(/June 2022/);
  });

  it('guard: the date asked stays the date', () => {
    expect(answerQuestion('when was rfc 9110 published?').answer).toMatch(/2022/);
  });
});

/** "What does 410 say that 404 does not?" after a case: the codes' meanings compared (RFC 9110 §15.5.5, §15.5.11), not a code to send. */
describe('what one code tells beyond another, asked after a case', () => {
  it.each([
    'our seo agency wonders what we gain by sending 410 rather than 404 for the retired recipe pages. what does 410 say that 404 does not?',
    'support asks what the benefit would be of answering 410 instead of 404 for closed job ads. what would a 410 convey that a 404 does not?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/permanent|on purpose|intentional/);
  });

  it('guard: the code asked for the same removal is still this case\'s code', () => {
    const q = 'our seo agency wonders what we gain by sending 410 rather than 404 for the retired recipe pages, which we removed for good. which should we send?';
    expect(answerQuestion(q).verdict).toBe('410');
  });
});
