import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Starts and stops the single-node Elasticsearch built from Maven Central jars (scripts/elasticsearch).
 * Development and tests only: production points ELASTICSEARCH_URL at a real cluster.
 */
export const REPO_ROOT = findRepoRoot(__dirname);
const MAVEN_PROJECT = join(REPO_ROOT, 'scripts', 'elasticsearch');
const TARGET = join(MAVEN_PROJECT, 'target');
const JAR = join(TARGET, 'local-elasticsearch-1.0.0.jar');
const STATE_DIR = join(REPO_ROOT, '.es');
const DEFAULT_PORT = 9200;

/** This file runs from src/, dist/ and dist-bench/src/: the repository is the nearest folder holding the launcher. */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scripts', 'elasticsearch', 'pom.xml'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..', '..');
  }
}

/** The default port keeps the historical file names; another port (the benchmark's node) gets its own, so the two never stop each other. */
function stateFile(port: number, ext: 'pid' | 'log'): string {
  return join(STATE_DIR, port === DEFAULT_PORT ? `local.${ext}` : `local-${port}.${ext}`);
}

export interface LocalEsOptions {
  port?: number;
  /** Heap for the JVM, e.g. `512m`; the benchmark asks for more. */
  heap?: string;
  /** A folder that keeps the node's data across restarts (default: a temporary one, deleted on stop). */
  home?: string;
  /**
   * Garbage collector: `g1` (default) is Elasticsearch's own choice and the one its real-memory circuit
   * breaker can trigger a collection with; with `serial` the breaker can keep refusing every request on a
   * heap full of garbage.
   */
  gc?: 'serial' | 'g1';
  /** Progress lines for a person (stderr); silent by default. */
  progress?: (line: string) => void;
  timeoutMs?: number;
}

export interface LocalEsHandle {
  url: string;
  /** False when something already answered on the port: then stopping it is not ours to do. */
  startedByUs: boolean;
}

export async function clusterHealth(url: string, timeoutMs = 2000): Promise<string | null> {
  try {
    const response = await fetch(`${url}/_cluster/health`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return null;
    const body = (await response.json()) as { status?: unknown };
    return typeof body.status === 'string' ? body.status : null;
  } catch {
    return null;
  }
}

/** Builds the launcher and copies the jars from Maven (cached in ~/.m2) when they are missing or stale. */
export function ensureBuilt(progress: (line: string) => void = () => undefined): void {
  // Stale when the pom or any launcher source is newer than the jar.
  const sources = [join(MAVEN_PROJECT, 'pom.xml'), ...readdirSync(join(MAVEN_PROJECT, 'src'), { recursive: true, encoding: 'utf8' }).map((f) => join(MAVEN_PROJECT, 'src', f))];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  const fresh = existsSync(JAR) && existsSync(join(TARGET, 'lib')) && statSync(JAR).mtimeMs >= newest;
  if (fresh) return;
  progress('building the local Elasticsearch launcher (first run downloads the jars from Maven Central)…');
  const result = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: MAVEN_PROJECT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const detail = result.error ? result.error.message : `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`could not build the local Elasticsearch with Maven: ${detail}`);
  }
}

function readPid(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startLocalElasticsearch(options: LocalEsOptions = {}): Promise<LocalEsHandle> {
  const port = options.port ?? DEFAULT_PORT;
  const url = `http://127.0.0.1:${port}`;
  const progress = options.progress ?? (() => undefined);
  if ((await clusterHealth(url)) !== null) return { url, startedByUs: false };

  ensureBuilt(progress);
  mkdirSync(STATE_DIR, { recursive: true });
  const heap = options.heap ?? process.env.ES_HEAP ?? '512m';
  const pidFile = stateFile(port, 'pid');
  const logFile = stateFile(port, 'log');
  const home = options.home === undefined ? [] : ['--home', resolve(options.home)];
  // G1 by default, as Elasticsearch itself ships: with the serial collector a busy 512 MB node trips its
  // real-memory circuit breaker on garbage it has not collected yet (seen as 429s in a full test run).
  const gc = options.gc === 'serial' ? ['-XX:+UseSerialGC'] : ['-XX:+UseG1GC', '-XX:G1ReservePercent=25', '-XX:InitiatingHeapOccupancyPercent=30'];
  const log = openSync(logFile, 'w');
  const child = spawn(
    'java',
    [`-Xms${heap}`, `-Xmx${heap}`, ...gc, '-cp', `${JAR}:${join(TARGET, 'lib', '*')}`, 'statustriage.es.LocalElasticsearch', '--port', String(port), ...home],
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error('could not start java: is Java 17 installed?');
  writeFileSync(pidFile, String(child.pid));
  progress(`starting Elasticsearch on ${url} (pid ${child.pid}, heap ${heap}, log ${logFile})…`);

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    const status = await clusterHealth(url);
    if (status === 'green' || status === 'yellow') {
      progress(`Elasticsearch is ${status} on ${url}`);
      return { url, startedByUs: true };
    }
    if (!alive(child.pid)) {
      rmSync(pidFile, { force: true });
      const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
      throw new Error(`the local Elasticsearch exited during start-up:\n${tail}`);
    }
    await sleep(500);
  }
  await stopLocalElasticsearch(30_000, port);
  throw new Error(`the local Elasticsearch did not become healthy within ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s (log: ${logFile})`);
}

/** Stops the node this project started on `port` (by its pid file); true when one was running. */
export async function stopLocalElasticsearch(timeoutMs = 30_000, port = DEFAULT_PORT): Promise<boolean> {
  const pidFile = stateFile(port, 'pid');
  const pid = readPid(pidFile);
  if (pid === null) return false;
  if (!alive(pid)) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  while (alive(pid)) await sleep(100);
  rmSync(pidFile, { force: true });
  return true;
}
