import { answerQuestion, extractSituation, normalizeQuestion } from '../../../src/domain/ask';
import { withoutLeadingLookbehind } from '../../../src/domain/ask/normalize';

/**
 * Issue #13: on-call shorthand, hedges, confidentiality, ended sessions and questions about the rules.
 * These are the issue's own examples and close variants written while tuning (none is from the
 * held-aside half of the evaluation).
 */
const situation = (q: string) => extractSituation(normalizeQuestion(q));

describe('ask: a request for a code is recognised without the word "status"', () => {
  it.each([
    ['logged in user w/o the admin role deletes a project, what do we send back', '403'],
    ['no token on the request, what should the gateway return', '401'],
    ['ip not on the allowlist, valid creds. code pls', '403'],
    ['order id doesnt exist, user is authed. what do we return here', '404'],
    ['jwt expired, svc says 403. correct response?', '401'],
    ['valid session, viewer role, edits the dashboard. which one', '403'],
    ['removed for good, not coming back, pls tell me the code', '410'],
    ['user has not got the admin role but is authd, we answer what?', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: hedges and negations are not facts', () => {
  it("reads 'not sure yet if that's permanent, might be restored' as an uncertain removal (404)", () => {
    const s = situation("deleted yesterday, not sure yet if that's permanent, might be restored");
    expect({ existence: s.existence, permanent: s.permanent, temporary: s.temporary }).toEqual({ existence: 'removed', permanent: false, temporary: true });
    expect(answerQuestion("deleted yesterday, not sure yet if that's permanent, might be restored. what do we send back").verdict).toBe('404');
  });

  it.each([
    'page removed, no idea if for good or not. code?',
    'the doc was deleted permanently? not sure, maybe restore. what to return',
    'we took the page down, might put it back. 404 or 410',
  ])('hedged permanence stays 404: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it.each([
    'killed the old export api for good. what do we send back',
    'intentionally removed permanently, want it out of the index asap',
    'doc deleted intentionally and permanently, want it out of google asap',
    'removed that endpoint on purpose, it will not come back. which code',
  ])('a stated, unhedged permanent removal is 410: %s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it.each([
    ['not removed permanently, only archived. 404 or 410', '404'],
    ['the project isnt confidential, logged in non-member opens it. which one', '403'],
    ['the user is not anonymous, they have a valid jwt, but not the scope. which code', '403'],
    ['the endpoint was not removed, the route is just not deployed in this region. code?', '404'],
    ['token isnt expired, user lacks the admin role. code?', '403'],
    ['the page was delete by mistake, which status is proper', '404'],
    ['page removed on purpose, will be restored maybe', '404'],
    ['someone tries to access the api with a made up token. code', '401'],
    ['the request carries an api key we dont recognise. code', '401'],
    ["ci bot token is valid but the repo's branch protection forbids direct pushes. status", '403'],
    ["curl -H 'Authorization: Bearer ' (empty) -> ?", '401'],
    ['oauth introspection says active=false for the token. what do we send', '401'],
    ['client is sending request but the token he have is not more valid, what we respond', '401'],
    ['he is login correctly but his account type not permit to see this report, status?', '403'],
    ['this page we removed it for always, it never come again, 404 or 410?', '410'],
    ['other client try to see the invoice of my client, we must not say it exist. what code', '404'],
    ['token is expire since yesterday, which answer the server must give', '401'],
    ['request arrive without header authorization, code?', '401'],
    ['customer says the app logged them out and now shows an error on every page, what code should the app get', '401'],
    ['the user is logged in but their manager removed their access to the team folder. code', '403'],
    ['replayed token with a nonce we already saw, we reject. code', '401'],
    ['gone for good?', '410'],
    ["the user's org hasn't enabled this feature for them, they are logged in. status", '403'],
    ['user is authenticated but blocked by our abuse filter. code', '403'],
    ['we killed the free tier pages for good. code', '410'],
    ['req has Bearer undefined (frontend bug). code', '401'],
    ["token's iat is in the future and we reject, what should the response be", '401'],
    ['we got a cookie but the session behind it is dead. 401 or 403', '401'],
    ['someone calls our webhook endpoint w/o the hmac signature. what status', '401'],
    ['user has read but not write on the repo, pushes. status', '403'],
    ['valid creds, request from tor exit node which we block. code', '403'],
    ['signed in but hasnt accepted the new terms yet, api blocks them until they do. code', '403'],
    ['authd user calls /reports but their role grants only /dashboards. which code', '403'],
    ["we dont want ppl to find out which emails are registered. logged-in user looks up someone else's account by email", '404'],
    ['client presents a token we never issued. code', '401'],
    ['session id in the cookie not found in redis (evicted). what should we answer', '401'],
    ['app sends credentials for an account that no longer exists. status?', '401'],
    ['the x-auth-token header has an unknown value, we cant match it to any user. code', '401'],
    ['basic auth with empty username and password, what do we return', '401'],
    ['user authenticated fine but their plan tier excludes webhooks. code', '403'],
    ["user in the 'support' group wants to read billing data, only 'finance' may. they are signed in. status?", '403'],
    ['api key valid, but that key is restricted to the staging project and they hit prod. which code', '403'],
    ['token was issued before the key rotation and signature no longer validates. code?', '401'],
    ['authenticated partner calls an endpoint that isnt in their contract. code', '403'],
    ['user logged in via sso but their org has disabled api access for members. which one', '403'],
    ['jwt ok, but tenant claim is t1 and the url is /t2/...; tenant list is public. status?', '403'],
    ['account deletion requires an admin; the user is authed. what do we return', '403'],
    ['logged-in user requests /files/abc123 that no one ever uploaded. code', '404'],
    ['valid oauth token, document in a workspace the caller is not a member of, and we consider workspace membership itself sensitive. status?', '404'],
    ['a refresh token that has been revoked after a password change gets 403 now. right status?', '401'],
    ['after a right-to-erasure request we delete the data irreversibly. what should /customers/{id} return', '410'],
    ['customers land on a 404 when their trial ends and they open reports. shouldnt that be 403?', '403'],
    ['deleted on purpose, it will not be restored. code', '410'],
    ['tokn expird, we send 403 - shoud be?', '401'],
    ['he is not logined, try open profile, what code', '401'],
    ['the ids are confidental, other tenant asks, what we return', '404'],
    ['our partner integration uses a key we rotated out last week, what code do they get ideally', '401'],
    ['login succeeded but mfa not completed, user hits /settings. code?', '401'],
    ['an authenticated user can distinguish 403 from 404 on /orders/{id} of other users. what should both cases return?', '404'],
    ['/internal/metrics is for the vpn only; should it look like it doesnt exist to a logged in outsider', '404'],
    ['tenant B user reads tenant A doc, ids secret, whats correct here', '404'],
  ])('a negated or hedged word is not the fact: %s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it("keeps 'not a member, logged in' apart from 'not logged in'", () => {
    expect(situation('not a member, logged in, opens the project settings').auth).not.toBe('none');
    expect(situation('user not yet logged in opens the project settings').auth).toBe('none');
  });
});

