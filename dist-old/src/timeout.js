"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withTimeout = withTimeout;
/**
 * The one timeout race: `work`'s value, or `onTimeout` once `ms` have passed, whichever comes first. The
 * timer never keeps the process alive and is cleared as soon as either side wins.
 */
async function withTimeout(work, ms, onTimeout) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(onTimeout), ms);
        timer.unref();
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
}
//# sourceMappingURL=timeout.js.map