import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 20 (tuner a), from the misses of the spent set unseen71: each block is a class of wording, checked with
 * questions written for this file in other words than the set's, and a guard that a close wording outside the class
 * is not caught.
 */

/** "Nothing about X to hide": hiding disclaimed with what it would hide named between, so no 404 to hide it (RFC 9110 §15.5.4). */
describe('nothing about the thing to hide or conceal', () => {
  it.each([
    'a script calls /invoices/55 with no api key; there is nothing about its existence to hide from that partner. what should it send?',
    'the kiosk calls /tickets/4 without any token, and nothing about the ticket is left to hide from the kiosk. which status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it('a known caller refused, with nothing about the thing to conceal, gets the refusal', () => {
    expect(answerQuestion('a logged-in guest opens the staff wiki he has no role for; there is nothing about the wiki to conceal from him. status?').verdict).toBe('403');
  });

  it('guard: nothing about it to be revealed is hiding asked for', () => {
    expect(answerQuestion('an anonymous script calls /admin/backup with no credentials; nothing about its existence may be revealed to outsiders. status?').verdict).toBe('404');
  });
});

/** The caller's right to know of the thing, granted outright ("is allowed to know it exists"): nothing to hide, so the refusal is 403 (RFC 9110 §15.5.4). */
describe('a caller said to be allowed to know the thing exists', () => {
  it.each([
    'a muted member, signed in, opens the group chat that muted her; she is allowed to know the chat exists but cannot read it. what do we send?',
    'signed in, the ex-employee asks for the team folder he was removed from. per our policy he is permitted to see that the folder exists. which code?',
    'the logged-in contractor calls /projects/atlas, which belongs to another client; the contractor is entitled to know the project is there, nothing more. status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: nobody being allowed to know it exists is hiding', () => {
    expect(answerQuestion('the logged-in intern requests the board minutes; nobody outside the board is allowed to know that the minutes exist. status?').verdict).toBe('404');
  });
});

/** A return forbidden by what binds the server, said with an active verb ("the order forbids restoring it"): known permanent, 410 (RFC 9110 §15.5.11). */
describe('a return forbidden by an active verb', () => {
  it.each([
    'after the settlement we took the podcast episode down for good; the agreement prohibits us from re-uploading it. what should the episode url return?',
    'the regulator made us delete the listing and the ruling bars reinstating it. 404 or 410?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it.each([
    'we deleted the article; the editor forbids republishing it until legal reviews it, which may take weeks. 404 or 410?',
    'we deleted the article on purpose; nothing forbids restoring it later. 404 or 410?',
  ])('guard: a ban with an end, or a ban denied, rules no return out: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });
});

/** One "never" over a list of verbs ("will never be reassigned or restored"): the return at the list's end is ruled out, 410 (RFC 9110 §15.5.11). */
describe('a return denied at the end of a list under one never', () => {
  it.each([
    'the shop closed its storefront; the shop name was released and can never be reclaimed, reopened or recovered. what should /shops/<name> answer?',
    'we shut the forum board down; its threads will never be moved or republished. 404 or 410?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: a never about another verb, then a return that stays possible', () => {
    expect(answerQuestion('the handle was deleted; it is never reassigned, but the account can be restored within 30 days. 404 or 410?').verdict).toBe('404');
  });
});

/** A credential's check told failing with its verb as a noun or under way ("signature verify is failing"): no valid credential, 401 (RFC 6750 §3.1). */
describe('a credential check said to be failing', () => {
  it.each([
    'a client edited the claims inside its access token to look like an admin; now the token signature validation keeps failing. what do we answer?',
    'our gateway says the session cookie validation is failing for this request. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it('guard: a failing check of the role, with the token verified, is no credential failure', () => {
    expect(answerQuestion('the token is fine, the signature verifies, but the role check is failing for this user. which code?').verdict).not.toBe('401');
  });
});

/**
 * A reader's report of a temporary removal, then our own response asked of a thing named with a modifier ("what should the profile
 * endpoint return"): the case's code, 404 while it may come back (RFC 9110 §15.5.11), not the knowledge answer about a 410's meaning.
 */
describe('the response of a qualified thing of ours asked after a reader reports it', () => {
  it.each([
    'a user says her shared playlist link shows an error since she archived the playlist; archiving is temporary, she can unarchive it any time and it comes back. a dev wants 410. what should the playlist page return?',
    'a partner says the store\'s product url broke after the store paused its listing; the pause is temporary and the listing reappears when it resumes. our pm wants 410. what should the product route answer?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: what a reader is told about a 410 stays a question about the code', () => {
    const result = answerQuestion('a customer asks whether the page will come back after we answered 410 for it. what do we tell him?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/permanent/);
  });
});
