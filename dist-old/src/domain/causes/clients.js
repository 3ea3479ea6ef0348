"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCRIPTED_AGENTS = exports.SCANNER_AGENTS = void 0;
exports.clientKind = clientKind;
exports.isAutomated = isAutomated;
exports.agentLabel = agentLabel;
exports.rhythmOf = rhythmOf;
exports.periodPhrase = periodPhrase;
exports.rhythmPhrase = rhythmPhrase;
exports.clientName = clientName;
exports.clientRhythm = clientRhythm;
exports.clientTemplates = clientTemplates;
const routes_1 = require("../routes");
const signals_1 = require("./signals");
const MONITOR = /uptimerobot|pingdom|statuscake|site24x7|uptime-?kuma|betteruptime|better uptime|freshping|hetrixtools|newrelicpinger|datadog\/synthetics|datadogsynthetics|checkly|nagios|check_http|zabbix|icinga|blackbox[-_ ]exporter|kube-probe|elb-healthchecker|googlehc|health-?check|amazon-route53-health-check|gomon|monitor/i;
const CONFIG_MANAGEMENT = /chef[ -]client|^chef\/|puppet|ansible|salt-?(minion|stack)|terraform|cfengine|octopus|jenkins|github-actions|gitlab-runner|argocd|flux\b|renovate|dependabot/i;
const FEED_READER = /rss|atom|feed(ly|burner|fetcher|reader|bin|sync)|newsblur|inoreader|miniflux|tt-rss|netnewswire|freshrss|feedly|podcast/i;
const CRAWLER = /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|bingpreview|yandex|baidu|duckduck|ahrefs|semrush|petalbot|applebot/i;
exports.SCANNER_AGENTS = /sqlmap|nikto|zgrab|masscan|nuclei|nmap|dirbuster|gobuster|dirb\b|wpscan|acunetix|nessus|openvas|zmeu|ffuf|feroxbuster|wfuzz|netsparker|burp|censys|l9explore|jaeles|whatweb|xray|fuzz|scanner/i;
/** HTTP libraries and command-line tools: a script, not a person (`-` is what many pipelines log for no agent). */
exports.SCRIPTED_AGENTS = /python-requests|python-urllib|aiohttp|httpx|curl\/|go-http-client|libwww-perl|wget\/|okhttp|java\/|node-fetch|axios|undici|httpclient|powershell|guzzlehttp|^-$/i;
const BROWSER = /^Mozilla\/\d/;
/** `Name/1.2.3` (or `Name 1.2.3`) at the start: a program that states its version. */
const VERSIONED = /^([A-Za-z][\w .-]*?)[/ ]v?(\d+(?:\.\d+)+)/;
/** What kind of program an agent string names (null: no agent logged). Order matters: a monitor that calls itself Mozilla-compatible is a monitor. */
function clientKind(agent) {
    if (agent === null)
        return 'unknown';
    if (exports.SCANNER_AGENTS.test(agent))
        return 'scanner';
    if (MONITOR.test(agent))
        return 'monitor';
    if (CONFIG_MANAGEMENT.test(agent))
        return 'configuration management';
    if (FEED_READER.test(agent))
        return 'feed reader';
    if (CRAWLER.test(agent))
        return 'crawler';
    // `ExampleApp/5.12 (…) okhttp/4.12` is an app that uses an HTTP library; `okhttp/4.12` alone is a script.
    const library = exports.SCRIPTED_AGENTS.exec(agent);
    if (library && library.index === 0)
        return 'script';
    if (BROWSER.test(agent))
        return 'browser';
    if (VERSIONED.test(agent))
        return 'app or SDK';
    return library ? 'script' : 'unknown';
}
/** Kinds that are programs, not people at a browser. */
function isAutomated(kind) {
    return kind !== 'browser' && kind !== 'unknown';
}
/** "Chef Client 18.4.12" from `Chef Client/18.4.12 (ruby-3.1.4; …)`; the agent itself, shortened, otherwise. */
function agentLabel(agent) {
    const m = VERSIONED.exec(agent);
    if (m && !BROWSER.test(agent))
        return `${m[1].trim()} ${m[2]}`;
    return agent.length > 60 ? `${agent.slice(0, 57)}…` : agent;
}
/** A burst is over within this share of the window, or within BURST_MIN_MS in a short window. */
const BURST_SHARE = 0.15;
const BURST_MIN_MS = 10 * signals_1.MINUTE;
/** A schedule shows after this many requests on it. */
const PERIODIC_MIN_BUCKETS = 4;
/** A schedule sends about one request per run: more per active bucket is continuous traffic. */
const PERIODIC_MAX_PER_BUCKET = 3;
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * How a client's requests spread over the window: on a schedule (regular gaps between active buckets, about
 * one request each), in a burst (over within minutes), steadily (active over most of the window), or
 * neither.
 */
