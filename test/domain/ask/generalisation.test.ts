import { answerQuestion, extractSituation, normalizeQuestion } from '../../../src/domain/ask';
import { asksForCodeByShape } from '../../../src/domain/ask/intent';

/**
 * Issue #13, second pass: the general mechanisms added while tuning on the fresh evaluation's tuning
 * half. Every question here was written for this file (none is from either evaluation set), so each
 * test checks a mechanism on phrasing it was not tuned on.
 */
const situation = (q: string) => extractSituation(normalizeQuestion(q));

describe('ask: a request for a code is recognised by its shape', () => {
  it.each([
    'what should /billing be returning to them',
    'what comes back for that',
    'what should we have returned',
    'GIVEN no cookie WHEN GET /me THEN status = ?',
    'anonymous GET /me -> ?',
    'status for: a revoked key',
    'expected code for a typo in the url',
    'we send 404 for it. right or wrong?',
    'the gateway answers 403 there, should be something else?',
    'we return 401 today. right?',
  ])('%s', (q) => {
    expect(asksForCodeByShape(normalizeQuestion(q))).toBe(true);
  });

  it.each([
    "what happens to SEO if a page returns 200 with 'not found' in it",
    'what does 410 tell a crawler',
    'what header must a 401 carry',
    'is 403 cacheable',
  ])('not a request for a code: %s', (q) => {
    expect(asksForCodeByShape(normalizeQuestion(q))).toBe(false);
  });

  it('answers a shaped request with the verdict its facts decide', () => {
    expect(answerQuestion('refresh tokens were revoked by the idp migration, since then mobile retries. what should /sync be returning').verdict).toBe('401');
    expect(answerQuestion('a signed-in viewer deletes a board. THEN status = ?').verdict).toBe('403');
  });
});

