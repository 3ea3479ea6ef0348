"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENGINES = exports.REPO_ROOT = void 0;
exports.isEngineId = isEngineId;
exports.elasticsearchFromEnv = elasticsearchFromEnv;
exports.elasticsearchPortFromEnv = elasticsearchPortFromEnv;
exports.clusterHealth = clusterHealth;
exports.nodeVersion = nodeVersion;
exports.javaHomeFor = javaHomeFor;
exports.ensureBuilt = ensureBuilt;
exports.startLocalElasticsearch = startLocalElasticsearch;
exports.stopLocalElasticsearch = stopLocalElasticsearch;
exports.portsWithPidFiles = portsWithPidFiles;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const promises_1 = require("node:timers/promises");
/**
 * Starts and stops the single-node search engines built from Maven Central jars (scripts/elasticsearch, one
 * Maven module per engine). Development and tests only: production points ELASTICSEARCH_URL at a real cluster.
 */
exports.REPO_ROOT = findRepoRoot(__dirname);
const MAVEN_PROJECT = (0, node_path_1.join)(exports.REPO_ROOT, 'scripts', 'elasticsearch');
const STATE_DIR = (0, node_path_1.join)(exports.REPO_ROOT, '.es');
const DEFAULT_PORT = 9200;
/** This file runs from src/, dist/ and dist-bench/src/: the repository is the nearest folder holding the launcher. */
function findRepoRoot(from) {
    for (let dir = from;; dir = (0, node_path_1.dirname)(dir)) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'scripts', 'elasticsearch', 'pom.xml')))
            return dir;
        if ((0, node_path_1.dirname)(dir) === dir)
            return (0, node_path_1.resolve)(from, '..', '..');
    }
}
exports.ENGINES = {
    'elasticsearch-8': { id: 'elasticsearch-8', label: 'Elasticsearch 8.14.3', version: '8.14.3', defaultPort: DEFAULT_PORT, minJava: 17, mainClass: 'statustriage.es.LocalElasticsearch' },
    'elasticsearch-9': { id: 'elasticsearch-9', label: 'Elasticsearch 9.5.3', version: '9.5.3', defaultPort: 9210, minJava: 21, mainClass: 'statustriage.es.LocalElasticsearch' },
    'opensearch-2': { id: 'opensearch-2', label: 'OpenSearch 2.19.6', version: '2.19.6', defaultPort: 9220, minJava: 17, mainClass: 'statustriage.opensearch.LocalOpenSearch' },
};
function isEngineId(value) {
    return Object.prototype.hasOwnProperty.call(exports.ENGINES, value);
}
/**
 * The Elasticsearch the tests and `npm run es:start` use: `LOCAL_ES_VERSION=8` (default) or `9`.
 * Anything else is an error rather than a silent fallback to 8.
 */
function elasticsearchFromEnv(env = process.env) {
    const wanted = (env.LOCAL_ES_VERSION ?? '').trim();
    if (wanted === '' || wanted === '8')
        return 'elasticsearch-8';
    if (wanted === '9')
        return 'elasticsearch-9';
    throw new Error(`LOCAL_ES_VERSION must be 8 or 9, not ${JSON.stringify(wanted)}`);
}
/** `LOCAL_ES_PORT`: another port for that Elasticsearch (e.g. when 9200 is someone else's node). */
function elasticsearchPortFromEnv(env = process.env) {
    const wanted = (env.LOCAL_ES_PORT ?? '').trim();
    if (wanted === '')
        return undefined;
    const port = Number(wanted);
    if (!Number.isInteger(port) || port < 1024 || port > 65535)
        throw new Error(`LOCAL_ES_PORT must be a port number from 1024 to 65535, not ${JSON.stringify(wanted)}`);
    return port;
}
function moduleDir(engine) {
    return (0, node_path_1.join)(MAVEN_PROJECT, engine.id);
}
/** The default port keeps the historical file names; another port gets its own, so two nodes never stop each other. */
function stateFile(port, ext) {
    return (0, node_path_1.join)(STATE_DIR, port === DEFAULT_PORT ? `local.${ext}` : `local-${port}.${ext}`);
}
async function clusterHealth(url, timeoutMs = 2000) {
    try {
        const response = await fetch(`${url}/_cluster/health`, { signal: AbortSignal.timeout(timeoutMs) });
        if (!response.ok)
            return null;
        const body = (await response.json());
        return typeof body.status === 'string' ? body.status : null;
    }
    catch {
        return null;
    }
}
/** The version the node at `url` reports (the local nodes have no `GET /`, so it comes from `_nodes/_local`). */
async function nodeVersion(url, timeoutMs = 2000) {
    try {
        const response = await fetch(`${url}/_nodes/_local?filter_path=nodes.*.version`, { signal: AbortSignal.timeout(timeoutMs) });
        if (!response.ok)
            return null;
        const body = (await response.json());
        const version = Object.values(body.nodes ?? {})[0]?.version;
        return typeof version === 'string' ? version : null;
    }
    catch {
        return null;
    }
}
/** Feature version of the JDK at `home` (from its `release` file), or null when it is not one. */
function jdkFeature(home) {
    try {
        const match = /^JAVA_VERSION="(\d+)/m.exec((0, node_fs_1.readFileSync)((0, node_path_1.join)(home, 'release'), 'utf8'));
        return match?.[1] !== undefined && (0, node_fs_1.existsSync)((0, node_path_1.join)(home, 'bin', 'java')) ? Number(match[1]) : null;
    }
    catch {
        return null;
    }
}
/** Feature version of the `java` on PATH, or null. */
function pathJavaFeature() {
    const result = (0, node_child_process_1.spawnSync)('java', ['-version'], { encoding: 'utf8' });
    const match = /version "(\d+)/.exec(`${result.stderr ?? ''}`);
    return match?.[1] !== undefined ? Number(match[1]) : null;
}
/**
 * The JDK home to run (and build) an engine with, or null for the `java`/`mvn` on PATH. Engines that need a
 * newer Java than the PATH's look, in order, at LOCAL_ES_JAVA_HOME, JAVA_HOME and the newest JDK under
 * /usr/lib/jvm that is new enough.
 */
