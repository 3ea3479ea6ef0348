import { errors as elastic } from '@elastic/elasticsearch';
import { errors as opensearch } from '@opensearch-project/opensearch';

/**
 * What went wrong, whichever client threw it: the two clients have their own error classes (the
 * OpenSearch client's are a fork of the Elasticsearch 7 client's), and errors.ts reads only this.
 */
/** `closed`: the socket closed under the request (a restart, a crash, a proxy), as opposed to one that could not be made. */
export type FailureKind = 'timeout' | 'connection' | 'closed' | 'noNode' | 'response' | 'notEngine';

export interface ClientFailure {
  kind: FailureKind;
  /** The engine whose client failed, for messages: `Elasticsearch`, `OpenSearch`. */
  engine: string;
  message: string;
  /** For `response`: what the server answered. */
  statusCode?: number;
  body?: unknown;
  headers?: Record<string, unknown>;
}

/** A client error of either engine, or null for anything else. */
export function clientFailure(error: unknown): ClientFailure | null {
  if (!(error instanceof Error)) return null;
  return elasticFailure(error) ?? openSearchFailure(error);
}

function elasticFailure(error: Error): ClientFailure | null {
  const engine = 'Elasticsearch';
  const message = error.message;
  // An answer that stops mid-body surfaces as a connection error (undici), but for a person it is the same: too slow.
  if (error instanceof elastic.TimeoutError) return { kind: 'timeout', engine, message };
  if (error instanceof elastic.ConnectionError) return { kind: /Body Timeout|operation was aborted/i.test(message) ? 'timeout' : connectionKind(message), engine, message };
  if (error instanceof elastic.NoLivingConnectionsError) return { kind: 'noNode', engine, message };
  if (error instanceof elastic.ResponseError) {
    return { kind: 'response', engine, message, statusCode: error.statusCode ?? 0, body: error.body, headers: error.headers as Record<string, unknown> | undefined };
  }
  if (error instanceof elastic.ProductNotSupportedError) return { kind: 'notEngine', engine, message };
  return null;
}

function openSearchFailure(error: Error): ClientFailure | null {
  const engine = 'OpenSearch';
  const message = error.message;
  if (error instanceof opensearch.TimeoutError) return { kind: 'timeout', engine, message };
  if (error instanceof opensearch.ConnectionError) return { kind: connectionKind(message), engine, message };
  if (error instanceof opensearch.NoLivingConnectionsError) return { kind: 'noNode', engine, message };
  if (error instanceof opensearch.ResponseError) {
    // Its message is always "Response Error"; a body that is not JSON (a proxy's page) is the reason then.
    const text = typeof error.body === 'string' ? error.body : '';
    return { kind: 'response', engine, message: text, statusCode: error.statusCode ?? 0, body: error.body, headers: error.headers as Record<string, unknown> | undefined };
  }
  return null;
}

/**
 * The clients' words for a socket that closed mid-answer: undici's (Elasticsearch client) and Node's
 * http module's (OpenSearch client, which says "Response aborted while reading the body").
 */
function connectionKind(message: string): 'closed' | 'connection' {
  return /other side closed|socket hang up|ECONNRESET|terminated|premature close|EPIPE|aborted while reading/i.test(message) ? 'closed' : 'connection';
}
