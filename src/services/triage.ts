import type { SearchEngine } from '../elasticsearch/engine';
import type { Config } from '../config';
import { classify } from '../domain/causes';
import type { FieldRole } from '../config/fields';
import { contrastFields } from '../domain/contrast';
import { EVIDENCE_ROLES, type Evidence } from '../domain/evidence';
import { decisionRule } from '../domain/guidance/decisionRule';
import { suggestNames } from '../domain/suggest';
import type { TriageResult } from '../domain/types';
import { parseWindow } from '../domain/window';
import { AppError, ErrorCode } from '../errors';
import { firstAddress } from '../elasticsearch/clientLists';
import { discoveryFor, FieldDiscovery, withRediscovery } from '../elasticsearch/fieldDiscovery';
import { indicesPhrase, isResolved, type FieldResolution } from '../elasticsearch/fieldResolution';
import { trackAnswers } from '../elasticsearch/lastAnswer';
import { aggsOf, bucketKey, buckets, hitsOf } from '../elasticsearch/responses';
import { cleanValue, EvidenceRead, msearch, readerFor, readEvidence } from '../elasticsearch/triageReader';
import { samplesSearch, servicesSearch, TriageScope } from '../elasticsearch/triageQueries';
import type { Logger } from '../logging';
import type { SampleRequest, TriageRequest, TriageService } from './types';

export interface TriageServiceDeps {
  client: SearchEngine;
  config: Config;
  logger: Logger;
  /** The clock; tests and `--at` replay pass their own. */
  now?: () => Date;
  /** Which field serves each role; one per process (serve shares it with the watcher). Default: built from config. */
  discovery?: FieldDiscovery;
}

/** What a reader should know about the data under the answer: a notable lag, a thin or missing baseline. Pure. */
export function dataNotes(evidence: Evidence): string[] {
  const notes: string[] = [];
  const { lagMs } = evidence.ingest;
  if (lagMs !== null) {
    notes.push(`logs are ${formatLag(lagMs)} behind: the newest document is from ${evidence.ingest.newest ?? 'unknown'}; the expected level covers only what is indexed`);
  } else if (evidence.ingest.newest === null) {
    notes.push('no document at all in the last hour of these logs: ingestion may have stopped');
  }
  const { periods, missingDays } = evidence.baseline;
  if (periods === 0) notes.push('no baseline yet: the service has no logs in the earlier periods compared (7 same-time days and the last 24 h)');
  else if (missingDays > 0) notes.push(`baseline rests on ${periods} earlier period${periods === 1 ? '' : 's'}: ${missingDays} of the last 7 days have no logs around this time (before the logs begin, or a gap), so they are left out rather than read as zero`);
  return notes;
}

function formatLag(ms: number): string {
  return ms < 120_000 ? `${Math.round(ms / 1000)} s` : ms < 7_200_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 3_600_000)} h`;
}

/**
 * What the mapping costs this answer, as notes: roles these logs lack (with why, only when a field exists
 * but cannot serve), and indices of the pattern where a role's field is absent or unusable.
 */
function fieldNotes(resolution: FieldResolution | undefined): string[] {
  if (!resolution) return [];
  const roles = [...new Set<FieldRole>(['time', 'service', 'status', ...EVIDENCE_ROLES])];
  const missing = roles.flatMap((role) => {
    const r = resolution.roles[role];
    return isResolved(r) || /no field for it|INDEX_SERVICE/.test(r.missing) ? [] : [`${role}: ${r.missing}`];
  });
  // Roles left out of the same indices are said once: after a template change that is most of them.
  const byIndices = new Map<string, Array<{ role: FieldRole; field: string; uncovered: string[] }>>();
  for (const role of roles) {
    const r = resolution.roles[role];
    if (!isResolved(r) || r.uncovered.length === 0) continue;
    const key = r.uncovered.join('\n');
    byIndices.set(key, [...(byIndices.get(key) ?? []), { role, field: r.field, uncovered: r.uncovered }]);
  }
  const uneven = [...byIndices.values()].map((group) => {
    const { uncovered } = group[0] as { uncovered: string[] };
    const where = `in ${indicesPhrase(uncovered, resolution.indices.length)}`;
    if (group.length === 1) {
      const { field, role } = group[0] as { field: string; role: FieldRole };
      return `\`${field}\` (${role}) is absent or unusable ${where}: their documents are left out where ${role} matters`;
    }
    const named = group.slice(0, 3).map((g) => `\`${g.field}\` (${g.role})`).join(', ') + (group.length > 3 ? ` and ${group.length - 3} more` : '');
    return `${named} are absent or unusable ${where}: their documents are left out where those roles matter`;
  });
  return [...missing, ...uneven, ...refusedNotes(resolution)];
}

