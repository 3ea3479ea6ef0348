"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DECISION_RULE = void 0;
const entries_1 = require("./entries");
/**
 * The 403-vs-404 decision rule as the knowledge base words it, the same for every question and incident, in
 * the shape triage results carry. (A triage states the rule adapted to the causes it found: that is
 * guidance/decisionRule.ts.)
 */
exports.DECISION_RULE = {
    summary: 'Use 403 when the accurate signal is Forbidden, 404 when it is Not Found.',
    explanation: `${(0, entries_1.knowledge)('decision-rule').text} ${(0, entries_1.knowledge)('mistake-swapping').text}`,
};
//# sourceMappingURL=decisionRuleStatement.js.map