import { knowledge, SOURCES, type KnowledgeEntry, type KnowledgeId, type SourceLabel } from '../knowledge';
import type { AskResult } from '../types';
import type { Neighbour, OpenFact, Reason, StatusVerdict } from './decide';
import type { Situation, Topic } from './facts';

/**
 * Writes the answer: why this code (one or two sentences), the consequence that matters for this
 * question (client, cache, crawler, retry), and the sources it rests on.
 */

export interface Draft {
  sentences: string[];
  sources: SourceLabel[];
}

function draft(sentences: readonly string[], sources: readonly SourceLabel[]): Draft {
  return { sentences: [...sentences], sources: [...sources] };
}

/** Sentence boundaries inside an entry's text: a full stop followed by a capital or a digit. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9"])/;

function fromEntries(...ids: readonly KnowledgeId[]): Draft {
  const entries: KnowledgeEntry[] = ids.map((id) => knowledge(id));
  return draft(
    entries.flatMap((entry) => entry.text.split(SENTENCE_END)),
    entries.flatMap((entry) => entry.sources),
  );
}

/** What RFC 9110 §15.5.4 allows a server that wishes to hide a forbidden resource's existence, in one sentence: the rule itself. */
export function hidingRuleLead(): Draft {
  const rule = fromEntries('hide-existence-404');
  return draft(rule.sentences.slice(0, 1), rule.sources);
}

function merge(...drafts: readonly Draft[]): Draft {
  return draft(
    drafts.flatMap((d) => d.sentences),
    drafts.flatMap((d) => d.sources),
  );
}

export function finish(verdict: AskResult['verdict'], d: Draft): AskResult {
  const sources = [...new Set(d.sources)];
  return {
    verdict,
    answer: d.sentences.map((sentence) => sentence.trim()).filter(Boolean).join(' '),
    sources: sources.length > 0 ? sources : [SOURCES.guide],
  };
}

// ── Why this code ────────────────────────────────────────────────────────────────────────────

/** Exported so an answer whose first sentence already says it can drop the repeat. */
export const HIDE_NOTE =
  'If even the fact that it exists must stay hidden from them, answering 404 instead is allowed (RFC 9110 §15.5.4).';
const RETRY_403 =
  'Re-authenticating will not help and the client should not retry automatically: it only succeeds after the permission changes, so surface the error and have the user ask an administrator.';
const NOTE_401 = 'If the caller is not authenticated at all (no or invalid credentials), answer 401 instead.';

/**
 * "authed user cannot access /projects/9, which exists. 403 or 404?": weighed between exactly those two,
 * the answer names the one case where 404 is allowed for something that exists (RFC 9110 §15.5.4).
 */
function weighs403Against404(s: Situation): boolean {
  return s.codes.includes('403') && s.codes.includes('404') && s.hide !== false;
}

/** One or two sentences: why this code fits, plus its main consequence. */
export function explainReason(reason: Reason, s: Situation): Draft {
  switch (reason.code) {
    case '401':
      return explain401(reason.why, s);
    case '403':
      return explain403(reason.why, s);
    case '404':
      return explain404(reason.why, s);
    case '410':
      return explain410(reason.why);
  }
}

function explain401(why: 'no-credentials' | 'invalid-credentials', s: Situation): Draft {
  const sources: SourceLabel[] = [SOURCES.rfc9110Unauthorized];
  if (s.tokenAuth) sources.push(SOURCES.rfc6750ErrorCodes);
  sources.push(SOURCES.guide);
  if (why === 'no-credentials') {
    const challenge = s.tokenAuth
      ? 'a WWW-Authenticate: Bearer challenge (with no error code, since no token was sent)'
      : 'a WWW-Authenticate challenge';
    return draft(
      [
        `No credentials were sent (the caller is not logged in / has no token), so this is an authentication problem, not a permission one: answer 401 Unauthorized with ${challenge}.`,
        'The client can then log in or attach a token and retry; a 403 would tell it that authenticating cannot help, so it would never prompt for login.',
      ],
      sources,
    );
  }
  const what = s.expired
    ? 'An expired token or session'
    : 'Invalid credentials (a revoked, malformed or wrong token, key or password)';
  const protocol = s.tokenAuth
    ? 'RFC 6750 calls this invalid_token and pairs it with WWW-Authenticate: Bearer error="invalid_token"'
    : 'send a WWW-Authenticate challenge with it';
  return draft(
    [
      `${what} means the server cannot establish who the caller is, so answer 401 Unauthorized, not 403; ${protocol}.`,
      'The client should refresh the token or log in again and then retry once; a 403 would make it give up (or loop) instead of re-authenticating.',
    ],
    sources,
  );
}

