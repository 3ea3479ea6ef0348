import type { FieldMap } from '../config/fields';
import type { SearchEngine } from './engine';
import { baselineLevel, indexedShare, notableLag, spikeRatio } from '../domain/baseline';
import { ContrastCandidate, ContrastFinding, rankContrast } from '../domain/contrast';
import {
  AgentEvidence,
  ClientEvidence,
  CLIENT_READS,
  EVIDENCE_ROLES,
  Evidence,
  EvidenceRole,
  FieldEvidence,
  IpEvidence,
  PathEvidence,
  RepeatEvidence,
  TenantPair,
  UserEvidence,
  VersionEvidence,
} from '../domain/evidence';
import { scanCandidateAddresses } from '../domain/causes/structure404';
import { pathWithoutQuery, routeTemplate, searchPatternToLuceneRegexp, tenantFromPath } from '../domain/routes';
import type { TermCount } from '../domain/types';
import type { Config } from '../config';
import { clusterLocation, elasticsearchError, isConnectionClosed } from './errors';
import { lastAnswerAt } from './lastAnswer';
import {
  Aggs,
  aggsOf,
  Bucket,
  bucketKey,
  buckets,
  child,
  docCount,
  isPartial,
  keyedChildren,
  metric,
  msearchItems,
  firstHitTime,
  SearchResponse,
  totalHits,
  hitValues,
} from './responses';
import { byFirstAddress, ClientGroup, firstAddress } from './clientLists';
import { statusCounts } from './statusForms';
import { historySearches, RouteTraffic, routeTrafficOf, type Search } from './routeHistory';
import { baselineDraw, drawnAggs, estimatedMatches, ratioScaled, samplingPlan, SamplingPlan, SamplingPolicy, unsampled, unsampledTo, windowDraw } from './sampling';
import { WindowSizes, type WindowKey } from './windowSizes';
import {
  baselineSearch,
  baselineValuesSearch,
  BASELINE_DAYS,
  type ErrorDraw,
  clientFirstSearch,
  clientSuccessSearch,
  CONTRAST_VALUES,
  contrastSearch,
  contrastSource,
  DAY_MS,
  HISTORY_IPS,
  historyTemplates,
  newestSearch,
  NEWEST_SPAN_MS,
  activityInterval,
  ipHistorySearch,
  presenceSearches,
  requestsSearch,
  Sampling,
  SearchBody,
  seriesInterval,
  servicesSearch,
  SUCCESS_ROLES,
  trafficSearch,
  trailingSearch,
  TriageScope,
  userHistorySearch,
  versionsSearch,
  windowCountSearch,
  windowSearches,
  SUCCESS_COUNT_CAP,
  trafficSnapshotSearch,
  REPEAT_PATHS,
  REPEAT_CLIENTS,
  TOP_CLIENTS,
  CLIENT_PATHS,
  TOP_TERMS,
  TOP_SUCCESS_TERMS,
} from './triageQueries';

export interface ReaderDeps {
  client: SearchEngine;
  index: string;
  /** For error messages: where the cluster is (no credentials). */
  location: string;
  timeoutMs: number;
  tenantPathPattern: RegExp;
  /** When busy services are read from samples (elasticsearch/sampling); absent or null: every document. */
  sampling?: SamplingPolicy | null;
  /** The windows' counts recent triages saw (round one sizes its draw from them); absent: none kept. */
  windowSizes?: WindowSizes;
}

/** What a window's count is remembered by: the index pattern, the service and environment, the status. */
function windowKey(deps: Pick<ReaderDeps, 'index'>, scope: TriageScope): WindowKey {
  return { index: deps.index, service: scope.singleService === true ? null : scope.service, environment: scope.environment, status: scope.status };
}

/** The reader for the configured cluster and index pattern. */
export function readerFor(client: SearchEngine, config: Config): ReaderDeps {
  return {
    client,
    index: config.elasticsearch.index,
    location: clusterLocation(config.elasticsearch),
    timeoutMs: config.elasticsearch.timeoutMs,
    tenantPathPattern: new RegExp(config.tenantPathPattern),
    sampling: config.triageSampling,
    windowSizes: new WindowSizes(),
  };
}

export interface EvidenceRead {
  evidence: Evidence;
  /** Round trips made (each msearch is one). */
  requests: number;
  /** When the window had nothing: services with logs lately (for "did you mean"). */
  knownServices: string[] | null;
  /** What round two read from samples (null each: every document). */
  sampling: SamplingPlan;
  /** How round one drew the window's top values (sampling `windowDraw`; null: every error). */
  windowDraw: ErrorDraw;
}

