import {
  BROWSER_AGENTS,
  CLOUD_OCTETS,
  CONSUMER_OCTETS,
  INTEGRATION_PURPOSES,
  INTERNAL_SERVICES,
  MOBILE_APP_AGENTS,
  SDK_AGENTS,
  TENANT_NAMES,
} from './catalog';
import { Random, Seed, WeightedTable, hashOf, hexOf, uuidOf } from './random';

/**
 * The people and programs behind the traffic, shared by every service of one seed: tenants
 * (organizations) with their users and integrations, and the platform's internal callers. Everything
 * here is a pure function of the seed, so the baseline and an incident generated separately talk about
 * the same users, IPs and tenants.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type CallerKind = 'user' | 'integration' | 'internal';

export interface Caller {
  readonly kind: CallerKind;
  readonly id: string;
  /** The caller's organization; internal platform callers have none. */
  readonly tenant: string | undefined;
  readonly roles: readonly string[];
  readonly ips: readonly string[];
  readonly agent: string;
  /** Epoch ms the caller first appeared; 0 for the established population. */
  readonly joinedAt: number;
  /** Users' profile id (`/api/users/{uuid}`); empty for programs. */
  readonly uuid: string;
  readonly mobile: boolean;
  /** [0, 1): which credential the caller prefers where there is a choice (session vs bearer, key vs token). */
  readonly authPref: number;
  /** Integrations whose token only grants read scopes. */
  readonly readOnly: boolean;
}

export interface Tenant {
  readonly id: string;
  readonly rank: number;
  readonly users: readonly Caller[];
  /** Busy users first: a few people make most requests. */
  readonly activity: WeightedTable<number>;
  readonly officeIps: readonly string[];
  readonly integrations: readonly Caller[];
}

const ROLE_SETS: ReadonlyArray<readonly [readonly string[], number]> = [
  [Object.freeze(['viewer']), 34],
  [Object.freeze(['editor']), 34],
  [Object.freeze(['editor', 'billing-admin']), 8],
  [Object.freeze(['viewer', 'billing-admin']), 5],
  [Object.freeze(['admin']), 8],
  [Object.freeze(['admin', 'billing-admin']), 4],
  [Object.freeze(['owner', 'admin']), 3],
  [Object.freeze([]), 1],
];
const ROLE_TABLE = new WeightedTable(ROLE_SETS);
const BROWSERS = new WeightedTable(BROWSER_AGENTS);
const SDKS = new WeightedTable(SDK_AGENTS);
const INTEGRATION_ROLES: readonly string[] = Object.freeze(['integration']);
const SERVICE_ROLES: readonly string[] = Object.freeze(['service']);

export function isAdmin(roles: readonly string[]): boolean {
  return roles.includes('admin') || roles.includes('owner');
}

/** A public IPv4 address from consumer networks, or now and then IPv6 (mobile carriers). */
export function consumerIp(rng: Random): string {
  if (rng.chance(0.08)) return `2a02:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}::${rng.hex(4)}`;
  return `${rng.pick(CONSUMER_OCTETS)}.${rng.int(256)}.${rng.int(256)}.${1 + rng.int(254)}`;
}

export function cloudIp(rng: Random): string {
  return `${rng.pick(CLOUD_OCTETS)}.${rng.int(256)}.${rng.int(256)}.${1 + rng.int(254)}`;
}

export function internalIp(rng: Random): string {
  return `10.${8 + rng.int(40)}.${rng.int(256)}.${1 + rng.int(254)}`;
}

/** A person of the tenant: a browser or the mobile app, from the office or from home. */
export function makeUser(rng: Random, tenant: string, id: string, officeIps: readonly string[], joinedAt: number, roles: readonly string[]): Caller {
  const mobile = rng.chance(0.22);
  const ip = officeIps.length > 0 && rng.chance(0.45) ? rng.pick(officeIps) : consumerIp(rng);
  return {
    kind: 'user',
    id,
    tenant,
    roles,
    ips: [ip],
    agent: mobile ? rng.pick(MOBILE_APP_AGENTS) : rng.weighted(BROWSERS),
    joinedAt,
    uuid: uuidOf(hashOf(id, 'profile')),
    mobile,
    authPref: rng.next(),
    readOnly: false,
  };
}

