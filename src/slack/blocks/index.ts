import type { types } from '@slack/bolt';
import type { Block } from './types';

export { renderAlert, renderAlertState, renderFollowUpNote, renderResolvedNote } from './alert';
export { renderAnswer } from './ask';
export { renderCheck } from './check';
export { fitMessage, limitViolations, LIMITS } from './limits';
export { renderError, renderNotice, renderRefusal, renderWorking } from './messages';
export { renderSamples } from './samples';
export { renderTriage } from './triage';
export type { TriageRenderOptions } from './triage';
export { renderUsage } from './usage';
export { renderAlertList, renderMuted, renderUnmuted, renderWatcherOff } from './watch';
export type { WatchScope } from './watch';
export type { Block, SlackMessage } from './types';

/** Compile-time proof that our narrow block types are blocks Slack's own types accept. */
export function toSlackBlocks(blocks: Block[]): types.KnownBlock[] {
  return blocks;
}
