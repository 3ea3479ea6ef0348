import type { TriageRequest } from '../../services/types';
import type { AccessDecision } from '../access';
import { context, describeQuery, section } from './common';
import { fitMessage, truncate } from './limits';
import { escapeMrkdwn, oneLine } from './text';
import type { Block, SlackMessage } from './types';

/** The immediate acknowledgement of a triage: proof that work is under way. */
export function renderWorking(request: TriageRequest): SlackMessage {
  const what = describeQuery(request);
  return fitMessage({
    text: `Looking at ${what}…`,
    blocks: [section(`:hourglass_flowing_sand: Looking at ${what}… I'll post the answer in this channel.`)],
  });
}

/**
 * A failure in one plain sentence (from `describeError`) and what it was doing; never a stack trace.
 * `sentence` is escaped here (error messages can quote user input or server text); `doing` is our own
 * mrkdwn, already escaped by the caller.
 */
export function renderError(sentence: string, doing?: string): SlackMessage {
  const clean = truncate(escapeMrkdwn(oneLine(sentence)), 1500) || 'Something went wrong.';
  const blocks: Block[] = [section(`:x: ${clean}`)];
  const what = doing === undefined ? '' : oneLine(doing);
  if (what.length > 0) blocks.push(context(truncate(what, 500)));
  return fitMessage({ text: clean, blocks });
}

/** The polite refusal when the allow-lists say no. Does not reveal who is allowed. */
export function renderRefusal(decision: Extract<AccessDecision, { allowed: false }>): SlackMessage {
  const text =
    decision.reason === 'channel'
      ? "Sorry, status-triage isn't enabled in this conversation. Try it in one of your team's incident channels, or ask a workspace admin to add this one."
      : "Sorry, you're not on the list of people who can use status-triage here. A workspace admin can add you.";
  return fitMessage({ text, blocks: [section(`:lock: ${text}`)] });
}

/** A short notice (e.g. "already the widest window"). The text is ours, but escaped all the same. */
export function renderNotice(text: string): SlackMessage {
  const clean = truncate(escapeMrkdwn(oneLine(text)), 2000) || '…';
  return fitMessage({ text: clean, blocks: [section(clean)] });
}
