import type { TriageRequest } from '../../services/types';
import { escapeMrkdwn } from './text';
import type { ContextBlock, Mrkdwn, PlainText, SectionBlock } from './types';

export const mrkdwn = (text: string): Mrkdwn => ({ type: 'mrkdwn', text });
export const plain = (text: string): PlainText => ({ type: 'plain_text', text, emoji: true });
export const section = (text: string): SectionBlock => ({ type: 'section', text: mrkdwn(text) });
export const context = (...texts: string[]): ContextBlock => ({ type: 'context', elements: texts.map(mrkdwn) });

/** Slack user ids only: anything else would be markup we did not mean to send. */
export function userMention(userId: string | undefined): string | null {
  return userId !== undefined && /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : null;
}

/** "403s on checkout-api in the last 1h (prod)", escaped for mrkdwn. */
export function describeQuery(request: Pick<TriageRequest, 'status' | 'service' | 'window' | 'environment'>): string {
  const env = request.environment !== null ? ` (${escapeMrkdwn(request.environment)})` : '';
  return `${request.status}s on ${escapeMrkdwn(request.service)} in the last ${request.window}${env}`;
}
