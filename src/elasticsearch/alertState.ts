import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { IncidentRecord, MeasureSnapshot } from '../domain/alerts/incident';
import type { SpikeAlert } from '../domain/spike';
import { CAUSE_IDS, TriageStatus } from '../domain/types';
import { AppError, ErrorCode } from '../errors';
import type { SearchEngine } from './engine';
import { elasticsearchError, failureStatus, failureType, isAmbiguousFailure } from './errors';
import { lastAnswerAt, trackAnswers } from './lastAnswer';
import { msearchItems, SearchResponse } from './responses';
import type { SearchBody } from './triageQueries';

/**
 * The product's own index (`STATE_INDEX`): the only store of alert state, so a restart loses nothing
 * and replicas coordinate through it. Two kinds of documents:
 *
 * - `alert:<status>:<service>`: the last incident of one service and status. The first one is claimed
 *   with `op_type=create`; every later change is written with `if_seq_no`/`if_primary_term` of the
 *   version read, so when replicas race, exactly one write wins and only the winner talks to Slack.
 * - `mute:<status|all>:<service>`: a mute until a time, overwritten by a newer mute, deleted by unmute.
 */

const STATUS = z.union([z.literal(403), z.literal(404)]);

const causeSchema = z.object({
  id: z.enum(CAUSE_IDS),
  confidence: z.number(),
  title: z.string(),
  evidence: z.array(z.string()),
  remediation: z.array(z.string()),
  why: z.array(z.string()).optional(),
});

// Typed against the domain's shape, so the two cannot drift apart.
const alertPayload: z.ZodType<SpikeAlert> = z.object({
  incidentId: z.string(),
  service: z.string(),
  status: STATUS,
  count: z.number(),
  expected: z.number(),
  ratio: z.number().nullable(),
  changePct: z.number().nullable(),
  window: z.object({ from: z.string(), to: z.string() }),
  firedAt: z.string(),
  series: z.array(z.object({ t: z.string(), count: z.number() })),
  causes: z.array(causeSchema),
  notes: z.array(z.string()),
  channel: z.string(),
});

const measureSnapshot: z.ZodType<MeasureSnapshot> = z.object({
  count: z.number(),
  expected: z.number(),
  ratio: z.number().nullable(),
  changePct: z.number().nullable(),
  at: z.string(),
});
export type { MeasureSnapshot } from '../domain/alerts/incident';

// The shape is the domain's (domain/alerts/incident, where every field says what it means).
const alertDoc: z.ZodType<IncidentRecord> = z.object({
  kind: z.literal('alert'),
  service: z.string(),
  status: STATUS,
  incidentId: z.string(),
  phase: z.enum(['firing', 'resolved']),
  firedAt: z.string(),
  resolvedAt: z.string().nullable(),
  updatedAt: z.string(),
  fired: measureSnapshot,
  notified: measureSnapshot,
  resolution: measureSnapshot.nullable(),
  refires: z.number(),
  channel: z.string().nullable(),
  ts: z.string().nullable(),
  pending: z.enum(['post', 'resolve', 'refire', 'worsened']).nullable(),
  lease: z.object({ owner: z.string(), token: z.string(), until: z.string() }).nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  // What was posted, kept to re-render the message on resolution (not indexed).
  alert: alertPayload.nullable(),
});
export type AlertDoc = IncidentRecord;

const muteDoc = z.object({
  kind: z.literal('mute'),
  service: z.string(),
  status: STATUS.nullable(),
  until: z.string(),
  by: z.string(),
  createdAt: z.string(),
});
export type MuteDoc = z.infer<typeof muteDoc>;

/** A stored document with the version it was read at: the ticket for a conditional write. */
export interface Versioned<T> {
  id: string;
  doc: T;
  seqNo: number;
  primaryTerm: number;
}

/** An alert document as the rest of the product sees it. */
export type AlertState = AlertDoc & { id: string };

export interface StateSnapshot {
  alerts: Array<Versioned<AlertDoc>>;
  mutes: Array<Versioned<MuteDoc>>;
  /** Documents that did not parse (written by a newer version?): skipped, counted for the logs. */
  invalid: number;
}

export const STATE_MAPPINGS = {
  // Unknown fields are kept in _source but not indexed: a newer replica may write more.
  dynamic: false,
  properties: {
    kind: { type: 'keyword' },
    service: { type: 'keyword' },
    status: { type: 'short' },
    incidentId: { type: 'keyword' },
    phase: { type: 'keyword' },
    firedAt: { type: 'date' },
    resolvedAt: { type: 'date' },
    updatedAt: { type: 'date' },
    until: { type: 'date' },
    by: { type: 'keyword' },
    createdAt: { type: 'date' },
    channel: { type: 'keyword' },
    ts: { type: 'keyword' },
    pending: { type: 'keyword' },
    acknowledgedBy: { type: 'keyword' },
    acknowledgedAt: { type: 'date' },
    lease: { properties: { owner: { type: 'keyword' }, token: { type: 'keyword' }, until: { type: 'date' } } },
    fired: { type: 'object', enabled: false },
    notified: { type: 'object', enabled: false },
    resolution: { type: 'object', enabled: false },
    refires: { type: 'integer' },
    alert: { type: 'object', enabled: false },
  },
} as const;