/** One round trip: several searches in one `_msearch`. */
export async function msearch(deps: ReaderDeps, bodies: SearchBody[]): Promise<SearchResponse[]> {
  const searches = bodies.flatMap((body) => [{ index: deps.index, ignore_unavailable: true, allow_no_indices: true }, body]);
  const started = Date.now();
  let raw: unknown;
  const left = (): number => deps.timeoutMs - (Date.now() - started);
  for (let attempt = 1; ; attempt++) {
    try {
      raw = await deps.client.msearch({ searches }, { requestTimeout: attempt === 1 ? deps.timeoutMs : left(), maxRetries: 0 });
      break;
    } catch (error) {
      // A kept-alive connection that the server or a proxy closed fails the next request at once. A
      // search is a read, so one immediate retry (on a fresh connection, within the same time budget)
      // is safe; the client's own retry would first sleep one to two seconds.
      if (attempt === 1 && isConnectionClosed(error) && left() > 100) continue;
      throw elasticsearchError(error, deps.location, deps.timeoutMs, { lastAnswer: lastAnswerAt(deps.client) });
    }
  }
  return msearchItems(raw, bodies.length);
}

/**
 * A logged value as people mean it: Logstash's combined pattern keeps the quotes around referrer and
 * agent, and most pipelines write `-` (or nothing) for "no value". Null: no value at all.
 */
export function cleanValue(raw: string): string | null {
  const unquoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  // Only the blank markers go; a value is kept to the letter (a path may end with a space).
  const bare = unquoted.trim();
  return bare === '' || bare === '-' ? null : unquoted;
}

/** A bucket's value as one client or value: `as` maps it (a list to its first address), when the field needs it. */
type KeyMap = (raw: string) => string;

function termCounts(list: ReturnType<typeof buckets>, as: KeyMap = (raw) => raw): TermCount[] {
  const out = new Map<string, number>();
  for (const b of list) {
    const value = cleanValue(as(bucketKey(b)));
    if (value !== null) out.set(value, (out.get(value) ?? 0) + b.doc_count);
  }
  return [...out.entries()].map(([value, count]) => ({ value, count }));
}

/** Documents whose field holds a value: `exists` counts `-` too, so the top buckets that are `-` come off. */
function withField(aggs: Aggs, role: EvidenceRole): number {
  const blanks = buckets(aggs, `top_${role}`).filter((b) => cleanValue(bucketKey(b)) === null).reduce((sum, b) => sum + b.doc_count, 0);
  return Math.max(0, docCount(aggs, `has_${role}`) - blanks);
}

/** How a role's values are read: a client field holding lists, as each list's first address. */
function keyMapOf(scope: Pick<TriageScope, 'clientLists'>, role: EvidenceRole): KeyMap | undefined {
  return role === 'clientIp' && scope.clientLists ? firstAddress : undefined;
}

/** A role's top values; values merged by `as` (a client's lists) are added up, ranked again and cut to `size`. */
function topCounts(list: ReturnType<typeof buckets>, size: number, as?: KeyMap): TermCount[] {
  return as === undefined ? termCounts(list) : termCounts(list, as).sort((a, b) => b.count - a.count).slice(0, size);
}

/** A role's evidence from the window; the baseline's and the successful requests' parts come in round two. */
function fieldEvidence(field: string, window: Aggs, role: EvidenceRole, as?: KeyMap): FieldEvidence {
  return {
    field,
    windowWithField: withField(window, role),
    window: topCounts(buckets(window, `top_${role}`), TOP_TERMS, as),
    baselineWithField: 0,
    baseline: [],
    successWithField: 0,
    success: [],
  };
}

/** The baseline days' top values (round two), read back as counts of all their errors whatever the draw. */
function applyBaselineValues(evidence: Evidence, response: SearchResponse, draw: ErrorDraw, scope: TriageScope, baselineErrors: number): void {
  const aggs = drawnAggs(response, draw, baselineErrors);
  for (const role of EVIDENCE_ROLES) {
    evidence.fields[role].baselineWithField = withField(aggs, role);
    evidence.fields[role].baseline = topCounts(buckets(aggs, `top_${role}`), TOP_TERMS, keyMapOf(scope, role));
  }
}

interface BaselineRead {
  perDay: Array<number | null>;
  trailing: { count: number; coveredMs: number } | null;
}

/** Whether the service logged around each baseline day (d1 first) and its first document of the trailing day. */
interface Presence {
  around: boolean[];
  trailing: boolean;
  trailingFirst: number | null;
}

function presenceOf(responses: ReadonlyMap<string, SearchResponse>): Presence {
  const trailing = responses.get('trailing');
  const trailingFirst = trailing ? firstHitTime(trailing) : null;
  return {
    around: Array.from({ length: BASELINE_DAYS }, (_, i) => totalHits(responses.get(`d${i + 1}_around`) ?? { hits: {} }) > 0),
    trailing: trailingFirst !== null,
    trailingFirst,
  };
}

