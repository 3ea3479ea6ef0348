"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scannerProbe = scannerProbe;
const clients_1 = require("./clients");
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure404_1 = require("./structure404");
const types_1 = require("./types");
const ID = 'scanner_probe';
const TITLE = 'Automated probes for well-known files';
function scanLine(evidence, s) {
    const c = s.client;
    const each = c.count <= c.distinctPaths ? 'once each' : `${(c.count / c.distinctPaths).toFixed(1)} requests each`;
    const rhythm = (0, clients_1.rhythmPhrase)((0, clients_1.clientRhythm)(evidence, c), (0, signals_1.bounds)(evidence).windowMs);
    const never = s.knownGood === 0 ? ' that never answered 2xx' : '';
    const rest = s.otherRequests === null ? '' : s.otherRequests === 0 ? ', and nothing else' : `, and ${(0, format_1.plural)(s.otherRequests, 'other request')}`;
    return `${(0, clients_1.clientName)(c)} asked for ${(0, format_1.plural)(c.distinctPaths, 'distinct path')}${never} (${each}, ${rhythm}${rest}), e.g. ${(0, format_1.codeList)(c.topPaths.map((p) => p.value), 2)}`;
}
/**
 * Vulnerability scanners: a client walking through many never-seen paths in minutes (by structure, whatever
 * the paths and agent), well-known probe paths, scanner agents, a few IPs spread over many paths.
 */
function scannerProbe(evidence) {
    if (!(0, signals_1.inLogs)(evidence, 'path') && !(0, signals_1.inLogs)(evidence, 'userAgent') && evidence.paths.length === 0) {
        const missing = [(0, signals_1.fieldName)(evidence, 'path'), (0, signals_1.fieldName)(evidence, 'userAgent')];
        return (0, types_1.notApplicable)(ID, `no \`${missing[0]}\` or \`${missing[1]}\` in these logs`, missing);
    }
    const missing = (0, signals_1.inLogs)(evidence, 'userAgent') ? [] : [(0, signals_1.fieldName)(evidence, 'userAgent')];
    const s = (0, structure404_1.probeStructure)(evidence);
    const scan = (0, structure404_1.scanStructure)(evidence);
    if (s.strength <= 0 && scan.strength <= 0) {
        return (0, types_1.nothingFound)(ID, TITLE, `only ${(0, format_1.pct)(s.probeShare)} of the 404s are on well-known probe paths, and no client walks through many unknown paths`, missing);
    }
    const lines = [];
    if (scan.scanners.length > 0) {
        lines.push(`${(0, format_1.pct)(scan.share)} of the 404s (${(0, format_1.num)(scan.count)} of ${(0, format_1.num)(evidence.total)}) come from ${(0, format_1.plural)(scan.scanners.length, 'client')} walking through many paths in minutes`);
        for (const scanner of scan.scanners.slice(0, 2))
            lines.push(scanLine(evidence, scanner));
    }
    if (s.probeCount > 0) {
        lines.push(`${(0, format_1.pct)(s.probeShare)} of the 404s (${(0, format_1.num)(s.probeCount)}) are probes for well-known files such as ${(0, format_1.codeList)(s.probes, 4)}`);
    }
    if (s.scannerAgents.length > 0 && s.agentShare >= 0.1) {
        lines.push(`user agents of scanners and scripts: ${(0, format_1.codeList)(s.scannerAgents, 3)}`);
    }
    if (s.fewIpsManyPaths) {
        lines.push(`${(0, format_1.plural)(s.topIps.length, 'IP')} (${(0, format_1.codeList)(s.topIps)}) sent ${(0, format_1.pct)(s.topIpShare)} of the 404s across at least ${(0, format_1.num)(s.distinctPaths)} distinct paths`);
    }
    const structural = Math.max(s.strength, scan.strength, 0.6 * s.strength + 0.6 * scan.strength);
    const confidence = 0.92 * Math.min(1, structural) * (0, signals_1.volumeWeight)(evidence);
    const scanIps = scan.scanners.filter((x) => x.client.by === 'clientIp').map((x) => x.client.key);
    return (0, types_1.finding)(ID, confidence, TITLE, lines, {
        ips: [...new Set([...scanIps, ...s.topIps])],
        userAgents: s.scannerAgents.slice(0, 3),
        routes: [...new Set([...s.probes, ...scan.scanners.flatMap((x) => x.client.topPaths.map((p) => p.value))])].slice(0, 5),
    }, missing);
}
//# sourceMappingURL=scannerProbe.js.map