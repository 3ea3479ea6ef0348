"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.watcherPlan = watcherPlan;
exports.startServer = startServer;
exports.serve = serve;
const client_1 = require("./elasticsearch/client");
const errors_1 = require("./elasticsearch/errors");
const fieldDiscovery_1 = require("./elasticsearch/fieldDiscovery");
const health_1 = require("./elasticsearch/health");
const logging_1 = require("./logging");
const ask_1 = require("./services/ask");
const check_1 = require("./services/check");
const triage_1 = require("./services/triage");
const watch_1 = require("./services/watch");
const alerts_1 = require("./slack/alerts");
const app_1 = require("./slack/app");
const timeout_1 = require("./timeout");
/** Whether `serve` runs the watcher: it needs services to watch and a channel to post to. */
function watcherPlan(config) {
    const missing = [];
    if (config.watch.services.length === 0)
        missing.push('WATCH_SERVICES');
    if (!config.watch.alertChannel)
        missing.push('ALERT_CHANNEL');
    if (missing.length === 0)
        return { enabled: true };
    return { enabled: false, reason: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set` };
}
function within(work, ms) {
    return (0, timeout_1.withTimeout)(work.then(() => true), ms, false);
}
/** Starts everything `serve` runs and answers how to stop it; `serve` adds the signals. */
async function startServer(config, logger, options = {}) {
    const client = (0, client_1.createSearchEngine)(config.elasticsearch);
    const location = (0, errors_1.clusterLocation)(config.elasticsearch);
    const clock = options.now ? { now: options.now } : {};
    // One reading of the mapping for triage and the watcher, refreshed in the background.
    const discovery = (0, fieldDiscovery_1.discoveryFor)(client, config);
    discovery.start(undefined, (error) => (0, logging_1.subsystem)(logger, 'fields').warn({ err: error }, 'could not refresh the field mapping; keeping the last one'));
    const triage = (0, triage_1.createTriageService)({ client, config, logger, discovery, ...clock });
    const plan = watcherPlan(config);
    const watcher = plan.enabled
        ? (0, watch_1.createWatcher)({ client, config, logger, triage, discovery, poster: (0, alerts_1.createAlertPoster)({ config, logger }), ...clock, ...(options.watchOptions ? { options: options.watchOptions } : {}) })
        : null;
    if (!plan.enabled)
        (0, logging_1.subsystem)(logger, 'watcher').warn(`spike watcher is off: ${plan.reason} (set both to post spike alerts)`);
    const slack = (0, app_1.createSlackApp)({
        config,
        logger,
        triage,
        ask: (0, ask_1.createAskService)(),
        check: (0, check_1.createCheckService)({ client, config, discovery, ...clock }),
        health: async () => ({ elasticsearch: await (0, health_1.checkElasticsearch)(client, location) }),
        ...clock,
        ...(watcher ? { watcher } : {}),
    });
    try {
        await slack.start();
    }
    catch (error) {
        discovery.stop();
        await client.close().catch(() => undefined);
        throw error;
    }
    // Only now: an alert found before Slack could take it would wait a tick anyway.
    watcher?.start();
    logger.info({ mode: config.slack.socketMode ? 'socket' : 'http', port: slack.port(), elasticsearch: location, watcher: watcher !== null }, 'status-triage is running');
    const watcherStopMs = options.watcherStopMs ?? 20_000;
    let stopping = null;
    return {
        slack,
        watcher,
        stop() {
            stopping ??= (async () => {
                if (watcher) {
                    const stopped = await within(watcher.stop(), watcherStopMs).catch((error) => {
                        logger.error({ err: error }, 'stopping the watcher failed');
                        return true;
                    });
                    if (!stopped)
                        logger.warn({ waitedMs: watcherStopMs }, 'the watcher tick in flight did not finish; abandoned (its claims expire on their own)');
                }
                await slack.stop().catch((error) => logger.error({ err: error }, 'stopping the Slack app failed'));
                discovery.stop();
                await client.close().catch(() => undefined);
            })();
            return stopping;
        },
    };
}
async function serve(config, logger) {
    // A promise nobody awaited must not take the bot down in the middle of an incident: log it and go on.
    const onUnhandled = (reason) => {
        logger.error({ err: reason }, 'unhandled promise rejection (kept running)');
    };
    process.on('unhandledRejection', onUnhandled);
    let server;
    try {
        server = await startServer(config, logger);
    }
    catch (error) {
        process.off('unhandledRejection', onUnhandled);
        throw error;
    }
    await new Promise((resolve) => {
        const shutdown = (signal) => {
            logger.info({ signal, inFlight: server.slack.inFlight() }, 'shutting down');
            void server.stop().finally(() => {
                process.off('unhandledRejection', onUnhandled);
                resolve();
            });
        };
        process.once('SIGTERM', () => shutdown('SIGTERM'));
        process.once('SIGINT', () => shutdown('SIGINT'));
    });
}
//# sourceMappingURL=main.js.map