describe('ask: confidentiality means hiding existence (404)', () => {
  it.each([
    'ids are treated as confidential. logged-in user requests another tenants invoice id, what do we return',
    "non-staff shouldn't even learn the URL is real. regular user is logged in. code?",
    "logged in customer w/o access, we don't want to confirm it exists. which one",
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('an explicitly public existence keeps 403', () => {
    expect(answerQuestion('tenant isolation check fails but tenant ids are public and no one cares if they leak. code pls').verdict).toBe('403');
  });
});

describe('ask: ended sessions are no valid credentials (401)', () => {
  it.each([
    'cookie gone after logout, user hits /settings. what do we send',
    'session expired overnight, first request gets 404. correct response?',
    'token revoked by admin, client keeps calling. what should the gateway return',
    'customer got kicked out after the password reset and now gets 403, right code?',
    'all sessions were invalidated, the desktop app errors. what should it get',
    'jwt exp is in the past, svc answers 403. should be?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('401');
  });
});

describe('ask: questions about the rules get the fact and no verdict', () => {
  it.each([
    ['when is it fine to answer 404 for something that exists?', /hid/, /RFC 9110 §15\.5\.4/],
    ['which rfc has the status codes nowadays, is it still 7231?', /RFC 9110/, /obsoletes RFC 7231/],
    ['where is 403 defined these days', /RFC 9110/, /§15\.5\.4/],
    ['is it ever ok to return 404 for a resource that actually exists?', /hide/, /§15\.5\.4/],
    ["what's invalid_token vs insufficient_scope", /invalid_token/, /insufficient_scope/],
    ['Which RFC should I cite for insufficient_scope?', /RFC 6750/, /403/],
    ['Does RFC 9110 allow a 404 to hide a resource?', /hide/, /§15\.5\.4/],
    ['hiding a resource behind 404 — is that legit per the rfc?', /hide/, /§15\.5\.5/],
    ['404 vs 403 for existing but forbidden resources - what does the spec allow', /hide/, /403/],
    ['where do I find the official definition of 404 today', /RFC 9110/, /§15\.5\.5/],
    ['is it acceptable to send 404 when the user lacks permission?', /hide/, /403/],
    ['which one leaks existence, 403 or 404', /hide/, /404/],
    ['whats the difference between forbidden and unauthorized', /authenticat/, /401/],
    ['ok to hide stuff w/ 404?', /hide/, /§15\.5\.4/],
    ['does 403 imply the thing exists', /exists/, /404/],
    ['when does 404 beat 403', /hide/, /§15\.5\.4/],
    ['whats the rfc section for 404', /RFC 9110/, /§15\.5\.5/],
  ])('%s', (q, first, second) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(first);
    expect(result.answer).toMatch(second);
  });

  it('names the deciding fact in one or two sentences when it is open', () => {
    const result = answerQuestion('someone hits /reports and gets an error, 401 or 403?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/authenticated/);
    expect(result.answer.split(/(?<=[.;])\s+/).length).toBeLessThanOrEqual(3);
  });
});

describe('normalizeQuestion: the first question and later ones read alike', () => {
  it('gives the same text whether the abbreviation groups are built yet or not', () => {
    const questions = ['usr w/o creds hits /api, b/c the pw was reset. code pls', 'authd but no perms thru the gw', 'tok exp, svc keeps calling w/ it'];
    for (const q of questions) {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require('../../../src/domain/ask/normalize') as typeof import('../../../src/domain/ask/normalize');
        const first = fresh.normalizeQuestion(q);
        expect(fresh.normalizeQuestion(q)).toBe(first);
        expect(first).toContain(q.startsWith('usr') ? 'without credentials' : q.startsWith('authd') ? 'authenticated' : 'token expired');
      });
    }
  });
});

