import type { Evidence } from '../evidence';
import { routeTemplate } from '../routes';
import { actorLine } from './actors';
import { type ClientKind, agentLabel, clientKind } from './clients';
import { code, codeList, num, pct, span } from './format';
import { DAY, absentSentence, bounds, clamp01, fieldName, inLogs, ramp, volumeWeight } from './signals';
import { type HistorySummary, type RouteGroup, crawlerShare, historySpanMs, mergeHistories, referrerSplit, routeGroups } from './structure404';
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'gone_should_be_410' as const;
const TITLE = 'Removed URLs still requested: answer 410 Gone';

/** No 2xx for at least this long before the window: removed, not broken. */
export const GONE_AFTER_MS = 3 * DAY;

/**
 * Requests browsers and crawlers make on their own, whatever the site links to: a 404 there is a missing
 * icon or file, never a page that was removed.
 */
const AUTOMATIC_PATHS = /^\/(favicon\.ico|apple-touch-icon[\w.-]*\.png|robots\.txt|sitemap[\w.-]*\.xml|ads\.txt|app-ads\.txt|humans\.txt|security\.txt|browserconfig\.xml|crossdomain\.xml|\.well-known\/.*)$/i;

/**
 * Programs that do not act on a 410: a configuration agent, a monitor, a script or an app asks again on its
 * next run whatever the status. 410 tells crawlers and the owners of links (and feed readers, which drop a
 * feed that is gone); these need their own fix (stale_client).
 */
const IGNORES_410: ReadonlySet<ClientKind> = new Set<ClientKind>(['configuration management', 'monitor', 'script', 'app or SDK']);

/** The share of a pattern's 404s that programs ignoring 410 send, and those programs' agents. */
function askedByPrograms(evidence: Evidence, group: RouteGroup): { share: number; agents: string[] } {
  const templates = new Set(group.templates.map((t) => t.template));
  let count = 0;
  const agents: string[] = [];
  for (const agent of evidence.agents) {
    if (!IGNORES_410.has(clientKind(agent.agent))) continue;
    const on = agent.topPaths.filter((p) => templates.has(routeTemplate(p.value))).reduce((sum, p) => sum + p.count, 0);
    if (on > 0) agents.push(agent.agent);
    count += on;
  }
  return { share: clamp01(count / Math.max(1, group.count)), agents };
}

/** A URL pattern whose history says it is gone: a steady 404 and no 2xx for days. */
interface Gone {
  group: RouteGroup;
  history: HistorySummary;
  /** The window's 404 rate on it is in line with its history's (not a fresh breakage). */
  steady: boolean;
  /** Its 404s per millisecond before the window. */
  historicalRate: number;
}

function gone(evidence: Evidence, group: RouteGroup): Gone | null {
  const h = group.history;
  if (!h || h.notFound < 10 || h.notFoundShare < 0.8) return null;
  const { fromMs, windowMs } = bounds(evidence);
  if (h.lastSuccessMs !== null && fromMs - h.lastSuccessMs < GONE_AFTER_MS) return null;
  const historicalRate = h.notFound / historySpanMs(evidence, h);
  return { group, history: h, steady: group.count / windowMs <= 4 * historicalRate, historicalRate };
}

/** 0–1: how strongly one gone pattern stands out among the window's 404s. */
function patternScore(evidence: Evidence, { group, historicalRate }: Gone): number {
  // Small windows make shares jumpy: lean on the pattern's long-run share of the service's 404s
  // (estimated from the 24 h before the window) until the window holds a few dozen of its requests.
  const serviceRate = evidence.baseline.trailing24h / DAY;
  const longRun = serviceRate > 0 ? clamp01(historicalRate / serviceRate) : group.share;
  const trust = ramp(group.count, 10, 40);
  // A steady pattern belongs to the usual level: when another incident inflates the window, compare it
  // with the expected volume instead (never below 10 requests).
  const steadyShare = Math.max(group.share, clamp01(group.count / Math.max(Math.min(evidence.total, evidence.baseline.expected), 10)));
  const share = trust * steadyShare + (1 - trust) * Math.min(steadyShare, longRun);
  // A pattern that has soaked up hundreds of 404s and no 2xx for days is a finding even in a quiet
  // hour: crawlers and old links keep spending requests on it. It still needs a visible share.
  const chronic = ramp(group.history?.notFound ?? 0, 30, 200) * ramp(Math.max(share, longRun), 0.25, 0.4);
  return Math.max(ramp(share, 0.2, 0.55), chronic);
}

/**
 * Several unrelated URLs removed at once (a product, a campaign, an old API) each take a small share, so no
 * pattern stands out alone, yet together they are most of the 404s — the everyday level itself, which is
 * why the volume looks normal. The set counts when it makes most of the 404s, crawlers keep re-crawling it
 * (what a removed page in a search index gets, and what 410 ends), and the window holds enough of its
 * requests to be more than a handful.
 */
