import { createLogger, type Logger } from '../../../src/logging';

export interface CapturedLogs {
  logger: Logger;
  lines: Array<Record<string, unknown>>;
  /** Every line as written, for "this secret never reached a log" checks. */
  raw(): string;
}

/** A real pino logger (with the product's redaction) writing into memory. */
export function captureLogs(level: 'debug' | 'info' = 'debug'): CapturedLogs {
  const chunks: string[] = [];
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({
    level,
    destination: {
      write(chunk: string) {
        chunks.push(chunk);
        for (const line of chunk.split('\n')) {
          if (line.trim().length === 0) continue;
          try {
            lines.push(JSON.parse(line) as Record<string, unknown>);
          } catch {
            lines.push({ msg: line });
          }
        }
      },
    },
  });
  return { logger, lines, raw: () => chunks.join('') };
}
