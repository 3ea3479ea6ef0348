"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.staleCandidate = staleCandidate;
exports.staleClient = staleClient;
const clients_1 = require("./clients");
const format_1 = require("./format");
const signals_1 = require("./signals");
const structure404_1 = require("./structure404");
const types_1 = require("./types");
const ID = 'stale_client';
const TITLE = 'One client keeps asking for what is not there';
/** A client asks for at most this many distinct paths: a job fetching its file, not a visitor browsing. */
const STALE_MAX_PATHS = 3;
const STALE_MIN_REQUESTS = 4;
/** For 403s: denied for at least this long before the window, and never let in — not a change today. */
const STALE_403_SINCE_MS = signals_1.DAY;
/** The template answered 2xx to most callers before: a route that broke, not a client asking for nothing. */
function routeUsedToWork(evidence, templates) {
    return templates.some((template) => {
        const h = (0, structure404_1.templateHistory)(evidence, template);
        return h !== null && h.ok >= 10 && h.okShare >= 0.5;
    });
}
function loops(evidence, client) {
    return evidence.repeats.some((r) => r.client === client.key && r.maxPerMinute >= signals_1.STORM_PER_MINUTE);
}
/**
 * For 403s the client must have been denied all along: known for a day or more before the window and never
 * answered 2xx in the lookback. A client that used to get in, or a new address, is a change on the server's
 * side (a policy, an allowlist), which the 403 causes judge.
 */
function deniedAllAlong(evidence, client) {
    if (evidence.query.status !== 403)
        return true;
    const ip = evidence.ips.find((i) => i.ip === client.key);
    if (!ip || ip.firstSeen === null)
        return false;
    return ip.successBefore === 0 && (0, signals_1.bounds)(evidence).fromMs - Date.parse(ip.firstSeen) >= STALE_403_SINCE_MS;
}
/** One automated client (a job, an agent, a monitor) asking for the same few things on a schedule or all along. */
function jobCandidate(evidence, client) {
    const total = Math.max(1, evidence.total);
    const share = client.count / total;
    const kind = (0, clients_1.clientKind)(client.agent);
    if (client.count < STALE_MIN_REQUESTS || share < 0.05 || client.distinctPaths > STALE_MAX_PATHS)
        return null;
    if (kind === 'crawler' || kind === 'scanner' || kind === 'browser' || loops(evidence, client))
        return null;
    const rhythm = (0, clients_1.clientRhythm)(evidence, client);
    if (rhythm.kind !== 'periodic' && rhythm.kind !== 'steady')
        return null;
    const templates = (0, clients_1.clientTemplates)(client);
    if (evidence.query.status === 404 && routeUsedToWork(evidence, templates))
        return null;
    if (!deniedAllAlong(evidence, client))
        return null;
    // A schedule or a known automation agent says "program"; an unnamed client asking all along says it less.
    const automated = rhythm.kind === 'periodic' ? 1 : (0, clients_1.isAutomated)(kind) ? 0.85 : 0.6;
    const strength = (0, signals_1.ramp)(share, 0.05, 0.2) * automated * (0, signals_1.ramp)(rhythm.activeBuckets, 2, 5);
    const { windowMs } = (0, signals_1.bounds)(evidence);
    const lines = [
        `${(0, format_1.pct)(share)} of these ${evidence.query.status}s (${(0, format_1.num)(client.count)} of ${(0, format_1.num)(evidence.total)}) come from one client, ${(0, clients_1.clientName)(client)}, ${(0, clients_1.rhythmPhrase)(rhythm, windowMs)}`,
        `it asks for ${client.distinctPaths === 1 ? 'one path' : (0, format_1.plural)(client.distinctPaths, 'path')}: ${(0, format_1.codeList)(client.topPaths.map((p) => p.value), 2)}`,
    ];
    const history = evidence.paths.find((p) => templates.includes(p.template))?.history ?? null;
    const h = (0, structure404_1.summarizeHistory)(history);
    if (evidence.query.status === 404 && h && h.total > 0 && h.ok === 0)
        lines.push(`that never answered 2xx in the history read (${(0, format_1.num)(h.total)} requests before the window)`);
    if (evidence.query.status === 403) {
        const ip = evidence.ips.find((i) => i.ip === client.key);
        if (ip?.firstSeen)
            lines.push(`it has been denied since at least ${(0, format_1.span)((0, signals_1.bounds)(evidence).fromMs - Date.parse(ip.firstSeen))} before the window and never got a 2xx`);
    }
    return {
        kind: 'job',
        strength,
        count: client.count,
        share,
        lines,
        ips: client.by === 'clientIp' ? [client.key] : [],
        userAgents: client.agent ? [client.agent] : [],
        routes: templates,
        rhythm,
    };
}
/**
 * One app or SDK version, from many addresses, makes most of the errors on a few paths: an outdated client
 * still calls what the server no longer has (or no longer lets it use).
 */
