import { extractSituation, normalizeQuestion } from '../../../src/domain/ask';

const facts = (question: string) => extractSituation(normalizeQuestion(question));

describe('normalizeQuestion', () => {
  it('drops Slack markup but keeps link labels and channel names', () => {
    expect(normalizeQuestion('<!channel> <@U123|ann> see <https://x.io/a|the runbook> in <#C1|oncall>')).toBe(
      'see the runbook in oncall',
    );
  });

  it('spells out on-call shorthand', () => {
    expect(normalizeQuestion('usr w/o perms, authz fails, authn ok, tkn w/ no creds')).toBe(
      'user without permission, authorization fails, authentication ok, token with no credentials',
    );
  });

  it('expands contractions with and without apostrophes', () => {
    expect(normalizeQuestion("isn't logged in, doesnt exist, can't see, won't come back")).toBe(
      'is not logged in, does not exist, cannot see, will not come back',
    );
  });

  it('fixes typos in the words that decide', () => {
    expect(normalizeQuestion('forbiden permision tennant exipred authenitcated delted')).toBe(
      'forbidden permission tenant expired authenticated deleted',
    );
  });

  it('leaves ordinary words alone', () => {
    expect(normalizeQuestion('the logger is leading, leaving remote states')).toBe('the logger is leading, leaving remote states');
  });

  it('reads status codes however they are typed', () => {
    expect(normalizeQuestion('404s, 403\'s, HTTP 401, error 410, 4o4')).toBe('404, 403, 401, 410, 404');
  });
});

describe('extractSituation: who is calling', () => {
  it.each([
    ['not logged in', 'none'],
    ['user is not yet signed in', 'none'],
    ['request without a token', 'none'],
    ['no auth header', 'none'],
    ['the Authorization header is missing', 'none'],
    ['anonymous visitor', 'none'],
    ['token expired', 'invalid'],
    ['expired jwt', 'invalid'],
    ['the api key was revoked', 'invalid'],
    ['signature verification failed', 'invalid'],
    ['logged in but not an admin', 'valid'],
    ['an authenticated user', 'valid'],
    ['the token is valid', 'valid'],
    ['the token is not expired, it is valid', 'valid'],
    ['deleting a project', 'unknown'],
  ] as const)('%s → %s', (question, auth) => {
    expect(facts(question).auth).toBe(auth);
  });

  it('does not mistake a missing scope for a missing token', () => {
    const s = facts('the token is missing the orders:write scope');
    expect(s.auth).not.toBe('none');
    expect(s.denials).toContain('scope');
  });

  it('does not mistake a CSRF token for credentials', () => {
    expect(facts('csrf token missing on the form').auth).toBe('unknown');
  });
});

describe('extractSituation: what stops them', () => {
  it.each([
    ['not an admin', 'role'],
    ["isn't an admin", 'role'],
    ['without permission', 'role'],
    ['lacks the billing-admin role', 'role'],
    ['only admins can do that', 'role'],
    ['insufficient_scope', 'scope'],
    ['token does not include the write scope', 'scope'],
    ["another tenant's invoice", 'tenant'],
    ['cross-tenant request', 'tenant'],
    ["someone else's document", 'ownership'],
    ['ip not on the allowlist', 'ip'],
    ['the account is suspended', 'account'],
    ['free plan user', 'plan'],
    ['csrf token missing', 'csrf'],
  ] as const)('%s → %s', (question, kind) => {
    expect(facts(question).denials).toContain(kind);
  });

  it('does not read a rate limit as a role problem', () => {
    expect(facts('rate limited user').denials).toEqual([]);
  });
});

describe('extractSituation: does it exist', () => {
  it.each([
    ['the order never existed', 'missing', false],
    ['typo in the url', 'missing', false],
    ['no such user', 'missing', false],
    ['the page was deleted', 'removed', false],
    ['removed for good', 'removed', true],
    ['we retired the endpoint', 'removed', true],
    ['deleted by mistake, will restore it', 'removed', false],
    ['the invoice exists', 'exists', false],
  ] as const)('%s → %s (permanent: %s)', (question, existence, permanent) => {
    const s = facts(question);
    expect(s.existence).toBe(existence);
    expect(s.permanent).toBe(permanent);
  });

  it('reads "removed the role" as a permission change, not a removed resource', () => {
    expect(facts('we removed the admin role from her yesterday').existence).toBe('unknown');
  });
});