export const STATE_SETTINGS = { number_of_shards: 1, auto_expand_replicas: '0-1' } as const;

/** Alert and mute documents fit in one page: one per service and status that ever fired or was muted. */
const SNAPSHOT_SIZE = 10_000;

function readableId(prefix: string, service: string): string {
  const id = `${prefix}:${service}`;
  // Document ids are limited to 512 bytes; long names fall back to a hash.
  return Buffer.byteLength(id) <= 480 ? id : `${prefix}:sha256:${createHash('sha256').update(service).digest('hex')}`;
}

export function alertId(service: string, status: TriageStatus): string {
  return readableId(`alert:${status}`, service);
}

export function muteId(service: string, status: TriageStatus | null): string {
  return readableId(`mute:${status ?? 'all'}`, service);
}

export interface AlertStoreDeps {
  client: SearchEngine;
  /** `STATE_INDEX`. */
  index: string;
  /** For error messages: where the cluster is (no credentials). */
  location: string;
  timeoutMs: number;
}

export interface AlertStore {
  readonly index: string;
  /** Creates the index with its mapping when missing; safe when replicas race to create it. */
  ensureIndex(): Promise<void>;
  snapshot(): Promise<StateSnapshot>;
  /**
   * The state and other searches of one index pattern (the watcher's detection) in ONE `_msearch`: a calm
   * tick costs one request. Their answers come in the order of `bodies`. A missing state index reads as empty.
   */
  snapshotWith(search: { index: string; bodies: readonly SearchBody[] }): Promise<{ responses: SearchResponse[]; snapshot: StateSnapshot }>;
  get(id: string): Promise<Versioned<AlertDoc> | null>;
  /** `op_type=create`: the version written, or null when the document already exists (someone else won). */
  create(id: string, doc: AlertDoc): Promise<Versioned<AlertDoc> | null>;
  /** Conditional on the version read: the version written, or null when it changed since (someone else won). */
  replace(current: Versioned<AlertDoc>, doc: AlertDoc): Promise<Versioned<AlertDoc> | null>;
  putMute(doc: MuteDoc): Promise<void>;
  /** Deletes the given mutes; the number that existed. */
  deleteMutes(ids: readonly string[]): Promise<number>;
}

function isConflict(error: unknown): boolean {
  return failureStatus(error) === 409;
}

/** Stable comparison of two JSON documents (Elasticsearch keeps _source as sent, but be safe on key order). */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value;
  };
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

const hitSchema = z.looseObject({
  _id: z.string(),
  _seq_no: z.number(),
  _primary_term: z.number(),
  _source: z.record(z.string(), z.unknown()),
});

export function parseSnapshot(response: SearchResponse): StateSnapshot {
  const snapshot: StateSnapshot = { alerts: [], mutes: [], invalid: 0 };
  for (const raw of response.hits.hits ?? []) {
    const hit = hitSchema.safeParse(raw);
    if (!hit.success) {
      snapshot.invalid++;
      continue;
    }
    const { _id: id, _seq_no: seqNo, _primary_term: primaryTerm, _source: source } = hit.data;
    if (source.kind === 'alert') {
      const doc = alertDoc.safeParse(source);
      if (doc.success) snapshot.alerts.push({ id, doc: doc.data, seqNo, primaryTerm });
      else snapshot.invalid++;
    } else if (source.kind === 'mute') {
      const doc = muteDoc.safeParse(source);
      if (doc.success) snapshot.mutes.push({ id, doc: doc.data, seqNo, primaryTerm });
      else snapshot.invalid++;
    } else {
      snapshot.invalid++;
    }
  }
  return snapshot;
}

const SNAPSHOT_QUERY = { terms: { kind: ['alert', 'mute'] } };
const SNAPSHOT_BODY: SearchBody = { size: SNAPSHOT_SIZE, seq_no_primary_term: true, query: SNAPSHOT_QUERY };

