"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.datasetSpecs = datasetSpecs;
exports.datasetServiceNames = datasetServiceNames;
exports.ensureDataset = ensureDataset;
const generator_1 = require("../src/data/generator");
const bulkLoad_1 = require("../src/elasticsearch/bulkLoad");
const elastic_1 = require("../src/elasticsearch/engines/elastic");
/**
 * The data sets: the main one (default 2 M documents, 7 days, 200 services, six incidents in progress),
 * the same shape with 10× fewer documents, the watcher's (1,000 services, every one with logs) and the
 * hot one (one service logging 20 M requests over the 7 days beside ordinary services, an incident on it).
 * An index is reused when its marker (the parameters, stored in the mapping's `_meta`) and its document
 * count match; otherwise it is rebuilt.
 */
const INCIDENT_MINUTES = 40;
/** Causes placed in the main data sets, one service each, all still going on at `end`. */
const MAIN_INCIDENTS = ['deploy_broke_routes', 'oauth_scope_insufficient', 'tenant_isolation_violation', 'scanner_probe', 'rbac_policy_mismatch', 'routing_regression'];
const WATCH_INCIDENTS = ['deploy_broke_routes', 'tenant_isolation_violation', 'scanner_probe'];
const MARKER_VERSION = 1;
/** The hot service's incident: a deploy that broke routes, its 404s a few per cent of the service's traffic. */
const HOT_INCIDENT = 'deploy_broke_routes';
function incidentsFor(ids, names, end) {
    const from = new Date(end.getTime() - INCIDENT_MINUTES * 60_000).toISOString();
    // Every fifth name: incidents land on services of different sizes, not only the first ones.
    return ids.map((id, i) => ({ id, service: names[(i * 5) % names.length], status: generator_1.INCIDENT_STATUS[id], from, to: end.toISOString() }));
}
function datasetSpecs(options) {
    const end = options.end.toISOString();
    const mainNames = (0, generator_1.trafficServices)({ services: options.services, seed: options.seed });
    const watchNames = (0, generator_1.trafficServices)({ services: options.watchServices, seed: options.seed });
    const base = { days: options.days, seed: options.seed, end };
    return [
        { key: 'main', index: `${options.indexPrefix}-main`, docs: options.docs, services: options.services, incidents: incidentsFor(MAIN_INCIDENTS, mainNames, options.end), ...base },
        {
            key: 'small',
            index: `${options.indexPrefix}-small`,
            docs: Math.round(options.docs / options.smallFactor),
            services: options.services,
            incidents: incidentsFor(MAIN_INCIDENTS, mainNames, options.end),
            ...base,
        },
        { key: 'watch', index: `${options.indexPrefix}-watch`, docs: options.watchDocs, services: options.watchServices, incidents: incidentsFor(WATCH_INCIDENTS, watchNames, options.end), ...base },
        hotSpec(options),
    ];
}
/**
 * The hot data set: the first generated name is the busy service, the others ordinary ones (as busy as a
 * service of the main data set). The incident's volume grows with the service so it stands out of its
 * baseline as much as on an ordinary service: about 8 % of the hot service's traffic while it lasts.
 */
function hotSpec(options) {
    const names = (0, generator_1.trafficServices)({ services: options.hotServices + 1, seed: options.seed });
    const service = names[0];
    const [incident] = incidentsFor([HOT_INCIDENT], [service], options.end);
    const intensity = Math.max(1, Math.round(options.hotDocs / 1_000_000));
    return {
        key: 'hot',
        index: `${options.indexPrefix}-hot`,
        docs: Math.round((options.docs / options.services) * options.hotServices),
        services: options.hotServices,
        days: options.days,
        seed: options.seed,
        end: options.end.toISOString(),
        incidents: incident ? [{ ...incident, intensity }] : [],
        hot: { service, docs: options.hotDocs },
    };
}
/** The service names of a data set, in the generator's order (the hot service first). */
function datasetServiceNames(spec) {
    return (0, generator_1.trafficServices)({ services: spec.services + (spec.hot ? 1 : 0), seed: spec.seed });
}
function incidentSpecs(spec) {
    return spec.incidents.map((i) => ({ id: i.id, service: i.service, from: new Date(i.from), to: new Date(i.to), ...(i.intensity ? { intensity: i.intensity } : {}) }));
}
/** Every document of a data set, streamed: the hot service's traffic follows the ordinary services'. */
function* datasetDocuments(spec, fields) {
    const base = { end: new Date(spec.end), days: spec.days, seed: spec.seed, fields };
    if (!spec.hot) {
        yield* (0, generator_1.generateDataset)({ ...base, services: spec.services, totalDocs: spec.docs, incidents: incidentSpecs(spec) });
        return;
    }
    const [hot, ...ordinary] = datasetServiceNames(spec);
    yield* (0, generator_1.generateDataset)({ ...base, services: ordinary, totalDocs: spec.docs });
    yield* (0, generator_1.generateDataset)({ ...base, services: [hot], totalDocs: spec.hot.docs, incidents: incidentSpecs(spec) });
}
/** Big data sets load in bigger batches: fewer, longer bulk requests cost the node less per document. */
function bulkBytes(spec) {
    return (spec.hot?.docs ?? spec.docs) >= 10_000_000 ? 20_000_000 : 5_000_000;
}
/** Elasticsearch gives `_meta` back with its keys in another order: compare with sorted keys. */
function canonical(value) {
    const sorted = (v) => {
        if (Array.isArray(v))
            return v.map(sorted);
        if (v !== null && typeof v === 'object')
            return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]));
        return v;
    };
    return JSON.stringify(sorted(value));
}
async function readMarker(client, index) {
    if (!(await client.indices.exists({ index })))
        return null;
    const mapping = await client.indices.getMapping({ index });
    const meta = mapping[index]?.mappings._meta;
    return meta?.statusTriageBench ?? null;
}
/**
 * Searches in the benchmark must reach the shards: the shard request cache would answer a repeated
 * identical `size: 0` search from memory, which no real triage (its `now` moves) ever gets.
 */