describe('extractSituation: must it stay hidden', () => {
  it.each([
    ["we don't want to leak that it exists", true],
    ['attackers could enumerate ids', true],
    ['they should not even know it exists', true],
    ["we don't care if they know it exists", false],
    ['its existence is not a secret', false],
    ['a plain role problem', null],
  ] as const)('%s → %s', (question, hide) => {
    expect(facts(question).hide).toBe(hide);
  });
});

describe('extractSituation: what the question is about', () => {
  it.each([
    ['are 404s cached by the cdn?', 'caching'],
    ['should the client retry?', 'retry'],
    ['does it hurt seo?', 'seo'],
    ['what is a soft 404', 'soft404'],
    ['what does 403 mean', 'definition'],
    ["what's the difference between 401 and 403", 'difference'],
    ['do we need www-authenticate', 'header'],
  ] as const)('%s → %s', (question, topic) => {
    expect(facts(question).topics).toContain(topic);
  });

  it.each([
    ['403 or 404?', true],
    ['which status code should we return', true],
    ['is 403 correct here', true],
    ['token expired -> 403?', true],
    ['are 404s cached?', false],
    ['token expired', false],
    // The server's answer asked with "say" (session 15); what a body or message says is a part, not the code.
    ['the partner token only covers the sandbox and they call production. what should the gateway say?', true],
    ['what does the server say when the bucket is private', true],
    ['what should the error message say?', false],
  ] as const)('asks which code: %s → %s', (question, asks) => {
    expect(facts(question).asksWhich).toBe(asks);
  });

  it('notices the code the service answers today', () => {
    expect(facts('we return 403 when the token expires').currentCode).toBe('403');
    expect(facts('should we return 403 here?').currentCode).toBeNull();
  });
});

describe('extractSituation: readings added for issue #13 (fresh2)', () => {
  it.each([
    ['the bearer token the user revoked from their settings', 'invalid'],
    ['a session id our store already invalidated', 'invalid'],
    ['access token ran out a minute ago', 'invalid'],
    ['idp revoked the refresh + access tokens', 'invalid'],
    ['the bearer token they send doesnt validate', 'invalid'],
    ['the cookie is there but the server-side session behind it was deleted', 'invalid'],
    ['browser clears cookies on close and the spa calls the api', 'invalid'],
    ['a jwt issued by an issuer we do not trust', 'invalid'],
    ['basic credentials with a username we have never heard of', 'invalid'],
    ['sess expired after 30m idle', 'invalid'],
  ])('%s → credentials %s', (question, auth) => {
    expect(facts(question).auth).toBe(auth);
  });

  it.each([
    'the token was not revoked, the user lacks the role',
    'valid token, but the role the admin revoked was editor',
    'logged in user (valid session) opens a doc that was deleted',
  ])('%s → credentials not ended', (question) => {
    expect(facts(question).auth).not.toBe('invalid');
  });

  it('reads "hit logout" as a caller who logged out', () => {
    expect(normalizeQuestion('the user hit logout, then reused the old link')).toBe('the user logged out, then reused the old link');
    expect(facts('the user hit logout, then reused the old link').auth).toBe('none');
  });

  it('reads a guest who signed in as a guest role, and a bare guest as anonymous', () => {
    expect(facts('signed-in member, but guests cant create channels and shes a guest').auth).toBe('valid');
    expect(facts('signed-in member, but guests cant create channels and shes a guest').denials).toContain('role');
    expect(facts('a guest opens the billing page').auth).toBe('none');
  });

  it('keeps chat doubt as a hedge on permanence instead of dropping it', () => {
    const hedged = facts('took it down, idk if its permanent');
    expect(hedged.existence).toBe('removed');
    expect(hedged.permanent).toBe(false);
    expect(facts('killed it for good, on purpose').permanent).toBe(true);
  });

  it.each([
    'customers must never be able to tell if an order number belongs to someone',
    'a logged-in outsider should not be able to work out which project ids are in use',
    'we never acknowledge private repos to non-members',
    'the api returns 403 for invoices of other customers, confirming valid invoice numbers',
    'ids are private',
  ])('%s → existence must stay hidden', (question) => {
    expect(facts(question).hide).toBe(true);
  });

  it.each([
    ['scanner probes /admin.php which was never part of our app', 'missing'],
    ['user asks for product 123 which we dont have', 'missing'],
    ['user asks for a page which we do not have access to', 'unknown'],
    ['we closed the community forum permanently on purpose', 'removed'],
  ])('%s → existence %s', (question, existence) => {
    expect(facts(question).existence).toBe(existence);
  });
});