function javaHomeFor(engineId, env = process.env) {
    const engine = exports.ENGINES[engineId];
    const explicit = env.LOCAL_ES_JAVA_HOME;
    if (explicit) {
        const feature = jdkFeature(explicit);
        if (feature === null || feature < engine.minJava)
            throw new Error(`LOCAL_ES_JAVA_HOME=${explicit} is not a JDK ${engine.minJava}+ (${engine.label} needs one)`);
        return explicit;
    }
    if ((pathJavaFeature() ?? 0) >= engine.minJava)
        return null;
    const candidates = [env.JAVA_HOME, ...jvmDirs()].filter((home) => home !== undefined && home !== '');
    const found = candidates
        .map((home) => ({ home, feature: jdkFeature(home) ?? 0 }))
        .filter((c) => c.feature >= engine.minJava)
        .sort((a, b) => b.feature - a.feature)[0];
    if (!found) {
        throw new Error(`${engine.label} needs Java ${engine.minJava}+, and neither the java on PATH, JAVA_HOME nor /usr/lib/jvm has one: set LOCAL_ES_JAVA_HOME to a JDK ${engine.minJava}+`);
    }
    return found.home;
}
function jvmDirs() {
    const root = '/usr/lib/jvm';
    try {
        return (0, node_fs_1.readdirSync)(root).map((name) => (0, node_path_1.join)(root, name));
    }
    catch {
        return [];
    }
}
function javaEnv(javaHome) {
    return javaHome === null ? process.env : { ...process.env, JAVA_HOME: javaHome, PATH: `${(0, node_path_1.join)(javaHome, 'bin')}:${process.env.PATH ?? ''}` };
}
function launcherJar(engine) {
    return (0, node_path_1.join)(moduleDir(engine), 'target', 'launcher.jar');
}
/**
 * Builds an engine's launcher and copies its jars from Maven (cached in ~/.m2) when they are missing or
 * stale, with a new enough JDK for Maven when the engine needs one.
 */