function explain403(why: Exclude<Reason, { code: '401' | '404' | '410' }>['why'], s: Situation): Draft {
  const base: SourceLabel[] = [SOURCES.rfc9110Forbidden, SOURCES.guide];
  const retryAfter = (change: string): string =>
    `Re-authenticating will not help and the client should not retry automatically; it succeeds only after ${change}.`;
  switch (why) {
    case 'role':
      return draft(
        [
          'The caller is authenticated but lacks the role or permission this action needs: the server knows who they are and refuses, which is 403 Forbidden, not 404 (that would claim nothing is there) and not 401 (logging in again changes nothing).',
          (s.sensitive && s.hide !== false) || weighs403Against404(s) ? HIDE_NOTE : '',
          retryAfter('an administrator grants the role or permission, so surface the error and stop'),
        ],
        base,
      );
    case 'scope':
      return draft(
        [
          'The token is valid but lacks a scope the request needs: that is insufficient_scope, which RFC 6750 §3.1 maps to 403 Forbidden, not 401 (401 is for missing, expired or invalid tokens).',
          'Retrying with the same token fails the same way; the client needs a token issued with the missing scope (new consent or a new API token), then it can retry.',
        ],
        [SOURCES.rfc6750ErrorCodes, SOURCES.rfc9110Forbidden, SOURCES.guide],
      );
    case 'tenant':
      return draft(
        [
          'The caller is authenticated but the resource belongs to another tenant, so tenant isolation refuses it: 403 Forbidden.',
          s.hide === false ? '' : HIDE_NOTE,
          retryAfter('the caller is actually given access to that tenant'),
        ],
        base,
      );
    case 'ownership':
      return draft(
        [
          'The caller is known but the resource belongs to someone else and they have no right to it: 403 Forbidden.',
          s.hide === false ? '' : HIDE_NOTE,
          retryAfter('the owner shares it or an admin grants access'),
        ],
        base,
      );
    case 'ip':
      return draft(
        [
          'The request is refused because of where it comes from (an IP allowlist, firewall or WAF rule), for a reason unrelated to the credentials, which RFC 9110 §15.5.4 allows: 403 Forbidden.',
          retryAfter('the allowlist or rule is changed (a new service or egress IP is the classic cause)'),
        ],
        base,
      );
    case 'account':
      return draft(
        [
          'The server knows the caller but their account is suspended, locked or not yet verified, so it refuses the action: 403 Forbidden; logging in again will not change it.',
          'Do not retry automatically; tell the user what unblocks them (verify the email, contact support or an administrator).',
        ],
        base,
      );
    case 'plan':
      return draft(
        [
          'The caller is authenticated but their plan or subscription does not include this: 403 Forbidden is the usual answer (402 Payment Required exists but is rarely used).',
          'Do not retry; tell the user the feature needs a different plan, since only a change in entitlement makes the request succeed.',
        ],
        base,
      );
    case 'csrf':
      return draft(
        [
          'A missing or invalid CSRF token means the server refuses this request even though the session is known: 403 Forbidden.',
          'The client should fetch a fresh CSRF token and resubmit, not retry the same request.',
        ],
        base,
      );
    case 'listing':
      return draft(
        [
          'The folder exists but listing it is not allowed, so the server refuses: 403 Forbidden.',
          'Retrying will not help; link to the files themselves or enable an index page.',
        ],
        base,
      );
    case 'generic':
      return draft(
        [
          s.refusedByRule
            ? 'A rule or policy refuses this request, whoever sends it: the server understood the request and refuses to fulfil it, which is 403 Forbidden (not 401, since credentials would not change the answer, and not 404, since the resource is there).'
            : 'The resource is there and this caller is refused: the request is valid but the server refuses to authorize it, which is 403 Forbidden.',
          s.auth === 'valid' || s.refusedByRule ? '' : NOTE_401,
          (s.sensitive && s.hide !== false) || weighs403Against404(s) ? HIDE_NOTE : '',
          RETRY_403,
        ],
        [...base, ...(s.auth === 'valid' ? [] : [SOURCES.rfc9110Unauthorized])],
      );
  }
}

