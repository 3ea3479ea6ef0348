/**
 * The small subset of Block Kit the renderers emit, as plain typed objects. Narrow on purpose: tests read
 * them without casts, and `blocks/index.ts` proves at compile time that they are valid `@slack/types` blocks.
 */
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}

export interface SectionBlock {
  type: 'section';
  text?: Mrkdwn;
  fields?: Mrkdwn[];
}

export interface ContextBlock {
  type: 'context';
  elements: Array<Mrkdwn | PlainText>;
}

export interface DividerBlock {
  type: 'divider';
}

export interface ButtonElement {
  type: 'button';
  text: PlainText;
  action_id: string;
  value?: string;
  url?: string;
  style?: 'primary' | 'danger';
}

export interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** What every renderer returns: the blocks and the plain `text` Slack shows in notifications and old clients. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}
