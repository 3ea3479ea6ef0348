import type { Client } from '@elastic/elasticsearch';

export interface SentRequest {
  method: string;
  path: string;
  /** The serialized query string, without `?`. */
  querystring: string;
  /** The serialized body exactly as sent (NDJSON for `_msearch`). */
  body: string;
}

export interface RequestLog {
  /** HTTP requests the client has sent since the last `reset` (retries included: each attempt counts). */
  count(): number;
  sent(): readonly SentRequest[];
  reset(): void;
}

/**
 * Counts what a client really sends, from its own diagnostic events: a round trip is an HTTP request,
 * whatever code path made it. Measured code runs one at a time, so the count belongs to it.
 */
export function instrument(client: Client): RequestLog {
  let requests: SentRequest[] = [];
  client.diagnostic.on('request', (_error, event) => {
    const params = event?.meta.request.params;
    const body = params?.body;
    requests.push({ method: params?.method ?? '?', path: params?.path ?? '?', querystring: params?.querystring ?? '', body: typeof body === 'string' ? body : body === undefined ? '' : '[binary]' });
  });
  return {
    count: () => requests.length,
    sent: () => requests,
    reset: () => {
      requests = [];
    },
  };
}