function rhythmOf(client, bucketMs, windowMs) {
    const spanMs = Math.max(0, Date.parse(client.last) - Date.parse(client.first));
    const activeBuckets = client.active.length;
    const base = { spanMs, activeBuckets, periodMs: null };
    if (client.count >= 3 && spanMs <= Math.max(BURST_MIN_MS, BURST_SHARE * windowMs))
        return { ...base, kind: 'burst' };
    if (activeBuckets >= PERIODIC_MIN_BUCKETS && client.count / activeBuckets <= PERIODIC_MAX_PER_BUCKET) {
        const sorted = [...client.active].sort((a, b) => a - b);
        const gaps = sorted.slice(1).map((t, i) => t - sorted[i]);
        const usual = median(gaps);
        // Gaps are whole buckets: a job's jitter can move it one bucket once the period spans several.
        const tolerance = Math.max(0.25 * usual, usual >= 3 * bucketMs ? bucketMs : 0);
        const regular = gaps.filter((g) => Math.abs(g - usual) <= tolerance).length / gaps.length;
        if (usual >= bucketMs && regular >= 0.75 && spanMs >= 0.5 * windowMs)
            return { ...base, kind: 'periodic', periodMs: usual };
    }
    return { ...base, kind: spanMs >= 0.5 * windowMs ? 'steady' : 'sporadic' };
}
/** "every minute", "about every 15 min", "about every hour". */
function periodPhrase(periodMs) {
    if (periodMs <= 1.2 * signals_1.MINUTE)
        return 'every minute';
    const hours = periodMs / signals_1.HOUR;
    if (hours >= 0.9 && hours <= 1.1)
        return 'about every hour';
    if (hours > 1.1)
        return `about every ${Math.round(hours)} h`;
    return `about every ${Math.round(periodMs / signals_1.MINUTE)} min`;
}
/** How the rhythm reads in an evidence line. */
function rhythmPhrase(rhythm, windowMs) {
    switch (rhythm.kind) {
        case 'periodic':
            return `${periodPhrase(rhythm.periodMs ?? 0)}${rhythm.spanMs >= 0.7 * windowMs ? ', all through the window' : ''}`;
        case 'burst':
            return `all within ${Math.max(1, Math.round(rhythm.spanMs / signals_1.MINUTE))} min`;
        case 'steady':
            return 'steadily through the window';
        default:
            return 'now and then';
    }
}
/** A client as people name it: `208.91.156.11` (Chef Client 18.4.12, configuration management). */
function clientName(client) {
    if (client.by === 'userAgent')
        return `\`${agentLabel(client.key)}\` (${clientKind(client.key)})`;
    if (client.agent === null)
        return `\`${client.key}\` (no user agent)`;
    const kind = clientKind(client.agent);
    return `\`${client.key}\` (${agentLabel(client.agent)}${kind === 'unknown' ? '' : `, ${kind}`})`;
}
/** How the client's requests spread over this evidence's window. */
function clientRhythm(evidence, client) {
    return rhythmOf(client, evidence.activityBucketMs, (0, signals_1.bounds)(evidence).windowMs);
}
/** The route templates of a client's (or an agent's) top paths, query strings dropped. */
function clientTemplates(client) {
    return [...new Set(client.topPaths.map((p) => (0, routes_1.routeTemplate)(p.value)))];
}
//# sourceMappingURL=clients.js.map