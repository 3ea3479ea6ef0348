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
    expect(result.answer).toMatch(/RFC 9110 §15\.5\.4 allows a server to answer 404 instead of 403 when it wants to hide/);
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
