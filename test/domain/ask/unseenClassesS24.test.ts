import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 24, from the misses of the spent sets unseen132–135 (all four scored before anyone read them, then tuned on). Each
 * block is a class of wording, checked with questions written for this file in other words than the sets', and a guard that
 * a close wording outside the class is not caught.
 */

/** "which auth-param names the protection space": the realm, asked by what it does (RFC 9110 §11.5). */
describe('a challenge parameter asked by what it does is named', () => {
  it.each([
    'what www-authenticate param tells the client which protection space the credentials belong to?',
    'which attribute of the challenge defines the protection space, so two apis on one host do not share logins',
  ])('%s -> realm', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/\brealm\b/);
  });

  it.each([
    'which bearer challenge attribute holds the human-readable explanation for the developer?',
    'in rfc 6750 what parameter is the description text meant for developers, next to the error code',
  ])('%s -> error_description', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/\berror_description\b/);
  });

  it.each([
    'per 6750, on a 403 for a token missing a scope, what header has the error and the needed scope',
    'bearer token lacks the write scope so we 403 it. which response header do we put insufficient_scope and the scope in?',
  ])('%s -> the WWW-Authenticate challenge with scope', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/WWW-Authenticate/);
    expect(result.answer).toMatch(/\bscope\b/);
  });

  it('guard: the realm asked of a told case whose token is invalid is still that case', () => {
    expect(answerQuestion('the token was signed for the old realm and its signature fails now. which status?').verdict).toBe('401');
  });
});

/** "is a 403 required to carry WWW-Authenticate like a 401?": only a 401 must (RFC 9110 §11.6.1); on a 403 it is allowed, not owed. */
describe('whether a 403 owes a WWW-Authenticate challenge', () => {
  it.each(['does a 403 need to include www-authenticate too', 'is a 403 response obliged to carry a www-authenticate challenge the way a 401 is?'])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^WWW-Authenticate is required on 401, not on 403: .* the header is not required there\./);
  });

  it('guard: which parameter of the challenge on a 403 carries the scope is the scope attribute', () => {
    const result = answerQuestion('on an insufficient_scope 403, which auth-param in www-authenticate tells the client what scope it needs to ask for');
    expect(result.answer).toMatch(/\bscope="/);
  });
});

/** "what does a 410 tell crawlers and the sites that link to us?": that the owners want the links removed (RFC 9110 §15.5.11). */
describe('what a 410 asks of crawlers and linking sites', () => {
  it.each([
    'if a page answers 410, what is that telling search engines and the other sites linking to it',
    'our blog returns 410 for retired posts. what should crawlers and sites with links to us do about it?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/links to it removed/);
  });

  it('guard: a removal for good asked for its code is still 410', () => {
    expect(answerQuestion('we removed the retired post on purpose, forever; google still crawls it. 404 or 410?').verdict).toBe('410');
  });
});

/** "can 403 only go to logged-in users?", "is 403 even legit when it is not about credentials?": a request may be refused for reasons unrelated to the credentials. */
describe('a 403 is not only for authenticated callers', () => {
  it.each([
    'is it right that a 403 is only for callers who are authenticated? an anonymous visitor got one from the geo block',
    'the waf answers 403 although the token is fine. is 403 even valid when its not about credentials',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/unrelated to the credentials/);
  });

  it('the refusal of an address allowlist, asked for its code, says the reason is unrelated to the credentials', () => {
    const result = answerQuestion('the caller has a valid token but its ip is not on our allowlist. which status?');
    expect(result.verdict).toBe('403');
    expect(result.answer).toMatch(/unrelated to the credentials/);
  });

  it('guard: a caller without credentials asked about is still 401', () => {
    expect(answerQuestion('a request with no token at all hits the admin api. 401 or 403?').verdict).toBe('401');
  });
});

/** "when does rfc 9110 allow a 404 for something forbidden?", "instead of 403, what may an origin send to hide it exists?": the hiding rule. */
describe('when a 404 may stand in for a 403 is the hiding rule', () => {
  it.each([
    'under what conditions may a server answer 404 for a resource the caller is not allowed to see?',
    'when does the spec let us return 404 for something that exists but is forbidden to this user',
    'instead of a 403, which status code can an api use if it does not want to confirm the record exists?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/RFC 9110 §15\.5\.4 allows a server to answer 404 instead of 403 when it wishes to hide/);
  });

  it('guard: a told case whose existence must stay hidden is still a 404 verdict', () => {
    expect(answerQuestion('a logged in user requests another tenant invoice; we must not reveal that it exists. which code?').verdict).toBe('404');
  });
});

