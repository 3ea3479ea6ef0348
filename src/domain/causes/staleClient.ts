import type { AgentEvidence, ClientEvidence, Evidence } from '../evidence';
import { agentLabel, clientKind, clientName, clientRhythm, clientTemplates, isAutomated, periodPhrase, rhythmPhrase, type ClientKind, type Rhythm } from './clients';
import { code, codeList, num, pct, plural, span } from './format';
import { DAY, STORM_PER_MINUTE, bounds, fieldName, inLogs, ramp, volumeWeight } from './signals';
import { summarizeHistory, templateHistory } from './structure404';
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'stale_client' as const;
const TITLE = 'One client keeps asking for what is not there';

/** A client asks for at most this many distinct paths: a job fetching its file, not a visitor browsing. */
const STALE_MAX_PATHS = 3;
const STALE_MIN_REQUESTS = 4;
/** For 403s: denied for at least this long before the window, and never let in — not a change today. */
const STALE_403_SINCE_MS = DAY;

export interface StaleCandidate {
  kind: 'job' | 'version' | 'fleet';
  /** 0–1. */
  strength: number;
  count: number;
  share: number;
  lines: string[];
  ips: string[];
  userAgents: string[];
  routes: string[];
  /** The job's schedule, when it has one. */
  rhythm: Rhythm | null;
  /** For a fleet: how many hosts run it. */
  hosts?: number;
  /** For a fleet: the usual time between two requests of one host, when the window shows it. */
  periodMs?: number;
}

/** The template answered 2xx to most callers before: a route that broke, not a client asking for nothing. */
function routeUsedToWork(evidence: Evidence, templates: readonly string[]): boolean {
  return templates.some((template) => {
    const h = templateHistory(evidence, template);
    return h !== null && h.ok >= 10 && h.okShare >= 0.5;
  });
}

function loops(evidence: Evidence, client: ClientEvidence): boolean {
  return evidence.repeats.some((r) => r.client === client.key && r.maxPerMinute >= STORM_PER_MINUTE);
}

/**
 * For 403s the client must have been denied all along: known for a day or more before the window and never
 * answered 2xx in the lookback. A client that used to get in, or a new address, is a change on the server's
 * side (a policy, an allowlist), which the 403 causes judge.
 */
function deniedAllAlong(evidence: Evidence, client: ClientEvidence): boolean {
  if (evidence.query.status !== 403) return true;
  const ip = evidence.ips.find((i) => i.ip === client.key);
  if (!ip || ip.firstSeen === null) return false;
  return ip.successBefore === 0 && bounds(evidence).fromMs - Date.parse(ip.firstSeen) >= STALE_403_SINCE_MS;
}

