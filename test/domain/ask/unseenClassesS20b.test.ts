import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner b), from the misses of the spent sets unseen72 and unseen71: each block is a class of wording, checked with
 * questions written for this file in other words than the sets', and a guard that a close wording outside the class is not caught.
 */

/** The doubt about permanence put as a condition, and what the RFC says under it asked: §15.5.11's rule, 404, no one case's code. */
describe('what the rfc says when a removal is not known to be permanent', () => {
  it.each([
    'when you cannot tell whether an archived recipe was deleted for good, what does the spec say, 404 or 410?',
    'if the backend is unsure the retired feed will ever come back, does the rfc prefer 410 or 404?',
    'in case nobody knows if a removed listing is permanent, which status does rfc 9110 want?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/\b404 ought to be used instead\b/);
  });

  it('guard: a told removal whose permanence is doubted, without the rule asked, is that case: 404', () => {
    expect(answerQuestion('the listing was removed yesterday and we are not sure it is permanent. 404 or 410?').verdict).toBe('404');
  });
});

/** RFC 6750 named, a token's state put as a condition (when, if), its error and status asked as a pair: the mapping of §3.1, no verdict. */
describe('an rfc 6750 error and its status asked as a pair, for a condition', () => {
  it.each([
    'per rfc 6750, if a client presents a revoked token, what error value and what status does the api use?',
    'rfc 6750 question: when an access token has run past its expiry, which error name and which status code are expected?',
    'under rfc 6750, if the bearer token was minted for another audience, what error code plus what status?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/invalid_token[^.]*→ 401/);
  });

  it.each([
    ['the refresh job sends an expired bearer token to our billing api: rfc 6750 error name and status please', '401'],
    ['the token lacks the admin scope. per rfc 6750, which status do we send?', '403'],
  ])('guard: a token told as a case keeps its verdict: %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

/** "no auth at all": chat's short word for authentication, a request with none; its bearer challenge carries no error code (RFC 6750 §3.1). */
describe('"no auth" as a request without any authentication, its challenge asked', () => {
  it.each([
    'a call comes in with no auth whatsoever; does the bearer challenge on the 401 carry error=invalid_token or any error at all?',
    'request with no auth, should the challenge carry error=invalid_token or any error code',
    'webhook hits us without any auth. should the www-authenticate challenge include an error code?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/should not include an error code/);
  });

  it('guard: a token that was sent and expired is invalid_token, its case keeps 401', () => {
    expect(answerQuestion('the token is expired. should the challenge on the 401 carry error=invalid_token?').verdict).toBe('401');
  });
});

/** "already visible to them in the list": the caller already sees the thing refused an action on, so nothing is left to hide (403, RFC 9110 §15.5.4). */
describe('a thing already visible or listed to the caller, a 404 proposed against leaks', () => {
  it.each([
    'warehouse app: a picker can see every order in the queue but only supervisors may void one. the picker tries to void an order with a valid session; a colleague wants 404 so nothing leaks, but the order is already visible to him on the dashboard. status?',
    "in our wiki every employee sees all pages but only owners can delete them. bob, logged in, tries to delete alice's page. someone says 404 to avoid leaking, yet the page is already listed to him in the sidebar. what code?",
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a thing visible to others in their sidebar, kept from this caller, is still hidden: 404', () => {
    const q = 'a user from another tenant, logged in, requests project 9, which is visible to admins of its own tenant in the sidebar. we must not reveal to other tenants that it exists. which code?';
    expect(answerQuestion(q).verdict).toBe('404');
  });
});

/** A seat, licence or role never assigned to a signed-in person is a permission they lack: a refusal (403), not a missing resource. */
describe('an entitlement never assigned to a known caller', () => {
  it.each([
    'nurse logs in fine with her hospital badge, but the ward manager never assigned her a licence for the imaging viewer. which status when she opens it?',
    'our contractor authenticates with a valid key but was not assigned a seat in the design tool. status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: an id never assigned to anything is a thing that does not exist (404)', () => {
    expect(answerQuestion('GET /desks/D-88: that desk number was never assigned in the floor plan, the caller is logged in. code?').verdict).toBe('404');
  });
});

/** "for them it does not exist": an absence said for some callers only is how people put hiding (or a colleague's case for 404), not a fact. */
describe('an absence said for some callers only, with nothing to hide', () => {
  it.each([
    "the clinic's login is valid, but policy says we must refuse their requests to the us data center. someone wants 404 because for them that data center does not exist, but nothing needs hiding. right code?",
    'an admin tool is refused to regular staff by policy; they are logged in. a dev says to staff the tool does not exist, so 404, though nothing needs hiding. status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: what does not exist for us, the server, is a fact of absence (404)', () => {
    expect(answerQuestion('a partner with a valid key calls /v9/stats. for us that endpoint does not exist, we never built it. what code?').verdict).toBe('404');
  });
});

/**
 * The doubt about permanence put after the question as a condition ("what does the spec say to send when the server does not know
 * whether …") asks RFC 9110 §15.5.11's own rule, like the same doubt put first: knowledge, no verdict, the answer naming 404. (Session
 * 20, from unseen76 and unseen77 once spent, and the spent unseen11 and unseen14, all labelled so by their writers.)
 */
describe('the doubt about permanence as a condition after the question asked of the spec', () => {
  it.each([
    'according to the rfc, which status do we use when our api cannot tell whether the record is deleted for good?',
    'what does the spec tell a server to answer instead of 410 when it doesnt know if the page is gone forever?',
    'if the backend not know whether an archived listing comes back, the standard says 404 or 410?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/404 ought to be used/);
  });

  it('guard: a told removal with the same doubt is a case, and gets its code', () => {
    expect(answerQuestion('we deleted the listing yesterday and do not know whether it is gone for good. what should the rfc say we return?').verdict).toBe('404');
    expect(answerQuestion('does rfc 9110 prefer 404 or 410 for a listing we deleted but might restore?').verdict).toBe('404');
  });
});

/**
 * The same doubt opening the question as its condition, with our own response asked after it ("if we are not sure …, should we
 * return 410 or 404?"): the rule under that condition (404 rather than 410, RFC 9110 §15.5.11), no verdict; the same doubt told as
 * the case's fact is a case. (Session 20, from unseen78 once spent.)
 */
describe('the doubt about permanence opening the question, then our response asked', () => {
  it.each([
    'if we cant tell whether the old campaign page is deleted for good, should we send 404 or 410?',
    'When the team is not certain the archived board will stay deleted, do we still return 410?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/use 404/);
  });

  it('guard: the doubt told as the case\'s fact is a case, and gets 404', () => {
    expect(answerQuestion('we are not sure whether the old campaign page is deleted for good. should we send 404 or 410?').verdict).toBe('404');
  });
});
