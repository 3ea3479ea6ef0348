"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkAccess = checkAccess;
/**
 * The allow-lists (`ALLOWED_USERS`, `ALLOWED_CHANNELS`; empty means everyone). Channels match by id
 * (`C0123`) or by name (`incidents` or `#incidents`, when Slack sent the name). A direct message is a
 * channel too: when channels are restricted, DMs are refused unless their id is listed, because the
 * restriction exists to keep answers in the rooms that were chosen for them.
 */
function checkAccess(requester, settings) {
    if (settings.allowedUsers.length > 0 && !settings.allowedUsers.includes(requester.userId)) {
        return { allowed: false, reason: 'user' };
    }
    if (settings.allowedChannels.length > 0) {
        const names = new Set(settings.allowedChannels.map((c) => c.replace(/^#/, '').toLowerCase()));
        const byId = requester.channelId !== null && settings.allowedChannels.includes(requester.channelId);
        const name = requester.channelName?.replace(/^#/, '').toLowerCase();
        const byName = name !== undefined && name.length > 0 && name !== 'directmessage' && name !== 'privategroup' && names.has(name);
        if (!byId && !byName)
            return { allowed: false, reason: 'channel' };
    }
    return { allowed: true };
}
//# sourceMappingURL=access.js.map