/** One automated client (a job, an agent, a monitor) asking for the same few things on a schedule or all along. */
function jobCandidate(evidence: Evidence, client: ClientEvidence): StaleCandidate | null {
  const total = Math.max(1, evidence.total);
  const share = client.count / total;
  const kind = clientKind(client.agent);
  if (client.count < STALE_MIN_REQUESTS || share < 0.05 || client.distinctPaths > STALE_MAX_PATHS) return null;
  if (kind === 'crawler' || kind === 'scanner' || kind === 'browser' || loops(evidence, client)) return null;
  const rhythm = clientRhythm(evidence, client);
  if (rhythm.kind !== 'periodic' && rhythm.kind !== 'steady') return null;
  const templates = clientTemplates(client);
  if (evidence.query.status === 404 && routeUsedToWork(evidence, templates)) return null;
  if (!deniedAllAlong(evidence, client)) return null;
  // A schedule or a known automation agent says "program"; an unnamed client asking all along says it less.
  const automated = rhythm.kind === 'periodic' ? 1 : isAutomated(kind) ? 0.85 : 0.6;
  const strength = ramp(share, 0.05, 0.2) * automated * ramp(rhythm.activeBuckets, 2, 5);
  const { windowMs } = bounds(evidence);
  const lines = [
    `${pct(share)} of these ${evidence.query.status}s (${num(client.count)} of ${num(evidence.total)}) come from one client, ${clientName(client)}, ${rhythmPhrase(rhythm, windowMs)}`,
    `it asks for ${client.distinctPaths === 1 ? 'one path' : plural(client.distinctPaths, 'path')}: ${codeList(client.topPaths.map((p) => p.value), 2)}`,
  ];
  const history = evidence.paths.find((p) => templates.includes(p.template))?.history ?? null;
  const h = summarizeHistory(history);
  if (evidence.query.status === 404 && h && h.total > 0 && h.ok === 0) lines.push(`that never answered 2xx in the history read (${num(h.total)} requests before the window)`);
  if (evidence.query.status === 403) {
    const ip = evidence.ips.find((i) => i.ip === client.key);
    if (ip?.firstSeen) lines.push(`it has been denied since at least ${span(bounds(evidence).fromMs - Date.parse(ip.firstSeen))} before the window and never got a 2xx`);
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
function versionCandidate(evidence: Evidence, agent: AgentEvidence): StaleCandidate | null {
  const total = Math.max(1, evidence.total);
  const share = agent.count / total;
  if (clientKind(agent.agent) !== 'app or SDK' || agent.count < 10 || share < 0.3 || agent.distinctPaths > STALE_MAX_PATHS || agent.distinctIps < 3) return null;
  const routes = clientTemplates(agent);
  if (evidence.query.status === 404 && routeUsedToWork(evidence, routes)) return null;
  const strength = ramp(share, 0.3, 0.7) * ramp(agent.count, 10, 40);
  return {
    kind: 'version',
    strength,
    count: agent.count,
    share,
    lines: [
      `${pct(share)} of these ${evidence.query.status}s (${num(agent.count)} of ${num(evidence.total)}) come from one client version, ${code(agentLabel(agent.agent))}, on ${plural(agent.distinctIps, 'address', 'addresses')}`,
      `it asks for ${codeList(agent.topPaths.map((p) => p.value), 2)}`,
    ],
    ips: [],
    userAgents: [agent.agent],
    routes,
    rhythm: null,
  };
}

/** Agents whose every host asks on its own schedule: one program deployed on many machines. */
const FLEET_KINDS: ReadonlySet<ClientKind> = new Set<ClientKind>(['configuration management', 'monitor', 'feed reader', 'script']);

/**
 * One automated agent (Puppet, Chef, Salt, a monitor) on many hosts, each asking now and then for the same
 * missing file: no host alone is a visible share, the fleet is. The same agent string on several addresses
 * asking for one to three paths is one program deployed on many machines, so it is judged as one client.
 * For 404s only: a fleet refused (403) is an access question the 403 causes judge.
 */
function fleetCandidate(evidence: Evidence, agent: AgentEvidence): StaleCandidate | null {
  if (evidence.query.status !== 404) return null;
  const total = Math.max(1, evidence.total);
  const share = agent.count / total;
  const kind = clientKind(agent.agent);
  if (!FLEET_KINDS.has(kind) || agent.distinctIps < 2 || agent.distinctPaths > STALE_MAX_PATHS || agent.count < STALE_MIN_REQUESTS || share < 0.05) return null;
  if (evidence.clients.some((c) => c.agent === agent.agent && loops(evidence, c))) return null;
  const routes = clientTemplates(agent);
  if (routeUsedToWork(evidence, routes)) return null;
  // A script's agent is shared by unrelated programs; a configuration or monitoring agent names one.
  const automated = kind === 'script' ? 0.7 : 1;
  const strength = ramp(share, 0.05, 0.2) * automated * ramp(agent.count, STALE_MIN_REQUESTS, 12);
  const { windowMs } = bounds(evidence);
  const perHost = agent.count / agent.distinctIps;
  // Each host's interval shows when the window holds at least two requests of a host on average.
  const periodMs = perHost >= 2 ? windowMs / perHost : undefined;
  const member = evidence.clients.find((c) => c.by === 'clientIp' && c.agent === agent.agent);
  const lines = [
    `${pct(share)} of these 404s (${num(agent.count)} of ${num(evidence.total)}) come from one program on many hosts: ${code(agentLabel(agent.agent))} (${kind}) on ${plural(agent.distinctIps, 'address', 'addresses')}${periodMs ? `, each host ${periodPhrase(periodMs)}` : ''}`,
    `it asks for ${agent.distinctPaths === 1 ? 'one path' : plural(agent.distinctPaths, 'path')}: ${codeList(agent.topPaths.map((p) => p.value), 2)}`,
  ];
  if (member) lines.push(`e.g. ${clientName(member)}, ${rhythmPhrase(clientRhythm(evidence, member), windowMs)}`);
  const h = summarizeHistory(evidence.paths.find((p) => routes.includes(p.template))?.history ?? null);
  if (h && h.total > 0 && h.ok === 0) lines.push(`that never answered 2xx in the history read (${num(h.total)} requests before the window)`);
  return { kind: 'fleet', strength, count: agent.count, share, lines, ips: [], userAgents: [agent.agent], routes, rhythm: null, hosts: agent.distinctIps, ...(periodMs ? { periodMs } : {}) };
}

/** The strongest stale-client reading of the evidence, or null. */
export function staleCandidate(evidence: Evidence): StaleCandidate | null {
  // A fleet comes first: on a tie it is the wider reading of the same program (its hosts are jobs too).
  const candidates = [
    ...evidence.agents.map((a) => fleetCandidate(evidence, a)),
    ...evidence.clients.filter((c) => c.by === 'clientIp').map((c) => jobCandidate(evidence, c)),
    ...evidence.agents.map((a) => versionCandidate(evidence, a)),
  ].filter((c): c is StaleCandidate => c !== null && c.strength > 0);
  return candidates.sort((a, b) => b.strength - a.strength)[0] ?? null;
}

/**
 * `stale_client`: one automated client, or one outdated client version, keeps asking for something that is not
 * there (or that it may not use). The fix is on that client, not the server.
 */
export function staleClient(evidence: Evidence): RuleOutcome {
  if (!inLogs(evidence, 'clientIp') && !inLogs(evidence, 'userAgent')) {
    const missing = [fieldName(evidence, 'clientIp'), fieldName(evidence, 'userAgent')];
    return notApplicable(ID, `no \`${missing[0] as string}\` or \`${missing[1] as string}\` in these logs to tell clients apart`, missing);
  }
  const best = staleCandidate(evidence);
  if (!best) return nothingFound(ID, TITLE, 'no single client or client version keeps asking for the same few things');
  const title =
    best.kind === 'version'
      ? `An outdated client version keeps calling ${codeList(best.routes, 1)}`
      : best.kind === 'fleet'
        ? `One program on ${num(best.hosts ?? 0)} hosts keeps asking for ${codeList(best.routes, 1)}`
        : `One client keeps asking for ${codeList(best.routes, 1)}${best.rhythm?.kind === 'periodic' ? ' on a schedule' : ''}`;
  const confidence = 0.88 * best.strength * volumeWeight(evidence);
  return finding(ID, confidence, title, best.lines, {
    ips: best.ips,
    userAgents: best.userAgents,
    routes: best.routes,
    ...(best.rhythm?.periodMs ? { periodMs: best.rhythm.periodMs } : {}),
    ...(best.periodMs ? { periodMs: best.periodMs } : {}),
    ...(best.hosts ? { hosts: best.hosts } : {}),
  });
}
