"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ALL_SERVICES = exports.MAX_MUTE_MS = exports.MIN_MUTE_MS = exports.MAX_QUESTION_LENGTH = void 0;
exports.normalizeSlackText = normalizeSlackText;
exports.parseCommandText = parseCommandText;
exports.stripBotMention = stripBotMention;
exports.interpretMessage = interpretMessage;
const zod_1 = require("zod");
const duration_1 = require("../domain/duration");
const serviceName_1 = require("../domain/serviceName");
const window_1 = require("../domain/window");
/**
 * Reading what people type: the slash command text, and the text of mentions and direct messages.
 * Pure: no Slack, no clock. Anything it does not understand becomes a usage message (commands) or a
 * question (mentions, DMs); it never throws and never lets user text become anything but a literal value.
 */
exports.MAX_QUESTION_LENGTH = 2000;
/** Slack allows ~4000 characters of command text; a triage command is a few words. */
const MAX_COMMAND_LENGTH = 300;
/** Mutes last from a minute to a week: a longer silence belongs in WATCH_SERVICES, where everyone can see it. */
exports.MIN_MUTE_MS = 60_000;
exports.MAX_MUTE_MS = 7 * 86_400_000;
/** `mute * 1h`: every watched service (a maintenance window). */
exports.ALL_SERVICES = '*';
const HELP_WORDS = new Set(['help', '?', '-h', '--help', 'usage']);
const statusToken = zod_1.z.enum(['403', '404']).transform((s) => Number(s));
const serviceToken = zod_1.z.string().regex(serviceName_1.SERVICE_NAME_PATTERN);
const windowToken = zod_1.z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(zod_1.z.enum(window_1.WINDOWS));
const environmentToken = zod_1.z
    .string()
    .regex(/^(?:--)?env(?:ironment)?[=:]/i)
    .transform((s) => s.replace(/^(?:--)?env(?:ironment)?[=:]/i, ''))
    .pipe(zod_1.z.string().regex(serviceName_1.ENVIRONMENT_NAME_PATTERN));
/**
 * Slack's wire format to plain text: `<@U123|ann>` → `@ann`, `<#C1|ops>` → `#ops`, `<!channel>` → `@channel`,
 * `<https://x|label>` → `label`, then `&lt;` `&gt;` `&amp;` decoded (literal angle brackets arrive escaped,
 * so every real `<` here is markup). Control characters become spaces.
 */
