import { answerQuestion } from '../../../src/domain/ask';

/**
 * A case told, then a fact asked about it (what a crawler or cache does, what the body may say, whether a
 * server may do something, what a weakness is called): the asker wants the fact, not this case's code.
 * Paraphrases of the kinds blind writers produced (session 16), not their questions.
 */
describe('a fact asked after a case gets no verdict', () => {
  it.each([
    ['the old coupon pages are gone for good and answer 410 now. does a search engine forget them sooner than with 404', null],
    ['discontinued firmware urls return 410, no cache-control set. could a shared cache keep that 410 anyway?', /cache/i],
    ['we refuse interns on the payroll export with 403. may the error body say which role is missing?', null],
    ['our marketing lead asks whether crawlers treat a 410 differently from a 404 for the retired campaign pages', /410/],
    ['a reviewer saw us answer 403 for ticket ids that exist and 404 for the rest, so ids can be probed. what is that kind of weakness called?', null],
    ['a customer opens another household\'s invoice link and gets not found even though it exists. is a server even allowed to answer 404 there?', null],
    ['the token we got is garbage, not even base64. is the error code still invalid_token?', /invalid_token/],
  ])('%s', (question, fact: RegExp | null) => {
    const answer = answerQuestion(question);
    expect({ question, verdict: answer.verdict }).toEqual({ question, verdict: null });
    // Where the fact is null, the entry chosen does not state it yet (left open: see the session's note).
    if (fact) expect(answer.answer).toMatch(fact);
  });

  it.each([
    ['the coupon pages are gone for good. does the client need a 404 or a 410 from us?', '410'],
    ['discontinued firmware urls, removed permanently on purpose. which code do we return: 404 or 410?', '410'],
    ['interns are authenticated but lack the payroll role. 403 or 404 for the export?', '403'],
    ['token expired an hour ago, refresh failed too. does the proxy send a 401 or a 403 for that?', '401'],
  ])('a code asked by name keeps its verdict: %s', (question, verdict) => {
    expect(answerQuestion(question).verdict).toBe(verdict);
  });
});
