import { shapeLabel, type CheckReport } from '../../services/check';
import { context, section } from './common';
import { fitMessage, joinWithinBudget, truncate } from './limits';
import { code, escapeMrkdwn, formatCount, oneLine } from './text';
import type { Block, SlackMessage } from './types';

function share(coverage: number): string {
  return `${Math.round(coverage * 100)}%`;
}

/** `/status-triage check`, for the asker only: whether the logs fit, the fields found, what can be judged. */
export function renderCheck(report: CheckReport): SlackMessage {
  const fits = report.problems.length === 0;
  const head = fits
    ? `:white_check_mark: ${code(report.index)} can be triaged`
    : `:x: ${code(report.index)} cannot be triaged: ${escapeMrkdwn(oneLine(report.problems.join('; ')))}`;
  const facts = [
    `${report.indices} ${report.indices === 1 ? 'index' : 'indices'} · ${formatCount(report.docs24h)} documents in the last 24 h · shape: ${escapeMrkdwn(shapeLabel(report.shape))}`,
    report.newest ? `newest ${report.newest}${report.lagMs !== null ? ` (${Math.round(report.lagMs / 1000)} s behind)` : ''} · oldest ${report.oldest ?? '?'}` : 'no documents',
    report.services !== null ? `${formatCount(report.services)} services` : '',
  ].filter((line) => line !== '');
  const fieldLines = Object.entries(report.fields).map(([role, field]) =>
    field === null
      ? `:heavy_multiplication_x: *${role}*: ${escapeMrkdwn(oneLine(report.missing[role as keyof CheckReport['missing']] ?? 'missing'))}`
      : `:heavy_check_mark: *${role}*: ${code(field.field)} (${field.type}, ${share(field.coverage)})${field.note ? ` — ${escapeMrkdwn(oneLine(field.note))}` : ''}`,
  );
  const causes = Object.entries(report.causes);
  const ok = causes.filter(([, why]) => why === 'ok').map(([id]) => code(id));
  const notJudged = causes.filter(([, why]) => why !== 'ok').map(([id, why]) => `${code(id)}: ${escapeMrkdwn(oneLine(why))}`);
  const blocks: Block[] = [
    section(truncate(head, 2900)),
    context(truncate(facts.join('\n'), 2900)),
    section(joinWithinBudget(['*Fields*', ...fieldLines], 2900, (n) => `…and ${n} more`)),
    section(joinWithinBudget([`*Causes that can be judged* (${ok.length} of ${causes.length}): ${ok.join(', ') || 'none'}`, ...notJudged], 2900, (n) => `…and ${n} more`)),
  ];
  if (report.env !== '') blocks.push(section(truncate(`*To pin what was found*, in \`.env\`:\n\`\`\`${report.env}\`\`\``, 2900)));
  return fitMessage({ text: fits ? `${report.index} can be triaged` : `${report.index} cannot be triaged`, blocks });
}
