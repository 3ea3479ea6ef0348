"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createIdentityCache = createIdentityCache;
const timeout_1 = require("../timeout");
function createIdentityCache(options) {
    const retryAfterMs = options.retryAfterMs ?? 30_000;
    const waitMs = options.waitMs ?? 1500;
    let known = null;
    let inFlight = null;
    let failedAt = null;
    function refresh() {
        if (inFlight)
            return inFlight;
        inFlight = options
            .fetchIdentity()
            .then((identity) => {
            known = identity;
            failedAt = null;
            return identity;
        })
            .catch(() => {
            failedAt = options.now().getTime();
            return null;
        })
            .finally(() => {
            inFlight = null;
        });
        return inFlight;
    }
    return {
        async get() {
            if (known)
                return known;
            if (failedAt !== null && options.now().getTime() - failedAt < retryAfterMs)
                return null;
            return (0, timeout_1.withTimeout)(refresh(), waitMs, null);
        },
    };
}
//# sourceMappingURL=identity.js.map