import { z } from 'zod';
import { FIELD_DEFAULTS, FIELD_ROLES, FieldMap, FieldRole, fieldSettingName, MISSING_FIELD_PREFIX } from '../config/fields';
import { DISTINCTIVE_ROLES, SERVICE_FALLBACKS, SHAPE_NAMES, SHAPES, ShapeName } from '../config/shapes';

/**
 * Pure: from the index pattern's `_field_caps` to the field each role is read from. A string mapped
 * `text` is read through its keyword sub-field; a field that cannot be aggregated anywhere is a missing
 * role with the reason, never a query that Elasticsearch would refuse ("Fielddata is disabled …").
 */

const capability = z.looseObject({
  type: z.string(),
  aggregatable: z.boolean(),
  searchable: z.boolean().optional(),
  indices: z.array(z.string()).optional(),
});
export const fieldCapsResponse = z.looseObject({
  indices: z.array(z.string()).default([]),
  fields: z.record(z.string(), z.record(z.string(), capability)).default({}),
});
export type FieldCaps = z.infer<typeof fieldCapsResponse>;

export type FieldKind = 'number' | 'keyword' | 'ip' | 'date' | 'date_nanos' | 'text' | 'other';

const KINDS: Record<string, FieldKind> = {
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

export function kindOf(esType: string): FieldKind {
  return KINDS[esType] ?? 'other';
}

/** Which kinds each role can be read as. Anything aggregatable serves the string roles. */
const ACCEPTS: Partial<Record<FieldRole, readonly FieldKind[]>> = {
  time: ['date', 'date_nanos'],
  status: ['number', 'keyword'],
  bytes: ['number', 'keyword'],
  clientIp: ['ip', 'keyword'],
};
const STRING_KINDS: readonly FieldKind[] = ['keyword', 'number', 'ip'];

export interface ResolvedField {
  /** The name queries use (`request.keyword` for a text `request`). */
  field: string;
  /** Where the value sits in a document's `_source` (`request`: a keyword multi-field is not in the source). */
  sourceField: string;
  kind: FieldKind;
  /** Elasticsearch's type for it (`long`, `keyword`, `ip`, `date` …). */
  type: string;
  /** `setting`: a FIELD_* setting named it; `detected`: found in the mapping. */
  source: 'setting' | 'detected';
  /** Indices of the pattern where this field is absent or mapped otherwise (their documents lack the role). */
  uncovered: string[];
}

export interface MissingField {
  /** Why the role has no field: shown in `check` and in answers. */
  missing: string;
}

export type RoleResolution = ResolvedField | MissingField;

export interface FieldResolution {
  indices: string[];
  shape: ShapeName | null;
  roles: Record<FieldRole, RoleResolution>;
  /** What the queries read, per role; a missing role names a field no index maps, so it matches nothing. */
  fields: FieldMap;
  /** How a status is stored: numbers, or strings such as "404". */
  statusKind: 'number' | 'keyword';
  /** Set when the whole index pattern is one service (INDEX_SERVICE): no service filter at all. */
  singleService: string | null;
  /** Every field aggregatable as keyword in the pattern: what a contrast over every field may read. */
  keywordFields: string[];
  /**
   * The client field holds X-Forwarded-For lists ("client, proxy, …"), read as their first address (see
   * clientLists). Set by discovery from the newest documents; absent: not looked at, read as addresses.
   */
  clientLists?: boolean;
  /**
   * False when the cluster refuses regexp and prefix queries (`search.allow_expensive_queries: false`), read
   * by discovery from one probe (fieldDiscovery `expensiveQueries`); absent: not looked at, allowed.
   */
  expensiveQueries?: boolean;
}

export interface FieldSettings {
  /** Only the FIELD_* settings that were set; absent roles are discovered. */
  fields: Partial<FieldMap>;
  /** INDEX_SERVICE: the whole index pattern is this one service. */
  indexService: string | undefined;
}

export function isResolved(role: RoleResolution): role is ResolvedField {
  return 'field' in role;
}

/** A name no mapping holds: term, range, exists and terms on it match nothing and never fail. */
export function unmappedName(role: FieldRole): string {
  return `${MISSING_FIELD_PREFIX}${role}`;
}

interface Variant {
  type: string;
  aggregatable: boolean;
  indices: string[];
}

function variants(caps: FieldCaps, name: string): Variant[] {
  const entry = caps.fields[name];
  if (!entry) return [];
  const all = Object.values(entry);
  return all
    .filter((c) => c.type !== 'unmapped')
    .map((c) => ({ type: c.type, aggregatable: c.aggregatable, indices: c.indices ?? (all.length === 1 ? caps.indices : []) }));
}

function mappedIndices(caps: FieldCaps, name: string): string[] {
  return variants(caps, name).flatMap((v) => v.indices);
}

interface Attempt {
  resolved: ResolvedField | null;
  /** Why the name cannot serve, when it exists but is unusable. */
  problem: string | null;
}

/** Keyword multi-fields of a text field (`request.keyword`, or whatever the mapping calls it). */
function keywordSubFields(caps: FieldCaps, name: string): string[] {
  const prefix = `${name}.`;
  const subs = Object.keys(caps.fields).filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('.'));
  return subs
    .filter((f) => variants(caps, f).some((v) => v.aggregatable && kindOf(v.type) === 'keyword'))
    .sort((a, b) => Number(b === `${name}.keyword`) - Number(a === `${name}.keyword`) || a.localeCompare(b));
}

