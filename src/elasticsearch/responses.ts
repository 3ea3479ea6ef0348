import { z } from 'zod';
import { AppError, ErrorCode } from '../errors';
import { EXPENSIVE_QUERIES_REFUSED, namesExpensiveQueries, oneLine } from './errors';

/**
 * zod views of the parts of Elasticsearch responses the product depends on. Anything else in a
 * response is ignored; a missing part we need becomes a coded error instead of `undefined` deep inside.
 */
const bucket = z.looseObject({ key: z.union([z.string(), z.number()]), key_as_string: z.string().optional(), doc_count: z.number() });
export type Bucket = z.infer<typeof bucket>;
const termsAgg = z.looseObject({ buckets: z.array(bucket) });
const countAgg = z.looseObject({ doc_count: z.number() });
const valueAgg = z.looseObject({ value: z.number().nullable(), value_as_string: z.string().optional() });
const keyedBuckets = z.looseObject({ buckets: z.record(z.string(), countAgg) });
// Built once: zod compiles a schema on first use, which costs more than the parse on hot paths (ticks).
const keyedChildBuckets = z.looseObject({ buckets: z.record(z.string(), z.record(z.string(), z.unknown())) });

export type Aggs = Record<string, unknown>;

export const searchResponse = z.looseObject({
  timed_out: z.boolean().optional(),
  /** A search with `terminate_after` that stopped there. */
  terminated_early: z.boolean().optional(),
  _shards: z.looseObject({ failed: z.number().optional() }).optional(),
  /** Only in cross-cluster searches: remote clusters that were skipped or answered in part. */
  _clusters: z.looseObject({ skipped: z.number().optional(), partial: z.number().optional(), failed: z.number().optional() }).optional(),
  hits: z.looseObject({
    total: z.union([z.number(), z.looseObject({ value: z.number() })]).optional(),
    // Each hit is read (and checked) where it is used (`hitsOf`): a 500-hit snapshot that a triage never
    // reads on an ordinary service cost as much to check as all its other answers together.
    hits: z.array(z.unknown()).optional(),
  }),
  aggregations: z.record(z.string(), z.unknown()).optional(),
});
export type SearchResponse = z.infer<typeof searchResponse>;

const searchHit = z.looseObject({
  _index: z.string().optional(),
  _source: z.record(z.string(), z.unknown()).optional(),
  sort: z.array(z.unknown()).optional(),
  fields: z.record(z.string(), z.array(z.unknown())).optional(),
});
export type SearchHit = z.infer<typeof searchHit>;

const errorCause = z.looseObject({ type: z.string().optional(), reason: z.string().optional() });
const msearchBody = z.looseObject({ responses: z.array(z.unknown()) });
const errorItem = z.looseObject({
  error: z.union([z.string(), z.looseObject({ type: z.string().optional(), reason: z.string().optional(), root_cause: z.array(errorCause).optional() })]),
  status: z.number().optional(),
});

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError(ErrorCode.ElasticsearchUnexpected, `Elasticsearch answered in an unexpected shape (${what})`, { cause: parsed.error });
  }
  return parsed.data;
}

/** Each msearch item, or the coded error Elasticsearch gave for it. */
export function msearchItems(body: unknown, expected: number): SearchResponse[] {
  const { responses } = parseOrThrow(msearchBody, body, 'msearch');
  if (responses.length !== expected) {
    throw new AppError(ErrorCode.ElasticsearchUnexpected, `Elasticsearch answered ${responses.length} of ${expected} searches`);
  }
  return responses.map((item, i) => {
    // Only an item with an `error` is read as one: a failed parse of every good item would cost an error object each.
    const failed = hasError(item) ? errorItem.safeParse(item) : null;
    if (failed?.success === true) {
      const error = failed.data.error;
      // "all shards failed" says nothing: the root cause is what a person can act on.
      const cause = typeof error === 'string' ? null : error.root_cause?.[0] ?? error;
      const reason = oneLine(cause === null ? String(error) : [cause.type, cause.reason].filter(Boolean).join(': '));
      const status = failed.data.status;
      if (status === 429 || status === 503) {
        throw new AppError(ErrorCode.ElasticsearchResponse, `Elasticsearch is overloaded and turned down search ${i + 1} (${status}: ${reason})`, { hint: 'try again in a minute' });
      }
      if (namesExpensiveQueries(reason)) {
        throw new AppError(ErrorCode.ElasticsearchResponse, `Elasticsearch rejected search ${i + 1}: ${reason}`, {
          cause: EXPENSIVE_QUERIES_REFUSED,
          hint: 'this cluster refuses regexp and prefix queries; status-triage reads these logs without them once it has looked again (run `status-triage check`)',
        });
      }
      throw new AppError(ErrorCode.ElasticsearchResponse, `Elasticsearch rejected search ${i + 1}: ${reason}`);
    }
    return parseOrThrow(searchResponse, item, `search ${i + 1}`);
  });
}

