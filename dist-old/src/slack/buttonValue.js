"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encodeButtonValue = encodeButtonValue;
exports.decodeButtonValue = decodeButtonValue;
exports.encodeAlertButton = encodeAlertButton;
exports.decodeAlertButton = decodeAlertButton;
const zod_1 = require("zod");
const duration_1 = require("../domain/duration");
const window_1 = require("../domain/window");
const serviceName_1 = require("../domain/serviceName");
const commandText_1 = require("./commandText");
/**
 * What a button carries: the triage it belongs to, so re-run / widen / samples need no server-side state.
 * The value comes back from Slack inside a signed request, but it is still read with zod: a button can be
 * older than the current code, and nothing read from Slack is trusted blindly.
 */
const buttonValueSchema = zod_1.z.object({
    v: zod_1.z.literal(1),
    s: zod_1.z.union([zod_1.z.literal(403), zod_1.z.literal(404)]),
    n: zod_1.z.string().regex(serviceName_1.SERVICE_NAME_PATTERN),
    w: zod_1.z.enum(window_1.WINDOWS),
    e: zod_1.z.string().regex(serviceName_1.ENVIRONMENT_NAME_PATTERN).nullable(),
});
function encodeButtonValue(request) {
    return JSON.stringify({ v: 1, s: request.status, n: request.service, w: request.window, e: request.environment });
}
/** A button's value as its schema reads it, or null for anything else (too long, not JSON, wrong shape). */
function parseValue(value, schema) {
    if (value === undefined || value.length > 2000)
        return null;
    let json;
    try {
        json = JSON.parse(value);
    }
    catch {
        return null;
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? parsed.data : null;
}
function decodeButtonValue(value) {
    const data = parseValue(value, buttonValueSchema);
    return data === null ? null : { status: data.s, service: data.n, window: data.w, environment: data.e };
}
const alertButtonSchema = zod_1.z.object({
    v: zod_1.z.literal(1),
    k: zod_1.z.literal('alert'),
    s: zod_1.z.union([zod_1.z.literal(403), zod_1.z.literal(404)]),
    n: zod_1.z.string().regex(serviceName_1.SERVICE_NAME_PATTERN),
    d: zod_1.z.string().max(10).optional(),
});
function encodeAlertButton(value) {
    return JSON.stringify({ v: 1, k: 'alert', s: value.status, n: value.service, ...(value.duration ? { d: value.duration } : {}) });
}
/** Null for anything that is not an alert button value, including a mute duration out of bounds. */
function decodeAlertButton(value) {
    const data = parseValue(value, alertButtonSchema);
    if (data === null)
        return null;
    const { s: status, n: service, d: duration } = data;
    if (duration === undefined)
        return { status, service, duration: null, durationMs: null };
    const ms = (0, duration_1.parseDuration)(duration);
    if (ms === null || ms < commandText_1.MIN_MUTE_MS || ms > commandText_1.MAX_MUTE_MS)
        return null;
    return { status, service, duration, durationMs: ms };
}
//# sourceMappingURL=buttonValue.js.map