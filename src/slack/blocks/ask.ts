import type { AskResult } from '../../domain/types';
import { context, section, userMention } from './common';
import { fitMessage, joinWithinBudget, LIMITS, truncate } from './limits';
import { escapeMrkdwn, oneLine } from './text';
import type { Block, SlackMessage } from './types';

const VERDICT_NAMES: Record<NonNullable<AskResult['verdict']>, string> = {
  '401': '401 Unauthorized',
  '403': '403 Forbidden',
  '404': '404 Not Found',
  '410': '410 Gone',
};
const MAX_ANSWER_SECTIONS = 12;
const MAX_SOURCES_SHOWN = 8;

export interface AnswerRenderOptions {
  askedBy?: string | undefined;
  /** Shown when the text looked like a malformed triage command, so the person learns the syntax. */
  hint?: string | undefined;
}

/** Splits long text into section-sized chunks at paragraph, then line, then word boundaries. */
export function chunkText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks.filter((c) => c.length > 0);
}

/** The answer to a "403 or 404?" question: the verdict first, then the grounded answer and its sources. */
export function renderAnswer(question: string, result: AskResult, options: AnswerRenderOptions = {}): SlackMessage {
  const blocks: Block[] = [];
  const who = userMention(options.askedBy);
  const asked = truncate(escapeMrkdwn(oneLine(question)), 500);
  blocks.push(context(`${who ? `${who} asked` : 'Question'}: _${asked || '…'}_`));
  if (result.verdict !== null) blocks.push(section(`*Use ${VERDICT_NAMES[result.verdict]}*`));
  const answer = escapeMrkdwn(result.answer.trim());
  const chunks = chunkText(answer.length > 0 ? answer : 'I have no answer to that.', LIMITS.sectionText - 10);
  chunks.slice(0, MAX_ANSWER_SECTIONS).forEach((chunk) => blocks.push(section(chunk)));
  if (chunks.length > MAX_ANSWER_SECTIONS) blocks.push(context(`…the answer continues; ${chunks.length - MAX_ANSWER_SECTIONS} more parts not shown.`));
  if (result.sources.length > 0) {
    const sources = result.sources.slice(0, MAX_SOURCES_SHOWN).map((s) => truncate(escapeMrkdwn(oneLine(s)), 300));
    if (result.sources.length > MAX_SOURCES_SHOWN) sources.push(`…and ${result.sources.length - MAX_SOURCES_SHOWN} more`);
    blocks.push(context(`Sources: ${joinWithinBudget(sources, 2500, (n) => `…and ${n} more`, ' · ')}`));
  }
  if (options.hint) {
    blocks.push(
      context(`:bulb: To run a triage instead: \`403|404 <service> [window] [env=…]\` (${truncate(escapeMrkdwn(oneLine(options.hint)), 300)})`),
    );
  }
  const verdict = result.verdict !== null ? `Use ${VERDICT_NAMES[result.verdict]}. ` : '';
  const text = `${verdict}${escapeMrkdwn(oneLine(result.answer))}`.trim() || 'status-triage answer';
  return fitMessage({ text: truncate(text, LIMITS.fallbackText), blocks });
}
