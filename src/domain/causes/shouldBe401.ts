import type { Evidence } from '../evidence';
import { code, num, pct } from './format';
import { absentSentence, contradictionWeight, fieldName, inLogs, mainRoutes, mainValues, quoteReason, volumeWeight } from './signals';
import { anonymousStructure } from './structure403';
import { type RuleOutcome, notApplicable, weighedFinding } from './types';

const ID = 'should_be_401' as const;

/**
 * 403s answered to requests that carried no credentials. The server cannot know who is asking, so the
 * protocol answer is 401 with a challenge (RFC 9110 §15.5.2); a 403 tells the client that logging in will not help.
 */
export function shouldBe401(evidence: Evidence): RuleOutcome {
  const anonymous = anonymousStructure(evidence);
  const authField = fieldName(evidence, 'auth');
  if (!inLogs(evidence, 'auth') && anonymous.reason.count === 0 && anonymous.basis !== 'user') {
    return notApplicable(ID, absentSentence(evidence, 'auth'), [authField]);
  }
  const missing = inLogs(evidence, 'auth') ? [] : [authField];
  const lines: string[] = [];
  if (anonymous.basis === 'user' && anonymous.count > 0) {
    lines.push(
      `${absentSentence(evidence, 'auth')}, but ${pct(anonymous.share)} of the 403s (${num(anonymous.count)}) name no user (${code(fieldName(evidence, 'user'))}) while successful requests do: they most likely carried no credentials`,
    );
  } else if (anonymous.count > 0) {
    lines.push(
      `${pct(anonymous.share)} of the 403s (${num(anonymous.count)} of ${num(evidence.total)}) came with ${code(authField)} = ${code('none')}: no credentials, so the server cannot know who is asking`,
    );
    if (anonymous.expected >= 1 || evidence.baseline.expected > 0) {
      lines.push(
        anonymous.count > 2 * anonymous.expected
          ? `the baseline predicts about ${num(anonymous.expected)} credential-less 403s for a window like this`
          : `credential-less 403s are a standing habit here: the baseline predicts about ${num(anonymous.expected)}`,
      );
    }
  }
  const quoted = quoteReason(evidence, anonymous.reason);
  if (quoted) lines.push(quoted);
  const topRoute = evidence.paths[0];
  if (anonymous.count > 0 && topRoute && topRoute.count >= 0.3 * evidence.total) {
    lines.push(`${pct(topRoute.count / evidence.total)} of the 403s are on ${code(topRoute.template)}`);
  }
  // The app may well say "missing role" to an anonymous caller; only other causes' reasons contradict.
  const basis = {
    structure: anonymous.strength,
    reason: anonymous.reason.share,
    scale: contradictionWeight(evidence, 'unauthenticated', 'role') * volumeWeight(evidence),
  };
  return weighedFinding(
    ID,
    basis,
    'Requests without credentials get 403: that should be 401 with a challenge',
    lines.length > 0 ? lines : ['no credential-less 403s'],
    {
      routes: mainRoutes(evidence),
      userAgents: mainValues(evidence, 'userAgent'),
      service: evidence.query.service,
    },
    missing,
  );
}
