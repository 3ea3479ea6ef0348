import { answerQuestion, extractSituation, normalizeQuestion } from '../../../src/domain/ask';
import { contrastRefuses, withoutDoubtedClauses } from '../../../src/domain/ask/clauses';

/**
 * Issue #13: clause-level reading (src/domain/ask/clauses.ts). The questions are written for these
 * tests, in the voices; none is from an evaluation set.
 */
const situation = (q: string) => extractSituation(normalizeQuestion(q));

describe('ask: doubt scopes to the clause it introduces', () => {
  it('blanks the doubted clause and names the fact it leaves open', () => {
    const doubted = withoutDoubtedClauses('blocked on /billing, we have no idea whether they were signed in. 401 or 403?');
    expect(doubted.doubts).toEqual(['authenticated']);
    expect(doubted.text).not.toMatch(/signed in/);
    expect(doubted.text).toMatch(/blocked on \/billing/);
  });

  it('reads a doubted sign-in as unknown, not as an authenticated caller', () => {
    expect(situation('request refused, not sure if the caller was logged in at all').auth).toBe('unknown');
    expect(situation('request refused, the caller was logged in').auth).toBe('valid');
  });

  it.each([
    'blocked on /billing, we have no idea whether they were signed in. 401 or 403?',
    'refused on /admin and dunno if the caller was authenticated. what do we send back',
    'either the session expired or the user lacks the role, we have not checked. 401 or 403?',
  ])('%s → open, naming authentication', (q) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/authenticat/);
  });

  it('leaves hiding open when the question says it is undecided, and hides when it is decided', () => {
    const open = answerQuestion('signed-in user denied on a private board, we have not decided whether its existence is secret. code?');
    expect(open.verdict).toBeNull();
    expect(open.answer).toMatch(/exist/);
    expect(answerQuestion('signed-in user denied on a private board, its existence is secret. code?').verdict).toBe('404');
  });

  it('does not read a doubt about existence as a doubt about hiding', () => {
    expect(withoutDoubtedClauses('not sure if the page exists at all').doubts).toEqual([]);
  });
});

