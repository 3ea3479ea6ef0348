import type { Evidence } from '../evidence';
import { codeList, num, pct, plural } from './format';
import { fieldName, inLogs, volumeWeight } from './signals';
import { probeStructure } from './structure404';
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'scanner_probe' as const;
const TITLE = 'Automated probes for well-known files';

/** Vulnerability scanners: well-known probe paths, scanner agents, a few IPs walking through many paths. */
export function scannerProbe(evidence: Evidence): RuleOutcome {
  if (!inLogs(evidence, 'path') && !inLogs(evidence, 'userAgent') && evidence.paths.length === 0) {
    const missing = [fieldName(evidence, 'path'), fieldName(evidence, 'userAgent')];
    return notApplicable(ID, `no \`${missing[0] as string}\` or \`${missing[1] as string}\` in these logs`, missing);
  }
  const missing = inLogs(evidence, 'userAgent') ? [] : [fieldName(evidence, 'userAgent')];
  const s = probeStructure(evidence);
  if (s.strength <= 0) return nothingFound(ID, TITLE, `only ${pct(s.probeShare)} of the 404s are on well-known probe paths`, missing);
  const lines: string[] = [];
  if (s.probeCount > 0) {
    lines.push(`${pct(s.probeShare)} of the 404s (${num(s.probeCount)}) are probes for well-known files such as ${codeList(s.probes, 4)}`);
  }
  if (s.scannerAgents.length > 0 && s.agentShare >= 0.1) {
    lines.push(`user agents of scanners and scripts: ${codeList(s.scannerAgents, 3)}`);
  }
  if (s.fewIpsManyPaths) {
    lines.push(`${plural(s.topIps.length, 'IP')} (${codeList(s.topIps)}) sent ${pct(s.topIpShare)} of the 404s across at least ${num(s.distinctPaths)} distinct paths`);
  }
  const confidence = 0.92 * s.strength * volumeWeight(evidence);
  return finding(
    ID,
    confidence,
    TITLE,
    lines,
    { ips: s.topIps, userAgents: s.scannerAgents.slice(0, 3), routes: s.probes.slice(0, 5) },
    missing,
  );
}
