import { answerQuestion } from '../../../src/domain/ask';

/** Which code is wanted though no "which code" is written (session 16, from a blind set's misses). */
describe('a code asked for without asking for one', () => {
  it.each([
    // Today's code put up for replacement in shorthand.
    ['a client keeps calling GET /v2/orders/ord_000, that id never existed in any env. we return 500 atm because of a null deref. fix it to what', '404'],
    // No question at all: a case, and today's code that is not the case's.
    ['WARN billing-api deny client=acme scopes=[invoices:read] needs=invoices:write route="POST /v1/invoices" token is valid, just no write scope. the gateway returns 401 today and their sdk refreshes the token forever', '403'],
  ])('%s', (question, verdict) => {
    expect(answerQuestion(question).verdict).toBe(verdict);
  });

  it('a statement with a question word in it is still a question about something else', () => {
    expect(answerQuestion('legacy svc sends 401 for users who are logged in but not admins. per rfc 9110 what is 401 supposed to signal').verdict).toBeNull();
  });

  it('where a part of the response goes is a part asked, not the code', () => {
    const answer = answerQuestion('where does error=invalid_token actually go - json body or a header? which header');
    expect(answer.verdict).toBeNull();
    expect(answer.answer).toMatch(/WWW-Authenticate/);
  });
});
