import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 27, from what session 26 noticed and left, and from the misses of the spent sets of this session (scored before anyone
 * read them, then tuned on). Each block is a class of wording, checked with questions written for this file in other words than
 * the sets', and a guard that a close wording outside the class is not caught.
 */

/**
 * "under rfc 9110, may an origin server return 404 rather than 403 to hide that a forbidden resource exists?" was answered with the
 * API-contract caution about swapping codes. Whether hiding with a 404 is allowed, asked yes or no with no case, is RFC 9110
 * §15.5.4's rule, and its answer is "yes".
 */
describe('whether a 404 may stand in for a 403 to hide, asked yes or no', () => {
  it.each([
    'under rfc 9110, may an origin server return 404 rather than 403 to hide that a forbidden resource exists?',
    'per the spec, is it allowed to send 404 instead of 403 to hide the document?',
    'can an api answer 404 rather than 403 so that outsiders cannot tell the record is real?',
  ])('%s', (question) => {
    const result = answerQuestion(question);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^Yes\b/);
    expect(result.answer).toMatch(/§15\.5\.4/);
  });

  it('guard: a case with a caller refused and nothing to hide still gets its code', () => {
    const result = answerQuestion('signed-in user without the editor role tries to rename the project, it is not secret. 403 or 404?');
    expect(result.verdict).toBe('403');
  });
});

/** unseen315 #7: "if the secret supplied doesn't match" is a credential checked and refused, whatever role the account holds. */
describe('a secret that does not match, with words between', () => {
  it.each([
    'basic auth for our partner api: the client id is real but the secret sent does not match. what do we return',
    'hmac webhook signing: the secret provided did not match the one on file, the partner account is fine otherwise. status?',
  ])('%s', (question) => {
    expect(answerQuestion(question).verdict).toBe('401');
  });

  it('guard: a matching secret and a missing role is still a refusal', () => {
    expect(answerQuestion('the client secret matches and the token is valid, but the app lacks the admin role for this endpoint. what code').verdict).toBe('403');
  });
});

/**
 * unseen315 #33: "the org was hard-deleted … the former owner still calls GET /orgs/hooli" was read as a caller of one tenant asking
 * for another's path: "hard-deleted" was taken for the caller's tenant name ("org was <name>").
 */
describe('a state told of a tenant is not its name', () => {
  it('the former owner of an org deleted for good calls its path', () => {
    const result = answerQuestion(
      "the org was hard-deleted at the owner's request, data destroyed. the former owner still calls GET /orgs/acme from a script, nothing to hide from them. which code",
    );
    expect(result.verdict).toBe('410');
  });

  it('the owner of a workspace deleted for good calls its path', () => {
    const result = answerQuestion('the workspace was permanently deleted last month and will never come back. its old owner still calls GET /workspaces/acme every night. what do we answer');
    expect(result.verdict).toBe('410');
  });

  it('guard: a caller of one org asking for another org\'s path is still a cross-tenant refusal', () => {
    const result = answerQuestion('signed-in user from org acme calls GET /orgs/globex/invoices, nothing secret about it. which code');
    expect(result.verdict).toBe('403');
  });
});

/** unseen315 #34: "we never re-create the same url (a new export makes a new url)" is no move to a new address. */
describe('a new url for a new thing is not a move', () => {
  it.each([
    'share links expire after 7 days and are gone for good; we never reuse the same link, each new share gets a new link. someone opens an old one. code?',
    'the report download url is deleted permanently after a day, a new report creates a new url. what status when the old url is hit',
  ])('%s', (question) => {
    expect(answerQuestion(question).verdict).toBe('410');
  });

  it('guard: content moved to a new url still gets a redirect', () => {
    const result = answerQuestion('the docs moved to a new url last week, the old link is still hit. which code');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/\b301\b|\b308\b/);
  });
});

/** unseen316 #49: "editors read '401 Unauthorized' as 'you are not permitted'. what does 401 actually signify?" was answered with 403's meaning. */
describe('the one code asked to be defined, beside a misreading of it', () => {
  it('401 is defined, not the refusal the misreading names', () => {
    const result = answerQuestion('our pm reads 401 unauthorized as not permitted to do this. what does 401 actually signify per the rfc?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^[^.]*\b401\b/);
    expect(result.answer).toMatch(/authenticat/i);
  });

  it('guard: two codes asked, both are defined', () => {
    const result = answerQuestion('for the wiki, one line each: what does a 401 mean and what does a 403 mean?');
    expect(result.answer).toMatch(/\b401\b/);
    expect(result.answer).toMatch(/\b403\b/);
  });
});

/** unseen318 #44: "when server answer 404, this mean the resource is gone temporary or permanent?" asks what 404 says, not a case's code. */
describe('a code taken up again by "this" and asked what it says', () => {
  it.each(['api answer 404, that mean the account is gone?', 'our api give 404, that mean the file is deleted forever or only for now?'])('%s', (question) => {
    const result = answerQuestion(question);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^404 Not Found means|^Not necessarily/);
    expect(result.answer).toMatch(/does not (?:say|tell) whether/);
  });

  it('guard: a case that ends in "404, right?" still asks for the case\'s code', () => {
    expect(answerQuestion('the invoice id was never created, so we send 404, right?').verdict).toBe('404');
  });
});

/** unseen316 #44 and #50: what a 410 says, in RFC 9110 §15.5.11's words ("likely to be permanent", "intentionally"). */
describe('410 answers keep the RFC words', () => {
  it('whether a 410 may come back', () => {
    expect(answerQuestion('a fan asks: the old page says 410 gone now, so will it be back someday or what does 410 say?').answer).toMatch(/likely to be permanent/);
  });

  it('404 against 410', () => {
    expect(answerQuestion('what is the difference between 404 and 410?').answer).toMatch(/intentionally removed/);
  });
});
