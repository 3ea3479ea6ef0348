import type { ClientEvidence, Evidence, PathEvidence, PathHistory } from '../evidence';
import { SCRIPT_EXTENSION, isProbePath } from '../probes';
import { perEvidence } from './perEvidence';
import { SCANNER_AGENTS, SCRIPTED_AGENTS, clientKind, clientTemplates } from './clients';
import { DAY, HOUR, bounds, clamp01, countWhere, effectiveTotal, incidentShare, onDenials, ramp } from './signals';

/**
 * Measurements of the 404 side: how route templates answered before the window, which requests are probes,
 * crawlers or cache hits, where the referrers point. Several 404 causes read the same numbers.
 */

// ---------------------------------------------------------------------------------------------------------
// Route history

export interface HistorySummary {
  total: number;
  ok: number;
  redirect: number;
  notFound: number;
  okShare: number;
  redirectShare: number;
  notFoundShare: number;
  lastSuccessMs: number | null;
  firstSeenMs: number | null;
}

/** Summaries already worked out, by the history they summarise (read many times per triage; never changed). */
const summaries = new WeakMap<PathHistory, HistorySummary>();

export function summarizeHistory(history: PathHistory | null): HistorySummary | null {
  if (!history) return null;
  const known = summaries.get(history);
  if (known !== undefined) return known;
  const summary = summaryOf(history);
  summaries.set(history, summary);
  return summary;
}

function summaryOf(history: PathHistory): HistorySummary {
  let total = 0;
  let ok = 0;
  let redirect = 0;
  let notFound = 0;
  for (const [status, count] of Object.entries(history.byStatus)) {
    const code = Number(status);
    if (!Number.isFinite(code) || !Number.isFinite(count)) continue;
    total += count;
    if (code >= 200 && code < 300) ok += count;
    else if (code >= 300 && code < 400 && code !== 304) redirect += count;
    else if (code === 404 || code === 410) notFound += count;
  }
  return historyOf(
    { total, ok, redirect, notFound },
    history.lastSuccess === null ? null : Date.parse(history.lastSuccess),
    history.firstSeen === null ? null : Date.parse(history.firstSeen),
  );
}

/** A summary from its counts: the shares are derived, never stored apart from them. */
function historyOf(
  counts: Pick<HistorySummary, 'total' | 'ok' | 'redirect' | 'notFound'>,
  lastSuccessMs: number | null,
  firstSeenMs: number | null,
): HistorySummary {
  const share = (n: number): number => (counts.total > 0 ? n / counts.total : 0);
  return {
    ...counts,
    okShare: share(counts.ok),
    redirectShare: share(counts.redirect),
    notFoundShare: share(counts.notFound),
    lastSuccessMs,
    firstSeenMs,
  };
}

/** How a template of the window answered before it, summarised; null when it was not looked up. */
export function templateHistory(evidence: Evidence, template: string): HistorySummary | null {
  return summarizeHistory(evidence.paths.find((p) => p.template === template)?.history ?? null);
}

/** Milliseconds of history behind a template (from its first request in the lookback to the window start). */
export function historySpanMs(evidence: Evidence, history: HistorySummary): number {
  const { fromMs } = bounds(evidence);
  return Math.max(HOUR, history.firstSeenMs === null ? 7 * DAY : fromMs - history.firstSeenMs);
}

/** Several templates' histories as one (counts added, the latest 2xx and the earliest request kept). */
export function mergeHistories(histories: readonly HistorySummary[]): HistorySummary | null {
  if (histories.length === 0) return null;
  const sum = (pick: (h: HistorySummary) => number): number => histories.reduce((s, h) => s + pick(h), 0);
  const times = (pick: (h: HistorySummary) => number | null): number[] =>
    histories.map(pick).filter((t): t is number => t !== null);
  const lastSuccesses = times((h) => h.lastSuccessMs);
  const firstSeens = times((h) => h.firstSeenMs);
  return historyOf(
    { total: sum((h) => h.total), ok: sum((h) => h.ok), redirect: sum((h) => h.redirect), notFound: sum((h) => h.notFound) },
    lastSuccesses.length > 0 ? Math.max(...lastSuccesses) : null,
    firstSeens.length > 0 ? Math.min(...firstSeens) : null,
  );
}

