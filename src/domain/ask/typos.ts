import { REAL_WORDS_NEAR_VOCABULARY } from './realWords';

/**
 * Fixes typos in the words the fact extractor depends on ("permision", "tennant", "exipred", "forbiden"),
 * so a question typed at 3 a.m. reads like one typed at noon. Only words close to this vocabulary are
 * touched; everything else passes through unchanged.
 */

const VOCABULARY = [
  // who is asking
  'authenticated', 'authentication', 'authenticate', 'unauthenticated', 'reauthenticate', 'reauthorize', 'authorization', 'authorized',
  'unauthorized', 'authorize', 'credentials', 'credential', 'password', 'passwords', 'session', 'sessions',
  'anonymous', 'logged', 'signature', 'bearer', 'token', 'tokens', 'cookie', 'cookies', 'certificate',
  'expired', 'expires', 'expire', 'expiry', 'expiring', 'revoked', 'revoke', 'invalid', 'malformed',
  'forged', 'tampered', 'rotated',
  // (Words of their own, not typos of 'authorized': "the user deauthorized our app".)
  'deauthorized', 'deauthorised', 'deauthorize', 'deauthorise',
  // what they may do
  'permission', 'permissions', 'permitted', 'privilege', 'privileges', 'forbidden', 'forbid', 'forbids',
  'admin', 'admins', 'administrator', 'administrators', 'owner', 'owners', 'ownership', 'member', 'members',
  'editor', 'viewer', 'maintainer', 'scope', 'scopes', 'scoped', 'insufficient', 'allowed', 'allowlist',
  'allowlisted', 'denylist', 'denied', 'refused', 'refuses', 'blocked', 'blocking', 'suspended', 'banned',
  'disabled', 'deactivated', 'isolation', 'tenant', 'tenants', 'tenancy', 'organization', 'organisation',
  'customer', 'customers', 'workspace', 'project', 'account', 'accounts', 'access', 'accessing', 'entitlement',
  'subscription', 'policy', 'policies', 'firewall', 'verified', 'unverified',
  // does it exist
  'exist', 'exists', 'existed', 'existing', 'existence', 'nonexistent', 'deleted', 'delete', 'deletes',
  'removed', 'remove', 'removes', 'missing', 'purged', 'permanent', 'permanently', 'forever',
  'temporary', 'temporarily', 'intentionally', 'intentional', 'deliberately', 'discontinued',
  'decommissioned', 'deprecated', 'retired', 'sunset', 'sunsetted', 'archived', 'unpublished', 'published',
  'resource', 'resources', 'endpoint', 'endpoints', 'routes', 'route', 'routed', 'router', 'routing',
  'redirect', 'redirects', 'typo', 'misspelled', 'mistyped', 'record', 'invoice', 'invoices', 'private', 'catalog', 'catalogue', 'database', 'inventory',
  // hiding
  'reveal', 'revealing', 'reveals', 'leaking', 'leaked', 'leaks', 'disclose', 'disclosure', 'disclosing',
  'conceal', 'concealing', 'enumeration', 'enumerate', 'enumerating', 'exposing', 'exposed', 'expose',
  'hiding', 'hidden', 'secret', 'confidential', 'classified', 'purpose', 'restored', 'restore',
  // topics
  'cache', 'cached', 'caches', 'caching', 'cacheable', 'crawl', 'index', 'crawler', 'crawlers', 'crawled', 'crawling', 'google',
  'googlebot', 'indexed', 'indexing', 'search', 'engine', 'engines', 'delist', 'deindex', 'retry', 'retries',
  'retried', 'retrying', 'difference', 'different', 'differences', 'forbidden', 'deploy', 'deployed',
  'deployment', 'monitoring', 'baseline', 'header', 'headers', 'client', 'clients', 'browser', 'return',
  'returns', 'returned', 'returning', 'respond', 'response', 'should', 'whether', 'which', 'correct',
  'appropriate', 'status', 'instead', 'because',
] as const;

