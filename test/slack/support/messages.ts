import type { SlackMessage } from '../../../src/slack/blocks';
import type { Block } from '../../../src/slack/blocks/types';
import type { RecordedCall } from '../../support/slackRecorder';

/** Every piece of text in a posted message (fallback, header, sections, fields, context, buttons). */
export function messageText(body: Record<string, unknown>): string {
  const blocks = (body.blocks ?? []) as Block[];
  const texts: string[] = [String(body.text ?? '')];
  for (const block of blocks) {
    if (block.type === 'header') texts.push(block.text.text);
    if (block.type === 'section') {
      if (block.text) texts.push(block.text.text);
      block.fields?.forEach((f) => texts.push(f.text));
    }
    if (block.type === 'context') block.elements.forEach((e) => texts.push(e.text));
    if (block.type === 'actions') block.elements.forEach((e) => texts.push(e.text.text));
  }
  return texts.join('\n');
}

export function asMessage(call: RecordedCall): SlackMessage {
  return { text: String(call.body.text ?? ''), blocks: (call.body.blocks ?? []) as Block[] };
}