/**
 * Target-status counts per baseline period, null for a day with no logs around it; the trailing day's
 * coverage: whole when the service logged around its start (yesterday's window), else from its first document.
 */
function baselinePeriods(aggs: Aggs, trailingCount: number, presence: Presence, from: number): BaselineRead {
  const periods = keyedChildren(aggs, 'periods');
  const target = (key: string): number => {
    const count = periods[key]?.doc_count;
    return typeof count === 'number' ? count : 0;
  };
  const perDay = Array.from({ length: BASELINE_DAYS }, (_, i) => (presence.around[i] ? target(`d${i + 1}`) : null));
  if (!presence.trailing) return { perDay, trailing: null };
  const first = presence.trailingFirst;
  const coveredMs = presence.around[0] || first === null ? DAY_MS : Math.min(DAY_MS, from - first);
  return { perDay, trailing: { count: trailingCount, coveredMs } };
}

/** Not yet indexed is not zero: buckets that start after the newest document are left out of the series. */
function indexedSeries(aggs: Aggs, newestMs: number | null, lagMs: number | null): Array<{ t: string; count: number }> {
  const points = buckets(aggs, 'series').map((bk) => ({ t: new Date(Number(bk.key)).toISOString(), count: bk.doc_count }));
  if (newestMs === null || lagMs === null) return points;
  return points.filter((p, i) => i === 0 || Date.parse(p.t) <= newestMs);
}

interface ContrastPick {
  field: string;
  /** The values as stored (for the term filters) with their count among the errors and as people read them. */
  values: string[];
  counts: number[];
  shown: string[];
}

/** The errors' top values per contrast field, blanks (`-`) left out. */
function contrastPicks(window: Aggs, fields: FieldMap, contrastFields: readonly string[]): ContrastPick[] {
  return contrastFields.flatMap((field, i) => {
    const top = buckets(window, contrastSource(fields, contrastFields, i))
      .slice(0, CONTRAST_VALUES)
      .filter((b) => cleanValue(bucketKey(b)) !== null);
    if (top.length === 0) return [];
    return [{ field, values: top.map(bucketKey), counts: top.map((b) => b.doc_count), shown: top.map((b) => cleanValue(bucketKey(b)) ?? '') }];
  });
}

function contrastFrom(response: SearchResponse, picks: readonly ContrastPick[], total: number, sampling: Sampling | null): ContrastFinding[] {
  const aggs = unsampled(response);
  const candidates: ContrastCandidate[] = picks.flatMap((pick, i) => {
    const counts = new Map(buckets(aggs, `c${i}`).map((b) => [bucketKey(b), b.doc_count]));
    return pick.values.map((value, j) => ({ field: pick.field, value: pick.shown[j] ?? '', count: pick.counts[j] ?? 0, baselineCount: counts.get(value) ?? 0 }));
  });
  return rankContrast(candidates, total, sampling === null ? totalHits(response) : estimatedMatches(response, sampling));
}



function groupTemplates(raw: TermCount[]): PathEvidence[] {
  const byTemplate = new Map<string, PathEvidence>();
  for (const { value, count } of raw) {
    const template = routeTemplate(value);
    const entry = byTemplate.get(template) ?? { template, count: 0, examples: [], history: null };
    entry.count += count;
    if (entry.examples.length < 3) entry.examples.push(value);
    byTemplate.set(template, entry);
  }
  return [...byTemplate.values()].sort((a, b) => b.count - a.count);
}

/**
 * Each repeating client's top paths, the names of one path with different query strings added up (their
 * minutes too), so a retry loop with a cache-buster reads as the one request it repeats.
 */
function repeatsFrom(aggs: Aggs, as?: KeyMap): RepeatEvidence[] {
  const out: RepeatEvidence[] = [];
  const byIp = buckets(aggs, 'by_ip');
  const clients = byIp.length > 0 ? groupsOf(byIp, as).slice(0, REPEAT_CLIENTS) : groupsOf(buckets(child(aggs, 'no_address'), 'by_user'));
  for (const client of clients) {
    const byPath = new Map<string, { count: number; minutes: Map<string, number> }>();
    for (const variant of client.parts.flatMap((part) => buckets(part as Aggs, 'paths'))) {
      const path = pathWithoutQuery(bucketKey(variant));
      const entry = byPath.get(path) ?? { count: 0, minutes: new Map<string, number>() };
      entry.count += variant.doc_count;
      for (const minute of buckets(variant as Aggs, 'per_minute')) {
        const key = bucketKey(minute);
        entry.minutes.set(key, (entry.minutes.get(key) ?? 0) + minute.doc_count);
      }
      byPath.set(path, entry);
    }
    const top = [...byPath.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, REPEAT_PATHS);
    for (const [path, { count, minutes }] of top) {
      out.push({ client: client.key, path, count, maxPerMinute: Math.max(0, ...minutes.values()) });
    }
  }
  return out.sort((a, b) => b.maxPerMinute - a.maxPerMinute || b.count - a.count).slice(0, 10);
}

