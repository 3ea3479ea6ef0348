import pino, { Logger, LoggerOptions, DestinationStream } from 'pino';

export type { Logger } from 'pino';

/** Keys whose values never reach a log line, wherever they sit (one and two levels deep). */
const SECRET_KEYS = [
  'token', 'botToken', 'appToken', 'signingSecret', 'password', 'apiKey', 'api_key', 'secret', 'authorization',
  'Authorization', 'cookie', 'Cookie', 'x-slack-signature', 'ELASTICSEARCH_API_KEY', 'ELASTICSEARCH_PASSWORD',
  'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET',
];

export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  ...SECRET_KEYS.map((key) => `*.*.${key}`),
  'headers["x-slack-signature"]',
  '*.headers["x-slack-signature"]',
];

/** Token shapes that can hide inside free text (error messages, URLs), masked before a line is written. */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/xox[abposr]-[A-Za-z0-9-]+/g, 'xox?-[redacted]'],
  [/xapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]'],
  [/(Bearer|ApiKey|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/(https?:\/\/)[^\s/:@]+:[^\s/@]+@/g, '$1[redacted]@'],
];

export function scrubSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

export interface LoggerSettings {
  level: LoggerOptions['level'];
  /** Pretty output for a person at a terminal; JSON for machines. Defaults to whether stderr is a TTY. */
  pretty?: boolean;
  /** Where lines go; standard error by default so standard output stays clean for `--json`. */
  destination?: DestinationStream;
}

export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level ?? 'info',
    base: { app: 'status-triage' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubSecrets(arg) : arg));
        method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
    formatters: {
      log(object) {
        const err = object.err;
        if (err instanceof Error) {
          return { ...object, err: { type: err.name, message: scrubSecrets(err.message), code: (err as { code?: unknown }).code } };
        }
        return object;
      },
    },
  };
  if (settings.destination) return pino(options, settings.destination);
  const pretty = settings.pretty ?? process.stderr.isTTY === true;
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } });
  }
  return pino(options, pino.destination(2));
}

/** A child logger per subsystem (`elasticsearch`, `slack`, `watcher`, …). */
export function subsystem(logger: Logger, name: string): Logger {
  return logger.child({ subsystem: name });
}
