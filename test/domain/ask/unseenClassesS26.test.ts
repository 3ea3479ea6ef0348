import { answerQuestion, extractSituation, normalizeQuestion } from '../../../src/domain/ask';
import { correctTypos } from '../../../src/domain/ask/typos';

/**
 * Session 26, from the misses of the spent sets unseen244, 246, 248 and 250 (scored before anyone read them, then tuned on), and
 * from running a dictionary through the typo corrector. Each block is a class of wording, checked with questions written for this
 * file in other words than the sets', and a guard that a close wording outside the class is not caught.
 */

/**
 * Real words that sit one or two edits from a word the fact readers look for were "corrected" into it: "sufficient scope" became
 * "insufficient scope", a "publisher" became "published", "messing" became "missing", a file "binned" became "banned".
 */
describe('real words near the vocabulary are left as typed', () => {
  it.each([
    ['the token has sufficient scope', 'sufficient'],
    ['the publisher admin opens the page', 'publisher'],
    ['someone was messing with the config', 'messing'],
    ['the draft was binned', 'binned'],
    ['the lambda authorizer rejects it', 'authorizer'],
    ['a commissioned report', 'commissioned'],
  ])('%s keeps "%s"', (text, word) => {
    expect(correctTypos(text)).toContain(word);
  });

  it.each([
    ['the token is exipred', 'expired'],
    ['the user lacks permision', 'permission'],
    ['the request was authorised by the gateway', 'authorized'],
    ['check the pollicy first', 'policy'],
  ])('guard: the typo in "%s" is still fixed to "%s"', (text, word) => {
    expect(correctTypos(text)).toContain(word);
  });

  it('a caller with sufficient scope who is refused for another reason is not read as lacking a scope', () => {
    const result = answerQuestion('the token is valid and has sufficient scope, but the account is suspended for abuse. which code');
    expect(result.verdict).toBe('403');
    expect(result.answer).not.toMatch(/insufficient_scope/);
  });
});

/** "logged out + back in 3x, still cannot open it": the caller signed in afresh, so the refusal is about permission, not login. */
describe('logging out and back in, written with a plus, is history rather than no credentials', () => {
  it.each([
    'she logged out + back in twice, still gets denied on the billing page because her role is viewer. teammate says 401. code?',
    'signed out + signed in again, same error: the export needs the auditor role and he does not have it. what should we send',
  ])('%s -> 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: logged out and nothing after is still no credentials', () => {
    expect(answerQuestion('the user logged out, then the app fired a request to /me with no cookie. which code').verdict).toBe('401');
  });
});

/** "the account is already disclosed to that app": what the caller has been shown already is no secret from it. */
describe('what is already disclosed to the caller is not hidden from it', () => {
  it.each([
    'the partner app already holds consent for the loan, so the loan is already disclosed to that app. its token lacks the documents:read scope needed for GET /loans/7/documents. how do we answer',
    'the project is already revealed to this contractor through the shared board; the contractor has a valid login but no edit right on it. code for the PUT?',
  ])('%s -> 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a duty not to disclose it still hides', () => {
    expect(answerQuestion('the loan must not be disclosed to partner apps without consent, not even that it exists. the app has a valid token. code?').verdict).toBe('404');
  });
});

/** "will it help if he logs out and in with the same account? what does the RFC say": the RFC's words on repeating a 403. */
describe('whether logging in again helps a 403 cites what RFC 9110 says about the same credentials', () => {
  it.each([
    'my user gets 403. will logging out and in again with the same account fix it? what does the rfc say',
    'does signing in again help when the api gave 403, per rfc 9110?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/SHOULD NOT automatically repeat the request with the same credentials/);
  });
});

/** Round two, from unseen253, 255 and 257. */
describe('"there is no new url" is no move', () => {
  it('a programme closed for good with no new address is gone', () => {
    expect(answerQuestion('the old rewards scheme was shut down forever, nothing was migrated and there is no new url. members still call /v1/rewards/{id}, logged in fine. which status').verdict).toBe('410');
  });

  it('guard: a new url is still a move', () => {
    expect(answerQuestion('the docs page moved, there is a new url for it. what should the old one return').answer).toMatch(/\b30[18]\b/);
  });
});

