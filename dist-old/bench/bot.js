"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_perf_hooks_1 = require("node:perf_hooks");
const config_1 = require("../src/config");
const logging_1 = require("../src/logging");
const main_1 = require("../src/main");
function send(message) {
    process.send?.(message);
}
const loop = (0, node_perf_hooks_1.monitorEventLoopDelay)({ resolution: 5 });
async function settledMemory() {
    const ns = 1e6;
    const loopDelay = { p50Ms: loop.percentile(50) / ns, p99Ms: loop.percentile(99) / ns, maxMs: loop.max / ns };
    const gc = globalThis.gc;
    for (let i = 0; i < 3 && gc; i++) {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const usage = process.memoryUsage();
    loop.reset();
    return { type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed, gcForced: gc !== undefined, loopDelay };
}
async function main() {
    const offsetMs = Number(process.env.BENCH_CLOCK_OFFSET_MS ?? '0');
    const now = () => new Date(Date.now() + offsetMs);
    const loaded = (0, config_1.loadConfig)(process.env);
    // Port 0: the operating system picks a free one (the settings schema only accepts 1–65535).
    const config = { ...loaded, slack: { ...loaded.slack, port: 0 } };
    const logger = (0, logging_1.createLogger)({ level: config.logLevel, pretty: false });
    const server = await (0, main_1.startServer)(config, logger, { now });
    loop.enable();
    process.on('message', (message) => {
        if (message.type === 'memory') {
            void settledMemory().then(send);
            return;
        }
        void server.stop().finally(() => process.exit(0));
    });
    send({ type: 'ready', port: server.slack.port() ?? 0, watcher: server.watcher !== null });
}
main().catch((error) => {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
});
//# sourceMappingURL=bot.js.map