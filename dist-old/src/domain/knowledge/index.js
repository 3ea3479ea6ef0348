"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DECISION_RULE = exports.knowledge = exports.KNOWLEDGE = exports.SOURCES = void 0;
var sources_1 = require("./sources");
Object.defineProperty(exports, "SOURCES", { enumerable: true, get: function () { return sources_1.SOURCES; } });
var entries_1 = require("./entries");
Object.defineProperty(exports, "KNOWLEDGE", { enumerable: true, get: function () { return entries_1.KNOWLEDGE; } });
Object.defineProperty(exports, "knowledge", { enumerable: true, get: function () { return entries_1.knowledge; } });
var decisionRuleStatement_1 = require("./decisionRuleStatement");
Object.defineProperty(exports, "DECISION_RULE", { enumerable: true, get: function () { return decisionRuleStatement_1.DECISION_RULE; } });
//# sourceMappingURL=index.js.map