/** Buckets as clients: one each, or where `as` maps them (a client field holding lists), grouped by it. */
function groupsOf(list: Bucket[], as?: KeyMap): Array<ClientGroup<Bucket>> {
  return as === undefined ? list.map((b) => ({ key: bucketKey(b), count: b.doc_count, parts: [b] })) : byFirstAddress(list, (b) => as(bucketKey(b)));
}

/** One client (address or agent) of `clients`/`agents`, from its bucket or, for a client logged under several lists, its buckets: its paths and activity. */
function clientFrom(group: ClientGroup<Bucket>, by: ClientEvidence['by'], from: number): ClientEvidence | null {
  const key = cleanValue(group.key);
  const parts = group.parts.map((b) => b as Aggs);
  const firsts = parts.map((sub) => metric(sub, 'first')).filter((t): t is number => t !== null);
  const lasts = parts.map((sub) => metric(sub, 'last')).filter((t): t is number => t !== null);
  if (key === null || firsts.length === 0 || lasts.length === 0) return null;
  const agentBucket = parts.flatMap((sub) => buckets(sub, 'agent')).sort((a, b) => b.doc_count - a.doc_count)[0];
  const topPaths = parts.length === 1 ? termCounts(buckets(parts[0] as Aggs, 'top_paths')) : termCounts(parts.flatMap((sub) => buckets(sub, 'top_paths'))).sort((a, b) => b.count - a.count).slice(0, CLIENT_PATHS);
  return {
    key,
    by,
    count: group.count,
    agent: by === 'userAgent' ? key : agentBucket ? cleanValue(bucketKey(agentBucket)) : null,
    distinctPaths: parts.length === 1 ? metric(parts[0] as Aggs, 'distinct_paths') ?? 0 : distinctPathsOver(parts),
    topPaths,
    first: new Date(Math.min(...firsts)).toISOString(),
    last: new Date(Math.max(...lasts)).toISOString(),
    active: [...new Set(parts.flatMap((sub) => buckets(sub, 'active').map((b) => Number(b.key))))].sort((a, b) => a - b).map((t) => Math.max(0, t - from)),
  };
}

/**
 * Distinct paths over a client's several lists: those their `listed` terms name, and never fewer than the
 * biggest list's own count where they list only part.
 */
function distinctPathsOver(parts: readonly Aggs[]): number {
  const listed = new Set(parts.flatMap((sub) => buckets(sub, 'listed').map(bucketKey)));
  return Math.max(listed.size, ...parts.map((sub) => metric(sub, 'distinct_paths') ?? 0));
}

/** The top clients by address; the top agents stand in when the logs carry no address. */
function clientsFrom(aggs: Aggs, from: number, as?: KeyMap): ClientEvidence[] {
  const byIp = groupsOf(buckets(aggs, 'clients'), as).slice(0, TOP_CLIENTS).map((g) => clientFrom(g, 'clientIp', from));
  const list = byIp.some((c) => c !== null) ? byIp : groupsOf(buckets(aggs, 'agents')).map((g) => clientFrom(g, 'userAgent', from));
  return list.filter((c): c is ClientEvidence => c !== null);
}

/** The top agents; where the client field holds lists, an agent's clients are the distinct first addresses of those it lists. */
function agentsFrom(aggs: Aggs, as?: KeyMap): AgentEvidence[] {
  return buckets(aggs, 'agents').flatMap((b) => {
    const agent = cleanValue(bucketKey(b));
    const sub = b as Aggs;
    if (agent === null) return [];
    const distinctIps = as === undefined ? metric(sub, 'distinct_ips') ?? 0 : distinctListed(sub, as);
    return [{ agent, count: b.doc_count, distinctIps, distinctPaths: metric(sub, 'distinct_paths') ?? 0, topPaths: termCounts(buckets(sub, 'top_paths')) }];
  });
}

/** The distinct clients among an agent's listed lists; where it has more lists than are listed, at least as many as listed. */
function distinctListed(sub: Aggs, as: KeyMap): number {
  return new Set(buckets(sub, 'listed').map((b) => as(bucketKey(b)))).size;
}