/** What a cluster that refuses regexp and prefix queries costs this answer (discovery's probe; see check). */
function refusedNotes(resolution: FieldResolution): string[] {
  if (resolution.expensiveQueries !== false) return [];
  const notes = ['route history not read: this cluster refuses regexp queries (search.allow_expensive_queries: false), so no route is compared with what it answered before'];
  if (resolution.statusKind === 'keyword') notes.push('statuses stored as text are matched in their usual forms only, since this cluster refuses regexp queries');
  return notes;
}

/** Roles whose values say who or what is behind errors; time, status, service and size do not. */
const CONTRAST_ROLES: readonly FieldRole[] = ['userAgent', 'clientIp', 'user', 'referrer', 'version', 'method', 'reason', 'roles', 'tenant', 'scopes', 'auth', 'environment', 'cacheStatus', 'path'];

/** The roles' fields first, then every other keyword field of the mapping that can help. */
export function contrastFieldsOf(resolution: FieldResolution): string[] {
  const roles = CONTRAST_ROLES.flatMap((role) => {
    const r = resolution.roles[role];
    return isResolved(r) ? [r.field] : [];
  });
  // A client field holding lists is not contrasted: its values are lists, one client split per proxy node.
  const never = (['time', 'status', 'service', 'bytes', ...(resolution.clientLists ? (['clientIp'] as const) : [])] as const).flatMap((role) => {
    const r = resolution.roles[role];
    return isResolved(r) ? [r.field] : [];
  });
  return contrastFields(resolution.keywordFields, roles, 40, never);
}

/** Turns evidence and its classification into the contract's answer. Pure. */
export function buildResult(evidence: Evidence, requests: number, knownServices: string[] | null, resolution?: FieldResolution): TriageResult {
  const { causes, notes, missingFields } = classify(evidence);
  let serviceKnown: boolean | null = null;
  let suggestions: string[] = [];
  if (evidence.total === 0 && knownServices !== null) {
    serviceKnown = knownServices.includes(evidence.query.service);
    suggestions = serviceKnown ? [] : suggestNames(evidence.query.service, knownServices);
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
    decisionRule: decisionRule(evidence.query.status, causes.map((c) => c.id)),
    elasticsearchRequests: requests,
    notes: [...dataNotes(evidence), ...notes, ...fieldNotes(resolution)],
    missingFields,
    partial: evidence.partial,
    serviceKnown,
    suggestions,
    ...(resolution ? { fieldsRead: fieldsReadOf(resolution, evidence.query.service) } : {}),
  };
}

/** The service, status and environment fields of this answer's documents (see TriageResult `fieldsRead`). */
function fieldsReadOf(resolution: FieldResolution, service: string): NonNullable<TriageResult['fieldsRead']> {
  const environment = resolution.roles.environment;
  return {
    service: resolution.singleService !== null && resolution.singleService === service ? null : resolution.fields.service,
    status: resolution.fields.status,
    environment: isResolved(environment) ? environment.field : null,
    statusText: resolution.statusKind === 'keyword',
  };
}

function pick(source: Record<string, unknown>, field: string): unknown {
  if (field in source) return source[field];
  // Documents may nest ECS objects instead of using dotted keys.
  return field.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), source);
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

