import type { Evidence } from '../evidence';
import { actorLine } from './actors';
import { code, codeList, num, pct, span } from './format';
import { DAY, absentSentence, bounds, clamp01, fieldName, inLogs, ramp, volumeWeight } from './signals';
import { type RouteGroup, crawlerShare, historySpanMs, referrerSplit, routeGroups } from './structure404';
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'gone_should_be_410' as const;
const TITLE = 'Removed URLs still requested: answer 410 Gone';

/** No 2xx for at least this long before the window: removed, not broken. */
export const GONE_AFTER_MS = 3 * DAY;

/**
 * A URL pattern that has answered 404 steadily for as long as the history goes back (no 2xx for days),
 * is still requested in volume, often by crawlers or from other sites: it was removed on purpose, and 410
 * tells crawlers and link owners so.
 */
export function goneShouldBe410(evidence: Evidence): RuleOutcome {
  if (!inLogs(evidence, 'path') && evidence.paths.length === 0) {
    return notApplicable(ID, absentSentence(evidence, 'path'), [fieldName(evidence, 'path')]);
  }
  const { fromMs, windowMs } = bounds(evidence);
  let best: { group: RouteGroup; score: number; steady: boolean } | null = null;
  for (const group of routeGroups(evidence)) {
    const h = group.history;
    if (!h || h.notFound < 10 || h.notFoundShare < 0.8) continue;
    if (h.lastSuccessMs !== null && fromMs - h.lastSuccessMs < GONE_AFTER_MS) continue;
    // Long-standing: the window's 404 rate is in line with the history's (not a fresh breakage).
    const spanMs = historySpanMs(evidence, h);
    const historicalRate = h.notFound / spanMs;
    const steady = group.count / windowMs <= 4 * historicalRate;
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
    const chronic = ramp(h.notFound, 30, 200) * ramp(Math.max(share, longRun), 0.25, 0.4);
    const score = Math.max(ramp(share, 0.2, 0.55), chronic);
    if (score > 0 && (!best || score > best.score)) best = { group, score, steady };
  }
  if (!best) return nothingFound(ID, TITLE, 'no URL pattern with a long 404-only history takes a large share of the 404s');
  const { group, steady } = best;
  const h = group.history;
  const crawlers = crawlerShare(evidence);
  const referrers = referrerSplit(evidence);
  const outside = Math.max(crawlers, referrers.externalShare);
  const lines = [`${pct(group.share)} of the 404s (${num(group.count)} of ${num(evidence.total)}) are on ${code(group.label)}`];
  if (h) {
    const since =
      h.lastSuccessMs === null
        ? `no 2xx at all in the ${span(historySpanMs(evidence, h))} of history`
        : `last 2xx ${span(fromMs - h.lastSuccessMs)} before the window`;
    lines.push(`it answered 404 ${num(h.notFound)} times before the window (${pct(h.notFoundShare)} of its answers); ${since}`);
  }
  if (group.templates.length > 1) lines.push(`it spans ${num(group.templates.length)} templates, e.g. ${codeList(group.templates.map((t) => t.template))}`);
  if (crawlers >= 0.2) lines.push(`${pct(crawlers)} of the 404s come from crawlers`);
  lines.push(...actorLine(evidence, '404s'));
  if (referrers.externalShare >= 0.2) lines.push(`${pct(referrers.externalShare)} of the 404s follow links from other sites (${codeList(referrers.external, 2)})`);
  const structural = best.score * (0.6 + 0.25 * ramp(outside, 0.1, 0.5) + 0.15 * (steady ? 1 : 0));
  const confidence = 0.92 * structural * volumeWeight(evidence);
  return finding(ID, confidence, `${code(group.label)} is gone: answer 410 instead of 404`, lines, {
    routes: [group.label],
    referrers: referrers.external.slice(0, 3),
    userAgents: evidence.fields.userAgent.window.slice(0, 3).map((t) => t.value),
  });
}
