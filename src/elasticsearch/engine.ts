/**
 * The one interface the product talks to a search engine through: exactly the calls it makes, on
 * Elasticsearch (8.x, 9.x) or OpenSearch (2.x), each through its own maintained client (see
 * engines/elastic.ts and engines/opensearch.ts). Parameters and answers follow the REST API, which the
 * two engines share for everything here; where the engines differ, the implementations (and
 * `capabilities`) hide it, so nothing outside src/elasticsearch knows which engine answers.
 *
 * Failures are the clients' own errors: errors.ts turns them into one coded error whichever engine
 * threw them (engines/failures.ts recognises both).
 */

export type EngineKind = 'elasticsearch' | 'opensearch';

/** What one engine can do that the other cannot. Queries read these instead of asking which engine it is. */
export interface EngineCapabilities {
  /** The `random_sampler` aggregation (Elasticsearch 8.2+). OpenSearch has none. */
  readonly randomSampler: boolean;
}

/** Per request: a time bound, retries, and statuses that are answers rather than failures (404 on a get). */
export interface RequestOptions {
  requestTimeout?: number;
  maxRetries?: number;
  ignore?: number[];
}

export type Json = Record<string, unknown>;

/** One line of an `_msearch`: a header (`index`, `ignore_unavailable`, …) or a search body, alternately. */
export interface MsearchRequest {
  searches: Json[];
}

export interface SearchRequest {
  index: string;
  ignore_unavailable?: boolean;
  allow_no_indices?: boolean;
  /** The search body (`query`, `aggs`, `size`, `seq_no_primary_term`, …). */
  body: Json;
}

export interface FieldCapsRequest {
  index: string;
  fields: string | string[];
  include_unmapped?: boolean;
  ignore_unavailable?: boolean;
  allow_no_indices?: boolean;
}

export interface GetAnswer {
  found: boolean;
  _seq_no?: number;
  _primary_term?: number;
  _source?: unknown;
}

/** `op_type: 'create'` claims an id; `if_seq_no`/`if_primary_term` make the write conditional on the version read. */
export interface IndexRequest {
  index: string;
  id: string;
  document: Json;
  refresh?: boolean;
  op_type?: 'create';
  if_seq_no?: number;
  if_primary_term?: number;
}

export interface IndexAnswer {
  result: string;
  _seq_no?: number;
  _primary_term?: number;
}

export interface BulkAnswer {
  errors: boolean;
  items: Array<Record<string, { status?: number; error?: unknown } | undefined>>;
}

export interface BulkLoadRequest {
  index: string;
  datasource: AsyncIterable<Json>;
  /** Called for each document the engine rejected. */
  onDrop: (error: unknown) => void;
  flushBytes: number;
  concurrency: number;
}

export interface BulkLoadAnswer {
  successful: number;
  aborted: boolean;
}

export interface SearchEngine {
  readonly kind: EngineKind;
  /** For people: `Elasticsearch`, `OpenSearch`. */
  readonly label: string;
  readonly capabilities: EngineCapabilities;

  /** The raw `_msearch` answer (`{ responses: [...] }`), to be read with responses.ts. */
  msearch(request: MsearchRequest, options?: RequestOptions): Promise<unknown>;
  search(request: SearchRequest, options?: RequestOptions): Promise<unknown>;
  count(request: { index: string; query?: Json }, options?: RequestOptions): Promise<number>;
  /** The raw `_field_caps` answer, to be read with fieldResolution.ts. */
  fieldCaps(request: FieldCapsRequest, options?: RequestOptions): Promise<unknown>;

  get(request: { index: string; id: string }, options?: RequestOptions): Promise<GetAnswer>;
  index(request: IndexRequest, options?: RequestOptions): Promise<IndexAnswer>;
  delete(request: { index: string; id: string; refresh?: boolean }, options?: RequestOptions): Promise<{ result: string }>;
  /** `_bulk` index operations as they are (demo, tests); `refresh` makes them searchable at once. */
  bulk(request: { operations: Json[]; refresh?: boolean }, options?: RequestOptions): Promise<BulkAnswer>;
  /** The client's bulk helper: batched by size, a few requests in flight, refreshed at the end. */
  bulkLoad(request: BulkLoadRequest): Promise<BulkLoadAnswer>;

  indexExists(index: string, options?: RequestOptions): Promise<boolean>;
  createIndex(request: { index: string; settings?: Json; mappings?: Json }, options?: RequestOptions): Promise<void>;
  /** Deletes the index (or pattern); a missing one is not an error. */
  deleteIndex(index: string, options?: RequestOptions): Promise<void>;
  refresh(index: string, options?: RequestOptions): Promise<void>;
  clusterHealth(request: { index?: string; wait_for_active_shards?: number; timeout?: string }, options?: RequestOptions): Promise<{ status: string }>;

  /** Calls `listener` after every request that got an answer (lastAnswer.ts), with the request's path. */
  onAnswer(listener: (answered: { path: string }) => void): void;
  close(): Promise<void>;
}
