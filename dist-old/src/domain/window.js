"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_WINDOW = exports.WINDOWS = void 0;
exports.isWindowName = isWindowName;
exports.parseWindow = parseWindow;
exports.widerWindow = widerWindow;
exports.coveringWindow = coveringWindow;
const duration_1 = require("./duration");
/** The windows the contract offers, in the order help texts list them. */
exports.WINDOWS = ['15m', '1h', '6h', '24h', '7d'];
exports.DEFAULT_WINDOW = '1h';
function isWindowName(text) {
    return exports.WINDOWS.includes(text);
}
/** `1h` → 3 600 000; null for anything the contract does not offer. */
function parseWindow(text) {
    const lower = text.trim().toLowerCase();
    return isWindowName(lower) ? (0, duration_1.parseDuration)(lower) : null;
}
/** The next wider window (for the "widen" button), or null at the widest. */
function widerWindow(name) {
    const index = exports.WINDOWS.indexOf(name);
    return exports.WINDOWS[index + 1] ?? null;
}
/** The smallest window that covers `ms` (the widest when none does): a full triage of what the watcher saw. */
function coveringWindow(ms) {
    return exports.WINDOWS.find((w) => (parseWindow(w) ?? 0) >= ms) ?? exports.WINDOWS[exports.WINDOWS.length - 1] ?? exports.DEFAULT_WINDOW;
}
//# sourceMappingURL=window.js.map