/** The 404s that say something about routes: without probes, and with looping clients counted lightly. */
export function routeTotal(evidence: Evidence): number {
  return Math.max(1, effectiveTotal(evidence) - probeStructure(evidence).probeCount);
}

export interface RouteGroup {
  /** A template, or a prefix shared by several (`/blog/…`). */
  label: string;
  templates: PathEvidence[];
  count: number;
  /** count / total. */
  share: number;
  /** Members' histories merged; null when none was looked up. */
  history: HistorySummary | null;
  /** Every member's history was looked up (so an empty history really means "never requested before"). */
  looked: boolean;
}

/**
 * The window's 404 templates, alone and grouped by a shared first one or two segments: a broken rule often
 * shows as many slugs under one prefix (`/blog/{slug}`) rather than one template. Probe paths are left out.
 */
function readRouteGroups(evidence: Evidence): RouteGroup[] {
  const servesPhp = servesScripts(evidence);
  const paths = evidence.paths.filter((p) => !isProbePath(p.template, servesPhp));
  const total = routeTotal(evidence);
  const make = (label: string, templates: PathEvidence[]): RouteGroup => {
    const histories = templates.map((t) => summarizeHistory(t.history)).filter((h): h is HistorySummary => h !== null);
    const count = templates.reduce((s, t) => s + t.count, 0);
    return {
      label,
      templates,
      count,
      share: clamp01(count / total),
      history: mergeHistories(histories),
      looked: histories.length === templates.length,
    };
  };
  const groups = paths.map((p) => make(p.template, [p]));
  for (const depth of [1, 2]) {
    const byPrefix = new Map<string, PathEvidence[]>();
    for (const p of paths) {
      const segments = p.template.split('/').filter((s) => s.length > 0);
      if (segments.length <= depth) continue;
      const prefix = `/${segments.slice(0, depth).join('/')}`;
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), p]);
    }
    for (const [prefix, members] of byPrefix) {
      if (members.length >= 2) groups.push(make(`${prefix}/…`, members));
    }
  }
  return groups;
}
export const routeGroups: (evidence: Evidence) => RouteGroup[] = perEvidence(readRouteGroups);