const SEARCH_SETTINGS = { 'index.requests.cache.enable': false };
const LOAD_SETTINGS = { refresh_interval: '-1', 'translog.durability': 'async', 'translog.flush_threshold_size': '1gb', 'merge.scheduler.max_thread_count': 1 };
const SERVING_SETTINGS = { refresh_interval: '1s', 'translog.durability': 'request', 'translog.flush_threshold_size': null, 'merge.scheduler.max_thread_count': null };
async function ensureDataset(client, spec, fields, reload, say) {
    const serviceNames = datasetServiceNames(spec);
    const marker = reload ? null : await readMarker(client, spec.index);
    if (marker !== null && marker.version === MARKER_VERSION && canonical(marker.spec) === canonical(spec)) {
        const { count } = await client.count({ index: spec.index });
        if (count === marker.count) {
            await client.indices.putSettings({ index: spec.index, settings: SEARCH_SETTINGS });
            say(`${spec.index}: reusing ${count.toLocaleString('en-US')} documents (loaded earlier in ${marker.loadSeconds} s)`);
            return { spec, count, serviceNames, loadSeconds: marker.loadSeconds, mergeSeconds: marker.mergeSeconds, reused: true };
        }
        say(`${spec.index}: holds ${count.toLocaleString('en-US')} documents, the marker says ${marker.count.toLocaleString('en-US')}; reloading`);
    }
    say(`${spec.index}: generating and loading ~${spec.docs.toLocaleString('en-US')} documents (${spec.services} services, ${spec.days} days, ${spec.incidents.length} incidents)…`);
    const started = performance.now();
    await (0, bulkLoad_1.recreateAccessLogIndex)((0, elastic_1.elasticsearchEngine)(client), spec.index, fields);
    // Bulk-load settings: no refresh, no fsync per request and fewer flushes while loading; one merge thread,
    // since the node shares two cores with the generator (bulkLoadStream refreshes at the end).
    await client.indices.putSettings({ index: spec.index, settings: { ...LOAD_SETTINGS, ...SEARCH_SETTINGS } });
    let lastSaid = performance.now();
    const progress = (n) => {
        if (performance.now() - lastSaid < 15_000)
            return;
        lastSaid = performance.now();
        const seconds = (lastSaid - started) / 1000;
        say(`  ${n.toLocaleString('en-US')} documents in ${seconds.toFixed(0)} s (${Math.round(n / seconds).toLocaleString('en-US')}/s)…`);
    };
    const loaded = await (0, bulkLoad_1.bulkLoadStream)((0, elastic_1.elasticsearchEngine)(client), spec.index, datasetDocuments(spec, fields), progress, { flushBytes: bulkBytes(spec) });
    const loadSeconds = Math.round((performance.now() - started) / 100) / 10;
    await client.indices.putSettings({ index: spec.index, settings: SERVING_SETTINGS });
    // One segment: later runs (and background merges) then cannot make this run's timings differ from the next one's.
    const merging = performance.now();
    await client.indices.forcemerge({ index: spec.index, max_num_segments: 1 }, { requestTimeout: 30 * 60_000 });
    await client.indices.refresh({ index: spec.index });
    const mergeSeconds = Math.round((performance.now() - merging) / 100) / 10;
    const { count } = await client.count({ index: spec.index });
    const newMarker = { version: MARKER_VERSION, spec, count, loadSeconds, mergeSeconds };
    await client.indices.putMapping({ index: spec.index, _meta: { statusTriageBench: newMarker } });
    say(`${spec.index}: loaded ${loaded.toLocaleString('en-US')} documents in ${loadSeconds} s (${Math.round(loaded / loadSeconds).toLocaleString('en-US')}/s), force-merged in ${mergeSeconds} s`);
    return { spec, count, serviceNames, loadSeconds, mergeSeconds, reused: false };
}
//# sourceMappingURL=datasets.js.map