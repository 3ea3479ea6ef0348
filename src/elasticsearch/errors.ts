import { STATUS_CODES } from 'node:http';
import { z } from 'zod';
import { AppError, ErrorCode } from '../errors';
import { describeLastAnswer } from './lastAnswer';
import { ClientFailure, clientFailure } from './engines/failures';

export interface FailureContext {
  /** When the same client last had a successful answer (see lastAnswer.ts); null or absent when unknown. */
  lastAnswer?: Date | null;
  now?: Date;
}

/**
 * Turns a client failure (of either engine's client, see engines/failures.ts) into one coded error that
 * names the cluster (never its credentials), in one line whatever the server sent, and says since when
 * it has been failing when that is known.
 */
export function elasticsearchError(error: unknown, where: string, timeoutMs: number, context: FailureContext = {}): AppError {
  if (error instanceof AppError) return error;
  const at = safeLocation(where);
  const since = context.lastAnswer ? `; the last successful query was ${describeLastAnswer(context.lastAnswer, context.now ?? new Date())}` : '';
  const failure = clientFailure(error);
  if (failure === null) {
    const message = error instanceof Error ? error.message : String(error);
    return new AppError(ErrorCode.ElasticsearchUnexpected, `Elasticsearch at ${at} failed: ${oneLine(message)}`, { cause: error });
  }
  const engine = failure.engine;
  const settings = engine === 'OpenSearch' ? OPENSEARCH_SETTINGS : ELASTICSEARCH_SETTINGS;
  switch (failure.kind) {
    case 'timeout':
      return new AppError(ErrorCode.ElasticsearchTimeout, `${engine} at ${at} did not answer within ${formatTimeout(timeoutMs)}${since}`, {
        cause: error,
        hint: 'the cluster may be overloaded; try a shorter window or again in a minute',
      });
    case 'closed':
      return new AppError(ErrorCode.ElasticsearchUnreachable, `${engine} at ${at} closed the connection before it finished answering${since}`, {
        cause: error,
        hint: 'the cluster may be restarting; try again in a minute',
      });
    case 'connection':
    case 'noNode':
      return new AppError(ErrorCode.ElasticsearchUnreachable, `cannot reach ${engine} at ${at} (${connectionDetail(failure)})${since}`, {
        cause: error,
        hint: `check ${settings.url} and that the cluster is up`,
      });
    case 'response':
      return responseFailure(failure, error, at, since, settings);
    case 'notEngine':
      return new AppError(ErrorCode.ElasticsearchResponse, `the server at ${at} is not Elasticsearch`, {
        cause: error,
        hint: 'for OpenSearch, set OPENSEARCH_URL instead of ELASTICSEARCH_URL',
      });
  }
}

/** The settings a person checks, per engine. */
const ELASTICSEARCH_SETTINGS = { url: 'ELASTICSEARCH_URL', credentials: 'check ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/PASSWORD and the key\'s index privileges' };
const OPENSEARCH_SETTINGS = { url: 'OPENSEARCH_URL', credentials: 'check OPENSEARCH_USERNAME/PASSWORD (or the AWS credentials and OPENSEARCH_AWS_REGION) and the user\'s index permissions' };

function responseFailure(failure: ClientFailure, error: unknown, at: string, since: string, settings: { credentials: string }): AppError {
  const engine = failure.engine;
  const status = failure.statusCode ?? 0;
  const reason = oneLine(reasonOf(failure.body) ?? failure.message) || (STATUS_CODES[status] ?? 'no reason given');
  if (status === 401 || status === 403) {
    return new AppError(ErrorCode.ElasticsearchResponse, `${engine} at ${at} refused the credentials (${status})`, { cause: error, hint: settings.credentials });
  }
  if (status === 429 || status === 503) {
    const retryAfter = retryAfterSeconds(failure.headers);
    return new AppError(ErrorCode.ElasticsearchResponse, `${engine} at ${at} is overloaded (${status}: ${reason})${since}`, {
      cause: error,
      hint: retryAfter === null ? 'try again in a minute' : `try again in ${retryAfter} s`,
    });
  }
  if (status === 502 || status === 504) {
    // Answered by a load balancer or proxy in front of the cluster, not by the engine.
    return new AppError(ErrorCode.ElasticsearchUnreachable, `cannot reach ${engine} at ${at}: the proxy in front of it answered ${status} (${reason})${since}`, {
      cause: error,
      hint: 'check that the cluster is up',
    });
  }
  return new AppError(ErrorCode.ElasticsearchResponse, `${engine} at ${at} answered ${status}: ${reason}`, { cause: error });
}

