import type { ClientEvidence, Evidence } from '../evidence';
import { routeTemplate } from '../routes';
import type { TermCount } from '../types';
import { MINUTE, HOUR, bounds } from './signals';

/**
 * Who the clients behind the errors are and how they behave over time: what kind of program an agent
 * string names, whether a client asks on a schedule, in a burst or all along. Pure reading of
 * `Evidence.clients` and `Evidence.agents`; the rules (stale clients, scanners, actors) decide what it means.
 */

export type ClientKind =
  | 'crawler'
  | 'monitor'
  | 'configuration management'
  | 'feed reader'
  | 'scanner'
  | 'script'
  | 'app or SDK'
  | 'browser'
  | 'unknown';

// Consul's HTTP checks send `Consul Health Check`, Prometheus scrapes `Prometheus/2.53.0`, Salt's http
// utility (file.managed from a URL) `Salt/3006.8`: none has a browser's or a library's name.
const MONITOR = /uptimerobot|pingdom|statuscake|site24x7|uptime-?kuma|betteruptime|better uptime|freshping|hetrixtools|newrelicpinger|datadog\/synthetics|datadogsynthetics|checkly|nagios|check_http|zabbix|icinga|blackbox[-_ ]exporter|kube-probe|elb-healthchecker|googlehc|health[- ]?check|prometheus\/|amazon-route53-health-check|gomon|monitor/i;
const CONFIG_MANAGEMENT = /chef[ -]client|^chef\/|puppet|ansible|salt-?(minion|stack)|^salt\/|terraform|cfengine|octopus|jenkins|github-actions|gitlab-runner|argocd|flux\b|renovate|dependabot/i;
const FEED_READER = /rss|atom|feed(ly|burner|fetcher|reader|bin|sync)|newsblur|inoreader|miniflux|tt-rss|netnewswire|freshrss|feedly|podcast/i;
const CRAWLER = /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|bingpreview|yandex|baidu|duckduck|ahrefs|semrush|petalbot|applebot/i;
export const SCANNER_AGENTS =
  /sqlmap|nikto|zgrab|masscan|nuclei|nmap|dirbuster|gobuster|dirb\b|wpscan|acunetix|nessus|openvas|zmeu|ffuf|feroxbuster|wfuzz|netsparker|burp|censys|l9explore|jaeles|whatweb|xray|fuzz|scanner/i;
/** HTTP libraries and command-line tools: a script, not a person (`-` is what many pipelines log for no agent). */
export const SCRIPTED_AGENTS = /python-requests|python-urllib|aiohttp|httpx|curl\/|go-http-client|libwww-perl|wget\/|okhttp|java\/|node-fetch|axios|undici|httpclient|powershell|guzzlehttp|^-$/i;
const BROWSER = /^Mozilla\/\d/;
/** `Name/1.2.3` (or `Name 1.2.3`) at the start: a program that states its version. */
const VERSIONED = /^([A-Za-z][\w .-]*?)[/ ]v?(\d+(?:\.\d+)+)/;

/** What kind of program an agent string names (null: no agent logged). Order matters: a monitor that calls itself Mozilla-compatible is a monitor. */
export function clientKind(agent: string | null): ClientKind {
  if (agent === null) return 'unknown';
  if (SCANNER_AGENTS.test(agent)) return 'scanner';
  if (MONITOR.test(agent)) return 'monitor';
  if (CONFIG_MANAGEMENT.test(agent)) return 'configuration management';
  if (FEED_READER.test(agent)) return 'feed reader';
  if (CRAWLER.test(agent)) return 'crawler';
  // `ExampleApp/5.12 (…) okhttp/4.12` is an app that uses an HTTP library; `okhttp/4.12` alone is a script.
  const library = SCRIPTED_AGENTS.exec(agent);
  if (library && library.index === 0) return 'script';
  if (BROWSER.test(agent)) return 'browser';
  if (VERSIONED.test(agent)) return 'app or SDK';
  return library ? 'script' : 'unknown';
}

/** Kinds that are programs, not people at a browser. */
export function isAutomated(kind: ClientKind): boolean {
  return kind !== 'browser' && kind !== 'unknown';
}

/** "Chef Client 18.4.12" from `Chef Client/18.4.12 (ruby-3.1.4; …)`; the agent itself, shortened, otherwise. */
export function agentLabel(agent: string): string {
  const m = VERSIONED.exec(agent);
  if (m && !BROWSER.test(agent)) return `${(m[1] as string).trim()} ${m[2] as string}`;
  return agent.length > 60 ? `${agent.slice(0, 57)}…` : agent;
}

