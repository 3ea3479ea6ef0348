"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerActions = registerActions;
const window_1 = require("../../../domain/window");
const blocks_1 = require("../../blocks");
const buttonValue_1 = require("../../buttonValue");
const registry_1 = require("../../registry");
const flows_1 = require("../flows");
const alerts_1 = require("./alerts");
const click_1 = require("./click");
async function onClick(deps, body, action) {
    const click = await (0, click_1.allowedClick)(deps, body);
    if (!click)
        return;
    const { job } = click;
    const request = (0, buttonValue_1.decodeButtonValue)(click.value);
    if (request === null) {
        deps.logger.warn({ action }, 'button value could not be read');
        await deps.delivery.reply(job.target, (0, blocks_1.renderError)('That button is from an older answer I can no longer read; run the command again.'), 'ephemeral');
        return;
    }
    switch (action) {
        case 'rerun':
            await (0, flows_1.runTriage)(deps, job, request);
            return;
        case 'widen': {
            const wider = (0, window_1.widerWindow)(request.window);
            if (wider === null) {
                await deps.delivery.reply(job.target, (0, blocks_1.renderNotice)(`${request.window} is already the widest window.`), 'ephemeral');
                return;
            }
            await (0, flows_1.runTriage)(deps, job, { ...request, window: wider });
            return;
        }
        case 'samples':
            await (0, flows_1.showSamples)(deps, job, request);
            return;
    }
}
/** The answer's buttons. Each acknowledges first (Slack shows an error after three seconds), then works. */
function registerActions(app, deps) {
    const buttons = [
        [registry_1.ACTION_IDS.rerun, 'rerun'],
        [registry_1.ACTION_IDS.widen, 'widen'],
        [registry_1.ACTION_IDS.samples, 'samples'],
    ];
    for (const [actionId, action] of buttons) {
        app.action(actionId, async ({ ack, body }) => {
            await ack();
            await deps.work.track(onClick(deps, body, action));
        });
    }
    (0, alerts_1.registerAlertActions)(app, deps);
    // A link button opens Kibana in the browser; the interaction Slack also sends needs only an acknowledgement.
    app.action(registry_1.ACTION_IDS.openDiscover, async ({ ack }) => {
        await ack();
    });
    // Buttons from older versions of the app: acknowledged so Slack shows no error, and logged.
    const known = new Set(Object.values(registry_1.ACTION_IDS));
    app.action({ type: 'block_actions' }, async ({ ack, action }) => {
        const actionId = 'action_id' in action && typeof action.action_id === 'string' ? action.action_id : '';
        if (known.has(actionId))
            return;
        await ack();
        deps.logger.info({ actionId: actionId.slice(0, 100) }, 'unknown button acknowledged and ignored');
    });
}
//# sourceMappingURL=index.js.map