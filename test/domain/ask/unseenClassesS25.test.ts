import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 25, from the misses of the spent sets unseen166, 167, 169 and 170 (scored before anyone read them, then tuned on).
 * Each block is a class of wording, checked with questions written for this file in other words than the sets', and a guard
 * that a close wording outside the class is not caught.
 */

/**
 * A caller who already knows the resource is (or was) there has nothing to be hidden from: "the owner knows it existed", "the
 * app already tells them it exists". Read as hiding, these turned a 410 and a 403 into 404s.
 */
describe('a caller told or known to know the resource is there is not hidden from', () => {
  it.each([
    ['owner with a valid session asks for a camera we retired for good last week (serial blacklisted, record will never come back). the owner knows it existed of course. what do we send', '410'],
    ['the seller knew the listing existed, it was taken down permanently and on purpose last month, never coming back. logged in, asks for it. code?', '410'],
  ])('%s -> %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it.each([
    'the free-tier user taps a premium lesson; the app already tells them it exists with a lock icon. valid session. what do we send back',
    'teen account with the content filter on opens an 18+ channel. the app already tells them the channel exists (it shows in search, blurred). token is valid. what should the channel endpoint return',
  ])('%s -> 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a disclosure feared ("if we send 403, the owner knows it existed") still hides', () => {
    expect(answerQuestion('valid session, but the board is private to its team. if we send 403 the visitor knows it existed, and that must stay secret. code?').verdict).toBe('404');
  });

  it('guard: a stated duty to hide holds even when the app lists it', () => {
    expect(answerQuestion('the ui already shows the user that the report exists, but compliance says existence must never be revealed to non-staff. code?').verdict).toBe('404');
  });
});

/** A serial or a device on a denylist is a fact about the resource, not the caller's network: it no longer reads as an IP rule. */
describe('a denylisted serial is not an IP denial', () => {
  it('a retired device whose serial is blacklisted is still gone for good', () => {
    expect(answerQuestion('owner is logged in; the phone was wiped and retired permanently, its imei blacklisted. what do we send back for GET /phones/88').verdict).toBe('410');
  });

  it('guard: a denylisted address is still refused for where it comes from', () => {
    const result = answerQuestion('our waf denylisted the client ip last night. the token is valid. code?');
    expect(result.verdict).toBe('403');
    expect(result.answer).toMatch(/where it comes from|IP/);
  });
});

/**
 * Knowledge asked in words the classes did not read (from unseen181–183, sets of knowledge questions only): a proxy's own login
 * told apart from the site's, a client facing a code it does not know, the ways to send a bearer token, how many challenges a 401
 * needs, and the uses RFC 9110 names for 410.
 */
describe('knowledge asked in other words reaches its answer', () => {
  it.each([
    ['a proxy in front of us, not the site itself, wants the user to log in. which status is that', /\b407\b/],
    ['if a client does not understand a 4xx code we made up, like 432, what should it do with it per the rfc', /x00|\b400\b/],
    ['clients that do not recognize a status code like 599 must treat it how', /x00|\b500\b/],
    ['which ways of sending an access token does rfc 6750 allow, and which one must every resource server support', /MUST support[^.]*Authorization request header/],
    ['how many challenges must a 401s www-authenticate contain at least', /at least one challenge/],
    ['what are typical uses of 410 that rfc 9110 mentions', /limited-time, promotional/],
  ])('%s', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });

  it('the scope attribute is told as the scope values required, in the RFC\'s own terms', () => {
    expect(answerQuestion('what does the scope param in a bearer challenge tell the client').answer).toMatch(/scope values required to access the resource/);
  });

  it('guard: a token the server does not recognise is still a case of invalid credentials', () => {
    expect(answerQuestion('the api does not recognize the token the client sent, it was never issued by us. which code').verdict).toBe('401');
  });

  it('guard: a removal not known to be permanent still gets 404 as a verdict', () => {
    const result = answerQuestion('we removed the page and are not sure it is permanent, 404 or 410?');
    expect(result.verdict).toBe('404');
    expect(result.answer).toMatch(/use 404 Not Found, not 410/);
  });
});

/** Round two, from unseen187–189 and 191: knowledge asked in words the classes did not read. */
describe('round two: knowledge asked in other words reaches its answer', () => {
  it.each([
    ['my app is getting 401. what does the rfc say the client is allowed to do after that', /new or replaced credentials/],
    ['Are we allowed to tell the customer WHY they got a 403, or must the body be kept empty so nothing leaks?', /may describe the reason/],
    ['our api answers 403 when a token lacks a scope. is it acceptable to attach a www-authenticate header to the 403, or is that header reserved for 401 only', /not reserved for 401/],
    ['does the rfc definition of 404 itself include a server that just does not want to reveal the resource exists', /not willing to disclose/],
    ['once we put a 410 on a url does it have to stay forever, or is there a time limit', /410 is optional/],
    ['which older rfc defined http authentication and 401 before rfc 9110 replaced it', /\b7235\b/],
    ['token has no "admin" scope. how the server can tell the client which scope it was needing', /scope attribute/],
    ['our client only knows a few codes. what should it do with a 4xx code it has never seen', /x00/],
    ['which example situations does the rfc list where 410 is a typical fit', /limited-time, promotional/],
    ['from a security review standpoint: does rfc 9110 permit answering 404 instead of 403 to hide that a resource exists', /^Yes, when its existence must stay hidden/],
    ['we show error_description to end users in the app, is that what it is for', /not meant to be shown to end users/],
  ])('%s', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });

  it('guard: a 401 case asked for its code keeps its verdict', () => {
    expect(answerQuestion('the app sends an expired token and gets 401. is 401 the right code or should it be 403').verdict).toBe('401');
  });

  it('guard: a page gone forever asked for its code is still a case of 410', () => {
    expect(answerQuestion('we deleted the promo page on purpose and it will stay gone forever. which status should it return').verdict).toBe('410');
  });
});