export function createTriageService(deps: TriageServiceDeps): TriageService {
  const { client, config } = deps;
  const now = deps.now ?? (() => new Date());
  const log = deps.logger.child({ subsystem: 'triage' });
  // "The last successful query was …" in failure messages needs to know when answers came.
  trackAnswers(client);
  const reader = readerFor(client, config);

  const discovery = deps.discovery ?? discoveryFor(client, config);

  async function scopeOf(request: TriageRequest): Promise<{ scope: TriageScope; resolution: FieldResolution }> {
    const windowMs = parseWindow(request.window);
    if (windowMs === null) throw new AppError(ErrorCode.BadInput, `unknown window "${request.window}"`, { hint: 'use 15m, 1h, 6h, 24h or 7d' });
    // `--at`: the fields as the indices of that moment have them (a template may have changed since).
    const resolution = request.at ? await discovery.requireAt(request.at.getTime()) : await discovery.require();
    const to = (request.at ?? now()).getTime();
    const scope: TriageScope = {
      status: request.status,
      service: request.service,
      environment: request.environment,
      from: to - windowMs,
      to,
      fields: resolution.fields,
      statusKind: resolution.statusKind,
      clientLists: resolution.clientLists === true,
      regexps: resolution.expensiveQueries !== false,
      singleService: resolution.singleService !== null && resolution.singleService === request.service,
      contrastFields: contrastFieldsOf(resolution),
    };
    return { scope, resolution };
  }

  /** The logs are one service (INDEX_SERVICE) and another name was asked for: nothing matches, and the one name is the suggestion. */
  async function noSuchService(scope: TriageScope, resolution: FieldResolution): Promise<EvidenceRead> {
    const read = await readEvidence(reader, { ...scope, singleService: false });
    return { ...read, knownServices: resolution.singleService === null ? read.knownServices : [resolution.singleService] };
  }

  async function servicesWithLogs(resolution: FieldResolution, to: number, days: number): Promise<string[]> {
    if (resolution.singleService !== null) return [resolution.singleService];
    const [response] = await msearch(reader, [servicesSearch(resolution.fields, to, days)]);
    return response ? buckets(aggsOf(response), 'services').map(bucketKey) : [];
  }

  async function read(request: TriageRequest): Promise<{ read: EvidenceRead; resolution: FieldResolution }> {
    const { scope, resolution } = await scopeOf(request);
    return { read: resolution.singleService !== null && !scope.singleService ? await noSuchService(scope, resolution) : await readEvidence(reader, scope), resolution };
  }

  /**
   * The evidence; where the cluster refuses a regexp that discovery believed it ran (the setting changed since
   * its probe, or the probe could not tell), discovery looks again and the triage is read once more without them.
   */
  async function readAllowed(request: TriageRequest): Promise<{ read: EvidenceRead; resolution: FieldResolution }> {
    return withRediscovery(
      discovery,
      () => read(request),
      () => log.warn({ service: request.service }, 'the cluster refused a regexp query: looked at it again'),
    );
  }

  return {
    async triage(request) {
      const started = Date.now();
      const { read, resolution } = await readAllowed(request);
      const result = buildResult(read.evidence, read.requests, read.knownServices, resolution);
      log.info(
        { status: request.status, service: request.service, window: request.window, env: request.environment, total: result.total, causes: result.causes.map((c) => c.id), ms: Date.now() - started, requests: read.requests },
        'triage done',
      );
      return result;
    },

    async samples(request, size = 5) {
      const { scope, resolution } = await scopeOf(request);
      const [response] = await msearch(reader, [samplesSearch(scope, Math.min(Math.max(size, 1), 20))]);
      return (response ? hitsOf(response) : []).map((hit): SampleRequest => {
        const source = hit._source ?? {};
        // Read from where the value sits in the document (`request`, not its `request.keyword`), as people mean it.
        // A client logged as an X-Forwarded-For list is shown as the client: its first address.
        const clientOf = (raw: string | null): string | null => (raw === null || !resolution.clientLists ? raw : firstAddress(raw));
        const value = (role: FieldRole): string | null => {
          const r = resolution.roles[role];
          const raw = isResolved(r) ? text(pick(source, r.sourceField)) : null;
          return raw === null ? null : cleanValue(raw);
        };
        return {
          timestamp: value('time') ?? '',
          method: value('method'),
          path: value('path'),
          status: Number(value('status')),
          user: value('user'),
          clientIp: clientOf(value('clientIp')),
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