function makeTenant(seed: Seed, rank: number): Tenant {
  const name = TENANT_NAMES[rank] ?? `tenant${rank}`;
  const id = `org-${name}`;
  const rng = new Random(seed, 'tenant', id);
  // A long tail of organizations: the biggest has hundreds of active users, the smallest a handful.
  const size = Math.max(4, Math.round(6 + 380 / Math.pow(rank + 1, 0.95) + rng.int(12)));
  const officeIps = Array.from({ length: 1 + rng.int(3) }, () => consumerIp(rng));
  const users: Caller[] = [];
  for (let i = 0; i < size; i++) {
    users.push(makeUser(rng, id, `u-${hexOf(hashOf(seed, id, i), 8)}`, officeIps, 0, rng.weighted(ROLE_TABLE)));
  }
  const purposes = rng.sample(INTEGRATION_PURPOSES, 1 + rng.int(3));
  const integrations = purposes.map<Caller>((purpose) => ({
    kind: 'integration',
    id: `svc-${name}-${purpose}`,
    tenant: id,
    roles: INTEGRATION_ROLES,
    ips: Array.from({ length: 1 + rng.int(2) }, () => cloudIp(rng)),
    agent: rng.weighted(SDKS),
    joinedAt: 0,
    uuid: '',
    mobile: false,
    authPref: rng.next(),
    readOnly: rng.chance(0.3),
  }));
  const activity = new WeightedTable(users.map((_, i) => [i, 1 / Math.pow(i + 1, 0.7)] as const));
  return { id, rank, users, activity, officeIps, integrations };
}

function makeInternal(seed: Seed, name: string): Caller {
  const rng = new Random(seed, 'internal', name);
  const version = `${1 + rng.int(3)}.${rng.int(30)}.${rng.int(10)}`;
  return {
    kind: 'internal',
    id: `svc-${name}`,
    tenant: undefined,
    roles: SERVICE_ROLES,
    ips: Array.from({ length: 2 + rng.int(3) }, () => internalIp(rng)),
    agent: rng.chance(0.5) ? `${name}/${version} (go1.22.2)` : 'Go-http-client/1.1',
    joinedAt: 0,
    uuid: '',
    mobile: false,
    authPref: rng.next(),
    readOnly: false,
  };
}

export class World {
  readonly tenants: readonly Tenant[];
  readonly internal: readonly Caller[];
  private readonly joinCache = new Map<string, readonly Caller[]>();

  constructor(readonly seed: Seed) {
    this.tenants = TENANT_NAMES.map((_, rank) => makeTenant(seed, rank));
    this.internal = INTERNAL_SERVICES.map((name) => makeInternal(seed, name));
  }

  tenant(id: string): Tenant | undefined {
    return this.tenants.find((t) => t.id === id);
  }

  /**
   * Users who signed up on UTC day `day` (epoch days): a few a day per organization, bigger ones grow
   * faster. Their ids never appear before their join time.
   */
  joiners(tenant: Tenant, day: number): readonly Caller[] {
    const key = `${tenant.id}:${day}`;
    const cached = this.joinCache.get(key);
    if (cached) return cached;
    const rng = new Random(this.seed, 'joiners', tenant.id, day);
    const count = rng.poisson(0.15 + tenant.users.length / 250);
    const list: Caller[] = [];
    for (let k = 0; k < count; k++) {
      const joinedAt = day * DAY + rng.between(7, 20) * HOUR;
      list.push(makeUser(rng, tenant.id, `u-${hexOf(hashOf(this.seed, tenant.id, 'joined', day, k), 8)}`, tenant.officeIps, joinedAt, rng.weighted(ROLE_TABLE)));
    }
    if (this.joinCache.size > 50_000) this.joinCache.clear();
    this.joinCache.set(key, list);
    return list;
  }

  /** A user of the tenant active at `t`: mostly the established population, now and then someone who joined in the last two weeks. */
  pickUser(tenant: Tenant, t: number, rng: Random): Caller {
    if (rng.next() < 0.03) {
      const day = Math.floor(t / DAY) - rng.int(14);
      const list = this.joiners(tenant, day);
      if (list.length > 0) {
        const user = rng.pick(list);
        if (user.joinedAt <= t) return user;
      }
    }
    return tenant.users[tenant.activity.indexAt(rng.next())] as Caller;
  }
}

const worlds = new Map<string, World>();

/** The world of a seed, built once per process (it holds a few thousand users). */
export function worldFor(seed: Seed): World {
  const key = String(seed);
  let world = worlds.get(key);
  if (!world) {
    if (worlds.size > 8) worlds.clear();
    world = new World(seed);
    worlds.set(key, world);
  }
  return world;
}