describe('ask: chat spellings of short words', () => {
  it.each([
    ['usr is loged in but dosnt have the admn role, wat code', '403'],
    ['wich status when the token is expierd', '401'],
    ['page was never ther, wat do we send', '404'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: credentials that ended or were withdrawn are no valid credentials (401)', () => {
  it.each([
    'the users session has ended, which status for their next request',
    'user deleted their api key, the integration still uses it. which status should it get',
    'token blacklisted after logout, code?',
    'the jwt signature cannot be validated against our jwks. status?',
    'the client sent a bearer token for a user we deleted. status',
    "the hmac signature on the webhook call doesn't match. code?",
    'authorization header present but the token inside is gibberish. code',
    'the authorizer cannot find any authorization header. which status should the gateway send?',
    'curl -H "Authorization: Bearer " https://api.example.com/me -> what should that give',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });

  it('deleting a key is not the resource being removed', () => {
    expect(situation('user deleted their api key, the integration still uses it').existence).toBe('unknown');
  });
});

describe('ask: doubt about permanence, before or after it', () => {
  it.each([
    ['removed, probably for good but not confirmed. code?', '404'],
    ['we think the removal is permanent, but product has not signed off. which code', '404'],
    ['was it permanent? nobody knows. page deleted. code', '404'],
    ['user closed their shop, they can reopen it within 90 days. what should the shop url give', '404'],
    ['removal is confirmed permanent by product, on purpose. code', '410'],
    ['user asked us to delete their blog forever and we did. what should the blog url return', '410'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: whether existence must stay hidden', () => {
  it.each([
    ['logged in user, we do not want to admit the album exists, not theirs. what should it be', '404'],
    ['authenticated user hits /internal/x, internal endpoints should not be discoverable. code', '404'],
    ['can we avoid telling shoppers that the unreleased page exists? logged in shopper. what status', '404'],
    ['logged in, not on the project member list, and the project is public. code?', '403'],
    ['user is authenticated, resource exists, permission missing, existence no secret. code', '403'],
    ["this endpoint is undocumented on purpose and outsiders shouldn't know about it. logged in customer hits it. code?", '404'],
    ["regular users know the admin api exists (it's in the docs). regular logged in user calls it. status", '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: "401 or 403?" when the question says nothing about who is calling', () => {
  it.each([
    'user cant open the page, 401 or 403',
    'what should the api return when access is denied, 401 or 403?',
    'support: user says "access denied" on reports. 401 or 403?',
  ])('%s', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/authenticated/);
    expect(result.answer).toMatch(/401/);
    expect(result.answer).toMatch(/403/);
  });

  it('still decides when the caller is known', () => {
    expect(answerQuestion('logged in user cant open the page, 401 or 403').verdict).toBe('403');
    expect(answerQuestion('she can log in fine but cannot open the billing page, which code').verdict).toBe('403');
  });

  it('a bare refusal names the facts that decide instead of guessing 403', () => {
    const result = answerQuestion('customer cant see a page their colleague can, which code');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/exists/);
    expect(result.answer).toMatch(/401/);
  });
});

describe('ask: more denials without the usual words', () => {
  it.each([
    'session is fine, not expired. user is a viewer trying to delete. what should we return',
    "admin disabled this user's write access; they are logged in. correct code?",
    'user is logged in, but the feature is disabled for their org by an admin, what code',
    'the jwt is valid, but the groups claim lacks finance. we return 401 today. right?',
    'authenticated partner integration calls an endpoint outside its contract. response?',
    'customer is logged in; her company disabled the integrations feature for her. what code',
    "the customer's admin removed them from the project, they are still logged in; project names are not secret. code?",
    'authenticated tenant admin modifies a setting reserved for platform operators, documented publicly. expected status?',
  ])('%s → 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });
});

describe('ask: knowledge questions in new phrasings', () => {
  it.each([
    ['in which cases may a server pretend a resource does not exist', /hid|exist/i],
    ["what's the rule for answering 404 to a caller who lacks access", /hid|exist/i],
    ['explain when 404 can stand in for 403', /hid|exist/i],
    ['why would anyone send 404 when the thing is actually there', /hid|exist/i],
    ['is 404 for unauthorized access a good practice', /hid|exist/i],
    ['will logging in again fix a 403', /permission/i],
    ['what http status does invalid_token map to', /401/],
  ])('%s', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });
});

describe('ask: a clause the writer denies states no fact', () => {
  it.each([
    ["it's not that the token is expired - the token is fine, the user just lacks the role. code?", '403'],
    ["it's not because the page was deleted, the user is not logged in. code?", '401'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: credentials no trusted party vouches for are no valid credentials (unseen-set classes, new wordings)', () => {
  it.each([
    'we revoked his api key last week but his script still calls us. what do we send back',
    'ops revoked those old access tokens, clients still use them. what should the api return',
    'token introspection returns active=false for this bearer token. which code',
    'the introspection endpoint marks the token as not active anymore, what do we return',
    'the jwt was issued by some random issuer we have never heard of. code?',
    'bad sig on the token. code pls',
    'the kid in the jwt header is not in our jwks. which status',
  ])('%s → 401', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });
});

describe('ask: a route that needs no credentials is not a caller without credentials', () => {
  it.each([
    ['public endpoint, no login required, we killed it for good last month. what do we return', '410'],
    ['the status page needs no authentication and we shut it down permanently. which code', '410'],
    ['the docs page is public (no auth needed) and the url has a typo. what should it return', '404'],
    ['anonymous access is allowed on /help; someone requests /help/nonexistent. code?', '404'],
    ['open endpoint without auth required, the id never existed. what do we send back', '404'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('still reads a request without credentials as one', () => {
    expect(situation('the endpoint requires auth and the request has no token').auth).toBe('none');
    expect(situation('request comes without auth').auth).toBe('none');
  });
});

describe('ask: permanence that nobody stated, and a return that is refused', () => {
  it.each([
    ['page was removed, no one confirmed it is permanent. 404 or 410', '404'],
    ['we deleted the doc but nobody told us it is for good. what code', '404'],
    ['the listing was taken down, but no one has said it will never come back. which one', '404'],
    ['we took the item off the site for now. what should its page return', '404'],
    ['we deleted the page and there are no plans to restore it. which code', '410'],
    ['the old api is removed and we won\'t ever bring it back. which status', '410'],
    ['the v1 page was removed; the decision is final. 404 or 410', '410'],
    ['that endpoint is dead forever. code pls', '410'],
    ['we shut down the old forum permanently. which code', '410'],
    ['the route never existed in the first place. which code', '404'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: a signed-in caller never granted something everyone can see is refused (403)', () => {
  it.each([
    'signed-in user was never granted access to the finance space, which is listed for everyone. code?',
    'logged in, never got access to that project, the project appears in the public list. which one',
    'she is logged in but never had permission for the billing page, everyone can see it in the nav. what do we send',
    'authenticated user never had the role for /reports, the page is listed for all users. which status',
    'read-only member tries to invite a teammate. status?',
    'a logged in guest tries to delete a comment. which one',
  ])('%s → 403', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('reads "never had access" as a refusal, not as a resource that never existed', () => {
    const s = situation('logged in but never had access to the ops space');
    expect(s.existence).toBe('unknown');
    expect(s.denials).toContain('role');
  });
});

describe('ask: an OAuth error name alone asks for the mapping; a stated case asks for a verdict', () => {
  it.each([
    ['what goes with invalid_token', /401/],
    ['invalid_request -> which status?', /400/],
    ['insufficient_scope, which http code pairs with it', /403/],
  ])('%s: no verdict, the mapped code', (q, code) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(code);
    expect(result.answer).toMatch(/RFC 6750/);
  });

  it.each([
    ['the bearer token is valid but has only the read scope and the call is a DELETE. correct response per rfc 6750?', '403'],
    ['the resource server rejects the token as invalid_token. which code', '401'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: a claim about what a code means is checked, not judged as a case', () => {
  it('answers "401 is called unauthorized, so that means …?" with the definition', () => {
    const result = answerQuestion('401 is called unauthorized, so that means the caller lacks the role?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/authenticat|credential/i);
  });

  it('says a 404 does not tell temporary from permanent', () => {
    expect(answerQuestion('does a 404 tell the client if the page will come back?').answer).toMatch(/temporary or permanent/);
  });
});

describe('ask: more ways a credential fails, and a "nothing is revoked" that denies it', () => {
  it.each([
    ['the jwt is signed with HS256 but we expect RS256, verification fails. code?', '401'],
    ['the token says aud=other-service. which one do we send', '401'],
    ['cert presented by the client is not signed by our CA. which code', '401'],
    ['credentials are fine, nothing is revoked; the user is not in the admins group. code pls', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: "not final" and "not ever coming back" read with their negation', () => {
  it.each([
    ["we removed the listing, it's not final. status?", '404'],
    ["it was removed and it isn't ever coming back. 404 or 410", '410'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: knowledge asked in a case\'s clothes', () => {
  it('names the bearer error for a case when the error is what is asked for', () => {
    const result = answerQuestion('which bearer error should we put in the header when the token is expired');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/invalid_token/);
  });

  it.each(['401 is named unauthorized, does that mean no permission?', "isn't 401 the code for not authorized?"])('checks the claim in "%s"', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/authenticat|credential/i);
  });
});

describe('ask: signing secrets, unmatched keys, bans from an action, and removals said sideways', () => {
  it.each([
    ["the partner's hmac header is missing entirely on the webhook call. code?", '401'],
    ['request signed with a secret we revoked after the leak. what should the api respond', '401'],
    ['api key is valid format but doesnt match any key we issued. status?', '401'],
    ['the user is banned from posting but still logged in, tries to post. code?', '403'],
    ['we rolled back the deploy and the new page is temporarily gone, will be back tomorrow. what do we serve', '404'],
    ['product temporarily out of the catalog, coming back next month. status?', '404'],
    ['the old api was shut off permanently last year and we announced it. code for the old routes?', '410'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('does not read a credential leak as a reason to hide the resource', () => {
    expect(situation('we rotated the key after the leak').hide).toBeNull();
    expect(situation('a 403 would leak that the doc exists').hide).toBe(true);
  });
});

describe('ask: hiding disclaimed in other words, and non-native state and negation', () => {
  it.each([
    ['the existence of the page is no problem, user is authenticated without permission. which one', '403'],
    ['not hiding anything here: logged-in user lacks the editor role. status?', '403'],
    ['user is log in but his role not allow this action. which code is correct', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('spells "is login" and "role not allow" out', () => {
    expect(normalizeQuestion('user is log in but his role not allow this')).toBe('user is logged in but his role does not allow this');
    expect(normalizeQuestion('the user is login page')).toContain('is login page');
  });
});

describe('ask: a code asked for by its meaning, an OAuth error explained, a consequence asked for', () => {
  it.each([
    ['what status means authenticated but not allowed', /403/],
    ['which status code means the caller must authenticate first', /401/],
    ['what does invalid_token cover', /expired|revoked|malformed/],
    ['what happens if we return 200 with a not found page', /200/],
  ])('%s: no verdict, the fact', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });

  it('still gives a verdict for a case asked with "what status for"', () => {
    expect(answerQuestion('what status for a logged in user without the admin role').verdict).toBe('403');
  });
});

describe('ask: a conditional "if" states the case; "if" after a doubt hedges it', () => {
  it.each([
    ['if the page is deleted permanently what do we respond with', '410'],
    ['removed the page, nobody decided yet if for good. what code', '404'],
    ['heads up, we are deprecating /v1 for good on friday and it will never come back. from saturday on, what should /v1 answer?', '410'],
    ['ok so the mobile client sends no Authorization at all when the user opens the app cold. backend says 403 now. should be?', '401'],
    ['I need the status code: authenticated, forbidden by policy, resource public', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: incident shorthand for scopes', () => {
  it('reads "scope=read, req is PUT" as a read scope asked to write', () => {
    expect(answerQuestion('scope=read, req is PUT. which code').verdict).toBe('403');
    expect(normalizeQuestion('scope=write:orders')).toBe('scope=write:orders');
  });
});

describe('ask: more untrusted issuers and revoked tokens of someone', () => {
  it.each([
    ["the oauth server revoked the client's tokens; calls keep coming. which code", '401'],
    ["the jwt issuer isn't one we trust. response code", '401'],
    ['the signing cert is not trusted. what do we send back', '401'],
    ['the jwt is valid and the issuer is trusted, but the user lacks the admin role. code', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it.each([
    ["it's a public, unauthenticated endpoint and we removed it permanently. which code", '410'],
    ["the health endpoint doesn't require a token; someone calls /healthz2 which never existed. code", '404'],
  ])('a route that needs no credentials: %s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});
