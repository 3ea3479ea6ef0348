"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.alertWebFromClient = exports.rateLimitedMs = exports.platformError = exports.isPermanent = exports.createSlackAlertPoster = void 0;
exports.createAlertPoster = createAlertPoster;
const bolt_1 = require("@slack/bolt");
const config_1 = require("../../config");
const logging_1 = require("../../logging");
const app_1 = require("../app");
const boltLogger_1 = require("../boltLogger");
const poster_1 = require("./poster");
const web_1 = require("./web");
var poster_2 = require("./poster");
Object.defineProperty(exports, "createSlackAlertPoster", { enumerable: true, get: function () { return poster_2.createSlackAlertPoster; } });
Object.defineProperty(exports, "isPermanent", { enumerable: true, get: function () { return poster_2.isPermanent; } });
Object.defineProperty(exports, "platformError", { enumerable: true, get: function () { return poster_2.platformError; } });
Object.defineProperty(exports, "rateLimitedMs", { enumerable: true, get: function () { return poster_2.rateLimitedMs; } });
var web_2 = require("./web");
Object.defineProperty(exports, "alertWebFromClient", { enumerable: true, get: function () { return web_2.alertWebFromClient; } });
/**
 * The poster `serve` gives the watcher: its own WebClient, because alerts want another retry policy than
 * answers. 429s are rejected by the client and waited out by the poster (bounded, per channel); the client
 * retries only what never reached Slack's answer (network failures, 5xx), a few times, quickly.
 */
function createAlertPoster(deps) {
    const { botToken } = (0, config_1.requireSlackCredentials)(deps.config);
    const apiUrl = (0, app_1.slackApiUrl)(deps.config.slack.apiUrl);
    const client = new bolt_1.webApi.WebClient(botToken, {
        ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
        logger: (0, boltLogger_1.createBoltLogger)((0, logging_1.subsystem)(deps.logger, 'bolt')),
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
        timeout: 10_000,
    });
    return (0, poster_1.createSlackAlertPoster)({ web: (0, web_1.alertWebFromClient)(client), logger: (0, logging_1.subsystem)(deps.logger, 'alerts'), ...deps.options });
}
//# sourceMappingURL=index.js.map