describe('logged out/in, with a slash, is history', () => {
  it('a caller who logged out/in and still lacks the role gets 403', () => {
    expect(answerQuestion('agent logged out/in twice, fresh token, still refused on POST /refunds: roles=[agent], needs refund_approver. code?').verdict).toBe('403');
  });
});

describe('what is pretended or not yet released to someone is not missing', () => {
  it.each([
    'logged-in student asks for the answer key of quiz 4. it is on the course page so everyone knows it exists, and we will not pretend it is missing; it is just not released to students until grading ends. code?',
    'the patient is signed in and opens a lab report that is not released to patients until the doctor signs it off. the report is listed in her timeline. which status',
  ])('%s -> 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a page never released is still missing', () => {
    expect(answerQuestion('the v4 api was never released, logged-in dev calls /v4/users. what do we return').verdict).toBe('404');
  });
});

describe('a removal someone made us do, with its disclosure said to be harmless', () => {
  it('"the regulator made us erase the archive for good; disclosing it once existed is not an issue" is gone', () => {
    expect(answerQuestion('the regulator made us erase the 2012 survey archive for good. its urls were public for years, so disclosing that it once existed is not an issue. what should those urls return').verdict).toBe('410');
  });

  it('guard: disclosing it being the issue still hides', () => {
    expect(answerQuestion('the survey archive is private to staff and disclosing that it exists to students is an issue. a logged-in student requests it. code?').verdict).toBe('404');
  });
});

describe('a 403 without credentials, in RFC 9110 words', () => {
  it('answers that a request may be forbidden for reasons unrelated to the credentials', () => {
    expect(answerQuestion('can a server send 403 to a request that carried no credentials at all, or is 403 only for authenticated ones?').answer).toMatch(/reasons unrelated to the credentials/);
  });
});

describe('an account deactivated by its owner, asked for by someone else', () => {
  it('a friend opening the profile of a temporarily deactivated account gets 404', () => {
    expect(answerQuestion('the member deactivated his account for a while; he can come back any time by signing in. his follower opens his profile. what should the profile return').verdict).toBe('404');
  });

  it('guard: a caller whose own account is deactivated is refused', () => {
    expect(answerQuestion('the admin deactivated her account yesterday; she calls GET /me/orders with a token that still validates. which code').verdict).toBe('403');
  });
});

describe('an id never assigned to anyone does not exist', () => {
  it('"member ids are 8 digits, never assigned to anyone" is 404 for a caller allowed to read every account', () => {
    expect(answerQuestion('GET /v1/members/123456789 with the internal admin token (read on all members). 9 digits, our ids are 8, never assigned to anyone. what do we return').verdict).toBe('404');
  });

  it('guard: a ticket never assigned to anyone is still there', () => {
    expect(answerQuestion('the ticket was never assigned to anyone; a logged-in agent without the triage role tries to close it. code?').verdict).toBe('403');
  });
});

/** "we suspended the partner app; its tokens still validate": the caller is known and barred (from unseen242 #17, read in session 25). */
describe('an app or account barred by us, whose tokens still validate, is refused', () => {
  it.each([
    'we suspended the partner app for scraping, but its tokens keep validating so it can read our error message. what code will every call get',
    'trust and safety banned his account; he calls GET /feed with a token that still validates. code?',
  ])('%s -> 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a token that no longer validates is 401', () => {
    expect(answerQuestion('the partner app calls us with a token that no longer validates (signature check fails). what code').verdict).toBe('401');
  });
});

