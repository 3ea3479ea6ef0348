import { FIELD_DEFAULTS } from '../../src/config/fields';
import {
  EVIDENCE_ROLES,
  type Evidence,
  type EvidenceRole,
  type AgentEvidence,
  type ClientEvidence,
  type FieldEvidence,
  type PathEvidence,
  type RepeatEvidence,
  type TenantPair,
  type UserEvidence,
  type VersionEvidence,
} from '../../src/domain/evidence';
import { isSuccessStatus } from '../../src/domain/status';
import { mulberry32 } from './random';
import type { TermCount, TriageStatus } from '../../src/domain/types';
import {
  activityInterval,
  CLIENT_PATHS,
  HISTORY_DAYS as READER_HISTORY_DAYS,
  HISTORY_TEMPLATES,
  REPEAT_SPAN_MS,
  TOP_AGENTS,
  TOP_CLIENTS,
  TOP_TERMS,
  TOP_USERS,
} from '../../src/elasticsearch/triageQueries';

/**
 * Builds realistic Evidence for the cause-rule tests: it simulates eight days of a calm service's access
 * logs (random users in a few tenants, many IPs, browsers, SDKs, crawlers, scanners, everyday 403s and
 * 404s), lets a scenario add the documents of an incident on top, and aggregates everything the way the
 * Elasticsearch reader does (top values, baselines, route history, first-seen users, versions, repeats).
 * Seeds make the noise reproducible; different seeds give different noise around the same scenario.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WINDOW_END = Date.parse('2024-05-14T12:00:00.000Z');
export const SERVICE = 'checkout';
/** Days of simulated logs (the reader looks back READER_HISTORY_DAYS; older than this there is nothing). */
const HISTORY_DAYS = 8;
const TOP = TOP_TERMS;

// ---------------------------------------------------------------------------------------------------------
// Documents and randomness

/** One access-log document, by role (undefined = the field is absent from the document). */
export interface LogDoc {
  t: number;
  status: number;
  path: string;
  method?: string;
  user?: string;
  roles?: string[];
  tenant?: string;
  resourceTenant?: string;
  scopes?: string[];
  ip?: string;
  ua?: string;
  referrer?: string;
  reason?: string;
  version?: string;
  auth?: string;
  cacheStatus?: string;
  cacheControl?: string;
}

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  chance(p: number): boolean;
}

/** The shared seeded generator (support/random), with the helpers the scenarios use. */
export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, weight] of items) {
        r -= weight;
        if (r <= 0) return item;
      }
      return (items[items.length - 1] as readonly [(typeof items)[number][0], number])[0];
    },
    chance: (p) => next() < p,
  };
}

