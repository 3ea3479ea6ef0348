import { FIELD_DEFAULTS } from '../../src/config/fields';
import type { TriageStatus } from '../../src/domain/types';
import { mulberry32 } from './random';

/**
 * The world the cause-rule tests stand on: eight days of a calm service's access logs (random users in a
 * few tenants, many IPs, browsers, SDKs, crawlers, scanners, everyday 403s and 404s), with the documents
 * of an incident on top. These are real log documents: test/services/ruleEvidence.es.test.ts writes them
 * into the real Elasticsearch and reads them with the product's reader, and the rule tests read what it
 * recorded (test/support/recordedEvidence.ts). Seeds make the noise reproducible; different seeds give
 * different noise around the same scenario.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WINDOW_END = Date.parse('2024-05-14T12:00:00.000Z');
/** Days of simulated logs (the reader looks back further; older than this there is nothing). */
const HISTORY_DAYS = 8;

// ---------------------------------------------------------------------------------------------------------
// Documents and randomness

/** One access-log document, by role (undefined = the field is absent from the document). */
interface LogDoc {
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

interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T;
  chance(p: number): boolean;
}

/** The shared seeded generator (support/random), with the helpers the scenarios use. */
function rng(seed: number): Rng {
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
function spread(count: number, startMs: number, endMs: number, random: Rng, make: (t: number, i: number) => LogDoc): LogDoc[] {
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

interface SimUser {
  id: string;
  tenant: string;
  roles: string[];
  ip: string;
  client: 'browser' | 'sdk';
  scopes: string[];
  /** First moment the user can appear. */
  joinAt: number;
}

interface World {
  seed: number;
  start: number;
  end: number;
  users: SimUser[];
  /** Users active since before the history starts. */
  established: SimUser[];
  docs: LogDoc[];
}

const TENANTS = ['acme', 'globex', 'initech', 'umbrella'] as const;
const BROWSER_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
const SDK_UAS = ['checkout-sdk-python/3.2.1', 'checkout-sdk-node/2.8.0', 'okhttp/4.12.0'] as const;
const CRAWLER_UAS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
] as const;
const OWN_SITE = 'https://checkout.example.com';
const EXTERNAL_REFERRERS = ['https://news.example.org/2019/best-shops', 'https://www.google.com/', 'https://forum.example.net/t/123', 'https://blog.example.io/review'];
const OLD_BLOG_SLUGS = ['spring-sale', 'new-checkout', 'holiday-hours', 'faq-shipping', 'returns-policy', 'meet-the-team', 'api-v0-sunset', 'gift-cards'];
const DOC_SLUGS = ['getting-started', 'orders', 'webhooks', 'errors', 'pagination', 'auth', 'sdk', 'changelog'];
const PROBE_PATHS = ['/wp-login.php', '/.env', '/.git/config', '/phpmyadmin/index.php', '/xmlrpc.php', '/cgi-bin/luci', '/admin.php', '/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php'];
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
function asUser(user: SimUser, t: number): Partial<LogDoc> {
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
function calmWorld(seed = 1): World {
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
// A world: the calm traffic of one seed, incidents on top, fields some logs do not carry

interface IncidentContext {
  world: World;
  random: Rng;
  /** Window bounds (ms). */
  from: number;
  to: number;
}

type Rewrite = (doc: LogDoc, context: IncidentContext) => LogDoc | null;

/**
 * Calm documents older than this are the same in every world of a seed: they are written once, as the
 * seed's shared history, and each world adds its own documents from here on (incidents rewrite only
 * documents of the last hour: a deployment, a dropped redirect rule).
 */
const SHARED_UNTIL = WINDOW_END - HOUR;

/** One set of log documents: the seed's shared history and what a world adds to it. */
export interface WorldSpec {
  /** Incidents on top of the calm traffic (none: calm traffic only). All of one status. */
  scenarios: readonly ScenarioName[];
  /** Seed of the calm traffic (and of the incidents' own randomness). */
  seed: number;
  /** The window the incidents are placed against (some start their story at its start). */
  windowMs: number;
  /** A deployment of `version` this long before the window end: every later document carries it. */
  deploy?: { version: string; beforeEndMs: number };
}

/** The calm documents every world of the seed shares. */
export function sharedHistory(seed: number): LogDoc[] {
  return calmWorld(seed).docs.filter((d) => d.t < SHARED_UNTIL);
}

/**
 * The world's own documents: the calm traffic from SHARED_UNTIL on and the incidents, rewritten by the
 * incidents and the deployment. Together with sharedHistory(seed) they are the whole world.
 */
export function worldDocs(spec: WorldSpec): LogDoc[] {
  const world = calmWorld(spec.seed);
  const context: IncidentContext = { world, random: rng(spec.seed * 7919 + 17), from: WINDOW_END - spec.windowMs, to: WINDOW_END };
  const specs = spec.scenarios.map((name) => SCENARIOS[name]);
  const deploy = spec.deploy;
  const rewrites: Rewrite[] = [
    ...specs.flatMap((s) => (s.rewrite ? [s.rewrite] : [])),
    ...(deploy ? [deployedAt(deploy.version, WINDOW_END - deploy.beforeEndMs)] : []),
  ];
  const rewrite = (d: LogDoc): LogDoc | null => rewrites.reduce<LogDoc | null>((x, r) => (x === null ? null : r(x, context)), d);
  if (world.docs.some((d) => d.t < SHARED_UNTIL && rewrite(d) !== d)) throw new Error('a rewrite changes the shared history: move SHARED_UNTIL back');
  const own = [...world.docs.filter((d) => d.t >= SHARED_UNTIL), ...specs.flatMap((s) => s.incident(context))];
  return own.map(rewrite).filter((d): d is LogDoc => d !== null);
}

/** Whether the world's documents depend on the window length (else one load serves every window). */
export function placedByWindow(scenarios: readonly ScenarioName[]): boolean {
  return scenarios.some((name) => SCENARIOS[name].placedByWindow === true);
}

/** Every document from `atMs` on is answered by `version`: a deployment at that moment. */
function deployedAt(version: string, atMs: number): Rewrite {
  return (doc) => (doc.t >= atMs ? { ...doc, version } : doc);
}

/** The log document as the product's mapping stores it: ECS names (FIELD_DEFAULTS), absent fields left out. */
export function toDocument(doc: LogDoc, service: string): Record<string, unknown> {
  const out: Record<string, unknown> = {
    [FIELD_DEFAULTS.time]: new Date(Math.floor(doc.t)).toISOString(),
    [FIELD_DEFAULTS.service]: service,
    [FIELD_DEFAULTS.status]: doc.status,
    [FIELD_DEFAULTS.path]: doc.path,
  };
  const optional: Array<[string, string | string[] | undefined]> = [
    [FIELD_DEFAULTS.method, doc.method],
    [FIELD_DEFAULTS.user, doc.user],
    [FIELD_DEFAULTS.roles, doc.roles],
    [FIELD_DEFAULTS.tenant, doc.tenant],
    [FIELD_DEFAULTS.resourceTenant, doc.resourceTenant],
    [FIELD_DEFAULTS.scopes, doc.scopes],
    [FIELD_DEFAULTS.clientIp, doc.ip],
    [FIELD_DEFAULTS.userAgent, doc.ua],
    [FIELD_DEFAULTS.referrer, doc.referrer],
    [FIELD_DEFAULTS.reason, doc.reason],
    [FIELD_DEFAULTS.version, doc.version],
    [FIELD_DEFAULTS.auth, doc.auth],
    [FIELD_DEFAULTS.cacheStatus, doc.cacheStatus],
    [FIELD_DEFAULTS.cacheControl, doc.cacheControl],
  ];
  for (const [field, value] of optional) if (value !== undefined) out[field] = value;
  return out;
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
  | 'retry_storm_404'
  | 'stale_job_404'
  | 'stale_job_403'
  | 'walking_scanner'
  | 'config_fleet';

interface ScenarioSpec {
  status: TriageStatus;
  incident: (context: IncidentContext) => LogDoc[];
  rewrite?: Rewrite;
  /** The incident's documents depend on where the window starts. */
  placedByWindow?: boolean;
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
    placedByWindow: true,
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
    placedByWindow: true,
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
  // A configuration-management agent asks every 5 minutes, all week, for a package that was never there.
  stale_job_404: {
    status: 404,
    incident: ({ to }) =>
      Array.from({ length: (8 * DAY) / (5 * MINUTE) }, (_, i) => to - 8 * DAY + 13_000 + i * 5 * MINUTE).map((t) => ({
        t,
        status: 404,
        method: 'GET',
        path: '/files/agent-2.7.1-1.x86_64.rpm',
        ip: '192.0.2.50',
        ua: 'Chef Client/18.4.12 (ruby-3.1.4; ohai-18.1.4; x86_64-linux; +https://chef.io)',
        auth: 'none',
        ...API_DOC,
      })),
  },
  // A backup job, refused all week, keeps calling an admin export every 5 minutes.
  stale_job_403: {
    status: 403,
    incident: ({ to }) =>
      Array.from({ length: (8 * DAY) / (5 * MINUTE) }, (_, i) => to - 8 * DAY + 17_000 + i * 5 * MINUTE).map((t) => ({
        t,
        status: 403,
        method: 'GET',
        path: '/v1/admin/export',
        ip: '192.0.2.70',
        ua: 'backup-sync/1.4.2 (cron)',
        user: 'svc-backup',
        auth: 'bearer',
        reason: 'forbidden',
        ...API_DOC,
      })),
  },
  // A new address walks through nine never-seen pages of an old editor in a minute, with no agent.
  walking_scanner: {
    status: 404,
    incident: ({ to }) =>
      ['fckeditor/editor/fckeditor.html', 'js/fckeditor/editor/fckeditor.html', 'admin/FCKeditor/editor/fckeditor.html', 'include/fckeditor/editor/filemanager/connectors/test.html', 'js/fckeditor/_samples/default.html', 'admin/FCKeditor/_samples/default.html', 'fckeditor/_samples/default.html', 'editor/filemanager/upload/test.html', 'FCKeditor/editor/fckeditor.html'].map((p, i) => ({
        t: to - 25 * MINUTE + i * 7_000,
        status: 404,
        method: 'HEAD',
        path: `/docs/getting-started/${p}`,
        ip: '91.236.75.25',
      })),
  },
  // A Puppet fleet: 24 hosts, each every 30 to 60 minutes (its own run interval and splay), all week, asks for
  // a package its manifest names and the file server never had. No host alone is a visible share.
  config_fleet: {
    status: 404,
    incident: ({ random, to }) =>
      Array.from({ length: 24 }, (_, host) => {
        const periodMs = (30 + ((host * 7) % 31)) * MINUTE;
        const first = to - 8 * DAY + random.int(0, Math.floor(periodMs / 1000)) * 1000;
        return Array.from({ length: Math.floor((to - 1 - first) / periodMs) + 1 }, (_, run) => ({
          t: Math.min(to - 1, first + run * periodMs + random.int(0, 20_000)),
          status: 404,
          method: 'GET',
          path: '/pkgs/el9/monitoring-agent-3.2.0-1.el9.x86_64.rpm',
          ip: `10.20.${Math.floor(host / 10)}.${11 + host}`,
          ua: 'Puppet/8.6.0 Ruby/3.2.4-p170 (x86_64-linux)',
          auth: 'none',
          ...API_DOC,
        }));
      }).flat(),
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

export function scenarioStatus(name: ScenarioName): TriageStatus {
  return SCENARIOS[name].status;
}

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];
