import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 22, from the misses of the spent sets unseen94, 96, 97 and 98. Each block is a class of wording, checked with
 * questions written for this file in other words than the sets', and a guard that a close wording outside the class is not
 * caught.
 */

/** "when does rfc 9110 allow …": the circumstance a rule allows something in, not the document's date. */
describe('"when does rfc 9110 allow …" asks the rule, not when the RFC was published', () => {
  it.each([
    ['when does rfc 9110 let a server answer 404 instead of 403?', /hide/],
    ['When does RFC 9110 permit sending 404 to a caller who is forbidden, rather than 403?', /hide/],
  ])('%s', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
    expect(result.answer).not.toMatch(/published in June 2022/);
  });

  it.each(['when did rfc 9110 come out', 'when was 9110 published?'])('guard: %s is asked its date', (q) => {
    expect(answerQuestion(q).answer).toMatch(/published in June 2022/);
  });
});

/**
 * "purged after 30 days by retention policy and that url can never be reused; every new report gets a new url": removed on
 * purpose and for good (RFC 9110 §15.5.11), and the new URLs belong to new things, so there is nothing to redirect to.
 */
describe('a retention purge whose URL is never reused is gone, and new URLs for new things are no successor', () => {
  it.each([
    'the report download at /reports/{id}.pdf is purged after 30 days by retention policy and that url can never be reused; every new report gets a new url. the user opens the old link on day 40. what do they get?',
    'Invoice PDFs are deleted after 90 days by retention policy; the link can never be reused and each new invoice gets a new link. A customer clicks a 100-day-old link. What status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: content moved to a new url is still a redirect', () => {
    const result = answerQuestion('the report moved to a new url last week and the old link is still shared around. what should the old url return?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/redirect permanently \(301/);
  });
});

/** "is 410 meant to be permanent? or fine for an hour during maintenance": 410 is for good; an outage is 503 (RFC 9110 §15.5.11, §15.6.4). */
describe('whether 410 means for good, asked beside an outage', () => {
  it.each([
    'is 410 meant to be permanent? or fine to use it for an hour during maintenance',
    '410 has to be forever? we only want it while the svc is down for maintenance tonight',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/expected to be permanent/);
    expect(result.answer).toMatch(/503 Service Unavailable/);
  });

  it('guard: what 410 is meant for is its purpose', () => {
    expect(answerQuestion('what is 410 meant for?').answer).toMatch(/^RFC 9110 §15\.5\.11 says 410 Gone is primarily intended to assist web maintenance/);
  });
});

/** "does a 404 tell whether it is gone temporarily or permanently?": it does not (RFC 9110 §15.5.5). */
describe('what a 404 says about permanence, asked from the first words', () => {
  it.each([
    'does a 404 say whether the thing is gone temporarily or permanently?',
    'Does the 404 tell a client if the record is missing temporary or permanent, or is that only what 410 is for?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/does not tell whether the absence is temporary or permanent/);
  });

  it('guard: a removal that may be undone, asked for its code, still gets 404 explained as a case', () => {
    expect(answerQuestion('the invoice was deleted yesterday and might be restored. does a 404 fit or a 410?').answer).toMatch(/^The resource is not there right now, so 404 Not Found is correct/);
  });
});

/** "is 403 strictly about credentials, or can servers refuse for other reasons?": RFC 9110 §15.5.4's "reasons unrelated to the credentials". */
describe('whether 403 is only about credentials', () => {
  it.each([
    'is a 403 purely about credentials, or can servers refuse for other reasons?',
    'Is 403 strictly for bad credentials or can a server refuse with it for other reasons as well?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/forbidden for reasons unrelated to the credentials/);
  });
});

/** Two entries now say their fact first: what 401 is (not authenticated), and what 410 asks of those who link to it. */
describe('entries that say what is asked first', () => {
  it('401 vs 403 opens with what 401 is', () => {
    expect(answerQuestion('401 vs 403, short version').answer).toMatch(/^401 means the caller is not authenticated/);
  });

  it('410 asks linkers to drop their links', () => {
    expect(answerQuestion('after we started answering 410 for the retired docs, are link checkers supposed to remove the links?').answer).toMatch(
      /^A 410 asks those who link to the URI to drop their links/,
    );
  });
});
