"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REQUIRED_ROLES = exports.fieldCapsResponse = void 0;
exports.kindOf = kindOf;
exports.isResolved = isResolved;
exports.unmappedName = unmappedName;
exports.detectShape = detectShape;
exports.resolveFields = resolveFields;
exports.requiredProblems = requiredProblems;
exports.assumedResolution = assumedResolution;
const zod_1 = require("zod");
const fields_1 = require("../config/fields");
const shapes_1 = require("../config/shapes");
/**
 * Pure: from the index pattern's `_field_caps` to the field each role is read from. A string mapped
 * `text` is read through its keyword sub-field; a field that cannot be aggregated anywhere is a missing
 * role with the reason, never a query that Elasticsearch would refuse ("Fielddata is disabled …").
 */
const capability = zod_1.z.looseObject({
    type: zod_1.z.string(),
    aggregatable: zod_1.z.boolean(),
    searchable: zod_1.z.boolean().optional(),
    indices: zod_1.z.array(zod_1.z.string()).optional(),
});
exports.fieldCapsResponse = zod_1.z.looseObject({
    indices: zod_1.z.array(zod_1.z.string()).default([]),
    fields: zod_1.z.record(zod_1.z.string(), zod_1.z.record(zod_1.z.string(), capability)).default({}),
});
const KINDS = {
    long: 'number',
    integer: 'number',
    short: 'number',
    byte: 'number',
    unsigned_long: 'number',
    double: 'number',
    float: 'number',
    half_float: 'number',
    scaled_float: 'number',
    keyword: 'keyword',
    constant_keyword: 'keyword',
    wildcard: 'keyword',
    ip: 'ip',
    date: 'date',
    date_nanos: 'date_nanos',
    text: 'text',
    match_only_text: 'text',
};
function kindOf(esType) {
    return KINDS[esType] ?? 'other';
}
/** Which kinds each role can be read as. Anything aggregatable serves the string roles. */
const ACCEPTS = {
    time: ['date', 'date_nanos'],
    status: ['number', 'keyword'],
    bytes: ['number', 'keyword'],
    clientIp: ['ip', 'keyword'],
};
const STRING_KINDS = ['keyword', 'number', 'ip'];
function isResolved(role) {
    return 'field' in role;
}
/** A name no mapping holds: term, range, exists and terms on it match nothing and never fail. */
function unmappedName(role) {
    return `${fields_1.MISSING_FIELD_PREFIX}${role}`;
}
function variants(caps, name) {
    const entry = caps.fields[name];
    if (!entry)
        return [];
    const all = Object.values(entry);
    return all
        .filter((c) => c.type !== 'unmapped')
        .map((c) => ({ type: c.type, aggregatable: c.aggregatable, indices: c.indices ?? (all.length === 1 ? caps.indices : []) }));
}
function mappedIndices(caps, name) {
    return variants(caps, name).flatMap((v) => v.indices);
}
/** Keyword multi-fields of a text field (`request.keyword`, or whatever the mapping calls it). */
function keywordSubFields(caps, name) {
    const prefix = `${name}.`;
    const subs = Object.keys(caps.fields).filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('.'));
    return subs
        .filter((f) => variants(caps, f).some((v) => v.aggregatable && kindOf(v.type) === 'keyword'))
        .sort((a, b) => Number(b === `${name}.keyword`) - Number(a === `${name}.keyword`) || a.localeCompare(b));
}
function describeKinds(vs) {
    return vs.map((v) => v.type).join(' / ');
}
/** Can `name` serve `role`, directly or through a keyword sub-field? */
function attempt(caps, role, name, source) {
    // An object is a namespace (`service` holding `service.name`), not a field: as good as absent.
    const vs = variants(caps, name).filter((v) => v.type !== 'object' && v.type !== 'nested');
    if (vs.length === 0)
        return { resolved: null, problem: null };
    const accepts = ACCEPTS[role] ?? STRING_KINDS;
    const usable = vs.filter((v) => v.aggregatable && accepts.includes(kindOf(v.type)));
    const unusable = vs.filter((v) => !usable.includes(v));
    const candidates = [];
    if (usable.length > 0) {
        const type = usable[0]?.type ?? 'keyword';
        // A name that is text in some indices would fail there: only clean when nothing unusable remains.
        candidates.push({ field: name, kind: kindOf(type), type, indices: usable.flatMap((v) => v.indices), clean: unusable.length === 0 });
    }
    if (unusable.some((v) => kindOf(v.type) === 'text') && !(ACCEPTS[role] ?? []).includes('date')) {
        for (const sub of keywordSubFields(caps, name)) {
            candidates.push({ field: sub, kind: 'keyword', type: 'keyword', indices: mappedIndices(caps, sub), clean: variants(caps, sub).every((v) => v.aggregatable) });
        }
    }
    // Most indices first. On a tie, the name that is text somewhere wins over a sub-field that is absent
    // elsewhere: the first fails visibly on the text indices (the answer says it is partial, and `check`
    // names them), the second would silently leave the other indices out.
    const best = [...candidates].sort((a, b) => b.indices.length - a.indices.length || Number(a.clean) - Number(b.clean))[0];
    if (!best) {
        const texts = unusable.filter((v) => kindOf(v.type) === 'text');
        if (role === 'time')
            return { resolved: null, problem: `\`${name}\` is ${describeKinds(vs)}, not a date` };
        if (texts.length > 0 && usable.length === 0)
            return { resolved: null, problem: `\`${name}\` is text only, no keyword sub-field` };
        if (texts.length > 0)
            return { resolved: null, problem: `\`${name}\` is ${describeKinds(vs)} across the indices, with no keyword sub-field where it is text` };
        return { resolved: null, problem: `\`${name}\` is ${describeKinds(vs)}, which cannot be counted for ${role}` };
    }
    const covered = new Set(best.indices);
    return { resolved: { field: best.field, sourceField: name, kind: best.kind, type: best.type, source, uncovered: caps.indices.filter((i) => !covered.has(i)) }, problem: null };
}
function scoreShape(caps, shape) {
    const roles = shapes_1.SHAPES[shape].roles;
    return shapes_1.DISTINCTIVE_ROLES.filter((role) => (roles[role] ?? []).some((name) => caps.fields[name] !== undefined)).length;
}
/** The shape most of whose distinctive names are present (at least two), or null. */
function detectShape(caps) {
    let best = null;
    let bestScore = 1;
    for (const shape of shapes_1.SHAPE_NAMES) {
        const score = scoreShape(caps, shape);
        if (score > bestScore) {
            best = shape;
            bestScore = score;
        }
    }
    return best;
}
/** Names that mean a role only inside their own shape (Fluentd's `host` is a client, elsewhere a host). */
const SHAPE_ONLY = new Set(['host', 'client', 'user', 'time', 'timestamp']);
/**
 * Candidate names for a role: the detected shape's, then ECS's, then the other shapes' (a half-ECS index,
 * or one too sparse to recognise, still finds `response` or `request_uri`), then for service the fallbacks.
 */
