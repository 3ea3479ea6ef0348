"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppError = exports.ErrorCode = void 0;
exports.isAppError = isAppError;
exports.asAppError = asAppError;
exports.describeError = describeError;
/**
 * Coded errors. Everything below the edges throws these (with the original error as `cause`);
 * the edges (Slack replies, the CLI) turn them into one plain sentence with `describeError`.
 */
var ErrorCode;
(function (ErrorCode) {
    ErrorCode["ConfigInvalid"] = "config_invalid";
    ErrorCode["BadInput"] = "bad_input";
    ErrorCode["ElasticsearchUnreachable"] = "es_unreachable";
    ErrorCode["ElasticsearchTimeout"] = "es_timeout";
    ErrorCode["ElasticsearchResponse"] = "es_response";
    ErrorCode["ElasticsearchUnexpected"] = "es_unexpected";
    /** The logs lack a field nothing can be answered without (time, status, service). */
    ErrorCode["LogsUnfit"] = "logs_unfit";
    ErrorCode["SlackApi"] = "slack_api";
    ErrorCode["Forbidden"] = "forbidden";
    ErrorCode["Internal"] = "internal";
})(ErrorCode || (exports.ErrorCode = ErrorCode = {}));
class AppError extends Error {
    code;
    /** A next step for the person who sees the message, when there is a useful one. */
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'AppError';
        this.code = code;
        this.hint = options.hint;
    }
}
exports.AppError = AppError;
function isAppError(error) {
    return error instanceof AppError;
}
/** Wraps anything thrown into an AppError without losing the original. */
function asAppError(error) {
    if (isAppError(error))
        return error;
    const message = error instanceof Error ? error.message : String(error);
    return new AppError(ErrorCode.Internal, `unexpected error: ${message}`, { cause: error });
}
/** One line for a person: the message and, when there is one, what to do next. Never a stack trace. */
function describeError(error) {
    const appError = asAppError(error);
    return appError.hint ? `${appError.message}. ${appError.hint}` : appError.message;
}
//# sourceMappingURL=errors.js.map