/** "if we removed it but do not know if that is permanent, the spec says to use which code instead of 410?": RFC 9110 §15.5.11's own rule. */
describe('the doubt about permanence told after the removal, with the spec asked', () => {
  it('is the rule, answered without a verdict', () => {
    const result = answerQuestion('if we deleted an article but we are not sure it is permanent, what does the rfc say to send instead of 410?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^404: RFC 9110 §15\.5\.11 says/);
  });

  it('guard: our own removal of unknown permanence, asked for our code, is 404', () => {
    expect(answerQuestion('we removed the invoice page yesterday but we dont know if its permanent, what do we return').verdict).toBe('404');
  });
});

// ── Round two, from the misses of unseen140–143 ──

/** Retry-After asked by its syntax, or by what it does ("tell the app when to try again"): RFC 9110 §10.2.3. */
describe('Retry-After asked by its syntax or by what it does', () => {
  it.each([
    'which values can a retry-after header hold?',
    'our players hammer the api during the outage every second. what response header tells them how long to wait before trying again',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/Retry-After/);
    expect(result.answer).toMatch(/seconds or as an HTTP date/);
  });

  it('guard: a missing page asked for its code is still a 404', () => {
    expect(answerQuestion('the client keeps retrying /v1/shows/999, which never existed. which status?').verdict).toBe('404');
  });
});

