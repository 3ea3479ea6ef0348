/**
 * Coded errors. Everything below the edges throws these (with the original error as `cause`);
 * the edges (Slack replies, the CLI) turn them into one plain sentence with `describeError`.
 */
export enum ErrorCode {
  ConfigInvalid = 'config_invalid',
  BadInput = 'bad_input',
  ElasticsearchUnreachable = 'es_unreachable',
  ElasticsearchTimeout = 'es_timeout',
  ElasticsearchResponse = 'es_response',
  ElasticsearchUnexpected = 'es_unexpected',
  /** The logs lack a field nothing can be answered without (time, status, service). */
  LogsUnfit = 'logs_unfit',
  SlackApi = 'slack_api',
  Forbidden = 'forbidden',
  Internal = 'internal',
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** A next step for the person who sees the message, when there is a useful one. */
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = options.hint;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Wraps anything thrown into an AppError without losing the original. */
export function asAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(ErrorCode.Internal, `unexpected error: ${message}`, { cause: error });
}

/** One line for a person: the message and, when there is one, what to do next. Never a stack trace. */
export function describeError(error: unknown): string {
  const appError = asAppError(error);
  return appError.hint ? `${appError.message}. ${appError.hint}` : appError.message;
}
