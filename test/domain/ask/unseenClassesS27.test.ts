import { answerQuestion, extractSituation, normalizeQuestion } from '../../../src/domain/ask';

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

/**
 * Round two, from unseen320, 323, 324 and 325. unseen324 #31: "after expiry the link can never be active again" is a return ruled out,
 * and the verdict model's 404 does not overturn the 410 it gives.
 */
describe('a link that can never be active again', () => {
  it.each([
    'gift card links expire after a year and can never be active again after that. a logged-in user opens an expired one, it did exist. 404 or 410?',
    'team invite links expire after 30 days. after expire the invite can never be active again, the admin must send a new one. a member who is logged in clicks an expired invite from two months ago. it was real, we keep it as expired. which is right, 404 or 410 or 403?',
  ])('%s', (question) => {
    expect(answerQuestion(question).verdict).toBe('410');
  });

  it('guard: an expired link that may be renewed stays 404', () => {
    expect(answerQuestion('the share link expired but the owner can renew it any time and it works again. someone opens it. 404 or 410?').verdict).toBe('404');
  });
});

/** unseen325 #29 (tuned set unseen240 #29 too): a public endpoint that needs no authentication gets no 401 from the verdict model. */
describe('no 401 where no authentication is needed', () => {
  it('a never-created id on a public endpoint, asked without credentials', () => {
    const result = answerQuestion(
      'GET /artists/{id} is a public endpoint that requires no authentication. a call with no Authorization header asks for an artist id that was never created. should it be 401 since no credentials came, or something else?',
    );
    expect(result.verdict).toBe('404');
  });

  it('guard: a private endpoint called without credentials is still 401', () => {
    expect(answerQuestion('GET /me/settings requires a login. the request has no Authorization header. which code').verdict).toBe('401');
  });
});

/** unseen320 #41: "when exactly does RFC 9110 allow a 404 in place of a 403" asks the condition, not RFC 9110's date. */
describe('"when exactly does the rfc allow" asks a condition', () => {
  it('the hiding rule, not the publication date', () => {
    const answer = answerQuestion('when exactly does rfc 9110 permit answering 404 in place of 403?').answer;
    expect(answer).toMatch(/hide/);
    expect(answer).not.toMatch(/June 2022/);
  });

  it('guard: when RFC 9110 was published is still its date', () => {
    expect(answerQuestion('when was rfc 9110 published?').answer).toMatch(/June 2022/);
  });
});

/** unseen324 #47: what may change before a request is repeated after a 401: RFC 9110 §15.5.2's "new or replaced Authorization header field". */
describe('retrying after a 401 names the Authorization header', () => {
  it('after getting a 401, may the client retry the same request?', () => {
    expect(answerQuestion('after getting a 401, may the client retry the same request? what needs to change first?').answer).toMatch(/Authorization header/);
  });
});

