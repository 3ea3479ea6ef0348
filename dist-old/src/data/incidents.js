"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INCIDENT_STATUS = void 0;
exports.generateIncident = generateIncident;
exports.incidentEffect = incidentEffect;
const catalog_1 = require("./catalog");
const compose_1 = require("./compose");
const document_1 = require("./document");
const random_1 = require("./random");
const service_1 = require("./service");
const traffic_1 = require("./traffic");
const world_1 = require("./world");
/** The HTTP status each cause's signature documents carry (retry_storm: its `status` option). */
exports.INCIDENT_STATUS = {
    rbac_policy_mismatch: 403,
    new_user_missing_role: 403,
    tenant_isolation_violation: 403,
    oauth_scope_insufficient: 403,
    ip_allowlist_block: 403,
    should_be_401: 403,
    baseline_noise: 404,
    deploy_broke_routes: 404,
    routing_regression: 404,
    broken_redirect_or_rule: 404,
    gone_should_be_410: 404,
    scanner_probe: 404,
    cached_404: 404,
    retry_storm: 404,
    stale_client: 404,
};
/** Signature documents per hour of window at intensity 1. */
const PER_HOUR = {
    rbac_policy_mismatch: 240,
    new_user_missing_role: 150,
    tenant_isolation_violation: 180,
    oauth_scope_insufficient: 240,
    ip_allowlist_block: 300,
    should_be_401: 200,
    baseline_noise: 10,
    deploy_broke_routes: 480,
    routing_regression: 300,
    broken_redirect_or_rule: 300,
    gone_should_be_410: 6,
    scanner_probe: 360,
    cached_404: 240,
    retry_storm: 2400,
    stale_client: 12,
};
const SDKS = new random_1.WeightedTable(catalog_1.SDK_AGENTS);
const BROWSERS = new random_1.WeightedTable(catalog_1.BROWSER_AGENTS);
const GOOGLE_AND_BING = catalog_1.CRAWLERS.slice(0, 3);
function context(id, o) {
    const seed = o.seed ?? traffic_1.DEFAULT_SEED;
    const from = o.from.getTime();
    const to = o.to.getTime();
    if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from)
        throw new RangeError('an incident needs a window with from < to');
    const world = (0, world_1.worldFor)(seed);
    const svc = (0, service_1.serviceModel)(world, o.service);
    const hours = (to - from) / world_1.HOUR;
    const count = o.count ?? Math.max(1, Math.round(PER_HOUR[id] * hours * (o.intensity ?? 1)));
    return {
        id,
        world,
        svc,
        c: new compose_1.Composer(world, svc),
        plan: new random_1.Random(seed, 'incident', id, o.service, from, 'plan'),
        rng: new random_1.Random(seed, 'incident', id, o.service, from, to, 'docs'),
        from,
        to,
        lookbackStart: from - Math.round((o.lookbackDays ?? 7) * world_1.DAY),
        count,
        environment: o.environment ?? 'prod',
        status: o.status ?? exports.INCIDENT_STATUS[id],
        bump: 0,
    };
}
function begin(ctx, t) {
    // As in the baseline: staging runs the next release a few hours before production.
    const index = ctx.environment === 'staging' ? ctx.svc.versions.indexAt(t + traffic_1.STAGING_LEAD) : ctx.svc.versions.indexAt(t) + (t >= ctx.from ? ctx.bump : 0);
    ctx.c.begin(t, ctx.environment, index, ctx.rng);
}
function inWindow(ctx) {
    return ctx.from + ctx.rng.next() * (ctx.to - ctx.from);
}
/** Times during the team's working hours on each day of [from, to): `perDay` on average. */
function workdayTimes(ctx, from, to, perDay) {
    const out = [];
    const tz = ctx.svc.tzOffsetHours * world_1.HOUR;
    for (let day = Math.floor((from + tz) / world_1.DAY); day * world_1.DAY - tz < to; day++) {
        const n = ctx.rng.poisson(perDay);
        for (let i = 0; i < n; i++) {
            const t = day * world_1.DAY - tz + ctx.rng.between(8, 19) * world_1.HOUR;
            if (t >= from && t < to)
                out.push(Math.floor(t));
        }
    }
    return out.sort((a, b) => a - b);
}
/** Times spread evenly (at random) over [from, to) at `perHour`. */
function steadyTimes(ctx, from, to, perHour) {
    const n = ctx.rng.poisson((perHour * (to - from)) / world_1.HOUR);
    const out = [];
    for (let i = 0; i < n; i++)
        out.push(Math.floor(from + ctx.rng.next() * (to - from)));
    return out.sort((a, b) => a - b);
}
function scaled(n, factor) {
    return Math.max(1, Math.round(n * factor));
}
function methodFor(f, write) {
    const found = f.methods.items.find((m) => (0, compose_1.isWrite)(m) === write);
    return found ?? f.methods.items[0];
}
function writable(f) {
    return f.methods.items.some((m) => (0, compose_1.isWrite)(m));
}
function pickFamily(ctx, preferred, fallback) {
    const list = preferred.length > 0 ? preferred : fallback.length > 0 ? fallback : ctx.svc.families;
    return ctx.plan.weighted(new random_1.WeightedTable(list.map((f) => [f, 0.2 + f.human + f.machine + f.anon])));
}
/**
 * An ordinary caller of the route, as the baseline would have one: signed-in users or programs for
 * private routes (never one the route would refuse), visitors and crawlers for public ones.
 */