/** `count` documents spread evenly (with jitter) over [startMs, endMs). */
export function spread(count: number, startMs: number, endMs: number, random: Rng, make: (t: number, i: number) => LogDoc): LogDoc[] {
  const docs: LogDoc[] = [];
  const step = (endMs - startMs) / Math.max(1, count);
  for (let i = 0; i < count; i += 1) {
    const t = Math.min(endMs - 1, Math.floor(startMs + i * step + random.next() * step));
    docs.push(make(t, i));
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------------------
// The calm world

export interface SimUser {
  id: string;
  tenant: string;
  roles: string[];
  ip: string;
  client: 'browser' | 'sdk';
  scopes: string[];
  /** First moment the user can appear. */
  joinAt: number;
}

export interface World {
  seed: number;
  start: number;
  end: number;
  users: SimUser[];
  /** Users active since before the history starts. */
  established: SimUser[];
  docs: LogDoc[];
}

export const TENANTS = ['acme', 'globex', 'initech', 'umbrella'] as const;
export const BROWSER_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
export const SDK_UAS = ['checkout-sdk-python/3.2.1', 'checkout-sdk-node/2.8.0', 'okhttp/4.12.0'] as const;
export const CRAWLER_UAS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
] as const;
const OWN_SITE = 'https://checkout.example.com';
const EXTERNAL_REFERRERS = ['https://news.example.org/2019/best-shops', 'https://www.google.com/', 'https://forum.example.net/t/123', 'https://blog.example.io/review'];
const OLD_BLOG_SLUGS = ['spring-sale', 'new-checkout', 'holiday-hours', 'faq-shipping', 'returns-policy', 'meet-the-team', 'api-v0-sunset', 'gift-cards'];
const DOC_SLUGS = ['getting-started', 'orders', 'webhooks', 'errors', 'pagination', 'auth', 'sdk', 'changelog'];
export const PROBE_PATHS = ['/wp-login.php', '/.env', '/.git/config', '/phpmyadmin/index.php', '/xmlrpc.php', '/cgi-bin/luci', '/admin.php', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php'];
const INTERNET_IPS = (random: Rng): string => `${random.pick(['45.83', '91.240', '185.220', '103.77', '5.188'])}.${random.int(0, 255)}.${random.int(1, 254)}`;

function versionAt(t: number): string {
  return t < WINDOW_END - 6 * HOUR ? 'v2.3.1' : 'v2.4.0';
}

function makeUsers(random: Rng, start: number): SimUser[] {
  const users: SimUser[] = [];
  for (let i = 0; i < 240; i += 1) {
    const client = random.chance(0.6) ? 'browser' : 'sdk';
    const joinAt = random.chance(0.9) ? start : start + random.next() * HISTORY_DAYS * DAY;
    users.push({
      id: `u-${1000 + i}`,
      tenant: random.weighted(TENANTS.map((t, k) => [t, [0.4, 0.3, 0.2, 0.1][k] as number] as const)),
      roles: random.weighted([
        [['viewer'], 0.45],
        [['editor'], 0.3],
        [['editor', 'billing'], 0.15],
        [['admin'], 0.1],
      ]),
      ip: `${random.pick(['203.0.113', '198.51.100', '10.20.1'])}.${random.int(1, 60)}`,
      client,
      scopes:
        client === 'sdk'
          ? random.weighted([
              [['orders:read'], 0.4],
              [['orders:read', 'orders:write'], 0.5],
              [['orders:read', 'orders:write', 'billing:read'], 0.1],
            ])
          : [],
      joinAt,
    });
  }
  return users;
}

/** Fields every request by this user carries. */
export function asUser(user: SimUser, t: number): Partial<LogDoc> {
  return {
    user: user.id,
    roles: user.roles,
    tenant: user.tenant,
    ip: user.ip,
    ua: user.client === 'browser' ? BROWSER_UA : SDK_UAS[user.id.charCodeAt(user.id.length - 1) % SDK_UAS.length],
    auth: user.client === 'browser' ? 'session' : 'bearer',
    scopes: user.client === 'sdk' ? user.scopes : undefined,
    version: versionAt(t),
  };
}

function activeUser(random: Rng, users: SimUser[], t: number): SimUser {
  for (;;) {
    const user = random.pick(users);
    if (user.joinAt <= t) return user;
  }
}

const API = { cacheStatus: 'MISS', cacheControl: 'no-store' } as const;

function successDoc(random: Rng, users: SimUser[], t: number): LogDoc {
  if (random.chance(0.05)) {
    return { t, status: 200, method: 'GET', path: `/v1/catalog/items/${random.int(100, 999)}`, ip: INTERNET_IPS(random), ua: BROWSER_UA, auth: 'none', version: versionAt(t), ...API };
  }
  const user = activeUser(random, users, t);
  const base = { t, ...asUser(user, t), ...API };
  const route = random.weighted([
    ['order', 0.28],
    ['orders', 0.15],
    ['create', 0.08],
    ['invoice', 0.1],
    ['catalog', 0.2],
    ['me', 0.1],
    ['docs', 0.06],
    ['pricing', 0.03],
  ] as const);
  switch (route) {
    case 'order':
      return { ...base, status: 200, method: 'GET', path: `/v1/orders/${random.int(10000, 99999)}` };
    case 'orders':
      return { ...base, status: 200, method: 'GET', path: '/v1/orders' };
    case 'create':
      return { ...base, status: 201, method: 'POST', path: '/v1/orders' };
    case 'invoice':
      return { ...base, status: 200, method: 'GET', path: `/v1/tenants/${user.tenant}/invoices/${random.int(1000, 9999)}` };
    case 'catalog':
      return { ...base, status: 200, method: 'GET', path: `/v1/catalog/items/${random.int(100, 999)}` };
    case 'me':
      return { ...base, status: 200, method: 'GET', path: '/v1/me' };
    case 'docs':
      return {
        ...base,
        status: 200,
        method: 'GET',
        path: `/docs/${random.pick(DOC_SLUGS)}`,
        referrer: `${OWN_SITE}/docs/`,
        cacheStatus: random.chance(0.7) ? 'HIT' : 'MISS',
        cacheControl: 'public, max-age=300',
      };
    case 'pricing':
      return { ...base, status: 301, method: 'GET', path: '/pricing-2022', referrer: random.pick(EXTERNAL_REFERRERS) };
  }
}

function calm403(random: Rng, users: SimUser[], t: number): LogDoc {
  const user = activeUser(random, users, t);
  const base = { t, ...asUser(user, t), ...API, status: 403 };
  const kind = random.weighted([
    ['admin', 0.45],
    ['tenant', 0.2],
    ['scope', 0.15],
    ['anonymous', 0.1],
    ['ip', 0.1],
  ] as const);
  switch (kind) {
    case 'admin':
      return { ...base, method: 'GET', path: `/v1/admin/reports/${random.int(1, 500)}`, reason: 'missing role: admin' };
    case 'tenant': {
      const other = random.pick(TENANTS.filter((x) => x !== user.tenant));
      return { ...base, method: 'GET', path: `/v1/tenants/${other}/invoices/${random.int(1000, 9999)}`, reason: 'tenant mismatch' };
    }
    case 'scope':
      return { ...base, method: 'GET', path: '/v1/billing/summary', reason: 'insufficient_scope' };
    case 'anonymous':
      return { t, status: 403, method: 'POST', path: '/v1/orders', ip: INTERNET_IPS(random), ua: BROWSER_UA, auth: 'none', reason: 'authentication required', version: versionAt(t), ...API };
    case 'ip':
      return { ...base, ip: INTERNET_IPS(random), method: 'GET', path: '/v1/orders', reason: 'ip not allowed' };
  }
}

function calm404(random: Rng, users: SimUser[], t: number): LogDoc {
  const version = versionAt(t);
  const kind = random.weighted([
    ['missingOrder', 0.35],
    ['oldBlog', 0.25],
    ['typo', 0.15],
    ['probe', 0.1],
    ['docs', 0.15],
  ] as const);
  const notCached = { cacheStatus: 'MISS', cacheControl: 'no-cache' };
  switch (kind) {
    case 'missingOrder': {
      const user = activeUser(random, users, t);
      return { t, ...asUser(user, t), ...API, status: 404, method: 'GET', path: `/v1/orders/${random.int(10000, 99999)}` };
    }
    case 'oldBlog': {
      const crawler = random.chance(0.5);
      return {
        t,
        status: 404,
        method: 'GET',
        path: `/blog/2019/${random.pick(OLD_BLOG_SLUGS)}`,
        ip: INTERNET_IPS(random),
        ua: crawler ? random.pick(CRAWLER_UAS) : BROWSER_UA,
        referrer: crawler ? undefined : random.pick(EXTERNAL_REFERRERS),
        auth: 'none',
        version,
        ...notCached,
      };
    }
    case 'typo': {
      const user = activeUser(random, users, t);
      const path = random.pick([`/v1/ordrs/${random.int(10000, 99999)}`, `/v1/catalog/itmes/${random.int(100, 999)}`, '/favicon.ico', '/v1/order', `/docs/${random.pick(DOC_SLUGS)}s`]);
      return { t, ...asUser(user, t), ...notCached, status: 404, method: 'GET', path };
    }
    case 'probe':
      return {
        t,
        status: 404,
        method: 'GET',
        path: random.pick(PROBE_PATHS),
        ip: INTERNET_IPS(random),
        ua: random.pick([BROWSER_UA, 'python-requests/2.31.0', 'Mozilla/5.0 zgrab/0.x']),
        auth: 'none',
        version,
        ...notCached,
      };
    case 'docs':
      return {
        t,
        status: 404,
        method: 'GET',
        path: `/docs/${random.pick(['v1-migration', 'legacy-sdk', 'beta-api', 'old-webhooks'])}`,
        ip: INTERNET_IPS(random),
        ua: BROWSER_UA,
        referrer: `${OWN_SITE}/docs/${random.pick(DOC_SLUGS)}`,
        auth: 'none',
        version,
        ...notCached,
      };
  }
}

const worlds = new Map<number, World>();

/** Eight days of calm traffic ending at WINDOW_END (about 50,000 documents), cached per seed. */
export function calmWorld(seed = 1): World {
  const cached = worlds.get(seed);
  if (cached) return cached;
  const random = rng(seed);
  const end = WINDOW_END;
  const start = end - HISTORY_DAYS * DAY;
  const users = makeUsers(random, start);
  const docs: LogDoc[] = [];
  const perMinute: Array<[(r: Rng, u: SimUser[], t: number) => LogDoc, number]> = [
    [successDoc, 3],
    [calm403, 0.4],
    [calm404, 1],
  ];
  for (const [make, rate] of perMinute) {
    const count = Math.round(rate * HISTORY_DAYS * 24 * 60);
    for (let i = 0; i < count; i += 1) docs.push(make(random, users, start + random.next() * (end - start)));
  }
  const world: World = { seed, start, end, users, established: users.filter((u) => u.joinAt === start), docs };
  worlds.set(seed, world);
  return world;
}

// ---------------------------------------------------------------------------------------------------------
// Aggregation: what the Elasticsearch reader would return for these documents

const templates = new Map<string, string>();

/** `/v1/orders/48213` → `/v1/orders/{id}` (numbers, UUIDs and hashes). */
export function templateOf(path: string): string {
  const known = templates.get(path);
  if (known !== undefined) return known;
  const template = templatize(path);
  templates.set(path, template);
  return template;
}

function templatize(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      /^\d+$/.test(segment) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment) || (/^[0-9a-f]{16,}$/i.test(segment) && /\d/.test(segment))
        ? '{id}'
        : segment,
    )
    .join('/');
}

