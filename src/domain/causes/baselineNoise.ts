import type { Evidence } from '../evidence';
import { actorLine } from './actors';
import { code, num, pct, plural, ratio } from './format';
import { spikeStrength, volumeRatio } from './signals';

/** The evidence as if the window held `total` of these responses (the ratio follows). */
function withTotal(evidence: Evidence, total: number): Evidence {
  const { expected } = evidence.baseline;
  return { ...evidence, total, baseline: { ...evidence.baseline, ratio: evidence.baseline.ratio === null ? null : total / Math.max(expected, 1e-9) } };
}
import { crawlerShare, referrerSplit } from './structure404';
import { type RuleOutcome, finding } from './types';

const ID = 'baseline_noise' as const;

/**
 * The everyday level of 404s: bad external links, typos, old URLs. Its own strength is how ordinary the
 * volume is; it wins only when no other cause stands out (arbitration.ts lowers it by the strongest other
 * 404 cause, so a cause at about 0.5 outranks it).
 */
export function baselineNoise(evidence: Evidence): RuleOutcome {
  const crawlers = crawlerShare(evidence);
  // Crawlers following bad links are noise even when they make a spike: judge the volume without them.
  const crawled = Math.round(crawlers * evidence.total);
  const withoutCrawlers = evidence.total - crawled;
  const spikeAll = spikeStrength(evidence);
  const spike = crawlers >= 0.5 ? spikeStrength(withTotal(evidence, withoutCrawlers)) : spikeAll;
  const lines: string[] = [];
  const r = volumeRatio(evidence);
  if (r !== null) {
    lines.push(`${num(evidence.total)} 404s against about ${num(evidence.baseline.expected)} expected for this window (${ratio(r)}× the usual level)`);
  } else {
    lines.push(`${num(evidence.total)} 404s and no baseline to compare with`);
  }
  const templates = evidence.paths.length;
  const top = evidence.paths[0];
  if (templates > 1 && top) {
    lines.push(`spread over at least ${plural(templates, 'route template')}; the busiest, ${code(top.template)}, takes ${pct(top.count / Math.max(1, evidence.total))}`);
  }
  const external = referrerSplit(evidence).externalShare;
  if (crawlers >= 0.1 || external >= 0.1) lines.push(`${pct(crawlers)} from crawlers, ${pct(external)} following links from other sites`);
  lines.push(...actorLine(evidence, '404s'));
  const confidence = 0.85 * (1 - spike);
  const byCrawlers = crawlers >= 0.5 && spikeAll >= 0.5 && spike < 0.5;
  if (byCrawlers) lines.unshift(`without the crawlers' ${num(crawled)}, ${num(withoutCrawlers)} 404s: the usual level`);
  const title = byCrawlers
    ? 'Crawlers following bad links: no action needed'
    : spike < 0.5
      ? 'Within the normal level of 404s: no action needed'
      : '404s above their usual level';
  return finding(ID, confidence, title, lines, {});
}
