"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createWorkTracker = createWorkTracker;
const timeout_1 = require("../timeout");
function createWorkTracker() {
    const pending = new Set();
    return {
        track(work) {
            const settled = work.then(() => undefined, () => undefined);
            pending.add(settled);
            void settled.then(() => pending.delete(settled));
            return work;
        },
        inFlight: () => pending.size,
        drain(timeoutMs) {
            const all = (async () => {
                while (pending.size > 0)
                    await Promise.all([...pending]);
                return true;
            })();
            return (0, timeout_1.withTimeout)(all, timeoutMs, false);
        },
    };
}
//# sourceMappingURL=work.js.map