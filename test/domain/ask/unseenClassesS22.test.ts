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
    expect(answerQuestion('the invoice was deleted yesterday and might be restored. does a 404 fit or a 410?').answer).toMatch(/^The resource is not there right now, so use 404 Not Found/);
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
      /^A 410 asks those who link to the URI to remove their links/,
    );
  });
});

/*
 * Second round, from the misses of the spent sets unseen104, 108, 109 and 110.
 */

/** "when does rfc 9110 allow a 404 even though the real reason is that the caller is forbidden?": the hiding rule, asked in general. */
describe('the hiding rule asked with the refusal named after the 404', () => {
  it('gets the rule, not the monitoring of 404s', () => {
    const result = answerQuestion('when does rfc 9110 allow a 404 even though the actual reason is that the user is forbidden?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/RFC 9110 §15\.5\.4 allows a server to answer 404 instead of 403 when it wishes to hide/);
  });
});

/** "their sister's new address": a postal address, not a resource that moved (RFC 9110 §15.5.5: hiding decides). */
describe('a postal "new address" is no move', () => {
  it('a relative at a new address, whose existence as a customer must not leak, is a hiding 404', () => {
    expect(answerQuestion("a logged-in customer asks for the meter readings at their sister's new address; we must not reveal whether the sister is a customer at all. what status?").verdict).toBe('404');
  });

  it('guard: a page at a new address is still a redirect', () => {
    expect(answerQuestion('the docs page has a new address now, /docs/v2. what should the old url return?').answer).toMatch(/redirect permanently \(301/);
  });
});

/** "our retention policy required us to delete it permanently", "he is logged in and knows it existed": removed for good, nothing to hide (§15.5.11). */
describe('a removal someone was obliged to carry out, asked by a caller who knows it existed', () => {
  it.each([
    'our retention policy required us to delete the invoice permanently after ten years; the customer is logged in and knows it existed. what should GET /invoices/9 return?',
    'we had to delete the export permanently; the user is signed in and knows it existed. status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: outsiders who must not know it exists still get the hiding 404', () => {
    expect(answerQuestion('outsiders must not know the project exists; a logged in non-member asks for it. code?').verdict).toBe('404');
  });
});

/** "logged in with normal access to the space": ordinary access held is no limited role; the removal decides (§15.5.5). */
describe('normal access held is no refusal', () => {
  it('a page an admin may restore, asked by a member with normal access, is 404', () => {
    const result = answerQuestion('an admin removed the page and may restore it from backup; the user is logged in with normal access to the space. what should the page return?');
    expect(result.verdict).toBe('404');
    expect(result.answer).toMatch(/^The resource is not there right now/);
  });

  it('guard: a normal user at the admin console is refused', () => {
    expect(answerQuestion('a normal user (not an admin) tries to open the admin console while logged in. status?').verdict).toBe('403');
  });
});

/** "integration token still valid", "access was withdrawn": a known caller whose right was taken away (§15.5.4), not a removed resource. */
describe('a withdrawn right with a token still valid', () => {
  it('is 403', () => {
    expect(answerQuestion("partner revoked the integration's delegation. integration token still valid, we are fine telling them access was withdrawn. what status for its next call?").verdict).toBe('403');
  });

  it('guard: a page withdrawn for good is still gone', () => {
    expect(answerQuestion('the report page was withdrawn for good last year. what status?').verdict).toBe('410');
  });
});

/** RFC 9110 §15.5.2: after a 401 the client may repeat the request with new or replaced credentials. */
describe('retrying after a 401', () => {
  it('names new or replaced credentials', () => {
    expect(answerQuestion('after a 401 with a token attached, can the client try again?').answer).toMatch(/may repeat the request with new or replaced credentials/);
  });
});
