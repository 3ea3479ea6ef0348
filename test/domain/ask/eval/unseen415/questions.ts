import { type Draft, type EvalQuestion, k } from '../questions';

/** Evaluation set 415, written by a blind writer who never read the parser, its tests, or any other question set. Angle: knowledge questions from people preparing for an interview or a certification about HTTP APIs, plus product managers writing requirements, topics spread wide. */

const QUESTIONS: readonly Draft[] = [
  // ---- knowledge ----
  // WWW-Authenticate on 401
  k('sre', 'interview prep: does a 401 have to carry some specific header? which one', /www-authenticate/i, 'RFC 9110 §15.5.2: a server generating a 401 MUST send a WWW-Authenticate header field with at least one challenge.'),
  k('sre', 'our svc sends 401 w/o any www-authenticate header. spec violation or just bad style', /must|violat|requir|non-?complian|not (rfc |spec |standards? )?complian|mandatory|breaks the (spec|rfc)/i, 'RFC 9110 §15.5.2: the server MUST send WWW-Authenticate in a 401, so omitting it violates the spec.'),
  k('nonnative', 'in the 401 answer i see header "WWW-Authenticate: Bearer realm=example". what is this thing inside it, how it is called', /challenge|(auth(entication)?|authorization) scheme/i, 'RFC 9110 §15.5.2 and §11.6.1: WWW-Authenticate carries one or more challenges: an auth scheme (e.g. Bearer) plus parameters such as realm.'),
  k('api', 'writing acceptance criteria for the token api: when we 403 w/ insufficient_scope can the challenge tell the client which scope it needs', /\byes\b|scope=|scope (attribute|parameter|param)|`scope`|"scope"/i, 'RFC 6750 §3: the scope attribute may be included in the WWW-Authenticate challenge to list the scope needed to access the resource.'),

  // heuristic caching
  k('sre', 'cert exam q: are 404s cacheable by default if we send no cache-control at all', /heuristic|cacheable by default|cached by default|\byes\b/i, 'RFC 9110 §15.1 and §15.5.5: 404 is heuristically cacheable unless method definition or explicit cache controls say otherwise.'),
  k('sre', 'is 403 heuristically cacheable or does a cdn need explicit freshness to keep it', /\bno\b|not heuristic|isn.?t heuristic|explicit/i, 'RFC 9110 §15.1: 403 is not in the heuristically cacheable list, so a cache may store it only with explicit freshness information.'),

  // 410 for crawlers, link holders, what it reveals
  k('sre', 'client keeps hitting a url that returns 410, should it keep the link and retry later', /\bno\b|remove|delete|drop|stop|don.?t|should not|shouldn.?t/i, 'RFC 9110 §15.5.11: 410 says the resource is intentionally gone and the owners want remote links to it removed, so clients should drop the link, not retry.'),
  k('nonnative', 'which status code is telling to search crawler that page was removed on purpose and it will not come back', /\b410\b/, 'RFC 9110 §15.5.11: 410 Gone means the resource is no longer available and the condition is likely permanent, intended to let links be removed.'),
  k('security', 'pentest note: does a 410 leak anything that a 404 wouldnt', /exist(ed|s)?|was (there|removed|deleted)|intentional|previously|used to|once/i, 'RFC 9110 §15.5.11 vs §15.5.5: 410 reveals the resource existed and was intentionally removed, while 404 says nothing about whether it ever existed.'),

  // which RFC is current
  k('sre', 'rfc 9110 replaced which older rfc for the 401/403/404/410 definitions', /\b723[15]\b/, 'RFC 9110 (June 2022) obsoletes RFC 7231 (403, 404, 410) and RFC 7235 (401), among others.'),

  // RFC 6750 error codes and statuses
  k('api', 'rfc 6750 question for my interview: which bearer error code goes with a 403', /insufficient[_ ]scope/i, 'RFC 6750 §3.1: insufficient_scope — the request requires higher privileges than the token provides — SHOULD be sent with 403.'),
  k('api', 'in rfc 6750 invalid_request maps to what http status', /\b400\b/, 'RFC 6750 §3.1: invalid_request (missing/duplicated/malformed parameter) SHOULD be returned with 400 Bad Request.'),
  k('security', 'bearer token expired or revoked, which error value goes in the www-authenticate header per 6750', /invalid[_ ]token/i, 'RFC 6750 §3.1: invalid_token covers expired, revoked, malformed or otherwise invalid tokens and goes with 401.'),
  k('api', 'PRD says "no token at all -> 401 with error=invalid_token in the challenge". is that right per the bearer spec', /\bno\b|should not|shouldn.?t|omit|leave (it |the error )?out|without (an |any )?error|don.?t|not (be )?includ/i, 'RFC 6750 §3.1: if the request lacks any authentication information, the server SHOULD NOT include an error code or other error information in the challenge.'),
  k('security', 'who is the error_description in a bearer challenge actually meant for', /developer|not (meant|intended) (for|to be (shown|displayed) to) (the )?end.?user|debug/i, 'RFC 6750 §3: error_description is human-readable text to assist the client developer, not meant to be displayed to the end user.'),

  // retrying after 401 / 403
  k('api', 'got 401 w/ error=invalid_token. worth getting a fresh token and retrying once or is that pointless', /\byes\b|worth|new (token|credential)|fresh|refresh|re-?auth|may (repeat|retry)/i, 'RFC 9110 §15.5.2: after a 401 the client MAY repeat the request with a new or replaced Authorization header field.'),
  k('support', 'Ticket from a customer: their integration gets 403 on the billing export. Their dev says they logged out and logged back in twice and still get 403, and asks if they should keep re-authenticating or if there is something else going on. What do I tell them about re-auth', /\bno\b|won.?t|will not|doesn.?t|does not|not help|permission|admin|access (right|grant)|role/i, 'RFC 9110 §15.5.4: with 403 the server understood who is asking and refuses; re-authenticating with the same identity will not help, permissions must change.'),
  k('security', 'should a client lib auto retry a 403 with the same credentials', /\bno\b|should not|shouldn.?t|don.?t|not (auto|automatically)/i, 'RFC 9110 §15.5.4: the client SHOULD NOT automatically repeat the request with the same credentials.'),

  // 404 permanence and meaning
  k('support', 'A customer saw 404 on a help article link they bookmarked and is upset, asking whether that means we deleted the article forever. Does a 404 by itself mean it is permanently gone', /\bno\b|not (necessarily|permanent)|temporary or permanent|doesn.?t (say|indicate|mean|tell)|does not (say|indicate|mean|tell)|may come back|could (be|come)|might/i, 'RFC 9110 §15.5.5: a 404 does not indicate whether the lack of a representation is temporary or permanent.'),
  k('nonnative', 'the 404 is meaning the thing never exist? or it can be also deleted one', /either|both|(also|or) (be )?(deleted|removed)|does(n.?t| not) (say|tell|indicate)|not (say|tell|indicate)|any of|can be/i, 'RFC 9110 §15.5.5: 404 means no current representation was found (or the server will not disclose one); it says nothing about whether the resource ever existed.'),
  k('nonnative', 'when server dont know if the delete is permanent, which code rfc say to use, 404 or 410', /\b404\b/, 'RFC 9110 §15.5.11: if the origin server does not know whether the condition is permanent, 404 ought to be used instead of 410.'),

  // 404 standing in for 403
  k('security', 'finding: api returns 403 for private projects to outsiders, which confirms they exist. what does rfc 9110 let us send instead', /\b404\b/, 'RFC 9110 §15.5.4: an origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 instead.'),
  k('support', 'Partner escalation: they say our API returns 404 for a record they know exists in another tenant, and they think this is a bug. Is returning 404 for something that exists but they are not allowed to see actually legit', /hid(e|es|ing)|conceal|existence|not (a )?bug|allowed|intentional|on purpose|permitted|legit|\byes\b/i, 'RFC 9110 §15.5.4 and §15.5.5: 404 may be used when the server is not willing to disclose that a resource exists, hiding it from unauthorized callers.'),

  // bodies explaining the refusal
  k('api', 'design review: can a 401 response have a json body explaining what went wrong, or is the header all you get', /\byes\b|diagnos|(may|can) (include|contain|have|carry)|allowed|permitted/i, 'RFC 9110 §15.5.2: the 401 representation usually contains relevant diagnostic information and the user agent SHOULD present it after repeated failures.'),
  k('support', 'PM here writing requirements: for 403 pages, is it ok to show the user a message explaining why they were refused (like "your plan doesnt include exports") or should a 403 stay blank', /\byes\b|(may|can) (describe|explain|include|say|show)|allowed|permitted|fine|\bok(ay)?\b/i, 'RFC 9110 §15.5.4: a server that wishes to make public why the request was forbidden can describe that reason in the response content.'),

  // reason phrases
  k('support', 'Quick one for the support glossary: which status code has the reason phrase "Gone"', /\b410\b/, 'RFC 9110 §15.5.11: 410 Gone.'),
  k('nonnative', 'the text like "Not Found" or "Forbidden" after the number, it is mandatory to be this exact words?', /\bno\b|not (mandatory|required|fixed)|optional|can (be )?(change|replac|omit|left out)|ignore|recommend/i, 'RFC 9110 §15: the reason phrases are only recommendations; they can be replaced by local equivalents or left out without affecting the protocol.'),

  // what "Unauthorized" really means
  k('support', 'Customer has a paid account and our API told them 401 Unauthorized. They read that as "you are not allowed to use this feature". Is that what 401 actually means', /authenticat|credential|log(ged)? ?in|sign(ed)? ?in|identity|token/i, 'RFC 9110 §15.5.2: 401 means the request lacks valid authentication credentials; refusal of a known caller is 403.'),
  k('security', 'cert exam wording trap: 401 says unauthorized but does it really mean unauthenticated', /\byes\b|unauthenticat|authenticat|credential/i, 'RFC 9110 §15.5.2: 401 indicates the request lacks valid authentication credentials for the target resource, i.e. unauthenticated.'),

  // how long to keep 410
  k('nonnative', 'after we delete one resource forever, how long time we must continue to return 410', /not (necessary|required|needed)|no (fixed|set|required|specific|minimum|rule)|any (length|period)|up to (you|the)|discretion|as long as you (want|like)|no requirement|owner/i, 'RFC 9110 §15.5.11: it is not necessary to mark permanently unavailable resources as gone or to keep the mark for any length of time; that is left to the owner.'),
];

export const UNSEEN415_QUESTIONS: readonly EvalQuestion[] = QUESTIONS.map((draft, index) => ({ ...draft, id: index + 1 }));