export function createAlertStore(deps: AlertStoreDeps): AlertStore {
  const { client, index } = deps;
  // Claims are never retried blindly: a retried create that already succeeded would answer 409 and
  // make the winner believe it lost. Ambiguous failures are settled by reading the document back.
  const writeOptions = { requestTimeout: deps.timeoutMs, maxRetries: 0 };
  trackAnswers(client);
  const fail = (error: unknown): AppError => elasticsearchError(error, deps.location, deps.timeoutMs, { lastAnswer: lastAnswerAt(client) });
  let ensured = false;

  async function get(id: string): Promise<Versioned<AlertDoc> | null> {
    let response;
    try {
      response = await client.get({ index, id }, { ignore: [404], requestTimeout: deps.timeoutMs });
    } catch (error) {
      throw fail(error);
    }
    if (!response.found || response._seq_no === undefined || response._primary_term === undefined) return null;
    const doc = alertDoc.safeParse(response._source);
    if (!doc.success) throw new AppError(ErrorCode.ElasticsearchUnexpected, `state document ${id} in ${index} has an unexpected shape`, { cause: doc.error });
    return { id, doc: doc.data, seqNo: response._seq_no, primaryTerm: response._primary_term };
  }

  async function settle(id: string, doc: AlertDoc, error: unknown): Promise<Versioned<AlertDoc> | null> {
    if (isConflict(error)) return null;
    // A write whose outcome is unknown (the answer was lost): read back before deciding who won.
    if (!isAmbiguousFailure(error)) throw fail(error);
    const current = await get(id);
    return current !== null && sameJson(current.doc, doc) ? current : null;
  }

  async function write(id: string, doc: AlertDoc, condition: { op_type: 'create' } | { if_seq_no: number; if_primary_term: number }): Promise<Versioned<AlertDoc> | null> {
    try {
      // refresh: the next tick's search (here or on another replica) sees the change at once.
      const response = await client.index({ index, id, document: { ...doc }, refresh: true, ...condition }, writeOptions);
      return { id, doc, seqNo: response._seq_no ?? -1, primaryTerm: response._primary_term ?? -1 };
    } catch (error) {
      return settle(id, doc, error);
    }
  }

  return {
    index,

    async ensureIndex() {
      if (ensured) return;
      try {
        const exists = await client.indexExists(index, { requestTimeout: deps.timeoutMs });
        if (!exists) await client.createIndex({ index, settings: STATE_SETTINGS, mappings: STATE_MAPPINGS }, { requestTimeout: deps.timeoutMs });
      } catch (error) {
        const raced = failureType(error) === 'resource_already_exists_exception';
        if (!raced) throw fail(error);
      }
      try {
        // A replica that lost the race to create the index (or saw it a moment after) must not search
        // it before its shard is up: that answers "all shards failed".
        // `wait_for_status: yellow` is not enough: a brand-new index with an unassigned primary reports yellow.
        await client.clusterHealth({ index, wait_for_active_shards: 1, timeout: `${Math.max(1, Math.round(deps.timeoutMs / 1000))}s` }, { requestTimeout: deps.timeoutMs });
      } catch (error) {
        throw fail(error);
      }
      ensured = true;
    },

    async snapshot() {
      let response;
      try {
        response = await client.search({ index, ignore_unavailable: true, allow_no_indices: true, body: SNAPSHOT_BODY }, { requestTimeout: deps.timeoutMs });
      } catch (error) {
        throw fail(error);
      }
      return parseSnapshot(msearchItems({ responses: [response] }, 1)[0] as SearchResponse);
    },

    async snapshotWith(search) {
      const header = { index: search.index, ignore_unavailable: true, allow_no_indices: true };
      const searches = [...search.bodies.flatMap((body) => [header, body]), { index, ignore_unavailable: true, allow_no_indices: true }, SNAPSHOT_BODY];
      let raw: unknown;
      try {
        raw = await client.msearch({ searches }, { requestTimeout: deps.timeoutMs, maxRetries: 0 });
      } catch (error) {
        throw fail(error);
      }
      const items = msearchItems(raw, search.bodies.length + 1);
      return { responses: items.slice(0, -1), snapshot: parseSnapshot(items[items.length - 1] as SearchResponse) };
    },

    get,

    create(id, doc) {
      return write(id, doc, { op_type: 'create' });
    },

    replace(current, doc) {
      return write(current.id, doc, { if_seq_no: current.seqNo, if_primary_term: current.primaryTerm });
    },

    async putMute(doc) {
      try {
        await client.index({ index, id: muteId(doc.service, doc.status), document: doc, refresh: true }, { requestTimeout: deps.timeoutMs });
      } catch (error) {
        throw fail(error);
      }
    },

    async deleteMutes(ids) {
      let removed = 0;
      for (const id of ids) {
        try {
          const response = await client.delete({ index, id, refresh: true }, { ignore: [404], requestTimeout: deps.timeoutMs });
          if (response.result === 'deleted') removed++;
        } catch (error) {
          throw fail(error);
        }
      }
      return removed;
    },
  };
}