export type RhythmKind = 'periodic' | 'steady' | 'burst' | 'sporadic';

export interface Rhythm {
  kind: RhythmKind;
  /** For `periodic`: the usual time between two requests. */
  periodMs: number | null;
  /** From the client's first to its last request in the window. */
  spanMs: number;
  /** Buckets with at least one request. */
  activeBuckets: number;
}

/** A burst is over within this share of the window, or within BURST_MIN_MS in a short window. */
const BURST_SHARE = 0.15;
const BURST_MIN_MS = 10 * MINUTE;
/** A schedule shows after this many requests on it. */
const PERIODIC_MIN_BUCKETS = 4;
/** A schedule sends about one request per run: more per active bucket is continuous traffic. */
const PERIODIC_MAX_PER_BUCKET = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * How a client's requests spread over the window: on a schedule (regular gaps between active buckets, about
 * one request each), in a burst (over within minutes), steadily (active over most of the window), or
 * neither.
 */
export function rhythmOf(client: ClientEvidence, bucketMs: number, windowMs: number): Rhythm {
  const spanMs = Math.max(0, Date.parse(client.last) - Date.parse(client.first));
  const activeBuckets = client.active.length;
  const base = { spanMs, activeBuckets, periodMs: null };
  if (client.count >= 3 && spanMs <= Math.max(BURST_MIN_MS, BURST_SHARE * windowMs)) return { ...base, kind: 'burst' };
  if (activeBuckets >= PERIODIC_MIN_BUCKETS && client.count / activeBuckets <= PERIODIC_MAX_PER_BUCKET) {
    const sorted = [...client.active].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((t, i) => t - (sorted[i] as number));
    const usual = median(gaps);
    // Gaps are whole buckets: a job's jitter can move it one bucket once the period spans several.
    const tolerance = Math.max(0.25 * usual, usual >= 3 * bucketMs ? bucketMs : 0);
    const regular = gaps.filter((g) => Math.abs(g - usual) <= tolerance).length / gaps.length;
    if (usual >= bucketMs && regular >= 0.75 && spanMs >= 0.5 * windowMs) return { ...base, kind: 'periodic', periodMs: usual };
  }
  return { ...base, kind: spanMs >= 0.5 * windowMs ? 'steady' : 'sporadic' };
}

/** "every minute", "about every 15 min", "about every hour". */
export function periodPhrase(periodMs: number): string {
  if (periodMs <= 1.2 * MINUTE) return 'every minute';
  const hours = periodMs / HOUR;
  if (hours >= 0.9 && hours <= 1.1) return 'about every hour';
  if (hours > 1.1) return `about every ${Math.round(hours)} h`;
  return `about every ${Math.round(periodMs / MINUTE)} min`;
}

/** How the rhythm reads in an evidence line. */
export function rhythmPhrase(rhythm: Rhythm, windowMs: number): string {
  switch (rhythm.kind) {
    case 'periodic':
      return `${periodPhrase(rhythm.periodMs ?? 0)}${rhythm.spanMs >= 0.7 * windowMs ? ', all through the window' : ''}`;
    case 'burst':
      return `all within ${Math.max(1, Math.round(rhythm.spanMs / MINUTE))} min`;
    case 'steady':
      return 'steadily through the window';
    default:
      return 'now and then';
  }
}

/** A client as people name it: `208.91.156.11` (Chef Client 18.4.12, configuration management). */
export function clientName(client: ClientEvidence): string {
  if (client.by === 'userAgent') return `\`${agentLabel(client.key)}\` (${clientKind(client.key)})`;
  if (client.agent === null) return `\`${client.key}\` (no user agent)`;
  const kind = clientKind(client.agent);
  return `\`${client.key}\` (${agentLabel(client.agent)}${kind === 'unknown' ? '' : `, ${kind}`})`;
}

/** How the client's requests spread over this evidence's window. */
export function clientRhythm(evidence: Evidence, client: ClientEvidence): Rhythm {
  return rhythmOf(client, evidence.activityBucketMs, bounds(evidence).windowMs);
}

/** The route templates of a client's (or an agent's) top paths, query strings dropped. */
export function clientTemplates(client: { topPaths: readonly TermCount[] }): string[] {
  return [...new Set(client.topPaths.map((p) => routeTemplate(p.value)))];
}
