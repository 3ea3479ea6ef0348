import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner e), from the misses of the spent sets unseen76 and unseen77: removals known to be permanent that were read
 * as not permanent. Each block is a class of wording, checked with questions written for this file in other words than the
 * set's, and a guard that a close wording outside the class is not caught.
 */

/**
 * "weak-password reports were deleted": a credential word naming what a document is about. What went is the document, a
 * resource of its own, so its removal decides (RFC 9110 §15.5.11), not a credential or an access that ended.
 */
describe('a document named after a credential, removed', () => {
  it.each([
    'the weak-password reports were deleted for good, on purpose. what should /reports/weak/12 return?',
    'we removed the reused-password summaries permanently, by design; an admin opens an old summary url. status?',
    'the stolen-credential audit exports are permanently deleted by our retention job after six months. an auditor opens the old link to one. 404 or 410?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: access to such a document taken away is still a refusal', () => {
    expect(answerQuestion('the admin removed his access permanently; he is logged in and opens the password reports. status?').verdict).toBe('403');
  });

  it('guard: a credential itself deleted is still a credential problem', () => {
    expect(answerQuestion('the user deleted her api key and the script keeps using it. status?').verdict).toBe('401');
  });
});

/**
 * "revealing that the export existed leaks nothing": telling the caller it is (or was) there is said to cost nothing, so
 * there is nothing to hide from them; RFC 9110 §15.5.4's 404 is for a server that wants to hide existence.
 */
describe('telling the caller it exists said to leak nothing', () => {
  it('the removal decides', () => {
    expect(
      answerQuestion(
        "the client's signed contracts were deleted permanently on purpose after the deal closed. the account manager, who is on that client's team, opens an old contract link; telling her it existed gives away nothing. which status?",
      ).verdict,
    ).toBe('410');
  });

  it('the refusal decides', () => {
    expect(
      answerQuestion('a logged-in analyst opens a quarterly report of another region that she may not read; revealing that the report exists leaks nothing. which code?').verdict,
    ).toBe('403');
  });

  it.each([
    'a partner with a valid login opens a draft deck he is not allowed to see; revealing that the deck exists would leak our roadmap. which status?',
    'a member opens a private board of another team; he is logged in. a 404 leaks nothing, a 403 confirms the board exists. which status?',
  ])('guard: a disclosure feared, or a code said to leak nothing, still hides: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });
});

/**
 * "if the same person opens the link again": the caller asking for the address once more is the request being judged, not
 * the thing coming back, so a removal known to be permanent stays so (RFC 9110 §15.5.11, 410).
 */
describe('the caller opening the address again', () => {
  it.each([
    'the event tickets page was taken down for good after the festival, on purpose. a fan opens the page again from an old email. 404 or 410?',
    'the burn-after-reading note is erased forever once read, by design. if the reader opens it again, which code?',
    'we pulled the contest page permanently, on purpose; a visitor opens the page again. 404 or 410?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it.each([
    'the menu page was removed on purpose; the restaurant opens it again in spring. which status?',
    'we closed the pop-up shop page on purpose, but the owner may open it again next summer. what status for now?',
  ])('guard: the owner opening it again, ahead in time or maybe, is a return: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });
});

/**
 * "the listing deletes items after 90 days by retention rule": a removal a rule runs on a schedule, told in the present. What is
 * past the age is gone, and with its permanence said it is 410 (RFC 9110 §15.5.11), not an old link that names nothing.
 */
describe('a removal run on a schedule, told in the present', () => {
  it.each([
    'the community notice board deletes ads after 60 days by retention rule, and this is permanent. people still follow old links to those ads. which status should they get?',
    'our recipe site removes user comments after one year by policy, and that is for good. old comment links keep coming in. what code fits?',
    'the kiosk app wipes receipts older than 90 days permanently. some customers still have old receipt links. what should those return?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: a scheduled removal the customer can undo is not known to be permanent', () => {
    expect(
      answerQuestion('the print shop removes uploaded files after 14 days by retention rule, but the customer can restore them from the archive tab. what should old file links return?').verdict,
    ).toBe('404');
  });

  it('guard: a removal asked for is the request, refused', () => {
    expect(answerQuestion('a viewer tries to delete a board older than 30 days; he is logged in but only has read access. status?').verdict).toBe('403');
  });
});

/** "nothing can be recovered", "nothing could ever be restored": the passive form of a return ruled out, like "nothing can bring it back" (RFC 9110 §15.5.11: known permanent, 410). Seen by tuner e, fixed in review. */
describe('nothing can be restored, in the passive', () => {
  it.each([
    'we deleted the old invoice pdfs on purpose last year and nothing can be recovered. what status for the old links?',
    'the report was purged intentionally, nothing could ever be restored. 404 or 410?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: something that can be restored may come back (404)', () => {
    expect(answerQuestion('the report was purged intentionally, but it can be restored from backup. 404 or 410?').verdict).toBe('404');
  });
});

/** "classifieds" (small ads) is a word of its own, not a typo of "classified" (secret): no hiding is read into it. */
describe('classifieds are ads, not secrets', () => {
  it('a classifieds page removed for good on purpose is gone: 410', () => {
    expect(answerQuestion('classifieds page was removed for good on purpose, what code').verdict).toBe('410');
  });

  it('guard: a classified page is still a secret one', () => {
    expect(answerQuestion('the report is classified; a signed-in intern without clearance asks for it and must not learn it exists. what code?').verdict).toBe('404');
  });
});

/** "the password reset audit logs", "login history exports": records named after a credential feature are what is asked for, not a credential the request carries (seen by tuner e, fixed in review). */
describe('records named after a credential feature', () => {
  it.each([
    ['the password reset audit logs were deleted on purpose for good. signed-in admin opens /audit/77. code?', '410'],
    ['login history exports were purged last night, we may regenerate them. a signed-in user opens the old export link. status?', '404'],
  ])('%s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('guard: after a password reset, the old session is a credential that ended (401)', () => {
    expect(answerQuestion('after the password reset the old session still calls the api. what do we return?').verdict).toBe('401');
  });
});