/** "is a 451 cacheable by default?": RFC 7725 §3. */
describe('whether a 451 is cached', () => {
  it('is cacheable by default', () => {
    const result = answerQuestion('do caches keep a 451 without cache-control, or do we have to add max-age?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^Yes: a 451 response is cacheable by default \(RFC 7725 §3\)/);
  });

  it('guard: what 451 means is still its definition', () => {
    expect(answerQuestion('what does 451 mean?').answer).toMatch(/451 Unavailable For Legal Reasons/);
  });
});

/** "which response header should the sdk expect on a 401 to learn how to authenticate?": WWW-Authenticate. */
describe('the header a client gets with a 401, asked from the client side', () => {
  it('is WWW-Authenticate', () => {
    const result = answerQuestion('on a 401 from our api, what response header can the cli rely on to find out how to log in?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^A 401 response must include a WWW-Authenticate header/);
  });

  it('guard: the header the client sends back after the challenge is Authorization', () => {
    expect(answerQuestion('after a 401, which header does the client send its credentials in?').answer).toMatch(/Authorization/);
  });
});

/** "how long must the server keep returning 410?": for as long as its owner likes (RFC 9110 §15.5.11). */
describe('how long a 410 is kept', () => {
  it.each(['for how long do we have to keep serving 410 for a deleted product page?', 'how long should an api continue to return 410 after removing an endpoint, and may clients cache that forever?'])(
    '%s',
    (q) => {
      const result = answerQuestion(q);
      expect(result.verdict).toBeNull();
      expect(result.answer).toMatch(/nor to keep that mark for any particular length of time/);
    },
  );
});

/** "does a 404 tell crawlers it is gone for good?", "can the client mark a 404 as permanently deleted?": a 404 says nothing of permanence. */
describe('what a 404 says about permanence', () => {
  it.each([
    'can our mobile client treat a 404 as meaning the item was deleted permanently?',
    'moving from soft 404s to real 404s. does a 404 signal to google that the page is gone for good?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/does not tell whether the absence is temporary or permanent/);
  });

  it('guard: our own removal for good, with 404 and 410 weighed, is 410', () => {
    expect(answerQuestion('we deleted the product page permanently. does 404 or 410 tell google it is gone for good?').verdict).toBe('410');
  });
});

/** "what header should go with a 301 so crawlers learn the new address?": Location (RFC 9110 §10.2.2). */
describe('the header carrying a redirect target', () => {
  it('is the Location header field', () => {
    const result = answerQuestion('we redirect the old blog urls with 308. which header tells browsers where the page moved?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^The Location header field/);
  });
});

/** "can a server legitimately send 404 when the real reason is that the caller is forbidden?": the hiding rule. */
describe('404 for a forbidden caller, asked of any server', () => {
  it('is the hiding rule', () => {
    const result = answerQuestion('may an api answer 404 when in truth the caller lacks the permission?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/RFC 9110 §15\.5\.4 allows a server to answer 404 instead of 403 when it wishes to hide/);
  });
});

/** "our cms cannot determine whether the removal is permanent: which of the two does the spec say?": RFC 9110 §15.5.11. */
describe('a system that cannot tell whether a removal is permanent', () => {
  it('gets the rule: 404', () => {
    const result = answerQuestion('if our storage system cannot determine whether a deleted file is gone for good, which of the two does rfc 9110 say to use, 404 or 410?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^404: RFC 9110 §15\.5\.11 says/);
  });
});

/** A path linked from a public sitemap or described in published documents: its existence is public, nothing to hide. */
describe('an existence that is public through links or documents is not hidden', () => {
  it('a known caller refused there gets 403, kept', () => {
    const q = 'pen tester says our 403 on /admin/payroll leaks existence and wants a 404. the path is linked from our public sitemap. the caller is logged in without admin rights. keep 403 or switch?';
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a page that must stay secret is still hidden', () => {
    expect(answerQuestion('a logged in user without the admin role opens /admin/grants; the page must stay secret from non-admins. keep 403 or switch?').verdict).toBe('404');
  });
});

/** "her session expired; her role still includes access; she just needs to sign in again": 401, the role is no refusal. */
describe('an expired session whose role is fine', () => {
  it('is 401', () => {
    const q = "A user's SSO session on our wiki expired overnight, so opening a members-only page from his bookmarks fails now. His role still includes access to that page; he just needs to sign in again. What status fits that request?";
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it('guard: a valid session whose role was removed is 403', () => {
    expect(answerQuestion('his session is valid, but his role was removed from the reports group yesterday. he opens a saved report. which status?').verdict).toBe('403');
  });
});

// ── Round three, from the misses of unseen148–151 ──

/** RFC 9110 §15.5.4: after a 403 the client "MAY repeat the request with new or different credentials", not with the same ones. */
describe('what a client may do after a 403', () => {
  it('may try again with other credentials', () => {
    const result = answerQuestion('after a 403 may the client send the request again with different credentials, or is that never allowed?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/new or different credentials/);
  });

  it('should not send the same request again with the same credentials', () => {
    const result = answerQuestion('after we get 403 from the partner, is it fine our sdk automatically send again same request with same key? what rfc say?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^Do not retry a 403 automatically/);
  });
});

/** "not sure it will be restored; the rfc says something about when to prefer 404 over 410, what is it?": §15.5.11's rule. */
describe('the rule between 404 and 410 recalled beside a doubtful removal', () => {
  it('is RFC 9110 §15.5.11 on a server that does not know', () => {
    const result = answerQuestion('the archived course might come back next term, nobody knows. the spec has a rule about when to use 404 rather than 410, what is it?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/^404: RFC 9110 §15\.5\.11 says that if the server does not know/);
  });
});

/** "does a 404 tell the client whether it is gone temporarily or for good? (asking for our alert)": a 404 says nothing of it. */
describe('permanence read from a 404, asked in a long way', () => {
  it('says a 404 does not tell', () => {
    const result = answerQuestion('does a 404 tell our monitoring whether the page is missing only for now or for good. asking for the dead links alert');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/does not tell whether the absence is temporary or permanent/);
  });
});

/** Every path answering the same challenge, nothing about existence leaking: nothing to hide, so a caller without credentials gets 401. */
describe('an existence that no answer leaks is not hidden', () => {
  it('an anonymous request gets 401, not a hiding 404', () => {
    const q =
      'our gateway answers every anonymous request under /api with the same challenge regardless of whether the project exists; nothing about existence leaks. an anonymous request asks for /api/projects/apollo, which exists. a teammate wants 404 to hide it. which code is right?';
    expect(answerQuestion(q).verdict).toBe('401');
  });
});