function tenantPairsFrom(aggs: Aggs, resourceFieldShare: number, pattern: RegExp): TenantPair[] {
  const pairs = new Map<string, TenantPair>();
  const add = (caller: string, resource: string, count: number): void => {
    const key = `${caller}\u0000${resource}`;
    const pair = pairs.get(key) ?? { callerTenant: caller, resourceTenant: resource, count: 0 };
    pair.count += count;
    pairs.set(key, pair);
  };
  // The explicit field wins where the logs carry it; otherwise the tenant is read from the path.
  if (resourceFieldShare >= 0.5) {
    for (const caller of buckets(aggs, 'tenant_pairs')) {
      for (const resource of buckets(caller as Aggs, 'resource')) add(bucketKey(caller), bucketKey(resource), resource.doc_count);
    }
  } else {
    // Only each caller's top paths are listed (a violation spread over 500 invoice ids lists 20 of them):
    // their tenants stand for all of its requests on tenant paths, counted exactly where the tenant pattern
    // could be said to Elasticsearch, else for all of its requests.
    const exact = child(aggs, 'tenant_paths');
    const callers = Object.keys(exact).length > 0 ? buckets(exact, 'callers') : buckets(aggs, 'tenant_pairs');
    for (const caller of callers) {
      const paths = buckets(caller as Aggs, 'paths');
      const listed = paths.reduce((sum, path) => sum + path.doc_count, 0);
      const scale = listed > 0 ? caller.doc_count / listed : 1;
      const byResource = new Map<string, number>();
      for (const path of paths) {
        const resource = tenantFromPath(bucketKey(path), pattern);
        if (resource !== null) byResource.set(resource, (byResource.get(resource) ?? 0) + path.doc_count * scale);
      }
      for (const [resource, count] of byResource) add(bucketKey(caller), resource, Math.round(count));
    }
  }
  return [...pairs.values()].sort((a, b) => b.count - a.count);
}

/**
 * Versions around the window. From a sample, `denied` is taken from the window's exact counts where the
 * version is among its top ones, so a version never seems to carry more of the errors than there are.
 */
function versionsFrom(aggs: Aggs, exactDenied: ReadonlyMap<string, number> | null): VersionEvidence[] {
  return buckets(aggs, 'versions').flatMap((b) => {
    const sub = b as Aggs;
    const first = metric(sub, 'first');
    const last = metric(sub, 'last');
    if (first === null || last === null) return [];
    const inWindow = child(sub, 'in_window');
    return [{
      version: bucketKey(b),
      firstSeen: new Date(first).toISOString(),
      lastSeen: new Date(last).toISOString(),
      requests: docCount(sub, 'in_window'),
      denied: exactDenied?.get(bucketKey(b)) ?? docCount(inWindow, 'denied'),
    }];
  }).sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));
}

/** Per key, its aggregations: a terms aggregation's buckets, or (a client field holding lists) a keyed filter per client. */
function keyedParts(response: SearchResponse, name: string, keyed: boolean): Array<[string, Aggs]> {
  if (keyed) return Object.entries(keyedChildren(aggsOf(response), name));
  return buckets(aggsOf(response), name).map((bk) => [bucketKey(bk), bk as Aggs]);
}

/** First-seen time and prior successes per key, from a user or IP history search. */
function firstSeenBy(response: SearchResponse, name: string, keyed = false): Map<string, { firstSeen: string | null; successBefore: number }> {
  return new Map(
    keyedParts(response, name, keyed).map(([key, sub]) => {
      const first = metric(sub, 'first');
      return [key, { firstSeen: first === null ? null : new Date(first).toISOString(), successBefore: docCount(sub, 'ok_before') }];
    }),
  );
}

/** Everything each address asked in the window, and how much of it succeeded (from the IP history search). */
function windowActivityBy(response: SearchResponse, keyed: boolean): Map<string, { windowRequests: number; windowSuccess: number }> {
  return new Map(
    keyedParts(response, 'ips', keyed).map(([key, sub]) => {
      const inWindow = child(sub, 'in_window');
      return [key, { windowRequests: docCount(sub, 'in_window'), windowSuccess: docCount(inWindow, 'ok') }];
    }),
  );
}

/** The expected level and lag from round one's baseline and newest-document answers. */
function baselineOf(baseline: SearchResponse, trailing: SearchResponse, presence: Presence, newest: SearchResponse, scope: TriageScope, total: number): Pick<Evidence, 'baseline' | 'ingest'> {
  const windowMs = scope.to - scope.from;
  const newestMs = firstHitTime(newest);
  const lagMs = notableLag(newestMs === null ? null : Math.max(0, scope.to - newestMs), totalHits(newest), NEWEST_SPAN_MS);
  const read = baselinePeriods(aggsOf(baseline), totalHits(trailing), presence, scope.from);
  const level = baselineLevel({ perDay: read.perDay, trailing: read.trailing, windowMs });
  // The part of the window not indexed yet cannot hold errors yet: expect only what the rest should.
  const expected = level.expected === null ? null : Math.round(level.expected * indexedShare(windowMs, lagMs) * 10) / 10;
  return {
    baseline: {
      perDay: read.perDay.filter((n): n is number => n !== null),
      missingDays: read.perDay.filter((n) => n === null).length,
      trailing24h: Math.round(level.trailingPerDay ?? 0),
      expected: expected ?? 0,
      ratio: spikeRatio(total, expected),
      periods: level.periods,
    },
    ingest: { newest: newestMs === null ? null : new Date(newestMs).toISOString(), lagMs },
  };
}

