"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listAlerts = listAlerts;
exports.muteFromCommand = muteFromCommand;
exports.unmuteFromCommand = unmuteFromCommand;
exports.muteFromButton = muteFromButton;
exports.acknowledgeFromButton = acknowledgeFromButton;
const node_crypto_1 = require("node:crypto");
const errors_1 = require("../../errors");
const blocks_1 = require("../blocks");
const alert_1 = require("../blocks/alert");
const commandText_1 = require("../commandText");
const flows_1 = require("./flows");
/**
 * What people do with the watcher from Slack: list alerts, mute, unmute (commands), mute and acknowledge
 * (alert buttons). Every flow answers, never throws, and logs who did what: a mute silences pages for
 * everyone, so it must be traceable.
 */
async function withWatcher(deps, job) {
    if (deps.watcher)
        return deps.watcher;
    await deps.delivery.reply(job.target, (0, blocks_1.renderWatcherOff)(), 'ephemeral');
    return null;
}
/** A note when a mute names a service the watcher does not look at: most often a typo. */
function unwatchedWarning(deps, service) {
    const watched = deps.config.watch.services;
    if (service === commandText_1.ALL_SERVICES || watched.length === 0 || watched.includes('*') || watched.includes(service))
        return undefined;
    const names = watched.slice(0, 10).join(', ');
    return `${service} is not among the watched services (${names}${watched.length > 10 ? ', …' : ''}): the mute is stored, but nothing would alert for it.`;
}
/** `/status-triage alerts`: to the asker only, because it is a look at the state, not news for the channel. */
async function listAlerts(deps, job) {
    const watcher = await withWatcher(deps, job);
    if (!watcher)
        return;
    const log = deps.logger.child({ requestId: (0, node_crypto_1.randomUUID)() });
    log.info((0, flows_1.audit)(job, {}), 'alert list requested');
    try {
        const list = await watcher.listState();
        const scope = {
            services: deps.config.watch.services,
            statuses: deps.config.watch.statuses,
            intervalMs: deps.config.watch.intervalMs,
            alertChannel: deps.config.watch.alertChannel,
        };
        await deps.delivery.reply(job.target, (0, blocks_1.renderAlertList)(list, deps.now(), scope), 'ephemeral');
    }
    catch (error) {
        log.warn((0, flows_1.audit)(job, { err: error }), 'alert list failed');
        await deps.delivery.reply(job.target, (0, blocks_1.renderError)((0, errors_1.describeError)(error), 'While reading the alert state.'), 'ephemeral');
    }
}
/**
 * Mutes and reports it. `visibility`: where the confirmation goes; the command says it in the channel
 * (a mute silences alerts for everyone), a button tells the clicker and notes it under the alert.
 */
async function mute(deps, job, target, durationMs, visibility) {
    const watcher = await withWatcher(deps, job);
    if (!watcher)
        return null;
    const log = deps.logger.child({ requestId: (0, node_crypto_1.randomUUID)() });
    try {
        const state = await watcher.mute(target.service, target.status, durationMs, job.requester.userId);
        log.info((0, flows_1.audit)(job, { service: target.service, status: target.status, until: state.until }), 'alerts muted');
        await deps.delivery.reply(job.target, (0, blocks_1.renderMuted)(state, durationMs, unwatchedWarning(deps, target.service)), visibility);
        return state;
    }
    catch (error) {
        log.warn((0, flows_1.audit)(job, { err: error, service: target.service, status: target.status }), 'mute failed');
        await deps.delivery.reply(job.target, (0, blocks_1.renderError)((0, errors_1.describeError)(error), `While muting ${(0, alert_1.describeMute)(target, false)}.`), 'ephemeral');
        return null;
    }
}
async function muteFromCommand(deps, job, target, durationMs) {
    await mute(deps, job, target, durationMs, 'in_channel');
}
async function unmuteFromCommand(deps, job, target) {
    const watcher = await withWatcher(deps, job);
    if (!watcher)
        return;
    const log = deps.logger.child({ requestId: (0, node_crypto_1.randomUUID)() });
    try {
        const result = await watcher.unmute(target.service, target.status);
        log.info((0, flows_1.audit)(job, { service: target.service, status: target.status, removed: result.removed }), 'alerts unmuted');
        await deps.delivery.reply(job.target, (0, blocks_1.renderUnmuted)(target, job.requester.userId, result), result.removed > 0 ? 'in_channel' : 'ephemeral');
    }
    catch (error) {
        log.warn((0, flows_1.audit)(job, { err: error, service: target.service, status: target.status }), 'unmute failed');
        await deps.delivery.reply(job.target, (0, blocks_1.renderError)((0, errors_1.describeError)(error), `While unmuting ${(0, alert_1.describeMute)(target, false)}.`), 'ephemeral');
    }
}
/** The alert's mute button: confirmed to the clicker, and noted in the alert's thread so the team sees who muted it. */
async function muteFromButton(deps, job, button, alertTs) {
    const state = await mute(deps, job, { service: button.service, status: button.status }, button.durationMs, 'ephemeral');
    if (state === null || alertTs === undefined || job.requester.channelId === null)
        return;
    try {
        await deps.alertWeb.postMessage({ channel: job.requester.channelId, threadTs: alertTs, message: (0, blocks_1.renderMuted)(state, button.durationMs) });
    }
    catch (error) {
        deps.logger.warn((0, flows_1.audit)(job, { err: error }), 'could not note the mute under the alert');
    }
}
/** The alert's acknowledge button: recorded in the state index, then shown on the alert message itself. */
async function acknowledgeFromButton(deps, job, button) {
    const watcher = await withWatcher(deps, job);
    if (!watcher)
        return;
    const log = deps.logger.child({ requestId: (0, node_crypto_1.randomUUID)() });
    const what = `${button.status}s on ${button.service}`;
    let state;
    try {
        state = await watcher.acknowledge(button.service, button.status, job.requester.userId);
    }
    catch (error) {
        log.warn((0, flows_1.audit)(job, { err: error, service: button.service, status: button.status }), 'acknowledge failed');
        await deps.delivery.reply(job.target, (0, blocks_1.renderError)((0, errors_1.describeError)(error), `While acknowledging the alert for ${(0, alert_1.describeMute)({ service: button.service, status: button.status }, false)}.`), 'ephemeral');
        return;
    }
    if (state === null) {
        log.info((0, flows_1.audit)(job, { service: button.service, status: button.status }), 'acknowledge: nothing firing');
        await deps.delivery.reply(job.target, (0, blocks_1.renderNotice)(`Nothing is firing for ${what} any more: it has resolved, so there is nothing to acknowledge.`), 'ephemeral');
        return;
    }
    log.info((0, flows_1.audit)(job, { service: button.service, status: button.status, incidentId: state.incidentId }), 'alert acknowledged');
    if (state.channel === null || state.ts === null) {
        await deps.delivery.reply(job.target, (0, blocks_1.renderNotice)(`Acknowledged ${what}.`), 'ephemeral');
        return;
    }
    try {
        await deps.alertWeb.update({ channel: state.channel, ts: state.ts, message: (0, blocks_1.renderAlertState)(state) });
    }
    catch (error) {
        log.warn((0, flows_1.audit)(job, { err: error }), 'could not show the acknowledgement on the alert');
        await deps.delivery.reply(job.target, (0, blocks_1.renderNotice)(`Acknowledged ${what}, but I could not update the alert message (${(0, errors_1.describeError)(error)}).`), 'ephemeral');
    }
}
//# sourceMappingURL=alertFlows.js.map