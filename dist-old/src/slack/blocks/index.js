"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderWatcherOff = exports.renderUnmuted = exports.renderMuted = exports.renderAlertList = exports.renderUsage = exports.renderTriage = exports.renderSamples = exports.renderWorking = exports.renderRefusal = exports.renderNotice = exports.renderError = exports.LIMITS = exports.limitViolations = exports.fitMessage = exports.renderCheck = exports.renderAnswer = exports.renderResolvedNote = exports.renderFollowUpNote = exports.renderAlertState = exports.renderAlert = void 0;
exports.toSlackBlocks = toSlackBlocks;
var alert_1 = require("./alert");
Object.defineProperty(exports, "renderAlert", { enumerable: true, get: function () { return alert_1.renderAlert; } });
Object.defineProperty(exports, "renderAlertState", { enumerable: true, get: function () { return alert_1.renderAlertState; } });
Object.defineProperty(exports, "renderFollowUpNote", { enumerable: true, get: function () { return alert_1.renderFollowUpNote; } });
Object.defineProperty(exports, "renderResolvedNote", { enumerable: true, get: function () { return alert_1.renderResolvedNote; } });
var ask_1 = require("./ask");
Object.defineProperty(exports, "renderAnswer", { enumerable: true, get: function () { return ask_1.renderAnswer; } });
var check_1 = require("./check");
Object.defineProperty(exports, "renderCheck", { enumerable: true, get: function () { return check_1.renderCheck; } });
var limits_1 = require("./limits");
Object.defineProperty(exports, "fitMessage", { enumerable: true, get: function () { return limits_1.fitMessage; } });
Object.defineProperty(exports, "limitViolations", { enumerable: true, get: function () { return limits_1.limitViolations; } });
Object.defineProperty(exports, "LIMITS", { enumerable: true, get: function () { return limits_1.LIMITS; } });
var messages_1 = require("./messages");
Object.defineProperty(exports, "renderError", { enumerable: true, get: function () { return messages_1.renderError; } });
Object.defineProperty(exports, "renderNotice", { enumerable: true, get: function () { return messages_1.renderNotice; } });
Object.defineProperty(exports, "renderRefusal", { enumerable: true, get: function () { return messages_1.renderRefusal; } });
Object.defineProperty(exports, "renderWorking", { enumerable: true, get: function () { return messages_1.renderWorking; } });
var samples_1 = require("./samples");
Object.defineProperty(exports, "renderSamples", { enumerable: true, get: function () { return samples_1.renderSamples; } });
var triage_1 = require("./triage");
Object.defineProperty(exports, "renderTriage", { enumerable: true, get: function () { return triage_1.renderTriage; } });
var usage_1 = require("./usage");
Object.defineProperty(exports, "renderUsage", { enumerable: true, get: function () { return usage_1.renderUsage; } });
var watch_1 = require("./watch");
Object.defineProperty(exports, "renderAlertList", { enumerable: true, get: function () { return watch_1.renderAlertList; } });
Object.defineProperty(exports, "renderMuted", { enumerable: true, get: function () { return watch_1.renderMuted; } });
Object.defineProperty(exports, "renderUnmuted", { enumerable: true, get: function () { return watch_1.renderUnmuted; } });
Object.defineProperty(exports, "renderWatcherOff", { enumerable: true, get: function () { return watch_1.renderWatcherOff; } });
/** Compile-time proof that our narrow block types are blocks Slack's own types accept. */
function toSlackBlocks(blocks) {
    return blocks;
}
//# sourceMappingURL=index.js.map