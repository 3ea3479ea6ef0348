"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LIVENESS_PATH = exports.HEALTH_PATH = exports.EVENTS_PATH = exports.EVENT_SCOPES = exports.BOT_SCOPES = exports.MUTE_CHOICES = exports.ACTION_IDS = exports.BOT_EVENTS = exports.SLASH_COMMAND = void 0;
/**
 * What the app registers with Slack, in one place: the listeners register from these names and the manifest
 * test compares `manifest.yml` against them, so the two cannot drift apart.
 */
exports.SLASH_COMMAND = '/status-triage';
/** Bot events the listeners subscribe to (manifest `settings.event_subscriptions.bot_events`). */
exports.BOT_EVENTS = ['app_mention', 'message.im'];
/** Block action ids of the buttons the renderers emit and the action listeners handle. */
exports.ACTION_IDS = {
    rerun: 'triage_rerun',
    widen: 'triage_widen',
    samples: 'triage_samples',
    /** A link button (Kibana Discover): Slack still sends an interaction, which must be acknowledged. */
    openDiscover: 'triage_open_discover',
    /** Spike alerts (src/slack/blocks/alert.ts): a full triage in the alert's thread. */
    alertTriage: 'alert_triage',
    /** Mute the alert's service and status; one button per choice in MUTE_CHOICES (action ids must be unique in a block). */
    alertMute1h: 'alert_mute_1h',
    alertMute4h: 'alert_mute_4h',
    alertMute24h: 'alert_mute_24h',
    alertAcknowledge: 'alert_acknowledge',
};
/** The mute durations an alert offers, each with its button. */
exports.MUTE_CHOICES = [
    { duration: '1h', actionId: exports.ACTION_IDS.alertMute1h },
    { duration: '4h', actionId: exports.ACTION_IDS.alertMute4h },
    { duration: '24h', actionId: exports.ACTION_IDS.alertMute24h },
];
/**
 * Bot scopes, each with the reason it is needed. Nothing else is requested: the bot posts only where it is
 * asked (response_url, the thread it was mentioned in, a DM) and in ALERT_CHANNEL, which it is invited to,
 * so `chat:write.public` is not needed.
 */
exports.BOT_SCOPES = {
    commands: 'the /status-triage slash command',
    'chat:write': 'post answers, fallbacks when a response_url has expired, ephemeral refusals, and spike alerts (and their updates) in ALERT_CHANNEL, which the bot must be invited to',
    'app_mentions:read': 'receive app_mention events (mentions in channels the bot is in)',
    'im:history': 'receive message.im events (direct messages to the bot)',
};
/** The scope each subscribed event needs; used by the manifest test to prove no event lacks its scope. */
exports.EVENT_SCOPES = {
    app_mention: 'app_mentions:read',
    'message.im': 'im:history',
};
/** The HTTP path Slack posts events, commands and interactions to in HTTP mode. */
exports.EVENTS_PATH = '/slack/events';
exports.HEALTH_PATH = '/healthz';
exports.LIVENESS_PATH = '/livez';
//# sourceMappingURL=registry.js.map