function candidatesFor(role, shape) {
    const names = [...(shape ? shapes_1.SHAPES[shape].roles[role] ?? [] : []), ...(shapes_1.SHAPES.ecs.roles[role] ?? []), fields_1.FIELD_DEFAULTS[role]];
    for (const other of shapes_1.SHAPE_NAMES)
        if (other !== shape)
            names.push(...(shapes_1.SHAPES[other].roles[role] ?? []).filter((n) => !SHAPE_ONLY.has(n)));
    if (role === 'service')
        names.push(...shapes_1.SERVICE_FALLBACKS);
    return [...new Set(names)];
}
function resolveRole(caps, role, settings, shape) {
    const named = settings.fields[role];
    if (named !== undefined) {
        const tried = attempt(caps, role, named, 'setting');
        if (tried.resolved)
            return tried.resolved;
        return { missing: tried.problem ?? `\`${named}\` (${(0, fields_1.fieldSettingName)(role)}) is in none of the indices` };
    }
    const problems = [];
    for (const name of candidatesFor(role, shape)) {
        const tried = attempt(caps, role, name, 'detected');
        if (tried.resolved)
            return tried.resolved;
        if (tried.problem)
            problems.push(tried.problem);
    }
    return { missing: problems[0] ?? 'no field for it in these logs' };
}
function keywordFieldsOf(caps) {
    return Object.keys(caps.fields)
        .filter((name) => !name.startsWith('_') && variants(caps, name).length > 0 && variants(caps, name).every((v) => v.aggregatable && kindOf(v.type) === 'keyword'))
        .sort();
}
function resolveFields(caps, settings) {
    const shape = detectShape(caps);
    const roles = Object.fromEntries(fields_1.FIELD_ROLES.map((role) => [role, resolveRole(caps, role, settings, shape)]));
    if (settings.indexService !== undefined && settings.fields.service === undefined) {
        roles.service = { missing: `INDEX_SERVICE names the whole index pattern "${settings.indexService}"` };
    }
    const fields = Object.fromEntries(fields_1.FIELD_ROLES.map((role) => {
        const r = roles[role];
        return [role, isResolved(r) ? r.field : unmappedName(role)];
    }));
    const status = roles.status;
    return {
        indices: caps.indices,
        shape,
        roles,
        fields,
        statusKind: isResolved(status) && status.kind === 'keyword' ? 'keyword' : 'number',
        singleService: settings.fields.service === undefined ? settings.indexService ?? null : null,
        keywordFields: keywordFieldsOf(caps),
    };
}
/** The roles without which nothing can be answered. */
exports.REQUIRED_ROLES = ['time', 'status', 'service'];
/** One line per required role that is missing (service is not required when INDEX_SERVICE is set). */
function requiredProblems(resolution) {
    return exports.REQUIRED_ROLES.flatMap((role) => {
        if (role === 'service' && resolution.singleService !== null)
            return [];
        const r = resolution.roles[role];
        if (isResolved(r))
            return [];
        const hint = role === 'service' ? '; set FIELD_SERVICE to the field that names the service, or INDEX_SERVICE=www (any name) if these logs are one service' : '';
        return [`no ${role} field (${(0, fields_1.fieldSettingName)(role)}): ${r.missing}${hint}`];
    });
}
/**
 * The resolution used where the mapping cannot be read (no index yet): settings or ECS defaults,
 * as before discovery existed.
 */
function assumedResolution(settings) {
    const fields = Object.fromEntries(fields_1.FIELD_ROLES.map((role) => [role, settings.fields[role] ?? fields_1.FIELD_DEFAULTS[role]]));
    const kind = (role) => (role === 'time' ? 'date' : role === 'status' || role === 'bytes' ? 'number' : 'keyword');
    const roles = Object.fromEntries(fields_1.FIELD_ROLES.map((role) => [role, { field: fields[role], sourceField: fields[role], kind: kind(role), type: kind(role) === 'number' ? 'long' : kind(role), source: settings.fields[role] ? 'setting' : 'detected', uncovered: [] }]));
    return { indices: [], shape: null, roles, fields, statusKind: 'number', singleService: settings.fields.service === undefined ? settings.indexService ?? null : null, keywordFields: [] };
}
//# sourceMappingURL=fieldResolution.js.map