import { z } from 'zod';
import type { TriageStatus } from '../domain/types';
import { DEFAULT_WINDOW, WINDOWS, type WindowName } from '../domain/window';

/**
 * Reading what people type: the slash command text, and the text of mentions and direct messages.
 * Pure: no Slack, no clock. Anything it does not understand becomes a usage message (commands) or a
 * question (mentions, DMs); it never throws and never lets user text become anything but a literal value.
 */

/** Service names as they appear in `service.name`: a literal term, never query syntax. */
export const SERVICE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
export const ENVIRONMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const MAX_QUESTION_LENGTH = 2000;
/** Slack allows ~4000 characters of command text; a triage command is a few words. */
const MAX_COMMAND_LENGTH = 300;

export interface TriageQuery {
  status: TriageStatus;
  service: string;
  window: WindowName;
  environment: string | null;
}

export type CommandIntent =
  | { kind: 'triage'; query: TriageQuery }
  | { kind: 'ask'; question: string; /** Set when the text looked like a malformed triage command. */ hint?: string }
  | { kind: 'help' }
  | { kind: 'invalid'; problem: string };

const HELP_WORDS = new Set(['help', '?', '-h', '--help', 'usage']);

const statusToken = z.enum(['403', '404']).transform((s) => Number(s) as TriageStatus);
const serviceToken = z.string().regex(SERVICE_PATTERN);
const windowToken = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(z.enum(WINDOWS));
const environmentToken = z
  .string()
  .regex(/^(?:--)?env(?:ironment)?[=:]/i)
  .transform((s) => s.replace(/^(?:--)?env(?:ironment)?[=:]/i, ''))
  .pipe(z.string().regex(ENVIRONMENT_PATTERN));

/**
 * Slack's wire format to plain text: `<@U123|ann>` → `@ann`, `<#C1|ops>` → `#ops`, `<!channel>` → `@channel`,
 * `<https://x|label>` → `label`, then `&lt;` `&gt;` `&amp;` decoded (literal angle brackets arrive escaped,
 * so every real `<` here is markup). Control characters become spaces.
 */
export function normalizeSlackText(raw: string): string {
  const unwrapped = raw.replace(/<([^<>]*)>/g, (_m, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
    if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
    if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/^subteam\^/, '').replace(/^@/, '')}`;
    if (label !== undefined && label.length > 0) return label;
    return target.replace(/^mailto:/, '');
  });
  return (
    unwrapped
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      // eslint-disable-next-line no-control-regex -- replacing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .trim()
  );
}

function quote(token: string): string {
  const shown = token.length > 40 ? `${token.slice(0, 39)}…` : token;
  return `"${shown}"`;
}

/** Parses `<403|404> <service> [window] [env=<environment>]` (status and service in either order). */
function parseTriage(tokens: readonly string[]): CommandIntent {
  const [first = '', second] = tokens;
  let status = statusToken.safeParse(first);
  let service: string | undefined = second;
  if (!status.success && second !== undefined && statusToken.safeParse(second).success) {
    status = statusToken.safeParse(second);
    service = first;
  }
  if (!status.success) {
    if (/^\d{3}$/.test(first)) return { kind: 'invalid', problem: `I triage 403 and 404 only, not ${quote(first)}.` };
    return { kind: 'invalid', problem: `I did not understand ${quote(first)}: start with 403, 404, ask or help.` };
  }
  if (service === undefined) return { kind: 'invalid', problem: 'Which service? Name it after the status, e.g. 403 checkout-api.' };
  if (!serviceToken.safeParse(service).success) {
    return { kind: 'invalid', problem: `${quote(service)} is not a service name (letters, digits, . _ : / - only).` };
  }
  let window: WindowName | undefined;
  let environment: string | undefined;
  for (const token of tokens.slice(2)) {
    const asWindow = windowToken.safeParse(token);
    if (asWindow.success) {
      if (window !== undefined) return { kind: 'invalid', problem: 'Give one window only.' };
      window = asWindow.data;
      continue;
    }
    if (/^(?:--)?env(?:ironment)?[=:]/i.test(token)) {
      const asEnv = environmentToken.safeParse(token);
      if (!asEnv.success) return { kind: 'invalid', problem: `${quote(token)} is not an environment (e.g. env=prod).` };
      if (environment !== undefined) return { kind: 'invalid', problem: 'Give one environment only.' };
      environment = asEnv.data;
      continue;
    }
    return { kind: 'invalid', problem: `${quote(token)} is not a window I know: use ${WINDOWS.join(', ')}.` };
  }
  return {
    kind: 'triage',
    query: { status: status.data, service, window: window ?? DEFAULT_WINDOW, environment: environment ?? null },
  };
}

function askIntent(question: string): CommandIntent {
  const trimmed = question.trim();
  if (trimmed.length === 0) return { kind: 'invalid', problem: 'Ask what? e.g. ask should a missing tenant return 403 or 404?' };
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    return { kind: 'invalid', problem: `That question is ${trimmed.length} characters long; keep it under ${MAX_QUESTION_LENGTH}.` };
  }
  return { kind: 'ask', question: trimmed };
}

/** The slash command's text: strict, because a typo should get the usage message, not a guess. */
export function parseCommandText(raw: string): CommandIntent {
  const text = normalizeSlackText(raw);
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  const first = (tokens[0] ?? '').toLowerCase();
  if (tokens.length === 0 || (tokens.length === 1 && HELP_WORDS.has(first))) return { kind: 'help' };
  if (first === 'ask') return askIntent(text.slice(text.toLowerCase().indexOf('ask') + 3));
  if (text.length > MAX_COMMAND_LENGTH) return { kind: 'invalid', problem: 'That is too long for a triage command.' };
  if (tokens.length > 4) return { kind: 'invalid', problem: 'Too many words: status, service, then optionally a window and env=….' };
  return parseTriage(tokens);
}

/** Removes the bot's own mention (or, when its id is unknown, a leading mention) from a mention's text. */
export function stripBotMention(raw: string, botUserId?: string): string {
  if (botUserId) {
    const escaped = botUserId.replace(/[^A-Za-z0-9]/g, '');
    return raw.replace(new RegExp(`<@${escaped}(?:\\|[^>]*)?>`, 'g'), ' ').trim();
  }
  return raw.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/, ' ').trim();
}

/**
 * A mention or direct message: a triage when it reads as one ("404 checkout-api 6h"), help when asked,
 * otherwise a question. Text that starts like a triage command but does not parse is answered as a question
 * with a hint, because "403 or 404 for a deleted tenant?" is a question, not a typo.
 */
export function interpretMessage(raw: string): CommandIntent {
  const text = normalizeSlackText(raw);
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  const first = (tokens[0] ?? '').toLowerCase();
  if (tokens.length === 0 || (tokens.length === 1 && HELP_WORDS.has(first))) return { kind: 'help' };
  if (first === 'ask') return askIntent(text.slice(text.toLowerCase().indexOf('ask') + 3));
  if (tokens.length <= 4 && text.length <= MAX_COMMAND_LENGTH) {
    const parsed = parseTriage(tokens);
    if (parsed.kind === 'triage') return parsed;
    const asked = askIntent(text);
    if (asked.kind === 'ask' && statusToken.safeParse(tokens[0] ?? '').success && parsed.kind === 'invalid') {
      return { ...asked, hint: parsed.problem };
    }
    return asked;
  }
  return askIntent(text);
}
