"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.REDACT_PATHS = void 0;
exports.scrubSecrets = scrubSecrets;
exports.createLogger = createLogger;
exports.subsystem = subsystem;
const pino_1 = __importDefault(require("pino"));
/** Keys whose values never reach a log line, wherever they sit (one and two levels deep). */
const SECRET_KEYS = [
    'token', 'botToken', 'appToken', 'signingSecret', 'password', 'apiKey', 'api_key', 'secret', 'authorization',
    'Authorization', 'cookie', 'Cookie', 'x-slack-signature', 'ELASTICSEARCH_API_KEY', 'ELASTICSEARCH_PASSWORD',
    'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET',
];
exports.REDACT_PATHS = [
    ...SECRET_KEYS,
    ...SECRET_KEYS.map((key) => `*.${key}`),
    ...SECRET_KEYS.map((key) => `*.*.${key}`),
    'headers["x-slack-signature"]',
    '*.headers["x-slack-signature"]',
];
/** Token shapes that can hide inside free text (error messages, URLs), masked before a line is written. */
const SECRET_PATTERNS = [
    [/xox[abposr]-[A-Za-z0-9-]+/g, 'xox?-[redacted]'],
    [/xapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]'],
    [/(Bearer|ApiKey|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
    [/(https?:\/\/)[^\s/:@]+:[^\s/@]+@/g, '$1[redacted]@'],
];
function scrubSecrets(text) {
    return SECRET_PATTERNS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}
function createLogger(settings) {
    const options = {
        level: settings.level ?? 'info',
        base: { app: 'status-triage' },
        redact: { paths: exports.REDACT_PATHS, censor: '[redacted]' },
        hooks: {
            logMethod(args, method) {
                const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg));
                method.apply(this, scrubbed);
            },
        },
        formatters: {
            log(object) {
                const err = object.err;
                if (err instanceof Error) {
                    return { ...object, err: { type: err.name, message: scrubSecrets(err.message), code: err.code } };
                }
                return object;
            },
        },
    };
    if (settings.destination)
        return (0, pino_1.default)(options, settings.destination);
    const pretty = settings.pretty ?? process.stderr.isTTY === true;
    if (pretty) {
        return (0, pino_1.default)({ ...options, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } });
    }
    return (0, pino_1.default)(options, pino_1.default.destination(2));
}
/** A child logger per subsystem (`elasticsearch`, `slack`, `watcher`, …). */
function subsystem(logger, name) {
    return logger.child({ subsystem: name });
}
//# sourceMappingURL=index.js.map