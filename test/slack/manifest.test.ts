import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from '@slack/bolt';
import { parse } from 'yaml';
import { z } from 'zod';
import { registerListeners, type ListenerDeps } from '../../src/slack/listeners';
import { ACTION_IDS, BOT_EVENTS, BOT_SCOPES, EVENT_SCOPES, EVENTS_PATH, SLASH_COMMAND } from '../../src/slack/registry';

const manifestSchema = z.object({
  display_information: z.object({
    name: z.string().min(1).max(35),
    description: z.string().min(1).max(140),
    long_description: z.string().min(175).max(4000).optional(),
  }),
  features: z.object({
    app_home: z.object({ messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }),
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean().optional() }),
    slash_commands: z.array(
      z.object({
        command: z.string().startsWith('/'),
        url: z.url().optional(),
        description: z.string().min(1),
        usage_hint: z.string().min(1).max(1000),
        should_escape: z.boolean(),
      }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.url(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.url() }),
    socket_mode_enabled: z.boolean(),
    org_deploy_enabled: z.boolean().optional(),
    token_rotation_enabled: z.boolean().optional(),
  }),
});

const manifest = manifestSchema.parse(parse(readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8')));

/** What the listeners register, captured by running `registerListeners` against a recording stand-in. */
function registered(): { commands: string[]; events: string[]; actions: string[] } {
  const seen = { commands: [] as string[], events: [] as string[], actions: [] as string[] };
  const recorder = {
    command: (name: string) => seen.commands.push(name),
    event: (name: string) => seen.events.push(name),
    // Named buttons only; the catch-all for unknown buttons registers a constraint object.
    action: (id: unknown) => (typeof id === 'string' ? seen.actions.push(id) : 0),
  };
  // A stand-in with only the registration methods the listeners call; nothing runs.
  registerListeners(recorder as unknown as App, {} as ListenerDeps);
  return seen;
}

describe('manifest.yml', () => {
  const code = registered();

  it('declares exactly the slash command the code registers, with a usage hint and description', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(code.commands).toEqual([SLASH_COMMAND]);
    const command = manifest.features.slash_commands[0];
    expect(command?.usage_hint).toContain('<403|404> <service>');
    expect(command?.usage_hint).toContain('ask');
    expect(command?.url?.endsWith(EVENTS_PATH)).toBe(true);
  });

  it('subscribes to exactly the events the code listens to', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...BOT_EVENTS].sort());
    // Bolt registers message.im as the `message` event filtered to channel_type "im".
    const fromCode = code.events.map((e) => (e === 'message' ? 'message.im' : e)).sort();
    expect(fromCode).toEqual([...BOT_EVENTS].sort());
  });

  it('asks for exactly the scopes the code needs, and every event has its scope', () => {
    const scopes = manifest.oauth_config.scopes.bot;
    expect([...scopes].sort()).toEqual(Object.keys(BOT_SCOPES).sort());
    expect(new Set(scopes).size).toBe(scopes.length);
    for (const event of BOT_EVENTS) expect(scopes).toContain(EVENT_SCOPES[event]);
    expect(scopes).not.toContain('chat:write.public');
  });

  it('turns on interactivity for the buttons the code handles, Socket Mode, the bot user and DMs', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect([...code.actions].sort()).toEqual(Object.values(ACTION_IDS).sort());
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe('status-triage');
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it('uses /slack/events placeholders for HTTP mode', () => {
    expect(manifest.settings.event_subscriptions.request_url.endsWith(EVENTS_PATH)).toBe(true);
    expect(manifest.settings.interactivity.request_url.endsWith(EVENTS_PATH)).toBe(true);
  });
});