function versionCandidate(evidence, agent) {
    const total = Math.max(1, evidence.total);
    const share = agent.count / total;
    if ((0, clients_1.clientKind)(agent.agent) !== 'app or SDK' || agent.count < 10 || share < 0.3 || agent.distinctPaths > STALE_MAX_PATHS || agent.distinctIps < 3)
        return null;
    const routes = (0, clients_1.clientTemplates)(agent);
    if (evidence.query.status === 404 && routeUsedToWork(evidence, routes))
        return null;
    const strength = (0, signals_1.ramp)(share, 0.3, 0.7) * (0, signals_1.ramp)(agent.count, 10, 40);
    return {
        kind: 'version',
        strength,
        count: agent.count,
        share,
        lines: [
            `${(0, format_1.pct)(share)} of these ${evidence.query.status}s (${(0, format_1.num)(agent.count)} of ${(0, format_1.num)(evidence.total)}) come from one client version, ${(0, format_1.code)((0, clients_1.agentLabel)(agent.agent))}, on ${(0, format_1.plural)(agent.distinctIps, 'address', 'addresses')}`,
            `it asks for ${(0, format_1.codeList)(agent.topPaths.map((p) => p.value), 2)}`,
        ],
        ips: [],
        userAgents: [agent.agent],
        routes,
        rhythm: null,
    };
}
/** The strongest stale-client reading of the evidence, or null. */
function staleCandidate(evidence) {
    const candidates = [
        ...evidence.clients.filter((c) => c.by === 'clientIp').map((c) => jobCandidate(evidence, c)),
        ...evidence.agents.map((a) => versionCandidate(evidence, a)),
    ].filter((c) => c !== null && c.strength > 0);
    return candidates.sort((a, b) => b.strength - a.strength)[0] ?? null;
}
/**
 * `stale_client`: one automated client, or one outdated client version, keeps asking for something that is not
 * there (or that it may not use). The fix is on that client, not the server.
 */
function staleClient(evidence) {
    if (!(0, signals_1.inLogs)(evidence, 'clientIp') && !(0, signals_1.inLogs)(evidence, 'userAgent')) {
        const missing = [(0, signals_1.fieldName)(evidence, 'clientIp'), (0, signals_1.fieldName)(evidence, 'userAgent')];
        return (0, types_1.notApplicable)(ID, `no \`${missing[0]}\` or \`${missing[1]}\` in these logs to tell clients apart`, missing);
    }
    const best = staleCandidate(evidence);
    if (!best)
        return (0, types_1.nothingFound)(ID, TITLE, 'no single client or client version keeps asking for the same few things');
    const title = best.kind === 'version'
        ? `An outdated client version keeps calling ${(0, format_1.codeList)(best.routes, 1)}`
        : `One client keeps asking for ${(0, format_1.codeList)(best.routes, 1)}${best.rhythm?.kind === 'periodic' ? ' on a schedule' : ''}`;
    const confidence = 0.88 * best.strength * (0, signals_1.volumeWeight)(evidence);
    return (0, types_1.finding)(ID, confidence, title, best.lines, {
        ips: best.ips,
        userAgents: best.userAgents,
        routes: best.routes,
        ...(best.rhythm?.periodMs ? { periodMs: best.rhythm.periodMs } : {}),
    });
}
//# sourceMappingURL=staleClient.js.map