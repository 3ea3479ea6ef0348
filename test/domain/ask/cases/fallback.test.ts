import { answerQuestion } from '../../../../src/domain/ask';
import {
  asksNoCase,
  caseIndexOf,
  CASE_MIN_SHARE,
  CASE_MIN_SHARED,
  CASE_NEIGHBOURS,
  contradictsReadFacts,
  isContentWord,
  nearestIn,
  neighboursIn,
} from '../../../../src/domain/ask/cases';

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

describe('the neighbours are those a search scoring every row would pick (neighboursIn)', () => {
  // The reference: MiniSearch scores every row holding any word of the question, then rows sharing fewer than
  // CASE_MIN_SHARED telling words are dropped.
  const reference = (rows: readonly Row[], text: string) =>
    caseIndexOf(rows)
      .search(text)
      .filter((hit) => hit.queryTerms.filter(isContentWord).length >= CASE_MIN_SHARED)
      .slice(0, CASE_NEIGHBOURS)
      .map((hit) => ({ id: hit.id as number, score: hit.score }));
  const ids = (rows: readonly Row[], text: string) => neighboursIn(caseIndexOf(rows), text).map((hit) => hit.id);

  const rows: Row[] = [
    // 0 and 1 score the same; 1 holds the question's first word, so a full search lists it first.
    ['403', 'payroll export intern', 'r'],
    ['404', 'ledger export intern', 'r'],
    // 2 and 3 share the same telling words; only "the", which the question holds, puts 3 ahead.
    ['403', 'contractor vault opens now', 'r'],
    ['404', 'the contractor vault opens', 'r'],
    // 4 holds more of the question's words than 2 does, and scores higher, but only one telling word: no neighbour.
    ['410', 'the the contractor to we of it', 'r'],
    // 5 and 6 are the same question twice: the first added comes first.
    ['401', 'quarterly budget audit', 'r'],
    ['401', 'quarterly budget audit', 'r'],
  ];
  const questions = [
    'ledger payroll export intern',
    'the contractor wants the vault, to we of it',
    'the quarterly budget audit, the ledger export',
    'zzz qqq the to',
  ];

  it.each(questions)('%s', (text) => {
    expect(neighboursIn(caseIndexOf(rows), text)).toEqual(reference(rows, text));
  });

  it('the crafted rows test what they mean to: ties, a common word deciding, one telling word too few', () => {
    const tied = neighboursIn(caseIndexOf(rows), 'ledger payroll export intern');
    expect(tied.map((hit) => hit.id).slice(0, 2)).toEqual([1, 0]);
    expect(tied[0]?.score).toBe(tied[1]?.score);
    const told = 'the contractor wants the vault, to we of it';
    expect(ids(rows, told)).toEqual([3, 2]);
    expect(caseIndexOf(rows).search(told).map((hit) => hit.id as number)).toEqual([4, 3, 2]);
    expect(ids(rows, 'the quarterly budget audit, the ledger export')).toEqual([5, 6, 1]);
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

describe('session 15: the library also answers where the parser reads a removal but not its permanence, a topic beside the case, or a doubt about a removal', () => {
  it.each([
    // The parser reads a removal and leaves permanence open; the neighbours know a deal that may be renewed.
    ['404', 'Season 3 episodes were pulled from the app yesterday because the distribution deal lapsed; the distributor may still renew, nobody can say yet. Old share links keep getting hits. What do they return?'],
    // A rule set in the workspace's settings, with a question about caching beside it.
    ['403', 'The company admin limited invoice exports to the finance group in the workspace settings. A project manager clicks export and the API refuses. Which code should that refusal carry, and should the response be cached?'],
    ['401', 'a customer revoked our integration from their account settings this morning but the integration is still calling with the token it had cached. whats the right reply'],
  ])('%s: %s', (verdict, q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBe(verdict);
    expect(result.answer).toMatch(new RegExp(`^Most likely ${verdict}: .*If it differs: `, 's'));
  });

  it.each([
    'The marketing team delete the faq page, but we are not sure if they make it again or not. Which code is correct for it now?',
    'after the storage move some receipts are missing in the new bucket. dunno yet if theyre lost or just not synced. which code should the api give for them right now',
  ])('a doubt whether something gone is gone for good leaves the neighbours\' 404 standing: %s', (q) => {
    expect(answerQuestion(q).answer).toMatch(/^Most likely 404: /);
  });

  it('a doubt about the other facts still leaves the case open', () => {
    expect(answerQuestion('calls to /v1/exports get blocked somewhere in the gateway. 401 or 403? that is all we know').verdict).toBeNull();
    expect(answerQuestion('not sure if the caller is logged in or just lacks the role, the error page gives nothing away. what do we send back').verdict).toBeNull();
  });

  it.each([
    // "confusion" and "401 or 403" read as the codes' difference; a route that should look absent read as diagnosis.
    ['401', 'Token confusion: a validly signed kiosk token (aud=kiosk-api) is presented to the refunds API, whose expected audience is refunds-api. Same issuer. What does refunds-api send back?'],
    ['403', 'picker w/ valid token PUTs /tasks/771/done but the task is assigned to a diff picker. we know exactly who she is. task is on the shared board anyway so no secret. 401 or 403'],
    ['404', "We keep /internal/debug/jobs on the same host as the public site. For anyone who isn't ops we'd rather not advertise the route at all. Status?"],
  ])('a topic read beside the case (difference, diagnosis) leaves the neighbours\' %s standing: %s', (verdict, q) => {
    expect(answerQuestion(q).answer).toMatch(new RegExp(`^Most likely ${verdict}: `));
  });

  it('absence wished for ("rather the route looked like it isn\'t there") is read by the parser itself since session 16', () => {
    const answer = answerQuestion("We keep /internal/debug/jobs on the same host as the public site. For anyone who isn't ops we'd rather the route looked like it isn't there at all than advertise it. Status?");
    expect(answer.verdict).toBe('404');
    expect(answer.answer).not.toMatch(/^Most likely/);
  });

  it('a question about something else than the case (what a client does with a code) still gets no verdict from the cases', () => {
    expect(answerQuestion('What should clients that keep bookmarks do when they receive 410 Gone from us?').verdict).toBeNull();
  });
});