function hasError(item: unknown): boolean {
  return item !== null && typeof item === 'object' && 'error' in item;
}

export function totalHits(response: SearchResponse): number {
  const total = response.hits.total;
  if (total === undefined) return 0;
  return typeof total === 'number' ? total : total.value;
}

/** Some of the data did not answer: a timed-out search, failed shards, or skipped or failed remote clusters. */
export function isPartial(response: SearchResponse): boolean {
  const clusters = response._clusters;
  return (
    response.timed_out === true ||
    (response._shards?.failed ?? 0) > 0 ||
    (clusters?.skipped ?? 0) > 0 ||
    (clusters?.partial ?? 0) > 0 ||
    (clusters?.failed ?? 0) > 0
  );
}

/** Each hit's first value of a doc-value field (`docvalue_fields`), as text; hits without one are left out. */
/** A search's hits, each checked. */
export function hitsOf(response: SearchResponse): SearchHit[] {
  return (response.hits.hits ?? []).map((hit, i) => parseOrThrow(searchHit, hit, `hit ${i + 1}`));
}

export function hitValues(response: SearchResponse, field: string): string[] {
  const out: string[] = [];
  for (const hit of hitsOf(response)) {
    const value = hit.fields?.[field]?.[0];
    if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  }
  return out;
}

/** The sort value of the first hit of a search sorted by time (formatted as an ISO date), as epoch ms. */
export function firstHitTime(response: SearchResponse): number | null {
  const first = response.hits.hits?.[0];
  const value = first === undefined ? undefined : parseOrThrow(searchHit, first, 'hit 1').sort?.[0];
  const ms = typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** Each hit's sort values as numbers (a time formatted as epoch ms, a status stored as text); NaN where neither. */
export function sortRows(response: SearchResponse): number[][] {
  return hitsOf(response).map((hit) => (hit.sort ?? []).map((v) => (typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN)));
}

export function aggsOf(response: SearchResponse): Aggs {
  return response.aggregations ?? {};
}

function sub(aggs: Aggs, name: string): unknown {
  return aggs[name];
}

/** Buckets of a terms/histogram agg; an absent agg (no such index) reads as empty. */
export function buckets(aggs: Aggs, name: string): Bucket[] {
  const value = sub(aggs, name);
  if (value === undefined) return [];
  return parseOrThrow(termsAgg, value, name).buckets;
}

export function docCount(aggs: Aggs, name: string): number {
  const value = sub(aggs, name);
  if (value === undefined) return 0;
  return parseOrThrow(countAgg, value, name).doc_count;
}

export function metric(aggs: Aggs, name: string): number | null {
  const value = sub(aggs, name);
  if (value === undefined) return null;
  return parseOrThrow(valueAgg, value, name).value;
}

export function child(aggs: Aggs, name: string): Aggs {
  const value = sub(aggs, name);
  return value !== null && typeof value === 'object' ? (value as Aggs) : {};
}

export function keyedCounts(aggs: Aggs, name: string): Record<string, number> {
  const value = sub(aggs, name);
  if (value === undefined) return {};
  const parsed = parseOrThrow(keyedBuckets, value, name).buckets;
  return Object.fromEntries(Object.entries(parsed).map(([key, b]) => [key, b.doc_count]));
}

export function keyedChildren(aggs: Aggs, name: string): Record<string, Aggs> {
  const value = sub(aggs, name);
  if (value === undefined) return {};
  return parseOrThrow(keyedChildBuckets, value, name).buckets;
}

export function bucketKey(b: Bucket): string {
  return typeof b.key === 'number' && b.key_as_string === undefined ? String(b.key) : b.key_as_string ?? String(b.key);
}
