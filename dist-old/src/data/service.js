"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VersionTimeline = void 0;
exports.serviceModel = serviceModel;
exports.serviceNames = serviceNames;
exports.buildPath = buildPath;
const catalog_1 = require("./catalog");
const random_1 = require("./random");
const world_1 = require("./world");
const WEB_NAME = /(^|-)(web|frontend|site|portal|www|storefront|docs|landing)(-|$)/;
const GET_ONLY = [['GET', 1]];
function family(rng, template, spec) {
    const parts = template.split(/\{(\w+)\}/);
    const pieces = [];
    const slots = [];
    let slugPoolSize = 0;
    parts.forEach((part, i) => {
        if (i % 2 === 0) {
            pieces.push(part);
            return;
        }
        if (part === 'tenant' || part === 'id' || part === 'uuid' || part === 'self' || part === 'hash') {
            slots.push({ type: part });
            return;
        }
        const slugs = spec.pools?.[part];
        if (!slugs || slugs.length === 0)
            throw new Error(`no slug pool for {${part}} in ${template}`);
        slots.push({ type: 'slug', pool: slugs });
        slugPoolSize = Math.max(slugPoolSize, slugs.length);
    });
    const tenantScoped = slots.some((s) => s.type === 'tenant');
    return {
        key: template,
        pieces,
        slots,
        kind: spec.kind,
        audience: spec.audience ?? (spec.kind === 'page' || spec.kind === 'docs' || spec.kind === 'asset' || spec.kind === 'public' || spec.kind === 'legacy' ? 'public' : spec.kind === 'health' ? 'internal' : 'user'),
        methods: new random_1.WeightedTable(spec.methods ?? GET_ONLY),
        tenantScoped,
        pool: spec.pool ?? Math.max(1, slugPoolSize),
        idBase: 1000 + rng.int(90_000),
        hashSeed: (0, random_1.hashOf)(template, rng.uint32()),
        requiredRole: spec.requiredRole ?? null,
        writeRole: spec.writeRole ?? null,
        scopeNoun: spec.scopeNoun ?? null,
        bytes: spec.bytes,
        latencyMs: spec.latencyMs ?? (spec.kind === 'asset' ? 8 : spec.kind === 'resource' ? 45 : 25),
        cache: spec.cache ?? (spec.kind === 'asset' ? 'immutable' : spec.kind === 'legacy' ? 'redirect' : spec.kind === 'docs' ? 'docs' : spec.kind === 'page' ? 'page' : 'dynamic'),
        human: spec.human ?? 0,
        anon: spec.anon ?? 0,
        machine: spec.machine ?? 0,
        crawler: spec.crawler ?? 0,
    };
}
function slugPool(rng, words, size, minWords, maxWords) {
    const seen = new Set();
    for (let tries = 0; seen.size < size && tries < size * 20; tries++) {
        seen.add(rng.sample(words, rng.intBetween(minWords, maxWords)).join('-'));
    }
    return [...seen];
}
function webFamilies(rng) {
    const posts = slugPool(rng, catalog_1.SLUG_WORDS, 80, 2, 4);
    const pages = slugPool(rng, catalog_1.SLUG_WORDS, 120, 1, 3);
    const products = slugPool(rng, catalog_1.PRODUCT_WORDS, 150, 2, 3);
    const images = slugPool(rng, catalog_1.PRODUCT_WORDS, 100, 1, 2);
    return [
        family(rng, '/', { kind: 'page', bytes: 48_000, human: 5, anon: 14, crawler: 6 }),
        family(rng, '/pricing', { kind: 'page', bytes: 36_000, human: 1, anon: 5, crawler: 3 }),
        family(rng, '/about', { kind: 'page', bytes: 22_000, anon: 1.5, crawler: 1 }),
        family(rng, '/login', { kind: 'page', methods: [['GET', 0.8], ['POST', 0.2]], bytes: 9_000, cache: 'dynamic', human: 2, anon: 5, crawler: 0.3 }),
        family(rng, '/signup', { kind: 'page', methods: [['GET', 0.85], ['POST', 0.15]], bytes: 11_000, cache: 'dynamic', anon: 1.5, crawler: 0.3 }),
        family(rng, '/blog', { kind: 'page', bytes: 30_000, anon: 1, crawler: 2 }),
        family(rng, '/blog/{post}', { kind: 'docs', pools: { post: posts }, bytes: 26_000, human: 0.5, anon: 4, crawler: 6 }),
        family(rng, '/docs/{section}/{page}', { kind: 'docs', pools: { section: catalog_1.DOC_SECTIONS, page: pages }, bytes: 21_000, human: 3, anon: 6, crawler: 8 }),
        family(rng, '/products/{product}', { kind: 'page', pools: { product: products }, bytes: 34_000, human: 1, anon: 5, crawler: 6 }),
        family(rng, '/assets/js/app.{hash}.js', { kind: 'asset', bytes: 310_000, human: 8, anon: 10, crawler: 0.5 }),
        family(rng, '/assets/css/main.{hash}.css', { kind: 'asset', bytes: 64_000, human: 5, anon: 6, crawler: 0.3 }),
        family(rng, '/images/{image}.png', { kind: 'asset', pools: { image: images }, bytes: 45_000, human: 3, anon: 5, crawler: 1 }),
        family(rng, '/favicon.ico', { kind: 'asset', bytes: 15_086, cache: 'page', human: 1, anon: 2, crawler: 1 }),
        family(rng, '/robots.txt', { kind: 'public', bytes: 310, cache: 'page', crawler: 4 }),
        family(rng, '/sitemap.xml', { kind: 'public', bytes: 92_000, cache: 'page', crawler: 3 }),
        family(rng, '/app/dashboard', { kind: 'self', bytes: 60_000, human: 10, anon: 0.6 }),
        family(rng, '/app/projects/{id}', { kind: 'app', methods: [['GET', 0.9], ['PATCH', 0.1]], pool: 4000, writeRole: 'editor', scopeNoun: 'projects', bytes: 42_000, human: 9 }),
        family(rng, '/orgs/{tenant}/settings', { kind: 'settings', methods: [['GET', 0.85], ['PUT', 0.15]], writeRole: 'admin', bytes: 18_000, human: 2 }),
        family(rng, '/orgs/{tenant}/members', { kind: 'settings', methods: [['GET', 0.9], ['POST', 0.1]], writeRole: 'admin', bytes: 16_000, human: 1.5 }),
        family(rng, '/orgs/{tenant}/billing', { kind: 'billing', methods: [['GET', 0.9], ['PUT', 0.1]], requiredRole: 'billing-admin', writeRole: 'billing-admin', bytes: 14_000, human: 0.8 }),
        family(rng, '/account/settings', { kind: 'self', methods: [['GET', 0.9], ['PUT', 0.1]], bytes: 12_000, human: 1.5 }),
        family(rng, '/api/session', { kind: 'self', bytes: 700, human: 6 }),
        // The old CMS's numeric post URLs, answered with a redirect to the new slugs.
        family(rng, '/blog/post/{id}', { kind: 'legacy', pool: 900, bytes: 0, human: 0.1, anon: 0.6, crawler: 2.5 }),
    ];
}
function apiFamilies(rng, nouns) {
    const docPages = slugPool(rng, catalog_1.SLUG_WORDS, 60, 1, 3);
    const out = [];
    const popularity = [1, 0.6, 0.35];
    nouns.forEach((noun, i) => {
        const w = popularity[i] ?? 0.3;
        const writeRole = catalog_1.BILLING_NOUNS.has(noun) ? 'billing-admin' : 'editor';
        const common = { scopeNoun: noun, writeRole };
        out.push(family(rng, `/v1/${noun}`, { kind: 'resource', ...common, methods: [['GET', 0.7], ['POST', 0.3]], bytes: 12_000, human: 5 * w, machine: 6 * w }), family(rng, `/v1/${noun}/{id}`, {
            kind: 'resource',
            ...common,
            methods: [['GET', 0.8], ['PATCH', 0.12], ['DELETE', 0.08]],
            pool: 2000 + rng.int(6000),
            bytes: 2_200,
            human: 8 * w,
            machine: 8 * w,
        }), family(rng, `/v1/tenants/{tenant}/${noun}`, { kind: 'resource', ...common, methods: [['GET', 0.85], ['POST', 0.15]], bytes: 9_000, human: 4 * w, machine: 4 * w }), family(rng, `/v1/tenants/{tenant}/${noun}/{id}`, {
            kind: 'resource',
            ...common,
            methods: [['GET', 0.85], ['PUT', 0.15]],
            pool: 1500 + rng.int(4000),
            bytes: 2_500,
            human: 5 * w,
            machine: 3 * w,
        }));
        if (i === 0) {
            out.push(family(rng, `/v1/${noun}/{id}/${rng.pick(catalog_1.SUBRESOURCES)}`, {
                kind: 'resource',
                ...common,
                methods: [['GET', 0.9], ['POST', 0.1]],
                pool: 2000 + rng.int(3000),
                bytes: 4_000,
                human: 3,
                machine: 2,
            }));
        }
    });
    const first = nouns[0] ?? 'records';
    out.push(family(rng, '/api/users/{self}', { kind: 'self', methods: [['GET', 0.85], ['PATCH', 0.15]], bytes: 1_200, human: 3 }), family(rng, '/api/users/me', { kind: 'self', bytes: 900, human: 6 }), family(rng, '/v1/tenants/{tenant}/settings', { kind: 'settings', methods: [['GET', 0.9], ['PUT', 0.1]], writeRole: 'admin', bytes: 3_000, human: 1.5, machine: 0.3 }), family(rng, '/v1/admin/audit-log', { kind: 'admin', requiredRole: 'admin', bytes: 40_000, latencyMs: 180, human: 0.4 }), family(rng, '/health', { kind: 'health', bytes: 40, latencyMs: 2, cache: 'dynamic', machine: 2 }), family(rng, '/v1/status', { kind: 'public', bytes: 210, cache: 'dynamic', anon: 1, machine: 0.4 }), family(rng, '/docs/api/{page}', { kind: 'docs', pools: { page: docPages }, bytes: 24_000, human: 0.3, anon: 1, crawler: 3 }), family(rng, '/openapi.json', { kind: 'public', bytes: 180_000, cache: 'page', anon: 0.3, machine: 0.5, crawler: 0.5 }), 
    // Old SDKs still call the v0 URLs, which redirect to v1.
    family(rng, `/v0/${first}/{id}`, { kind: 'legacy', pool: 1500, bytes: 0, machine: 1.2, anon: 0.2, crawler: 0.2 }));
    if (nouns.some((n) => catalog_1.BILLING_NOUNS.has(n))) {
        out.push(family(rng, '/v1/tenants/{tenant}/billing/payment-methods', {
            kind: 'billing',
            methods: [['GET', 0.85], ['POST', 0.15]],
            requiredRole: 'billing-admin',
            writeRole: 'billing-admin',
            bytes: 1_800,
            human: 0.6,
        }));
    }
    return out;
}
function retiredPaths(rng, kind, nouns) {
    const first = nouns[0] ?? 'records';
    const second = nouns[1] ?? first;
    const candidates = kind === 'web'
        ? ['/promo/black-friday-2021', '/events/summit-2022', '/careers/senior-php-developer', '/press/series-a-announcement', '/docs/v0/getting-started', '/blog/tags/php', '/legacy/login.aspx', '/features/classic-editor', '/webinars/spring-launch']
        : [`/v1/beta/${first}`, '/v1/legacy-reports/export', `/v1/${first}/bulk-import`, '/api/v1/ping', `/v1/sandbox/${second}`, '/oauth/authorize-legacy', '/v1/graphql-beta'];
    return rng.sample(candidates, rng.intBetween(4, 6));
}
function nounsFor(rng, name) {
    const prefix = name.split('-')[0] ?? name;
    const known = catalog_1.SERVICE_NOUNS[prefix];
    if (known)
        return [...known];
    return rng.sample(catalog_1.GENERIC_NOUNS, rng.intBetween(2, 3));
}
function table(items, weight) {
    const entries = items.map((item) => [item, weight(item)]).filter(([, w]) => w > 0);
    return new random_1.WeightedTable(entries.length > 0 ? entries : items.slice(0, 1).map((item) => [item, 1]));
}
/** 2024-01-01 in epoch days: versions count deploys from here. */
const ANCHOR_DAY = 19_723;
/**
 * When the service deployed: on most weekdays, once, during the team's working hours. `indexAt(t)` is
 * the number of deploys so far, so the version at any moment is known without generating the past.
 */
