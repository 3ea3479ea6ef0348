import type { SearchEngine } from '../../../src/elasticsearch/engine';
import { loadConfig, type Config } from '../../../src/config';
import { generateIncident } from '../../../src/data/generator';
import { createTriageService } from '../../../src/services/triage';
import { createWatcher, type TickReport, type Watcher } from '../../../src/services/watch';
import { createAlertPoster } from '../../../src/slack/alerts';
import { limitViolations } from '../../../src/slack/blocks';
import { escapeMrkdwn } from '../../../src/slack/blocks/text';
import type { ActionsBlock, Block } from '../../../src/slack/blocks/types';
import { ACTION_IDS } from '../../../src/slack/registry';
import { bulkLoad, createAccessLogIndex, deleteIndex, testClient, uniqueIndexName, testEngineEnv } from '../../support/elasticsearch';
import { startSlackRecorder, type RecordedCall, type SlackRecorder } from '../../support/slackRecorder';
import { recording } from './elasticsearchSubject';
import { fixtureAsk, type RecordingTriage } from '../support/fixtures';
import { BOT_TOKEN, SIGNING_SECRET, startHarness, type Harness } from '../support/harness';
import { captureLogs } from '../support/logs';
import { asMessage, messageText } from '../support/messages';
import { blockAction, FORM, slashCommand } from '../support/signing';
import { burst, history as spikeHistory } from '../../support/spikeDocs';

/**
 * Spike alerts end to end: generated access logs in the real Elasticsearch, the real watcher and triage
 * engine, the Slack poster over a real WebClient, the real Bolt app over signed HTTP, and the local
 * recorder standing in for Slack's Web API. Each scenario watches its own service, so one state index
 * serves the whole file (and is deleted after it).
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Real time (to the minute), so a "Run full triage" click, which triages up to now, sees the same spike. */
const NOW = Math.floor(Date.now() / MIN) * MIN;
const ALERTS = 'C0ALERTS';
const ALL = ['checkout', 'calm-a', 'tiny', 'payments', 'search', 'orders'];

const history = (service: string, status: number, perDay: number, current: number): Array<Record<string, unknown>> =>
  spikeHistory(service, status, perDay, current, NOW);

function fixture(): Array<Record<string, unknown>> {
  return [
    // checkout: a deployment broke routes ten minutes ago (the generator's scenario), over a baseline of ~5 404s.
    ...history('checkout', 404, 5, 0),
    ...generateIncident('deploy_broke_routes', { service: 'checkout', from: new Date(NOW - 10 * MIN), to: new Date(NOW), count: 300, lookbackDays: 1 }),
    ...history('calm-a', 404, 30, 32),
    // 3 → 9: a tripling, but under the volume floor.
    ...history('tiny', 403, 3, 9),
    // payments spikes now and again three hours later (after it resolved): the second must stay muted.
    ...history('payments', 403, 4, 200),
    ...burst('payments', 403, NOW + 3 * HOUR, 200),
    ...history('search', 404, 5, 250),
    ...history('orders', 404, 5, 250),
  ];
}