describe('the rewrite groups skip exactly (withoutLeadingLookbehind)', () => {
  it('drops the lookbehind a pattern starts with, after an optional word boundary, and nothing else', () => {
    expect(withoutLeadingLookbehind('(?<!\\b(?:socket|db) )connected\\b')).toBe('connected\\b');
    expect(withoutLeadingLookbehind('\\b(?<!\\/[a-z0-9._-]{0,40})(?:token|key)')).toBe('\\b(?:token|key)');
    expect(withoutLeadingLookbehind('(?<=\\b(?:token|jwt)\\b[^.;,?)]{0,30})\\b(is|are) not good\\b')).toBe('\\b(is|are) not good\\b');
    expect(withoutLeadingLookbehind('\\bexpired\\b(?<!x)')).toBe('\\bexpired\\b(?<!x)');
    expect(withoutLeadingLookbehind('(?:a|b)')).toBe('(?:a|b)');
  });

  it('keeps every match: what a pattern matches, its stripped source matches too', () => {
    const pattern = /(?<!\b(?:socket|db) )\bconnected\b/;
    const stripped = new RegExp(withoutLeadingLookbehind(pattern.source));
    for (const text of ['the user is connected', 'socket connected', 'db connected fine', 'nothing here']) {
      if (pattern.test(text)) expect(stripped.test(text)).toBe(true);
    }
    expect(stripped.test('socket connected')).toBe(true);
    expect(pattern.test('socket connected')).toBe(false);
  });
});
