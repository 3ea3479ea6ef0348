"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.slackApiUrl = slackApiUrl;
exports.createSlackApp = createSlackApp;
const bolt_1 = require("@slack/bolt");
const config_1 = require("../config");
const errors_1 = require("../errors");
const logging_1 = require("../logging");
const access_1 = require("./access");
const web_1 = require("./alerts/web");
const boltLogger_1 = require("./boltLogger");
const dedupe_1 = require("./dedupe");
const delivery_1 = require("./delivery");
const health_1 = require("./health");
const identity_1 = require("./identity");
const listeners_1 = require("./listeners");
const registry_1 = require("./registry");
const responseUrls_1 = require("./responseUrls");
const work_1 = require("./work");
/** Bolt's Web API base must end with a slash: `https://slack.com/api/`. */
function slackApiUrl(configured) {
    if (configured === undefined)
        return undefined;
    return configured.endsWith('/') ? configured : `${configured}/`;
}
/**
 * Builds the Bolt app: Socket Mode when configured (SLACK_APP_TOKEN), otherwise HTTP on `config.slack.port`
 * with `/slack/events`, plus `/healthz` and `/livez` in both modes. The transport only carries requests;
 * the listeners hold the logic and receive everything they use from here.
 */
function createSlackApp(deps) {
    const { config } = deps;
    const { botToken, signingSecret } = (0, config_1.requireSlackCredentials)(config);
    const now = deps.now ?? (() => new Date());
    const log = (0, logging_1.subsystem)(deps.logger, 'slack');
    const boltLogger = (0, boltLogger_1.createBoltLogger)((0, logging_1.subsystem)(deps.logger, 'bolt'));
    const mode = config.slack.socketMode ? 'socket' : 'http';
    const names = config.slack.allowedChannels.filter((c) => !/^[CGD][A-Z0-9]+$/.test(c));
    if (names.length > 0) {
        // Mentions and DMs carry only channel ids; a name matches slash commands and buttons alone.
        log.warn({ entries: names }, 'ALLOWED_CHANNELS has channel names: they match slash commands and buttons only; use channel ids (C…) to allow mentions too');
    }
    const alertChannel = config.watch.alertChannel;
    // The alert channel is checked as a click there would be: by id, or by name.
    const alertChannelAllowed = (channel) => (0, access_1.checkAccess)({ userId: '', channelId: channel, channelName: channel }, { allowedUsers: [], allowedChannels: config.slack.allowedChannels }).allowed;
    if (deps.watcher && alertChannel && !alertChannelAllowed(alertChannel)) {
        // A name in ALLOWED_CHANNELS may still match the clicks (they carry the name); the id cannot be resolved here.
        log.warn({ alertChannel }, 'ALERT_CHANNEL is not in ALLOWED_CHANNELS as written: buttons on alerts are refused unless the channel is allowed by its name');
    }
    const apiUrl = slackApiUrl(config.slack.apiUrl);
    const clientOptions = {
        ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
        logger: boltLogger,
        // An answer minutes late is no answer: a few quick retries (429s are waited out as Slack asks), then fall back.
        retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
        timeout: 10_000,
    };
    const web = new bolt_1.webApi.WebClient(botToken, clientOptions);
    const identity = (0, identity_1.createIdentityCache)({
        now,
        fetchIdentity: async () => {
            const result = await web.auth.test();
            return { botUserId: result.user_id, botId: result.bot_id, teamId: result.team_id };
        },
    });
    const authorize = async () => {
        const self = await identity.get();
        return { botToken, botUserId: self?.botUserId, botId: self?.botId };
    };
    const work = (0, work_1.createWorkTracker)();
    const checkSlack = async () => {
        const started = Date.now();
        await web.auth.test();
        return { reachable: true, latencyMs: Date.now() - started };
    };
    const customRoutes = (0, health_1.healthRoutes)({ mode, checkSlack, health: deps.health, inFlight: () => work.inFlight(), now });
    let app;
    if (mode === 'socket') {
        const appToken = config.slack.appToken;
        if (!appToken)
            throw new errors_1.AppError(errors_1.ErrorCode.ConfigInvalid, 'missing setting: SLACK_APP_TOKEN (needed for Socket Mode)');
        app = new bolt_1.App({
            authorize,
            appToken,
            socketMode: true,
            port: config.slack.port,
            customRoutes,
            logger: boltLogger,
            clientOptions,
            convoStore: false,
        });
    }
    else {
        const receiver = new bolt_1.HTTPReceiver({
            signingSecret,
            endpoints: registry_1.EVENTS_PATH,
            port: config.slack.port,
            customRoutes,
            logger: boltLogger,
            // Acknowledge as soon as a listener calls ack(); slow work continues after the HTTP response.
            processBeforeResponse: false,
        });
        app = new bolt_1.App({ receiver, authorize, logger: boltLogger, clientOptions, convoStore: false });
    }
    const budget = (0, responseUrls_1.createResponseUrlBudget)({ now });
    const listenerDeps = {
        config,
        logger: log,
        triage: deps.triage,
        ask: deps.ask,
        check: deps.check,
        now,
        budget,
        dedupe: (0, dedupe_1.createEventDeduper)({ now }),
        work,
        delivery: (0, delivery_1.createDelivery)({ web: (0, delivery_1.slackWebFromClient)(web), budget, logger: log, ...(deps.fetch ? { fetch: deps.fetch } : {}) }),
        // The triage service has its own Elasticsearch timeout; this backstop only catches what slips past it.
        triageDeadlineMs: deps.triageDeadlineMs ?? Math.max(15_000, config.elasticsearch.timeoutMs * 3),
        watcher: deps.watcher,
        alertWeb: (0, web_1.alertWebFromClient)(web),
    };
    (0, listeners_1.registerListeners)(app, listenerDeps);
    app.error(async (error) => {
        log.error({ err: error }, 'unhandled error in a Slack listener');
    });
    let listeningPort;
    let httpServer;
    let started = false;
    return {
        app,
        async start() {
            // Learn the bot's identity before the first request, so no acknowledgement waits for auth.test.
            void identity.get();
            const server = await app.start(config.slack.port);
            started = true;
            if (mode === 'http' && isServer(server)) {
                httpServer = server;
                const address = server.address();
                listeningPort = typeof address === 'object' && address !== null ? address.port : config.slack.port;
            }
            else {
                listeningPort = config.slack.port;
            }
            log.info({ mode, port: listeningPort, apiUrl: apiUrl ?? 'https://slack.com/api/' }, 'Slack app started');
        },
        async stop(options = {}) {
            const drainMs = options.drainMs ?? 15_000;
            if (started) {
                started = false;
                // A connection that never finishes (a client that stalls mid-request) must not hold shutdown hostage.
                const stopped = app.stop();
                const forced = setTimeout(() => httpServer?.closeAllConnections(), Math.min(drainMs, 5000));
                forced.unref();
                await stopped.finally(() => clearTimeout(forced));
            }
            const drained = await work.drain(drainMs);
            if (!drained)
                log.warn({ inFlight: work.inFlight() }, 'stopped with answers still in progress; they are abandoned');
            log.info('Slack app stopped');
        },
        port: () => listeningPort,
        inFlight: () => work.inFlight(),
    };
}
function isServer(value) {
    return typeof value === 'object' && value !== null && 'address' in value && typeof value.address === 'function';
}
//# sourceMappingURL=app.js.map