function explain404(why: 'hide' | 'missing' | 'deleted' | 'soft', s: Situation): Draft {
  switch (why) {
    case 'hide':
      return draft(
        [
          `Answer 404 Not Found: the caller ${s.auth === 'none' ? 'is not authenticated and ' : ''}must not even learn that this resource exists, and RFC 9110 §15.5.4 lets a server hide a forbidden resource's existence behind a 404 instead of a 403 (which would leak that it is there).`,
          'Make it identical to a genuine 404 (same body, headers and caching, similar timing) and keep the real denial reason in your logs so monitoring still sees it; clients should not retry.',
          s.auth === 'none' ? 'If you would rather prompt them to log in first, 401 is the alternative.' : '',
        ],
        [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound, SOURCES.guide],
      );
    case 'missing':
      return draft(
        [
          'Nothing exists at that URL (an unknown id, an undefined route or a typo), so 404 Not Found is the accurate signal; it says nothing about whether it may exist later.',
          '403 would be wrong, since there is nothing to grant access to; clients should not retry until the URL or id is fixed.',
        ],
        [SOURCES.rfc9110NotFound, SOURCES.guide],
      );
    case 'deleted':
      return draft(
        [
          s.temporary
            ? 'The resource is not there right now, so use 404 Not Found, not 410, since it may come back (410 is only for a removal known to be intentional and permanent, RFC 9110 §15.5.11).'
            : 'A deleted resource is simply not there any more, so use 404 Not Found.',
          s.temporary ? '' : 'What decides between 404 and 410 is whether the removal is known to be intentional and permanent: if it is gone for good, 410 Gone is more precise and makes crawlers delist it faster.',
          'Clients should not retry the same URL.',
        ],
        [SOURCES.rfc9110NotFound, SOURCES.rfc9110Gone, SOURCES.guide],
      );
    case 'soft':
      return draft(
        [
          'Answering 200 for something that is not there is a soft 404: send a real 404 Not Found instead.',
          'Search engines may index soft 404s as real pages and waste crawl budget on them, and API clients and monitoring see success where there is none.',
        ],
        [SOURCES.guide, SOURCES.searchCentral, SOURCES.rfc9110NotFound],
      );
  }
}

function explain410(why: 'gone' | 'soft'): Draft {
  const soft = why === 'soft' ? 'Do not answer 200 with a "not found" page (a soft 404): the' : 'The';
  return draft(
    [
      `${soft} resource existed and was removed on purpose and permanently, which is exactly what 410 Gone says (RFC 9110 §15.5.11); 404 would also be valid, but says less.`,
      'Crawlers delist a 410 faster than a 404 and clients should drop the link rather than retry; like 404, a 410 is heuristically cacheable.',
    ],
    [SOURCES.rfc9110Gone, SOURCES.guide, SOURCES.rfc9110StatusCodes],
  );
}

const LEAD_WHY: Readonly<Record<string, string>> = {
  'no-credentials': 'no credentials were sent',
  'invalid-credentials': 'the credentials are expired or invalid',
  role: 'a known caller without the needed role or permission',
  scope: 'a valid token without the needed scope (insufficient_scope)',
  tenant: 'another tenant\'s resource',
  ownership: 'someone else\'s resource',
  ip: 'refused by an IP allowlist, firewall or WAF rule',
  account: 'the account is suspended or not verified',
  plan: 'the plan does not include it',
  csrf: 'a missing or invalid CSRF token',
  listing: 'directory listing is not allowed',
  generic: 'a caller who is not allowed',
  hide: 'its existence must stay hidden',
  missing: 'nothing is there',
  deleted: 'it was deleted',
  soft: 'the content is not there, so no 200',
  gone: 'removed on purpose, for good',
};

/** A reason in a few words ("no credentials were sent", "it was deleted"), or '' where there are none. */
export const reasonGloss = (reason: Reason): string => LEAD_WHY[reason.why] ?? '';

/** A short clause naming the code this situation calls for, used before a behaviour answer. */
export function situationLead(reason: Reason): string {
  const why = reasonGloss(reason);
  return `This situation calls for ${reason.code}${why ? ` (${why})` : ''}.`;
}

