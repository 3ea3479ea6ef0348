import { answerQuestion } from '../../../src/domain/ask';

/**
 * Session 19 (tuner a), from the misses of spent sets (unseen53-55, unseen60, know4): each block is a class of
 * wording, checked with questions written for this file in other words than the sets', and a guard that a close
 * wording outside the class is not caught.
 */

/** A token that does not include the scope the call needs lacks it: RFC 6750 §3.1 insufficient_scope, 403. */
describe('a token that does not include the scope the call needs', () => {
  it.each([
    'the app token does not contain invoices:write because the user unticked it on the consent screen. it calls PUT /invoices/9. what do we send back?',
    'partner jwt doesnt include shipments:create, they POST /shipments anyway. status?',
    'the access token our mobile client got does not carry payments:refund (the merchant never approved it), and it calls the refund endpoint. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a token that does not include its expiry is no lacking scope', () => {
    expect(answerQuestion('the token does not include an exp claim and the signature check fails. which status?').verdict).toBe('401');
  });
});

/** Not wanting to say to the caller that a thing exists is hiding it (RFC 9110 §15.5.4: 404 instead of 403). */
describe('not wanting to say to the caller that it exists', () => {
  it.each([
    'a logged in customer asks for an invoice of another company; we would rather not say to them that the invoice exists. what do we return?',
    'contractor is signed in but not in the hr group; hr does not want to say that the salary file exists to anyone outside. what should the api answer?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: somebody saying that it exists is no hiding', () => {
    expect(answerQuestion('the user says to support that the report exists; he is logged in and lacks the reports role. which code?').verdict).toBe('403');
  });
});

/** A thing under NDA or a publisher's embargo is secret until announced: its existence is hidden (404, RFC 9110 §15.5.4). */
describe('a thing under NDA or embargo until it is announced', () => {
  it.each([
    'the q3 earnings page is uploaded early under press embargo; a logged in reader without the analyst role opens its url. which code?',
    'the new pricing project is under nda until the announcement. a signed in sales rep who is not on the project opens /projects/pricing-2027. what should we return?',
    'an anonymous visitor guesses the url of an embargoed article that goes live on friday. what status should the cms send?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: a partner under NDA is let in on it, not hidden from', () => {
    expect(answerQuestion('the partner is under nda and signed in, but lacks the beta role for /beta/reports. which status?').verdict).toBe('403');
  });

  it('guard: countries under a trade embargo are refused, nothing is hidden', () => {
    expect(answerQuestion('requests from countries under embargo are blocked by our compliance rule; a logged-in user from there calls /pay. which status?').verdict).toBe('403');
  });
});

/** What a WAF or firewall logs is seen there, not refused by it: the request's own facts decide. */
describe('a waf or firewall named as where the requests were seen', () => {
  it.each([
    'firewall logs show a bot requesting /cgi-bin/test.cgi, we never had any cgi scripts on that host. what status?',
    'our waf logs show a logged-in user requesting /reports/q9-2031, a report that does not exist. what should the api return?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: a waf that blocks the caller still refuses (403)', () => {
    expect(answerQuestion('the waf blocks a signed-in user whose ip is on a threat list. which code?').verdict).toBe('403');
  });
});

/** A scanner probing, without credentials, for software we never ran: nothing there asks for credentials (404). */
describe('an anonymous scanner probing for something we never had', () => {
  it.each([
    'anonymous vulnerability scanner requests /phpmyadmin/index.php over and over, there is no php anywhere on our stack. which status?',
    'no-token requests from a pentest scanner for /.git/config, we never deployed a git folder there. code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: a scanner without credentials on a real page that needs login gets 401', () => {
    expect(answerQuestion('a scanner without credentials hits /admin/users, which requires login and exists. what do we send?').verdict).toBe('401');
  });

  it('guard: an anonymous person (no probe) asking for a missing page is left to the protocol order', () => {
    expect(answerQuestion('anonymous user opens /account/settings-v2 which does not exist. what status?').verdict).toBe('401');
  });
});

/** A code in an if-clause, then what changes because of it: the consequence is asked, not which code to send. */
describe('what changes if a code is answered instead of another', () => {
  it.each([
    'our seo lead asks: if the discontinued product pages answer 410 instead of 404, what changes for crawlers?',
    "when a page we deleted for good returns 404 instead of 410, what changes in google's index?",
    'if the retired api answers 410 rather than 404, what would change for the clients that still call it?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBeNull();
  });

  it('guard: the code still asked by name after the premise gets the verdict', () => {
    expect(answerQuestion('the retired api was removed for good. it answers 404 instead of 410, which one should it be?').verdict).toBe('410');
  });
});

/** "alumni only get to see …": a kind of caller kept to some things, named by a plural without an s, refuses the rest (403). */
describe('a kind of caller, named by a plural without an s, kept to some things', () => {
  it.each([
    'graduates keep their login, but alumni only get to read the newsletter archive. a signed in alumnus opens the course materials. which code?',
    'our hospital app: personnel only get to open their own shift plan. a logged-in nurse opens the ward schedule of another ward. what should it return?',
    "the lab's freshmen only get to use the teaching cluster; a logged in first-year submits a job to the research cluster. status?",
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: what the caller asks for was never created (404)', () => {
    expect(answerQuestion('alumni only get to see public datasets. a logged-in alumnus asks for a public dataset id that was never created. status?').verdict).toBe('404');
  });
});

/** A person we banned or suspended, who can still sign in, is refused what the ban covers (403). */
describe('a person banned or suspended, said with the verb, who can still sign in', () => {
  it.each([
    'support suspended the seller last week for fake reviews; he still signs in fine but creating a new listing fails. what should the api return?',
    'the admins banned a courier for fraud; he can still sign in to see his payouts but accepting a new order fails. code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a ban that led to the account being deleted for good leaves a removal (410)', () => {
    expect(answerQuestion('we banned a user last year and deleted his account for good. his old profile url is still requested. what status?').verdict).toBe('410');
  });

  it('guard: a banned ip range with anonymous callers is still about credentials first', () => {
    expect(answerQuestion('we banned the ip range of a botnet; anonymous requests from it hit /login. which code?').verdict).toBe('401');
  });
});

/** A removal whose servers were torn down or whose team was disbanded: nothing is left to bring it back (410, RFC 9110 §15.5.11). */
describe('removed, its servers torn down or its team disbanded', () => {
  it.each([
    'the /legacy/quotes api was removed, its servers torn down last quarter. a partner script still calls it. what should it get?',
    'the old reporting endpoint was deleted when the team that owned it was disbanded. clients still hit it. status code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: a server down by mistake is no removal for good (404)', () => {
    expect(answerQuestion('the reports endpoint fails since the server is down this morning, deleted from the load balancer by mistake. what status?').verdict).toBe('404');
  });
});

/** "it belongs to them alone": another person's, refused to whoever else asks, here a relative who knows it is there (403). */
describe('a thing that belongs to another person alone', () => {
  it.each([
    "A dad asks for his 17-year-old's chat archive through the family plan. the archive belongs to the teen alone, though the dad can see the archive is there. what do we return?",
    'a coach wants to read a player\'s medical notes; club rules say the notes belong to the player alone. the coach is logged in. what should the api answer?',
    "grandma wants to open her grandson's savings log in our family banking app. once he turns 18 the log belongs to him only, but she still sees the account listed. what do we send?",
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: a question about what 403 means gets no verdict', () => {
    expect(answerQuestion('the workspace belongs to the team alone; nothing about it is secret. a logged-in member of the team opens it and it works. what does a 403 mean then?').verdict).toBeNull();
  });
});

/** A training or safety certificate a rule asks of the person, theirs expired: refused, whoever they are (403). */
describe("a required training certificate of the person's, expired", () => {
  it.each([
    "lab access to the bsl-3 suite needs an up-to-date biosafety training certificate; the postdoc is logged in but her certificate expired in march. she requests the suite's booking page. what should it return?",
    'the machine shop booking needs a valid safety training certificate; his certificate lapsed in june. he is signed in and books the lathe. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: an expired tls client certificate is a credential that fails (401)', () => {
    expect(answerQuestion('the client tls certificate expired and the api rejects the handshake for the mobile app. which code?').verdict).toBe('401');
  });

  it('guard: a certificate document removed for good is a removal (410)', () => {
    expect(answerQuestion('the training certificate pdf was expired and deleted for good from the course page. what status for its old url?').verdict).toBe('410');
  });
});

/** Access kept to a place (enclave, vdi, office network) and a request made from outside it: refused by where it comes from (403). */
describe('a request from outside the place a rule keeps access to', () => {
  it.each([
    'payroll exports are vdi-only. an hr manager, signed in fine, requests the export from her home laptop. what code?',
    'the clinical records may only be opened inside the secure environment; a doctor with a valid login downloads one from his own laptop instead of from inside the secure environment. which status?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('403');
  });

  it('guard: "from her laptop instead of the app" beside a removal for good is the removal (410)', () => {
    expect(answerQuestion('she opened the report from her laptop instead of from the mobile app; the report was deleted for good last year. what status?').verdict).toBe('410');
  });

  it('guard: an anonymous request to a vpn-only panel still lacks credentials first (401)', () => {
    expect(answerQuestion('vpn-only admin panel: an anonymous request arrives from outside. which code?').verdict).toBe('401');
  });
});

/** A person who opted out of the directory or search chose not to be found: to others the profile looks absent (404, §15.5.4). */
describe('a person who opted out of the directory or search', () => {
  it.each([
    'members may opt out of the member directory. a signed in member looks up /members/jdoe, who opted out last week. which status?',
    'sellers can opt out of search; a logged-in buyer opens the profile url of a seller who opted out of being listed. what should it answer?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: opting out of marketing emails hides nothing', () => {
    expect(answerQuestion('the user opted out of marketing emails; he is logged in and lacks the admin role for /admin. status?').verdict).toBe('403');
  });
});

/** Being known as a member (patient, participant) is itself the harm: whether someone is one is hidden from outsiders (404). */
describe('being known as a member is itself the harm', () => {
  it.each([
    'the support group api has /groups/recovery/participants/{phone}; being known as a participant could endanger people. a logged-in stranger checks a real participant\'s phone. status?',
    'our clinic portal: being identified as a patient may stigmatise people. an outside caller with a valid token asks /patients/by-email/x@y.z for a real patient. which code?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('404');
  });

  it('guard: membership advertised as a perk hides nothing', () => {
    expect(answerQuestion('being listed as a member is a perk we advertise; a logged-in non-member opens the members-only forum. what status?').verdict).toBe('403');
  });
});

/** A code's rule asked under a doubt about its deciding fact, in one question, no case told: a rule question (no verdict). */
describe("whether a code may be used while its deciding fact is in doubt", () => {
  it.each([
    'if the page might come back next month, can we still send 410?',
    'can we return 410 while we are not sure the account is closed for good?',
    'could we send 410 when it is unclear if the product line is really discontinued?',
  ])('%s', (q) => {
    const a = answerQuestion(q);
    expect(a.verdict).toBeNull();
    expect(a.answer).toMatch(/404/);
  });

  it('guard: a case told first, then the code put up for review, gets the verdict', () => {
    expect(answerQuestion('We removed the user photo but maybe the user can restore it, we are not sure it is permanent. 410 is ok?').verdict).toBe('404');
  });

  it('guard: a condition that states a fact, not a doubt, is still a case', () => {
    expect(answerQuestion('could we return 403 even if the user is not logged in at all?').verdict).toBe('401');
  });
});

/** A listing (ad, auction, job posting) closed on purpose for good is taken off with its page: 410 (RFC 9110 §15.5.11). */
describe('a listing closed on purpose for good', () => {
  it.each([
    'the rental ad was closed deliberately and will not be reopened. the mobile app still requests /ads/5521',
    'the apartment listing was closed on purpose after the sale and will never be reopened. what status for its url?',
  ])('%s', (q) => {
    expect(answerQuestion(q).verdict).toBe('410');
  });

  it('guard: an auction closed to new bids is still there; a refusal on it stays a refusal (403)', () => {
    expect(answerQuestion('the auction is closed to new bids but the page stays up for the winner. a logged-in bidder without the winner role opens the invoice. status?').verdict).toBe('403');
  });
});

/** A doubt about the thing, not about a code: "we do not know whether it is gone for good" is no unknown status code. */
describe('"410 if we do not know whether …" asks the rule under a doubt, not what a client does with a code it does not know', () => {
  it('answers with 404, the code for a removal not known to be permanent', () => {
    const r = answerQuestion('may we answer 410 if we do not know whether the page is gone for good?');
    expect(r.verdict).toBeNull();
    expect(r.answer).toMatch(/\b404\b/);
    expect(r.answer).not.toMatch(/first digit/);
  });

  it('guard: a code the client does not know is still read by its class', () => {
    expect(answerQuestion('what should a client do with a 4xx code it does not know?').answer).toMatch(/first digit|class/);
  });
});
