"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.routingRegression = routingRegression;
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure404_1 = require("./structure404");
const types_1 = require("./types");
const ID = 'routing_regression';
const TITLE = 'URLs that answered 200 now answer 404';
/** Templates whose history was mostly 2xx and that now 404 far more often than they ever did. */
function routingRegression(evidence) {
    if (!(0, signals_1.inLogs)(evidence, 'path') && evidence.paths.length === 0) {
        return (0, types_1.notApplicable)(ID, (0, signals_1.absentSentence)(evidence, 'path'), [(0, signals_1.fieldName)(evidence, 'path')]);
    }
    if (evidence.paths.every((p) => p.history === null)) {
        return (0, types_1.nothingFound)(ID, TITLE, 'no route history was available to compare with');
    }
    const structure = (0, structure404_1.regressionStructure)(evidence);
    if (structure.regressed.length === 0) {
        return (0, types_1.nothingFound)(ID, TITLE, 'no 404 route used to answer 2xx at a comparable rate');
    }
    const { fromMs } = (0, signals_1.bounds)(evidence);
    const lines = [
        `${(0, format_1.pct)(structure.share)} of the 404s (${(0, format_1.num)(structure.count)}) are on ${(0, format_1.codeList)(structure.regressed.map((r) => r.path.template))}, which answered mostly 2xx before the window`,
    ];
    for (const r of structure.regressed.slice(0, 3)) {
        const days = (0, format_1.span)((0, structure404_1.historySpanMs)(evidence, r.history));
        const last = r.history.lastSuccessMs !== null ? `; last 2xx ${(0, format_1.span)(fromMs - r.history.lastSuccessMs)} before the window` : '';
        lines.push(`${(0, format_1.code)(r.path.template)} answered 2xx ${(0, format_1.num)(r.history.ok)} times in the ${days} before and 404 ${(0, format_1.num)(r.count)} times in this window (${(0, format_1.num)(r.history.notFound)} 404s before)${last}`);
    }
    // 404s served from a cache say little about what the origin answers now.
    const cache = (0, structure404_1.cacheStructure)(evidence);
    if (cache.hitWeight >= 0.3)
        lines.push(`but ${(0, format_1.pct)(cache.hitShare)} of the 404s were cache hits: the origin may already be fixed`);
    // (How much that weakens this cause is settled in arbitration.ts.)
    const confidence = 0.88 * structure.strength * (0, signals_1.volumeWeight)(evidence);
    return (0, types_1.finding)(ID, confidence, `${structure.regressed.length === 1 ? (0, format_1.code)(structure.regressed[0]?.path.template ?? '') : `${(0, format_1.num)(structure.regressed.length)} routes`} answered 2xx and now 404`, lines, { routes: structure.regressed.map((r) => r.path.template) });
}
//# sourceMappingURL=routingRegression.js.map