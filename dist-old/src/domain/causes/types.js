"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.notApplicable = notApplicable;
exports.confidenceOf = confidenceOf;
exports.finding = finding;
exports.weighedFinding = weighedFinding;
exports.nothingFound = nothingFound;
const signals_1 = require("./signals");
function notApplicable(id, reason, missing = []) {
    return { applicable: false, id, reason, missing };
}
function bounded(value) {
    return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
/** The confidence a basis gives (see `combine`: the structure alone reaches 0.9 at most). */
function confidenceOf(basis) {
    return bounded(basis.scale * (0, signals_1.combine)(basis.structure, basis.reason));
}
/** A finding whose confidence is given directly (rules that do not weigh the app's reason). */
function finding(id, confidence, title, evidence, facts = {}, missing = []) {
    return { applicable: true, id, confidence: bounded(confidence), title, evidence, facts, missing };
}
/** A finding whose confidence is `scale × combine(structure, reason)`: arbitration can discount its structure. */
function weighedFinding(id, basis, title, evidence, facts = {}, missing = []) {
    return { ...finding(id, confidenceOf(basis), title, evidence, facts, missing), basis };
}
/** "Looked and saw nothing": applicable, confidence 0, with the reason as the only evidence line. */
function nothingFound(id, title, why, missing = []) {
    return finding(id, 0, title, [why], {}, missing);
}
//# sourceMappingURL=types.js.map