/** Does a raw path fit a route template (`/v1/orders/{id}` fits `/v1/orders/98765`)? */
export function fitsTemplate(template: string, path: string): boolean {
  const pattern = template
    .split(/(\{[^}]*\})/)
    .map((part) => (/^\{[^}]*\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`).test(path);
}

/**
 * The template's denials that are not one client hammering one URL: a route that broke fails for many
 * clients and URLs, while a retry loop on one deleted order says nothing about the route.
 */
export function spreadCount(evidence: Evidence, path: PathEvidence): number {
  const floor = Math.max(10, 0.05 * path.count);
  const hammered = evidence.repeats
    .filter((r) => r.count >= floor && fitsTemplate(path.template, r.path))
    .reduce((s, r) => s + r.count, 0);
  return Math.max(0, path.count - hammered);
}

// ---------------------------------------------------------------------------------------------------------
// Routing regressions: templates that answered 2xx and now answer 404

export interface Regressed {
  path: PathEvidence;
  /** Its denials from many clients (repeat loops left out). */
  count: number;
  history: HistorySummary;
  /** Window 404 rate over the template's historical 404 rate. */
  lift: number;
}

export interface RegressionStructure {
  regressed: Regressed[];
  count: number;
  share: number;
  strength: number;
}

function readRegressionStructure(evidence: Evidence): RegressionStructure {
  const { windowMs } = bounds(evidence);
  const servesPhp = servesScripts(evidence);
  const regressed: Regressed[] = [];
  for (const path of evidence.paths) {
    const history = summarizeHistory(path.history);
    if (!history || history.ok < 10 || history.okShare < 0.6 || isProbePath(path.template, servesPhp)) continue;
    const count = spreadCount(evidence, path);
    if (count < Math.max(5, 0.02 * evidence.total)) continue;
    // A product id that does not exist 404s every day; a regression makes the template 404 far more than it used to.
    const spanMs = historySpanMs(evidence, history);
    const historicalRate = Math.max(history.notFound, 1) / spanMs;
    const lift = count / windowMs / historicalRate;
    if (lift >= 5) regressed.push({ path, count, history, lift });
  }
  const count = regressed.reduce((s, r) => s + r.count, 0);
  const share = evidence.total > 0 ? clamp01(count / evidence.total) : 0;
  // These templates did not 404 before, so their 404s are all new: measure them against the excess.
  return { regressed, count, share, strength: ramp(incidentShare(evidence, count), 0.15, 0.6) };
}
export const regressionStructure: (evidence: Evidence) => RegressionStructure = perEvidence(readRegressionStructure);

// ---------------------------------------------------------------------------------------------------------
// Probes and scanners

/** The service itself answers script URLs (a PHP site): then `.php` 404s are not probes by themselves. */
export function servesScripts(evidence: Evidence): boolean {
  return evidence.fields.path.success.some((t) => SCRIPT_EXTENSION.test(t.value));
}


export interface ProbeStructure {
  probeCount: number;
  probeShare: number;
  /** Examples of probed paths. */
  probes: string[];
  /** Scanner agents count fully, scripted HTTP clients half. */
  agentShare: number;
  scannerAgents: string[];
  /** A few IPs spread over many distinct paths. */
  fewIpsManyPaths: boolean;
  topIps: string[];
  topIpShare: number;
  distinctPaths: number;
  strength: number;
}

function readProbeStructure(evidence: Evidence): ProbeStructure {
  const total = Math.max(1, evidence.total);
  const servesPhp = servesScripts(evidence);
  const byTemplate = evidence.paths.filter((p) => isProbePath(p.template, servesPhp) || p.examples.some((e) => isProbePath(e, servesPhp)));
  const rawProbes = evidence.fields.path.window.filter((t) => isProbePath(t.value, servesPhp));
  // Scanners live in the long tail (hundreds of paths, one or two requests each) beyond the top lists: the
  // tail gets the probe fraction of the least frequent listed templates, its nearest neighbours.
  const listed = evidence.paths.reduce((s, p) => s + p.count, 0);
  const tail = Math.max(0, evidence.total - listed);
  const nearTail = [...evidence.paths].sort((a, b) => a.count - b.count).slice(0, Math.ceil(evidence.paths.length / 2));
  const tailProbeFraction =
    nearTail.length > 0 ? nearTail.filter((p) => isProbePath(p.template, servesPhp) || p.examples.some((e) => isProbePath(e, servesPhp))).length / nearTail.length : 0;
  const probeCount = Math.min(
    evidence.total,
    Math.max(
      byTemplate.reduce((s, p) => s + p.count, 0),
      rawProbes.reduce((s, t) => s + t.count, 0),
    ) + tail * tailProbeFraction,
  );
  const probeShare = clamp01(probeCount / total);
  const agents = evidence.fields.userAgent;
  const strong = countWhere(agents.window, (v) => SCANNER_AGENTS.test(v));
  const scripted = countWhere(agents.window, (v) => !SCANNER_AGENTS.test(v) && SCRIPTED_AGENTS.test(v));
  const agentShare = agents.windowWithField > 0 ? clamp01((strong + 0.5 * scripted) / agents.windowWithField) : 0;
  const notable = (count: number): boolean => count >= 0.1 * total;
  const scannerAgents = agents.window
    .filter((t) => notable(t.count) && (SCANNER_AGENTS.test(t.value) || SCRIPTED_AGENTS.test(t.value)))
    .map((t) => t.value);
  const ips = evidence.fields.clientIp.window.slice(0, 3).filter((t, i) => i === 0 || notable(t.count));
  const topIpShare = clamp01(ips.reduce((s, t) => s + t.count, 0) / total);
  const rawPaths = evidence.fields.path.window;
  const distinctPaths = Math.max(rawPaths.length, evidence.paths.length);
  const topPathShare = (rawPaths[0]?.count ?? 0) / total;
  const tailShare = tail / total;
  // With a handful of 404s any three IPs "dominate": the pattern needs some volume behind it.
  const topIpCount = ips.reduce((s, t) => s + t.count, 0);
  const fewIpsManyPaths =
    onDenials(evidence, 'clientIp') &&
    topIpCount >= 30 &&
    topIpShare >= 0.5 &&
    (tailShare >= 0.3 || (distinctPaths >= 10 && topPathShare <= 0.1));
  const strongShare = agents.windowWithField > 0 ? strong / agents.windowWithField : 0;
  const anyProbe = probeCount > 0 ? 1 : 0;
  // Every service gets a few probes an hour; a scan is dozens to thousands.
  const volume = ramp(Math.max(probeCount, strong), 4, 20);
  const strength =
    probeShare >= 0.1 || strongShare >= 0.2 || (fewIpsManyPaths && anyProbe > 0)
      ? volume *
        Math.min(1, 0.45 * ramp(probeShare, 0.1, 0.5) + 0.35 * ramp(agentShare, 0.1, 0.5) + 0.25 * (fewIpsManyPaths ? 1 : 0) + 0.1 * anyProbe)
      : 0;
  const probes = [...new Set([...rawProbes.map((t) => t.value), ...byTemplate.map((p) => p.examples[0] ?? p.template)])];
  return {
    probeCount,
    probeShare,
    probes,
    agentShare,
    scannerAgents,
    fewIpsManyPaths,
    topIps: ips.map((t) => t.value),
    topIpShare,
    distinctPaths,
    strength,
  };
}
export const probeStructure: (evidence: Evidence) => ProbeStructure = perEvidence(readProbeStructure);

/** A client walking through at least this many distinct paths… */
const SCAN_MIN_PATHS = 5;
/** …a few requests each… */
const SCAN_MAX_PER_PATH = 3;
/** …within this long is scanning, whatever the paths and its agent say. */
const SCAN_MAX_SPAN_MS = 30 * 60_000;

export interface ScanningClient {
  client: ClientEvidence;
  /** 0–1. */
  strength: number;
  /** Its requests in the window that were not errors, when known. */
  otherRequests: number | null;
  /** Of its top paths, how many answered 2xx before (a scanner asks for what never existed). */
  knownGood: number;
}

export interface ScanStructure {
  scanners: ScanningClient[];
  count: number;
  share: number;
  strength: number;
}

/**
 * What a client's own errors must look like before anything else about it is asked: many distinct paths,
 * a few requests each, within minutes, from no crawler, monitor, feed reader or configuration agent. Only
 * an address that passes is asked what else it sent in the window (CLIENT_READS `ipWindow`).
 */
export function mayBeScanning(client: ClientEvidence): boolean {
  const kind = clientKind(client.agent);
  if (kind === 'crawler' || kind === 'monitor' || kind === 'feed reader' || kind === 'configuration management') return false;
  if (client.distinctPaths < SCAN_MIN_PATHS || client.count > SCAN_MAX_PER_PATH * client.distinctPaths) return false;
  return !(Date.parse(client.last) - Date.parse(client.first) > SCAN_MAX_SPAN_MS);
}

/** The addresses whose window counts the 404 rules read (`mayBeScanning`). */
export function scanCandidateAddresses(evidence: Pick<Evidence, 'clients'>): Set<string> {
  return new Set(evidence.clients.filter((c) => c.by === 'clientIp' && mayBeScanning(c)).map((c) => c.key));
}

/**
 * Scanners by structure, with no list of paths or agents: one client, many distinct paths, a few requests
 * each, within minutes, and little else from it (a crawler or a person mostly succeeds). Known probe paths
 * and scanner agents only add confidence elsewhere (`probeStructure`).
 */
function readScanStructure(evidence: Evidence): ScanStructure {
  const scanners: ScanningClient[] = [];
  for (const client of evidence.clients) {
    if (!mayBeScanning(client)) continue;
    const ip = client.by === 'clientIp' ? evidence.ips.find((i) => i.ip === client.key) : undefined;
    const otherRequests = ip && ip.windowRequests !== null ? Math.max(0, ip.windowRequests - client.count) : null;
    const successShare = ip && ip.windowRequests ? (ip.windowSuccess ?? 0) / ip.windowRequests : null;
    // A visitor who also browses successfully is not scanning; unknown counts for less than "nothing else".
    const alone = successShare === null ? 0.75 : 1 - ramp(successShare, 0.1, 0.4);
    const knownGood = clientTemplates(client).filter((template) => {
      const h = templateHistory(evidence, template);
      return h !== null && h.ok > 0 && h.okShare >= 0.5;
    }).length;
    // A client that used to get answers, or that walks the ids of one route, is a user of the service
    // (one page fetched days ago, as scanners often do first, does not make one).
    const known = ip === undefined ? 1 : 1 - 0.8 * ramp(ip.successBefore, 3, 20);
    const oneRoute = client.topPaths.length >= 2 && clientTemplates(client).length === 1 ? 0.3 : 1;
    const strength = ramp(client.distinctPaths, SCAN_MIN_PATHS - 1, 10) * alone * known * oneRoute * (knownGood > 0 ? 0.3 : 1);
    if (strength > 0) scanners.push({ client, strength, otherRequests, knownGood });
  }
  const count = scanners.reduce((sum, s) => sum + s.client.count, 0);
  const share = evidence.total > 0 ? clamp01(count / evidence.total) : 0;
  const best = Math.max(0, ...scanners.map((s) => s.strength));
  return { scanners, count, share, strength: best * (0.6 + 0.4 * ramp(share, 0.05, 0.5)) };
}
export const scanStructure: (evidence: Evidence) => ScanStructure = perEvidence(readScanStructure);

/** The version that answered at `t`: of those answering then, the newest. */
function versionAt(evidence: Evidence, t: number): Evidence['versions'][number] | undefined {
  return evidence.versions
    .filter((v) => Date.parse(v.firstSeen) <= t && Date.parse(v.lastSeen) >= t)
    .sort((x, y) => Date.parse(y.firstSeen) - Date.parse(x.firstSeen))[0];
}

/**
 * The evidence without the scanners' requests: a sweep of minutes is a spike of its own, so a change that
 * started before or after it (a deployment) is judged on the rest of the 404s. Each scanner's count is
 * taken off the totals, off the series buckets its requests fall in (spread evenly from its first to its
 * last request), and off the version that answered then; the baseline ratio follows the total.
 */
function readWithoutScans(evidence: Evidence): { evidence: Evidence; left: number } {
  const scanners = scanStructure(evidence).scanners;
  if (scanners.length === 0) return { evidence, left: 0 };
  const counts = evidence.series.map((p) => p.count);
  const taken = new Map<string, number>();
  let left = 0;
  for (const { client } of scanners) {
    const first = Date.parse(client.first);
    const last = Date.parse(client.last);
    evidence.series.forEach((p, i) => {
      const start = Date.parse(p.t);
      const end = start + evidence.bucketMs;
      const part = last === first ? (first >= start && first < end ? 1 : 0) : Math.max(0, Math.min(end, last) - Math.max(start, first)) / (last - first);
      counts[i] = Math.max(0, (counts[i] as number) - client.count * part);
    });
    const version = versionAt(evidence, (first + last) / 2);
    if (version) taken.set(version.version, (taken.get(version.version) ?? 0) + client.count);
    left += client.count;
  }
  const total = Math.max(0, evidence.total - left);
  const { expected, ratio } = evidence.baseline;
  return {
    evidence: {
      ...evidence,
      total,
      series: evidence.series.map((p, i) => ({ ...p, count: counts[i] as number })),
      versions: evidence.versions.map((v) => {
        const t = taken.get(v.version) ?? 0;
        return { ...v, denied: Math.max(0, v.denied - t), requests: Math.max(0, v.requests - t) };
      }),
      requests: { ...evidence.requests, total: Math.max(0, evidence.requests.total - left) },
      baseline: { ...evidence.baseline, ratio: ratio === null ? null : total / Math.max(expected, 1e-9) },
    },
    left,
  };
}
export const withoutScans: (evidence: Evidence) => { evidence: Evidence; left: number } = perEvidence(readWithoutScans);

// ---------------------------------------------------------------------------------------------------------
// Crawlers and referrers

/** A search engine's or SEO tool's crawler (not a monitor or feed reader that calls itself a bot). */
export function isCrawler(userAgent: string): boolean {
  return clientKind(userAgent) === 'crawler';
}

export function crawlerShare(evidence: Evidence): number {
  return evidence.total > 0 ? clamp01(countWhere(evidence.fields.userAgent.window, isCrawler) / evidence.total) : 0;
}

function hostOf(referrer: string): string | null {
  const value = referrer.trim();
  if (value === '' || value === '-') return null;
  if (value.startsWith('/')) return 'self';
  try {
    return new URL(value).host.toLowerCase();
  } catch {
    return null;
  }
}

export interface ReferrerSplit {
  /** Denials with a usable referrer. */
  withReferrer: number;
  internalShare: number;
  externalShare: number;
  internal: string[];
  external: string[];
}

/**
 * Internal referrers are the site's own pages: relative referrers, hosts that refer a quarter or more of
 * this window's successful requests that carry a referrer, or hosts naming the service. Everything else is an external link.
 */
function readReferrerSplit(evidence: Evidence): ReferrerSplit {
  const field = evidence.fields.referrer;
  const service = evidence.query.service.toLowerCase();
  // A site's own pages refer most of its successful traffic (every page loads its assets), from many URLs,
  // each a small part: add them up by host. A search engine or a partner refers far less.
  const successByHost = new Map<string, number>();
  for (const term of field.success) {
    const host = hostOf(term.value);
    if (host) successByHost.set(host, (successByHost.get(host) ?? 0) + term.count);
  }
  const ownHosts = new Set<string>(['self', ...[...successByHost].filter(([, count]) => count >= 0.25 * field.successWithField).map(([host]) => host)]);
  const isInternal = (host: string): boolean => ownHosts.has(host) || (service.length >= 3 && host.includes(service));
  let internal = 0;
  let external = 0;
  const internalValues: string[] = [];
  const externalValues: string[] = [];
  for (const term of field.window) {
    const host = hostOf(term.value);
    if (!host) continue;
    if (isInternal(host)) {
      internal += term.count;
      internalValues.push(term.value);
    } else {
      external += term.count;
      externalValues.push(term.value);
    }
  }
  const withReferrer = internal + external;
  return {
    withReferrer,
    internalShare: evidence.total > 0 ? clamp01(internal / evidence.total) : 0,
    externalShare: evidence.total > 0 ? clamp01(external / evidence.total) : 0,
    internal: internalValues,
    external: externalValues,
  };
}
export const referrerSplit: (evidence: Evidence) => ReferrerSplit = perEvidence(readReferrerSplit);

// ---------------------------------------------------------------------------------------------------------
// Caches

const CACHE_HIT = /hit/i;
const UNCACHEABLE = /no-store|no-cache|private|(^|[\s,])max-age=0\b|s-maxage=0\b/i;
const CACHEABLE = /max-age=\d+|s-maxage=\d+|public|immutable/i;

export function isCacheHit(value: string): boolean {
  return CACHE_HIT.test(value) && !/miss|bypass|pass\b/i.test(value);
}

export function isCacheableControl(value: string): boolean {
  return !UNCACHEABLE.test(value) && CACHEABLE.test(value);
}

/** Templates with a placeholder or under an API prefix: answers that depend on data, never safe to cache as 404. */
export function isDynamicRoute(template: string): boolean {
  return /\{[^}]+\}/.test(template) || /^\/(api|v\d+|graphql)(\/|$)/i.test(template);
}

export interface CacheStructure {
  available: boolean;
  hits: number;
  /** hits / total. */
  hitShare: number;
  /** The larger of hitShare and the hits beyond the baseline's habit as a share of the incident. */
  hitWeight: number;
  /** Hit share among the baseline's 404s (null without baseline cache data). */
  baselineHitShare: number | null;
  cacheable: number;
  /** Cacheable Cache-Control on the 404s, as a share of total. */
  cacheableShare: number;
  topControl: string | null;
  /** Share of the 404s on dynamic routes. */
  dynamicShare: number;
  /** The dynamic routes that carry a notable share of the 404s. */
  dynamicRoutes: string[];
  /** 0–1: how much of what the 404s say comes from a cache rather than the origin (hits, or cacheable dynamic 404s). */
  cachedWeight: number;
  strength: number;
}

function readCacheStructure(evidence: Evidence): CacheStructure {
  const status = evidence.fields.cacheStatus;
  const control = evidence.fields.cacheControl;
  const total = Math.max(1, evidence.total);
  const hits = countWhere(status.window, isCacheHit);
  const hitShare = clamp01(hits / total);
  const baselineHits = countWhere(status.baseline, isCacheHit);
  const baselineHitShare = status.baselineWithField > 0 ? baselineHits / status.baselineWithField : null;
  const newHits = Math.max(0, hits - evidence.baseline.expected * (baselineHitShare ?? 0));
  const hitWeight = Math.max(hitShare, incidentShare(evidence, newHits));
  const cacheableTerms = control.window.filter((t) => isCacheableControl(t.value));
  const cacheable = cacheableTerms.reduce((s, t) => s + t.count, 0);
  const cacheableShare = clamp01(cacheable / total);
  const dynamic = evidence.paths.filter((p) => isDynamicRoute(p.template));
  const mainDynamic = dynamic.filter((p, i) => i === 0 || p.count >= 0.1 * total);
  const dynamicShare = clamp01(dynamic.reduce((s, p) => s + p.count, 0) / total);
  // Without a cache-status field, a cacheable Cache-Control on dynamic 404s has to carry the verdict alone.
  const statusKnown = onDenials(evidence, 'cacheStatus');
  let strength =
    hits === 0 && cacheable === 0
      ? 0
      : statusKnown
        ? 0.55 * ramp(hitWeight, 0.2, 0.6) + 0.3 * ramp(cacheableShare, 0.2, 0.6) + 0.15 * dynamicShare
        : 0.85 * ramp(cacheableShare, 0.2, 0.6) * (0.6 + 0.4 * dynamicShare);
  // The same hit rate in the baseline is a standing configuration: still wrong, less likely this incident.
  if (baselineHitShare !== null && baselineHitShare >= 0.8 * (hits / Math.max(1, status.windowWithField))) strength *= 0.8;
  return {
    available: onDenials(evidence, 'cacheStatus') || onDenials(evidence, 'cacheControl'),
    hits,
    hitShare,
    hitWeight,
    baselineHitShare,
    cacheable,
    cacheableShare,
    topControl: cacheableTerms[0]?.value ?? null,
    dynamicShare,
    dynamicRoutes: mainDynamic.map((p) => p.template),
    cachedWeight: Math.max(hitWeight, 0.5 * cacheableShare * dynamicShare),
    strength,
  };
}
export const cacheStructure: (evidence: Evidence) => CacheStructure = perEvidence(readCacheStructure);