/** The first sentence when the question says what the service answers today, and whether it covers hiding. */
export function currentCodeLead(current: string | null, verdict: StatusVerdict): { sentence: string; coversHiding: boolean } {
  if (!current || !['200', '401', '403', '404', '410'].includes(current)) return { sentence: '', coversHiding: false };
  if (current === verdict) return { sentence: `${verdict} is right here.`, coversHiding: false };
  if (current === '404' && verdict === '403') {
    return {
      sentence: '403 is the accurate signal here; 404 is only right if you deliberately hide that the resource exists.',
      coversHiding: true,
    };
  }
  return { sentence: `Not ${current}: use ${verdict}.`, coversHiding: false };
}

// ── Open questions: name the deciding fact and give both answers ─────────────────────────────

export function explainOpen(fact: OpenFact): Draft {
  switch (fact) {
    case 'authenticated':
      return draft(
        [
          'It turns on whether the caller is authenticated: with no, expired or invalid credentials it is 401 (with a WWW-Authenticate challenge, so the client logs in and retries);',
          'if the server knows who they are and they lack the permission, role or scope, it is 403, and re-authenticating will not help.',
        ],
        [SOURCES.rfc9110Unauthorized, SOURCES.rfc9110Forbidden, SOURCES.guide],
      );
    case 'permanent':
      return draft(
        [
          'It turns on whether the removal is known to be intentional and permanent: when the server knows it was removed on purpose for good → 410 Gone (RFC 9110 §15.5.11), which crawlers delist faster;',
          'otherwise, or if the server does not know whether the removal is permanent, 404 Not Found (RFC 9110 §15.5.11 says 404 ought to be used then). Neither should be retried by clients.',
        ],
        [SOURCES.rfc9110Gone, SOURCES.rfc9110NotFound, SOURCES.guide],
      );
    case 'allowed':
      return draft(
        [
          'It turns on whether this caller is allowed to do this: since the server knows who they are, a missing permission, role or scope means 403 (re-authenticating will not help, and clients should not retry);',
          'if its existence must stay hidden from them, 404 (RFC 9110 §15.5.4); if nothing is there at all, 404 too.',
        ],
        [SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound, SOURCES.guide],
      );
    case 'hidden':
      return draft(
        [
          'It turns on whether the resource\'s existence must stay secret from this caller: if so, 404 (RFC 9110 §15.5.4 allows hiding a forbidden resource behind a 404);',
          'if it is fine for them to know it exists, 403 Forbidden is the honest signal. Either way clients should not retry until access changes.',
        ],
        [SOURCES.rfc9110Forbidden, SOURCES.guide],
      );
    case 'exists-and-allowed':
      return draft(
        [
          'It depends on whether the resource exists and whether this caller may access it: if it exists and the authenticated caller lacks the permission, role or scope, 403 (or 404 when its existence must stay hidden, RFC 9110 §15.5.4); if nothing is there, 404.',
          'Before both, no valid credentials means 401; removed on purpose for good means 410.',
        ],
        [SOURCES.guide, SOURCES.rfc9110Forbidden, SOURCES.rfc9110NotFound, SOURCES.rfc9110Unauthorized],
      );
  }
}

// ── Neighbours that are neither 403 nor 404 ──────────────────────────────────────────────────

export function explainNeighbour(code: Neighbour): Draft {
  switch (code) {
    case '429':
      return fromEntries('neighbour-429');
    case '405':
      return fromEntries('neighbour-405');
    case '301':
      return fromEntries('neighbour-301');
    case '503':
      return fromEntries('neighbour-503');
    case '400':
      return merge(
        draft(
          ['A malformed request (RFC 6750 invalid_request: a missing or repeated parameter, or two ways of sending the token) is 400 Bad Request, neither 401 nor 403.'],
          [SOURCES.rfc6750ErrorCodes, SOURCES.rfc9110BadRequest],
        ),
        draft(['Expired or invalid tokens are 401 (invalid_token); valid tokens without the needed scope are 403 (insufficient_scope).'], []),
      );
  }
}

// ── Behaviour questions: caching, retries, crawlers … ────────────────────────────────────────

type CodeSet = ReadonlySet<string>;

/**
 * "is 403 heuristically cacheable like 404 and 410 are?", "does a 401 get cached the same way as a 404?": a yes/no question about one
 * code, the others named only as the comparison. It is answered for the code asked (RFC 9110 §15.1 lists 404 and 410 as
 * heuristically cacheable, not 401 or 403), the others said as the contrast, instead of both sides in the order of the list.
 */
