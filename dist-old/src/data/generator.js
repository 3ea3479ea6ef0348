"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serviceNames = exports.INCIDENT_STATUS = exports.incidentEffect = exports.generateIncident = exports.DEFAULT_SEED = exports.trafficServices = exports.estimateTraffic = exports.generateTraffic = void 0;
exports.datasetServices = datasetServices;
exports.generateDataset = generateDataset;
exports.demoDataset = demoDataset;
const incidents_1 = require("./incidents");
const traffic_1 = require("./traffic");
const world_1 = require("./world");
/**
 * Synthetic ECS access logs for tests, the demo and the benchmark: baseline traffic of many services
 * plus incidents of every contract cause, deterministic for a seed and streamed, never held in memory.
 */
var traffic_2 = require("./traffic");
Object.defineProperty(exports, "generateTraffic", { enumerable: true, get: function () { return traffic_2.generateTraffic; } });
Object.defineProperty(exports, "estimateTraffic", { enumerable: true, get: function () { return traffic_2.estimateTraffic; } });
Object.defineProperty(exports, "trafficServices", { enumerable: true, get: function () { return traffic_2.trafficServices; } });
Object.defineProperty(exports, "DEFAULT_SEED", { enumerable: true, get: function () { return traffic_2.DEFAULT_SEED; } });
var incidents_2 = require("./incidents");
Object.defineProperty(exports, "generateIncident", { enumerable: true, get: function () { return incidents_2.generateIncident; } });
Object.defineProperty(exports, "incidentEffect", { enumerable: true, get: function () { return incidents_2.incidentEffect; } });
Object.defineProperty(exports, "INCIDENT_STATUS", { enumerable: true, get: function () { return incidents_2.INCIDENT_STATUS; } });
var service_1 = require("./service");
Object.defineProperty(exports, "serviceNames", { enumerable: true, get: function () { return service_1.serviceNames; } });
/** The services a dataset covers: the traffic's, plus any an incident names. */
function datasetServices(options) {
    return [...new Set([...(0, traffic_1.trafficServices)(options), ...(options.incidents ?? []).map((i) => i.service)])];
}
/**
 * Baseline traffic with incidents in it. Incident surroundings never reach back before the traffic
 * starts, so the lookback a reader sees is the one the data has.
 */
function* generateDataset(options) {
    const seed = options.seed ?? traffic_1.DEFAULT_SEED;
    const incidents = options.incidents ?? [];
    const start = options.end.getTime() - Math.round((options.days ?? 7) * world_1.DAY);
    const effects = [...(options.effects ?? [])];
    for (const spec of incidents) {
        const effect = (0, incidents_1.incidentEffect)(spec, seed);
        if (effect)
            effects.push(effect);
    }
    yield* (0, traffic_1.generateTraffic)({ ...options, services: datasetServices(options), effects });
    for (const spec of incidents) {
        const available = Math.max(0, (spec.from.getTime() - start) / world_1.DAY);
        yield* (0, incidents_1.generateIncident)(spec.id, {
            ...writerOptions(options),
            ...spec,
            seed,
            lookbackDays: Math.min(spec.lookbackDays ?? 7, available),
        });
    }
}
function writerOptions(options) {
    return { fields: options.fields, omit: options.omit, withReason: options.withReason, extras: options.extras };
}
const DEMO = [
    { service: 'checkout-api', id: 'deploy_broke_routes', status: 404 },
    { service: 'billing-api', id: 'oauth_scope_insufficient', status: 403 },
    { service: 'accounts-api', id: 'tenant_isolation_violation', status: 403 },
    { service: 'web-frontend', id: 'scanner_probe', status: 404 },
    { service: 'search-api', id: null, status: 404 },
];
/** A week of five services ending at `end`, four of them in trouble right now, one calm. */
function demoDataset(end, options = {}) {
    const days = options.days ?? 7;
    const from = new Date(end.getTime() - (options.incidentMinutes ?? 40) * world_1.MINUTE);
    const incidents = [];
    const specs = [];
    for (const entry of DEMO) {
        if (entry.id === null)
            continue;
        incidents.push({ service: entry.service, id: entry.id, status: entry.status, from, to: end });
        specs.push({ id: entry.id, service: entry.service, from, to: end });
    }
    const services = DEMO.map((d) => d.service);
    const dataset = {
        ...writerOptions(options),
        seed: options.seed ?? traffic_1.DEFAULT_SEED,
        end,
        days,
        services,
        ratePerMinute: options.ratePerMinute ?? 6,
        incidents: specs,
    };
    return {
        start: new Date(end.getTime() - days * world_1.DAY),
        end,
        services,
        incidents,
        calm: DEMO.filter((d) => d.id === null).map((d) => d.service),
        expectedDocs: (0, traffic_1.estimateTraffic)(dataset),
        docs: () => generateDataset(dataset),
    };
}
//# sourceMappingURL=generator.js.map