import { STATUS_CODES } from 'node:http';
import { errors } from '@elastic/elasticsearch';
import { AppError, ErrorCode } from '../errors';
import { describeLastAnswer } from './lastAnswer';

export interface FailureContext {
  /** When the same client last had a successful answer (see lastAnswer.ts); null or absent when unknown. */
  lastAnswer?: Date | null;
  now?: Date;
}

/**
 * Turns a client failure into one coded error that names the cluster (never its credentials), in one
 * line whatever the server sent, and says since when it has been failing when that is known.
 */
export function elasticsearchError(error: unknown, where: string, timeoutMs: number, context: FailureContext = {}): AppError {
  if (error instanceof AppError) return error;
  const at = safeLocation(where);
  const since = context.lastAnswer ? `; the last successful query was ${describeLastAnswer(context.lastAnswer, context.now ?? new Date())}` : '';
  // An answer that stops mid-body surfaces as a connection error from the client, but for a person it is the same: too slow.
  const stalled = error instanceof errors.ConnectionError && /Body Timeout|operation was aborted/i.test(error.message);
  if (error instanceof errors.TimeoutError || stalled) {
    return new AppError(ErrorCode.ElasticsearchTimeout, `Elasticsearch at ${at} did not answer within ${formatTimeout(timeoutMs)}${since}`, {
      cause: error,
      hint: 'the cluster may be overloaded; try a shorter window or again in a minute',
    });
  }
  if (error instanceof errors.ConnectionError || error instanceof errors.NoLivingConnectionsError) {
    if (closedMidAnswer(error.message)) {
      return new AppError(ErrorCode.ElasticsearchUnreachable, `Elasticsearch at ${at} closed the connection before it finished answering${since}`, {
        cause: error,
        hint: 'the cluster may be restarting; try again in a minute',
      });
    }
    return new AppError(ErrorCode.ElasticsearchUnreachable, `cannot reach Elasticsearch at ${at} (${connectionDetail(error)})${since}`, {
      cause: error,
      hint: 'check ELASTICSEARCH_URL and that the cluster is up',
    });
  }
  if (error instanceof errors.ResponseError) {
    const status = error.statusCode ?? 0;
    const reason = oneLine(reasonOf(error.body) ?? error.message) || (STATUS_CODES[status] ?? 'no reason given');
    if (status === 401 || status === 403) {
      return new AppError(ErrorCode.ElasticsearchResponse, `Elasticsearch at ${at} refused the credentials (${status})`, {
        cause: error,
        hint: 'check ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/PASSWORD and the key\'s index privileges',
      });
    }
    if (status === 429 || status === 503) {
      const retryAfter = retryAfterSeconds(error.headers);
      return new AppError(ErrorCode.ElasticsearchResponse, `Elasticsearch at ${at} is overloaded (${status}: ${reason})${since}`, {
        cause: error,
        hint: retryAfter === null ? 'try again in a minute' : `try again in ${retryAfter} s`,
      });
    }
    if (status === 502 || status === 504) {
      // Answered by a load balancer or proxy in front of the cluster, not by Elasticsearch.
      return new AppError(ErrorCode.ElasticsearchUnreachable, `cannot reach Elasticsearch at ${at}: the proxy in front of it answered ${status} (${reason})${since}`, {
        cause: error,
        hint: 'check that the cluster is up',
      });
    }
    return new AppError(ErrorCode.ElasticsearchResponse, `Elasticsearch at ${at} answered ${status}: ${reason}`, { cause: error });
  }
  if (error instanceof errors.ProductNotSupportedError) {
    return new AppError(ErrorCode.ElasticsearchResponse, `the server at ${at} is not Elasticsearch`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(ErrorCode.ElasticsearchUnexpected, `Elasticsearch at ${at} failed: ${oneLine(message)}`, { cause: error });
}

/** `10 s`, `1.5 s`, `500 ms`: sub-second timeouts must not read as "0 s". */
export function formatTimeout(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} s`;
}

/** The socket closed under a request: the node went away mid-answer (a restart, a crash, a proxy). */
function closedMidAnswer(message: string): boolean {
  return /other side closed|socket hang up|ECONNRESET|terminated|premature close|EPIPE/i.test(message);
}

/** A connection that closed under the request (as opposed to one that could not be made, or a timeout). */
export function isConnectionClosed(error: unknown): boolean {
  return error instanceof errors.ConnectionError && closedMidAnswer(error.message);
}

function connectionDetail(error: Error): string {
  const message = error.message;
  if (/ECONNREFUSED/.test(message)) return 'connection refused';
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return 'host not found';
  if (/EHOSTUNREACH|ENETUNREACH/.test(message)) return 'host unreachable';
  if (/certificate|self[- ]signed|TLS|SSL/i.test(message)) return `TLS failed: ${oneLine(message)}`;
  if (error instanceof errors.NoLivingConnectionsError) return 'no node is available';
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
