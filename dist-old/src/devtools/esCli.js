#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseArgs = parseArgs;
const localElasticsearch_1 = require("./localElasticsearch");
const USAGE = `usage: esCli start|stop|build [--engine elasticsearch-8|elasticsearch-9|opensearch-2] [--port N]
       esCli stop --all
Without --engine: the Elasticsearch of LOCAL_ES_VERSION (8 or 9, default 8) on LOCAL_ES_PORT or its own
port; with --engine: that engine on --port or its own port.`;
function parseArgs(argv, env = process.env) {
    const [command, ...rest] = argv;
    if (command !== 'start' && command !== 'stop' && command !== 'build')
        throw new Error(USAGE);
    let engine;
    let port;
    let all = false;
    for (let i = 0; i < rest.length; i++) {
        const flag = rest[i];
        if (flag === '--all' && command === 'stop') {
            all = true;
            continue;
        }
        const value = rest[i + 1];
        i++;
        if (flag === '--engine' && value !== undefined && (0, localElasticsearch_1.isEngineId)(value))
            engine = value;
        else if (flag === '--port' && value !== undefined && /^\d{2,5}$/.test(value))
            port = Number(value);
        else
            throw new Error(USAGE);
    }
    if (engine !== undefined)
        return { command, engine, port, all };
    return { command, engine: (0, localElasticsearch_1.elasticsearchFromEnv)(env), port: port ?? (0, localElasticsearch_1.elasticsearchPortFromEnv)(env), all };
}
/** `npm run es:start|es:stop`, `npm run os:start|os:stop`, CI's `esCli build` and `esCli stop --all`. */
async function main(argv) {
    const progress = (line) => void process.stderr.write(`${line}\n`);
    const args = parseArgs(argv);
    const engine = localElasticsearch_1.ENGINES[args.engine];
    const port = args.port ?? engine.defaultPort;
    if (args.command === 'build') {
        (0, localElasticsearch_1.ensureBuilt)(progress, engine.id);
        progress(`the ${engine.label} launcher is built`);
        return;
    }
    if (args.command === 'start') {
        const handle = await (0, localElasticsearch_1.startLocalElasticsearch)({ engine: engine.id, port, progress });
        if (!handle.startedByUs)
            progress(`${engine.label} already answers on ${handle.url}; nothing to start`);
        return;
    }
    if (args.all) {
        for (const p of (0, localElasticsearch_1.portsWithPidFiles)())
            if (await (0, localElasticsearch_1.stopLocalElasticsearch)(30_000, p))
                progress(`stopped the local node on port ${p}`);
        return;
    }
    progress((await (0, localElasticsearch_1.stopLocalElasticsearch)(30_000, port)) ? `stopped the local ${engine.label} on port ${port}` : `no local node started by this project is running on port ${port}`);
}
if (require.main === module) {
    main(process.argv.slice(2)).catch((error) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
    });
}
//# sourceMappingURL=esCli.js.map