/** `10 s`, `1.5 s`, `500 ms`: sub-second timeouts must not read as "0 s". */
export function formatTimeout(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} s`;
}

/** A connection that closed under the request (as opposed to one that could not be made, or a timeout). */
export function isConnectionClosed(error: unknown): boolean {
  return clientFailure(error)?.kind === 'closed';
}

/** A write whose outcome is unknown (the answer was lost): it may or may not have happened. */
export function isAmbiguousFailure(error: unknown): boolean {
  const kind = clientFailure(error)?.kind;
  return kind === 'timeout' || kind === 'connection' || kind === 'closed';
}

/** The server answered with this HTTP status (409: a conditional write lost; 400 with a type: see `failureType`). */
export function failureStatus(error: unknown): number | null {
  const failure = clientFailure(error);
  return failure?.kind === 'response' ? failure.statusCode ?? null : null;
}

/** What every refusal for the setting says (its reason names it, in Elasticsearch and OpenSearch alike). */
export function namesExpensiveQueries(text: string): boolean {
  return text.includes('allow_expensive_queries');
}

/**
 * The cluster refused a regexp or prefix query because `search.allow_expensive_queries` is false (the
 * reason names the setting, in Elasticsearch and OpenSearch alike).
 */
export function refusesExpensiveQueries(error: unknown): boolean {
  const failure = clientFailure(error);
  return failure?.kind === 'response' && failure.statusCode === 400 && namesExpensiveQueries(JSON.stringify(failure.body ?? null));
}

const shardFailures = z.looseObject({ _shards: z.looseObject({ failures: z.array(z.unknown()).optional() }).optional() });

/**
 * A search that answered (200) although some shards refused it for `search.allow_expensive_queries`: on an
 * index pattern where some indices do not map the field (another shape, an empty index), those shards run
 * the regexp as a query matching nothing while the others refuse it, so no error is thrown.
 */
export function shardsRefuseExpensiveQueries(response: unknown): boolean {
  const shards = shardFailures.safeParse(response);
  return shards.success && namesExpensiveQueries(JSON.stringify(shards.data._shards?.failures ?? null));
}

/** The cause of an `_msearch` item's error when the cluster refused it for `search.allow_expensive_queries` (responses `msearchItems`). */
export const EXPENSIVE_QUERIES_REFUSED = Object.freeze({ refused: 'search.allow_expensive_queries' });

/**
 * A search of an `_msearch` was refused for `search.allow_expensive_queries` (responses `msearchItems`), or a
 * single search was: what discovery believed of the cluster is out of date (the setting changed, or the probe
 * could not tell), so a caller asks discovery again and retries once.
 */
export function isExpensiveQueriesRefusal(error: unknown): boolean {
  return (error instanceof AppError && error.cause === EXPENSIVE_QUERIES_REFUSED) || refusesExpensiveQueries(error);
}

/** The error type the server named (`resource_already_exists_exception`, …), or null. */
export function failureType(error: unknown): string | null {
  const failure = clientFailure(error);
  if (failure?.kind !== 'response' || failure.body === null || typeof failure.body !== 'object') return null;
  const inner = (failure.body as { error?: unknown }).error;
  return inner !== null && typeof inner === 'object' && typeof (inner as { type?: unknown }).type === 'string' ? (inner as { type: string }).type : null;
}

function connectionDetail(failure: ClientFailure): string {
  const message = failure.message;
  if (/ECONNREFUSED/.test(message)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return 'host not found';
  if (/EHOSTUNREACH|ENETUNREACH/.test(message)) return 'host unreachable';
  if (/certificate|self[- ]signed|TLS|SSL/i.test(message)) return `TLS failed: ${oneLine(message)}`;
  if (failure.kind === 'noNode') return 'no node is available';
  // The transport appends the socket's addresses: noise for a person.
  return oneLine(message.replace(/ - Local: .*$/s, '')) || 'connection failed';
}

/** A server's words for a person: one line, no markup, bounded. A proxy's HTML error page becomes its text. */
export function oneLine(text: string, max = 200): string {
  const flat = text
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\s\p{C}]+/gu, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function retryAfterSeconds(headers: Record<string, unknown> | undefined): number | null {
  const value = headers?.['retry-after'];
  const seconds = typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(seconds) && seconds > 0 && seconds <= 3600 ? Math.ceil(seconds) : null;
}

function reasonOf(body: unknown): string | null {
  if (body === null || typeof body !== 'object') return null;
  const error = (body as { error?: unknown }).error;
  if (typeof error === 'string') return error;
  if (error !== null && typeof error === 'object') {
    const root = (error as { root_cause?: Array<{ reason?: unknown }>; reason?: unknown });
    const reason = root.root_cause?.[0]?.reason ?? root.reason;
    return typeof reason === 'string' ? reason : null;
  }
  return null;
}

/** Where the cluster is, for messages: the Cloud deployment or the URL without credentials. */
export function clusterLocation(settings: { cloudId: string | undefined; url: string }): string {
  return settings.cloudId ? 'Elastic Cloud' : safeLocation(settings.url);
}

/** The cluster's address without user:password. */
export function safeLocation(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.origin;
  } catch {
    return 'the configured cluster';
  }
}