function resourceTenantOf(doc: LogDoc): string | undefined {
  return doc.resourceTenant ?? /\/(?:tenants|orgs|accounts)\/([^/]+)/.exec(doc.path)?.[1];
}

function valuesOf(doc: LogDoc, role: EvidenceRole): string[] {
  switch (role) {
    case 'user':
      return doc.user === undefined ? [] : [doc.user];
    case 'roles':
      return doc.roles ?? [];
    case 'tenant':
      return doc.tenant === undefined ? [] : [doc.tenant];
    case 'resourceTenant':
      return doc.resourceTenant === undefined ? [] : [doc.resourceTenant];
    case 'scopes':
      return doc.scopes ?? [];
    case 'clientIp':
      return doc.ip === undefined ? [] : [doc.ip];
    case 'userAgent':
      return doc.ua === undefined ? [] : [doc.ua];
    case 'referrer':
      return doc.referrer === undefined ? [] : [doc.referrer];
    case 'path':
      return [doc.path];
    case 'reason':
      return doc.reason === undefined ? [] : [doc.reason];
    case 'version':
      return doc.version === undefined ? [] : [doc.version];
    case 'cacheStatus':
      return doc.cacheStatus === undefined ? [] : [doc.cacheStatus];
    case 'cacheControl':
      return doc.cacheControl === undefined ? [] : [doc.cacheControl];
    case 'auth':
      return doc.auth === undefined ? [] : [doc.auth];
    case 'method':
      return doc.method === undefined ? [] : [doc.method];
  }
}

const FIELD_NAMES: Record<EvidenceRole, string> = {
  user: FIELD_DEFAULTS.user,
  roles: FIELD_DEFAULTS.roles,
  tenant: FIELD_DEFAULTS.tenant,
  resourceTenant: FIELD_DEFAULTS.resourceTenant,
  scopes: FIELD_DEFAULTS.scopes,
  clientIp: FIELD_DEFAULTS.clientIp,
  userAgent: FIELD_DEFAULTS.userAgent,
  referrer: FIELD_DEFAULTS.referrer,
  path: FIELD_DEFAULTS.path,
  reason: FIELD_DEFAULTS.reason,
  version: FIELD_DEFAULTS.version,
  cacheStatus: FIELD_DEFAULTS.cacheStatus,
  cacheControl: FIELD_DEFAULTS.cacheControl,
  auth: FIELD_DEFAULTS.auth,
  method: FIELD_DEFAULTS.method,
};

class Counter {
  readonly counts = new Map<string, number>();
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  top(size = TOP): TermCount[] {
    return [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, size)
      .map(([value, count]) => ({ value, count }));
  }
}

