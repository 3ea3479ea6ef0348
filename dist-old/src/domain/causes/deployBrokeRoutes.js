"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deployBrokeRoutes = deployBrokeRoutes;
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure404_1 = require("./structure404");
const types_1 = require("./types");
const ID = 'deploy_broke_routes';
const TITLE = 'A deployment broke routes';
/**
 * A 404 spike that starts with a version: the version first answered inside the window or shortly before,
 * carries most of the 404s, denies far more than the version before it, and the series jumps when it appears.
 */
function deployBrokeRoutes(evidence) {
    if (!(0, signals_1.inLogs)(evidence, 'version')) {
        return (0, types_1.notApplicable)(ID, (0, signals_1.absentSentence)(evidence, 'version'), [(0, signals_1.fieldName)(evidence, 'version')]);
    }
    const signal = (0, signals_1.versionSignal)(evidence);
    if (!signal)
        return (0, types_1.nothingFound)(ID, TITLE, 'no version first answered in the window or the 24 h before it');
    const { toMs, fromMs } = (0, signals_1.bounds)(evidence);
    const regression = (0, structure404_1.regressionStructure)(evidence);
    const v = signal.version;
    const lines = [
        `version ${(0, format_1.code)(v.version)} first answered ${(0, format_1.span)(toMs - signal.firstSeenMs)} before the window end${signal.firstSeenMs >= fromMs ? ' (inside the window)' : ''} and answered ${(0, format_1.pct)(v.denied / Math.max(1, evidence.total))} of the 404s (${(0, format_1.num)(v.denied)} of ${(0, format_1.num)(evidence.total)})`,
    ];
    if (signal.lift !== null) {
        const oldRate = signal.previous ? ` than ${(0, format_1.code)(signal.previous.version)}` : ' than the versions before it';
        lines.push(`its 404 rate is ${(0, format_1.ratio)(signal.lift)}× higher${oldRate} in the same window (${(0, format_1.pct)(v.denied / Math.max(1, v.requests))} of its answers)`);
    }
    else if (signal.previous) {
        lines.push(`the version before it, ${(0, format_1.code)(signal.previous.version)}, answered ${(0, format_1.num)(signal.previous.denied)} 404s in this window`);
    }
    if (signal.timing === 'aligned') {
        lines.push(signal.perBucketBefore !== null && signal.perBucketAfter !== null
            ? `404s per bucket rose from ${(0, format_1.ratio)(signal.perBucketBefore)} to ${(0, format_1.ratio)(signal.perBucketAfter)} when it appeared`
            : 'the 404s were already elevated when the window opened, as they have been since it appeared');
    }
    else if (signal.timing === 'misaligned') {
        lines.push('but the rise of the 404s does not start when it appeared');
    }
    if (regression.regressed.length > 0) {
        lines.push(`${(0, format_1.codeList)(regression.regressed.map((r) => r.path.template))} answered 2xx before and now 404`);
    }
    const timing = signal.timing === 'aligned' ? 1 : signal.timing === 'unknown' ? 0.5 : 0.2;
    const structural = (0, signals_1.ramp)(signal.carry, 0.45, 0.85) * signal.liftScore * timing * (0.75 + 0.1 * signal.recency + 0.15 * (0, signals_1.ramp)(regression.share, 0.2, 0.6));
    const confidence = 0.95 * structural * (0, signals_1.volumeWeight)(evidence);
    return (0, types_1.finding)(ID, confidence, `Deployment ${(0, format_1.code)(v.version)} broke routes`, lines, {
        version: v.version,
        previousVersion: signal.previous?.version,
        since: v.firstSeen,
        routes: (regression.regressed.length > 0 ? regression.regressed.map((r) => r.path) : evidence.paths).slice(0, 5).map((p) => p.template),
    });
}
//# sourceMappingURL=deployBrokeRoutes.js.map