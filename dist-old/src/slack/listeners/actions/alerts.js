"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerAlertActions = registerAlertActions;
const blocks_1 = require("../../blocks");
const buttonValue_1 = require("../../buttonValue");
const registry_1 = require("../../registry");
const alertFlows_1 = require("../alertFlows");
const flows_1 = require("../flows");
const click_1 = require("./click");
/**
 * The buttons on a spike alert (src/slack/blocks/alert.ts): a full triage in the alert's thread, mute for
 * a chosen time, acknowledge. The allow-lists apply as they do everywhere; every click is acknowledged first.
 */
async function unreadable(deps, job, action) {
    deps.logger.warn({ action }, 'alert button value could not be read');
    await deps.delivery.reply(job.target, (0, blocks_1.renderError)('That button is from an alert I can no longer read; use /status-triage alerts, mute or a triage instead.'), 'ephemeral');
}
async function onTriage(deps, body) {
    const click = await (0, click_1.allowedClick)(deps, body);
    if (!click)
        return;
    const request = (0, buttonValue_1.decodeButtonValue)(click.value);
    if (request === null)
        return unreadable(deps, click.job, 'triage');
    // The answer goes into the alert's thread, next to the incident it explains.
    const job = { ...click.job, target: { ...click.job.target, ...(click.messageTs ? { threadTs: click.messageTs } : {}) } };
    await (0, flows_1.runTriage)(deps, job, request);
}
async function onMute(deps, body) {
    const click = await (0, click_1.allowedClick)(deps, body);
    if (!click)
        return;
    const button = (0, buttonValue_1.decodeAlertButton)(click.value);
    if (button === null || button.durationMs === null)
        return unreadable(deps, click.job, 'mute');
    await (0, alertFlows_1.muteFromButton)(deps, click.job, { ...button, durationMs: button.durationMs }, click.messageTs);
}
async function onAcknowledge(deps, body) {
    const click = await (0, click_1.allowedClick)(deps, body);
    if (!click)
        return;
    const button = (0, buttonValue_1.decodeAlertButton)(click.value);
    if (button === null)
        return unreadable(deps, click.job, 'acknowledge');
    await (0, alertFlows_1.acknowledgeFromButton)(deps, click.job, button);
}
function registerAlertActions(app, deps) {
    app.action(registry_1.ACTION_IDS.alertTriage, async ({ ack, body }) => {
        await ack();
        await deps.work.track(onTriage(deps, body));
    });
    for (const choice of registry_1.MUTE_CHOICES) {
        app.action(choice.actionId, async ({ ack, body }) => {
            await ack();
            await deps.work.track(onMute(deps, body));
        });
    }
    app.action(registry_1.ACTION_IDS.alertAcknowledge, async ({ ack, body }) => {
        await ack();
        await deps.work.track(onAcknowledge(deps, body));
    });
}
//# sourceMappingURL=alerts.js.map