function normalizeSlackText(raw) {
    const unwrapped = raw.replace(/<([^<>]*)>/g, (_m, inner) => {
        const [target = '', label] = inner.split('|', 2);
        if (target.startsWith('@'))
            return `@${label ?? target.slice(1)}`;
        if (target.startsWith('#'))
            return `#${label ?? target.slice(1)}`;
        if (target.startsWith('!'))
            return `@${(label ?? target.slice(1)).replace(/^subteam\^/, '').replace(/^@/, '')}`;
        if (label !== undefined && label.length > 0)
            return label;
        return target.replace(/^mailto:/, '');
    });
    return (unwrapped
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        // eslint-disable-next-line no-control-regex -- replacing control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
        .trim());
}
function quote(token) {
    const shown = token.length > 40 ? `${token.slice(0, 39)}…` : token;
    return `"${shown}"`;
}
/** Parses `<403|404> <service> [window] [env=<environment>]` (status and service in either order). */
function parseTriage(tokens) {
    const [first = '', second] = tokens;
    let status = statusToken.safeParse(first);
    let service = second;
    if (!status.success && second !== undefined && statusToken.safeParse(second).success) {
        status = statusToken.safeParse(second);
        service = first;
    }
    if (!status.success) {
        if (/^\d{3}$/.test(first))
            return { kind: 'invalid', problem: `I triage 403 and 404 only, not ${quote(first)}.` };
        return { kind: 'invalid', problem: `I did not understand ${quote(first)}: start with 403, 404, ask, check, alerts, mute, unmute or help.` };
    }
    if (service === undefined)
        return { kind: 'invalid', problem: 'Which service? Name it after the status, e.g. 403 checkout-api.' };
    if (!serviceToken.safeParse(service).success) {
        return { kind: 'invalid', problem: `${quote(service)} is not a service name (${serviceName_1.SERVICE_NAME_RULE}).` };
    }
    let window;
    let environment;
    for (const token of tokens.slice(2)) {
        const asWindow = windowToken.safeParse(token);
        if (asWindow.success) {
            if (window !== undefined)
                return { kind: 'invalid', problem: 'Give one window only.' };
            window = asWindow.data;
            continue;
        }
        if (/^(?:--)?env(?:ironment)?[=:]/i.test(token)) {
            const asEnv = environmentToken.safeParse(token);
            if (!asEnv.success)
                return { kind: 'invalid', problem: `${quote(token)} is not an environment (e.g. env=prod).` };
            if (environment !== undefined)
                return { kind: 'invalid', problem: 'Give one environment only.' };
            environment = asEnv.data;
            continue;
        }
        return { kind: 'invalid', problem: `${quote(token)} is not a window I know: use ${window_1.WINDOWS.join(', ')}.` };
    }
    return {
        kind: 'triage',
        query: { status: status.data, service, window: window ?? window_1.DEFAULT_WINDOW, environment: environment ?? null },
    };
}
const MUTE_EXAMPLE = 'e.g. mute checkout-api 404 1h';
/**
 * `mute <service> [403|404] <duration>` and `unmute <service> [403|404]`, in any order: a status, a duration
 * and a service are told apart by their shape. Strict like the triage: a typo gets the usage message.
 */
