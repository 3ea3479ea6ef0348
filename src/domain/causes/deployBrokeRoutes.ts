import type { Evidence } from '../evidence';
import { code, codeList, num, pct, ratio, span } from './format';
import { absentSentence, bounds, fieldName, inLogs, ramp, versionSignal, volumeWeight } from './signals';
import { regressionStructure, withoutScans } from './structure404';
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'deploy_broke_routes' as const;
const TITLE = 'A deployment broke routes';

/**
 * A 404 spike that starts with a version: the version first answered inside the window or shortly before,
 * carries most of the 404s, denies far more than the version before it, and the series jumps when it appears.
 */
export function deployBrokeRoutes(evidence: Evidence): RuleOutcome {
  if (!inLogs(evidence, 'version')) {
    return notApplicable(ID, absentSentence(evidence, 'version'), [fieldName(evidence, 'version')]);
  }
  // A scanner's sweep is a spike of its own: whether the 404s rose with the version is read without it.
  const { evidence: rest, left } = withoutScans(evidence);
  const signal = versionSignal(rest);
  if (!signal) return nothingFound(ID, TITLE, 'no version first answered in the window or the 24 h before it');
  const { toMs, fromMs } = bounds(evidence);
  const regression = regressionStructure(evidence);
  const v = signal.version;
  const lines = [
    `version ${code(v.version)} first answered ${span(toMs - signal.firstSeenMs)} before the window end${signal.firstSeenMs >= fromMs ? ' (inside the window)' : ''} and answered ${pct(v.denied / Math.max(1, rest.total))} of the 404s (${num(v.denied)} of ${num(rest.total)}${left > 0 ? `, the scanners’ ${num(left)} left out` : ''})`,
  ];
  if (signal.lift !== null) {
    const oldRate = signal.previous ? ` than ${code(signal.previous.version)}` : ' than the versions before it';
    lines.push(`its 404 rate is ${ratio(signal.lift)}× higher${oldRate} in the same window (${pct(v.denied / Math.max(1, v.requests))} of its answers)`);
  } else if (signal.previous) {
    lines.push(`the version before it, ${code(signal.previous.version)}, answered ${num(signal.previous.denied)} 404s in this window`);
  }
  if (signal.timing === 'aligned') {
    lines.push(
      signal.perBucketBefore !== null && signal.perBucketAfter !== null
        ? `404s per bucket rose from ${ratio(signal.perBucketBefore)} to ${ratio(signal.perBucketAfter)} when it appeared`
        : 'the 404s were already elevated when the window opened, as they have been since it appeared',
    );
  } else if (signal.timing === 'misaligned') {
    lines.push('but the rise of the 404s does not start when it appeared');
  }
  if (regression.regressed.length > 0) {
    lines.push(`${codeList(regression.regressed.map((r) => r.path.template))} answered 2xx before and now 404`);
  }
  const timing = signal.timing === 'aligned' ? 1 : signal.timing === 'unknown' ? 0.5 : 0.2;
  const structural =
    ramp(signal.carry, 0.45, 0.85) * signal.liftScore * timing * (0.75 + 0.1 * signal.recency + 0.15 * ramp(regression.share, 0.2, 0.6));
  const confidence = 0.95 * structural * volumeWeight(evidence);
  return finding(ID, confidence, `Deployment ${code(v.version)} broke routes`, lines, {
    version: v.version,
    previousVersion: signal.previous?.version,
    since: v.firstSeen,
    routes: (regression.regressed.length > 0 ? regression.regressed.map((r) => r.path) : evidence.paths).slice(0, 5).map((p) => p.template),
  });
}
