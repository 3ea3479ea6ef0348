import type { Evidence } from '../evidence';
import { code, codeList, num, pct, span } from './format';
import { absentSentence, bounds, fieldName, inLogs, volumeWeight } from './signals';
import { cacheStructure, historySpanMs, regressionStructure } from './structure404';
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'routing_regression' as const;
const TITLE = 'URLs that answered 200 now answer 404';

/** Templates whose history was mostly 2xx and that now 404 far more often than they ever did. */
export function routingRegression(evidence: Evidence): RuleOutcome {
  if (!inLogs(evidence, 'path') && evidence.paths.length === 0) {
    return notApplicable(ID, absentSentence(evidence, 'path'), [fieldName(evidence, 'path')]);
  }
  if (evidence.paths.every((p) => p.history === null)) {
    return nothingFound(ID, TITLE, 'no route history was available to compare with');
  }
  const structure = regressionStructure(evidence);
  if (structure.regressed.length === 0) {
    return nothingFound(ID, TITLE, 'no 404 route used to answer 2xx at a comparable rate');
  }
  const { fromMs } = bounds(evidence);
  const lines = [
    `${pct(structure.share)} of the 404s (${num(structure.count)}) are on ${codeList(structure.regressed.map((r) => r.path.template))}, which answered mostly 2xx before the window`,
  ];
  for (const r of structure.regressed.slice(0, 3)) {
    const days = span(historySpanMs(evidence, r.history));
    const last = r.history.lastSuccessMs !== null ? `; last 2xx ${span(fromMs - r.history.lastSuccessMs)} before the window` : '';
    lines.push(
      `${code(r.path.template)} answered 2xx ${num(r.history.ok)} times in the ${days} before and 404 ${num(r.count)} times in this window (${num(r.history.notFound)} 404s before)${last}`,
    );
  }
  // 404s served from a cache say little about what the origin answers now.
  const cache = cacheStructure(evidence);
  if (cache.hitWeight >= 0.3) lines.push(`but ${pct(cache.hitShare)} of the 404s were cache hits: the origin may already be fixed`);
  // (How much that weakens this cause is settled in arbitration.ts.)
  const confidence = 0.88 * structure.strength * volumeWeight(evidence);
  return finding(
    ID,
    confidence,
    `${structure.regressed.length === 1 ? code(structure.regressed[0]?.path.template ?? '') : `${num(structure.regressed.length)} routes`} answered 2xx and now 404`,
    lines,
    { routes: structure.regressed.map((r) => r.path.template) },
  );
}