const ONE_CODE_COMPARED =
  /^(?:is|are|does|do|can|will|would|may|could|should)\b[^?0-9]{0,40}\b(40[134]|410)s?\b[^?]{0,60}\b(?:like|as|same as|similar to|unlike|the way)\b[^?]{0,20}\b(?:40[134]|410)s?\b/;

function cachingAnswer(codes: CodeSet, s: Situation): Draft {
  const notFoundSide = codes.has('404') || codes.has('410');
  const forbiddenSide = codes.has('403') || codes.has('401');
  if (notFoundSide && !forbiddenSide) return fromEntries('caching-404');
  if (forbiddenSide && !notFoundSide) return fromEntries('caching-403');
  const asked = ONE_CODE_COMPARED.exec(s.text)?.[1];
  if (asked === '401' || asked === '403') {
    const side = fromEntries('caching-403');
    return draft([`No: ${side.sentences[0] ?? ''}`, '404 and 410, by contrast, are heuristically cacheable.', ...side.sentences.slice(1)], side.sources);
  }
  if (asked === '404' || asked === '410') {
    const side = fromEntries('caching-404');
    return draft([side.sentences[0] ?? '', '401 and 403, by contrast, are not heuristically cacheable.', ...side.sentences.slice(1)], side.sources);
  }
  return draft(
    [
      '404 and 410 are heuristically cacheable (RFC 9110 §15.1): caches and CDNs may store them without explicit freshness, and will when Cache-Control: max-age is set; 403 and 401 are not, so a cache keeps those only with explicit freshness.',
      'Send no-store or a short max-age on 404s for dynamic routes so a CDN does not keep serving a stale 404, and never give 403s a max-age: permissions are checked per request.',
    ],
    [SOURCES.rfc9110StatusCodes, SOURCES.rfc9111Heuristic, SOURCES.guide],
  );
}

function retryAnswer(codes: CodeSet, s: Situation): Draft {
  const storm = /\b(?:storm|hammer\w*|loop\w*|keeps?|flood)\b/.test(s.text);
  const parts: Draft[] = [];
  const only = (code: string): boolean => codes.has(code) && codes.size === 1;
  if (only('401')) parts.push(fromEntries('retry-401'));
  else if (only('410')) parts.push(fromEntries('retry-410'));
  else if (codes.has('403') && !codes.has('404')) parts.push(fromEntries('retry-403'));
  else if (codes.has('404') && !codes.has('403')) parts.push(fromEntries('retry-404'));
  else {
    parts.push(
      draft(
        [
          'Neither should be retried automatically: a 403 only after the permission, role or scope changes (re-authenticating will not help), a 404 only after the URL, id or route is fixed.',
          'Clients should report the error and stop; 401 is the one to retry, once, after getting fresh credentials.',
        ],
        [SOURCES.guide, SOURCES.rfc9110Forbidden],
      ),
    );
  }
  if (storm) parts.push(draft([knowledge('retry-storm').text.split('. ')[0] + '.'], knowledge('retry-storm').sources));
  return merge(...parts);
}

function seoAnswer(codes: CodeSet, s: Situation): Draft {
  if (s.topics.includes('soft404') || s.softNotFound) return fromEntries('seo-soft-404');
  if (codes.has('410') || s.existence === 'removed' || /\b(?:delist\w*|deindex\w*|faster)\b/.test(s.text)) return merge(fromEntries('seo-410'), draft(['Pages that keep answering a 4xx are dropped from the index either way.'], [SOURCES.searchCentral]));
  return merge(
    fromEntries('seo-4xx'),
    draft(
      ['Use 410 for content removed for good (it is delisted faster) and avoid soft 404s (200 with "not found" content), which can get indexed as real pages.'],
      [SOURCES.rfc9110Gone, SOURCES.guide],
    ),
  );
}

const NAMED_CODES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bforbidden\b/, '403'],
  [/\bnot found\b/, '404'],
  [/\bunauthori[sz]ed\b/, '401'],
  [/\bgone\b/, '410'],
];

/** "what does forbidden mean": the codes named in words, when no number was written. */
function namedCodes(text: string): Set<string> {
  return new Set(NAMED_CODES.filter(([pattern]) => pattern.test(text)).map(([, code]) => code));
}

