import { AddressInfo, createServer, Server, Socket } from 'node:net';

/**
 * A small TCP proxy in front of the test Elasticsearch, for fault injection. It listens on loopback
 * only, reads each HTTP/1.1 request whole (Content-Length framing, which is what the Elasticsearch
 * client sends), and decides what to do with it from the mode current at that moment, so a switch
 * takes effect on the next request even over kept-alive connections.
 *
 * Bounded: a capped number of connections, a cap on a request's size and on delays, and every timer
 * and socket is released by `close()`.
 */
export type ProxyMode =
  /** Forward as is. */
  | { kind: 'pass' }
  /** Forward each request after `ms` (a slow cluster). */
  | { kind: 'delay'; ms: number }
  /** Accept and read the request, never answer (a hung node, a black-holed network). */
  | { kind: 'drop' }
  /** Forward the request, relay the answer's headers and `bodyBytes` bytes of its body, then close (a node dying mid-answer). */
  | { kind: 'cut'; bodyBytes: number }
  /** Forward the request, relay the answer's headers and `bodyBytes` bytes of its body, then nothing more (a stalled network). */
  | { kind: 'stall'; bodyBytes: number }
  /** Close the connection as soon as a request arrives, before any answer. */
  | { kind: 'reset' }
  /** Answer with this response instead of Elasticsearch, then close (a cluster or proxy shedding load). */
  | { kind: 'respond'; status: number; body: string; headers?: Record<string, string> };

export interface ProxyStats {
  connections: number;
  /** Complete requests received, and what happened to each. */
  requests: number;
  byMode: Record<ProxyMode['kind'], number>;
  /** The latest 1,000 requests, most recent last, for assertions. */
  log: ProxyRequest[];
}

export interface ProxyRequest {
  /** Its place among all requests received (1 for the first; `stats.requests` when it arrived). */
  seq: number;
  /** Which connection carried it (1 for the first accepted; `stats.connections` when that one opened). */
  connection: number;
  /** When it arrived (ms since epoch). */
  at: number;
  /** The request line's method and target: `POST /_msearch`. */
  line: string;
}