function ensureBuilt(progress = () => undefined, engineId = 'elasticsearch-8') {
    const engine = exports.ENGINES[engineId];
    const dir = moduleDir(engine);
    // Stale when the parent pom, the module's pom or any launcher source is newer than the jar.
    const sources = [(0, node_path_1.join)(MAVEN_PROJECT, 'pom.xml'), (0, node_path_1.join)(dir, 'pom.xml'), ...(0, node_fs_1.readdirSync)((0, node_path_1.join)(dir, 'src'), { recursive: true, encoding: 'utf8' }).map((f) => (0, node_path_1.join)(dir, 'src', f))];
    const newest = Math.max(...sources.map((f) => (0, node_fs_1.statSync)(f).mtimeMs));
    const jar = launcherJar(engine);
    const fresh = (0, node_fs_1.existsSync)(jar) && (0, node_fs_1.existsSync)((0, node_path_1.join)(dir, 'target', 'lib')) && (0, node_fs_1.statSync)(jar).mtimeMs >= newest;
    if (fresh)
        return;
    progress(`building the local ${engine.label} launcher (first run downloads the jars from Maven Central)…`);
    const result = (0, node_child_process_1.spawnSync)('mvn', ['-q', '-B', 'package'], { cwd: dir, env: javaEnv(javaHomeFor(engineId)), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (result.error || result.status !== 0) {
        const detail = result.error ? result.error.message : `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n');
        throw new Error(`could not build the local ${engine.label} with Maven: ${detail}`);
    }
}
function readPid(pidFile) {
    if (!(0, node_fs_1.existsSync)(pidFile))
        return null;
    const pid = Number((0, node_fs_1.readFileSync)(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
async function startLocalElasticsearch(options = {}) {
    const engine = exports.ENGINES[options.engine ?? 'elasticsearch-8'];
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
    (0, node_fs_1.mkdirSync)(STATE_DIR, { recursive: true });
    const heap = options.heap ?? process.env.ES_HEAP ?? '512m';
    const pidFile = stateFile(port, 'pid');
    const logFile = stateFile(port, 'log');
    const home = options.home === undefined ? [] : ['--home', (0, node_path_1.resolve)(options.home)];
    // G1 by default, as Elasticsearch itself ships: with the serial collector a busy 512 MB node trips its
    // real-memory circuit breaker on garbage it has not collected yet (seen as 429s in a full test run).
    const gc = options.gc === 'serial' ? ['-XX:+UseSerialGC'] : ['-XX:+UseG1GC', '-XX:G1ReservePercent=25', '-XX:InitiatingHeapOccupancyPercent=30'];
    const target = (0, node_path_1.join)(moduleDir(engine), 'target');
    const java = javaHome === null ? 'java' : (0, node_path_1.join)(javaHome, 'bin', 'java');
    const log = (0, node_fs_1.openSync)(logFile, 'w');
    const child = (0, node_child_process_1.spawn)(java, [`-Xms${heap}`, `-Xmx${heap}`, ...gc, '-cp', `${launcherJar(engine)}:${(0, node_path_1.join)(target, 'lib', '*')}`, engine.mainClass, '--port', String(port), ...home], { detached: true, stdio: ['ignore', log, log] });
    (0, node_fs_1.closeSync)(log);
    child.unref();
    if (child.pid === undefined)
        throw new Error(`could not start ${java}: is Java ${engine.minJava}+ installed?`);
    (0, node_fs_1.writeFileSync)(pidFile, String(child.pid));
    progress(`starting ${engine.label} on ${url} (pid ${child.pid}, heap ${heap}, ${java}, log ${logFile})…`);
    const deadline = Date.now() + (options.timeoutMs ?? 120_000);
    while (Date.now() < deadline) {
        const status = await clusterHealth(url);
        if (status === 'green' || status === 'yellow') {
            progress(`${engine.label} is ${status} on ${url}`);
            return { url, port, engine: engine.id, startedByUs: true };
        }
        if (!alive(child.pid)) {
            (0, node_fs_1.rmSync)(pidFile, { force: true });
            const tail = (0, node_fs_1.readFileSync)(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
            throw new Error(`the local ${engine.label} exited during start-up:\n${tail}`);
        }
        await (0, promises_1.setTimeout)(500);
    }
    await stopLocalElasticsearch(30_000, port);
    throw new Error(`the local ${engine.label} did not become healthy within ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s (log: ${logFile})`);
}
/** Stops the node this project started on `port` (by its pid file); true when one was running. */
async function stopLocalElasticsearch(timeoutMs = 30_000, port = DEFAULT_PORT) {
    const pidFile = stateFile(port, 'pid');
    const pid = readPid(pidFile);
    if (pid === null)
        return false;
    if (!alive(pid)) {
        (0, node_fs_1.rmSync)(pidFile, { force: true });
        return false;
    }
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    while (alive(pid) && Date.now() < deadline)
        await (0, promises_1.setTimeout)(200);
    if (alive(pid))
        process.kill(pid, 'SIGKILL');
    while (alive(pid))
        await (0, promises_1.setTimeout)(100);
    (0, node_fs_1.rmSync)(pidFile, { force: true });
    return true;
}
/** Every port with a pid file of this checkout: what `esCli stop --all` (CI's exit trap) stops. */
function portsWithPidFiles() {
    if (!(0, node_fs_1.existsSync)(STATE_DIR))
        return [];
    return (0, node_fs_1.readdirSync)(STATE_DIR).flatMap((name) => {
        if (name === 'local.pid')
            return [DEFAULT_PORT];
        const match = /^local-(\d+)\.pid$/.exec(name);
        return match?.[1] !== undefined ? [Number(match[1])] : [];
    });
}
//# sourceMappingURL=localElasticsearch.js.map