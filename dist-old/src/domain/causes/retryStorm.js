"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SUSTAINED_PER_MINUTE = exports.STORM_PER_MINUTE = void 0;
exports.retryStorm = retryStorm;
const format_1 = require("./format");
const signals_1 = require("./signals");
Object.defineProperty(exports, "STORM_PER_MINUTE", { enumerable: true, get: function () { return signals_1.STORM_PER_MINUTE; } });
Object.defineProperty(exports, "SUSTAINED_PER_MINUTE", { enumerable: true, get: function () { return signals_1.SUSTAINED_PER_MINUTE; } });
const types_1 = require("./types");
const ID = 'retry_storm';
const TITLE = 'Clients retrying requests that will keep failing';
/** The same client asking for the same path over and over, for an answer (403/404) that retrying cannot change. */
function retryStorm(evidence) {
    if (evidence.repeats.length === 0) {
        if (!(0, signals_1.inLogs)(evidence, 'clientIp') && !(0, signals_1.inLogs)(evidence, 'user')) {
            const missing = [(0, signals_1.fieldName)(evidence, 'clientIp'), (0, signals_1.fieldName)(evidence, 'user')];
            return (0, types_1.notApplicable)(ID, `no \`${missing[0]}\` or \`${missing[1]}\` in these logs to tell clients apart`, missing);
        }
        return (0, types_1.nothingFound)(ID, TITLE, 'no client repeats a path');
    }
    const minutes = (0, signals_1.bounds)(evidence).windowMs / signals_1.MINUTE;
    const storms = evidence.repeats.filter((r) => r.maxPerMinute >= signals_1.STORM_PER_MINUTE || r.count / minutes >= signals_1.SUSTAINED_PER_MINUTE);
    if (storms.length === 0) {
        const top = evidence.repeats[0];
        return (0, types_1.nothingFound)(ID, TITLE, top ? `the most repeated pair peaks at ${(0, format_1.num)(top.maxPerMinute)} per minute (${(0, format_1.code)(top.client)} on ${(0, format_1.code)(top.path)})` : 'no client repeats a path');
    }
    const stormCount = storms.reduce((s, r) => s + r.count, 0);
    const share = Math.min(1, stormCount / Math.max(1, evidence.total));
    const peak = Math.max(...storms.map((r) => r.maxPerMinute));
    const clients = [...new Set(storms.map((r) => r.client))];
    const paths = [...new Set(storms.map((r) => r.path))];
    const lines = [
        `${(0, format_1.pct)(share)} of the ${evidence.query.status}s (${(0, format_1.num)(stormCount)}) are ${(0, format_1.plural)(clients.length, 'client')} repeating the same request: up to ${(0, format_1.num)(peak)} per minute`,
    ];
    for (const r of storms.slice(0, 3)) {
        lines.push(`${(0, format_1.code)(r.client)} asked for ${(0, format_1.code)(r.path)} ${(0, format_1.num)(r.count)} times (busiest minute: ${(0, format_1.num)(r.maxPerMinute)})`);
    }
    const confidence = 0.85 * (0, signals_1.ramp)(share, 0.15, 0.55) * (0.7 + 0.3 * (0, signals_1.ramp)(peak, signals_1.STORM_PER_MINUTE, 80));
    return (0, types_1.finding)(ID, confidence, `Retry storm: ${(0, format_1.codeList)(clients, 2)} repeating ${evidence.query.status}s`, lines, {
        clients,
        routes: paths,
        maxPerMinute: peak,
    });
}
//# sourceMappingURL=retryStorm.js.map