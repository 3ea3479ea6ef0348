"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shapeLabel = void 0;
exports.envBlock = envBlock;
exports.buildCheckReport = buildCheckReport;
exports.createCheckService = createCheckService;
const fields_1 = require("../config/fields");
const readiness_1 = require("../domain/readiness");
const checkQueries_1 = require("../elasticsearch/checkQueries");
const fieldDiscovery_1 = require("../elasticsearch/fieldDiscovery");
const fieldResolution_1 = require("../elasticsearch/fieldResolution");
const responses_1 = require("../elasticsearch/responses");
const triageReader_1 = require("../elasticsearch/triageReader");
function round(share) {
    return Math.round(share * 1000) / 1000;
}
/** `.env` lines for the roles found under names other than the ECS defaults, and INDEX_SERVICE when it is set. */
function envBlock(resolution, indexService) {
    const lines = fields_1.FIELD_ROLES.flatMap((role) => {
        const r = resolution.roles[role];
        return (0, fieldResolution_1.isResolved)(r) && r.field !== fields_1.FIELD_DEFAULTS[role] ? [`${(0, fields_1.fieldSettingName)(role)}=${r.field}`] : [];
    });
    if (indexService !== undefined)
        lines.push(`INDEX_SERVICE=${indexService}`);
    return lines.join('\n');
}
/** Pure: the report from the resolution and what the one round trip read. */
function buildCheckReport(index, resolution, read, nowMs, indexService) {
    const fields = {};
    const missing = {};
    for (const role of fields_1.FIELD_ROLES) {
        const r = resolution.roles[role];
        if (!(0, fieldResolution_1.isResolved)(r)) {
            fields[role] = null;
            missing[role] = r.missing;
            continue;
        }
        const coverage = read.covered > 0 ? round(read.has(role) / read.covered) : 0;
        const note = r.uncovered.length > 0 ? `not usable in ${r.uncovered.length} of ${resolution.indices.length} indices (${r.uncovered.slice(0, 3).join(', ')}${r.uncovered.length > 3 ? ', …' : ''})` : undefined;
        fields[role] = { field: r.field, type: r.type, coverage, source: r.source, ...(note ? { note } : {}) };
    }
    // A role counts as available when some document of the last day carries it (or, with no recent logs, when it is mapped).
    const available = (role) => fields[role] !== null && (read.covered === 0 || read.has(role) > 0);
    const why = (role) => missing[role] ?? (fields[role] !== null ? `\`${fields[role]?.field}\` is mapped but empty in the last 24 h` : null);
    const problems = (0, fieldResolution_1.requiredProblems)(resolution);
    if (resolution.indices.length === 0)
        problems.unshift(`no index matches ${index}`);
    return {
        index,
        indices: resolution.indices.length,
        docs24h: read.docs24h,
        coverageTo: read.coverageTo === null ? null : new Date(read.coverageTo).toISOString(),
        newest: read.newestMs === null ? null : new Date(read.newestMs).toISOString(),
        oldest: read.oldestMs === null ? null : new Date(read.oldestMs).toISOString(),
        lagMs: read.newestMs === null ? null : Math.max(0, nowMs - read.newestMs),
        shape: resolution.shape,
        fields,
        missing,
        causes: (0, readiness_1.causeReadiness)(available, why),
        services: resolution.singleService !== null ? 1 : read.services,
        env: envBlock(resolution, indexService),
        problems,
    };
}
function createCheckService(deps) {
    const { client, config } = deps;
    const now = deps.now ?? (() => new Date());
    const discovery = deps.discovery ?? (0, fieldDiscovery_1.discoveryFor)(client, config);
    const reader = (0, triageReader_1.readerFor)(client, config);
    return {
        async check() {
            const resolution = await discovery.refresh();
            const nowMs = now().getTime();
            const empty = { docs24h: 0, covered: 0, has: () => 0, coverageTo: null, newestMs: null, oldestMs: null, services: null };
            if (resolution.indices.length === 0 || !(0, fieldResolution_1.isResolved)(resolution.roles.time)) {
                return buildCheckReport(config.elasticsearch.index, resolution, empty, nowMs, config.fieldSettings.indexService);
            }
            const countServices = resolution.singleService === null && (0, fieldResolution_1.isResolved)(resolution.roles.service);
            const [coverage, newest, oldest] = await (0, triageReader_1.msearch)(reader, [
                (0, checkQueries_1.coverageSearch)(resolution.fields, fields_1.FIELD_ROLES, nowMs, countServices),
                (0, checkQueries_1.edgeSearch)(resolution.fields, 'desc'),
                (0, checkQueries_1.edgeSearch)(resolution.fields, 'asc'),
            ]);
            const docs24h = coverage ? (0, responses_1.totalHits)(coverage) : 0;
            const newestMs = newest ? (0, responses_1.firstHitTime)(newest) : null;
            // Old or stopped logs: measure coverage over the last day that has documents, not an empty one.
            const [last] = docs24h === 0 && newestMs !== null ? await (0, triageReader_1.msearch)(reader, [(0, checkQueries_1.coverageSearch)(resolution.fields, fields_1.FIELD_ROLES, newestMs + 1, countServices)]) : [coverage];
            const aggs = last ? (0, responses_1.aggsOf)(last) : {};
            const services = (0, responses_1.metric)(aggs, 'services');
            return buildCheckReport(config.elasticsearch.index, resolution, {
                docs24h,
                covered: last ? (0, responses_1.totalHits)(last) : 0,
                has: (role) => (0, responses_1.docCount)(aggs, `has_${role}`),
                coverageTo: docs24h === 0 && newestMs !== null ? newestMs + 1 : nowMs,
                newestMs,
                oldestMs: oldest ? (0, responses_1.firstHitTime)(oldest) : null,
                services: countServices && services !== null ? services : null,
            }, nowMs, config.fieldSettings.indexService);
        },
    };
}
/** The shape's name as people know it. */
var shapes_1 = require("../config/shapes");
Object.defineProperty(exports, "shapeLabel", { enumerable: true, get: function () { return shapes_1.shapeLabel; } });
//# sourceMappingURL=check.js.map