function fieldStats(window: LogDoc[], baseline: LogDoc[], success: LogDoc[], role: EvidenceRole): FieldEvidence {
  const stats = (docs: LogDoc[]): { withField: number; top: TermCount[] } => {
    const counter = new Counter();
    let withField = 0;
    for (const doc of docs) {
      const values = valuesOf(doc, role);
      if (values.length > 0) withField += 1;
      for (const value of new Set(values)) counter.add(value);
    }
    return { withField, top: counter.top() };
  };
  const w = stats(window);
  const b = stats(baseline);
  const s = stats(success);
  return {
    field: FIELD_NAMES[role],
    windowWithField: w.withField,
    window: w.top,
    baselineWithField: b.withField,
    baseline: b.top,
    successWithField: s.withField,
    success: s.top,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface AggregateOptions {
  status: TriageStatus;
  windowMs?: number;
  to?: number;
}

/** As the reader's `clients` and `agents` aggregations: who sends the window's denied requests, and when. */
function activityOf(denied: readonly LogDoc[], from: number, windowMs: number): Pick<Evidence, 'clients' | 'activityBucketMs' | 'agents'> {
  const bucketMs = activityInterval(windowMs);
  const groupBy = (key: (d: LogDoc) => string | undefined): Array<[string, LogDoc[]]> => {
    const groups = new Map<string, LogDoc[]>();
    for (const d of denied) {
      const k = key(d);
      if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), d]);
    }
    return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  };
  const client = (key: string, by: ClientEvidence['by'], list: LogDoc[]): ClientEvidence => {
    const times = list.map((d) => d.t);
    return {
      key,
      by,
      count: list.length,
      agent: by === 'userAgent' ? key : countTop(list, (d) => d.ua, 1)[0]?.value ?? null,
      distinctPaths: new Set(list.map((d) => d.path)).size,
      topPaths: countTop(list, (d) => d.path, CLIENT_PATHS),
      first: new Date(Math.min(...times)).toISOString(),
      last: new Date(Math.max(...times)).toISOString(),
      active: [...new Set(times.map((t) => Math.floor((t - from) / bucketMs) * bucketMs))].sort((a, b) => a - b),
    };
  };
  const byIp = groupBy((d) => d.ip).slice(0, TOP_CLIENTS);
  const byAgent = groupBy((d) => d.ua).slice(0, TOP_AGENTS);
  return {
    clients: byIp.length > 0 ? byIp.map(([k, list]) => client(k, 'clientIp', list)) : byAgent.map(([k, list]) => client(k, 'userAgent', list)),
    activityBucketMs: bucketMs,
    agents: byAgent.map(([agent, list]): AgentEvidence => ({
      agent,
      count: list.length,
      distinctIps: new Set(list.flatMap((d) => (d.ip === undefined ? [] : [d.ip]))).size,
      distinctPaths: new Set(list.map((d) => d.path)).size,
      topPaths: countTop(list, (d) => d.path, CLIENT_PATHS),
    })),
  };
}

function countTop(list: readonly LogDoc[], key: (d: LogDoc) => string | undefined, n: number): TermCount[] {
  const counts = new Map<string, number>();
  for (const d of list) {
    const k = key(d);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([value, count]) => ({ value, count }));
}

