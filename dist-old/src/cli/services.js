"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildCliServices = buildCliServices;
const client_1 = require("../elasticsearch/client");
const fieldDiscovery_1 = require("../elasticsearch/fieldDiscovery");
const ask_1 = require("../services/ask");
const check_1 = require("../services/check");
const triage_1 = require("../services/triage");
const watch_1 = require("../services/watch");
/** The CLI's services over one client and one reading of the mapping; `client` is returned so callers can close it. */
function buildCliServices(config, logger) {
    const client = (0, client_1.createSearchEngine)(config.elasticsearch);
    const discovery = (0, fieldDiscovery_1.discoveryFor)(client, config);
    const triage = (0, triage_1.createTriageService)({ client, config, logger, discovery });
    return {
        client,
        triage,
        ask: (0, ask_1.createAskService)(),
        watchOnce: () => (0, watch_1.runWatchOnce)({ client, config, logger, triage, discovery }),
        check: () => (0, check_1.createCheckService)({ client, config, discovery }).check(),
    };
}
//# sourceMappingURL=services.js.map