import { answerQuestion, extractSituation, normalizeQuestion } from '../../../src/domain/ask';

/**
 * Session 28, from the misses of the sets tuned on (unseen362, 363, 368 and 369, scored before anyone read them). Each block is a
 * class of wording, checked with questions written for this file in other words than the sets', and a guard that a close wording
 * outside the class is not caught.
 */

/** unseen368 #16: "colleague says 401, thoughts" puts a code up for opinions: a code is being asked for. */
describe('a code a colleague proposed, put up for opinions', () => {
  it.each([
    'contractor account, signed in fine, tries to publish a page, only editors can publish. teammate says 401, thoughts',
    'valid token but the partner lacks the billing role, dev wants 404 here. wdyt?',
    'the admin api refuses a signed-in support agent without the admin role; someone suggested 401, any opinions?',
  ])('%s', (question) => {
    expect(answerQuestion(question).verdict).toBe('403');
  });

  it('guard: a claim about what a code means, put up for opinions, is no case', () => {
    expect(answerQuestion('a colleague says 404 means the server is down and cannot be reached, thoughts?').verdict).toBeNull();
  });
});

/** unseen368 #25: "only curators can know they exist" keeps knowing it exists to a few: hidden from everyone else. */
describe('existence known only to a few', () => {
  it.each([
    'drafts under legal review: only the legal team may know they exist. a signed-in sales rep requests one. which code',
    'sealed cases, only judges are allowed to learn that the file is there. clerk account, logged in, asks for one. what do we return',
  ])('%s', (question) => {
    expect(answerQuestion(question).verdict).toBe('404');
  });

  it('guard: everyone may know it exists, so nothing is hidden', () => {
    const s = extractSituation(normalizeQuestion('members are allowed to know the board exists, but only admins can edit it. signed-in member edits it. which code'));
    expect(s.hide).toBe(false);
    expect(answerQuestion('members are allowed to know the board exists, but only admins can edit it. signed-in member edits it. which code').verdict).toBe('403');
  });
});

/** unseen369 #27: "her own withdrawal whitelist", "get /whitelist/addresses/7" is a list the caller keeps, asked for; no network rule. */
describe('an allowlist the caller keeps, as the resource', () => {
  it.each([
    'he deleted a payee from his own payout whitelist, it can be restored for a week. his app (valid session) still calls GET /whitelist/payees/12. status?',
    'customer deleted an entry of her contact allowlist last night, it is in the trash and may be restored. her token is valid. what does GET /allowlist/emails/9 return',
  ])('%s', (question) => {
    const s = extractSituation(normalizeQuestion(question));
    expect(s.denials).not.toContain('ip');
    expect(answerQuestion(question).verdict).toBe('404');
  });

  it('guard: a caller whose address is not on the allowlist is still refused by it', () => {
    const question = 'partner key is valid but their new egress ip is not on our allowlist, calls to /orders are blocked. status?';
    expect(extractSituation(normalizeQuestion(question)).denials).toContain('ip');
    expect(answerQuestion(question).verdict).toBe('403');
  });
});

/** unseen363 #48: "… sending credentials and still get 401. what does this mean exactly?" asks what that 401 says. */
describe('a 401 taken up in the next sentence and asked what it means', () => {
  it.each([
    'the handheld scanner sends its api key and still gets 401. what does this mean exactly?',
    'our kiosk is sending a bearer token and keeps getting 401. so what does that mean?',
  ])('%s', (question) => {
    const result = answerQuestion(question);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/refused|invalid|expired/);
    expect(result.answer).not.toMatch(/^In logs/);
  });

  it('guard: scanners probing for files are still the scenario of a spike', () => {
    expect(answerQuestion('scanners probing for .env files give us lots of 404s. what does this mean?').answer).toMatch(/scanners/i);
  });
});

/** unseen360 #23: "some job artifacts are missing" after a failed migration: stored things gone missing, not a refusal. */
describe('stored things said to be missing, in the plural', () => {
  it.each([
    'after the disk failure some invoice attachments are missing, we may or may not get them back. signed-in owners ask for them. which status',
    'photos were missing after the bucket move, nobody knows yet if restore works. what should GET /photos/{id} return for the owner',
  ])('%s', (question) => {
    expect(extractSituation(normalizeQuestion(question)).existence).not.toBe('unknown');
    expect(answerQuestion(question).verdict).toBe('404');
  });

  it('guard: what the request lacks is no missing resource', () => {
    expect(answerQuestion('the roles are missing from his token, he is signed in and asks for the payroll export. which status').verdict).toBe('403');
  });
});

/** unseen378 #31: "fetch her old digital key /keys/dk_55a1": a key named with its path is the resource fetched, not a credential sent. */
describe('a credential word followed by its path is the resource asked for', () => {
  it('reads the caller by their session, and the key by what happened to it', () => {
    const question = 'guest is signed in with a valid session and the app fetches her old door key /door-keys/dk_7. door keys expire at checkout and we purge their records for good. which status';
    expect(extractSituation(normalizeQuestion(question)).auth).toBe('valid');
    expect(answerQuestion(question).verdict).toBe('410');
  });

  it('guard: an old key sent to a path is still a credential refused', () => {
    expect(answerQuestion('partner still sends the old api key to /v2/orders after rotation. what do we return').verdict).toBe('401');
  });
});

