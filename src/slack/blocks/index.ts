import type { types } from '@slack/bolt';
import type { Block } from './types';

export { renderAnswer } from './ask';
export { fitMessage, limitViolations, LIMITS } from './limits';
export { renderError, renderNotice, renderRefusal, renderWorking } from './messages';
export { renderSamples } from './samples';
export { renderTriage } from './triage';
export type { TriageRenderOptions } from './triage';
export { renderUsage } from './usage';
export type { Block, SlackMessage } from './types';

/** Compile-time proof that our narrow block types are blocks Slack's own types accept. */
export function toSlackBlocks(blocks: Block[]): types.KnownBlock[] {
  return blocks;
}