export function aggregate(docs: readonly LogDoc[], options: AggregateOptions): Evidence {
  const status = options.status;
  const to = options.to ?? WINDOW_END;
  const windowMs = options.windowMs ?? HOUR;
  const from = to - windowMs;
  const bucketMs = Math.max(MINUTE, Math.round(windowMs / 60));
  const baselineDays = 7;
  const windowDenied: LogDoc[] = [];
  const windowSuccess: LogDoc[] = [];
  const baselineDenied: LogDoc[] = [];
  const perDay = new Array<number>(baselineDays).fill(0);
  let trailing24h = 0;
  const byStatus = new Counter();
  let requestsTotal = 0;
  const userFirstSeen = new Map<string, number>();
  const userSuccessBefore = new Map<string, number>();
  const ipFirstSeen = new Map<string, number>();
  const ipSuccessBefore = new Map<string, number>();
  const ipWindow = new Map<string, { requests: number; success: number }>();
  const historyByTemplate = new Map<string, { byStatus: Counter; lastSuccess: number | null; firstSeen: number | null }>();
  const versionInfo = new Map<string, { first: number; last: number; requests: number; denied: number }>();

  for (const doc of docs) {
    if (doc.t >= to || doc.t < to - HISTORY_DAYS * DAY - HOUR) continue;
    const inWindow = doc.t >= from;
    if (doc.user !== undefined) {
      userFirstSeen.set(doc.user, Math.min(userFirstSeen.get(doc.user) ?? Infinity, doc.t));
      if (!inWindow && isSuccessStatus(doc.status)) userSuccessBefore.set(doc.user, (userSuccessBefore.get(doc.user) ?? 0) + 1);
    }
    if (doc.ip !== undefined) {
      ipFirstSeen.set(doc.ip, Math.min(ipFirstSeen.get(doc.ip) ?? Infinity, doc.t));
      if (!inWindow && isSuccessStatus(doc.status)) ipSuccessBefore.set(doc.ip, (ipSuccessBefore.get(doc.ip) ?? 0) + 1);
    }
    if (doc.version !== undefined && doc.t >= from - DAY) {
      const v = versionInfo.get(doc.version) ?? { first: doc.t, last: doc.t, requests: 0, denied: 0 };
      v.first = Math.min(v.first, doc.t);
      v.last = Math.max(v.last, doc.t);
      if (inWindow) {
        v.requests += 1;
        if (doc.status === status) v.denied += 1;
      }
      versionInfo.set(doc.version, v);
    }
    if (inWindow && doc.ip !== undefined) {
      const w = ipWindow.get(doc.ip) ?? { requests: 0, success: 0 };
      w.requests += 1;
      if (isSuccessStatus(doc.status)) w.success += 1;
      ipWindow.set(doc.ip, w);
    }
    if (inWindow) {
      requestsTotal += 1;
      byStatus.add(String(doc.status));
      if (doc.status === status) windowDenied.push(doc);
      else if (isSuccessStatus(doc.status)) windowSuccess.push(doc);
      continue;
    }
    if (doc.t >= from - READER_HISTORY_DAYS * DAY) {
      const template = templateOf(doc.path);
      const h = historyByTemplate.get(template) ?? { byStatus: new Counter(), lastSuccess: null, firstSeen: null };
      h.byStatus.add(String(doc.status));
      if (isSuccessStatus(doc.status)) h.lastSuccess = Math.max(h.lastSuccess ?? 0, doc.t);
      h.firstSeen = Math.min(h.firstSeen ?? Infinity, doc.t);
      historyByTemplate.set(template, h);
    }
    if (doc.status !== status) continue;
    if (doc.t >= from - DAY) trailing24h += 1;
    const daysBack = Math.ceil((from - doc.t) / DAY);
    const dayStart = from - daysBack * DAY;
    if (daysBack >= 1 && daysBack <= baselineDays && doc.t < dayStart + windowMs) {
      perDay[daysBack - 1] = (perDay[daysBack - 1] as number) + 1;
      baselineDenied.push(doc);
    }
  }

  const total = windowDenied.length;
  const expected = median([...perDay, (trailing24h * windowMs) / DAY]);
  const fields = Object.fromEntries(
    EVIDENCE_ROLES.map((role) => [role, fieldStats(windowDenied, baselineDenied, windowSuccess, role)]),
  ) as Record<EvidenceRole, FieldEvidence>;

  const buckets = new Map<number, number>();
  for (let t = from; t < to; t += bucketMs) buckets.set(t, 0);
  const templates = new Map<string, { count: number; examples: string[] }>();
  const users = new Map<string, number>();
  const repeats = new Map<string, { client: string; path: string; count: number; perMinute: Counter }>();
  const pairs = new Counter();
  for (const doc of windowDenied) {
    const bucket = from + Math.floor((doc.t - from) / bucketMs) * bucketMs;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    const template = templateOf(doc.path);
    const entry = templates.get(template) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 3 && !entry.examples.includes(doc.path)) entry.examples.push(doc.path);
    templates.set(template, entry);
    if (doc.user !== undefined) users.set(doc.user, (users.get(doc.user) ?? 0) + 1);
    const client = doc.ip ?? doc.user;
    // As the reader: repeats are measured over the window's last REPEAT_SPAN_MS.
    if (client !== undefined && doc.t >= to - REPEAT_SPAN_MS) {
      const key = `${client} ${doc.path}`;
      const r = repeats.get(key) ?? { client, path: doc.path, count: 0, perMinute: new Counter() };
      r.count += 1;
      r.perMinute.add(String(Math.floor(doc.t / MINUTE)));
      repeats.set(key, r);
    }
    const resource = resourceTenantOf(doc);
    if (doc.tenant !== undefined && resource !== undefined) pairs.add(`${doc.tenant}\u0000${resource}`);
  }

  const paths: PathEvidence[] = [...templates.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    // As the reader: every template of the window, the history of the top HISTORY_TEMPLATES only.
    .map(([template, entry], rank) => {
      const h = historyByTemplate.get(template);
      return {
        template,
        count: entry.count,
        examples: entry.examples,
        history: rank >= HISTORY_TEMPLATES ? null : {
          byStatus: Object.fromEntries(h ? h.byStatus.counts : []),
          lastSuccess: h?.lastSuccess ? new Date(h.lastSuccess).toISOString() : null,
          firstSeen: h?.firstSeen !== undefined && h.firstSeen !== null ? new Date(h.firstSeen).toISOString() : null,
        },
      };
    });
  const userList: UserEvidence[] = [...users.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_USERS)
    .map(([id, count]) => ({
      id,
      count,
      firstSeen: userFirstSeen.has(id) ? new Date(userFirstSeen.get(id) as number).toISOString() : null,
      successBefore: userSuccessBefore.get(id) ?? 0,
    }));
  const versions: VersionEvidence[] = [...versionInfo.entries()].map(([version, v]) => ({
    version,
    firstSeen: new Date(v.first).toISOString(),
    lastSeen: new Date(v.last).toISOString(),
    requests: v.requests,
    denied: v.denied,
  }));
  const repeatList: RepeatEvidence[] = [...repeats.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP)
    .map((r) => ({ client: r.client, path: r.path, count: r.count, maxPerMinute: r.perMinute.top(1)[0]?.count ?? 0 }));
  const tenantPairs: TenantPair[] = pairs.top(20).map(({ value, count }) => {
    const [callerTenant, resourceTenant] = value.split('\u0000') as [string, string];
    return { callerTenant, resourceTenant, count };
  });

  return {
    query: { status, service: SERVICE, environment: null, from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    total,
    series: [...buckets.entries()].map(([t, count]) => ({ t: new Date(t).toISOString(), count })),
    bucketMs,
    requests: { total: requestsTotal, byStatus: byStatus.top(20) },
    baseline: { perDay, missingDays: 0, trailing24h, expected, ratio: expected > 0 ? total / expected : null, periods: perDay.length + 1 },
    ingest: { newest: new Date(to).toISOString(), lagMs: null },
    fields,
    paths,
    users: userList,
    ips: fields.clientIp.window.slice(0, 10).map(({ value, count }) => ({
      ip: value,
      count,
      firstSeen: ipFirstSeen.has(value) ? new Date(ipFirstSeen.get(value) as number).toISOString() : null,
      successBefore: ipSuccessBefore.get(value) ?? 0,
      windowRequests: ipWindow.get(value)?.requests ?? 0,
      windowSuccess: ipWindow.get(value)?.success ?? 0,
    })),
    ...activityOf(windowDenied, from, windowMs),
    versions,
    repeats: repeatList,
    tenantPairs,
    contrast: [],
    partial: false,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Building evidence for a test

export interface IncidentContext {
  world: World;
  random: Rng;
  /** Window bounds (ms). */
  from: number;
  to: number;
}

export interface BuildOptions {
  status: TriageStatus;
  /** Seed of the calm traffic (and of the incident's own randomness). */
  seed?: number;
  windowMs?: number;
  /** Documents added on top of the calm traffic. */
  incident?: (context: IncidentContext) => LogDoc[];
  /** Rewrites documents, calm and incident (return null to drop one), e.g. a deployment changing every later version. */
  rewrite?: (doc: LogDoc, context: IncidentContext) => LogDoc | null;
  /** Fields absent from every document: the logs of a cluster that does not record them. */
  drop?: EvidenceRole[];
}

const DROP_KEYS: Record<EvidenceRole, Array<keyof LogDoc>> = {
  user: ['user'],
  roles: ['roles'],
  tenant: ['tenant'],
  resourceTenant: ['resourceTenant'],
  scopes: ['scopes'],
  clientIp: ['ip'],
  userAgent: ['ua'],
  referrer: ['referrer'],
  path: [],
  reason: ['reason'],
  version: ['version'],
  cacheStatus: ['cacheStatus'],
  cacheControl: ['cacheControl'],
  auth: ['auth'],
  method: ['method'],
};

export function buildEvidence(options: BuildOptions): Evidence {
  const seed = options.seed ?? 1;
  const world = calmWorld(seed);
  const windowMs = options.windowMs ?? HOUR;
  const context: IncidentContext = { world, random: rng(seed * 7919 + 17), from: WINDOW_END - windowMs, to: WINDOW_END };
  let docs: LogDoc[] = world.docs;
  if (options.incident) docs = [...docs, ...options.incident(context)];
  if (options.rewrite) {
    const rewrite = options.rewrite;
    docs = docs.map((d) => rewrite(d, context)).filter((d): d is LogDoc => d !== null);
  }
  const drop = options.drop ?? [];
  if (drop.length > 0) {
    const keys = drop.flatMap((role) => DROP_KEYS[role]);
    docs = docs.map((d) => {
      const copy: LogDoc = { ...d };
      for (const key of keys) delete copy[key];
      return copy;
    });
  }
  return aggregate(docs, { status: options.status, windowMs });
}

const calmCache = new Map<string, Evidence>();

/** Calm traffic only (cached: treat as read-only). */
export function calmEvidence(status: TriageStatus, seed = 1, drop: EvidenceRole[] = [], windowMs = HOUR): Evidence {
  const key = JSON.stringify([status, seed, [...drop].sort(), windowMs]);
  const cached = calmCache.get(key);
  if (cached) return cached;
  const evidence = buildEvidence({ status, seed, drop, windowMs });
  calmCache.set(key, evidence);
  return evidence;
}

type Patch<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Patch<T[K]> : T[K] };

/** A copy of the evidence with some members replaced (objects merge, arrays and values replace). */
export function withEvidence(evidence: Evidence, patch: Patch<Evidence>): Evidence {
  const merge = (base: unknown, change: unknown): unknown => {
    if (change === undefined) return base;
    if (change === null || typeof change !== 'object' || Array.isArray(change)) return change;
    if (base === null || typeof base !== 'object' || Array.isArray(base)) return change;
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(change as Record<string, unknown>)) out[key] = merge(out[key], value);
    return out;
  };
  return merge(evidence, patch) as Evidence;
}

/** The evidence as a reader would return it when no document carries the field. */
export function withoutField(evidence: Evidence, role: EvidenceRole): Evidence {
  const empty: FieldEvidence = {
    field: evidence.fields[role].field,
    windowWithField: 0,
    window: [],
    baselineWithField: 0,
    baseline: [],
    successWithField: 0,
    success: [],
  };
  return { ...evidence, fields: { ...evidence.fields, [role]: empty } };
}

// ---------------------------------------------------------------------------------------------------------
// Incident scenarios, one per cause (plus mixes), on top of the calm world

function establishedOf(world: World, filter: (u: SimUser) => boolean, count: number): SimUser[] {
  return world.established.filter(filter).slice(0, count);
}

export type ScenarioName =
  | 'rbac_policy_mismatch'
  | 'new_user_missing_role'
  | 'tenant_isolation_violation'
  | 'oauth_scope_insufficient'
  | 'ip_allowlist_block'
  | 'should_be_401'
  | 'retry_storm_403'
  | 'deploy_broke_routes'
  | 'routing_regression'
  | 'broken_redirect_or_rule'
  | 'gone_should_be_410'
  | 'scanner_probe'
  | 'cached_404'
  | 'retry_storm_404';

interface ScenarioSpec {
  status: TriageStatus;
  incident: (context: IncidentContext) => LogDoc[];
  rewrite?: BuildOptions['rewrite'];
}

const API_DOC = { cacheStatus: 'MISS', cacheControl: 'no-store' } as const;

const SCENARIOS: Record<ScenarioName, ScenarioSpec> = {
  // A policy change 40 min ago stops editors from reading invoices they read every day.
  rbac_policy_mismatch: {
    status: 403,
    incident: ({ world, random, to }) => {
      const editors = establishedOf(world, (u) => u.roles.length === 1 && u.roles[0] === 'editor', 25);
      return spread(600, to - 40 * MINUTE, to, random, (t) => {
        const user = random.pick(editors);
        return { t, ...asUser(user, t), ...API_DOC, status: 403, method: 'GET', path: `/v1/tenants/${user.tenant}/invoices/${random.int(1000, 9999)}`, reason: 'missing role: billing-admin' };
      });
    },
  },
  // Ten people who signed up today have no role yet.
  new_user_missing_role: {
    status: 403,
    incident: ({ world, random, to }) => {
      const newcomers = Array.from({ length: 10 }, (_, i) => ({
        id: `u-new-${i}`,
        tenant: 'acme',
        ip: random.pick(world.users).ip,
        joinAt: to - random.int(2, 20) * HOUR,
      }));
      const docs: LogDoc[] = [];
      for (const user of newcomers) {
        const common = { user: user.id, tenant: user.tenant, ip: user.ip, ua: BROWSER_UA, auth: 'session', ...API_DOC };
        docs.push({ t: user.joinAt, ...common, version: versionAt(user.joinAt), status: 200, method: 'GET', path: '/v1/me' });
        docs.push(
          ...spread(3, user.joinAt + MINUTE, user.joinAt + 10 * MINUTE, random, (t) => ({ t, ...common, version: versionAt(t), status: 403, method: 'GET', path: '/v1/orders', reason: 'missing role: viewer' })),
        );
        docs.push(
          ...spread(45, to - 50 * MINUTE, to, random, (t) => ({
            t,
            ...common,
            version: versionAt(t),
            status: 403,
            method: 'GET',
            path: random.pick(['/v1/orders', `/v1/orders/${random.int(10000, 99999)}`, '/v1/catalog/items/12']),
            reason: 'missing role: viewer',
          })),
        );
      }
      return docs;
    },
  },
  // A globex integration requests acme's invoices.
  tenant_isolation_violation: {
    status: 403,
    incident: ({ world, random, to }) => {
      const globex = establishedOf(world, (u) => u.tenant === 'globex', 6);
      return spread(500, to - 30 * MINUTE, to, random, (t) => {
        const user = random.pick(globex);
        return { t, ...asUser(user, t), ...API_DOC, status: 403, method: 'GET', path: `/v1/tenants/acme/invoices/${random.int(1000, 9999)}`, reason: 'tenant mismatch' };
      });
    },
  },
  // A reporting integration's rotated token lacks orders:write.
  oauth_scope_insufficient: {
    status: 403,
    incident: ({ world, random, to }) => {
      const integrations = establishedOf(world, (u) => u.client === 'sdk' && u.scopes.includes('orders:write'), 3);
      const docs: LogDoc[] = [];
      for (const user of integrations) {
        docs.push(
          ...spread(150, to - 45 * MINUTE, to, random, (t) => ({
            t,
            ...asUser(user, t),
            ...API_DOC,
            scopes: ['orders:read'],
            status: 403,
            method: 'POST',
            path: '/v1/orders',
            reason: 'insufficient_scope',
          })),
        );
      }
      return docs;
    },
  },
  // The sync service moved to new egress IPs 50 min ago.
  ip_allowlist_block: {
    status: 403,
    incident: ({ random, to }) => {
      const sync = { user: 'svc-sync', roles: ['integration'], tenant: 'acme', ua: 'sync-worker/1.4', auth: 'api_key', ...API_DOC };
      const history = spread(4000, to - 8 * DAY, to - 50 * MINUTE, random, (t) => ({ t, ...sync, ip: '10.0.7.5', version: versionAt(t), status: 200, method: 'GET', path: '/v1/orders' }));
      const blocked = spread(520, to - 50 * MINUTE, to, random, (t) => ({
        t,
        ...sync,
        ip: random.chance(0.5) ? '10.0.9.21' : '10.0.9.22',
        version: versionAt(t),
        status: 403,
        method: random.chance(0.7) ? 'GET' : 'POST',
        path: '/v1/orders',
        reason: 'ip not allowed',
      }));
      return [...history, ...blocked];
    },
  },
  // A mobile release stopped sending the token; the API answers 403 to anonymous requests.
  should_be_401: {
    status: 403,
    incident: ({ random, to }) =>
      spread(500, to - 45 * MINUTE, to, random, (t) => ({
        t,
        status: 403,
        method: 'GET',
        path: random.pick(['/v1/orders', '/v1/me', `/v1/orders/${random.int(10000, 99999)}`]),
        ip: `100.64.${random.int(0, 40)}.${random.int(1, 254)}`,
        ua: 'CheckoutApp/5.1 (iPhone; iOS 17.4)',
        auth: 'none',
        version: versionAt(t),
        reason: 'forbidden',
        ...API_DOC,
      })),
  },
  // One client retries a denied POST 60 times a minute.
  retry_storm_403: {
    status: 403,
    incident: ({ world, random, to }) => {
      const user = establishedOf(world, (u) => u.roles[0] === 'viewer', 1)[0] as SimUser;
      return spread(1800, to - 30 * MINUTE, to, random, (t) => ({ t, ...asUser(user, t), ...API_DOC, status: 403, method: 'POST', path: '/v1/orders', reason: 'missing role: editor' }));
    },
  },
  // v2.5.0, deployed 35 min ago, lost the catalog routes.
  deploy_broke_routes: {
    status: 404,
    rewrite: (doc, { to }) => (doc.t >= to - 35 * MINUTE && doc.version !== undefined ? { ...doc, version: 'v2.5.0' } : doc),
    incident: ({ world, random, from, to }) => {
      const deployAt = to - 35 * MINUTE;
      const catalog = (t: number, status: number): LogDoc => {
        const user = random.pick(world.established);
        const path = random.chance(0.7) ? `/v1/catalog/items/${random.int(100, 999)}` : '/v1/catalog/search';
        return { t, ...asUser(user, t), ...API_DOC, version: t >= deployAt ? 'v2.5.0' : 'v2.4.0', status, method: 'GET', path };
      };
      const history = spread(8 * 24 * 60, to - 8 * DAY, from, random, (t) => catalog(t, 200));
      return [...history, ...spread(25 * 30, from, deployAt, random, (t) => catalog(t, 200)), ...spread(35 * 30, deployAt, to, random, (t) => catalog(t, 404))];
    },
  },
  // The receipt route stopped answering 45 min ago (no deployment).
  routing_regression: {
    status: 404,
    incident: ({ world, random, to }) => {
      const receipt = (t: number, status: number): LogDoc => {
        const user = random.pick(world.established);
        return { t, ...asUser(user, t), ...API_DOC, status, method: 'GET', path: `/v1/orders/${random.int(10000, 99999)}/receipt` };
      };
      return [...spread(8 * 24 * 60 * 2, to - 8 * DAY, to - 45 * MINUTE, random, (t) => receipt(t, 200)), ...spread(45 * 8, to - 45 * MINUTE, to, random, (t) => receipt(t, 404))];
    },
  },
  // The /pricing-2022 redirect rule was dropped 50 min ago; the site's own pages still link to it.
  broken_redirect_or_rule: {
    status: 404,
    rewrite: (doc, { to }) => (doc.path === '/pricing-2022' && doc.t >= to - 50 * MINUTE ? { ...doc, status: 404 } : doc),
    incident: ({ random, to }) => {
      const visit = (t: number, status: number): LogDoc => ({
        t,
        status,
        method: 'GET',
        path: '/pricing-2022',
        ip: INTERNET_IPS(random),
        ua: BROWSER_UA,
        referrer: `${OWN_SITE}/${random.pick(['home', 'plans', 'docs/getting-started'])}`,
        auth: 'none',
        version: versionAt(t),
        cacheStatus: 'MISS',
        cacheControl: 'no-cache',
      });
      return [...spread(8 * 24 * 60, to - 8 * DAY, to - 50 * MINUTE, random, (t) => visit(t, 301)), ...spread(50 * 8, to - 50 * MINUTE, to, random, (t) => visit(t, 404))];
    },
  },
  // An export API removed weeks ago, still crawled and linked: a steady 404 at normal volume.
  gone_should_be_410: {
    status: 404,
    incident: ({ random, to }) =>
      spread(8 * 24 * 60, to - 8 * DAY, to, random, (t) => {
        const crawler = random.chance(0.6);
        return {
          t,
          status: 404,
          method: 'GET',
          path: `/v1/legacy/export/${random.int(1, 400)}`,
          ip: INTERNET_IPS(random),
          ua: crawler ? random.pick(CRAWLER_UAS) : BROWSER_UA,
          referrer: crawler ? undefined : random.pick(EXTERNAL_REFERRERS),
          auth: 'none',
          version: versionAt(t),
          cacheStatus: 'MISS',
          cacheControl: 'no-cache',
        };
      }),
  },
  // Two hosts walk through hundreds of well-known probe paths.
  scanner_probe: {
    status: 404,
    incident: ({ random, to }) => {
      const prefixes = ['', '/old', '/backup', '/wordpress', '/wp', '/blog', '/site', '/test', '/dev', '/new', '/api', '/app', '/admin', '/cms', '/shop', '/v1', '/v2', '/public', '/static', '/demo', '/beta', '/staging', '/web', '/portal', '/main'];
      const probes = prefixes.flatMap((p) => ['/.env', '/.git/config', '/wp-login.php', '/xmlrpc.php', '/phpmyadmin/index.php', '/config.php', '/.aws/credentials', '/backup.sql', '/server-status', '/cgi-bin/test.cgi', '/info.php', '/.DS_Store'].map((x) => `${p}${x}`));
      return spread(probes.length * 2, to - 12 * MINUTE, to, random, (t, i) => ({
        t,
        status: 404,
        method: 'GET',
        path: probes[i % probes.length] as string,
        ip: i % 2 === 0 ? '45.155.205.10' : '45.155.205.11',
        ua: 'Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))',
        version: versionAt(t),
        cacheStatus: 'MISS',
        cacheControl: 'no-cache',
      }));
    },
  },
  // After a 2-minute origin blip, the CDN keeps serving the catalog's 404s for an hour.
  cached_404: {
    status: 404,
    incident: ({ world, random, from, to }) => {
      const catalog = (t: number, status: number, cached: boolean): LogDoc => {
        const user = random.pick(world.established);
        return {
          t,
          ...asUser(user, t),
          status,
          method: 'GET',
          path: `/v1/catalog/items/${random.int(100, 130)}`,
          cacheStatus: cached ? 'HIT' : 'MISS',
          cacheControl: status === 404 ? 'public, max-age=3600' : 'public, max-age=60',
        };
      };
      return [
        ...spread(8 * 24 * 60, to - 8 * DAY, from, random, (t) => catalog(t, 200, random.chance(0.6))),
        ...spread(50 * 15, to - 50 * MINUTE, to, random, (t) => catalog(t, 404, random.chance(0.93))),
      ];
    },
  },
  // A client retries a deleted order 50 times a minute.
  retry_storm_404: {
    status: 404,
    incident: ({ world, random, to }) => {
      const user = establishedOf(world, (u) => u.client === 'sdk', 1)[0] as SimUser;
      return spread(1500, to - 30 * MINUTE, to, random, (t) => ({ t, ...asUser(user, t), ...API_DOC, ip: '203.0.113.200', status: 404, method: 'GET', path: '/v1/orders/98765' }));
    },
  },
};

export interface ScenarioOptions {
  seed?: number;
  drop?: EvidenceRole[];
  windowMs?: number;
  /** An extra rewrite on top of the scenario's own (e.g. `deployedAt`). */
  rewrite?: BuildOptions['rewrite'];
}

/** Every document from `atMs` on is answered by `version`: a deployment at that moment. */
export function deployedAt(version: string, atMs: number): NonNullable<BuildOptions['rewrite']> {
  return (doc) => (doc.t >= atMs ? { ...doc, version } : doc);
}

function chain(...rewrites: Array<BuildOptions['rewrite']>): BuildOptions['rewrite'] {
  const present = rewrites.filter((r): r is NonNullable<BuildOptions['rewrite']> => r !== undefined);
  if (present.length === 0) return undefined;
  return (doc, context) => present.reduce<LogDoc | null>((d, r) => (d === null ? null : r(d, context)), doc);
}

export function scenarioStatus(name: ScenarioName): TriageStatus {
  return SCENARIOS[name].status;
}

const scenarioCache = new Map<string, Evidence>();

/**
 * The evidence of a named incident on top of calm traffic. Results without a custom rewrite are cached:
 * treat the returned object as read-only (derive variants with `withEvidence`).
 */
export function scenario(name: ScenarioName, options: ScenarioOptions = {}): Evidence {
  const key = options.rewrite ? null : JSON.stringify([name, options.seed ?? 1, [...(options.drop ?? [])].sort(), options.windowMs ?? HOUR]);
  const cached = key === null ? undefined : scenarioCache.get(key);
  if (cached) return cached;
  const evidence = buildScenario(name, options);
  if (key !== null) scenarioCache.set(key, evidence);
  return evidence;
}

function buildScenario(name: ScenarioName, options: ScenarioOptions): Evidence {
  const spec = SCENARIOS[name];
  return buildEvidence({
    status: spec.status,
    seed: options.seed,
    drop: options.drop,
    windowMs: options.windowMs,
    incident: spec.incident,
    rewrite: chain(spec.rewrite, options.rewrite),
  });
}

/** Two incidents at once (same status), e.g. a tenant violation whose client also retries. */
export function mixedScenario(names: ScenarioName[], options: ScenarioOptions = {}): Evidence {
  const specs = names.map((n) => SCENARIOS[n]);
  const status = specs[0]?.status ?? 403;
  return buildEvidence({
    status,
    seed: options.seed,
    drop: options.drop,
    windowMs: options.windowMs,
    incident: (context) => specs.flatMap((s) => s.incident(context)),
    rewrite: chain(...specs.map((s) => s.rewrite), options.rewrite),
  });
}

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];