interface FirstRound {
  evidence: Evidence;
  window: Aggs;
  /** The answer of the snapshot of the window's requests (their paths); null when nothing will be sampled. */
  snapshot: SearchResponse | null;
  /** The baseline days' target-status requests, counted exactly (round two's draw of their top values is sized from it). */
  baselineErrors: number;
  /** How the window's top values were drawn. */
  draw: ErrorDraw;
}

/**
 * Round one, cheap whatever the traffic: the window's target-status requests (count and series exact, top
 * values from at most a fixed number of them: sampling `windowDraw`), the baseline days' (counted; their top
 * values are round two's), whether the service logged around each baseline day, the newest document, and a
 * count of the service's requests in the window (from which round two's samplings are chosen).
 */
async function firstRound(deps: ReaderDeps, scope: TriageScope): Promise<FirstRound> {
  const probes = presenceSearches(scope);
  const tenantPaths = scope.tenantPaths === undefined ? searchPatternToLuceneRegexp(deps.tenantPathPattern.source) : scope.tenantPaths;
  const expected = deps.windowSizes?.expected(windowKey(deps, scope), scope.to - scope.from, scope.to) ?? null;
  const draw = windowDraw(deps.sampling ?? null, deps.client.capabilities.randomSampler, expected);
  const windows = windowSearches({ ...scope, tenantPaths }, draw);
  // Only where round two may sample (busy routes are told by it): Elasticsearch, sampling on.
  const snapshot = deps.sampling && deps.client.capabilities.randomSampler ? [trafficSnapshotSearch(scope)] : [];
  const answers = await msearch(deps, [...windows, baselineSearch(scope), trailingSearch(scope), newestSearch(scope), trafficSearch(scope), ...snapshot, ...probes.map((p) => p.body)]);
  const windowParts = answers.slice(0, windows.length);
  const [baseline, trailing, newest, traffic, ...rest] = answers.slice(windows.length) as [SearchResponse, SearchResponse, SearchResponse, SearchResponse, ...SearchResponse[]];
  const snapshotAnswer = snapshot.length > 0 ? (rest[0] as SearchResponse) : null;
  const probed = rest.slice(snapshot.length);
  const presence = presenceOf(new Map(probes.map((p, i) => [p.key, probed[i] as SearchResponse])));
  const total = totalHits(windowParts[0] as SearchResponse);
  // The exact parts, and the drawn top values read back as the whole window's.
  const w = Object.assign({}, ...windowParts.slice(0, -1).map(aggsOf), drawnAggs(windowParts[windowParts.length - 1] as SearchResponse, draw, total)) as Aggs;
  const { baseline: level, ingest } = baselineOf(baseline, trailing, presence, newest, scope, total);
  const fields = Object.fromEntries(EVIDENCE_ROLES.map((role) => [role, fieldEvidence(scope.fields[role], w, role, keyMapOf(scope, role))])) as Record<
    EvidenceRole,
    FieldEvidence
  >;
  const resourceShare = total > 0 ? fields.resourceTenant.windowWithField / total : 0;
  const evidence: Evidence = {
    query: { status: scope.status, service: scope.service, environment: scope.environment, from: new Date(scope.from).toISOString(), to: new Date(scope.to).toISOString() },
    total,
    series: indexedSeries(w, ingest.newest === null ? null : Date.parse(ingest.newest), ingest.lagMs),
    bucketMs: seriesInterval(scope.to - scope.from),
    requests: { total: totalHits(traffic), byStatus: [] },
    baseline: level,
    ingest,
    fields,
    paths: groupTemplates(termCounts(buckets(w, 'raw_paths'))),
    users: termCounts(buckets(w, 'top_users')).map((t) => ({ id: t.value, count: t.count, firstSeen: null, successBefore: 0 })),
    ips: fields.clientIp.window.slice(0, HISTORY_IPS).map((t) => ({ ip: t.value, count: t.count, firstSeen: null, successBefore: 0, windowRequests: null, windowSuccess: null })),
    versions: [],
    repeats: repeatsFrom(child(w, 'repeats'), keyMapOf(scope, 'clientIp')),
    clients: clientsFrom(w, scope.from, keyMapOf(scope, 'clientIp')),
    activityBucketMs: activityInterval(scope.to - scope.from),
    agents: agentsFrom(w, keyMapOf(scope, 'clientIp')),
    tenantPairs: tenantPairsFrom(w, resourceShare, deps.tenantPathPattern),
    contrast: [],
    partial: answers.some((resp) => isPartial(resp)),
  };
  return { evidence, window: w, snapshot: snapshotAnswer, baselineErrors: totalHits(baseline), draw };
}