function typicalCaller(ctx, f, t, method) {
    const { c, rng, svc } = ctx;
    if (f.audience !== 'user') {
        const u = rng.next() * (f.anon + f.human + f.crawler + f.machine + 0.01);
        if (u < f.crawler)
            c.crawler(rng);
        else if (svc.kind === 'api' && u < f.crawler + f.machine) {
            const caller = rng.weighted(svc.machineCallers);
            c.caller(caller, rng);
            return caller;
        }
        else
            c.visitor(rng);
        return undefined;
    }
    const useMachine = svc.kind === 'api' && rng.next() * (f.human + f.machine) < f.machine;
    for (let tries = 0; tries < 12; tries++) {
        const caller = useMachine ? rng.weighted(svc.machineCallers) : ctx.world.pickUser(rng.weighted(svc.tenantTable), t, rng);
        c.caller(caller, rng);
        if ((0, compose_1.denialFor)(caller, f, method, c.d.auth ?? 'none', c.d.scopes) === null)
            return caller;
    }
    const admin = adminOf(ctx);
    c.caller(admin, rng);
    return admin;
}
function adminOf(ctx) {
    for (const t of ctx.svc.tenants) {
        const admin = t.users.find((u) => (0, world_1.isAdmin)(u.roles));
        if (admin)
            return admin;
    }
    return ctx.svc.tenants[0]?.users[0];
}
/** A typical request to resource `k` of the route, by a typical caller, with a referrer where browsers send one. */
function typicalRequest(ctx, t, f, k, method = 'GET') {
    const { c, rng, svc } = ctx;
    begin(ctx, t);
    const caller = typicalCaller(ctx, f, t, method);
    const d = c.d;
    c.route(f, method, k, d.tenant ?? rng.weighted(svc.tenantTable).id, caller?.uuid ?? '');
    if (svc.kind === 'web' && d.auth !== 'none' && rng.next() < 0.6)
        d.referrer = c.internalReferrer(rng);
}
function rbacPlan(ctx) {
    const { svc, plan } = ctx;
    const candidates = svc.families.filter((f) => f.audience === 'user' && f.requiredRole === null && (f.kind === 'resource' || f.kind === 'app') && f.human > 0);
    const billing = candidates.filter((f) => f.scopeNoun !== null && catalog_1.BILLING_NOUNS.has(f.scopeNoun));
    const family = pickFamily(ctx, billing.length > 0 ? billing : candidates.filter((f) => f.tenantScoped), candidates);
    const role = family.scopeNoun !== null && catalog_1.BILLING_NOUNS.has(family.scopeNoun) ? 'billing-admin' : 'admin';
    // Established, busy users who reached the route with their everyday role.
    const eligible = svc.tenants.flatMap((t) => t.users.slice(0, 40)).filter((u) => !(0, world_1.isAdmin)(u.roles) && !u.roles.includes(role) && (u.roles.includes('viewer') || u.roles.includes('editor')));
    return { family, role, users: plan.sample(eligible, plan.intBetween(6, 16)) };
}
function* rbacDocs(ctx) {
    const { c, rng } = ctx;
    const p = rbacPlan(ctx);
    if (p.users.length === 0)
        return;
    const reason = `missing role: ${p.role}`;
    const methodOf = (u) => {
        const m = p.family.methods.at(rng.next());
        return (0, compose_1.denialFor)(u, p.family, m, c.d.auth ?? 'none', c.d.scopes) === null ? m : 'GET';
    };
    // Before the policy change these users reached the route every working day.
    for (const user of p.users) {
        for (const t of workdayTimes(ctx, ctx.lookbackStart, ctx.from, 3)) {
            begin(ctx, t);
            c.caller(user, rng);
            c.routeForCaller(p.family, methodOf(user), rng.skewed(p.family.pool, 2), user.uuid);
            c.ok(rng);
            yield;
        }
    }
    const busy = new random_1.WeightedTable(p.users.map((u, i) => [u, 1 / (i + 1)]));
    for (let i = 0; i < ctx.count; i++) {
        const user = rng.weighted(busy);
        begin(ctx, inWindow(ctx));
        c.caller(user, rng);
        c.routeForCaller(p.family, methodOf(user), rng.skewed(p.family.pool, 2), user.uuid);
        c.forbidden(reason, rng);
        yield;
    }
    // Those who hold the role still get through.
    const holders = ctx.svc.tenants.flatMap((t) => t.users.filter((u) => u.roles.includes(p.role) || (0, world_1.isAdmin)(u.roles)).slice(0, 10));
    if (holders.length === 0)
        return;
    for (let i = 0, n = scaled(ctx.count, 0.15); i < n; i++) {
        const user = rng.pick(holders);
        begin(ctx, inWindow(ctx));
        c.caller(user, rng);
        c.routeForCaller(p.family, 'GET', rng.skewed(p.family.pool, 2), user.uuid);
        c.ok(rng);
        yield;
    }
}
function* newUserDocs(ctx) {
    const { c, rng, plan, svc } = ctx;
    const tenants = plan.sample(svc.tenants, plan.chance(0.6) ? 1 : 2);
    const span = ctx.to - ctx.from;
    const users = Array.from({ length: plan.intBetween(5, 14) }, (_, i) => {
        const tenant = plan.pick(tenants);
        const joinedAt = Math.floor(ctx.from - plan.between(0, 6) * world_1.HOUR + plan.between(0, 0.3) * span);
        const roles = plan.chance(0.6) ? Object.freeze([]) : Object.freeze(['viewer']);
        return (0, world_1.makeUser)(plan, tenant.id, `u-${(0, random_1.hexOf)((0, random_1.hashOf)(String(svc.seed), svc.name, 'new-user', ctx.from, i), 8)}`, tenant.officeIps, joinedAt, roles);
    });
    const targets = svc.families.filter((f) => f.audience === 'user' && (f.kind === 'resource' || f.kind === 'app' || f.kind === 'settings') && f.human > 0);
    const writableTargets = targets.filter(writable);
    // First contact: sign-up lands on their own profile, which works.
    for (const user of users) {
        for (let i = 0, n = rng.intBetween(2, 4); i < n; i++) {
            begin(ctx, user.joinedAt + i * rng.between(5, 90) * 1000);
            c.caller(user, rng);
            c.routeForCaller(svc.selfFamily, 'GET', 0, user.uuid);
            c.ok(rng);
            yield;
        }
    }
    for (let i = 0; i < ctx.count; i++) {
        const user = rng.pick(users);
        const start = Math.max(ctx.from, user.joinedAt + world_1.MINUTE);
        if (start >= ctx.to)
            continue;
        begin(ctx, start + rng.next() * (ctx.to - start));
        c.caller(user, rng);
        const viewer = user.roles.length > 0;
        const f = rng.pick(viewer && writableTargets.length > 0 ? writableTargets : targets);
        const method = methodFor(f, viewer);
        c.routeForCaller(f, method, rng.skewed(f.pool, 2), user.uuid);
        c.forbidden((0, compose_1.denialFor)(user, f, method, c.d.auth ?? 'none', c.d.scopes) ?? (viewer ? 'missing role: editor' : 'missing role: viewer'), rng);
        yield;
    }
    // Colleagues with roles use the same routes without trouble.
    for (let i = 0, n = scaled(ctx.count, 0.3); i < n; i++) {
        const f = rng.pick(targets);
        typicalRequest(ctx, inWindow(ctx), f, rng.skewed(f.pool, 2));
        c.ok(rng);
        yield;
    }
}
function* tenantDocs(ctx) {
    const { c, rng, plan, svc } = ctx;
    const scoped = svc.families.filter((f) => f.tenantScoped && f.audience === 'user' && f.requiredRole === null);
    const family = pickFamily(ctx, scoped.filter((f) => f.slots.some((s) => s.type === 'id')), scoped);
    const home = plan.pick(svc.tenants);
    const others = svc.tenants.filter((t) => t !== home).map((t) => t.id);
    while (others.length < 2)
        others.push(`org-${(0, random_1.hexOf)((0, random_1.hashOf)(String(svc.seed), svc.name, 'foreign', others.length), 6)}`);
    const targets = plan.sample(others, plan.intBetween(2, Math.min(4, others.length)));
    const person = home.users.find((u) => u.roles.includes('editor') || (0, world_1.isAdmin)(u.roles)) ?? home.users[0];
    const callers = [person];
    if (svc.kind === 'api' && home.integrations.length > 0 && plan.chance(0.6))
        callers.push(plan.pick(home.integrations));
    const reason = plan.pick(['tenant mismatch', 'cross-tenant access denied', 'resource belongs to another organization']);
    // Their own organization's resources work, before and during the incident.
    for (const caller of callers) {
        for (const t of workdayTimes(ctx, ctx.lookbackStart, ctx.from, 4)) {
            begin(ctx, t);
            c.caller(caller, rng);
            c.routeForCaller(family, 'GET', rng.skewed(family.pool, 2), caller.uuid);
            c.ok(rng);
            yield;
        }
    }
    for (let i = 0; i < ctx.count; i++) {
        const caller = callers.length > 1 && rng.next() < 0.4 ? callers[1] : person;
        begin(ctx, inWindow(ctx));
        c.caller(caller, rng);
        c.route(family, 'GET', rng.skewed(family.pool, 1.5), rng.pick(targets));
        c.forbidden(reason, rng);
        yield;
    }
    for (let i = 0, n = scaled(ctx.count, 0.2); i < n; i++) {
        const caller = rng.pick(callers);
        begin(ctx, inWindow(ctx));
        c.caller(caller, rng);
        c.routeForCaller(family, 'GET', rng.skewed(family.pool, 2), caller.uuid);
        c.ok(rng);
        yield;
    }
}
function* oauthDocs(ctx) {
    const { c, rng, plan, svc } = ctx;
    const candidates = svc.families.filter((f) => f.scopeNoun !== null && writable(f) && f.requiredRole === null);
    const billing = candidates.filter((f) => catalog_1.BILLING_NOUNS.has(f.scopeNoun ?? ''));
    const family = pickFamily(ctx, billing.length > 0 ? billing : candidates, svc.families);
    const noun = family.scopeNoun ?? svc.nouns[0] ?? 'records';
    const needed = `${noun}:write`;
    const writeMethod = methodFor(family, true);
    // A token minted without the write scope: everything else it carries is what working tokens carry.
    const lacking = Object.freeze(svc.fullScopes.filter((s) => s !== needed));
    const integrations = svc.integrations.length > 0 ? svc.integrations : svc.internalCallers;
    const clients = plan.sample(integrations, plan.intBetween(1, Math.min(2, integrations.length)));
    const bearer = (caller, scopes) => {
        c.caller(caller, rng);
        c.d.auth = 'bearer';
        c.d.scopes = scopes;
    };
    const tenantOf = (caller) => caller.tenant ?? svc.tenants[0]?.id;
    // Working tokens write to the route every day, and during the incident.
    const workers = [...svc.internalCallers, ...svc.integrations.filter((i) => !clients.includes(i) && !i.readOnly)];
    const successes = [...workdayTimes(ctx, ctx.lookbackStart, ctx.from, 8), ...steadyTimes(ctx, ctx.from, ctx.to, (ctx.count * 0.3 * world_1.HOUR) / (ctx.to - ctx.from))];
    for (const t of successes) {
        begin(ctx, t);
        const worker = workers.length > 0 && rng.next() < 0.7 ? rng.pick(workers) : null;
        if (worker)
            bearer(worker, svc.fullScopes);
        else {
            const user = ctx.world.pickUser(rng.weighted(svc.tenantTable), t, rng);
            bearer(user, svc.userScopes);
            if ((0, compose_1.denialFor)(user, family, writeMethod, 'bearer', svc.userScopes) !== null)
                bearer(adminOf(ctx), svc.userScopes);
        }
        c.route(family, writeMethod, rng.skewed(family.pool, 2), c.d.tenant ?? tenantOf(clients[0]));
        c.ok(rng);
        yield;
    }
    for (let i = 0; i < ctx.count; i++) {
        const client = rng.pick(clients);
        begin(ctx, inWindow(ctx));
        bearer(client, lacking);
        c.route(family, writeMethod, rng.skewed(family.pool, 2), tenantOf(client));
        c.forbidden('insufficient_scope', rng);
        yield;
    }
    // The same tokens still read fine.
    for (let i = 0, n = scaled(ctx.count, 0.25); i < n; i++) {
        const client = rng.pick(clients);
        begin(ctx, inWindow(ctx));
        bearer(client, lacking);
        c.route(family, 'GET', rng.skewed(family.pool, 2), tenantOf(client));
        c.ok(rng);
        yield;
    }
}
function* ipAllowlistDocs(ctx) {
    const { c, rng, plan, svc } = ctx;
    const pool = plan.chance(0.5) && svc.internalCallers.length > 0 ? svc.internalCallers : svc.integrations.length > 0 ? svc.integrations : svc.internalCallers;
    const client = plan.pick(pool);
    let newIp = client.kind === 'internal' ? (0, world_1.internalIp)(plan) : (0, world_1.cloudIp)(plan);
    while (client.ips.includes(newIp))
        newIp = (0, world_1.internalIp)(plan);
    const families = svc.families.filter((f) => f.machine > 0 && f.kind !== 'health' && f.kind !== 'legacy' && f.audience === 'user');
    const usual = new random_1.WeightedTable((families.length > 0 ? families : svc.families).map((f) => [f, f.machine + 0.1]));
    const request = (t, ip) => {
        begin(ctx, t);
        c.caller(client, rng, ip);
        const f = rng.weighted(usual);
        let method = f.methods.at(rng.next());
        if ((0, compose_1.denialFor)(client, f, method, c.d.auth ?? 'none', c.d.scopes) !== null)
            method = 'GET';
        c.route(f, method, rng.skewed(f.pool, 1.8), client.tenant ?? rng.weighted(svc.tenantTable).id);
    };
    // The client worked all week from its known addresses (programs run around the clock).
    for (const t of steadyTimes(ctx, ctx.lookbackStart, ctx.from, 12)) {
        request(t, undefined);
        c.ok(rng);
        yield;
    }
    for (let i = 0; i < ctx.count; i++) {
        request(inWindow(ctx), newIp);
        c.forbidden('ip not allowed', rng);
        yield;
    }
    // Part of its traffic still leaves through the old addresses, and passes.
    for (let i = 0, n = scaled(ctx.count, 0.25); i < n; i++) {
        request(inWindow(ctx), undefined);
        c.ok(rng);
        yield;
    }
}
function* should401Docs(ctx) {
    const { c, rng, plan, svc } = ctx;
    const protectedRoutes = svc.families.filter((f) => f.audience === 'user' && f.kind !== 'admin' && f.human + f.machine > 0);
    const routes = new random_1.WeightedTable(protectedRoutes.map((f) => [f, f.human + f.machine]));
    // A few programs that lost their credentials, plus browsers whose session cookie did not come along.
    const programs = Array.from({ length: plan.intBetween(2, 4) }, () => ({ ip: plan.chance(0.5) ? (0, world_1.cloudIp)(plan) : (0, world_1.consumerIp)(plan), agent: plan.weighted(SDKS) }));
    const reason = plan.pick(['authentication required', 'missing credentials', 'no session']);
    for (let i = 0; i < ctx.count; i++) {
        begin(ctx, inWindow(ctx));
        if (rng.next() < 0.7) {
            const p = rng.pick(programs);
            c.anonymous(p.ip, p.agent);
        }
        else
            c.anonymous((0, world_1.consumerIp)(rng), rng.weighted(BROWSERS));
        const f = rng.weighted(routes);
        c.route(f, rng.next() < 0.85 ? 'GET' : methodFor(f, true), rng.skewed(f.pool, 2), rng.weighted(svc.tenantTable).id);
        c.forbidden(reason, rng);
        yield;
    }
}
// ---------------------------------------------------------------------------------------------- 404s
function* noiseDocs(ctx) {
    const { c, rng, svc } = ctx;
    const perHour = (ctx.count * world_1.HOUR) / (ctx.to - ctx.from);
    // Steady before and during the window: nothing here stands out, which is the point.
    for (const t of steadyTimes(ctx, ctx.lookbackStart, ctx.to, perHour)) {
        begin(ctx, t);
        const u = rng.next();
        if (u < 0.45) {
            c.visitor(rng);
            c.strayRoute('anon', rng);
        }
        else if (u < 0.75) {
            c.crawler(rng);
            c.strayRoute('crawler', rng);
        }
        else if (u < 0.95 || svc.kind === 'web') {
            c.caller(ctx.world.pickUser(rng.weighted(svc.tenantTable), t, rng), rng);
            c.strayRoute('user', rng);
        }
        else {
            c.caller(rng.weighted(svc.machineCallers), rng);
            c.strayRoute('machine', rng);
        }
        c.notFound(rng);
        yield;
    }
}
function deployFamily(ctx) {
    const popular = ctx.svc.families.filter((f) => (f.kind === 'resource' || f.kind === 'app' || f.kind === 'docs' || f.kind === 'page') && f.slots.length > 0 && !f.slots.some((s) => s.type === 'hash') && f.methods.items.includes('GET'));
    return pickFamily(ctx, popular, ctx.svc.families);
}
function* deployDocs(ctx) {
    const { c, rng, svc } = ctx;
    const family = deployFamily(ctx);
    // The route worked all week, on the versions before this one.
    for (const t of workdayTimes(ctx, ctx.lookbackStart, ctx.from, 20)) {
        typicalRequest(ctx, t, family, rng.skewed(family.pool, 2));
        c.ok(rng);
        yield;
    }
    ctx.bump = 1;
    for (let i = 0; i < ctx.count; i++) {
        typicalRequest(ctx, inWindow(ctx), family, rng.skewed(family.pool, 2));
        c.notFound(rng);
        yield;
    }
    // The new version answers everything else as before.
    const others = svc.families.filter((f) => f !== family && f.human + f.machine + f.anon > 0 && f.kind !== 'legacy');
    const table = new random_1.WeightedTable(others.map((f) => [f, f.human + f.machine + f.anon]));
    for (let i = 0, n = scaled(ctx.count, 0.6); i < n; i++) {
        const f = rng.weighted(table);
        typicalRequest(ctx, inWindow(ctx), f, rng.skewed(f.pool, 2));
        c.ok(rng);
        yield;
    }
}
function regressionPlan(ctx) {
    const { svc, plan } = ctx;
    const candidates = svc.families.filter((f) => !f.tenantScoped && f.kind !== 'self' && f.kind !== 'legacy' && f.kind !== 'asset' && f.pool >= 20 && f.methods.items.includes('GET') && f.requiredRole === null);
    // Sites lose pages (slugs); APIs lose resources (ids).
    const preferred = candidates.filter((f) => f.slots.some((s) => s.type === (svc.kind === 'web' ? 'slug' : 'id')));
    const family = pickFamily(ctx, preferred, candidates);
    const hot = Array.from({ length: Math.min(family.pool, 40) }, (_, k) => k);
    const ks = plan.sample(hot, plan.intBetween(6, 14)).sort((a, b) => a - b);
    const paths = ks.map((k) => (0, service_1.buildPath)(family, k, svc.tenants[0]?.id ?? 'org-unknown', '', ''));
    return { family, ks, paths };
}
function* regressionDocs(ctx) {
    const { c, rng } = ctx;
    const p = regressionPlan(ctx);
    // Each URL answered 200 on every day of the lookback.
    for (const k of p.ks) {
        for (const t of steadyTimes(ctx, ctx.lookbackStart, ctx.from, 0.3)) {
            typicalRequest(ctx, t, p.family, k);
            c.ok(rng);
            yield;
        }
    }
    const weights = new random_1.WeightedTable(p.ks.map((k, i) => [k, 1 / (i + 1)]));
    for (let i = 0; i < ctx.count; i++) {
        typicalRequest(ctx, inWindow(ctx), p.family, rng.weighted(weights));
        c.notFound(rng);
        yield;
    }
}
function* redirectDocs(ctx) {
    const { c, rng, svc } = ctx;
    const family = svc.legacyFamily;
    const referrer = () => {
        const u = rng.next();
        if (svc.kind === 'web')
            return u < 0.6 ? c.internalReferrer(rng) : u < 0.8 ? rng.pick(catalog_1.EXTERNAL_REFERRERS) : undefined;
        return u < 0.3 ? `${svc.origin}/docs/api/migration` : undefined;
    };
    const request = (t) => {
        begin(ctx, t);
        const u = rng.next();
        if (svc.kind === 'api' && u < 0.7)
            c.caller(rng.weighted(svc.machineCallers), rng);
        else if (u < 0.85)
            c.visitor(rng);
        else
            c.crawler(rng);
        c.route(family, 'GET', rng.skewed(family.pool, 1.6), undefined);
        c.d.referrer = c.d.userAgent?.includes('bot') ? undefined : referrer();
    };
    // The old scheme redirected every day…
    for (const t of steadyTimes(ctx, ctx.lookbackStart, ctx.from, 1.2)) {
        request(t);
        c.ok(rng);
        yield;
    }
    // …until the rule broke: every URL of the template now misses.
    for (let i = 0; i < ctx.count; i++) {
        request(inWindow(ctx));
        c.notFound(rng);
        yield;
    }
}
function* goneDocs(ctx) {
    const { c, rng, svc } = ctx;
    const perHour = (ctx.count * world_1.HOUR) / (ctx.to - ctx.from);
    // Removed long ago, still linked and still crawled: the same misses every day, never a 200.
    for (const t of steadyTimes(ctx, ctx.lookbackStart, ctx.to, perHour)) {
        begin(ctx, t);
        if (rng.next() < 0.65)
            c.crawler(rng, rng.pick(GOOGLE_AND_BING));
        else {
            c.visitor(rng);
            c.d.referrer = rng.pick(catalog_1.EXTERNAL_REFERRERS);
        }
        c.d.path = rng.pick(svc.retired);
        c.d.method = 'GET';
        c.notFound(rng);
        yield;
    }
}
function* scannerDocs(ctx) {
    const { c, rng, plan } = ctx;
    const scanners = Array.from({ length: plan.intBetween(2, 4) }, () => ({
        ip: `${plan.pick(catalog_1.SCANNER_PREFIXES)}${1 + plan.int(254)}`,
        agent: plan.pick(catalog_1.SCANNER_AGENTS),
        perSecond: plan.between(2, 8),
    }));
    const share = Math.ceil(ctx.count / scanners.length);
    let left = ctx.count;
    for (const s of scanners) {
        const n = Math.min(share, left);
        left -= n;
        // A sweep: the probe list in the scanner's order, several a second, from a start inside the window.
        const order = rng.shuffle(catalog_1.PROBE_PATHS);
        const span = (n / s.perSecond) * 1000;
        const start = ctx.from + rng.next() * Math.max(0, ctx.to - ctx.from - span);
        for (let i = 0; i < n; i++) {
            const t = Math.min(ctx.to - 1, Math.floor(start + (i / s.perSecond) * 1000 + rng.next() * 200));
            begin(ctx, t);
            c.anonymous(s.ip, s.agent);
            c.probe(rng, order[i % order.length]);
            c.notFound(rng);
            yield;
        }
    }
}
function* cachedDocs(ctx) {
    const { c, rng, plan, svc } = ctx;
    const dynamic = svc.families.filter((f) => (f.kind === 'resource' || f.kind === 'app') && !f.tenantScoped && f.slots.some((s) => s.type === 'id') && f.methods.items.includes('GET'));
    const family = pickFamily(ctx, dynamic, svc.families.filter((f) => f.slots.length > 0 && f.kind !== 'asset'));
    // Resources created just after someone asked for them: the 404 got cached and outlives their creation.
    const ks = Array.from({ length: plan.intBetween(1, 4) }, (_, j) => family.pool + 1 + j * 17);
    const weights = new random_1.WeightedTable(ks.map((k, i) => [k, 1 / (i + 1)]));
    const byPath = new Map();
    for (let i = 0; i < ctx.count; i++) {
        const k = rng.weighted(weights);
        const list = byPath.get(k) ?? [];
        list.push(Math.floor(inWindow(ctx)));
        byPath.set(k, list);
    }
    for (const [k, times] of byPath) {
        times.sort((a, b) => a - b);
        let storedUntil = 0;
        for (const t of times) {
            typicalRequest(ctx, t, family, k);
            c.notFound(rng);
            const d = c.d;
            const hit = t < storedUntil;
            if (!hit)
                storedUntil = t + world_1.HOUR;
            d.cacheStatus = hit ? 'HIT' : 'MISS';
            d.cacheControl = 'public, max-age=3600';
            d.durationNs = Math.round((hit ? rng.between(0.2, 2) : rng.between(4, 15)) * 1e6);
            yield;
        }
    }
    // The rest of the route is answered fresh, as a dynamic route should be.
    for (let i = 0, n = scaled(ctx.count, 0.3); i < n; i++) {
        typicalRequest(ctx, inWindow(ctx), family, rng.skewed(family.pool, 2));
        c.ok(rng);
        if (c.d.cacheStatus === undefined) {
            c.d.cacheStatus = 'MISS';
            c.d.cacheControl = 'private, no-store';
        }
        yield;
    }
}
// ---------------------------------------------------------------------------------------------- both
function* retryDocs(ctx) {
    const { c, rng, plan, svc } = ctx;
    const ids = svc.families.filter((f) => f.slots.some((s) => s.type === 'id') && f.kind !== 'legacy' && f.audience === 'user');
    const family = pickFamily(ctx, ids.filter((f) => f.machine > 0), ids);
    const machines = svc.kind === 'api' ? svc.machineCallers.items : [];
    const clients = Array.from({ length: plan.intBetween(1, 3) }, () => {
        const caller = machines.length > 0 && plan.chance(0.75) ? plan.pick(machines) : ctx.world.pickUser(plan.weighted(svc.tenantTable), ctx.from, plan);
        const perMinute = plan.intBetween(20, 90);
        const start = ctx.from + plan.between(0, 0.2) * (ctx.to - ctx.from);
        return { caller, perMinute, start, k: family.pool + 1000 + plan.int(100_000) };
    });
    const forbidden = ctx.status === 403;
    const noun = family.scopeNoun;
    const lacking = noun === null ? svc.readScopes : Object.freeze(svc.fullScopes.filter((s) => s !== `${noun}:write`));
    const method = forbidden ? methodFor(family, true) : 'GET';
    const capacity = clients.reduce((sum, cl) => sum + ((ctx.to - cl.start) / world_1.MINUTE) * cl.perMinute, 0);
    // Retry loops at a fixed interval with a little jitter: no backoff, no end.
    const ratio = Math.min(1, ctx.count / Math.max(1, capacity));
    for (const cl of clients) {
        const interval = world_1.MINUTE / cl.perMinute;
        const n = Math.floor(((ctx.to - cl.start) / interval) * ratio);
        for (let i = 0; i < n; i++) {
            const t = Math.min(ctx.to - 1, Math.floor(cl.start + i * interval + rng.gaussian(0, interval * 0.08)));
            begin(ctx, Math.max(cl.start, t));
            c.caller(cl.caller, rng);
            if (forbidden) {
                c.route(family, method, cl.k % family.pool, cl.caller.tenant ?? svc.tenants[0]?.id);
                const reason = (0, compose_1.denialFor)(cl.caller, family, method, c.d.auth ?? 'none', c.d.scopes);
                if (reason === null) {
                    c.d.auth = 'bearer';
                    c.d.scopes = lacking;
                }
                c.forbidden(reason ?? 'insufficient_scope', rng);
            }
            else {
                c.route(family, 'GET', cl.k, cl.caller.tenant ?? svc.tenants[0]?.id);
                c.notFound(rng);
            }
            yield;
        }
    }
}
/**
 * One scheduled program asking for the same thing it never gets, every few minutes for days: a 404 for a
 * file that was never there, or a 403 for an endpoint its credentials were never allowed (it never got a 2xx).
 */