/** Left from session 25's tuning sets (unseen243 #27, unseen237 #28): a read permission that allows the read, and a key asked for by id. */
describe('a read permission held for a read is no refusal', () => {
  it('a caller with read permission asking for a soft-deleted version that can be restored gets 404', () => {
    expect(answerQuestion('v3 of the config was soft-deleted and can still be restored for 30 days, so the removal is not permanent. a caller with read permission asks for v3. which status').verdict).toBe('404');
  });

  it('guard: read access with a write tried is still refused', () => {
    expect(answerQuestion('signed-in user with read access tries to delete the config. which code').verdict).toBe('403');
  });
});

describe('"no key with that id" is the record asked for, not a missing credential', () => {
  it('an admin looking up a key id that was never issued gets 404', () => {
    expect(answerQuestion('an org admin with every permission calls GET /org/keys/k_91ab, but no key with that id was ever issued (typo in the ticket). what should the api answer').verdict).toBe('404');
  });

  it('guard: a request with no key at all is still 401', () => {
    expect(answerQuestion('the partner calls GET /v2/orders with no key at all. which code').verdict).toBe('401');
  });
});

/** Round three, from unseen261, 262, 264 and 267 (knowledge only). */
describe('whether a 404 may stand for what the caller cannot see, asked as yes or no', () => {
  it('"can a 404 legitimately mean that?" after a user who swears the thing exists gets the hiding rule', () => {
    const result = answerQuestion('the customer insists the invoice exists, but our api said 404 because she has no access to it. can a 404 really mean that per rfc 9110?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^Yes/);
    expect(result.answer).toMatch(/not willing to disclose/);
  });

  it('"is that response actually allowed by the RFC?" closing a finding is answered yes', () => {
    const result = answerQuestion('an auditor says our 404 rather than 403 for other customers\' orders breaks http. is that response actually allowed by the rfc?');
    expect(result.answer).toMatch(/^Yes/);
  });

  it('guard: a 404 for a caller with no credentials is not a yes', () => {
    expect(answerQuestion('is it allowed to answer 404 instead of 401 when the request has no token at all?').answer).not.toMatch(/^Yes, when its existence/);
  });
});

describe('the scope the server can name, asked in a declarative order', () => {
  it('"the server can tell to client which scope is need? how" names the scope attribute', () => {
    expect(answerQuestion('token has too little scope. server can tell the client which scope it need? how').answer).toMatch(/scope/);
    expect(answerQuestion('token has too little scope. server can tell the client which scope it need? how').answer).toMatch(/WWW-Authenticate|attribute/);
  });
});

describe('a token the server does not vouch for, or damaged on the way, is 401', () => {
  it.each([
    'the deploy job calls us with a token whose service account was deleted yesterday; tokenreview returns authenticated: false. ops says 403. what do we send',
    'a proxy bug truncates the bearer token to 20 chars. header syntax is fine. someone said 400 invalid_request, i think its the token. code?',
  ])('%s -> 401', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it('guard: a request whose bearer token is sent twice is still 400 invalid_request', () => {
    expect(answerQuestion('the client sends the access token both in the header and in the query string. what status, per rfc 6750').answer).toMatch(/\b400\b/);
  });
});

describe('beside a removal for good, "not a permissions thing" sets the old refusals aside', () => {
  it('a renewed subscriber asking for a workspace purged for good gets 410', () => {
    expect(answerQuestion('his trial expired and per policy his sandbox was deleted permanently, on purpose. he renewed and logs in fine, valid token, asks for /sandboxes/77. someone says 403 since the trial expired. its not a permission thing, the sandbox is gone for good. code?').verdict).toBe('410');
  });

  it('guard: without the disclaimer, an expired plan still refuses', () => {
    expect(answerQuestion('his trial expired, he logs in fine and asks for /reports/9, which exists. code?').verdict).toBe('403');
  });
});

describe('a certificate that is an earned document is not a credential', () => {
  it('a revoked course certificate, its PDF refused to its authenticated holder, is 403', () => {
    expect(answerQuestion('the certificate was revoked but we keep the certificate record and the holder may appeal. the holder is logged in and calls GET /me/certificates/77/pdf; we refuse to render it. what should it return').verdict).toBe('403');
  });

  it('guard: a revoked TLS client certificate is still 401', () => {
    expect(answerQuestion('the device presents a client certificate that our CA revoked last week. which code').verdict).toBe('401');
  });
});

describe('a retracted article is removed', () => {
  it('a retraction that is permanent, whose article never returns at its url, is 410', () => {
    expect(answerQuestion('the journal formally retracted the paper; retracted papers never return at their original url, per our published policy. what should that url answer').verdict).toBe('410');
  });

  it('guard: a retraction that may be reversed is 404', () => {
    expect(answerQuestion('the paper was retracted for now, the authors appealed and it may be reinstated next month. what should its url answer').verdict).toBe('404');
  });
});

describe('an answer that is identical for every unauthenticated request hides nothing', () => {
  it('no credentials, every request to the namespace answered alike before any lookup: 401', () => {
    expect(answerQuestion('all of /api/private/* needs a login. this request has no credentials. a reviewer asks if we should send 404 so nobody learns which ids exist, but we answer every anonymous request there identically, before any lookup happens. what should it be').verdict).toBe('401');
  });
});

/** Left from session 25's tuning sets (unseen237 #33): a credential deleted for good, asked for as a record by its path. */
describe('a deleted key asked for by its path is a removed record', () => {
  it('another admin asking for a key that was purged for good gets 410', () => {
    expect(answerQuestion('the tenant owner permanently deleted one of their api tokens; the record is purged and cannot be recovered. another admin of that tenant, signed in with her own valid token, requests GET /tenant/tokens/{deletedId}. nothing to hide from her. which status').verdict).toBe('410');
  });

  it('guard: a caller whose own deleted key is sent is still 401', () => {
    expect(answerQuestion('the partner deleted their api key yesterday but their job still sends it on GET /v1/orders. what code').verdict).toBe('401');
  });
});

/** Round four, from unseen269, 270, 273 and 274 (knowledge only). */
describe('knowledge asked in round four\'s words', () => {
  it('"per the spec, may an origin server answer 404 in place of 403 to conceal it" is answered yes', () => {
    expect(answerQuestion('per the spec, may an origin server answer 404 in place of 403 to conceal a forbidden resource?').answer).toMatch(/^Yes/);
  });

  it('"can the 403 response tell the client which scope it needs? how" names the scope attribute', () => {
    const answer = answerQuestion('if the token lacks scope, can the 403 response tell the client which scope is needed? how').answer;
    expect(answer).toMatch(/scope/);
    expect(answer).toMatch(/WWW-Authenticate|attribute/);
  });

  it('"which code does the rfc point to, 410 or 404" when nobody knows if it comes back is the 404 rule, not a redirect', () => {
    const answer = answerQuestion('if we really do not know whether a removed page will ever come back, which code does the rfc point to, 410 or 404').answer;
    expect(answer).toMatch(/404/);
    expect(answer).not.toMatch(/redirect permanently/);
  });

  it('guard: a successor to point people to is still a redirect', () => {
    expect(answerQuestion('we retired the old pricing page but the new one replaces it, should we send 410 or point people to the new page').answer).toMatch(/\b30[18]\b/);
  });
});

describe('a key sent that is not in our database is invalid credentials', () => {
  it('"called with api key x but this key is not existing in our database" is 401', () => {
    expect(answerQuestion('a partner called /v2/stops with api key k-991 but this key is not existing in our database, maybe a typo. the endpoint needs a key. 403 or other?').verdict).toBe('401');
  });

  it('guard: a key record asked for by id that is not in our database is 404', () => {
    expect(answerQuestion('an admin with a valid session opens /admin/keys/k-991, but that key is not in our database. which code').verdict).toBe('404');
  });
});

/** Round five, from unseen276 (unseen277, 278 and 281 had no misses). */
describe('"we cannot say it is gone for good" keeps a removal at 404', () => {
  it('a clinic that left the platform, whose data is kept in case it comes back, is 404', () => {
    expect(answerQuestion('the bakery closed its shop and left our platform; per contract we keep its data a year in case it returns. customers still open /shop/bakery-17 from old links. we cannot say it is gone for good. what should that page return').verdict).toBe('404');
  });

  it('guard: a shop closed for good with nothing kept is 410', () => {
    expect(answerQuestion('the bakery closed its shop for good and we deleted everything on purpose, it will never come back. customers still open /shop/bakery-17. what should that page return').verdict).toBe('410');
  });
});

describe('a removal of "something", in doubt, with the rules asked, is the rule', () => {
  it('"we delete something but we do not know if it is forever. rfc say 410 or other code?" gets the rule and no verdict', () => {
    const result = answerQuestion('we remove something but we are not sure if it is forever, maybe it come back. what the rfc say, 410 or another code?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/404/);
  });

  it('guard: a named page removed in doubt is a case', () => {
    expect(answerQuestion('we removed the spring sale page but we are not sure if it is forever. which code should /spring-sale return').verdict).toBe('404');
  });
});

/** Round six, from unseen285, 287 and 291 (unseen288 had no misses). */
describe('"what would be the better status" asks for a code', () => {
  it('a withdrawal confirmed permanent, with "what would be the better status to tell them it is gone for good", is 410', () => {
    expect(answerQuestion('the author asked us to remove her preprint; the editor confirmed it as a permanent withdrawal and left a tombstone. crawlers keep fetching the old pdf urls. a colleague says 404 is fine. what would be the better status to tell them the files are gone for good?').verdict).toBe('410');
  });

  it('guard: "does a 404 tell them it is gone for good" is still the knowledge answer', () => {
    const result = answerQuestion('does a 404 tell crawlers that the files are gone for good?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/temporary or permanent/);
  });
});

describe('a role that limits the caller, then a try past the limit, is refused', () => {
  it('"their role limits them to the french fields; they tried to save the german one" is 403', () => {
    expect(answerQuestion('an editor logged in fine; their role limits them to editing the french and italian fields. they tried to save a change to the german field of a page they can read. a colleague says it is a 401 thing. what should they get').verdict).toBe('403');
  });
});

describe('"no run ever happened" for the month asked is an absence, not a refusal', () => {
  it('reads the statement as never made', () => {
    const s = extractSituation(normalizeQuestion('a customer asks for her statement for may 2020, but the account opened in 2021, so no statement was ever generated for may 2020. she is logged in. what should it return'));
    expect(s.existence).toBe('missing');
    expect(s.denials).toEqual([]);
  });
});

/** Round seven, from unseen301, 302 and 304 (scored with the end code of round six; unseen303 had no misses). */
describe('round seven: RFC words and hiding said outright', () => {
  it('when to use 404 rather than 410 for a removal says, in RFC 9110 words, when the server does not know', () => {
    expect(answerQuestion('for something that was removed, when should a server answer 404 and not 410?').answer).toMatch(/does not know whether the removal is permanent/);
  });

  it('what a 410 tells those who link to it: remote links be removed', () => {
    expect(answerQuestion('what does a 410 tell the sites that link to our old page?').answer).toMatch(/remote links to that resource be removed/);
  });

  it('"per 9110 are we allowed to send 404 instead of 403 …" gets the hiding rule', () => {
    expect(answerQuestion('per 9110 is it allowed to answer 404 instead of 403 for documents a user isnt permitted to see').answer).toMatch(/hide the current existence/);
  });

  it('"the fact that it existed is common knowledge" leaves nothing to hide: a purge for good is 410', () => {
    expect(answerQuestion('the public snippet was deleted by its owner and hard-purged, no restore path. it was linked from many blogs, so the fact that it existed is common knowledge. a reviewer fears 410 leaks that it existed. 410 or 404?').verdict).toBe('410');
  });

  it('"must not see or even know about it" is a duty to hide', () => {
    expect(answerQuestion("member c is blocked by member d. c has an old link to d's video (someone posted it on a forum outside the app). c is logged in and opens the link. blocked members must not see or even know about the posts of the member who blocked them. which code?").verdict).toBe('404');
  });
});
