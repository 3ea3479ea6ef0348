import { loadConfig, type Config, type Env } from '../src/config';
import { startServer, watcherPlan } from '../src/main';
import { captureLogs } from './slack/support/logs';
import { postToSlackEndpoint, FORM, slashCommand } from './slack/support/signing';
import { deleteIndex, testClient, testEngineEnv, uniqueIndexName } from './support/elasticsearch';
import { startSlackRecorder, type SlackRecorder } from './support/slackRecorder';

const SECRET = 'main-test-signing-secret';

describe('watcherPlan', () => {
  const plan = (env: Env) => watcherPlan(loadConfig(env));
  it('runs the watcher only with services to watch and a channel to post to', () => {
    expect(plan({ WATCH_SERVICES: 'a,b', ALERT_CHANNEL: 'C0ALERTS' })).toEqual({ enabled: true });
    expect(plan({ WATCH_SERVICES: '*', ALERT_CHANNEL: '#alerts' })).toEqual({ enabled: true });
    expect(plan({})).toEqual({ enabled: false, reason: 'WATCH_SERVICES and ALERT_CHANNEL are not set' });
    expect(plan({ WATCH_SERVICES: 'a' })).toEqual({ enabled: false, reason: 'ALERT_CHANNEL is not set' });
    expect(plan({ ALERT_CHANNEL: 'C0ALERTS', WATCH_SERVICES: ' ' })).toEqual({ enabled: false, reason: 'WATCH_SERVICES is not set' });
  });
});

describe('serve wiring (startServer)', () => {
  let slack: SlackRecorder;
  const stateIndex = uniqueIndexName('st-main-state');

  function config(env: Env): Config {
    const loaded = loadConfig({
      ...testEngineEnv(),
      ELASTICSEARCH_INDEX: uniqueIndexName('st-main-nologs'),
      STATE_INDEX: stateIndex,
      SLACK_BOT_TOKEN: 'xoxb-main-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_SOCKET_MODE: 'false',
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'debug',
      ...env,
    });
    return { ...loaded, slack: { ...loaded.slack, port: 0 } };
  }

  beforeAll(async () => {
    slack = await startSlackRecorder();
  });
  afterAll(async () => {
    await slack.close();
    const client = testClient();
    await deleteIndex(client, stateIndex);
    await client.close();
  });

  it('without WATCH_SERVICES / ALERT_CHANNEL: one line says the watcher is off and why, and the commands say so too', async () => {
    const logs = captureLogs('info');
    const server = await startServer(config({}), logs.logger);
    try {
      expect(server.watcher).toBeNull();
      const off = logs.lines.filter((l) => String(l.msg).includes('watcher is off'));
      expect(off).toHaveLength(1);
      expect(off[0]?.msg).toBe('spike watcher is off: WATCH_SERVICES and ALERT_CHANNEL are not set (set both to post spike alerts)');
      const ack = await postToSlackEndpoint(`http://127.0.0.1:${server.slack.port()}/slack/events`, slashCommand({ text: 'alerts', response_url: slack.responseUrl() }), FORM, { secret: SECRET });
      expect(JSON.stringify(ack.json)).toContain('Spike alerts are off in this deployment');
    } finally {
      await server.stop();
    }
  });

  it('with both: starts the watcher after Slack, and on shutdown stops it before Slack', async () => {
    const logs = captureLogs('info');
    const server = await startServer(config({ WATCH_SERVICES: 'checkout', ALERT_CHANNEL: 'C0ALERTS', WATCH_INTERVAL: '1h' }), logs.logger);
    expect(server.watcher).not.toBeNull();
    // Let the first tick (which runs at once) get going, so stop has something in flight to wait for.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.stop();
    await server.stop();
    const order = logs.lines.map((l) => String(l.msg)).filter((m) => ['Slack app started', 'watcher started', 'watcher stopped', 'Slack app stopped'].includes(m));
    expect(order).toEqual(['Slack app started', 'watcher started', 'watcher stopped', 'Slack app stopped']);
    expect(logs.lines.some((l) => String(l.msg).includes('watcher is off'))).toBe(false);
    expect(logs.raw()).not.toContain('xoxb-main-test-token');
  });
});