/** Round three, from unseen204–208, 210, 211: knowledge asked in words the classes did not read, and two cases misread. */
describe('round three: knowledge asked in other words reaches its answer', () => {
  it.each([
    ['our cli keeps retrying on 401 with the wrong password. when the server answers with the identical challenge again after one try, what should the client do', /SHOULD present the enclosed representation/],
    ['if the user is logged in and gets 403, should the app retry automatically with the same token', /SHOULD NOT automatically repeat/],
    ['is Basic the same scheme as BASIC, do clients have to match the case', /case-insensitive/],
    ['got a 401. which header do i need to add when i send the request again', /Authorization header/],
    ['under which situation can a server answer 404 for a page that exists but the user is forbidden to see', /answer 404 instead of 403 when it wishes to hide the current existence/],
    ['support asks: the app says not found for a doc the user knows exists but was not shared. can the server legitimately return 404 here', /answer 404 instead of 403 when it wishes to hide the current existence/],
    ['our gateway, must its 403s carry www-authenticate the same way it must for 401', /not required/],
    ['is there an example from the rfc of when 410 is typically used', /limited-time, promotional/],
  ])('%s', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });

  it('a removal the server cannot tell is permanent is not read as hiding', () => {
    const result = answerQuestion('we pulled the endpoint but cannot determine whether that is permanent. per rfc 9110, 404 or 410');
    // Asked of RFC 9110 with no caller in it, this is read as a question about the rule (no verdict) since session 28's retraining,
    // as blind writers put it (unseen374 #45, unseen375 #40); the rule's answer for it is still 404.
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/use 404 Not Found, not 410/);
  });

  it('an allowlist refusing a caller whose token is fine is not a rejected credential', () => {
    const result = answerQuestion('worker token is fine, auth passes, allowlist rejects them. which code, the doc says 401');
    expect(result.verdict).toBe('403');
  });

  it('"how should the resource server respond" to a valid token short of a scope is a case: 403', () => {
    const result = answerQuestion('an integration has a valid, unexpired bearer token with scope orders:read and calls POST /orders, which needs orders:write. per rfc 6750, how should the resource server respond?');
    expect(result.verdict).toBe('403');
    expect(result.answer).toMatch(/insufficient_scope/);
  });

  it('guard: a gateway that rejects the token itself still reads as invalid credentials', () => {
    expect(answerQuestion('the client sends its token and the gateway rejects it as unknown. which code').verdict).toBe('401');
  });

  it('guard: a 6750 mapping asked without a case stays the mapping', () => {
    const result = answerQuestion('per rfc 6750, how should a resource server respond to insufficient_scope?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/insufficient_scope[\s\S]{0,60}\b403\b/);
  });
});

/** Round four, from unseen224 and 227: a consent named by its id is the record asked for, and two hiding readings. */
describe('round four: a consent asked for by its id, hiding said in other words', () => {
  it('a consent the caller itself revoked, deleted for good and asked for by id with a valid token, is gone: 410', () => {
    const result = answerQuestion('A partner revoked consent cn-12 itself; revoked consents are permanently deleted and their ids are never reused. The same partner, with a valid client token, then GETs /consents/cn-12. It owns it. Which status?');
    expect(result.verdict).toBe('410');
  });

  it('"not even that they exist" is a duty to hide', () => {
    const result = answerQuestion('a tpp with a valid consent for one account asks for another account of the customer. the tpp must not be able to discover accounts outside its consent, not even that they exist. which status');
    expect(result.verdict).toBe('404');
  });

  it('"in which circumstances can a server reply 404 even though the correct answer would be 403" is the hiding rule', () => {
    const result = answerQuestion('in which circumstances can a server reply 404 even though the correct answer would be 403, per rfc 9110');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/wishes to hide the current existence of a forbidden resource/);
  });

  it('guard: the consent behind the caller\'s own token, revoked, still makes its token invalid', () => {
    expect(answerQuestion('the customer revoked the app\'s consent yesterday, and the app keeps calling our api with the token it got under that consent. which code').verdict).toBe('401');
  });
});

/** Round five, from unseen236 and 238: a negation read as its opposite, and an existence said to reveal nothing. */
describe('round five: "not logged out", "whether it exists reveals nothing", a full read scope', () => {
  it('"not logged out or timed out" is a signed-in caller: a refusal by role is 403', () => {
    expect(answerQuestion('the nurse is signed in, not logged out or timed out, but only charge nurses may approve swaps, and she is refused. which code').verdict).toBe('403');
  });

  it('"whether it exists reveals nothing" leaves nothing to hide: 403', () => {
    expect(answerQuestion('each order has a notes sub-resource on every order, so whether it exists reveals nothing. a logged-in courier from another depot asks for /orders/77/notes, which only the owning depot may read. code?').verdict).toBe('403');
  });

  it('a full read scope is not a scope refused: a thing that never existed is 404', () => {
    expect(answerQuestion('svc account, valid token with full read scope, requests /rosters/2031-13: month 13, no such roster ever. someone says 410. what do we send back').verdict).toBe('404');
  });

  it('guard: "not logged in" is still no credentials', () => {
    expect(answerQuestion('the visitor is not logged in and opens /billing. which status').verdict).toBe('401');
  });
});