export interface TcpProxy {
  /** `http://127.0.0.1:<port>`: give this to the client as ELASTICSEARCH_URL. */
  readonly url: string;
  readonly port: number;
  readonly stats: ProxyStats;
  set(mode: ProxyMode): void;
  mode(): ProxyMode;
  /** Closes every open connection (what clients see when a node restarts), keeping the mode. */
  cutAll(): void;
  /** Stops listening and closes every connection: connecting is refused, as with a stopped cluster. */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export interface ProxyOptions {
  maxConnections?: number;
  /** Largest request accepted (bytes); bigger ones are refused by closing the connection. */
  maxRequestBytes?: number;
  /** Upper bound for `delay` modes, so that a mistaken test cannot hold sockets for long. */
  maxDelayMs?: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const LOOPBACK = '127.0.0.1';

/** An Elasticsearch-shaped error body, as a cluster under pressure sends it. */
export function elasticsearchErrorBody(status: number, type: string, reason: string): string {
  return JSON.stringify({ error: { root_cause: [{ type, reason }], type, reason }, status });
}

/** A canned answer like the one an overloaded cluster gives (429 rejected execution, 503 unavailable). */
export function overloaded(status: 429 | 503, retryAfterSeconds?: number): ProxyMode {
  const body =
    status === 429
      ? elasticsearchErrorBody(429, 'es_rejected_execution_exception', 'rejected execution of coordinating operation [search], queue capacity [1000] reached')
      : elasticsearchErrorBody(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized]');
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' };
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  return { kind: 'respond', status, body, headers };
}

function httpResponse(mode: Extract<ProxyMode, { kind: 'respond' }>): Buffer {
  const body = Buffer.from(mode.body);
  const headers = { 'content-type': 'text/plain', ...mode.headers, 'content-length': String(body.length), connection: 'close' };
  const head = [`HTTP/1.1 ${mode.status} Canned`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body]);
}

/** Length of the first complete request in `buffer`, or null when more bytes are needed. */
function requestLength(buffer: Buffer): number | null {
  const end = buffer.indexOf(HEADER_END);
  if (end < 0) return null;
  const head = buffer.subarray(0, end).toString('latin1');
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  const total = end + HEADER_END.length + (length ? Number(length[1]) : 0);
  return buffer.length >= total ? total : null;
}

export async function startTcpProxy(upstreamUrl: string, options: ProxyOptions = {}): Promise<TcpProxy> {
  const upstream = new URL(upstreamUrl);
  const upstreamHost = upstream.hostname.replace(/^\[(.*)\]$/, '$1');
  const upstreamPort = Number(upstream.port || (upstream.protocol === 'https:' ? 443 : 80));
  const maxRequestBytes = options.maxRequestBytes ?? 8 * 1024 * 1024;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  let mode: ProxyMode = { kind: 'pass' };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const stats: ProxyStats = {
    connections: 0,
    requests: 0,
    byMode: { pass: 0, delay: 0, drop: 0, cut: 0, stall: 0, reset: 0, respond: 0 },
    log: [],
  };

  function track(socket: Socket): void {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // A peer going away is expected here: it is what this proxy is for.
    socket.on('error', () => socket.destroy());
  }

  function later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, Math.min(ms, maxDelayMs));
    timers.add(timer);
  }

  function handle(client: Socket): void {
    track(client);
    const connection = ++stats.connections;
    let pending = Buffer.alloc(0);
    let toElasticsearch: Socket | null = null;
    /** How the answer to the request in flight is relayed. */
    let relay: ProxyMode = { kind: 'pass' };
    let headerSeen = false;
    let headerBuffer = Buffer.alloc(0);

    const closeBoth = (): void => {
      client.destroy();
      toElasticsearch?.destroy();
    };

    function connectUpstream(): Socket {
      const socket = new Socket();
      track(socket);
      socket.connect(upstreamPort, upstreamHost);
      socket.on('data', (chunk: Buffer) => relayAnswer(chunk));
      // Elasticsearch hanging up ends the client's connection too, unless this proxy let go of it first.
      socket.once('close', () => {
        if (toElasticsearch === socket) client.destroy();
      });
      return socket;
    }

    function relayAnswer(chunk: Buffer): void {
      if (relay.kind !== 'cut' && relay.kind !== 'stall') {
        client.write(chunk);
        return;
      }
      const then = relay.kind === 'cut' ? closeBoth : () => undefined;
      if (!headerSeen) {
        headerBuffer = Buffer.concat([headerBuffer, chunk]);
        const end = headerBuffer.indexOf(HEADER_END);
        if (end < 0) return;
        headerSeen = true;
        const keep = headerBuffer.subarray(0, end + HEADER_END.length + relay.bodyBytes);
        client.write(keep, then);
        return;
      }
      then();
    }

    function forward(request: Buffer, as: ProxyMode): void {
      if (client.destroyed) return;
      relay = as;
      headerSeen = false;
      headerBuffer = Buffer.alloc(0);
      toElasticsearch ??= connectUpstream();
      toElasticsearch.write(request);
    }

    function dispatch(request: Buffer): void {
      const current = mode;
      stats.requests++;
      stats.byMode[current.kind]++;
      const line = request.subarray(0, Math.max(0, request.indexOf('\r\n'))).toString('latin1').split(' ').slice(0, 2).join(' ');
      stats.log.push({ seq: stats.requests, connection, at: Date.now(), line });
      if (stats.log.length > 1000) stats.log.shift();
      switch (current.kind) {
        case 'pass':
        case 'cut':
        case 'stall':
          forward(request, current);
          return;
        case 'delay':
          later(current.ms, () => forward(request, current));
          return;
        case 'drop':
          return;
        case 'reset':
          closeBoth();
          return;
        case 'respond': {
          const upstreamSocket = toElasticsearch;
          toElasticsearch = null;
          upstreamSocket?.destroy();
          client.end(httpResponse(current));
          return;
        }
      }
    }

    client.on('data', (chunk: Buffer) => {
      if (client.writableEnded) return;
      pending = Buffer.concat([pending, chunk]);
      if (pending.length > maxRequestBytes) {
        closeBoth();
        return;
      }
      for (let length = requestLength(pending); length !== null; length = requestLength(pending)) {
        const request = pending.subarray(0, length);
        pending = pending.subarray(length);
        dispatch(request);
      }
    });
    client.once('close', () => toElasticsearch?.destroy());
  }

  let server: Server | null = null;
  let port = 0;

  async function listen(on: number): Promise<void> {
    const listening = createServer(handle);
    listening.maxConnections = options.maxConnections ?? 64;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(on, LOOPBACK, () => {
        listening.off('error', reject);
        resolve();
      });
    });
    server = listening;
    port = (listening.address() as AddressInfo).port;
  }

  function cutAll(): void {
    for (const socket of sockets) socket.destroy();
  }

  async function down(): Promise<void> {
    cutAll();
    const closing = server;
    server = null;
    if (closing === null) return;
    await new Promise<void>((resolve) => closing.close(() => resolve()));
  }

  await listen(0);
  return {
    get url() {
      return `http://${LOOPBACK}:${port}`;
    },
    get port() {
      return port;
    },
    stats,
    set(next) {
      mode = next;
    },
    mode: () => mode,
    cutAll,
    down,
    async up() {
      if (server === null) await listen(port);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await down();
    },
  };
}
