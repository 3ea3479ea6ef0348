"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerListeners = registerListeners;
const actions_1 = require("./actions");
const commands_1 = require("./commands");
const events_1 = require("./events");
/** Every listener the app has; `createSlackApp` calls this once. */
function registerListeners(app, deps) {
    (0, commands_1.registerCommands)(app, deps);
    (0, events_1.registerEvents)(app, deps);
    (0, actions_1.registerActions)(app, deps);
}
//# sourceMappingURL=index.js.map