function describeKinds(vs: readonly Variant[]): string {
  return vs.map((v) => v.type).join(' / ');
}

/** Can `name` serve `role`, directly or through a keyword sub-field? `newest`: the index holding the newest document, when known. */
function attempt(caps: FieldCaps, role: FieldRole, name: string, source: ResolvedField['source'], newest: string | null): Attempt {
  // An object is a namespace (`service` holding `service.name`), not a field: as good as absent.
  const vs = variants(caps, name).filter((v) => v.type !== 'object' && v.type !== 'nested');
  if (vs.length === 0) return { resolved: null, problem: null };
  const accepts = ACCEPTS[role] ?? STRING_KINDS;
  const usable = vs.filter((v) => v.aggregatable && accepts.includes(kindOf(v.type)));
  const unusable = vs.filter((v) => !usable.includes(v));
  const candidates: Array<{ field: string; kind: FieldKind; type: string; indices: string[]; clean: boolean }> = [];
  if (usable.length > 0) {
    // Mixed across indices (keyword in some, a number or an address in others): the other form, which every
    // query sent for a keyword-or-other field (term, terms, range) serves on the keyword indices too; a
    // regexp or prefix meant for text forms would fail on the number or address indices.
    const type = (usable.find((v) => kindOf(v.type) !== 'keyword') ?? usable[0])?.type ?? 'keyword';
    // A name that is text in some indices would fail there: only clean when nothing unusable remains.
    candidates.push({ field: name, kind: kindOf(type), type, indices: usable.flatMap((v) => v.indices), clean: unusable.length === 0 });
  }
  if (unusable.some((v) => kindOf(v.type) === 'text') && !(ACCEPTS[role] ?? []).includes('date')) {
    for (const sub of keywordSubFields(caps, name)) {
      candidates.push({ field: sub, kind: 'keyword', type: 'keyword', indices: mappedIndices(caps, sub), clean: variants(caps, sub).every((v) => v.aggregatable) });
    }
  }
  // The form the newest index has first: after a template change (six days of dynamic `text` + `.keyword`,
  // then ECS `keyword`) the older form covers more indices, but reading it would leave out the very days
  // people ask about. Then most indices. On a tie, the name that is text somewhere wins over a sub-field
  // that is absent elsewhere: the first fails visibly on the text indices (the answer says it is partial,
  // and `check` names them), the second would silently leave the other indices out.
  const holdsNewest = (c: { indices: string[] }): number => Number(newest !== null && c.indices.includes(newest));
  const best = [...candidates].sort((a, b) => holdsNewest(b) - holdsNewest(a) || b.indices.length - a.indices.length || Number(a.clean) - Number(b.clean))[0];
  if (!best) {
    const texts = unusable.filter((v) => kindOf(v.type) === 'text');
    if (role === 'time') return { resolved: null, problem: `\`${name}\` is ${describeKinds(vs)}, not a date` };
    if (texts.length > 0 && usable.length === 0) return { resolved: null, problem: `\`${name}\` is text only, no keyword sub-field` };
    if (texts.length > 0) return { resolved: null, problem: `\`${name}\` is ${describeKinds(vs)} across the indices, with no keyword sub-field where it is text` };
    return { resolved: null, problem: `\`${name}\` is ${describeKinds(vs)}, which cannot be counted for ${role}` };
  }
  const covered = new Set(best.indices);
  return { resolved: { field: best.field, sourceField: name, kind: best.kind, type: best.type, source, uncovered: caps.indices.filter((i) => !covered.has(i)) }, problem: null };
}

