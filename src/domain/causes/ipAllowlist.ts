import type { Evidence } from '../evidence';
import { code, codeList, num, pct, plural } from './format';
import { absentSentence, contradictionWeight, fieldName, inLogs, mainRoutes, quoteReason, reasonSignal, volumeWeight } from './signals';
import { anonymousStructure, ipStructure } from './structure403';
import { type RuleOutcome, notApplicable, weighedFinding } from './types';

const ID = 'ip_allowlist_block' as const;

/**
 * An allowlist refusing a client IP: denials concentrated on a few IPs that are new against the baseline,
 * never succeed, and do send credentials. A busy IP that also succeeds is just a busy client.
 */
export function ipAllowlist(evidence: Evidence): RuleOutcome {
  const ipField = fieldName(evidence, 'clientIp');
  if (!inLogs(evidence, 'clientIp')) return notApplicable(ID, absentSentence(evidence, 'clientIp'), [ipField]);
  const anonymous = anonymousStructure(evidence);
  const structure = ipStructure(evidence, anonymous);
  const reason = reasonSignal(evidence, 'ip');
  const lines: string[] = [];
  const ips = structure.blocked.map((b) => b.ip);
  if (structure.blocked.length > 0) {
    lines.push(
      `${pct(structure.share)} of the 403s (${num(structure.blockedCount)}) come from ${plural(ips.length, 'client IP')} (${codeList(ips)}) that are new against the baseline and have no successful request in this window`,
    );
    for (const b of structure.blocked.slice(0, 2)) {
      const before = b.baselineListed ? `${num(b.baselineCount)} denials in the baseline days` : 'not among the baseline’s denied IPs';
      lines.push(`${code(b.ip)}: ${num(b.count)} denied, ${num(b.successCount)} succeeded, ${before}`);
    }
    if (anonymous.available) {
      lines.push(
        structure.credentialed >= 0.8
          ? `${pct(structure.credentialed)} of the denied requests carried credentials: the callers are known, their address is not`
          : `only ${pct(structure.credentialed)} of the denied requests carried credentials`,
      );
    }
  } else {
    const top = evidence.fields.clientIp.window[0];
    lines.push(
      top
        ? `the busiest denied IP, ${code(top.value)} (${num(top.count)}), is either known from the baseline or also succeeds now`
        : `no denied request carries ${code(ipField)}`,
    );
  }
  const quoted = quoteReason(evidence, reason);
  if (quoted) lines.push(quoted);
  // Few clients is not the same as few blocked addresses: the app's own reason naming another cause weakens
  // the reading here; a tenant, scope or credential pattern, new users without roles or looping clients
  // explaining the same concentration better are settled in arbitration.ts.
  const basis = { structure: structure.strength * contradictionWeight(evidence, 'ip'), reason: reason.share, scale: volumeWeight(evidence) };
  return weighedFinding(ID, basis, ips.length > 0 ? `IP allowlist blocking ${codeList(ips, 2)}` : 'IP allowlist blocking a client IP', lines, {
    ips,
    users: evidence.users.slice(0, 3).map((u) => u.id),
    routes: mainRoutes(evidence),
  });
}
