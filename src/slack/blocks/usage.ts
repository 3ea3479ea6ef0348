import { WINDOWS } from '../../domain/window';
import { SLASH_COMMAND } from '../registry';
import { context, section } from './common';
import { fitMessage, truncate } from './limits';
import { escapeMrkdwn, oneLine } from './text';
import type { Block, SlackMessage } from './types';

export type Surface = 'command' | 'mention';

/** Help, and the reply to anything malformed: what was wrong (if anything), the syntax, and examples. */
export function renderUsage(problem?: string, surface: Surface = 'command'): SlackMessage {
  const prefix = surface === 'command' ? SLASH_COMMAND : '@status-triage';
  const blocks: Block[] = [];
  if (problem) blocks.push(section(`:thinking_face: ${truncate(escapeMrkdwn(oneLine(problem)), 500)}`));
  blocks.push(
    section(
      [
        '*Triage 403/404 spikes from the access logs*',
        `\`${prefix} <403|404> <service> [window] [env=<environment>]\``,
        `\`${prefix} ask <question>\` — "403 or 404?" questions`,
        ...(surface === 'command' ? [`\`${prefix} check\` — do the logs fit? fields found, causes that can be judged (only you see it)`] : []),
        `\`${prefix} help\``,
      ].join('\n'),
    ),
  );
  if (surface === 'command') {
    blocks.push(
      section(
        [
          '*Spike alerts*',
          `\`${prefix} alerts\` — what is firing and what is muted`,
          `\`${prefix} mute <service> [403|404] <duration>\` — e.g. \`mute checkout-api 404 4h\` (\`*\` for every service, up to 7d)`,
          `\`${prefix} unmute <service> [403|404]\``,
        ].join('\n'),
      ),
    );
  }
  blocks.push(
    section(
      [
        '*Examples*',
        `\`${prefix} 403 checkout-api\``,
        `\`${prefix} 404 web-frontend 24h env=prod\``,
        `\`${prefix} ask should a request for another tenant's invoice get 403 or 404?\``,
      ].join('\n'),
    ),
  );
  blocks.push(context(`Windows: ${WINDOWS.join(', ')} (default 1h). Answers are posted in the channel.`));
  const text = problem
    ? `${truncate(escapeMrkdwn(oneLine(problem)), 300)} Usage: ${prefix} <403|404> <service> [window] [env=<environment>]`
    : `Usage: ${prefix} <403|404> <service> [window] [env=<environment>], or ${prefix} ask <question>`;
  return fitMessage({ text, blocks });
}
