import type { App } from '@slack/bolt';
import { registerActions } from './actions';
import { registerCommands } from './commands';
import { registerEvents } from './events';
import type { ListenerDeps } from './flows';

export type { ListenerDeps } from './flows';

/** Every listener the app has; `createSlackApp` calls this once. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
}
