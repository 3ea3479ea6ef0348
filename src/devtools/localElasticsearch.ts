import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Starts and stops the single-node search engines built from Maven Central jars (scripts/elasticsearch, one
 * Maven module per engine). Development and tests only: production points ELASTICSEARCH_URL at a real cluster.
 */
export const REPO_ROOT = findRepoRoot(__dirname);
const MAVEN_PROJECT = join(REPO_ROOT, 'scripts', 'elasticsearch');
const STATE_DIR = join(REPO_ROOT, '.es');
const DEFAULT_PORT = 9200;

/** This file runs from src/, dist/ and dist-bench/src/: the repository is the nearest folder holding the launcher. */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scripts', 'elasticsearch', 'pom.xml'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..', '..');
  }
}

export type EngineId = 'elasticsearch-8' | 'elasticsearch-9' | 'opensearch-2';

export interface Engine {
  id: EngineId;
  /** For people: `Elasticsearch 8.14.3`. */
  label: string;
  /** The version pinned in the engine's pom. */
  version: string;
  /** Each engine answers on its own port by default, so a node of one is never mistaken for another. */
  defaultPort: number;
  /** Oldest Java that runs (and compiles against) the engine's jars. */
  minJava: number;
  mainClass: string;
}

export const ENGINES: Readonly<Record<EngineId, Engine>> = {
  'elasticsearch-8': { id: 'elasticsearch-8', label: 'Elasticsearch 8.14.3', version: '8.14.3', defaultPort: DEFAULT_PORT, minJava: 17, mainClass: 'statustriage.es.LocalElasticsearch' },
  'elasticsearch-9': { id: 'elasticsearch-9', label: 'Elasticsearch 9.5.3', version: '9.5.3', defaultPort: 9210, minJava: 21, mainClass: 'statustriage.es.LocalElasticsearch' },
  'opensearch-2': { id: 'opensearch-2', label: 'OpenSearch 2.19.6', version: '2.19.6', defaultPort: 9220, minJava: 17, mainClass: 'statustriage.opensearch.LocalOpenSearch' },
};

export function isEngineId(value: string): value is EngineId {
  return Object.prototype.hasOwnProperty.call(ENGINES, value);
}

/**
 * The Elasticsearch the tests and `npm run es:start` use: `LOCAL_ES_VERSION=8` (default) or `9`.
 * Anything else is an error rather than a silent fallback to 8.
 */
export function elasticsearchFromEnv(env: NodeJS.ProcessEnv = process.env): EngineId {
  const wanted = (env.LOCAL_ES_VERSION ?? '').trim();
  if (wanted === '' || wanted === '8') return 'elasticsearch-8';
  if (wanted === '9') return 'elasticsearch-9';
  throw new Error(`LOCAL_ES_VERSION must be 8 or 9, not ${JSON.stringify(wanted)}`);
}

/** `LOCAL_ES_PORT`: another port for that Elasticsearch (e.g. when 9200 is someone else's node). */
export function elasticsearchPortFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const wanted = (env.LOCAL_ES_PORT ?? '').trim();
  if (wanted === '') return undefined;
  const port = Number(wanted);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`LOCAL_ES_PORT must be a port number from 1024 to 65535, not ${JSON.stringify(wanted)}`);
  return port;
}

function moduleDir(engine: Engine): string {
  return join(MAVEN_PROJECT, engine.id);
}

/** The default port keeps the historical file names; another port gets its own, so two nodes never stop each other. */
function stateFile(port: number, ext: 'pid' | 'log'): string {
  return join(STATE_DIR, port === DEFAULT_PORT ? `local.${ext}` : `local-${port}.${ext}`);
}

