"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dataNotes = dataNotes;
exports.contrastFieldsOf = contrastFieldsOf;
exports.buildResult = buildResult;
exports.createTriageService = createTriageService;
const causes_1 = require("../domain/causes");
const contrast_1 = require("../domain/contrast");
const evidence_1 = require("../domain/evidence");
const decisionRule_1 = require("../domain/guidance/decisionRule");
const suggest_1 = require("../domain/suggest");
const window_1 = require("../domain/window");
const errors_1 = require("../errors");
const fieldDiscovery_1 = require("../elasticsearch/fieldDiscovery");
const fieldResolution_1 = require("../elasticsearch/fieldResolution");
const lastAnswer_1 = require("../elasticsearch/lastAnswer");
const responses_1 = require("../elasticsearch/responses");
const triageReader_1 = require("../elasticsearch/triageReader");
const triageQueries_1 = require("../elasticsearch/triageQueries");
/** What a reader should know about the data under the answer: a notable lag, a thin or missing baseline. Pure. */
function dataNotes(evidence) {
    const notes = [];
    const { lagMs } = evidence.ingest;
    if (lagMs !== null) {
        notes.push(`logs are ${formatLag(lagMs)} behind: the newest document is from ${evidence.ingest.newest ?? 'unknown'}; the expected level covers only what is indexed`);
    }
    else if (evidence.ingest.newest === null) {
        notes.push('no document at all in the last hour of these logs: ingestion may have stopped');
    }
    const { periods, missingDays } = evidence.baseline;
    if (periods === 0)
        notes.push('no baseline yet: the service has no logs in the earlier periods compared (7 same-time days and the last 24 h)');
    else if (missingDays > 0)
        notes.push(`baseline rests on ${periods} earlier period${periods === 1 ? '' : 's'}: ${missingDays} of the last 7 days have no logs around this time (before the logs begin, or a gap), so they are left out rather than read as zero`);
    return notes;
}
function formatLag(ms) {
    return ms < 120_000 ? `${Math.round(ms / 1000)} s` : ms < 7_200_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 3_600_000)} h`;
}
/**
 * What the mapping costs this answer, as notes: roles these logs lack (with why, only when a field exists
 * but cannot serve), and indices of the pattern where a role's field is absent or unusable.
 */
function fieldNotes(resolution) {
    if (!resolution)
        return [];
    const roles = ['time', 'service', 'status', ...evidence_1.EVIDENCE_ROLES];
    return [...new Set(roles)].flatMap((role) => {
        const r = resolution.roles[role];
        if (!(0, fieldResolution_1.isResolved)(r))
            return /no field for it|INDEX_SERVICE/.test(r.missing) ? [] : [`${role}: ${r.missing}`];
        if (r.uncovered.length === 0)
            return [];
        const some = r.uncovered.slice(0, 3).join(', ') + (r.uncovered.length > 3 ? ', …' : '');
        return [`\`${r.field}\` (${role}) is absent or unusable in ${r.uncovered.length} of ${resolution.indices.length} indices (${some}): their documents are left out where ${role} matters`];
    });
}
/** Roles whose values say who or what is behind errors; time, status, service and size do not. */
const CONTRAST_ROLES = ['userAgent', 'clientIp', 'user', 'referrer', 'version', 'method', 'reason', 'roles', 'tenant', 'scopes', 'auth', 'environment', 'cacheStatus', 'path'];
/** The roles' fields first, then every other keyword field of the mapping that can help. */
function contrastFieldsOf(resolution) {
    const roles = CONTRAST_ROLES.flatMap((role) => {
        const r = resolution.roles[role];
        return (0, fieldResolution_1.isResolved)(r) ? [r.field] : [];
    });
    const never = ['time', 'status', 'service', 'bytes'].flatMap((role) => {
        const r = resolution.roles[role];
        return (0, fieldResolution_1.isResolved)(r) ? [r.field] : [];
    });
    return (0, contrast_1.contrastFields)(resolution.keywordFields, roles, 40, never);
}
/** Turns evidence and its classification into the contract's answer. Pure. */
function buildResult(evidence, requests, knownServices, resolution) {
    const { causes, notes, missingFields } = (0, causes_1.classify)(evidence);
    let serviceKnown = null;
    let suggestions = [];
    if (evidence.total === 0 && knownServices !== null) {
        serviceKnown = knownServices.includes(evidence.query.service);
        suggestions = serviceKnown ? [] : (0, suggest_1.suggestNames)(evidence.query.service, knownServices);
    }
    const noBaseline = evidence.baseline.periods === 0;
    return {
        status: evidence.query.status,
        service: evidence.query.service,
        environment: evidence.query.environment,
        window: { from: evidence.query.from, to: evidence.query.to },
        total: evidence.total,
        baseline: { expected: noBaseline ? null : evidence.baseline.expected, ratio: noBaseline ? null : evidence.baseline.ratio, periods: evidence.baseline.periods },
        series: evidence.series,
        causes,
        contrast: evidence.contrast.map(({ field, value, share, baselineShare }) => ({ field, value, share, baselineShare })),
        decisionRule: (0, decisionRule_1.decisionRule)(evidence.query.status, causes.map((c) => c.id)),
        elasticsearchRequests: requests,
        notes: [...dataNotes(evidence), ...notes, ...fieldNotes(resolution)],
        missingFields,
        partial: evidence.partial,
        serviceKnown,
        suggestions,
    };
}
function pick(source, field) {
    if (field in source)
        return source[field];
    // Documents may nest ECS objects instead of using dotted keys.
    return field.split('.').reduce((node, key) => (node !== null && typeof node === 'object' ? node[key] : undefined), source);
}
function text(value) {
    if (value === undefined || value === null)
        return null;
    return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}