/** Real words one edit away from a vocabulary word: they are what the writer meant. */
const KNOWN_WORDS = new Set([
  'logger', 'loggers', 'lodged', 'longed', 'remote', 'reused', 'banner', 'evoked', 'denier', 'routes',
  'scoped', 'cacher', 'forget', 'forgot', 'client', 'should', 'shoulder', 'excited', 'exists', 'accent',
  'expose', 'exposed', 'member', 'remover', 'section', 'mission', 'session', 'tokenize', 'reader', 'renamed',
  'moved', 'owned', 'taken', 'admit', 'scape', 'exits', 'retro', 'routed', 'resort', 'edited', 'editors',
  'viewed', 'viewers', 'server', 'servers', 'enable', 'enabled', 'allows', 'allowing', 'denies', 'deploys',
  'headed', 'hidden', 'search', 'secrets', 'secret', 'expect', 'expected', 'permit', 'permits', 'policy',
  'return', 'returns', 'cached', 'caches', 'record', 'records', 'recorded', 'invoiced', 'revised', 'revered',
  'rotate', 'rotates', 'bearer', 'cookie', 'engine', 'engines', 'indexes', 'browse', 'browsed', 'browser',
  'crawls', 'retire', 'retires', 'respond', 'responds', 'deleter', 'deletion', 'removal', 'missed',
  'leading', 'leaving', 'international', 'states', 'subset', 'forced', 'protect', 'indeed', 'exiting', 'exited',
  'cancelling', 'catching', 'maintained', 'retrier', 'verifier', 'archive', 'deprecate', 'disable',
  'disables', 'deactivate', 'routine', 'permissive', 'locked', 'inefficient', 'formed', 'unintentional',
  'unintentionally', 'scored', 'reorganization', 'inappropriate', 'inappropriately', 'authenticity',
  'unpublish', 'mission', 'emission', 'omission', 'rejected', 'relisted', 'enlist', 'listed', 'enabled',
  'deleting', 'reveals', 'secrets', 'scopes', 'token', 'tokens', 'mister', 'missile', 'private', 'classifieds',
  'hiring', 'riding', 'siding', 'leaning', 'leasing', 'leaping', 'peaking', 'republished', 'republish', 'republishing', 'republishes', 'reposted', 'reuploaded',
  'reuse', 'reuses', 'reusing', 'roster', 'rosters', 'retiree', 'retirees', 'routers', 'cashed', 'catches', 'leader', 'leaders', 'heater', 'healer', 'readers', 'ridden', 'police', 'empire', 'bidden', 'republished', 'republish', 'republishing', 'republishes', 'reposted', 'reuploaded',
]);

const VOCAB_SET = new Set<string>(VOCABULARY);
/** The words a typo may be corrected into (exported for the dictionary test, which looks for real words near them). */
export const TYPO_TARGETS: readonly string[] = [...VOCAB_SET].filter((word) => word.length >= 5);
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 5_000;

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up beyond `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0] as number[];
  for (let j = 0; j <= b.length; j += 1) first[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** True when `a` becomes `b` by swapping one pair of adjacent letters. */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  if (i >= a.length - 1) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function allowedDistance(word: string): number {
  if (word.length >= 10) return 2;
  if (word.length >= 6) return 1;
  return 0;
}

/** Word-building prefixes: "reactivate" is not a typo of "deactivated", nor "republished" of "unpublished". */
const PREFIX = /^(?:re|un|de|dis|pre|non|mis|in|im)(?=[a-z]{4})/;

/** True when the two words start with different prefixes: a real word of another meaning, not a typo. */
function otherPrefix(word: string, target: string): boolean {
  const a = PREFIX.exec(word)?.[0];
  const b = PREFIX.exec(target)?.[0];
  return a !== undefined && b !== undefined && a !== b;
}

function fixWord(word: string): string {
  if (VOCAB_SET.has(word) || KNOWN_WORDS.has(word) || REAL_WORDS_NEAR_VOCABULARY.has(word)) return word;
  const memo = MEMO.get(word);
  if (memo !== undefined) return memo;
  const max = allowedDistance(word);
  let best = word;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const target of TYPO_TARGETS) {
    if (max === 0) {
      if (isOneSwap(word, target)) {
        best = target;
        break;
      }
      continue;
    }
    // Short targets only get one edit even when the typed word is long.
    const limit = Math.min(max, allowedDistance(target) || 1);
    const distance = editDistance(word, target, limit);
    if (distance <= limit && distance < bestDistance && !otherPrefix(word, target)) {
      best = target;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  if (MEMO.size < MEMO_LIMIT) MEMO.set(word, best);
  return best;
}

/** Replaces misspelled key words in lowercase text. Words of four letters or fewer are left alone. */
export function correctTypos(text: string): string {
  return text.replace(/[a-z]{5,30}/g, (word) => fixWord(word));
}
