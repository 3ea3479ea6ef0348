/**
 * What counts as a service or environment name, wherever one is typed: the CLI's arguments, the slash
 * command, mentions, button values, alerts. One rule, so a name that works in the terminal works in Slack.
 *
 * Names are only ever used as literal `term` values, so the rule is about telling a name apart from the
 * other words of a command, not about query safety: it starts with a letter or digit (never `*`, `-`, `@`
 * or a quote, which mean something else in a command), and continues with letters, digits and `. _ : / -`
 * (`www.example.com`, `api_v2`, `ns/app`, `billing:eu`). Never whitespace or control characters.
 */

/** At most 200 characters: far beyond real names, well inside Slack's 2,000-character button values. */
export const SERVICE_NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._:/-]{0,199}$/u;

/** Environments (`prod`, `eu-west-1`, `staging.2`): the same idea, shorter and without `/` or `:`. */
export const ENVIRONMENT_NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,63}$/u;

/** For messages that reject a name: what the rule allows. */
export const SERVICE_NAME_RULE = 'letters, digits, . _ : / - only, starting with a letter or digit';
export const ENVIRONMENT_NAME_RULE = 'letters, digits, . _ - only, starting with a letter or digit';

export function isServiceName(value: string): boolean {
  return SERVICE_NAME_PATTERN.test(value);
}

export function isEnvironmentName(value: string): boolean {
  return ENVIRONMENT_NAME_PATTERN.test(value);
}