function createTriageService(deps) {
    const { client, config } = deps;
    const now = deps.now ?? (() => new Date());
    const log = deps.logger.child({ subsystem: 'triage' });
    // "The last successful query was …" in failure messages needs to know when answers came.
    (0, lastAnswer_1.trackAnswers)(client);
    const reader = (0, triageReader_1.readerFor)(client, config);
    const discovery = deps.discovery ?? (0, fieldDiscovery_1.discoveryFor)(client, config);
    async function scopeOf(request) {
        const windowMs = (0, window_1.parseWindow)(request.window);
        if (windowMs === null)
            throw new errors_1.AppError(errors_1.ErrorCode.BadInput, `unknown window "${request.window}"`, { hint: 'use 15m, 1h, 6h, 24h or 7d' });
        const resolution = await discovery.require();
        const to = (request.at ?? now()).getTime();
        const scope = {
            status: request.status,
            service: request.service,
            environment: request.environment,
            from: to - windowMs,
            to,
            fields: resolution.fields,
            statusKind: resolution.statusKind,
            singleService: resolution.singleService !== null && resolution.singleService === request.service,
            contrastFields: contrastFieldsOf(resolution),
        };
        return { scope, resolution };
    }
    /** The logs are one service (INDEX_SERVICE) and another name was asked for: nothing matches, and the one name is the suggestion. */
    async function noSuchService(scope, resolution) {
        const read = await (0, triageReader_1.readEvidence)(reader, { ...scope, singleService: false });
        return { ...read, knownServices: resolution.singleService === null ? read.knownServices : [resolution.singleService] };
    }
    async function servicesWithLogs(resolution, to, days) {
        if (resolution.singleService !== null)
            return [resolution.singleService];
        const [response] = await (0, triageReader_1.msearch)(reader, [(0, triageQueries_1.servicesSearch)(resolution.fields, to, days)]);
        return response ? (0, responses_1.buckets)((0, responses_1.aggsOf)(response), 'services').map(responses_1.bucketKey) : [];
    }
    return {
        async triage(request) {
            const started = Date.now();
            const { scope, resolution } = await scopeOf(request);
            const read = resolution.singleService !== null && !scope.singleService ? await noSuchService(scope, resolution) : await (0, triageReader_1.readEvidence)(reader, scope);
            const result = buildResult(read.evidence, read.requests, read.knownServices, resolution);
            log.info({ status: request.status, service: request.service, window: request.window, env: request.environment, total: result.total, causes: result.causes.map((c) => c.id), ms: Date.now() - started, requests: read.requests }, 'triage done');
            return result;
        },
        async samples(request, size = 5) {
            const { scope, resolution } = await scopeOf(request);
            const [response] = await (0, triageReader_1.msearch)(reader, [(0, triageQueries_1.samplesSearch)(scope, Math.min(Math.max(size, 1), 20))]);
            return (response?.hits.hits ?? []).map((hit) => {
                const source = hit._source ?? {};
                // Read from where the value sits in the document (`request`, not its `request.keyword`), as people mean it.
                const value = (role) => {
                    const r = resolution.roles[role];
                    const raw = (0, fieldResolution_1.isResolved)(r) ? text(pick(source, r.sourceField)) : null;
                    return raw === null ? null : (0, triageReader_1.cleanValue)(raw);
                };
                return {
                    timestamp: value('time') ?? '',
                    method: value('method'),
                    path: value('path'),
                    status: Number(value('status')),
                    user: value('user'),
                    clientIp: value('clientIp'),
                    userAgent: value('userAgent'),
                    reason: value('reason'),
                };
            });
        },
        async knownServices(days = 7) {
            return servicesWithLogs(await discovery.require(), now().getTime(), days);
        },
    };
}
//# sourceMappingURL=triage.js.map