function* staleDocs(ctx) {
    const { c, rng, plan, svc } = ctx;
    const periodMs = world_1.HOUR / Math.max(1, (ctx.count * world_1.HOUR) / (ctx.to - ctx.from));
    const ip = (0, world_1.cloudIp)(plan);
    const agent = plan.pick(catalog_1.JOB_AGENTS);
    const forbidden = ctx.status === 403;
    const admin = svc.families.filter((f) => f.audience === 'user' && f.requiredRole === 'admin');
    const integration = svc.integrations.length > 0 ? plan.pick(svc.integrations) : null;
    const family = admin.length > 0 ? plan.pick(admin) : null;
    const path = plan.pick(catalog_1.JOB_PATHS);
    const offset = plan.next() * periodMs;
    for (let t = ctx.lookbackStart + offset; t < ctx.to; t += periodMs) {
        begin(ctx, Math.floor(t + rng.gaussian(0, periodMs * 0.02)));
        if (forbidden && integration && family) {
            c.caller(integration, rng, ip);
            c.d.userAgent = agent;
            c.route(family, 'GET', 1, integration.tenant ?? svc.tenants[0]?.id);
            c.forbidden((0, compose_1.denialFor)(integration, family, 'GET', c.d.auth ?? 'none', c.d.scopes) ?? 'access denied', rng);
        }
        else {
            c.anonymous(ip, agent);
            c.d.path = path;
            c.d.method = 'GET';
            if (forbidden)
                c.forbidden('access denied', rng);
            else
                c.notFound(rng);
        }
        yield;
    }
}
const SCENARIOS = {
    rbac_policy_mismatch: rbacDocs,
    new_user_missing_role: newUserDocs,
    tenant_isolation_violation: tenantDocs,
    oauth_scope_insufficient: oauthDocs,
    ip_allowlist_block: ipAllowlistDocs,
    should_be_401: should401Docs,
    baseline_noise: noiseDocs,
    deploy_broke_routes: deployDocs,
    routing_regression: regressionDocs,
    broken_redirect_or_rule: redirectDocs,
    gone_should_be_410: goneDocs,
    scanner_probe: scannerDocs,
    cached_404: cachedDocs,
    retry_storm: retryDocs,
    stale_client: staleDocs,
};
/**
 * The documents of an incident of cause `id` on one service: the signature documents inside the
 * window and the surroundings the cause implies (before and during it). Not sorted by time.
 */
