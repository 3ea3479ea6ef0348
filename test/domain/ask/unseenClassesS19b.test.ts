import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 19b: classes of question from spent sets' misses, each in new wordings written for this file, with a
 * guard that a close wording is not caught.
 */

/** Session 19b, from a spent set's miss: a sensitive record whose existence the asker says is no secret. */
describe('a sensitive record whose existence is known to the caller, 403 or 404', () => {
  it.each([
    'a nurse is logged in and wants to read the medical record of a patient on another ward. every staff member knows the patient is here, nothing secret about it. 403 or 404?',
    'logged-in manager wants to see the performance review of an employee in another department. that employee is in the staff directory, so no secret that he exists. 403 or 404?',
    "the bank customer is signed in and wants to view the account statement of her brother; the brother's account is known to her, it is not hidden. 404 or 403?",
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: the same record with nothing said about hiding leaves hiding open', () => {
    expect(answerQuestion('a nurse is logged in and wants to read the medical record of a patient on another ward. 403 or 404?').verdict).toBeNull();
  });
});

/** Session 19b, from a spent set's miss: privacy put first says what a refusal would confirm must stay hidden (404, RFC 9110 §15.5.4). */
describe('privacy said to come first, for an outsider asking for a private thing', () => {
  it.each([
    'a contractor with a valid session asks for a private workspace of a client he is not part of. the privacy of our clients is very important to us. what do we return?',
    'user not in the team requests the team\'s private board via the api, token is fine. confidentiality of the board matters a lot here. which status?',
    "we care a lot about our customers' privacy. a logged-in user who is not a member opens another company's private project url. status?",
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it.each([
    'a team member can see the board but their role does not allow editing it. privacy of our customers is important. what code for the edit?',
    'signed-in viewer tries to delete a dashboard they can see, only admins may delete. privacy matters a lot to us. code?',
  ])('guard: a caller who can already see the thing has nothing hidden from them, privacy or not: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: privacy settings that only say who may see it are a refusal', () => {
    expect(answerQuestion("a logged-in member of the team without the editor role changes a card on the team board. the board's privacy settings say editors only. which status?").verdict).toBe('403');
  });
});

/** Session 19b, from spent sets' misses: whether a server may answer 404 for a thing that exists, asked yes or no (RFC 9110 §15.5.4: yes). */
describe('may a server answer 404 for what exists: yes, to hide it', () => {
  it.each([
    'are servers really permitted under rfc 9110 to return 404 instead of 403 so outsiders cannot tell it exists?',
    'can an api return 404 for a record which actually exists?',
    'a logged-in tenant admin gets 404 on a board of another tenant. the board exists. is the api allowed to answer 404 for something that is really there?',
  ])('%s', (q) => {
    const a = answerQuestion(q);
    expect(a.verdict).toBeNull();
    expect(a.answer).toMatch(/^Yes\b/);
    expect(a.answer).toMatch(/§15\.5\.4/);
  });

  it('guard: a 404 for routes never built is no hiding, and gets no "yes, to hide"', () => {
    expect(answerQuestion('are we allowed to answer 404 for routes we never built?').answer).not.toMatch(/^Yes/);
  });
});

/** Session 19b, from a spent set's miss: a single-use thing already used is used up for good, by its own rule (410, RFC 9110 §15.5.11). */
describe('a single-use link or voucher already used', () => {
  it.each([
    'gift vouchers are one-time: the voucher page /v/8kq2 was already redeemed last week. a customer opens it later. status?',
    'our download links are single use, and this one has already been consumed by the first download. what does a second GET return?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: a single-use link not used yet, refused for a missing role, is a refusal', () => {
    expect(answerQuestion('claim links are single-use; this one was never claimed and is still open, but the user lacks the claim role. status?').verdict).toBe('403');
  });

  it('guard: a single-use sign-in link already used is a spent credential, not a removed page', () => {
    expect(answerQuestion('the magic sign-in link is single-use and she already used it; she clicks it again to log in. status?').verdict).not.toBe('410');
  });
});

/** Session 19b, from a spent set's miss: a publication stopped with nothing ever to come is ended for good (410). */
describe('a feed or series stopped, never to publish again', () => {
  it.each([
    "the weekly newsletter has ended, and we will never send another issue. readers' apps still fetch /newsletter/feed.xml. code?",
    'we closed the devlog blog and are never posting anything more there; crawlers keep requesting /devlog/rss. what should it answer?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: a feed paused until a season returns is not gone for good', () => {
    expect(answerQuestion('we paused the podcast for the summer; new episodes come back in september. apps poll /podcast/feed meanwhile. which status?').verdict).not.toBe('410');
  });

  it('guard: a job stopped for good says nothing of a page a caller is refused', () => {
    expect(answerQuestion('we stopped the reminder job and will never send any more reminder emails. a logged-in user without the admin role opens /reminders/settings. status?').verdict).toBe('403');
  });
});

/** Session 19b, from a spent set's miss: a credential granted a read scope alone, asked to write, lacks the scope (403, RFC 6750 §3.1). */
describe('a token granted only a read scope, used to write', () => {
  it.each([
    "the partner app's token was issued with just orders:read, and now it sends DELETE /orders/991. which status do we return?",
    'ci key granted only packages:read; the pipeline tries PUT /packages/web/1.2.0 to publish. status and error value?',
  ])('%s', (q) => {
    const a = answerQuestion(q);
    expect(a.verdict).toBe('403');
    expect(a.answer).toMatch(/insufficient_scope/);
  });

  it('guard: the same read scope used to read is no scope refusal', () => {
    expect(answerQuestion('the token was granted only reports:read and they call GET /reports/q3. status?').verdict).not.toBe('403');
  });
});

/** Session 19b, from spent sets' misses: a doubt about permanence put as a general condition asks the rule (404 in the answer, no verdict). */
describe('"if nobody knows whether the removal is for good, which code?"', () => {
  it.each([
    'when you are not sure a deleted article will stay deleted, what code does rfc 9110 want, 404 or 410?',
    'if no one really knows whether a retired endpoint comes back, which status is right per the spec?',
    'if we took a page down but are uncertain whether that is final, which is better, 410 or 404?',
  ])('%s', (q) => {
    const a = answerQuestion(q);
    expect(a.verdict).toBeNull();
    expect(a.answer).toMatch(/^Under that condition, use 404/);
  });

  it('guard: the doubt told of this case, not put as a condition, gets its verdict', () => {
    expect(answerQuestion('we deleted the listing /l/55 and nobody knows if it will come back. which status?').verdict).toBe('404');
  });
});

/** Session 19b, from a spent set's miss: a lapsed thing its owner can still renew "within n days" may come back (404), and "410 or not" asks the code. */
describe('renewable within a window, and "410 or not" said last', () => {
  it.each([
    'gift cards expire after a year and the owner can renew within 60 days. someone opens an expired card page. status?',
    'sold-out products get unpublished, the shop can relist later from the admin, nobody decided beyond that. crawlers keep hitting the unpublished ones, 410 or not',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: an expired api key its customer can renew is still a credential that is no good', () => {
    expect(answerQuestion('api keys expire after 90 days and the customer can renew within the portal; a script still calls with the expired key. status?').verdict).toBe('401');
  });
});

/** Session 19b, from a spent set's miss: of two codes named, "which one is about …" asks what they mean, not a case's code. */
describe('"which one is about …" of two named codes', () => {
  it.each([
    'explain 404 vs 410 to a product manager: which one is for stuff we deleted on purpose?',
    'our docs compare 401 and 403 in plain words. which one means the caller is not logged in?',
  ])('%s', (q) => {
    const a = answerQuestion(q);
    expect(a.verdict).toBeNull();
    expect(a.answer).toMatch(/\b(?:401|410)\b/);
  });

  it('guard: a case told, then "401 or 403, which one?", gets its verdict', () => {
    expect(answerQuestion('user is not logged in and calls /billing. 401 or 403, which one?').verdict).toBe('401');
  });
});

/** Session 19b, from a spent set's miss: "visible to its members and nobody else" keeps its existence from everyone else (404, RFC 9110 §15.5.4). */
describe('visible to a group and nobody else, asked for by an outsider', () => {
  it.each([
    "team channels are visible to the team's members and nobody else. a signed-in employee from another team requests one by id. status?",
    'draft reports are discoverable to the finance group but not to anyone else; a logged-in sales rep opens a draft url. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: a caller who already knows it exists is refused, not hidden from', () => {
    expect(answerQuestion("team channels are visible to the team's members and nobody else. a signed-in employee from another team, who already knows the channel exists, requests it. status?").verdict).toBe('403');
  });

  it('guard: visible to a wider group, with nobody left out by words, is a refusal', () => {
    expect(answerQuestion("team channels are visible to the team's members and everyone in hr. a signed-in employee from another team requests one by id. status?").verdict).toBe('403');
  });
});

/** Session 19b, from a spent set's miss: a private thing asked for by someone outside the group it is private to (404, RFC 9110 §15.5.4). */
describe('a private resource asked for by an outsider or former member, no code weighed', () => {
  it.each([
    "he was removed from the team last month and still opens the team's private roadmap page while logged in. status?",
    'a user who is no longer a member of the org fetches one of its private packages with a valid token. which code?',
    'a contractor who is not a member of the workspace requests one of its private boards by url. he is logged in. what should the api send?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: the same outsider who already knows it exists is refused (403)', () => {
    expect(answerQuestion('a contractor who is not a member of the workspace requests one of its private boards; he already knows the board exists from an email. what should the api send?').verdict).toBe('403');
  });

  it('guard: 403 and 404 weighed for it leaves hiding open', () => {
    expect(answerQuestion('a contractor who is not a member of the workspace requests one of its private boards by url. he is logged in. 403 or 404?').verdict).toBeNull();
  });

  it('guard: "no secret" denies that it is sensitive', () => {
    expect(answerQuestion("a partner's key reads its own reports. it asks for another partner's private report, which is listed publicly, so no secret. the key is valid. how should the api answer?").verdict).toBe('403');
  });
});

/** Session 19b, from a spent set's miss: a request line pasted as a ticket, with the rule restricting it and no question, asks its code. */
describe('a pasted request line and the rule that restricts it, no question', () => {
  it.each([
    'DELETE /projects/88/members/5 by u_77 role=viewer. policy: only project admins remove members. u_77 is signed in.',
    'GET /invoices/9001 from acct_12 (session ok). invoice 9001 belongs to acct_40; tenants are isolated.',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a request line with nothing restricting it gets no verdict', () => {
    expect(answerQuestion('GET /reports/55 by u_3 role=analyst. reports are readable by analysts. it worked fine, just logging it.').verdict).toBeNull();
  });
});
