"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cached404 = cached404;
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure404_1 = require("./structure404");
const types_1 = require("./types");
const ID = 'cached_404';
const TITLE = '404s served from a cache';
/**
 * 404s answered by a cache (HIT) or sent with a cacheable Cache-Control on dynamic routes: once a CDN holds
 * a 404, fixing the origin does not fix what users get until the entry expires.
 */
function cached404(evidence) {
    const statusField = (0, signals_1.fieldName)(evidence, 'cacheStatus');
    const controlField = (0, signals_1.fieldName)(evidence, 'cacheControl');
    if (!(0, signals_1.inLogs)(evidence, 'cacheStatus') && !(0, signals_1.inLogs)(evidence, 'cacheControl')) {
        return (0, types_1.notApplicable)(ID, `no \`${statusField}\` or \`${controlField}\` in these logs`, [statusField, controlField]);
    }
    const missing = [...((0, signals_1.inLogs)(evidence, 'cacheStatus') ? [] : [statusField]), ...((0, signals_1.inLogs)(evidence, 'cacheControl') ? [] : [controlField])];
    const s = (0, structure404_1.cacheStructure)(evidence);
    if (s.strength <= 0)
        return (0, types_1.nothingFound)(ID, TITLE, 'no 404 came from a cache or with a cacheable Cache-Control', missing);
    const lines = [];
    if (s.hits > 0) {
        lines.push(`${(0, format_1.pct)(s.hitShare)} of the 404s (${(0, format_1.num)(s.hits)}) were cache hits (${(0, format_1.code)(statusField)})`);
        if (s.baselineHitShare !== null)
            lines.push(`in the baseline, ${(0, format_1.pct)(s.baselineHitShare)} of the 404s were hits`);
    }
    if (s.cacheable > 0 && s.topControl) {
        lines.push(`${(0, format_1.pct)(s.cacheableShare)} of the 404s were sent with ${(0, format_1.code)(`Cache-Control: ${s.topControl}`)}, which lets shared caches keep them`);
    }
    if (s.dynamicRoutes.length > 0 && s.dynamicShare >= 0.3) {
        lines.push(`${(0, format_1.pct)(s.dynamicShare)} of the 404s are on dynamic routes such as ${(0, format_1.codeList)(s.dynamicRoutes, 3)}`);
    }
    const confidence = 0.93 * s.strength * (0, signals_1.volumeWeight)(evidence);
    return (0, types_1.finding)(ID, confidence, TITLE, lines, { routes: s.dynamicRoutes.slice(0, 3), cacheControl: s.topControl ?? undefined }, missing);
}
//# sourceMappingURL=cached404.js.map