import type { Evidence } from '../evidence';
import { code, codeList, num, pct } from './format';
import { fieldName, inLogs, volumeWeight } from './signals';
import { cacheStructure } from './structure404';
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'cached_404' as const;
const TITLE = '404s served from a cache';

/**
 * 404s answered by a cache (HIT) or sent with a cacheable Cache-Control on dynamic routes: once a CDN holds
 * a 404, fixing the origin does not fix what users get until the entry expires.
 */
export function cached404(evidence: Evidence): RuleOutcome {
  const statusField = fieldName(evidence, 'cacheStatus');
  const controlField = fieldName(evidence, 'cacheControl');
  if (!inLogs(evidence, 'cacheStatus') && !inLogs(evidence, 'cacheControl')) {
    return notApplicable(ID, `no \`${statusField}\` or \`${controlField}\` in these logs`, [statusField, controlField]);
  }
  const missing = [...(inLogs(evidence, 'cacheStatus') ? [] : [statusField]), ...(inLogs(evidence, 'cacheControl') ? [] : [controlField])];
  const s = cacheStructure(evidence);
  if (s.strength <= 0) return nothingFound(ID, TITLE, 'no 404 came from a cache or with a cacheable Cache-Control', missing);
  const lines: string[] = [];
  if (s.hits > 0) {
    lines.push(`${pct(s.hitShare)} of the 404s (${num(s.hits)}) were cache hits (${code(statusField)})`);
    if (s.baselineHitShare !== null) lines.push(`in the baseline, ${pct(s.baselineHitShare)} of the 404s were hits`);
  }
  if (s.cacheable > 0 && s.topControl) {
    lines.push(`${pct(s.cacheableShare)} of the 404s were sent with ${code(`Cache-Control: ${s.topControl}`)}, which lets shared caches keep them`);
  }
  if (s.dynamicRoutes.length > 0 && s.dynamicShare >= 0.3) {
    lines.push(`${pct(s.dynamicShare)} of the 404s are on dynamic routes such as ${codeList(s.dynamicRoutes, 3)}`);
  }
  const confidence = 0.93 * s.strength * volumeWeight(evidence);
  return finding(
    ID,
    confidence,
    TITLE,
    lines,
    { routes: s.dynamicRoutes.slice(0, 3), cacheControl: s.topControl ?? undefined },
    missing,
  );
}
