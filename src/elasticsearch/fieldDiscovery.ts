import type { SearchEngine } from './engine';
import { AppError, ErrorCode } from '../errors';
import type { Config } from '../config';
import { clusterLocation, elasticsearchError, isExpensiveQueriesRefusal, refusesExpensiveQueries, shardsRefuseExpensiveQueries } from './errors';
import { lastAnswerAt } from './lastAnswer';
import { assumedResolution, coversUnevenly, FieldCaps, fieldCapsResponse, FieldResolution, FieldSettings, isResolved, requiredProblems, resolveFields } from './fieldResolution';
import { hitsOf, hitValues, searchResponse } from './responses';
import { clientListProbe, holdsLists } from './clientLists';

/**
 * Reads the index pattern's mapping with one `_field_caps` request and keeps the resolution: every
 * process asks once, `serve` refreshes it in the background, and a failed refresh keeps the last good one.
 */

export interface DiscoveryDeps {
  client: SearchEngine;
  index: string;
  settings: FieldSettings;
  location: string;
  timeoutMs: number;
  /** How long a resolution is trusted before the next read asks again (default 5 minutes). */
  ttlMs?: number;
  clock?: () => number;
}

export interface FieldDiscovery {
  /** The resolution, read once and then from the cache while it is fresh. */
  current(): Promise<FieldResolution>;
  /** Like `current`, but throws a clear error when time, status or service has no usable field. */
  require(): Promise<FieldResolution>;
  /**
   * Like `require`, for a question about the logs as of `atMs` (`--at`): where the mapping differs across
   * indices, the form of a role is the one the newest index up to that moment has, not today's (a review of
   * last week's incident, across a template change since, must read last week's indices).
   */
  requireAt(atMs: number): Promise<FieldResolution>;
  /** Asks Elasticsearch again now. */
  refresh(): Promise<FieldResolution>;
  /** Refreshes every `intervalMs` until stopped (serve); failures keep the last resolution. */
  start(intervalMs?: number, onError?: (error: unknown) => void): void;
  stop(): void;
}

export const DISCOVERY_TTL_MS = 5 * 60_000;

export async function readFieldCaps(deps: Pick<DiscoveryDeps, 'client' | 'index' | 'location' | 'timeoutMs'>): Promise<FieldCaps> {
  let raw: unknown;
  try {
    raw = await deps.client.fieldCaps(
      { index: deps.index, fields: '*', include_unmapped: true, ignore_unavailable: true, allow_no_indices: true },
      { requestTimeout: deps.timeoutMs, maxRetries: 0 },
    );
  } catch (error) {
    throw elasticsearchError(error, deps.location, deps.timeoutMs, { lastAnswer: lastAnswerAt(deps.client) });
  }
  const parsed = fieldCapsResponse.safeParse(raw);
  if (!parsed.success) throw new AppError(ErrorCode.ElasticsearchUnexpected, 'Elasticsearch described its fields in an unexpected shape (_field_caps)', { cause: parsed.error });
  return parsed.data;
}

/** No index matches yet: nothing to discover, so the settings (or ECS names) stand and answers say "no logs". */
export function resolutionOf(caps: FieldCaps, settings: FieldSettings, newestIndex: string | null = null): FieldResolution {
  return caps.indices.length === 0 ? assumedResolution(settings) : resolveFields(caps, settings, newestIndex);
}

/** Skew allowed for a shipper's clock: documents further in the future than this do not say which index is newest. */
const FUTURE_SKEW_MS = 5 * 60_000;

/** The newest document's index (no later than `nowMs` and a little skew): which form of a field people ask about. Pure. */
export function newestIndexSearch(timeField: string, nowMs: number): Record<string, unknown> {
  return {
    size: 1,
    _source: false,
    track_total_hits: false,
    sort: [{ [timeField]: { order: 'desc' } }],
    query: { range: { [timeField]: { lte: nowMs + FUTURE_SKEW_MS, format: 'epoch_millis' } } },
  };
}

/**
 * Where the mapping differs across indices (a template added or lost, a shipper changed), which form
 * of a field to read depends on which index holds the newest logs: one more search, only then. A
 * failure keeps the resolution by index count.
 */
async function newestIndex(deps: Pick<DiscoveryDeps, 'client' | 'index' | 'timeoutMs'>, resolution: FieldResolution, nowMs: number): Promise<string | null> {
  const time = resolution.roles.time;
  if (!coversUnevenly(resolution) || !isResolved(time)) return null;
  try {
    const raw = await deps.client.search(
      { index: deps.index, ignore_unavailable: true, allow_no_indices: true, body: newestIndexSearch(time.field, nowMs) },
      { requestTimeout: deps.timeoutMs, maxRetries: 0 },
    );
    const parsed = searchResponse.safeParse(raw);
    return parsed.success ? hitsOf(parsed.data)[0]?._index ?? null : null;
  } catch {
    return null;
  }
}

/**
 * Whether the client field holds X-Forwarded-For lists, from the newest documents' values: one more sorted
 * search, only where the client is a keyword (an `ip` field cannot hold a list). A failure reads addresses.
 */
async function clientLists(deps: Pick<DiscoveryDeps, 'client' | 'index' | 'timeoutMs'>, resolution: FieldResolution, nowMs: number): Promise<boolean> {
  const client = resolution.roles.clientIp;
  const time = resolution.roles.time;
  if (!isResolved(client) || client.kind !== 'keyword' || !isResolved(time)) return false;
  try {
    const raw = await deps.client.search(
      { index: deps.index, ignore_unavailable: true, allow_no_indices: true, body: clientListProbe(client.field, time.field, nowMs + FUTURE_SKEW_MS) },
      { requestTimeout: deps.timeoutMs, maxRetries: 0 },
    );
    const parsed = searchResponse.safeParse(raw);
    return parsed.success && holdsLists(hitValues(parsed.data, client.field));
  } catch {
    return false;
  }
}

