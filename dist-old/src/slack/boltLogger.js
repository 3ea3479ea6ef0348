"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createBoltLogger = createBoltLogger;
const bolt_1 = require("@slack/bolt");
const TO_BOLT = {
    trace: bolt_1.LogLevel.DEBUG,
    debug: bolt_1.LogLevel.DEBUG,
    info: bolt_1.LogLevel.INFO,
    warn: bolt_1.LogLevel.WARN,
    error: bolt_1.LogLevel.ERROR,
    fatal: bolt_1.LogLevel.ERROR,
    silent: bolt_1.LogLevel.ERROR,
};
/**
 * Bolt's logger interface over our pino logger, so Bolt's own lines (signature failures, retries) carry the
 * same redaction and structure as ours. Pino's level is the one that counts; Bolt's `setLevel` is ignored.
 */
function createBoltLogger(logger) {
    const write = (level, parts) => {
        const error = parts.find((p) => p instanceof Error);
        const text = parts
            .filter((p) => !(p instanceof Error))
            .map((p) => (typeof p === 'string' ? p : safeJson(p)))
            .join(' ');
        if (error)
            logger[level]({ err: error }, text || error.message);
        else
            logger[level](text);
    };
    return {
        debug: (...msg) => write('debug', msg),
        info: (...msg) => write('info', msg),
        warn: (...msg) => write('warn', msg),
        error: (...msg) => write('error', msg),
        setLevel: () => undefined,
        getLevel: () => TO_BOLT[logger.level] ?? bolt_1.LogLevel.INFO,
        setName: () => undefined,
    };
}
function safeJson(value) {
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        return String(value);
    }
}
//# sourceMappingURL=boltLogger.js.map