function definitionAnswer(given: CodeSet, s: Situation): Draft {
  if (s.hide === true) return fromEntries('hide-existence-404');
  const codes = given.size > 0 ? given : namedCodes(s.text);
  const ids: KnowledgeId[] = [];
  if (codes.has('403')) ids.push('definition-403');
  if (codes.has('404')) ids.push('definition-404');
  if (codes.has('401')) ids.push('definition-401');
  if (codes.has('410')) ids.push('definition-410');
  if (ids.length === 0) return fromEntries('difference-403-404');
  if (ids.length === 1 && ids[0] === 'definition-403') ids.push('summary-403');
  if (ids.length === 1 && ids[0] === 'definition-404') ids.push('summary-404');
  return fromEntries(...ids.slice(0, 2));
}

function differenceAnswer(codes: CodeSet): Draft {
  if (codes.has('401') && codes.has('403')) return fromEntries('difference-401-403');
  if (codes.has('410') && codes.has('404')) return fromEntries('difference-404-410');
  if (codes.has('401') && !codes.has('404')) return fromEntries('difference-401-403');
  if (codes.has('410') && !codes.has('403')) return fromEntries('difference-404-410');
  return fromEntries('difference-403-404');
}

function scenariosAnswer(codes: CodeSet): Draft {
  if (codes.has('403') && !codes.has('404')) return fromEntries('scenarios-403');
  if (codes.has('404') && !codes.has('403')) return fromEntries('scenarios-404');
  return fromEntries('scenarios-403', 'scenarios-404');
}

function clientAnswer(codes: CodeSet): Draft {
  if (codes.has('401') && !codes.has('403')) return fromEntries('retry-401');
  // "we send 410, what will clients do?": a 410 alone is answered for itself, not as a 403/404.
  if (codes.has('410') && codes.size === 1) return fromEntries('retry-410');
  if (codes.has('404') && !codes.has('403')) return fromEntries('client-404');
  if (codes.has('403') && !codes.has('404')) return fromEntries('client-403');
  return fromEntries('client-403', 'client-404');
}

function whenToUseAnswer(codes: CodeSet): Draft {
  if (codes.has('401')) return fromEntries('when-401');
  if (codes.has('410')) return fromEntries('when-410');
  if (codes.has('403') && !codes.has('404')) return fromEntries('when-403');
  if (codes.has('404') && !codes.has('403')) return fromEntries('when-404');
  return fromEntries('decision-rule');
}

function swapAnswer(codes: CodeSet): Draft {
  if (codes.has('401') || codes.has('410')) return whenToUseAnswer(codes);
  return fromEntries('faq-api-403-instead-of-404');
}

/** "is a 403 required to include WWW-Authenticate the way a 401 is?": the 403 asked about, the 401 only its yardstick. */
const A_403_LIKE_A_401 =
  /\b(?:is|does|must|should|do|would) (?:a |an |the |every )?403s?\b[^?]{0,60}\b(?:the way|like|as|same as|unlike|just as) (?:a |an |the |with |for |on )?401s?\b|\b403s?\b[^?]{0,40}\b(?:the same way|same as|just as|like) (?:it |they |we |you )?(?:must|has to|have to|does|do|is required|are required)? ?(?:for|with|on) (?:a |an |the )?401s?\b/;

function headerOn403(): Draft {
  return draft(
    [
      'WWW-Authenticate is required on 401, not on 403: a 403 is not asking the client to authenticate, so the header is not required there.',
      'A bearer-token API may still add WWW-Authenticate: Bearer error="insufficient_scope" (with the scope it needs) to a 403, so the client knows which scope to request.',
    ],
    [SOURCES.rfc9110Unauthorized, SOURCES.rfc6750ErrorCodes, SOURCES.rfc6750Challenge],
  );
}

/** The order in which behaviour topics are answered when a question touches several. */
const TOPIC_ORDER: readonly Topic[] = [
  'soft404',
  'header',
  'reauth',
  'caching',
  'retry',
  'seo',
  'decision',
  'mistake',
  'swap',
  'disclosure',
  'security',
  'definition',
  'difference',
  'client',
  'diagnose',
  'api',
  'scenarios',
  'why',
];

