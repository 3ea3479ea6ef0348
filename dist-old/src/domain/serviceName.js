"use strict";
/**
 * What counts as a service or environment name, wherever one is typed: the CLI's arguments, the slash
 * command, mentions, button values, alerts. One rule, so a name that works in the terminal works in Slack.
 *
 * Names are only ever used as literal `term` values, so the rule is about telling a name apart from the
 * other words of a command, not about query safety: it starts with a letter or digit (never `*`, `-`, `@`
 * or a quote, which mean something else in a command), and continues with letters, digits and `. _ : / -`
 * (`www.example.com`, `api_v2`, `ns/app`, `billing:eu`). Never whitespace or control characters.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENVIRONMENT_NAME_RULE = exports.SERVICE_NAME_RULE = exports.ENVIRONMENT_NAME_PATTERN = exports.SERVICE_NAME_PATTERN = void 0;
exports.isServiceName = isServiceName;
exports.isEnvironmentName = isEnvironmentName;
/** At most 200 characters: far beyond real names, well inside Slack's 2,000-character button values. */
exports.SERVICE_NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._:/-]{0,199}$/u;
/** Environments (`prod`, `eu-west-1`, `staging.2`): the same idea, shorter and without `/` or `:`. */
exports.ENVIRONMENT_NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,63}$/u;
/** For messages that reject a name: what the rule allows. */
exports.SERVICE_NAME_RULE = 'letters, digits, . _ : / - only, starting with a letter or digit';
exports.ENVIRONMENT_NAME_RULE = 'letters, digits, . _ - only, starting with a letter or digit';
function isServiceName(value) {
    return exports.SERVICE_NAME_PATTERN.test(value);
}
function isEnvironmentName(value) {
    return exports.ENVIRONMENT_NAME_PATTERN.test(value);
}
//# sourceMappingURL=serviceName.js.map