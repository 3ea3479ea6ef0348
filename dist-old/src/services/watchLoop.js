"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTickLoop = createTickLoop;
const errors_1 = require("../errors");
function createTickLoop(deps) {
    const { log, intervalMs } = deps;
    let inFlight = null;
    let running = false;
    let timer = null;
    let failures = 0;
    function tick() {
        // One tick at a time per watcher: a manual tick during a loop tick shares its result.
        if (inFlight === null)
            inFlight = deps.runTick().finally(() => (inFlight = null));
        return inFlight;
    }
    function backoffMs() {
        const base = Math.min(deps.maxBackoffMs, intervalMs * 2 ** Math.min(failures, 20));
        // Jitter keeps replicas that failed together from retrying in lockstep.
        return Math.round(base * (0.9 + Math.random() * 0.2));
    }
    async function loop() {
        timer = null;
        if (!running)
            return;
        const started = Date.now();
        let delay;
        try {
            const report = await tick();
            failures = 0;
            delay = Math.max(0, intervalMs - (Date.now() - started));
            if (report.errors.length > 0)
                log.warn({ errors: report.errors.length }, 'some alert transitions failed; they are retried next tick');
        }
        catch (error) {
            failures++;
            delay = backoffMs();
            log.error({ err: error, failures, retryInMs: delay }, `watch tick failed: ${(0, errors_1.describeError)(error)}`);
        }
        if (running)
            timer = setTimeout(() => void loop(), delay);
    }
    return {
        tick,
        start() {
            if (running)
                return false;
            running = true;
            failures = 0;
            timer = setTimeout(() => void loop(), 0);
            return true;
        },
        async stop() {
            running = false;
            if (timer !== null)
                clearTimeout(timer);
            timer = null;
            if (inFlight !== null)
                await inFlight.catch(() => undefined);
        },
    };
}
//# sourceMappingURL=watchLoop.js.map