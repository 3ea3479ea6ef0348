import { answerQuestion } from '../../../../src/domain/ask';
import { asksNoCase, caseIndexOf, CASE_MIN_SHARE, contradictsReadFacts, nearestIn } from '../../../../src/domain/ask/cases';

type Row = readonly ['401' | '403' | '404' | '410' | null, string, string];
const vote = (rows: readonly Row[], text: string) => nearestIn(caseIndexOf(rows), rows, text);

describe('the closest labelled cases vote (nearestIn)', () => {
  const rows: Row[] = [
    ['403', 'logged in user without the admin role deletes a project', 'role missing → 403'],
    ['403', 'member lacks the admin role and tries to delete the repo', 'role missing → 403'],
    ['404', 'the page was never there, a typo in the slug', 'nothing there → 404'],
    [null, 'what does 403 mean for a client, should it retry', 'knowledge'],
  ];

  it('gives the verdict of the most similar cases, with the nearest one and its rule', () => {
    const match = vote(rows, 'user without the admin role wants to delete the project');
    expect(match).toMatchObject({ verdict: '403', reason: 'role missing → 403' });
    expect(match?.share).toBeGreaterThanOrEqual(CASE_MIN_SHARE);
    expect(rows.map((r) => r[1])).toContain(match?.example);
  });

  it('gives nothing when the closest cases are questions about the rules', () => {
    expect(vote(rows, 'should a client retry after a 403, what does it mean')).toBeNull();
  });

  it('gives nothing when the cases are split or nothing is close', () => {
    const split: Row[] = [
      ['403', 'the caller opens the report page', 'r'],
      ['404', 'the caller opens the report page again', 'r'],
    ];
    expect(vote(split, 'the caller opens the report page')).toBeNull();
    expect(vote(rows, 'zzz qqq')).toBeNull();
  });
});

describe('ask falls back on the case library only where its own reading cannot decide', () => {
  it('a which-code question whose refusal it cannot read gets the cases\' verdict, said as likely, with a case and its rule', () => {
    const result = answerQuestion('the contractor logs in fine but the vault app shows him nothing when he opens /vault/keys. what do we send back');
    expect(result.verdict).toBe('403');
    expect(result.answer).toMatch(/^Most likely 403: .*matches cases like ".+" \(.*RFC.*\)\./);
    expect(result.answer).toMatch(/If it differs: /);
  });

  it('a question it decides never reaches the library', () => {
    const result = answerQuestion('our kiosk app is logged in as kiosk-7 and calls /admin/reboot which only ops may call. status code?');
    expect(result.verdict).toBe('403');
    expect(result.answer).not.toMatch(/Most likely/);
  });

  it('"403 or 404?" for a known caller, with nothing said of the refusal, stays open on hiding', () => {
    const result = answerQuestion('the contractor logs in fine but the vault app shows him nothing when he opens /vault/keys. 403 or 404?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/hidden|hide/);
  });

  it('a method the route does not take is no refusal to look up', () => {
    expect(answerQuestion('the gateway policy only allows GET and HEAD on /files; client sends PUT, authenticated. status?').answer).not.toMatch(/Most likely/);
  });

  it.each([
    ['a bad body (400)', 'the request body is missing the required email field, what should the api return'],
    ['an outage (503)', 'the database is down and the user opens their profile page, what do we send back'],
    ['a body too large (413)', 'the user uploads a file larger than our limit of ten megabytes, which status should we return'],
    ['a media type (415)', 'client sends json but our endpoint only accepts xml payloads, what code should we send back'],
    ['not ready yet', 'user requests the report before it has finished generating in the background job, what do we send back'],
  ])('a failure none of 401/403/404/410 names gets no verdict from the cases: %s', (_kind, q) => {
    expect(answerQuestion(q).verdict).toBeNull();
  });
});

describe('"is it ok to return 404 to …" for callers who are refused', () => {
  it.each(['is it ok to return 404 to users from another tenant', 'is it OK to return 404 to logged in users who lack permission'])('%s: yes, to hide that it exists (RFC 9110 §15.5.4), else 403', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^Yes if their existence must stay hidden/);
    expect(result.answer).toMatch(/otherwise 403/);
  });
});

describe('the library holds every set tuned on, and its neighbours vote on two shared words', () => {
  it.each([
    'the intern account tries to run the payroll export, hr says interns never get payroll. she is signed in with sso. what do we return',
    'a reseller hits the wholesale price list of a region they do not serve, their api key checks out. which status',
  ])('a refusal told in words the parser does not read gets the neighbours\' 403: %s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBe('403');
    expect(result.answer).toMatch(/^Most likely 403/);
  });

  it.each([
    // The asker says there is nothing more to know: the deciding fact stays open (a neighbour said 401).
    'calls to /v1/exports get blocked somewhere in the gateway. 401 or 403? that is all we know',
    // When a code is fine in general: a rule asked, no case (a neighbour said 404).
    'in what cases is it ok to answer 404 for an order that really exists',
    'in which situations should an api answer 404 to a logged in user for something that exists',
  ])('no neighbour\'s verdict where the asker leaves the case open or asks no case: %s', (q) => {
    expect(answerQuestion(q).verdict).toBeNull();
  });

  it.each([
    ['What should clients that keep bookmarks do when they receive 410 Gone from us?', true],
    ['what should our sdk do if it gets a 404 for a saved webhook id', true],
    ['when is it fine to send 410 instead of 404 for a deleted listing', true],
    ['the intern account tries to run the payroll export, hr says interns never get payroll. what do we return', false],
    ['what should we do about the 403s the partner gets since the deploy', false],
  ])('asksNoCase: %s -> %s', (q, expected) => {
    expect(asksNoCase(q.toLowerCase())).toBe(expected);
  });

  it.each([
    [{ auth: 'valid', existence: 'unknown', permanent: false }, '401', true],
    [{ auth: 'unknown', existence: 'unknown', permanent: false }, '401', false],
    [{ auth: 'unknown', existence: 'removed', permanent: false }, '410', true],
    [{ auth: 'unknown', existence: 'removed', permanent: true }, '410', false],
    [{ auth: 'unknown', existence: 'exists', permanent: false }, '410', true],
    [{ auth: 'unknown', existence: 'missing', permanent: false }, '410', true],
    [{ auth: 'valid', existence: 'exists', permanent: false }, '403', false],
  ] as const)('the neighbours never overrule a fact the parser read: %j with %s -> %s', (facts, verdict, expected) => {
    expect(contradictsReadFacts(facts, verdict)).toBe(expected);
  });
});
