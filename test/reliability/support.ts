import type { SearchEngine } from '../../src/elasticsearch/engine';
import { Writable } from 'node:stream';
import { CliDeps, runCli } from '../../src/cli/program';
import { buildCliServices } from '../../src/cli/services';
import { createLogger, Logger } from '../../src/logging';

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** Every reliability fixture is evaluated as of this moment (`--at`, injected clocks). */
export const NOW = Date.parse('2026-11-20T12:00:00Z');

export type Doc = Record<string, unknown>;

export function logDoc(service: string, status: number, at: number, extra: Doc = {}): Doc {
  return {
    '@timestamp': new Date(at).toISOString(),
    'service.name': service,
    'service.environment': 'prod',
    'service.version': '2.0.0',
    'http.response.status_code': status,
    'http.request.method': 'GET',
    'url.path': status === 404 ? '/v1/items/42' : '/v1/admin',
    'source.ip': '10.0.0.7',
    'user.id': 'u-1',
    ...extra,
  };
}

/** `n` documents spread over the 10 minutes before `end`. */
export function burst(service: string, status: number, end: number, n: number, extra: Doc = {}): Doc[] {
  return Array.from({ length: n }, (_, i) => logDoc(service, status, end - 10 * MIN + Math.floor((i * 10 * MIN) / Math.max(n, 1)), extra));
}

/** The same 10 minutes on each of the previous 7 days (`perDay` each), plus `current` in the window ending at `end`. */
export function history(service: string, status: number, perDay: number, current: number, end = NOW): Doc[] {
  return Array.from({ length: 7 }, (_, d) => burst(service, status, end - (d + 1) * DAY, perDay)).flat().concat(burst(service, status, end, current));
}

export function silentLogger(): Logger {
  return createLogger({ level: 'silent' });
}

/** A logger whose JSON lines land in an array, to assert on what the product logged. */
export function captureLogger(level: 'debug' | 'info' | 'warn' = 'debug'): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI in-process with the real services and the product's own client builder. */
export async function runRealCli(argv: string[], env: Record<string, string>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const clients: SearchEngine[] = [];
  const deps: CliDeps = {
    env: { LOG_LEVEL: 'silent', ...env },
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    services: async (config, logger) => {
      const services = buildCliServices(config, logger);
      clients.push(services.client);
      return services;
    },
  };
  const started = Date.now();
  const code = await runCli(argv, deps);
  const ms = Date.now() - started;
  await Promise.all(clients.map((c) => c.close()));
  return { code, stdout, stderr, ms };
}

/** What a person sees on a failure: exactly one line, no stack trace, no raw markup. */
export function expectOneClearLine(text: string): void {
  const lines = text.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at |\bat .+\.(?:ts|js):\d+/);
  expect(text).not.toMatch(/<\/?[a-z]+>/i);
  expect(text).not.toMatch(/\bundefined\b|\[object Object\]/);
}