describe('spike alerts in Slack, end to end', () => {
  const es = testClient();
  const clients: SearchEngine[] = [es];
  const logs = uniqueIndexName('st-alerts-logs');
  const stateIndex = uniqueIndexName('st-alerts-state');
  const clock = { now: NOW };
  const captured = captureLogs('info');
  let recorder: SlackRecorder;
  let h: Harness;
  let appWatcher: Watcher;
  let triage: RecordingTriage;

  function configFor(services: readonly string[], apiUrl = recorder.apiUrl): Config {
    return loadConfig({
      ...testEngineEnv(),
      ELASTICSEARCH_INDEX: logs,
      STATE_INDEX: stateIndex,
      WATCH_SERVICES: services.join(','),
      WATCH_WINDOW: '15m',
      ALERT_CHANNEL: ALERTS,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_SOCKET_MODE: 'false',
      SLACK_API_URL: apiUrl,
    });
  }

  /** A watcher as `serve` builds one (its own client and poster: a replica), on the shared clock. */
  function watcher(services: readonly string[], instanceId?: string): Watcher {
    const config = configFor(services);
    const client = testClient();
    clients.push(client);
    return createWatcher({
      client,
      config,
      logger: captured.logger,
      triage,
      poster: createAlertPoster({ config, logger: captured.logger }),
      now: () => new Date(clock.now),
      // The poster paces Slack calls per channel; the watcher's own spacing is not what is under test.
      options: { postGapMs: 0, ...(instanceId ? { instanceId } : {}) },
    });
  }

  const posts = (): RecordedCall[] => recorder.callsTo('api', 'chat.postMessage');
  /** Top-level messages Slack accepted in the alert channel: the alerts themselves. */
  const alertsFor = (service: string): RecordedCall[] =>
    posts().filter((c) => c.status === 200 && c.body.channel === ALERTS && c.body.thread_ts === undefined && String(c.body.text).includes(`spike on ${service}`));
  const threadNotes = (ts: string): RecordedCall[] => posts().filter((c) => c.status === 200 && c.body.thread_ts === ts);
  const updatesOf = (ts: string): RecordedCall[] => recorder.callsTo('api', 'chat.update').filter((c) => c.body.ts === ts);
  const buttonsOf = (call: RecordedCall): ActionsBlock['elements'] => ((call.body.blocks ?? []) as Block[]).find((b): b is ActionsBlock => b.type === 'actions')?.elements ?? [];
  const button = (call: RecordedCall, actionId: string): { value: string } => {
    const found = buttonsOf(call).find((b) => b.action_id === actionId);
    if (!found?.value) throw new Error(`no ${actionId} button on the alert`);
    return { value: found.value };
  };
  const tsOf = (call: RecordedCall | undefined): string => {
    const answer = call ? posted.get(call) : undefined;
    if (!answer) throw new Error('alert ts unknown');
    return answer;
  };
  /** The ts the recorder answered for each accepted post, recovered from the tick reports. */
  const posted = new Map<RecordedCall, string>();
  function remember(report: TickReport, service: string): void {
    const entry = report.posted.find((p) => p.service === service);
    const call = alertsFor(service).at(-1);
    if (entry && call) posted.set(call, entry.ts);
  }

  beforeAll(async () => {
    await createAccessLogIndex(es, logs);
    await bulkLoad(es, logs, fixture());
    recorder = await startSlackRecorder({ botUserId: 'U0BOT', botId: 'B0BOT' });
    const appConfig = configFor(ALL);
    triage = recording(createTriageService({ client: es, config: appConfig, logger: captured.logger }));
    // The app's watcher serves the buttons and commands; it never ticks here (the scenarios' watchers do).
    appWatcher = createWatcher({ client: es, config: appConfig, logger: captured.logger, triage, poster: createAlertPoster({ config: appConfig, logger: captured.logger }), now: () => new Date(clock.now) });
    h = await startHarness({
      triage,
      ask: fixtureAsk(),
      recorder,
      watcher: appWatcher,
      env: { ELASTICSEARCH_INDEX: logs, STATE_INDEX: stateIndex, WATCH_SERVICES: ALL.join(','), ALERT_CHANNEL: ALERTS, WATCH_WINDOW: '15m' },
    });
  });

  afterAll(async () => {
    await h.stop();
    await deleteIndex(es, logs);
    await deleteIndex(es, stateIndex);
    for (const client of clients) await client.close();
  });

  describe('one incident from spike to recovery', () => {
    let lifecycle: Watcher;
    let alert: RecordedCall | undefined;

    beforeAll(() => {
      clock.now = NOW;
      lifecycle = watcher(['checkout', 'calm-a', 'tiny']);
    });

    it('one tick posts exactly one alert, with the triage engine’s causes; the calm service and 3 → 9 stay quiet', async () => {
      const report = await lifecycle.tick();
      expect(report.errors).toEqual([]);
      expect(report.posted.map((p) => [p.service, p.status])).toEqual([['checkout', 404]]);
      remember(report, 'checkout');
      expect(posts().filter((c) => c.body.channel === ALERTS)).toHaveLength(1);
      alert = alertsFor('checkout')[0];
      if (!alert) throw new Error('no alert posted');

      const message = asMessage(alert);
      expect(limitViolations(message)).toEqual([]);
      const text = messageText(alert.body);
      expect(message.text).toMatch(/^404 spike on checkout: 300 in the last 15m, expected ≈\d/);
      expect(text).toMatch(/\*300\* 404s in the last 15m · expected ≈[\d.]+ · \*[\d,.]+×\* the usual level \(\+[\d,]+%\)/);
      expect(text).toMatch(/`[▁▂▃▄▅▆▇█]+`/);
      // The causes are the engine's own (the alert's triage), each with its first remediation step.
      const result = triage.results.at(-1);
      expect(result?.service).toBe('checkout');
      for (const cause of result?.causes.slice(0, 3) ?? []) {
        expect(text).toContain(escapeMrkdwn(cause.title));
        if (cause.remediation[0]) expect(text).toContain(escapeMrkdwn(cause.remediation[0]).slice(0, 60));
      }
      expect(result?.causes.map((c) => c.id)).toContain('deploy_broke_routes');
      expect(buttonsOf(alert).map((b) => b.action_id)).toEqual([
        ACTION_IDS.alertTriage,
        ACTION_IDS.alertMute1h,
        ACTION_IDS.alertMute4h,
        ACTION_IDS.alertMute24h,
        ACTION_IDS.alertAcknowledge,
      ]);
    });

    it('a second tick posts nothing', async () => {
      const before = recorder.calls.length;
      const report = await lifecycle.tick();
      expect(report.posted).toEqual([]);
      expect(report.skipped).toContainEqual({ service: 'checkout', status: 404, reason: 'firing' });
      expect(recorder.calls.slice(before).filter((c) => c.name.startsWith('chat.'))).toEqual([]);
    });

    it('/status-triage alerts lists the firing incident, to the asker only', async () => {
      const responseUrl = recorder.responseUrl();
      const ack = await h.post(slashCommand({ text: 'alerts', response_url: responseUrl }), FORM);
      expect(ack.status).toBe(200);
      const answer = await recorder.waitFor((c) => c.kind === 'response_url' && responseUrl.endsWith(c.name));
      expect(answer.body.response_type).toBe('ephemeral');
      const text = messageText(answer.body);
      expect(text).toContain('*Firing (1)*');
      expect(text).toContain(`:rotating_light: *checkout* 404 since`);
      expect(text).toContain(`in <#${ALERTS}>`);
      expect(limitViolations(asMessage(answer))).toEqual([]);
    });

    it('"Run full triage" answers in the alert’s thread', async () => {
      const ts = tsOf(alert);
      const before = triage.requests.length;
      const ack = await h.post(blockAction({ actionId: ACTION_IDS.alertTriage, ...button(alert as RecordedCall, ACTION_IDS.alertTriage), responseUrl: recorder.responseUrl(), channelId: ALERTS, messageTs: ts }), FORM);
      expect(ack.status).toBe(200);
      const answer = await recorder.waitFor((c) => c.name === 'chat.postMessage' && c.body.thread_ts === ts);
      expect(triage.requests.slice(before)).toEqual([{ status: 404, service: 'checkout', window: '15m', environment: null }]);
      expect(messageText(answer.body)).toContain('checkout');
    });

    it('acknowledge records who and shows it on the alert message', async () => {
      const ts = tsOf(alert);
      const ack = await h.post(
        blockAction({ actionId: ACTION_IDS.alertAcknowledge, ...button(alert as RecordedCall, ACTION_IDS.alertAcknowledge), responseUrl: recorder.responseUrl(), channelId: ALERTS, messageTs: ts, userId: 'U0BOB' }),
        FORM,
      );
      expect(ack.status).toBe(200);
      const update = await recorder.waitFor((c) => c.name === 'chat.update' && c.body.ts === ts);
      expect(update.body.channel).toBe(ALERTS);
      expect(messageText(update.body)).toContain(':eyes: Acknowledged by <@U0BOB>');
      expect(buttonsOf(update).map((b) => b.action_id)).not.toContain(ACTION_IDS.alertAcknowledge);
      const state = await appWatcher.listState();
      expect(state.firing.find((a) => a.service === 'checkout')?.acknowledgedBy).toBe('U0BOB');
    });

    it('recovery (a calm window later) edits the alert to "resolved" once and notes it once in its thread', async () => {
      const ts = tsOf(alert);
      const updatesBefore = updatesOf(ts).length;
      const notesBefore = threadNotes(ts).length;
      clock.now = NOW + 2 * HOUR;
      const report = await lifecycle.tick();
      expect(report.errors).toEqual([]);
      expect(report.resolved.map((r) => r.service)).toEqual(['checkout']);
      expect(report.posted).toEqual([]);

      const updates = updatesOf(ts).slice(updatesBefore);
      expect(updates).toHaveLength(1);
      const resolved = updates[0] as RecordedCall;
      expect(String(resolved.body.text)).toMatch(/^Resolved: 404 spike on checkout/);
      expect(buttonsOf(resolved)).toEqual([]);
      const text = messageText(resolved.body);
      expect(text).toContain('At its start: *300* 404s');
      expect(text).toContain('Acknowledged by <@U0BOB>');
      expect(limitViolations(asMessage(resolved))).toEqual([]);

      const notes = threadNotes(ts).slice(notesBefore);
      expect(notes).toHaveLength(1);
      expect(messageText(notes[0]?.body ?? {})).toContain(':white_check_mark: *Resolved*');
      expect(alertsFor('checkout')).toHaveLength(1);

      const again = await lifecycle.tick();
      expect(again.resolved).toEqual([]);
      expect(updatesOf(ts).length - updatesBefore).toBe(1);
    });
  });

  describe('mutes', () => {
    let muting: Watcher;
    let alert: RecordedCall | undefined;

    beforeAll(() => {
      clock.now = NOW;
      muting = watcher(['payments']);
    });

    it('the mute button mutes for the chosen time, records who, tells the clicker and notes it under the alert', async () => {
      const report = await muting.tick();
      remember(report, 'payments');
      alert = alertsFor('payments')[0];
      expect(alertsFor('payments')).toHaveLength(1);
      const ts = tsOf(alert);

      const responseUrl = recorder.responseUrl();
      const ack = await h.post(
        blockAction({ actionId: ACTION_IDS.alertMute24h, ...button(alert as RecordedCall, ACTION_IDS.alertMute24h), responseUrl, channelId: ALERTS, messageTs: ts, userId: 'U0ALICE' }),
        FORM,
      );
      expect(ack.status).toBe(200);
      expect(ack.ms).toBeLessThan(2500);
      const confirmation = await recorder.waitFor((c) => c.kind === 'response_url' && responseUrl.endsWith(c.name));
      expect(confirmation.body.response_type).toBe('ephemeral');
      expect(messageText(confirmation.body)).toContain(':mute: <@U0ALICE> muted 403 alerts for *payments* for 24h');
      const note = await recorder.waitFor((c) => c.name === 'chat.postMessage' && c.body.thread_ts === ts);
      expect(messageText(note.body)).toContain('`/status-triage unmute payments 403` lifts it');

      const state = await appWatcher.listState();
      const mute = state.muted.find((m) => m.service === 'payments');
      expect(mute).toMatchObject({ status: 403, by: 'U0ALICE', until: new Date(NOW + DAY).toISOString() });
    });

    it('a mute does not hold back the resolution of what already fired', async () => {
      clock.now = NOW + 2 * HOUR;
      const report = await muting.tick();
      expect(report.resolved.map((r) => r.service)).toEqual(['payments']);
      expect(updatesOf(tsOf(alert))).toHaveLength(1);
    });

    it('a later spike does not alert while muted, also after a restart (a new watcher instance)', async () => {
      clock.now = NOW + 3 * HOUR;
      const before = posts().length;
      const report = await muting.tick();
      expect(report.spikes.map((s) => s.service)).toEqual(['payments']);
      expect(report.skipped).toContainEqual({ service: 'payments', status: 403, reason: 'muted' });
      expect(report.posted).toEqual([]);

      const restarted = watcher(['payments']);
      const afterRestart = await restarted.tick();
      expect(afterRestart.skipped).toContainEqual({ service: 'payments', status: 403, reason: 'muted' });
      expect(afterRestart.posted).toEqual([]);
      expect(posts().slice(before)).toEqual([]);
      expect(alertsFor('payments')).toHaveLength(1);
    });

    it('/status-triage mute x 404 1h, then unmute x 404', async () => {
      const muteUrl = recorder.responseUrl();
      const ack = await h.post(slashCommand({ text: 'mute x 404 1h', response_url: muteUrl, user_id: 'U0CAROL' }), FORM);
      expect(ack.status).toBe(200);
      const muted = await recorder.waitFor((c) => c.kind === 'response_url' && muteUrl.endsWith(c.name));
      // In the channel: a mute silences alerts for everyone, so everyone should see it.
      expect(muted.body.response_type).toBe('in_channel');
      expect(messageText(muted.body)).toContain(':mute: <@U0CAROL> muted 404 alerts for *x* for 1h');
      expect(messageText(muted.body)).toContain('x is not among the watched services');
      expect((await appWatcher.listState()).muted).toContainEqual(expect.objectContaining({ service: 'x', status: 404, by: 'U0CAROL', until: new Date(clock.now + HOUR).toISOString() }));

      const unmuteUrl = recorder.responseUrl();
      await h.post(slashCommand({ text: 'unmute x 404', response_url: unmuteUrl, user_id: 'U0CAROL' }), FORM);
      const unmuted = await recorder.waitFor((c) => c.kind === 'response_url' && unmuteUrl.endsWith(c.name));
      expect(unmuted.body.response_type).toBe('in_channel');
      expect(messageText(unmuted.body)).toContain(':loud_sound: <@U0CAROL> unmuted 404 alerts for *x*.');
      expect((await appWatcher.listState()).muted.find((m) => m.service === 'x')).toBeUndefined();

      const againUrl = recorder.responseUrl();
      await h.post(slashCommand({ text: 'unmute x 404', response_url: againUrl }), FORM);
      const nothing = await recorder.waitFor((c) => c.kind === 'response_url' && againUrl.endsWith(c.name));
      expect(nothing.body.response_type).toBe('ephemeral');
      expect(messageText(nothing.body)).toContain('There was no mute of 404 alerts for *x* to lift.');
    });

    it('answers a malformed mute with the usage, at once', async () => {
      const ack = await h.post(slashCommand({ text: 'mute x 404 forever', response_url: recorder.responseUrl() }), FORM);
      expect(ack.status).toBe(200);
      expect(messageText(ack.json as Record<string, unknown>)).toContain('"forever" is not a duration');
    });
  });

  describe('Slack and replicas misbehaving', () => {
    it('a 429 with Retry-After: 1 on the first post is waited out and still ends with exactly one alert', async () => {
      clock.now = NOW;
      recorder.fail({ kind: 'api', name: 'chat.postMessage', fault: { status: 429, retryAfter: 1 } });
      const report = await watcher(['search']).tick();
      expect(report.errors).toEqual([]);
      expect(report.posted.map((p) => p.service)).toEqual(['search']);
      const attempts = posts().filter((c) => String(c.body.text).includes('spike on search'));
      expect(attempts.map((c) => c.status)).toEqual([429, 200]);
      expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
      expect(alertsFor('search')).toHaveLength(1);
    });

    it('two watcher instances ticking at once over the same state index post exactly one alert', async () => {
      clock.now = NOW;
      const [a, b] = await Promise.all([watcher(['orders'], 'replica-a').tick(), watcher(['orders'], 'replica-b').tick()]);
      expect(a.posted.length + b.posted.length).toBe(1);
      expect([...a.skipped, ...b.skipped].map((s) => s.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/claimed_elsewhere|lease_held|firing/)]));
      await recorder.settle(300);
      expect(posts().filter((c) => String(c.body.text).includes('spike on orders'))).toHaveLength(1);
    });

    it('the allow-lists apply to alert buttons too', async () => {
      const fenced = await startHarness({
        triage,
        ask: fixtureAsk(),
        watcher: appWatcher,
        env: { ELASTICSEARCH_INDEX: logs, STATE_INDEX: stateIndex, WATCH_SERVICES: ALL.join(','), ALERT_CHANNEL: ALERTS, ALLOWED_CHANNELS: 'C0ELSEWHERE' },
      });
      try {
        const value = button(alertsFor('orders')[0] as RecordedCall, ACTION_IDS.alertMute1h).value;
        const responseUrl = fenced.slack.responseUrl();
        await fenced.post(blockAction({ actionId: ACTION_IDS.alertMute1h, value, responseUrl, channelId: ALERTS, userId: 'U0MALLORY' }), FORM);
        const refusal = await fenced.slack.waitFor((c) => c.kind === 'response_url');
        expect(refusal.body.response_type).toBe('ephemeral');
        expect(messageText(refusal.body)).toContain("isn't enabled in this conversation");
        expect((await appWatcher.listState()).muted.find((m) => m.by === 'U0MALLORY')).toBeUndefined();
        expect(fenced.logs.lines.some((l) => String(l.msg).startsWith('ALERT_CHANNEL is not in ALLOWED_CHANNELS'))).toBe(true);
      } finally {
        await fenced.stop();
      }
    });
  });

  it('never logs the bot token', () => {
    expect(captured.raw()).not.toContain(BOT_TOKEN);
    expect(h.logs.raw()).not.toContain(BOT_TOKEN);
  });
});