/** A regexp that matches nothing, read from one document at most: refused where the cluster runs no expensive queries. */
export function expensiveQueryProbe(field: string): Record<string, unknown> {
  return { size: 0, track_total_hits: false, terminate_after: 1, query: { regexp: { [field]: { value: 'x', flags: 'NONE' } } } };
}

/**
 * Whether the cluster runs the regexp and prefix queries a keyword status, a client list and a route's
 * history need: one probe on the first keyword field of those roles (none: nothing to ask). Only a refusal
 * naming `search.allow_expensive_queries`, by the whole search or by some of its shards, reads as no; any
 * other failure leaves the queries as they are.
 */
async function expensiveQueries(deps: Pick<DiscoveryDeps, 'client' | 'index' | 'timeoutMs'>, resolution: FieldResolution): Promise<boolean> {
  const probed = [resolution.roles.status, resolution.roles.path, resolution.roles.clientIp].find((role) => isResolved(role) && role.kind === 'keyword');
  if (probed === undefined || !isResolved(probed)) return true;
  try {
    const raw = await deps.client.search(
      { index: deps.index, ignore_unavailable: true, allow_no_indices: true, body: expensiveQueryProbe(probed.field) },
      { requestTimeout: deps.timeoutMs, maxRetries: 0 },
    );
    // Refused on some shards only (indices that lack the field answer): refused where the logs are.
    return !shardsRefuseExpensiveQueries(raw);
  } catch (error) {
    return !refusesExpensiveQueries(error);
  }
}

export function createFieldDiscovery(deps: DiscoveryDeps): FieldDiscovery {
  const ttlMs = deps.ttlMs ?? DISCOVERY_TTL_MS;
  const clock = deps.clock ?? Date.now;
  let cached: { at: number; value: Promise<FieldResolution> } | null = null;
  let lastGood: FieldResolution | null = null;
  let timer: NodeJS.Timeout | null = null;
  /** What the last load read: the mapping, its resolution by index count, the index newest now. */
  let read: { caps: FieldCaps; first: FieldResolution; newest: string | null } | null = null;

  async function load(): Promise<FieldResolution> {
    try {
      const caps = await readFieldCaps(deps);
      const first = resolutionOf(caps, deps.settings);
      const newest = await newestIndex(deps, first, clock());
      const resolved = newest === null ? first : resolutionOf(caps, deps.settings, newest);
      const resolution = resolved.indices.length === 0 ? resolved : await withProbes(resolved);
      read = { caps, first, newest };
      lastGood = resolution;
      return resolution;
    } catch (error) {
      if (lastGood) return lastGood;
      cached = null;
      throw error;
    }
  }

  /** What the mapping cannot say: whether the client field holds lists, whether the cluster runs regexps (both read at once). */
  async function withProbes(resolved: FieldResolution): Promise<FieldResolution> {
    const [lists, expensive] = await Promise.all([clientLists(deps, resolved, clock()), expensiveQueries(deps, resolved)]);
    return { ...resolved, clientLists: lists, expensiveQueries: expensive };
  }

  /** The resolution, or a clear error when time, status or service has no usable field. */
  function required(resolution: FieldResolution): FieldResolution {
    const problems = requiredProblems(resolution);
    if (problems.length > 0) {
      throw new AppError(ErrorCode.LogsUnfit, `these logs (${deps.index}) cannot be read: ${problems.join('; ')}`, {
        hint: 'run `status-triage check` to see every field found, then set the FIELD_* setting it suggests',
      });
    }
    return resolution;
  }

  const discovery: FieldDiscovery = {
    current() {
      if (cached === null || clock() - cached.at >= ttlMs) cached = { at: clock(), value: load() };
      return cached.value;
    },
    async require() {
      return required(await discovery.current());
    },
    async requireAt(atMs) {
      const resolution = await discovery.current();
      // Only where the mapping differs across indices, and the moment is not now, can the answer change.
      if (read === null || !coversUnevenly(read.first) || Math.abs(clock() - atMs) < FUTURE_SKEW_MS) return required(resolution);
      const newest = await newestIndex(deps, read.first, atMs);
      // The client field's values were read in today's documents: a list then was a list before.
      return required(
        newest === null || newest === read.newest
          ? resolution
          : { ...resolutionOf(read.caps, deps.settings, newest), clientLists: resolution.clientLists, expensiveQueries: resolution.expensiveQueries },
      );
    },
    refresh() {
      cached = { at: clock(), value: load() };
      return cached.value;
    },
    start(intervalMs = ttlMs, onError = () => undefined) {
      if (timer) return;
      timer = setInterval(() => {
        discovery.refresh().catch(onError);
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
  return discovery;
}

/**
 * Runs `read`; where the cluster refuses a regexp that discovery believed it ran (the setting changed since its
 * probe, or the probe could not tell), discovery looks again, `again` runs (to say so, or to plan anew), and
 * `read` runs once more, now without them. Any other failure is the caller's.
 */
export async function withRediscovery<T>(discovery: FieldDiscovery, read: () => Promise<T>, again: () => void | Promise<void>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isExpensiveQueriesRefusal(error)) throw error;
    await discovery.refresh();
    await again();
    return read();
  }
}

/** The discovery for the configured index pattern and settings. */
export function discoveryFor(client: SearchEngine, config: Config): FieldDiscovery {
  return createFieldDiscovery({
    client,
    index: config.elasticsearch.index,
    settings: config.fieldSettings,
    location: clusterLocation(config.elasticsearch),
    timeoutMs: config.elasticsearch.timeoutMs,
  });
}
