import { answerQuestion } from '../../../src/domain/ask';

/** A refusal told only through who may act, or a rule's own words, to a caller the server knows: 403. */
describe('a refusal a rule states', () => {
  it.each([
    ['Only dispatchers get to reassign drivers, and he is not one; he is signed in fine. what do we send back', '403'],
    ['only team leads get to approve leave. this user is logged in as a regular member and calls approve. code?', '403'],
    ['the account has a parental setting "cannot buy in-app items". the kid is logged in and calls POST /purchases. which status', '403'],
    ['school policy: cannot book rooms after 6pm. a teacher with a valid session tries at 7pm. what should the api return', '403'],
    ['our interns only get to see the staging dashboards. an intern logged in normally opens /dashboards/prod-billing. what do we send', '403'],
    ['the ci bot token only has repo:read and now it calls POST /repos/x/releases. token is valid. what status', '403'],
    ['the data room only releases files 09:00-17:00 mon-fri. an analyst with a valid session asks at 22:15 on saturday. which code', '403'],
  ])('%s', (question, verdict) => {
    expect(answerQuestion(question).verdict).toBe(verdict);
  });

  it('a rule that names no refusal is not one', () => {
    expect(answerQuestion('the retention policy: cannot recover files after 30 days. the file was purged for good last year. which code for GET?').verdict).not.toBe('403');
  });
});