/** A name mapped as a field somewhere: an object (Kong's `request`, ECS's `user_agent`) is a namespace, not Logstash's `request`. */
function isLeaf(caps: FieldCaps, name: string): boolean {
  return variants(caps, name).some((v) => v.type !== 'object' && v.type !== 'nested');
}

function scoreShape(caps: FieldCaps, shape: ShapeName): number {
  const roles = SHAPES[shape].roles;
  return DISTINCTIVE_ROLES.filter((role) => (roles[role] ?? []).some((name) => isLeaf(caps, name))).length;
}

/** The shape most of whose distinctive names are present (at least two), or null. */
export function detectShape(caps: FieldCaps): ShapeName | null {
  let best: ShapeName | null = null;
  let bestScore = 1;
  for (const shape of SHAPE_NAMES) {
    const score = scoreShape(caps, shape);
    if (score > bestScore) {
      best = shape;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Names that mean a role only inside their own shape: Fluentd's `host` is a client, elsewhere a host; a
 * time that is a number (`ts`, `started_at`); a site or route (`authority`, `request.host`, `route.name`,
 * `frontend_name`, `RequestHost`) that would stand in for a service only where the shape says so.
 */
const SHAPE_ONLY = new Set(['host', 'client', 'user', 'time', 'timestamp', 'ts', 'started_at', 'authority', 'request.host', 'route.name', 'frontend_name', 'RequestHost', 'RouterName']);

/**
 * Candidate names for a role: the detected shape's, then ECS's, then the other shapes' (a half-ECS index,
 * or one too sparse to recognise, still finds `response` or `request_uri`), then for service the fallbacks.
 */
function candidatesFor(role: FieldRole, shape: ShapeName | null): string[] {
  const names: string[] = [...(shape ? SHAPES[shape].roles[role] ?? [] : []), ...(SHAPES.ecs.roles[role] ?? []), FIELD_DEFAULTS[role]];
  for (const other of SHAPE_NAMES) if (other !== shape) names.push(...(SHAPES[other].roles[role] ?? []).filter((n) => !SHAPE_ONLY.has(n)));
  if (role === 'service') names.push(...SERVICE_FALLBACKS);
  return [...new Set(names)];
}

function resolveRole(caps: FieldCaps, role: FieldRole, settings: FieldSettings, shape: ShapeName | null, newest: string | null): RoleResolution {
  const named = settings.fields[role];
  if (named !== undefined) {
    const tried = attempt(caps, role, named, 'setting', newest);
    if (tried.resolved) return tried.resolved;
    return { missing: tried.problem ?? `\`${named}\` (${fieldSettingName(role)}) is in none of the indices` };
  }
  const problems: string[] = [];
  for (const name of candidatesFor(role, shape)) {
    const tried = attempt(caps, role, name, 'detected', newest);
    if (tried.resolved) return tried.resolved;
    if (tried.problem) problems.push(tried.problem);
  }
  return { missing: problems[0] ?? 'no field for it in these logs' };
}

function keywordFieldsOf(caps: FieldCaps): string[] {
  return Object.keys(caps.fields)
    .filter((name) => !name.startsWith('_') && variants(caps, name).length > 0 && variants(caps, name).every((v) => v.aggregatable && kindOf(v.type) === 'keyword'))
    .sort();
}

/**
 * `newestIndex`: the index that holds the pattern's newest document, when the mapping differs across
 * indices (see fieldDiscovery): where a role has two forms, the one it has is read.
 */
export function resolveFields(caps: FieldCaps, settings: FieldSettings, newestIndex: string | null = null): FieldResolution {
  const shape = detectShape(caps);
  const roles = Object.fromEntries(FIELD_ROLES.map((role) => [role, resolveRole(caps, role, settings, shape, newestIndex)])) as Record<FieldRole, RoleResolution>;
  if (settings.indexService !== undefined && settings.fields.service === undefined) {
    roles.service = { missing: `INDEX_SERVICE names the whole index pattern "${settings.indexService}"` };
  }
  const fields = Object.fromEntries(
    FIELD_ROLES.map((role) => {
      const r = roles[role];
      return [role, isResolved(r) ? r.field : unmappedName(role)];
    }),
  ) as FieldMap;
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

/** Indices as an answer names them: `n of m indices (a, b, c, …)`. */
export function indicesPhrase(indices: readonly string[], of: number): string {
  return `${indices.length} of ${of} indices (${indices.slice(0, 3).join(', ')}${indices.length > 3 ? ', …' : ''})`;
}

/** Whether some role is read from a field that part of the indices lack: then which index is newest matters. */
export function coversUnevenly(resolution: FieldResolution): boolean {
  return FIELD_ROLES.some((role) => {
    const r = resolution.roles[role];
    return isResolved(r) && r.uncovered.length > 0;
  });
}

/** The roles without which nothing can be answered. */
export const REQUIRED_ROLES: readonly FieldRole[] = ['time', 'status', 'service'];

/** One line per required role that is missing (service is not required when INDEX_SERVICE is set). */
export function requiredProblems(resolution: FieldResolution): string[] {
  return REQUIRED_ROLES.flatMap((role) => {
    if (role === 'service' && resolution.singleService !== null) return [];
    const r = resolution.roles[role];
    if (isResolved(r)) return [];
    const hint = role === 'service' ? '; set FIELD_SERVICE to the field that names the service, or INDEX_SERVICE=www (any name) if these logs are one service' : '';
    return [`no ${role} field (${fieldSettingName(role)}): ${r.missing}${hint}`];
  });
}

/**
 * The resolution used where the mapping cannot be read (no index yet): settings or ECS defaults,
 * as before discovery existed.
 */
export function assumedResolution(settings: FieldSettings): FieldResolution {
  const fields = Object.fromEntries(FIELD_ROLES.map((role) => [role, settings.fields[role] ?? FIELD_DEFAULTS[role]])) as FieldMap;
  const kind = (role: FieldRole): FieldKind => (role === 'time' ? 'date' : role === 'status' || role === 'bytes' ? 'number' : 'keyword');
  const roles = Object.fromEntries(
    FIELD_ROLES.map((role): [FieldRole, RoleResolution] => [role, { field: fields[role], sourceField: fields[role], kind: kind(role), type: kind(role) === 'number' ? 'long' : kind(role), source: settings.fields[role] ? 'setting' : 'detected', uncovered: [] }]),
  ) as Record<FieldRole, RoleResolution>;
  return { indices: [], shape: null, roles, fields, statusKind: 'number', singleService: settings.fields.service === undefined ? settings.indexService ?? null : null, keywordFields: [] };
}
