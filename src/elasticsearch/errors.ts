import { errors } from '@elastic/elasticsearch';
import { AppError, ErrorCode } from '../errors';

/** Turns a client failure into one coded error that names the cluster (never its credentials). */
export function elasticsearchError(error: unknown, where: string, timeoutMs: number): AppError {
  if (error instanceof AppError) return error;
  const at = safeLocation(where);
  if (error instanceof errors.TimeoutError) {
    return new AppError(ErrorCode.ElasticsearchTimeout, `Elasticsearch at ${at} did not answer within ${Math.round(timeoutMs / 1000)} s`, {
      cause: error,
      hint: 'the cluster may be overloaded; try a shorter window or again in a minute',
    });
  }
  if (error instanceof errors.ConnectionError || error instanceof errors.NoLivingConnectionsError) {
    return new AppError(ErrorCode.ElasticsearchUnreachable, `cannot reach Elasticsearch at ${at} (${error.message})`, {
      cause: error,
      hint: 'check ELASTICSEARCH_URL and that the cluster is up',
    });
  }
  if (error instanceof errors.ResponseError) {
    const status = error.statusCode ?? 0;
    const reason = reasonOf(error.body) ?? error.message;
    if (status === 401 || status === 403) {
      return new AppError(ErrorCode.ElasticsearchResponse, `Elasticsearch at ${at} refused the credentials (${status})`, {
        cause: error,
        hint: 'check ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/PASSWORD and the key\'s index privileges',
      });
    }
    if (status === 429 || status === 503) {
      return new AppError(ErrorCode.ElasticsearchResponse, `Elasticsearch at ${at} is overloaded (${status}: ${reason})`, {
        cause: error,
        hint: 'try again in a minute',
      });
    }
    return new AppError(ErrorCode.ElasticsearchResponse, `Elasticsearch at ${at} answered ${status}: ${reason}`, { cause: error });
  }
  if (error instanceof errors.ProductNotSupportedError) {
    return new AppError(ErrorCode.ElasticsearchResponse, `the server at ${at} is not Elasticsearch`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(ErrorCode.ElasticsearchUnexpected, `Elasticsearch at ${at} failed: ${message}`, { cause: error });
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