class VersionTimeline {
    seed;
    service;
    tzOffsetHours;
    counts = new Map([[ANCHOR_DAY, 0]]);
    names = new Map();
    hosts = new Map();
    major;
    replicas;
    lastDay = Number.NaN;
    lastDayCount = 0;
    lastDeploy = null;
    constructor(seed, service, tzOffsetHours) {
        this.seed = seed;
        this.service = service;
        this.tzOffsetHours = tzOffsetHours;
        this.major = 1 + ((0, random_1.hashOf)(seed, service, 'major') % 4);
        this.replicas = 2 + ((0, random_1.hashOf)(seed, service, 'replicas') % 5);
    }
    /** Epoch ms of the deploy on UTC day `day`, or null when the team did not deploy that day. */
    deployOn(day) {
        const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
        const weekend = weekday === 0 || weekday === 6;
        const h = (0, random_1.hashOf)(this.seed, this.service, 'deploy', day);
        if (h / 4294967296 >= (weekend ? 0.08 : 0.62))
            return null;
        const localHour = 9.5 + ((h >>> 8) % 480) / 60;
        const utcHour = Math.min(23, Math.max(1, localHour - this.tzOffsetHours));
        return day * world_1.DAY + Math.round(utcHour * world_1.HOUR);
    }
    countBefore(day) {
        if (day <= ANCHOR_DAY)
            return 0;
        const cached = this.counts.get(day);
        if (cached !== undefined)
            return cached;
        let from = day - 1;
        while (from > ANCHOR_DAY && !this.counts.has(from))
            from--;
        let count = this.counts.get(from) ?? 0;
        for (let d = from; d < day; d++) {
            if (this.deployOn(d) !== null)
                count++;
            this.counts.set(d + 1, count);
        }
        return count;
    }
    /** How many deploys happened up to `t` (the version index). */
    indexAt(t) {
        const day = Math.floor(t / world_1.DAY);
        if (day !== this.lastDay) {
            this.lastDay = day;
            this.lastDayCount = this.countBefore(day);
            this.lastDeploy = day >= ANCHOR_DAY ? this.deployOn(day) : null;
        }
        return this.lastDeploy !== null && t >= this.lastDeploy ? this.lastDayCount + 1 : this.lastDayCount;
    }
    /** Deploy moments in [from, to). */
    deploysBetween(from, to) {
        const out = [];
        for (let day = Math.floor(from / world_1.DAY); day * world_1.DAY < to; day++) {
            const at = day >= ANCHOR_DAY ? this.deployOn(day) : null;
            if (at !== null && at >= from && at < to)
                out.push(at);
        }
        return out;
    }
    version(index) {
        let name = this.names.get(index);
        if (name === undefined) {
            name = `${this.major + Math.floor(index / 150)}.${Math.floor((index % 150) / 6)}.${index % 6}`;
            this.names.set(index, name);
        }
        return name;
    }
    /** Pod names change with each deploy (a new ReplicaSet), like Kubernetes does. */
    host(index, replica) {
        let list = this.hosts.get(index);
        if (list === undefined) {
            const rs = (0, random_1.hexOf)((0, random_1.hashOf)(this.seed, this.service, 'rs', index), 10);
            list = Array.from({ length: this.replicas }, (_, r) => `${this.service}-${rs}-${(0, random_1.hexOf)((0, random_1.hashOf)(this.seed, this.service, index, r), 5)}`);
            this.hosts.set(index, list);
        }
        return list[replica % list.length];
    }
    get replicaCount() {
        return this.replicas;
    }
}
exports.VersionTimeline = VersionTimeline;
function buildService(world, name) {
    const seed = world.seed;
    const rng = new random_1.Random(seed, 'service', name);
    const kind = WEB_NAME.test(name) ? 'web' : 'api';
    const nouns = kind === 'api' ? nounsFor(rng, name) : ['projects'];
    const families = kind === 'api' ? apiFamilies(rng, nouns) : webFamilies(rng);
    const tenantCount = rng.intBetween(3, 8);
    const tenantPick = new random_1.WeightedTable(world.tenants.map((t) => [t, Math.sqrt(t.users.length)]));
    const tenants = new Set();
    for (let tries = 0; tenants.size < tenantCount && tries < 200; tries++)
        tenants.add(rng.weighted(tenantPick));
    const tenantList = [...tenants];
    const internalCallers = rng.sample(world.internal, rng.intBetween(1, 3));
    const integrations = tenantList.flatMap((t) => t.integrations);
    const machineCallers = new random_1.WeightedTable([...integrations.map((c) => [c, 1]), ...internalCallers.map((c) => [c, 2])]);
    const tzOffsetHours = rng.pick([-8, -5, -5, 0, 1, 1, 2, 9]);
    const readScopes = Object.freeze(nouns.map((n) => `${n}:read`));
    const fullScopes = Object.freeze(nouns.flatMap((n) => [`${n}:read`, `${n}:write`]));
    const selfFamily = families.find((f) => f.kind === 'self');
    const legacyFamily = families.find((f) => f.kind === 'legacy');
    if (!selfFamily || !legacyFamily)
        throw new Error(`service ${name} has no self or legacy route`);
    const stagingShare = rng.chance(0.4) ? 0.06 : 0;
    return {
        name,
        seed,
        kind,
        weight: Math.exp(rng.gaussian(-0.32, 0.8)),
        tzOffsetHours,
        origin: kind === 'web' ? 'https://www.example.com' : `https://${name}.example.com`,
        tenants: tenantList,
        tenantTable: new random_1.WeightedTable(tenantList.map((t) => [t, t.users.length])),
        machineCallers,
        integrations,
        internalCallers,
        families,
        humanFamilies: table(families, (f) => f.human),
        anonFamilies: table(families, (f) => f.anon),
        machineFamilies: table(families, (f) => f.machine),
        crawlerFamilies: table(families, (f) => f.crawler),
        selfFamily,
        legacyFamily,
        retired: retiredPaths(rng, kind, nouns),
        nouns,
        userScopes: Object.freeze(['openid', 'profile', ...fullScopes]),
        fullScopes,
        readScopes,
        behindCdn: kind === 'web' || rng.chance(0.35),
        writesResourceTenant: rng.chance(0.7),
        stagingShare,
        mix: kind === 'web' ? { human: 0.78, machine: 0.035, crawler: 0.18, scanner: 0.005 } : { human: 0.56, machine: 0.42, crawler: 0.016, scanner: 0.004 },
        anonShare: kind === 'web' ? 0.5 : 0.03,
        notFoundBytes: kind === 'web' ? 5_000 + rng.int(4_000) : 60 + rng.int(100),
        forbiddenBytes: kind === 'web' ? 1_200 + rng.int(800) : 80 + rng.int(100),
        versions: new VersionTimeline(seed, name, tzOffsetHours),
    };
}
const services = new Map();
/** The model of a service for a seed, built once per process. */
function serviceModel(world, name) {
    const key = `${String(world.seed)}\u0000${name}`;
    let model = services.get(key);
    if (!model) {
        if (services.size > 2_000)
            services.clear();
        model = buildService(world, name);
        services.set(key, model);
    }
    return model;
}
/** `count` distinct, stable service names (`orders-api`, `billing-service`, `storefront-web` …). */
function serviceNames(count, seed = 'status-triage') {
    const rng = new random_1.Random(seed, 'service-names');
    const prefixes = rng.shuffle(catalog_1.SERVICE_PREFIXES);
    const suffixes = new random_1.WeightedTable(catalog_1.SERVICE_SUFFIXES);
    const names = [];
    const used = new Set();
    let round = 0;
    while (names.length < count) {
        for (const prefix of prefixes) {
            if (names.length >= count)
                break;
            const suffix = rng.weighted(suffixes);
            let name = `${prefix}-${suffix}`;
            if (round > 0 || used.has(name))
                name = `${prefix}-${suffix}-${round + 2}`;
            if (used.has(name))
                continue;
            used.add(name);
            names.push(name);
        }
        round++;
    }
    return names;
}
/** The concrete path of resource `k` of a family. */
function buildPath(f, k, tenant, selfUuid, assetTag) {
    let out = f.pieces[0];
    const slots = f.slots;
    for (let i = 0; i < slots.length; i++) {
        const slot = slots[i];
        let value;
        switch (slot.type) {
            case 'tenant':
                value = tenant;
                break;
            case 'id':
                value = String(f.idBase + k);
                break;
            case 'uuid':
                value = uuidOfResource(f, k);
                break;
            case 'self':
                value = selfUuid;
                break;
            case 'hash':
                value = assetTag;
                break;
            case 'slug':
                value = slot.pool[k % slot.pool.length];
                break;
        }
        out += value + f.pieces[i + 1];
    }
    return out;
}
function uuidOfResource(f, k) {
    return `${(0, random_1.hexOf)(f.hashSeed + k, 8)}-${(0, random_1.hexOf)(f.hashSeed ^ k, 4)}-4${(0, random_1.hexOf)(k, 3)}-a${(0, random_1.hexOf)(f.hashSeed + 7 * k, 3)}-${(0, random_1.hexOf)(f.hashSeed - k, 12)}`;
}
//# sourceMappingURL=service.js.map