import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

/**
 * A local stand-in for Slack: the Web API (point SLACK_API_URL at `apiUrl`) and `response_url`s (hand out
 * `responseUrl()`). It records every call and can answer 429 / 500 / 404 on demand, so tests see exactly
 * what the app posted and how it copes when Slack misbehaves.
 */
export interface RecordedCall {
  /** `api` for Web API methods, `response_url` for response URLs. */
  kind: 'api' | 'response_url';
  /** Web API method (`chat.postMessage`) or the response URL's id. */
  name: string;
  /** Form fields or JSON body; `blocks` and other JSON-valued form fields are decoded. */
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  /** What the recorder answered. */
  status: number;
  at: number;
}

export interface Fault {
  /** 200 with a `body` such as `{"ok":false,"error":"expired_url"}` is a fault too. */
  status: 200 | 429 | 500 | 503 | 404 | 410;
  /** Seconds, sent as `Retry-After` with a 429. */
  retryAfter?: number;
  /** Response body; defaults to something Slack-like for the status. */
  body?: string;
}

export interface FaultRule {
  kind: RecordedCall['kind'];
  /** Method or response-url id; omit for any. */
  name?: string;
  fault: Fault;
  /** How many calls get the fault (default 1); Infinity for all. */
  times?: number;
}

export interface SlackRecorder {
  /** Base URL for SLACK_API_URL, ending with a slash. */
  apiUrl: string;
  /** A fresh response_url (or the one with this id). */
  responseUrl(id?: string): string;
  calls: RecordedCall[];
  /** Calls of one kind/name, in order. */
  callsTo(kind: RecordedCall['kind'], name?: string): RecordedCall[];
  fail(rule: FaultRule): void;
  /** Resolves with the first call (past or future) that matches, or rejects after `timeoutMs`. */
  waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Resolves once no new call has arrived for `quietMs` (to assert that nothing more was posted). */
  settle(quietMs?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

export interface RecorderOptions {
  /** What `auth.test` says about the bot. */
  botUserId?: string;
  botId?: string;
  teamId?: string;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function decodeBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw.length === 0) return {};
  if (contentType?.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { value: parsed };
    } catch {
      return { raw };
    }
  }
  const form = parseQuery(raw);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    const text = Array.isArray(value) ? value.join(',') : (value ?? '');
    if (/^[[{]/.test(text)) {
      try {
        out[key] = JSON.parse(text);
        continue;
      } catch {
        // not JSON after all: keep the text
      }
    }
    out[key] = text;
  }
  return out;
}

function defaultFaultBody(fault: Fault, kind: RecordedCall['kind']): string {
  if (fault.body !== undefined) return fault.body;
  if (kind === 'response_url' && (fault.status === 404 || fault.status === 410)) return 'expired_url';
  if (fault.status === 429) return JSON.stringify({ ok: false, error: 'ratelimited' });
  return JSON.stringify({ ok: false, error: 'internal_error' });
}

export async function startSlackRecorder(options: RecorderOptions = {}): Promise<SlackRecorder> {
  const calls: RecordedCall[] = [];
  const rules: Array<FaultRule & { remaining: number }> = [];
  const waiters: Array<{ predicate: (call: RecordedCall) => boolean; resolve: (call: RecordedCall) => void }> = [];
  let messageCounter = 0;
  let urlCounter = 0;
  let lastCallAt = Date.now();

  function takeFault(kind: RecordedCall['kind'], name: string): Fault | null {
    const rule = rules.find((r) => r.kind === kind && (r.name === undefined || r.name === name) && r.remaining > 0);
    if (!rule) return null;
    rule.remaining -= 1;
    return rule.fault;
  }

  function answerApi(method: string, body: Record<string, unknown>): unknown {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://recorder.example.slack.com/',
          team: 'Recorder',
          user: 'status-triage',
          team_id: options.teamId ?? 'T0RECORDER',
          user_id: options.botUserId ?? 'U0BOT',
          bot_id: options.botId ?? 'B0BOT',
        };
      case 'chat.postMessage':
        messageCounter += 1;
        return { ok: true, channel: body.channel, ts: `1700000000.${String(messageCounter).padStart(6, '0')}`, message: { text: body.text } };
      case 'chat.postEphemeral':
        messageCounter += 1;
        return { ok: true, message_ts: `1700000000.${String(messageCounter).padStart(6, '0')}` };
      default:
        return { ok: true };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://recorder');
    const raw = await readBody(req);
    const body = decodeBody(raw, req.headers['content-type']);
    let kind: RecordedCall['kind'];
    let name: string;
    if (url.pathname.startsWith('/api/')) {
      kind = 'api';
      name = url.pathname.slice('/api/'.length);
    } else if (url.pathname.startsWith('/response/')) {
      kind = 'response_url';
      name = url.pathname.slice('/response/'.length);
    } else {
      res.writeHead(404).end();
      return;
    }
    const fault = takeFault(kind, name);
    const status = fault ? fault.status : 200;
    const call: RecordedCall = { kind, name, body, headers: req.headers, status, at: Date.now() };
    calls.push(call);
    lastCallAt = call.at;
    for (const waiter of [...waiters]) {
      if (waiter.predicate(call)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
    if (fault) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.status === 429) headers['retry-after'] = String(fault.retryAfter ?? 1);
      res.writeHead(fault.status, headers).end(defaultFaultBody(fault, kind));
      return;
    }
    if (kind === 'response_url') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answerApi(name, body)));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl(id?: string) {
      urlCounter += 1;
      return `${base}/response/${id ?? `r${urlCounter}-${Math.random().toString(36).slice(2, 8)}`}`;
    },
    calls,
    callsTo(kind, name) {
      return calls.filter((c) => c.kind === kind && (name === undefined || c.name === name));
    },
    fail(rule) {
      rules.push({ ...rule, remaining: rule.times ?? 1 });
    },
    waitFor(predicate, timeoutMs = 10_000) {
      const past = calls.find(predicate);
      if (past) return Promise.resolve(past);
      return new Promise<RecordedCall>((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (call: RecordedCall) => {
            clearTimeout(timer);
            resolve(call);
          },
        };
        const timer = setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
          reject(new Error(`no matching Slack call within ${timeoutMs} ms; saw: ${calls.map((c) => `${c.kind}:${c.name}`).join(', ') || 'nothing'}`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    async settle(quietMs = 300) {
      for (;;) {
        const waited = Date.now() - lastCallAt;
        if (waited >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, quietMs - waited));
      }
    },
    reset() {
      calls.length = 0;
      rules.length = 0;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}
