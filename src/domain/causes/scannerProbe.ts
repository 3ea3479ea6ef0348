import type { Evidence } from '../evidence';
import { clientName, clientRhythm, rhythmPhrase } from './clients';
import { codeList, num, pct, plural } from './format';
import { bounds, fieldName, inLogs, volumeWeight } from './signals';
import { type ScanningClient, probeStructure, scanStructure } from './structure404';
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'scanner_probe' as const;
const TITLE = 'Automated probes for well-known files';

function scanLine(evidence: Evidence, s: ScanningClient): string {
  const c = s.client;
  const each = c.count <= c.distinctPaths ? 'once each' : `${(c.count / c.distinctPaths).toFixed(1)} requests each`;
  const rhythm = rhythmPhrase(clientRhythm(evidence, c), bounds(evidence).windowMs);
  const never = s.knownGood === 0 ? ' that never answered 2xx' : '';
  const rest = s.otherRequests === null ? '' : s.otherRequests === 0 ? ', and nothing else' : `, and ${plural(s.otherRequests, 'other request')}`;
  return `${clientName(c)} asked for ${plural(c.distinctPaths, 'distinct path')}${never} (${each}, ${rhythm}${rest}), e.g. ${codeList(c.topPaths.map((p) => p.value), 2)}`;
}

/**
 * Vulnerability scanners: a client walking through many never-seen paths in minutes (by structure, whatever
 * the paths and agent), well-known probe paths, scanner agents, a few IPs spread over many paths.
 */
export function scannerProbe(evidence: Evidence): RuleOutcome {
  if (!inLogs(evidence, 'path') && !inLogs(evidence, 'userAgent') && evidence.paths.length === 0) {
    const missing = [fieldName(evidence, 'path'), fieldName(evidence, 'userAgent')];
    return notApplicable(ID, `no \`${missing[0] as string}\` or \`${missing[1] as string}\` in these logs`, missing);
  }
  const missing = inLogs(evidence, 'userAgent') ? [] : [fieldName(evidence, 'userAgent')];
  const s = probeStructure(evidence);
  const scan = scanStructure(evidence);
  if (s.strength <= 0 && scan.strength <= 0) {
    return nothingFound(ID, TITLE, `only ${pct(s.probeShare)} of the 404s are on well-known probe paths, and no client walks through many unknown paths`, missing);
  }
  const lines: string[] = [];
  if (scan.scanners.length > 0) {
    lines.push(`${pct(scan.share)} of the 404s (${num(scan.count)} of ${num(evidence.total)}) come from ${plural(scan.scanners.length, 'client')} walking through many paths in minutes`);
    for (const scanner of scan.scanners.slice(0, 2)) lines.push(scanLine(evidence, scanner));
  }
  if (s.probeCount > 0) {
    lines.push(`${pct(s.probeShare)} of the 404s (${num(s.probeCount)}) are probes for well-known files such as ${codeList(s.probes, 4)}`);
  }
  if (s.scannerAgents.length > 0 && s.agentShare >= 0.1) {
    lines.push(`user agents of scanners and scripts: ${codeList(s.scannerAgents, 3)}`);
  }
  if (s.fewIpsManyPaths) {
    lines.push(`${plural(s.topIps.length, 'IP')} (${codeList(s.topIps)}) sent ${pct(s.topIpShare)} of the 404s across at least ${num(s.distinctPaths)} distinct paths`);
  }
  const structural = Math.max(s.strength, scan.strength, 0.6 * s.strength + 0.6 * scan.strength);
  const confidence = 0.92 * Math.min(1, structural) * volumeWeight(evidence);
  const scanIps = scan.scanners.filter((x) => x.client.by === 'clientIp').map((x) => x.client.key);
  return finding(
    ID,
    confidence,
    TITLE,
    lines,
    {
      ips: [...new Set([...scanIps, ...s.topIps])],
      userAgents: s.scannerAgents.slice(0, 3),
      routes: [...new Set([...s.probes, ...scan.scanners.flatMap((x) => x.client.topPaths.map((p) => p.value))])].slice(0, 5),
    },
    missing,
  );
}