function removedSet(evidence: Evidence, patterns: readonly Gone[]): { set: Gone; score: number } | null {
  const members = patterns.filter((p) => p.group.templates.length === 1 && !AUTOMATIC_PATHS.test(p.group.label));
  if (members.length < 2) return null;
  const count = members.reduce((s, m) => s + m.group.count, 0);
  const history = mergeHistories(members.map((m) => m.history)) as HistorySummary;
  const share = clamp01(members.reduce((s, m) => s + m.group.share, 0));
  const label = `${members[0]?.group.label ?? ''} and ${num(members.length - 1)} more`;
  const group: RouteGroup = { label, templates: members.flatMap((m) => m.group.templates), count, share, history, looked: true };
  const set: Gone = { group, history, steady: members.every((m) => m.steady), historicalRate: members.reduce((s, m) => s + m.historicalRate, 0) };
  const score = ramp(share, 0.4, 0.7) * ramp(crawlerShare(evidence), 0.25, 0.45) * ramp(count, 5, 20);
  return { set, score };
}

/**
 * A URL pattern that has answered 404 steadily for as long as the history goes back (no 2xx for days),
 * is still requested in volume, often by crawlers or from other sites: it was removed on purpose, and 410
 * tells crawlers and link owners so. Either one pattern (a URL, a template, a section) or a set of removed
 * URLs that together make most of the 404s.
 */
export function goneShouldBe410(evidence: Evidence): RuleOutcome {
  if (!inLogs(evidence, 'path') && evidence.paths.length === 0) {
    return notApplicable(ID, absentSentence(evidence, 'path'), [fieldName(evidence, 'path')]);
  }
  const patterns = routeGroups(evidence).map((g) => gone(evidence, g)).filter((g): g is Gone => g !== null);
  let best: { pattern: Gone; score: number; members: number } | null = null;
  // 410 is the fix for what crawlers and links ask for: the part programs ask for does not count.
  const forPeople = (pattern: Gone): number => 1 - askedByPrograms(evidence, pattern.group).share;
  for (const pattern of patterns) {
    const score = patternScore(evidence, pattern) * forPeople(pattern);
    if (score > 0 && (!best || score > best.score)) best = { pattern, score, members: 1 };
  }
  const removed = removedSet(evidence, patterns);
  if (removed) removed.score *= forPeople(removed.set);
  if (removed && removed.score > (best?.score ?? 0)) best = { pattern: removed.set, score: removed.score, members: removed.set.group.templates.length };
  if (!best) return nothingFound(ID, TITLE, 'no URL pattern with a long 404-only history takes a large share of the 404s');
  return goneFinding(evidence, best.pattern, best.score, best.members);
}

function goneFinding(evidence: Evidence, pattern: Gone, score: number, members: number): RuleOutcome {
  const { group, history: h, steady } = pattern;
  const crawlers = crawlerShare(evidence);
  const referrers = referrerSplit(evidence);
  const outside = Math.max(crawlers, referrers.externalShare);
  const routes = members > 1 ? group.templates.map((t) => t.template) : [group.label];
  const what = members > 1 ? `${num(members)} URLs that answer only 404, ${codeList(routes)}` : code(group.label);
  const lines = [`${pct(group.share)} of the 404s (${num(group.count)} of ${num(evidence.total)}) are on ${what}`];
  const since =
    h.lastSuccessMs === null
      ? `no 2xx at all in the ${span(historySpanMs(evidence, h))} of history`
      : `last 2xx ${span(bounds(evidence).fromMs - h.lastSuccessMs)} before the window`;
  lines.push(`${members > 1 ? 'they' : 'it'} answered 404 ${num(h.notFound)} times before the window (${pct(h.notFoundShare)} of ${members > 1 ? 'their' : 'its'} answers); ${since}`);
  if (members === 1 && group.templates.length > 1) lines.push(`it spans ${num(group.templates.length)} templates, e.g. ${codeList(group.templates.map((t) => t.template))}`);
  if (crawlers >= 0.2) lines.push(`${pct(crawlers)} of the 404s come from crawlers`);
  lines.push(...actorLine(evidence, '404s'));
  const programs = askedByPrograms(evidence, group);
  if (programs.share >= 0.1) {
    lines.push(`${pct(programs.share)} of ${members > 1 ? 'their' : 'its'} 404s come from programs that will not act on a 410 (${codeList(programs.agents.map(agentLabel), 2)}): that part needs the program fixed`);
  }
  if (referrers.externalShare >= 0.2) lines.push(`${pct(referrers.externalShare)} of the 404s follow links from other sites (${codeList(referrers.external, 2)})`);
  const structural = score * (0.6 + 0.25 * ramp(outside, 0.1, 0.5) + 0.15 * (steady ? 1 : 0));
  const confidence = 0.92 * structural * volumeWeight(evidence);
  const title = members > 1 ? `${codeList(routes, 2)} are gone: answer 410 instead of 404` : `${code(group.label)} is gone: answer 410 instead of 404`;
  return finding(ID, confidence, title, lines, {
    routes,
    referrers: referrers.external.slice(0, 3),
    userAgents: evidence.fields.userAgent.window.slice(0, 3).map((t) => t.value),
  });
}