function* generateIncident(id, options) {
    const ctx = context(id, options);
    const writer = new document_1.DocumentWriter(options);
    for (const _ of SCENARIOS[id](ctx))
        yield writer.write(ctx.c.d);
}
/**
 * What the incident changes in the baseline traffic of its service (null when nothing): the deploy's
 * new version and broken route, the routes and URLs that stop answering, the policy that starts
 * refusing a role.
 */
function incidentEffect(spec, seed = traffic_1.DEFAULT_SEED) {
    const ctx = context(spec.id, { ...spec, seed });
    const base = { service: spec.service, from: ctx.from, to: ctx.to, versionBump: 0, reason: undefined, families: null, paths: null, deniedRoles: null, unlessRole: null };
    switch (spec.id) {
        case 'deploy_broke_routes':
            return { ...base, versionBump: 1, status: 404, families: new Set([deployFamily(ctx).key]) };
        case 'routing_regression':
            return { ...base, status: 404, paths: new Set(regressionPlan(ctx).paths) };
        case 'broken_redirect_or_rule':
            return { ...base, status: 404, families: new Set([ctx.svc.legacyFamily.key]) };
        case 'rbac_policy_mismatch': {
            const p = rbacPlan(ctx);
            return { ...base, status: 403, reason: `missing role: ${p.role}`, families: new Set([p.family.key]), deniedRoles: new Set(['viewer', 'editor']), unlessRole: p.role };
        }
        default:
            return null;
    }
}
//# sourceMappingURL=incidents.js.map