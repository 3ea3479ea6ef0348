"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Composer = void 0;
exports.isSuccess = isSuccess;
exports.isWrite = isWrite;
exports.denialFor = denialFor;
exports.typo = typo;
const catalog_1 = require("./catalog");
const document_1 = require("./document");
const random_1 = require("./random");
const service_1 = require("./service");
const world_1 = require("./world");
/**
 * Builds one request at a time into a reused draft: who calls, which route, how the service answers.
 * The baseline and the incidents both go through it, so a 200 here and a 403 there look alike apart
 * from what the scenario changes.
 */
const BROWSERS = new random_1.WeightedTable(catalog_1.BROWSER_AGENTS);
const CRAWLER_TABLE = new random_1.WeightedTable(catalog_1.CRAWLERS.map((c) => [c, c.weight]));
const WEB_MISSES = [
    '/apple-touch-icon.png',
    '/apple-touch-icon-precomposed.png',
    '/.well-known/assetlinks.json',
    '/.well-known/apple-app-site-association',
    '/ads.txt',
    '/sitemap_index.xml',
    '/feed',
    '/rss.xml',
    '/index.html',
    '/home',
];
const LINK_DAMAGE = ['-2', '-old', ')', '.', '%20', '/amp', '-copy', '/'];
function isSuccess(status) {
    return status >= 200 && status < 400;
}
function isWrite(method) {
    return method !== 'GET' && method !== 'HEAD';
}
/** Why the service refuses this caller this route, or null when it allows it. */
function denialFor(c, f, method, auth, scopes) {
    if (f.audience !== 'user')
        return null;
    const write = isWrite(method);
    if (auth === 'bearer' && f.scopeNoun !== null) {
        const need = `${f.scopeNoun}:${write ? 'write' : 'read'}`;
        if (!scopes || !scopes.includes(need))
            return 'insufficient_scope';
    }
    if (c.kind === 'integration')
        return f.requiredRole === 'admin' ? 'missing role: admin' : null;
    if (c.kind === 'internal')
        return null;
    const roles = c.roles;
    if ((0, world_1.isAdmin)(roles))
        return null;
    if (f.requiredRole !== null && !roles.includes(f.requiredRole))
        return `missing role: ${f.requiredRole}`;
    if (f.kind === 'self')
        return null;
    if (roles.length === 0)
        return 'missing role: viewer';
    if (write && f.writeRole !== null && !roles.includes(f.writeRole))
        return `missing role: ${f.writeRole}`;
    return null;
}
class Composer {
    world;
    svc;
    d = (0, document_1.emptyDraft)();
    assetTags = new Map();
    versionIndex = 0;
    monitorIps;
    monitorAgent;
    idFamilies;
    slugFamilies;
    typoFamilies;
    referrerFamilies;
    constructor(world, svc) {
        this.world = world;
        this.svc = svc;
        const rng = new random_1.Random(world.seed, 'monitors', svc.name);
        this.monitorIps = Array.from({ length: 3 }, () => (0, world_1.internalIp)(rng));
        this.monitorAgent = svc.kind === 'web' ? rng.pick(catalog_1.MONITOR_AGENTS.slice(1)) : catalog_1.MONITOR_AGENTS[0];
        this.idFamilies = svc.families.filter((f) => f.slots.some((s) => s.type === 'id') && f.kind !== 'legacy');
        this.slugFamilies = svc.families.filter((f) => f.slots.some((s) => s.type === 'slug'));
        const worded = svc.families.filter((f) => f.pieces.some((piece) => /[a-z]{4,}/.test(piece)));
        this.typoFamilies = new random_1.WeightedTable(worded.map((f) => [f, f.human + f.anon + f.machine]));
        const pages = svc.families.filter((f) => (f.kind === 'page' || f.kind === 'docs') && f.anon > 0);
        this.referrerFamilies = new random_1.WeightedTable((pages.length > 0 ? pages : worded).map((f) => [f, f.anon + 0.1]));
    }
    /** Starts a request: time, service, version, environment and the pod that answered. */
    begin(t, environment, versionIndex, rng) {
        const d = this.d;
        const versions = this.svc.versions;
        this.versionIndex = versionIndex;
        d.t = Math.floor(t);
        d.service = this.svc.name;
        d.version = versions.version(versionIndex);
        d.environment = environment;
        d.host = versions.host(versionIndex, rng.int(versions.replicaCount));
        d.status = 200;
        d.method = 'GET';
        d.path = '/';
        d.referrer = undefined;
        d.userAgent = undefined;
        d.clientIp = undefined;
        d.user = undefined;
        d.roles = undefined;
        d.tenant = undefined;
        d.resourceTenant = undefined;
        d.reason = undefined;
        d.auth = undefined;
        d.scopes = undefined;
        d.bytes = 0;
        d.cacheStatus = undefined;
        d.cacheControl = undefined;
        d.durationNs = 0;
        d.family = null;
        return d;
    }
    /** An authenticated caller: identity, address, client, credentials. */
    caller(c, rng, ip) {
        const d = this.d;
        const svc = this.svc;
        d.user = c.id;
        d.roles = c.roles;
        d.tenant = c.tenant;
        d.userAgent = c.agent;
        d.clientIp = ip ?? (c.ips.length === 1 ? c.ips[0] : rng.pick(c.ips));
        if (c.kind === 'user') {
            d.auth = svc.kind === 'web' ? 'session' : c.mobile || c.authPref >= 0.5 ? 'bearer' : 'session';
            d.scopes = d.auth === 'bearer' ? svc.userScopes : undefined;
        }
        else if (c.kind === 'integration') {
            d.auth = c.authPref < 0.6 ? 'api_key' : 'bearer';
            d.scopes = d.auth === 'bearer' ? (c.readOnly ? svc.readScopes : svc.fullScopes) : undefined;
        }
        else {
            d.auth = 'bearer';
            d.scopes = svc.fullScopes;
        }
    }
    anonymous(ip, agent) {
        this.d.clientIp = ip;
        this.d.userAgent = agent;
        this.d.auth = 'none';
    }
    visitor(rng) {
        this.anonymous((0, world_1.consumerIp)(rng), rng.weighted(BROWSERS));
    }
    crawler(rng, spec = rng.weighted(CRAWLER_TABLE)) {
        this.anonymous(`${spec.prefix}${1 + rng.int(254)}`, spec.agent);
    }
    monitor(rng) {
        this.anonymous(rng.pick(this.monitorIps), this.monitorAgent);
    }
    scanner(rng) {
        this.anonymous(`${rng.pick(catalog_1.SCANNER_PREFIXES)}${1 + rng.int(254)}`, rng.pick(catalog_1.SCANNER_AGENTS));
    }
    /** The route: path of resource `k` (in `tenant` for tenant-scoped routes), method, resource tenant. */
    route(f, method, k, tenant, selfUuid = '') {
        const d = this.d;
        const svc = this.svc;
        const pathTenant = tenant ?? svc.tenants[0]?.id ?? 'org-unknown';
        d.family = f;
        d.method = method;
        d.path = (0, service_1.buildPath)(f, k, pathTenant, selfUuid, f.slots.length > 0 ? this.assetTag() : '');
        if (svc.writesResourceTenant) {
            if (f.tenantScoped)
                d.resourceTenant = pathTenant;
            else if ((f.kind === 'resource' || f.kind === 'app') && d.tenant !== undefined)
                d.resourceTenant = d.tenant;
        }
    }
    /** A request by the caller already set, on resource `k` of the family (the caller's own tenant). */
    routeForCaller(f, method, k, selfUuid = '') {
        this.route(f, method, k, this.d.tenant, selfUuid);
    }
    assetTag() {
        let tag = this.assetTags.get(this.versionIndex);
        if (tag === undefined) {
            tag = (0, random_1.hexOf)((0, random_1.hashOf)(this.svc.name, 'assets', this.versionIndex), 8);
            this.assetTags.set(this.versionIndex, tag);
        }
        return tag;
    }
    /** The service answers as it normally does for this route and method. */
    ok(rng) {
        const d = this.d;
        const f = d.family;
        if (!f)
            throw new Error('ok() needs a route');
        const m = d.method;
        let status;
        if (f.kind === 'legacy')
            status = 301;
        else if (!isWrite(m))
            status = f.cache !== 'dynamic' && rng.next() < 0.07 ? 304 : 200;
        else if (m === 'POST')
            status = f.kind === 'page' ? 302 : 201;
        else if (m === 'DELETE')
            status = 204;
        else
            status = 200;
        d.status = status;
        d.bytes = status === 200 || status === 201 ? Math.max(40, Math.round(f.bytes * Math.exp(rng.gaussian(0, 0.35)))) : status === 301 || status === 302 ? 140 + rng.int(40) : 0;
        let hit = false;
        if (this.svc.behindCdn) {
            switch (f.cache) {
                case 'immutable':
                    hit = rng.next() < 0.93;
                    d.cacheControl = 'public, max-age=31536000, immutable';
                    break;
                case 'page':
                    hit = rng.next() < 0.55;
                    d.cacheControl = 'public, max-age=300';
                    break;
                case 'docs':
                    hit = rng.next() < 0.7;
                    d.cacheControl = 'public, max-age=600, stale-while-revalidate=60';
                    break;
                case 'redirect':
                    hit = rng.next() < 0.5;
                    d.cacheControl = 'public, max-age=86400';
                    break;
                case 'dynamic':
                    d.cacheControl = this.svc.kind === 'web' ? 'private, no-cache' : 'private, no-store';
                    break;
            }
            if (isWrite(m))
                hit = false;
            d.cacheStatus = hit ? 'HIT' : 'MISS';
        }
        d.durationNs = Math.round((hit ? rng.between(0.3, 3) : f.latencyMs * Math.exp(rng.gaussian(0, 0.6))) * 1e6);
    }
    /** Sends an anonymous visitor of a signed-in page to the login page. */
    toLogin(rng) {
        const d = this.d;
        d.status = 302;
        d.bytes = 150 + rng.int(30);
        if (this.svc.behindCdn) {
            d.cacheStatus = 'MISS';
            d.cacheControl = 'private, no-cache';
        }
        d.durationNs = Math.round(rng.between(1, 6) * 1e6);
    }
    forbidden(reason, rng) {
        const d = this.d;
        d.status = 403;
        d.reason = reason;
        d.bytes = this.svc.forbiddenBytes;
        if (this.svc.behindCdn) {
            d.cacheStatus = 'MISS';
            d.cacheControl = 'private, no-store';
        }
        else {
            d.cacheStatus = undefined;
            d.cacheControl = undefined;
        }
        d.durationNs = Math.round(rng.between(2, 15) * 1e6);
    }
    notFound(rng) {
        const d = this.d;
        d.status = 404;
        d.reason = undefined;
        d.bytes = this.svc.notFoundBytes;
        if (this.svc.behindCdn) {
            // CDNs keep static misses for a minute; dynamic answers are never stored.
            const staticMiss = d.family?.kind === 'asset' || /\.(png|ico|js|css|xml|txt)$/.test(d.path);
            d.cacheStatus = staticMiss && rng.next() < 0.3 ? 'HIT' : 'MISS';
            d.cacheControl = staticMiss ? 'public, max-age=60' : this.svc.kind === 'web' ? 'no-cache' : 'no-store';
        }
        else {
            d.cacheStatus = undefined;
            d.cacheControl = undefined;
        }
        d.durationNs = Math.round(rng.between(1.5, 12) * 1e6);
    }
    /** A referrer from the service's own pages. */
    internalReferrer(rng) {
        const f = rng.weighted(this.referrerFamilies);
        return this.svc.origin + (0, service_1.buildPath)(f, rng.skewed(f.pool), this.svc.tenants[0]?.id ?? 'org-unknown', '', this.assetTag());
    }
    /**
     * A path that does not exist, of the kind each kind of client trips over: deleted ids from programs,
     * stale links from signed-in users, mistyped and damaged links from the outside, retired URLs from
     * crawlers. Sets path, method, family (the route it resembles, null when none) and referrer.
     */
    strayRoute(component, rng) {
        const d = this.d;
        const svc = this.svc;
        const u = rng.next();
        d.method = 'GET';
        d.family = null;
        const tenant = d.tenant ?? rng.weighted(svc.tenantTable).id;
        const external = () => (rng.next() < 0.75 ? rng.pick(catalog_1.EXTERNAL_REFERRERS) : undefined);
        // Thresholds per component: [stale id, damaged link, typo, retired]; the rest are assorted misses.
        const cut = component === 'machine' ? [0.85, 0.85, 0.93, 0.97] : component === 'user' ? [0.6, 0.7, 0.8, 0.95] : component === 'crawler' ? [0.05, 0.25, 0.3, 0.8] : [0.1, 0.45, 0.65, 0.85];
        if (u < cut[0] && this.idFamilies.length > 0) {
            const f = rng.pick(this.idFamilies);
            this.route(f, 'GET', f.pool + rng.int(f.pool * 40), tenant);
            d.referrer = component === 'user' && svc.kind === 'web' ? this.internalReferrer(rng) : undefined;
        }
        else if (u < cut[1] && this.slugFamilies.length > 0) {
            const f = rng.pick(this.slugFamilies);
            const real = (0, service_1.buildPath)(f, rng.skewed(f.pool), tenant, '', this.assetTag());
            d.path = rng.next() < 0.3 ? real.slice(0, Math.max(2, real.length - 1 - rng.int(4))) : real + rng.pick(LINK_DAMAGE);
            d.referrer = component === 'user' ? this.internalReferrer(rng) : external();
        }
        else if (u < cut[2]) {
            const f = rng.weighted(this.typoFamilies);
            d.path = typo((0, service_1.buildPath)(f, rng.skewed(f.pool), tenant, '', this.assetTag()), rng);
            d.referrer = component === 'anon' ? external() : undefined;
        }
        else if (u < cut[3]) {
            d.path = rng.pick(svc.retired);
            d.referrer = component === 'crawler' ? undefined : external();
        }
        else if (svc.kind === 'web') {
            d.path = rng.pick(WEB_MISSES);
        }
        else {
            const noun = rng.pick(svc.nouns);
            d.path = rng.pick(['/favicon.ico', '/robots.txt', '/', `/v2/${noun}`, '/api', '/swagger.json', `/v1/${noun}/`]);
        }
    }
    /** One probe by a scanner (the path only; the caller is set by `scanner`). */
    probe(rng, path = rng.pick(catalog_1.PROBE_PATHS)) {
        this.d.family = null;
        this.d.path = path;
        this.d.method = catalog_1.POST_PROBES.has(path) ? 'POST' : rng.next() < 0.05 ? 'HEAD' : 'GET';
    }
    /** Scopes of a token: an integration's grant on this service. */
    scopesOf(c) {
        if (c.kind === 'user')
            return this.svc.userScopes;
        return c.readOnly ? this.svc.readScopes : this.svc.fullScopes;
    }
}
exports.Composer = Composer;
/** A one-letter slip in a word of the path (dropped, doubled or swapped letters). */
function typo(path, rng) {
    const segments = path.split('/');
    const candidates = segments.map((s, i) => [s, i]).filter(([s]) => /^[a-z-]{4,}$/.test(s));
    if (candidates.length === 0)
        return `${path}x`;
    const [word, index] = rng.pick(candidates);
    const at = 1 + rng.int(word.length - 2);
    const kind = rng.int(3);
    const changed = kind === 0 ? word.slice(0, at) + word.slice(at + 1) : kind === 1 ? word.slice(0, at) + (word[at] ?? '') + word.slice(at) : word.slice(0, at - 1) + (word[at] ?? '') + (word[at - 1] ?? '') + word.slice(at + 1);
    segments[index] = changed === word ? `${word}s` : changed;
    return segments.join('/');
}
//# sourceMappingURL=compose.js.map