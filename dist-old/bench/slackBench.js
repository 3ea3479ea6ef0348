"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.benchSlack = benchSlack;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const signing_1 = require("../test/slack/support/signing");
const slackRecorder_1 = require("../test/support/slackRecorder");
const stats_1 = require("./stats");
/**
 * Slack responsiveness and footprint, measured on the real bot (bench/bot.ts, its own process) in HTTP
 * mode, its Web API and response URLs pointed at the local Slack recorder. Signed slash commands go over
 * HTTP; the time to the HTTP response is the acknowledgement Slack waits for (3 s at most). Triage
 * commands are kept `inFlight` deep: every command after the first is acknowledged while other
 * triages run on Elasticsearch and in the bot. The watcher runs too (every service, alerts to the
 * recorder), as in `serve`. The bot's memory is read at start, at rest after a warm-up, and at rest
 * after every quarter of the `triages` that follow.
 */
const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';
const BOT_TOKEN = 'xoxb-bench-0000-not-a-real-token';
const WARMUP_TRIAGES = 50;
const HELP_COMMANDS = 100;
const WINDOWS = ['1h', '15m', '1h', '6h'];
function nextMessage(child, type, timeoutMs) {
    return new Promise((resolve, reject) => {
        const onMessage = (message) => {
            if (message.type !== type && message.type !== 'failed')
                return;
            cleanup();
            if (message.type === 'failed')
                reject(new Error(`the bot failed: ${message.message}`));
            else
                resolve(message);
        };
        const onExit = (code) => {
            cleanup();
            reject(new Error(`the bot exited (code ${code}) before answering "${type}"`));
        };
        const timer = setTimeout(() => {
            cleanup();
            reject(new Error(`the bot did not answer "${type}" within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
            clearTimeout(timer);
            child.off('message', onMessage);
            child.off('exit', onExit);
        };
        child.on('message', onMessage);
        child.on('exit', onExit);
    });
}
async function startBot(env, logFile, profileDir) {
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(logFile), { recursive: true });
    const execArgv = ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
    // The bot logs to a pipe, as under a container runtime; this process saves the lines to a file.
    const child = (0, node_child_process_1.fork)((0, node_path_1.join)(__dirname, 'bot.js'), [], { execArgv, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const log = (0, node_fs_1.createWriteStream)(logFile);
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    child.once('exit', () => log.end());
    const ready = await nextMessage(child, 'ready', 60_000);
    if (ready.type !== 'ready')
        throw new Error('unexpected answer from the bot');
    const ask = (message) => void child.send(message);
    return {
        child,
        port: ready.port,
        watcher: ready.watcher,
        async memory(after) {
            // A quiet second first: answers already posted may still be finishing their log lines.
            await new Promise((resolve) => setTimeout(resolve, 1000));
            const reply = nextMessage(child, 'memory', 30_000);
            ask({ type: 'memory' });
            const m = await reply;
            if (m.type !== 'memory')
                throw new Error('unexpected answer from the bot');
            return { after, rssMb: (0, stats_1.mb)(m.rss), heapUsedMb: (0, stats_1.mb)(m.heapUsed), gcForced: m.gcForced, loopDelay: m.loopDelay };
        },
        async stop() {
            if (child.exitCode !== null)
                return;
            const exited = new Promise((resolve) => child.once('exit', () => resolve()));
            ask({ type: 'stop' });
            const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
            await exited;
            clearTimeout(killer);
        },
    };
}
function triageCommands(dataset, count) {
    const names = dataset.serviceNames;
    const incidents = dataset.spec.incidents;
    return Array.from({ length: count }, (_, i) => {
        // Every fourth command looks at a service in an incident; the others walk through every service.
        const incident = i % 4 === 0 ? incidents[(i / 4) % incidents.length] : undefined;
        if (incident)
            return { text: `${incident.status} ${incident.service} ${WINDOWS[i % WINDOWS.length]}` };
        return { text: `${i % 2 === 0 ? 403 : 404} ${names[i % names.length]} ${WINDOWS[i % WINDOWS.length]}` };
    });
}
/** Sends the commands one after another, never with more than `depth` answers outstanding. */
async function drive(recorder, url, plans, depth, tag, expectAnswer) {
    const out = { ackMs: [], inFlightAtSend: [], answerMs: [], failedAcks: 0, failedAnswers: 0, seconds: 0 };
    const outstanding = new Set();
    const started = performance.now();
    for (const [i, plan] of plans.entries()) {
        while (outstanding.size >= depth)
            await Promise.race(outstanding);
        const id = `${tag}-${i}`;
        out.inFlightAtSend.push(outstanding.size);
        const sentAt = Date.now();
        const body = (0, signing_1.slashCommand)({ text: plan.text, response_url: recorder.responseUrl(id) });
        const ack = await (0, signing_1.postToSlackEndpoint)(url, body, signing_1.FORM, { secret: SIGNING_SECRET });
        out.ackMs.push(ack.ms);
        if (ack.status !== 200)
            out.failedAcks++;
        if (!expectAnswer)
            continue;
        const answered = recorder
            .waitFor((c) => c.kind === 'response_url' && c.name === id, 120_000)
            .then((call) => {
            out.answerMs.push(call.at - sentAt);
            if (call.body.response_type !== 'in_channel')
                out.failedAnswers++;
        }, () => {
            out.failedAnswers++;
        })
            .finally(() => outstanding.delete(answered));
        outstanding.add(answered);
    }
    await Promise.all(outstanding);
    out.seconds = (performance.now() - started) / 1000;
    return out;
}
async function benchSlack(deps) {
    const recorder = await (0, slackRecorder_1.startSlackRecorder)({ botUserId: 'U0BOT', botId: 'B0BOT' });
    const env = {
        PATH: process.env.PATH ?? '',
        ...deps.elasticsearchEnv,
        ELASTICSEARCH_INDEX: deps.dataset.spec.index,
        STATE_INDEX: deps.stateIndex,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_SOCKET_MODE: 'false',
        SLACK_API_URL: recorder.apiUrl,
        WATCH_SERVICES: '*',
        ALERT_CHANNEL: 'C0ALERTS',
        LOG_LEVEL: 'info',
        BENCH_CLOCK_OFFSET_MS: String(new Date(deps.dataset.spec.end).getTime() - Date.now()),
    };
    await deps.dropStateIndex();
    let bot = null;
    try {
        bot = await startBot(env, deps.logFile, deps.profileDir);
        const url = `http://127.0.0.1:${bot.port}/slack/events`;
        const memoryStart = await bot.memory(0);
        const help = await drive(recorder, url, Array.from({ length: HELP_COMMANDS }, () => ({ text: 'help' })), 1, 'help', false);
        deps.say(`  ${HELP_COMMANDS} help commands (nothing in flight): ack median ${(0, stats_1.round)((0, stats_1.median)(help.ackMs))} ms, p99 ${(0, stats_1.round)((0, stats_1.p99)(help.ackMs))} ms`);
        await drive(recorder, url, triageCommands(deps.dataset, WARMUP_TRIAGES), deps.inFlight, 'warmup', true);
        const memoryIdle = await bot.memory(0);
        deps.say(`  bot at rest after ${WARMUP_TRIAGES} warm-up triages: rss ${memoryIdle.rssMb} MB, heap ${memoryIdle.heapUsedMb} MB`);
        const plans = triageCommands(deps.dataset, deps.triages);
        const quarters = 4;
        const timed = { ackMs: [], inFlightAtSend: [], answerMs: [], failedAcks: 0, failedAnswers: 0, seconds: 0 };
        const series = [];
        for (let q = 0; q < quarters; q++) {
            const part = plans.slice(Math.round((q * plans.length) / quarters), Math.round(((q + 1) * plans.length) / quarters));
            const driven = await drive(recorder, url, part, deps.inFlight, `run${q}`, true);
            timed.ackMs.push(...driven.ackMs);
            timed.inFlightAtSend.push(...driven.inFlightAtSend);
            timed.answerMs.push(...driven.answerMs);
            timed.failedAcks += driven.failedAcks;
            timed.failedAnswers += driven.failedAnswers;
            timed.seconds += driven.seconds;
            const reading = await bot.memory(Math.round(((q + 1) * plans.length) / quarters));
            series.push(reading);
            deps.say(`  after ${reading.after} triages: rss ${reading.rssMb} MB, heap ${reading.heapUsedMb} MB, event-loop delay p99 ${(0, stats_1.round)(reading.loopDelay.p99Ms)} ms (max ${(0, stats_1.round)(reading.loopDelay.maxMs)})`);
        }
        const memoryAfter = series[series.length - 1] ?? memoryIdle;
        const busy = timed.inFlightAtSend.filter((n) => n > 0).length;
        const loopDelay = {
            p50Ms: (0, stats_1.round)((0, stats_1.median)(series.map((r) => r.loopDelay.p50Ms)), 1),
            p99Ms: (0, stats_1.round)(Math.max(...series.map((r) => r.loopDelay.p99Ms)), 1),
            maxMs: (0, stats_1.round)(Math.max(...series.map((r) => r.loopDelay.maxMs)), 1),
        };
        const strip = (r) => ({ after: r.after, rssMb: r.rssMb, heapUsedMb: r.heapUsedMb });
        const result = {
            index: deps.dataset.spec.index,
            commands: deps.triages,
            inFlightTarget: deps.inFlight,
            ackIdleMedianMs: (0, stats_1.round)((0, stats_1.median)(help.ackMs), 2),
            ackIdleP99Ms: (0, stats_1.round)((0, stats_1.p99)(help.ackMs), 2),
            ackMedianMs: (0, stats_1.round)((0, stats_1.median)(timed.ackMs), 2),
            ackP95Ms: (0, stats_1.round)((0, stats_1.p95)(timed.ackMs), 2),
            ackP99Ms: (0, stats_1.round)((0, stats_1.p99)(timed.ackMs), 2),
            ackMaxMs: (0, stats_1.round)(Math.max(...timed.ackMs), 2),
            ackWithTriageInFlight: (0, stats_1.round)(busy / timed.ackMs.length, 3),
            meanInFlightAtSend: (0, stats_1.round)(timed.inFlightAtSend.reduce((a, b) => a + b, 0) / timed.inFlightAtSend.length, 2),
            failedAcks: timed.failedAcks + help.failedAcks,
            failedAnswers: timed.failedAnswers,
            answerMedianMs: (0, stats_1.round)((0, stats_1.median)(timed.answerMs)),
            answerP95Ms: (0, stats_1.round)((0, stats_1.p95)(timed.answerMs)),
            triagesPerSecond: (0, stats_1.round)(deps.triages / timed.seconds, 2),
            memoryStart: strip(memoryStart),
            memoryIdle: strip(memoryIdle),
            memoryAfter: strip(memoryAfter),
            memorySeries: series.map(strip),
            gcForced: memoryAfter.gcForced,
            loopDelay,
            watcherAlerts: recorder.callsTo('api', 'chat.postMessage').length,
            watcherOn: bot.watcher,
        };
        deps.say(`  ${deps.triages} triage commands, ${deps.inFlight} deep: ack median ${result.ackMedianMs} ms, p99 ${result.ackP99Ms} ms (max ${result.ackMaxMs}); ` +
            `answers median ${result.answerMedianMs} ms; ${result.triagesPerSecond} triages/s; ${result.failedAnswers} failed answers; watcher posted ${result.watcherAlerts} alerts`);
        return result;
    }
    finally {
        await bot?.stop();
        await recorder.close();
        await deps.dropStateIndex();
    }
}
//# sourceMappingURL=slackBench.js.map