/** Answers the behaviour question for the given codes; null when no topic applies. */
export function explainTopics(s: Situation, codes: CodeSet): Draft | null {
  // "what does a 404 spike after a release mean": the code names the symptom; the scenario is the question.
  const symptom = s.topics.includes('scenarios') && s.topics.includes('definition');
  const topics = TOPIC_ORDER.filter((topic) => s.topics.includes(topic) && !(symptom && topic === 'definition'));
  if (topics.length === 0) return null;
  if (s.topics.includes('seo') && s.topics.includes('caching') && !s.topics.includes('soft404')) {
    return fromEntries('faq-seo-caching');
  }
  const answerFor = (topic: Topic): Draft => {
    switch (topic) {
      case 'soft404':
        return fromEntries('seo-soft-404');
      case 'header':
        return codes.has('403') && (!codes.has('401') || A_403_LIKE_A_401.test(s.text)) ? headerOn403() : fromEntries('www-authenticate');
      case 'reauth':
        return codes.has('401') && !codes.has('403') ? fromEntries('retry-401') : fromEntries('reauthenticate-403');
      case 'caching':
        return cachingAnswer(codes, s);
      case 'retry':
        return retryAnswer(codes, s);
      case 'seo':
        return seoAnswer(codes, s);
      case 'swap':
        return swapAnswer(codes);
      case 'mistake':
        // "why 401 instead of 403 for missing creds, does it matter": the harm of the swap asked about.
        return codes.has('401') || codes.has('410') ? swapAnswer(codes) : fromEntries('mistake-swapping');
      case 'definition':
        return definitionAnswer(codes, s);
      case 'difference':
        return differenceAnswer(codes);
      case 'client':
        return clientAnswer(codes);
      case 'decision':
        return whenToUseAnswer(codes);
      case 'api':
        return fromEntries('api-impact');
      case 'security':
        return fromEntries('hide-existence-404');
      case 'disclosure':
        return fromEntries('reason-in-403');
      case 'diagnose':
      case 'why':
        return scenariosAnswer(codes);
      default:
        return scenariosAnswer(codes);
    }
  };
  const first = topics[0] as Topic;
  const main = answerFor(first);
  // A second, different concern in the same question ("is it cached, and should clients retry?").
  // "is 410 cacheable or temporary": what the code means (its permanence) is a second concern too.
  const asksPermanence = /\b(?:permanent|temporary)\b/.test(s.text);
  const second = topics.find((topic) => topic !== first && (['caching', 'retry', 'seo', 'api'].includes(topic) || (topic === 'definition' && asksPermanence)));
  if (second && ['caching', 'retry', 'seo', 'soft404', 'header', 'reauth'].includes(first)) {
    const extra = answerFor(second);
    return merge(main, draft(extra.sentences.slice(0, 1), extra.sources));
  }
  return main;
}

/** The consequence a verdict answer adds when the question also asks about caching, retries, crawlers or clients. */
/** A response header asked for beside the code: "also what header", "and what goes in www-authenticate". */
const HEADER_ASKED = /\b(?:which|what) (?:http )?(?:response )?headers?\b|\bwww-authenticate\b/;

export function consequenceFor(verdict: StatusVerdict, s: Situation): Draft | null {
  const codes = new Set([verdict]);
  if (s.topics.includes('caching')) {
    const caching = cachingAnswer(codes, s);
    return draft(caching.sentences.slice(0, 1), caching.sources);
  }
  if (s.topics.includes('seo') && verdict !== '410') {
    const seo = seoAnswer(codes, s);
    return draft(seo.sentences.slice(0, 1), seo.sources);
  }
  // "which code. also what header": the header asked beside the code (the 401 reasons name their challenge already).
  if (verdict === '403' && HEADER_ASKED.test(s.text)) return headerOn403();
  if (s.topics.includes('api') || s.topics.includes('swap')) {
    return draft(
      ['API clients branch on the exact code, so keep it consistent and documented: a swapped 403/404 breaks their retries, auth handling and user-facing errors.'],
      [SOURCES.guide],
    );
  }
  return null;
}

export function emptyAnswer(): Draft {
  return draft(
    [
      'Ask me which status code fits a situation, for example "logged in but not an admin, deletes a project: 403 or 404?", or how 401, 403, 404 and 410 behave with caches, retries, crawlers and API clients.',
      'The facts that decide: is the caller authenticated, are they allowed, does the resource exist (and may they know it does), and was it removed for good?',
    ],
    [SOURCES.guide],
  );
}