/** unseen325 #49: "the 404 code, it say if …" is the code taken up again by a pronoun, with "code" between. */
describe('"the 404 status code, it tell if …" asks what 404 says', () => {
  it('is answered with what 404 does not tell', () => {
    const result = answerQuestion('the 404 status code, it tell if the item is gone for now or for always?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/does not (?:say|tell) whether/);
  });
});

/** unseen324 #34: "there is no confidentiality concern about its existence" is hiding ruled out, not asked for. */
describe('no confidentiality concern is no hiding', () => {
  it('the owner of a record destroyed for good gets 410', () => {
    const result = answerQuestion(
      'the 2015 case files were purged under the retention rules: deliberate and irreversible. the client, signed in, asks for her own 2015 file, which she knows existed; there is no confidentiality concern about its existence. which status?',
    );
    expect(result.verdict).toBe('410');
  });

  it('guard: a confidentiality concern about existence still hides', () => {
    const result = answerQuestion('a signed-in user from another firm asks for a case file; its existence is confidential. which code');
    expect(result.verdict).toBe('404');
  });
});

/** unseen323 #6: a link whose signature the gateway treats as the request's credential expires like a credential (RFC 9110 §15.5.2). */
describe('a signed link treated as the credential', () => {
  it('its expiry is an expired credential', () => {
    const result = answerQuestion(
      'the cdn uses the token in the signed url as the credential. the url was signed with a 10 minute expiry and opened the next day; the video is still there, nothing deleted. someone wants 410 since the link is gone. code?',
    );
    expect(result.verdict).toBe('401');
    expect(result.answer).toMatch(/^An expired token/);
  });

  it('guard: a signed link without being called the credential is not read as one', () => {
    const result = answerQuestion('the signed download url expired after 10 minutes; the file itself was deleted for good last week. code?');
    expect(result.verdict).not.toBe('401');
  });
});

/** Round three, from unseen328, 329, 334 and 335. unseen335 #24: "management want nobody outside pilot tenants to know it exist" is hiding wished for. */
describe('nobody outside a group wanted to know it exists', () => {
  it('a flagged endpoint kept from everyone outside the beta gets 404', () => {
    const result = answerQuestion(
      'the new /v2/payouts/preview endpoint is behind a flag; product wants nobody outside beta customers to know it exists. a signed-in customer without the flag calls it. what do we send',
    );
    expect(result.verdict).toBe('404');
  });

  it('guard: what the beta customers already know is not hidden from them', () => {
    expect(answerQuestion('beta customers already know the preview endpoint exists; one without the flag calls it, signed in. what do we send').verdict).toBe('403');
  });
});

/** unseen328 #34: the caller "was the same rep who owned + deleted the record": the one asking made or removed it, so nothing is hidden from them. */
describe('the caller who created or deleted it', () => {
  it('gets the 410 of an irreversible deletion, whatever a review calls a leak', () => {
    const result = answerQuestion(
      'the security review calls our 410 on deleted notes an info leak. the caller in that test was the user who created and deleted the note, the deletion is irreversible. keep 410 or change?',
    );
    expect(result.verdict).toBe('410');
  });
});

/** unseen328 #35: "tore down … on purpose, ids never reused" is a removal. */
describe('torn down is removed', () => {
  it('a workspace torn down on purpose, never to come back', () => {
    const result = answerQuestion(
      'the tenant tore down their staging workspace on purpose; workspace ids are never reused and it cannot come back. an admin with a valid token still calls /workspaces/ws_9. code?',
    );
    expect(result.verdict).toBe('410');
    expect(result.answer).not.toMatch(/^Most likely/);
  });
});

/** unseen329 #49: "how does the client find out which scope it was missing" asks for RFC 6750's scope attribute. */
describe('how the client learns which scope it lacks', () => {
  it('is the scope attribute of the challenge', () => {
    expect(answerQuestion('with a 403 insufficient_scope, how does the app learn which scopes it needs?').answer).toMatch(/scope attribute/);
  });
});

/** Round four, from unseen336, 338, 341 and 343. unseen336 #44, unseen343 #44: "when, per rfc 9110, is a server allowed to …" asks the rule. */
describe('"when … rfc 9110 … allowed" asks the rule, not the date', () => {
  it.each([
    'When, per RFC 9110, is an api allowed to answer 404 instead of 403 for a record the caller may not read?',
    'when is it legitimate under rfc 9110 to send 404 instead of 403 for an order the caller cannot see?',
  ])('%s', (question) => {
    const answer = answerQuestion(question).answer;
    expect(answer).toMatch(/§15\.5\.4/);
    expect(answer).not.toMatch(/June 2022/);
  });
});

/** unseen338 #44, unseen343 #46: what a client should do with links to a 410 is RFC 9110 §15.5.11's request that they be removed. */
describe('what to do with links to a 410', () => {
  it('is to delete them', () => {
    expect(answerQuestion('the browser gets 410 for an old blog link. what does the rfc say it should do with links pointing there?').answer).toMatch(
      /delete references/,
    );
  });

  it('even after a told case', () => {
    const answer = answerQuestion(
      'what is the stated purpose of 410 gone in rfc 9110? what is a crawler expected to do with links pointing at a permanently removed product page?',
    ).answer;
    expect(answer).toMatch(/delete references/);
  });
});

/**
 * unseen338 #1: "anon viewer (no cookie, no auth header at all) … the space is readable by any logged in employee, anonymous access is
 * switched off site-wide": who may read the space is no state of the caller, and a setting switched off removes nothing.
 */
describe('a rule of who may read, and a setting switched off', () => {
  it('an anonymous caller of a members-only page gets 401', () => {
    const result = answerQuestion(
      'anon visitor (no cookie, no auth header at all) opens /kb/spaces/HR/pages/12. the HR space is readable by any logged in employee, anonymous access is switched off site-wide. nothing secret about HR existing. we want them to log in. what do we send back',
    );
    expect(result.verdict).toBe('401');
    expect(result.answer).not.toMatch(/^Most likely/);
  });

  it('guard: an api switched off is still a removal', () => {
    expect(extractSituation(normalizeQuestion('the old export api was switched off last month. what code')).existence).toBe('removed');
  });

  it('guard: a caller said to be logged in is still read as signed in', () => {
    expect(extractSituation(normalizeQuestion('the user is logged in but lacks the editor role. which code')).auth).toBe('valid');
  });
});

/** unseen343 #20: "public tracking is anonymous and open to everyone": a never-issued number asked anonymously is 404, not 401. */
describe('anonymous use by design', () => {
  it('a code never issued, on a lookup open to everyone', () => {
    const result = answerQuestion(
      'someone entered order code ZZ-000 on the public order status page; that code was never issued. order status is anonymous and open to everyone. what should the api answer?',
    );
    expect(result.verdict).toBe('404');
  });
});

/** Round five, from the knowledge-only set unseen352 (scored with the end code of round four, then tuned on). */
describe('whether 403 is limited to permission failures', () => {
  it('asked as an either-or, the other reasons get their yes', () => {
    const answer = answerQuestion(
      "is a 403 restricted to problems with the caller's credentials and permissions, or can a request be forbidden for other reasons as well?",
    ).answer;
    expect(answer).toMatch(/^Yes\b/);
    expect(answer).toMatch(/reasons unrelated to the credentials/);
  });

  it('asked as a claim, the claim gets its no', () => {
    const answer = answerQuestion('is 403 limited to permission failures of the caller?').answer;
    expect(answer).toMatch(/^No\b/);
    expect(answer).toMatch(/reasons unrelated to the credentials/);
  });
});

/** unseen352 #10: "what is the main purpose of 410, why it exist when we already have 404?": 404 is named only beside it. */
describe('the purpose of 410 beside 404', () => {
  it('is RFC 9110 §15.5.11 web maintenance', () => {
    expect(answerQuestion('whats the point of 410 really, why does it exist when we already have 404?').answer).toMatch(/web maintenance/);
  });
});

/** unseen352 #27: what a 4xx page's explanation should say about permanence is RFC 9110 §15.5's SHOULD. */
describe('what a 4xx explanation says about permanence', () => {
  it('is answered with §15.5', () => {
    const answer = answerQuestion('for our 4xx error pages, what should the message tell the user about whether the problem is temporary or permanent?').answer;
    expect(answer).toMatch(/whether the condition is temporary or permanent \(RFC 9110 §15\.5\)/);
  });
});

/** unseen352 #29: "…, does the rfc actually allow that" closes the question with its yes/no clause. */
describe('a yes/no clause after a comma', () => {
  it('hiding with 404 gets its yes, the permission said before any section number', () => {
    const answer = answerQuestion('we want to 404 private repos instead of 403 so outsiders dont learn they exist, does the rfc actually permit that').answer;
    expect(answer).toMatch(/^Yes, when its existence must stay hidden from that caller: a server may then answer 404 instead of 403\./);
  });
});

/** Round six, from unseen357, 359, 360 and 361 (the sixth batch, scored with the end code of round five, then split). */
describe('"no token is matching" is a lookup that found nothing', () => {
  it('is no request without a token', () => {
    expect(extractSituation(normalizeQuestion('no subscriber and no token is matching. which status')).auth).not.toBe('none');
  });

  it('guard: a request with no token at all is still one', () => {
    expect(extractSituation(normalizeQuestion('the request has no token at all. which status')).auth).toBe('none');
  });
});

/** unseen361 #48: "the reason phrase of 401 is unauthorized, yet we use 403 … what does 401 actually signal?" asks what 401 means. */
describe('the meaning of a code asked beside its reason phrase', () => {
  it('defines 401, not the two names', () => {
    const answer = answerQuestion('the reason phrase of 403 is forbidden, and people think 401 means the same. what does 401 really signal per rfc 9110?').answer;
    expect(answer).toMatch(/^Despite its name, 401 Unauthorized is about authentication/);
  });

  it('guard: the names asked for are still the names', () => {
    expect(answerQuestion('what are the reason phrases of 401 and 403?').answer).toMatch(/^RFC 9110 names them/);
  });
});

/** unseen361 #45: "should they do anything with those links?" asks what a 410 asks of the links. */
describe('"do anything with those links" after a 410', () => {
  it('gets the request to delete them', () => {
    expect(answerQuestion('a partner site keeps links to our retired recipe pages, which now answer 410. should they do anything with those links?').answer).toMatch(
      /delete references/,
    );
  });
});

/** unseen357 #16: "the course still exist and he can see it in his history": the caller sees it, so nothing is hidden from him. */
describe('a caller who can see it in their history', () => {
  it('is no one to hide it from', () => {
    expect(extractSituation(normalizeQuestion('the course still exists and he can see it in his history. which code')).hide).toBe(false);
  });

  it('guard: a caller who cannot see it is not read so', () => {
    expect(extractSituation(normalizeQuestion('the course still exists but he cannot see it in his history. which code')).hide).not.toBe(false);
  });
});
