"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DISCOVERY_TTL_MS = void 0;
exports.readFieldCaps = readFieldCaps;
exports.resolutionOf = resolutionOf;
exports.createFieldDiscovery = createFieldDiscovery;
exports.discoveryFor = discoveryFor;
const errors_1 = require("../errors");
const errors_2 = require("./errors");
const lastAnswer_1 = require("./lastAnswer");
const fieldResolution_1 = require("./fieldResolution");
exports.DISCOVERY_TTL_MS = 5 * 60_000;
async function readFieldCaps(deps) {
    let raw;
    try {
        raw = await deps.client.fieldCaps({ index: deps.index, fields: '*', include_unmapped: true, ignore_unavailable: true, allow_no_indices: true }, { requestTimeout: deps.timeoutMs, maxRetries: 0 });
    }
    catch (error) {
        throw (0, errors_2.elasticsearchError)(error, deps.location, deps.timeoutMs, { lastAnswer: (0, lastAnswer_1.lastAnswerAt)(deps.client) });
    }
    const parsed = fieldResolution_1.fieldCapsResponse.safeParse(raw);
    if (!parsed.success)
        throw new errors_1.AppError(errors_1.ErrorCode.ElasticsearchUnexpected, 'Elasticsearch described its fields in an unexpected shape (_field_caps)', { cause: parsed.error });
    return parsed.data;
}
/** No index matches yet: nothing to discover, so the settings (or ECS names) stand and answers say "no logs". */
function resolutionOf(caps, settings) {
    return caps.indices.length === 0 ? (0, fieldResolution_1.assumedResolution)(settings) : (0, fieldResolution_1.resolveFields)(caps, settings);
}
function createFieldDiscovery(deps) {
    const ttlMs = deps.ttlMs ?? exports.DISCOVERY_TTL_MS;
    const clock = deps.clock ?? Date.now;
    let cached = null;
    let lastGood = null;
    let timer = null;
    async function load() {
        try {
            const resolution = resolutionOf(await readFieldCaps(deps), deps.settings);
            lastGood = resolution;
            return resolution;
        }
        catch (error) {
            if (lastGood)
                return lastGood;
            cached = null;
            throw error;
        }
    }
    const discovery = {
        current() {
            if (cached === null || clock() - cached.at >= ttlMs)
                cached = { at: clock(), value: load() };
            return cached.value;
        },
        async require() {
            const resolution = await discovery.current();
            const problems = (0, fieldResolution_1.requiredProblems)(resolution);
            if (problems.length > 0) {
                throw new errors_1.AppError(errors_1.ErrorCode.LogsUnfit, `these logs (${deps.index}) cannot be read: ${problems.join('; ')}`, {
                    hint: 'run `status-triage check` to see every field found, then set the FIELD_* setting it suggests',
                });
            }
            return resolution;
        },
        refresh() {
            cached = { at: clock(), value: load() };
            return cached.value;
        },
        start(intervalMs = ttlMs, onError = () => undefined) {
            if (timer)
                return;
            timer = setInterval(() => {
                discovery.refresh().catch(onError);
            }, intervalMs);
            timer.unref();
        },
        stop() {
            if (timer)
                clearInterval(timer);
            timer = null;
        },
    };
    return discovery;
}
/** The discovery for the configured index pattern and settings. */
function discoveryFor(client, config) {
    return createFieldDiscovery({
        client,
        index: config.elasticsearch.index,
        settings: config.fieldSettings,
        location: (0, errors_2.clusterLocation)(config.elasticsearch),
        timeoutMs: config.elasticsearch.timeoutMs,
    });
}
//# sourceMappingURL=fieldDiscovery.js.map