/** The service's requests in the window: the status mix, and what its successful requests look like. */
function applyRequests(evidence: Evidence, response: SearchResponse, scope: TriageScope, sampling: Sampling | null): void {
  // From a sample, the status mix is scaled to sum to the window's exact count (round one's).
  const r = sampling ? unsampledTo(response, sampling, evidence.requests.total) : unsampled(response);
  evidence.requests.byStatus = statusCounts(termCounts(buckets(r, 'by_status')));
  const success = child(r, 'success');
  for (const role of SUCCESS_ROLES) {
    evidence.fields[role].successWithField = withField(success, role);
    evidence.fields[role].success = topCounts(buckets(success, `top_${role}`), TOP_SUCCESS_TERMS, keyMapOf(scope, role));
  }
}

/**
 * Versions around the window. From a sample, their requests are scaled so the window's sum to its exact
 * count (round one's), and their denials are the window's own counts per version.
 */
function versionsOf(response: SearchResponse, sampling: Sampling | null, windowRequests: number, window: Aggs): VersionEvidence[] {
  if (sampling === null) return versionsFrom(unsampled(response), null);
  const aggs = unsampled(response);
  return versionsFrom(ratioScaled(aggs, docCount(aggs, 'window_requests'), windowRequests), deniedByVersion(window));
}

/** The window's target-status count per version (raw values; scaled from round one's sample above its size), for versions read from a sample. */
function deniedByVersion(window: Aggs): Map<string, number> {
  return new Map(buckets(window, 'top_version').map((b) => [bucketKey(b), b.doc_count]));
}

type ClientChange = Partial<Pick<IpEvidence, 'firstSeen' | 'successBefore' | 'windowRequests' | 'windowSuccess'>>;

/** Sets what one search read about one top user or address. */
function patchClient(evidence: Evidence, kind: 'users' | 'ips', key: string, change: ClientChange): void {
  if (kind === 'users') evidence.users = evidence.users.map((u): UserEvidence => (u.id === key ? { ...u, ...change } : u));
  else evidence.ips = evidence.ips.map((ip) => (ip.ip === key ? { ...ip, ...change } : ip));
}

/** A busy service's top users or addresses: each one's first request and successes before, read with bounded searches. */
function busyClientSearches(scope: TriageScope, evidence: Evidence, kind: 'users' | 'ips', keys: readonly string[]): Search[] {
  return keys.flatMap((key): Search[] => [
    {
      body: clientFirstSearch(scope, kind, key),
      apply: (res) => {
        const first = firstHitTime(res);
        patchClient(evidence, kind, key, { firstSeen: first === null ? null : new Date(first).toISOString() });
      },
    },
    // The search stops at the cap on each shard: several shards can add up past it.
    { body: clientSuccessSearch(scope, kind, key), apply: (res) => patchClient(evidence, kind, key, { successBefore: Math.min(SUCCESS_COUNT_CAP, totalHits(res)) }) },
  ]);
}

/** A busy service's top addresses: what each asked in the window and how much of it succeeded, counted. */
function windowCountSearches(scope: TriageScope, evidence: Evidence, ips: readonly string[]): Search[] {
  return ips.flatMap((ip): Search[] => [
    { body: windowCountSearch(scope, ip, false), apply: (res) => patchClient(evidence, 'ips', ip, { windowRequests: totalHits(res) }) },
    { body: windowCountSearch(scope, ip, true), apply: (res) => patchClient(evidence, 'ips', ip, { windowSuccess: totalHits(res) }) },
  ]);
}

/** The routes of round one's snapshot of the window's requests, read only on a busy service (the only one that uses them). */
function busyTraffic(scope: TriageScope, first: FirstRound, plan: SamplingPlan): RouteTraffic | null {
  return plan.history === null || first.snapshot === null ? null : routeTrafficOf(hitValues(first.snapshot, scope.fields.path));
}