describe('ask: after an identity, a negative "but" clause is the refusal', () => {
  it.each([
    ['she is signed in alright, but it will not let her export. code?', '403'],
    ['key checks out but is restricted to one project, call goes to another. which one', '403'],
    ['we know exactly who he is, but he cannot do this action. code pls', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('is not a refusal when the clause is about the resource or the credentials', () => {
    expect(contrastRefuses('logged in fine but the invoice does not exist')).toBe(false);
    expect(contrastRefuses('logged in but the token is expired')).toBe(false);
    expect(answerQuestion('logged in fine but the invoice does not exist. code?').verdict).toBe('404');
  });
});

describe('ask: smaller readings', () => {
  it('answers "what does it depend on" with the deciding fact', () => {
    const result = answerQuestion('cross-tenant read by a logged in user: 403 or 404, what does it depend on?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/exist/);
  });

  it('reads a promise not to reveal as hiding, even after "now they know it is there"', () => {
    expect(situation('they saw a 403 so now they know it is there, which we promised not to reveal').hide).toBe(true);
    expect(answerQuestion('an authed user probes a private workspace and we agreed never to reveal it. what should they get').verdict).toBe('404');
  });

  it('reads "a repo he was removed from" as access taken away, not a removed repo', () => {
    const s = situation('ex-member hits a repo he was removed from, repo names are public. which code');
    expect(s.existence).toBe('unknown');
    expect(answerQuestion('ex-member hits a repo he was removed from, repo names are public. which code').verdict).toBe('403');
  });

  it('reads "deliberately gone" as a permanent removal', () => {
    expect(answerQuestion('old export api: deliberately gone. code?').verdict).toBe('410');
  });

  it('reads "what is the rule for …" as a question about the rules', () => {
    const result = answerQuestion('what is the rule for answering 404 to people who may not see a resource');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/hid|exist/);
  });
});

describe('ask: wordings found missing on a probe written for this pass (no evaluation set)', () => {
  it.each([
    ['bearer header is there but junk. what do we hand back', '401'],
    ['key minted in dev, the prod gateway does not accept it. which one', '401'],
    ['the gateway identifies the caller fine, they just may not use this endpoint. code', '403'],
    ['user is signed in and on the starter plan, the report is business-only. what to send', '403'],
    ['the service has no endpoint /v3/quotes at all. code?', '404'],
    ['the invoice sits in the recycle bin and can still be restored. 404 or 410', '404'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('answers what a 404 spike after a release means with the scenarios, not the definition', () => {
    expect(answerQuestion('what does a 404 spike right after a deploy usually mean').answer).toMatch(/deploy|rout/i);
  });
});

describe('ask: readings from a second probe written for this pass (no evaluation set)', () => {
  it.each([
    ['the vendor app lost its api key when we rotated secrets; every call fails now. code?', '401'],
    ['signed in via okta, sales team, opens the payroll report (everyone knows it exists). what do we send back', '403'],
    ['she is allowed to view, not to edit; she tried an edit. code?', '403'],
    ['signed in user from tenant acme sends PUT to a tenant globex resource, tenant names are shown in the ui. which one', '403'],
    ['GET /teams/zeta where zeta was never a team. code', '404'],
    ['we intentionally and permanently delete expired exports. what should a request for one get', '410'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('reads "authenticated, and its existence is no secret" as a refusal only when nothing else is said', () => {
    expect(answerQuestion('signed in, the page is listed publicly, which code?').verdict).toBe('403');
    expect(answerQuestion('signed in, the page is listed publicly, but the id does not exist. which code?').verdict).toBe('404');
  });

  it('answers a question about the rule with the rule, naming the codes it weighs', () => {
    const result = answerQuestion('401 vs 403 in general, what is the rule');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/authenticat|credential/);
    const removal = answerQuestion('404 or 410 for removed things, what is the rule of thumb');
    expect(removal.verdict).toBeNull();
    expect(removal.answer).toMatch(/permanent/);
  });

  it('names the soft 404 when asked what a 404 page served with 200 is called', () => {
    const result = answerQuestion('a not-found page served as a 404 with a 200 status: what is that called');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/soft 404/);
  });
});

describe('ask: readings from a third probe written for this pass (no evaluation set)', () => {
  it.each([
    ['the call reaches us but it does not carry any token. what do we give back', '401'],
    ['a known service account calls, but the queue policy excludes it. which one', '403'],
    ['logged in, from a region we block by policy. status?', '403'],
    ['signed in, but the phone number is not confirmed so we refuse payouts. code', '403'],
    ['we removed this page on purpose, it will never be back. which code is right?', '410'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('does not read an unconfirmed email as a reason to hide the resource', () => {
    expect(situation('logged in, but email not confirmed so we block posting').hide).toBeNull();
  });

  it('answers "is it legit to send 404 to hide …" with the rule, not a verdict', () => {
    const result = answerQuestion('is it legit to answer 404 to hide that a private doc exists');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/hide|exist/);
  });

  it('answers "why not 403 for every error" with what swapping codes breaks', () => {
    expect(answerQuestion('why not send 403 for every error').answer).toMatch(/retry|cach|monitor|client/i);
  });
});

describe('ask: readings from a fourth probe written for this pass (no evaluation set)', () => {
  it.each([
    ['the token of the partner is cancel by support, they still send it, what we reply?', '401'],
    ['gateway broken? no - the jwt just fails audience validation. code pls', '401'],
    ['authenticated read-only contractor calls DELETE /projects/9, project ids are not sensitive. response', '403'],
    ['customer typed /setings instead of /settings. what comes back', '404'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('drops a guess the writer answers "no" to', () => {
    expect(situation('is it a role problem? no, the token is expired').denials).toEqual([]);
  });

  it('explains a 404 that a colleague does not get with hiding', () => {
    const result = answerQuestion('how do i explain why a customer gets 404 on a report their manager can open');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/exist|hid/);
  });
});

describe('ask: readings from a fifth probe written for this pass (no evaluation set)', () => {
  it.each([
    ['people who hit the "log out" button then go back get a 403 on /home. what is the correct status?', '401'],
    ['bearer token sent, exp was 3 hours ago. status?', '401'],
    ['the caller is authenticated; its an authorization problem, nothing is secret. which code', '403'],
    ['fully logged in admin, but the record is frozen and nobody can edit it. the edit request gets?', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('reads "not a role problem" as no refusal', () => {
    expect(situation('not a role problem, the bearer is expired').denials).toEqual([]);
  });

  it('answers "403 or 404 … depends?" with the deciding fact', () => {
    const result = answerQuestion('403 or 404 for a signed-in user without access? depends?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/exist/);
  });
});

describe('ask: questions about a practice, a reason or a header value get no verdict (sixth probe, no evaluation set)', () => {
  it.each([
    ['is it bad practice to send 403 for an expired session', /401|authenticat/],
    ['why should we not answer 403 when nobody is logged in', /401|authenticat|credential/],
    ['for an expired bearer token, which error value goes in www-authenticate', /invalid_token/],
    ['is 401 a permission error or a login error', /authenticat|credential/],
    ['what is wrong with serving 200 for pages that do not exist', /soft 404|index/],
    ['may we pretend a resource does not exist to people without access', /hid|exist/],
  ])('%s', (q, fact) => {
    const result = answerQuestion(q);
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(fact);
  });

  it('still gives a verdict when the reason question also asks which code', () => {
    expect(answerQuestion('why is our 403 wrong for an expired token, and what should we send instead').verdict).toBe('401');
  });
});

describe('ask: facts that mix with the new readings (seventh probe, no evaluation set)', () => {
  it.each([
    ['we are not sure the endpoint ever existed; caller is authenticated. what do we return', '404'],
    ['jwt valid, but the key is restricted to GET. they try PATCH. code', '403'],
    ['the token is good for the eu region only and this is us; the us gateway does not recognise it. code', '401'],
    ['she can open the board but cannot edit; she tried editing. response', '403'],
    ['logged in fine, but the page was removed permanently on purpose. code', '410'],
    ['user is signed in but there is no such order. what do we send back', '404'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: chat spellings and non-native negation (eighth probe, no evaluation set)', () => {
  it.each([
    ['authd usr, diff org, org names r public. which', '403'],
    ['blog post kild for gud, want it gone from google. wich one', '410'],
    ['we not want that the caller know the invoice exist, he is login but no permission. which code?', '404'],
    ['the article is delete definitive and will not come back. what code?', '410'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('spells the negation out without changing its meaning', () => {
    expect(normalizeQuestion('he not have the role')).toBe('he does not have the role');
    expect(normalizeQuestion('diff tenant')).toBe('different tenant');
  });
});

describe('ask: announced removals and partial permission loss (ninth probe, no evaluation set)', () => {
  it.each([
    ['we are retiring /v2/exports for good next month. after that, what should calls to it receive?', '410'],
    ['after the policy change the deploy bot lost the admin permission on the repo; auth itself still works. what should the repo answer?', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: a tenth probe (no evaluation set)', () => {
  it.each([
    ['signed in as team north, opens a team south board; team names are on the public page. which code', '403'],
    ['unknown invoice id, caller authenticated. code?', '404'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('reads "nobody decided if …" as a doubt', () => {
    const result = answerQuestion('signed-in user denied on a board; nobody decided if boards are secret. 403 or 404?');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/exist/);
  });
});

describe('ask: an eleventh probe (no evaluation set)', () => {
  it.each([
    ['client sends a valid-looking login but the account was deleted yesterday. code', '401'],
    ['the proxy strips the auth header, so the service sees none. what should the service answer', '401'],
    ['the order number is well formed but nothing matches. code', '404'],
    ['the report got cleaned up by the nightly job, we can regenerate it. 404 or 410', '404'],
    ['valid creds but the account is suspended by an admin. 401 or 403?', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});

describe('ask: a twelfth probe (no evaluation set)', () => {
  it.each([
    ['the jwt was issued for another client_id and we refuse it. code', '401'],
    ['api key param missing from the url, endpoint is private. code?', '401'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('reads "have not decided on hiding" as a doubt about hiding', () => {
    const result = answerQuestion('signed-in user, private repo, we have not decided on hiding yet. 403 or 404');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/exist/);
  });

  it('answers "what is the status for a missing scope according to 6750" with the mapping', () => {
    const result = answerQuestion('what is the status for a missing scope according to rfc 6750');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/403/);
  });
});

describe('ask: a thirteenth probe (no evaluation set)', () => {
  it.each([
    ['errors from apps whose oauth grant the customer revoked. what should those requests get', '401'],
    ['request carries cookie: session=abc123 which we never issued. code', '401'],
    ['support: "i stayed idle for two hours and then my upload failed". what status should the upload get', '401'],
    ['visitor never signed up, calls /me directly. response', '401'],
    ['authenticated free-tier user calls the audit log api that is only in enterprise. status', '403'],
    ['logged in, the repo is read-only (archived), they try to push. what do we send back', '403'],
    ['we know the user, and the beta flag is off for their org. they call the endpoint. code', '403'],
    ['the username does not belong to any account. code', '404'],
    ['the old plugin was permanently withdrawn on purpose. what should its url return', '410'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });

  it('keeps "the route is not registered" a missing route, not a caller without an account', () => {
    expect(answerQuestion('route is not registered in the router at all. what do we return').verdict).toBe('404');
  });

  it('answers "why use 401 and not 403 for …" with the reason', () => {
    const result = answerQuestion('why use 401 and not 403 for revoked tokens');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/401/);
  });
});

describe('ask: a fourteenth probe (no evaluation set)', () => {
  it('reads "outside its granted scopes" as a scope refusal', () => {
    expect(answerQuestion('an authenticated integration calls an endpoint outside its granted scopes. status').verdict).toBe('403');
  });

  it('answers "can we send 404 instead of 403 so people cannot guess …" with the practice of hiding', () => {
    const result = answerQuestion('can we return 404 instead of 403 so attackers cannot enumerate private ids');
    expect(result.verdict).toBeNull();
    expect(result.answer).toMatch(/hide|exist/);
  });
});

describe('ask: a fifteenth probe (no evaluation set)', () => {
  it.each([
    ['after the forced logout of every user, the mobile app calls fail. which code should those be', '401'],
    ['the customer is authenticated fine, yet their plan forbids this endpoint entirely. status', '403'],
  ])('%s → %s', (q, verdict) => {
    expect(answerQuestion(q).verdict).toBe(verdict);
  });
});