export interface LocalEsOptions {
  /** Which engine to run (default: Elasticsearch 8). */
  engine?: EngineId;
  /** Default: the engine's own port (9200 for Elasticsearch 8, 9210 for 9, 9220 for OpenSearch). */
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
  port: number;
  engine: EngineId;
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

/** The version the node at `url` reports (the local nodes have no `GET /`, so it comes from `_nodes/_local`). */
export async function nodeVersion(url: string, timeoutMs = 2000): Promise<string | null> {
  try {
    const response = await fetch(`${url}/_nodes/_local?filter_path=nodes.*.version`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return null;
    const body = (await response.json()) as { nodes?: Record<string, { version?: unknown }> };
    const version = Object.values(body.nodes ?? {})[0]?.version;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

/** Feature version of the JDK at `home` (from its `release` file), or null when it is not one. */
function jdkFeature(home: string): number | null {
  try {
    const match = /^JAVA_VERSION="(\d+)/m.exec(readFileSync(join(home, 'release'), 'utf8'));
    return match?.[1] !== undefined && existsSync(join(home, 'bin', 'java')) ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Feature version of the `java` on PATH, or null. */
function pathJavaFeature(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${result.stderr ?? ''}`);
  return match?.[1] !== undefined ? Number(match[1]) : null;
}

/**
 * The JDK home to run (and build) an engine with, or null for the `java`/`mvn` on PATH. Engines that need a
 * newer Java than the PATH's look, in order, at LOCAL_ES_JAVA_HOME, JAVA_HOME and the newest JDK under
 * /usr/lib/jvm that is new enough.
 */
export function javaHomeFor(engineId: EngineId, env: NodeJS.ProcessEnv = process.env): string | null {
  const engine = ENGINES[engineId];
  const explicit = env.LOCAL_ES_JAVA_HOME;
  if (explicit) {
    const feature = jdkFeature(explicit);
    if (feature === null || feature < engine.minJava) throw new Error(`LOCAL_ES_JAVA_HOME=${explicit} is not a JDK ${engine.minJava}+ (${engine.label} needs one)`);
    return explicit;
  }
  if ((pathJavaFeature() ?? 0) >= engine.minJava) return null;
  const candidates = [env.JAVA_HOME, ...jvmDirs()].filter((home): home is string => home !== undefined && home !== '');
  const found = candidates
    .map((home) => ({ home, feature: jdkFeature(home) ?? 0 }))
    .filter((c) => c.feature >= engine.minJava)
    .sort((a, b) => b.feature - a.feature)[0];
  if (!found) {
    throw new Error(`${engine.label} needs Java ${engine.minJava}+, and neither the java on PATH, JAVA_HOME nor /usr/lib/jvm has one: set LOCAL_ES_JAVA_HOME to a JDK ${engine.minJava}+`);
  }
  return found.home;
}

function jvmDirs(): string[] {
  const root = '/usr/lib/jvm';
  try {
    return readdirSync(root).map((name) => join(root, name));
  } catch {
    return [];
  }
}

function javaEnv(javaHome: string | null): NodeJS.ProcessEnv {
  return javaHome === null ? process.env : { ...process.env, JAVA_HOME: javaHome, PATH: `${join(javaHome, 'bin')}:${process.env.PATH ?? ''}` };
}

function launcherJar(engine: Engine): string {
  return join(moduleDir(engine), 'target', 'launcher.jar');
}

/**
 * Builds an engine's launcher and copies its jars from Maven (cached in ~/.m2) when they are missing or
 * stale, with a new enough JDK for Maven when the engine needs one.
 */
export function ensureBuilt(progress: (line: string) => void = () => undefined, engineId: EngineId = 'elasticsearch-8'): void {
  const engine = ENGINES[engineId];
  const dir = moduleDir(engine);
  // Stale when the parent pom, the module's pom or any launcher source is newer than the jar.
  const sources = [join(MAVEN_PROJECT, 'pom.xml'), join(dir, 'pom.xml'), ...readdirSync(join(dir, 'src'), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, 'src', f))];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  const jar = launcherJar(engine);
  const fresh = existsSync(jar) && existsSync(join(dir, 'target', 'lib')) && statSync(jar).mtimeMs >= newest;
  if (fresh) return;
  progress(`building the local ${engine.label} launcher (first run downloads the jars from Maven Central)…`);
  const result = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: dir, env: javaEnv(javaHomeFor(engineId)), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const detail = result.error ? result.error.message : `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`could not build the local ${engine.label} with Maven: ${detail}`);
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
  const engine = ENGINES[options.engine ?? 'elasticsearch-8'];
  const port = options.port ?? engine.defaultPort;
  const url = `http://127.0.0.1:${port}`;
  const progress = options.progress ?? (() => undefined);
  if ((await clusterHealth(url)) !== null) {
    // Reuse a node that already runs, but only the engine asked for: tests against 9.x must not pass on 8.x.
    const version = await nodeVersion(url);
    if (version !== null && version.split('.')[0] !== engine.version.split('.')[0]) {
      throw new Error(`${url} already answers with version ${version}, not ${engine.label}: stop it or choose another port`);
    }
    return { url, port, engine: engine.id, startedByUs: false };
  }

  ensureBuilt(progress, engine.id);
  const javaHome = javaHomeFor(engine.id);
  mkdirSync(STATE_DIR, { recursive: true });
  const heap = options.heap ?? process.env.ES_HEAP ?? '512m';
  const pidFile = stateFile(port, 'pid');
  const logFile = stateFile(port, 'log');
  const home = options.home === undefined ? [] : ['--home', resolve(options.home)];
  // G1 by default, as Elasticsearch itself ships: with the serial collector a busy 512 MB node trips its
  // real-memory circuit breaker on garbage it has not collected yet (seen as 429s in a full test run).
  const gc = options.gc === 'serial' ? ['-XX:+UseSerialGC'] : ['-XX:+UseG1GC', '-XX:G1ReservePercent=25', '-XX:InitiatingHeapOccupancyPercent=30'];
  const target = join(moduleDir(engine), 'target');
  const java = javaHome === null ? 'java' : join(javaHome, 'bin', 'java');
  const log = openSync(logFile, 'w');
  const child = spawn(
    java,
    [`-Xms${heap}`, `-Xmx${heap}`, ...gc, '-cp', `${launcherJar(engine)}:${join(target, 'lib', '*')}`, engine.mainClass, '--port', String(port), ...home],
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${java}: is Java ${engine.minJava}+ installed?`);
  writeFileSync(pidFile, String(child.pid));
  progress(`starting ${engine.label} on ${url} (pid ${child.pid}, heap ${heap}, ${java}, log ${logFile})…`);

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    const status = await clusterHealth(url);
    if (status === 'green' || status === 'yellow') {
      progress(`${engine.label} is ${status} on ${url}`);
      return { url, port, engine: engine.id, startedByUs: true };
    }
    if (!alive(child.pid)) {
      rmSync(pidFile, { force: true });
      const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
      throw new Error(`the local ${engine.label} exited during start-up:\n${tail}`);
    }
    await sleep(500);
  }
  await stopLocalElasticsearch(30_000, port);
  throw new Error(`the local ${engine.label} did not become healthy within ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s (log: ${logFile})`);
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

/** Every port with a pid file of this checkout: what `esCli stop --all` (CI's exit trap) stops. */
export function portsWithPidFiles(): number[] {
  if (!existsSync(STATE_DIR)) return [];
  return readdirSync(STATE_DIR).flatMap((name) => {
    if (name === 'local.pid') return [DEFAULT_PORT];
    const match = /^local-(\d+)\.pid$/.exec(name);
    return match?.[1] !== undefined ? [Number(match[1])] : [];
  });
}
