import type { Evidence } from '../evidence';
import { code, codeList, num, pct, span } from './format';
import { absentSentence, bounds, fieldName, incidentShare, inLogs, ramp, spikeStrength, volumeWeight } from './signals';
import { type RouteGroup, historySpanMs, referrerSplit, routeGroups } from './structure404';
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'broken_redirect_or_rule' as const;
const TITLE = 'A redirect or routing rule broke for one URL pattern';

interface Candidate {
  group: RouteGroup;
  kind: 'redirect' | 'unknown';
  score: number;
}

/**
 * Systematic 404s on one pattern: a template (or prefix) whose history was 301/302 and now 404s — the
 * redirect stopped — or one with no history at all taking most of the 404s, the target of a bad link or rule.
 */
export function brokenRedirect(evidence: Evidence): RuleOutcome {
  if (!inLogs(evidence, 'path') && evidence.paths.length === 0) {
    return notApplicable(ID, absentSentence(evidence, 'path'), [fieldName(evidence, 'path')]);
  }
  const missing = inLogs(evidence, 'referrer') ? [] : [fieldName(evidence, 'referrer')];
  const referrers = referrerSplit(evidence);
  const internal = referrers.withReferrer > 0 ? referrers.internalShare / Math.max(1e-9, referrers.internalShare + referrers.externalShare) : 0;
  let best: Candidate | null = null;
  for (const group of routeGroups(evidence)) {
    const h = group.history;
    let candidate: Candidate | null = null;
    // A pattern that did not 404 before brings only new 404s: weigh it against the excess, not the total.
    const share = h && h.notFoundShare < 0.2 ? Math.max(group.share, incidentShare(evidence, group.count)) : group.share;
    if (h && h.total >= 10 && h.redirectShare >= 0.5) {
      candidate = { group, kind: 'redirect', score: ramp(share, 0.2, 0.55) * ramp(h.redirectShare, 0.4, 0.8) * (0.85 + 0.15 * internal) };
    } else if (group.looked && h && h.total === 0) {
      // Never requested before: weaker, because a new link to a new page looks the same.
      candidate = { group, kind: 'unknown', score: ramp(share, 0.4, 0.75) * (0.5 + 0.25 * internal + 0.15 * spikeStrength(evidence)) };
    }
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  if (!best || best.score <= 0) {
    return nothingFound(ID, TITLE, 'no URL pattern that used to redirect, or was never requested before, takes a large share of the 404s', missing);
  }
  const { group } = best;
  const { fromMs } = bounds(evidence);
  const lines = [`${pct(group.share)} of the 404s (${num(group.count)} of ${num(evidence.total)}) are on ${code(group.label)}`];
  const h = group.history;
  if (best.kind === 'redirect' && h) {
    lines.push(
      `in the ${span(historySpanMs(evidence, h))} before the window it answered 3xx ${num(h.redirect)} times (${pct(h.redirectShare)} of its answers) and 404 ${num(h.notFound)} times: the redirect stopped and now 404s`,
    );
  } else {
    lines.push(`${code(group.label)} was never requested in the lookback before the window: a new link or rule points at a URL that does not exist`);
  }
  if (group.templates.length > 1) lines.push(`it spans ${num(group.templates.length)} templates, e.g. ${codeList(group.templates.map((t) => t.template))}`);
  if (referrers.withReferrer > 0) {
    lines.push(
      internal >= 0.5
        ? `${pct(internal)} of the 404s with a referrer come from the site’s own pages (${codeList(referrers.internal, 2)})`
        : `${pct(1 - internal)} of the 404s with a referrer come from other sites`,
    );
  }
  const lastRedirect = h?.lastSuccessMs ?? null;
  if (lastRedirect !== null && best.kind === 'redirect') lines.push(`last 2xx ${span(fromMs - lastRedirect)} before the window`);
  const confidence = 0.92 * best.score * volumeWeight(evidence);
  return finding(
    ID,
    confidence,
    best.kind === 'redirect' ? `Redirect for ${code(group.label)} stopped: 3xx became 404` : `Systematic 404s on ${code(group.label)}`,
    lines,
    { routes: [group.label, ...group.templates.map((t) => t.template)].filter((v, i, a) => a.indexOf(v) === i).slice(0, 4), referrers: referrers.internal.slice(0, 3) },
    missing,
  );
}