/** What round two asks when the window holds target-status requests: routes, users, addresses, contrast. */
function explainSearches(scope: TriageScope, first: FirstRound, plan: SamplingPlan, policy: SamplingPolicy | null): Search[] {
  const { evidence, window } = first;
  const templates = historyTemplates(evidence.paths, evidence.total);
  const users = evidence.users.map((u) => u.id);
  const ips = evidence.ips.map((i) => i.ip);
  const picks = contrastPicks(window, scope.fields, scope.contrastFields ?? []);
  const searches: Search[] = [];
  // Where the cluster refuses regexps, a route's history cannot be read: the rules then have none to compare with.
  if (templates.length > 0 && scope.regexps !== false) searches.push(...historySearches(scope, evidence, templates, plan.history !== null, policy, busyTraffic(scope, first, plan)));
  const applyUsers = (res: SearchResponse): void => {
    const seen = firstSeenBy(res, 'users');
    evidence.users = evidence.users.map((user): UserEvidence => ({ ...user, ...seen.get(user.id) }));
  };
  const applyIps = (res: SearchResponse): void => {
    // A client field holding lists is read per client through keyed filters (triageQueries ipHistorySearch).
    const seen = firstSeenBy(res, 'ips', scope.clientLists === true);
    const inWindow = windowActivityBy(res, scope.clientLists === true);
    evidence.ips = evidence.ips.map((ip) => ({ ...ip, ...seen.get(ip.ip), ...inWindow.get(ip.ip) }));
  };
  // Only the histories this status's rules read (CLIENT_READS): a 404 triage never asks when its users first came.
  const reads = CLIENT_READS[scope.status];
  // On a busy service one search over every top user would read all their requests: bounded reads instead.
  if (plan.history !== null) {
    if (reads.userHistory) searches.push(...busyClientSearches(scope, evidence, 'users', users));
    if (reads.ipHistory) searches.push(...busyClientSearches(scope, evidence, 'ips', ips));
    // Only an address whose errors look like a scan is asked what else it sent (the one rule that reads it).
    if (reads.ipWindow) {
      const candidates = scanCandidateAddresses(evidence);
      searches.push(...windowCountSearches(scope, evidence, ips.filter((ip) => candidates.has(ip))));
    }
  } else {
    if (reads.userHistory && users.length > 0) searches.push({ body: userHistorySearch(scope, users), apply: applyUsers });
    if ((reads.ipHistory || reads.ipWindow) && ips.length > 0) searches.push({ body: ipHistorySearch(scope, ips), apply: applyIps });
  }
  if (picks.length > 0) {
    searches.push({ body: contrastSearch(scope, picks, plan.requests), apply: (res) => void (evidence.contrast = contrastFrom(res, picks, evidence.total, plan.requests)) });
  }
  return searches;
}

/**
 * Round two, always: the service's requests and versions (sampled on a busy service, at probabilities
 * chosen from round one's count), and either what explains the target-status requests (route history,
 * users, addresses, contrast) or, when the window holds none, the services with logs lately ("did you
 * mean"). Answers those services' names, or null.
 */
async function secondRound(deps: ReaderDeps, scope: TriageScope, first: FirstRound, plan: SamplingPlan, policy: SamplingPolicy | null): Promise<string[] | null> {
  const { evidence, window } = first;
  let known: string[] | null = null;
  const searches: Search[] = [
    { body: requestsSearch(scope, plan.requests), apply: (res) => applyRequests(evidence, res, scope, plan.requests) },
    { body: versionsSearch(scope, plan.versions), apply: (res) => void (evidence.versions = versionsOf(res, plan.versions, evidence.requests.total, window)) },
  ];
  if (first.baselineErrors > 0) {
    const draw = baselineDraw(deps.sampling ?? null, deps.client.capabilities.randomSampler, first.baselineErrors);
    searches.push({ body: baselineValuesSearch(scope, draw), apply: (res) => applyBaselineValues(evidence, res, draw, scope, first.baselineErrors) });
  }
  if (evidence.total > 0) searches.push(...explainSearches(scope, first, plan, policy));
  else searches.push({ body: servicesSearch(scope.fields, scope.to), apply: (res) => void (known = buckets(aggsOf(res), 'services').map(bucketKey)) });
  const answers = await msearch(deps, searches.map((s) => s.body));
  searches.forEach((s, i) => s.apply(answers[i] as SearchResponse));
  evidence.partial = evidence.partial || answers.some(isPartial);
  return known;
}

/**
 * Gathers the evidence for one triage in two round trips: round one exact and cheap (the window, the
 * baseline, a count of the service's traffic), round two what may be read from a sample on a busy service.
 */
export async function readEvidence(deps: ReaderDeps, scope: TriageScope): Promise<EvidenceRead> {
  const first = await firstRound(deps, scope);
  deps.windowSizes?.remember(windowKey(deps, scope), first.evidence.total, scope.to - scope.from, scope.to);
  // `random_sampler` is Elasticsearch's alone: on OpenSearch round two reads every document.
  const policy = deps.client.capabilities.randomSampler ? (deps.sampling ?? null) : null;
  const sampling = samplingPlan(policy, first.evidence.requests.total, scope.to - scope.from);
  const knownServices = await secondRound(deps, scope, first, sampling, policy);
  return { evidence: first.evidence, requests: 2, knownServices, sampling, windowDraw: first.draw };
}