/** unseen389 #41: whether a cache may keep a 404 sent without freshness headers is answered by saying it is cacheable by default. */
describe('a 404 without cache headers, asked whether a cache may keep it', () => {
  it('says it is cacheable without explicit freshness information', () => {
    const answer = answerQuestion('our 404 pages carry no cache-control and no expires. may the cdn still keep them per rfc 9110?').answer;
    expect(answer).toMatch(/\bare cacheable without explicit freshness information\b/);
    expect(answer).not.toMatch(/^Yes\b/);
  });
});

/** Round five, from unseen396/397/398 and the knowledge-only unseen400 (the fifth batch, scored with round four's code, then split). */
describe('"is 410 ok" after a removal that may be undone', () => {
  it('reviews the code for the case and gives the case its code', () => {
    const result = answerQuestion('podcast episode pulled after a complaint, might be republished once legal reviews it. not decided. is 410 fine');
    expect(result.verdict).toBe('404');
    expect(result.answer).toMatch(/^Not 410/);
  });

  it('guard: a 410 for a removal told as permanent stays 410', () => {
    expect(answerQuestion('the old v1 export endpoint was removed for good on purpose, nobody will bring it back. is 410 ok').verdict).toBe('410');
  });
});

describe('the header of a 401 asked by what it tells the client', () => {
  it('names WWW-Authenticate', () => {
    expect(answerQuestion('partners say they do not know how to sign in after our 401. is there a header in the 401 that tells them which auth scheme to use?').answer).toMatch(
      /WWW-Authenticate/,
    );
  });

  it('guard: a client that does not know a made-up code still gets the class rule', () => {
    expect(answerQuestion('what does a client do with a status code it does not recognise, like 471?').answer).toMatch(/class/);
  });
});

describe('the reason phrase described by where it stands', () => {
  it('lists the phrases when they are asked for', () => {
    expect(answerQuestion('what is the official text that comes after the number for 403 and 404?').answer).toMatch(/403 Forbidden, 404 Not Found/);
  });

  it('says clients go by the number when whether it matters is asked', () => {
    expect(answerQuestion('we answer "404 Nothing Here" instead of "404 Not Found". does the text after the code matter to clients?').answer).toMatch(/^Only on the number/);
  });
});

describe('a code sent to someone, then "it mean …?"', () => {
  it('defines the code', () => {
    expect(answerQuestion('when the api send 403 to the partner, it mean the request was malformed or something else?').answer).toMatch(/understood the request and refuses/);
  });
});

/** Round six, from the knowledge-only unseen400 (tuned on), after the end-of-session batches. */
describe('a challenge quoted with its error value, for a request with no token', () => {
  it('says no error code belongs there', () => {
    const answer = answerQuestion('app calls us with no token at all and gets 401 with WWW-Authenticate: Bearer error="invalid_token". is that correct?').answer;
    expect(answer).toMatch(/no error code/);
  });
});

describe('the page sent with a 401, and whether a browser shows it', () => {
  it('says yes, except behind the browser\'s own login dialog', () => {
    const answer = answerQuestion('can we put an html page in the body of our 401 to explain what to do? will the browser show it?').answer;
    expect(answer).toMatch(/^Yes: a browser will display/);
    expect(answer).toMatch(/Basic or Digest/);
  });

  it('guard: which code to send with a page is still a case', () => {
    expect(answerQuestion('user is not logged in and opens the billing page in the browser, what status should the html page come with?').verdict).toBe('401');
  });
});

/** Round six, from the knowledge-only unseen411 and unseen412 (the last batch, scored with fc71923, then split). */
describe('a code for the missing and another for the real, asked what is wrong', () => {
  it('names enumeration', () => {
    expect(answerQuestion('pen test: the profile api answers 404 for unknown usernames and 403 for registered ones. what is the risk?').answer).toMatch(/enumeration/);
  });

  it('guard: a case asking which code to send is still a case', () => {
    expect(answerQuestion('the reset endpoint gives 404 for unknown usernames and 401 for real ones with a wrong code. which status should it send?').answer).not.toMatch(/^That is enumeration/);
  });
});

describe('a 410 for removed ids beside a 404 for ids never issued, asked what it reveals', () => {
  it('says a 410 confirms something was there', () => {
    expect(answerQuestion('we send 410 for closed account ids and 404 for ids never issued. does the difference leak anything?').answer).toMatch(/confirms that something existed/);
  });
});

/** Round eight, from the knowledge-only unseen415 (scored with a188638, then tuned on; unseen414 held aside). */
describe('a code asked by what it tells crawlers or clients', () => {
  it('is a question about the codes, answered without a verdict', () => {
    const result = answerQuestion('which status code tells search engines that a page was taken down on purpose and is never coming back?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/410 Gone/);
  });

  it('guard: a page of ours removed for good, asked which code to send, gets its code', () => {
    expect(answerQuestion('we took the old pricing page down on purpose, it is never coming back. which status code should it return?').verdict).toBe('410');
  });
});

describe('an error value written into the challenge for a request with no token', () => {
  it('says no error code belongs there', () => {
    expect(answerQuestion('spec says: no token at all -> 401 with error=invalid_token in the challenge. is that right per rfc 6750?').answer).toMatch(/no error code/);
  });
});
