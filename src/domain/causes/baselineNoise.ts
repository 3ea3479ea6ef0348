import type { Evidence } from '../evidence';
import { brokenRedirect } from './brokenRedirect';
import { cached404 } from './cached404';
import { deployBrokeRoutes } from './deployBrokeRoutes';
import { code, num, pct, plural, ratio } from './format';
import { goneShouldBe410 } from './goneShouldBe410';
import { retryStorm } from './retryStorm';
import { routingRegression } from './routingRegression';
import { scannerProbe } from './scannerProbe';
import { spikeStrength, volumeRatio } from './signals';
import { crawlerShare, referrerSplit } from './structure404';
import { type CauseRule, type RuleOutcome, finding } from './types';

const ID = 'baseline_noise' as const;

/** The other 404 causes: baseline noise is the verdict only when none of them stands out. */
const RIVALS: CauseRule[] = [deployBrokeRoutes, routingRegression, brokenRedirect, goneShouldBe410, scannerProbe, cached404, retryStorm];

/**
 * The everyday level of 404s: bad external links, typos, old URLs. Wins only when the volume is within its
 * normal range (or too small to matter) and no other cause stands out; a cause at about 0.5 outranks it.
 */
export function baselineNoise(evidence: Evidence): RuleOutcome {
  const spike = spikeStrength(evidence);
  const volume = 0.85 * (1 - spike);
  const strongest = RIVALS.map((rule) => rule(evidence)).reduce(
    (max, outcome: RuleOutcome) => (outcome.applicable ? Math.max(max, outcome.confidence) : max),
    0,
  );
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
  const crawlers = crawlerShare(evidence);
  const external = referrerSplit(evidence).externalShare;
  if (crawlers >= 0.1 || external >= 0.1) lines.push(`${pct(crawlers)} from crawlers, ${pct(external)} following links from other sites`);
  if (strongest >= 0.3) lines.push('another cause stands out, so this is not only the usual noise');
  const confidence = volume * (1 - 0.85 * strongest);
  const title = spike < 0.5 ? 'Within the normal level of 404s: no action needed' : '404s above their usual level';
  return finding(ID, confidence, title, lines, {});
}
