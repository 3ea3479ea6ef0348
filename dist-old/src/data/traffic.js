"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STAGING_LEAD = exports.DEFAULT_SEED = void 0;
exports.estimateTraffic = estimateTraffic;
exports.trafficServices = trafficServices;
exports.generateTraffic = generateTraffic;
const catalog_1 = require("./catalog");
const compose_1 = require("./compose");
const document_1 = require("./document");
const effects_1 = require("./effects");
const random_1 = require("./random");
const service_1 = require("./service");
const world_1 = require("./world");
/**
 * Baseline traffic: every service's requests minute by minute, busier in the daytime of the service's
 * users, quieter at weekends, with the normal trickle of 404s and 403s. A generator: two million
 * documents stream through without ever being held in memory.
 */
exports.DEFAULT_SEED = 'status-triage';
/** Staging runs the next release this long before production does. */
exports.STAGING_LEAD = 6 * world_1.HOUR;
/** Human traffic by local minute of the day (mean 1): a night trough, a working-day plateau, an evening tail. */
const HUMAN_CYCLE = (() => {
    const table = new Float64Array(1440);
    let sum = 0;
    for (let m = 0; m < 1440; m++) {
        const h = m / 60;
        const v = 0.16 + Math.exp(-(((h - 13.5) / 4.3) ** 2)) + 0.28 * Math.exp(-(((h - 20.5) / 2) ** 2));
        table[m] = v;
        sum += v;
    }
    for (let m = 0; m < 1440; m++)
        table[m] = table[m] * (1440 / sum);
    return table;
})();
/** Programs run cron jobs on the hour: the first minutes of each hour are busier (mean 1). */
const MACHINE_HOUR = (() => {
    const table = new Float64Array(60);
    let sum = 0;
    for (let m = 0; m < 60; m++) {
        table[m] = m < 3 ? 4 : 1;
        sum += table[m];
    }
    for (let m = 0; m < 60; m++)
        table[m] = table[m] * (60 / sum);
    return table;
})();
function resolveNames(services, seed) {
    if (services === undefined)
        return (0, service_1.serviceNames)(5, seed);
    if (typeof services === 'number')
        return (0, service_1.serviceNames)(services, seed);
    return [...new Set(services)];
}
function period(options) {
    const end = options.end.getTime();
    if (!Number.isFinite(end))
        throw new RangeError('end must be a valid date');
    const days = options.days ?? 7;
    if (!(days > 0))
        throw new RangeError('days must be positive');
    return { start: end - Math.round(days * world_1.DAY), end };
}
function isWeekend(localMs) {
    const weekday = (Math.floor(localMs / world_1.DAY) + 4) % 7;
    return weekday === 0 || weekday === 6;
}
/** Expected human requests of a stream in the minute starting at t0, per unit of perMinute. */
function humanShape(s, t0) {
    const local = t0 + s.tzMinutes * world_1.MINUTE;
    const minuteOfDay = Math.floor(local / world_1.MINUTE) % 1440;
    return s.svc.mix.human * HUMAN_CYCLE[minuteOfDay] * (isWeekend(local) ? s.weekend : s.weekday);
}
/** Expected machine requests of a stream in the minute starting at t0, per unit of perMinute. */
function machineShape(s, t0) {
    return s.svc.mix.machine * MACHINE_HOUR[Math.floor(t0 / world_1.MINUTE) % 60];
}
function makeStreams(world, names, effects) {
    return names.map((name) => {
        const svc = (0, service_1.serviceModel)(world, name);
        // B2B APIs go quiet at weekends; public sites less so. Factors keep the weekly mean at 1.
        const weekendRatio = svc.kind === 'web' ? 0.8 : 0.45;
        const weekday = 7 / (5 + 2 * weekendRatio);
        return {
            svc,
            composer: new compose_1.Composer(world, svc),
            rng: new random_1.Random(world.seed, 'traffic', name),
            tzMinutes: svc.tzOffsetHours * 60,
            weekday,
            weekend: weekendRatio * weekday,
            effects: effects.filter((e) => e.service === name),
            perMinute: 0,
        };
    });
}
/** Sets each stream's rate: from ratePerMinute × the service's size, or scaled so the total hits totalDocs. */
function setRates(streams, p, options) {
    const rate = options.ratePerMinute ?? 10;
    if (!(rate >= 0))
        throw new RangeError('ratePerMinute must be zero or more');
    const first = Math.floor(p.start / world_1.MINUTE) * world_1.MINUTE;
    const sums = streams.map((s) => {
        let sum = 0;
        const flat = s.svc.mix.crawler + s.svc.mix.scanner;
        for (let t0 = first; t0 < p.end; t0 += world_1.MINUTE)
            sum += humanShape(s, t0) + machineShape(s, t0) + flat;
        return sum * s.svc.weight;
    });
    const total = sums.reduce((a, b) => a + b, 0);
    const scale = options.totalDocs !== undefined ? (total > 0 ? options.totalDocs / total : 0) : rate;
    streams.forEach((s) => {
        s.perMinute = s.svc.weight * scale;
    });
    return total * scale;
}
/** How many documents generateTraffic will yield for these options (its expectation; the draw varies by a few per mille). */
function estimateTraffic(options) {
    const seed = options.seed ?? exports.DEFAULT_SEED;
    const world = (0, world_1.worldFor)(seed);
    const streams = makeStreams(world, resolveNames(options.services, seed), []);
    return Math.round(setRates(streams, period(options), options));
}
/** The service names generateTraffic uses for these options. */
function trafficServices(options) {
    return resolveNames(options.services, options.seed ?? exports.DEFAULT_SEED);
}
function* generateTraffic(options) {
    const seed = options.seed ?? exports.DEFAULT_SEED;
    const world = (0, world_1.worldFor)(seed);
    const p = period(options);
    const streams = makeStreams(world, resolveNames(options.services, seed), options.effects ?? []);
    setRates(streams, p, options);
    const writer = new document_1.DocumentWriter(options);
    const first = Math.floor(p.start / world_1.MINUTE) * world_1.MINUTE;
    for (let t0 = first; t0 < p.end; t0 += world_1.MINUTE) {
        for (const s of streams) {
            const mix = s.svc.mix;
            const human = humanShape(s, t0) * s.perMinute;
            const machine = human + machineShape(s, t0) * s.perMinute;
            const crawler = machine + mix.crawler * s.perMinute;
            const lambda = crawler + mix.scanner * s.perMinute;
            const rng = s.rng;
            let n = rng.poisson(lambda);
            while (n-- > 0) {
                const t = t0 + rng.int(world_1.MINUTE);
                if (t < p.start || t >= p.end)
                    continue;
                const u = rng.next() * lambda;
                const c = s.composer;
                const svc = s.svc;
                const staging = svc.stagingShare > 0 && rng.next() < svc.stagingShare;
                const versionIndex = staging ? svc.versions.indexAt(t + exports.STAGING_LEAD) : svc.versions.indexAt(t) + (0, effects_1.versionBump)(s.effects, t);
                c.begin(t, staging ? 'staging' : 'prod', versionIndex, rng);
                if (u < human)
                    humanRequest(c, rng, t);
                else if (u < machine)
                    machineRequest(c, rng);
                else if (u < crawler)
                    crawlerRequest(c, rng);
                else
                    scannerRequest(c, rng);
                if (s.effects.length > 0)
                    (0, effects_1.applyEffects)(s.effects, c, rng);
                yield writer.write(c.d);
            }
        }
    }
}
function pickAllowed(c, user, rng) {
    const svc = c.svc;
    const auth = c.d.auth ?? 'none';
    for (let tries = 0;; tries++) {
        const f = rng.weighted(svc.humanFamilies);
        const method = f.methods.at(rng.next());
        const reason = (0, compose_1.denialFor)(user, f, method, auth, c.d.scopes);
        if (reason === null)
            return { f, method, reason };
        // Now and then people do click what they may not do: the baseline's scattered 403s.
        if (rng.next() < 0.04)
            return { f, method, reason };
        if (tries === 3)
            return { f: svc.selfFamily, method: 'GET', reason: null };
    }
}
function humanRequest(c, rng, t) {
    const svc = c.svc;
    const d = c.d;
    if (rng.next() < svc.anonShare) {
        anonRequest(c, rng);
        return;
    }
    const tenant = rng.weighted(svc.tenantTable);
    const user = c.world.pickUser(tenant, t, rng);
    c.caller(user, rng);
    if (rng.next() < 0.004) {
        c.strayRoute('user', rng);
        c.notFound(rng);
        return;
    }
    const { f, method, reason } = pickAllowed(c, user, rng);
    const k = rng.skewed(f.pool, 2.2);
    if (f.tenantScoped && rng.next() < 0.002) {
        // A link shared across organizations: the service refuses another tenant's resource.
        const other = rng.weighted(svc.tenantTable).id;
        if (other !== user.tenant) {
            c.route(f, method, k, other);
            c.forbidden('tenant mismatch', rng);
            return;
        }
    }
    c.routeForCaller(f, method, k, user.uuid);
    if (svc.kind === 'web')
        d.referrer = rng.next() < 0.6 ? c.internalReferrer(rng) : undefined;
    else if (d.auth === 'session')
        d.referrer = 'https://app.example.com/';
    if (reason !== null) {
        c.forbidden(reason, rng);
        return;
    }
    if (d.auth === 'session' && (0, compose_1.isWrite)(method) && rng.next() < 0.002) {
        c.forbidden('csrf token missing', rng);
        return;
    }
    c.ok(rng);
}
function anonRequest(c, rng) {
    const svc = c.svc;
    const d = c.d;
    c.visitor(rng);
    if (rng.next() < (svc.kind === 'web' ? 0.012 : 0.02)) {
        c.strayRoute('anon', rng);
        c.notFound(rng);
        return;
    }
    const f = rng.weighted(svc.anonFamilies);
    c.route(f, f.methods.at(rng.next()), rng.skewed(f.pool, 2), undefined);
    const r = rng.next();
    d.referrer = r < 0.3 ? rng.pick(catalog_1.SEARCH_REFERRERS) : r < 0.65 && svc.kind === 'web' ? c.internalReferrer(rng) : undefined;
    if (f.audience === 'user')
        c.toLogin(rng);
    else
        c.ok(rng);
}
function machineRequest(c, rng) {
    const svc = c.svc;
    const d = c.d;
    const f = rng.weighted(svc.machineFamilies);
    if (svc.kind === 'web' || f.kind === 'health') {
        c.monitor(rng);
        c.route(svc.kind === 'web' ? svc.families[0] : f, 'GET', 0, undefined);
        c.ok(rng);
        return;
    }
    const caller = rng.weighted(svc.machineCallers);
    c.caller(caller, rng);
    if (rng.next() < 0.005) {
        c.strayRoute('machine', rng);
        c.notFound(rng);
        return;
    }
    let method = f.methods.at(rng.next());
    let reason = (0, compose_1.denialFor)(caller, f, method, d.auth ?? 'none', d.scopes);
    // Read-only tokens are used for reads; only rarely does a job try to write with one.
    if (reason !== null && rng.next() > 0.01) {
        method = 'GET';
        reason = (0, compose_1.denialFor)(caller, f, method, d.auth ?? 'none', d.scopes);
    }
    c.route(f, method, rng.skewed(f.pool, 1.8), caller.tenant ?? rng.weighted(svc.tenantTable).id);
    if (reason !== null)
        c.forbidden(reason, rng);
    else
        c.ok(rng);
}
function crawlerRequest(c, rng) {
    const svc = c.svc;
    c.crawler(rng);
    if (rng.next() < 0.04) {
        c.strayRoute('crawler', rng);
        c.notFound(rng);
        return;
    }
    const f = rng.weighted(svc.crawlerFamilies);
    c.route(f, 'GET', rng.skewed(f.pool, 1.3), undefined);
    if (f.audience === 'user')
        c.toLogin(rng);
    else
        c.ok(rng);
}
function scannerRequest(c, rng) {
    c.scanner(rng);
    c.probe(rng);
    c.notFound(rng);
}
//# sourceMappingURL=traffic.js.map