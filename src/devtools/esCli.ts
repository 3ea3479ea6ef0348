#!/usr/bin/env node
import {
  ENGINES,
  elasticsearchFromEnv,
  elasticsearchPortFromEnv,
  ensureBuilt,
  isEngineId,
  portsWithPidFiles,
  startLocalElasticsearch,
  stopLocalElasticsearch,
  type EngineId,
} from './localElasticsearch';

const USAGE = `usage: esCli start|stop|build [--engine elasticsearch-8|elasticsearch-9|opensearch-2] [--port N]
       esCli stop --all
Without --engine: the Elasticsearch of LOCAL_ES_VERSION (8 or 9, default 8) on LOCAL_ES_PORT or its own
port; with --engine: that engine on --port or its own port.`;

interface Args {
  command: 'start' | 'stop' | 'build';
  engine: EngineId;
  port: number | undefined;
  all: boolean;
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Args {
  const [command, ...rest] = argv;
  if (command !== 'start' && command !== 'stop' && command !== 'build') throw new Error(USAGE);
  let engine: EngineId | undefined;
  let port: number | undefined;
  let all = false;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    if (flag === '--all' && command === 'stop') {
      all = true;
      continue;
    }
    const value = rest[i + 1];
    i++;
    if (flag === '--engine' && value !== undefined && isEngineId(value)) engine = value;
    else if (flag === '--port' && value !== undefined && /^\d{2,5}$/.test(value)) port = Number(value);
    else throw new Error(USAGE);
  }
  if (engine !== undefined) return { command, engine, port, all };
  return { command, engine: elasticsearchFromEnv(env), port: port ?? elasticsearchPortFromEnv(env), all };
}

/** `npm run es:start|es:stop`, `npm run os:start|os:stop`, CI's `esCli build` and `esCli stop --all`. */
async function main(argv: readonly string[]): Promise<void> {
  const progress = (line: string): void => void process.stderr.write(`${line}\n`);
  const args = parseArgs(argv);
  const engine = ENGINES[args.engine];
  const port = args.port ?? engine.defaultPort;
  if (args.command === 'build') {
    ensureBuilt(progress, engine.id);
    progress(`the ${engine.label} launcher is built`);
    return;
  }
  if (args.command === 'start') {
    const handle = await startLocalElasticsearch({ engine: engine.id, port, progress });
    if (!handle.startedByUs) progress(`${engine.label} already answers on ${handle.url}; nothing to start`);
    return;
  }
  if (args.all) {
    for (const p of portsWithPidFiles()) if (await stopLocalElasticsearch(30_000, p)) progress(`stopped the local node on port ${p}`);
    return;
  }
  progress((await stopLocalElasticsearch(30_000, port)) ? `stopped the local ${engine.label} on port ${port}` : `no local node started by this project is running on port ${port}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