function parseMute(verb, tokens) {
    const statuses = [];
    const durations = [];
    const services = [];
    for (const token of tokens) {
        const status = statusToken.safeParse(token);
        if (status.success) {
            statuses.push(status.data);
            continue;
        }
        if (/^\d{3}$/.test(token))
            return { kind: 'invalid', problem: `I watch 403 and 404 only, not ${quote(token)}.` };
        const ms = (0, duration_1.parseDuration)(token);
        if (ms !== null) {
            durations.push(ms);
            continue;
        }
        if (/^\d+(?:\.\d+)?[a-z]+$/i.test(token))
            return { kind: 'invalid', problem: `${quote(token)} is not a duration: use e.g. 30m, 4h or 1d.` };
        if (token !== exports.ALL_SERVICES && !serviceToken.safeParse(token).success) {
            return { kind: 'invalid', problem: `${quote(token)} is not a service name (${serviceName_1.SERVICE_NAME_RULE}; or * for all).` };
        }
        services.push(token);
    }
    const example = verb === 'mute' ? MUTE_EXAMPLE : 'e.g. unmute checkout-api 404';
    const [service] = services;
    if (service === undefined)
        return { kind: 'invalid', problem: `${verb === 'mute' ? 'Mute' : 'Unmute'} which service? ${example}.` };
    if (services.length > 1) {
        // `mute x 404 forever`: the word that is not a duration reads as a second service.
        const last = services[services.length - 1] ?? '';
        if (verb === 'mute' && durations.length === 0)
            return { kind: 'invalid', problem: `For how long? ${quote(last)} is not a duration: use e.g. 30m, 4h or 1d.` };
        return { kind: 'invalid', problem: `One service at a time, ${example}.` };
    }
    if (statuses.length > 1)
        return { kind: 'invalid', problem: `Give one status (403 or 404), or none for both, ${example}.` };
    const target = { service, status: statuses[0] ?? null };
    if (verb === 'unmute') {
        if (durations.length > 0)
            return { kind: 'invalid', problem: 'unmute takes no duration: it lifts the mute now.' };
        return { kind: 'unmute', target };
    }
    const [durationMs] = durations;
    if (durationMs === undefined)
        return { kind: 'invalid', problem: `For how long? ${MUTE_EXAMPLE} (up to ${(0, duration_1.formatDuration)(exports.MAX_MUTE_MS)}).` };
    if (durations.length > 1)
        return { kind: 'invalid', problem: `Give one duration, ${MUTE_EXAMPLE}.` };
    if (durationMs < exports.MIN_MUTE_MS || durationMs > exports.MAX_MUTE_MS) {
        return {
            kind: 'invalid',
            problem: `Mute for ${(0, duration_1.formatDuration)(exports.MIN_MUTE_MS)} to ${(0, duration_1.formatDuration)(exports.MAX_MUTE_MS)}; to stop watching a service for longer, take it out of WATCH_SERVICES.`,
        };
    }
    return { kind: 'mute', target, durationMs };
}
function askIntent(question) {
    const trimmed = question.trim();
    if (trimmed.length === 0)
        return { kind: 'invalid', problem: 'Ask what? e.g. ask should a missing tenant return 403 or 404?' };
    if (trimmed.length > exports.MAX_QUESTION_LENGTH) {
        return { kind: 'invalid', problem: `That question is ${trimmed.length} characters long; keep it under ${exports.MAX_QUESTION_LENGTH}.` };
    }
    return { kind: 'ask', question: trimmed };
}
/** The slash command's text: strict, because a typo should get the usage message, not a guess. */
function parseCommandText(raw) {
    const text = normalizeSlackText(raw);
    const tokens = text.split(/\s+/).filter((t) => t.length > 0);
    const first = (tokens[0] ?? '').toLowerCase();
    if (tokens.length === 0 || (tokens.length === 1 && HELP_WORDS.has(first)))
        return { kind: 'help' };
    if (first === 'ask')
        return askIntent(text.slice(text.toLowerCase().indexOf('ask') + 3));
    if (text.length > MAX_COMMAND_LENGTH)
        return { kind: 'invalid', problem: 'That is too long for a triage command.' };
    // Subcommands come first: to triage a service literally named `alerts`, put the status first (`403 alerts`).
    if (first === 'check') {
        return tokens.length === 1 ? { kind: 'check' } : { kind: 'invalid', problem: '`check` takes nothing after it: it tells whether the logs fit.' };
    }
    if (first === 'alerts') {
        return tokens.length === 1 ? { kind: 'alerts' } : { kind: 'invalid', problem: '`alerts` takes nothing after it: it lists what is firing and muted.' };
    }
    if (first === 'mute' || first === 'unmute') {
        if (tokens.length > 4)
            return { kind: 'invalid', problem: `Too many words: ${first === 'mute' ? MUTE_EXAMPLE : 'e.g. unmute checkout-api 404'}.` };
        return parseMute(first, tokens.slice(1));
    }
    if (tokens.length > 4)
        return { kind: 'invalid', problem: 'Too many words: status, service, then optionally a window and env=….' };
    return parseTriage(tokens);
}
/** Removes the bot's own mention (or, when its id is unknown, a leading mention) from a mention's text. */
function stripBotMention(raw, botUserId) {
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
function interpretMessage(raw) {
    const text = normalizeSlackText(raw);
    const tokens = text.split(/\s+/).filter((t) => t.length > 0);
    const first = (tokens[0] ?? '').toLowerCase();
    if (tokens.length === 0 || (tokens.length === 1 && HELP_WORDS.has(first)))
        return { kind: 'help' };
    if (first === 'ask')
        return askIntent(text.slice(text.toLowerCase().indexOf('ask') + 3));
    if (tokens.length <= 4 && text.length <= MAX_COMMAND_LENGTH) {
        const parsed = parseTriage(tokens);
        if (parsed.kind === 'triage')
            return parsed;
        const asked = askIntent(text);
        if (asked.kind === 'ask' && statusToken.safeParse(tokens[0] ?? '').success && parsed.kind === 'invalid') {
            return { ...asked, hint: parsed.problem };
        }
        return asked;
    }
    return askIntent(text);
}
//# sourceMappingURL=commandText.js.map