import type { Evidence } from '../evidence';
import { code, codeList, num, pct, plural } from './format';
import { MINUTE, STORM_PER_MINUTE, SUSTAINED_PER_MINUTE, bounds, fieldName, inLogs, ramp } from './signals';

export { STORM_PER_MINUTE, SUSTAINED_PER_MINUTE };
import { type RuleOutcome, finding, nothingFound, notApplicable } from './types';

const ID = 'retry_storm' as const;
const TITLE = 'Clients retrying requests that will keep failing';

/** The same client asking for the same path over and over, for an answer (403/404) that retrying cannot change. */
export function retryStorm(evidence: Evidence): RuleOutcome {
  if (evidence.repeats.length === 0) {
    if (!inLogs(evidence, 'clientIp') && !inLogs(evidence, 'user')) {
      const missing = [fieldName(evidence, 'clientIp'), fieldName(evidence, 'user')];
      return notApplicable(ID, `no \`${missing[0] as string}\` or \`${missing[1] as string}\` in these logs to tell clients apart`, missing);
    }
    return nothingFound(ID, TITLE, 'no client repeats a path');
  }
  const minutes = bounds(evidence).windowMs / MINUTE;
  const storms = evidence.repeats.filter((r) => r.maxPerMinute >= STORM_PER_MINUTE || r.count / minutes >= SUSTAINED_PER_MINUTE);
  if (storms.length === 0) {
    const top = evidence.repeats[0];
    return nothingFound(
      ID,
      TITLE,
      top ? `the most repeated pair peaks at ${num(top.maxPerMinute)} per minute (${code(top.client)} on ${code(top.path)})` : 'no client repeats a path',
    );
  }
  const stormCount = storms.reduce((s, r) => s + r.count, 0);
  const share = Math.min(1, stormCount / Math.max(1, evidence.total));
  const peak = Math.max(...storms.map((r) => r.maxPerMinute));
  const clients = [...new Set(storms.map((r) => r.client))];
  const paths = [...new Set(storms.map((r) => r.path))];
  const lines = [
    `${pct(share)} of the ${evidence.query.status}s (${num(stormCount)}) are ${plural(clients.length, 'client')} repeating the same request: up to ${num(peak)} per minute`,
  ];
  for (const r of storms.slice(0, 3)) {
    lines.push(`${code(r.client)} asked for ${code(r.path)} ${num(r.count)} times (busiest minute: ${num(r.maxPerMinute)})`);
  }
  const confidence = 0.85 * ramp(share, 0.15, 0.55) * (0.7 + 0.3 * ramp(peak, STORM_PER_MINUTE, 80));
  return finding(ID, confidence, `Retry storm: ${codeList(clients, 2)} repeating ${evidence.query.status}s`, lines, {
    clients,
    routes: paths,
    maxPerMinute: peak,
  });
}
