import type { Evidence } from '../evidence';
import { code, codeList, num, pct } from './format';
import { absentSentence, contradictionWeight, fieldName, inLogs, mainRoutes, mainValues, quoteReason, volumeWeight } from './signals';
import { scopeStructure } from './structure403';
import { type RuleOutcome, notApplicable, weighedFinding } from './types';

const ID = 'oauth_scope_insufficient' as const;

/**
 * Tokens without a scope the route needs: a scope that successful requests carry is missing from the denied
 * ones (a token minted without it), with bearer auth; `insufficient_scope` in the reason corroborates.
 */
export function oauthScope(evidence: Evidence): RuleOutcome {
  const structure = scopeStructure(evidence);
  const scopesField = fieldName(evidence, 'scopes');
  if (!inLogs(evidence, 'scopes') && structure.reason.count === 0) {
    return notApplicable(ID, absentSentence(evidence, 'scopes'), [scopesField]);
  }
  const missing = inLogs(evidence, 'scopes') ? [] : [scopesField];
  const lines: string[] = [];
  if (structure.scope !== null && structure.lacking > 0) {
    lines.push(
      `${num(structure.lacking)} denied requests (${pct(structure.lacking / Math.max(1, evidence.total))} of the 403s) carry tokens without ${code(structure.scope)}, which ${pct(structure.successShare)} of this window’s successful requests carry`,
    );
    const held = mainValues(evidence, 'scopes', 0.2, 4).filter((s) => s !== structure.scope);
    if (held.length > 0) lines.push(`the denied tokens hold ${codeList(held)}`);
  } else if (!inLogs(evidence, 'scopes')) {
    lines.push(`${absentSentence(evidence, 'scopes')}: only the reason text speaks for this cause`);
  } else {
    lines.push('denied and successful requests carry the same scopes');
  }
  if (structure.bearerShare !== null && structure.bearerShare > 0) {
    lines.push(`${pct(structure.bearerShare)} of the denied requests used a bearer token`);
  }
  const quoted = quoteReason(evidence, structure.reason);
  if (quoted) lines.push(quoted);
  const basis = {
    structure: structure.strength,
    reason: structure.reason.share,
    scale: contradictionWeight(evidence, 'scope') * volumeWeight(evidence),
  };
  const scope = structure.scope ?? structure.namedScope;
  return weighedFinding(
    ID,
    basis,
    scope ? `Tokens without the ${code(scope)} scope` : 'Tokens without a needed OAuth scope',
    lines,
    {
      scopes: scope ? [scope] : [],
      users: evidence.users.slice(0, 5).map((u) => u.id),
      routes: mainRoutes(evidence),
      clients: mainValues(evidence, 'clientIp', 0.1),
    },
    missing,
  );
}
