import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../logging';

const TO_BOLT: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * Bolt's logger interface over our pino logger, so Bolt's own lines (signature failures, retries) carry the
 * same redaction and structure as ours. Pino's level is the one that counts; Bolt's `setLevel` is ignored.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  const write = (level: Level, parts: unknown[]): void => {
    const error = parts.find((p): p is Error => p instanceof Error);
    const text = parts
      .filter((p) => !(p instanceof Error))
      .map((p) => (typeof p === 'string' ? p : safeJson(p)))
      .join(' ');
    if (error) logger[level]({ err: error }, text || error.message);
    else logger[level](text);
  };
  return {
    debug: (...msg: unknown[]) => write('debug', msg),
    info: (...msg: unknown[]) => write('info', msg),
    warn: (...msg: unknown[]) => write('warn', msg),
    error: (...msg: unknown[]) => write('error', msg),
    setLevel: () => undefined,
    getLevel: () => TO_BOLT[logger.level] ?? LogLevel.INFO,
    setName: () => undefined,
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
