"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.World = exports.DAY = exports.HOUR = exports.MINUTE = void 0;
exports.isAdmin = isAdmin;
exports.consumerIp = consumerIp;
exports.cloudIp = cloudIp;
exports.internalIp = internalIp;
exports.makeUser = makeUser;
exports.worldFor = worldFor;
const catalog_1 = require("./catalog");
const random_1 = require("./random");
/**
 * The people and programs behind the traffic, shared by every service of one seed: tenants
 * (organizations) with their users and integrations, and the platform's internal callers. Everything
 * here is a pure function of the seed, so the baseline and an incident generated separately talk about
 * the same users, IPs and tenants.
 */
exports.MINUTE = 60_000;
exports.HOUR = 60 * exports.MINUTE;
exports.DAY = 24 * exports.HOUR;
const ROLE_SETS = [
    [Object.freeze(['viewer']), 34],
    [Object.freeze(['editor']), 34],
    [Object.freeze(['editor', 'billing-admin']), 8],
    [Object.freeze(['viewer', 'billing-admin']), 5],
    [Object.freeze(['admin']), 8],
    [Object.freeze(['admin', 'billing-admin']), 4],
    [Object.freeze(['owner', 'admin']), 3],
    [Object.freeze([]), 1],
];
const ROLE_TABLE = new random_1.WeightedTable(ROLE_SETS);
const BROWSERS = new random_1.WeightedTable(catalog_1.BROWSER_AGENTS);
const SDKS = new random_1.WeightedTable(catalog_1.SDK_AGENTS);
const INTEGRATION_ROLES = Object.freeze(['integration']);
const SERVICE_ROLES = Object.freeze(['service']);
function isAdmin(roles) {
    return roles.includes('admin') || roles.includes('owner');
}
/** A public IPv4 address from consumer networks, or now and then IPv6 (mobile carriers). */
function consumerIp(rng) {
    if (rng.chance(0.08))
        return `2a02:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}::${rng.hex(4)}`;
    return `${rng.pick(catalog_1.CONSUMER_OCTETS)}.${rng.int(256)}.${rng.int(256)}.${1 + rng.int(254)}`;
}
function cloudIp(rng) {
    return `${rng.pick(catalog_1.CLOUD_OCTETS)}.${rng.int(256)}.${rng.int(256)}.${1 + rng.int(254)}`;
}
function internalIp(rng) {
    return `10.${8 + rng.int(40)}.${rng.int(256)}.${1 + rng.int(254)}`;
}
/** A person of the tenant: a browser or the mobile app, from the office or from home. */
function makeUser(rng, tenant, id, officeIps, joinedAt, roles) {
    const mobile = rng.chance(0.22);
    const ip = officeIps.length > 0 && rng.chance(0.45) ? rng.pick(officeIps) : consumerIp(rng);
    return {
        kind: 'user',
        id,
        tenant,
        roles,
        ips: [ip],
        agent: mobile ? rng.pick(catalog_1.MOBILE_APP_AGENTS) : rng.weighted(BROWSERS),
        joinedAt,
        uuid: (0, random_1.uuidOf)((0, random_1.hashOf)(id, 'profile')),
        mobile,
        authPref: rng.next(),
        readOnly: false,
    };
}
function makeTenant(seed, rank) {
    const name = catalog_1.TENANT_NAMES[rank] ?? `tenant${rank}`;
    const id = `org-${name}`;
    const rng = new random_1.Random(seed, 'tenant', id);
    // A long tail of organizations: the biggest has hundreds of active users, the smallest a handful.
    const size = Math.max(4, Math.round(6 + 380 / Math.pow(rank + 1, 0.95) + rng.int(12)));
    const officeIps = Array.from({ length: 1 + rng.int(3) }, () => consumerIp(rng));
    const users = [];
    for (let i = 0; i < size; i++) {
        users.push(makeUser(rng, id, `u-${(0, random_1.hexOf)((0, random_1.hashOf)(seed, id, i), 8)}`, officeIps, 0, rng.weighted(ROLE_TABLE)));
    }
    const purposes = rng.sample(catalog_1.INTEGRATION_PURPOSES, 1 + rng.int(3));
    const integrations = purposes.map((purpose) => ({
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
    const activity = new random_1.WeightedTable(users.map((_, i) => [i, 1 / Math.pow(i + 1, 0.7)]));
    return { id, rank, users, activity, officeIps, integrations };
}
function makeInternal(seed, name) {
    const rng = new random_1.Random(seed, 'internal', name);
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
class World {
    seed;
    tenants;
    internal;
    joinCache = new Map();
    constructor(seed) {
        this.seed = seed;
        this.tenants = catalog_1.TENANT_NAMES.map((_, rank) => makeTenant(seed, rank));
        this.internal = catalog_1.INTERNAL_SERVICES.map((name) => makeInternal(seed, name));
    }
    tenant(id) {
        return this.tenants.find((t) => t.id === id);
    }
    /**
     * Users who signed up on UTC day `day` (epoch days): a few a day per organization, bigger ones grow
     * faster. Their ids never appear before their join time.
     */
    joiners(tenant, day) {
        const key = `${tenant.id}:${day}`;
        const cached = this.joinCache.get(key);
        if (cached)
            return cached;
        const rng = new random_1.Random(this.seed, 'joiners', tenant.id, day);
        const count = rng.poisson(0.15 + tenant.users.length / 250);
        const list = [];
        for (let k = 0; k < count; k++) {
            const joinedAt = day * exports.DAY + rng.between(7, 20) * exports.HOUR;
            list.push(makeUser(rng, tenant.id, `u-${(0, random_1.hexOf)((0, random_1.hashOf)(this.seed, tenant.id, 'joined', day, k), 8)}`, tenant.officeIps, joinedAt, rng.weighted(ROLE_TABLE)));
        }
        if (this.joinCache.size > 50_000)
            this.joinCache.clear();
        this.joinCache.set(key, list);
        return list;
    }
    /** A user of the tenant active at `t`: mostly the established population, now and then someone who joined in the last two weeks. */
    pickUser(tenant, t, rng) {
        if (rng.next() < 0.03) {
            const day = Math.floor(t / exports.DAY) - rng.int(14);
            const list = this.joiners(tenant, day);
            if (list.length > 0) {
                const user = rng.pick(list);
                if (user.joinedAt <= t)
                    return user;
            }
        }
        return tenant.users[tenant.activity.indexAt(rng.next())];
    }
}
exports.World = World;
const worlds = new Map();
/** The world of a seed, built once per process (it holds a few thousand users). */
function worldFor(seed) {
    const key = String(seed);
    let world = worlds.get(key);
    if (!world) {
        if (worlds.size > 8)
            worlds.clear();
        world = new World(seed);
        worlds.set(key, world);
    }
    return world;
}
//# sourceMappingURL=world.js.map